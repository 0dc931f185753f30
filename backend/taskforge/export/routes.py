"""HTTP endpoints for export, import and the calendar feed."""

from __future__ import annotations

from flask import Blueprint, Response, request

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.db import utcnow
from taskforge.export import calendar, events
from taskforge.export.dump import export_document
from taskforge.export.load import import_document
from taskforge.export.schemas import (
    FORMAT_VERSION,
    MAX_IMPORT_PROJECTS,
    MAX_IMPORT_SECTIONS,
    MAX_IMPORT_TASKS,
    CalendarQuery,
    ExportDocument,
    ExportQuery,
    ImportDocument,
    ImportedTask,
    ImportQuery,
    ImportReport,
)
from taskforge.export.spreadsheet import HEADER, csv_bytes

bp = Blueprint("export", __name__)
TAGS = ("export",)
_ATTACHMENT = {"Content-Disposition": "A download, named like taskforge-export-2026-11-22.json (or .csv)."}
_TEXT = {"schema": {"type": "string"}}


@bp.get("/export")
@operation(
    summary="Export the caller's projects, sections, tasks and tags",
    description="Every project the caller may see (archived ones too), or the one `project_id` names (404 "
    "without access, as a missing id). `format=json` (the default) is TaskForge's own format, version "
    f"{FORMAT_VERSION}, which `POST /api/import` reads back: the projects in the caller's order with their "
    "sections, and every task with its project, section, tags, subtasks (`parent_id`), recurrence and series "
    f"links. `format=csv` is one row per task for spreadsheets, with the columns {', '.join(HEADER)} (the "
    "project and section by name); text a spreadsheet would run as a formula starts with an apostrophe.",
    tags=TAGS,
    query=ExportQuery,
    responses={
        200: ResponseSpec(
            ExportDocument, "The export, as a download.", _ATTACHMENT, other_content={"text/csv": _TEXT}
        )
    },
    errors=(404,),
)
def export(identity: Identity, query: ExportQuery) -> Response:
    now = utcnow()
    document = export_document(identity=identity, now=now, project_id=query.project_id)
    name = f"taskforge-export-{now:%Y-%m-%d}.{query.format}"
    if query.format == "csv":
        response = Response(csv_bytes(document), mimetype="text/csv")
    else:
        response = json_response(document)
    response.headers["Content-Disposition"] = f"attachment; filename={name}"
    return response


@bp.post("/import")
@operation(
    idempotent=True,
    summary="Import an export (all or nothing)",
    description="Creates the projects, sections, tasks and tags of a `GET /api/export?format=json` "
    "document (version 2, or 1) for the caller, with new ids; tags that exist already are reused (their "
    "colour stays). Without `project_id`, each project of the document is created anew, owned by the "
    "caller, at the end of their list (archived if it was), with its sections in order; but the one marked "
    "`inbox` is the caller's own Inbox (its sections matched by name there, the missing ones added), which "
    "also takes the tasks that name no project (all of a version 1 document's). With `project_id` (a "
    "project the caller may add tasks to), every task goes into that project, after its tasks, each into "
    "its section of the same name there (ignoring case) or, when it has none of that name, into no section; "
    "no project or section is created. Every rule is checked first: one broken field and nothing is "
    "imported (422 naming each one: `tasks[3].parent_id`, `tasks[3].section_id`, "
    f"`projects[1].sections[0].name`). At most {MAX_IMPORT_TASKS:,} tasks, {MAX_IMPORT_PROJECTS:,} projects "
    f"and {MAX_IMPORT_SECTIONS:,} sections per import. `dry_run=true` reports what would be created and "
    "changes nothing.",
    tags=TAGS,
    query=ImportQuery,
    body=ImportDocument,
    body_limit="MAX_IMPORT_BYTES",
    responses={
        200: ResponseSpec(ImportReport, "Dry run: what would be created."),
        201: ResponseSpec(ImportReport, "Imported."),
    },
    errors=(403,),
)
def import_tasks(identity: Identity, query: ImportQuery, body: ImportDocument) -> Response:
    result = import_document(
        identity=identity, document=body, dry_run=query.dry_run, project_id=query.project_id
    )
    report = ImportReport(
        dry_run=result.dry_run,
        tasks_created=len(result.tasks),
        projects_created=result.projects_created,
        tags_created=result.tags_created,
        tasks=[ImportedTask(source_id=t.source_id, id=t.id, title=t.title) for t in result.tasks],
    )
    return json_response(report, status=200 if result.dry_run else 201)


@bp.get("/calendar.ics")
@operation(
    summary="The caller's tasks with due dates, as an iCalendar feed for calendar apps",
    description="An RFC 5545 calendar, authenticated by the secret `token` from "
    "`POST /api/auth/calendar-token` (calendar apps cannot send a bearer token). `kind=events` (what "
    "Google Calendar, Apple Calendar and Outlook display): the open tasks as VEVENTs, all-day when due at "
    "midnight in the task's zone (a date without a time), else "
    f"{events.EVENT_LENGTH.seconds // 60} minutes from the due time in the task's zone; a recurring task is "
    "its current occurrence with its RRULE, in its zone; completed tasks are left out. `kind=todos` (the "
    "default, for apps that read tasks, such as Thunderbird): VTODOs, the "
    f"{calendar.FEED_LIMIT:,} open tasks due soonest and the tasks completed in the last "
    f"{calendar.RECENTLY_COMPLETED.days} days. `project_id` narrows either to one project. 404 when the "
    "token was rotated or the feed turned off, or the project is not one its owner may see.",
    tags=TAGS,
    auth=None,
    query=CalendarQuery,
    responses={200: ResponseSpec(None, "The calendar.", other_content={"text/calendar": _TEXT})},
    errors=(404, 429),
)
def calendar_feed(query: CalendarQuery) -> Response:
    body = calendar.calendar_feed(
        token=query.token, kind=query.kind, project_id=query.project_id, domain=request.host, now=utcnow()
    )
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Disposition"] = "inline; filename=taskforge.ics"
    return response
