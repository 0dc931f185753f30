"""Projects and who may use them: direct members, team grants, read-only links and each person's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db

DEFAULT_COLOR = "#6c757d"
INBOX_NAME = "Inbox"
# Fractional order keys compare byte by byte, hence the "C" collation on PostgreSQL.
PositionKey = String(64).with_variant(String(64, collation="C"), "postgresql")


class Project(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "projects"
    __table_args__ = (CheckConstraint("version >= 1", name="version_positive"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    # The owner is also a member (role owner): this column is the one every owner check reads.
    owner_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(7), default=DEFAULT_COLOR)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # Every account has exactly one inbox (cannot be deleted, shared, archived or transferred).
    is_inbox: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Bumped (by the unit of work) with every write to the project's data; part of every member's cache key.
    generation: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # The number of the project's latest change (taskforge/changes), handed out in commit order.
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # Changes up to this number were pruned: a cursor before it must reload.
    pruned_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # Bumped whenever who may do what changes (members, teams, archiving, transfer): a write that checked
    # access against an older value re-checks it under the project's row lock before it commits.
    grants_version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # The trash (projects/removal.py): when and by whom it was deleted (null: live). A deleted project grants
    # nothing (access/identity.py), so everything in it is gone with it until it is restored.
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_by_id: Mapped[int | None] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="SET NULL"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - compare-and-set, as tasks


Index(
    "uq_projects_inbox",
    Project.owner_id,
    unique=True,
    postgresql_where=Project.is_inbox.is_(True),
    sqlite_where=Project.is_inbox.is_(True),
)

# The trash listing and the worker's purge scan.
_DELETED = Project.deleted_at.is_not(None)
Index("ix_projects_trash", Project.deleted_at, Project.id, postgresql_where=_DELETED, sqlite_where=_DELETED)


class ProjectMember(db.Model):  # type: ignore[name-defined,misc]
    """A direct grant: a person's role on a project (the owner's row says owner)."""

    __tablename__ = "project_members"
    __table_args__ = (
        CheckConstraint("role BETWEEN 1 AND 4", name="role_range"),
        Index("ix_project_members_user", "user_id", "project_id"),
    )

    project_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[int] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ProjectTeam(db.Model):  # type: ignore[name-defined,misc]
    """A team grant: every member of the team has this role on the project (at least)."""

    __tablename__ = "project_teams"
    __table_args__ = (
        CheckConstraint("role BETWEEN 1 AND 3", name="role_range"),
        Index("ix_project_teams_team", "team_id", "project_id"),
    )

    project_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    team_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[int] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ProjectPreference(db.Model):  # type: ignore[name-defined,misc]
    """One person's settings of a project they can see: favourite, and its place in their sidebar."""

    __tablename__ = "project_preferences"

    user_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    project_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    favorite: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    position: Mapped[str] = mapped_column(PositionKey, default="a0", server_default="a0")


class ProjectLink(db.Model):  # type: ignore[name-defined,misc]
    """A read-only link: anyone holding its secret URL may read the project without an account."""

    __tablename__ = "project_links"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    # The SHA-256 of the secret (auth/opaque.py), never the secret itself.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_by: Mapped[int | None] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
