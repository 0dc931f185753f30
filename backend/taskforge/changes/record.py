"""Recording changes: noted during a transaction, numbered and written as it commits (a transaction that
rolls back leaves no change and uses no number)."""

from __future__ import annotations

from typing import Any, Literal

from flask import has_app_context
from sqlalchemy import event, update
from sqlalchemy.orm import Session, scoped_session

from taskforge.auth.models import User
from taskforge.changes.models import Change
from taskforge.db import utcnow
from taskforge.events.hub import events_hub
from taskforge.extensions import db

Action = Literal["create", "update", "complete", "delete", "move", "reminder"]
AnySession = Session | scoped_session[Any]
_PENDING = "taskforge_changes"
_RING = "taskforge_changes_to_announce"


def note_change(*, user_id: int, task_id: int, action: Action) -> None:
    """Note a change to one of the user's tasks; it is written when the transaction commits."""
    db.session.info.setdefault(_PENDING, []).append((user_id, task_id, action))


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    """Number the transaction's changes per user and write them, just before COMMIT.

    `UPDATE users ... RETURNING` takes the user's row lock until the commit, so two transactions of one user
    get their numbers in the order they commit: a reader who saw change n has seen every change before it.
    """
    pending: list[tuple[int, int, Action]] = session.info.pop(_PENDING, [])
    by_user: dict[int, list[tuple[int, Action]]] = {}
    for user_id, task_id, action in pending:
        by_user.setdefault(user_id, []).append((task_id, action))
    for user_id in sorted(by_user):  # a fixed lock order: no deadlock between two multi-user transactions
        changes = by_user[user_id]
        last = session.execute(
            update(User)
            .where(User.id == user_id)
            .values(change_seq=User.change_seq + len(changes))
            .returning(User.change_seq)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        if last is not None:  # None: the user is gone (deleted in this transaction), and so are their changes
            write_numbered(session, user_id=user_id, last=last, changes=changes)


def take_pending(session: AnySession, *, user_id: int) -> list[tuple[int, Action]]:
    """The changes noted for one user so far, as (task id, action); the caller numbers them with
    `write_numbered` (commit_write does, in the UPDATE that bumps the user's cache generation)."""
    pending: list[tuple[int, int, Action]] = session.info.pop(_PENDING, [])
    rest = [entry for entry in pending if entry[0] != user_id]
    if rest:
        session.info[_PENDING] = rest
    return [(task_id, action) for owner, task_id, action in pending if owner == user_id]


def write_numbered(
    session: AnySession, *, user_id: int, last: int, changes: list[tuple[int, Action]]
) -> None:
    """Write the user's changes numbered up to `last` (the user's `change_seq` after the bump that holds
    their row lock until COMMIT), and ring their streams once committed."""
    if not changes:
        return
    now, first = utcnow(), last - len(changes) + 1
    rows: list[dict[str, Any]] = [
        {"user_id": user_id, "seq": first + n, "task_id": task_id, "action": action, "at": now}
        for n, (task_id, action) in enumerate(changes)
    ]
    session.execute(Change.__table__.insert(), rows)
    session.info.setdefault(_RING, set()).add(user_id)


@event.listens_for(Session, "after_commit")
def _ring(session: Session) -> None:
    """Once the changes are committed (never before: a stream must find them when it looks), wake the
    users' streams on every server."""
    users = session.info.pop(_RING, None)
    hub = events_hub() if users and has_app_context() else None
    if hub is not None:
        hub.publish(users)


@event.listens_for(Session, "after_soft_rollback")
def _drop_pending(session: Session, _previous: object) -> None:
    """Any rollback (a savepoint's too) drops what was noted: the changes it undid never happened."""
    session.info.pop(_PENDING, None)
    session.info.pop(_RING, None)
