"""Task rules for writes: changing, moving and deleting tasks in the projects a caller may change. Each
function owns its transaction (through the unit of work); creating is tasks/creation.py, reading
tasks/listing.py."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy.orm.exc import StaleDataError
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.access.policy import task_for
from taskforge.access.roles import Role
from taskforge.assignees.service import assignable, keep_assignable, lock_projects, tell_assigned
from taskforge.audit.record import record_changed, snapshot
from taskforge.db import utcnow
from taskforge.errors import Conflict, PreconditionFailed
from taskforge.extensions import db
from taskforge.reminders.schemas import ReminderIn
from taskforge.reminders.service import drop_reminders, reschedule, set_reminders
from taskforge.tags.service import tags_for_task
from taskforge.tasks import ordering
from taskforge.tasks.creation import create_task, create_tasks
from taskforge.tasks.listing import Listing, Page, Shown, get_task, list_tasks, occurrences, subtasks_of
from taskforge.tasks.models import Task
from taskforge.tasks.ordering import keys_at_end
from taskforge.tasks.placement import check_parent, check_section, invalid, move_subtasks, writable_project
from taskforge.tasks.reads import TaskRead, subtask_counts
from taskforge.tasks.recurring import Reopened, follow_up, set_recurrence, undo_follow_up
from taskforge.tasks.removal import trash_tree
from taskforge.tasks.schemas import MoveIn, RecurrenceIn, SubtaskCounts, TaskUpdate
from taskforge.unit_of_work import commit

__all__ = [
    "Listing",
    "Page",
    "Shown",
    "create_task",
    "create_tasks",
    "get_task",
    "list_tasks",
    "occurrences",
    "subtasks_of",
]

# Each round of a compare-and-set race has a winner, so N concurrent writers need at most N attempts.
_CAS_ATTEMPTS = 32


def etag_of(task: Task | TaskRead) -> str:
    """The strong entity tag of a task's current representation (without quotes)."""
    return f"v{task.version}"


def _check_precondition(task: Task, if_match: ETags | None) -> None:
    if if_match is not None and not if_match.contains(etag_of(task)):
        raise PreconditionFailed(f'The task has changed; its current ETag is "{etag_of(task)}".')


def _compare_and_set(
    *, identity: Identity, task_id: int, if_match: ETags | None, change: Callable[[Task], bool]
) -> Task:
    """Lock and load a task the caller may change, check If-Match, apply `change` (True when it changed
    something), and commit with the version compare-and-set.

    On PostgreSQL the row lock makes the compare-and-set always succeed; on SQLite a concurrent writer can win
    between read and write: then a request with If-Match gets 412, and one without retries on the new version.
    """
    for _ in range(_CAS_ATTEMPTS):
        task = task_for(identity, task_id, need=Role.EDITOR, for_update=True)
        _check_precondition(task, if_match)
        try:
            # Inside: a change may flush (to count subtasks, or for a recurring task's next occurrence), and a
            # flush runs the compare-and-set.
            if change(task):
                commit()
            else:
                db.session.commit()
        except StaleDataError:
            db.session.rollback()
            if if_match is not None:
                raise PreconditionFailed("The task changed while this request was applied.") from None
            time.sleep(random.uniform(0, 0.002))  # noqa: S311 - jitter, not security: let the winner finish
            continue
        return task
    raise Conflict("The task is being changed by other requests; retry.")


def _relocate(identity: Identity, task: Task, values: dict[str, Any]) -> int | None:
    """Apply the parent, project and section changes in `values` (popped from it); return the project the
    task left, if it moved."""
    source = task.project_id
    section_sent = "section_id" in values
    parent_id = values.pop("parent_id", task.parent_id)
    project_id = values.pop("project_id", None)
    section_id = values.pop("section_id", task.section_id)
    if parent_id != task.parent_id:
        if parent_id is not None:
            parent = check_parent(identity, parent_id, task_id=task.id)
            if project_id is not None and project_id != parent.project_id:
                raise invalid("project_id", "a subtask lives in its parent's project")
            project_id = parent.project_id
        task.parent_id = parent_id
    if project_id is not None and project_id != source:
        if task.parent_id is not None:
            raise invalid("project_id", "a subtask lives in its parent's project: move its parent")
        writable_project(identity, project_id)
        task.project_id = project_id
        task.position = keys_at_end(project_id, 1)[0]
        if not section_sent:
            section_id = None  # its old section stayed in the old project
    if task.parent_id is not None:
        section_id = None if section_id == task.section_id else section_id
    check_section(task.project_id, section_id, parent_id=task.parent_id)
    task.section_id = section_id
    return source if task.project_id != source else None


def _reassign(
    task: Task, wanted: list[int] | None, changed: dict[str, Any], *, moved_from: int | None
) -> None:
    """Put the new assignees in `changed` when `wanted` changes them; after a move without a new list, keep
    only those who can edit the new project (assignees/service.py locks the projects first)."""
    left = () if moved_from is None else (moved_from,)
    if wanted is not None:
        people = assignable(task.project_id, wanted, replacing=True, also=left)
        if [user.id for user in people] != [user.id for user in task.assignees]:
            changed["assignees"] = people
    elif moved_from is not None:
        lock_projects({task.project_id, moved_from})  # its subtasks' assignees may change too
        keep_assignable(task, also=left)


def update_task(
    *, identity: Identity, task_id: int, changes: TaskUpdate, if_match: ETags | None = None
) -> Shown:
    """Apply the given fields; raise NotFound, Forbidden, ValidationFailed, or PreconditionFailed when
    If-Match names an older version."""
    sent = changes.model_dump()
    tag_names = sent.pop("tags", None)
    new_recurrence = "recurrence" in sent
    sent.pop("recurrence", None)
    new_reminders = sent.pop("reminders", None) is not None
    new_assignees: list[int] | None = sent.pop("assignee_ids", None)
    counts: dict[int, SubtaskCounts] = {}  # read by `apply`, inside the transaction that writes
    reopened: list[Reopened | None] = []  # what reopening a completed occurrence did to its series
    actor = identity.user_id

    def apply(task: Task) -> bool:
        counts[task.id] = subtask_counts(identity=identity, task_ids=[task.id])[task.id]
        before = snapshot(task, viewer_id=actor)
        values = dict(sent)
        moved_from = _relocate(identity, task, values)
        changed = {name: value for name, value in values.items() if getattr(task, name) != value}
        if tag_names is not None:
            tags = tags_for_task(user_id=actor, names=tag_names, current=task.tags)
            if [tag.id for tag in tags] != [tag.id for tag in task.tags]:
                changed["tags"] = tags
        assigned_before = [user.id for user in task.assignees]
        _reassign(task, new_assignees, changed, moved_from=moved_from)
        for name, value in changed.items():
            setattr(task, name, value)
        if changed.get("completed") is False:
            reopened.append(undo_follow_up(task, actor_id=actor))
        recurrence_changed = new_recurrence and set_recurrence(
            task, cast("RecurrenceIn | None", changes.recurrence), user_id=actor
        )
        reminders_changed = "due_date" in changed and reschedule(task)
        if new_reminders and not task.completed:
            wanted = cast("list[ReminderIn]", changes.reminders)
            reminders_changed = set_reminders(task, wanted, user_id=actor) or reminders_changed
        if task.rrule is not None and task.due_date is None:
            raise invalid("due_date", "a recurring task needs a due date (clear recurrence first)")
        placed = before["project_id"] != task.project_id or before["section_id"] != task.section_id
        if not (
            changed
            or recurrence_changed
            or reminders_changed
            or placed
            or before["parent_id"] != task.parent_id
        ):
            return False  # nothing changes, so neither does the version
        now = utcnow()
        if "completed" in changed:
            task.completed_at = now if task.completed else None
        task.updated_at = now
        completing = changed.get("completed") is True
        if completing:
            follow_up(task, completed_at=now, actor_id=actor)  # before the reminders go: it copies them
            drop_reminders(task)
        record_changed(task, before, "complete" if completing else "update", actor_id=actor)
        tell_assigned(task, before=assigned_before, actor_id=actor)
        if moved_from is not None:
            db.session.flush()
            move_subtasks(task, source=moved_from, actor_id=actor)
        return True

    task = _compare_and_set(identity=identity, task_id=task_id, if_match=if_match, change=apply)
    return Shown(task, counts[task.id], reopened=reopened[-1] if reopened else None)


def move_task(*, identity: Identity, task_id: int, move: MoveIn, if_match: ETags | None = None) -> Shown:
    """Place a task right before or after another task of its project (its row alone changes)."""

    counts: dict[int, SubtaskCounts] = {}

    def place(task: Task) -> bool:
        counts[task.id] = subtask_counts(identity=identity, task_ids=[task.id])[task.id]
        before = snapshot(task, ["position"])
        moved = ordering.move(task, before_id=move.before_id, after_id=move.after_id)
        if moved:
            task.updated_at = utcnow()
            record_changed(task, before, "move", actor_id=identity.user_id)
        return moved

    task = _compare_and_set(identity=identity, task_id=task_id, if_match=if_match, change=place)
    return Shown(task, counts[task.id])


def delete_task(*, identity: Identity, task_id: int, if_match: ETags | None = None) -> None:
    """Move a task the caller may change, with its subtasks, to the trash; raise NotFound, Forbidden or
    PreconditionFailed."""

    def remove(task: Task) -> bool:
        lock_projects([task.project_id])  # as every write that takes a tree with it
        trash_tree(task, actor_id=identity.user_id)
        return True

    _compare_and_set(identity=identity, task_id=task_id, if_match=if_match, change=remove)
