"""Deleting a task with its subtasks: each one's deletion recorded (history, change feed) before the row goes
(the database deletes the subtasks with their parent, ON DELETE CASCADE, and their comments, tags, reminders
and assignee links with them)."""

from __future__ import annotations

from sqlalchemy import select

from taskforge.audit.record import record, snapshot
from taskforge.extensions import db
from taskforge.tasks.models import Task


def delete_tree(task: Task, *, actor_id: int) -> None:
    """Record the deletion of `task` and of every task below it, then delete it (the caller holds its row and
    has locked its project, as for any change of assignees)."""
    level = [task]
    while level:
        for gone in level:
            values = snapshot(gone, viewer_id=actor_id)
            record(gone, "delete", {name: [value, None] for name, value in values.items()}, actor_id=actor_id)
        children = select(Task).where(Task.parent_id.in_([t.id for t in level]))
        level = list(db.session.execute(children).scalars())
    db.session.delete(task)
