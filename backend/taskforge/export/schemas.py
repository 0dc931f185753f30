"""The export format (TaskForge's own JSON, which import reads back), the CSV and calendar queries, and the
import report."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import SAFE_TEXT, TIMEZONE, IsoDatetime
from taskforge.auth.calendar import TOKEN_PATTERN
from taskforge.comments.schemas import CommentText
from taskforge.db import MAX_ID
from taskforge.projects.models import DEFAULT_COLOR
from taskforge.projects.schemas import Description as ProjectDescription
from taskforge.projects.schemas import Name
from taskforge.tags.schemas import Color, TagName
from taskforge.tasks.schemas import Anchor, Description, DueDate, Priority, RRuleText, TagNames, Title

MAX_IMPORT_TASKS = 10_000
MAX_IMPORT_PROJECTS = 1_000
MAX_IMPORT_SECTIONS = 10_000  # in all of a document's projects together
FORMAT_VERSION: Literal[2] = 2

SourceId = Annotated[int, Field(ge=1, le=MAX_ID)]
ZoneName = Annotated[str, Field(min_length=1, max_length=64, examples=["Europe/Berlin"]), TIMEZONE]


class ExportedComment(StrictIn):
    author: Annotated[str, Field(min_length=1, max_length=32), SAFE_TEXT] = Field(
        description="Who wrote it, by username, where it was exported. An import makes every comment the "
        "importer's, and one that someone else wrote starts with `*<author> wrote:*`."
    )
    text: CommentText
    created_at: IsoDatetime | None = Field(default=None, description="Kept by an import (default: now).")
    edited_at: IsoDatetime | None = None


class ExportedTag(StrictIn):
    name: TagName
    color: Color


class ExportedSection(StrictIn):
    id: SourceId = Field(
        description="The section's id where it was exported; tasks' `section_id` refer to it."
    )
    name: Name


class ExportedProject(StrictIn):
    id: SourceId = Field(
        description="The project's id where it was exported; tasks' `project_id` refer to it."
    )
    name: Name
    description: ProjectDescription | None = None
    color: Color = DEFAULT_COLOR
    archived: bool = False
    inbox: bool = Field(
        default=False, description="The exporter's Inbox: an import puts its tasks into the importer's Inbox."
    )
    sections: list[ExportedSection] = Field(
        default_factory=list, max_length=MAX_IMPORT_SECTIONS, description="In the project's order."
    )


class ExportedRecurrence(StrictIn):
    rrule: RRuleText
    anchor: Anchor = "due"
    timezone: ZoneName = Field(default="UTC", description="The zone the rule repeats in.")
    series_start: IsoDatetime | None = Field(
        default=None,
        description="The due date of the series' first occurrence, which COUNT counts from "
        "(default: this task's due date).",
    )
    occurrence: int | None = Field(
        default=None, ge=1, le=1_000_000, description="This task's number in the series (default 1)."
    )


class ExportedTask(StrictIn):
    id: SourceId = Field(
        description="The task's id where it was exported; `parent_id` and `previous_id` refer to it. An "
        "import gives every task a new id."
    )
    project_id: SourceId | None = Field(
        default=None,
        description="The `id` of its project in `projects` (a subtask is in its parent's); null: none given.",
    )
    section_id: SourceId | None = Field(
        default=None,
        description="The `id` of its section in its project's `sections` (top-level tasks only).",
    )
    parent_id: SourceId | None = Field(default=None, description="The `id` of its parent in this document.")
    title: Title
    description: Description | None = None
    priority: Priority = 2
    due_date: DueDate | None = None
    completed: bool = False
    completed_at: IsoDatetime | None = Field(
        default=None, description="When it was completed (default: the import's time, for a completed task)."
    )
    created_at: IsoDatetime | None = Field(default=None, description="Kept by an import (default: now).")
    tags: TagNames = Field(default_factory=list)
    recurrence: ExportedRecurrence | None = None
    previous_id: SourceId | None = Field(
        default=None,
        description="The `id` of the occurrence this one follows, in a recurring series; an import "
        "keeps the link when that task is in the document too.",
    )
    comments: list[ExportedComment] = Field(
        default_factory=list, max_length=1_000, description="Its comments, oldest first."
    )


class ExportDocument(StrictIn):
    """The caller's projects (with their sections), tags and tasks: `GET /api/export` writes it,
    `POST /api/import` reads it."""

    format: Literal["taskforge"] = Field(description="Always `taskforge`.")
    version: Literal[2] = Field(description="The format's version.")
    exported_at: IsoDatetime | None = None
    projects: list[ExportedProject] = Field(
        default_factory=list, description="Every project exported, in the caller's order (the Inbox first)."
    )
    tags: list[ExportedTag] = Field(default_factory=list, description="Every tag, with its colour.")
    tasks: list[ExportedTask] = Field(
        description="Every task, subtasks and every occurrence of recurring series included, by project in "
        "the order of `projects`, each project's in manual order."
    )


class ImportDocument(StrictIn):
    """An export to import: version 2, or version 1 (tags and tasks, no projects)."""

    format: Literal["taskforge"] = Field(description="Always `taskforge`.")
    version: Literal[1, 2] = Field(description="The format's version: 1 has no projects.")
    exported_at: IsoDatetime | None = None
    projects: list[ExportedProject] = Field(
        default_factory=list,
        max_length=MAX_IMPORT_PROJECTS,
        description=f"At most {MAX_IMPORT_PROJECTS:,} projects with {MAX_IMPORT_SECTIONS:,} sections in all.",
    )
    tags: list[ExportedTag] = Field(default_factory=list, max_length=MAX_IMPORT_TASKS)
    tasks: list[ExportedTask] = Field(
        max_length=MAX_IMPORT_TASKS,
        description=f"At most {MAX_IMPORT_TASKS:,} tasks per import (split a larger export).",
    )


class ExportQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    project_id: SourceId | None = Field(
        default=None,
        description="One project, with its sections and tasks; without it, every project the caller may "
        "see (archived ones too).",
    )
    format: Literal["json", "csv"] = Field(
        default="json",
        description="json: TaskForge's own format, which `POST /api/import` reads back; csv: one row per "
        "task, for spreadsheets.",
    )


class ImportQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    project_id: SourceId | None = Field(
        default=None,
        description="The project every task goes into (one the caller may add to), each in the section of "
        "its section's name there, if any. Without it, the document's projects are created anew.",
    )
    dry_run: bool = Field(
        default=False, description="true: check everything and report what would be created; change nothing."
    )


class ImportedTask(BaseModel):
    source_id: int = Field(description="The task's `id` in the document.")
    id: int | None = Field(description="Its new id; null in a dry run.")
    title: str


class ImportReport(BaseModel):
    dry_run: bool
    tasks_created: int = Field(description="How many tasks were (or, in a dry run, would be) created.")
    projects_created: list[str] = Field(description="The projects created for the caller, by name.")
    tags_created: list[str] = Field(description="The tags that did not exist yet, by name.")
    tasks: list[ImportedTask] = Field(description="Every task of the document, in its order.")


class CalendarQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: Annotated[str, Field(pattern=TOKEN_PATTERN)] = Field(
        description="The secret from `POST /api/auth/calendar-token`."
    )
    kind: Literal["events", "todos"] = Field(
        default="todos",
        description="`events`: dated open tasks as VEVENTs (what Google Calendar, Apple Calendar and Outlook "
        "show). `todos`: tasks as VTODOs (for apps that read tasks, such as Thunderbird); the default, so "
        "addresses issued before `kind` existed keep their meaning.",
    )
    project_id: SourceId | None = Field(
        default=None,
        description="One project the feed's owner may see (404 otherwise, as a missing id); without it, "
        "every project but the archived ones.",
    )
