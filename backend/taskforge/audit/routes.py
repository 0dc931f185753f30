"""HTTP endpoints for the audit history."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.audit import service
from taskforge.audit.schemas import Actor, AuditEventOut, AuditPage, AuditQuery, HistoryQuery

bp = Blueprint("audit", __name__)
TAGS = ("audit",)


def _page(page: service.Page) -> Response:
    items = [
        AuditEventOut(
            id=event.id,
            task_id=event.task_id,
            project_id=event.project_id,
            user_id=event.user_id,
            actor=Actor(id=event.user_id, username=username),
            action=event.action,
            changes=event.changes,
            request_id=event.request_id,
            at=event.at,
        )
        for event, username in page.items
    ]
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
    return _page(service.task_history(identity=identity, task_id=task_id, query=query))


@bp.get("/audit")
@operation(
    summary="The history of everything the caller may see",
    description="Every change to the tasks of every project the caller may see, recorded in the "
    "transaction that made it, each naming its actor; "
    "oldest first by default, order=desc for newest first.",
    tags=TAGS,
    query=AuditQuery,
    responses={200: ResponseSpec(AuditPage, "A page of events.")},
)
def audit_log(identity: Identity, query: AuditQuery) -> Response:
    return _page(service.audit_log(identity=identity, query=query))


@bp.get("/projects/<id:project_id>/activity")
@operation(
    summary="The history of a project",
    description="Every create, update, complete, move and delete of the project's tasks, each naming its "
    "actor; oldest first by default, order=desc for newest first.",
    tags=TAGS,
    query=AuditQuery,
    responses={200: ResponseSpec(AuditPage, "A page of events.")},
)
def project_activity(identity: Identity, project_id: int, query: AuditQuery) -> Response:
    return _page(service.project_activity(identity=identity, project_id=project_id, query=query))
