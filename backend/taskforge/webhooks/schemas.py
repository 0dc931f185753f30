"""Request and response models for webhooks and their delivery log."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.db import MAX_ID

Event = Literal[
    "task.created",
    "task.updated",
    "task.completed",
    "task.deleted",
    "task.restored",
    "comment.created",
    "comment.updated",
    "comment.deleted",
]
Status = Literal["pending", "delivered", "failed"]

WebhookUrl = Annotated[
    str,
    Field(
        min_length=10,
        max_length=2048,
        # Visible ASCII only (no NUL, spaces or lone surrogates); what the URL may reach is checked apart.
        pattern=r"^https?://[!-~]+$",
        description="The http(s) URL to POST events to; no user name or password. It must resolve to "
        "public addresses only (checked now and at every delivery) unless the server allows private ones.",
    ),
]
Events = Annotated[
    list[Event],
    Field(min_length=1, max_length=8, description="The events to send (a repeated one counts once)."),
]


class WebhookIn(StrictIn):
    url: WebhookUrl
    events: Events


class WebhookUpdate(StrictIn):
    """Only the fields sent change."""

    url: WebhookUrl | None = None
    events: Events | None = None
    active: bool | None = Field(
        default=None,
        description="false: pause it; true: turn it on again (after it was disabled for failing too).",
    )


class WebhookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    project_id: int | None = Field(description="Its project; null: personal (every project you own).")
    url: str
    events: list[Event]
    active: bool
    disabled_reason: str | None = Field(description="Why the server turned it off; null while on.")
    consecutive_failures: int = Field(description="Failed attempts since the last success.")
    last_success_at: datetime | None
    last_failure_at: datetime | None
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(
        description="The signing secret (`whsec_` + base64), shown only now: verify each delivery's "
        "`webhook-signature` with it (Standard Webhooks)."
    )


class WebhookList(BaseModel):
    items: list[WebhookOut] = Field(description="Oldest first.")


class DeliveryQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    per_page: int = Field(default=20, ge=1, le=100)
    after: Annotated[int, Field(ge=1, le=MAX_ID)] | None = Field(
        default=None, description="Keyset pagination: the `next_after` of the previous page."
    )


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    event: str = Field(description="One of the events, or `ping` for a test.")
    message_id: str = Field(description="The `webhook-id` header: the same for a redelivery.")
    status: Status = Field(description="pending (due or retrying), delivered, or failed (given up).")
    attempts: int
    response_code: int | None = Field(description="The receiver's last HTTP status; null if none came.")
    latency_ms: int | None = Field(description="How long the last attempt took.")
    last_error: str | None
    created_at: datetime
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None = Field(description="When it is tried next; null once finished.")
    delivered_at: datetime | None


class DeliveryPage(BaseModel):
    items: list[DeliveryOut] = Field(description="Newest first.")
    next_after: int | None = Field(description="Pass as `after` for the next page; null on the last page.")
