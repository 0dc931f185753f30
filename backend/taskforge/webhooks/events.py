"""What a committed change sends: the unit of work hands its recorded changes here, inside the write's
transaction, and a delivery is written for every active webhook that subscribed to the event (the project's
own, and the personal ones of the project's owner). A write that rolls back writes none."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, or_, select

from taskforge.changes.record import ChangeRow
from taskforge.comments.models import Comment
from taskforge.db import utcnow
from taskforge.projects.models import Project
from taskforge.tasks.models import Task
from taskforge.webhooks.models import Webhook, WebhookDelivery

# (kind, action) of a recorded change -> the event it is. Other changes (sections, projects, a moved task's
# old project, reminders, notifications) send nothing.
EVENTS = {
    ("task", "create"): "task.created",
    ("task", "update"): "task.updated",
    ("task", "move"): "task.updated",
    ("task", "complete"): "task.completed",
    ("task", "delete"): "task.deleted",
    ("comment", "create"): "comment.created",
    ("comment", "edit"): "comment.updated",
    ("comment", "delete"): "comment.deleted",
}
_INSERT = WebhookDelivery.__table__.insert()


def message_id() -> str:
    """A new `webhook-id` (Standard Webhooks: unique per message, kept across retries)."""
    return "msg_" + secrets.token_urlsafe(20)


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def envelope(event: str, data: dict[str, Any], *, at: datetime) -> dict[str, Any]:
    """The JSON body of a delivery, as Standard Webhooks recommends: type, timestamp, data."""
    return {"type": event, "timestamp": iso(at), "data": data}


def queue_changes(
    session: Any, connection: Connection, changes: Sequence[ChangeRow], audit: Sequence[dict[str, Any]]
) -> None:
    """Write the deliveries of `changes` (in the transaction that commits them); `audit` (their history
    rows) tells a task restored from the trash, a "create" in the change feed, from a new one."""
    restored = {row["task_id"] for row in audit if row["action"] == "restore"}
    wanted = [(c, _event(c, restored)) for c in changes if (c.kind, c.action) in EVENTS]
    if not wanted:
        return
    hooks = _hooks(session, sorted({c.project_id for c, _ in wanted}))
    if not hooks:
        return
    tasks, comments = _subjects(session, wanted)
    now, rows = utcnow(), []
    for change, event in wanted:
        data = _data(change, tasks, comments)
        if data is None:
            continue
        body = envelope(event, data, at=now)
        for hook in hooks.get(change.project_id, ()):
            if event in hook.events:
                rows.append(_row(hook.id, event, body, now=now))
    if rows:
        connection.execute(_INSERT, rows)


def _event(change: ChangeRow, restored: set[int]) -> str:
    if change.kind == "task" and change.action == "create" and change.entity_id in restored:
        return "task.restored"
    return EVENTS[(change.kind, change.action)]


def _row(webhook_id: int, event: str, body: dict[str, Any], *, now: datetime) -> dict[str, Any]:
    return {
        "webhook_id": webhook_id,
        "event": event,
        "message_id": message_id(),
        "payload": body,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }


def _hooks(session: Any, project_ids: list[int]) -> dict[int, list[Webhook]]:
    """The active webhooks of each project: its own, and its owner's personal ones (one query)."""
    owners = select(Project.owner_id).where(Project.id.in_(project_ids)).scalar_subquery()
    found = session.execute(
        select(Webhook, Project.id)
        .join(
            Project,
            or_(
                Webhook.project_id == Project.id,
                (Webhook.project_id.is_(None)) & (Webhook.user_id == Project.owner_id),
            ),
        )
        .where(
            Webhook.active.is_(True),
            Project.id.in_(project_ids),
            or_(Webhook.project_id.in_(project_ids), Webhook.user_id.in_(owners)),
        )
        .order_by(Webhook.id)
    ).all()
    by_project: dict[int, list[Webhook]] = {}
    for hook, project_id in found:
        by_project.setdefault(project_id, []).append(hook)
    return by_project


def _subjects(
    session: Any, wanted: Iterable[tuple[ChangeRow, str]]
) -> tuple[dict[int, Task], dict[int, Comment]]:
    """The tasks and comments the changes are about, as this transaction sees them (two queries at most)."""
    task_ids = sorted({c.entity_id for c, _ in wanted if c.kind == "task"})
    comment_ids = sorted({c.entity_id for c, _ in wanted if c.kind == "comment"})
    tasks = {t.id: t for t in session.execute(select(Task).where(Task.id.in_(task_ids))).scalars()}
    comments = {
        c.id: c for c in session.execute(select(Comment).where(Comment.id.in_(comment_ids))).scalars()
    }
    return tasks, comments


def _data(change: ChangeRow, tasks: dict[int, Task], comments: dict[int, Comment]) -> dict[str, Any] | None:
    """The event's data, or None when there is nothing to tell this project (a task moved out of it)."""
    base = {"project_id": change.project_id, "actor_id": change.actor_id}
    if change.kind == "task":
        task = tasks.get(change.entity_id)
        if task is None or task.project_id != change.project_id:
            return None  # purged, or the old project of a task moved elsewhere: not this project's now
        return {**base, "task": task_json(task)}
    comment = comments.get(change.entity_id)
    if comment is None:  # deleted: only its id is left to tell
        return {**base, "comment": {"id": change.entity_id}}
    return {**base, "comment": comment_json(comment)}


def task_json(task: Task) -> dict[str, Any]:
    """What a receiver learns of a task (never anyone's reminders: they are each person's own)."""
    return {
        "id": task.id,
        "project_id": task.project_id,
        "section_id": task.section_id,
        "parent_id": task.parent_id,
        "title": task.title,
        "description": task.description,
        "priority": task.priority,
        "due_date": iso(task.due_date),
        "completed": task.completed,
        "completed_at": iso(task.completed_at),
        "tags": [tag.name for tag in task.tags],
        "version": task.version,
        "created_at": iso(task.created_at),
        "updated_at": iso(task.updated_at),
        "deleted_at": iso(task.deleted_at),
    }


def comment_json(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "task_id": comment.task_id,
        "author_id": comment.author_id,
        "text": comment.text,
        "created_at": iso(comment.created_at),
        "edited_at": iso(comment.edited_at),
    }
