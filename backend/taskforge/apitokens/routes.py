"""HTTP endpoints for personal API tokens (tagged `auth`: no API token may call them, apitokens/scopes.py)."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.apitokens import service
from taskforge.apitokens.schemas import ApiTokenCreate, ApiTokenCreated, ApiTokenList, ApiTokenOut

bp = Blueprint("apitokens", __name__)
TAGS = ("auth",)
_USE = (
    "Send a token as `Authorization: Bearer tf_...`: it works until it expires or is revoked, for the "
    "operations its scopes allow (each operation names its scope in `x-required-scope`). Tokens cannot "
    "list, create or revoke tokens, nor manage the account: sign in for that."
)


@bp.get("")
@operation(
    summary="The caller's personal API tokens",
    description=_USE,
    tags=TAGS,
    responses={200: ResponseSpec(ApiTokenList, "Newest first; never the tokens themselves.")},
)
def list_tokens(identity: Identity) -> Response:
    found = service.list_tokens(user_id=identity.user_id)
    return json_response(ApiTokenList(items=[ApiTokenOut.model_validate(token) for token in found]))


@bp.post("")
@operation(
    summary="Issue a personal API token",
    description=f"The token is in this response only: the server keeps its hash. {_USE} At most "
    f"{service.MAX_TOKENS} per person (409 beyond).",
    tags=TAGS,
    body=ApiTokenCreate,
    errors=(409,),
    responses={201: ResponseSpec(ApiTokenCreated, "The token, shown this once.")},
)
def create_token(identity: Identity, body: ApiTokenCreate) -> Response:
    token, secret = service.create_token(user_id=identity.user_id, data=body)
    out = ApiTokenCreated.model_validate({**ApiTokenOut.model_validate(token).model_dump(), "token": secret})
    return json_response(out, status=201)


@bp.delete("/<id:token_id>")
@operation(
    summary="Revoke a personal API token",
    description="It stops working at once.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Revoked.")},
)
def revoke_token(identity: Identity, token_id: int) -> Response:
    service.revoke_token(user_id=identity.user_id, token_id=token_id)
    return Response(status=204)
