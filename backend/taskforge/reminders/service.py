"""Reminder rules, run inside the task service's transaction: setting a person's reminders on a task (each
person's are their own: they see, set and receive only theirs), moving them all with its due date, removing
them all when it is completed, and giving a recurring task's next occurrence its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from taskforge.errors import FieldError, ValidationFailed
from taskforge.reminders.models import Reminder
from taskforge.reminders.schemas import ReminderAt, ReminderIn
from taskforge.tasks.models import Task

_Key = tuple[str, datetime | int | None]


def _key(reminder: Reminder) -> _Key:
    return ("at", reminder.at) if reminder.at is not None else ("before_due", reminder.before_due)


def _key_in(reminder: ReminderIn) -> _Key:
    return ("at", reminder.at) if isinstance(reminder, ReminderAt) else ("before_due", reminder.before_due)


def _fire_at(key: _Key, due_date: datetime | None) -> datetime | None:
    kind, value = key
    if kind == "at":
        return value if isinstance(value, datetime) else None
    return None if due_date is None or not isinstance(value, int) else due_date - timedelta(minutes=value)


def _new(task: Task, key: _Key, *, user_id: int) -> Reminder:
    kind, value = key
    return Reminder(
        user_id=user_id,
        at=value if kind == "at" else None,
        before_due=value if kind == "before_due" else None,
        fire_at=_fire_at(key, task.due_date),
        attempts=0,
        late=False,
    )


def reminders_of(task: Task, user_id: int) -> list[Reminder]:
    """The person's reminders on the task."""
    return [reminder for reminder in task.reminders if reminder.user_id == user_id]


def set_reminders(task: Task, wanted: Sequence[ReminderIn], *, user_id: int) -> bool:
    """Make the person's reminders on the task the wanted ones (the same one twice counts once), leaving
    everyone else's; True when that changed anything. Reminders that stay keep their delivery state, so
    re-sending a list re-sends no reminder. Raises ValidationFailed for a `before_due` reminder on a task
    without a due date."""
    for index, reminder in enumerate(wanted):
        if not isinstance(reminder, ReminderAt) and task.due_date is None:
            message = "a reminder before the due date needs a due_date"
            raise ValidationFailed([FieldError(field=f"reminders[{index}].before_due", message=message)])
    keys = list(dict.fromkeys(_key_in(reminder) for reminder in wanted))
    current = {_key(reminder): reminder for reminder in reminders_of(task, user_id)}
    if set(keys) == set(current):
        return False
    others = [reminder for reminder in task.reminders if reminder.user_id != user_id]
    task.reminders = others + [current.get(key) or _new(task, key, user_id=user_id) for key in keys]
    _in_firing_order(task)
    return True


def reschedule(task: Task) -> bool:
    """Move the `before_due` reminders with the task's due date (none fire while it has none); a reminder
    that moves fires again, even if it was delivered for the old date. True when one moved."""
    moved = False
    for reminder in task.reminders:
        fire_at = _fire_at(_key(reminder), task.due_date)
        if reminder.before_due is not None and fire_at != reminder.fire_at:
            reminder.fire_at = fire_at
            _rearm(reminder)
            moved = True
    _in_firing_order(task)
    return moved


def _in_firing_order(task: Task) -> None:
    """As the relationship loads them: by time (silent ones last), then by id (new ones last)."""
    far = datetime.max.replace(tzinfo=UTC)
    task.reminders.sort(key=lambda r: (r.fire_at is None, r.fire_at or far, r.id is None, r.id or 0))


def _rearm(reminder: Reminder) -> None:
    reminder.claimed_by = reminder.claimed_until = None
    reminder.notified_at = reminder.emailed_at = reminder.email_failed_at = reminder.sent_at = None
    reminder.last_error = None
    reminder.attempts = 0
    reminder.late = False


def drop_reminders(task: Task) -> bool:
    """Remove the task's reminders (it was completed); True when it had any."""
    had = bool(task.reminders)
    task.reminders = []
    return had


def copy_reminders(source: Task, target: Task, *, shift: timedelta) -> None:
    """Give `target` (the next occurrence of `source`, its due date `shift` later) the same reminders:
    moments move by `shift`, `before_due` ones follow its due date."""
    target.reminders = [
        _new(
            target,
            ("at", reminder.at + shift) if reminder.at is not None else _key(reminder),
            user_id=reminder.user_id,
        )
        for reminder in source.reminders
    ]
    _in_firing_order(target)
