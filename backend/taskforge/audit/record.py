"""Recording task changes in the audit history, in the transaction that makes them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal

from flask import g, has_request_context

from taskforge.audit.models import AuditEvent
from taskforge.changes.record import note_change
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.tasks.models import Task

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


def _request_id() -> str | None:
    return g.get("request_id") if has_request_context() else None


def record(task: Task, action: Action, changes: dict[str, list[Any]]) -> None:
    """Add an event for `task` to the session: it commits (or rolls back) with the change it describes."""
    db.session.add(
        AuditEvent(
            user_id=task.user_id, task_id=task.id, action=action, changes=changes, request_id=_request_id()
        )
    )
    note_change(user_id=task.user_id, task_id=task.id, action=action)


def creation(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The changes of a "create" event for a task with these values of the followed fields."""
    shown = {name: _json(values.get(name)) for name in FIELDS}
    return {name: [None, value] for name, value in shown.items() if value not in (None, [])}


def record_created(task: Task) -> None:
    record(task, "create", creation({name: getattr(task, name) for name in FIELDS}))


def record_created_rows(rows: Iterable[tuple[int, int, Mapping[str, Any]]]) -> None:
    """Insert "create" events for tasks written in bulk, as (user id, task id, followed field values), in
    the caller's transaction: one statement, not one ORM object per task."""
    rows = list(rows)
    request_id, at = _request_id(), utcnow()
    events = [
        {
            "user_id": user_id,
            "task_id": task_id,
            "action": "create",
            "changes": creation(values),
            "request_id": request_id,
            "at": at,
        }
        for user_id, task_id, values in rows
    ]
    if events:
        db.session.execute(AuditEvent.__table__.insert(), events)
    for user_id, task_id, _ in rows:
        note_change(user_id=user_id, task_id=task_id, action="create")


def record_changed(task: Task, before: dict[str, Any], action: Action) -> None:
    """An event with the followed fields that differ from `before` (a snapshot taken before the change)."""
    after = snapshot(task, before)
    changes = {name: [before[name], after[name]] for name in before if before[name] != after[name]}
    if changes:
        record(task, action, changes)
