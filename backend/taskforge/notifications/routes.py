"""HTTP endpoints for the inbox."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.notifications import service, settings
from taskforge.notifications.schemas import (
    NotificationOut,
    NotificationPage,
    NotificationQuery,
    NotificationSettings,
    NotificationSettingsUpdate,
    NotificationUpdate,
    ReadAll,
)

bp = Blueprint("notifications", __name__)
settings_bp = Blueprint("notification_settings", __name__)  # under /api/auth/me: the caller's own account
TAGS = ("notifications",)


@bp.get("")
@operation(
    summary="The caller's notifications, newest first",
    description="Reminders that came due, tasks given to them, mentions, comments on their tasks, projects "
    "and teams they were added to (only the kinds whose in-app channel is on).",
    tags=TAGS,
    query=NotificationQuery,
    responses={200: ResponseSpec(NotificationPage, "A page of notifications and the unread count.")},
)
def list_notifications(identity: Identity, query: NotificationQuery) -> Response:
    page = service.list_notifications(user_id=identity.user_id, query=query)
    items = [NotificationOut.model_validate(item) for item in page.items]
    # A task in the trash is no link to follow (the notification stays; the link returns with a restore).
    items = [
        item.model_copy(update={"task_id": None}) if item.task_id in page.in_trash else item for item in items
    ]
    return json_response(NotificationPage(items=items, unread=page.unread, next_after=page.next_after))


@bp.patch("/<id:notification_id>")
@operation(
    summary="Mark a notification read or unread",
    tags=TAGS,
    body=NotificationUpdate,
    responses={200: ResponseSpec(NotificationOut, "The notification.")},
)
def update_notification(identity: Identity, notification_id: int, body: NotificationUpdate) -> Response:
    notification = service.mark_read(
        user_id=identity.user_id, notification_id=notification_id, read=body.read
    )
    return json_response(NotificationOut.model_validate(notification))


@bp.post("/read-all")
@operation(
    idempotent=True,
    summary="Mark every notification read",
    tags=TAGS,
    responses={200: ResponseSpec(ReadAll, "How many were marked.")},
)
def read_all(identity: Identity) -> Response:
    return json_response(ReadAll(marked=service.mark_all_read(user_id=identity.user_id)))


@settings_bp.get("/notification-settings")
@operation(
    summary="The caller's notification settings",
    tags=TAGS,
    responses={200: ResponseSpec(NotificationSettings, "Each kind's channels.")},
)
def get_settings(identity: Identity) -> Response:
    return json_response(settings.get_settings(user_id=identity.user_id))


@settings_bp.patch("/notification-settings")
@operation(
    summary="Turn notification channels on or off, per kind",
    tags=TAGS,
    body=NotificationSettingsUpdate,
    responses={200: ResponseSpec(NotificationSettings, "Each kind's channels.")},
)
def update_settings(identity: Identity, body: NotificationSettingsUpdate) -> Response:
    return json_response(settings.update_settings(user_id=identity.user_id, changes=body))
