"""In-process profile of the request paths: CPU and wall ms, and SQL statements, per request.

    cd backend && .venv/bin/python -m bench.profile [--n 300] [--profile] [--only list,get] [--cache]

Builds the app in production configuration against its own PostgreSQL database (`taskforge_profile`, created
and dropped here) and Redis db 14 with the response cache off, seeds one user with 1,000 tasks (tags,
reminders, subtasks, recurrence) through the API, then times N requests of each path through the test client
(no gunicorn, no wrk). `--profile` prints cProfile's top 25 by tottime and by cumtime for each path. `--cache`
turns the response cache on: the list (five pages, asked again and again) is then served from the cache.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import pstats
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event

from bench.seed import Postgres
from taskforge import create_app
from taskforge.config import Settings
from taskforge.extensions import db
from taskforge.push.keys import new_private_key

DB_NAME = "taskforge_profile"
results: dict[str, list[tuple[float, float, float]]] = {}  # per path: (cpu ms, wall ms, sql) per round
REDIS_URL = "redis://127.0.0.1:6379/14"
TASKS = 1_000


def build_app(pg: Postgres, instance: Path, *, cache: bool = False) -> Flask:
    settings = Settings.from_env(
        {
            "TASKFORGE_ENV": "production",
            "DATABASE_URL": pg.url(DB_NAME),
            "REDIS_URL": REDIS_URL,
            "SECRET_KEY": secrets.token_urlsafe(48),
            "JWT_SECRET_KEY": secrets.token_urlsafe(48),
            "VAPID_PRIVATE_KEY": new_private_key(),
            "CACHE_ENABLED": str(cache).lower(),
            # Limits still go through Flask-Limiter (the cost stays); only the quota is out of the way.
            "API_RATE_LIMIT": "10000000/minute",
            "REGISTER_RATE_LIMIT": "1000/minute",
            "LOG_LEVEL": "WARNING",
            "TASKFORGE_INSTANCE_PATH": str(instance),
            "FRONTEND_DIST": str(instance / "no-dist"),
        }
    )
    app = create_app(settings)
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()
    return app


def _task_body(n: int) -> dict[str, Any]:
    body: dict[str, Any] = {"title": f"Task {n}", "priority": 1 + n % 4}
    if n % 2:
        body["tags"] = [f"tag{n % 7}", f"tag{n % 11}"]
    if n % 3 == 0:
        body["due_date"] = f"2030-0{1 + n % 9}-1{n % 10}T09:00:00+00:00"
        body["reminders"] = [{"before_due": 60}, {"at": "2029-12-01T08:00:00+00:00"}]
    if n % 15 == 0:  # due dates are on every third
        body["recurrence"] = {"rrule": "FREQ=WEEKLY;BYDAY=MO", "anchor": "due"}
    if n % 5 == 0:
        body["description"] = "Some longer description " * 5
    return body


def seed(client: FlaskClient) -> tuple[dict[str, str], list[int]]:
    """One user with TASKS tasks, 1 in 10 of them with two subtasks (one completed)."""
    reply = client.post(
        "/api/auth/register",
        json={"username": "profiler", "email": "profiler@example.com", "password": "correct horse battery"},
    )
    assert reply.status_code == 201, reply.json
    headers = {"Authorization": f"Bearer {reply.json['access_token']}"}  # type: ignore[index]
    ids: list[int] = []
    for start in range(0, TASKS, 100):
        reply = client.post(
            "/api/tasks/batch",
            json={"tasks": [_task_body(n) for n in range(start, start + 100)]},
            headers=headers,
        )
        assert reply.status_code == 201, reply.json
        ids += [item["id"] for item in reply.json["items"]]  # type: ignore[index]
    for parent in ids[::10][:50]:
        subtasks = [{"title": "sub a", "parent_id": parent}, {"title": "sub b", "parent_id": parent}]
        subtasks[1]["completed"] = True
        reply = client.post("/api/tasks/batch", json={"tasks": subtasks}, headers=headers)
        assert reply.status_code == 201, reply.json
    return headers, ids


class StatementCounter:
    def __init__(self, show: bool = False) -> None:
        self.count = 0
        self.show = show

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.count += 1
        if self.show:
            print("   SQL:", " ".join(statement.split())[:160])


def scenarios(headers: dict[str, str], ids: list[int]) -> dict[str, Callable[[FlaskClient, int], Any]]:
    def list_page(client: FlaskClient, i: int) -> Any:
        return client.get(f"/api/tasks?per_page=20&page={1 + i % 5}", headers=headers)

    def get_one(client: FlaskClient, i: int) -> Any:
        return client.get(f"/api/tasks/{ids[(i * 37) % len(ids)]}", headers=headers)

    def post(client: FlaskClient, i: int) -> Any:
        body = {
            "title": f"new {i}",
            "priority": 3,
            "tags": ["tag1", "new"],
            "due_date": "2031-01-01T00:00:00Z",
        }
        return client.post("/api/tasks", json=body, headers=headers)

    def patch(client: FlaskClient, i: int) -> Any:
        # A title never sent before: every PATCH writes, in every round.
        title = f"changed {next(edits)}"
        return client.patch(f"/api/tasks/{ids[(i * 53) % len(ids)]}", json={"title": title}, headers=headers)

    edits = itertools.count()

    return {"list": list_page, "get": get_one, "post": post, "patch": patch}


def measure(
    app: Flask,
    client: FlaskClient,
    name: str,
    call: Callable[[FlaskClient, int], Any],
    n: int,
    profile: bool,
    show_sql: bool = False,
) -> None:
    expected = {"list": 200, "get": 200, "post": 201, "patch": 200}[name]
    for i in range(20):  # warm-up: imports, pools, compiled statement caches
        assert call(client, i).status_code == expected
    if show_sql:
        with app.app_context():
            engine = db.engine
        shower = StatementCounter(show=True)
        event.listen(engine, "before_cursor_execute", shower)
        print(f"{name}: the statements of one request")
        call(client, 999)
        event.remove(engine, "before_cursor_execute", shower)
    counter = StatementCounter()
    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", counter)
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, not waits
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    for i in range(n):
        reply = call(client, 1000 + i)
        assert reply.status_code == expected, (reply.status_code, reply.data[:300])
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    event.remove(engine, "before_cursor_execute", counter)
    results.setdefault(name, []).append((cpu / n * 1000, wall / n * 1000, counter.count / n))
    print(
        f"{name:6s} cpu {cpu / n * 1000:6.2f} ms  wall {wall / n * 1000:6.2f} ms  "
        f"sql/request {counter.count / n:5.2f}"
    )
    if profiler:
        for key in ("tottime", "cumtime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(25)
            print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", default="list,get,post,patch")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--sql", action="store_true", help="print the statements of one request of each")
    parser.add_argument("--cache", action="store_true", help="with the response cache on (reads are hits)")
    args = parser.parse_args()
    pg = Postgres()
    pg.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
    pg.execute(f'CREATE DATABASE "{DB_NAME}"')
    try:
        with tempfile.TemporaryDirectory() as instance:
            app = build_app(pg, Path(instance), cache=args.cache)
            client = app.test_client()
            headers, ids = seed(client)
            chosen = scenarios(headers, ids)
            for round_ in range(args.rounds):
                if args.rounds > 1:
                    print(f"-- round {round_ + 1}")
                for name in args.only.split(","):
                    measure(app, client, name, chosen[name], args.n, args.profile, args.sql)
            if args.rounds > 1:
                print("-- best of rounds (lowest CPU)")
                for name, measured in results.items():
                    cpu, wall, sql = min(measured)
                    print(f"{name:6s} cpu {cpu:6.2f} ms  wall {wall:6.2f} ms  sql/request {sql:5.2f}")
            with app.app_context():
                db.engine.dispose()
    finally:
        pg.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')


if __name__ == "__main__":
    main()
