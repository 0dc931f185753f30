"""HTTP endpoints for deleting one's own account: the preview and the deletion."""

from __future__ import annotations

from flask import Blueprint, Response, current_app
from limits import parse_many
from limits.strategies import FixedWindowRateLimiter

from taskforge.access.identity import Identity
from taskforge.account_deletion import service
from taskforge.account_deletion.schemas import AccountDeletionIn, DeletionPreview
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.api_limit import ApiLimit
from taskforge.ratelimit import EXTENSION, RateLimits

bp = Blueprint("account_deletion", __name__)
# "auth": an API token never reaches these (a token never manages accounts).
TAGS = ("auth",)
# Password attempts per account, however many addresses they come from: as for signing in.
ATTEMPTS = "5/minute;20/hour"


def _refused(user_id: int) -> Response | None:
    """A 429 once the account has used up its attempts (the limiter's storage: Redis, or memory while it
    fails), else None."""
    limits: RateLimits = current_app.extensions[EXTENSION]
    attempts = ApiLimit(
        items=tuple(parse_many(ATTEMPTS)), counter=FixedWindowRateLimiter(limits.limiter.storage)
    )
    return attempts.refusal(f"delete-account:{user_id}")


@bp.get("/deletion")
@operation(
    summary="What deleting the caller's account would do",
    description="The owned projects other people use (each needs a decision in `DELETE /api/auth/me`, "
    "with who it can be transferred to), the owned projects that would be deleted with their tasks, and "
    "what stays in other people's projects.",
    tags=TAGS,
    responses={200: ResponseSpec(DeletionPreview, "The preview.")},
)
def deletion_preview(identity: Identity) -> Response:
    return json_response(service.preview(user_id=identity.user_id))


@bp.delete("")
@operation(
    summary="Delete the caller's account",
    description="Needs the account's password (422 naming `password` when wrong; "
    f"{ATTEMPTS} attempts per account, then 429). Deletes the account and everything only it owns: its "
    "Inbox and the projects no one else uses, with their tasks; its tags, tokens, settings, subscriptions "
    "and notifications. Each owned project other people use needs an entry in `projects`: `transfer` "
    "(to someone who uses it: they own it from now on) or `delete` (for good; its people are told it is "
    "gone). Without one for each, 409 lists them (`projects`: id, name, members_count) and nothing "
    "changes. The tasks the account created in projects that stay pass to each project's owner; its "
    "comments there stay, with `author` null. Every token of the account stops working at once.",
    tags=TAGS,
    body=AccountDeletionIn,
    responses={204: ResponseSpec(None, "The account is gone.")},
    errors=(409, 429),
)
def delete_account(identity: Identity, body: AccountDeletionIn) -> Response:
    refused = _refused(identity.user_id)
    if refused is not None:
        return refused
    service.delete_account(user_id=identity.user_id, password=body.password, choices=body.projects)
    return Response(status=204)
