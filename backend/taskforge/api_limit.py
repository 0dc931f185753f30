"""The API-wide limit: one fixed-window bucket per caller, counted before every /api request reaches its view.

Flask-Limiter decides the sign-in limits (taskforge.ratelimit). On every other request it would only count
this one bucket, and its per-request machinery (re-reading each limit's string, evaluating the exemptions of
the limits that do not apply, building its context) cost several times the counting itself. This counts with
the `limits` library's fixed window directly, on the limiter's own storage: Redis shared by every worker and
pod, falling back call by call to the worker's memory while Redis fails (taskforge.ratelimit_storage).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, Response, request
from limits import RateLimitItem, parse_many
from limits.storage import Storage
from limits.strategies import FixedWindowRateLimiter

from taskforge.errors import problem_response
from taskforge.metrics import RATE_LIMITED

_SCOPE = "api"
_MESSAGE = "Too many requests."
_UNLIMITED_PATHS = ("/api/openapi.json", "/api/docs")


@dataclass(frozen=True)
class ApiLimit:
    """The parsed limits (e.g. 600/minute) and the counter on the shared storage."""

    items: tuple[RateLimitItem, ...]
    counter: FixedWindowRateLimiter

    def refusal(self, key: str) -> Response | None:
        """Count one request of `key` in every window; the 429 of the first window it exceeds, or None."""
        for item in self.items:
            if not self.counter.hit(item, _SCOPE, key):
                return _too_many_requests(self.counter, item, key)
        return None


def register_api_limit(app: Flask, *, limit: str, storage: Storage, key: Callable[[], str]) -> None:
    """Check `limit` per `key()` (the caller) before every limited request of `app`."""
    api_limit = ApiLimit(items=tuple(parse_many(limit)), counter=FixedWindowRateLimiter(storage))

    def check() -> Response | None:
        if limited(request.method, request.path):
            return api_limit.refusal(key())
        return None

    app.before_request(check)


def limited(method: str, path: str) -> bool:
    """Only the API is limited; not its documentation, CORS preflights, health checks or metrics."""
    if method == "OPTIONS" or not path.startswith("/api/"):
        return False
    return not any(path == prefix or path.startswith(prefix + "/") for prefix in _UNLIMITED_PATHS)


def _too_many_requests(counter: FixedWindowRateLimiter, item: RateLimitItem, key: str) -> Response:
    RATE_LIMITED.labels(endpoint=request.endpoint or "unknown").inc()
    response = problem_response(
        429, "Too Many Requests", f"{_MESSAGE} The limit is {item}.", type_="/problems/rate-limited"
    )
    reset_at, remaining = counter.get_window_stats(item, _SCOPE, key)  # a second call, on refusals only
    set_limit_headers(response, amount=item.amount, remaining=remaining, reset_at=reset_at)
    return response


def set_limit_headers(response: Response, *, amount: int, remaining: int, reset_at: float) -> None:
    """Retry-After and the IETF RateLimit-Limit/-Remaining/-Reset fields of the limit that refused."""
    reset_in = str(max(1, math.ceil(reset_at - time.time())))
    response.headers["Retry-After"] = reset_in
    response.headers["RateLimit-Limit"] = str(amount)
    response.headers["RateLimit-Remaining"] = str(max(0, remaining))
    response.headers["RateLimit-Reset"] = reset_in
