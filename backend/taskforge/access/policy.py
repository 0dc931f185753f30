"""The one place that decides what a caller may see, change or administer.

A person may use a project when they hold a grant on it: directly (a member) or through a team; their role is
the highest of those. Everything else follows from the project: its tasks, sections, history, members, teams
and links. Someone without a grant gets the same 404 as for a missing id; someone whose role is too low, or
who tries to change an archived project, gets 403. A check made for a write is registered with the unit of
work, which repeats it under the project's row lock if who may do what changed before the write commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, bindparam, false, select

from taskforge.access.identity import Grant, Identity, grant_of, trashed_roles
from taskforge.access.roles import Role
from taskforge.comments.models import Comment
from taskforge.db import MAX_ID
from taskforge.errors import Forbidden, NotFound
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.tasks.models import Task
from taskforge.unit_of_work import guard_access

NO_PROJECT = "No project with that id."
NO_TASK = "No task with that id."
NO_COMMENT = "No comment with that id."
NO_TRASH_ITEM = "No item in the trash with that id."
# Who may delete a task may see it in the trash, restore it and purge it; a project's owner, the project.
TRASH_TASK_ROLE = Role.EDITOR
TRASH_PROJECT_ROLE = Role.OWNER


def grant_on(identity: Identity, project_id: int) -> Grant | None:
    """The caller's grant on a project, or None."""
    return identity.grants.get(project_id)


def project_ids(identity: Identity, *, include_archived: bool = True) -> list[int]:
    """The projects the caller may see, by id (archived ones only when asked)."""
    return sorted(
        grant.project_id for grant in identity.grants.values() if include_archived or not grant.archived
    )


def in_projects(column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """`column` is one of `ids`: an equality for one project, so PostgreSQL reads the index in order."""
    if not ids:
        return false()
    if len(ids) == 1:
        condition: ColumnElement[bool] = column == ids[0]
        return condition
    in_list: ColumnElement[bool] = column.in_(list(ids))
    return in_list


LIVE: ColumnElement[bool] = Task.deleted_at.is_(None)  # not in the trash


def tasks_in(ids: Sequence[int]) -> ColumnElement[bool]:
    """The live tasks (not in the trash) of the projects `ids`, which the caller may see."""
    return and_(in_projects(Task.project_id, ids), LIVE)


def visible_tasks(identity: Identity, *, include_archived: bool = True) -> ColumnElement[bool]:
    """The condition that selects the tasks the caller may read (never those in the trash)."""
    return tasks_in(project_ids(identity, include_archived=include_archived))


def require(
    identity: Identity, project_id: int, need: Role, *, write: bool = True, while_archived: bool = False
) -> Grant:
    """The caller's grant on a project, if it allows `need`; raise NotFound when they have none, Forbidden
    when their role is lower or (for a write) the project is archived, unless `while_archived`.

    A write's check is handed to the unit of work, which repeats it under the project's row lock before
    COMMIT when a member, team or the archive flag changed meanwhile.
    """
    if not 1 <= project_id <= MAX_ID:
        raise NotFound(NO_PROJECT)
    grant = identity.grants.get(project_id)
    if grant is None:
        raise NotFound(NO_PROJECT)
    check(grant, need, write=write, while_archived=while_archived)
    if write and not identity.link:
        guard_access(
            project_id=project_id,
            user_id=identity.user_id,
            grants_version=grant.grants_version,
            recheck=lambda fresh: check(fresh, need, write=True, while_archived=while_archived),
        )
    return grant


def require_locked(identity: Identity, project_id: int, need: Role, *, while_archived: bool = False) -> Grant:
    """For writes that change who may do what (members, teams, links, archiving, deleting): lock the
    project's row first, then check the caller's grant as the database holds it under that lock, so no grant
    change can commit between the check and this write. Raise NotFound or Forbidden as `require`."""
    if not 1 <= project_id <= MAX_ID or project_id not in identity.grants:
        raise NotFound(NO_PROJECT)
    locked = db.session.execute(
        select(Project.id).where(Project.id == project_id).with_for_update(key_share=True)
    ).first()
    grant = grant_of(identity.user_id, project_id) if locked is not None else None
    check(grant, need, write=True, while_archived=while_archived)
    assert grant is not None
    return grant


def check(grant: Grant | None, need: Role, *, write: bool, while_archived: bool = False) -> None:
    """Raise unless `grant` allows `need` (a grant that is gone: NotFound)."""
    if grant is None:
        raise NotFound(NO_PROJECT)
    if grant.role < need:
        raise Forbidden(
            f"Your role on this project ({grant.role.label}) does not allow this; it needs {need.label}."
        )
    if write and grant.archived and not while_archived:
        raise Forbidden("The project is archived and read-only: unarchive it first.")


# Built once: building the statement (and its cache key) on each write cost more CPU than running it.
_TASK = select(Task).where(
    Task.id == bindparam("id"), Task.project_id.in_(bindparam("projects", expanding=True)), LIVE
)
_TASK_FOR_UPDATE = _TASK.with_for_update()


def task_for(identity: Identity, task_id: int, *, need: Role = Role.VIEWER, for_update: bool = False) -> Task:
    """Load a task the caller may see; raise NotFound (the same for a missing and a foreign id), or
    Forbidden when `need` is more than their role allows (EDITOR and up: a write, checked for archiving).

    With `for_update`, the row is locked until the transaction ends so concurrent writers queue up.
    """
    if not 1 <= task_id <= MAX_ID:
        raise NotFound(NO_TASK)
    query = _TASK_FOR_UPDATE if for_update else _TASK
    found = db.session.execute(query, {"id": task_id, "projects": project_ids(identity)})
    task: Task | None = found.scalar_one_or_none()
    if task is None:
        raise NotFound(NO_TASK)
    if need > Role.VIEWER:
        require(identity, task.project_id, need)
    return task


def check_task_visible(identity: Identity, task_id: int, *, keep: bool = False) -> int:
    """The project of a task the caller may see; raise NotFound otherwise (task_for, without loading). With
    `keep`, the task cannot be deleted until the transaction ends (FOR KEY SHARE: a row that refers to it
    is about to be written)."""
    if not 1 <= task_id <= MAX_ID:
        raise NotFound(NO_TASK)
    query = select(Task.project_id).where(visible_tasks(identity), Task.id == task_id)
    if keep:
        query = query.with_for_update(read=True, key_share=True)
    found = db.session.execute(query).scalar_one_or_none()
    if found is None:
        raise NotFound(NO_TASK)
    project_id: int = found
    return project_id


def comment_for(
    identity: Identity, comment_id: int, *, change: Literal["edit", "delete"] | None = None
) -> tuple[Comment, int]:
    """A comment on a task the caller may see, and the task's project; raise NotFound (the same for a missing
    and a foreign id). For a change, the row is locked and: only its author edits; its author or a project
    admin deletes (else Forbidden); and, as for any write, an archived project refuses both."""
    if not 1 <= comment_id <= MAX_ID:
        raise NotFound(NO_COMMENT)
    query = (
        select(Comment, Task.project_id)
        .join(Task, Task.id == Comment.task_id)
        .where(Comment.id == comment_id, tasks_in(project_ids(identity)))
    )
    found = db.session.execute(query.with_for_update(of=Comment) if change else query).first()
    if found is None:
        raise NotFound(NO_COMMENT)
    comment, project_id = found
    mine = comment.author_id == identity.user_id
    if change == "edit" and not mine:
        raise Forbidden("Only its author can edit a comment.")
    if change is not None:
        require(identity, project_id, Role.VIEWER if mine else Role.ADMIN)
    return comment, project_id


def trash_task_projects(identity: Identity, *, writable: bool = False) -> list[int]:
    """The projects whose trashed tasks the caller may see (with `writable`, restore and purge: not the
    archived ones)."""
    return sorted(
        grant.project_id
        for grant in identity.grants.values()
        if grant.role >= TRASH_TASK_ROLE and not (writable and grant.archived)
    )


def trashed_task_for(identity: Identity, task_id: int, *, for_update: bool = False) -> Task:
    """A task the caller may restore or purge: the root of a tree in the trash, in a project where they may
    delete tasks; raise NotFound (the same for a missing, live or foreign id), or Forbidden when the project
    is archived. With `for_update`, its row is locked (and read afresh)."""
    if not 1 <= task_id <= MAX_ID:
        raise NotFound(NO_TRASH_ITEM)
    query = select(Task).where(
        Task.id == task_id,
        Task.trashed_with_id == Task.id,
        Task.deleted_at.is_not(None),
        Task.project_id.in_(trash_task_projects(identity)),
    )
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    task: Task | None = db.session.execute(query).scalar_one_or_none()
    if task is None:
        raise NotFound(NO_TRASH_ITEM)
    require(identity, task.project_id, TRASH_TASK_ROLE)
    return task


def trashed_project_ids(identity: Identity) -> list[int]:
    """The projects in the trash the caller may see there (those they own)."""
    roles = trashed_roles(identity.user_id)
    return sorted(project_id for project_id, role in roles.items() if role >= TRASH_PROJECT_ROLE)


def trashed_project_for(identity: Identity, project_id: int) -> Project:
    """A project in the trash the caller may restore or purge, its row locked, their role read under that
    lock; raise NotFound (the same for a missing, live or foreign id)."""
    if not 1 <= project_id <= MAX_ID or identity.link:
        raise NotFound(NO_TRASH_ITEM)
    project: Project | None = db.session.execute(
        select(Project)
        .where(Project.id == project_id, Project.deleted_at.is_not(None))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    role = trashed_roles(identity.user_id, project_id).get(project_id) if project is not None else None
    if project is None or role is None or role < TRASH_PROJECT_ROLE:
        raise NotFound(NO_TRASH_ITEM)
    return project
