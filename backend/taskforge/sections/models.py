"""Sections: the columns a project's tasks are ordered into (a board's columns, a list's headings)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db
from taskforge.projects.models import PositionKey


class Section(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "sections"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version_positive"),
        Index("ix_sections_project_position", "project_id", "position", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    project_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("projects.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str] = mapped_column(PositionKey, default="a0", server_default="a0")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - compare-and-set, as tasks
