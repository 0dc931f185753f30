"""Reading projects as a caller sees them: the row, their own settings and role, member and task counts.
Three statements for any number of projects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select, union

from taskforge.access.identity import Identity
from taskforge.access.policy import in_projects, tasks_in
from taskforge.access.roles import Role
from taskforge.extensions import db
from taskforge.projects.models import Project, ProjectMember, ProjectPreference, ProjectTeam
from taskforge.projects.schemas import Counts, ProjectOut
from taskforge.tasks.models import Task
from taskforge.teams.models import TeamMember


@dataclass(frozen=True)
class ProjectView:
    project: Any  # a Project or a row of its columns
    favorite: bool
    position: str
    role: Role
    member_count: int
    counts: Counts

    def out(self) -> ProjectOut:
        p = self.project
        return ProjectOut(
            id=p.id,
            name=p.name,
            description=p.description,
            color=p.color,
            archived=p.archived,
            inbox=p.is_inbox,
            favorite=self.favorite,
            position=self.position,
            owner_id=p.owner_id,
            role=self.role.label,
            member_count=self.member_count,
            counts=self.counts,
            created_at=p.created_at,
            updated_at=p.updated_at,
            version=p.version,
        )


def member_counts(project_ids: Sequence[int]) -> dict[int, int]:
    """How many distinct people may use each project (directly or through a team)."""
    people = union(
        select(ProjectMember.project_id, ProjectMember.user_id).where(
            in_projects(ProjectMember.project_id, project_ids)
        ),
        select(ProjectTeam.project_id, TeamMember.user_id)
        .join(TeamMember, TeamMember.team_id == ProjectTeam.team_id)
        .where(in_projects(ProjectTeam.project_id, project_ids)),
    ).subquery()
    rows = db.session.execute(select(people.c.project_id, func.count()).group_by(people.c.project_id))
    return {int(project_id): int(count) for project_id, count in rows}


def task_counts(project_ids: Sequence[int]) -> dict[int, Counts]:
    """Open and completed top-level tasks of each project."""
    rows = db.session.execute(
        select(Task.project_id, Task.completed, func.count())
        .where(tasks_in(project_ids), Task.parent_id.is_(None))
        .group_by(Task.project_id, Task.completed)
    )
    found: dict[int, dict[bool, int]] = {}
    for project_id, completed, count in rows:
        found.setdefault(int(project_id), {})[bool(completed)] = int(count)
    return {
        project_id: Counts(
            open=found.get(project_id, {}).get(False, 0), completed=found.get(project_id, {}).get(True, 0)
        )
        for project_id in project_ids
    }


def project_views(identity: Identity, project_ids: Sequence[int]) -> list[ProjectView]:
    """Projects the caller may see, as they see them: the Inbox first, then in their own order."""
    if not project_ids:
        return []
    rows = db.session.execute(
        select(Project, ProjectPreference.favorite, ProjectPreference.position)
        .outerjoin(
            ProjectPreference,
            and_(ProjectPreference.project_id == Project.id, ProjectPreference.user_id == identity.user_id),
        )
        .where(in_projects(Project.id, project_ids))
        .order_by(Project.is_inbox.desc(), ProjectPreference.position, Project.id)
    ).all()
    members, counts = member_counts(project_ids), task_counts(project_ids)
    return [
        ProjectView(
            project=project,
            favorite=bool(favorite),
            position=position or "a0",
            role=identity.grants[project.id].role,
            member_count=members.get(project.id, 0),
            counts=counts[project.id],
        )
        for project, favorite, position in rows
    ]
