"""Importing an export document: every rule checked before anything is written, then all of it in one
transaction (or, in a dry run, none of it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam

from taskforge.access.identity import Identity
from taskforge.audit.record import record_created_rows
from taskforge.db import utcnow
from taskforge.errors import FieldError, ValidationFailed
from taskforge.export.schemas import ExportedTask, ImportDocument
from taskforge.extensions import db
from taskforge.tags.models import DEFAULT_COLOR, name_key, task_tags
from taskforge.tags.service import ensure_tags
from taskforge.tasks.models import MAX_DEPTH, Task
from taskforge.tasks.ordering import keys_at_end
from taskforge.tasks.placement import writable_project
from taskforge.tasks.recurrence import InvalidRule, check_has_occurrences, parse_rule
from taskforge.unit_of_work import commit

# Core statements, not ORM ones: the rows are written in bulk, and no ORM object stands for them.
_TASKS = Task.__table__
_MAX_ERRORS = 100  # a file with thousands of broken rows gets the first hundred, not a megabyte of errors


@dataclass(frozen=True)
class Imported:
    source_id: int
    id: int | None
    title: str


@dataclass(frozen=True)
class ImportResult:
    dry_run: bool
    tasks: list[Imported]
    tags_created: list[str]


@dataclass(frozen=True)
class _Plan:
    """The document's links, resolved to list positions: parent, depth (1 = top level), the occurrence each
    task follows, and the first occurrence of its series in the document."""

    parent: list[int | None]
    depth: list[int]
    previous: list[int | None]
    first: list[int]


def import_document(
    *, identity: Identity, document: ImportDocument, dry_run: bool, project_id: int | None = None
) -> ImportResult:
    """Create the document's tasks and tags for the user, all or nothing; raise ValidationFailed naming every
    broken rule (`tasks[3].parent_id`) before writing anything.

    Written in bulk (a few statements per level of subtasks, not a unit of work per task): 10,000 tasks
    must fit well inside the request timeout.
    """
    plan, user_id = _plan(document.tasks), identity.user_id
    project_id = project_id if project_id is not None else (identity.inbox_id or 0)
    writable_project(identity, project_id)
    wanted = {name_key(tag.name): (tag.name, tag.color.lower()) for tag in document.tags}
    for task in document.tasks:
        for name in task.tags:
            wanted.setdefault(name_key(name), (name, DEFAULT_COLOR))
    tags, tags_created = ensure_tags(user_id=user_id, wanted=wanted)
    positions = keys_at_end(project_id, len(document.tasks))
    now = utcnow()
    values = [
        _values(user_id, project_id, task, position=positions[i], now=now)
        for i, task in enumerate(document.tasks)
    ]
    ids: list[int] = [0] * len(values)
    for level in range(1, MAX_DEPTH + 1):  # parents are written (and have ids) before their subtasks
        batch = [index for index, depth in enumerate(plan.depth) if depth == level]
        for index in batch:
            parent = plan.parent[index]
            values[index]["parent_id"] = None if parent is None else ids[parent]
        if batch:
            written = db.session.execute(
                _TASKS.insert().returning(_TASKS.c.id, sort_by_parameter_order=True),
                [values[i] for i in batch],
            ).scalars()
            for index, task_id in zip(batch, written, strict=True):
                ids[index] = task_id
    keys = [sorted({name_key(name) for name in task.tags}) for task in document.tasks]
    carried = [{"task_id": ids[i], "tag_id": tags[key].id} for i, keyed in enumerate(keys) for key in keyed]
    if carried:
        db.session.execute(task_tags.insert(), carried)
    record_created_rows(
        (
            (project_id, ids[i], {**row, "tags": [tags[k].name for k in keys[i]]})
            for i, row in enumerate(values)
        ),
        actor_id=user_id,
    )
    _link_series(ids, plan)
    result = ImportResult(
        dry_run=dry_run,
        tasks=[
            Imported(source_id=task.id, id=None if dry_run else ids[index], title=task.title)
            for index, task in enumerate(document.tasks)
        ],
        tags_created=tags_created,
    )
    if dry_run:
        db.session.rollback()
    else:
        commit()
    return result


def _values(
    user_id: int, project_id: int, task: ExportedTask, *, position: str, now: datetime
) -> dict[str, Any]:
    """The task's row; every row of a bulk insert has the same columns."""
    recurrence = task.recurrence
    return {
        "user_id": user_id,
        "project_id": project_id,
        "section_id": None,
        "title": task.title,
        "description": task.description,
        "priority": task.priority,
        "due_date": task.due_date,
        "completed": task.completed,
        "completed_at": (task.completed_at or now) if task.completed else None,
        "created_at": task.created_at or now,
        "updated_at": now,
        "version": 1,
        "position": position,
        "parent_id": None,
        "timezone": "UTC" if recurrence is None else recurrence.timezone,
        "rrule": None if recurrence is None else parse_rule(recurrence.rrule).text,
        "recurrence_anchor": None if recurrence is None else recurrence.anchor,
        "series_start": None if recurrence is None else recurrence.series_start or task.due_date,
        "occurrence": None if recurrence is None else recurrence.occurrence or 1,
    }


def _link_series(ids: list[int], plan: _Plan) -> None:
    """Link each occurrence to the one it follows and to its series' first, once every row has its id."""
    links = [
        {"row_id": ids[index], "previous": ids[before], "series": ids[plan.first[index]]}
        for index, before in enumerate(plan.previous)
        if before is not None
    ]
    if links:
        db.session.execute(
            _TASKS.update()
            .where(_TASKS.c.id == bindparam("row_id"))
            .values(previous_id=bindparam("previous"), series_id=bindparam("series")),
            links,
        )


def _plan(tasks: list[ExportedTask]) -> _Plan:
    errors: list[FieldError] = []
    position: dict[int, int] = {}
    for index, task in enumerate(tasks):
        if task.id in position:
            errors.append(FieldError(f"tasks[{index}].id", f"is also the id of tasks[{position[task.id]}]"))
        else:
            position[task.id] = index
    parent: list[int | None] = []
    previous: list[int | None] = []
    followed: dict[int, int] = {}
    for index, task in enumerate(tasks):
        errors.extend(_recurrence_errors(index, task))
        parent.append(position.get(task.parent_id) if task.parent_id is not None else None)
        if task.parent_id is not None and parent[-1] is None:
            errors.append(FieldError(f"tasks[{index}].parent_id", "no task with this id in the document"))
        # An occurrence whose predecessor is not in the document starts the series as far as the import goes.
        before = position.get(task.previous_id) if task.previous_id is not None else None
        if before is not None and before in followed:
            message = f"tasks[{followed[before]}] follows that occurrence already"
            errors.append(FieldError(f"tasks[{index}].previous_id", message))
            before = None
        if before is not None:
            followed[before] = index
        previous.append(before)
    depth = _depths(parent, errors)
    first = _series_firsts(previous, errors)
    if errors:
        raise ValidationFailed(errors[:_MAX_ERRORS], "The document was not imported: nothing was changed.")
    return _Plan(parent=parent, depth=depth, previous=previous, first=first)


def _recurrence_errors(index: int, task: ExportedTask) -> list[FieldError]:
    if task.recurrence is None:
        return []
    if task.due_date is None:
        return [FieldError(f"tasks[{index}].recurrence", "a recurring task needs a due_date")]
    try:
        rule = parse_rule(task.recurrence.rrule)
        series_start = task.recurrence.series_start or task.due_date
        check_has_occurrences(rule, zone=task.recurrence.timezone, series_start=series_start)
    except InvalidRule as error:
        return [FieldError(f"tasks[{index}].recurrence.rrule", error.reason)]
    return []


def _depths(parent: list[int | None], errors: list[FieldError]) -> list[int]:
    """Each task's level (1 = top level); a cycle or a level beyond MAX_DEPTH is an error at the task."""
    depth: list[int] = []
    for index in range(len(parent)):
        level, current, seen = 1, parent[index], {index}
        while current is not None and level <= MAX_DEPTH:
            if current in seen:
                break
            seen.add(current)
            level, current = level + 1, parent[current]
        if current is not None and current in seen:
            message = "a task cannot be a subtask of itself or of one of its subtasks"
            errors.append(FieldError(f"tasks[{index}].parent_id", message))
        elif level > MAX_DEPTH:
            message = f"subtasks nest at most {MAX_DEPTH} levels deep"
            errors.append(FieldError(f"tasks[{index}].parent_id", message))
        depth.append(min(level, MAX_DEPTH))
    return depth


def _series_firsts(previous: list[int | None], errors: list[FieldError]) -> list[int]:
    """The first occurrence of each task's series in the document (itself when it follows none); a series
    whose links go round in a circle is an error at each of its tasks."""
    first: list[int | None] = [None] * len(previous)
    for start in range(len(previous)):
        chain: list[int] = []
        current: int | None = start
        on_chain: set[int] = set()
        while current is not None and first[current] is None and current not in on_chain:
            chain.append(current)
            on_chain.add(current)
            current = previous[current]
        if current is not None and current in on_chain:
            for index in chain:
                message = "the occurrences follow each other in a circle"
                errors.append(FieldError(f"tasks[{index}].previous_id", message))
                first[index] = index
            continue
        root = chain[-1] if current is None else first[current]
        for index in chain:
            first[index] = root
    return [index if value is None else value for index, value in enumerate(first)]
