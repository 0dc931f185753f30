"""Print, as JSON, every Prometheus metric the backend defines and the Flask endpoint names its `endpoint`
label takes: {"metrics": {family: {"type": ..., "labels": [...]}}, "endpoints": [...]}.

Run with the backend's interpreter (backend/.venv/bin/python) from backend/; test_monitoring.py does. It
builds a testing app (SQLite in a temporary directory, no Redis) and walks the registries that /metrics and
the worker's metrics port serve: the app's (prometheus-flask-exporter's flask_http_* and
taskforge/metrics.py, through the default registry) and the worker's (taskforge/worker/metrics.py).
Labelled metrics are listed even before their first sample, which scraping /metrics would not show.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator

from prometheus_client import CollectorRegistry
from prometheus_client.metrics import MetricWrapperBase


def _metrics(registry: CollectorRegistry, seen: set[int]) -> Iterator[MetricWrapperBase]:
    for collector in list(registry._collector_to_names):  # no public way to list collectors
        if isinstance(collector, CollectorRegistry):
            if id(collector) not in seen:
                seen.add(id(collector))
                yield from _metrics(collector, seen)
        elif isinstance(collector, MetricWrapperBase):
            yield collector


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
        os.environ.pop("REDIS_URL", None)
        os.environ.update(
            TASKFORGE_ENV="testing",
            TASKFORGE_INSTANCE_PATH=tmp,
            DATABASE_URL=f"sqlite:///{tmp}/metrics.db",
            SECRET_KEY="metrics-inventory-" + "x" * 32,
            JWT_SECRET_KEY="metrics-inventory-" + "y" * 32,
            LOG_LEVEL="WARNING",
        )
        from taskforge import create_app
        from taskforge.worker.metrics import REGISTRY as WORKER_REGISTRY

        app = create_app()
        inventory = {}
        for registry in (app.extensions["taskforge_metrics"].registry, WORKER_REGISTRY):
            for metric in _metrics(registry, set()):
                inventory[metric._name] = {"type": metric._type, "labels": list(metric._labelnames)}
        endpoints = sorted({rule.endpoint for rule in app.url_map.iter_rules()})
        json.dump({"metrics": inventory, "endpoints": endpoints}, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
