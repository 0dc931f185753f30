"""Fixtures: a real PostgreSQL database migrated once; each test runs in a rolled-back transaction."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from flask import Flask
from flask.testing import FlaskClient
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import Connection, create_engine, delete, text
from sqlalchemy.engine import make_url

from taskforge import create_app
from taskforge.auth.models import User
from taskforge.cache.app import response_cache
from taskforge.config import Settings
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.projects.service import create_inbox
from taskforge.push.keys import new_private_key
from taskforge.tasks.models import Task
from tests.factories import TaskFactory, UserFactory, token

# One database per test run, so parallel runs on one machine never drop each other's database.
DEFAULT_TEST_DATABASE_URL = f"postgresql+psycopg2://postgres@127.0.0.1:5432/taskforge_test_{os.getpid()}"
# argon2id with the cheapest parameters: the tests exercise the flow, not the cost.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _admin(url: str, *statements: str) -> None:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for statement in statements:
            conn.execute(text(statement.format(name=parsed.database)))
    admin.dispose()


def recreate_database(url: str) -> str:
    """Drop and create the PostgreSQL database named in `url`; return the url."""
    _admin(url, 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', 'CREATE DATABASE "{name}"')
    return url


def drop_database(url: str) -> None:
    _admin(url, 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_settings(database_url: str, instance_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "env": "testing",
        "database_url": database_url,
        "secret_key": secrets.token_urlsafe(48),
        "jwt_secret_key": secrets.token_urlsafe(48),
        "vapid_private_key": new_private_key(),
        "instance_path": instance_path,
        # Never the checkout's frontend/dist: whether the SPA has been built must not change any answer here.
        # tests/web builds the SPAs it serves.
        "frontend_dist": instance_path / "no-frontend-build",
        # Every test client is 127.0.0.1: production limits would refuse the suite. tests/test_ratelimit.py
        # sets the limits it tests.
        **{
            f"{name}_rate_limit": "1000000/minute"
            for name in (
                "api",
                "login",
                "login_account",
                "register",
                "refresh",
                "password_reset",
                "password_reset_account",
                "email_verification",
                "email_change",
            )
        },
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


test_settings.__test__ = False  # type: ignore[attr-defined]


# The four fuzz runs take minutes each. Collected first, `make test`'s workers (pytest-xdist, --dist load,
# which hands out its first tests one by one in turn) run two each beside the rest instead of ending on them.
_LONG_FIRST = (
    "tests/api/test_schemathesis.py::test_api_conforms_to_its_openapi_document",
    "tests/api/test_schemathesis_cli.py::test_every_operation_with_every_check",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not item.nodeid.startswith(_LONG_FIRST))  # stable: the rest keep their order


def migrate_to_head(app: Flask) -> None:
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    url = recreate_database(os.environ.get("TEST_DATABASE_URL", DEFAULT_TEST_DATABASE_URL))
    yield url
    drop_database(url)


@pytest.fixture(scope="session")
def base_app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = create_app(
        test_settings(database_url, tmp_path_factory.mktemp("instance")), password_hasher=FAST_HASHER
    )
    migrate_to_head(app)
    yield app
    with app.app_context():
        db.engine.dispose()


class ConnectionBoundSession(FlaskSession):
    """Flask-SQLAlchemy picks the engine per model and ignores `bind`; tests need one connection."""

    def get_bind(self, mapper: Any = None, clause: Any = None, bind: Any = None, **kwargs: Any) -> Any:
        return self.bind if self.bind is not None else super().get_bind(mapper, clause, bind, **kwargs)


@contextmanager
def rolled_back_session(base_app: Flask) -> Iterator[Connection]:
    """Within the app's context, its session joined to an outer transaction on one connection (yielded), which
    is rolled back at the end: whatever the code under test commits stays inside it."""
    with base_app.app_context():
        connection = db.engine.connect()
        outer = connection.begin()
        original = db.session
        db.session = db._make_scoped_session(
            {
                "bind": connection,
                "join_transaction_mode": "create_savepoint",
                "class_": ConnectionBoundSession,
                "expire_on_commit": False,  # as in production (extensions.py)
            }
        )
        try:
            yield connection
        finally:
            db.session.remove()
            db.session = original
            outer.rollback()
            connection.close()


@pytest.fixture
def app(base_app: Flask) -> Iterator[Flask]:
    """The app with its session joined to an outer transaction that is rolled back after the test."""
    with rolled_back_session(base_app):
        yield base_app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def user(app: Flask) -> object:
    return UserFactory()


@pytest.fixture
def other_user(app: Flask) -> object:
    return UserFactory()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def token_for(app: Flask) -> Callable[..., str]:
    def make(user: object, *, refresh: bool = False) -> str:
        return token(user.id, refresh=refresh)  # type: ignore[attr-defined]  # a new session each

    return make


@pytest.fixture
def auth(user: object, token_for: Callable[..., str]) -> dict[str, str]:
    """Authorization headers for `user`."""
    return bearer(token_for(user))


@pytest.fixture
def other_auth(other_user: object, token_for: Callable[..., str]) -> dict[str, str]:
    return bearer(token_for(other_user))


@pytest.fixture
def task_factory(app: Flask) -> type[TaskFactory]:
    return TaskFactory


@dataclass(frozen=True)
class Owner:
    user_id: int
    task_id: int
    headers: dict[str, str]

    @property
    def task_url(self) -> str:
        return f"/api/tasks/{self.task_id}"


@pytest.fixture
def committed_owner(base_app: Flask) -> Iterator[Callable[[Flask], Owner]]:
    """Make committed users (each with one task titled "original") for a given app: for tests that need real
    commits (concurrency, the cache, faults); deleted, with their tasks, afterwards."""
    created: list[tuple[Flask, int]] = []

    def make(app: Flask) -> Owner:
        name = f"c{uuid.uuid4().hex[:12]}"
        with app.app_context():
            user = User(
                username=name, email=f"{name}@example.com", password_hash="unused", email_verified_at=utcnow()
            )
            db.session.add(user)
            db.session.flush()
            inbox = create_inbox(user.id)
            task = Task(user_id=user.id, project_id=inbox.id, title="original")
            db.session.add(task)
            access = token(user.id)
            db.session.commit()
            owner = Owner(user_id=user.id, task_id=task.id, headers={"Authorization": f"Bearer {access}"})
        created.append((app, owner.user_id))
        return owner

    yield make
    for app, user_id in created:
        with app.app_context():
            cache = response_cache(app)
            if cache is not None:
                cache.sweeper.wait_idle(5)
            db.session.execute(delete(User).where(User.id == user_id))
            db.session.commit()
