"""HTTP endpoint for the change feed."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.changes import service
from taskforge.changes.schemas import ChangeOut, ChangePage, ChangesQuery

bp = Blueprint("changes", __name__)


@bp.get("")
@operation(
    summary="The changes to the caller's tasks since a cursor",
    description="For clients that were offline: every create, update, complete, delete, move and delivered "
    "reminder after `since`, in the order they were committed. 410 when changes after `since` are no longer "
    "kept (CHANGES_RETENTION_HOURS): reload the tasks and start from the new cursor.",
    tags=("changes",),
    query=ChangesQuery,
    responses={200: ResponseSpec(ChangePage, "The changes and the cursor to ask from next.")},
    errors=(410,),
)
def list_changes(identity: Identity, query: ChangesQuery) -> Response:
    page = service.changes_since(user_id=identity.user_id, since=query.since, limit=query.limit)
    items = [ChangeOut.model_validate(change) for change in page.items]
    return json_response(ChangePage(items=items, cursor=page.cursor, more=page.more))
