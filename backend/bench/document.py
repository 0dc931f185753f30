"""docs/benchmarks.md: how the numbers were made, on what, and the tables."""

from __future__ import annotations

import importlib.metadata
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bench import seed, shared
from bench.report import git_revision, machine_facts, results_table, writes_table
from bench.services import BACKEND
from bench.wrk import LUA_DIR, WrkResult, command_line, wrk_version

if TYPE_CHECKING:
    from bench.run import Bench


NOISY_DRIFT = 0.10


def facts(pg_version: str, redis_version: str, gunicorn: dict[str, str]) -> dict[str, str]:
    """Machine and software facts for the report."""
    return {
        **machine_facts(),
        "PostgreSQL": pg_version,
        "Redis": redis_version,
        "wrk": wrk_version(),
        "gunicorn": importlib.metadata.version("gunicorn"),
        "Flask": importlib.metadata.version("flask"),
        "gunicorn workers": f"{gunicorn['workers']} x {gunicorn['worker_class']} (from gunicorn.conf.py)",
    }


BUSY_LOAD = 1.0


def _busy_warning(bench: Bench) -> str:
    if bench.load_at_start <= BUSY_LOAD:
        return "The machine was otherwise idle when the run started (load average below 1)."
    cores = bench.facts["cores (nproc)"]
    return (
        f"> **The machine was busy** (load average {bench.load_at_start:.1f} on {cores} cores before the "
        "benchmark started anything): other work competed for the cores during the run, so every figure is "
        "lower and noisier than on an idle machine, and TaskForge (which also needs PostgreSQL and Redis to "
        "get CPU time) suffers more than the floor. Rerun when the machine is idle."
    )


def _floor_section(bench: Bench) -> str:
    lines = [
        "| floor (bare Flask, same gunicorn config) | conns | req/s | p50 ms | p99 ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for conns in bench.options.connections:
        runs: list[tuple[str, WrkResult]] = [(w, bench.floor[w][conns]) for w in ("before", "after")]
        for when, r in runs:
            lines.append(
                f"| {when} the TaskForge runs | {conns} | {r.rps:,.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f} |"
            )
        before, after = (r.rps for _, r in runs)
        drift = abs(after - before) / before
        noisy = ": noisy, compare with care" if drift > NOISY_DRIFT else ""
        lines.append(
            f"| **mean** (drift {drift:.1%}{noisy}) | {conns} | **{(before + after) / 2:,.0f}** | | |"
        )
    return "\n".join(lines)


def _memory_section(bench: Bench) -> str:
    lines = [
        "RSS summed over master and workers counts every page shared after `fork` once per process; PSS "
        "splits shared pages between the processes that share them, so its sum is the real footprint.",
        "",
        "| server | processes | peak RSS, summed | peak PSS, summed |",
        "|---|---:|---:|---:|",
    ]
    for name, peak in bench.sampler.peaks.items():
        lines.append(
            f"| {_SERVER_NAMES[name]} | {peak.processes} | {peak.rss_kib / 1024:.0f} MiB | "
            f"{peak.pss_kib / 1024:.0f} MiB |"
        )
    return "\n".join(lines)


_SERVER_NAMES = {
    "floor": "floor (bench/floor_app.py)",
    "cached": "TaskForge, CACHE_ENABLED=true",
    "uncached": "TaskForge, CACHE_ENABLED=false",
    "events": "TaskForge's events server (gevent, 1 worker)",
}


def results_sections(bench: Bench) -> str:
    """The tables: printed to stdout and written into the report."""
    conns = bench.options.write_connections
    return "\n\n".join(
        [
            "### Framework floor (measured before and after everything else)",
            _floor_section(bench),
            "### TaskForge, as ratios to the floor's mean at the same connection count",
            results_tables_note(bench),
            results_table(bench.rows),
            f"### Write latency with unrelated keys in Redis ({conns} connections, cache on)",
            writes_table(bench.levels, conns),
            "### Peak memory (sampled from /proc every 0.2 s over the whole run)",
            _memory_section(bench),
            "### Cache checks (one response sampled after warming and after each run)",
            _cache_section(bench),
        ]
    )


def _cache_section(bench: Bench) -> str:
    lines = []
    for label, samples in bench.cache_checks.items():
        values = {value for value, _ in samples}
        if len(values) == 1:
            lines.append(f"- {label}: X-Cache `{values.pop()}` in all {len(samples)} samples")
        else:
            lines.append(f"- {label}: " + "; ".join(f"X-Cache `{value}` ({when})" for value, when in samples))
    if bench.header_missing:
        lines.insert(
            0,
            "**The cached server sent no `X-Cache` header**: the response cache is not in this build, and "
            "the cached rows measure the uncached path.\n",
        )
    return "\n".join(lines) or "- none"


def results_tables_note(bench: Bench) -> str:
    met = [r for r in bench.rows if r.met is not None]
    missed = [f"{r.label} at {r.connections}" for r in met if not r.met]
    summary = f"{len(met) - len(missed)} of {len(met)} targets met"
    return (
        summary
        + (f"; missed: {', '.join(missed)}." if missed else ".")
        + "\n\nCPU ms/req: CPU time (from /proc, every thread's schedstat) spent during the measurement by "
        "the server's processes (gunicorn's master and workers), by every PostgreSQL process and by the "
        "bench's redis-server, divided by the requests wrk completed. On a 2-core machine shared with wrk, "
        "this is what decides requests/s; wrk's own CPU is not in it."
    )


def _commands(bench: Bench) -> str:
    duration = bench.options.duration
    lines = [
        "cd backend",
        "# each server: TASKFORGE_ENV=production, random SECRET_KEY, JWT_SECRET_KEY and VAPID_PRIVATE_KEY,",
        "# DATABASE_URL=<taskforge_bench>, REDIS_URL=<the bench redis>, LOG_LEVEL=WARNING,",
        "# every *_RATE_LIMIT=100000000/minute, HOST=127.0.0.1, PORT=<free port>,",
        "# PROMETHEUS_MULTIPROC_DIR=<an empty temp dir per server>",
        "redis-server --port $REDIS_PORT --bind 127.0.0.1 --save '' --appendonly no",
        ".venv/bin/flask --app wsgi db upgrade",
        ".venv/bin/gunicorn -c gunicorn.conf.py bench.floor_app:app            # $FLOOR",
        "CACHE_ENABLED=true .venv/bin/gunicorn -c gunicorn.conf.py wsgi:app   # $TASKFORGE, cache on",
        "CACHE_ENABLED=false .venv/bin/gunicorn -c gunicorn.conf.py wsgi:app  # $TASKFORGE, cache off",
        "# wrk, with BENCH_TOKEN=<a fresh access token>, BENCH_IDS_FILE=<the 1,000 task ids>,",
        "# BENCH_LUA_DIR=bench/lua; the same at 64 connections, and get.lua for /api/stats and search",
    ]
    examples = [
        ("$FLOOR/", None),
        (f"$TASKFORGE{bench_path('list')}", "get.lua"),
        ("$TASKFORGE/api/tasks", "get_one.lua"),
        ("$TASKFORGE/api/tasks", "post.lua"),
        ("$TASKFORGE/api/tasks", "patch.lua"),
    ]
    for url, script in examples:
        argv = command_line(url, connections=16, duration=duration, script=script)
        lines.append(" ".join(["wrk", *argv[1:]]).replace(str(LUA_DIR), "bench/lua"))
    return "```bash\n" + "\n".join(lines) + "\n```"


def bench_path(name: str) -> str:
    return {"list": "/api/tasks?per_page=20", "search": f"/api/tasks?search={seed.SEARCH_TERM}&per_page=20"}[
        name
    ]


def render(bench: Bench, problems: dict[str, dict[str, int]]) -> str:
    """The whole of docs/benchmarks.md."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    banner = (
        "> **Quick smoke run** (BENCH_QUICK=1: little data, 1 s per measurement): proves the harness works; "
        "do not quote these numbers. Run `make bench` for the real ones.\n\n"
        if bench.options.quick
        else ""
    )
    machine = "\n".join(f"| {k} | {v} |" for k, v in bench.facts.items())
    logs = "\n".join(
        f"| {_SERVER_NAMES[name]} | " + " | ".join(str(counts[k]) for k in counts) + " |"
        for name, counts in problems.items()
    )
    return f"""# TaskForge benchmarks

{banner}Generated by `make bench` ({bench.options.duration} per measurement,
{bench.elapsed() / 60:.1f} min in all) on {when}, commit `{git_revision(BACKEND.parent)}`.
Absolute numbers on a shared 2-core machine are noisy: read the **ratios to the floor**, measured in the
same run.

## How to run

```bash
make bench                  # ~15 minutes: installs wrk if missing, writes this file, prints the tables
BENCH_QUICK=1 BENCH_OUTPUT=/tmp/quick.md make bench   # a smoke check of the harness (make test runs it)
```

Knobs: `BENCH_DURATION` (default `5s`), `BENCH_ROUNDS` (default `3`), `BENCH_CONNECTIONS` (default
`16,64`), `BENCH_SEARCH_TASKS` (default `100000`), `BENCH_OUTPUT`, `BENCH_KEEP=1` (keep the server logs).
`make bench-compare BASE=<checkout>` runs another checkout and this one alternately (see
`backend/bench/compare.py`). The harness is
`backend/bench/run.py`; it needs PostgreSQL on 127.0.0.1:5432 (user `postgres`, trust) and `redis-server`.

## Machine

| | |
|---|---|
{machine}

{_busy_warning(bench)}

## What runs

- Its own database `taskforge_bench` on the shared PostgreSQL (dropped and recreated each run, dropped at the
  end), its own `redis-server` on a free port (never the shared 6379), `flask db upgrade` against both.
- Three gunicorn servers from the same `gunicorn.conf.py` and the same environment: the floor
  (`bench/floor_app.py`, one route returning a small JSON object), TaskForge with `CACHE_ENABLED=true`,
  and TaskForge with `CACHE_ENABLED=false` (both on the same database and Redis).
- Data: user `bench_lists` with {bench.options.list_tasks:,} tasks created through `POST /api/tasks/batch`
  (100 per call); user `bench_search` with {bench.options.search_tasks:,} tasks from one
  `INSERT ... SELECT generate_series` plus `VACUUM ANALYZE`; the search term `{seed.SEARCH_TERM}` is in the
  title of 1 task in 50.
- Every measurement: `VACUUM ANALYZE` of the whole database, then
  `wrk -t2 -cN -d{bench.options.duration} --timeout 10s --latency` at each connection count N, with the CPU
  time of the server's processes, PostgreSQL and Redis read from /proc before and after. The scenario table
  runs in {bench.options.rounds} rounds (every scenario once per round, so the machine's drift over the run
  spreads over all of them) and shows each scenario's median round with the range of its rounds; errors
  are summed over the rounds.
  Read endpoints on a cached server are warmed first (the list once; every one of the 1,000 ids for
  get-one). POST sends one fixed body. PATCH sends no `If-Match` and picks a random id among the 1,000 for
  every request, with a title that changes each time so every request really writes: users edit different
  tasks, and one shared id would measure PostgreSQL's row-lock queue (`SELECT ... FOR UPDATE`), not the
  write path.
- Search is judged on the cache-off server: the cached run repeats one query and measures the cache.
- Write latency with unrelated keys: Redis is filled with `SET {seed.UNRELATED_PREFIX}<n> x` through a
  redis-py pipeline, 10,000 per round trip, to 10k, then 100k, then 1M keys, then trimmed back to 10k
  (`UNLINK`), and POST and PATCH are measured at each step. The 1M p99 is compared with the mean of the
  two 10k runs, before and after, so the machine's drift in between cancels out.
- Shared projects: user `bench_shared_owner` owns a project with {bench.options.shared_sizes[0]} members
  and one with {bench.options.shared_sizes[-1]} (each member registered through the API and added as an
  editor), each with {bench.options.shared_tasks:,} tasks. Its list is read by up to {shared.READERS} of its
  members in turn (`get_users.lua`), tasks are created in it by one member and by up to {shared.READERS} in
  turn (`post_project.lua`), and edited by one member (`patch.lua` over the project's ids). Each judged
  row follows the same work in one person's Inbox, measured right before it ("beside the next row"), so
  the machine's drift over the run cannot pass for a cost of sharing: a shared list at least
  {shared.LIST_SHARE:.0%} of the Inbox list's requests/s, a shared write at most {shared.WRITE_COST:g}x a
  personal write (requests/s and p99).
- Event streams: the uncached list is measured once more at the lowest connection count while
  {bench.options.streams} `GET /api/events` streams of the same user are held open on the events server
  beside it (idle: the measurement is of what holding them costs); its p50 and p99 are compared with the
  median run without them.
- gunicorn runs its default worker (sync: one request at a time per process, no keep-alive) for the floor
  and TaskForge alike; the events server runs gevent, one worker, as in production.

{_commands(bench)}

## Results

{results_sections(bench)}

### Server logs during the run

| server | tracebacks | ERROR/CRITICAL lines | worker timeouts |
|---|---:|---:|---:|
{logs}
"""  # noqa: S608 - Markdown that mentions SQL, not a query


def stdout_summary(bench: Bench) -> str:
    return "\n" + results_sections(bench) + "\n"
