"""Creating tasks: one, or several in one transaction (all or none), in the projects a caller may add to; a
task may be written in plain language (`text`, read by taskforge.quickadd)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import MISSING

from taskforge.access.identity import Identity
from taskforge.assignees.service import assignable, tell_assigned
from taskforge.audit.record import record_created
from taskforge.db import utcnow
from taskforge.errors import FieldError, ValidationFailed
from taskforge.extensions import db
from taskforge.quickadd.service import Reader, reader_for, with_text
from taskforge.reminders.service import set_reminders
from taskforge.tags.service import tags_for_task
from taskforge.tasks.models import Task
from taskforge.tasks.ordering import keys_at_end
from taskforge.tasks.placement import check_parent, check_section, invalid, writable_project
from taskforge.tasks.recurring import set_recurrence
from taskforge.tasks.schemas import TaskCreate
from taskforge.unit_of_work import commit


def _placed(identity: Identity, data: TaskCreate, *, field: str = "project_id") -> tuple[int, int | None]:
    """The project and section of a new task: its parent's project for a subtask, else the one asked for
    (default: the caller's Inbox), which the caller must be allowed to add to. `field` names where the
    project was asked for (`text` when the text named it)."""
    if data.parent_id is not None:
        parent = check_parent(identity, data.parent_id)
        if data.project_id is not None and data.project_id != parent.project_id:
            raise invalid(field, "a subtask lives in its parent's project")
        project_id = parent.project_id
    else:
        inbox = identity.inbox_id
        project_id = data.project_id if data.project_id is not None else (inbox or 0)
    writable_project(identity, project_id, field=field)
    check_section(project_id, data.section_id, parent_id=data.parent_id)
    return project_id, data.section_id


def _new_task(
    identity: Identity, data: TaskCreate, *, project_id: int, section_id: int | None, position: str
) -> Task:
    assert isinstance(data.title, str)  # a text was read into a title first (_read)
    now = utcnow()
    task = Task(
        user_id=identity.user_id,
        project_id=project_id,
        section_id=section_id,
        title=data.title,
        description=data.description,
        priority=data.priority,
        due_date=data.due_date,
        completed=data.completed,
        completed_at=now if data.completed else None,
        created_at=now,
        updated_at=now,
        position=position,
        parent_id=data.parent_id,
    )
    task.tags = tags_for_task(user_id=identity.user_id, names=data.tags, current=[])
    task.assignees = assignable(project_id, data.assignee_ids)
    if data.recurrence is not None:
        set_recurrence(task, data.recurrence, user_id=identity.user_id)
    task.reminders = []
    if data.reminders and not data.completed:  # a completed task has nothing left to remind of
        set_reminders(task, data.reminders, user_id=identity.user_id)
    return task


def _project_field(data: TaskCreate) -> str:
    """Where a task's project was asked for: the text names it when it was not sent."""
    return "text" if data.text is not MISSING and "project_id" not in data.model_fields_set else "project_id"


def _reader(identity: Identity, items: list[TaskCreate]) -> Reader | None:
    texts = [item.text for item in items if isinstance(item.text, str)]
    return reader_for(identity, texts) if texts else None


def _read(data: TaskCreate, reader: Reader | None) -> TaskCreate:
    """The task as asked for, its text (if any) read into the title and the fields not sent."""
    return with_text(data, reader) if reader is not None and data.text is not MISSING else data


def create_task(*, identity: Identity, data: TaskCreate) -> Task:
    """Create one task; raise ValidationFailed, or Forbidden when the caller may not add to the project."""
    field = _project_field(data)
    data = _read(data, _reader(identity, [data]))
    project_id, section_id = _placed(identity, data, field=field)
    task = _new_task(
        identity, data, project_id=project_id, section_id=section_id, position=keys_at_end(project_id, 1)[0]
    )
    db.session.add(task)
    db.session.flush()  # the id, for the history
    record_created(task, actor_id=identity.user_id)
    tell_assigned(task, before=(), actor_id=identity.user_id)
    commit()
    return task


def create_tasks(*, identity: Identity, items: list[TaskCreate]) -> list[Task]:
    """Create several tasks in one transaction: all of them or none (every rule is checked first)."""
    placed: list[tuple[int, int | None]] = []
    reader = _reader(identity, items)
    read: list[TaskCreate] = []
    for index, item in enumerate(items):
        with _named_errors(index):
            read.append(_read(item, reader))
            placed.append(_placed(identity, read[-1], field=_project_field(item)))
    items = read
    wanted = Counter(project_id for project_id, _ in placed)
    keys = {project_id: iter(keys_at_end(project_id, count)) for project_id, count in wanted.items()}
    tasks = []
    for index, (item, (project_id, section_id)) in enumerate(zip(items, placed, strict=True)):
        with _named_errors(index):
            position = next(keys[project_id])
            tasks.append(
                _new_task(identity, item, project_id=project_id, section_id=section_id, position=position)
            )
    db.session.add_all(tasks)
    db.session.flush()
    for task in tasks:
        record_created(task, actor_id=identity.user_id)
        tell_assigned(task, before=(), actor_id=identity.user_id)
    commit()
    return tasks


@contextmanager
def _named_errors(index: int) -> Iterator[None]:
    """Name the batch item a validation error is about (`tasks[3].title`)."""
    try:
        yield
    except ValidationFailed as error:
        raise ValidationFailed(
            [FieldError(field=f"tasks[{index}].{e.field}", message=e.message) for e in error.errors]
        ) from None
