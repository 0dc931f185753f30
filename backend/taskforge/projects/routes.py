"""HTTP endpoints for projects: parse, call one service function, respond."""

from __future__ import annotations

from flask import Blueprint, Response, request, url_for
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.cache.views import cached
from taskforge.projects import service
from taskforge.projects.reads import ProjectView
from taskforge.projects.schemas import (
    MoveIn,
    ProjectCreate,
    ProjectList,
    ProjectListQuery,
    ProjectOut,
    ProjectUpdate,
)

bp = Blueprint("projects", __name__)
TAGS = ("projects",)
ETAG = {
    "ETag": "The project's strong entity tag; send it back in If-Match to avoid overwriting newer changes."
}
IF_MATCH_NOTE = (
    "Send `If-Match` with the ETag you last saw to refuse the change when someone changed the project since "
    "(412)."
)


def _if_match() -> ETags | None:
    return request.if_match if "If-Match" in request.headers else None


def _response(view: ProjectView, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    response = json_response(view.out(), status=status, headers=headers)
    response.set_etag(service.etag_of(view.project))
    return response


@bp.get("")
@operation(
    summary="List the projects the caller may see",
    description="Their Inbox first, then their own and the ones shared with them, in their own order "
    "(`POST /api/projects/<id>/move`). `archived` filters.",
    tags=TAGS,
    query=ProjectListQuery,
    responses={200: ResponseSpec(ProjectList, "The projects.")},
)
@cached("projects.list")
def list_projects(identity: Identity, query: ProjectListQuery) -> Response:
    views = service.list_projects(identity=identity, query=query)
    return json_response(ProjectList(items=[view.out() for view in views]))


@bp.post("")
@operation(
    idempotent=True,
    summary="Create a project",
    description="The caller owns it; it goes to the end of their list.",
    tags=TAGS,
    body=ProjectCreate,
    responses={201: ResponseSpec(ProjectOut, "The new project.", {"Location": "The project's URL.", **ETAG})},
)
def create_project(identity: Identity, body: ProjectCreate) -> Response:
    view = service.create_project(identity=identity, data=body)
    location = {"Location": url_for("projects.get_project", project_id=view.project.id)}
    return _response(view, 201, location)


@bp.get("/<id:project_id>")
@operation(
    summary="Get a project", tags=TAGS, responses={200: ResponseSpec(ProjectOut, "The project.", ETAG)}
)
@cached("projects.get")
def get_project(identity: Identity, project_id: int) -> Response:
    return _response(service.get_project(identity=identity, project_id=project_id))


@bp.patch("/<id:project_id>")
@operation(
    summary="Change a project, or the caller's own favourite",
    description="Renaming, describing, recolouring and (un)archiving need an admin; `favorite` is the "
    "caller's own. An archived project is read-only: only unarchiving it (possibly with other changes) is "
    "accepted. The Inbox can be neither renamed nor archived. " + IF_MATCH_NOTE,
    tags=TAGS,
    body=ProjectUpdate,
    responses={200: ResponseSpec(ProjectOut, "The changed project.", ETAG)},
    errors=(403, 412),
)
def update_project(identity: Identity, project_id: int, body: ProjectUpdate) -> Response:
    view = service.update_project(
        identity=identity, project_id=project_id, changes=body, if_match=_if_match()
    )
    return _response(view)


@bp.delete("/<id:project_id>")
@operation(
    summary="Delete a project with its tasks",
    description="The owner only; never the Inbox (409). Its tasks, sections, members and links go with it; "
    "the tasks' history is kept. Everyone who could see it is told (a `deleted` event in their Inbox's "
    "stream). " + IF_MATCH_NOTE,
    tags=TAGS,
    responses={204: ResponseSpec(None, "Deleted.")},
    errors=(403, 409, 412),
)
def delete_project(identity: Identity, project_id: int) -> Response:
    service.delete_project(identity=identity, project_id=project_id, if_match=_if_match())
    return Response(status=204)


@bp.post("/<id:project_id>/move")
@operation(
    idempotent=True,
    summary="Move a project in the caller's own order",
    description="Places the project right before `before_id` or right after `after_id` in the caller's list "
    "(everyone orders their own list).",
    tags=TAGS,
    body=MoveIn,
    responses={200: ResponseSpec(ProjectOut, "The moved project.", ETAG)},
)
def move_project(identity: Identity, project_id: int, body: MoveIn) -> Response:
    return _response(service.move_project(identity=identity, project_id=project_id, move=body))
