"""Read-only links: a secret URL that shows a project to anyone who holds it, without an account. Only the
secret's SHA-256 is stored; revoking the link (deleting it) ends it on the next request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from taskforge.access.identity import Identity, identity_for_link
from taskforge.access.policy import require
from taskforge.access.roles import Role
from taskforge.auth.models import User
from taskforge.auth.opaque import digest, new_secret
from taskforge.db import MAX_ID
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.projects.members import shareable_project
from taskforge.projects.models import Project, ProjectLink
from taskforge.unit_of_work import commit, record_change

PREFIX = "tfshare_"
NO_LINK = "No link with that id."


@dataclass(frozen=True)
class Link:
    link: ProjectLink
    created_by: str | None  # the username, while the account exists


def _links(project_id: int) -> Sequence[Link]:
    rows = db.session.execute(
        select(ProjectLink, User.username)
        .outerjoin(User, User.id == ProjectLink.created_by)
        .where(ProjectLink.project_id == project_id)
        .order_by(ProjectLink.id)
    ).all()
    return [Link(link, username) for link, username in rows]


def list_links(*, identity: Identity, project_id: int) -> Sequence[Link]:
    """The project's read-only links (admins), without their secrets."""
    require(identity, project_id, Role.ADMIN, write=False)
    links = _links(project_id)
    db.session.commit()
    return links


def create_link(*, identity: Identity, project_id: int) -> tuple[Link, str]:
    """A new read-only link (admins); the secret is returned once, never stored."""
    shareable_project(identity, project_id)
    token = new_secret(PREFIX)
    link = ProjectLink(project_id=project_id, token_hash=digest(token), created_by=identity.user_id)
    db.session.add(link)
    db.session.flush()
    record_change(
        project_id=project_id, kind="project", entity_id=project_id, action="links", actor_id=identity.user_id
    )
    username = db.session.execute(select(User.username).where(User.id == identity.user_id)).scalar_one()
    commit()
    return Link(link, username), token


def revoke_link(*, identity: Identity, project_id: int, link_id: int) -> None:
    """Delete a read-only link (admins): it stops working on the next request."""
    shareable_project(identity, project_id)
    link = db.session.get(ProjectLink, link_id) if 1 <= link_id <= MAX_ID else None
    if link is None or link.project_id != project_id:
        raise NotFound(NO_LINK)
    db.session.delete(link)
    record_change(
        project_id=project_id, kind="project", entity_id=project_id, action="links", actor_id=identity.user_id
    )
    commit()


def link_identity(token: str) -> Identity:
    """The identity of a link's holder: a viewer of its project; raise NotFound for a token that is not (or
    no longer) a link."""
    project_id = db.session.execute(
        select(ProjectLink.project_id)
        .join(Project, Project.id == ProjectLink.project_id)
        .where(ProjectLink.token_hash == digest(token), Project.deleted_at.is_(None))  # not in the trash
    ).scalar_one_or_none()
    if project_id is None:
        raise NotFound("No shared project at this address: the link may have been revoked.")
    return identity_for_link(int(project_id))
