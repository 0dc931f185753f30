"""The calendar feed: the tasks with due dates of the user a calendar token belongs to, as iCalendar."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from taskforge.access.identity import identity_of
from taskforge.access.policy import visible_tasks
from taskforge.auth.calendar import calendar_owner
from taskforge.errors import NotFound
from taskforge.export.ics import CalendarTask, calendar_bytes
from taskforge.extensions import db
from taskforge.tasks.models import Task

# A feed stays small enough for every calendar app to poll: the open tasks due soonest (overdue first), and
# what was completed lately so it shows as done rather than vanishing.
FEED_LIMIT = 5_000
RECENTLY_COMPLETED = timedelta(days=30)


def calendar_feed(*, token: str, domain: str, now: datetime) -> bytes:
    """The feed for a calendar token; raise NotFound when no user holds it (never issued, rotated, off)."""
    owner = calendar_owner(token=token)
    if owner is None:
        raise NotFound("No calendar feed at this address: it may have been rotated or turned off.")
    identity = identity_of(owner.id)
    if identity is None:
        raise NotFound("No calendar feed at this address: it may have been rotated or turned off.")
    # Every project the owner may see, but the archived ones.
    dated = select(Task).where(visible_tasks(identity, include_archived=False), Task.due_date.is_not(None))
    open_tasks = (
        db.session.execute(
            dated.where(Task.completed.is_(False)).order_by(Task.due_date, Task.id).limit(FEED_LIMIT)
        )
        .scalars()
        .all()
    )
    done = (
        db.session.execute(
            dated.where(Task.completed.is_(True), Task.completed_at >= now - RECENTLY_COMPLETED)
            .order_by(Task.completed_at.desc(), Task.id)
            .limit(FEED_LIMIT)
        )
        .scalars()
        .all()
    )
    tasks = [_shown(task) for task in [*open_tasks, *done]]
    db.session.commit()
    return calendar_bytes(tasks, calendar_name=f"TaskForge: {owner.username}", domain=domain, now=now)


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
    )
