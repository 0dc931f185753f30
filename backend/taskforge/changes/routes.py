"""HTTP endpoint for the change feed."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.changes import service
from taskforge.changes.entries import change_out
from taskforge.changes.schemas import ChangePage, ChangesQuery

bp = Blueprint("changes", __name__)


@bp.get("")
@operation(
    summary="The changes to everything the caller may see, since a cursor",
    description="For clients that were away: every change to the tasks, sections, projects and comments of "
    "every project the caller may see after `since`, each stream in the order it was committed, each entry "
    "with the task, section, project or comment as it is now (or a tombstone when it is gone or out of "
    "sight), so a client syncs from this feed alone. The caller's own events (a project shared with them, "
    "access removed, a reminder delivered) come in their Inbox's stream. 410 when changes after `since` are "
    "no longer kept (CHANGES_RETENTION_HOURS): reload and start from the new cursor.",
    tags=("changes",),
    query=ChangesQuery,
    responses={200: ResponseSpec(ChangePage, "The changes and the cursor to ask from next.")},
    errors=(410,),
)
def list_changes(identity: Identity, query: ChangesQuery) -> Response:
    page = service.changes_since(identity=identity, since=query.since, limit=query.limit)
    items = [change_out(entry, identity) for entry in page.items]
    return json_response(ChangePage(items=items, cursor=page.cursor, more=page.more))
