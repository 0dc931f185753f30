"""Reading single values from the environment for taskforge.config: numbers, switches, URLs, rate limits,
secrets kept in files or under instance/. Each raises ConfigError naming the variable and what it expects."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from limits import parse_many

N = TypeVar("N", int, float)
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


class ConfigError(RuntimeError):
    """The environment does not describe a configuration TaskForge may boot with."""


def read_secret_file(path: Path) -> str:
    """The file's text exactly as written, less one trailing newline (what `echo` and editors add).

    Raises OSError when the file cannot be read, ValueError when it is not UTF-8 or holds nothing (an empty
    password would make libpq fall back to PGPASSWORD or ~/.pgpass).
    """
    raw = path.read_bytes()  # bytes: text mode would turn \r\n into \n
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("it is not UTF-8 text") from None  # the codec's message quotes a byte of the secret
    text = text.removesuffix("\n")
    if not text:
        raise ValueError("it is empty")
    return text


def secret_file_problem(path: Path, error: OSError | ValueError) -> str:
    """Why `path` gave no secret, for logs and errors: never any of the file's content."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return f"cannot read a password from {str(path)!r}: {reason}"


def number(env: dict[str, str], name: str, default: N, cast: Callable[[str], N], kind: str) -> N:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return cast(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be {kind}, not {raw!r}") from exc


def integer(env: dict[str, str], name: str, default: int) -> int:
    return number(env, name, default, int, "an integer")


def decimal(env: dict[str, str], name: str, default: float) -> float:
    return number(env, name, default, float, "a number")


def switch(env: dict[str, str], name: str, *, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def smtp_url(env: dict[str, str]) -> str | None:
    raw = env.get("SMTP_URL", "").strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        parts = parts._replace(netloc="")
    if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
        raise ConfigError("SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465")
    return raw


def public_url(env: dict[str, str], *, default: str, https: bool) -> str:
    """PUBLIC_URL: the address people open TaskForge at (links in emails), without a trailing slash."""
    raw = env.get("PUBLIC_URL", "").strip().rstrip("/") or default
    parts = urlsplit(raw)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        parts = parts._replace(netloc="")
    # With `https`, plain http only on this machine (a browser counts loopback as secure; nothing crosses a
    # network), as a local Docker Compose stack serves.
    schemes = {"https"} if https and parts.hostname not in _LOOPBACK else {"http", "https"}
    if parts.scheme not in schemes or not parts.hostname or parts.query or parts.fragment:
        wanted = "https://tasks.example.com" if https else "http(s)://host[:port][/path]"
        raise ConfigError(f"PUBLIC_URL must look like {wanted}, not {raw!r}")
    return raw


def rate(env: dict[str, str], name: str, default: str) -> str:
    raw = env.get(name) or default
    try:
        parse_many(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a rate limit such as 600/minute, not {raw!r}") from exc
    return raw


def local_secret(instance_path: Path, name: str, make: Callable[[], str] | None = None) -> str:
    """Return a random secret (or one `make` makes) kept under instance/ so local restarts keep sessions
    valid."""
    path = instance_path / name
    if not path.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        tmp = instance_path / f".{name}.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(make() if make is not None else secrets.token_urlsafe(48))
        try:
            os.link(tmp, path)  # atomic: concurrent workers all end up reading the first one written
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    return path.read_text().strip()
