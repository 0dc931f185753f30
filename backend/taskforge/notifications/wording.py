"""How a notification reads outside the app (a push message, an email): who did what, and where it opens."""

from __future__ import annotations

from taskforge.notifications.models import Notification

_ABOUT_A_COMMENT = frozenset({"mentioned", "commented"})
_HEADLINES = {
    "reminder": "Reminder",
    "assigned": "{actor} assigned you",
    "mentioned": "{actor} mentioned you",
    "commented": "{actor} commented",
    "shared": "{actor} shared a project with you",
    "webhook": "A webhook was turned off: its deliveries failed for 24 hours",
}


def headline_of(notification: Notification) -> str:
    """ "alice assigned you", "bob mentioned you" ... ("Someone" when the account is gone)."""
    actor = notification.actor.username if notification.actor is not None else "Someone"
    if notification.kind == "shared" and notification.team_id is not None:
        return f"{actor} added you to a team"
    return _HEADLINES.get(notification.kind, "TaskForge").format(actor=actor)


def path_of(notification: Notification) -> str:
    """The web app's page for what it is about: its task (on its comments, for a mention or a comment), its
    project, or the settings page (where teams are managed: there is no page per team). The web app's own
    links are the same (frontend/src/features/notifications/utils/notification-path.ts)."""
    if notification.kind == "webhook":
        return "/settings"  # where webhooks are managed
    if notification.task_id is not None:
        tab = "?tab=comments" if notification.kind in _ABOUT_A_COMMENT else ""
        return f"/tasks/{notification.task_id}{tab}"
    if notification.project_id is not None:
        return f"/projects/{notification.project_id}"
    return "/settings"
