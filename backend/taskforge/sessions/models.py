"""A sign-in session: what every access and refresh token of one sign-in names in its `sid` claim."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db

USER_AGENT_MAX = 512
ADDRESS_MAX = 64


class UserSession(db.Model):  # type: ignore[name-defined,misc]
    """One sign-in (register, login, a completed second factor); refreshes keep it, a revocation ends it."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Written at sign-in and on each refresh only: never per request (at most one write per access token).
    last_used_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_agent: Mapped[str] = mapped_column(String(USER_AGENT_MAX), default="", server_default="")
    address: Mapped[str] = mapped_column(String(ADDRESS_MAX), default="", server_default="")
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


# The caller's list (newest use first) and the ON DELETE CASCADE from users; the identity statement's check
# is the primary key's lookup.
Index("ix_sessions_user_id_last_used_at", UserSession.user_id, UserSession.last_used_at)
