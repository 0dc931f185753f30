"""What a push message carries: enough for the service worker to show the notification and open its task
or project, and nothing the person could not see in the app (a task's title, never its description)."""

from __future__ import annotations

from typing import Any

from taskforge.notifications.models import Notification

_HEADLINES = {
    "reminder": "Reminder",
    "assigned": "{actor} assigned you",
    "mentioned": "{actor} mentioned you",
    "commented": "{actor} commented",
    "shared": "{actor} shared a project with you",
}


def payload_of(notification: Notification) -> dict[str, Any]:
    """The JSON the service worker receives."""
    actor = notification.actor.username if notification.actor is not None else "Someone"
    headline = _HEADLINES.get(notification.kind, "TaskForge").format(actor=actor)
    if notification.kind == "shared" and notification.team_id is not None:
        headline = f"{actor} added you to a team"
    if notification.task_id is not None:
        url = f"/tasks/{notification.task_id}"
    elif notification.project_id is not None:
        url = f"/projects/{notification.project_id}"
    else:
        url = "/teams"
    return {
        "id": notification.id,
        "kind": notification.kind,
        "title": headline,
        "body": notification.title,
        "url": url,
        "task_id": notification.task_id,
        "project_id": notification.project_id,
    }
