"""The unit of work: everything a committed write does, listed in one place.

A service that writes records what it changed here and ends with `commit()` instead of
`db.session.commit()` (reads end their transaction with `db.session.commit()` as before). `commit()` does,
inside the write's transaction:

1. the audit rows of the recorded changes, one INSERT for all of them;
2. for each project the changes belong to (the audience: computed from what changed, never assumed to be
   the caller), in id order so two writers never wait on each other in a circle: one UPDATE that bumps its
   cache generation and hands out its change numbers, holding the project's row lock until COMMIT, so
   numbers follow commit order. Its WHERE repeats the access check the write made (`guard_access`): if
   who may do what on the project changed since, the check runs again under the lock (and the write fails
   with 403/404 if it no longer holds);
3. the numbered change rows, one INSERT, and the webhook deliveries they send (taskforge/webhooks/events.py:
   an outbox, so a receiver hears of a change if, and only if, it commits);
4. the people whose own view changed (`touch_user`: settings, tags, reminders, which projects they see and
   how), their cache generations bumped under row locks taken in id order;
5. the Idempotency-Key row, when the request sent one (a write that rolls back leaves no key);
6. COMMIT;

and after the commit, never before (a reader must find what it is told about):

7. ring the projects' event streams (this process at once, other servers through Redis);
8. schedule the sweep of the cache entries that the touched people's new generations retired.

A write's cost does not grow with a project's members: one project row, one publish, however many members.
A rollback (any, a savepoint's too) drops what was recorded: it never happened. `register_unit_of_work`
installs the session hooks from `create_app`: one marks a transaction that wrote (nothing read in it may be
cached), one refuses a plain COMMIT of recorded changes (it would skip the steps above).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, has_app_context
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import Connection, event, select, update
from sqlalchemy.orm import ORMExecuteState, Session

from taskforge.access.identity import Grant, grant_of
from taskforge.audit.models import AuditEvent
from taskforge.auth.models import User
from taskforge.cache.app import response_cache
from taskforge.changes.record import ChangeRow, Kind, take_numbers, write_numbered
from taskforge.db import utcnow
from taskforge.errors import NotFound
from taskforge.events.hub import events_hub
from taskforge.extensions import db
from taskforge.http import request_id
from taskforge.idempotency.service import Claim, insert_claim
from taskforge.projects.models import Project
from taskforge.webhooks.events import queue_changes

_INFO = "taskforge_unit_of_work"


@dataclass
class Guard:
    """The access checks a write made on one project: who, the project's grants version then, and the
    checks to repeat."""

    user_id: int
    grants_version: int
    rechecks: list[Callable[[Grant | None], None]] = field(default_factory=list)


@dataclass
class Work:
    """What the session's current transaction has recorded, and the request's Idempotency-Key claim."""

    audit: list[dict[str, Any]] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)
    users: set[int] = field(default_factory=set)
    guards: dict[int, Guard] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
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
        self.guards.clear()
        self.deleted.clear()


def current(session: Session | None = None) -> Work:
    """The unit of work of `session` (default: the request's)."""
    info = (session if session is not None else db.session).info
    work: Work | None = info.get(_INFO)
    if work is None:
        work = info[_INFO] = Work()
    return work


def record_change(
    *,
    project_id: int,
    kind: Kind,
    entity_id: int,
    action: str,
    actor_id: int | None,
    audit: dict[str, list[Any]] | None = None,
    audit_as: tuple[int, str] | None = None,
) -> None:
    """Record a change in a project's stream and, with `audit` ({field: [before, after]}), an audit row in the
    history of the task changed (or of the task and action `audit_as` names, for a comment). Both are
    written by `commit()`, or dropped with a rollback."""
    work = current()
    work.changes.append(
        ChangeRow(project_id=project_id, kind=kind, entity_id=entity_id, action=action, actor_id=actor_id)
    )
    if audit is not None and actor_id is not None:
        task_id, audit_action = audit_as if audit_as is not None else (entity_id, action)
        work.audit.append(
            {
                "user_id": actor_id,
                "project_id": project_id,
                "task_id": task_id,
                "action": audit_action,
                "changes": audit,
                "request_id": request_id(),
                "at": utcnow(),
            }
        )


def touch_user(*user_ids: int) -> None:
    """These people's own view changed (settings, tags, reminders, which projects they see and how): their
    cached answers are retired."""
    current().users.update(user_ids)


def project_deleted(project_id: int) -> None:
    """The transaction deletes this project: its stream goes with it (its members hear of it elsewhere)."""
    current().deleted.add(project_id)


def guard_access(
    *, project_id: int, user_id: int, grants_version: int, recheck: Callable[[Grant | None], None]
) -> None:
    """Repeat an access check at COMMIT if the project's grants changed since it was made (see step 2)."""
    guard = current().guards.setdefault(project_id, Guard(user_id, grants_version))
    guard.rechecks.append(recheck)


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
    """Finish the write: the steps of the module's docstring."""
    session, work = db.session, current()
    # The ORM's pending changes first (the rows below name them), then Core statements on the session's
    # connection: the ORM's execute layer did nothing for them but cost a tenth of a write's CPU.
    session.flush()
    connection = session.connection()
    if work.audit:
        work.wrote = True
        connection.execute(_AUDIT_INSERT, work.audit)
    rung = _number_and_bump(session, connection, work)
    queue_changes(
        session, connection, [c for c in work.changes if c.project_id not in work.deleted], work.audit
    )
    generations = _bump_users(session, work.users)
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


_AUDIT_INSERT = AuditEvent.__table__.insert()


def _number_and_bump(session: Any, connection: Connection, work: Work) -> list[int]:
    """Steps 2 and 3; return the projects whose streams to ring."""
    by_stream: dict[int, list[ChangeRow]] = {}
    for change in work.changes:
        by_stream.setdefault(change.project_id, []).append(change)
    streams = sorted(by_stream.keys() - work.deleted)
    if streams:
        work.wrote = True
    for project_id in streams:
        mine = by_stream[project_id]
        guard = work.guards.get(project_id)
        grants = None if guard is None else guard.grants_version
        last = take_numbers(connection, project_id=project_id, count=len(mine), grants_version=grants)
        if last is None and guard is not None:
            _recheck(session, project_id, guard)
            last = take_numbers(connection, project_id=project_id, count=len(mine))
        if last is None:
            raise NotFound("No project with that id.")  # deleted by another request meanwhile
        write_numbered(connection, project_id=project_id, last=last, changes=mine)
    return streams


def _recheck(session: Any, project_id: int, guard: Guard) -> None:
    """Who may do what changed since the write checked: lock the project, then check again (a statement after
    the lock sees every grant change committed before it, and later ones wait for this transaction)."""
    locked = session.execute(
        select(Project.id).where(Project.id == project_id).with_for_update(key_share=True)
    ).first()
    fresh = None if locked is None else grant_of(guard.user_id, project_id)
    for recheck in guard.rechecks:
        recheck(fresh)


def _bump_users(session: Any, users: set[int]) -> dict[int, int]:
    """Step 4; return each touched person's new generation."""
    if not users:
        return {}
    # Rows locked in id order (a sub-select FOR UPDATE), so two writers touching several people never wait
    # on each other in a circle.
    ordered = (
        select(User.id).where(User.id.in_(sorted(users))).order_by(User.id).with_for_update(key_share=True)
    )
    bumped = session.execute(
        update(User)
        .where(User.id.in_(ordered.scalar_subquery()))
        .values(cache_generation=User.cache_generation + 1)
        .returning(User.id, User.cache_generation)
        .execution_options(synchronize_session=False)
    ).all()
    return {int(row.id): int(row.cache_generation) for row in bumped}


def _after_commit(generations: dict[int, int], rung: list[int]) -> None:
    if not has_app_context():
        return
    hub = events_hub()
    if hub is not None and rung:
        hub.publish(rung)
    cache = response_cache()
    if cache is not None:
        for user_id, generation in generations.items():
            cache.invalidate(user_id, (generation, 0))


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
