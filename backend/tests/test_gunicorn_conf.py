"""What gunicorn.conf.py resolves to: the API server's sync workers, the events server's gevent ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from taskforge.config import Settings
from tests.live_server import BACKEND

_PRINT = (
    "import json, os, runpy; c = runpy.run_path('gunicorn.conf.py'); "
    "print(json.dumps({'worker_class': c['worker_class'], 'events': os.environ['EVENT_STREAMS']}))"
)


def resolve(**env: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"GUNICORN_WORKER_CLASS", "EVENT_STREAMS"}}
    done = subprocess.run(
        [sys.executable, "-c", _PRINT], cwd=BACKEND, env={**clean, **env}, capture_output=True, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        pytest.param({}, {"worker_class": "sync", "events": "off"}, id="api-server-default"),
        pytest.param(
            {"GUNICORN_WORKER_CLASS": "gevent"},
            {"worker_class": "taskforge.serving.DrainingGeventWorker", "events": "on"},
            id="events-server",
        ),
        pytest.param(
            {"GUNICORN_WORKER_CLASS": "sync", "EVENT_STREAMS": "on"},
            {"worker_class": "sync", "events": "on"},
            id="an-explicit-setting-wins",
        ),
    ],
)
def test_the_worker_class_decides_whether_streams_are_served(env, expected):
    assert resolve(**env) == expected


@pytest.mark.parametrize(("raw", "served"), [("", True), ("on", True), ("off", False)])
def test_event_streams_setting(raw, served):
    assert Settings.from_env({"EVENT_STREAMS": raw}).event_streams is served
