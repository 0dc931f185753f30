"""Pydantic field types shared by every schema: safe text and offset-carrying datetimes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

from email_validator import EmailNotValidError, validate_email
from pydantic import AwareDatetime, BeforeValidator, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

# The whitespace that JSON Schema's (ECMAScript's) \s matches, so the published pattern and the
# server's trimming agree exactly.
ECMA_WHITESPACE = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
NO_NUL_PATTERN = r"^[^\u0000]*$"
NOT_BLANK_PATTERN = r"^[^\u0000]*[^\s\u0000][^\u0000]*$"


def _safe_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from exc
    return value


def _trimmed(value: str) -> str:
    value = _safe_text(value).strip(ECMA_WHITESPACE)
    if not value:
        raise ValueError("must not be blank")
    return value


def _not_blank(value: str) -> str:
    value = _safe_text(value)
    if not value.strip(ECMA_WHITESPACE):
        raise ValueError("must not be blank")
    return value


class _TextCheck:
    """Annotated marker: run `check` after pydantic's own str checks and publish `pattern` in the schema.

    Put it after Field(min_length=..., max_length=...) so lengths apply to the text as sent.
    """

    def __init__(self, check: Callable[[str], str], pattern: str) -> None:
        self.check = check
        self.pattern = pattern

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        result = handler(schema)
        if self.pattern:
            result["pattern"] = self.pattern
        else:
            result["format"] = "email"
        return result


def _email(value: str) -> str:
    try:
        # Self-hosted installs use internal and special-use domains (.local, .internal, .test):
        # only the syntax is checked, never deliverability.
        result = validate_email(
            _safe_text(value), check_deliverability=False, globally_deliverable=False, test_environment=True
        )
    except EmailNotValidError as exc:
        raise ValueError(f"is not a valid email address: {exc}") from exc
    return str(result.normalized)


# Any text: no NUL, no lone surrogates.
SAFE_TEXT = _TextCheck(_safe_text, NO_NUL_PATTERN)
# Text that must not be blank, kept as written (Markdown: its leading and trailing blanks may matter).
WRITTEN_TEXT = _TextCheck(_not_blank, NOT_BLANK_PATTERN)
# Text that must not be blank; the value is trimmed.
TRIMMED_TEXT = _TextCheck(_trimmed, NOT_BLANK_PATTERN)

EMAIL = _TextCheck(_email, "")


def _parse_iso_datetime(value: object) -> object:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 date-time string with an offset")
    try:
        parsed = datetime.fromisoformat(value.upper())  # RFC 3339 allows a lower-case t and z
    except ValueError as exc:
        raise ValueError(
            "must be a valid ISO 8601 date-time with an offset, such as 2030-01-31T09:00:00Z"
        ) from exc
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError("must carry a UTC offset, such as Z or +02:00")
    try:
        return parsed.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("is out of the supported range") from exc


# Input: an ISO 8601 string with an offset. Value: the same instant in UTC.
IsoDatetime = Annotated[AwareDatetime, BeforeValidator(_parse_iso_datetime)]


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    """The zones of the tzdata package: the same list on every machine, whatever its /usr/share/zoneinfo."""
    return frozenset(resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split())


def _iana_zone(value: str) -> str:
    """An IANA zone name as the tz database spells it ("Europe/Berlin", "UTC"); nothing else loads."""
    if value not in _zone_names():
        raise ValueError("must be an IANA time zone name such as Europe/Berlin or America/New_York")
    return value


class _ZoneName:
    """Annotated marker: only names from the tz database as the tzdata package lists them (ZoneInfo itself
    would also open "localtime" or any other file under the system's zoneinfo directories); the schema
    publishes the list as an enum, so clients and fuzzers know every accepted value."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_after_validator_function(_iana_zone, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        result = handler(schema)
        result["enum"] = sorted(_zone_names())
        return result


TIMEZONE = _ZoneName()
