"""The request identity: who is calling and which projects they may use how, read in one statement per request
and passed explicitly to what needs it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from flask import has_request_context, request
from sqlalchemy import (
    BigInteger,
    BindParameter,
    Connection,
    and_,
    bindparam,
    exists,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import aliased

from taskforge.access.roles import Role
from taskforge.auth.models import RevokedToken, User
from taskforge.db import request_connection
from taskforge.extensions import db
from taskforge.projects.models import Project, ProjectMember, ProjectTeam
from taskforge.sessions.models import UserSession
from taskforge.teams.models import TeamMember

LINK_HOLDER = 0  # the user id of a read-only link's holder: no account has it


@dataclass(frozen=True)
class Grant:
    """A project the caller may use: their effective role (the highest of their direct and team grants) and
    the project's counters as the request found them."""

    project_id: int
    role: Role
    archived: bool
    inbox: bool
    generation: int
    change_seq: int
    pruned_seq: int
    grants_version: int


@dataclass(frozen=True)
class Identity:
    """A caller as one request sees them.

    `cache_generation` keys their cached responses: their own generation and the sum of their projects',
    read in the statement that checks the token, so a request never reads an entry older than the last
    acknowledged write to anything it can see. (With their own generation fixed the set of projects is
    fixed, since every change to it bumps theirs, and each project's generation only grows: the pair grows
    with every write.) None where nothing read it (the worker, CLI commands).
    """

    user_id: int
    grants: Mapping[int, Grant] = field(default_factory=dict)
    claims: Mapping[str, Any] = field(default_factory=dict)
    user_generation: int | None = None
    link: bool = False  # a read-only link's holder, with no account

    @property
    def cache_generation(self) -> tuple[int, int] | None:
        if self.user_generation is None:
            return None
        return self.user_generation, sum(grant.generation for grant in self.grants.values())

    @property
    def inbox_id(self) -> int | None:
        return next((grant.project_id for grant in self.grants.values() if grant.inbox), None)


_USER: BindParameter[int] = bindparam("user_id")
_TRASHED = aliased(Project, name="trashed")
# A project in the trash grants nothing: everything in it leaves every list with it (the partial index
# ix_projects_trash keeps this a lookup in the few deleted rows).
_IN_TRASH = select(_TRASHED.id).where(_TRASHED.deleted_at.is_not(None))
_GRANTS = union_all(
    select(ProjectMember.project_id, ProjectMember.role).where(
        ProjectMember.user_id == _USER, ProjectMember.project_id.not_in(_IN_TRASH)
    ),
    select(ProjectTeam.project_id, ProjectTeam.role)
    .join(TeamMember, TeamMember.team_id == ProjectTeam.team_id)
    .where(TeamMember.user_id == _USER, ProjectTeam.project_id.not_in(_IN_TRASH)),
).subquery("grants")
# The same grants on the projects in the trash: who may see, restore and purge them there.
_TRASHED_GRANTS = union_all(
    select(ProjectMember.project_id, ProjectMember.role).where(
        ProjectMember.user_id == _USER, ProjectMember.project_id.in_(_IN_TRASH)
    ),
    select(ProjectTeam.project_id, ProjectTeam.role)
    .join(TeamMember, TeamMember.team_id == ProjectTeam.team_id)
    .where(TeamMember.user_id == _USER, ProjectTeam.project_id.in_(_IN_TRASH)),
).subquery("trashed_grants")
_PROJECT_COLUMNS = (
    Project.archived,
    Project.is_inbox,
    Project.generation,
    Project.change_seq,
    Project.pruned_seq,
    Project.grants_version,
)
_SESSION: BindParameter[int | None] = bindparam("sid", type_=BigInteger)
# A token is dead when its id was revoked (logout, refresh rotation) or its session is revoked or gone (a
# primary-key lookup). No session id: a caller the server already trusts (`identity_of`).
_TOKEN_DEAD = or_(
    exists().where(RevokedToken.jti == bindparam("jti")),
    and_(
        _SESSION.is_not(None),
        ~exists().where(
            UserSession.id == _SESSION, UserSession.user_id == _USER, UserSession.revoked_at.is_(None)
        ),
    ),
)
# One row per grant (a person with none still gets one row, with nulls): the token's state and everything
# access decisions need, in one round trip.
_IDENTITY = (
    select(
        User.cache_generation,
        _TOKEN_DEAD,
        _GRANTS.c.project_id,
        _GRANTS.c.role,
        *_PROJECT_COLUMNS,
    )
    .select_from(User)
    .outerjoin(_GRANTS, true())
    .outerjoin(Project, Project.id == _GRANTS.c.project_id)
    .where(User.id == _USER)
)


_PREPARED = "taskforge_identity"


@lru_cache(maxsize=1)
def _prepare_sql() -> str:
    compiled = str(_IDENTITY.compile(dialect=postgresql.dialect()))  # type: ignore[no-untyped-call]
    sql = compiled.replace("%(jti)s", "$1").replace("%(user_id)s", "$2").replace("%(sid)s", "$3")
    return f"PREPARE {_PREPARED} (text, bigint, bigint) AS {sql}"


def _identity_rows(connection: Connection, user_id: int, jti: str, sid: int | None) -> list[Any]:
    """The identity statement's rows. On PostgreSQL it is prepared once per connection (`PREPARE`, which
    outlives any transaction's rollback) and run with `EXECUTE`: planning it cost several times running it,
    on every request. (So TaskForge needs session-level connections: no PgBouncer in transaction mode.)"""
    params = {"jti": jti, "user_id": user_id, "sid": sid}
    if connection.dialect.name != "postgresql":
        return list(connection.execute(_IDENTITY, params).all())
    info = connection.connection.info
    if not info.get(_PREPARED):
        connection.exec_driver_sql(_prepare_sql())
        info[_PREPARED] = True
    return list(
        connection.exec_driver_sql(f"EXECUTE {_PREPARED}(%(jti)s, %(user_id)s, %(sid)s)", params).all()
    )


def _load(
    user_id: int,
    jti: str,
    claims: Mapping[str, Any],
    connection: Connection | None = None,
    sid: int | None = None,
) -> Identity | None:
    rows = _identity_rows(connection or db.session.connection(), user_id, jti, sid)
    if not rows or rows[0][1]:
        return None
    grants: dict[int, Grant] = {}
    for row in rows:
        if row.project_id is None:
            continue
        known = grants.get(row.project_id)
        if known is None or known.role < row.role:
            grants[row.project_id] = Grant(row.project_id, Role(row.role), *tuple(row)[4:])
    return Identity(user_id=user_id, grants=grants, claims=claims, user_generation=int(rows[0][0]))


def identity_for_token(claims: Mapping[str, Any]) -> Identity | None:
    """The identity of a verified token's holder, or None when the token is dead: its jti was revoked, its
    session revoked or gone, or its user no longer exists. One round trip on every authenticated request."""
    # Core on the request's connection (a GET reads in autocommit): this runs on every request.
    connection = request_connection(db.session, request.method if has_request_context() else "POST")
    return _load(int(claims["sub"]), str(claims["jti"]), claims, connection, int(claims["sid"]))


def identity_of(user_id: int) -> Identity | None:
    """The identity of a user the caller already trusts (the worker, the calendar feed, an event stream
    re-reading its grants), or None when the account is gone."""
    return _load(user_id, "", {})


def identity_for_link(project_id: int) -> Identity:
    """A read-only link's holder: a viewer of that one project, with no account and nothing cached."""
    row = db.session.execute(select(*_PROJECT_COLUMNS).where(Project.id == project_id)).one()
    return Identity(user_id=LINK_HOLDER, grants={project_id: Grant(project_id, Role.VIEWER, *row)}, link=True)


def grant_of(user_id: int, project_id: int) -> Grant | None:
    """A user's grant on one project as the database holds it now (a fresh statement: under a row lock taken
    before it, it sees every grant change committed before that lock)."""
    rows = db.session.execute(
        select(_GRANTS.c.role, *_PROJECT_COLUMNS)
        .select_from(_GRANTS)
        .join(Project, Project.id == _GRANTS.c.project_id)
        .where(_GRANTS.c.project_id == project_id),
        {"user_id": user_id},
    ).all()
    if not rows:
        return None
    best = max(rows, key=lambda row: int(row[0]))
    return Grant(project_id, Role(best[0]), *best[1:])


def trashed_roles(user_id: int, project_id: int | None = None) -> dict[int, Role]:
    """A user's effective role on each project in the trash (or on that one project, when it is there)."""
    query = select(_TRASHED_GRANTS.c.project_id, _TRASHED_GRANTS.c.role)
    if project_id is not None:
        query = query.where(_TRASHED_GRANTS.c.project_id == project_id)
    roles: dict[int, Role] = {}
    for found, role in db.session.execute(query, {"user_id": user_id}):
        roles[int(found)] = max(roles.get(int(found), Role.VIEWER), Role(role))
    return roles
