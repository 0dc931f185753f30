"""HTTP endpoints for password reset, email verification and email change (under /api/auth): parse, call one
service function, respond."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.account_email import service
from taskforge.account_email.schemas import (
    RESET_ACCEPTED,
    Accepted,
    EmailChangeIn,
    ResetConfirmIn,
    ResetRequestIn,
    TokenIn,
)
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.ratelimit import limit_per_account, limit_per_address

bp = Blueprint("account_email", __name__)
TAGS = ("auth",)
_NO_EMAIL = "A server without SMTP_URL sends no email: it answers 409."


def _asked_about(kwargs: dict[str, Any]) -> str:
    body: ResetRequestIn = kwargs["body"]
    return service.normalised(body.email)


def _caller(kwargs: dict[str, Any]) -> str:
    identity: Identity = kwargs["identity"]
    return f"user:{identity.user_id}"


@bp.post("/password-reset")
@limit_per_address("password_reset_rate_limit")
@operation(
    summary="Email a password reset link",
    description="Always the same 202 and body, whether or not an account uses the address (nothing tells "
    "whether one does); the worker sends the link (single use, valid 30 minutes; a newer one voids it) only "
    "when one does. A server without SMTP_URL answers the same and sends nothing. Limited per client "
    "address and per address asked about.",
    tags=TAGS,
    auth=None,
    body=ResetRequestIn,
    responses={202: ResponseSpec(Accepted, "Accepted (whatever the address).")},
    errors=(429,),
)
@limit_per_account("password_reset_account_rate_limit", account=_asked_about)
def request_reset(body: ResetRequestIn) -> Response:
    service.request_reset(email=body.email)
    return json_response(RESET_ACCEPTED, status=202)


@bp.post("/password-reset/confirm")
@operation(
    summary="Set a new password with a reset link's token",
    description="The token works once. An unknown, used, expired or replaced token answers the same 422.",
    tags=TAGS,
    auth=None,
    body=ResetConfirmIn,
    responses={204: ResponseSpec(None, "The password is changed.")},
    errors=(422, 429),
)
def confirm_reset(body: ResetConfirmIn) -> Response:
    service.confirm_reset(token=body.token, password=body.password)
    return Response(status=204)


@bp.post("/email/verification")
@operation(
    summary="Email a new link that verifies the caller's address",
    description="409 when the address is verified already. " + _NO_EMAIL,
    tags=TAGS,
    responses={202: ResponseSpec(None, "A link is on its way.")},
    errors=(409, 429),
)
@limit_per_account("email_verification_rate_limit", account=_caller)
def resend_verification(identity: Identity) -> Response:
    service.resend_verification(user_id=identity.user_id)
    return Response(status=202)


@bp.post("/email/verify")
@operation(
    summary="Verify an address with a verification link's token",
    description="Unverified accounts get no notification email. An unknown, used, expired or replaced "
    "token, or one for an address the account no longer uses, answers the same 422.",
    tags=TAGS,
    auth=None,
    body=TokenIn,
    responses={204: ResponseSpec(None, "The address is verified.")},
    errors=(422, 429),
)
def verify_email(body: TokenIn) -> Response:
    service.verify_email(token=body.token)
    return Response(status=204)


@bp.post("/email")
@operation(
    summary="Change the caller's email address (confirmed from the new address)",
    description="Sends a confirmation link to the new address and a notice to the current one; the address "
    "changes only when the link is used. 422 for a wrong password; 409 when another account uses the "
    "address. " + _NO_EMAIL,
    tags=TAGS,
    body=EmailChangeIn,
    responses={202: ResponseSpec(None, "The confirmation link is on its way.")},
    errors=(409, 422, 429),
)
@limit_per_account("email_change_rate_limit", account=_caller)
def request_change(identity: Identity, body: EmailChangeIn) -> Response:
    service.request_change(user_id=identity.user_id, email=body.email, password=body.password)
    return Response(status=202)


@bp.post("/email/confirm")
@operation(
    summary="Confirm an email change with the link sent to the new address",
    description="The new address becomes the account's, verified. 409 when another account took it "
    "meanwhile; an unknown, used, expired or replaced token answers 422.",
    tags=TAGS,
    auth=None,
    body=TokenIn,
    responses={204: ResponseSpec(None, "The address is changed.")},
    errors=(409, 422, 429),
)
def confirm_change(body: TokenIn) -> Response:
    service.confirm_change(token=body.token)
    return Response(status=204)
