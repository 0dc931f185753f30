"""What follows when who may use a project changes (a member added, removed or given another role, a team
granted or revoked, a team's membership changed, ownership transferred, a project archived or deleted).

Every such change is made the same way: read the effective roles it can affect (`effective_roles`), make
it, read them again, and `announce` the difference, which

- bumps each affected project's grants version, so a write that checked access before re-checks it
  under the project's row lock (unit_of_work.py);
- records a `members` change in each affected project's stream (the members' counts and lists changed),
  which also retires every member's cached pages;
- tells each person who gained a project (`shared`) or lost it (`access_removed`), in the stream of their
  inbox, which only they read, and retires their own cached pages (their set of projects changed); those
  who gained one also get a `shared` notification;
- unassigns everyone who can no longer edit a project from its tasks (assignees/unassign.py), after the
  project's row is locked, so no assignment checked before the change can commit after it unnoticed.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, select, true, union_all, update

from taskforge.access.roles import Role
from taskforge.assignees.unassign import unassign_lost
from taskforge.extensions import db
from taskforge.notifications.notify import About, notify
from taskforge.projects.models import Project, ProjectMember, ProjectTeam
from taskforge.teams.models import TeamMember
from taskforge.unit_of_work import record_change, touch_user

Roles = dict[tuple[int, int], Role]  # (user id, project id) -> effective role


def effective_roles(
    *, user_ids: Collection[int] | None = None, project_ids: Collection[int] | None = None
) -> Roles:
    """The effective role of each person on each project (the highest of their direct and team grants),
    limited to the given people and/or projects."""
    direct = select(ProjectMember.user_id, ProjectMember.project_id, ProjectMember.role)
    via_team = select(TeamMember.user_id, ProjectTeam.project_id, ProjectTeam.role).join(
        ProjectTeam, ProjectTeam.team_id == TeamMember.team_id
    )
    grants = union_all(
        direct.where(*_limits(ProjectMember.user_id, ProjectMember.project_id, user_ids, project_ids)),
        via_team.where(*_limits(TeamMember.user_id, ProjectTeam.project_id, user_ids, project_ids)),
    ).subquery()
    roles: Roles = {}
    for user_id, project_id, role in db.session.execute(select(grants)):
        key = (int(user_id), int(project_id))
        roles[key] = max(roles.get(key, Role.VIEWER), Role(role))
    return roles


def _limits(
    user_column: Any,
    project_column: Any,
    user_ids: Collection[int] | None,
    project_ids: Collection[int] | None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [true()]
    if user_ids is not None:
        conditions.append(user_column.in_(sorted(user_ids)))
    if project_ids is not None:
        conditions.append(project_column.in_(sorted(project_ids)))
    return conditions


def inbox_of(user_id: int) -> int:
    """The id of the user's inbox project."""
    inbox: int = db.session.execute(
        select(Project.id).where(Project.owner_id == user_id, Project.is_inbox.is_(True))
    ).scalar_one()
    return inbox


def announce(
    before: Roles,
    after: Roles,
    *,
    actor_id: int | None,
    removed: str = "access_removed",
    notice: bool = True,
) -> None:
    """Record what changed between two readings of `effective_roles` (see the module's docstring); those
    who lost a project hear `removed` (`deleted` when the project itself is gone); those who gained one get
    a `shared` notification, unless not `notice` (joining a team is told as that, once)."""
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    for project_id in sorted({project_id for _, project_id in changed}):
        bump_grants(project_id)
        record_change(
            project_id=project_id, kind="project", entity_id=project_id, action="members", actor_id=actor_id
        )
    if removed != "deleted":
        unassign_lost(before, after, actor_id=actor_id)
    gained = sorted(after.keys() - before.keys())
    for user_id, project_id in gained:
        tell(user_id, project_id, "shared", actor_id)
    if notice and gained:
        found = db.session.execute(
            select(Project.id, Project.name).where(Project.id.in_(sorted({p for _, p in gained})))
        )
        names = {int(project_id): str(name) for project_id, name in found}
        for user_id, project_id in gained:
            about = About(title=names[project_id], project_id=project_id)
            notify("shared", {user_id}, about, actor_id=actor_id)
    for user_id, project_id in sorted(before.keys() - after.keys()):
        tell(user_id, project_id, removed, actor_id)
    touch_user(*{user_id for user_id, _ in changed})


def bump_grants(project_id: int) -> None:
    """Who may do what on the project changed: writes that checked it before must check again."""
    db.session.execute(
        update(Project)
        .where(Project.id == project_id)
        .values(grants_version=Project.grants_version + 1)
        .execution_options(synchronize_session=False)
    )


def tell(
    user_id: int, project_id: int, action: str, actor_id: int | None, *, inbox_id: int | None = None
) -> None:
    """Tell one person about a project (`shared`, `access_removed`, `deleted`, `create`), in their Inbox's
    stream (`inbox_id` when the caller knows it): their clients learn of it, and their event streams start
    following the project at once."""
    inbox = inbox_id if inbox_id is not None else inbox_of(user_id)
    record_change(project_id=inbox, kind="project", entity_id=project_id, action=action, actor_id=actor_id)
