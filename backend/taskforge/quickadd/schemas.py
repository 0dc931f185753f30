"""Request and response models for quick add."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from taskforge.api.schemas import StrictIn
from taskforge.tasks.schemas import ProjectId, QuickText

SpanKind = Literal["date", "recurrence", "tag", "priority", "project", "reminder"]


class ParseIn(StrictIn):
    text: QuickText
    project_id: ProjectId | None = Field(
        default=None,
        description="As in `POST /api/tasks`: a project sent wins over one the text names (default: the one "
        "the text names, else the caller's Inbox).",
    )


class DraftRecurrence(BaseModel):
    rrule: str = Field(description="The RRULE the text's repetition stands for, normalised.")
    anchor: Literal["due", "completion"] = Field(description="completion for `every!`.")


class DraftReminder(BaseModel):
    before_due: int = Field(description="Minutes before the due date.")


class TaskDraft(BaseModel):
    """The fields `POST /api/tasks` with this `text` would create the task with (the others take their
    defaults); sending them as they are, with `title` instead of `text`, creates the same task."""

    title: str = Field(
        description="The text without what was recognised, its whitespace collapsed (the whole text when "
        "nothing else is left); over 200 characters it is refused on creation."
    )
    project_id: int
    due_date: datetime | None = Field(
        description="In UTC. A day without a time is due at 09:00 in the caller's zone; a repetition "
        "without a day starts on its first occurrence from now."
    )
    priority: int = Field(description="1 low to 4 urgent (p1 is 4, as in Todoist); 2 when not given.")
    tags: list[str]
    recurrence: DraftRecurrence | None
    reminders: list[DraftReminder]


class SpanOut(BaseModel):
    start: int = Field(
        description="Where the span starts in the text sent, counted in Unicode code points from 0 (in "
        "JavaScript, index `Array.from(text)`, not the string itself)."
    )
    end: int = Field(
        description="Where it ends (exclusive): the text sent, from `start` to `end`, is `text`."
    )
    kind: SpanKind
    text: str
    value: str | int | None = Field(
        description="What it set: date, the due date (UTC); recurrence, the RRULE; tag, its name; priority, "
        "1-4; project, its id; reminder, minutes before the due date."
    )


class UnrecognizedOut(BaseModel):
    start: int
    end: int
    kind: Literal["project"]
    text: str
    reason: str


class ParseOut(BaseModel):
    task: TaskDraft
    spans: list[SpanOut] = Field(description="What was recognised, in the order written.")
    unrecognized: list[UnrecognizedOut] = Field(
        description="Words that look like a field but were not taken (`@name` naming no project the caller "
        "may add tasks to); they stay in the title."
    )
