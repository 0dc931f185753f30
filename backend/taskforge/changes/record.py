"""Numbered changes: the unit of work takes a project's numbers here (bumping its row, locked until COMMIT),
then writes the numbered rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, update

from taskforge.changes.models import Change
from taskforge.db import utcnow
from taskforge.projects.models import Project

Kind = Literal["task", "section", "project", "comment"]


@dataclass(frozen=True)
class ChangeRow:
    """A change recorded in a transaction, not yet numbered: its stream, what changed, how and by whom."""

    project_id: int
    kind: Kind
    entity_id: int
    action: str
    actor_id: int | None


_PROJECTS = Project.__table__
# Built once (bind parameters named apart from the columns they set, as an UPDATE requires).
_BUMP = (
    update(_PROJECTS)
    .where(_PROJECTS.c.id == bindparam("bump_project"))
    .values(
        generation=_PROJECTS.c.generation + 1,
        change_seq=_PROJECTS.c.change_seq + bindparam("bump_count"),
    )
    .returning(_PROJECTS.c.change_seq)
)
_BUMP_GUARDED = _BUMP.where(_PROJECTS.c.grants_version == bindparam("bump_grants"))


def take_numbers(
    connection: Connection, *, project_id: int, count: int, grants_version: int | None = None
) -> int | None:
    """Bump the project's cache generation and take `count` change numbers, locking its row until COMMIT;
    return the last number, or None when the project is gone (or its grants are no longer at
    `grants_version`, when given)."""
    bump: dict[str, int] = {"bump_project": project_id, "bump_count": count}
    if grants_version is None:
        last: int | None = connection.execute(_BUMP, bump).scalar_one_or_none()
    else:
        guarded = {**bump, "bump_grants": grants_version}
        last = connection.execute(_BUMP_GUARDED, guarded).scalar_one_or_none()
    return last


def write_numbered(connection: Connection, *, project_id: int, last: int, changes: list[ChangeRow]) -> None:
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
    connection.execute(Change.__table__.insert(), rows)
