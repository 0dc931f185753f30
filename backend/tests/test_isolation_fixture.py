"""The rollback fixture really rolls back: what one test commits through the app is gone in the next."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from taskforge.extensions import db

USERNAME = "fixture-probe"


@pytest.mark.parametrize("attempt", [1, 2])
def test_commits_inside_a_test_do_not_leak(client, base_app, attempt):
    body = {"username": USERNAME, "email": "probe@example.com", "password": "long enough"}
    registered = client.post("/api/auth/register", json=body)
    assert registered.status_code == 201, f"attempt {attempt}: {registered.get_data(as_text=True)}"
    # A separate connection outside the test's transaction must not see the committed row.
    with base_app.app_context(), db.engine.connect() as other:
        query = text("SELECT count(*) FROM users WHERE username = :u")
        seen = other.execute(query, {"u": USERNAME}).scalar_one()
    assert seen == 0
