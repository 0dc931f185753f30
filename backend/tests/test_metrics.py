"""Metrics: /metrics counts and times requests by endpoint and status, serves the custom metrics, and adds up
every gunicorn worker (multiprocess mode)."""

from __future__ import annotations

import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.parser import text_string_to_metric_families

from taskforge import create_app
from taskforge.extensions import db
from taskforge.metrics import LOGIN_FAILURES, metric_files
from tests.conftest import FAST_HASHER, test_settings
from tests.live_server import live_server

REQUESTS = "flask_http_request_duration_seconds"
TASK_LIST = "tasks.list_tasks"  # the endpoint of GET /api/tasks
CUSTOM = (
    "taskforge_cache_lookups",
    "taskforge_cache_errors",
    "taskforge_cache_invalidation_seconds",
    "taskforge_cache_keys_swept",
    "taskforge_rate_limited",
    "taskforge_login_failures",
    "taskforge_db_pool_checked_out",
    "taskforge_db_pool_size",
)


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(text: str, name: str, **labels: str) -> float | None:
    return samples(text).get((name, frozenset(labels.items())))


def requests_counted(text: str, endpoint: str, status: int, method: str = "GET") -> float | None:
    return value(text, f"{REQUESTS}_count", endpoint=endpoint, method=method, status=str(status))


def counted_with_status(text: str, status: int) -> dict[str, float]:
    return {
        labels["endpoint"]: count
        for (name, label_set), count in samples(text).items()
        if name == f"{REQUESTS}_count" and (labels := dict(label_set))["status"] == str(status)
    }


@pytest.fixture
def fresh_app(base_app, database_url, tmp_path):
    """An app of its own (its own request metrics and pool) on the migrated test database."""
    return create_app(test_settings(database_url, tmp_path), password_hasher=FAST_HASHER)


def test_requests_are_counted_and_timed_by_endpoint_and_status(fresh_app):
    client = fresh_app.test_client()
    for _ in range(3):
        assert client.get("/health").status_code == 200
    assert client.get("/api/tasks").status_code == 401
    assert client.get("/api/tasks/123/nowhere").status_code == 404

    response = client.get("/metrics")  # no token: operators expose it inside the cluster only
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert requests_counted(text, "health.health", 200) == 3
    assert requests_counted(text, TASK_LIST, 401) == 1
    assert requests_counted(text, "unmatched", 404) == 1  # grouped, not one series per raw path
    assert (
        value(text, f"{REQUESTS}_bucket", endpoint="health.health", method="GET", status="200", le="+Inf")
        == 3
    )
    assert value(text, f"{REQUESTS}_sum", endpoint="health.health", method="GET", status="200") > 0
    assert "/api/tasks/123/nowhere" not in text
    assert requests_counted(text, "prometheus_metrics", 200) is None  # scrapes are not requests


def test_the_custom_metrics_are_served(fresh_app):
    client = fresh_app.test_client()
    before = value(client.get("/metrics").get_data(as_text=True), "taskforge_login_failures_total")
    LOGIN_FAILURES.inc()

    text = client.get("/metrics").get_data(as_text=True)
    families = {family.name for family in text_string_to_metric_families(text)}
    assert families >= set(CUSTOM)
    assert value(text, "taskforge_login_failures_total") == before + 1


def test_the_pool_gauge_follows_checked_out_connections(fresh_app):
    client = fresh_app.test_client()

    def gauge(name: str) -> float | None:
        return value(client.get("/metrics").get_data(as_text=True), name)

    with fresh_app.app_context():
        engine = db.engine
    assert gauge("taskforge_db_pool_size") == engine.pool.size()
    with engine.connect(), engine.connect():
        assert gauge("taskforge_db_pool_checked_out") == 2
    assert gauge("taskforge_db_pool_checked_out") == 0


def test_building_many_apps_in_one_process_is_fine(base_app, database_url, tmp_path):
    apps = [create_app(test_settings(database_url, tmp_path / str(n))) for n in range(3)]
    for app in apps:
        assert app.test_client().get("/metrics").status_code == 200


def status_of(url: str) -> int:
    return requests.get(url, timeout=10).status_code


def served_per_worker(metrics_dir: Path, endpoint: str) -> dict[str, float]:
    """Requests each worker counted in its own file (histogram_<pid>.db): who really answered."""
    served: dict[str, float] = {}
    for path in metric_files(str(metrics_dir)):
        if not Path(path).name.startswith("histogram_"):
            continue
        for family in MultiProcessCollector.merge([path]):
            for sample in family.samples:
                if sample.name == f"{REQUESTS}_count" and sample.labels.get("endpoint") == endpoint:
                    pid = re.sub(r"\D", "", Path(path).name)
                    served[pid] = served.get(pid, 0) + sample.value
    return served


def livesum_per_worker(metrics_dir: Path, name: str) -> dict[str, float]:
    values: dict[str, float] = {}
    for path in metric_files(str(metrics_dir)):
        if not Path(path).name.startswith("gauge_livesum_"):
            continue
        for family in MultiProcessCollector.merge([path]):
            for sample in family.samples:
                if sample.name == name:
                    values[Path(path).name] = sample.value
    return values


@pytest.mark.slow
def test_two_gunicorn_workers_add_up(tmp_path):
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    with live_server(
        tmp_path / "instance", WEB_CONCURRENCY="2", PROMETHEUS_MULTIPROC_DIR=str(metrics_dir)
    ) as server:
        sent = 0
        with ThreadPoolExecutor(max_workers=4) as pool:
            # Batches over four connections until both workers have answered some (bounded).
            for _ in range(10):
                assert Counter(pool.map(status_of, [f"{server.url}/ready"] * 20)) == {200: 20}
                sent += 20
                if len(served_per_worker(metrics_dir, "health.ready")) == 2:
                    break
            assert Counter(pool.map(status_of, [f"{server.url}/api/tasks"] * 7)) == {401: 7}

        per_worker = served_per_worker(metrics_dir, "health.ready")
        assert len(per_worker) == 2, per_worker
        assert min(per_worker.values()) > 0
        assert sum(per_worker.values()) == sent
        # What a worker killed between creating and sizing its file leaves behind (client_python#1199).
        (metrics_dir / "counter_4194305.db").touch()
        for _ in range(6):  # each scrape may be answered by either worker: every answer has the whole count
            scrape = requests.get(f"{server.url}/metrics", timeout=10)
            assert scrape.status_code == 200, scrape.text
            text = scrape.text
            assert requests_counted(text, "health.ready", 200) == sent
            assert counted_with_status(text, 401) == {TASK_LIST: 7}
            assert {family.name for family in text_string_to_metric_families(text)} >= {
                "taskforge_login_failures",
                "taskforge_db_pool_checked_out",
                "taskforge_db_pool_size",
            }
            pool_sizes = livesum_per_worker(metrics_dir, "taskforge_db_pool_size")
            assert len(pool_sizes) == 2
            assert value(text, "taskforge_db_pool_size") == sum(pool_sizes.values()) > 0
            assert value(text, "taskforge_db_pool_checked_out") == 0


def metrics_dir_of(master_pid: int) -> Path:
    """The directory gunicorn.conf.py made, read from a worker's memory map (its metric files are mapped)."""
    worker = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()[0]
    found = re.search(r"(/\S*/taskforge-metrics-[^/\s]+)/", Path(f"/proc/{worker}/maps").read_text())
    assert found, "the worker maps no metrics file"
    return Path(found.group(1))


@pytest.mark.slow
def test_without_a_metrics_dir_gunicorn_makes_one_and_removes_it(tmp_path):
    with live_server(tmp_path / "instance", WEB_CONCURRENCY="2", PROMETHEUS_MULTIPROC_DIR=None) as server:
        metrics_dir = metrics_dir_of(server.process.pid)
        assert metrics_dir.is_dir()
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert Counter(pool.map(status_of, [f"{server.url}/ready"] * 30)) == {200: 30}
        assert sum(served_per_worker(metrics_dir, "health.ready").values()) == 30
        for _ in range(4):
            text = requests.get(f"{server.url}/metrics", timeout=10).text
            assert requests_counted(text, "health.ready", 200) == 30
    assert not metrics_dir.exists()
