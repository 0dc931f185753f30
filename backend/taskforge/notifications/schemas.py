"""Request and response models for notifications."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.db import MAX_ID


class NotificationQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unread: bool | None = Field(default=None, description="true: only unread ones; false: only read ones.")
    per_page: int = Field(default=20, ge=1, le=100)
    after: Annotated[int, Field(ge=1, le=MAX_ID)] | None = Field(
        default=None, description="Keyset pagination: the `next_after` of the previous page."
    )


class NotificationUpdate(StrictIn):
    read: bool = Field(description="true: mark as read; false: as unread again.")


class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: Literal["reminder"]
    task_id: int = Field(description="The task it is about (it may have been deleted since).")
    title: str = Field(description="The task's title when the notification was made.")
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
