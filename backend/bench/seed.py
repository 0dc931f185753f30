"""The benchmark's data: its own database, users with tasks, and Redis keys unrelated to TaskForge."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import psycopg2
import redis
import requests

DB_NAME = "taskforge_bench"
SEARCH_TERM = "invoice"
# Fifty nouns: the search term is in 1 title in 50, so a search page is full and its count is real work.
_NOUNS = (
    *(
        "invoice",
        "budget",
        "roadmap",
        "release",
        "backlog",
        "sprint",
        "report",
        "contract",
        "review",
        "audit",
    ),
    *("design", "survey", "newsletter", "migration", "backup", "deploy", "incident", "meeting", "hiring"),
    *("onboarding", "training", "expenses", "payroll", "forecast", "pricing", "campaign", "launch", "retro"),
    *("demo", "prototype", "spec", "ticket", "outage", "patch", "upgrade", "benchmark", "dashboard", "alert"),
    *("metrics", "runbook", "policy", "license", "renewal", "vendor", "inventory", "shipment", "refund"),
    *("warranty", "feedback", "interview"),
)
_VERBS = ("Write", "Review", "Plan", "Fix", "Send", "Check", "Update", "Prepare", "Close", "Discuss")


@dataclass(frozen=True)
class Postgres:
    """Where the benchmark creates its database (the shared server; trust auth as on these machines)."""

    host: str = os.environ.get("BENCH_PG_HOST", "127.0.0.1")
    port: int = int(os.environ.get("BENCH_PG_PORT", "5432"))
    user: str = os.environ.get("BENCH_PG_USER", "postgres")

    def connect(self, dbname: str) -> Any:
        return psycopg2.connect(
            host=self.host, port=self.port, user=self.user, dbname=dbname, connect_timeout=5
        )

    def url(self, dbname: str = DB_NAME) -> str:
        return f"postgresql+psycopg2://{self.user}@{self.host}:{self.port}/{dbname}"

    def execute(self, statement: str, dbname: str = "postgres") -> None:
        """One statement in autocommit (CREATE/DROP DATABASE and VACUUM refuse a transaction)."""
        conn = self.connect(dbname)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(statement)
        finally:
            conn.close()

    def recreate(self) -> None:
        """Drop the benchmark database (whoever is connected) and create it empty."""
        self.drop()
        self.execute(f"CREATE DATABASE {DB_NAME}")

    def vacuum_analyze(self, dbname: str = DB_NAME) -> None:
        """VACUUM ANALYZE the whole database: each measurement starts from tidy tables and fresh statistics
        (autovacuum is off on these machines, and the writes before leave dead rows behind)."""
        self.execute("VACUUM ANALYZE", dbname)

    def drop(self) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")

    def version(self) -> str:
        conn = self.connect("postgres")
        try:
            with conn.cursor() as cur:
                cur.execute("SHOW server_version")
                return str(cur.fetchone()[0])
        finally:
            conn.close()


class Api:
    """The few TaskForge calls the benchmark needs to set itself up; each raises on an unexpected status."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()

    def _call(
        self, method: str, path: str, expect: int, token: str | None = None, **kw: Any
    ) -> requests.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = self.http.request(method, self.base + path, headers=headers, timeout=30, **kw)
        if response.status_code != expect:
            raise RuntimeError(
                f"{method} {path}: {response.status_code} (wanted {expect}): {response.text[:500]}"
            )
        return response

    def register(self, username: str, password: str) -> int:
        body = {"username": username, "email": f"{username}@example.com", "password": password}
        user = self._call("POST", "/api/auth/register", 201, json=body).json()["user"]
        return int(user["id"])

    def login(self, username: str, password: str) -> str:
        body = {"username": username, "password": password}
        return str(self._call("POST", "/api/auth/login", 200, json=body).json()["access_token"])

    def get(self, path: str, token: str) -> requests.Response:
        return self._call("GET", path, 200, token)

    def create_batch(self, token: str, tasks: list[dict[str, Any]]) -> list[int]:
        items = self._call("POST", "/api/tasks/batch", 201, token, json={"tasks": tasks}).json()["items"]
        return [int(item["id"]) for item in items]

    def create_project(self, token: str, name: str) -> int:
        return int(self._call("POST", "/api/projects", 201, token, json={"name": name}).json()["id"])

    def share(self, token: str, project_id: int, username: str, role: str = "editor") -> None:
        body = {"username": username, "role": role}
        self._call("POST", f"/api/projects/{project_id}/members", 201, token, json=body)


def task_body(n: int) -> dict[str, Any]:
    """A varied, valid task: priorities, due dates, descriptions and completion spread over the list."""
    body: dict[str, Any] = {
        "title": f"{_VERBS[n % len(_VERBS)]} the {_NOUNS[(n // 10) % len(_NOUNS)]} #{n}",
        "priority": 1 + n % 4,
        "completed": n % 5 == 0,
    }
    if n % 2 == 0:
        body["due_date"] = f"2030-{1 + n % 12:02d}-{1 + n % 28:02d}T09:00:00+00:00"
    if n % 3 == 0:
        body["description"] = f"Notes for item {n}: follow up with the team."
    return body


def seed_with_batches(
    api: Api, token: str, count: int, per_call: int = 100, project_id: int | None = None
) -> list[int]:
    """Create `count` tasks through POST /api/tasks/batch, `per_call` at a time (in `project_id`, default the
    Inbox); return their ids."""
    where = {} if project_id is None else {"project_id": project_id}
    ids: list[int] = []
    for start in range(0, count, per_call):
        bodies = [{**task_body(n), **where} for n in range(start, min(start + per_call, count))]
        ids += api.create_batch(token, bodies)
    return ids


_BULK_INSERT = """
INSERT INTO tasks (user_id, {project_column}title, description, completed, priority, due_date,
                   created_at, updated_at, completed_at, version)
SELECT %(user_id)s,
       {project_value}
       (%(verbs)s::text[])[1 + n %% %(n_verbs)s]
       || ' the ' || (%(nouns)s::text[])[1 + (n / 10) %% %(n_nouns)s] || ' #' || n,
       CASE WHEN n %% 3 = 0 THEN 'Notes for item ' || n || ': follow up with the team.' END,
       n %% 5 = 0,
       1 + n %% 4,
       CASE WHEN n %% 2 = 0 THEN now() + (n %% 90 - 30) * interval '1 day' END,
       now() - n * interval '1 second',
       now() - n * interval '1 second',
       CASE WHEN n %% 5 = 0 THEN now() - n * interval '1 second' END,
       1
FROM generate_series(1, %(count)s) AS n
"""


_INBOX = "(SELECT id FROM projects WHERE owner_id = %(user_id)s AND is_inbox),"


def seed_with_sql(
    pg: Postgres, user_id: int, count: int, *, database: str = DB_NAME, projects: bool = True
) -> None:
    """Insert `count` tasks for `user_id` in one INSERT ... SELECT generate_series, then ANALYZE. `projects`
    False writes the schema before projects (no tasks.project_id), for `bench.compare` against older code."""
    statement = _BULK_INSERT.format(
        project_column="project_id, " if projects else "", project_value=_INBOX if projects else ""
    )
    conn = pg.connect(database)
    try:
        with conn, conn.cursor() as cur:
            params = {
                "user_id": user_id,
                "count": count,
                "verbs": list(_VERBS),
                "nouns": list(_NOUNS),
                "n_verbs": len(_VERBS),
                "n_nouns": len(_NOUNS),
            }
            cur.execute(statement, params)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("VACUUM ANALYZE tasks")
    finally:
        conn.close()


UNRELATED_PREFIX = "bench-unrelated:"


def trim_redis(client: redis.Redis, start: int, stop: int, batch: int = 10_000) -> None:
    """UNLINK the unrelated keys start..stop-1 again, `batch` per round trip."""
    for first in range(start, stop, batch):
        client.unlink(*(f"{UNRELATED_PREFIX}{n}" for n in range(first, min(first + batch, stop))))


def fill_redis(client: redis.Redis, start: int, stop: int, batch: int = 10_000) -> None:
    """SET keys start..stop-1 under a prefix TaskForge never uses, `batch` per pipeline round trip."""
    for first in range(start, stop, batch):
        pipe = client.pipeline(transaction=False)
        for n in range(first, min(first + batch, stop)):
            pipe.set(f"{UNRELATED_PREFIX}{n}", b"x")
        pipe.execute()
