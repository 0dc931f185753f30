"""`flask auth prune-revocations`: delete revocations of tokens that have expired anyway (run it daily)."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import delete

from taskforge.auth.models import RevokedToken
from taskforge.db import utcnow
from taskforge.extensions import db

group = AppGroup("auth", help="Account and token maintenance.")


def prune_revocations() -> int:
    """Delete revocations whose token expired (an expired token is refused without them); return the count."""
    result = db.session.execute(delete(RevokedToken).where(RevokedToken.expires_at < utcnow()))
    db.session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


@group.command("prune-revocations")
def prune_revocations_command() -> None:
    """Delete the revocations of tokens that have expired."""
    click.echo(f"pruned {prune_revocations()} expired revocations")


def register_auth_commands(app: Flask) -> None:
    app.cli.add_command(group)
