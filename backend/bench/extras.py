"""The measurements beside the scenario table: the API with many event streams open, and writes as Redis fills
with unrelated keys. Each is measured once (not in rounds): each compares neighbouring measurements."""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from bench import seed
from bench.report import STREAMS_KEY, WriteLevel
from bench.scenarios import PATCH, POST, READS
from bench.streams import open_streams

if TYPE_CHECKING:
    from bench.run import Bench


def measure_with_streams(bench: Bench) -> None:
    """The uncached list at the lowest connection count again, with STREAMS event streams held open on
    the events server beside it (same machine, database and Redis): holding streams must leave the API's
    latency within 2x."""
    scenario = next(s for s in READS if s.key == "list-uncached")
    conns = min(bench.options.connections)
    url = bench.servers["events"].url + "/api/events"
    with open_streams(url, bench.token(scenario.user), bench.options.streams) as opened:
        bench.log(f"{opened} event streams open on the events server")
        row = bench.measure(scenario, conns)
    label = f"{scenario.label} with {bench.options.streams} open event streams"
    bench.rows.append(dataclasses.replace(row, key=STREAMS_KEY, label=label))


def measure_writes_with_keys(bench: Bench) -> None:
    """POST and PATCH p99 with 10k, 100k, 1M, then 10k again unrelated keys in Redis.

    Measuring the fewest keys before and after the most (A-B-A) cancels the machine's drift over the
    minutes in between, which otherwise dominates a 1.5x p99 comparison on a shared 2-core machine."""
    filled = 0
    smallest = min(bench.options.key_levels)
    for level in (*bench.options.key_levels, smallest):
        t0 = time.monotonic()
        if level >= filled:
            seed.fill_redis(bench.redis, filled, level)
        else:
            seed.trim_redis(bench.redis, level, filled)
        again, filled = level < filled, level
        dbsize = int(bench.redis.dbsize())  # type: ignore[arg-type]  # redis-py's sync/async union
        bench.log(f"Redis at {level:,} unrelated keys (DBSIZE {dbsize:,}) in {time.monotonic() - t0:.1f} s")
        conns = bench.options.write_connections
        post, patch = (bench.measure(s, conns).result for s in (POST, PATCH))
        bench.levels.append(WriteLevel(keys=level, dbsize=dbsize, post=post, patch=patch, again=again))
