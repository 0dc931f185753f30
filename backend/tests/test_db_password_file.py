"""DATABASE_PASSWORD_FILE: each new database connection reads the password from the file, so a rotated
password (RDS rotates its managed secret, kubelet refreshes the mounted Secret) is used without a restart.

Against a throwaway PostgreSQL cluster that checks passwords (scram-sha-256 on TCP), with the password file
laid out the way kubelet lays out a Secret volume.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest
from flask import Flask
from psycopg2 import sql
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from taskforge import create_app
from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.projects.service import create_inbox
from tests.conftest import FAST_HASHER, migrate_to_head, test_settings
from tests.factories import token as signed_token
from tests.live_server import BACKEND, BIN
from tests.pg_server import PostgresServer

ROLE = "taskforge_app"


class SecretVolume:
    """A Secret volume as kubelet writes it: `password` -> `..data/password`, `..data` -> a directory of the
    current version; an update fills a new directory, swaps `..data` atomically and deletes the old one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir()
        self.path.symlink_to("..data/password")
        self._versions = 0

    @property
    def path(self) -> Path:
        return self.root / "password"

    def write(self, content: bytes) -> None:
        self._versions += 1
        version = self.root / f"..version_{self._versions}"
        version.mkdir()
        (version / "password").write_bytes(content)
        self._point_data_at(version.name)

    def remove(self) -> None:
        self._point_data_at(None)

    def _point_data_at(self, name: str | None) -> None:
        data = self.root / "..data"
        old = data.readlink() if data.is_symlink() else None
        if name is None:
            data.unlink(missing_ok=True)
        else:
            (self.root / "..data_tmp").symlink_to(name)
            os.replace(self.root / "..data_tmp", data)
        if old is not None:
            shutil.rmtree(self.root / old)


def superuser(cluster: PostgresServer, *statements: sql.Composable) -> None:
    """Run statements as the superuser over the Unix socket (trusted), in autocommit."""
    connection = psycopg2.connect(
        host=str(cluster.root), port=cluster.port, user="postgres", dbname="postgres"
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        connection.close()


def set_password(cluster: PostgresServer, password: str) -> None:
    superuser(
        cluster, sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(ROLE), sql.Literal(password))
    )


def role_url(cluster: PostgresServer, database: str = "taskforge", password: str | None = None) -> str:
    credentials = ROLE if password is None else f"{ROLE}:{password}"
    return f"postgresql+psycopg2://{credentials}@127.0.0.1:{cluster.port}/{database}"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """The cluster with the app's role and its database, migrated by an app that reads the password file."""
    server = PostgresServer(host_auth="scram-sha-256")
    try:  # stopped whatever happens, a cluster that started halfway included
        server.start()
        password = secrets.token_hex(16)
        superuser(
            server,
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(ROLE), sql.Literal(password)),
            sql.SQL("CREATE DATABASE taskforge OWNER {}").format(sql.Identifier(ROLE)),
        )
        secret = SecretVolume(tmp_path_factory.mktemp("migrate") / "secret")
        secret.write(password.encode())
        instance = tmp_path_factory.mktemp("instance")
        app = create_app(test_settings(role_url(server), instance, database_password_file=secret.path))
        migrate_to_head(app)  # Flask-Migrate's env.py on the app's engine: the password comes from the file
        with app.app_context():
            db.engine.dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture
def secret(cluster: PostgresServer, tmp_path: Path) -> SecretVolume:
    """A fresh password for the role, and a Secret volume holding it."""
    volume = SecretVolume(tmp_path / "secret")
    password = secrets.token_hex(16)
    set_password(cluster, password)
    volume.write(f"{password}\n".encode())
    return volume


@pytest.fixture
def app(cluster: PostgresServer, secret: SecretVolume, tmp_path: Path) -> Iterator[Flask]:
    """(Instead of conftest's `app`.) The app on the cluster with DATABASE_PASSWORD_FILE and a pool of one, so
    a second connection at a time is a new one."""
    settings = test_settings(
        role_url(cluster), tmp_path / "instance", database_password_file=secret.path, db_pool_size=1
    )
    app = create_app(settings, password_hasher=FAST_HASHER)
    yield app
    with app.app_context():
        db.engine.dispose()


def signed_in(app: Flask) -> dict[str, str]:
    """Authorization headers of a new committed user."""
    name = f"u{secrets.token_hex(6)}"
    with app.app_context():
        user = User(username=name, email=f"{name}@example.com", password_hash="unused")
        db.session.add(user)
        db.session.flush()
        create_inbox(user.id)
        token = signed_token(user.id)
        db.session.commit()
        db.session.remove()
    return {"Authorization": f"Bearer {token}"}


def new_connections(app: Flask) -> list[object]:
    """Records each DB-API connection the app's pool opens from now on."""
    opened: list[object] = []
    with app.app_context():
        event.listen(db.engine, "connect", lambda dbapi_connection, _record: opened.append(dbapi_connection))
    return opened


def assert_unavailable(response) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"].isdigit()
    assert response.get_json()["status"] == 503


def test_the_cluster_refuses_connections_without_the_right_password(cluster, secret):
    for url in (role_url(cluster), role_url(cluster, password="wrong")):
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with pytest.raises(OperationalError, match="password"), engine.connect():
            pass
        engine.dispose()


def test_the_app_connects_with_the_password_from_the_file(app):
    assert make_url(app.config["SQLALCHEMY_DATABASE_URI"]).password is None
    headers = signed_in(app)

    assert app.test_client().get("/api/tasks", headers=headers).status_code == 200
    with app.app_context():
        assert db.session.execute(text("SELECT current_user")).scalar_one() == ROLE
        db.session.remove()


def test_the_file_is_read_exactly_less_one_trailing_newline(app, cluster, secret):
    password = " spaced\tout :@/%' \n"  # leading and trailing blanks, a quote, and a newline of its own
    set_password(cluster, password)
    secret.write(f"{password}\n".encode())

    assert app.test_client().get("/ready").status_code == 200


def test_a_rotated_password_is_used_by_the_next_connection_without_a_restart(app, cluster, secret):
    headers = signed_in(app)
    client = app.test_client()
    assert client.get("/api/tasks", headers=headers).status_code == 200
    old = secret.path.read_text().removesuffix("\n")
    opened = new_connections(app)

    new = secrets.token_hex(16)
    set_password(cluster, new)
    secret.write(f"{new}\n".encode())  # kubelet's update: the old version's directory is gone

    assert client.get("/api/tasks", headers=headers).status_code == 200  # the pooled session carries on
    assert opened == []
    with app.app_context(), db.engine.connect():  # holds the pool's one connection: the request needs another
        assert client.get("/api/tasks", headers=headers).status_code == 200
    assert len(opened) == 1
    with app.app_context():
        db.engine.dispose()
    assert client.get("/api/tasks", headers=headers).status_code == 200  # and after the pool is emptied
    assert len(opened) == 2
    stale = create_engine(role_url(cluster, password=old), connect_args={"connect_timeout": 3})
    with pytest.raises(OperationalError, match="password"), stale.connect():  # the rotation was real
        pass
    stale.dispose()


def test_a_stale_password_answers_503_until_the_file_catches_up(app, cluster, secret):
    headers = signed_in(app)
    client = app.test_client()
    new = secrets.token_hex(16)
    set_password(cluster, new)  # rotated in the database; kubelet has not refreshed the file yet
    with app.app_context():
        db.engine.dispose()

    assert_unavailable(client.get("/api/tasks", headers=headers))
    assert client.get("/ready").status_code == 503

    secret.write(new.encode())
    assert client.get("/api/tasks", headers=headers).status_code == 200


@pytest.mark.parametrize("breakage", ["missing", "empty", "not UTF-8"])
def test_a_file_without_a_password_answers_503_until_it_is_back(app, secret, breakage):
    headers = signed_in(app)
    client = app.test_client()
    good = secret.path.read_bytes()
    if breakage == "missing":
        secret.remove()
    else:
        secret.write(b"" if breakage == "empty" else b"\xffpassword")
    with app.app_context():
        db.engine.dispose()

    assert_unavailable(client.get("/api/tasks", headers=headers))
    assert_unavailable(client.post("/api/tasks", headers=headers, json={"title": "t"}))

    secret.write(good)
    assert client.get("/api/tasks", headers=headers).status_code == 200


def flask_command(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PG") and k not in {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "JWT_SECRET_KEY"}
    }
    return subprocess.run(
        [str(BIN / "flask"), "--app", "wsgi", *args],
        cwd=BACKEND,
        env={**inherited, "LOG_LEVEL": "WARNING", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_flask_db_upgrade_and_the_worker_read_the_file(cluster, secret, tmp_path):
    superuser(cluster, sql.SQL("CREATE DATABASE taskforge_cli OWNER {}").format(sql.Identifier(ROLE)))
    env = {
        "DATABASE_URL": role_url(cluster, "taskforge_cli"),
        "DATABASE_PASSWORD_FILE": str(secret.path),
        "TASKFORGE_INSTANCE_PATH": str(tmp_path / "instance"),
    }

    without_file = flask_command("db", "upgrade", env={**env, "DATABASE_PASSWORD_FILE": ""})
    missing_file = flask_command(
        "db", "upgrade", env={**env, "DATABASE_PASSWORD_FILE": str(tmp_path / "none")}
    )
    upgraded = flask_command("db", "upgrade", env=env)
    worked = flask_command("worker", "--until-idle", env=env)

    assert without_file.returncode != 0
    assert "password" in without_file.stderr  # the cluster wants one, and only the file has it
    assert missing_file.returncode != 0
    assert "DATABASE_PASSWORD_FILE" in missing_file.stderr  # refused at boot, with the reason
    assert "No such file or directory" in missing_file.stderr
    assert upgraded.returncode == 0, upgraded.stderr
    assert worked.returncode == 0, worked.stderr
    assert "delivered 0 reminders" in worked.stderr
    admin = create_engine(make_url(cluster.url).set(database="taskforge_cli"))
    with admin.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
        assert connection.execute(text("SELECT to_regclass('public.reminders') IS NOT NULL")).scalar_one()
    admin.dispose()
