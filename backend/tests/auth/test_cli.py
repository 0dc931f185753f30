"""Pruning revocations: expired tokens' revocations go, live ones stay (so revoked tokens stay refused)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from taskforge.auth.cli import prune_revocations
from taskforge.auth.models import RevokedToken
from taskforge.extensions import db


def test_prune_removes_only_revocations_of_expired_tokens(app, user):
    now = datetime.now(UTC)
    db.session.add_all(
        [
            RevokedToken(
                jti="expired", user_id=user.id, token_type="access", expires_at=now - timedelta(seconds=1)
            ),
            RevokedToken(
                jti="live", user_id=user.id, token_type="refresh", expires_at=now + timedelta(days=7)
            ),
        ]
    )
    db.session.flush()
    assert prune_revocations() >= 1
    assert set(db.session.execute(select(RevokedToken.jti)).scalars()) == {"live"}


def test_cli_command_reports_the_count(app):
    result = app.test_cli_runner().invoke(args=["auth", "prune-revocations"])
    assert result.exit_code == 0
    assert "expired revocations" in result.output
