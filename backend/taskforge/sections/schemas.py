"""Request and response models for sections."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.projects.schemas import MoveIn, Name

__all__ = ["MoveIn", "SectionCreate", "SectionList", "SectionOut", "SectionUpdate"]


class SectionCreate(StrictIn):
    name: Name


class SectionUpdate(StrictIn):
    name: Name


class SectionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    project_id: int
    name: str
    position: str = Field(
        description="The section's order key in its project (POST /api/sections/<id>/move)."
    )
    created_at: datetime
    updated_at: datetime
    version: int


class SectionList(BaseModel):
    items: list[SectionOut] = Field(description="In the project's order.")
