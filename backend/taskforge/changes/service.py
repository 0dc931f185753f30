"""Reading the change feed, and pruning it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select

from taskforge.auth.models import User
from taskforge.changes.models import Change
from taskforge.db import utcnow
from taskforge.errors import Gone, Unauthorized
from taskforge.extensions import db


@dataclass(frozen=True)
class Page:
    items: Sequence[Change]
    cursor: int
    more: bool


def changes_since(*, user_id: int, since: int | None, limit: int) -> Page:
    """The user's changes after `since` (None: none, and the current cursor); raise Gone when changes after
    `since` were pruned already, or `since` is not a cursor this user was ever given."""
    latest = db.session.execute(select(User.change_seq).where(User.id == user_id)).scalar_one_or_none()
    if latest is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    if since is None:
        db.session.commit()
        return Page(items=[], cursor=latest, more=False)
    if since > latest:
        raise Gone("That cursor is not one of yours (or the server was restored from a backup): reload.")
    rows = (
        select(Change)
        .where(Change.user_id == user_id, Change.seq > since)
        .order_by(Change.seq)
        .limit(limit + 1)
    )
    found = list(db.session.execute(rows).scalars())
    if since < latest and (not found or found[0].seq != since + 1):
        raise Gone(
            "Changes after that cursor are no longer kept: reload the tasks, then follow the new cursor."
        )
    db.session.commit()
    more = len(found) > limit
    found = found[:limit]
    return Page(items=found, cursor=found[-1].seq if found else since, more=more)


def prune(*, retention: timedelta) -> int:
    """Delete changes older than `retention`; return how many."""
    gone = db.session.execute(
        delete(Change).where(Change.at < utcnow() - retention).returning(Change.seq)
    ).all()
    db.session.commit()
    return len(gone)
