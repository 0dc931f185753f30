"""The unit of work: everything a committed write does, listed in one place.

A service that writes records what it changed here and ends with `commit()` instead of
`db.session.commit()` (reads end their transaction with `db.session.commit()` as before). `commit()` does,
inside the write's transaction:

1. the audit rows of the recorded changes, one INSERT for all of them;
2. for each stream of the audience, in a fixed order (two writers never wait on each other in a circle):
   one UPDATE that bumps its cache generation and hands out the change numbers, holding that row's lock
   until COMMIT, so numbers follow commit order. The audience is computed from what changed (each changed
   task's stream), never assumed to be the caller; users whose personal data changed (`touch_user`) get
   a new cache generation too;
3. the numbered change rows, one INSERT;
4. the Idempotency-Key row, when the request sent one (a write that rolls back leaves no key);
5. COMMIT;

and after the commit, never before (a reader must find what it is told about):

6. ring the audience's event streams (this process at once, other servers through Redis);
7. schedule the sweep of the cache entries the new generations retired.

A rollback (any, a savepoint's too) drops what was recorded: it never happened. `register_unit_of_work`
installs the session hooks from `create_app`: one marks a transaction that wrote (nothing read in it may be
cached), one refuses a plain COMMIT of recorded changes (it would skip steps 1-4 and 6-7).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, has_app_context
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import event, update
from sqlalchemy.orm import ORMExecuteState, Session

from taskforge.audit.models import AuditEvent
from taskforge.auth.models import User
from taskforge.cache.app import response_cache
from taskforge.changes.record import ChangeRow, write_numbered
from taskforge.db import utcnow
from taskforge.events.hub import events_hub
from taskforge.extensions import db
from taskforge.http import request_id
from taskforge.idempotency.service import Claim, insert_claim

_INFO = "taskforge_unit_of_work"


@dataclass
class Work:
    """What the session's current transaction has recorded, and the request's Idempotency-Key claim."""

    audit: list[dict[str, Any]] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)
    users: set[int] = field(default_factory=set)
    claim: Claim | None = None
    claim_written: bool = False
    wrote: bool = False
    committing: bool = False

    @property
    def recorded(self) -> bool:
        return bool(self.audit or self.changes or self.users)

    def drop_recorded(self) -> None:
        self.audit.clear()
        self.changes.clear()
        self.users.clear()


def current(session: Session | None = None) -> Work:
    """The unit of work of `session` (default: the request's)."""
    info = (session if session is not None else db.session).info
    work: Work | None = info.get(_INFO)
    if work is None:
        work = info[_INFO] = Work()
    return work


def record_change(
    *, stream: int, task_id: int, action: str, audit: dict[str, list[Any]] | None, actor_id: int | None
) -> None:
    """Record a change to a task: a change-feed entry in `stream` and, with `audit` ({field: [before,
    after]}), an audit row. Both are written by `commit()`, or dropped with a rollback."""
    work = current()
    work.changes.append(ChangeRow(stream=stream, task_id=task_id, action=action))
    if audit is not None:
        work.audit.append(
            {
                "user_id": actor_id if actor_id is not None else stream,
                "task_id": task_id,
                "action": action,
                "changes": audit,
                "request_id": request_id(),
                "at": utcnow(),
            }
        )


def touch_user(user_id: int) -> None:
    """The user's personal data changed (settings, tags, their inbox): their cached answers are retired."""
    current().users.add(user_id)


def expect_claim(claim: Claim) -> None:
    """Write the request's Idempotency-Key with its write's COMMIT."""
    work = current()
    work.claim, work.claim_written = claim, False


def forget_claim() -> bool:
    """Drop the request's claim; return whether a write committed it."""
    work = current()
    written = work.claim_written
    work.claim, work.claim_written = None, False
    return written


def claim_written() -> bool:
    """Whether this request's write committed its Idempotency-Key."""
    return current().claim_written


def wrote_uncommitted() -> bool:
    """True while the request's transaction holds uncommitted writes: nothing read then may be cached."""
    return current().wrote


def commit() -> None:
    """Finish the write: steps 1-7 of the module's docstring."""
    session, work = db.session, current()
    if work.audit:
        session.execute(AuditEvent.__table__.insert(), work.audit)
    generations, rung = _number_and_bump(session, work.changes, work.users)
    if work.claim is not None:
        insert_claim(work.claim)
    work.committing = True
    try:
        session.commit()
    finally:
        work.committing = False
    work.drop_recorded()
    work.claim_written = work.claim is not None
    _after_commit(generations, rung)


def _number_and_bump(
    session: Any, changes: list[ChangeRow], users: set[int]
) -> tuple[dict[int, int], set[int]]:
    """Step 2 and 3 for each stream of the audience; return the new generations and the streams to ring."""
    generations: dict[int, int] = {}
    rung: set[int] = set()
    for stream in sorted({change.stream for change in changes} | users):
        mine = [change for change in changes if change.stream == stream]
        bumped = session.execute(
            update(User)
            .where(User.id == stream)
            .values(cache_generation=User.cache_generation + 1, change_seq=User.change_seq + len(mine))
            .returning(User.cache_generation, User.change_seq)
            .execution_options(synchronize_session=False)
        ).first()
        if bumped is None:  # the user is gone (deleted in this transaction), and so are their changes
            continue
        generations[stream] = bumped.cache_generation
        if mine:
            write_numbered(session, stream=stream, last=bumped.change_seq, changes=mine)
            rung.add(stream)
    return generations, rung


def _after_commit(generations: dict[int, int], rung: Iterable[int]) -> None:
    if not has_app_context():
        return
    hub = events_hub()
    if hub is not None and rung:
        hub.publish(rung)
    cache = response_cache()
    if cache is not None:
        for user_id, generation in generations.items():
            cache.invalidate(user_id, generation)


def _mark_flush(session: Session, _context: Any) -> None:
    current(session).wrote = True


def _mark_write_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        current(state.session).wrote = True


def _refuse_plain_commit(session: Session) -> None:
    work = current(session)
    if work.recorded and not work.committing:
        raise RuntimeError("recorded changes must be committed with taskforge.unit_of_work.commit()")


def _transaction_ended(session: Session) -> None:
    current(session).wrote = False


def _drop_recorded(session: Session, _previous: object) -> None:
    work = current(session)
    work.drop_recorded()
    work.wrote = False


_HOOKS = (
    ("after_flush", _mark_flush),
    ("do_orm_execute", _mark_write_statement),
    ("before_commit", _refuse_plain_commit),
    ("after_commit", _transaction_ended),
    ("after_soft_rollback", _drop_recorded),
)


def register_unit_of_work(_app: Flask) -> None:
    """Install the session hooks (once per process: they apply to every Flask-SQLAlchemy session)."""
    for name, hook in _HOOKS:
        if not event.contains(FlaskSession, name, hook):
            event.listen(FlaskSession, name, hook)
