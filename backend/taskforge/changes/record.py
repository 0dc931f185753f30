"""Writing numbered changes: the unit of work numbers them under the project's row lock, then calls here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from taskforge.changes.models import Change
from taskforge.db import utcnow

Kind = Literal["task", "section", "project"]


@dataclass(frozen=True)
class ChangeRow:
    """A change recorded in a transaction, not yet numbered: its stream, what changed, how and by whom."""

    project_id: int
    kind: Kind
    entity_id: int
    action: str
    actor_id: int | None


def write_numbered(session: Any, *, project_id: int, last: int, changes: list[ChangeRow]) -> None:
    """Insert `changes` numbered up to `last` (the project's counter after the bump that holds its row lock
    until COMMIT), in one statement."""
    now, first = utcnow(), last - len(changes) + 1
    rows: list[dict[str, Any]] = [
        {
            "project_id": project_id,
            "seq": first + n,
            "kind": change.kind,
            "entity_id": change.entity_id,
            "action": change.action,
            "actor_id": change.actor_id,
            "at": now,
        }
        for n, change in enumerate(changes)
    ]
    session.execute(Change.__table__.insert(), rows)
