"""The answer to a change of a task (PATCH, PUT): the task, and what reopening a completed occurrence of a
recurring task did to its series (tasks/recurring.py), so a client can say so."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from taskforge.tasks.listing import Shown
from taskforge.tasks.schemas import TaskOut


class ReopenedOut(BaseModel):
    outcome: Literal["next_removed", "left_series"] = Field(
        description="`next_removed`: the next occurrence its completion had created, untouched since, was "
        "deleted (with its subtasks). `left_series`: that occurrence had been changed, completed or "
        "commented on, so it stays, and this task left the series (its `recurrence` is now null)."
    )
    next_id: int = Field(description="The next occurrence's id.")


class TaskChanged(TaskOut):
    reopened: ReopenedOut | None = Field(
        default=None,
        description="Only when this change reopened a completed occurrence whose completion had created the "
        "next one: what became of it (a series never has two open occurrences). Absent otherwise.",
    )

    @classmethod
    def of_shown(cls, shown: Shown, *, viewer_id: int) -> TaskOut:
        """The task as every read shows it, and `reopened` only when the change reopened a completed
        occurrence whose completion had created the next one (absent otherwise)."""
        out = TaskOut.of(shown.task, shown.subtasks, viewer_id=viewer_id)
        reopened = shown.reopened
        if reopened is None:
            return out
        told = ReopenedOut(outcome=reopened.outcome, next_id=reopened.next_id)
        return cls.model_validate({**out.__dict__, "reopened": told})
