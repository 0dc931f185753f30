"""HTTP endpoint for statistics."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.api.identity import current_user_id
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.stats.schemas import StatsOut
from taskforge.stats.service import stats_for

bp = Blueprint("stats", __name__)


@bp.get("")
@operation(
    summary="Statistics over the caller's tasks",
    tags=("stats",),
    responses={200: ResponseSpec(StatsOut, "Counts.")},
)
def get_stats() -> Response:
    return json_response(StatsOut.model_validate(stats_for(user_id=current_user_id())))
