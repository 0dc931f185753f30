"""Unassigning the people a change of grants takes a project's editing right from (access/grants.py calls
this in that change's transaction, under the project's row lock, so no assignment can slip in between)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update

from taskforge.access.roles import Role
from taskforge.assignees.models import task_assignees
from taskforge.auth.models import User
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.tasks.models import Task
from taskforge.unit_of_work import record_change

if TYPE_CHECKING:
    from taskforge.access.grants import Roles


def unassign_lost(before: Roles, after: Roles, *, actor_id: int | None) -> None:
    """Unassign everyone who could edit a project in `before` and cannot in `after` from its tasks, recording
    each task's change of assignees in its history (the caller holds the projects' row locks)."""
    lost: defaultdict[int, set[int]] = defaultdict(set)
    for (user_id, project_id), role in before.items():
        if role >= Role.EDITOR and after.get((user_id, project_id), Role.VIEWER) < Role.EDITOR:
            lost[project_id].add(user_id)
    for project_id, user_ids in sorted(lost.items()):
        _unassign(project_id, user_ids, actor_id=actor_id)


def _unassign(project_id: int, user_ids: set[int], *, actor_id: int | None) -> None:
    changed = drop_assignees(select(Task.id).where(Task.project_id == project_id), user_ids)
    if changed:  # a new representation of each task: a new version (its entity tag)
        db.session.execute(
            update(Task)
            .where(Task.id.in_(sorted(changed)))
            .values(version=Task.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
    for task_id, names in sorted(changed.items()):
        record_change(
            project_id=project_id,
            kind="task",
            entity_id=task_id,
            action="update",
            actor_id=actor_id,
            audit={"assignees": names},
        )


def drop_assignees(tasks: Any, losing: Collection[int]) -> dict[int, list[list[str]]]:
    """Unassign the people `losing` from the tasks `tasks` (ids, or a statement selecting them); return each
    changed task's assignees before and after, by name (the caller has locked the tasks' projects)."""
    losing = sorted(losing)
    affected = select(task_assignees.c.task_id).where(
        task_assignees.c.task_id.in_(tasks), task_assignees.c.user_id.in_(losing)
    )
    current = db.session.execute(
        select(task_assignees.c.task_id, User.id, User.username)
        .join(User, User.id == task_assignees.c.user_id)
        .where(task_assignees.c.task_id.in_(affected))
        .order_by(task_assignees.c.task_id, User.username, User.id)
    ).all()
    if not current:
        return {}
    db.session.execute(
        delete(task_assignees).where(
            task_assignees.c.task_id.in_(sorted({task_id for task_id, _, _ in current})),
            task_assignees.c.user_id.in_(losing),
        )
    )
    people: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for task_id, user_id, username in current:
        people[task_id].append((user_id, username))
    gone = set(losing)
    return {
        task_id: [[name for _, name in assigned], [name for user_id, name in assigned if user_id not in gone]]
        for task_id, assigned in people.items()
    }
