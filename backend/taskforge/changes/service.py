"""Reading the change feed (a cursor over every stream the caller may read), and pruning it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import and_, delete, or_, select, update

from taskforge.access.identity import Identity
from taskforge.changes import cursor as cursors
from taskforge.changes.entries import Entry, materialize
from taskforge.changes.models import Change
from taskforge.db import utcnow
from taskforge.errors import Gone
from taskforge.extensions import db
from taskforge.projects.models import Project

PRUNED = "Changes after that cursor are no longer kept: reload, then follow the new cursor."
FOREIGN = "That cursor is not one of yours (or the server was restored from a backup): reload."


@dataclass(frozen=True)
class Page:
    items: Sequence[Entry]
    cursor: str
    more: bool


def current(identity: Identity) -> cursors.Cursor:
    """Where the caller's streams stand now."""
    return {grant.project_id: grant.change_seq for grant in identity.grants.values()}


def _positions(identity: Identity, since: str) -> cursors.Cursor:
    """Where to read each stream the caller may read from: the cursor's position, or (for a project shared
    with them since) its current end, since they hear of it through their Inbox and load it then."""
    cursor = cursors.decode(since)
    if cursor is None:
        raise Gone(FOREIGN)
    positions: cursors.Cursor = {}
    for project_id, grant in identity.grants.items():
        seen = cursor.get(project_id)
        if seen is None:
            positions[project_id] = grant.change_seq
        elif seen > grant.change_seq:
            raise Gone(FOREIGN)
        elif seen < grant.pruned_seq:
            raise Gone(PRUNED)
        else:
            positions[project_id] = seen
    return positions


def changes_since(*, identity: Identity, since: str | None, limit: int) -> Page:
    """The changes after `since` in every stream the caller may read (None: none, and the current cursor);
    raise Gone when changes after `since` were pruned already, or `since` is not a cursor of this server."""
    if since is None:
        db.session.commit()
        return Page(items=[], cursor=cursors.encode(current(identity)), more=False)
    positions = _positions(identity, since)
    behind = {pid: seq for pid, seq in positions.items() if seq < identity.grants[pid].change_seq}
    found: list[Change] = []
    if behind:
        conditions = [and_(Change.project_id == pid, Change.seq > seq) for pid, seq in sorted(behind.items())]
        found = list(
            db.session.execute(
                select(Change)
                .where(or_(*conditions))
                .order_by(Change.project_id, Change.seq)
                .limit(limit + 1)
            ).scalars()
        )
        _check_not_pruned(behind)
    more = len(found) > limit
    found = found[:limit]
    for change in found:
        positions[change.project_id] = change.seq
    items = materialize(identity, found)
    db.session.commit()
    return Page(items=items, cursor=cursors.encode(positions), more=more)


def _check_not_pruned(behind: cursors.Cursor) -> None:
    """Read after the changes: a prune that committed before they were read shows here."""
    pruned = db.session.execute(
        select(Project.id, Project.pruned_seq).where(Project.id.in_(list(behind)))
    ).all()
    if any(behind[pid] < seq for pid, seq in pruned):
        raise Gone(PRUNED)


def prune(*, retention: timedelta) -> int:
    """Delete changes older than `retention`, noting in each project how far its stream was pruned; return
    how many."""
    gone = db.session.execute(
        delete(Change).where(Change.at < utcnow() - retention).returning(Change.project_id, Change.seq)
    ).all()
    last: dict[int, int] = {}
    for project_id, seq in gone:
        last[project_id] = max(seq, last.get(project_id, 0))
    for project_id, seq in sorted(last.items()):
        db.session.execute(
            update(Project)
            .where(Project.id == project_id, Project.pruned_seq < seq)
            .values(pruned_seq=seq)
            .execution_options(synchronize_session=False)
        )
    db.session.commit()
    return len(gone)
