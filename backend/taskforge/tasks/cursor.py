"""Keyset pagination: an opaque cursor naming the last row of a page, and the condition for the rows after it.

Each page costs the same however deep it is (an index range scan), unlike OFFSET, which reads and discards.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, tuple_

from taskforge.errors import FieldError, ValidationFailed
from taskforge.tasks.models import Task
from taskforge.tasks.reads import TaskRead

_DATETIME_SORTS = {"created_at", "updated_at", "due_date"}


def _invalid(message: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field="after", message=message)])


def encode(task: Task | TaskRead, *, sort: str, order: str) -> str:
    """The cursor that continues after `task` in this sort order."""
    value = getattr(task, sort)
    if isinstance(value, datetime):
        value = value.isoformat()
    raw = json.dumps({"s": sort, "o": order, "v": value, "i": task.id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str, *, sort: str, order: str) -> tuple[Any, int]:
    """The (sort value, id) a cursor names; raise ValidationFailed for a forged or foreign cursor."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        value, task_id = data["v"], data["i"]
        if data["s"] != sort or data["o"] != order:
            raise _invalid("belongs to another sort or order; start again without `after`")
        if not (_is_int(task_id) and _fits(sort, value)):
            raise _invalid("is not a valid cursor")
        if sort in _DATETIME_SORTS and value is not None:
            value = datetime.fromisoformat(value)
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError):
        raise _invalid("is not a valid cursor") from None
    return value, task_id


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fits(sort: str, value: object) -> bool:
    if value is None:
        return sort == "due_date"  # only due dates may be missing
    if sort == "priority":
        return _is_int(value)
    return isinstance(value, str)  # titles, and datetimes in ISO 8601


def after(cursor: str, *, sort: str, order: str) -> ColumnElement[bool]:
    """The rows that come after the cursor in (sort column, id) order; due dates sort nulls last."""
    value, task_id = decode(cursor, sort=sort, order=order)
    column = getattr(Task, sort)
    later_id = Task.id > task_id if order == "asc" else Task.id < task_id
    if sort != "due_date":
        return (
            tuple_(column, Task.id) > (value, task_id)
            if order == "asc"
            else tuple_(column, Task.id)
            < (
                value,
                task_id,
            )
        )
    if value is None:  # already among the tasks without a due date, which come last
        return and_(Task.due_date.is_(None), later_id)
    beyond = Task.due_date > value if order == "asc" else Task.due_date < value
    return or_(Task.due_date.is_(None), beyond, and_(Task.due_date == value, later_id))
