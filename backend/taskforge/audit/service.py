"""Reading the audit history: the caller's own events, oldest or newest first, a keyset page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select

from taskforge.audit.models import AuditEvent
from taskforge.audit.schemas import AuditQuery, HistoryQuery
from taskforge.errors import NotFound
from taskforge.extensions import db


@dataclass(frozen=True)
class Page:
    items: Sequence[AuditEvent]
    next_after: int | None


def statement(*, user_id: int, query: HistoryQuery, task_id: int | None) -> Select[AuditEvent]:
    """The query for a page of the user's events matching `query` (and `task_id`, when given), one row more
    than the page to tell whether another follows."""
    rows = select(AuditEvent).where(AuditEvent.user_id == user_id)
    if task_id is not None:
        rows = rows.where(AuditEvent.task_id == task_id)
    if query.action is not None:
        rows = rows.where(AuditEvent.action == query.action)
    if query.since is not None:
        rows = rows.where(AuditEvent.at >= query.since)
    if query.until is not None:
        rows = rows.where(AuditEvent.at < query.until)
    newest_first = query.order == "desc"
    if query.after is not None:
        rows = rows.where(AuditEvent.id < query.after if newest_first else AuditEvent.id > query.after)
    # Both orders use the same indexes, (user_id, id) and (user_id, task_id, id): PostgreSQL reads a btree
    # backwards for `id DESC` (tests/audit/test_service.py shows the plan), so no descending index is needed.
    return rows.order_by(AuditEvent.id.desc() if newest_first else AuditEvent.id).limit(query.per_page + 1)


def events(*, user_id: int, query: HistoryQuery, task_id: int | None) -> Page:
    """A page of the user's events matching the query (and `task_id`, when given), in `query.order`."""
    found = list(db.session.execute(statement(user_id=user_id, query=query, task_id=task_id)).scalars())
    db.session.commit()
    more = len(found) > query.per_page
    found = found[: query.per_page]
    # The last id of the page in either order: the largest when oldest first, the smallest when newest first.
    return Page(items=found, next_after=found[-1].id if more else None)


def task_history(*, user_id: int, task_id: int, query: HistoryQuery) -> Page:
    """The events of one of the user's tasks, deleted or not; NotFound when the user has none for it."""
    page = events(user_id=user_id, query=query, task_id=task_id)
    if not page.items and query.after is None:
        exists = select(AuditEvent.id).where(AuditEvent.user_id == user_id, AuditEvent.task_id == task_id)
        if db.session.execute(exists.limit(1)).first() is None:
            raise NotFound("No task with that id.")
    return page


def audit_log(*, user_id: int, query: AuditQuery) -> Page:
    return events(user_id=user_id, query=query, task_id=query.task_id)
