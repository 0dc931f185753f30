"""HTTP endpoints for the trash: parse, call one service function, respond."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.projects.service import etag_of as project_etag
from taskforge.tasks.schemas import TaskOut
from taskforge.tasks.service import etag_of as task_etag
from taskforge.trash import service
from taskforge.trash.schemas import Restored, RestoredProject, RestoredTask, TrashPage, TrashQuery

bp = Blueprint("trash", __name__)
TAGS = ("trash",)
WHO = (
    "A task is listed to, restored and purged by whoever may delete tasks in its project (editors and up); "
    "a project by its owner."
)


@bp.get("")
@operation(
    summary="List the trash",
    description="What the caller may restore, newest deletion first. " + WHO,
    tags=TAGS,
    query=TrashQuery,
    responses={200: ResponseSpec(TrashPage, "One page of the trash.")},
)
def list_trash(identity: Identity, query: TrashQuery) -> Response:
    page = service.list_trash(identity=identity, query=query)
    return json_response(TrashPage(items=page.items, next_after=page.next_after))


@bp.post("/<trash:item_id>/restore")
@operation(
    summary="Restore an item from the trash",
    description="A task comes back with its subtasks, comments, tags, reminders and assignees; a project "
    "with its tasks. A subtask whose parent is still in the trash cannot (409); nor anything in an archived "
    "project (403). " + WHO,
    tags=TAGS,
    responses={200: ResponseSpec(Restored, "What came back.", {"ETag": "Its strong entity tag."})},
    errors=(403, 409),
)
def restore(identity: Identity, item_id: str) -> Response:
    item = service.parse_item_id(item_id)
    if item.kind == "task":
        shown = service.restore_task(identity=identity, task_id=item.id)
        out = TaskOut.of(shown.task, shown.subtasks, viewer_id=identity.user_id)
        response = json_response(Restored(RestoredTask(task=out)))
        response.set_etag(task_etag(shown.task))
        return response
    view = service.restore_project_item(identity=identity, project_id=item.id)
    response = json_response(Restored(RestoredProject(project=view.out())))
    response.set_etag(project_etag(view.project))
    return response


@bp.delete("/<trash:item_id>")
@operation(
    summary="Purge an item from the trash for good",
    description=WHO,
    tags=TAGS,
    responses={204: ResponseSpec(None, "Purged.")},
    errors=(403,),
)
def purge(identity: Identity, item_id: str) -> Response:
    service.purge(identity=identity, item=service.parse_item_id(item_id))
    return Response(status=204)


@bp.delete("")
@operation(
    summary="Empty the trash",
    description="Purges for good everything in the trash the caller may purge (not the tasks of archived "
    "projects). " + WHO,
    tags=TAGS,
    responses={204: ResponseSpec(None, "Purged.")},
)
def purge_all(identity: Identity) -> Response:
    service.purge_all(identity=identity)
    return Response(status=204)
