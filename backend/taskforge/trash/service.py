"""Trash rules: restoring and purging what the caller may (access/policy.py decides who), each in its own
transaction through the unit of work. Moving to the trash is DELETE on the task or project itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from taskforge.access.identity import Identity
from taskforge.access.policy import (
    TRASH_TASK_ROLE,
    require,
    trash_task_projects,
    trashed_project_for,
    trashed_project_ids,
    trashed_task_for,
)
from taskforge.api.operations import TRASH_ITEM
from taskforge.assignees.service import lock_projects
from taskforge.db import MAX_ID
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.projects.reads import ProjectView
from taskforge.projects.removal import purge_project, restore_project
from taskforge.projects.service import restored_view
from taskforge.tasks.listing import Shown, get_task
from taskforge.tasks.models import Task
from taskforge.tasks.removal import check_parent_live, purge_tree, restore_tree
from taskforge.trash.listing import Page, trash_page
from taskforge.trash.schemas import TrashQuery
from taskforge.unit_of_work import commit

NO_ITEM = "No item in the trash with that id."


@dataclass(frozen=True)
class ItemId:
    kind: str  # "task" or "project"
    id: int


def parse_item_id(raw: str) -> ItemId:
    """`task-42` or `project-7`; raise NotFound for anything else (as for a missing id)."""
    if re.fullmatch(TRASH_ITEM, raw, flags=re.ASCII) is None:
        raise NotFound(NO_ITEM)
    kind, _, number = raw.partition("-")
    if not 1 <= int(number) <= MAX_ID:
        raise NotFound(NO_ITEM)
    return ItemId(kind, int(number))


def retention() -> timedelta:
    """How long the trash keeps what is deleted (TRASH_RETENTION_DAYS)."""
    return timedelta(days=current_app.config["TASKFORGE"].trash_retention_days)


def list_trash(*, identity: Identity, query: TrashQuery) -> Page:
    """One page of what the caller may restore, newest deletion first."""
    return trash_page(identity=identity, query=query, keep=retention())


def restore_task(*, identity: Identity, task_id: int) -> Shown:
    """Bring back a task from the trash with what went with it; raise NotFound, Forbidden (an archived
    project) or Conflict (its parent is in the trash)."""
    task = trashed_task_for(identity, task_id)
    check_parent_live(task)  # the parent's row before the task's, as rows are locked top down
    task = trashed_task_for(identity, task_id, for_update=True)
    lock_projects([task.project_id])
    restore_tree(task, actor_id=identity.user_id)
    commit()
    return get_task(identity=identity, task_id=task_id)


def restore_project_item(*, identity: Identity, project_id: int) -> ProjectView:
    """Bring back a project from the trash (its owner); raise NotFound."""
    project = trashed_project_for(identity, project_id)
    restore_project(project, actor_id=identity.user_id)
    db.session.flush()
    view = restored_view(project, user_id=identity.user_id)
    commit()
    return view


def purge(*, identity: Identity, item: ItemId) -> None:
    """Delete one item in the trash for good; raise NotFound or Forbidden (an archived project)."""
    if item.kind == "task":
        trashed_task_for(identity, item.id, for_update=True)
        purge_tree(item.id)
    else:
        trashed_project_for(identity, item.id)
        purge_project(item.id)
    commit()


def purge_all(*, identity: Identity) -> None:
    """Delete for good everything in the trash the caller may purge (tasks of archived projects stay)."""
    projects = trash_task_projects(identity, writable=True)
    roots = (
        db.session.execute(
            select(Task.id, Task.project_id)
            .where(Task.project_id.in_(projects), Task.trashed_with_id == Task.id)
            .order_by(Task.id)
            .with_for_update()
        ).all()
        if projects
        else []
    )
    for project_id in sorted({row.project_id for row in roots}):
        require(identity, project_id, TRASH_TASK_ROLE)
    for row in roots:
        purge_tree(row.id)
    owned = trashed_project_ids(identity)
    if owned:
        locked = db.session.execute(
            select(Project.id)
            .where(Project.id.in_(owned), Project.deleted_at.is_not(None))
            .order_by(Project.id)
            .with_for_update()
        ).scalars()
        for project_id in list(locked):
            purge_project(project_id)
    commit()
