"""One refresh token used concurrently, with real commits: exactly one use wins (a constraint, not luck)."""

from __future__ import annotations

import threading

import pytest
from flask import Flask

from taskforge.extensions import db
from tests.factories import token as signed_token

THREADS = 10


@pytest.fixture
def committed_user(base_app: Flask, committed_owner) -> int:
    return committed_owner(base_app).user_id


def test_concurrent_uses_of_one_refresh_token_let_exactly_one_through(base_app: Flask, committed_user: int):
    with base_app.app_context():
        token = signed_token(committed_user, refresh=True)
        db.session.commit()
    barrier = threading.Barrier(THREADS)
    statuses: list[int] = []
    lock = threading.Lock()

    def use() -> None:
        client = base_app.test_client()
        barrier.wait(timeout=30)
        status = client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {token}"}).status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=use) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [200] + [401] * (THREADS - 1)
