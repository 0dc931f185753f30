"""Response model for task statistics."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ByPriority(BaseModel):
    model_config = ConfigDict(validate_by_name=True, serialize_by_alias=True)

    low: int = Field(alias="1")
    medium: int = Field(alias="2")
    high: int = Field(alias="3")
    urgent: int = Field(alias="4")


class StatsOut(BaseModel):
    total: int
    completed: int
    pending: int
    overdue: int = Field(description="Open tasks whose due date has passed.")
    due_today: int = Field(description="Tasks due between midnight and midnight UTC today.")
    completion_rate: float = Field(ge=0, le=1)
    by_priority: ByPriority
    completed_last_7_days: int
