"""Importing an export document: every rule checked before anything is written (checks.py), then all of it in
one transaction (or, in a dry run, none of it): the projects and sections (projects.py), tags, tasks level by
level, their tags and series links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fractional_indexing import generate_n_keys_between
from sqlalchemy import bindparam

from taskforge.access.identity import Identity
from taskforge.audit.record import record_created_rows
from taskforge.db import utcnow
from taskforge.export.checks import Plan, plan_document
from taskforge.export.comments import write_comments
from taskforge.export.projects import Destinations, into_new_projects, into_project
from taskforge.export.schemas import ExportedTask, ImportDocument
from taskforge.extensions import db
from taskforge.tags.models import DEFAULT_COLOR, Tag, name_key, task_tags
from taskforge.tags.service import ensure_tags
from taskforge.tasks.models import MAX_DEPTH, Task
from taskforge.tasks.ordering import keys_at_end
from taskforge.tasks.recurrence import parse_rule
from taskforge.unit_of_work import commit

# Core statements, not ORM ones: the rows are written in bulk, and no ORM object stands for them.
_TASKS = Task.__table__


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
    projects_created: list[str]


def import_document(
    *, identity: Identity, document: ImportDocument, dry_run: bool, project_id: int | None = None
) -> ImportResult:
    """Create the document's projects, sections, tasks and tags for the caller, all or nothing (into one
    project with `project_id`); raise ValidationFailed naming every broken rule (`tasks[3].parent_id`) before
    writing anything, ValidationFailed or Forbidden when the caller may not add tasks where they would go.

    Written in bulk (a few statements per kind and level of subtasks, not a unit of work per row): 10,000
    tasks must fit well inside the request timeout.
    """
    plan, now = plan_document(document), utcnow()
    if project_id is not None:
        places = into_project(identity, document, project_id)
    else:
        places = into_new_projects(identity, document, plan, now)
    ids, tags_created = _write_tasks(identity.user_id, document, plan, places, now)
    result = ImportResult(
        dry_run=dry_run,
        tasks=[
            Imported(source_id=task.id, id=None if dry_run else ids[index], title=task.title)
            for index, task in enumerate(document.tasks)
        ],
        tags_created=tags_created,
        projects_created=places.created_names,
    )
    if dry_run:
        db.session.rollback()
    else:
        commit()
    return result


def _write_tasks(
    user_id: int, document: ImportDocument, plan: Plan, places: Destinations, now: datetime
) -> tuple[list[int], list[str]]:
    """Write the tasks with their tags (creating the missing ones) and series links; return the tasks' new
    ids, in the document's order, and the names of the tags created."""
    tags, tags_created = _ensure_tags(user_id, document)
    values = _rows(user_id, document, plan, places, now)
    ids = _insert_tasks(values, plan)
    keys = [sorted({name_key(name) for name in task.tags}) for task in document.tasks]
    carried = [{"task_id": ids[i], "tag_id": tags[key].id} for i, keyed in enumerate(keys) for key in keyed]
    if carried:
        db.session.execute(task_tags.insert(), carried)
    record_created_rows(
        (
            (row["project_id"], ids[i], {**row, "tags": [tags[k].name for k in keys[i]]})
            for i, row in enumerate(values)
        ),
        actor_id=user_id,
    )
    _link_series(ids, plan)
    write_comments(user_id, document, values, ids, now)
    return ids, tags_created


def _ensure_tags(user_id: int, document: ImportDocument) -> tuple[dict[str, Tag], list[str]]:
    """The document's tags (and those its tasks carry) as the caller's, by name key; and those created."""
    wanted = {name_key(tag.name): (tag.name, tag.color.lower()) for tag in document.tags}
    for task in document.tasks:
        for name in task.tags:
            wanted.setdefault(name_key(name), (name, DEFAULT_COLOR))
    return ensure_tags(user_id=user_id, wanted=wanted)


def _rows(
    user_id: int, document: ImportDocument, plan: Plan, places: Destinations, now: datetime
) -> list[dict[str, Any]]:
    """Each task's row, in its project (and section), after the project's tasks in manual order."""
    projects = [places.project_of(project) for project in plan.project]
    positions = _positions(projects, fresh=set(places.created))
    return [
        _values(
            user_id,
            task,
            project_id=projects[index],
            section_id=places.section_of(plan.project[index], plan.section[index]),
            position=positions[index],
            now=now,
        )
        for index, task in enumerate(document.tasks)
    ]


def _positions(projects: list[int], *, fresh: set[int]) -> list[str]:
    """Order keys after each project's last task (a project this import created has none), in the
    document's order: one query per project that had tasks before."""
    members: dict[int, list[int]] = {}
    for index, project_id in enumerate(projects):
        members.setdefault(project_id, []).append(index)
    positions = [""] * len(projects)
    for project_id, indices in members.items():
        if project_id in fresh:
            keys: list[str] = generate_n_keys_between(None, None, len(indices))
        else:
            keys = keys_at_end(project_id, len(indices))
        for index, key in zip(indices, keys, strict=True):
            positions[index] = key
    return positions


def _insert_tasks(values: list[dict[str, Any]], plan: Plan) -> list[int]:
    """Write the rows a level at a time (parents have ids before their subtasks); return the new ids."""
    ids: list[int] = [0] * len(values)
    for level in range(1, MAX_DEPTH + 1):
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
    return ids


def _values(
    user_id: int, task: ExportedTask, *, project_id: int, section_id: int | None, position: str, now: datetime
) -> dict[str, Any]:
    """The task's row; every row of a bulk insert has the same columns."""
    recurrence = task.recurrence
    return {
        "user_id": user_id,
        "project_id": project_id,
        "section_id": section_id,
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


def _link_series(ids: list[int], plan: Plan) -> None:
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
