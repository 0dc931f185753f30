"""Request and response models for the audit history."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.types import IsoDatetime
from taskforge.db import MAX_ID

Action = Literal[
    "create", "update", "complete", "delete", "move", "restore", "comment", "comment_edit", "comment_delete"
]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Order = Literal["asc", "desc"]


class HistoryQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    per_page: int = Field(default=50, ge=1, le=100)
    order: Order = Field(
        default="asc", description="`asc`: oldest first (the default); `desc`: newest first."
    )
    after: Id | None = Field(
        default=None,
        description="Keyset pagination: the `next_after` of the previous page, with the same `order`.",
    )
    action: Action | None = None
    since: IsoDatetime | None = Field(default=None, description="Events at or after this instant.")
    until: IsoDatetime | None = Field(default=None, description="Events before this instant.")


class AuditQuery(HistoryQuery):
    task_id: Id | None = Field(default=None, description="Only the events of this task (deleted ones too).")


class Actor(BaseModel):
    id: int
    username: str


class AuditEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    task_id: int
    project_id: int = Field(description="The project the task was in when it changed.")
    user_id: int = Field(description="The actor's id (as `actor.id`).")
    actor: Actor = Field(description="Who made the change.")
    action: Action
    changes: dict[str, list[Any]] = Field(description="{field: [before, after]}")
    request_id: str | None = Field(description="The X-Request-ID of the request that made the change.")
    at: datetime


class AuditPage(BaseModel):
    items: list[AuditEventOut] = Field(description="In the `order` asked for: oldest first by default.")
    next_after: int | None = Field(description="Pass as `after` for the next page; null on the last page.")
