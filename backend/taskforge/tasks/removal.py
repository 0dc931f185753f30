"""The trash for tasks: the one module that moves a task (with its subtasks) to the trash, brings it back and
purges it for good.

Moving to the trash marks every live task of the tree (`deleted_at`, `deleted_by_id`) and names its root in
`trashed_with_id`; each one's deletion is recorded (history, change feed) as a deletion always was. Restoring
brings back exactly the tasks that went with that root (not a subtask trashed on its own before), each
recorded as a "restore" in its history (with every field [None, value]) and as a "create" in the change
feed, so open clients get them back.
Purging deletes the root's row: the database deletes its subtasks with it (ON DELETE CASCADE), and their
comments, tags, reminders and assignee links.

Rows are locked as every task write locks them: the task's row first (FOR UPDATE), then its project
(assignees/service.py), then the rows below it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, delete, func, select, update

from taskforge.audit.record import snapshot
from taskforge.db import utcnow
from taskforge.errors import Conflict
from taskforge.extensions import db
from taskforge.tasks.models import Task
from taskforge.unit_of_work import record_change

PARENT_IN_TRASH = "Its parent task is in the trash: restore that first."


def _tree(root: Task, *, trashed_with: int | None) -> list[Task]:
    """The root and the tasks below it, level by level: the live ones (`trashed_with` None) or those that
    went to the trash with the root `trashed_with`."""
    found, level = [root], [root.id]
    while level:
        below = select(Task).where(Task.parent_id.in_(level)).order_by(Task.id)
        if trashed_with is None:
            below = below.where(Task.deleted_at.is_(None))
        else:
            below = below.where(Task.trashed_with_id == trashed_with)
        children = list(db.session.execute(below).scalars())
        found.extend(children)
        level = [child.id for child in children]
    return found


def _record(task: Task, *, action: str, audit_as: str, gone: bool, actor_id: int) -> None:
    values = snapshot(task, viewer_id=actor_id)
    changes = {name: ([value, None] if gone else [None, value]) for name, value in values.items()}
    record_change(
        project_id=task.project_id,
        kind="task",
        entity_id=task.id,
        action=action,
        actor_id=actor_id,
        audit=changes,
        audit_as=(task.id, audit_as),
    )


def trash_tree(task: Task, *, actor_id: int) -> None:
    """Move `task` and every live task below it to the trash, recording each deletion (the caller holds the
    task's row and has locked its project)."""
    tree = _tree(task, trashed_with=None)
    for gone in tree:
        _record(gone, action="delete", audit_as="delete", gone=True, actor_id=actor_id)
    now = utcnow()
    task.deleted_at, task.deleted_by_id, task.trashed_with_id = now, actor_id, task.id
    _mark([t.id for t in tree[1:]], deleted_at=now, deleted_by_id=actor_id, trashed_with_id=task.id)


def _mark(ids: list[int], **values: object) -> None:
    """Set the trash columns of the tasks below a root (the root itself goes through the ORM, which checks
    and bumps its version)."""
    if ids:
        db.session.execute(
            update(Task)
            .where(Task.id.in_(ids))
            .values(**values, version=Task.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )


def delete_tree(task: Task, *, actor_id: int) -> None:
    """Delete `task` and what is below it at once, not through the trash (a next occurrence its completion
    created, undone by reopening: tasks/recurring.py), recording each deletion."""
    for gone in _tree(task, trashed_with=None):
        _record(gone, action="delete", audit_as="delete", gone=True, actor_id=actor_id)
    db.session.delete(task)


def check_parent_live(task: Task) -> None:
    """Raise Conflict when the task's parent is in the trash (it would come back under a deleted task). The
    parent's row is share-locked (before the task's: rows are locked top down), so it cannot go to the trash
    before this restore commits."""
    if task.parent_id is None:
        return
    parent_deleted = db.session.execute(
        select(Task.deleted_at).where(Task.id == task.parent_id).with_for_update(read=True)
    ).first()
    if parent_deleted is not None and parent_deleted[0] is not None:
        raise Conflict(PARENT_IN_TRASH)


def restore_tree(task: Task, *, actor_id: int) -> list[Task]:
    """Bring back `task` (a trash root whose row the caller holds) and what went to the trash with it;
    return them, parents first."""
    tree = _tree(task, trashed_with=task.id)
    task.deleted_at = task.deleted_by_id = task.trashed_with_id = None
    task.updated_at = utcnow()
    _mark([t.id for t in tree[1:]], deleted_at=None, deleted_by_id=None, trashed_with_id=None)
    for back in tree:
        _record(back, action="create", audit_as="restore", gone=False, actor_id=actor_id)
    return tree


def purge_tree(task_id: int) -> int:
    """Delete a trashed task for good, with everything below it; return how many task rows went."""
    below = db.session.execute(
        select(func.count()).where(Task.trashed_with_id == task_id, Task.id != task_id)
    ).scalar_one()
    deleted = db.session.execute(
        delete(Task).where(Task.id == task_id, Task.deleted_at.is_not(None)).returning(Task.id)
    ).all()
    return 1 + int(below) if deleted else 0


def purge_before(cutoff: datetime) -> Select[int]:
    """The trash roots deleted before `cutoff`, oldest first (the worker locks a batch of them)."""
    return (
        select(Task.id)
        .where(Task.trashed_with_id == Task.id, Task.deleted_at < cutoff)
        .order_by(Task.deleted_at, Task.id)
    )
