"""Read-only task loading for responses: plain rows instead of ORM instances.

A page of tasks read as ORM objects spent a third of its CPU building instances (identity map, instance
state, the two `selectin` loaders' machinery); the same statements read as rows cost much less. Rows never
enter the session, so nothing read here can be written back or shadow an instance a write loads later.
They are Core statements, run on the session's connection (its transaction) rather than through
`Session.execute`, whose ORM layer (execution options, events, compile state) cost a tenth of a page's CPU
and does nothing for them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Result, Row, bindparam, func, select
from sqlalchemy.sql.selectable import TypedReturnsRows

from taskforge.access.identity import Identity
from taskforge.access.policy import LIVE, project_ids, tasks_in, visible_tasks
from taskforge.assignees.models import task_assignees
from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.reminders.models import Reminder
from taskforge.tags.models import Tag, task_tags
from taskforge.tasks.models import Task, recurrence_of
from taskforge.tasks.schemas import SubtaskCounts

TASKS = Task.__table__
Ts = TypeVarTuple("Ts")
_REMINDERS = Reminder.__table__
_REMINDER_ORDER = (Reminder.fire_at.is_(None), Reminder.fire_at, Reminder.id)  # as Task.reminders
NO_SUBTASKS = SubtaskCounts(total=0, completed=0)


class TaskRead:
    """A task as read for a response: its row's columns as attributes, its tag names, reminder rows and
    assignees, and the counts of its direct subtasks."""

    __slots__ = ("_counts", "_row", "assignees", "reminders", "tags")

    def __init__(
        self,
        row: Row[Any],
        tags: list[str],
        reminders: list[Any],
        counts: SubtaskCounts,
        assignees: list[dict[str, Any]],
    ) -> None:
        self._row = row
        self.tags = tags
        self.reminders = reminders
        self._counts = counts
        self.assignees = assignees

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)

    @property
    def recurrence(self) -> dict[str, object] | None:
        """As Task.recurrence."""
        return recurrence_of(self._row)

    @property
    def subtasks(self) -> SubtaskCounts:
        return self._counts

    def response_fields(self) -> dict[str, Any]:
        """Every column by name, with the tags, reminders, recurrence and subtask counts: what TaskOut reads,
        in one C-level copy of the row instead of an attribute lookup through __getattr__ per field."""
        values = dict(self._row._mapping)
        values.update(
            tags=self.tags,
            reminders=self.reminders,
            recurrence=self.recurrence,
            subtasks=self._counts,
            assignees=self.assignees,
        )
        return values


def run(statement: TypedReturnsRows[*Ts], params: dict[str, Any] | None = None) -> Result[*Ts]:
    """A Core statement on the session's connection, in its transaction."""
    return db.session.connection().execute(statement, params)


def rows(
    *conditions: ColumnElement[bool],
    identity: Identity,
    projects: Sequence[int] | None = None,
    order_by: Sequence[ColumnElement[Any]] = (),
    limit: int | None = None,
    offset: int | None = None,
) -> list[TaskRead]:
    """The tasks the caller may see that meet `conditions` (in `projects`, which must be projects they may
    see; default: all of them), in `order_by` order, each with its tags, the caller's reminders and its
    subtask counts and assignees: five statements however many tasks, tags, reminders, subtasks and
    assignees."""
    scope = tasks_in(projects) if projects is not None else visible_tasks(identity)
    found = run(select(TASKS).where(scope, *conditions).order_by(*order_by).limit(limit).offset(offset)).all()
    ids = [row.id for row in found]
    if not ids:
        return []
    tags, counts = _tag_names(ids), subtask_counts(identity=identity, task_ids=ids)
    reminders, assignees = _reminders(ids, identity.user_id), _assignees(ids)
    return [
        TaskRead(row, tags[row.id], reminders[row.id], counts[row.id], assignees[row.id]) for row in found
    ]


# The page's detail statements are built once, with their lists as expanding parameters: building a statement
# (and its cache key) on every request cost more CPU than running it.
_TAG_NAMES = (
    select(task_tags.c.task_id, Tag.name, Tag.name_key)
    .join(Tag, Tag.id == task_tags.c.tag_id)
    .where(task_tags.c.task_id.in_(bindparam("ids", expanding=True)))
    .order_by(task_tags.c.task_id, Tag.name_key, Tag.id)  # as Task.tags
)
_REMINDER_COLUMNS = (
    "task_id",
    "id",
    "at",
    "before_due",
    "fire_at",
    "sent_at",
    "late",
)  # ReminderOut's, and the key
_REMINDERS_OF = (
    select(*(_REMINDERS.c[name] for name in _REMINDER_COLUMNS))
    .where(
        _REMINDERS.c.task_id.in_(bindparam("ids", expanding=True)),
        _REMINDERS.c.user_id == bindparam("user_id"),
    )
    .order_by(_REMINDERS.c.task_id, *_REMINDER_ORDER)
)
_ASSIGNEES = (
    select(task_assignees.c.task_id, User.id, User.username)
    .join(User, User.id == task_assignees.c.user_id)
    .where(task_assignees.c.task_id.in_(bindparam("ids", expanding=True)))
    .order_by(task_assignees.c.task_id, User.username, User.id)  # as Task.assignees
)
_SUBTASK_COUNTS = (
    select(Task.parent_id, func.count(), func.count().filter(Task.completed.is_(True)))
    .where(
        Task.project_id.in_(bindparam("projects", expanding=True)),
        Task.parent_id.in_(bindparam("ids", expanding=True)),
        LIVE,
    )
    .group_by(Task.parent_id)
)


def _tag_names(ids: list[int]) -> defaultdict[int, list[str]]:
    """Each task's tag names in name order; tags are their creators', and two people's tags of the same name
    show once."""
    names: defaultdict[int, list[str]] = defaultdict(list)
    last: tuple[int, str] | None = None
    for task_id, name, key in run(_TAG_NAMES, {"ids": ids}):
        if last != (task_id, key):
            names[task_id].append(name)
        last = (task_id, key)
    return names


def _reminders(ids: list[int], user_id: int) -> defaultdict[int, list[Any]]:
    """The person's own reminders on each task."""
    found: defaultdict[int, list[Any]] = defaultdict(list)
    for reminder in run(_REMINDERS_OF, {"ids": ids, "user_id": user_id}):
        found[reminder.task_id].append(reminder)
    return found


def _assignees(ids: list[int]) -> defaultdict[int, list[dict[str, Any]]]:
    """Each task's assignees, in name order."""
    found: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
    for task_id, user_id, username in run(_ASSIGNEES, {"ids": ids}):
        found[task_id].append({"id": user_id, "username": username})
    return found


def subtask_counts(*, identity: Identity, task_ids: Sequence[int]) -> dict[int, SubtaskCounts]:
    """How many direct subtasks each task has, and how many of them are completed: one grouped query for the
    page (a correlated subquery per row saved this statement but cost more CPU to build than it saved)."""
    counts = dict.fromkeys(task_ids, NO_SUBTASKS)
    if task_ids:
        found = run(_SUBTASK_COUNTS, {"projects": project_ids(identity), "ids": list(task_ids)}).all()
        for parent_id, total, completed in found:
            if parent_id is not None:
                counts[parent_id] = SubtaskCounts(total=int(total), completed=int(completed))
    return counts
