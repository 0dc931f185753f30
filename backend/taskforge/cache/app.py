"""The app's response cache: created from the settings in `create_app`, looked up by readers and writers."""

from __future__ import annotations

from flask import Flask, current_app

from taskforge.cache.gate import RedisGate
from taskforge.cache.keys import KeySpace
from taskforge.cache.store import ResponseCache
from taskforge.config import Settings

EXTENSION = "taskforge_cache"


def register_cache(app: Flask, settings: Settings) -> None:
    """Enable the response cache when REDIS_URL is set (and CACHE_ENABLED is not false)."""
    if settings.redis_url and settings.cache_enabled:
        gate = RedisGate(
            settings.redis_url, timeout_s=settings.redis_timeout_s, cooldown_s=settings.redis_cooldown_s
        )
        keys = KeySpace(prefix=settings.cache_key_prefix)
        app.extensions[EXTENSION] = ResponseCache(gate, ttl_s=settings.cache_ttl_s, keys=keys)


def response_cache(app: Flask | None = None) -> ResponseCache | None:
    """The app's response cache, or None when caching is off."""
    cache: ResponseCache | None = (app or current_app).extensions.get(EXTENSION)
    return cache
