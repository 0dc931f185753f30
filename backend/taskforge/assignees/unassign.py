"""Unassigning the people a change of grants takes a project's editing right from (access/grants.py calls
this in that change's transaction, under the project's row lock, so no assignment can slip in between)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from taskforge.access.roles import Role
from taskforge.assignees.models import task_assignees
from taskforge.auth.models import User
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
    losing = sorted(user_ids)
    affected = (
        select(task_assignees.c.task_id)
        .join(Task, Task.id == task_assignees.c.task_id)
        .where(Task.project_id == project_id, task_assignees.c.user_id.in_(losing))
    )
    current = db.session.execute(
        select(task_assignees.c.task_id, User.id, User.username)
        .join(User, User.id == task_assignees.c.user_id)
        .where(task_assignees.c.task_id.in_(affected))
        .order_by(task_assignees.c.task_id, User.username, User.id)
    ).all()
    if not current:
        return
    gone = {task_id for task_id, user_id, _ in current if user_id in user_ids}
    db.session.execute(
        delete(task_assignees).where(
            task_assignees.c.task_id.in_(sorted(gone)), task_assignees.c.user_id.in_(losing)
        )
    )
    people: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for task_id, user_id, username in current:
        people[task_id].append((user_id, username))
    for task_id, assigned in sorted(people.items()):
        record_change(
            project_id=project_id,
            kind="task",
            entity_id=task_id,
            action="update",
            actor_id=actor_id,
            audit={
                "assignees": [
                    [name for _, name in assigned],
                    [name for user_id, name in assigned if user_id not in user_ids],
                ]
            },
        )
