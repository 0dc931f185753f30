"""The calendar feed: the tasks with due dates of the user a calendar token belongs to, as iCalendar events
(VEVENT) or to-dos (VTODO), of every project or one."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, Select, select

from taskforge.access.identity import Identity, identity_of
from taskforge.access.policy import NO_PROJECT, grant_on, tasks_in, visible_tasks
from taskforge.auth.calendar import calendar_owner
from taskforge.errors import NotFound
from taskforge.export.events import events_bytes
from taskforge.export.ics import CalendarTask, calendar_bytes
from taskforge.extensions import db
from taskforge.tasks.models import Task

# A feed stays small enough for every calendar app to poll: the open tasks due soonest (overdue first), and
# what was completed lately so it shows as done rather than vanishing.
FEED_LIMIT = 5_000
RECENTLY_COMPLETED = timedelta(days=30)


Kind = Literal["events", "todos"]
_GONE = "No calendar feed at this address: it may have been rotated or turned off."


def calendar_feed(
    *, token: str, kind: Kind = "todos", project_id: int | None = None, domain: str, now: datetime
) -> bytes:
    """The feed for a calendar token; raise NotFound when no user holds it (never issued, rotated, off) or
    the owner may not see `project_id`."""
    owner = calendar_owner(token=token)
    identity = identity_of(owner.id) if owner is not None else None
    if owner is None or identity is None:
        raise NotFound(_GONE)
    dated = select(Task).where(_scope(identity, project_id), Task.due_date.is_not(None))
    open_tasks = _open(dated)
    # Events leave completed tasks out (events_bytes): no need to load them.
    done = _recently_done(dated, now=now) if kind == "todos" else []
    tasks = [_shown(task) for task in [*open_tasks, *done]]
    db.session.commit()
    render = events_bytes if kind == "events" else calendar_bytes
    return render(tasks, calendar_name=f"TaskForge: {owner.username}", domain=domain, now=now)


def _scope(identity: Identity, project_id: int | None) -> ColumnElement[bool]:
    """Every project the owner may see but the archived ones, or the one asked for (archived or not)."""
    if project_id is None:
        return visible_tasks(identity, include_archived=False)
    if grant_on(identity, project_id) is None:
        raise NotFound(NO_PROJECT)
    return tasks_in([project_id])


def _open(dated: Select[tuple[Task]]) -> list[Task]:
    statement = dated.where(Task.completed.is_(False)).order_by(Task.due_date, Task.id).limit(FEED_LIMIT)
    return list(db.session.scalars(statement))


def _recently_done(dated: Select[tuple[Task]], *, now: datetime) -> list[Task]:
    statement = (
        dated.where(Task.completed.is_(True), Task.completed_at >= now - RECENTLY_COMPLETED)
        .order_by(Task.completed_at.desc(), Task.id)
        .limit(FEED_LIMIT)
    )
    return list(db.session.scalars(statement))


def _shown(task: Task) -> CalendarTask:
    assert task.due_date is not None
    return CalendarTask(
        id=task.id,
        title=task.title,
        description=task.description,
        due_date=task.due_date,
        completed=task.completed,
        completed_at=task.completed_at,
        priority=task.priority,
        tags=tuple(tag.name for tag in task.tags),
        rrule=task.rrule,
        zone=task.timezone,
        created_at=task.created_at,
        updated_at=task.updated_at,
        occurrence=task.occurrence,
    )
