"""The one place that decides which tasks a user may see or change. Every task query goes through here."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select

from taskforge.db import MAX_ID
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.tasks.models import Task


def visible_to(user_id: int) -> ColumnElement[bool]:
    """The condition that selects the tasks `user_id` may read and change (today: their own)."""
    return Task.user_id == user_id


def tasks_of(user_id: int) -> Select[Task]:
    """A query over the tasks `user_id` may see."""
    return select(Task).where(visible_to(user_id))


def task_for(*, user_id: int, task_id: int, for_update: bool = False) -> Task:
    """Load one task the user may see; raise NotFound (the same for a missing and a foreign id).

    With `for_update`, the row is locked until the transaction ends so concurrent writers queue up.
    """
    if not 1 <= task_id <= MAX_ID:
        raise NotFound("No task with that id.")
    query = tasks_of(user_id).where(Task.id == task_id)
    if for_update:
        query = query.with_for_update()
    task: Task | None = db.session.execute(query).scalar_one_or_none()
    if task is None:
        raise NotFound("No task with that id.")
    return task


def check_visible(*, user_id: int, task_id: int) -> None:
    """Raise NotFound unless the user may see the task (as task_for, without loading it)."""
    if (
        not 1 <= task_id <= MAX_ID
        or db.session.execute(select(Task.id).where(visible_to(user_id), Task.id == task_id)).first() is None
    ):
        raise NotFound("No task with that id.")
