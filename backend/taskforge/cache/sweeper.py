"""Removes a user's retired cache entries after a write commits, on a background thread (never on the
request path). Correctness does not depend on it: retired entries are unreachable; this only frees memory."""

from __future__ import annotations

import logging
import queue
import threading
import time

from taskforge.cache.gate import RedisGate
from taskforge.cache.keys import Generation, KeySpace
from taskforge.metrics import CACHE_INVALIDATION_SECONDS, CACHE_KEYS_SWEPT

log = logging.getLogger(__name__)
BATCH = 500


class Sweeper:
    """Coalesces invalidations per user and sweeps them one user at a time."""

    def __init__(self, gate: RedisGate, keys: KeySpace) -> None:
        self._gate = gate
        self._keys = keys
        self._pending: dict[int, Generation] = {}
        self._lock = threading.Lock()
        self._wake: queue.Queue[None] = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._thread: threading.Thread | None = None

    def schedule(self, user_id: int, live_generation: Generation) -> None:
        """Retire every entry of `user_id` older than `live_generation`."""
        with self._lock:
            self._pending[user_id] = max(live_generation, self._pending.get(user_id, (0, 0)))
            self._idle.clear()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="cache-sweeper", daemon=True)
                self._thread.start()
        self._wake.put(None)

    def wait_idle(self, timeout: float) -> bool:
        """Block until every scheduled sweep ran (for tests and shutdown)."""
        return self._idle.wait(timeout)

    def _loop(self) -> None:
        while True:
            self._wake.get()
            while True:
                with self._lock:
                    if not self._pending:
                        self._idle.set()
                        break
                    user_id, live = self._pending.popitem()
                try:
                    self.sweep(user_id, live)
                except Exception:  # the sweeper must never die; the entries expire by TTL anyway
                    log.exception("cache sweep failed")

    def sweep(self, user_id: int, live_generation: Generation) -> int:
        """SSCAN the user's index and UNLINK retired entries in batches; return how many were removed."""
        started = time.perf_counter()
        index = self._keys.index(user_id)
        members = self._gate.run(
            "sweep", lambda client: [m.decode() for m in client.sscan_iter(index, count=BATCH)]
        )
        if not members:
            return 0
        dead = [key for key in members if (self._keys.generation_of(key) or (0, 0)) < live_generation]
        removed = 0
        for start in range(0, len(dead), BATCH):
            batch = dead[start : start + BATCH]

            def unlink(client, batch=batch):  # type: ignore[no-untyped-def]
                pipe = client.pipeline(transaction=False)
                pipe.unlink(*batch)
                pipe.srem(index, *batch)
                return pipe.execute()[0]

            result = self._gate.run("sweep", unlink)
            if result is None:
                break
            removed += int(result)
        CACHE_KEYS_SWEPT.inc(removed)
        CACHE_INVALIDATION_SECONDS.observe(time.perf_counter() - started)
        return removed
