"""Sharing a project with a team: every member of the team gets the grant's role (at least)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from taskforge.access.grants import announce, effective_roles
from taskforge.access.identity import Identity
from taskforge.access.policy import require
from taskforge.access.roles import Role
from taskforge.db import MAX_ID
from taskforge.errors import Conflict, FieldError, NotFound, ValidationFailed
from taskforge.extensions import db
from taskforge.projects.members import give_preference, shareable_project
from taskforge.projects.models import ProjectTeam
from taskforge.projects.schemas import TeamGrantIn
from taskforge.teams.models import Team, TeamMember
from taskforge.unit_of_work import commit

NO_GRANT = "The project is not shared with that team."


@dataclass(frozen=True)
class TeamGrant:
    team_id: int
    team_name: str
    role: Role
    member_count: int
    created_at: datetime


def _grants(project_id: int) -> list[TeamGrant]:
    counts = select(TeamMember.team_id, func.count().label("members")).group_by(TeamMember.team_id).subquery()
    rows = db.session.execute(
        select(ProjectTeam, Team.name, counts.c.members)
        .join(Team, Team.id == ProjectTeam.team_id)
        .outerjoin(counts, counts.c.team_id == Team.id)
        .where(ProjectTeam.project_id == project_id)
        .order_by(func.lower(Team.name), Team.id)
    ).all()
    return [
        TeamGrant(grant.team_id, name, Role(grant.role), int(members or 0), grant.created_at)
        for grant, name, members in rows
    ]


def list_team_grants(*, identity: Identity, project_id: int) -> list[TeamGrant]:
    """The teams the project is shared with (anyone who sees the project may list them)."""
    require(identity, project_id, Role.VIEWER, write=False)
    grants = _grants(project_id)
    db.session.commit()
    return grants


def _grant_or_404(project_id: int, team_id: int) -> ProjectTeam:
    grant = db.session.get(ProjectTeam, (project_id, team_id)) if 1 <= team_id <= MAX_ID else None
    if grant is None:
        raise NotFound(NO_GRANT)
    return grant


def _one(project_id: int, team_id: int) -> TeamGrant:
    return next(grant for grant in _grants(project_id) if grant.team_id == team_id)


def _team_members(team_id: int) -> list[int]:
    return list(db.session.execute(select(TeamMember.user_id).where(TeamMember.team_id == team_id)).scalars())


def share_with_team(*, identity: Identity, project_id: int, data: TeamGrantIn) -> TeamGrant:
    """Share the project with a team the caller belongs to (project admins)."""
    shareable_project(identity, project_id)
    if db.session.get(TeamMember, (data.team_id, identity.user_id)) is None:
        raise ValidationFailed([FieldError(field="team_id", message="no team of yours with that id")])
    if db.session.get(ProjectTeam, (project_id, data.team_id)) is not None:
        raise Conflict("The project is shared with that team already: change the grant's role instead.")
    before = effective_roles(project_ids=[project_id])
    db.session.add(ProjectTeam(project_id=project_id, team_id=data.team_id, role=int(Role.named(data.role))))
    for user_id in _team_members(data.team_id):
        give_preference(user_id, project_id)
    db.session.flush()
    announce(before, effective_roles(project_ids=[project_id]), actor_id=identity.user_id)
    grant = _one(project_id, data.team_id)
    commit()
    return grant


def update_team_grant(*, identity: Identity, project_id: int, team_id: int, role: str) -> TeamGrant:
    """Give a team grant another role (project admins)."""
    shareable_project(identity, project_id)
    grant = _grant_or_404(project_id, team_id)
    before = effective_roles(project_ids=[project_id])
    grant.role = int(Role.named(role))
    db.session.flush()
    announce(before, effective_roles(project_ids=[project_id]), actor_id=identity.user_id)
    updated = _one(project_id, team_id)
    commit()
    return updated


def remove_team_grant(*, identity: Identity, project_id: int, team_id: int) -> None:
    """Stop sharing the project with a team (project admins): its members keep only their own grants."""
    shareable_project(identity, project_id)
    grant = _grant_or_404(project_id, team_id)
    before = effective_roles(project_ids=[project_id])
    db.session.delete(grant)
    db.session.flush()
    announce(before, effective_roles(project_ids=[project_id]), actor_id=identity.user_id)
    commit()
