"""JSON log lines on stdout: a request id on every line, one access line per request, credentials redacted.

Every logger propagates to one handler on the root logger, however many apps a process builds (tests build
dozens). gunicorn's own messages get the same format through `JsonGunicornLogger` in gunicorn.conf.py.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from time import perf_counter
from types import TracebackType
from typing import Any, TextIO

from flask import Flask, Response, g, request
from pythonjsonlogger.json import JsonFormatter

from taskforge.auth.bearer import current_claims
from taskforge.config import Settings
from taskforge.http import request_id

ACCESS_LOG = logging.getLogger("taskforge.access")
REDACTED = "[REDACTED]"

# Key names whose values are never written, wherever they appear: extra fields, dicts, key=value text.
_CREDENTIAL_WORDS = (
    r"passw|passphrase|pwd|token|secret|authori[sz]ation|api[-_]?key|cookie|credential|private[-_]?key"
)
_CREDENTIAL_KEY = re.compile(_CREDENTIAL_WORDS, re.IGNORECASE)
# Cheap test first: most lines contain none of these, and then no substitution runs at all.
_SUSPICIOUS = re.compile(rf"eyJ|bearer|tfshare_|tfcal_|{_CREDENTIAL_WORDS}", re.IGNORECASE)
# TaskForge's own opaque secrets (a read-only link's travels in its URL's path, which the access log writes).
_OPAQUE = re.compile(r"tf(?:share|cal)_[A-Za-z0-9_-]+")
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"\b(bearer)\s+[A-Za-z0-9._~+/-]+=*", re.IGNORECASE)
_KEY_VALUE = re.compile(
    rf"""(?P<key>[\w.-]*(?:{_CREDENTIAL_WORDS})[\w.-]*["']?\s*[:=]\s*)(?!\[REDACTED\])"""
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|(?:(?:bearer|basic)\s+)?[^\s,;&'"}\]]+)""",
    re.IGNORECASE,
)
_RECORD_ATTRS = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "request_id"}

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def redact_text(text: str) -> str:
    """Replace credentials in free text: `password=...`-style pairs (`Authorization: Basic ...` too), Bearer
    values, JWTs and TaskForge's opaque secrets (read-only links, calendar feeds)."""
    if not _SUSPICIOUS.search(text):
        return text
    text = _KEY_VALUE.sub(rf"\g<key>{REDACTED}", text)  # first: it takes "Bearer x" after "Authorization:"
    text = _BEARER.sub(rf"\1 {REDACTED}", text)
    text = _OPAQUE.sub(REDACTED, text)
    return _JWT.sub(REDACTED, text)


def redact(value: Any, key: str = "") -> Any:
    """`value` with every credential replaced, looking into dicts, lists and strings."""
    if key and _is_credential_key(key):
        return REDACTED
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, Mapping):
        return {k: redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [redact(v) for v in value]
    return value


@lru_cache(maxsize=4096)
def _is_credential_key(key: str) -> bool:
    return _CREDENTIAL_KEY.search(key) is not None


class RedactSecrets(logging.Filter):
    """Scrub a record before it is formatted: message, arguments and extra fields.

    The app never logs bodies or headers; this is the net under that rule, for the call that slips.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, Mapping):
            record.msg = redact(record.msg)
        else:
            record.msg = redact_text(_message(record))
            record.args = None
        fields = vars(record)
        for key in fields.keys() - _RECORD_ATTRS:
            value = fields[key]
            if _is_credential_key(key) or not isinstance(value, int | float | type(None)):
                fields[key] = redact(value, key)
        return True


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except (TypeError, ValueError):  # arguments that do not fit the format: keep the template only
        return str(record.msg)


class AddRequestId(logging.Filter):
    """Give every line the id of the request it was written for (None outside requests)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id()
        return True


class JsonLineFormatter(JsonFormatter):
    """One JSON object per line: time, level, message, logger, request_id, then the extra fields.

    The standard library's encoder with ensure_ascii escapes every control character (C0 and C1) and
    all non-ASCII text, so nothing a client sends can start a new line or drive a terminal.
    """

    def __init__(self) -> None:
        super().__init__(
            ["levelname", "message", "name"],
            rename_fields={"levelname": "level", "name": "logger"},
            json_ensure_ascii=True,
        )

    def add_fields(
        self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]
    ) -> None:
        created = datetime.fromtimestamp(record.created, UTC)
        log_data["time"] = created.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        super().add_fields(log_data, record, message_dict)

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 - logging's name
        return _redacted_text(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return _redacted_text(super().formatStack(stack_info))


def _redacted_text(text: str | list[str]) -> str:
    return redact_text(text if isinstance(text, str) else "\n".join(text))


class StdoutHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever `sys.stdout` is when a line is emitted (a test's capture, a worker's pipe)."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> TextIO:
        return sys.stdout

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        """The stream is always the current stdout."""


def json_handler(handler: logging.Handler | None = None) -> logging.Handler:
    """Give `handler` (default: a new stdout handler) the JSON format and both filters; return it."""
    handler = handler or StdoutHandler()
    handler.setFormatter(JsonLineFormatter())
    handler.addFilter(AddRequestId())
    handler.addFilter(RedactSecrets())
    return handler


def register_logging(app: Flask, settings: Settings) -> None:
    """Send every logger's records to stdout as JSON lines at `settings.log_level`; log each request once."""
    install_json_logging(settings.log_level)
    # Registered first, so this before_request runs first and this after_request runs last (final status).
    app.before_request(_start_clock)
    app.after_request(_log_request)


def install_json_logging(level: str) -> None:
    """Give the root logger its one JSON stdout handler (once per process, idempotent) at `level`."""
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(handler, StdoutHandler) for handler in root.handlers):
        root.addHandler(json_handler())


def _start_clock() -> None:
    g.taskforge_started = perf_counter()


def _log_request(response: Response) -> Response:
    started: float | None = g.get("taskforge_started")
    ACCESS_LOG.info(
        "request",
        extra={
            "method": request.method,
            # The path alone: query strings can carry anything. JSON escapes its control characters.
            "path": request.path,
            "status": response.status_code,
            "duration_ms": None if started is None else round((perf_counter() - started) * 1000, 3),
            "user_id": _user_id(),
            "remote_addr": request.remote_addr,
        },
    )
    return response


def _user_id() -> int | None:
    """The user of the token this request already authenticated; never verifies one itself."""
    claims = current_claims()
    return None if claims is None else int(claims["sub"])
