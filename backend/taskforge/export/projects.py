"""Where an import puts the document's projects and sections: into one existing project (sections matched by
name), or created anew for the caller, in bulk (a statement per kind, not a unit of work per project), each
creation recorded with the unit of work. Runs in the import's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from taskforge.access.grants import tell
from taskforge.access.identity import Identity
from taskforge.access.roles import Role
from taskforge.export.checks import Plan
from taskforge.export.schemas import ExportedProject, ImportDocument
from taskforge.extensions import db
from taskforge.ordering import key_after
from taskforge.projects.models import Project, ProjectMember, ProjectPreference
from taskforge.sections.models import Section
from taskforge.tasks.placement import writable_project
from taskforge.unit_of_work import record_change, touch_user

# Core statements, not ORM ones: the rows are written in bulk, and no ORM object stands for them.
_PROJECTS = Project.__table__
_MEMBERS = ProjectMember.__table__
_PREFERENCES = ProjectPreference.__table__
_SECTIONS = Section.__table__

Slot = tuple[int, int]  # a section of the document: (project index, section index)


@dataclass(frozen=True)
class Destinations:
    """Where the document's tasks go: the project of each of its projects (by index), the section of each of
    their sections, the project of tasks that name none, and the projects this import creates."""

    projects: list[int]
    sections: list[list[int | None]]
    default: int
    created: list[int] = field(default_factory=list)
    created_names: list[str] = field(default_factory=list)

    def project_of(self, project: int | None) -> int:
        return self.default if project is None else self.projects[project]

    def section_of(self, project: int | None, section: int | None) -> int | None:
        return None if project is None or section is None else self.sections[project][section]


def into_project(identity: Identity, document: ImportDocument, project_id: int) -> Destinations:
    """Every task into one project the caller may add tasks to, each in the section of its section's name
    there (case-insensitive) or in none; raise ValidationFailed (no such project) or Forbidden."""
    writable_project(identity, project_id)
    existing, _ = _sections_by_name(project_id)
    sections = [[existing.get(_key(s.name)) for s in project.sections] for project in document.projects]
    return Destinations(projects=[project_id] * len(document.projects), sections=sections, default=project_id)


def into_new_projects(
    identity: Identity, document: ImportDocument, plan: Plan, now: datetime
) -> Destinations:
    """The document's projects created for the caller (owned by them, at the end of their list, with their
    sections in order), but for its Inbox, whose tasks and sections go to the caller's own Inbox, as do tasks
    that name no project; raise ValidationFailed or Forbidden when the caller cannot add to their Inbox."""
    inbox = identity.inbox_id or 0
    inbox_index = next((index for index, project in enumerate(document.projects) if project.inbox), None)
    if inbox_index is not None or any(project is None for project in plan.project):
        writable_project(identity, inbox)
    new = [project for project in document.projects if not project.inbox]
    created = _create_projects(identity.user_id, inbox, new, now)
    ids = iter(created)
    projects = [inbox if project.inbox else next(ids) for project in document.projects]
    sections = _create_sections(identity.user_id, document.projects, projects, inbox_index, now)
    return Destinations(projects, sections, inbox, created, [project.name for project in new])


def _key(name: str) -> str:
    return name.casefold()


def _keys_after(last: str | None, count: int) -> list[str]:
    keys: list[str] = []
    for _ in range(count):
        last = key_after(last)
        keys.append(last)
    return keys


def _sections_by_name(project_id: int) -> tuple[dict[str, int], str | None]:
    """A project's sections by name (the first of each name, in its order), and its last order key."""
    found: dict[str, int] = {}
    last: str | None = None
    for section in db.session.execute(
        select(Section.id, Section.name, Section.position)
        .where(Section.project_id == project_id)
        .order_by(Section.position, Section.id)
    ):
        found.setdefault(_key(section.name), section.id)
        last = section.position
    return found, last


def _create_projects(
    user_id: int, inbox_id: int, projects: Sequence[ExportedProject], now: datetime
) -> list[int]:
    """Create the projects as `create_project` does (the caller their owner, at the end of their list), in
    bulk; return their ids, in order."""
    if not projects:
        return []
    ids: list[int] = list(
        db.session.execute(
            _PROJECTS.insert().returning(_PROJECTS.c.id, sort_by_parameter_order=True),
            [_project_row(user_id, project, now) for project in projects],
        ).scalars()
    )
    owner = int(Role.OWNER)
    db.session.execute(
        _MEMBERS.insert(),
        [{"project_id": i, "user_id": user_id, "role": owner, "created_at": now} for i in ids],
    )
    last = db.session.execute(
        select(func.max(ProjectPreference.position)).where(ProjectPreference.user_id == user_id)
    ).scalar_one_or_none()
    db.session.execute(
        _PREFERENCES.insert(),
        [
            {"user_id": user_id, "project_id": project_id, "favorite": False, "position": position}
            for project_id, position in zip(ids, _keys_after(last, len(ids)), strict=True)
        ],
    )
    for project_id in ids:
        record_change(
            project_id=project_id, kind="project", entity_id=project_id, action="create", actor_id=user_id
        )
        tell(user_id, project_id, "create", user_id, inbox_id=inbox_id)
    touch_user(user_id)
    return ids


def _project_row(user_id: int, project: ExportedProject, now: datetime) -> dict[str, Any]:
    return {
        "owner_id": user_id,
        "name": project.name,
        "description": project.description,
        "color": project.color.lower(),
        "archived": project.archived,
        "is_inbox": False,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


@dataclass
class _NewSections:
    """The section rows to write, which row each document section became, and those matched instead."""

    now: datetime
    rows: list[dict[str, Any]] = field(default_factory=list)
    row_of: dict[Slot, int] = field(default_factory=dict)
    matched: dict[Slot, int] = field(default_factory=dict)

    def add(self, slot: Slot, project_id: int, name: str, position: str) -> None:
        self.row_of[slot] = len(self.rows)
        self.rows.append(
            {
                "project_id": project_id,
                "name": name,
                "position": position,
                "created_at": self.now,
                "updated_at": self.now,
                "version": 1,
            }
        )


def _create_sections(
    user_id: int,
    projects: Sequence[ExportedProject],
    targets: list[int],
    inbox_index: int | None,
    now: datetime,
) -> list[list[int | None]]:
    """Every section of the created projects, in order, in one statement (and the Inbox's: see
    `_match_inbox`); return the section each document section became."""
    new = _NewSections(now)
    for index, project in enumerate(projects):
        if index == inbox_index:
            _match_inbox(new, index, project, targets[index])
            continue
        for number, (section, position) in enumerate(
            zip(project.sections, _keys_after(None, len(project.sections)), strict=True)
        ):
            new.add((index, number), targets[index], section.name, position)
    ids: list[int] = []
    if new.rows:
        ids = list(
            db.session.execute(
                _SECTIONS.insert().returning(_SECTIONS.c.id, sort_by_parameter_order=True), new.rows
            ).scalars()
        )
    for row, section_id in zip(new.rows, ids, strict=True):
        record_change(
            project_id=row["project_id"],
            kind="section",
            entity_id=section_id,
            action="create",
            actor_id=user_id,
        )
    return [
        [
            new.matched[slot] if slot in new.matched else ids[new.row_of[slot]]
            for slot in _slots(index, project)
        ]
        for index, project in enumerate(projects)
    ]


def _slots(index: int, project: ExportedProject) -> list[Slot]:
    return [(index, number) for number in range(len(project.sections))]


def _match_inbox(new: _NewSections, index: int, project: ExportedProject, inbox: int) -> None:
    """The document Inbox's sections: the caller's Inbox's section of the same name (case-insensitive), or
    one added at its end (one per name)."""
    existing, last = _sections_by_name(inbox)
    added: dict[str, Slot] = {}
    for number, section in enumerate(project.sections):
        key = _key(section.name)
        if key in existing:
            new.matched[(index, number)] = existing[key]
        elif key in added:
            new.row_of[(index, number)] = new.row_of[added[key]]
        else:
            last = key_after(last)
            added[key] = (index, number)
            new.add((index, number), inbox, section.name, last)
