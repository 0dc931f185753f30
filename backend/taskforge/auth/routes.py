"""HTTP endpoints for accounts and tokens: parse, call one service function, respond."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, url_for

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.auth import calendar, service
from taskforge.auth.schemas import (
    CalendarTokenOut,
    LoginIn,
    LogoutIn,
    RegisterIn,
    TokenOut,
    UserOut,
    UserUpdate,
)
from taskforge.errors import Unauthorized
from taskforge.metrics import LOGIN_FAILURES
from taskforge.ratelimit import limit_per_account, limit_per_address
from taskforge.twofactor.challenge import Challenge
from taskforge.twofactor.schemas import TwoFactorChallengeOut

bp = Blueprint("auth", __name__)
TAGS = ("auth",)


def _tokens(session: service.Session) -> TokenOut:
    return TokenOut(
        user=UserOut.model_validate(session.user),
        access_token=session.access_token,
        refresh_token=session.refresh_token,
        expires_in=int(current_app.config["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds()),
    )


@bp.post("/register")
@limit_per_address("register_rate_limit")
@operation(
    summary="Create an account",
    tags=TAGS,
    auth=None,
    body=RegisterIn,
    responses={201: ResponseSpec(TokenOut, "The account and its first tokens.")},
    errors=(409, 429),
)
def register(body: RegisterIn) -> Response:
    return json_response(_tokens(service.register(data=body)), status=201)


@bp.post("/login")
@limit_per_address("login_rate_limit")
@operation(
    summary="Sign in with a username or email",
    tags=TAGS,
    auth=None,
    body=LoginIn,
    description="With two-factor authentication on, the right password answers 202 with a challenge "
    "instead of tokens: send it with a code to `POST /api/auth/login/two-factor`.",
    responses={
        200: ResponseSpec(TokenOut, "New tokens."),
        202: ResponseSpec(TwoFactorChallengeOut, "The password is right; a code is required next."),
    },
    errors=(401, 429),
)
@limit_per_account("login_account_rate_limit")
def login(body: LoginIn) -> Response:
    try:
        session = service.login(data=body)
    except Unauthorized:
        LOGIN_FAILURES.inc()
        raise
    if isinstance(session, Challenge):
        second_step = TwoFactorChallengeOut(challenge=session.token, expires_in=session.expires_in)
        return json_response(second_step, status=202)
    return json_response(_tokens(session))


@bp.post("/refresh")
@limit_per_address("refresh_rate_limit")
@operation(
    summary="Exchange a refresh token for a new pair (the used one stops working)",
    tags=TAGS,
    auth="refresh",
    responses={200: ResponseSpec(TokenOut, "New tokens.")},
    errors=(429,),
)
def refresh(identity: Identity) -> Response:
    return json_response(_tokens(service.refresh(user_id=identity.user_id, claims=dict(identity.claims))))


@bp.post("/logout")
@operation(
    summary="Revoke the access token and, optionally, a refresh token",
    tags=TAGS,
    body=LogoutIn,
    body_required=False,
    responses={204: ResponseSpec(None, "Signed out.")},
)
def logout(identity: Identity, body: LogoutIn) -> Response:
    claims = dict(identity.claims)
    service.logout(user_id=int(claims["sub"]), access_claims=claims, refresh_token=body.refresh_token)
    return Response(status=204)


@bp.get("/me")
@operation(summary="The signed-in user", tags=TAGS, responses={200: ResponseSpec(UserOut, "The user.")})
def me(identity: Identity) -> Response:
    return json_response(UserOut.model_validate(service.current_user(user_id=identity.user_id)))


@bp.patch("/me")
@operation(
    summary="Change the signed-in user's settings (today: the time zone)",
    description="The time zone decides where the user's days start (`due_today`, `completed_last_7_days` "
    "and `completed_by_day` in the statistics) and the zone new recurring tasks repeat in.",
    tags=TAGS,
    body=UserUpdate,
    responses={200: ResponseSpec(UserOut, "The user, changed.")},
)
def update_me(identity: Identity, body: UserUpdate) -> Response:
    return json_response(UserOut.model_validate(service.update_user(user_id=identity.user_id, changes=body)))


@bp.post("/calendar-token")
@operation(
    summary="Issue (or rotate) the secret address of the caller's calendar feed",
    description="Returns a new `GET /api/calendar.ics?token=...&kind=events` address for calendar apps "
    "(change `kind` to `todos`, or add `project_id`, for the other feeds of the same token); the previous "
    "address stops working at once. The token is shown this once.",
    tags=TAGS,
    responses={201: ResponseSpec(CalendarTokenOut, "The new feed address.")},
)
def rotate_calendar_token(identity: Identity) -> Response:
    token = calendar.rotate_calendar_token(user_id=identity.user_id)
    url = url_for("export.calendar_feed", token=token, kind="events", _external=True)
    return json_response(CalendarTokenOut(token=token, url=url), status=201)


@bp.delete("/calendar-token")
@operation(
    summary="Turn the caller's calendar feed off",
    description="The feed's address stops working; `POST` issues a new one.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "The feed is off.")},
)
def revoke_calendar_token(identity: Identity) -> Response:
    calendar.revoke_calendar_token(user_id=identity.user_id)
    return Response(status=204)
