"""Recurring tasks in the task service's transaction: setting a task's recurrence, the next occurrence when
one is completed, and the preview of upcoming due dates. The rule arithmetic is tasks/recurrence.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import or_, select

from taskforge.assignees.service import keep_assignable, lock_projects
from taskforge.audit.record import record_created
from taskforge.auth.models import User
from taskforge.comments.models import Comment
from taskforge.db import utcnow
from taskforge.errors import FieldError, ValidationFailed
from taskforge.extensions import db
from taskforge.reminders.service import copy_reminders
from taskforge.tasks.models import Task
from taskforge.tasks.ordering import keys_at_end
from taskforge.tasks.placement import descendants
from taskforge.tasks.recurrence import InvalidRule, check_has_occurrences, next_due, parse_rule, preview
from taskforge.tasks.removal import delete_tree
from taskforge.tasks.schemas import RecurrenceIn

MAX_WINDOW = timedelta(days=3653)  # a preview looks at most 10 years ahead


def _invalid(field: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field=field, message=message)])


def set_recurrence(task: Task, recurrence: RecurrenceIn | None, *, user_id: int) -> bool:
    """Set the task's recurrence (None: make it a one-off); True when that changed anything.

    The series restarts at the task: its due date becomes the series' first, in the zone of the person who
    makes it repeat (a task that already repeats keeps its zone).
    """
    if recurrence is None:
        if task.rrule is None:
            return False
        task.rrule = task.recurrence_anchor = task.series_start = task.occurrence = None
        return True
    if task.due_date is None:
        raise _invalid("recurrence", "a recurring task needs a due_date")
    if task.rrule is None:
        zone = db.session.execute(select(User.timezone).where(User.id == user_id)).scalar_one_or_none()
        task.timezone = zone or "UTC"
    try:
        rule = parse_rule(recurrence.rrule)
        check_has_occurrences(rule, zone=task.timezone, series_start=task.due_date)
    except InvalidRule as error:
        raise _invalid("recurrence.rrule", error.reason) from None
    if (task.rrule, task.recurrence_anchor, task.series_start) == (
        rule.text,
        recurrence.anchor,
        task.due_date,
    ):
        return False
    task.rrule, task.recurrence_anchor = rule.text, recurrence.anchor
    task.series_start, task.occurrence = task.due_date, 1
    return True


def follow_up(task: Task, *, completed_at: datetime, actor_id: int) -> Task | None:
    """Create the occurrence after `task` (just completed), with its subtasks, not completed; None when the
    series has ended or the task had a next occurrence already (completed before, then reopened)."""
    if task.rrule is None or task.due_date is None:
        return None
    if db.session.execute(select(Task.id).where(Task.previous_id == task.id)).first() is not None:
        return None
    due = next_due(
        parse_rule(task.rrule),
        zone=task.timezone,
        series_start=task.series_start or task.due_date,
        due=task.due_date,
        occurrence=task.occurrence or 1,
        anchor="completion" if task.recurrence_anchor == "completion" else "due",
        completed_at=completed_at,
    )
    if due is None:
        return None
    shift = due - task.due_date
    follower = _copy(task, parent_id=task.parent_id, shift=shift)
    follower.rrule, follower.recurrence_anchor = task.rrule, task.recurrence_anchor
    follower.series_id = task.series_id or task.id
    follower.series_start, follower.occurrence = task.series_start, (task.occurrence or 1) + 1
    follower.previous_id = task.id  # unique: a second follower for the same task cannot exist
    db.session.add(follower)
    db.session.flush()
    record_created(follower, actor_id=actor_id)
    _copy_subtasks(task.id, follower.id, shift=shift, actor_id=actor_id)
    return follower


@dataclass(frozen=True)
class Reopened:
    """What reopening a completed occurrence did to the occurrence its completion had created (`next_id`):
    removed it, or kept it (someone had changed or completed it) and took the reopened task out of the
    series."""

    outcome: Literal["next_removed", "left_series"]
    next_id: int


def undo_follow_up(task: Task, *, actor_id: int) -> Reopened | None:
    """For `task`, just reopened: undo what its completion did to its series, so the series never has two open
    occurrences. None when its completion created no next occurrence (a one-off, or the series had ended)."""
    if task.rrule is None:
        return None
    follower: Task | None = db.session.execute(
        select(Task).where(Task.previous_id == task.id).with_for_update()
    ).scalar_one_or_none()
    if follower is None:
        return None
    if _untouched(follower):
        lock_projects([follower.project_id])  # its assignee links go with it
        delete_tree(follower, actor_id=actor_id)
        return Reopened("next_removed", follower.id)
    task.rrule = task.recurrence_anchor = task.series_start = task.occurrence = task.series_id = None
    return Reopened("left_series", follower.id)


def _untouched(follower: Task) -> bool:
    """As its completion created it: neither it nor a subtask changed (each still at its first version) or
    completed, and no one commented on them."""
    tree = [follower.id, *descendants(follower.id)]
    changed = select(Task.id).where(Task.id.in_(tree), or_(Task.version > 1, Task.completed.is_(True)))
    commented = select(Comment.task_id).where(Comment.task_id.in_(tree))
    return db.session.execute(changed.union_all(commented).limit(1)).first() is None


def _copy(task: Task, *, parent_id: int | None, shift: timedelta) -> Task:
    now = utcnow()
    copy = Task(
        user_id=task.user_id,
        project_id=task.project_id,
        section_id=task.section_id,
        title=task.title,
        description=task.description,
        priority=task.priority,
        due_date=None if task.due_date is None else task.due_date + shift,
        completed=False,
        completed_at=None,
        created_at=now,
        updated_at=now,
        parent_id=parent_id,
        timezone=task.timezone,
        position=keys_at_end(task.project_id, 1)[0],  # after the copies flushed before it
    )
    copy.tags = list(task.tags)
    copy.assignees = list(task.assignees)
    keep_assignable(copy)  # whoever lost the right to edit since stays off the next occurrence
    copy_reminders(task, copy, shift=shift)
    return copy


def _copy_subtasks(source_id: int, target_id: int, *, shift: timedelta, actor_id: int) -> None:
    """Copy the subtasks under `source_id` (every level) to `target_id`, not completed."""
    children = db.session.execute(
        select(Task)
        .where(Task.parent_id == source_id, Task.deleted_at.is_(None))
        .order_by(Task.created_at, Task.id)
    ).scalars()
    for child in list(children):
        copy = _copy(child, parent_id=target_id, shift=shift)
        db.session.add(copy)
        db.session.flush()
        record_created(copy, actor_id=actor_id)
        _copy_subtasks(child.id, copy.id, shift=shift, actor_id=actor_id)


def upcoming(task: Task, *, start: datetime | None, end: datetime | None, limit: int) -> list[datetime]:
    """The due dates of the task's series from `start` (default now) to `end` (default a year later)."""
    start = start or utcnow()
    end = end or start + timedelta(days=365)
    if end < start:
        raise _invalid("to", "must not be before from")
    if end - start > MAX_WINDOW:
        raise _invalid("to", "must be at most 10 years after from")
    if task.rrule is None or task.due_date is None:
        return [task.due_date] if task.due_date is not None and start <= task.due_date <= end else []
    return preview(
        parse_rule(task.rrule),
        zone=task.timezone,
        series_start=task.series_start or task.due_date,
        start=max(start, task.due_date),
        end=end,
        limit=limit,
    )
