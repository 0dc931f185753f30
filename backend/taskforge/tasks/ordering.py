"""Manual order within a project: each task has a fractional order key (`position`), so placing a task
between two others writes one row, whatever the length of the list. Runs in the task service's transaction."""

from __future__ import annotations

from fractional_indexing import generate_key_between, generate_n_keys_between
from sqlalchemy import func, select, tuple_

from taskforge.errors import FieldError, ValidationFailed
from taskforge.extensions import db
from taskforge.tasks.models import Task


def keys_at_end(project_id: int, count: int) -> list[str]:
    """`count` keys after the project's last task, in order: new tasks go to the end of its manual order.

    Two requests creating tasks at once may draw the same key; ties sort by id, and `move` copes with them.
    """
    last = db.session.execute(
        select(func.max(Task.position)).where(Task.project_id == project_id)
    ).scalar_one_or_none()
    keys: list[str] = generate_n_keys_between(last, None, count)
    return keys


def _neighbour(task: Task, around: Task, *, before: bool) -> Task | None:
    """The task right before (or after) `around` in manual order, other than `task` itself."""
    key = tuple_(Task.position, Task.id)
    mark = (around.position, around.id)
    query = select(Task).where(
        Task.project_id == task.project_id, Task.id != task.id, Task.deleted_at.is_(None)
    )
    query = (
        query.where(key < mark).order_by(Task.position.desc(), Task.id.desc())
        if before
        else query.where(key > mark).order_by(Task.position, Task.id)
    )
    found: Task | None = db.session.execute(query.limit(1)).scalar_one_or_none()
    return found


def _target(task: Task, target_id: int, field: str) -> Task:
    if target_id == task.id:
        raise ValidationFailed([FieldError(field=field, message="a task cannot be placed next to itself")])
    query = select(Task).where(
        Task.project_id == task.project_id, Task.id == target_id, Task.deleted_at.is_(None)
    )
    target: Task | None = db.session.execute(query).scalar_one_or_none()
    if target is None:
        raise ValidationFailed([FieldError(field=field, message="no task with that id in this project")])
    return target


def move(task: Task, *, before_id: int | None, after_id: int | None) -> bool:
    """Place `task` right before `before_id` or right after `after_id`; True when its position changed."""
    if before_id is not None:
        target = _target(task, before_id, "before_id")
        upper: Task | None = target
        lower = _neighbour(task, target, before=True)
    else:
        lower = _target(task, after_id or 0, "after_id")
        upper = _neighbour(task, lower, before=False)
    if lower is not None and upper is not None and lower.position >= upper.position:
        # Two tasks share a key (created at the same instant): give the upper one a key of its own first.
        beyond = _neighbour(task, upper, before=False)
        higher = beyond.position if beyond is not None and beyond.position > upper.position else None
        upper.position = generate_key_between(upper.position, higher)
    key: str = generate_key_between(
        lower.position if lower is not None else None, upper.position if upper is not None else None
    )
    if key == task.position:
        return False
    task.position = key
    return True
