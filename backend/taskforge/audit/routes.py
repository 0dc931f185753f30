"""HTTP endpoints for the audit history."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.audit import service
from taskforge.audit.schemas import AuditEventOut, AuditPage, AuditQuery, HistoryQuery

bp = Blueprint("audit", __name__)
TAGS = ("audit",)


def _page(page: service.Page) -> Response:
    items = [AuditEventOut.model_validate(event) for event in page.items]
    return json_response(AuditPage(items=items, next_after=page.next_after))


@bp.get("/tasks/<id:task_id>/history")
@operation(
    summary="The history of one task",
    description="Every create, update, complete, move and delete, kept after a delete; "
    "oldest first by default, order=desc for newest first.",
    tags=TAGS,
    query=HistoryQuery,
    responses={200: ResponseSpec(AuditPage, "A page of events.")},
)
def task_history(identity: Identity, task_id: int, query: HistoryQuery) -> Response:
    return _page(service.task_history(user_id=identity.user_id, task_id=task_id, query=query))


@bp.get("/audit")
@operation(
    summary="The caller's audit history",
    description="Every change to the caller's tasks, recorded in the transaction that made it; "
    "oldest first by default, order=desc for newest first.",
    tags=TAGS,
    query=AuditQuery,
    responses={200: ResponseSpec(AuditPage, "A page of events.")},
)
def audit_log(identity: Identity, query: AuditQuery) -> Response:
    return _page(service.audit_log(user_id=identity.user_id, query=query))
