"""CORS: only the configured origins, with every header the API reads and the ones clients must see."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from taskforge import create_app
from taskforge.extensions import db
from tests.conftest import FAST_HASHER, test_settings

ALLOWED = "https://app.example.org"


@pytest.fixture
def cors_app(base_app: Flask, database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        test_settings(database_url, tmp_path, cors_origins=(ALLOWED,)), password_hasher=FAST_HASHER
    )
    yield app
    with app.app_context():
        db.engine.dispose()


def preflight(app: Flask, origin: str, headers: str):
    return app.test_client().options(
        "/api/tasks",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": headers,
        },
    )


def test_a_configured_origin_may_send_every_header_the_api_reads(cors_app):
    wanted = "authorization,content-type,if-match,idempotency-key,last-event-id,x-request-id"
    response = preflight(cors_app, ALLOWED, wanted)
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    allowed = {h.strip().lower() for h in response.headers["Access-Control-Allow-Headers"].split(",")}
    assert set(wanted.split(",")) <= allowed


def test_a_configured_origin_sees_the_headers_clients_need(cors_app):
    response = cors_app.test_client().get("/api/tasks", headers={"Origin": ALLOWED})
    exposed = {h.strip() for h in response.headers["Access-Control-Expose-Headers"].split(",")}
    assert {"ETag", "Location", "Retry-After", "Idempotent-Replayed", "X-Request-ID"} <= exposed


@pytest.mark.parametrize("origin", ["https://evil.example", "https://app.example.org.evil.example", "null"])
def test_no_cors_for_unknown_origins(cors_app, origin):
    response = preflight(cors_app, origin, "authorization")
    assert "Access-Control-Allow-Origin" not in response.headers
    assert (
        "Access-Control-Allow-Origin"
        not in cors_app.test_client().get("/api/tasks", headers={"Origin": origin}).headers
    )


def test_no_cors_when_no_origin_is_configured(client):
    response = client.get("/api/tasks", headers={"Origin": ALLOWED})
    assert "Access-Control-Allow-Origin" not in response.headers
