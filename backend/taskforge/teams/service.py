"""Team rules: a person sees the teams they belong to; team admins rename, delete and manage members. A team
always keeps an admin. Joining or leaving a team changes what its members may use (access/grants.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from werkzeug.datastructures import ETags

from taskforge.access.grants import announce, effective_roles
from taskforge.access.identity import Identity
from taskforge.access.roles import TeamRole
from taskforge.auth.models import User
from taskforge.db import MAX_ID, utcnow
from taskforge.errors import Conflict, Forbidden, NotFound, PreconditionFailed
from taskforge.extensions import db
from taskforge.notifications.notify import About, notify
from taskforge.projects.members import find_person, give_preference
from taskforge.projects.models import ProjectTeam
from taskforge.teams.models import Team, TeamMember
from taskforge.teams.schemas import TeamCreate, TeamMemberAdd, TeamUpdate
from taskforge.unit_of_work import commit

NO_TEAM = "No team with that id."
NO_MEMBER = "No member with that id."


@dataclass(frozen=True)
class TeamView:
    team: Team
    role: TeamRole
    member_count: int


@dataclass(frozen=True)
class TeamPerson:
    user_id: int
    username: str
    role: TeamRole
    created_at: datetime


def etag_of(team: Any) -> str:
    return f"v{team.version}"


def _counts(team_ids: list[int]) -> dict[int, int]:
    rows = db.session.execute(
        select(TeamMember.team_id, func.count())
        .where(TeamMember.team_id.in_(team_ids))
        .group_by(TeamMember.team_id)
    )
    return {int(team_id): int(count) for team_id, count in rows}


def list_teams(*, identity: Identity) -> list[TeamView]:
    rows = db.session.execute(
        select(Team, TeamMember.role)
        .join(TeamMember, TeamMember.team_id == Team.id)
        .where(TeamMember.user_id == identity.user_id)
        .order_by(func.lower(Team.name), Team.id)
    ).all()
    counts = _counts([team.id for team, _ in rows])
    db.session.commit()
    return [TeamView(team, TeamRole(role), counts.get(team.id, 0)) for team, role in rows]


def _membership(identity: Identity, team_id: int, *, lock: bool = False) -> tuple[Team, TeamRole]:
    """The team and the caller's role in it; raise NotFound when they are not in it (or it does not exist)."""
    if not 1 <= team_id <= MAX_ID:
        raise NotFound(NO_TEAM)
    query = (
        select(Team, TeamMember.role)
        .join(TeamMember, TeamMember.team_id == Team.id)
        .where(Team.id == team_id, TeamMember.user_id == identity.user_id)
    )
    found = db.session.execute(query.with_for_update(of=Team, key_share=True) if lock else query).first()
    if found is None:
        raise NotFound(NO_TEAM)
    return found[0], TeamRole(found[1])


def _admin(identity: Identity, team_id: int) -> Team:
    team, role = _membership(identity, team_id, lock=True)
    if role < TeamRole.ADMIN:
        raise Forbidden("Only the team's admins may do this.")
    return team


def members_of(team_id: int) -> list[TeamPerson]:
    rows = db.session.execute(
        select(TeamMember, User.username)
        .join(User, User.id == TeamMember.user_id)
        .where(TeamMember.team_id == team_id)
        .order_by(TeamMember.role.desc(), func.lower(User.username), User.id)
    ).all()
    return [TeamPerson(m.user_id, username, TeamRole(m.role), m.created_at) for m, username in rows]


def get_team(*, identity: Identity, team_id: int) -> tuple[TeamView, list[TeamPerson]]:
    team, role = _membership(identity, team_id)
    people = members_of(team_id)
    db.session.commit()
    return TeamView(team, role, len(people)), people


def create_team(*, identity: Identity, data: TeamCreate) -> TeamView:
    """Create a team with the caller as its admin."""
    now = utcnow()
    team = Team(
        name=data.name,
        description=data.description,
        created_by=identity.user_id,
        created_at=now,
        updated_at=now,
    )
    db.session.add(team)
    db.session.flush()
    db.session.add(TeamMember(team_id=team.id, user_id=identity.user_id, role=int(TeamRole.ADMIN)))
    commit()
    return TeamView(team, TeamRole.ADMIN, 1)


def update_team(*, identity: Identity, team_id: int, changes: TeamUpdate, if_match: ETags | None) -> TeamView:
    team = _admin(identity, team_id)
    if if_match is not None and not if_match.contains(etag_of(team)):
        raise PreconditionFailed(f'The team has changed; its current ETag is "{etag_of(team)}".')
    changed = {name: value for name, value in changes.model_dump().items() if getattr(team, name) != value}
    for name, value in changed.items():
        setattr(team, name, value)
    if changed:
        team.updated_at = utcnow()
    db.session.flush()
    count = _counts([team_id]).get(team_id, 0)
    commit()
    return TeamView(team, TeamRole.ADMIN, count)


def _projects_of(team_id: int) -> list[int]:
    return list(
        db.session.execute(select(ProjectTeam.project_id).where(ProjectTeam.team_id == team_id)).scalars()
    )


def delete_team(*, identity: Identity, team_id: int) -> None:
    """Delete a team (its admins): its members keep only the grants they hold otherwise."""
    team = _admin(identity, team_id)
    projects = _projects_of(team_id)
    before = effective_roles(project_ids=projects)
    db.session.delete(team)
    db.session.flush()
    announce(before, effective_roles(project_ids=projects), actor_id=identity.user_id)
    commit()


def _person_of(team_id: int, user_id: int) -> TeamPerson:
    return next(person for person in members_of(team_id) if person.user_id == user_id)


def add_member(*, identity: Identity, team_id: int, data: TeamMemberAdd) -> TeamPerson:
    """Add a person to the team (its admins): they get the team's projects."""
    team = _admin(identity, team_id)
    person = find_person(data)
    if db.session.get(TeamMember, (team_id, person.id)) is not None:
        raise Conflict(f"{person.username} is in this team already.")
    projects = _projects_of(team_id)
    before = effective_roles(project_ids=projects)
    db.session.add(TeamMember(team_id=team_id, user_id=person.id, role=int(TeamRole.named(data.role))))
    for project_id in projects:
        give_preference(person.id, project_id)
    db.session.flush()
    announce(before, effective_roles(project_ids=projects), actor_id=identity.user_id, notice=False)
    notify("shared", {person.id}, About(title=team.name, team_id=team_id), actor_id=identity.user_id)
    added = _person_of(team_id, person.id)
    commit()
    return added


def _member_or_404(team_id: int, user_id: int) -> TeamMember:
    member = db.session.get(TeamMember, (team_id, user_id)) if 1 <= user_id <= MAX_ID else None
    if member is None:
        raise NotFound(NO_MEMBER)
    return member


def _keeps_an_admin(team_id: int, *, without: int) -> bool:
    others = db.session.execute(
        select(func.count()).where(
            TeamMember.team_id == team_id,
            TeamMember.role == int(TeamRole.ADMIN),
            TeamMember.user_id != without,
        )
    ).scalar_one()
    return int(others) > 0


def update_member(*, identity: Identity, team_id: int, user_id: int, role: str) -> TeamPerson:
    """Make a member an admin or a plain member (its admins); a team always keeps an admin."""
    _admin(identity, team_id)
    member = _member_or_404(team_id, user_id)
    new_role = TeamRole.named(role)
    if (
        member.role == TeamRole.ADMIN
        and new_role < TeamRole.ADMIN
        and not _keeps_an_admin(team_id, without=user_id)
    ):
        raise Conflict("A team needs an admin: make someone else an admin first.")
    member.role = int(new_role)
    db.session.flush()
    person = _person_of(team_id, user_id)
    commit()
    return person


def remove_member(*, identity: Identity, team_id: int, user_id: int) -> None:
    """Remove a member (its admins) or leave (anyone in it); a team always keeps an admin."""
    if user_id == identity.user_id:
        _membership(identity, team_id, lock=True)
    else:
        _admin(identity, team_id)
    member = _member_or_404(team_id, user_id)
    if member.role == TeamRole.ADMIN and not _keeps_an_admin(team_id, without=user_id):
        raise Conflict("A team needs an admin: make someone else an admin first, or delete the team.")
    projects = _projects_of(team_id)
    before = effective_roles(project_ids=projects)
    db.session.delete(member)
    db.session.flush()
    announce(before, effective_roles(project_ids=projects), actor_id=identity.user_id)
    commit()
