"""HTTP endpoints for comments: a task's thread, and each comment by its own id."""

from __future__ import annotations

from flask import Blueprint, Response, request, url_for
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.cache.views import cached
from taskforge.comments import service
from taskforge.comments.models import Comment
from taskforge.comments.schemas import CommentIn, CommentOut, CommentPage, CommentQuery

bp = Blueprint("comments", __name__)
TAGS = ("comments",)
ETAG = {
    "ETag": "The comment's strong entity tag; send it back in If-Match to avoid overwriting newer changes."
}


def _if_match() -> ETags | None:
    return request.if_match if "If-Match" in request.headers else None


def _response(comment: Comment, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    response = json_response(CommentOut.model_validate(comment), status=status, headers=headers)
    response.set_etag(service.etag_of(comment))
    return response


@bp.get("/tasks/<id:task_id>/comments")
@operation(
    summary="List the comments on a task",
    description="Oldest first, in pages of `per_page`; anyone who may see the task may read them.",
    tags=TAGS,
    query=CommentQuery,
    responses={200: ResponseSpec(CommentPage, "One page of comments.")},
)
@cached("comments.list")
def list_comments(identity: Identity, task_id: int, query: CommentQuery) -> Response:
    page = service.list_comments(identity=identity, task_id=task_id, query=query)
    items = [CommentOut.model_validate(comment) for comment in page.items]
    return json_response(CommentPage(items=items, next_after=page.next_after))


@bp.post("/tasks/<id:task_id>/comments")
@operation(
    idempotent=True,
    summary="Comment on a task",
    description="Anyone who may see the task may comment (viewers too), unless its project is archived.",
    tags=TAGS,
    body=CommentIn,
    responses={201: ResponseSpec(CommentOut, "The new comment.", {"Location": "The comment's URL.", **ETAG})},
    errors=(403,),
)
def add_comment(identity: Identity, task_id: int, body: CommentIn) -> Response:
    comment = service.add_comment(identity=identity, task_id=task_id, data=body)
    return _response(comment, 201, {"Location": url_for("comments.get_comment", comment_id=comment.id)})


@bp.get("/comments/<id:comment_id>")
@operation(
    summary="Get a comment", tags=TAGS, responses={200: ResponseSpec(CommentOut, "The comment.", ETAG)}
)
def get_comment(identity: Identity, comment_id: int) -> Response:
    return _response(service.get_comment(identity=identity, comment_id=comment_id))


@bp.patch("/comments/<id:comment_id>")
@operation(
    summary="Change the text of your comment",
    description="Only its author may. Send `If-Match` with the ETag you last saw to refuse the change when "
    "the comment changed since (412).",
    tags=TAGS,
    body=CommentIn,
    responses={200: ResponseSpec(CommentOut, "The changed comment.", ETAG)},
    errors=(403, 409, 412),
)
def edit_comment(identity: Identity, comment_id: int, body: CommentIn) -> Response:
    comment = service.edit_comment(identity=identity, comment_id=comment_id, data=body, if_match=_if_match())
    return _response(comment)


@bp.delete("/comments/<id:comment_id>")
@operation(
    summary="Delete a comment",
    description="Its author or an admin of the project may. `If-Match` is honoured as for PATCH.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Deleted.")},
    errors=(403, 409, 412),
)
def delete_comment(identity: Identity, comment_id: int) -> Response:
    service.delete_comment(identity=identity, comment_id=comment_id, if_match=_if_match())
    return Response(status=204)
