"""Recording task changes in the audit history: what changed, handed to the unit of work, which writes it
with the transaction that makes the change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal

from taskforge.tasks.models import Task
from taskforge.unit_of_work import record_change

Action = Literal["create", "update", "complete", "delete", "move", "restore"]
# The task fields the history follows (its version and timestamps change with every write anyway).
FIELDS = (
    "title",
    "description",
    "priority",
    "due_date",
    "completed",
    "project_id",
    "section_id",
    "parent_id",
    "tags",
    "rrule",
    "recurrence_anchor",
    "position",
    "reminders",
    "assignees",
)


def _json(value: object) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return [_item(item) for item in value]
    return value


def _item(item: object) -> Any:
    """A tag by its name, a reminder as it was asked for, a person by their username."""
    if hasattr(item, "spec"):
        return item.spec
    if hasattr(item, "username"):
        return item.username
    return getattr(item, "name", item)


def snapshot(task: Task, fields: Iterable[str] = FIELDS, *, viewer_id: int | None = None) -> dict[str, Any]:
    """The task's followed fields as JSON values; with `viewer_id`, only that person's reminders (each
    person's reminders are their own)."""
    found = {name: _json(getattr(task, name)) for name in fields if name != "reminders"}
    if "reminders" in fields:
        mine = [r for r in task.reminders if viewer_id is None or r.user_id == viewer_id]
        found["reminders"] = _json(mine)
    return found


def record(task: Task, action: Action, changes: dict[str, list[Any]], *, actor_id: int) -> None:
    """Record an event for `task` in its project: it commits (or rolls back) with the change it describes."""
    record_change(
        project_id=task.project_id,
        kind="task",
        entity_id=task.id,
        action=action,
        actor_id=actor_id,
        audit=changes,
    )


def creation(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The changes of a "create" event for a task with these values of the followed fields."""
    shown = {name: _json(values.get(name)) for name in FIELDS}
    return {name: [None, value] for name, value in shown.items() if value not in (None, [])}


def record_created(task: Task, *, actor_id: int) -> None:
    values = {name: getattr(task, name) for name in FIELDS if name != "reminders"}
    values["reminders"] = [r for r in task.reminders if r.user_id == actor_id]
    record(task, "create", creation(values), actor_id=actor_id)


def record_created_rows(rows: Iterable[tuple[int, int, Mapping[str, Any]]], *, actor_id: int) -> None:
    """Record "create" events for tasks written in bulk, as (project id, task id, followed field values):
    the unit of work inserts them with one statement, not one ORM object per task."""
    for project_id, task_id, values in rows:
        record_change(
            project_id=project_id,
            kind="task",
            entity_id=task_id,
            action="create",
            actor_id=actor_id,
            audit=creation(values),
        )


def record_changed(task: Task, before: dict[str, Any], action: Action, *, actor_id: int) -> None:
    """An event with the followed fields that differ from `before` (a snapshot taken before the change, for
    the same viewer)."""
    after = snapshot(task, before, viewer_id=actor_id)
    changes = {name: [before[name], after[name]] for name in before if before[name] != after[name]}
    if changes:
        record(task, action, changes, actor_id=actor_id)
