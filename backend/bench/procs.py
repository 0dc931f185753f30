"""The processes the benchmark starts: each dies with the benchmark and is stopped at the end."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

_LIBC = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    # Runs in the child before exec: a SIGKILLed benchmark still takes its servers down with it.
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def spawn(argv: list[str], *, cwd: Path, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start a long-running child whose stdout and stderr go to `log`."""
    with log.open("ab") as out:
        return subprocess.Popen(  # noqa: S603 - argv built by the benchmark from absolute paths
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,  # servers start before the memory sampler's thread exists
        )


def stop(process: subprocess.Popen[bytes], *, grace: float = 30.0) -> None:
    """SIGTERM (gunicorn drains, redis exits), then SIGKILL after `grace` seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@dataclass
class Server:
    """A gunicorn server the benchmark runs."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    env: dict[str, str] = field(repr=False)


def wait_http(url: str, process: subprocess.Popen[bytes], log: Path, *, timeout: float = 60.0) -> None:
    """Wait until `url` answers 200; raise RuntimeError (with the log's tail) if the process dies or hangs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited with {process.returncode}\n{tail(log)}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer 200 within {timeout:.0f} s\n{tail(log)}")


def tail(log: Path, lines: int = 30) -> str:
    """The last lines of a log file, for error messages."""
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def parents() -> dict[int, int]:
    """pid -> parent pid for every process visible in /proc."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as handle:
                stat = handle.read()
        except OSError:  # exited while we looked
            continue
        # The command name may hold spaces and parentheses: the fields we want follow the last ')'.
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def process_tree(root: int, parents: dict[int, int]) -> list[int]:
    """`root` and all its descendants."""
    tree, frontier = [root], [root]
    while frontier:
        children = [pid for pid, ppid in parents.items() if ppid in frontier]
        tree.extend(children)
        frontier = children
    return tree


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) when it is gone."""
    rss = pss = 0
    with contextlib.suppress(OSError):
        with open(f"/proc/{pid}/status") as handle:
            rss = next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            pss = next((int(line.split()[1]) for line in handle if line.startswith("Pss:")), 0)
    return rss, pss


def tree_pss_kib(pids: list[int]) -> int:
    """The summed PSS of `pids` (a server's process tree) in KiB."""
    return sum(pss for _, pss in map(_memory_kib, pids))


@dataclass
class Peak:
    rss_kib: int = 0
    pss_kib: int = 0
    processes: int = 0


class MemorySampler(threading.Thread):
    """Samples the summed RSS and PSS of each server's process tree (master + workers) every `interval`."""

    def __init__(self, roots: dict[str, int], interval: float = 0.2) -> None:
        super().__init__(name="memory-sampler", daemon=True)
        self.roots = roots
        self.interval = interval
        self.peaks = {name: Peak() for name in roots}
        self.samples = 0
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval):
            table = parents()
            for name, root in self.roots.items():
                pids = process_tree(root, table)
                totals = [_memory_kib(pid) for pid in pids]
                peak = self.peaks[name]
                peak.rss_kib = max(peak.rss_kib, sum(rss for rss, _ in totals))
                peak.pss_kib = max(peak.pss_kib, sum(pss for _, pss in totals))
                peak.processes = max(peak.processes, len(pids))
            self.samples += 1

    def stop(self) -> None:
        self._stopped.set()
        self.join(timeout=5)
