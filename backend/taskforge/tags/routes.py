"""HTTP endpoints for tags: parse, call one service function, respond."""

from __future__ import annotations

from flask import Blueprint, Response, url_for

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.cache.views import cached
from taskforge.tags import service
from taskforge.tags.schemas import TagCreate, TagList, TagOut, TagUpdate

bp = Blueprint("tags", __name__)
TAGS = ("tags",)


def _out(counted: service.CountedTag) -> TagOut:
    tag = counted.tag
    return TagOut(id=tag.id, name=tag.name, color=tag.color, task_count=counted.task_count)


@bp.get("")
@operation(
    summary="List the caller's tags", tags=TAGS, responses={200: ResponseSpec(TagList, "Tags by name.")}
)
@cached("tags.list")
def list_tags(identity: Identity) -> Response:
    return json_response(TagList(items=[_out(tag) for tag in service.list_tags(identity=identity)]))


@bp.post("")
@operation(
    idempotent=True,
    summary="Create a tag",
    description="Tags are also created on the fly by the names sent in a task's `tags`.",
    tags=TAGS,
    body=TagCreate,
    responses={201: ResponseSpec(TagOut, "The new tag.", {"Location": "The tag's URL."})},
    errors=(409,),
)
def create_tag(identity: Identity, body: TagCreate) -> Response:
    counted = service.create_tag(user_id=identity.user_id, data=body)
    return json_response(
        _out(counted), status=201, headers={"Location": url_for("tags.update_tag", tag_id=counted.tag.id)}
    )


@bp.patch("/<id:tag_id>")
@operation(
    summary="Rename or recolour a tag",
    description="A new name shows on every task that carries the tag (each of them gets a new version).",
    tags=TAGS,
    body=TagUpdate,
    responses={200: ResponseSpec(TagOut, "The changed tag.")},
    errors=(409,),
)
def update_tag(identity: Identity, tag_id: int, body: TagUpdate) -> Response:
    return json_response(_out(service.update_tag(user_id=identity.user_id, tag_id=tag_id, changes=body)))


@bp.delete("/<id:tag_id>")
@operation(
    summary="Delete a tag",
    description="The tag is removed from every task that carried it; the tasks themselves stay.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Deleted.")},
)
def delete_tag(identity: Identity, tag_id: int) -> Response:
    service.delete_tag(user_id=identity.user_id, tag_id=tag_id)
    return Response(status=204)
