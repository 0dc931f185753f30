"""The task table."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforge.assignees.models import task_assignees
from taskforge.auth.models import User
from taskforge.db import POSTGRESQL_ONLY, BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db
from taskforge.reminders.models import Reminder
from taskforge.tags.models import Tag, task_tags

MAX_DEPTH = 3  # a task, its subtasks, and theirs


class Task(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("priority BETWEEN 1 AND 4", name="priority_range"),
        CheckConstraint("version >= 1", name="version_positive"),
        # One index per sort the API offers (id breaks ties), all scoped to the project.
        Index("ix_tasks_project_created", "project_id", "created_at", "id"),
        Index("ix_tasks_project_updated", "project_id", "updated_at", "id"),
        Index("ix_tasks_project_due", "project_id", "due_date", "id"),
        Index("ix_tasks_project_priority", "project_id", "priority", "id"),
        Index("ix_tasks_project_title", "project_id", "title", "id"),
        Index("ix_tasks_project_completed", "project_id", "completed", "created_at"),
        Index("ix_tasks_project_position", "project_id", "position", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    # Who created the task. What a person may do with it is decided by its project (access/policy.py).
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # Every task lives in exactly one project; a subtask always in its parent's.
    project_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("projects.id", ondelete="CASCADE"))
    # Its column in the project (null: none); only top-level tasks have one.
    section_id: Mapped[int | None] = mapped_column(
        BigIntId, ForeignKey("sections.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[int] = mapped_column(SmallInteger, default=2)
    due_date: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # A subtask's parent: a task of the same project, at most MAX_DEPTH levels deep; deleted with its parent.
    parent_id: Mapped[int | None] = mapped_column(
        BigIntId, ForeignKey("tasks.id", ondelete="CASCADE"), index=True
    )
    # Manual order (tasks/ordering.py): a fractional key, so moving a task rewrites its row alone. Keys
    # compare byte by byte, hence the "C" collation on PostgreSQL.
    position: Mapped[str] = mapped_column(
        String(64).with_variant(String(64, collation="C"), "postgresql"), default="a0", server_default="a0"
    )
    # The zone the task was created in (its user's then): recurrence expands in its wall-clock time.
    timezone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
    # Recurrence (tasks/recurring.py): the RFC 5545 rule and what its interval counts from. A series links
    # its occurrences (series_id: the first one's id; null on the first itself), and each occurrence names
    # the one it follows. That link is unique, so an occurrence has at most one next one, however often or
    # concurrently it is completed.
    rrule: Mapped[str | None] = mapped_column(String(500))
    recurrence_anchor: Mapped[str | None] = mapped_column(String(10))
    series_id: Mapped[int | None] = mapped_column(BigIntId, index=True)
    series_start: Mapped[datetime | None] = mapped_column(UtcDateTime)
    occurrence: Mapped[int | None] = mapped_column(Integer)
    previous_id: Mapped[int | None] = mapped_column(
        BigIntId, ForeignKey("tasks.id", ondelete="SET NULL"), unique=True
    )
    # The trash (tasks/removal.py): when and by whom it was deleted (null: live). Every task of a deleted tree
    # names the tree's root in `trashed_with_id` (the root names itself), so restoring a root brings back only
    # what went with it, not a subtask that had been deleted on its own before.
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_by_id: Mapped[int | None] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="SET NULL"))
    trashed_with_id: Mapped[int | None] = mapped_column(BigIntId, index=True)
    # Loaded with the task (one extra query per page, never one per task), in name order.
    tags: Mapped[list[Tag]] = relationship(secondary=task_tags, lazy="selectin", order_by=Tag.name_key)
    # The people it is given to (assignees/service.py decides who may be), in name order; loaded the same way.
    assignees: Mapped[list[User]] = relationship(
        secondary=task_assignees, lazy="selectin", order_by=(User.username, User.id), passive_deletes=True
    )
    # Loaded the same way. Dropping one from the list deletes it; the database deletes them with the task.
    reminders: Mapped[list[Reminder]] = relationship(
        lazy="selectin",
        order_by=(Reminder.fire_at.is_(None), Reminder.fire_at, Reminder.id),
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    # Every UPDATE and DELETE says `WHERE version = <the version read>` and bumps it: a compare-and-set that
    # holds even where row locks do not exist (SQLite), so no update is ever lost.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative hook

    @property
    def recurrence(self) -> dict[str, object] | None:
        """The recurrence as the API shows it, or None for a one-off task."""
        return recurrence_of(self)


def recurrence_of(task: Any) -> dict[str, object] | None:
    """A task's (or a task row's) recurrence as the API shows it, or None for a one-off task."""
    if task.rrule is None:
        return None
    return {
        "rrule": task.rrule,
        "anchor": task.recurrence_anchor,
        "timezone": task.timezone,
        "series_id": task.series_id or task.id,  # the series' first task has none of its own
        "occurrence": task.occurrence,
    }


# The trash: its roots newest first per project (GET /api/trash), and the worker's purge scan, oldest first.
_TRASH_ROOT = Task.trashed_with_id == Task.id
Index(
    "ix_tasks_trash",
    Task.project_id,
    Task.deleted_at,
    Task.id,
    postgresql_where=_TRASH_ROOT,
    sqlite_where=_TRASH_ROOT,
)
Index(
    "ix_tasks_trash_purge", Task.deleted_at, Task.id, postgresql_where=_TRASH_ROOT, sqlite_where=_TRASH_ROOT
)


# Substring search (ILIKE '%term%') stays fast on large lists through trigram indexes; PostgreSQL only
# (SQLite, the local default, scans, which is fine at its scale).
for _column in ("title", "description"):
    Index(
        f"ix_tasks_{_column}_trgm",
        getattr(Task, _column),
        postgresql_using="gin",
        postgresql_ops={_column: "gin_trgm_ops"},
        info={POSTGRESQL_ONLY: True},
    ).ddl_if(dialect="postgresql")
