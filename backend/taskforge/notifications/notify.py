"""Telling people that something needs them: a notification for each person concerned, written in the
transaction of the change it is about (it commits, or vanishes, with it), never for the person who acted.

Each person's settings decide whether it is listed in their inbox (in-app), pushed to their browsers (a
delivery per subscribed browser, written here too) and emailed (a delivery in the email outbox, when the
server can send email); the row is kept either way. Someone told about a task
also hears of it in their Inbox's stream, so their open web app shows it at once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.mail import outbox as mail_outbox
from taskforge.notifications.models import Notification
from taskforge.notifications.schemas import Kind
from taskforge.notifications.settings import channels_of
from taskforge.projects.models import Project
from taskforge.push import outbox as push_outbox
from taskforge.unit_of_work import record_change

_INSERT = Notification.__table__.insert()


@dataclass(frozen=True)
class About:
    """What a notification links to, and its title (the task's title, the project's or team's name)."""

    title: str
    task_id: int | None = None
    project_id: int | None = None
    team_id: int | None = None
    comment_id: int | None = None


def notify(kind: Kind, people: Collection[int], about: About, *, actor_id: int | None) -> set[int]:
    """Notify `people` (but the actor) of `about`; return whom."""
    told = set(people) - {actor_id}
    if not told:
        return told
    channels = channels_of(told, kind)
    now = utcnow()
    rows = [
        {
            "user_id": user_id,
            "kind": kind,
            "title": about.title[:200],
            "task_id": about.task_id,
            "project_id": about.project_id,
            "team_id": about.team_id,
            "comment_id": about.comment_id,
            "actor_id": actor_id,
            "created_at": now,
            "shown": channels[user_id].in_app,
        }
        for user_id in sorted(told)
    ]
    insert = _INSERT.returning(Notification.id, Notification.user_id)
    written = db.session.connection().execute(insert, rows).all()
    push_outbox.queue_for([notification_id for notification_id, user_id in written if channels[user_id].push])
    mail_outbox.queue_for(
        [notification_id for notification_id, user_id in written if channels[user_id].email]
    )
    if about.task_id is not None:
        shown = sorted(user_id for user_id in told if channels[user_id].in_app)
        for inbox in _inboxes(shown):
            record_change(
                project_id=inbox, kind="task", entity_id=about.task_id, action="notified", actor_id=actor_id
            )
    return told


def _inboxes(user_ids: list[int]) -> list[int]:
    if not user_ids:
        return []
    found = db.session.execute(
        select(Project.id)
        .where(Project.owner_id.in_(user_ids), Project.is_inbox.is_(True))
        .order_by(Project.id)
    )
    return [int(inbox) for inbox in found.scalars()]
