"""Reading the audit history: the events of the projects the caller may see, oldest or newest first, a keyset
page at a time, each naming its actor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select

from taskforge.access.identity import Identity
from taskforge.access.policy import in_projects, project_ids, require
from taskforge.access.roles import Role
from taskforge.audit.models import AuditEvent
from taskforge.audit.schemas import AuditQuery, HistoryQuery
from taskforge.auth.models import User
from taskforge.db import MAX_ID
from taskforge.errors import NotFound
from taskforge.extensions import db


@dataclass(frozen=True)
class Page:
    items: Sequence[tuple[AuditEvent, str]]  # each event with its actor's username
    next_after: int | None


def statement(
    *, projects: Sequence[int], query: HistoryQuery, task_id: int | None
) -> Select[AuditEvent, str]:
    """The query for a page of the events in `projects` matching `query` (and `task_id`, when given), one
    row more than the page to tell whether another follows."""
    rows = (
        select(AuditEvent, User.username)
        .join(User, User.id == AuditEvent.user_id)
        .where(in_projects(AuditEvent.project_id, projects))
    )
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
    # Both orders use the same indexes, (project_id, id) and (task_id, id): PostgreSQL reads a btree
    # backwards for `id DESC` (tests/audit/test_service.py shows the plan), so no descending index is needed.
    return rows.order_by(AuditEvent.id.desc() if newest_first else AuditEvent.id).limit(query.per_page + 1)


def events(*, projects: Sequence[int], query: HistoryQuery, task_id: int | None) -> Page:
    """A page of the events in `projects` matching the query (and `task_id`), in `query.order`."""
    found = [
        (event, username)
        for event, username in db.session.execute(statement(projects=projects, query=query, task_id=task_id))
    ]
    db.session.commit()
    more = len(found) > query.per_page
    found = found[: query.per_page]
    # The last id of the page in either order: the largest when oldest first, the smallest when newest first.
    return Page(items=found, next_after=found[-1][0].id if more else None)


def task_history(*, identity: Identity, task_id: int, query: HistoryQuery) -> Page:
    """The events of a task, deleted or not, that happened in projects the caller may see; NotFound when
    there are none (whatever page is asked for)."""
    projects = project_ids(identity)
    exists = select(AuditEvent.id).where(
        AuditEvent.task_id == task_id, in_projects(AuditEvent.project_id, projects)
    )
    if not 1 <= task_id <= MAX_ID or db.session.execute(exists.limit(1)).first() is None:
        raise NotFound("No task with that id.")
    return events(projects=projects, query=query, task_id=task_id)


def audit_log(*, identity: Identity, query: AuditQuery) -> Page:
    """Every change in every project the caller may see."""
    return events(projects=project_ids(identity), query=query, task_id=query.task_id)


def project_activity(*, identity: Identity, project_id: int, query: AuditQuery) -> Page:
    """The history of one project the caller may see; raise NotFound."""
    require(identity, project_id, Role.VIEWER, write=False)
    return events(projects=[project_id], query=query, task_id=query.task_id)
