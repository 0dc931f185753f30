"""Graceful shutdown: SIGTERM to the real gunicorn master while slow requests are in flight and idle
keep-alive connections are open (as a load balancer keeps them); every request completes, the master exits
within graceful_timeout, everything the server wrote is JSON lines, and none of it is an ERROR (a deploy
pages no one)."""

from __future__ import annotations

import http.client
import json
import logging
import os
import queue
import signal
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from flask import Flask
from gunicorn.config import Config
from gunicorn.workers.sync import SyncWorker

from taskforge import create_app
from taskforge.serving import honour_early_stop
from tests.live_server import live_server

SLOW_SECONDS = 2.0
IN_FLIGHT = 5
IDLE = 8
GRACEFUL_TIMEOUT = 10


def create_slow_app() -> Flask:
    """gunicorn's app factory here: TaskForge plus /slow, which marks its start and takes a while."""
    app = create_app()
    started = Path(os.environ["SLOW_STARTED_DIR"])

    def slow() -> dict[str, float]:
        (started / uuid.uuid4().hex).touch()
        time.sleep(SLOW_SECONDS)
        return {"slept": SLOW_SECONDS}

    app.add_url_rule("/slow", "slow", slow)
    return app


def wait_for(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def idle_keep_alive_connections(url: str, count: int) -> list[http.client.HTTPConnection]:
    """Connections that have each been answered once and stay open, waiting for a next request."""
    host, port = url.removeprefix("http://").split(":")
    connections = []
    for _ in range(count):
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        connection.request("GET", "/health")
        response = connection.getresponse()
        response.read()
        assert response.status == 200
        connections.append(connection)
    return connections


@pytest.mark.slow
@pytest.mark.parametrize(
    ("workers", "worker_class"),
    [
        pytest.param("5", "gevent", id="gevent"),  # the events server's, and `make run`'s
        pytest.param("1", "gevent", id="one-gevent-worker"),
        pytest.param("5", "sync", id="sync"),  # the API server's default
    ],
)
def test_sigterm_lets_in_flight_requests_finish(tmp_path, workers, worker_class):
    started = tmp_path / "started"
    started.mkdir()
    output = tmp_path / "server.log"
    with live_server(
        tmp_path / "instance",
        app="tests.test_shutdown:create_slow_app()",
        output=output,
        WEB_CONCURRENCY=workers,
        GUNICORN_WORKER_CLASS=worker_class,
        GUNICORN_GRACEFUL_TIMEOUT=str(GRACEFUL_TIMEOUT),
        SLOW_STARTED_DIR=str(started),
    ) as server:
        idle = idle_keep_alive_connections(server.url, IDLE)
        with ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
            pending = [pool.submit(requests.get, f"{server.url}/slow", timeout=30) for _ in range(IN_FLIGHT)]
            # Every request is inside the app (not waiting in the listen backlog) before the signal.
            wait_for(lambda: len(list(started.iterdir())) == IN_FLIGHT, timeout=15)
            signalled = time.monotonic()
            server.process.send_signal(signal.SIGTERM)
            responses = [future.result(timeout=30) for future in pending]
        server.process.wait(timeout=GRACEFUL_TIMEOUT + 5)
        exited_after = time.monotonic() - signalled
        for connection in idle:
            connection.close()

    assert [(r.status_code, r.json()) for r in responses] == [(200, {"slept": SLOW_SECONDS})] * IN_FLIGHT
    assert server.process.returncode == 0
    assert exited_after < GRACEFUL_TIMEOUT, output.read_text()[-3000:]  # drained, not killed at the deadline

    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert not [r for r in records if r["level"] in {"ERROR", "CRITICAL"}], output.read_text()[-3000:]
    messages = [r["message"] for r in records if r["logger"] == "gunicorn.error"]
    assert "Handling signal: term" in messages
    assert "Shutting down: Master" in messages
    slow = [r for r in records if r["logger"] == "taskforge.access" and r["path"] == "/slow"]
    assert [r["status"] for r in slow] == [200] * IN_FLIGHT
    assert min(r["duration_ms"] for r in slow) >= SLOW_SECONDS * 1000


@pytest.fixture
def booting_worker() -> Iterator[SyncWorker]:
    """A real sync worker, as gunicorn builds it before its init_process."""
    worker = SyncWorker(1, os.getpid(), [], None, 30, Config(), logging.getLogger("gunicorn.error"))
    yield worker
    worker.tmp.close()


def _queued(*signals: int) -> queue.SimpleQueue[int]:
    pending: queue.SimpleQueue[int] = queue.SimpleQueue()
    for sig in signals:
        pending.put_nowait(sig)
    return pending


def test_a_sigterm_that_came_while_the_worker_booted_stops_it_gracefully(booting_worker):
    """It went to the master's handler the worker inherited: without this, gunicorn lost it and the worker
    served until SIGKILL at graceful_timeout (seen in CI: a shutdown taking 10.2 s)."""
    pending = _queued(signal.SIGCHLD, signal.SIGTERM)
    honour_early_stop(booting_worker, pending)
    assert booting_worker.alive is False
    assert pending.empty()


def test_a_sigquit_that_came_while_the_worker_booted_stops_it_at_once(booting_worker):
    with pytest.raises(SystemExit):
        honour_early_stop(booting_worker, _queued(signal.SIGQUIT))


@pytest.mark.parametrize("pending", [None, [], [signal.SIGCHLD, signal.SIGHUP, signal.SIGTTIN]])
def test_a_worker_with_no_stop_signal_pending_goes_on(booting_worker, pending):
    honour_early_stop(booting_worker, None if pending is None else _queued(*pending))
    assert booting_worker.alive is True
