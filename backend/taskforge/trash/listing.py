"""Reading the trash: one page of what the caller may restore, newest deletion first.

Tasks and projects are two keyset reads (each on its partial index, at most a page each), merged here in
(deleted_at, kind, id) order, newest first; the cursor names the last item of a page.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, true, tuple_
from sqlalchemy.orm import aliased

from taskforge.access.identity import Identity
from taskforge.access.policy import trash_task_projects, trashed_project_ids
from taskforge.auth.models import User
from taskforge.errors import FieldError, ValidationFailed
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.projects.schemas import UserRef
from taskforge.tasks.models import Task
from taskforge.trash.schemas import ItemKind, TrashItem, TrashQuery

_RANK = {"task": 1, "project": 0}  # among items deleted at the same instant, tasks come first
Mark = tuple[datetime, int, int]  # (deleted_at, kind rank, id) of the last item of a page


@dataclass(frozen=True)
class Page:
    items: list[TrashItem]
    next_after: str | None


def _invalid() -> ValidationFailed:
    return ValidationFailed([FieldError(field="after", message="is not a cursor from this list")])


def encode(item: TrashItem) -> str:
    raw = json.dumps(
        {"t": item.deleted_at.isoformat(), "k": _RANK[item.kind], "i": int(item.id.split("-")[1])}
    )
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str) -> Mark:
    """The item a cursor names; raise ValidationFailed for a forged one."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        at, rank, item_id = datetime.fromisoformat(data["t"]), data["k"], data["i"]
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError):
        raise _invalid() from None
    if rank not in (0, 1) or not isinstance(item_id, int) or isinstance(item_id, bool) or at.tzinfo is None:
        raise _invalid()
    return at, rank, item_id


def _after(mark: Mark | None, rank: int, at: Any, item_id: Any) -> ColumnElement[bool]:
    """The rows of kind `rank` that come after `mark` in newest-first order."""
    if mark is None:
        return true()
    mark_at, mark_rank, mark_id = mark
    if mark_rank == rank:
        same: ColumnElement[bool] = tuple_(at, item_id) < (mark_at, mark_id)
        return same
    other: ColumnElement[bool] = at <= mark_at if rank < mark_rank else at < mark_at
    return other


def task_items(projects: Sequence[int], mark: Mark | None, limit: int) -> Select[Any]:
    """The statement for a page of the trash roots in `projects`, newest first (ix_tasks_trash)."""
    below = aliased(Task)
    count = (
        select(func.count()).where(below.trashed_with_id == Task.id, below.id != Task.id).scalar_subquery()
    )
    return (
        select(
            Task.id, Task.title, Task.project_id, Project.name, Task.deleted_at, User.id, User.username, count
        )
        .join(Project, Project.id == Task.project_id)
        .outerjoin(User, User.id == Task.deleted_by_id)
        .where(
            Task.project_id.in_(projects),
            Task.trashed_with_id == Task.id,
            _after(mark, _RANK["task"], Task.deleted_at, Task.id),
        )
        .order_by(Task.deleted_at.desc(), Task.id.desc())
        .limit(limit)
    )


def _tasks(identity: Identity, mark: Mark | None, limit: int, keep: timedelta) -> list[TrashItem]:
    projects = trash_task_projects(identity)
    if not projects:
        return []
    rows = db.session.execute(task_items(projects, mark, limit))
    return [_item("task", row, keep, subtask_count=row[7]) for row in rows]


def _projects(identity: Identity, mark: Mark | None, limit: int, keep: timedelta) -> list[TrashItem]:
    ids = trashed_project_ids(identity)
    if not ids:
        return []
    count = (
        select(func.count()).where(Task.project_id == Project.id, Task.deleted_at.is_(None)).scalar_subquery()
    )
    rows = db.session.execute(
        select(
            Project.id,
            Project.name,
            Project.id,
            Project.name,
            Project.deleted_at,
            User.id,
            User.username,
            count,
        )
        .outerjoin(User, User.id == Project.deleted_by_id)
        .where(Project.id.in_(ids), _after(mark, _RANK["project"], Project.deleted_at, Project.id))
        .order_by(Project.deleted_at.desc(), Project.id.desc())
        .limit(limit)
    )
    return [_item("project", row, keep, task_count=row[7]) for row in rows]


def _item(kind: ItemKind, row: Sequence[Any], keep: timedelta, **count: int) -> TrashItem:
    item_id, title, project_id, project_name, deleted_at, user_id, username = row[:7]
    return TrashItem(
        id=f"{kind}-{item_id}",
        kind=kind,
        title=title,
        project_id=project_id,
        project_name=project_name,
        deleted_at=deleted_at,
        deleted_by=None if user_id is None else UserRef(id=user_id, username=username),
        purge_at=deleted_at + keep,
        **count,
    )


def trash_page(*, identity: Identity, query: TrashQuery, keep: timedelta) -> Page:
    """One page of the trash the caller may see, newest deletion first; raise ValidationFailed for a bad
    cursor."""
    mark = decode(query.after) if query.after is not None else None
    limit = query.per_page + 1
    found = _tasks(identity, mark, limit, keep) + _projects(identity, mark, limit, keep)
    found.sort(key=lambda item: (item.deleted_at, _RANK[item.kind], int(item.id.split("-")[1])), reverse=True)
    db.session.commit()
    items = found[: query.per_page]
    return Page(items=items, next_after=encode(items[-1]) if len(found) > query.per_page else None)
