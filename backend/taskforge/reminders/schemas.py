"""Request and response models for reminders (they travel inside the task's JSON)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import IsoDatetime

MAX_REMINDERS = 10
MAX_BEFORE_DUE = 60 * 24 * 28  # four weeks, in minutes


class ReminderAt(StrictIn):
    at: IsoDatetime = Field(description="When to remind (ISO 8601 with an offset).")


class ReminderBeforeDue(StrictIn):
    before_due: int = Field(
        ge=0,
        le=MAX_BEFORE_DUE,
        description="Minutes before the due date (0: at the due time; 4 weeks at most).",
    )


ReminderIn = ReminderAt | ReminderBeforeDue
Reminders = Annotated[
    list[ReminderIn],
    Field(
        max_length=MAX_REMINDERS,
        description=f"Up to {MAX_REMINDERS} reminders; sending the list replaces the task's reminders (ones "
        "left unchanged keep their state). `before_due` needs a due date and moves with it. Completing the "
        "task removes them; the next occurrence of a recurring task gets its own.",
    ),
]


class ReminderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime | None
    before_due: int | None
    fire_at: datetime | None = Field(description="When it fires; null while the task has no due date.")
    sent_at: datetime | None = Field(description="When it was delivered; null until then.")
    late: bool = Field(description="Delivered well after its time (no worker was running then).")
