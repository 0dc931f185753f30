"""Which scope each API operation needs from a personal API token, decided here and nowhere else.

An operation's first tag names its area and its method says read or write. Tags not listed here, and
every operation on accounts, sessions, tokens, two-factor authentication, notification settings and push
subscriptions, are refused to every API token (default deny): a token never manages the account it
belongs to, so an endpoint added under a new or an `auth` tag is refused until it is listed here.
"""

from __future__ import annotations

from typing import Any, Final

from taskforge.errors import Forbidden

TASKS_READ: Final = "tasks:read"
TASKS_WRITE: Final = "tasks:write"
PROJECTS_READ: Final = "projects:read"
PROJECTS_WRITE: Final = "projects:write"
WEBHOOKS: Final = "webhooks"
ACCOUNT_READ: Final = "account:read"

# Every scope, with the sentence the API and the web app explain it with.
SCOPES: Final[dict[str, str]] = {
    TASKS_READ: "Read tasks, sections, tags, comments, history, statistics, exports and the change feed.",
    TASKS_WRITE: "Create, change, complete and delete tasks, sections, tags and comments.",
    PROJECTS_READ: "Read projects, their members, sharing and teams.",
    PROJECTS_WRITE: "Create, change and delete projects, their members, sharing and teams.",
    WEBHOOKS: "Manage webhooks and read their deliveries.",
    ACCOUNT_READ: "Read the account's profile (GET /api/auth/me).",
}

SAFE_METHODS: Final = frozenset({"GET", "HEAD"})

# first tag -> (scope for reads, scope for writes)
_AREAS: Final[dict[str, tuple[str, str]]] = {
    **dict.fromkeys(
        ("tasks", "tags", "sections", "comments", "trash", "stats", "changes", "events", "export", "audit"),
        (TASKS_READ, TASKS_WRITE),
    ),
    **dict.fromkeys(("projects", "sharing", "teams"), (PROJECTS_READ, PROJECTS_WRITE)),
    "webhooks": (WEBHOOKS, WEBHOOKS),
}

# Exceptions to the table above, by endpoint and method; None refuses every token.
_OVERRIDES: Final[dict[tuple[str, str], str | None]] = {
    ("auth.me", "GET"): ACCOUNT_READ,
    ("auth.me", "HEAD"): ACCOUNT_READ,
    # A stream ticket carries no scopes (EventSource cannot send a header); a script opens the stream with
    # its token in the Authorization header instead, which needs tasks:read.
    ("events.issue_ticket", "POST"): None,
}


def required_scope(tags: tuple[str, ...], method: str, endpoint: str) -> str | None:
    """The scope an API token needs for this operation, or None when no token may call it."""
    key = (endpoint, method.upper())
    if key in _OVERRIDES:
        return _OVERRIDES[key]
    area = _AREAS.get(tags[0]) if tags else None
    if area is None:
        return None
    return area[0] if method.upper() in SAFE_METHODS else area[1]


class InsufficientScope(Forbidden):
    """403 for an API token without the scope an operation needs (RFC 6750's insufficient_scope)."""

    type = "/problems/insufficient-scope"

    def __init__(self, scope: str | None) -> None:
        if scope is None:
            detail = "API tokens cannot use this endpoint: sign in to the web app for it."
            challenge = 'Bearer error="insufficient_scope"'
        else:
            detail = f"This token lacks the {scope} scope."
            challenge = f'Bearer error="insufficient_scope", scope="{scope}"'
        super().__init__(detail, headers={"WWW-Authenticate": challenge})
        self.scope = scope

    def extra(self) -> dict[str, Any]:
        return {"required_scope": self.scope}


def authorize(scopes: frozenset[str] | None, *, tags: tuple[str, ...], method: str, endpoint: str) -> None:
    """Let a session (no scopes: everything) or a token holding the operation's scope through; raise
    InsufficientScope otherwise."""
    if scopes is None:
        return
    needed = required_scope(tags, method, endpoint)
    if needed is None or needed not in scopes:
        raise InsufficientScope(needed)
