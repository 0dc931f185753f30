"""The read side: a view decorator that answers from the cache when it can and fills it when it cannot."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Response
from pydantic import BaseModel

from taskforge.access.identity import Identity
from taskforge.cache.app import response_cache
from taskforge.cache.store import Cached
from taskforge.unit_of_work import wrote_uncommitted

_TTL_ATTRIBUTE = "taskforge_cache_ttl_s"


def limit_cache_ttl(response: Response, seconds: int) -> None:
    """Cache `response` for at most `seconds` (answers that change with the clock alone)."""
    setattr(response, _TTL_ATTRIBUTE, seconds)


def _variant(kwargs: dict[str, Any]) -> str:
    parts = []
    for name, value in sorted(kwargs.items()):
        parts.append(f"{name}={value.model_dump_json() if isinstance(value, BaseModel) else value}")
    return "&".join(parts)


def cached(
    kind: str, *, unless: Callable[..., bool] | None = None
) -> Callable[[Callable[..., Response]], Callable[..., Response]]:
    """Serve the view's 200 answers from the per-user cache (`X-Cache: hit|miss`).

    The key includes the generation read with the caller's token (the view's `identity`), so a hit is never
    older than the caller's last acknowledged write. A view may lower the entry's lifetime with
    `limit_cache_ttl` (for answers that change with time alone). `unless(**kwargs)` skips the cache for
    requests it must not serve.
    """

    def decorate(view: Callable[..., Response]) -> Callable[..., Response]:
        @wraps(view)
        def handle(**kwargs: Any) -> Response:
            cache = response_cache()
            identity: Identity = kwargs["identity"]
            generation = identity.cache_generation
            parameters = {name: value for name, value in kwargs.items() if name != "identity"}
            if cache is None or generation is None or (unless is not None and unless(**parameters)):
                return view(**kwargs)
            user_id, variant = identity.user_id, _variant(parameters)
            hit = cache.get(user_id, generation, kind, variant)
            if hit is not None:
                response = Response(hit.body, mimetype="application/json")
                if hit.etag:
                    response.headers["ETag"] = hit.etag
                response.headers["X-Cache"] = "hit"
                return response
            response = view(**kwargs)
            if response.status_code == 200 and not wrote_uncommitted():
                entry = Cached(body=response.get_data(), etag=response.headers.get("ETag"))
                cache.put(
                    user_id, generation, kind, variant, entry, ttl_s=getattr(response, _TTL_ATTRIBUTE, None)
                )
            response.headers["X-Cache"] = "miss"
            return response

        return handle

    return decorate
