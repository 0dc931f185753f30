"""The rules of a document to import, all checked before anything is written: its tasks' links (ids,
parents, series), recurrence, and its projects and sections (ids, the one Inbox, what each task refers to).
Pure: no database."""

from __future__ import annotations

from dataclasses import dataclass

from taskforge.errors import FieldError, ValidationFailed
from taskforge.export.schemas import MAX_IMPORT_SECTIONS, ExportedTask, ImportDocument
from taskforge.tasks.models import MAX_DEPTH
from taskforge.tasks.recurrence import InvalidRule, check_has_occurrences, parse_rule

_MAX_ERRORS = 100  # a file with thousands of broken rows gets the first hundred, not a megabyte of errors


@dataclass(frozen=True)
class Plan:
    """The document's links, resolved to list positions: each task's parent, depth (1 = top level), the
    occurrence it follows, the first occurrence of its series in the document, its project (an index into
    `projects`, None when it names none) and its section (an index into that project's `sections`)."""

    parent: list[int | None]
    depth: list[int]
    previous: list[int | None]
    first: list[int]
    project: list[int | None]
    section: list[int | None]


def plan_document(document: ImportDocument) -> Plan:
    """The document's links, once every rule holds; raise ValidationFailed naming each broken field
    (`tasks[3].parent_id`, `projects[1].sections[0].id`)."""
    errors = _project_errors(document)
    parent, previous = _links(document.tasks, errors)
    depth = _depths(parent, errors)
    first = _series_firsts(previous, errors)
    project, section = _places(document, parent, errors)
    if errors:
        raise ValidationFailed(errors[:_MAX_ERRORS], "The document was not imported: nothing was changed.")
    return Plan(parent=parent, depth=depth, previous=previous, first=first, project=project, section=section)


def _links(tasks: list[ExportedTask], errors: list[FieldError]) -> tuple[list[int | None], list[int | None]]:
    """Each task's parent and the occurrence it follows, as positions in `tasks`."""
    position: dict[int, int] = {}
    for index, task in enumerate(tasks):
        if task.id in position:
            errors.append(FieldError(f"tasks[{index}].id", f"is also the id of tasks[{position[task.id]}]"))
        else:
            position[task.id] = index
    parent: list[int | None] = []
    previous: list[int | None] = []
    followed: dict[int, int] = {}
    for index, task in enumerate(tasks):
        errors.extend(_recurrence_errors(index, task))
        parent.append(position.get(task.parent_id) if task.parent_id is not None else None)
        if task.parent_id is not None and parent[-1] is None:
            errors.append(FieldError(f"tasks[{index}].parent_id", "no task with this id in the document"))
        # An occurrence whose predecessor is not in the document starts the series as far as the import goes.
        before = position.get(task.previous_id) if task.previous_id is not None else None
        if before is not None and before in followed:
            message = f"tasks[{followed[before]}] follows that occurrence already"
            errors.append(FieldError(f"tasks[{index}].previous_id", message))
            before = None
        if before is not None:
            followed[before] = index
        previous.append(before)
    return parent, previous


def _recurrence_errors(index: int, task: ExportedTask) -> list[FieldError]:
    if task.recurrence is None:
        return []
    if task.due_date is None:
        return [FieldError(f"tasks[{index}].recurrence", "a recurring task needs a due_date")]
    try:
        rule = parse_rule(task.recurrence.rrule)
        series_start = task.recurrence.series_start or task.due_date
        check_has_occurrences(rule, zone=task.recurrence.timezone, series_start=series_start)
    except InvalidRule as error:
        return [FieldError(f"tasks[{index}].recurrence.rrule", error.reason)]
    return []


def _depths(parent: list[int | None], errors: list[FieldError]) -> list[int]:
    """Each task's level (1 = top level); a cycle or a level beyond MAX_DEPTH is an error at the task."""
    depth: list[int] = []
    for index in range(len(parent)):
        level, current, seen = 1, parent[index], {index}
        while current is not None and level <= MAX_DEPTH:
            if current in seen:
                break
            seen.add(current)
            level, current = level + 1, parent[current]
        if current is not None and current in seen:
            message = "a task cannot be a subtask of itself or of one of its subtasks"
            errors.append(FieldError(f"tasks[{index}].parent_id", message))
        elif level > MAX_DEPTH:
            message = f"subtasks nest at most {MAX_DEPTH} levels deep"
            errors.append(FieldError(f"tasks[{index}].parent_id", message))
        depth.append(min(level, MAX_DEPTH))
    return depth


def _series_firsts(previous: list[int | None], errors: list[FieldError]) -> list[int]:
    """The first occurrence of each task's series in the document (itself when it follows none); a series
    whose links go round in a circle is an error at each of its tasks."""
    first: list[int | None] = [None] * len(previous)
    for start in range(len(previous)):
        chain: list[int] = []
        current: int | None = start
        on_chain: set[int] = set()
        while current is not None and first[current] is None and current not in on_chain:
            chain.append(current)
            on_chain.add(current)
            current = previous[current]
        if current is not None and current in on_chain:
            for index in chain:
                message = "the occurrences follow each other in a circle"
                errors.append(FieldError(f"tasks[{index}].previous_id", message))
                first[index] = index
            continue
        root = chain[-1] if current is None else first[current]
        for index in chain:
            first[index] = root
    return [index if value is None else value for index, value in enumerate(first)]


def _project_errors(document: ImportDocument) -> list[FieldError]:
    """Version 1 has no projects; project ids are unique, section ids unique within their project, one
    project at most is the Inbox (never archived), and the sections fit the limit."""
    errors: list[FieldError] = []
    if document.version == 1 and document.projects:
        errors.append(FieldError("projects", "a version 1 document has no projects (version 2 has)"))
    seen: dict[int, int] = {}
    inbox: int | None = None
    for index, project in enumerate(document.projects):
        where = f"projects[{index}]"
        if project.id in seen:
            errors.append(FieldError(f"{where}.id", f"is also the id of projects[{seen[project.id]}]"))
        seen.setdefault(project.id, index)
        if project.inbox and inbox is not None:
            errors.append(FieldError(f"{where}.inbox", f"projects[{inbox}] is the Inbox already"))
        elif project.inbox:
            inbox = index
        if project.inbox and project.archived:
            errors.append(FieldError(f"{where}.archived", "the Inbox cannot be archived"))
        sections: dict[int, int] = {}
        for number, section in enumerate(project.sections):
            if section.id in sections:
                message = f"is also the id of {where}.sections[{sections[section.id]}]"
                errors.append(FieldError(f"{where}.sections[{number}].id", message))
            sections.setdefault(section.id, number)
    if sum(len(project.sections) for project in document.projects) > MAX_IMPORT_SECTIONS:
        errors.append(FieldError("projects", f"at most {MAX_IMPORT_SECTIONS:,} sections per import, in all"))
    return errors


def _places(
    document: ImportDocument, parent: list[int | None], errors: list[FieldError]
) -> tuple[list[int | None], list[int | None]]:
    """Each task's project and section in the document; a subtask is in its parent's project."""
    project_at: dict[int, int] = {}
    for index, exported in enumerate(document.projects):
        project_at.setdefault(exported.id, index)
    section_at = [
        {section.id: number for number, section in enumerate(exported.sections)}
        for exported in document.projects
    ]
    projects: list[int | None] = []
    sections: list[int | None] = []
    for index, task in enumerate(document.tasks):
        project = None if task.project_id is None else project_at.get(task.project_id)
        if task.project_id is not None and project is None:
            errors.append(FieldError(f"tasks[{index}].project_id", "not a project of the document"))
        projects.append(project)
        known = None if project is None else section_at[project]
        sections.append(_section(task, index, known, subtask=parent[index] is not None, errors=errors))
        above = parent[index]
        if above is not None and task.project_id != document.tasks[above].project_id:
            message = f"a subtask is in its parent's project: tasks[{above}].project_id"
            errors.append(FieldError(f"tasks[{index}].project_id", message))
    return projects, sections


def _section(
    task: ExportedTask, index: int, known: dict[int, int] | None, *, subtask: bool, errors: list[FieldError]
) -> int | None:
    """The task's section, as an index into its project's sections (`known`: their positions by id)."""
    field = f"tasks[{index}].section_id"
    if task.section_id is None:
        return None
    if subtask:
        errors.append(FieldError(field, "a subtask has no section of its own: it is shown under its parent"))
        return None
    if known is None:
        if task.project_id is None:
            errors.append(FieldError(field, "a task with a section needs its project_id"))
        return None  # an unknown project_id is named already
    found = known.get(task.section_id)
    if found is None:
        errors.append(FieldError(field, "not a section of the task's project in the document"))
    return found
