"""Request and response models for tags."""

from __future__ import annotations

from typing import Annotated

from pydantic import MISSING, BaseModel, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import TRIMMED_TEXT

TagName = Annotated[
    str,
    Field(
        min_length=1, max_length=50, description="1-50 characters; trimmed; unique per user ignoring case."
    ),
    TRIMMED_TEXT,
]
Color = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", description="#rrggbb", examples=["#0d6efd"])]


class TagCreate(StrictIn):
    name: TagName
    color: Color | None = Field(default=None, description="#rrggbb; a neutral grey when left out.")


class TagUpdate(StrictIn):
    """Only the fields sent are changed. Renaming a tag renames it on every task that carries it."""

    name: TagName | MISSING = MISSING
    color: Color | MISSING = MISSING


class TagOut(BaseModel):
    id: int
    name: str
    color: str
    task_count: int = Field(description="How many tasks the caller can see carry the tag.")


class TagList(BaseModel):
    items: list[TagOut]
