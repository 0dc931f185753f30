"""Recording task changes in the audit history: what changed, handed to the unit of work, which writes it
with the transaction that makes the change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal

from taskforge.tasks.models import Task
from taskforge.unit_of_work import record_change

Action = Literal["create", "update", "complete", "delete", "move"]
# The task fields the history follows (its version and timestamps change with every write anyway).
FIELDS = (
    "title",
    "description",
    "priority",
    "due_date",
    "completed",
    "parent_id",
    "tags",
    "rrule",
    "recurrence_anchor",
    "position",
    "reminders",
)


def _json(value: object) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return [_item(item) for item in value]
    return value


def _item(item: object) -> Any:
    """A tag by its name, a reminder as it was asked for."""
    if hasattr(item, "spec"):
        return item.spec
    return getattr(item, "name", item)


def snapshot(task: Task, fields: Iterable[str] = FIELDS) -> dict[str, Any]:
    """The task's followed fields as JSON values."""
    return {name: _json(getattr(task, name)) for name in fields}


def record(task: Task, action: Action, changes: dict[str, list[Any]]) -> None:
    """Record an event for `task`: it commits (or rolls back) with the change it describes."""
    record_change(stream=task.user_id, task_id=task.id, action=action, audit=changes, actor_id=None)


def creation(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The changes of a "create" event for a task with these values of the followed fields."""
    shown = {name: _json(values.get(name)) for name in FIELDS}
    return {name: [None, value] for name, value in shown.items() if value not in (None, [])}


def record_created(task: Task) -> None:
    record(task, "create", creation({name: getattr(task, name) for name in FIELDS}))


def record_created_rows(rows: Iterable[tuple[int, int, Mapping[str, Any]]]) -> None:
    """Record "create" events for tasks written in bulk, as (user id, task id, followed field values): the
    unit of work inserts them with one statement, not one ORM object per task."""
    for user_id, task_id, values in rows:
        record_change(stream=user_id, task_id=task_id, action="create", audit=creation(values), actor_id=None)


def record_changed(task: Task, before: dict[str, Any], action: Action) -> None:
    """An event with the followed fields that differ from `before` (a snapshot taken before the change)."""
    after = snapshot(task, before)
    changes = {name: [before[name], after[name]] for name in before if before[name] != after[name]}
    if changes:
        record(task, action, changes)
