"""Typed configuration read once from the environment."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from limits import parse_many

from taskforge.push.keys import new_private_key, public_key_of

N = TypeVar("N", int, float)
_WEAK_SECRETS = frozenset({"", "changeme", "change-me", "secret", "dev", "development", "default"})
_MIN_SECRET_LENGTH = 32
# The SPA as Vite builds it in a checkout: backend/taskforge/config.py -> <repository>/frontend/dist.
_REPOSITORY_DIST = Path(__file__).resolve().parents[2] / "frontend" / "dist"


class ConfigError(RuntimeError):
    """The environment does not describe a configuration TaskForge may boot with."""


@dataclass(frozen=True)
class Settings:
    """Everything TaskForge reads from its environment."""

    env: str = "development"
    database_url: str = ""
    # The database password, read from this file for every new connection (see read_secret_file): a managed
    # database rotates it, and kubelet refreshes a mounted Secret file while an environment variable stays
    # what it was at container start. Kept as given, never resolved: kubelet swaps a symlink on update.
    database_password_file: Path | None = None
    redis_url: str | None = None
    secret_key: str = ""
    jwt_secret_key: str = ""
    jwt_issuer: str = "taskforge"
    jwt_audience: str = "taskforge-api"
    access_token_minutes: int = 15
    refresh_token_days: int = 7
    port: int = 5000
    log_level: str = "INFO"
    max_body_bytes: int = 1024 * 1024
    max_import_bytes: int = 16 * 1024 * 1024  # POST /api/import: an export of 10,000 tasks
    db_pool_size: int = 10
    db_pool_timeout_s: float = 3.0
    db_statement_timeout_ms: int = 5000
    # Redis: optional cache (fail-open) and rate-limit storage (in-memory fallback).
    cache_enabled: bool = True
    cache_ttl_s: int = 300
    cache_key_prefix: str = "tf:c:"
    redis_timeout_s: float = 0.25
    redis_cooldown_s: float = 3.0
    # Rate limits in Flask-Limiter's syntax ("600/minute", "10/minute;100/hour").
    api_rate_limit: str = "600/minute"
    login_rate_limit: str = "10/minute;50/hour"
    login_account_rate_limit: str = "5/minute;20/hour"
    register_rate_limit: str = "10/hour"
    refresh_rate_limit: str = "30/minute"
    trusted_proxy_hops: int = 0
    cors_origins: tuple[str, ...] = ()
    # Reminders: the worker (`flask worker`) and its email channel (off while SMTP_URL is unset).
    smtp_url: str | None = None
    smtp_from: str = "TaskForge <taskforge@localhost>"
    smtp_timeout_s: float = 10.0
    worker_batch_size: int = 100
    worker_poll_s: float = 1.0
    worker_lease_s: int = 60
    worker_metrics_port: int | None = None
    reminder_late_s: int = 120
    email_max_attempts: int = 8
    # Web Push: the VAPID key (generated into instance/ outside production; in production, push is off
    # until it is set), the contact push services may use, and how long and how often the worker tries.
    vapid_private_key: str = ""
    vapid_subject: str = "mailto:taskforge@localhost"
    push_timeout_s: float = 10.0
    push_max_attempts: int = 8
    changes_retention_h: int = 168
    # Real-time updates (GET /api/events).
    # Whether this server holds event streams (gunicorn.conf.py turns it off under sync workers).
    event_streams: bool = True
    events_heartbeat_s: float = 15.0
    events_fallback_poll_s: float = 2.0
    events_channel_prefix: str = "tf:e:"
    # The built SPA served at / (taskforge/web); when it is missing, / answers 404 and the API is unaffected.
    frontend_dist: Path = _REPOSITORY_DIST
    instance_path: Path = field(default_factory=lambda: Path.cwd() / "instance")

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def push_enabled(self) -> bool:
        return bool(self.vapid_private_key)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Read settings from `environ` (default os.environ); raise ConfigError when they are unusable."""
        env = dict(os.environ if environ is None else environ)
        instance = Path(env.get("TASKFORGE_INSTANCE_PATH", str(Path.cwd() / "instance"))).resolve()
        settings = cls(
            env=env.get("TASKFORGE_ENV", "development").strip().lower(),
            database_url=env.get("DATABASE_URL", "") or f"sqlite:///{instance / 'taskforge.db'}",
            database_password_file=Path(raw) if (raw := env.get("DATABASE_PASSWORD_FILE")) else None,
            redis_url=env.get("REDIS_URL") or None,
            secret_key=env.get("SECRET_KEY", ""),
            jwt_secret_key=env.get("JWT_SECRET_KEY", ""),
            jwt_issuer=env.get("JWT_ISSUER", "taskforge"),
            jwt_audience=env.get("JWT_AUDIENCE", "taskforge-api"),
            port=_int(env, "PORT", 5000),
            log_level=env.get("LOG_LEVEL", "INFO").upper(),
            max_import_bytes=_int(env, "MAX_IMPORT_BYTES", 16 * 1024 * 1024),
            # A gevent worker (the events server, `make run`) serves many requests at once: with 5
            # connections, two workers at 64 connections made requests wait past the pool timeout (503s).
            # A sync worker or a gunicorn thread holds one at a time; the pool opens connections as used.
            db_pool_size=_int(env, "DB_POOL_SIZE", max(10, _int(env, "GUNICORN_THREADS", 1) + 2)),
            db_pool_timeout_s=_float(env, "DB_POOL_TIMEOUT", 3.0),
            db_statement_timeout_ms=_int(env, "DB_STATEMENT_TIMEOUT_MS", 5000),
            cache_enabled=_bool(env, "CACHE_ENABLED", default=True),
            cache_ttl_s=_int(env, "CACHE_TTL_SECONDS", 300),
            cache_key_prefix=env.get("CACHE_KEY_PREFIX", "tf:c:"),
            redis_timeout_s=_float(env, "REDIS_TIMEOUT_SECONDS", 0.25),
            redis_cooldown_s=_float(env, "REDIS_COOLDOWN_SECONDS", 3.0),
            api_rate_limit=_rate(env, "API_RATE_LIMIT", "600/minute"),
            login_rate_limit=_rate(env, "LOGIN_RATE_LIMIT", "10/minute;50/hour"),
            login_account_rate_limit=_rate(env, "LOGIN_ACCOUNT_RATE_LIMIT", "5/minute;20/hour"),
            register_rate_limit=_rate(env, "REGISTER_RATE_LIMIT", "10/hour"),
            refresh_rate_limit=_rate(env, "REFRESH_RATE_LIMIT", "30/minute"),
            trusted_proxy_hops=_int(env, "TRUSTED_PROXY_HOPS", 0),
            cors_origins=tuple(o.strip() for o in env.get("CORS_ORIGINS", "").split(",") if o.strip()),
            smtp_url=_smtp_url(env),
            smtp_from=env.get("SMTP_FROM") or "TaskForge <taskforge@localhost>",
            smtp_timeout_s=_float(env, "SMTP_TIMEOUT_SECONDS", 10.0),
            worker_batch_size=_int(env, "WORKER_BATCH_SIZE", 100),
            worker_poll_s=_float(env, "WORKER_POLL_SECONDS", 1.0),
            worker_lease_s=_int(env, "WORKER_LEASE_SECONDS", 60),
            worker_metrics_port=_int(env, "WORKER_METRICS_PORT", 0) or None,
            reminder_late_s=_int(env, "REMINDER_LATE_SECONDS", 120),
            email_max_attempts=_int(env, "EMAIL_MAX_ATTEMPTS", 8),
            vapid_private_key=env.get("VAPID_PRIVATE_KEY", "").strip(),
            vapid_subject=env.get("VAPID_SUBJECT") or "mailto:taskforge@localhost",
            push_timeout_s=_float(env, "PUSH_TIMEOUT_SECONDS", 10.0),
            push_max_attempts=_int(env, "PUSH_MAX_ATTEMPTS", 8),
            changes_retention_h=_int(env, "CHANGES_RETENTION_HOURS", 168),
            event_streams=_bool(env, "EVENT_STREAMS", default=True),
            events_heartbeat_s=_float(env, "EVENTS_HEARTBEAT_SECONDS", 15.0),
            events_fallback_poll_s=_float(env, "EVENTS_FALLBACK_POLL_SECONDS", 2.0),
            events_channel_prefix=env.get("EVENTS_CHANNEL_PREFIX", "tf:e:"),
            frontend_dist=Path(env.get("FRONTEND_DIST") or _REPOSITORY_DIST).resolve(),
            instance_path=instance,
        )
        settings = replace(settings, **overrides)
        return settings._with_secrets()

    def _with_secrets(self) -> Settings:
        if self.env not in {"development", "testing", "production"}:
            raise ConfigError(f"TASKFORGE_ENV must be development, testing or production, not {self.env!r}")
        self._check_database_password_file()
        if self.is_production:
            for name, value in (("SECRET_KEY", self.secret_key), ("JWT_SECRET_KEY", self.jwt_secret_key)):
                if value.strip().lower() in _WEAK_SECRETS or len(value) < _MIN_SECRET_LENGTH:
                    raise ConfigError(
                        f"{name} must be set to a random value of at least {_MIN_SECRET_LENGTH} characters"
                    )
            if self.vapid_private_key:  # unset: Web Push is off (python -m taskforge.push.keys makes a key)
                self._check_vapid_key()
            return self
        settings = replace(
            self,
            secret_key=self.secret_key or _local_secret(self.instance_path, "secret_key"),
            jwt_secret_key=self.jwt_secret_key or _local_secret(self.instance_path, "jwt_secret_key"),
            vapid_private_key=self.vapid_private_key
            or _local_secret(self.instance_path, "vapid_private_key", make=new_private_key),
        )
        settings._check_vapid_key()
        return settings

    def _check_vapid_key(self) -> None:
        try:
            public_key_of(self.vapid_private_key)
        except ValueError as exc:
            raise ConfigError(f"VAPID_PRIVATE_KEY: {exc}") from None
        if not self.vapid_subject.startswith(("mailto:", "https://")):
            raise ConfigError("VAPID_SUBJECT must be a mailto: or https:// contact for push services")

    def _check_database_password_file(self) -> None:
        path = self.database_password_file
        if path is None:
            return
        if self.database_url.startswith("sqlite"):
            raise ConfigError(
                "DATABASE_PASSWORD_FILE is set but DATABASE_URL is SQLite, which has no password"
            )
        try:
            read_secret_file(path)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"DATABASE_PASSWORD_FILE: {secret_file_problem(path, exc)}") from exc


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


def _number(env: dict[str, str], name: str, default: N, cast: Callable[[str], N], kind: str) -> N:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return cast(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be {kind}, not {raw!r}") from exc


def _int(env: dict[str, str], name: str, default: int) -> int:
    return _number(env, name, default, int, "an integer")


def _float(env: dict[str, str], name: str, default: float) -> float:
    return _number(env, name, default, float, "a number")


def _bool(env: dict[str, str], name: str, *, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def _smtp_url(env: dict[str, str]) -> str | None:
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


def _rate(env: dict[str, str], name: str, default: str) -> str:
    raw = env.get(name) or default
    try:
        parse_many(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a rate limit such as 600/minute, not {raw!r}") from exc
    return raw


def _local_secret(instance_path: Path, name: str, make: Callable[[], str] | None = None) -> str:
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
