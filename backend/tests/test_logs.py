"""Logs: JSON lines on stdout with request ids; never a password, token or Authorization header; control
characters escaped; one handler however many apps a process builds."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime

import pytest
from flask import Flask, g

from taskforge import create_app
from taskforge.logs import REDACTED, StdoutHandler, install_json_logging
from tests.conftest import FAST_HASHER, bearer, test_settings
from tests.factories import PASSWORD

ACCESS_KEYS = {"time", "level", "message", "logger", "request_id", "method", "path", "status", "duration_ms"}
# Not a JWT: it must stay out of the logs because headers are never logged, not because a pattern spots it.
OPAQUE_TOKEN = "tf-opaque-bearer-3c9d1e7a55b04f"


@pytest.fixture(autouse=True)
def json_logging() -> Iterator[None]:
    """The process's JSON handler at INFO. Alembic's fileConfig (migrations run in this process) replaces the
    root handlers and level; a production worker never runs migrations."""
    root = logging.getLogger()
    level = root.level
    install_json_logging("INFO")
    yield
    root.setLevel(level)


class Captured:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self._capsys = capsys
        self.text = ""

    def read(self) -> list[dict]:
        """Everything written since the last read (stdout and stderr); every stdout line parsed as JSON."""
        out, err = self._capsys.readouterr()
        self.text += out + err
        return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def captured(capsys: pytest.CaptureFixture[str]) -> Captured:
    capsys.readouterr()
    return Captured(capsys)


def access_line(records: list[dict], path: str) -> dict:
    [line] = [r for r in records if r["logger"] == "taskforge.access" and r["path"] == path]
    return line


def assert_access_line(line: dict, *, method: str, status: int, request_id: str) -> None:
    assert line.keys() >= ACCESS_KEYS | {"user_id"}
    assert (line["method"], line["status"], line["request_id"]) == (method, status, request_id)
    assert (line["level"], line["message"]) == ("INFO", "request")
    assert isinstance(line["duration_ms"], float)
    assert line["duration_ms"] >= 0
    assert datetime.fromisoformat(line["time"]).utcoffset() is not None


def test_login_and_an_authenticated_request(client, user, captured):
    login = client.post("/api/auth/login", json={"username": user.username, "password": PASSWORD})
    assert login.status_code == 200, login.get_data(as_text=True)
    access, refresh = login.get_json()["access_token"], login.get_json()["refresh_token"]
    me = client.get("/api/auth/me?access_token=" + access, headers=bearer(access))
    assert me.status_code == 200

    records = captured.read()
    login_line = access_line(records, "/api/auth/login")
    assert_access_line(login_line, method="POST", status=200, request_id=login.headers["X-Request-ID"])
    assert login_line["user_id"] is None  # the login itself carries no token
    me_line = access_line(records, "/api/auth/me")  # the path alone, never the query string
    assert_access_line(me_line, method="GET", status=200, request_id=me.headers["X-Request-ID"])
    assert me_line["user_id"] == user.id
    for secret in (PASSWORD, access, refresh, f"Bearer {access}"):
        assert secret not in captured.text


def test_a_forced_500_is_logged_with_its_request_id(base_app, database_url, tmp_path, captured):
    app = create_app(test_settings(database_url, tmp_path), password_hasher=FAST_HASHER)

    def explode() -> None:
        raise RuntimeError(f"exploded while holding password={PASSWORD} and Bearer {OPAQUE_TOKEN}")

    app.add_url_rule("/explode", "explode", explode)
    response = app.test_client().get(
        "/explode", headers={**bearer(OPAQUE_TOKEN), "X-Request-ID": "trace-500.1"}
    )
    assert response.status_code == 500
    assert response.get_json()["request_id"] == "trace-500.1"

    records = captured.read()
    [error] = [r for r in records if r["level"] == "ERROR"]
    assert error["request_id"] == "trace-500.1"
    assert "RuntimeError: exploded while holding password=" in error["exc_info"]
    assert REDACTED in error["exc_info"]
    assert_access_line(access_line(records, "/explode"), method="GET", status=500, request_id="trace-500.1")
    assert PASSWORD not in captured.text
    assert OPAQUE_TOKEN not in captured.text


def test_a_careless_log_call_cannot_write_a_credential(client, user, token_for, captured):
    token = token_for(user)
    log = logging.getLogger("taskforge.careless")
    with client.application.test_request_context():
        g.request_id = "careless-1"
        log.info("login attempt %s", {"username": user.username, "password": PASSWORD})
        log.warning("header was Authorization: Bearer %s", OPAQUE_TOKEN)
        log.info("issued %s", token)
        log.info("request", extra={"access_token": token, "headers": {"Authorization": f"Bearer {token}"}})
        log.info({"event": "refresh", "refresh_token": token, "nested": [f"password={PASSWORD}"]})
        try:
            raise ValueError(f"login failed: password='{PASSWORD}' token {token}")
        except ValueError:
            log.exception("failed")

    records = captured.read()
    assert len(records) == 6
    assert {r["request_id"] for r in records} == {"careless-1"}
    assert all(REDACTED in json.dumps(r) for r in records)
    for secret in (PASSWORD, token, OPAQUE_TOKEN):
        assert secret not in captured.text


def test_control_characters_in_a_path_are_escaped(client, captured):
    response = client.get("/api/tasks/%0A%7B%22level%22%3A%22ERROR%22%7D%1B%5B2J%C2%9B")
    assert response.status_code == 404

    records = captured.read()  # every line parses: the newline did not start a forged one
    line = access_line(records, '/api/tasks/\n{"level":"ERROR"}\x1b[2J\x9b')
    assert line["status"] == 404
    for raw in ("\x1b", "\x9b", '\n{"level"'):
        assert raw not in captured.text
    assert "\\u001b" in captured.text
    assert "\\u009b" in captured.text


def test_one_handler_and_one_line_per_request_however_many_apps(base_app, database_url, tmp_path, captured):
    apps: list[Flask] = [
        create_app(test_settings(database_url, tmp_path / str(n)), password_hasher=FAST_HASHER)
        for n in range(3)
    ]
    assert sum(isinstance(h, StdoutHandler) for h in logging.getLogger().handlers) == 1
    response = apps[-1].test_client().get("/health")
    lines = [r for r in captured.read() if r["logger"] == "taskforge.access"]
    assert [line["request_id"] for line in lines] == [response.headers["X-Request-ID"]]


def test_the_level_comes_from_the_settings(base_app, database_url, tmp_path, captured):
    app = create_app(test_settings(database_url, tmp_path, log_level="WARNING"), password_hasher=FAST_HASHER)
    assert app.test_client().get("/health").status_code == 200
    logging.getLogger("taskforge.level").warning("still written")
    assert [r["message"] for r in captured.read()] == ["still written"]
