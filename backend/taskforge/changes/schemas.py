"""Request and response models for the change feed."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from taskforge.changes.cursor import MAX_LENGTH, PATTERN
from taskforge.comments.schemas import CommentOut
from taskforge.projects.schemas import ProjectOut
from taskforge.sections.schemas import SectionOut
from taskforge.tasks.schemas import TaskOut

Kind = Literal["task", "section", "project", "comment"]
CURSOR_NOTE = (
    "An opaque string: how far each of the caller's projects' changes were read. Pass it back as it came."
)


class ChangesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    since: str | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_LENGTH,
        pattern=PATTERN,
        description="The `cursor` of the previous answer: the changes after it. Left out: no changes, and "
        "the current cursor (take it when you load the tasks, then follow from there). " + CURSOR_NOTE,
    )
    limit: int = Field(default=100, ge=1, le=1000)


class ChangeOut(BaseModel):
    project_id: int = Field(
        description="The stream it was recorded in: the project it happened in, or "
        "the caller's Inbox for what concerns them alone (a project shared with them, "
        "access removed, a reminder delivered)."
    )
    seq: int = Field(description="Its number in that stream: in commit order, without gaps.")
    kind: Kind
    id: int = Field(description="The task's, section's, project's or comment's id.")
    action: str = Field(
        description="task: create, update, complete, delete, move, reminder; section: create, update, "
        "move, delete; project: create, update, archive, unarchive, members, links, shared, "
        "access_removed, deleted; comment: create, edit, delete."
    )
    actor_id: int | None = Field(description="Who made the change (null: the system).")
    at: datetime
    deleted: bool = Field(
        description="true: a tombstone. The task, section or project is gone, or the caller can no longer "
        "see it: drop it."
    )
    task: TaskOut | None = Field(description="kind task: the task as it is now (null in a tombstone).")
    section: SectionOut | None = Field(description="kind section: the section as it is now.")
    project: ProjectOut | None = Field(description="kind project: the project as the caller sees it now.")
    comment: CommentOut | None = Field(description="kind comment: the comment as it is now.")


class ChangePage(BaseModel):
    items: list[ChangeOut] = Field(description="In each stream's commit order.")
    cursor: str = Field(description="Pass as `since` next time. " + CURSOR_NOTE)
    more: bool = Field(description="true: there are more changes after these; ask again at once.")
