"""Prometheus metrics at /metrics: request count and latency per endpoint and status, plus the application's
own (cache, rate limits, logins, database pool).

The metric objects below live on prometheus_client's default registry, once per process. Under gunicorn each
worker writes its samples to files in PROMETHEUS_MULTIPROC_DIR (gunicorn.conf.py makes one when unset) and
/metrics, whichever worker answers it, adds up every worker's files.

/metrics takes no token: it sits outside /api and the `operation` decorator. Operators expose it only inside
the cluster (the Ingress routes /api and the SPA; Prometheus scrapes the pods directly).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable

from flask import Flask, Request
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_flask_exporter import PrometheusMetrics  # type: ignore[import-untyped]
from prometheus_flask_exporter.multiprocess import (  # type: ignore[import-untyped]
    GunicornInternalPrometheusMetrics,
)
from sqlalchemy import Engine, event
from sqlalchemy.pool import QueuePool

from taskforge.extensions import db

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
# livesum: the sum over the workers alive now, so a dead worker's last value does not linger.
DB_POOL_CHECKED_OUT = Gauge(
    "taskforge_db_pool_checked_out",
    "Database connections in use (checked out of the workers' pools).",
    multiprocess_mode="livesum",
)
DB_POOL_SIZE = Gauge(
    "taskforge_db_pool_size",
    "Connections the workers' pools keep open (overflow connections come on top).",
    multiprocess_mode="livesum",
)

# Seconds; finer at the low end, where the API's targets are (p99 of a cached list < 25 ms).
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def endpoint(req: Request) -> str:
    """The label requests are grouped by: the matched route's endpoint, never the raw path (bounded)."""
    return req.endpoint or "unmatched"


def register_metrics(app: Flask) -> None:
    """Serve /metrics and time every request by method, endpoint and status; watch the database pool."""
    options = {"group_by": endpoint, "buckets": LATENCY_BUCKETS}
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:  # the same test prometheus_client applies at import
        # Its own registry per app, collecting every worker's files at scrape time.
        exporter = _WorkersMetrics(app, **options)
    else:
        # One process: a registry per app (building a second app must not register the same series twice),
        # which also serves the process-wide metrics above and the client's process and GC metrics.
        registry = CollectorRegistry(support_collectors_without_names=True)
        registry.register(REGISTRY)
        exporter = PrometheusMetrics(app, registry=registry, **options)
    app.extensions["taskforge_metrics"] = exporter
    with app.app_context():
        watch_pool(db.engine)


class _WorkersMetrics(GunicornInternalPrometheusMetrics):  # type: ignore[misc]
    """Scrapes every worker's files, skipping any a worker has created but not yet sized."""

    def generate_metrics(
        self, accept_header: str | None = None, names: list[str] | None = None
    ) -> tuple[str, str]:
        registry = CollectorRegistry(support_collectors_without_names=True)
        registry.register(_WrittenFiles(os.environ["PROMETHEUS_MULTIPROC_DIR"]))
        encode, content_type = choose_encoder(accept_header or "")
        return encode(registry.restricted_registry(names) if names else registry).decode(), content_type


class _WrittenFiles:
    """prometheus_client's MultiProcessCollector, minus empty files: a worker's new file exists at 0 bytes for
    a moment (for good if the worker dies then), and reading one fails the whole scrape
    (prometheus/client_python#1199)."""

    def __init__(self, directory: str) -> None:
        self.directory = directory

    def collect(self) -> Iterable[Metric]:
        files = metric_files(self.directory)
        metrics: Iterable[Metric] = MultiProcessCollector.merge(files, accumulate=True)  # type: ignore[no-untyped-call]
        return metrics


def metric_files(directory: str) -> list[str]:
    """The workers' metric files in `directory` that hold at least their header."""
    files = []
    for path in glob.glob(os.path.join(directory, "*.db")):
        try:
            if os.path.getsize(path) >= 8:
                files.append(path)
        except FileNotFoundError:  # a dead worker's gauges, removed meanwhile
            continue
    return files


def watch_pool(engine: Engine) -> None:
    """Keep the pool gauges current from the pool's own checkout and checkin events."""
    pool = engine.pool
    if not isinstance(pool, QueuePool):
        return
    record_pool_size(engine)

    # Read the pool's count rather than adding and subtracting: a checkout that fails half-way still checks
    # the connection in, and a count of events would drift.
    def on_checkout(*_args: object) -> None:
        DB_POOL_CHECKED_OUT.set(_checked_out(engine))

    def on_checkin(*_args: object) -> None:
        # Fired just before the connection goes back into the pool.
        DB_POOL_CHECKED_OUT.set(max(_checked_out(engine) - 1, 0))

    event.listen(engine, "checkout", on_checkout)
    event.listen(engine, "checkin", on_checkin)


def record_pool_size(engine: Engine) -> None:
    """Set this process's pool size gauge (again in each worker forked from a master that built the app)."""
    pool = engine.pool
    if isinstance(pool, QueuePool):
        DB_POOL_SIZE.set(pool.size())


def _checked_out(engine: Engine) -> int:
    pool = engine.pool  # dispose() swaps in a fresh pool; the listeners move with it
    return pool.checkedout() if isinstance(pool, QueuePool) else 0
