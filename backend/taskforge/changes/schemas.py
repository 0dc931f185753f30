"""Request and response models for the change feed."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Action = Literal["create", "update", "complete", "delete", "move", "reminder"]


class ChangesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    since: int | None = Field(
        default=None,
        ge=0,
        le=2**63 - 1,
        description="The `cursor` of the previous answer: the changes after it. Left out: no changes, and "
        "the current cursor (take it when you load the tasks, then follow from there).",
    )
    limit: int = Field(default=100, ge=1, le=1000)


class ChangeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    seq: int = Field(description="The change's number: per user, in commit order, without gaps.")
    task_id: int
    action: Action
    at: datetime


class ChangePage(BaseModel):
    items: list[ChangeOut] = Field(description="Oldest first.")
    cursor: int = Field(description="Pass as `since` next time (the last change's number).")
    more: bool = Field(description="true: there are more changes after these; ask again at once.")
