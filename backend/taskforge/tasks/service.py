"""Task rules: listing, creating, changing and deleting a user's tasks. Each function owns its transaction."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, func, not_, or_, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.access.policy import check_task_visible, task_for, visible_tasks
from taskforge.audit.record import record, record_changed, record_created, snapshot
from taskforge.db import MAX_ID, utcnow
from taskforge.errors import Conflict, FieldError, NotFound, PreconditionFailed, ValidationFailed
from taskforge.extensions import db
from taskforge.reminders.schemas import ReminderIn
from taskforge.reminders.service import drop_reminders, reschedule, set_reminders
from taskforge.tags.models import Tag, name_key, task_tags
from taskforge.tags.service import tags_named
from taskforge.tasks import cursor, ordering
from taskforge.tasks.models import MAX_DEPTH, Task
from taskforge.tasks.ordering import keys_at_end
from taskforge.tasks.reads import TaskRead, rows, subtask_counts
from taskforge.tasks.recurring import follow_up, set_recurrence, upcoming
from taskforge.tasks.schemas import MoveIn, RecurrenceIn, SubtaskCounts, TaskCreate, TaskListQuery, TaskUpdate
from taskforge.unit_of_work import commit

# Each round of a compare-and-set race has a winner, so N concurrent writers need at most N attempts.
_CAS_ATTEMPTS = 32
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


def etag_of(task: Task | TaskRead) -> str:
    """The strong entity tag of a task's current representation (without quotes)."""
    return f"v{task.version}"


def _filters(identity: Identity, query: TaskListQuery) -> list[ColumnElement[bool]]:
    """The query's filters (the caller adds visible_tasks)."""
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
    for name in dict.fromkeys(name_key(tag) for tag in query.tag or ()):
        carries = (
            select(task_tags.c.task_id)
            .join(Tag, Tag.id == task_tags.c.tag_id)
            .where(task_tags.c.task_id == Task.id, Tag.user_id == identity.user_id, Tag.name_key == name)
        )
        conditions.append(carries.exists())
    if query.due_before is not None:
        conditions.append(Task.due_date < query.due_before)
    if query.due_after is not None:
        conditions.append(Task.due_date > query.due_after)
    if query.overdue is not None:
        overdue = and_(Task.completed.is_(False), Task.due_date.is_not(None), Task.due_date < now)
        conditions.append(overdue if query.overdue else not_(overdue))
    return conditions


def list_tasks(*, identity: Identity, query: TaskListQuery) -> Page:
    """One page of the user's tasks, filtered and sorted (ties broken by id, so pages never overlap)."""
    conditions = _filters(identity, query)
    column = _SORT_COLUMNS[query.sort]
    order: list[ColumnElement[Any]] = (
        [column.asc(), Task.id.asc()] if query.order == "asc" else [column.desc(), Task.id.desc()]
    )
    if query.sort == "due_date":
        order.insert(0, Task.due_date.is_(None))  # tasks without a due date come last in both directions
    if query.after is not None:
        items = rows(
            *conditions,
            cursor.after(query.after, sort=query.sort, order=query.order),
            identity=identity,
            order_by=order,
            limit=query.per_page + 1,
        )
    else:
        offset = (query.page - 1) * query.per_page
        items = rows(*conditions, identity=identity, order_by=order, limit=query.per_page + 1, offset=offset)
    total = db.session.execute(
        select(func.count()).select_from(Task).where(visible_tasks(identity), *conditions)
    ).scalar_one()
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


def _parent_error(message: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field="parent_id", message=message)])


def _check_parent(*, identity: Identity, parent_id: int, task_id: int | None = None) -> None:
    """The parent must be one of the user's tasks, never the task itself or one of its subtasks, and the
    task with everything below it must fit in MAX_DEPTH levels under the parent."""
    ancestors: list[int] = []
    current: int | None = parent_id
    while current is not None:
        if current == task_id:
            raise _parent_error("a task cannot be a subtask of itself or of one of its subtasks")
        row = db.session.execute(
            select(Task.parent_id).where(visible_tasks(identity), Task.id == current)
        ).first()
        if row is None:
            raise _parent_error("no task with that id")
        ancestors.append(current)
        current = row[0]
    levels_below = 0
    level = [task_id] if task_id is not None else []
    while level:
        level = list(db.session.execute(select(Task.id).where(Task.parent_id.in_(level))).scalars())
        levels_below += bool(level)
    if len(ancestors) + 1 + levels_below > MAX_DEPTH:
        raise _parent_error(f"subtasks nest at most {MAX_DEPTH} levels deep")


def _new_task(identity: Identity, data: TaskCreate, *, position: str) -> Task:
    now = utcnow()
    task = Task(
        user_id=identity.user_id,
        title=data.title,
        description=data.description,
        priority=data.priority,
        due_date=data.due_date,
        completed=data.completed,
        completed_at=now if data.completed else None,
        created_at=now,
        updated_at=now,
        position=position,
    )
    if data.parent_id is not None:
        _check_parent(identity=identity, parent_id=data.parent_id)
    task.parent_id = data.parent_id
    task.tags = tags_named(user_id=identity.user_id, names=data.tags)
    if data.recurrence is not None:
        set_recurrence(task, data.recurrence)
    task.reminders = []
    if data.reminders and not data.completed:  # a completed task has nothing left to remind of
        set_reminders(task, data.reminders)
    return task


def create_task(*, identity: Identity, data: TaskCreate) -> Task:
    """Create one task for the caller."""
    task = _new_task(identity, data, position=keys_at_end(identity.user_id, 1)[0])
    db.session.add(task)
    db.session.flush()  # the id, for the history
    record_created(task)
    commit()
    return task


def create_tasks(*, identity: Identity, items: list[TaskCreate]) -> list[Task]:
    """Create several tasks in one transaction: all of them or none."""
    tasks = []
    for index, (item, position) in enumerate(
        zip(items, keys_at_end(identity.user_id, len(items)), strict=True)
    ):
        try:
            tasks.append(_new_task(identity, item, position=position))
        except ValidationFailed as error:
            raise ValidationFailed(
                [FieldError(field=f"tasks[{index}].{e.field}", message=e.message) for e in error.errors]
            ) from None
    db.session.add_all(tasks)
    db.session.flush()
    for task in tasks:
        record_created(task)
    commit()
    return tasks


def subtasks_of(*, identity: Identity, task_id: int) -> Listing:
    """The direct subtasks of a task the caller may see, oldest first; raise NotFound."""
    check_task_visible(identity, task_id)
    tasks = rows(
        Task.parent_id == task_id, identity=identity, order_by=[Task.created_at.asc(), Task.id.asc()]
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


def _check_precondition(task: Task, if_match: ETags | None) -> None:
    if if_match is not None and not if_match.contains(etag_of(task)):
        raise PreconditionFailed(f'The task has changed; its current ETag is "{etag_of(task)}".')


def _compare_and_set(
    *, identity: Identity, task_id: int, if_match: ETags | None, change: Callable[[Task], bool]
) -> Task:
    """Lock and load the task, check If-Match, apply `change` (True when it changed something), and commit
    with the version compare-and-set.

    On PostgreSQL the row lock makes the compare-and-set always succeed; on SQLite a concurrent writer can win
    between read and write: then a request with If-Match gets 412, and one without retries on the new version.
    """
    for _ in range(_CAS_ATTEMPTS):
        task = task_for(identity, task_id, for_update=True)
        _check_precondition(task, if_match)
        try:
            # Inside: a change may flush (to count subtasks, or for a recurring task's next occurrence), and a
            # flush runs the compare-and-set.
            changed = change(task)
            if changed:
                commit()
            else:
                db.session.commit()
        except StaleDataError:
            db.session.rollback()
            if if_match is not None:
                raise PreconditionFailed("The task changed while this request was applied.") from None
            time.sleep(random.uniform(0, 0.002))  # noqa: S311 - jitter, not security: let the winner finish
            continue
        return task
    raise Conflict("The task is being changed by other requests; retry.")


def update_task(
    *, identity: Identity, task_id: int, changes: TaskUpdate, if_match: ETags | None = None
) -> Shown:
    """Apply the given fields; raise NotFound, or PreconditionFailed when If-Match names an older version."""
    values = changes.model_dump()
    tag_names = values.pop("tags", None)
    new_recurrence = "recurrence" in values
    values.pop("recurrence", None)
    new_reminders = values.pop("reminders", None) is not None
    counts: dict[int, SubtaskCounts] = {}  # read by `apply`, inside the transaction that writes

    def apply(task: Task) -> bool:
        counts[task.id] = subtask_counts(identity=identity, task_ids=[task.id])[task.id]
        before = snapshot(task)
        changed = {name: value for name, value in values.items() if getattr(task, name) != value}
        if changed.get("parent_id") is not None:
            _check_parent(identity=identity, parent_id=changed["parent_id"], task_id=task.id)
        if tag_names is not None:
            tags = tags_named(user_id=identity.user_id, names=tag_names)
            if [tag.id for tag in tags] != [tag.id for tag in task.tags]:
                changed["tags"] = tags
        for name, value in changed.items():
            setattr(task, name, value)
        recurrence_changed = new_recurrence and set_recurrence(
            task, cast("RecurrenceIn | None", changes.recurrence)
        )
        reminders_changed = "due_date" in changed and reschedule(task)
        if new_reminders and not task.completed:
            reminders_changed = (
                set_reminders(task, cast("list[ReminderIn]", changes.reminders)) or reminders_changed
            )
        if task.rrule is not None and task.due_date is None:
            raise ValidationFailed(
                [
                    FieldError(
                        field="due_date", message="a recurring task needs a due date (clear recurrence first)"
                    )
                ]
            )
        if not changed and not recurrence_changed and not reminders_changed:
            return False  # nothing changes, so neither does the version
        now = utcnow()
        if "completed" in changed:
            task.completed_at = now if task.completed else None
        task.updated_at = now
        completing = changed.get("completed") is True
        if completing:
            follow_up(task, completed_at=now)  # before the reminders go: the next occurrence copies them
            drop_reminders(task)
        record_changed(task, before, "complete" if completing else "update")
        return True

    task = _compare_and_set(identity=identity, task_id=task_id, if_match=if_match, change=apply)
    return Shown(task, counts[task.id])


def move_task(*, identity: Identity, task_id: int, move: MoveIn, if_match: ETags | None = None) -> Shown:
    """Place a task right before or after another task the caller may see (its row alone changes)."""

    counts: dict[int, SubtaskCounts] = {}

    def place(task: Task) -> bool:
        counts[task.id] = subtask_counts(identity=identity, task_ids=[task.id])[task.id]
        before = snapshot(task, ["position"])
        moved = ordering.move(task, before_id=move.before_id, after_id=move.after_id)
        if moved:
            task.updated_at = utcnow()
            record_changed(task, before, "move")
        return moved

    task = _compare_and_set(identity=identity, task_id=task_id, if_match=if_match, change=place)
    return Shown(task, counts[task.id])


def delete_task(*, identity: Identity, task_id: int, if_match: ETags | None = None) -> None:
    """Delete a task the caller may see; raise NotFound or PreconditionFailed."""

    def remove(task: Task) -> bool:
        # The database deletes the subtasks with their parent (ON DELETE CASCADE): each is recorded too.
        level = [task]
        while level:
            for gone in level:
                record(gone, "delete", {name: [value, None] for name, value in snapshot(gone).items()})
            children = select(Task).where(Task.parent_id.in_([t.id for t in level]))
            level = list(db.session.execute(children).scalars())
        db.session.delete(task)
        return True

    _compare_and_set(identity=identity, task_id=task_id, if_match=if_match, change=remove)


def occurrences(
    *, identity: Identity, task_id: int, start: datetime | None, end: datetime | None, limit: int
) -> list[datetime]:
    """Upcoming due dates of a task the caller may see (its series'); raise NotFound."""
    task = task_for(identity, task_id)
    found = upcoming(task, start=start, end=end, limit=limit)
    db.session.commit()
    return found
