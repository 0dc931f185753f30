"""HTTP endpoint for statistics."""

from __future__ import annotations

import math

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.cache.views import cached, limit_cache_ttl
from taskforge.db import utcnow
from taskforge.stats.schemas import StatsOut, StatsQuery
from taskforge.stats.service import stats_for

bp = Blueprint("stats", __name__)


@bp.get("")
@operation(
    summary="Statistics over the tasks the caller may see, or one project's",
    tags=("stats",),
    query=StatsQuery,
    responses={200: ResponseSpec(StatsOut, "Counts.")},
    errors=(404,),
)
@cached("stats")
def get_stats(identity: Identity, query: StatsQuery) -> Response:
    stats = stats_for(identity=identity, project_id=query.project_id)
    # Cache only until the clock alone would change an answer: a task falling overdue, or the caller's
    # midnight, which moves "due today" and the days of `completed_by_day` (so no date in the cache key).
    response = json_response(stats.counts)
    limit_cache_ttl(response, math.floor((stats.changes_at - utcnow()).total_seconds()))
    return response
