"""`make bench-compare BASE=<dir>`: this checkout against another (an older commit, checked out with its own
backend/.venv), measured alternately in one run, so the machine's drift between two separate `make bench`
runs cannot pass for a regression or an improvement.

Each side gets its own database, Redis and two gunicorn servers (cache on, cache off) from its own code and
gunicorn.conf.py, and the same data (a user with 1,000 tasks through the API, one with 100,000 through SQL,
16 writers). Every scenario runs ROUNDS times on each side, in the order A B B A A B ..., and the report gives
the medians with their ranges, and the head's change against the base.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from bench import seed, services
from bench.cpu import CpuMeter, postgres_processes, tree_of
from bench.procs import Server, free_port, parents, process_tree, spawn, stop, tree_pss_kib, wait_http
from bench.scenarios import PATCH, POST, POST_USERS, READS, WRITERS, Scenario
from bench.wrk import WrkResult, run_wrk

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DURATION = os.environ.get("BENCH_DURATION", "5s")
CONNECTIONS = tuple(int(c) for c in os.environ.get("BENCH_CONNECTIONS", "16,64").split(","))
SEARCH_TASKS = int(os.environ.get("BENCH_SEARCH_TASKS", "100000"))
ONLY = frozenset(filter(None, os.environ.get("BENCH_SCENARIOS", "").split(",")))  # scenario keys; empty: all


@dataclass
class Side:
    """One checkout under test: its backend directory, database, Redis and servers, and what it measured."""

    name: str
    backend: Path
    database: str
    home: Path = Path("/nonexistent")  # set by _prepare
    env: dict[str, str] = field(default_factory=dict)
    servers: dict[str, Server] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    ids_file: Path = Path("/nonexistent")  # set by _seed
    results: dict[tuple[str, int], list[WrkResult]] = field(default_factory=dict)
    cpu_ms: dict[tuple[str, int], list[dict[str, float]]] = field(default_factory=dict)  # per part, per round
    redis_pid: int = 0
    peak_pss_kib: int = 0  # of the server's processes, read after each measurement

    @property
    def bin(self) -> Path:
        return self.backend / ".venv" / "bin"

    def token(self, user: str) -> str:
        if user not in self.tokens:
            api = seed.Api(next(iter(self.servers.values())).url)
            self.tokens[user] = api.login(f"bench_{user}", self.passwords[user])
        return self.tokens[user]


def _prepare(side: Side, workdir: Path, stack: ExitStack) -> None:
    """The side's database (migrated with its own code) and Redis."""
    pg = seed.Postgres()
    pg.execute(f"DROP DATABASE IF EXISTS {side.database} WITH (FORCE)")
    pg.execute(f"CREATE DATABASE {side.database}")
    stack.callback(pg.execute, f"DROP DATABASE IF EXISTS {side.database} WITH (FORCE)")
    side.home = workdir / side.name
    side.home.mkdir()
    redis_url, client, _ = services.start_redis(side.home, stack)
    side.redis_pid = int(client.info("server")["process_id"])  # type: ignore[index]  # redis-py's union
    side.env = services.base_env(side.home, database_url=pg.url(side.database), redis_url=redis_url)
    upgrade = [str(side.bin / "flask"), "--app", "wsgi", "db", "upgrade"]
    done = subprocess.run(  # noqa: S603 - the side's own flask
        upgrade, cwd=side.backend, env=side.env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{side.name}: flask db upgrade failed\n{done.stdout}\n{done.stderr}")


def _serve(side: Side, kind: str, stack: ExitStack) -> None:
    """One of the side's servers ("cached" or "uncached"), from its own code and gunicorn.conf.py. Only one
    kind runs at a time: four idle servers' connection pools would fill PostgreSQL's 100 connections."""
    port = free_port()
    metrics = side.home / f"metrics-{kind}-{port}"
    metrics.mkdir()
    env = {**side.env, "CACHE_ENABLED": str(kind == "cached").lower(), "PORT": str(port)}
    env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics)
    log = side.home / f"{kind}-{port}.log"
    argv = [str(side.bin / "gunicorn"), "-c", "gunicorn.conf.py", "wsgi:app"]
    process = spawn(argv, cwd=side.backend, env=env, log=log)
    stack.callback(stop, process)
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/health", process, log)
    side.servers = {kind: Server(name=kind, url=url, process=process, log=log, env=env)}


def _seed(side: Side, workdir: Path) -> None:
    """The same data on both sides: 1,000 tasks through the API, 100,000 through SQL, 16 writers."""
    api = seed.Api(next(iter(side.servers.values())).url)
    users = ["lists", "search", *(f"writer{i}" for i in range(WRITERS))]
    side.passwords = {user: os.urandom(12).hex() for user in users}
    ids = {user: api.register(f"bench_{user}", password) for user, password in side.passwords.items()}
    tasks = seed.seed_with_batches(api, side.token("lists"), 1000)
    side.ids_file = workdir / f"{side.name}-ids.txt"
    side.ids_file.write_text("\n".join(map(str, tasks)) + "\n")
    pg = seed.Postgres()
    conn = pg.connect(side.database)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(_HAS_PROJECTS)
            projects = cur.fetchone() is not None
    finally:
        conn.close()
    seed.seed_with_sql(pg, ids["search"], SEARCH_TASKS, database=side.database, projects=projects)


_HAS_PROJECTS = (
    "SELECT 1 FROM information_schema.columns WHERE table_name = 'tasks' AND column_name = 'project_id'"
)


def _measure(side: Side, scenario: Scenario, conns: int, workdir: Path) -> tuple[WrkResult, dict[str, float]]:
    """One wrk run on the side's server; its result and the CPU per request (ms) of the server's processes,
    PostgreSQL and the side's Redis (only one side's server is under load at a time)."""
    env = {"BENCH_IDS_FILE": str(side.ids_file)}
    if scenario.user == "writers":
        tokens = [side.token(f"writer{i}") for i in range(WRITERS)]
        tokens_file = workdir / f"{side.name}-tokens.txt"
        tokens_file.write_text("\n".join(tokens) + "\n")
        env.update(BENCH_TOKENS_FILE=str(tokens_file), BENCH_TOKEN=tokens[0])
    else:
        env["BENCH_TOKEN"] = side.token(scenario.user)
    base = side.servers[scenario.server].url
    if scenario.reads and scenario.server == "cached":  # warm the cache, as make bench does
        paths = [scenario.path]
        if scenario.script == "get_one.lua":
            paths = [f"/api/tasks/{i}" for i in side.ids_file.read_text().split()]
        api = seed.Api(base)
        for path in paths:
            api.get(path, env["BENCH_TOKEN"])
    url = base + scenario.path
    server = side.servers[scenario.server].process.pid
    meter = CpuMeter(
        {"app": tree_of(server), "postgres": postgres_processes, "redis": lambda: [side.redis_pid]}
    )
    with meter.measure() as cpu:
        result = run_wrk(url, connections=conns, duration=DURATION, script=scenario.script, env=env)
    side.peak_pss_kib = max(side.peak_pss_kib, tree_pss_kib(process_tree(server, parents())))
    return result, cpu.per_request_ms(result.requests)


def _vacuum(sides: list[Side]) -> None:
    for side in sides:
        seed.Postgres().vacuum_analyze(side.database)


# Cached reads, then cache-off reads, then writes (last: they grow the lists the reads page through).
_PHASES = (
    ("cached", tuple(s for s in READS if s.server == "cached")),
    ("uncached", tuple(s for s in READS if s.server == "uncached")),
    ("cached", (POST, PATCH, POST_USERS)),
)


def run(base_dir: Path) -> str:
    """Measure both sides alternately; return the report."""
    started = time.monotonic()
    with ExitStack() as stack:
        workdir = Path(tempfile.mkdtemp(prefix="taskforge-compare-"))
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        sides = [
            Side("base", base_dir / "backend", "taskforge_compare_base"),
            Side("head", services.BACKEND, "taskforge_compare_head"),
        ]
        for side in sides:
            _prepare(side, workdir, stack)
        for number, (kind, scenarios) in enumerate(_PHASES):
            with ExitStack() as servers:
                for side in sides:
                    _serve(side, kind, servers)
                    if number == 0:
                        _seed(side, workdir)
                for scenario in (s for s in scenarios if not ONLY or s.key in ONLY):
                    for conns in CONNECTIONS:
                        _compare(sides, scenario, conns, workdir)
                        base, head = (_median(s.results[(scenario.label, conns)]) for s in sides)
                        line = f"{scenario.label} @{conns}: {base:,.0f} -> {head:,.0f} req/s"
                        print(f"[{time.monotonic() - started:6.1f}s] {line}", flush=True)
        return _report(sides, base_dir, time.monotonic() - started)


def _compare(sides: list[Side], scenario: Scenario, conns: int, workdir: Path) -> None:
    """ROUNDS measurements per side, in the order A B B A A B ..."""
    _vacuum(sides)
    for n in range(ROUNDS):
        for side in sides if n % 2 == 0 else reversed(sides):
            result, cpu_ms = _measure(side, scenario, conns, workdir)
            side.results.setdefault((scenario.label, conns), []).append(result)
            side.cpu_ms.setdefault((scenario.label, conns), []).append(cpu_ms)


def _median(results: list[WrkResult]) -> float:
    return statistics.median(r.rps for r in results)


def _cell(results: list[WrkResult], pick: Callable[[WrkResult], float]) -> str:
    values = [pick(r) for r in results]
    return f"{statistics.median(values):,.0f} ({min(values):,.0f}-{max(values):,.0f})"


def _rps(result: WrkResult) -> float:
    return result.rps


def _p99(result: WrkResult) -> float:
    return result.p99_ms


def _cpu(side: Side, key: tuple[str, int], part: str) -> str:
    return f"{statistics.median(m[part] for m in side.cpu_ms[key]):.2f}"


def _report(sides: list[Side], base_dir: Path, seconds: float) -> str:
    base, head = sides
    lines = [
        f"Base: `{base_dir}`; head: this checkout. {ROUNDS} alternating rounds of {DURATION} per "
        f"scenario and side, `VACUUM ANALYZE` before each scenario; {seconds / 60:.1f} min. "
        "Medians (min-max); CPU in ms per request (median round), base / head.",
        "",
        "| scenario | conns | base req/s | head req/s | head vs base | base p99 ms | head p99 ms "
        "| app CPU | PostgreSQL CPU | Redis CPU | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for key, results in base.results.items():
        label, conns = key
        other = head.results[key]
        change = _median(other) / _median(results) - 1
        errors = f"{sum(r.errors for r in results)} / {sum(r.errors for r in other)}"
        rps = f"{_cell(results, _rps)} | {_cell(other, _rps)}"
        p99 = f"{_cell(results, _p99)} | {_cell(other, _p99)}"
        cpu = " | ".join(
            f"{_cpu(base, key, part)} / {_cpu(head, key, part)}" for part in ("app", "postgres", "redis")
        )
        lines.append(f"| {label} | {conns} | {rps} | {change:+.0%} | {p99} | {cpu} | {errors} |")
    pss = f"{base.peak_pss_kib / 1024:,.0f} MiB / {head.peak_pss_kib / 1024:,.0f} MiB"
    lines += ["", f"PSS of the server's processes after its measurements, largest (base / head): {pss}."]
    return "\n".join(lines) + "\n"


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python -m bench.compare <base checkout directory>", file=sys.stderr)
        return 2
    report = run(Path(sys.argv[1]).resolve())
    output = Path(os.environ.get("BENCH_OUTPUT") or "/dev/stdout")
    output.write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
