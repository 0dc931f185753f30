"""Project rules: listing, creating, changing, archiving, ordering and deleting projects, and every account's
Inbox. Each public function that writes owns its transaction (through the unit of work)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from werkzeug.datastructures import ETags

from taskforge.access.grants import bump_grants, tell
from taskforge.access.identity import Grant, Identity
from taskforge.access.policy import check, project_ids, require, require_locked
from taskforge.access.roles import Role
from taskforge.db import upsert_insert, utcnow
from taskforge.errors import Conflict, FieldError, NotFound, PreconditionFailed, ValidationFailed
from taskforge.extensions import db
from taskforge.ordering import key_after, place
from taskforge.projects.models import DEFAULT_COLOR, INBOX_NAME, Project, ProjectMember, ProjectPreference
from taskforge.projects.reads import ProjectView, member_counts, project_views, task_counts
from taskforge.projects.removal import trash_project
from taskforge.projects.schemas import MoveIn, ProjectCreate, ProjectListQuery, ProjectUpdate
from taskforge.unit_of_work import commit, record_change, touch_user


def etag_of(project: Any) -> str:
    """The strong entity tag of a project's shared fields (the caller's own settings are not in it)."""
    return f"v{project.version}"


def create_inbox(user_id: int) -> Project:
    """Give a new account its Inbox, in the caller's transaction (registration's)."""
    inbox = Project(owner_id=user_id, name=INBOX_NAME, color=DEFAULT_COLOR, is_inbox=True)
    db.session.add(inbox)
    db.session.flush()
    db.session.add(ProjectMember(project_id=inbox.id, user_id=user_id, role=int(Role.OWNER)))
    db.session.add(ProjectPreference(user_id=user_id, project_id=inbox.id, position=key_after(None)))
    return inbox


def list_projects(*, identity: Identity, query: ProjectListQuery) -> list[ProjectView]:
    """The projects the caller may see: the Inbox first, then in their own order."""
    ids = [
        grant.project_id
        for grant in identity.grants.values()
        if query.archived is None or grant.archived == query.archived
    ]
    views = project_views(identity, sorted(ids))
    db.session.commit()
    return views


def get_project(*, identity: Identity, project_id: int) -> ProjectView:
    """One project the caller may see; raise NotFound."""
    require(identity, project_id, Role.VIEWER, write=False)
    (view,) = project_views(identity, [project_id])
    db.session.commit()
    return view


def _view_of(project: Project, *, user_id: int, role: Role) -> ProjectView:
    """The caller's view of a project this transaction wrote (read before COMMIT: its own writes)."""
    preference = db.session.get(ProjectPreference, (user_id, project.id))
    return ProjectView(
        project=project,
        favorite=preference.favorite if preference is not None else False,
        position=preference.position if preference is not None else "a0",
        role=role,
        member_count=member_counts([project.id]).get(project.id, 0),
        counts=task_counts([project.id])[project.id],
    )


def _last_position(user_id: int) -> str | None:
    last: str | None = db.session.execute(
        select(ProjectPreference.position)
        .where(ProjectPreference.user_id == user_id)
        .order_by(ProjectPreference.position.desc())
        .limit(1)
    ).scalar_one_or_none()
    return last


def create_project(*, identity: Identity, data: ProjectCreate) -> ProjectView:
    """Create a project owned by the caller, at the end of their list."""
    now = utcnow()
    project = Project(
        owner_id=identity.user_id,
        name=data.name,
        description=data.description,
        color=(data.color or DEFAULT_COLOR).lower(),
        created_at=now,
        updated_at=now,
    )
    db.session.add(project)
    db.session.flush()
    db.session.add(ProjectMember(project_id=project.id, user_id=identity.user_id, role=int(Role.OWNER)))
    position = key_after(_last_position(identity.user_id))
    db.session.add(
        ProjectPreference(
            user_id=identity.user_id, project_id=project.id, favorite=data.favorite, position=position
        )
    )
    db.session.flush()
    record_change(
        project_id=project.id,
        kind="project",
        entity_id=project.id,
        action="create",
        actor_id=identity.user_id,
    )
    # Their other tabs and devices follow it at once.
    tell(identity.user_id, project.id, "create", identity.user_id, inbox_id=identity.inbox_id)
    touch_user(identity.user_id)
    view = _view_of(project, user_id=identity.user_id, role=Role.OWNER)
    commit()
    return view


def _locked(identity: Identity, project_id: int) -> tuple[Project, Grant]:
    """The project, its row locked, and the caller's grant read afresh under that lock."""
    grant = require_locked(identity, project_id, Role.VIEWER, while_archived=True)
    project = db.session.get(Project, project_id)
    if project is None:
        raise NotFound("No project with that id.")
    return project, grant


def _check_precondition(project: Project, if_match: ETags | None) -> None:
    if if_match is not None and not if_match.contains(etag_of(project)):
        raise PreconditionFailed(f'The project has changed; its current ETag is "{etag_of(project)}".')


def _inbox_refuses(project: Project, changed: dict[str, Any]) -> None:
    if project.is_inbox and ("name" in changed or changed.get("archived") is True):
        field = "name" if "name" in changed else "archived"
        raise ValidationFailed([FieldError(field=field, message="the Inbox cannot be renamed or archived")])


def update_project(
    *, identity: Identity, project_id: int, changes: ProjectUpdate, if_match: ETags | None = None
) -> ProjectView:
    """Change a project (admins) and the caller's favourite (anyone who sees it); raise NotFound, Forbidden,
    PreconditionFailed or ValidationFailed."""
    project, grant = _locked(identity, project_id)
    _check_precondition(project, if_match)
    values = changes.model_dump()
    favorite = values.pop("favorite", None)
    if "color" in values:
        values["color"] = values["color"].lower()
    changed = {name: value for name, value in values.items() if getattr(project, name) != value}
    if changed:
        _inbox_refuses(project, changed)
        check(grant, Role.ADMIN, write=True, while_archived=changed.get("archived") is False)
        for name, value in changed.items():
            setattr(project, name, value)
        project.updated_at = utcnow()
        if "archived" in changed:
            bump_grants(project_id)  # an archived project takes no writes: checks made before must re-run
        archived = changed.get("archived")
        action = "update" if archived is None else ("archive" if archived else "unarchive")
        record_change(
            project_id=project_id,
            kind="project",
            entity_id=project_id,
            action=action,
            actor_id=identity.user_id,
        )
    if favorite is not None and _set_favorite(identity.user_id, project_id, favorite=favorite):
        touch_user(identity.user_id)
    db.session.flush()
    view = _view_of(project, user_id=identity.user_id, role=grant.role)
    commit()
    return view


def _set_favorite(user_id: int, project_id: int, *, favorite: bool) -> bool:
    preference = db.session.get(ProjectPreference, (user_id, project_id))
    if preference is None:
        db.session.add(
            ProjectPreference(
                user_id=user_id,
                project_id=project_id,
                favorite=favorite,
                position=key_after(_last_position(user_id)),
            )
        )
        return True
    if preference.favorite == favorite:
        return False
    preference.favorite = favorite
    return True


def move_project(*, identity: Identity, project_id: int, move: MoveIn) -> ProjectView:
    """Place a project right before or after another in the caller's own order."""
    require(identity, project_id, Role.VIEWER, write=False)
    mine = project_ids(identity)
    insert = upsert_insert(db.session)
    db.session.execute(
        insert(ProjectPreference)
        .values([{"user_id": identity.user_id, "project_id": pid, "position": "a0"} for pid in mine])
        .on_conflict_do_nothing(index_elements=["user_id", "project_id"])
    )
    preferences = {
        preference.project_id: preference
        for preference in db.session.execute(
            select(ProjectPreference)
            .where(ProjectPreference.user_id == identity.user_id, ProjectPreference.project_id.in_(mine))
            .order_by(ProjectPreference.position, ProjectPreference.project_id)
            .with_for_update(key_share=True)
        ).scalars()
    }
    field = "before_id" if move.before_id is not None else "after_id"
    try:
        keys = place(
            [(pid, preference.position) for pid, preference in preferences.items()],
            project_id,
            before=move.before_id,
            after=move.after_id,
        )
    except LookupError:
        raise ValidationFailed([FieldError(field=field, message="no project with that id")]) from None
    for pid, key in keys.items():
        preferences[pid].position = key
    touch_user(identity.user_id)
    project = db.session.get(Project, project_id)
    assert project is not None
    view = _view_of(project, user_id=identity.user_id, role=identity.grants[project_id].role)
    commit()
    return view


def delete_project(*, identity: Identity, project_id: int, if_match: ETags | None = None) -> None:
    """Move a project with its tasks to the trash (the owner only; never the Inbox). Everyone who could see it
    is told it is gone; its owner can restore it from the trash until it is purged."""
    project, grant = _locked(identity, project_id)
    check(grant, Role.OWNER, write=True, while_archived=True)
    if project.is_inbox:
        raise Conflict("The Inbox cannot be deleted.")
    _check_precondition(project, if_match)
    trash_project(project, actor_id=identity.user_id)
    commit()


def restored_view(project: Project, *, user_id: int) -> ProjectView:
    """The restoring owner's view of a project brought back from the trash (before COMMIT)."""
    return _view_of(project, user_id=user_id, role=Role.OWNER)
