"""The one place that decides what a caller may see or change. Every task query goes through here."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select

from taskforge.access.identity import Identity
from taskforge.db import MAX_ID
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.tasks.models import Task


def visible_tasks(identity: Identity) -> ColumnElement[bool]:
    """The condition that selects the tasks the caller may read and change (today: their own)."""
    return Task.user_id == identity.user_id


def tasks_of(identity: Identity) -> Select[Task]:
    """A query over the tasks the caller may see."""
    return select(Task).where(visible_tasks(identity))


def task_for(identity: Identity, task_id: int, *, for_update: bool = False) -> Task:
    """Load one task the caller may see; raise NotFound (the same for a missing and a foreign id).

    With `for_update`, the row is locked until the transaction ends so concurrent writers queue up.
    """
    if not 1 <= task_id <= MAX_ID:
        raise NotFound("No task with that id.")
    query = tasks_of(identity).where(Task.id == task_id)
    if for_update:
        query = query.with_for_update()
    task: Task | None = db.session.execute(query).scalar_one_or_none()
    if task is None:
        raise NotFound("No task with that id.")
    return task


def check_task_visible(identity: Identity, task_id: int) -> None:
    """Raise NotFound unless the caller may see the task (as task_for, without loading it)."""
    if (
        not 1 <= task_id <= MAX_ID
        or db.session.execute(select(Task.id).where(visible_tasks(identity), Task.id == task_id)).first()
        is None
    ):
        raise NotFound("No task with that id.")
