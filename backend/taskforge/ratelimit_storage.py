"""Rate-limit counters that never fail a request: in Redis, and while Redis errs or hangs, in this process.

Flask-Limiter's own fallback is one flag per limiter: the first request to see Redis fail flips it and
retries in memory, while every other request already waiting on Redis re-raises its error as a 500. Here
each call decides for itself: a Redis error or timeout sends that call (and every call for the gate's
cool-down) to this process's memory, so limits keep holding per process and no request sees the error.
Once the cool-down ends, the next call tries Redis again; counters start again from what Redis kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import redis
from limits.storage import MemoryStorage, RedisStorage, Storage
from redis.backoff import NoBackoff
from redis.retry import Retry

from taskforge.cache.gate import RedisGate

SCHEME = "taskforge+"
T = TypeVar("T")


class RedisOrMemoryStorage(Storage):
    """A `limits` storage for `taskforge+redis://...` URIs (the Redis URL with the prefix)."""

    STORAGE_SCHEME = [SCHEME + "redis", SCHEME + "rediss", SCHEME + "unix"]  # noqa: RUF012 - limits' own type

    def __init__(self, uri: str, *, timeout_s: float = 0.25, cooldown_s: float = 3.0, **_: object) -> None:
        super().__init__(uri, wrap_exceptions=False)
        url = uri.removeprefix(SCHEME)
        self._gate = RedisGate(
            url, timeout_s=timeout_s, cooldown_s=cooldown_s, without="counting rate limits in memory"
        )
        # limits' own Redis storage (its INCR-and-EXPIRE script) on the gate's connections: no retries and
        # the gate's timeouts, so a hung Redis costs one short timeout per cool-down.
        self._redis = RedisStorage(
            "redis://",
            connection_pool=self._gate.client.connection_pool,
            retry=Retry(NoBackoff(), 0),  # type: ignore[arg-type]  # passed on to redis.Redis, typed too narrowly
        )
        self._memory = MemoryStorage()

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return redis.RedisError  # never raised from here: every call falls back instead

    def _either(self, op: str, call: Callable[[Storage], T]) -> T:
        """`call` on Redis; on its failure (or during the cool-down) on this process's memory."""
        result = self._gate.run(op, lambda _client: call(self._redis))
        return call(self._memory) if result is None else result

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        return self._either("limit_incr", lambda storage: storage.incr(key, expiry, amount))

    def get(self, key: str) -> int:
        return self._either("limit_get", lambda storage: storage.get(key))

    def get_expiry(self, key: str) -> float:
        return self._either("limit_expiry", lambda storage: storage.get_expiry(key))

    def check(self) -> bool:
        return bool(self._gate.run("limit_ping", lambda client: client.ping()))

    def reset(self) -> int | None:
        self._memory.reset()
        return self._gate.run("limit_reset", lambda _client: self._redis.reset())

    def clear(self, key: str) -> None:
        self._memory.clear(key)
        self._gate.run("limit_clear", lambda _client: self._redis.clear(key))
