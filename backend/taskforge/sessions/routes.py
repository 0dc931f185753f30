"""HTTP endpoints for the caller's sessions and their password: parse, call one service function, respond."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.ratelimit import limit_per_account
from taskforge.sessions import service
from taskforge.sessions.device import device_label
from taskforge.sessions.models import UserSession
from taskforge.sessions.schemas import PasswordChangeIn, RevokedCount, SessionList, SessionOut

bp = Blueprint("sessions", __name__)
TAGS = ("auth",)


def _session_id(identity: Identity) -> int:
    return int(identity.claims["sid"])


def _out(session: UserSession, current: int) -> SessionOut:
    return SessionOut(
        id=session.id,
        device=device_label(session.user_agent),
        address=session.address,
        created_at=session.created_at,
        last_used_at=session.last_used_at,
        current=session.id == current,
    )


@bp.get("/sessions")
@operation(
    summary="The caller's signed-in sessions (devices)",
    description="One per sign-in that can still be used; `current` marks the one making this request.",
    tags=TAGS,
    responses={200: ResponseSpec(SessionList, "Most recently used first.")},
)
def list_sessions(identity: Identity) -> Response:
    current = _session_id(identity)
    found = service.live_sessions(user_id=identity.user_id)
    return json_response(SessionList(items=[_out(session, current) for session in found]))


@bp.delete("/sessions/<id:session_id>")
@operation(
    summary="Sign a session out",
    description="Its access and refresh tokens stop working at once. Revoking the current session signs "
    "the caller out.",
    tags=TAGS,
    errors=(404,),
    responses={204: ResponseSpec(None, "Signed out.")},
)
def revoke_session(identity: Identity, session_id: int) -> Response:
    service.revoke_session(user_id=identity.user_id, session_id=session_id)
    return Response(status=204)


@bp.post("/sessions/revoke-others")
@operation(
    summary="Sign out everywhere else",
    description="Every session of the caller but the current one is signed out at once.",
    tags=TAGS,
    responses={200: ResponseSpec(RevokedCount, "How many sessions were signed out.")},
)
def revoke_other_sessions(identity: Identity) -> Response:
    count = service.revoke_other_sessions(user_id=identity.user_id, current=_session_id(identity))
    return json_response(RevokedCount(revoked=count))


def _caller(kwargs: dict[str, Any]) -> str:
    identity: Identity = kwargs["identity"]
    return f"user:{identity.user_id}"  # never a login name: those have no ':'


@bp.post("/password")
@operation(
    summary="Change the caller's password",
    description="Needs the current password (a wrong one is 422 naming `current_password`, limited per "
    "account like sign-in). Every other session is signed out; this one stays signed in.",
    tags=TAGS,
    body=PasswordChangeIn,
    errors=(429,),
    responses={200: ResponseSpec(RevokedCount, "Changed; how many other sessions were signed out.")},
)
@limit_per_account("login_account_rate_limit", account=_caller)
def change_password(identity: Identity, body: PasswordChangeIn) -> Response:
    count = service.change_password(user_id=identity.user_id, session_id=_session_id(identity), data=body)
    return json_response(RevokedCount(revoked=count))
