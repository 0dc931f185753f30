"""Idempotency keys: looked up before the view runs, claimed in the write's own transaction (the unit of work
inserts the key with the write, so a write that rolls back leaves no key, and two concurrent requests with
one key cannot both commit), and completed with the response right after."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import Response
from sqlalchemy import delete, select, update

from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.idempotency.models import IdempotencyKey

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
RETENTION = timedelta(hours=24)
_REPLAYED_HEADERS = ("Location", "ETag", "Content-Type")


@dataclass(frozen=True)
class Claim:
    user_id: int
    key: str
    fingerprint: str


def fingerprint(*, method: str, path: str, query: bytes, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def find(*, user_id: int, key: str) -> IdempotencyKey | None:
    """The stored key, if any (read outside any write: it commits its own read)."""
    found: IdempotencyKey | None = db.session.execute(
        select(IdempotencyKey).where(IdempotencyKey.user_id == user_id, IdempotencyKey.key == key)
    ).scalar_one_or_none()
    db.session.commit()
    return found


def insert_claim(claim: Claim) -> None:
    """Insert the key (without its response yet) in the current transaction: the write's."""
    db.session.execute(
        IdempotencyKey.__table__.insert().values(
            user_id=claim.user_id, key=claim.key, fingerprint=claim.fingerprint, created_at=utcnow()
        )
    )


def complete(claim: Claim, response: Response) -> None:
    """Store the first response with its key."""
    headers: dict[str, Any] = {
        name: response.headers[name] for name in _REPLAYED_HEADERS if name in response.headers
    }
    db.session.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.user_id == claim.user_id, IdempotencyKey.key == claim.key)
        .values(status=response.status_code, body=response.get_data(), headers=headers)
    )
    db.session.commit()


def replay(stored: IdempotencyKey) -> Response:
    response = Response(stored.body or b"", status=stored.status or 200)
    for name, value in (stored.headers or {}).items():
        response.headers[name] = value
    response.headers[REPLAYED] = "true"
    return response


def prune() -> int:
    """Delete keys older than RETENTION; return how many."""
    gone = db.session.execute(
        delete(IdempotencyKey)
        .where(IdempotencyKey.created_at < utcnow() - RETENTION)
        .returning(IdempotencyKey.key)
    ).all()
    db.session.commit()
    return len(gone)
