"""What `make bench` measures, and the options that size it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bench import seed
from bench.services import BACKEND

WRITERS = 16
STREAMS = 200  # event streams held open for the "with open event streams" measurement


@dataclass(frozen=True)
class Options:
    duration: str
    quick: bool
    connections: tuple[int, ...]
    search_tasks: int
    output: Path
    keep: bool
    rounds: int
    list_tasks: int = 1000
    key_levels: tuple[int, ...] = (10_000, 100_000, 1_000_000)
    write_connections: int = 16
    shared_sizes: tuple[int, ...] = (10, 200)  # members of each shared project, the owner included
    shared_tasks: int = 1000
    streams: int = STREAMS

    @classmethod
    def from_env(cls) -> Options:
        """The full run, or with BENCH_QUICK=1 a smoke check of the harness (every step, little data, 1 s
        measurements at 16 connections, no targets worth reading) that `make test` runs."""
        quick = os.environ.get("BENCH_QUICK", "") not in {"", "0"}
        small = {
            "list_tasks": 100,
            "key_levels": (1_000, 2_000),
            "shared_sizes": (3, 5),
            "shared_tasks": 100,
            "streams": 10,
        }
        return cls(
            duration=os.environ.get("BENCH_DURATION") or ("1s" if quick else "5s"),
            rounds=int(os.environ.get("BENCH_ROUNDS") or ("1" if quick else "3")),
            quick=quick,
            connections=tuple(
                int(c) for c in os.environ.get("BENCH_CONNECTIONS", "16" if quick else "16,64").split(",")
            ),
            search_tasks=int(os.environ.get("BENCH_SEARCH_TASKS", "2000" if quick else "100000")),
            output=Path(os.environ.get("BENCH_OUTPUT") or BACKEND.parent / "docs" / "benchmarks.md"),
            keep=os.environ.get("BENCH_KEEP", "") not in {"", "0"},
            **(small if quick else {}),  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class Scenario:
    key: str
    label: str
    server: str  # "cached" or "uncached"
    path: str
    script: str
    user: str  # "lists" (1,000 tasks) or "search" (100,000 tasks)

    @property
    def reads(self) -> bool:
        return self.script in {"get.lua", "get_one.lua", "get_users.lua"}


LIST = "/api/tasks?per_page=20"
SEARCH = f"/api/tasks?search={seed.SEARCH_TERM}&per_page=20"
READS = (
    Scenario("list-cached", "GET /api/tasks (cached)", "cached", LIST, "get.lua", "lists"),
    Scenario("list-uncached", "GET /api/tasks (cache off)", "uncached", LIST, "get.lua", "lists"),
    Scenario("get-cached", "GET /api/tasks/{id} (cached)", "cached", "/api/tasks", "get_one.lua", "lists"),
    Scenario(
        "get-uncached", "GET /api/tasks/{id} (cache off)", "uncached", "/api/tasks", "get_one.lua", "lists"
    ),
    Scenario("stats-cached", "GET /api/stats (cached)", "cached", "/api/stats", "get.lua", "lists"),
    Scenario("stats-uncached", "GET /api/stats (cache off)", "uncached", "/api/stats", "get.lua", "lists"),
    Scenario(
        "search-cached", "GET /api/tasks?search= on 100k (cached)", "cached", SEARCH, "get.lua", "search"
    ),
    Scenario(
        "search-uncached",
        "GET /api/tasks?search= on 100k (cache off)",
        "uncached",
        SEARCH,
        "get.lua",
        "search",
    ),
)
POST = Scenario("post", "POST /api/tasks", "cached", "/api/tasks", "post.lua", "lists")
PATCH = Scenario("patch", "PATCH /api/tasks/{id}", "cached", "/api/tasks", "patch.lua", "lists")
POST_USERS = Scenario(
    "post-users",
    f"POST /api/tasks (extra: {WRITERS} users)",
    "cached",
    "/api/tasks",
    "post_users.lua",
    "writers",
)
