"""Request and response models for comments."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import WRITTEN_TEXT
from taskforge.db import MAX_ID
from taskforge.projects.schemas import UserRef

CommentText = Annotated[
    str,
    Field(
        min_length=1,
        max_length=10_000,
        description="1-10,000 characters of Markdown, stored as written (not blank); `@username` mentions "
        "a member of the task's project, who is notified.",
    ),
    WRITTEN_TEXT,
]


class CommentIn(StrictIn):
    text: CommentText


class CommentQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    per_page: int = Field(default=50, ge=1, le=100)
    after: Annotated[int, Field(ge=1, le=MAX_ID)] | None = Field(
        default=None, description="Keyset pagination: the `next_after` of the previous page."
    )


class CommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    task_id: int
    author: UserRef | None = Field(description="Null once its author's account is deleted.")
    text: str
    created_at: datetime
    edited_at: datetime | None = Field(description="When its author last changed it; null if never.")
    version: int


class CommentPage(BaseModel):
    items: list[CommentOut] = Field(description="Oldest first.")
    next_after: int | None = Field(description="Pass as `after` for the next page; null on the last page.")
