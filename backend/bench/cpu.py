"""CPU time spent by each part of the stack during a measurement, from /proc: what decides speed on a
CPU-bound machine, where requests per second also reflect the load generator and the other servers."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from bench.procs import parents, process_tree

_TICK_S = 1.0 / os.sysconf("SC_CLK_TCK")

Pids = Callable[[], list[int]]


def cpu_seconds(pid: int) -> float:
    """CPU time of one process so far, all its threads: from schedstat (nanoseconds) where the kernel keeps
    it, else utime + stime (clock ticks: 10 ms steps, too coarse for a few seconds of a small process).

    0 when the process is gone (its share is lost, which is rare here)."""
    try:
        threads = os.listdir(f"/proc/{pid}/task")
        return sum(_thread_ns(pid, tid) for tid in threads) / 1e9
    except (OSError, ValueError):
        return _ticks(pid)


def _thread_ns(pid: int, tid: str) -> int:
    with open(f"/proc/{pid}/task/{tid}/schedstat") as handle:
        return int(handle.read().split()[0])


def _ticks(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # After the command name: state is field 3, utime field 14 and stime field 15 (proc(5)).
    return (int(fields[11]) + int(fields[12])) * _TICK_S


def tree_of(root: int) -> Pids:
    """A process and its descendants, looked up afresh at each reading (workers may be replaced)."""
    return lambda: process_tree(root, parents())


def postgres_processes() -> list[int]:
    """Every process of the PostgreSQL cluster: the postmaster, its backends and background workers."""
    table = parents()
    names = {pid: _name(pid) for pid in table}
    roots = [pid for pid, name in names.items() if name == "postgres" and names.get(table[pid]) != "postgres"]
    return [pid for root in roots for pid in process_tree(root, table)]


def _name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as handle:
            return handle.read().strip()
    except OSError:
        return ""


@dataclass
class CpuUse:
    """CPU seconds per part over one measurement; `per_request_ms` divides them by the requests served."""

    seconds: dict[str, float] = field(default_factory=dict)

    def per_request_ms(self, requests: int) -> dict[str, float]:
        return {part: 1000.0 * used / max(1, requests) for part, used in self.seconds.items()}


class CpuMeter:
    """Reads the CPU of named groups of processes before and after a measurement."""

    def __init__(self, groups: dict[str, Pids]) -> None:
        self.groups = groups

    def _read(self) -> dict[str, dict[int, float]]:
        return {part: {pid: cpu_seconds(pid) for pid in pids()} for part, pids in self.groups.items()}

    @contextmanager
    def measure(self) -> Iterator[CpuUse]:
        """Yield a CpuUse that holds, after the block, what each group spent during it.

        A process that starts during the block counts from zero; one that exits is left out (its CPU until
        then is lost): PostgreSQL backends of the servers' pools live for the whole run."""
        before = self._read()
        use = CpuUse()
        yield use
        after = self._read()
        for part, now in after.items():
            use.seconds[part] = sum(cpu - before[part].get(pid, 0.0) for pid, cpu in now.items())
