"""Response model for task statistics."""

from __future__ import annotations

import datetime

from pydantic import BaseModel, ConfigDict, Field

HISTORY_DAYS = 14


class StatsQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    project_id: int | None = Field(
        default=None,
        ge=1,
        le=2**63 - 1,
        description="One project's; without it, every project the caller may see but archived ones.",
    )


class ByPriority(BaseModel):
    model_config = ConfigDict(validate_by_name=True, serialize_by_alias=True)

    low: int = Field(alias="1")
    medium: int = Field(alias="2")
    high: int = Field(alias="3")
    urgent: int = Field(alias="4")


class CompletedDay(BaseModel):
    date: datetime.date = Field(description="A day in the caller's time zone.")
    completed: int = Field(ge=0, description="Tasks completed on that day (by `completed_at`).")


class StatsOut(BaseModel):
    total: int
    completed: int
    pending: int
    overdue: int = Field(description="Open tasks whose due date has passed.")
    due_today: int = Field(
        description="Tasks due between the last and the next midnight in the caller's time zone."
    )
    completion_rate: float = Field(ge=0, le=1)
    by_priority: ByPriority
    completed_last_7_days: int = Field(
        description="Tasks completed today or on the 6 days before it, in the caller's time zone."
    )
    completed_by_day: list[CompletedDay] = Field(
        min_length=HISTORY_DAYS,
        max_length=HISTORY_DAYS,
        description=f"Completions on each of the last {HISTORY_DAYS} days in the caller's time zone, oldest "
        "first and today last; every day is listed, with 0 when nothing was completed on it.",
    )
