"""Fixtures for the access tests: one shared project with a person in every role, built once per module and
restored (a savepoint rolled back) after every test; and the cache's app, for races that must hold with the
cache on too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Connection

from taskforge.extensions import db
from tests.access.world import World, build
from tests.cache.conftest import cached_app  # noqa: F401 - re-exported as a fixture
from tests.conftest import rolled_back_session
from tests.factories import token


@pytest.fixture(scope="module")
def built_world(base_app: Flask) -> Iterator[tuple[FlaskClient, World, Connection]]:
    with rolled_back_session(base_app) as connection:
        client = base_app.test_client()
        world = build(client, lambda user: token(user.id))
        db.session.commit()
        db.session.remove()
        yield client, world, connection


@pytest.fixture
def world(built_world: tuple[FlaskClient, World, Connection]) -> Iterator[World]:
    """The world as it was built; what a test changes is rolled back after it."""
    _, built, connection = built_world
    savepoint = connection.begin_nested()
    try:
        yield built
    finally:
        db.session.remove()
        savepoint.rollback()


@pytest.fixture
def world_client(built_world: tuple[FlaskClient, World, Connection]) -> FlaskClient:
    return built_world[0]
