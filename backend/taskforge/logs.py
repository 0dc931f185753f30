"""JSON logs (placeholder: the observability work fills this in)."""

from __future__ import annotations

from flask import Flask

from taskforge.config import Settings


def register_logging(app: Flask, settings: Settings) -> None:
    """Configure JSON log lines on stdout."""
