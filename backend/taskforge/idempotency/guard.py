"""The HTTP side of Idempotency-Key: run a POST once per key and answer its retries with the first
response (the IETF httpapi idempotency-key draft's behaviour: 422 for the key with another request, 409
while the first is still being answered)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import timedelta

from flask import Response, request
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from taskforge.api.parsing import raw_body
from taskforge.db import utcnow
from taskforge.errors import ApiError, BadRequest, Conflict, FieldError, ValidationFailed
from taskforge.extensions import db
from taskforge.idempotency.models import IdempotencyKey
from taskforge.idempotency.service import HEADER, Claim, complete, find, fingerprint, replay
from taskforge.unit_of_work import claim_written, expect_claim, forget_claim

KEY_PATTERN = r"^[\x21-\x7e]{1,255}$"  # visible ASCII, as the draft's examples and every client library send
_KEY = re.compile(KEY_PATTERN)
# A key whose write committed but whose response was never stored (the database went away in between, or the
# worker died) stays without a response. No request runs this long (gunicorn's timeout is 30 s and its
# graceful drain 25 s), so past it the first request is over and its response lost, not still coming.
ABANDONED_AFTER = timedelta(minutes=2)

log = logging.getLogger(__name__)


def idempotently(view: Callable[[], Response], *, user_id: int) -> Response:
    """Run `view` (a write) once per Idempotency-Key of the caller; without the header, just run it."""
    key = request.headers.get(HEADER)
    if key is None:
        return view()
    if not _KEY.fullmatch(key):
        raise BadRequest(f"{HEADER} must be 1-255 visible ASCII characters.")
    claim = Claim(
        user_id=user_id,
        key=key,
        fingerprint=fingerprint(
            method=request.method, path=request.path, query=request.query_string, body=raw_body()
        ),
    )
    stored = find(user_id=claim.user_id, key=key)
    if stored is not None:
        return _answer(stored, claim)
    expect_claim(claim)
    try:
        response = view()
        written = claim_written()
    except (ApiError, IntegrityError):
        # Another request with this key may have committed first: then its answer is this one's too.
        written = forget_claim()
        db.session.rollback()
        stored = None if written else find(user_id=claim.user_id, key=key)
        if stored is None:
            raise
        return _answer(stored, claim)
    finally:
        forget_claim()
    if written:
        _store(claim, response)
    return response


def _store(claim: Claim, response: Response) -> None:
    """Keep the response for replays; if that fails, the write has committed all the same, so the caller
    still gets its real answer (never an error for a write that happened)."""
    try:
        complete(claim, response)
    except SQLAlchemyError:
        db.session.rollback()
        log.warning(
            "idempotency response not stored (status %s): a retry cannot be replayed",
            response.status_code,
            exc_info=True,
        )


def _answer(stored: IdempotencyKey, claim: Claim) -> Response:
    if stored.fingerprint != claim.fingerprint:
        raise ValidationFailed(
            [FieldError(field=HEADER, message="was already used for another request (method, path or body)")]
        )
    if stored.status is None:
        if utcnow() - stored.created_at > ABANDONED_AFTER:
            # No Retry-After: retrying can never succeed. The write was applied; only its answer is gone.
            raise Conflict(
                "The request with this Idempotency-Key was applied, but its response was not kept and cannot "
                "be replayed; read the result (for example GET /api/tasks) instead of retrying."
            )
        raise Conflict(
            "A request with this Idempotency-Key is still being answered; retry shortly.",
            headers={"Retry-After": "1"},
        )
    return replay(stored)
