"""HTTP endpoints for sections: a project's columns."""

from __future__ import annotations

from flask import Blueprint, Response, request
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.sections import service
from taskforge.sections.models import Section
from taskforge.sections.schemas import MoveIn, SectionCreate, SectionList, SectionOut, SectionUpdate

projects_bp = Blueprint("project_sections", __name__)
bp = Blueprint("sections", __name__)
TAGS = ("sections",)
ETAG = {"ETag": "The section's strong entity tag, for If-Match."}
ADMINS = "The project's admins only; not while it is archived. "


def _if_match() -> ETags | None:
    return request.if_match if "If-Match" in request.headers else None


def _response(section: Section, status: int = 200) -> Response:
    response = json_response(SectionOut.model_validate(section), status)
    response.set_etag(service.etag_of(section))
    return response


@projects_bp.get("/<id:project_id>/sections")
@operation(
    summary="List a project's sections",
    tags=TAGS,
    responses={200: ResponseSpec(SectionList, "The sections, in order.")},
)
def list_sections(identity: Identity, project_id: int) -> Response:
    found = service.list_sections(identity=identity, project_id=project_id)
    return json_response(SectionList(items=[SectionOut.model_validate(section) for section in found]))


@projects_bp.post("/<id:project_id>/sections")
@operation(
    idempotent=True,
    summary="Add a section to a project",
    description=ADMINS + "It goes last.",
    tags=TAGS,
    body=SectionCreate,
    responses={201: ResponseSpec(SectionOut, "The new section.", ETAG)},
    errors=(403,),
)
def create_section(identity: Identity, project_id: int, body: SectionCreate) -> Response:
    return _response(service.create_section(identity=identity, project_id=project_id, name=body.name), 201)


@bp.patch("/<id:section_id>")
@operation(
    summary="Rename a section",
    description=ADMINS,
    tags=TAGS,
    body=SectionUpdate,
    responses={200: ResponseSpec(SectionOut, "The section.", ETAG)},
    errors=(403, 412),
)
def rename_section(identity: Identity, section_id: int, body: SectionUpdate) -> Response:
    section = service.rename_section(
        identity=identity, section_id=section_id, name=body.name, if_match=_if_match()
    )
    return _response(section)


@bp.post("/<id:section_id>/move")
@operation(
    idempotent=True,
    summary="Move a section in its project's order",
    description=ADMINS
    + "Places it right before `before_id` or right after `after_id` (sections of the project).",
    tags=TAGS,
    body=MoveIn,
    responses={200: ResponseSpec(SectionOut, "The moved section.", ETAG)},
    errors=(403, 412),
)
def move_section(identity: Identity, section_id: int, body: MoveIn) -> Response:
    return _response(
        service.move_section(identity=identity, section_id=section_id, move=body, if_match=_if_match())
    )


@bp.delete("/<id:section_id>")
@operation(
    summary="Delete a section",
    description=ADMINS + "Its tasks stay in the project, in no section.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Deleted.")},
    errors=(403, 412),
)
def delete_section(identity: Identity, section_id: int) -> Response:
    service.delete_section(identity=identity, section_id=section_id, if_match=_if_match())
    return Response(status=204)
