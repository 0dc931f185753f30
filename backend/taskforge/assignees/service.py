"""Who a task may be given to, and what happens to assignees who lose the right to edit a project.

An assignee is someone who can edit the task's project (editor and up, directly or through a team) at the time
of assignment. The check runs under the project's row lock, which every change of who may do what on the
project takes first (access/grants.py), so no such change can commit between the check and the assignment;
when one later takes someone's editing right away, assignees/unassign.py removes them from the project's
tasks in that change's transaction.

Lock order: a write that changes assignee rows locks its task row, then (here, before touching them) its
projects' rows in id order, as a change of grants locks the project row before it unassigns anyone; a change
of grants never locks a task row, so the two never wait on each other in a circle. (Both then number their
people's Inbox streams at COMMIT, after the project: the order grant changes already take.)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import select

from taskforge.access.grants import effective_roles
from taskforge.access.roles import Role
from taskforge.assignees.models import task_assignees
from taskforge.assignees.unassign import drop_assignees
from taskforge.auth.models import User
from taskforge.errors import FieldError, ValidationFailed
from taskforge.extensions import db
from taskforge.notifications.notify import About, notify
from taskforge.projects.models import Project
from taskforge.tasks.models import Task

MAX_ASSIGNEES = 20
FIELD = "assignee_ids"


def lock_projects(project_ids: Collection[int]) -> None:
    """Lock the projects, in id order, before any assignee row changes (see the module's docstring)."""
    db.session.execute(
        select(Project.id)
        .where(Project.id.in_(sorted(project_ids)))
        .order_by(Project.id)
        .with_for_update(key_share=True)
    )


def editors_of(project_id: int, user_ids: Collection[int]) -> set[int]:
    """Those of `user_ids` who can edit the project, as the database holds it now."""
    roles = effective_roles(user_ids=user_ids, project_ids=[project_id]) if user_ids else {}
    return {user_id for (user_id, _), role in roles.items() if role >= Role.EDITOR}


def assignable(
    project_id: int, user_ids: Sequence[int], *, replacing: bool = False, also: Collection[int] = ()
) -> list[User]:
    """The people to assign to a task of the project, in name order; raise ValidationFailed naming the first
    id that is not someone who can edit the project (the same answer for a stranger and a missing id).

    The projects (the task's, and `also` the one it leaves) are locked first; `replacing` (a change of a
    task's list, even to none) locks them when no one is assigned too.
    """
    wanted = list(dict.fromkeys(user_ids))
    if not wanted and not replacing:
        return []
    lock_projects({project_id, *also})
    if not wanted:
        return []
    editors = editors_of(project_id, wanted)
    for user_id in wanted:
        if user_id not in editors:
            raise ValidationFailed(
                [
                    FieldError(
                        field=FIELD,
                        message=f"user {user_id} cannot edit this project, so cannot be assigned its tasks",
                    )
                ]
            )
    found = db.session.execute(select(User).where(User.id.in_(wanted)).order_by(User.username, User.id))
    return list(found.scalars())


def keep_assignable(task: Task, *, also: Collection[int] = ()) -> None:
    """After a task moved to another project (from `also`), or for a recurring task's next occurrence: keep
    only the assignees who can edit its project."""
    if not task.assignees:
        return
    lock_projects({task.project_id, *also})
    editors = editors_of(task.project_id, [user.id for user in task.assignees])
    task.assignees = [user for user in task.assignees if user.id in editors]


def keep_assignable_below(project_id: int, task_ids: Sequence[int]) -> dict[int, list[list[str]]]:
    """After subtasks moved to another project with their parent: unassign from them everyone who cannot
    edit that project; return each changed task's assignees before and after, by name."""
    if not task_ids:
        return {}
    assigned = set(
        db.session.execute(
            select(task_assignees.c.user_id).where(task_assignees.c.task_id.in_(list(task_ids))).distinct()
        ).scalars()
    )
    if not assigned:
        return {}
    lock_projects([project_id])
    losing = assigned - editors_of(project_id, assigned)
    return drop_assignees(list(task_ids), losing) if losing else {}


def tell_assigned(task: Task, *, before: Collection[int], actor_id: int) -> None:
    """Notify the people newly given the task (never the one who gave it)."""
    added = {user.id for user in task.assignees} - set(before)
    if added:
        about = About(title=task.title, task_id=task.id, project_id=task.project_id)
        notify("assigned", added, about, actor_id=actor_id)
