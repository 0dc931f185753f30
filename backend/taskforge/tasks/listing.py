"""Reading tasks: pages of the tasks a caller may see (filtered, sorted), one task, its subtasks, the dates of
its series. Each function ends its own (read-only) transaction."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, not_, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from taskforge.access.identity import Identity
from taskforge.access.policy import check_task_visible, project_ids, task_for, tasks_in
from taskforge.assignees.models import task_assignees
from taskforge.db import MAX_ID, utcnow
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.tags.models import Tag, name_key, task_tags
from taskforge.tasks import cursor
from taskforge.tasks.models import Task
from taskforge.tasks.reads import TASKS, TaskRead, rows, run
from taskforge.tasks.recurring import Reopened, upcoming
from taskforge.tasks.schemas import SubtaskCounts, TaskListQuery

_SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "created_at": Task.created_at,
    "updated_at": Task.updated_at,
    "due_date": Task.due_date,
    "priority": Task.priority,
    "title": Task.title,
    "position": Task.position,
}


@dataclass(frozen=True)
class Shown:
    """A task as the API shows it: the row, and the counts of its direct subtasks (which the row does not
    hold), read in the same transaction."""

    task: Task | TaskRead
    subtasks: SubtaskCounts
    reopened: Reopened | None = (
        None  # set by a change that reopened a completed occurrence (tasks/recurring.py)
    )


@dataclass(frozen=True)
class Listing:
    items: Sequence[Task | TaskRead]
    subtasks: Mapping[int, SubtaskCounts]  # by task id, for every item

    def shown(self) -> list[Shown]:
        return [Shown(task, self.subtasks[task.id]) for task in self.items]


@dataclass(frozen=True)
class Page(Listing):
    page: int | None
    per_page: int
    total: int
    next_cursor: str | None

    @property
    def pages(self) -> int:
        return math.ceil(self.total / self.per_page)


def listed_projects(identity: Identity, wanted: Sequence[int] | None) -> list[int]:
    """The projects a list covers: the ones asked for that the caller may see (archived ones too, when
    named), or every project they may see but the archived ones."""
    if wanted is None:
        return project_ids(identity, include_archived=False)
    return sorted(set(wanted) & identity.grants.keys())


def _filters(query: TaskListQuery, *, user_id: int) -> list[ColumnElement[bool]]:
    """The query's filters for the caller `user_id` (the caller adds the projects)."""
    now = utcnow()
    conditions: list[ColumnElement[bool]] = []
    if query.completed is not None:
        conditions.append(Task.completed.is_(query.completed))
    if query.priority:
        conditions.append(Task.priority.in_(sorted(set(query.priority))))
    if query.search is not None:
        pattern = "%" + query.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(
            or_(Task.title.ilike(pattern, escape="\\"), Task.description.ilike(pattern, escape="\\"))
        )
    if query.parent_id is not None:
        conditions.append(Task.parent_id == query.parent_id)
    elif not query.include_subtasks:
        conditions.append(Task.parent_id.is_(None))
    if query.section_id is not None:
        conditions.append(Task.section_id == query.section_id)
    for key in dict.fromkeys(name_key(tag) for tag in query.tag or ()):
        # Tags are their creators' labels, shown to everyone who sees the task: a name matches anyone's.
        carries = (
            select(task_tags.c.task_id)
            .join(Tag, Tag.id == task_tags.c.tag_id)
            .where(task_tags.c.task_id == Task.id, Tag.name_key == key)
        )
        conditions.append(carries.exists())
    if query.assignee is not None:
        conditions.append(_assigned(query.assignee, user_id=user_id))
    if query.due_before is not None:
        conditions.append(Task.due_date < query.due_before)
    if query.due_after is not None:
        conditions.append(Task.due_date > query.due_after)
    if query.overdue is not None:
        overdue = and_(Task.completed.is_(False), Task.due_date.is_not(None), Task.due_date < now)
        conditions.append(overdue if query.overdue else not_(overdue))
    return conditions


def _assigned(assignee: str, *, user_id: int) -> ColumnElement[bool]:
    """`?assignee=`: given to the caller (`me`), to a person (an id), or to nobody (`none`)."""
    assigned = select(task_assignees.c.task_id).where(task_assignees.c.task_id == Task.id)
    if assignee == "none":
        return not_(assigned.exists())
    person = user_id if assignee == "me" else int(assignee)
    return assigned.where(task_assignees.c.user_id == person).exists()


def list_tasks(*, identity: Identity, query: TaskListQuery) -> Page:
    """One page of the tasks the caller may see, filtered and sorted (ties broken by id, so pages never
    overlap)."""
    projects = listed_projects(identity, query.project_id)
    conditions = _filters(query, user_id=identity.user_id)
    column = _SORT_COLUMNS[query.sort]
    order: list[ColumnElement[Any]] = (
        [column.asc(), Task.id.asc()] if query.order == "asc" else [column.desc(), Task.id.desc()]
    )
    if query.sort == "due_date":
        order.insert(0, Task.due_date.is_(None))  # tasks without a due date come last in both directions
    page_of: dict[str, Any] = {"identity": identity, "projects": projects, "order_by": order}
    if query.after is not None:
        keyset = cursor.after(query.after, sort=query.sort, order=query.order)
        items = rows(*conditions, keyset, **page_of, limit=query.per_page + 1)
    else:
        offset = (query.page - 1) * query.per_page
        items = rows(*conditions, **page_of, limit=query.per_page + 1, offset=offset)
    total = run(select(func.count()).select_from(TASKS).where(tasks_in(projects), *conditions)).scalar_one()
    more = len(items) > query.per_page
    items = items[: query.per_page]
    db.session.commit()
    return Page(
        items=items,
        subtasks={task.id: task.subtasks for task in items},
        page=None if query.after is not None else query.page,
        per_page=query.per_page,
        total=total,
        next_cursor=cursor.encode(items[-1], sort=query.sort, order=query.order) if more else None,
    )


def subtasks_of(*, identity: Identity, task_id: int) -> Listing:
    """The direct subtasks of a task the caller may see, oldest first; raise NotFound."""
    project_id = check_task_visible(identity, task_id)
    tasks = rows(
        Task.parent_id == task_id,
        identity=identity,
        projects=[project_id],
        order_by=[Task.created_at.asc(), Task.id.asc()],
    )
    listing = Listing(items=tasks, subtasks={task.id: task.subtasks for task in tasks})
    db.session.commit()
    return listing


def get_task(*, identity: Identity, task_id: int) -> Shown:
    """Return a task the caller may see; raise NotFound."""
    if not 1 <= task_id <= MAX_ID:
        raise NotFound("No task with that id.")
    found = rows(Task.id == task_id, identity=identity)
    if not found:
        raise NotFound("No task with that id.")
    shown = Shown(found[0], found[0].subtasks)
    db.session.commit()
    return shown


def occurrences(
    *, identity: Identity, task_id: int, start: datetime | None, end: datetime | None, limit: int
) -> list[datetime]:
    """Upcoming due dates of a task the caller may see (its series'); raise NotFound."""
    task = task_for(identity, task_id)
    found = upcoming(task, start=start, end=end, limit=limit)
    db.session.commit()
    return found
