"""Run wrk and read its report: requests/s, p50/p99 latency, non-2xx responses and socket errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

LUA_DIR = Path(__file__).resolve().parent / "lua"
THREADS = 2
# Above wrk's 2 s default, so a slow response is measured rather than dropped from the histogram as a timeout.
TIMEOUT = "10s"

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_PERCENTILE = re.compile(r"^\s*(\d+(?:\.\d+)?)%\s+([\d.]+)(us|ms|s|m|h)\s*$", re.MULTILINE)
_RPS = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
_TOTAL = re.compile(r"^\s*(\d+) requests in ([\d.]+)(us|ms|s|m|h)", re.MULTILINE)
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")


@dataclass(frozen=True)
class WrkResult:
    """One wrk run, as parsed from its text report."""

    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    socket_errors: dict[str, int]
    command: str
    output: str

    @property
    def errors(self) -> int:
        return self.non_2xx + sum(self.socket_errors.values())


def wrk_binary() -> str:
    """The wrk executable; raise RuntimeError when it is not installed."""
    path = shutil.which("wrk")
    if path is None:
        raise RuntimeError("wrk is not installed: apt-get install -y wrk (make bench does it)")
    return path


def wrk_version() -> str:
    """wrk's own version line."""
    done = subprocess.run([wrk_binary(), "-v"], capture_output=True, text=True, check=False)  # noqa: S603
    first = (done.stdout or done.stderr).splitlines()
    return first[0].split(" Copyright")[0] if first else "unknown"


def command_line(url: str, *, connections: int, duration: str, script: str | None) -> list[str]:
    """The wrk command for one measurement."""
    argv = [
        wrk_binary(),
        f"-t{THREADS}",
        f"-c{connections}",
        f"-d{duration}",
        "--timeout",
        TIMEOUT,
        "--latency",
    ]
    if script is not None:
        argv += ["-s", str(LUA_DIR / script)]
    return [*argv, url]


def run_wrk(
    url: str, *, connections: int, duration: str, script: str | None = None, env: dict[str, str] | None = None
) -> WrkResult:
    """Load `url` with wrk for `duration`; raise RuntimeError when wrk fails or prints no report."""
    argv = command_line(url, connections=connections, duration=duration, script=script)
    run_env = {**os.environ, "BENCH_LUA_DIR": str(LUA_DIR), **(env or {})}
    done = subprocess.run(  # noqa: S603 - wrk from PATH, arguments built here
        argv, capture_output=True, text=True, env=run_env, check=False, timeout=_seconds(duration) + 60
    )
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {' '.join(argv)}\n{done.stdout}\n{done.stderr}")
    shown = " ".join(["wrk", *argv[1:]]).replace(str(LUA_DIR), "bench/lua")
    return parse(done.stdout + done.stderr, command=shown)


def parse(output: str, *, command: str = "") -> WrkResult:
    """Read wrk's text report; raise RuntimeError when a figure is missing."""
    rps = _RPS.search(output)
    total = _TOTAL.search(output)
    percentiles = {float(p): float(v) * _UNITS_MS[unit] for p, v, unit in _PERCENTILE.findall(output)}
    if rps is None or total is None or 50.0 not in percentiles or 99.0 not in percentiles:
        raise RuntimeError(f"cannot read wrk's report:\n{output}")
    non_2xx = _NON_2XX.search(output)
    socket = _SOCKET.search(output)
    kinds = ("connect", "read", "write", "timeout")
    return WrkResult(
        rps=float(rps.group(1)),
        p50_ms=percentiles[50.0],
        p99_ms=percentiles[99.0],
        requests=int(total.group(1)),
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors={k: int(v) for k, v in zip(kinds, socket.groups(), strict=True)} if socket else {},
        command=command,
        output=output,
    )


def _seconds(duration: str) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(s|m|h)?", duration.strip())
    if match is None:
        raise ValueError(f"a duration such as 10s, not {duration!r}")
    return float(match.group(1)) * {"s": 1, "m": 60, "h": 3600}[match.group(2) or "s"]
