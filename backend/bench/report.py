"""The benchmark's verdicts and its report: machine facts, commands, and the tables of results."""

from __future__ import annotations

import dataclasses
import os
import platform
import statistics
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from bench.wrk import WrkResult

# The targets, as ratios to the floor's requests/s at the same connection count...
RATIO_TARGETS = {
    "list-cached": 0.60,
    "list-uncached": 0.25,
    "get-uncached": 0.30,
    "post": 0.15,
    "patch": 0.15,
}
# ... and as p99 latency (ms) at a given connection count.
P99_TARGETS = {("list-cached", 16): 25.0, ("search-uncached", 16): 100.0}
WRITE_P99_GROWTH_TARGET = 1.5


@dataclass
class Row:
    """One measured scenario at one connection count."""

    key: str
    label: str
    connections: int
    result: WrkResult
    ratio: float | None = None
    target: str = "-"
    met: bool | None = None
    notes: list[str] = field(default_factory=list)
    cpu_ms: dict[str, float] = field(default_factory=dict)  # CPU per request: app, postgres, redis
    runs: list[WrkResult] = field(default_factory=list)  # every round's run when `result` is their median

    @property
    def errors(self) -> int:
        """Errors over every round, not only the median one's."""
        return sum(run.errors for run in self.runs) if self.runs else self.result.errors


def median_of(rounds: list[Row]) -> Row:
    """One row for a scenario measured in several rounds: the round with the median requests/s (the lower
    middle one for an even count), with each CPU part's median and every round's run kept for the ranges."""
    ordered = sorted(rounds, key=lambda row: row.result.rps)
    middle = ordered[(len(ordered) - 1) // 2]
    cpu = {
        part: statistics.median(row.cpu_ms[part] for row in rounds if part in row.cpu_ms)
        for part in middle.cpu_ms
    }
    notes = list(dict.fromkeys(note for row in rounds for note in row.notes))
    return dataclasses.replace(middle, cpu_ms=cpu, notes=notes, runs=[row.result for row in rounds])


def judge(row: Row) -> None:
    """Fill in the row's target and verdict; a run with errors never meets its target."""
    checks: list[tuple[str, bool]] = []
    minimum = RATIO_TARGETS.get(row.key)
    if minimum is not None and row.ratio is not None:
        checks.append((f">= {minimum:.0%} of floor", row.ratio >= minimum))
    p99 = P99_TARGETS.get((row.key, row.connections))
    if p99 is not None:
        checks.append((f"p99 < {p99:g} ms", row.result.p99_ms < p99))
    if not checks:
        return
    row.target = "; ".join(text for text, _ in checks)
    row.met = all(ok for _, ok in checks) and row.errors == 0 and not row.notes


STREAMS_KEY = "list-uncached-streams"
STREAMS_LATENCY_TARGET = 2.0  # p50 and p99 with the streams open, as a multiple of the same without them


def judge_streams(rows: list[Row]) -> None:
    """The list with event streams held open against the same list, connections and server without them."""
    for row in rows:
        if row.key != STREAMS_KEY:
            continue
        base = next(r for r in rows if r.key == "list-uncached" and r.connections == row.connections)
        p50, p99 = (row.result.p50_ms / base.result.p50_ms, row.result.p99_ms / base.result.p99_ms)
        row.target = (
            f"p50 and p99 <= {STREAMS_LATENCY_TARGET:g}x without streams (now {p50:.2f}x, {p99:.2f}x)"
        )
        row.met = max(p50, p99) <= STREAMS_LATENCY_TARGET and row.errors == 0 and not row.notes


def verdict(met: bool | None) -> str:
    return {True: "yes", False: "**NO**", None: "-"}[met]


def errors_cell(result: WrkResult) -> str:
    parts = [f"{result.non_2xx} non-2xx"] if result.non_2xx else []
    parts += [f"{n} {kind}" for kind, n in result.socket_errors.items() if n]
    return ", ".join(parts) or "0"


def results_table(rows: list[Row]) -> str:
    lines = [
        "| scenario | conns | req/s | p50 ms | p99 ms | CPU ms/req: app | PostgreSQL | Redis "
        "| ratio to floor | errors | target | met? |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
    ]
    for row in rows:
        r = row.result
        ratio = "-" if row.ratio is None else f"{row.ratio:.0%}"
        label = row.label + "".join(f" ({note})" for note in row.notes)
        cpu = " | ".join(_ms(row.cpu_ms.get(part)) for part in CPU_PARTS)
        rps = _ranged(r.rps, [run.rps for run in row.runs], "{:,.0f}")
        p99 = _ranged(r.p99_ms, [run.p99_ms for run in row.runs], "{:,.2f}")
        errors = errors_cell(r) if not row.runs else _errors_over(row.runs)
        lines.append(
            f"| {label} | {row.connections} | {rps} | {r.p50_ms:.2f} | {p99} | {cpu} | "
            f"{ratio} | {errors} | {row.target} | {verdict(row.met)} |"
        )
    return "\n".join(lines)


CPU_PARTS = ("app", "postgres", "redis")


def _ranged(value: float, runs: list[float], fmt: str) -> str:
    """The median, with the rounds' range when there were several."""
    shown = fmt.format(value)
    if len(runs) < 2:
        return shown
    return f"{shown} ({fmt.format(min(runs))}-{fmt.format(max(runs))})"


def _errors_over(runs: list[WrkResult]) -> str:
    non_2xx = sum(run.non_2xx for run in runs)
    parts = [f"{non_2xx} non-2xx"] if non_2xx else []
    for kind in runs[0].socket_errors:
        count = sum(run.socket_errors.get(kind, 0) for run in runs)
        if count:
            parts.append(f"{count} {kind}")
    return ", ".join(parts) or "0"


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


@dataclass
class WriteLevel:
    """POST and PATCH measured with `keys` unrelated keys in the benchmark's Redis."""

    keys: int
    dbsize: int
    post: WrkResult
    patch: WrkResult
    again: bool = False  # the fewest keys, measured a second time after the most


def write_growth(levels: list[WriteLevel]) -> list[tuple[str, float, bool]]:
    """(method, p99 at the most keys / mean p99 at the fewest, within target?) for POST and PATCH."""
    fewest = [level for level in levels if level.keys == min(lv.keys for lv in levels)]
    most = max(levels, key=lambda level: level.keys)
    growth = []
    for method in ("post", "patch"):
        base: list[WrkResult] = [getattr(level, method) for level in fewest]
        top: WrkResult = getattr(most, method)
        baseline = sum(r.p99_ms for r in base) / len(base)
        ratio = top.p99_ms / baseline if baseline else float("inf")
        clean = top.errors == 0 and all(r.errors == 0 for r in base)
        growth.append((method.upper(), ratio, ratio <= WRITE_P99_GROWTH_TARGET and clean))
    return growth


def writes_table(levels: list[WriteLevel], connections: int) -> str:
    lines = [
        "| unrelated keys (DBSIZE) | POST req/s | POST p50 ms | POST p99 ms "
        "| PATCH req/s | PATCH p50 ms | PATCH p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for level in levels:
        p, q = level.post, level.patch
        errors = f"POST {errors_cell(p)}; PATCH {errors_cell(q)}"
        keys = f"{level.keys:,}{' again' if level.again else ''} ({level.dbsize:,})"
        lines.append(
            f"| {keys} | {p.rps:,.0f} | {p.p50_ms:.2f} | {p.p99_ms:.2f} | "
            f"{q.rps:,.0f} | {q.p50_ms:.2f} | {q.p99_ms:.2f} | {errors} |"
        )
    lines.append("")
    fewest, most = min(lv.keys for lv in levels), max(lv.keys for lv in levels)
    lines.append(
        f"| p99 growth at {connections} connections | {most:,} keys / mean of the {fewest:,}-key runs "
        "| target | met? |"
    )
    lines.append("|---|---:|---|---|")
    for method, ratio, ok in write_growth(levels):
        target = f"<= {WRITE_P99_GROWTH_TARGET:g}x"
        lines.append(f"| {method} | {ratio:.2f}x | {target} | {verdict(ok)} |")
    return "\n".join(lines)


def _first_line(path: str, prefix: str) -> str:
    try:
        with open(path) as handle:
            return next((line.split(":", 1)[1].strip() for line in handle if line.startswith(prefix)), "?")
    except OSError:
        return "?"


def machine_facts() -> dict[str, str]:
    """What the numbers depend on, read from this machine."""
    mem_kib = _first_line("/proc/meminfo", "MemTotal").split()[0]
    return {
        "cores (nproc)": str(os.cpu_count()),
        "memory": f"{int(mem_kib) / 1024 / 1024:.1f} GiB" if mem_kib.isdigit() else "?",
        "CPU": _first_line("/proc/cpuinfo", "model name"),
        "kernel": platform.release(),
        "Python": platform.python_version(),
    }


def git_revision(repo: Path) -> str:
    """The commit measured, with `+dirty` when the work tree has changes."""

    def git(*args: str) -> str:
        done = subprocess.run(  # noqa: S603 - fixed git arguments
            ["git", "-C", str(repo), *args],  # noqa: S607 - git from PATH
            capture_output=True,
            text=True,
            check=False,
        )
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+dirty" if git("status", "--porcelain", "--untracked-files=no") else "")
