"""Cache-aside storage of ready-to-send response bodies, keyed by user, generation, kind and parameters."""

from __future__ import annotations

from dataclasses import dataclass

from taskforge.cache.gate import RedisGate
from taskforge.cache.keys import KeySpace
from taskforge.cache.sweeper import Sweeper
from taskforge.metrics import CACHE_LOOKUPS

_SEPARATOR = b"\n"


@dataclass(frozen=True)
class Cached:
    body: bytes
    etag: str | None


class ResponseCache:
    """Get and put response bodies for one user at one generation; schedule sweeps after writes."""

    def __init__(self, gate: RedisGate, *, ttl_s: int, keys: KeySpace | None = None) -> None:
        self.gate = gate
        self.ttl_s = ttl_s
        self.keys = keys or KeySpace()
        self.sweeper = Sweeper(gate, self.keys)

    def get(self, user_id: int, generation: int, kind: str, variant: str) -> Cached | None:
        key = self.keys.entry(user_id, generation, kind, variant)
        raw = self.gate.run("get", lambda client: client.get(key))
        if not isinstance(raw, bytes):
            CACHE_LOOKUPS.labels(result="miss" if self.gate.available else "error").inc()
            return None
        CACHE_LOOKUPS.labels(result="hit").inc()
        etag, _, body = raw.partition(_SEPARATOR)
        return Cached(body=body, etag=etag.decode() or None)

    def put(
        self, user_id: int, generation: int, kind: str, variant: str, cached: Cached, ttl_s: int | None = None
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

        self.gate.run("put", store)

    def invalidate(self, user_id: int, live_generation: int) -> None:
        """After a write committed at `live_generation`: sweep the user's older entries in the background."""
        if self.gate.available:
            self.sweeper.schedule(user_id, live_generation)
