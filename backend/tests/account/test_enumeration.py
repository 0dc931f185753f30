"""No account enumeration through password reset: a known and an unknown address get the same answer, and
the request does the same work (the same statements, one outbox row each); their median response times do
not differ grossly. The account is looked up by the worker, after the answer."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable

from sqlalchemy import event, func, select

from taskforge.account_email.models import AccountEmail
from taskforge.extensions import db

ROUNDS = 20


def _outbox_rows() -> int:
    return int(db.session.execute(select(func.count()).select_from(AccountEmail)).scalar_one())


def _recorded(call: Callable[[], object]) -> tuple[object, list[str]]:
    """What `call` returns, and the SQL statements it ran (parameters aside)."""
    statements: list[str] = []
    connection = db.session.connection()

    def record(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        statements.append(re.sub(r"sa_savepoint_\d+", "sa_savepoint", statement))  # the test's savepoints

    event.listen(connection, "before_cursor_execute", record)
    try:
        result = call()
    finally:
        event.remove(connection, "before_cursor_execute", record)
    return result, statements


def _ask(client, email: str):
    return client.post("/api/auth/password-reset", json={"email": email})


def test_known_and_unknown_addresses_get_the_same_answer_and_work(client, smtp, user):
    before = _outbox_rows()
    known, known_sql = _recorded(lambda: _ask(client, user.email))
    assert _outbox_rows() == before + 1
    unknown, unknown_sql = _recorded(lambda: _ask(client, "nobody-at-all@example.com"))
    assert _outbox_rows() == before + 2
    assert known_sql == unknown_sql
    assert any(statement.startswith("INSERT INTO account_emails") for statement in known_sql)
    assert not any("FROM users" in statement for statement in known_sql)
    assert (known.status_code, known.get_data()) == (unknown.status_code, unknown.get_data())
    skip = {"Date", "X-Request-ID"}
    assert {k: v for k, v in known.headers if k not in skip} == {
        k: v for k, v in unknown.headers if k not in skip
    }


def test_known_and_unknown_addresses_take_about_as_long(client, smtp, user):
    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    for index in range(ROUNDS):
        for name, email in (("known", user.email), ("unknown", f"nobody{index}@example.com")):
            started = time.perf_counter()
            assert _ask(client, email).status_code == 202
            timings[name].append(time.perf_counter() - started)
    ratio = statistics.median(timings["known"]) / statistics.median(timings["unknown"])
    assert 0.5 < ratio < 2.0, timings
