"""Whether a notification may still reach its person: not about a project they can no longer see, nor a team
they left. Channels that deliver later (push, email) ask at delivery time."""

from __future__ import annotations

from sqlalchemy import select

from taskforge.access.identity import identity_of
from taskforge.extensions import db
from taskforge.notifications.models import Notification
from taskforge.tasks.models import Task
from taskforge.teams.models import TeamMember


def still_theirs(notification: Notification) -> bool:
    """True when the person may still be told what `notification` is about."""
    if notification.team_id is not None:
        member = db.session.get(TeamMember, (notification.team_id, notification.user_id))
        return member is not None
    if notification.project_id is None:
        return True
    if notification.task_id is not None and _in_trash(notification.task_id):
        return False  # nothing is sent about a task in the trash
    identity = identity_of(notification.user_id)
    return identity is not None and notification.project_id in identity.grants


def _in_trash(task_id: int) -> bool:
    deleted = db.session.execute(select(Task.deleted_at).where(Task.id == task_id)).first()
    return deleted is not None and deleted[0] is not None
