"""factory_boy factories that write through the test's session."""

from __future__ import annotations

from datetime import UTC, datetime

import factory
from factory.alchemy import SQLAlchemyModelFactory
from sqlalchemy import select

from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.projects.service import create_inbox
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
