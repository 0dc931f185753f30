"""The read side: a view decorator that answers from the cache when it can and fills it when it cannot."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, Response, current_app, g
from pydantic import BaseModel
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from taskforge.api.identity import current_user_id
from taskforge.cache.gate import RedisGate
from taskforge.cache.keys import KeySpace
from taskforge.cache.store import Cached, ResponseCache
from taskforge.config import Settings
from taskforge.extensions import db

EXTENSION = "taskforge_cache"


def register_cache(app: Flask, settings: Settings) -> None:
    """Enable the response cache when REDIS_URL is set (and CACHE_ENABLED is not false)."""
    if settings.redis_url and settings.cache_enabled:
        gate = RedisGate(
            settings.redis_url, timeout_s=settings.redis_timeout_s, cooldown_s=settings.redis_cooldown_s
        )
        keys = KeySpace(prefix=settings.cache_key_prefix)
        app.extensions[EXTENSION] = ResponseCache(gate, ttl_s=settings.cache_ttl_s, keys=keys)


_WROTE = "taskforge_wrote_uncommitted"


@event.listens_for(Session, "after_flush")
def _mark_flush(session: Session, _context: Any) -> None:
    session.info[_WROTE] = True


@event.listens_for(Session, "do_orm_execute")
def _mark_write_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _clear_mark(session: Session) -> None:
    session.info.pop(_WROTE, None)


def wrote_uncommitted() -> bool:
    """True while the request's transaction holds uncommitted writes: nothing read then may be cached."""
    return bool(db.session.info.get(_WROTE))


def response_cache(app: Flask | None = None) -> ResponseCache | None:
    """The app's response cache, or None when caching is off."""
    cache: ResponseCache | None = (app or current_app).extensions.get(EXTENSION)
    return cache


def _variant(kwargs: dict[str, Any]) -> str:
    parts = []
    for name, value in sorted(kwargs.items()):
        parts.append(f"{name}={value.model_dump_json() if isinstance(value, BaseModel) else value}")
    return "&".join(parts)


def cached(
    kind: str, *, unless: Callable[..., bool] | None = None
) -> Callable[[Callable[..., Response]], Callable[..., Response]]:
    """Serve the view's 200 answers from the per-user cache (`X-Cache: hit|miss`).

    The key includes the generation read with the caller's token, so a hit is never older than the caller's
    last acknowledged write. A view may lower the entry's lifetime by setting `g.cache_ttl_s` (for answers
    that change with time alone). `unless(**kwargs)` skips the cache for requests it must not serve.
    """

    def decorate(view: Callable[..., Response]) -> Callable[..., Response]:
        @wraps(view)
        def handle(**kwargs: Any) -> Response:
            cache = response_cache()
            generation = g.get("cache_generation")
            if cache is None or generation is None or (unless is not None and unless(**kwargs)):
                return view(**kwargs)
            user_id, variant = current_user_id(), _variant(kwargs)
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
                cache.put(user_id, generation, kind, variant, entry, ttl_s=g.get("cache_ttl_s"))
            response.headers["X-Cache"] = "miss"
            return response

        return handle

    return decorate
