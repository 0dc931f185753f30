"""factory_boy factories that write through the test's session."""

from __future__ import annotations

from datetime import UTC, datetime

import factory
from factory.alchemy import SQLAlchemyModelFactory

from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.tasks.models import Task

PASSWORD = "correct horse battery staple"


def _password_hash() -> str:
    from flask import current_app

    return str(current_app.extensions["taskforge_passwords"].hash(PASSWORD))


class UserFactory(SQLAlchemyModelFactory):
    class Meta:
        model = User
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "flush"

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password_hash = factory.LazyFunction(_password_hash)
    created_at = factory.LazyFunction(lambda: datetime.now(UTC))


class TaskFactory(SQLAlchemyModelFactory):
    class Meta:
        model = Task
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "flush"

    user_id = factory.LazyAttribute(lambda o: o.user.id)
    title = factory.Sequence(lambda n: f"Task {n}")
    description = None
    completed = False
    priority = 2
    due_date = None
    created_at = factory.LazyFunction(lambda: datetime.now(UTC))
    updated_at = factory.LazyAttribute(lambda o: o.created_at)
    completed_at = None
    version = 1

    class Params:
        user = None
        done = factory.Trait(completed=True, completed_at=factory.LazyFunction(lambda: datetime.now(UTC)))
