"""Writing numbered changes (the unit of work numbers them under its stream's row lock, then calls here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from taskforge.changes.models import Change
from taskforge.db import utcnow


@dataclass(frozen=True)
class ChangeRow:
    """A change recorded in a transaction, not yet numbered: its stream, the task and what happened."""

    stream: int
    task_id: int
    action: str


def write_numbered(session: Any, *, stream: int, last: int, changes: list[ChangeRow]) -> None:
    """Insert `changes` numbered up to `last` (the stream's counter after the bump that holds its row lock
    until COMMIT), in one statement."""
    now, first = utcnow(), last - len(changes) + 1
    rows: list[dict[str, Any]] = [
        {"user_id": stream, "seq": first + n, "task_id": change.task_id, "action": change.action, "at": now}
        for n, change in enumerate(changes)
    ]
    session.execute(Change.__table__.insert(), rows)
