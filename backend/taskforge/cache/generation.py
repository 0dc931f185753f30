"""The write side: each write to a user's data bumps their generation in the same transaction, and the
entries it retired are swept once the transaction has committed."""

from __future__ import annotations

from sqlalchemy import update

from taskforge.auth.models import User
from taskforge.cache.views import response_cache
from taskforge.changes.record import take_pending, write_numbered
from taskforge.extensions import db


def commit_write(*, user_id: int) -> None:
    """Bump the user's data generation, COMMIT, then sweep the entries that the bump retired.

    The same UPDATE numbers the changes the transaction noted for the user (taskforge/changes): one round
    trip and one row lock for both.
    """
    changes = take_pending(db.session, user_id=user_id)
    bumped = db.session.execute(
        update(User)
        .where(User.id == user_id)
        .values(cache_generation=User.cache_generation + 1, change_seq=User.change_seq + len(changes))
        .returning(User.cache_generation, User.change_seq)
    ).first()
    generation = None if bumped is None else bumped.cache_generation
    if bumped is not None:
        write_numbered(db.session, user_id=user_id, last=bumped.change_seq, changes=changes)
    db.session.commit()
    cache = response_cache()
    if cache is not None and generation is not None:
        cache.invalidate(user_id, generation)
