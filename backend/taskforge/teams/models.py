"""Teams: named groups of people that projects can be shared with."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class Team(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "teams"
    __table_args__ = (CheckConstraint("version >= 1", name="version_positive"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - compare-and-set, as tasks


class TeamMember(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "team_members"
    __table_args__ = (
        CheckConstraint("role BETWEEN 1 AND 2", name="role_range"),
        Index("ix_team_members_user", "user_id", "team_id"),
    )

    team_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[int] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
