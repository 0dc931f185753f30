"""Section rules: the columns of a project, listed by anyone who sees it, managed by its admins. Deleting a
section keeps its tasks (they move to no section)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select, update
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.access.policy import require
from taskforge.access.roles import Role
from taskforge.db import MAX_ID, utcnow
from taskforge.errors import FieldError, NotFound, PreconditionFailed, ValidationFailed
from taskforge.extensions import db
from taskforge.ordering import key_after, place
from taskforge.sections.models import Section
from taskforge.sections.schemas import MoveIn
from taskforge.tasks.models import Task
from taskforge.unit_of_work import commit, record_change

NO_SECTION = "No section with that id."


def etag_of(section: Section) -> str:
    return f"v{section.version}"


def sections_of(project_ids: Sequence[int]) -> list[Section]:
    """The sections of these projects, in each project's order."""
    return list(
        db.session.execute(
            select(Section)
            .where(Section.project_id.in_(list(project_ids)))
            .order_by(Section.project_id, Section.position, Section.id)
        ).scalars()
    )


def list_sections(*, identity: Identity, project_id: int) -> list[Section]:
    require(identity, project_id, Role.VIEWER, write=False)
    found = sections_of([project_id])
    db.session.commit()
    return found


def _changed(section: Section, identity: Identity, action: str) -> None:
    record_change(
        project_id=section.project_id,
        kind="section",
        entity_id=section.id,
        action=action,
        actor_id=identity.user_id,
    )


def create_section(*, identity: Identity, project_id: int, name: str) -> Section:
    """A new section at the end of the project (its admins)."""
    require(identity, project_id, Role.ADMIN)
    last = db.session.execute(
        select(func.max(Section.position)).where(Section.project_id == project_id)
    ).scalar_one_or_none()
    now = utcnow()
    section = Section(
        project_id=project_id, name=name, position=key_after(last), created_at=now, updated_at=now
    )
    db.session.add(section)
    db.session.flush()
    _changed(section, identity, "create")
    commit()
    return section


def _section_for(identity: Identity, section_id: int, *, need: Role) -> Section:
    """Lock a section of a project the caller may see; raise NotFound, or Forbidden for `need`."""
    if not 1 <= section_id <= MAX_ID:
        raise NotFound(NO_SECTION)
    section: Section | None = db.session.execute(
        select(Section).where(Section.id == section_id).with_for_update(key_share=True)
    ).scalar_one_or_none()
    if section is None or section.project_id not in identity.grants:
        raise NotFound(NO_SECTION)
    require(identity, section.project_id, need)
    return section


def _check_precondition(section: Section, if_match: ETags | None) -> None:
    if if_match is not None and not if_match.contains(etag_of(section)):
        raise PreconditionFailed(f'The section has changed; its current ETag is "{etag_of(section)}".')


def rename_section(*, identity: Identity, section_id: int, name: str, if_match: ETags | None) -> Section:
    section = _section_for(identity, section_id, need=Role.ADMIN)
    _check_precondition(section, if_match)
    if section.name != name:
        section.name, section.updated_at = name, utcnow()
        db.session.flush()
        _changed(section, identity, "update")
        commit()
    else:
        db.session.commit()
    return section


def move_section(*, identity: Identity, section_id: int, move: MoveIn, if_match: ETags | None) -> Section:
    """Place a section right before or after another of its project (its admins)."""
    section = _section_for(identity, section_id, need=Role.ADMIN)
    _check_precondition(section, if_match)
    siblings = db.session.execute(
        select(Section)
        .where(Section.project_id == section.project_id)
        .order_by(Section.position, Section.id)
        .with_for_update(key_share=True)
    ).scalars()
    by_id = {sibling.id: sibling for sibling in siblings}
    field = "before_id" if move.before_id is not None else "after_id"
    if (move.before_id or move.after_id) == section.id:
        raise ValidationFailed([FieldError(field=field, message="a section cannot be placed next to itself")])
    try:
        keys = place(
            [(sid, s.position) for sid, s in by_id.items()],
            section.id,
            before=move.before_id,
            after=move.after_id,
        )
    except LookupError:
        raise ValidationFailed(
            [FieldError(field=field, message="no section with that id in this project")]
        ) from None
    now = utcnow()
    for sid, key in keys.items():
        if by_id[sid].position != key:
            by_id[sid].position, by_id[sid].updated_at = key, now
            db.session.flush()
            _changed(by_id[sid], identity, "move")
    commit()
    return section


def delete_section(*, identity: Identity, section_id: int, if_match: ETags | None) -> None:
    """Delete a section (its admins); its tasks stay in the project, in no section."""
    section = _section_for(identity, section_id, need=Role.ADMIN)
    _check_precondition(section, if_match)
    moved = db.session.execute(
        update(Task)
        .where(Task.section_id == section.id)
        .values(section_id=None, version=Task.version + 1, updated_at=utcnow())
        .returning(Task.id)
        .execution_options(synchronize_session=False)
    ).scalars()
    for task_id in moved:
        record_change(
            project_id=section.project_id,
            kind="task",
            entity_id=task_id,
            action="update",
            actor_id=identity.user_id,
        )
    _changed(section, identity, "delete")
    db.session.delete(section)
    commit()
