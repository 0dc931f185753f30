"""Typed configuration read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from taskforge.config_env import (
    ConfigError,
    decimal,
    integer,
    local_secret,
    public_url,
    rate,
    read_secret_file,
    secret_file_problem,
    smtp_url,
    switch,
)

__all__ = ["ConfigError", "Settings", "read_secret_file", "secret_file_problem"]
_WEAK_SECRETS = frozenset({"", "changeme", "change-me", "secret", "dev", "development", "default"})
_MIN_SECRET_LENGTH = 32
# The SPA as Vite builds it in a checkout: backend/taskforge/config.py -> <repository>/frontend/dist.
_REPOSITORY_DIST = Path(__file__).resolve().parents[2] / "frontend" / "dist"


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
    # Account emails: reset requests per client address and per address asked about; verification
    # resends and email changes per account (an email change checks the password).
    password_reset_rate_limit: str = "5/minute;20/hour"  # noqa: S105 - a rate, not a password
    password_reset_account_rate_limit: str = "3/hour"  # noqa: S105 - a rate, not a password
    email_verification_rate_limit: str = "3/hour"
    email_change_rate_limit: str = "5/minute;20/hour"
    trusted_proxy_hops: int = 0
    cors_origins: tuple[str, ...] = ()
    # Reminders: the worker (`flask worker`) and its email channel (off while SMTP_URL is unset).
    smtp_url: str | None = None
    smtp_from: str = "TaskForge <taskforge@localhost>"
    smtp_timeout_s: float = 10.0
    # Where people open TaskForge (links in emails); http://127.0.0.1:PORT outside production.
    public_url: str = ""
    worker_batch_size: int = 100
    worker_poll_s: float = 1.0
    worker_lease_s: int = 60
    worker_metrics_port: int | None = None
    reminder_late_s: int = 120
    email_max_attempts: int = 8
    # Web Push: the VAPID key (generated into instance/ outside production; required in production), the
    # contact push services may use, and how long and how often the worker tries.
    vapid_private_key: str = ""
    vapid_subject: str = "mailto:taskforge@localhost"
    push_timeout_s: float = 10.0
    push_max_attempts: int = 8
    # Webhooks: whether their URLs may reach private, loopback and link-local addresses (never in a normal
    # deployment: server-side request forgery), and how long the worker waits for a receiver.
    webhook_allow_private: bool = False
    webhook_timeout_s: float = 10.0
    changes_retention_h: int = 168
    # Days a deleted task or project stays in the trash before the worker purges it (at least 1).
    trash_retention_days: int = 30
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

    @property
    def email_enabled(self) -> bool:
        return self.smtp_url is not None

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
            port=integer(env, "PORT", 5000),
            log_level=env.get("LOG_LEVEL", "INFO").upper(),
            max_import_bytes=integer(env, "MAX_IMPORT_BYTES", 16 * 1024 * 1024),
            # A gevent worker (the events server, `make run`) serves many requests at once: with 5
            # connections, two workers at 64 connections made requests wait past the pool timeout (503s).
            # A sync worker or a gunicorn thread holds one at a time; the pool opens connections as used.
            db_pool_size=integer(env, "DB_POOL_SIZE", max(10, integer(env, "GUNICORN_THREADS", 1) + 2)),
            db_pool_timeout_s=decimal(env, "DB_POOL_TIMEOUT", 3.0),
            db_statement_timeout_ms=integer(env, "DB_STATEMENT_TIMEOUT_MS", 5000),
            cache_enabled=switch(env, "CACHE_ENABLED", default=True),
            cache_ttl_s=integer(env, "CACHE_TTL_SECONDS", 300),
            cache_key_prefix=env.get("CACHE_KEY_PREFIX", "tf:c:"),
            redis_timeout_s=decimal(env, "REDIS_TIMEOUT_SECONDS", 0.25),
            redis_cooldown_s=decimal(env, "REDIS_COOLDOWN_SECONDS", 3.0),
            api_rate_limit=rate(env, "API_RATE_LIMIT", "600/minute"),
            login_rate_limit=rate(env, "LOGIN_RATE_LIMIT", "10/minute;50/hour"),
            login_account_rate_limit=rate(env, "LOGIN_ACCOUNT_RATE_LIMIT", "5/minute;20/hour"),
            register_rate_limit=rate(env, "REGISTER_RATE_LIMIT", "10/hour"),
            refresh_rate_limit=rate(env, "REFRESH_RATE_LIMIT", "30/minute"),
            password_reset_rate_limit=rate(env, "PASSWORD_RESET_RATE_LIMIT", "5/minute;20/hour"),
            password_reset_account_rate_limit=rate(env, "PASSWORD_RESET_ACCOUNT_RATE_LIMIT", "3/hour"),
            email_verification_rate_limit=rate(env, "EMAIL_VERIFICATION_RATE_LIMIT", "3/hour"),
            email_change_rate_limit=rate(env, "EMAIL_CHANGE_RATE_LIMIT", "5/minute;20/hour"),
            trusted_proxy_hops=integer(env, "TRUSTED_PROXY_HOPS", 0),
            cors_origins=tuple(o.strip() for o in env.get("CORS_ORIGINS", "").split(",") if o.strip()),
            smtp_url=smtp_url(env),
            smtp_from=env.get("SMTP_FROM") or "TaskForge <taskforge@localhost>",
            smtp_timeout_s=decimal(env, "SMTP_TIMEOUT_SECONDS", 10.0),
            public_url=env.get("PUBLIC_URL", "").strip(),
            worker_batch_size=integer(env, "WORKER_BATCH_SIZE", 100),
            worker_poll_s=decimal(env, "WORKER_POLL_SECONDS", 1.0),
            worker_lease_s=integer(env, "WORKER_LEASE_SECONDS", 60),
            worker_metrics_port=integer(env, "WORKER_METRICS_PORT", 0) or None,
            reminder_late_s=integer(env, "REMINDER_LATE_SECONDS", 120),
            email_max_attempts=integer(env, "EMAIL_MAX_ATTEMPTS", 8),
            vapid_private_key=env.get("VAPID_PRIVATE_KEY", "").strip(),
            vapid_subject=env.get("VAPID_SUBJECT") or "mailto:taskforge@localhost",
            push_timeout_s=decimal(env, "PUSH_TIMEOUT_SECONDS", 10.0),
            push_max_attempts=integer(env, "PUSH_MAX_ATTEMPTS", 8),
            webhook_allow_private=switch(env, "WEBHOOK_ALLOW_PRIVATE", default=False),
            webhook_timeout_s=decimal(env, "WEBHOOK_TIMEOUT_SECONDS", 10.0),
            changes_retention_h=integer(env, "CHANGES_RETENTION_HOURS", 168),
            trash_retention_days=integer(env, "TRASH_RETENTION_DAYS", 30),
            event_streams=switch(env, "EVENT_STREAMS", default=True),
            events_heartbeat_s=decimal(env, "EVENTS_HEARTBEAT_SECONDS", 15.0),
            events_fallback_poll_s=decimal(env, "EVENTS_FALLBACK_POLL_SECONDS", 2.0),
            events_channel_prefix=env.get("EVENTS_CHANNEL_PREFIX", "tf:e:"),
            frontend_dist=Path(env.get("FRONTEND_DIST") or _REPOSITORY_DIST).resolve(),
            instance_path=instance,
        )
        settings = replace(settings, **overrides)
        return settings._with_secrets()

    def _with_secrets(self) -> Settings:
        # Imported here, not with this module: `python -m taskforge.push.keys` runs that module as a script,
        # which must not have been imported before (by `import taskforge`) to run cleanly.
        from taskforge.push.keys import new_private_key

        if self.env not in {"development", "testing", "production"}:
            raise ConfigError(f"TASKFORGE_ENV must be development, testing or production, not {self.env!r}")
        self._check_database_password_file()
        if self.trash_retention_days < 1:
            raise ConfigError(f"TRASH_RETENTION_DAYS must be at least 1, not {self.trash_retention_days}")
        if self.is_production:
            for name, value in (("SECRET_KEY", self.secret_key), ("JWT_SECRET_KEY", self.jwt_secret_key)):
                if value.strip().lower() in _WEAK_SECRETS or len(value) < _MIN_SECRET_LENGTH:
                    raise ConfigError(
                        f"{name} must be set to a random value of at least {_MIN_SECRET_LENGTH} characters"
                    )
            if not self.vapid_private_key:
                raise ConfigError("VAPID_PRIVATE_KEY must be set (python -m taskforge.push.keys makes one)")
            return self._with_urls()._with_vapid_key()
        settings = replace(
            self,
            secret_key=self.secret_key or local_secret(self.instance_path, "secret_key"),
            jwt_secret_key=self.jwt_secret_key or local_secret(self.instance_path, "jwt_secret_key"),
            vapid_private_key=self.vapid_private_key
            or local_secret(self.instance_path, "vapid_private_key", make=new_private_key),
        )
        return settings._with_urls()._with_vapid_key()

    def _with_urls(self) -> Settings:
        """Production emails link to https://; a local run to where `make run` serves."""
        default = "" if self.is_production else f"http://127.0.0.1:{self.port}"
        if self.is_production and not self.public_url:
            if self.smtp_url:
                raise ConfigError("PUBLIC_URL must be set when SMTP_URL is: emails link to TaskForge")
            return self  # nothing links back without email
        found = public_url({"PUBLIC_URL": self.public_url}, default=default, https=self.is_production)
        return replace(self, public_url=found)

    def _with_vapid_key(self) -> Settings:
        """The key as its 32 bytes in base64url, whether it was given so or as a PEM (Terraform's)."""
        from taskforge.push.keys import normalised_private_key

        try:
            key = normalised_private_key(self.vapid_private_key)
        except ValueError as exc:
            raise ConfigError(f"VAPID_PRIVATE_KEY: {exc}") from None
        if not self.vapid_subject.startswith(("mailto:", "https://")):
            raise ConfigError("VAPID_SUBJECT must be a mailto: or https:// contact for push services")
        return replace(self, vapid_private_key=key)

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
