"""Session rules: revocation (all but one, effective for both token kinds), `last_used_at` written by
refreshes only, the identity statement's session check an index lookup, the device labels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, text, update
from sqlalchemy.dialects import postgresql

from taskforge.access.identity import _IDENTITY
from taskforge.extensions import db
from taskforge.sessions.device import UNKNOWN, device_label
from taskforge.sessions.models import UserSession
from taskforge.sessions.service import live_sessions, revoke_sessions
from tests.conftest import bearer
from tests.factories import new_session, token
from tests.sessions.conftest import FIREFOX, SAFARI_IPHONE

LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)


def test_revoke_sessions_revokes_all_but_the_one_kept(user, other_user):
    kept, first, second = (new_session(user.id) for _ in range(3))
    theirs = new_session(other_user.id)

    assert revoke_sessions(user_id=user.id, keep=kept) == 2
    assert revoke_sessions(user_id=user.id, keep=kept) == 0  # revoked already

    assert [s.id for s in live_sessions(user_id=user.id)] == [kept]
    assert [s.id for s in live_sessions(user_id=other_user.id)] == [theirs]
    assert {first, second}.isdisjoint(s.id for s in live_sessions(user_id=user.id))


def test_revoke_sessions_without_keep_revokes_every_one(client, user):
    access, refresh = token(user.id), token(user.id, refresh=True)

    assert revoke_sessions(user_id=user.id) == 2

    assert client.get("/api/auth/me", headers=bearer(access)).status_code == 401
    assert client.post("/api/auth/refresh", headers=bearer(refresh)).status_code == 401
    assert live_sessions(user_id=user.id) == []


def test_a_session_unused_for_a_refresh_tokens_lifetime_is_not_listed(app, user):
    stale = new_session(user.id, last_used_at=datetime.now(UTC) - app.config["JWT_REFRESH_TOKEN_EXPIRES"])
    fresh = new_session(user.id)

    assert [s.id for s in live_sessions(user_id=user.id)] == [fresh]
    assert stale != fresh


def test_last_used_at_moves_on_refresh_only(client, user, sign_in):
    signed = sign_in(user)
    db.session.execute(
        update(UserSession).where(UserSession.user_id == user.id).values(last_used_at=LONG_AGO)
    )

    for _ in range(3):
        assert client.get("/api/auth/me", headers=signed.auth).status_code == 200
    db.session.expire_all()
    assert [s.last_used_at for s in db.session.query(UserSession).filter_by(user_id=user.id)] == [LONG_AGO]

    assert client.post("/api/auth/refresh", headers=signed.refresh_auth).status_code == 200
    db.session.expire_all()
    used = db.session.query(UserSession).filter_by(user_id=user.id).one().last_used_at
    assert datetime.now(UTC) - used < timedelta(minutes=1)


def test_the_identity_statement_finds_the_session_by_its_primary_key(user):
    """On a table of realistic size (statistics refreshed): a lookup, never a scan of the sessions."""
    db.session.execute(insert(UserSession), [{"user_id": user.id} for _ in range(5000)])
    db.session.execute(text("ANALYZE sessions"))
    sid = new_session(user.id)

    shown = _explain(user.id, sid)

    assert "pk_sessions" in shown, shown
    assert "Seq Scan on sessions" not in shown, shown


def _explain(user_id: int, sid: int) -> str:
    sql = str(_IDENTITY.compile(dialect=postgresql.dialect()))
    literal = sql.replace("%(jti)s", "'x'").replace("%(user_id)s", str(user_id)).replace("%(sid)s", str(sid))
    return "\n".join(db.session.execute(text(f"EXPLAIN {literal}")).scalars())


@pytest.mark.parametrize(
    ("agent", "label"),
    [
        (FIREFOX, "Firefox on Windows"),
        (SAFARI_IPHONE, "Mobile Safari on iOS"),
        ("curl/8.14.1", "curl"),
        ("", UNKNOWN),
        ("\u2603" * 40, UNKNOWN),
    ],
    ids=["firefox", "iphone", "curl", "empty", "gibberish"],
)
def test_device_labels(agent, label):
    assert device_label(agent) == label
