"""The trash for projects: the one module that moves a project (with all its tasks) to the trash, brings it
back and purges it for good.

A project in the trash grants nothing (access/identity.py), so its tasks, sections and history leave every
list with it; everyone who could see it is told it is gone, as when it was deleted outright. Restoring it
gives everyone their grants back and tells them so (their clients load it again). Purging deletes its row:
the database deletes its tasks, sections and grants with it (ON DELETE CASCADE).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, select

from taskforge.access.grants import announce, effective_roles
from taskforge.audit.record import FIELDS, snapshot
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.tasks.models import Task
from taskforge.unit_of_work import project_deleted, record_change


def _record_tasks(project: Project, *, action: str, audit_as: str, gone: bool, actor_id: int) -> None:
    """Record each live task of the project in its history (gone: a deletion; else a restore)."""
    live = select(Task).where(Task.project_id == project.id, Task.deleted_at.is_(None)).order_by(Task.id)
    for task in db.session.execute(live).scalars():
        values = {name: value for name, value in snapshot(task, FIELDS).items() if value not in (None, [])}
        changes: dict[str, list[Any]] = {
            name: ([value, None] if gone else [None, value]) for name, value in values.items()
        }
        record_change(
            project_id=project.id,
            kind="task",
            entity_id=task.id,
            action=action,
            actor_id=actor_id,
            audit=changes,
            audit_as=(task.id, audit_as),
        )


def trash_project(project: Project, *, actor_id: int) -> None:
    """Move a project (its row locked by the caller) to the trash: its tasks' deletions recorded, everyone
    who could see it told it is gone."""
    before = effective_roles(project_ids=[project.id])
    _record_tasks(project, action="delete", audit_as="delete", gone=True, actor_id=actor_id)
    announce(before, {}, actor_id=actor_id, removed="deleted")
    project_deleted(project.id)  # its stream is read by no one while it is in the trash
    project.deleted_at, project.deleted_by_id = utcnow(), actor_id


def restore_project(project: Project, *, actor_id: int) -> None:
    """Bring back a project (its row locked by the caller) from the trash: everyone's grants on it come back
    and they are told (their clients load it again); its tasks' restores are recorded in their history, as
    for a task."""
    project.deleted_at = project.deleted_by_id = None
    project.updated_at = utcnow()
    db.session.flush()
    announce({}, effective_roles(project_ids=[project.id]), actor_id=actor_id, notice=False)
    record_change(
        project_id=project.id, kind="project", entity_id=project.id, action="create", actor_id=actor_id
    )
    _record_tasks(project, action="create", audit_as="restore", gone=False, actor_id=actor_id)


def purge_project(project_id: int) -> int:
    """Delete a project in the trash for good, with everything in it; return how many projects went."""
    deleted = db.session.execute(
        delete(Project)
        .where(Project.id == project_id, Project.deleted_at.is_not(None))
        .returning(Project.id)
        .execution_options(synchronize_session=False)
    ).all()
    return len(deleted)


def purgeable_before(cutoff: datetime) -> Select[int]:
    """The projects deleted before `cutoff`, oldest first (the worker locks a batch of them)."""
    return (
        select(Project.id)
        .where(Project.deleted_at.is_not(None), Project.deleted_at < cutoff)
        .order_by(Project.deleted_at, Project.id)
    )
