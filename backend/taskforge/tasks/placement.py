"""Where a task may be: its project (one the caller may add tasks to), its section (one of that project's,
top-level tasks only) and its parent (3 levels at most, always in the parent's project). Moving a task to
another project moves its subtasks with it. Runs in the task service's transaction."""

from __future__ import annotations

from sqlalchemy import select, update

from taskforge.access.identity import Identity
from taskforge.access.policy import require, visible_tasks
from taskforge.access.roles import Role
from taskforge.assignees.service import keep_assignable_below
from taskforge.db import utcnow
from taskforge.errors import FieldError, NotFound, ValidationFailed
from taskforge.extensions import db
from taskforge.sections.models import Section
from taskforge.tasks.models import MAX_DEPTH, Task
from taskforge.unit_of_work import record_change


def invalid(field: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field=field, message=message)])


def writable_project(identity: Identity, project_id: int, *, field: str = "project_id") -> None:
    """The caller may add and change tasks in the project; a project they cannot see is a 422 naming the
    field (the request's own resource exists), a role too low or an archived project a 403."""
    try:
        require(identity, project_id, Role.EDITOR)
    except NotFound:
        raise invalid(field, "no project with that id") from None


def check_section(project_id: int, section_id: int | None, *, parent_id: int | None) -> None:
    """A section must be one of the project's, and only a top-level task has one."""
    if section_id is None:
        return
    if parent_id is not None:
        raise invalid("section_id", "a subtask has no section of its own: it is shown under its parent")
    found = db.session.execute(
        select(Section.project_id).where(Section.id == section_id)
    ).scalar_one_or_none()
    if found != project_id:
        raise invalid("section_id", "no section with that id in the task's project")


def check_parent(identity: Identity, parent_id: int, *, task_id: int | None = None) -> Task:
    """The parent must be a task the caller may see, never the task itself or one of its subtasks, and the
    task with everything below it must fit in MAX_DEPTH levels under the parent; return the parent."""
    ancestors: list[int] = []
    current: int | None = parent_id
    parent: Task | None = None
    while current is not None:
        if current == task_id:
            raise invalid("parent_id", "a task cannot be a subtask of itself or of one of its subtasks")
        query = select(Task).where(visible_tasks(identity), Task.id == current)
        if parent is None:
            # The parent's row share-locked: it cannot go to the trash before this subtask commits (a trash
            # that took it first makes this read find it gone).
            query = query.with_for_update(read=True)
        found = db.session.execute(query).scalar_one_or_none()
        if found is None:
            raise invalid("parent_id", "no task with that id")
        parent = parent or found
        ancestors.append(current)
        current = found.parent_id
    levels_below = 0
    level = [task_id] if task_id is not None else []
    while level:
        level = list(db.session.execute(select(Task.id).where(Task.parent_id.in_(level))).scalars())
        levels_below += bool(level)
    if len(ancestors) + 1 + levels_below > MAX_DEPTH:
        raise invalid("parent_id", f"subtasks nest at most {MAX_DEPTH} levels deep")
    assert parent is not None
    return parent


def descendants(task_id: int) -> list[int]:
    """The ids of every task below `task_id` (all levels)."""
    found: list[int] = []
    level = [task_id]
    while level:
        level = list(db.session.execute(select(Task.id).where(Task.parent_id.in_(level))).scalars())
        found.extend(level)
    return found


def move_subtasks(task: Task, *, source: int, actor_id: int) -> None:
    """Take the task's subtasks (every level) to its new project, noting each in both projects' streams
    (those who see only the old one learn that it left)."""
    below = descendants(task.id)
    if below:
        db.session.execute(
            update(Task)
            .where(Task.id.in_(below))
            .values(
                project_id=task.project_id, section_id=None, version=Task.version + 1, updated_at=utcnow()
            )
            .execution_options(synchronize_session=False)
        )
    unassigned = keep_assignable_below(task.project_id, below)
    for task_id in [task.id, *below]:
        record_change(project_id=source, kind="task", entity_id=task_id, action="update", actor_id=actor_id)
        if task_id != task.id:  # the task's own change in its new project is recorded with its history
            record_change(
                project_id=task.project_id,
                kind="task",
                entity_id=task_id,
                action="update",
                actor_id=actor_id,
                audit={"project_id": [source, task.project_id]}
                | ({"assignees": unassigned[task_id]} if task_id in unassigned else {}),
            )
