"""A Redis client that never hangs a request: short timeouts, no retries, and a breaker that skips Redis for a
few seconds after an error, so a frozen Redis costs one timeout per cool-down, not one per request."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from taskforge.metrics import CACHE_ERRORS

T = TypeVar("T")
log = logging.getLogger(__name__)


class RedisGate:
    """Runs Redis calls fail-open: on error or while the breaker is open, the call returns `None`."""

    def __init__(
        self, url: str, *, timeout_s: float, cooldown_s: float, without: str = "serving without cache"
    ) -> None:
        self.client = redis.Redis.from_url(
            url,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 0),
            health_check_interval=0,
        )
        self._cooldown_s = cooldown_s
        self._without = without
        self._open_until = 0.0
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._open_until

    def run(self, op: str, call: Callable[[redis.Redis], T]) -> T | None:
        """Run `call(client)`; on any Redis error open the breaker, count it and return None."""
        if not self.available:
            CACHE_ERRORS.labels(op="skipped").inc()
            return None
        try:
            return call(self.client)
        except (redis.RedisError, OSError) as exc:
            with self._lock:
                self._open_until = time.monotonic() + self._cooldown_s
            CACHE_ERRORS.labels(op=op).inc()
            log.warning(
                "redis unavailable, %s for %.1f s: %s",
                self._without,
                self._cooldown_s,
                type(exc).__name__,
            )
            return None

    def ping(self) -> bool:
        """True when Redis answers now (used by /ready to report, never to fail)."""
        return bool(self.run("ping", lambda client: client.ping()))
