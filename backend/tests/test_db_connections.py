"""Safe requests read in autocommit on PostgreSQL; everything else runs in a transaction, and the pool gets
every connection back transactional."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import event

from taskforge import create_app
from taskforge.extensions import db
from tests.conftest import FAST_HASHER, test_settings


@pytest.fixture
def one_connection_app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    """An app whose pool holds a single connection, so every request reuses the one before it left."""
    app = create_app(test_settings(database_url, tmp_path, db_pool_size=1), password_hasher=FAST_HASHER)
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def autocommit_seen(one_connection_app: Flask) -> Iterator[list[tuple[str, bool]]]:
    """(first word of each statement, whether the driver was in autocommit when it was sent)."""
    seen: list[tuple[str, bool]] = []
    with one_connection_app.app_context():
        engine = db.engine

    def record(conn, _cursor, statement, _parameters, _context, _executemany):  # type: ignore[no-untyped-def]
        seen.append((statement.split()[0].upper(), conn.connection.dbapi_connection.autocommit))

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def test_reads_autocommit_and_writes_stay_transactional(one_connection_app, committed_owner, autocommit_seen):
    owner = committed_owner(one_connection_app)
    client = one_connection_app.test_client()
    autocommit_seen.clear()

    assert client.get("/api/tasks", headers=owner.headers).status_code == 200
    reads = list(autocommit_seen)
    autocommit_seen.clear()
    created = client.post("/api/tasks", headers=owner.headers, json={"title": "written"})
    writes = list(autocommit_seen)

    assert created.status_code == 201
    assert reads
    assert all(autocommit for _, autocommit in reads)
    assert any(word == "INSERT" for word, _ in writes)
    assert not any(autocommit for _, autocommit in writes)  # the same connection, transactional again
    assert client.get(created.headers["Location"], headers=owner.headers).status_code == 200


def test_a_failed_write_after_a_read_leaves_nothing_behind(one_connection_app, committed_owner):
    owner = committed_owner(one_connection_app)
    client = one_connection_app.test_client()
    assert client.get("/api/tasks", headers=owner.headers).status_code == 200

    response = client.post(
        "/api/tasks/batch",
        headers=owner.headers,
        json={"tasks": [{"title": "fine"}, {"title": "x" * 201}]},
    )

    assert response.status_code == 422
    titles = [t["title"] for t in client.get("/api/tasks", headers=owner.headers).get_json()["items"]]
    assert titles == ["original"]
