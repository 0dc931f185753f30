"""Idempotency keys: looked up before the view runs, claimed in the write's own transaction (so a write
that rolls back leaves no key, and two concurrent requests with one key cannot both commit), and completed
with the response right after."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import Response, g
from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import Session

from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.idempotency.models import IdempotencyKey

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
RETENTION = timedelta(hours=24)
_PENDING = "taskforge_idempotency"
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


def expect(claim: Claim) -> None:
    """Write the key with the next commit of this request's session (the write's)."""
    db.session.info[_PENDING] = claim
    g.pop("idempotency_written", None)


def forget() -> None:
    db.session.info.pop(_PENDING, None)


def written() -> bool:
    """Whether the write this request made committed the key."""
    return bool(g.get("idempotency_written"))


@event.listens_for(Session, "before_commit")
def _write_claim(session: Session) -> None:
    claim: Claim | None = session.info.pop(_PENDING, None)
    if claim is None:
        return
    session.execute(
        IdempotencyKey.__table__.insert().values(
            user_id=claim.user_id, key=claim.key, fingerprint=claim.fingerprint, created_at=utcnow()
        )
    )
    g.idempotency_written = True


@event.listens_for(Session, "after_soft_rollback")
def _drop_claim(session: Session, _previous: object) -> None:
    if session.info.pop(_PENDING, None) is not None:
        g.pop("idempotency_written", None)


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
