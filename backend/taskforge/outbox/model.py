"""The columns every outbox row has: attempts, when it is next due, who holds it, when it was delivered."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import UtcDateTime


class OutboxRow:
    """Mixed into an outbox's model; its table also needs an index on (next_attempt_at, id)."""

    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # null: delivered or given up
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
