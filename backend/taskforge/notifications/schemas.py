"""Request and response models for notifications."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.db import MAX_ID
from taskforge.projects.schemas import UserRef


class NotificationQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unread: bool | None = Field(default=None, description="true: only unread ones; false: only read ones.")
    per_page: int = Field(default=20, ge=1, le=100)
    after: Annotated[int, Field(ge=1, le=MAX_ID)] | None = Field(
        default=None, description="Keyset pagination: the `next_after` of the previous page."
    )


class NotificationUpdate(StrictIn):
    read: bool = Field(description="true: mark as read; false: as unread again.")


Kind = Literal["reminder", "assigned", "mentioned", "commented", "shared", "webhook"]
KINDS: tuple[Kind, ...] = ("reminder", "assigned", "mentioned", "commented", "shared", "webhook")


class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: Kind = Field(
        description="reminder: a reminder came due; assigned: you were given a task; mentioned: a comment "
        "mentions you; commented: a comment on a task you are assigned to or created; shared: you were "
        "added to a project (`project_id`) or a team (`team_id`); webhook: a webhook of yours was turned off "
        "after its deliveries failed for 24 hours (its URL is the title; `project_id` null: a personal one). "
        "Never for your own action."
    )
    task_id: int | None = Field(
        description="The task it is about (it may have been deleted since; null while it is in the trash)."
    )
    project_id: int | None = Field(description="The project it is about.")
    team_id: int | None = Field(description="The team it is about (kind shared).")
    comment_id: int | None = Field(description="The comment it is about (kinds mentioned, commented).")
    actor: UserRef | None = Field(description="Who caused it; null for a reminder.")
    title: str = Field(description="The task's title (or the project's or team's name) when it was made.")
    due_date: datetime | None = Field(description="The task's due date then.")
    fire_at: datetime | None = Field(description="When the reminder was due.")
    created_at: datetime
    read_at: datetime | None = Field(description="When it was marked read; null while unread.")


class NotificationPage(BaseModel):
    items: list[NotificationOut] = Field(description="Newest first.")
    unread: int = Field(description="How many of the caller's notifications are unread (all pages).")
    next_after: int | None = Field(description="Pass as `after` for the next page; null on the last page.")


class ReadAll(BaseModel):
    marked: int = Field(description="How many notifications this call marked read.")


class Channels(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    in_app: bool = Field(description="Listed in the inbox (and announced in the open web app).")
    email: bool = Field(description="Sent by email (when the server can send email).")
    push: bool = Field(description="Pushed to every browser the person subscribed.")


class ChannelsUpdate(StrictIn):
    in_app: bool | MISSING = MISSING
    email: bool | MISSING = MISSING
    push: bool | MISSING = MISSING


class NotificationSettings(BaseModel):
    """Each kind's channels (all on until changed)."""

    reminder: Channels
    assigned: Channels
    mentioned: Channels
    commented: Channels
    shared: Channels
    webhook: Channels


class NotificationSettingsUpdate(StrictIn):
    """Only the kinds and channels sent change."""

    reminder: ChannelsUpdate | MISSING = MISSING
    assigned: ChannelsUpdate | MISSING = MISSING
    mentioned: ChannelsUpdate | MISSING = MISSING
    commented: ChannelsUpdate | MISSING = MISSING
    shared: ChannelsUpdate | MISSING = MISSING
    webhook: ChannelsUpdate | MISSING = MISSING
