"""HTTP endpoint for quick add: read a task written in plain language without creating it. Creating from a
text is `POST /api/tasks` with `text` (tasks/routes.py)."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.quickadd import service
from taskforge.quickadd.parse import Parsed
from taskforge.quickadd.schemas import (
    DraftRecurrence,
    DraftReminder,
    ParseIn,
    ParseOut,
    SpanOut,
    TaskDraft,
    UnrecognizedOut,
)

bp = Blueprint("quickadd", __name__)
NOT_A_PROJECT = "no project you can add tasks to has this name"


@bp.post("/parse")
@operation(
    summary="Read a task written in plain language, without creating it",
    description="The task `POST /api/tasks` with this `text` would create, and the spans of the text each "
    "field came from (to highlight them). Dates are read in the caller's time zone, at the moment of the "
    "request. Nothing is stored.",
    tags=("tasks",),
    body=ParseIn,
    responses={200: ResponseSpec(ParseOut, "The task it would create, and what was recognised where.")},
    errors=(403,),
)
def parse_task(identity: Identity, body: ParseIn) -> Response:
    parsed, project_id = service.draft(identity=identity, text=body.text, project_id=body.project_id)
    return json_response(_out(parsed, project_id))


def _out(parsed: Parsed, project_id: int) -> ParseOut:
    recurrence = DraftRecurrence(rrule=parsed.rrule, anchor=parsed.anchor) if parsed.rrule else None
    task = TaskDraft(
        title=parsed.title,
        project_id=project_id,
        due_date=parsed.due_date,
        priority=parsed.priority if parsed.priority is not None else 2,
        tags=list(parsed.tags),
        recurrence=recurrence,
        reminders=[DraftReminder(before_due=minutes) for minutes in parsed.reminders],
    )
    spans = [SpanOut(start=s.start, end=s.end, kind=s.kind, text=s.text, value=s.value) for s in parsed.spans]
    unknown = [
        UnrecognizedOut(start=u.start, end=u.end, kind="project", text=u.text, reason=NOT_A_PROJECT)
        for u in parsed.unknown
    ]
    return ParseOut(task=task, spans=spans, unrecognized=unknown)
