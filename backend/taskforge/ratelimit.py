"""Rate limits (placeholder: the rate-limit work fills this in)."""

from __future__ import annotations

from flask import Flask

from taskforge.config import Settings


def register_rate_limits(app: Flask, settings: Settings) -> None:
    """Bind the limiter with its storage, fallback and limits."""
