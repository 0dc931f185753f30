"""What a push message carries: enough for the service worker to show the notification and open its task
or project, and nothing the person could not see in the app (a task's title, never its description)."""

from __future__ import annotations

from typing import Any

from taskforge.notifications.models import Notification
from taskforge.notifications.wording import headline_of, path_of


def payload_of(notification: Notification) -> dict[str, Any]:
    """The JSON the service worker receives."""
    return {
        "id": notification.id,
        "kind": notification.kind,
        "title": headline_of(notification),
        "body": notification.title,
        "url": path_of(notification),
        "task_id": notification.task_id,
        "project_id": notification.project_id,
    }
