"""One refresh token used concurrently, with real commits: exactly one use wins (a constraint, not luck)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from flask import Flask
from flask_jwt_extended import create_refresh_token
from sqlalchemy import delete

from taskforge.auth.models import User
from taskforge.extensions import db

THREADS = 10


@pytest.fixture
def committed_user(base_app: Flask) -> Iterator[int]:
    name = f"refresh{uuid.uuid4().hex[:10]}"
    with base_app.app_context():
        user = User(username=name, email=f"{name}@example.com", password_hash="unused")
        db.session.add(user)
        db.session.commit()
        user_id = user.id
    try:
        yield user_id
    finally:
        with base_app.app_context():
            db.session.execute(delete(User).where(User.id == user_id))
            db.session.commit()


def test_concurrent_uses_of_one_refresh_token_let_exactly_one_through(base_app: Flask, committed_user: int):
    with base_app.app_context():
        token = create_refresh_token(identity=str(committed_user))
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
