"""Reading the caller's projects, sections, tags and tasks into the export document, in five queries, whatever
the number of projects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select

from taskforge.access.identity import Identity
from taskforge.access.policy import in_projects, project_ids, require, tasks_in
from taskforge.access.roles import Role
from taskforge.export.comments import comments_of
from taskforge.export.schemas import (
    FORMAT_VERSION,
    ExportDocument,
    ExportedComment,
    ExportedProject,
    ExportedRecurrence,
    ExportedSection,
    ExportedTag,
    ExportedTask,
)
from taskforge.extensions import db
from taskforge.projects.models import Project, ProjectPreference
from taskforge.sections.models import Section
from taskforge.tags.models import Tag, task_tags
from taskforge.tasks.models import Task

_COLUMNS = (
    Task.id,
    Task.project_id,
    Task.section_id,
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
    """Every project the caller may see (archived ones too), or the one asked for, with its sections and
    tasks (by project, in manual order), and the caller's tags; raise NotFound for a project they cannot see.

    The rows come straight from the database, which only holds validated values, so the models are built
    without validating them again (100,000 tasks would otherwise cost seconds).
    """
    if project_id is not None:
        require(identity, project_id, Role.VIEWER, write=False)
    ids = [project_id] if project_id is not None else project_ids(identity)
    projects = _projects(identity.user_id, ids)
    tags = [
        ExportedTag.model_construct(name=name, color=color)
        for name, color in db.session.execute(
            select(Tag.name, Tag.color).where(Tag.user_id == identity.user_id).order_by(Tag.name_key, Tag.id)
        )
    ]
    tasks = _tasks(ids, projects)
    db.session.commit()
    return ExportDocument.model_construct(
        format="taskforge",
        version=FORMAT_VERSION,
        exported_at=now,
        projects=projects,
        tags=tags,
        tasks=tasks,
    )


def _projects(user_id: int, ids: Sequence[int]) -> list[ExportedProject]:
    """The projects in the caller's order (the Inbox first, as their project list), each with its sections."""
    sections: defaultdict[int, list[ExportedSection]] = defaultdict(list)
    for section in db.session.execute(
        select(Section.project_id, Section.id, Section.name)
        .where(in_projects(Section.project_id, ids))
        .order_by(Section.project_id, Section.position, Section.id)
    ):
        sections[section.project_id].append(ExportedSection.model_construct(id=section.id, name=section.name))
    rows = db.session.execute(
        select(
            Project.id, Project.name, Project.description, Project.color, Project.archived, Project.is_inbox
        )
        .outerjoin(
            ProjectPreference,
            and_(ProjectPreference.project_id == Project.id, ProjectPreference.user_id == user_id),
        )
        .where(in_projects(Project.id, ids))
        .order_by(Project.is_inbox.desc(), ProjectPreference.position, Project.id)
    )
    return [
        ExportedProject.model_construct(
            id=row.id,
            name=row.name,
            description=row.description,
            color=row.color,
            archived=row.archived,
            inbox=row.is_inbox,
            sections=sections.get(row.id, []),
        )
        for row in rows
    ]


def _tasks(ids: Sequence[int], projects: list[ExportedProject]) -> list[ExportedTask]:
    """The projects' tasks, by project in the order of `projects`, each project's in manual order, with every
    tag they carry.

    Each statement reads its own snapshot: a task whose project was deleted after `projects` was read is
    left out, one whose section is not among its project's there is in none, so that every export imports.
    """
    rank = {project.id: index for index, project in enumerate(projects)}
    section_of = {section.id: project.id for project in projects for section in project.sections}
    scope = tasks_in(ids)
    tag_names: defaultdict[int, list[str]] = defaultdict(list)
    carried = (
        select(task_tags.c.task_id, Tag.name)
        .join(Tag, Tag.id == task_tags.c.tag_id)
        .where(task_tags.c.task_id.in_(select(Task.id).where(scope)))  # anyone's tags on these tasks
        .order_by(task_tags.c.task_id, Tag.name_key)
    )
    for task_id, name in db.session.execute(carried):
        tag_names[task_id].append(name)
    rows = [
        row
        for row in db.session.execute(select(*_COLUMNS).where(scope).order_by(Task.position, Task.id))
        if row.project_id in rank
    ]
    rows.sort(key=lambda row: rank[row.project_id])  # stable: each project's keep their manual order
    comments = comments_of(scope)
    return [
        _task(
            row,
            tag_names.get(row.id, []),
            comments.get(row.id, []),
            in_section=section_of.get(row.section_id) == row.project_id,
        )
        for row in rows
    ]


def _task(row: Any, tags: list[str], comments: list[ExportedComment], *, in_section: bool) -> ExportedTask:
    return ExportedTask.model_construct(
        id=row.id,
        project_id=row.project_id,
        section_id=row.section_id if in_section else None,
        parent_id=row.parent_id,
        title=row.title,
        description=row.description,
        priority=row.priority,
        due_date=row.due_date,
        completed=row.completed,
        completed_at=row.completed_at,
        created_at=row.created_at,
        tags=tags,
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
        comments=comments,
    )
