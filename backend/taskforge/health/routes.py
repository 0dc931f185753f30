"""Liveness (/health: the process answers) and readiness (/ready: the database answers)."""

from __future__ import annotations

from typing import Literal

from flask import Blueprint, Response
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.cache.app import response_cache
from taskforge.extensions import db

bp = Blueprint("health", __name__)


class HealthOut(BaseModel):
    status: Literal["ok"]


class ReadyOut(BaseModel):
    status: Literal["ok", "unavailable"]
    checks: dict[str, str]


@bp.get("/health")
@operation(
    summary="Liveness: the process is up (touches nothing)",
    tags=("operations",),
    auth=None,
    uses_database=False,
    responses={200: ResponseSpec(HealthOut, "Alive.")},
)
def health() -> Response:
    return json_response(HealthOut(status="ok"))


@bp.get("/ready")
@operation(
    summary="Readiness: the database answers",
    tags=("operations",),
    auth=None,
    uses_database=False,
    description="`checks.redis` is reported when the cache is on; Redis never makes this endpoint fail.",
    responses={
        200: ResponseSpec(ReadyOut, "Ready."),
        503: ResponseSpec(ReadyOut, "The database is unreachable."),
    },
)
def ready() -> Response:
    try:
        db.session.execute(text("SELECT 1"))
        db.session.rollback()
        checks = {"database": "ok"}
    except SQLAlchemyError:
        db.session.rollback()
        checks = {"database": "unavailable"}
    ok = checks["database"] == "ok"
    cache = response_cache()
    if cache is not None:
        # Reported for operators, never a reason to take the pod out: the cache is optional.
        checks["redis"] = "ok" if cache.gate.ping() else "unavailable"
    return json_response(
        ReadyOut(status="ok" if ok else "unavailable", checks=checks), status=200 if ok else 503
    )
