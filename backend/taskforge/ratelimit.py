"""Rate limits: one per-user limit on the whole API (taskforge.api_limit); per-address and per-account limits
on the auth endpoints (Flask-Limiter, which looks at no other request).

Counters live in Redis when REDIS_URL is set, so every worker and pod shares them. When Redis fails, each
call counts in its worker's memory instead (never "swallow errors", which would switch limiting off) and
goes back to Redis once it answers again: taskforge.ratelimit_storage. A 429 is application/problem+json with
Retry-After and RateLimit-*.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, Literal, Protocol

from flask import Flask, Response, current_app, g, request
from flask_limiter import Limit, Limiter, RateLimitExceeded, RouteLimit

from taskforge.api_limit import limited, register_api_limit, set_limit_headers
from taskforge.auth.bearer import request_claims
from taskforge.config import Settings
from taskforge.errors import problem_response
from taskforge.metrics import RATE_LIMITED
from taskforge.ratelimit_storage import SCHEME as STORAGE_SCHEME

log = logging.getLogger(__name__)

EXTENSION = "taskforge_rate_limits"
PerAddress = Literal[
    "login_rate_limit", "register_rate_limit", "refresh_rate_limit", "password_reset_rate_limit"
]
PerAccount = Literal[
    "login_account_rate_limit",
    "password_reset_account_rate_limit",
    "email_verification_rate_limit",
    "email_change_rate_limit",
]
View = Callable[..., Response]

_MESSAGES = {
    "api_rate_limit": "Too many requests.",
    "login_rate_limit": "Too many sign-in attempts from this address.",
    "register_rate_limit": "Too many accounts created from this address.",
    "refresh_rate_limit": "Too many token refreshes from this address.",
    "login_account_rate_limit": "Too many sign-in attempts for this account.",
    "password_reset_rate_limit": "Too many password reset requests from this address.",
    "password_reset_account_rate_limit": "Too many password reset requests for this email address.",
    "email_verification_rate_limit": "Too many verification emails for this account.",
    "email_change_rate_limit": "Too many email change attempts for this account.",
}
_PER_ADDRESS: tuple[PerAddress, ...] = (
    "login_rate_limit",
    "register_rate_limit",
    "refresh_rate_limit",
    "password_reset_rate_limit",
)
_PER_ACCOUNT: tuple[PerAccount, ...] = (
    "login_account_rate_limit",
    "password_reset_account_rate_limit",
    "email_verification_rate_limit",
    "email_change_rate_limit",
)


@dataclass(frozen=True)
class RateLimits:
    """One app's limiter and its per-account limits (entered inside the view, once the body is parsed)."""

    limiter: Limiter
    per_account: dict[str, RouteLimit]


def register_rate_limits(app: Flask, settings: Settings) -> None:
    """Bind a limiter of this app's own with its storage, fallback, limits, 429 answer and headers."""
    app.config.update(
        # Never Flask-Limiter's own in-memory fallback: it switches once per process, and requests already
        # waiting on Redis when it fails would answer 500. This storage falls back call by call.
        RATELIMIT_STORAGE_URI=(STORAGE_SCHEME + settings.redis_url) if settings.redis_url else "memory://",
        RATELIMIT_STORAGE_OPTIONS=(
            {"timeout_s": settings.redis_timeout_s, "cooldown_s": settings.redis_cooldown_s}
            if settings.redis_url
            else {}
        ),
        # Fixed window: one INCR-and-EXPIRE script per limit and one small counter per key. Moving and sliding
        # windows measured ~2.5x the limiter's cost per request on this machine, and the moving one keeps an
        # entry per request (up to the limit's amount per key). A window starts at its key's first hit, not
        # on the clock; the price is that a client may spend two windows' worth around a boundary, which the
        # sign-in limits bound by pairing a minute window with an hour one (10/minute;50/hour).
        RATELIMIT_STRATEGY="fixed-window",
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=False,
        RATELIMIT_SWALLOW_ERRORS=False,
        # _set_headers writes Retry-After and the IETF RateLimit-* fields on 429s. Flask-Limiter's own would
        # cost a second Redis call per request, put Retry-After on every answer and stretch a 503's.
        RATELIMIT_HEADERS_ENABLED=False,
    )
    # Flask-Limiter keeps storage and fallback state on the instance, so each app needs a limiter of its own
    # (tests build several apps in one process); extensions.limiter is never bound.
    limiter = Limiter(key_func=client_address, default_limits=_default_limits(settings))
    limiter.request_filter(_not_marked)
    limiter.init_app(app)
    _check_only_marked(app, limiter)
    # After the limiter's own check: a sign-in is counted per address first, as before.
    register_api_limit(app, limit=settings.api_rate_limit, storage=limiter.storage, key=caller)
    per_account: dict[str, RouteLimit] = {
        setting: limiter.limit(
            getattr(settings, setting),
            key_func=_account_key,
            # The sign-in limit keeps its first scope name: its counters in Redis stay where they were.
            scope="account" if setting == "login_account_rate_limit" else setting.removesuffix("_rate_limit"),
            # Entering it leaves a hint on the endpoint; with True, Flask-Limiter would then leave the API and
            # per-address limits out of the endpoint's before-request check.
            override_defaults=False,
            error_message=_MESSAGES[setting],
        )
        for setting in _PER_ACCOUNT
    }
    app.extensions[EXTENSION] = RateLimits(limiter=limiter, per_account=per_account)
    app.register_error_handler(RateLimitExceeded, _too_many_requests)
    app.after_request(_set_headers)


def limit_per_address(setting: PerAddress) -> Callable[[View], View]:
    """Limit the endpoint per client address with `setting`, before anything in the request is read."""

    def mark(view: View) -> View:
        view.__rate_limit__ = setting  # type: ignore[attr-defined]  # copied outwards by functools.wraps
        return view

    return mark


class _Login(Protocol):
    username: str


def limit_per_account(
    setting: PerAccount, *, account: Callable[[dict[str, Any]], str] | None = None
) -> Callable[[View], View]:
    """Limit the endpoint per account named in its validated body (`username`, an account name or email), or
    by `account(view's arguments)` (the signed-in caller of a password check, an address asked about, say).

    Goes below `operation`, so only well-formed attempts (the only ones that reach a password check) count;
    malformed bodies are refused by parsing and count against the per-address limit only.
    """

    def decorate(view: View) -> View:
        @wraps(view)
        def handle(**kwargs: Any) -> Response:
            g.rate_limit_account = _login_name(kwargs) if account is None else account(kwargs)
            _count_per_account(setting)
            return view(**kwargs)

        handle.__rate_limit_account__ = setting  # type: ignore[attr-defined]  # seen by _not_marked

        return handle

    return decorate


def _login_name(kwargs: dict[str, Any]) -> str:
    body: _Login = kwargs["body"]
    return body.username.strip().lower()  # as the service looks accounts up


def _count_per_account(setting: PerAccount) -> None:
    """Count the request against the per-account limit; raise RateLimitExceeded beyond it."""
    limit = _rate_limits().per_account[setting]
    # Flask-Limiter names a limit entered as a context manager by the line that enters it, and keeps one
    # limit per name: two limits entered on one line would, under concurrent requests, check each other's.
    # Hence one line each (the branches are alike on purpose). Its __exit__ does nothing: the check is all.
    if setting == "login_account_rate_limit":  # noqa: SIM114
        with limit:
            pass
    elif setting == "password_reset_account_rate_limit":  # noqa: SIM114
        with limit:
            pass
    elif setting == "email_verification_rate_limit":
        with limit:
            pass
    else:
        with limit:
            pass


def client_address() -> str:
    """The client's address as ProxyFix resolved it; an IPv6 client by its /64 (one host may own it all)."""
    raw = request.remote_addr or ""
    if ":" not in raw:
        return f"ip:{raw[:64]}"
    try:
        address = ipaddress.IPv6Address(raw)
    except ValueError:
        return f"ip:{raw[:64]}"
    if address.ipv4_mapped is not None:
        return f"ip:{address.ipv4_mapped}"
    return f"ip:{address.exploded[:19]}::/64"


def caller() -> str:
    """`user:<id>` for a request bearing a genuine token, else the client's address.

    The limit is checked before the view authenticates, so this uses the token's verification (signature,
    algorithm, expiry, issuer, audience; no database), never an unverified `sub`, which would let anyone
    drain another user's bucket; the view then reuses it. A revoked token still counts against its user.
    """
    claims = request_claims()
    return client_address() if claims is None else f"user:{claims['sub']}"


def _account_key() -> str:
    # Hashed: emails stay out of Redis, and every key has the same short length.
    name: str = g.get("rate_limit_account", "")
    return "account:" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _default_limits(settings: Settings) -> list[str | Callable[[], str] | Limit]:
    """Each per-address limit on the endpoints marked for it, checked before the request is parsed."""
    return [
        _limit(settings, setting, key=client_address, exempt_when=_unless_marked(setting))
        for setting in _PER_ADDRESS
    ]


def _limit(
    settings: Settings, setting: str, *, key: Callable[[], str], exempt_when: Callable[[], bool] | None
) -> Limit:
    return Limit(
        limit_provider=getattr(settings, setting),
        key_function=key,
        scope=setting.removesuffix("_rate_limit"),
        shared=True,
        exempt_when=exempt_when,
        error_message=_MESSAGES[setting],
    )


def _unless_marked(setting: str) -> Callable[[], bool]:
    def exempt() -> bool:
        view = current_app.view_functions.get(request.endpoint or "")
        return getattr(view, "__rate_limit__", None) != setting

    return exempt


def _check_only_marked(app: Flask, limiter: Limiter) -> None:
    """Run Flask-Limiter's before-request check only on the endpoints it limits.

    The check names the view (through `inspect`) before it consults the request filter: 6% of a cache hit's
    CPU, spent on every request it then lets through. The filter stays for its other callers. Should a later
    Flask-Limiter register its check differently, nothing changes but the cost (tests/test_ratelimit.py).
    """
    hooks = app.before_request_funcs.get(None, [])
    check = limiter._check_request_limit
    if check not in hooks:
        return

    def check_marked() -> None:
        if not _not_marked():
            check()

    hooks[hooks.index(check)] = check_marked


def _not_marked() -> bool:
    """Flask-Limiter looks only at the endpoints marked with a per-address or a per-account limit: every
    other request is the API-wide limit's alone."""
    if not limited(request.method, request.path):
        return True
    view = current_app.view_functions.get(request.endpoint or "")
    return getattr(view, "__rate_limit__", None) is None and not hasattr(view, "__rate_limit_account__")


def _rate_limits() -> RateLimits:
    limits: RateLimits = current_app.extensions[EXTENSION]
    return limits


def _too_many_requests(error: RateLimitExceeded) -> Response:
    RATE_LIMITED.labels(endpoint=request.endpoint or "unknown").inc()
    return problem_response(
        429,
        "Too Many Requests",
        f"{error.description} The limit is {error.limit.limit}.",
        type_="/problems/rate-limited",
    )


def _set_headers(response: Response) -> Response:
    """On a 429: Retry-After and the IETF RateLimit-Limit/-Remaining/-Reset of the limit that refused.

    Only on 429s: reading a window is one more Redis round trip, too dear for every answer.
    """
    if response.status_code != 429 or "Retry-After" in response.headers:  # the API limit's own are set
        return response
    current = _rate_limits().limiter.current_limit
    if current is None:
        return response
    reset_at, remaining = current.window  # from Redis, or from memory while Redis fails
    set_limit_headers(response, amount=current.limit.amount, remaining=remaining, reset_at=reset_at)
    return response
