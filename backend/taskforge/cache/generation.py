"""The write side: each write to a user's data bumps their generation in the same transaction, and the
entries it retired are swept once the transaction has committed."""

from __future__ import annotations

from sqlalchemy import update

from taskforge.auth.models import User
from taskforge.cache.views import response_cache
from taskforge.extensions import db


def commit_write(*, user_id: int) -> None:
    """Bump the user's data generation, COMMIT, then sweep the entries that the bump retired."""
    generation = db.session.execute(
        update(User)
        .where(User.id == user_id)
        .values(cache_generation=User.cache_generation + 1)
        .returning(User.cache_generation)
    ).scalar()
    db.session.commit()
    cache = response_cache()
    if cache is not None and generation is not None:
        cache.invalidate(user_id, generation)
