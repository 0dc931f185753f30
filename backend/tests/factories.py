"""factory_boy factories that write through the test's session."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import factory
from factory.alchemy import SQLAlchemyModelFactory
from flask_jwt_extended import create_access_token, create_refresh_token
from sqlalchemy import select

from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.projects.service import create_inbox
from taskforge.sessions.models import UserSession
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
    # Verified, as every account from before verification was (migration 0026); tests of unverified
    # accounts say so.
    email_verified_at = factory.LazyFunction(lambda: datetime.now(UTC))

    @factory.post_generation
    def inbox(obj: User, create: bool, _extracted: object, **_kwargs: object) -> None:  # noqa: N805
        """Every account has its Inbox, as registration gives it."""
        if create:
            db.session.flush()
            create_inbox(obj.id)
            db.session.flush()


def new_session(user_id: int, **values: Any) -> int:
    """The id of a new sign-in session of the user (flushed in the test's session)."""
    session = UserSession(user_id=user_id, **values)
    db.session.add(session)
    db.session.flush()
    return session.id


def token(user_id: int, *, refresh: bool = False, sid: int | None = None, **kwargs: Any) -> str:
    """A token of the user's session `sid` (a new session when None), as a sign-in would issue it."""
    claims = {"sid": str(new_session(user_id) if sid is None else sid)}
    make = create_refresh_token if refresh else create_access_token
    return make(identity=str(user_id), additional_claims=claims, **kwargs)


def inbox_of(user: User) -> int:
    """The id of the user's Inbox project."""
    found: int = db.session.execute(
        select(Project.id).where(Project.owner_id == user.id, Project.is_inbox.is_(True))
    ).scalar_one()
    return found


class TaskFactory(SQLAlchemyModelFactory):
    class Meta:
        model = Task
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "flush"

    user_id = factory.LazyAttribute(lambda o: o.user.id)
    project_id = factory.LazyAttribute(lambda o: o.project.id if o.project is not None else inbox_of(o.user))
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
        project = None
        done = factory.Trait(completed=True, completed_at=factory.LazyFunction(lambda: datetime.now(UTC)))
