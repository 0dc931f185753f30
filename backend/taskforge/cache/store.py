"""Cache-aside storage of ready-to-send response bodies, keyed by user, generation, kind and parameters."""

from __future__ import annotations

from dataclasses import dataclass

from taskforge.cache.gate import RedisGate
from taskforge.cache.keys import Generation, KeySpace
from taskforge.cache.sweeper import Sweeper
from taskforge.metrics import CACHE_LOOKUPS

_SEPARATOR = b"\n"
_SEEN_LIMIT = 10_000  # people whose latest generation this process remembers


@dataclass(frozen=True)
class Cached:
    body: bytes
    etag: str | None


class ResponseCache:
    """Get and put response bodies for one user at one generation; schedule sweeps of retired entries.

    A write to a shared project retires the entries of every member, but sweeping them all would make the
    write's cost grow with the members. So a sweep is scheduled when someone's entries are known to be
    retired: after a write to their own generation, and when one of their requests fills the cache at a
    generation newer than the last this process saw for them (everything older is then unreachable).
    Members who never come back lose their entries to the fixed TTL.
    """

    def __init__(self, gate: RedisGate, *, ttl_s: int, keys: KeySpace | None = None) -> None:
        self.gate = gate
        self.ttl_s = ttl_s
        self.keys = keys or KeySpace()
        self.sweeper = Sweeper(gate, self.keys)
        self._seen: dict[int, Generation] = {}

    def get(self, user_id: int, generation: Generation, kind: str, variant: str) -> Cached | None:
        key = self.keys.entry(user_id, generation, kind, variant)
        raw = self.gate.run("get", lambda client: client.get(key))
        if not isinstance(raw, bytes):
            CACHE_LOOKUPS.labels(result="miss" if self.gate.available else "error").inc()
            return None
        CACHE_LOOKUPS.labels(result="hit").inc()
        etag, _, body = raw.partition(_SEPARATOR)
        return Cached(body=body, etag=etag.decode() or None)

    def put(
        self,
        user_id: int,
        generation: Generation,
        kind: str,
        variant: str,
        cached: Cached,
        ttl_s: int | None = None,
    ) -> None:
        """Store a body for `ttl_s` seconds (never longer than the configured TTL); fixed, not sliding."""
        ttl = min(self.ttl_s, ttl_s) if ttl_s is not None else self.ttl_s
        if ttl <= 0:
            return
        key = self.keys.entry(user_id, generation, kind, variant)
        value = (cached.etag or "").encode() + _SEPARATOR + cached.body
        index = self.keys.index(user_id)

        def store(client):  # type: ignore[no-untyped-def]
            pipe = client.pipeline(transaction=False)
            pipe.set(key, value, ex=ttl)
            pipe.sadd(index, key)
            pipe.expire(index, self.ttl_s + 60)
            return pipe.execute()

        if self.gate.run("put", store) is not None:
            self._filled(user_id, generation)

    def _filled(self, user_id: int, generation: Generation) -> None:
        seen = self._seen.get(user_id)
        if seen is not None and generation <= seen:
            return
        if len(self._seen) >= _SEEN_LIMIT:
            self._seen.clear()
        self._seen[user_id] = generation
        if seen is not None:
            self.invalidate(user_id, generation)

    def invalidate(self, user_id: int, live_generation: Generation) -> None:
        """Entries of the user older than `live_generation` are retired: sweep them in the background."""
        if self.gate.available:
            self.sweeper.schedule(user_id, live_generation)
