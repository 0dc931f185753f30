"""HTTP endpoints for two-factor authentication: parse, call one service function, respond."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response
from pydantic import MISSING

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.auth.routes import _tokens
from taskforge.auth.schemas import TokenOut
from taskforge.ratelimit import limit_per_account, limit_per_address
from taskforge.twofactor import challenge, service
from taskforge.twofactor.schemas import (
    RecoveryCodesIn,
    RecoveryCodesOut,
    TwoFactorDisableIn,
    TwoFactorEnableIn,
    TwoFactorLoginIn,
    TwoFactorSetupIn,
    TwoFactorSetupOut,
)

bp = Blueprint("twofactor", __name__)
TAGS = ("auth",)  # account management: personal API tokens are refused here
CODES = ResponseSpec(RecoveryCodesOut, "Ten new recovery codes, shown this once.")


def _caller(kwargs: dict[str, Any]) -> str:
    identity: Identity = kwargs["identity"]
    return f"user:{identity.user_id}"


def _challenge_owner(kwargs: dict[str, Any]) -> str:
    body: TwoFactorLoginIn = kwargs["body"]
    # Guesses at unknown challenges share one bucket: none of them can sign anyone in.
    return f"user:{challenge.owner_of(body.challenge)}"


@bp.post("/two-factor/setup")
@operation(
    summary="Start enrolling an authenticator app (a new secret each time until it is confirmed)",
    description="Returns the secret, its `otpauth://` address and that address as a QR code (SVG). "
    "Nothing changes at sign-in until `POST /api/auth/two-factor/enable` confirms a code.",
    tags=TAGS,
    body=TwoFactorSetupIn,
    responses={201: ResponseSpec(TwoFactorSetupOut, "The new secret.")},
    errors=(409, 429),
)
@limit_per_account("login_account_rate_limit", account=_caller)
def setup(identity: Identity, body: TwoFactorSetupIn) -> Response:
    enrolment = service.setup(user_id=identity.user_id, password=body.password)
    return json_response(TwoFactorSetupOut.model_validate(enrolment, from_attributes=True), status=201)


@bp.post("/two-factor/enable")
@operation(
    summary="Turn two-factor authentication on with a first code from the authenticator",
    tags=TAGS,
    body=TwoFactorEnableIn,
    responses={200: CODES},
    errors=(409, 429),
)
@limit_per_account("login_account_rate_limit", account=_caller)
def enable(identity: Identity, body: TwoFactorEnableIn) -> Response:
    codes = service.enable(user_id=identity.user_id, code=body.code)
    return json_response(RecoveryCodesOut(recovery_codes=codes))


@bp.post("/two-factor/disable")
@operation(
    summary="Turn two-factor authentication off (the password and a code or recovery code)",
    tags=TAGS,
    body=TwoFactorDisableIn,
    responses={204: ResponseSpec(None, "Sign-in asks for the password only.")},
    errors=(409, 429),
)
@limit_per_account("login_account_rate_limit", account=_caller)
def disable(identity: Identity, body: TwoFactorDisableIn) -> Response:
    service.disable(user_id=identity.user_id, password=body.password, code=body.code)
    return Response(status=204)


@bp.post("/two-factor/recovery-codes")
@operation(
    summary="Replace the recovery codes (the old ones stop working)",
    tags=TAGS,
    body=RecoveryCodesIn,
    responses={200: CODES},
    errors=(409, 429),
)
@limit_per_account("login_account_rate_limit", account=_caller)
def regenerate_recovery_codes(identity: Identity, body: RecoveryCodesIn) -> Response:
    codes = service.regenerate_recovery_codes(user_id=identity.user_id, code=body.code)
    return json_response(RecoveryCodesOut(recovery_codes=codes))


@bp.post("/login/two-factor")
@limit_per_address("login_rate_limit")
@operation(
    summary="Finish a sign-in with a code from the authenticator or a recovery code",
    description="The challenge comes from the 202 answer of `POST /api/auth/login`; it lasts 5 minutes, "
    "works once, and the fifth wrong code voids it.",
    tags=TAGS,
    auth=None,
    body=TwoFactorLoginIn,
    responses={200: ResponseSpec(TokenOut, "New tokens.")},
    errors=(401, 429),
)
@limit_per_account("login_account_rate_limit", account=_challenge_owner)
def login_code(body: TwoFactorLoginIn) -> Response:
    code = None if body.code is MISSING else body.code
    recovery_code = None if body.recovery_code is MISSING else body.recovery_code
    session = service.complete_sign_in(token=body.challenge, code=code, recovery_code=recovery_code)
    return json_response(_tokens(session))
