"""Reading all of a user's tasks and tags into the export document, in one transaction and three queries."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select

from taskforge.access.identity import Identity
from taskforge.access.policy import in_projects, project_ids, require
from taskforge.access.roles import Role
from taskforge.export.schemas import (
    FORMAT_VERSION,
    ExportDocument,
    ExportedRecurrence,
    ExportedTag,
    ExportedTask,
)
from taskforge.extensions import db
from taskforge.tags.models import Tag, task_tags
from taskforge.tasks.models import Task

_COLUMNS = (
    Task.id,
    Task.parent_id,
    Task.title,
    Task.description,
    Task.priority,
    Task.due_date,
    Task.completed,
    Task.completed_at,
    Task.created_at,
    Task.rrule,
    Task.recurrence_anchor,
    Task.timezone,
    Task.series_start,
    Task.occurrence,
    Task.previous_id,
)


def export_document(*, identity: Identity, now: datetime, project_id: int | None = None) -> ExportDocument:
    """Every task (in manual order) and tag of the user, as the export format.

    The rows come straight from the database, which only holds validated values, so the models are built
    without validating them again (100,000 tasks would otherwise cost seconds).
    """
    if project_id is not None:
        require(identity, project_id, Role.VIEWER, write=False)
    scope = in_projects(Task.project_id, [project_id] if project_id is not None else project_ids(identity))
    tag_names: defaultdict[int, list[str]] = defaultdict(list)
    carried = (
        select(task_tags.c.task_id, Tag.name)
        .join(Tag, Tag.id == task_tags.c.tag_id)
        .where(task_tags.c.task_id.in_(select(Task.id).where(scope)))  # anyone's tags on these tasks
        .order_by(task_tags.c.task_id, Tag.name_key)
    )
    for task_id, name in db.session.execute(carried):
        tag_names[task_id].append(name)
    tags = [
        ExportedTag.model_construct(name=name, color=color)
        for name, color in db.session.execute(
            select(Tag.name, Tag.color).where(Tag.user_id == identity.user_id).order_by(Tag.name_key, Tag.id)
        )
    ]
    rows = db.session.execute(select(*_COLUMNS).where(scope).order_by(Task.position, Task.id))
    tasks = [
        ExportedTask.model_construct(
            id=row.id,
            parent_id=row.parent_id,
            title=row.title,
            description=row.description,
            priority=row.priority,
            due_date=row.due_date,
            completed=row.completed,
            completed_at=row.completed_at,
            created_at=row.created_at,
            tags=tag_names.get(row.id, []),
            recurrence=None
            if row.rrule is None
            else ExportedRecurrence.model_construct(
                rrule=row.rrule,
                anchor=row.recurrence_anchor,
                timezone=row.timezone,
                series_start=row.series_start,
                occurrence=row.occurrence,
            ),
            previous_id=row.previous_id,
        )
        for row in rows
    ]
    db.session.commit()
    return ExportDocument.model_construct(
        format="taskforge", version=FORMAT_VERSION, exported_at=now, tags=tags, tasks=tasks
    )
