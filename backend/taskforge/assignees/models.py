"""The task-assignee links."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Table

from taskforge.db import BigIntId
from taskforge.extensions import db

# A person a task is given to: someone who could edit its project when assigned (assignees/service.py).
# Removed with the task or the person; the history records who was assigned and by whom.
task_assignees = Table(
    "task_assignees",
    db.metadata,
    Column("task_id", BigIntId, ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", BigIntId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_task_assignees_user_task", "user_id", "task_id"),  # `?assignee=`: a person's tasks
)
