"""HTTP endpoints for tasks: parse, call one service function, respond."""

from __future__ import annotations

from collections.abc import Sequence

from flask import Blueprint, Response, request, url_for
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.cache.views import cached
from taskforge.tasks import service
from taskforge.tasks.changed import TaskChanged
from taskforge.tasks.models import Task
from taskforge.tasks.reads import NO_SUBTASKS
from taskforge.tasks.schemas import (
    MoveIn,
    Occurrences,
    OccurrencesQuery,
    TaskBatchCreate,
    TaskCreate,
    TaskList,
    TaskListQuery,
    TaskOut,
    TaskPage,
    TaskUpdate,
)

bp = Blueprint("tasks", __name__)
TAGS = ("tasks",)
ETAG = {"ETag": "The task's strong entity tag; send it back in If-Match to avoid overwriting newer changes."}
IF_MATCH_NOTE = (
    "Send `If-Match` with the ETag you last saw to refuse the change when someone changed the task since "
    "(412). Without `If-Match` the change applies to the current version."
)


def _if_match() -> ETags | None:
    return request.if_match if "If-Match" in request.headers else None


def _out(shown: service.Shown, identity: Identity) -> TaskOut:
    return TaskOut.of(shown.task, shown.subtasks, viewer_id=identity.user_id)


def _new(tasks: Sequence[Task], identity: Identity) -> list[TaskOut]:
    """New tasks: nothing can be a subtask of a task that did not exist yet."""
    return [TaskOut.of(task, NO_SUBTASKS, viewer_id=identity.user_id) for task in tasks]


def _task_response(
    shown: service.Shown, identity: Identity, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    response = json_response(_out(shown, identity), status=status, headers=headers)
    response.set_etag(service.etag_of(shown.task))
    return response


@bp.get("")
@operation(
    summary="List the tasks the caller may see",
    tags=TAGS,
    query=TaskListQuery,
    responses={200: ResponseSpec(TaskPage, "One page of tasks.")},
)
@cached("tasks.list", unless=lambda query: query.overdue is not None)  # "overdue" changes with the clock
def list_tasks(identity: Identity, query: TaskListQuery) -> Response:
    page = service.list_tasks(identity=identity, query=query)
    return json_response(
        TaskPage(
            items=[_out(shown, identity) for shown in page.shown()],
            page=page.page,
            per_page=page.per_page,
            total=page.total,
            pages=page.pages,
            next_cursor=page.next_cursor,
        )
    )


@bp.post("")
@operation(
    idempotent=True,
    summary="Create a task",
    tags=TAGS,
    body=TaskCreate,
    responses={201: ResponseSpec(TaskOut, "The new task.", {"Location": "The task's URL.", **ETAG})},
    errors=(403,),
)
def create_task(identity: Identity, body: TaskCreate) -> Response:
    task = service.create_task(identity=identity, data=body)
    location = {"Location": url_for("tasks.get_task", task_id=task.id)}
    return _task_response(service.Shown(task, NO_SUBTASKS), identity, 201, location)


@bp.post("/batch")
@operation(
    idempotent=True,
    summary="Create 1-100 tasks at once (all or nothing)",
    tags=TAGS,
    body=TaskBatchCreate,
    responses={201: ResponseSpec(TaskList, "The new tasks, in the order sent.")},
    errors=(403,),
)
def create_tasks(identity: Identity, body: TaskBatchCreate) -> Response:
    tasks = service.create_tasks(identity=identity, items=body.tasks)
    return json_response(TaskList(items=_new(tasks, identity)), status=201)


@bp.get("/<id:task_id>/subtasks")
@operation(
    summary="List a task's direct subtasks",
    description="In creation order; each subtask carries its own `subtasks` counts.",
    tags=TAGS,
    responses={200: ResponseSpec(TaskList, "The subtasks.")},
)
@cached("tasks.subtasks")
def list_subtasks(identity: Identity, task_id: int) -> Response:
    listing = service.subtasks_of(identity=identity, task_id=task_id)
    return json_response(TaskList(items=[_out(shown, identity) for shown in listing.shown()]))


@bp.get("/<id:task_id>/occurrences")
@operation(
    summary="Preview the due dates of a recurring task's series",
    description="The occurrences from `from` to `to` (at most 10 years apart), at most `limit` of them, "
    "counted from this task on. A one-off task lists its own due date when it falls in the window.",
    tags=TAGS,
    query=OccurrencesQuery,
    responses={200: ResponseSpec(Occurrences, "Upcoming due dates.")},
)
def list_occurrences(identity: Identity, task_id: int, query: OccurrencesQuery) -> Response:
    found = service.occurrences(
        identity=identity, task_id=task_id, start=query.start, end=query.end, limit=query.limit
    )
    return json_response(Occurrences(items=found))


@bp.get("/<id:task_id>")
@operation(summary="Get a task", tags=TAGS, responses={200: ResponseSpec(TaskOut, "The task.", ETAG)})
@cached("tasks.get")
def get_task(identity: Identity, task_id: int) -> Response:
    return _task_response(service.get_task(identity=identity, task_id=task_id), identity)


def _update(identity: Identity, task_id: int, body: TaskUpdate) -> Response:
    shown = service.update_task(identity=identity, task_id=task_id, changes=body, if_match=_if_match())
    response = json_response(TaskChanged.of_shown(shown, viewer_id=identity.user_id))
    response.set_etag(service.etag_of(shown.task))
    return response


@bp.patch("/<id:task_id>")
@operation(
    summary="Change some fields of a task",
    description=IF_MATCH_NOTE,
    tags=TAGS,
    body=TaskUpdate,
    responses={200: ResponseSpec(TaskChanged, "The changed task.", ETAG)},
    errors=(403, 412),
)
def patch_task(identity: Identity, task_id: int, body: TaskUpdate) -> Response:
    return _update(identity, task_id, body)


@bp.put("/<id:task_id>")
@operation(
    summary="Change some fields of a task (same partial semantics as PATCH)",
    description=IF_MATCH_NOTE,
    tags=TAGS,
    body=TaskUpdate,
    responses={200: ResponseSpec(TaskChanged, "The changed task.", ETAG)},
    errors=(403, 412),
)
def put_task(identity: Identity, task_id: int, body: TaskUpdate) -> Response:
    return _update(identity, task_id, body)


@bp.post("/<id:task_id>/move")
@operation(
    idempotent=True,
    summary="Move a task in the manual order (`sort=position`)",
    description="Places the task right before `before_id` or right after `after_id`. " + IF_MATCH_NOTE,
    tags=TAGS,
    body=MoveIn,
    responses={200: ResponseSpec(TaskOut, "The moved task.", ETAG)},
    errors=(403, 412),
)
def move_task(identity: Identity, task_id: int, body: MoveIn) -> Response:
    return _task_response(
        service.move_task(identity=identity, task_id=task_id, move=body, if_match=_if_match()), identity
    )


@bp.delete("/<id:task_id>")
@operation(
    summary="Delete a task and its subtasks",
    description="Deleting a task deletes its subtasks too (and theirs). `If-Match` is honoured as for PATCH.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Deleted.")},
    errors=(403, 412),
)
def delete_task(identity: Identity, task_id: int) -> Response:
    service.delete_task(identity=identity, task_id=task_id, if_match=_if_match())
    return Response(status=204)
