"""Application metrics beyond the per-endpoint request metrics: cache, rate limits, logins, database pool.

Defined once per process on prometheus_client's default registry; under gunicorn they are aggregated across
workers through PROMETHEUS_MULTIPROC_DIR.
"""

from __future__ import annotations

from flask import Flask
from prometheus_client import Counter, Histogram

CACHE_LOOKUPS = Counter("taskforge_cache_lookups", "Response cache lookups by result.", ["result"])
CACHE_ERRORS = Counter(
    "taskforge_cache_errors", "Redis errors and skipped calls while the breaker is open.", ["op"]
)
CACHE_INVALIDATION_SECONDS = Histogram(
    "taskforge_cache_invalidation_seconds", "Time spent sweeping one user's dead cache entries."
)
CACHE_KEYS_SWEPT = Counter("taskforge_cache_keys_swept", "Dead cache entries removed by the SCAN sweep.")
RATE_LIMITED = Counter("taskforge_rate_limited", "Requests refused with 429, by endpoint.", ["endpoint"])
LOGIN_FAILURES = Counter("taskforge_login_failures", "Failed sign-in attempts.")


def register_metrics(app: Flask) -> None:
    """Expose /metrics (placeholder: the observability work fills this in)."""
