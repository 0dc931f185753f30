"""Column types and helpers that behave the same on PostgreSQL and SQLite."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, Connection, DateTime, Dialect, Engine, Integer, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, scoped_session
from sqlalchemy.types import TypeDecorator

from taskforge.config import read_secret_file, secret_file_problem

# Marks a schema object (in its `info`) that exists on PostgreSQL only, such as trigram indexes.
POSTGRESQL_ONLY = "postgresql_only"

# BIGINT on PostgreSQL; SQLite only auto-increments an INTEGER PRIMARY KEY.
MAX_ID = 2**63 - 1  # the largest value a BIGINT id holds
BigIntId = BigInteger().with_variant(Integer(), "sqlite")


def upsert_insert(session: Session | scoped_session[Any]) -> Callable[..., Any]:
    """The dialect's `insert` (PostgreSQL's or SQLite's), which has `on_conflict_do_nothing`."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC (timestamptz on PostgreSQL) and always returned aware in UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        result: datetime = value
        return result.replace(tzinfo=UTC) if result.tzinfo is None else result.astimezone(UTC)


def configure_sqlite(engine: Engine) -> None:
    """Make SQLite behave like the PostgreSQL the app is written for.

    Foreign keys (so ON DELETE CASCADE works), WAL (readers never block the writer), and a Unicode-aware
    lower() so case-insensitive lookups agree with Python's str.lower().
    """
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(connection: Any, _record: Any) -> None:
        connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def schema_filter(dialect_name: str) -> Callable[..., bool]:
    """Alembic's include_object: leave PostgreSQL-only objects out when comparing against another database."""

    def include(obj: Any, _name: str | None, type_: str, _reflected: bool, _compare_to: Any) -> bool:
        info = getattr(obj, "info", {})
        return not (type_ == "index" and info.get(POSTGRESQL_ONLY) and dialect_name != "postgresql")

    return include


SAFE_METHODS = frozenset({"GET", "HEAD"})
_IDLE = 0  # psycopg2.extensions.TRANSACTION_STATUS_IDLE: no transaction open


def configure_postgresql(engine: Engine) -> None:
    """Every connection goes back to the pool transactional, whatever `request_connection` made of it."""
    if engine.dialect.name != "postgresql":
        return

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, _record: Any) -> None:
        if dbapi_connection is not None and not dbapi_connection.closed:
            dbapi_connection.autocommit = False  # psycopg2 keeps this client-side: no round trip


def use_password_file(engine: Engine, path: Path) -> None:
    """Give each new DB-API connection of `engine` the password that `path` holds at that moment.

    SQLAlchemy's documented `do_connect` hook ("Generating dynamic authentication tokens"), handed a copy of
    the connect arguments each time: after a rotation, the next connection uses the new password without a
    restart, while pooled sessions carry on (PostgreSQL keeps them). A file that gives no password fails that
    connection attempt with the driver's OperationalError, which SQLAlchemy wraps like any other failure to
    connect (a 503 with Retry-After in a request, a retry in the worker).
    """

    @event.listens_for(engine, "do_connect")
    def _password(dialect: Dialect, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        try:
            cparams["password"] = read_secret_file(path)
        except (OSError, ValueError) as exc:
            dbapi: Any = dialect.loaded_dbapi
            raise dbapi.OperationalError(f"DATABASE_PASSWORD_FILE: {secret_file_problem(path, exc)}") from exc


def request_connection(session: Session | scoped_session[Any], method: str) -> Connection:
    """The session's connection for a request: on PostgreSQL, a safe one (GET, HEAD) reads in autocommit.

    Under READ COMMITTED every statement takes its own snapshot, transaction or not, so a request that only
    reads sees the same rows either way, and saves the BEGIN and ROLLBACK round trips (two of the four a
    cached read costs, with the pool's ping and the token check). psycopg2's `autocommit` is set on the
    driver's connection before its first statement (SQLAlchemy's AUTOCOMMIT isolation level would send a
    SET on the way in and out) and cleared when the pool takes it back. A session joined to an outer
    connection (the tests' rolled-back transaction) keeps its transaction.
    """
    bind = session.get_bind()
    connection = session.connection()
    if method in SAFE_METHODS and isinstance(bind, Engine) and bind.dialect.name == "postgresql":
        driver = connection.connection.dbapi_connection
        if driver is not None and driver.info.transaction_status == _IDLE:  # nothing sent in this request yet
            driver.autocommit = True
    return connection
