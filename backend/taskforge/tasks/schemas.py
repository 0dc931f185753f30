"""Request and response models for tasks."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from taskforge.api.schemas import StrictIn
from taskforge.api.types import SAFE_TEXT, TRIMMED_TEXT, WRITTEN_TEXT, IsoDatetime
from taskforge.db import MAX_ID
from taskforge.projects.schemas import UserRef
from taskforge.reminders.schemas import ReminderOut, Reminders
from taskforge.tags.schemas import TagName

Title = Annotated[
    str, Field(min_length=1, max_length=200, description="1-200 characters; trimmed."), TRIMMED_TEXT
]
QuickText = Annotated[
    str,
    Field(
        min_length=1,
        max_length=500,
        description="A task in plain language, read in the caller's time zone: a due date (tomorrow 5pm, "
        "next fri, in 3 days, jan 5, 2027-01-05 09:30, eod), a repetition (every weekday, every 2 weeks "
        "on mon, every last friday, every month on the 15th), #tags, a priority (p1 urgent to p4 low), a "
        "project (@name or +name, one the caller may add tasks to) and reminders (remind 30m before). What "
        "is not recognised is the title. `POST /api/tasks/parse` shows how a text is read.",
        examples=["Pay rent every month on the 1st p1 #home remind 1d before"],
    ),
    WRITTEN_TEXT,
]
Description = Annotated[str, Field(max_length=10_000), SAFE_TEXT]
Priority = Annotated[int, Field(ge=1, le=4, description="1 low, 2 medium, 3 high, 4 urgent.")]
DueDate = Annotated[IsoDatetime, Field(description="ISO 8601 with an offset; stored and returned in UTC.")]
TagNames = Annotated[
    list[TagName],
    Field(
        max_length=20,
        description="Up to 20 tag names; unknown names become new tags; names that differ only in case "
        "are one tag.",
    ),
]
ParentId = Annotated[
    int,
    Field(
        ge=1, le=MAX_ID, description="Make this a subtask of one of the caller's tasks (3 levels at most)."
    ),
]
ProjectId = Annotated[int, Field(ge=1, le=MAX_ID, description="A project the caller may add tasks to.")]
SectionId = Annotated[int, Field(ge=1, le=MAX_ID, description="A section of the task's project.")]
AssigneeIds = Annotated[
    list[Annotated[int, Field(ge=1, le=MAX_ID)]],
    Field(
        max_length=20,
        description="Up to 20 people to give the task to (user ids; a repeat counts once), each someone who "
        "can edit the task's project (editor and up); the list replaces the current one.",
    ),
]
AssigneeFilter = Annotated[
    str,
    Field(
        pattern=r"^(me|none|[1-9][0-9]{0,18})$",
        description="`me`: tasks assigned to the caller; a user id: to that person; `none`: to nobody.",
    ),
]
SortField = Literal["created_at", "updated_at", "due_date", "priority", "title", "position"]


RRuleText = Annotated[
    str,
    Field(
        min_length=1,
        max_length=500,
        description="An RFC 5545 RRULE value: FREQ DAILY, WEEKLY, MONTHLY or YEARLY, with INTERVAL, "
        "BYDAY (ordinals such as 2TU, -1FR), BYMONTHDAY (-1: the last day), BYMONTH, BYSETPOS, WKST, "
        "and COUNT or UNTIL.",
        examples=["FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"],
    ),
    SAFE_TEXT,
]
Anchor = Annotated[
    Literal["due", "completion"],
    Field(
        description="due: the next occurrence follows the rule from the due dates; completion: the "
        "interval counts from when the occurrence is completed."
    ),
]


class RecurrenceIn(StrictIn):
    rrule: RRuleText
    anchor: Anchor = "due"


class RecurrenceOut(BaseModel):
    rrule: str = Field(description="The rule, normalised.")
    anchor: Literal["due", "completion"]
    timezone: str = Field(description="The zone the rule repeats in (its creator's when it was made).")
    series_id: int = Field(description="The id of the series' first task; every occurrence shares it.")
    occurrence: int = Field(description="This task's number in the series, from 1.")


Recurrence = Annotated[
    RecurrenceIn,
    Field(
        description="Makes the task repeat (it needs a due date): completing it creates the next "
        "occurrence, with the same title, description, priority, tags and subtasks (not completed)."
    ),
]


class TaskCreate(StrictIn):
    """Either `title` or `text`."""

    title: Title | MISSING = Field(
        default=MISSING, description="1-200 characters; trimmed. Required without `text`."
    )
    text: QuickText | MISSING = Field(
        default=MISSING,
        description="Instead of `title`: the task in plain language (see `POST /api/tasks/parse`). Fields "
        'sent beside it win over what it says: `{"text": "buy milk p1", "priority": 3}` is priority 3, '
        'titled "buy milk".',
    )
    project_id: ProjectId | None = Field(
        default=None, description="Default: the caller's Inbox (a subtask: its parent's project)."
    )
    section_id: SectionId | None = Field(
        default=None, description="A section of the project (top-level tasks)."
    )
    description: Description | None = None
    priority: Priority = 2
    due_date: DueDate | None = None
    completed: bool = False
    tags: TagNames = Field(default_factory=list)
    parent_id: ParentId | None = None
    recurrence: Recurrence | None = None
    reminders: Reminders = Field(default_factory=list)
    assignee_ids: AssigneeIds = Field(default_factory=list)

    @model_validator(mode="after")
    def _title_or_text(self) -> TaskCreate:
        if self.title is MISSING and self.text is MISSING:
            raise _field_error(
                "title", "title_or_text", "give a `title`, or the task in plain language as `text`"
            )
        if self.title is not MISSING and self.text is not MISSING:
            raise _field_error("text", "title_and_text", "give either `title` or `text`, not both")
        return self


def _field_error(field: str, kind: str, message: str) -> ValidationError:
    """A validation error about one field, from a rule between two (a model validator's own would name the
    whole body)."""
    error = InitErrorDetails(type=PydanticCustomError(kind, message), loc=(field,), input=None)
    return ValidationError.from_exception_data("TaskCreate", [error])


class TaskUpdate(StrictIn):
    """Only the fields sent are changed; `null` clears `description` and `due_date`."""

    title: Title | MISSING = MISSING
    description: Description | MISSING | None = MISSING
    priority: Priority | MISSING = MISSING
    due_date: DueDate | MISSING | None = MISSING
    completed: bool | MISSING = MISSING
    tags: TagNames | MISSING = MISSING
    recurrence: Recurrence | MISSING | None = MISSING
    reminders: Reminders | MISSING = MISSING
    assignee_ids: AssigneeIds | MISSING = MISSING
    parent_id: ParentId | MISSING | None = Field(
        default=MISSING, description="`null` makes it a top-level task."
    )
    project_id: ProjectId | MISSING = Field(
        default=MISSING, description="Move the task, with its subtasks, to another project (top-level tasks)."
    )
    section_id: SectionId | MISSING | None = Field(
        default=MISSING, description="A section of the task's (new) project; `null`: none."
    )


class TaskBatchCreate(StrictIn):
    tasks: list[TaskCreate] = Field(
        min_length=1, max_length=100, description="1-100 tasks, created all or none."
    )


class TaskListQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    page: int = Field(default=1, ge=1, le=1_000_000)
    per_page: int = Field(default=20, ge=1, le=100)
    completed: bool | None = None
    priority: list[Priority] | None = Field(
        default=None, max_length=4, description="One or several priorities."
    )
    search: Annotated[str, Field(min_length=1, max_length=200), SAFE_TEXT] | None = Field(
        default=None, description="Case-insensitive substring of the title or description."
    )
    due_before: IsoDatetime | None = None
    due_after: IsoDatetime | None = None
    tag: list[TagName] | None = Field(
        default=None, max_length=10, description="Only tasks carrying every one of these tags (names)."
    )
    parent_id: ParentId | None = Field(
        default=None, description="Only the direct subtasks of this task (by default: top-level tasks only)."
    )
    include_subtasks: bool = Field(default=False, description="true: tasks at every level.")
    project_id: list[ProjectId] | None = Field(
        default=None,
        max_length=100,
        description="Only these projects (repeatable). Without it: every project the caller may see, "
        "archived ones left out.",
    )
    section_id: SectionId | None = Field(default=None, description="Only the tasks of this section.")
    assignee: AssigneeFilter | None = None
    overdue: bool | None = Field(
        default=None, description="true: open tasks past their due date; false: the rest."
    )
    sort: SortField = "created_at"
    order: Literal["asc", "desc"] = "desc"
    after: Annotated[str, Field(min_length=1, max_length=1024, pattern=r"^[A-Za-z0-9_-]+$")] | None = Field(
        default=None,
        description="Keyset pagination: the `next_cursor` of the previous page (same sort and order); "
        "every page then costs the same however deep. Not combined with `page`.",
    )

    @field_validator("assignee")
    @classmethod
    def _assignee_id(cls, value: str | None) -> str | None:
        if value is not None and value.isdigit() and int(value) > MAX_ID:
            raise PydanticCustomError("assignee_id", "no user has an id that large")
        return value

    @model_validator(mode="after")
    def _page_or_cursor(self) -> TaskListQuery:
        if self.after is not None and "page" in self.model_fields_set:
            raise PydanticCustomError("page_with_cursor", "give either `page` or `after`, not both")
        return self


class SubtaskCounts(BaseModel):
    total: int
    completed: int


class TaskOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    completed: bool
    priority: int
    due_date: datetime | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    user_id: int = Field(description="Who created the task.")
    project_id: int
    section_id: int | None
    version: int
    position: str = Field(description="The manual order key: `sort=position` orders by it.")
    tags: list[str] = Field(description="Tag names, in name order.")
    parent_id: int | None
    recurrence: RecurrenceOut | None
    subtasks: SubtaskCounts = Field(description="The direct subtasks: how many, and how many are completed.")
    reminders: list[ReminderOut] = Field(description="The caller's own reminders, in the order they fire.")
    assignees: list[UserRef] = Field(description="The people the task is given to, in name order.")

    @classmethod
    def of(cls, task: object, subtasks: SubtaskCounts, *, viewer_id: int | None = None) -> TaskOut:
        """The task's representation, with its subtask counts (which the row alone does not hold); from an
        ORM task, `viewer_id` picks whose reminders it shows."""
        fields = getattr(task, "response_fields", None)  # a TaskRead's, all at once
        values = (
            fields()
            if fields is not None
            else {name: getattr(task, name) for name in cls.model_fields if name != "subtasks"}
        )
        if viewer_id is not None:
            values["reminders"] = [
                r for r in values["reminders"] if getattr(r, "user_id", viewer_id) == viewer_id
            ]
        return cls.model_validate({**values, "subtasks": subtasks})

    @field_validator("tags", mode="before")
    @classmethod
    def _tag_names(cls, value: object) -> object:
        if isinstance(value, list) and value and not isinstance(value[0], str):
            # Tag rows, from the task: two people's tags of one name show once.
            return list({tag.name_key: tag.name for tag in value}.values())
        return value


class TaskPage(BaseModel):
    items: list[TaskOut]
    page: int | None = Field(description="The page number; null when the page was asked for with `after`.")
    per_page: int
    total: int
    pages: int
    next_cursor: str | None = Field(description="Pass as `after` for the next page; null on the last page.")


class TaskList(BaseModel):
    items: list[TaskOut]


class OccurrencesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    start: IsoDatetime | None = Field(
        default=None, alias="from", description="From this instant (default: now)."
    )
    end: IsoDatetime | None = Field(
        default=None,
        alias="to",
        description="Up to this instant, at most 10 years after `from` (default: a year).",
    )
    limit: int = Field(default=20, ge=1, le=100)


class Occurrences(BaseModel):
    items: list[datetime] = Field(description="Due dates of the series' occurrences in the window, in UTC.")


class MoveIn(StrictIn):
    """Exactly one of the two."""

    before_id: ParentId | None = Field(default=None, description="Place the task right before this task.")
    after_id: ParentId | None = Field(default=None, description="Place the task right after this task.")

    @model_validator(mode="after")
    def _one_target(self) -> MoveIn:
        if (self.before_id is None) == (self.after_id is None):
            raise PydanticCustomError("one_target", "give exactly one of `before_id` and `after_id`")
        return self
