"""Personal API tokens: only the SHA-256 of each token is stored, with a short prefix to recognise it by."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class ApiToken(db.Model):  # type: ignore[name-defined,misc]
    """A token a person issued for a script. Revoking one deletes its row: nothing about it needs keeping."""

    __tablename__ = "api_tokens"
    __table_args__ = (Index("uq_api_tokens_token_hash", "token_hash", unique=True),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    # Space-separated, as OAuth writes scopes (RFC 6749 section 3.3): one column, on SQLite too.
    scopes: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64))
    # The first characters after `tf_`: enough to tell tokens apart in a list, far too few to guess the rest.
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Written by the identity statement (access/identity.py) at most once per window, never per request.
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
