"""Sharing a project with people: listing, adding, changing and removing its direct members, leaving it, and
handing it to another member. Every change of who may do what goes through access/grants.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from taskforge.access.grants import Roles, announce, effective_roles
from taskforge.access.identity import Identity
from taskforge.access.policy import require, require_locked
from taskforge.access.roles import Role
from taskforge.auth.models import User
from taskforge.db import MAX_ID, upsert_insert
from taskforge.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from taskforge.extensions import db
from taskforge.ordering import key_after
from taskforge.projects.models import Project, ProjectMember, ProjectPreference
from taskforge.projects.schemas import MemberAdd, PersonIn
from taskforge.unit_of_work import commit

NOT_A_MEMBER = "No member with that id."


@dataclass(frozen=True)
class Member:
    user_id: int
    username: str
    role: Role
    effective_role: Role
    created_at: datetime


def find_person(person: PersonIn) -> User:
    """The account named by username or email (ignoring case); raise ValidationFailed naming the field."""
    if person.username is not None:
        field, column, value = "username", User.username, person.username
    else:
        field, column, value = "email", User.email, person.email or ""
    user: User | None = db.session.execute(
        select(User).where(func.lower(column) == value.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        raise ValidationFailed([FieldError(field=field, message=f"no account with that {field}")])
    return user


def shareable_project(identity: Identity, project_id: int, need: Role = Role.ADMIN) -> Project:
    """The project, its row locked and the caller's role checked under the lock; never the Inbox."""
    require_locked(identity, project_id, need, while_archived=True)
    project = db.session.get(Project, project_id)
    if project is None:
        raise NotFound("No project with that id.")
    if project.is_inbox:
        raise Conflict("The Inbox is never shared: move tasks to a project to share them.")
    return project


def members_of(project_ids: Sequence[int], roles: Roles | None = None) -> list[Member]:
    """The direct members of the projects: the owner first, then by username."""
    rows = db.session.execute(
        select(ProjectMember, User.username)
        .join(User, User.id == ProjectMember.user_id)
        .where(ProjectMember.project_id.in_(list(project_ids)))
        .order_by(ProjectMember.role.desc(), func.lower(User.username), User.id)
    ).all()
    roles = roles if roles is not None else effective_roles(project_ids=project_ids)
    return [
        Member(
            user_id=member.user_id,
            username=username,
            role=Role(member.role),
            effective_role=roles.get((member.user_id, member.project_id), Role(member.role)),
            created_at=member.created_at,
        )
        for member, username in rows
    ]


def list_members(*, identity: Identity, project_id: int) -> list[Member]:
    """The project's direct members (anyone who sees the project may list them)."""
    require(identity, project_id, Role.VIEWER, write=False)
    members = members_of([project_id])
    db.session.commit()
    return members


def give_preference(user_id: int, project_id: int) -> None:
    """A place at the end of the person's list for a project they can now see (kept if they had one)."""
    last = db.session.execute(
        select(func.max(ProjectPreference.position)).where(ProjectPreference.user_id == user_id)
    ).scalar_one_or_none()
    insert = upsert_insert(db.session)
    db.session.execute(
        insert(ProjectPreference)
        .values(user_id=user_id, project_id=project_id, favorite=False, position=key_after(last))
        .on_conflict_do_nothing(index_elements=["user_id", "project_id"])
    )


def _member_or_404(project_id: int, user_id: int) -> ProjectMember:
    if not 1 <= user_id <= MAX_ID:
        raise NotFound(NOT_A_MEMBER)
    member: ProjectMember | None = db.session.get(ProjectMember, (project_id, user_id))
    if member is None:
        raise NotFound(NOT_A_MEMBER)
    return member


def _one(project_id: int, user_id: int) -> Member:
    found = [member for member in members_of([project_id]) if member.user_id == user_id]
    return found[0]


def add_member(*, identity: Identity, project_id: int, data: MemberAdd) -> Member:
    """Share the project with a person (admins); raise Conflict when they are a direct member already."""
    shareable_project(identity, project_id)
    person = find_person(data)
    if db.session.get(ProjectMember, (project_id, person.id)) is not None:
        raise Conflict(f"{person.username} is a member of this project already.")
    before = effective_roles(project_ids=[project_id])
    db.session.add(ProjectMember(project_id=project_id, user_id=person.id, role=int(Role.named(data.role))))
    give_preference(person.id, project_id)
    db.session.flush()
    announce(before, effective_roles(project_ids=[project_id]), actor_id=identity.user_id)
    member = _one(project_id, person.id)
    commit()
    return member


def update_member(*, identity: Identity, project_id: int, user_id: int, role: str) -> Member:
    """Give a direct member another role (admins; never the owner's, which only a transfer changes)."""
    shareable_project(identity, project_id)
    member = _member_or_404(project_id, user_id)
    if member.role == Role.OWNER:
        raise Forbidden("The owner's role changes only by transferring the project.")
    before = effective_roles(project_ids=[project_id])
    member.role = int(Role.named(role))
    db.session.flush()
    announce(before, effective_roles(project_ids=[project_id]), actor_id=identity.user_id)
    updated = _one(project_id, user_id)
    commit()
    return updated


def remove_member(*, identity: Identity, project_id: int, user_id: int) -> None:
    """Remove a direct member (admins, or the member themselves); never the owner."""
    leaving = user_id == identity.user_id
    shareable_project(identity, project_id, Role.VIEWER if leaving else Role.ADMIN)
    member = _member_or_404(project_id, user_id)
    if member.role == Role.OWNER:
        raise (
            Conflict("The owner cannot leave: transfer the project to another member first.")
            if leaving
            else Forbidden("The owner cannot be removed.")
        )
    before = effective_roles(project_ids=[project_id])
    db.session.delete(member)
    db.session.flush()
    announce(before, effective_roles(project_ids=[project_id]), actor_id=identity.user_id)
    commit()


def transfer(*, identity: Identity, project_id: int, user_id: int) -> Member:
    """Make a direct member the owner (the owner only); the previous owner stays, as an admin."""
    project = shareable_project(identity, project_id, Role.OWNER)
    if user_id == identity.user_id:
        raise ValidationFailed([FieldError(field="user_id", message="you own this project already")])
    target = db.session.get(ProjectMember, (project_id, user_id)) if 1 <= user_id <= MAX_ID else None
    if target is None:
        raise ValidationFailed([FieldError(field="user_id", message="not a direct member of this project")])
    before = effective_roles(project_ids=[project_id])
    previous = _member_or_404(project_id, identity.user_id)
    previous.role, target.role = int(Role.ADMIN), int(Role.OWNER)
    project.owner_id = user_id
    db.session.flush()
    announce(before, effective_roles(project_ids=[project_id]), actor_id=identity.user_id)
    new_owner = _one(project_id, user_id)
    commit()
    return new_owner
