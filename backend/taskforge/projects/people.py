"""Everyone who can see a project, directly or through a team, with their effective role: whom the web app
offers to assign (editors and up) and to `@`-mention (anyone here)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from taskforge.access.grants import effective_roles
from taskforge.access.identity import Identity
from taskforge.access.policy import require
from taskforge.access.roles import Role
from taskforge.auth.models import User
from taskforge.extensions import db


@dataclass(frozen=True)
class Person:
    user_id: int
    username: str
    role: Role


def list_people(*, identity: Identity, project_id: int) -> list[Person]:
    """The project's people, the highest role first, then by username (anyone who sees it may list them)."""
    require(identity, project_id, Role.VIEWER, write=False)
    roles = {user_id: role for (user_id, _), role in effective_roles(project_ids=[project_id]).items()}
    found = db.session.execute(select(User.id, User.username).where(User.id.in_(sorted(roles))))
    names = {int(user_id): str(username) for user_id, username in found}
    db.session.commit()
    people = [Person(user_id, names[user_id], role) for user_id, role in roles.items() if user_id in names]
    return sorted(people, key=lambda person: (-person.role, person.username.lower(), person.user_id))
