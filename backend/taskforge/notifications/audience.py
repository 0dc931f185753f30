"""Whether a notification may still reach its person: not about a project they can no longer see, nor a team
they left. Channels that deliver later (push, email) ask at delivery time."""

from __future__ import annotations

from taskforge.access.identity import identity_of
from taskforge.extensions import db
from taskforge.notifications.models import Notification
from taskforge.teams.models import TeamMember


def still_theirs(notification: Notification) -> bool:
    """True when the person may still be told what `notification` is about."""
    if notification.team_id is not None:
        member = db.session.get(TeamMember, (notification.team_id, notification.user_id))
        return member is not None
    if notification.project_id is None:
        return True
    identity = identity_of(notification.user_id)
    return identity is not None and notification.project_id in identity.grants
