"""`make bench`: TaskForge under its production gunicorn config against a bare-Flask floor, in one run.

Starts its own database (taskforge_bench, recreated), its own redis-server, a bare-Flask floor and two
TaskForge servers (cache on, cache off) with the same gunicorn config; seeds the data; measures every scenario
with wrk at each connection count; writes docs/benchmarks.md and prints the tables. Everything it started is
stopped, and the database dropped, on the way out, failure or not.

Every scenario is measured once per round (BENCH_ROUNDS, 3) after a VACUUM ANALYZE, and reported as the median
of its rounds with their range.

Environment: BENCH_DURATION (5s), BENCH_ROUNDS (3), BENCH_QUICK=1 (a smoke check), BENCH_CONNECTIONS (16,64),
BENCH_SEARCH_TASKS (100000), BENCH_OUTPUT (docs/benchmarks.md), BENCH_KEEP=1 (keep the logs' directory).
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import psycopg2
import redis

from bench import document, extras, seed, services, shared
from bench.cpu import CpuMeter, postgres_processes, tree_of
from bench.procs import MemorySampler, Server, tail
from bench.report import Row, WriteLevel, judge, judge_streams, median_of
from bench.scenarios import LIST, PATCH, POST, POST_USERS, READS, WRITERS, Options, Scenario
from bench.wrk import WrkResult, run_wrk, wrk_binary


class Bench:
    """One benchmark run: its processes, data and measurements."""

    def __init__(self, options: Options, stack: ExitStack) -> None:
        self.options = options
        self.stack = stack
        self.started = time.monotonic()
        self.load_at_start = os.getloadavg()[0]
        self.workdir = Path(tempfile.mkdtemp(prefix="taskforge-bench-"))
        if options.keep:
            print(f"logs kept in {self.workdir}")
        else:
            stack.callback(shutil.rmtree, self.workdir, ignore_errors=True)
        self.pg = seed.Postgres()
        self.servers: dict[str, Server] = {}
        self.passwords: dict[str, str] = {}
        self.facts: dict[str, str] = {}
        self.cache_checks: dict[str, list[tuple[str, str]]] = {}
        self.header_missing = False
        self.rows: list[Row] = []  # one per scenario and connection count: the median of its rounds
        self.rounds: dict[tuple[str, int], list[Row]] = {}
        self.floor: dict[str, dict[int, WrkResult]] = {"before": {}, "after": {}}
        self.levels: list[WriteLevel] = []
        self.ids: list[int] = []
        self.ids_file = self.workdir / "ids.txt"
        self.tokens_file = self.workdir / "tokens.txt"

    def log(self, message: str) -> None:
        print(f"[{time.monotonic() - self.started:6.1f}s] {message}", flush=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    # -- setup ---------------------------------------------------------------------------------------------

    def setup(self) -> None:
        """Database, Redis, migrations, the four servers, and the memory sampler."""
        wrk_binary()
        self.pg.recreate()
        self.stack.callback(self.pg.drop)
        self.redis_url, self.redis, redis_version = services.start_redis(self.workdir, self.stack)
        env = services.base_env(self.workdir, database_url=self.pg.url(), redis_url=self.redis_url)
        services.migrate(env, self.workdir / "migrate.log")
        self.log("database migrated; starting the floor, two TaskForge servers and the events server")
        start = services.start_gunicorn
        self.servers["floor"] = start(
            "floor", "bench.floor_app:app", env, self.workdir, self.stack, health="/"
        )
        for name, cache in (("cached", "true"), ("uncached", "false")):
            server_env = {**env, "CACHE_ENABLED": cache}
            self.servers[name] = start(
                name, "wsgi:app", server_env, self.workdir, self.stack, health="/health"
            )
        # The event streams' own server, as production runs it beside the API (docs/performance.md, step 7).
        events_env = {**env, **services.EVENTS_SERVER}
        self.servers["events"] = start(
            "events", "wsgi:app", events_env, self.workdir, self.stack, health="/health"
        )
        redis_pid = int(self.redis.info("server")["process_id"])  # type: ignore[index]  # redis-py's union
        self.cpu = {
            name: CpuMeter(
                {"app": tree_of(s.process.pid), "postgres": postgres_processes, "redis": lambda: [redis_pid]}
            )
            for name, s in self.servers.items()
        }
        self.sampler = MemorySampler({name: s.process.pid for name, s in self.servers.items()})
        self.sampler.start()
        self.stack.callback(self.sampler.stop)
        self.facts = document.facts(self.pg.version(), redis_version, services.gunicorn_settings(env))

    def seed(self) -> None:
        """A user with 1,000 tasks (batch endpoint), one with 100,000 (one INSERT ... SELECT), and writers."""
        api = seed.Api(self.servers["cached"].url)
        users = ["lists", "search", *(f"writer{i}" for i in range(WRITERS))]
        self.passwords = {user: os.urandom(12).hex() for user in users}
        self.user_ids = {u: api.register(f"bench_{u}", p) for u, p in self.passwords.items()}
        t0 = time.monotonic()
        self.ids = seed.seed_with_batches(api, self.token("lists"), self.options.list_tasks)
        self.ids_file.write_text("\n".join(map(str, self.ids)) + "\n")
        self.log(
            f"{len(self.ids):,} tasks created with POST /api/tasks/batch in {time.monotonic() - t0:.1f} s"
        )
        t0 = time.monotonic()
        seed.seed_with_sql(self.pg, self.user_ids["search"], self.options.search_tasks)
        self.log(
            f"{self.options.search_tasks:,} tasks inserted with SQL (+ VACUUM ANALYZE) "
            f"in {time.monotonic() - t0:.1f} s"
        )

    def warm_up(self) -> None:
        """Each worker's first requests (imports, pool connections) happen here, not in a measurement."""
        for name in ("floor", "cached", "uncached"):
            path, script = ("/", None) if name == "floor" else (LIST, "get.lua")
            url = self.servers[name].url + path
            run_wrk(url, connections=16, duration="2s", script=script, env=self.wrk_env("lists"))

    def token(self, user: str) -> str:
        """A fresh access token (they last 15 minutes; a run may be longer than that)."""
        return seed.Api(self.servers["cached"].url).login(f"bench_{user}", self.passwords[user])

    def wrk_env(self, user: str) -> dict[str, str]:
        """Fresh tokens for wrk's Lua scripts: BENCH_TOKEN, or BENCH_TOKENS_FILE for the writers."""
        env = {"BENCH_IDS_FILE": str(self.ids_file), "BENCH_TOKENS_FILE": str(self.tokens_file)}
        if user == "writers":
            tokens = [self.token(f"writer{i}") for i in range(WRITERS)]
            self.tokens_file.write_text("\n".join(tokens) + "\n")
            return {**env, "BENCH_TOKEN": tokens[0]}
        return {**env, "BENCH_TOKEN": self.token(user)}

    # -- cache checks ------------------------------------------------------------------------------------

    def warm(self, scenario: Scenario, token: str) -> None:
        """Fill the cache for the scenario (the list once, every id for get-one)."""
        api = seed.Api(self.servers[scenario.server].url)
        paths = [f"/api/tasks/{i}" for i in self.ids] if scenario.script == "get_one.lua" else [scenario.path]
        for path in paths:
            api.get(path, token)

    def check_cache(self, scenario: Scenario, conns: int, token: str, when: str) -> list[str]:
        """Sample one response; when X-Cache exists, a cached run must hit and a cache-off run must not.

        Returns the problems found, as notes for the row."""
        path = f"/api/tasks/{self.ids[0]}" if scenario.script == "get_one.lua" else scenario.path
        seen = seed.Api(self.servers[scenario.server].url).get(path, token).headers.get("X-Cache")
        samples = self.cache_checks.setdefault(scenario.label, [])
        samples.append((seen or "(no header)", f"{when}, {conns} connections"))
        if seen is None:
            self.header_missing = self.header_missing or scenario.server == "cached"
        elif scenario.server == "cached" and seen != "hit":
            return [f"X-Cache {seen} {when}"]
        elif scenario.server == "uncached" and seen == "hit":
            return [f"cache hit with CACHE_ENABLED=false {when}"]
        return []

    # -- measurements ------------------------------------------------------------------------------------

    def measure_floor(self, when: str) -> None:
        for conns in self.options.connections:
            result = run_wrk(
                self.servers["floor"].url + "/", connections=conns, duration=self.options.duration
            )
            self.floor[when][conns] = result
            self.log(
                f"floor ({when}), {conns} connections: {result.rps:,.0f} req/s, p99 {result.p99_ms:.2f} ms"
            )

    def record(self, row: Row) -> None:
        """Keep one round's measurement of a scenario; `run` reports each scenario's median."""
        self.rounds.setdefault((row.key, row.connections), []).append(row)

    def measure(self, scenario: Scenario, conns: int, env: dict[str, str] | None = None) -> Row:
        self.pg.vacuum_analyze()
        env = env or self.wrk_env(scenario.user)
        token, notes = env["BENCH_TOKEN"], []
        if scenario.reads and scenario.server == "cached":
            self.warm(scenario, token)
            notes += self.check_cache(scenario, conns, token, "after warming")
        url = self.servers[scenario.server].url + scenario.path
        with self.cpu[scenario.server].measure() as cpu:
            result = run_wrk(
                url, connections=conns, duration=self.options.duration, script=scenario.script, env=env
            )
        cpu_ms = cpu.per_request_ms(result.requests)
        if scenario.reads:
            notes += self.check_cache(scenario, conns, token, "after the run")
        self.log(
            f"{scenario.label}, {conns} connections: {result.rps:,.0f} req/s, "
            f"p99 {result.p99_ms:.2f} ms, errors {result.errors}, CPU ms per request: app "
            f"{cpu_ms['app']:.2f}, PostgreSQL {cpu_ms['postgres']:.2f}, Redis {cpu_ms['redis']:.2f}"
        )
        return Row(
            key=scenario.key,
            label=scenario.label,
            connections=conns,
            result=result,
            notes=notes,
            cpu_ms=cpu_ms,
        )

    def run(self) -> None:
        if self.load_at_start > document.BUSY_LOAD:
            self.log(f"warning: load average {self.load_at_start:.1f} before starting: the machine is busy")
        self.setup()
        self.seed()
        self.shared = shared.setup(self)
        self.warm_up()
        self.measure_floor("before")
        for round_ in range(1, self.options.rounds + 1):  # every scenario once per round: drift spreads
            self.log(f"round {round_} of {self.options.rounds}")
            for scenario in (*READS, POST, PATCH, POST_USERS):
                for conns in self.options.connections:
                    self.record(self.measure(scenario, conns))
            shared.measure(self, self.shared)
        self.rows = [median_of(rounds) for rounds in self.rounds.values()]
        extras.measure_with_streams(self)
        extras.measure_writes_with_keys(self)
        self.measure_floor("after")
        self.sampler.stop()
        self.facts["load average (1 min), start / end"] = (
            f"{self.load_at_start:.2f} / {os.getloadavg()[0]:.2f}"
        )
        self.judge()

    def judge(self) -> None:
        for row in self.rows:
            floor = [self.floor[w][row.connections].rps for w in ("before", "after")]
            row.ratio = row.result.rps / (sum(floor) / len(floor))
            judge(row)
        judge_streams(self.rows)
        shared.judge(self.rows)

    def report(self) -> str:
        problems = {name: services.log_problems(server.log) for name, server in self.servers.items()}
        return document.render(self, problems)


# What a failed step raises; anything else is a bug in the harness and keeps its traceback.
_FAILURES = (RuntimeError, OSError, psycopg2.Error, redis.RedisError, subprocess.SubprocessError)


def _exit_on_signal(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)  # unwinds through the ExitStack, which stops everything


def main() -> int:
    options = Options.from_env()
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)
    with ExitStack() as stack:
        atexit.register(stack.close)
        bench = Bench(options, stack)
        try:
            bench.run()
        except _FAILURES as exc:
            print(f"make bench failed after {bench.elapsed():.0f} s: {exc}", file=sys.stderr)
            for server in bench.servers.values():
                print(f"--- {server.name} log (tail) ---\n{tail(server.log)}", file=sys.stderr)
            return 1
        text = bench.report()
        options.output.parent.mkdir(parents=True, exist_ok=True)
        options.output.write_text(text)
        print(document.stdout_summary(bench))
        bench.log(f"wrote {options.output}; cleaning up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
