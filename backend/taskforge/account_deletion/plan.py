"""What deleting an account touches: its owned projects (those other people use, which need a decision, and
the rest), and what it leaves in projects that stay. Read by the preview and by the deletion itself."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from taskforge.access.grants import effective_roles
from taskforge.auth.models import User
from taskforge.comments.models import Comment
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.tags.models import Tag
from taskforge.tasks.models import Task


@dataclass(frozen=True)
class Person:
    id: int
    username: str


@dataclass(frozen=True)
class Plan:
    """The account's owned projects (live and in the trash) and, per live one, the other people using it."""

    user_id: int
    owned: list[Project]
    others: dict[int, list[Person]]

    @property
    def shared(self) -> list[Project]:
        """Owned live projects other people use, in id order."""
        return [project for project in self.owned if self.others.get(project.id)]

    @property
    def private(self) -> list[Project]:
        """Owned projects no one else uses (or in the trash, where no one else sees them)."""
        return [project for project in self.owned if not self.others.get(project.id)]


def plan_for(user_id: int, *, lock: bool = False) -> Plan:
    """The plan for the account; with `lock`, its owned projects' rows are locked (in id order) first, so no
    one joins or takes one of them meanwhile."""
    statement = select(Project).where(Project.owner_id == user_id).order_by(Project.id)
    owned = list(db.session.execute(statement.with_for_update() if lock else statement).scalars())
    live = [project.id for project in owned if project.deleted_at is None]
    roles = effective_roles(project_ids=live) if live else {}
    people = {key[0] for key in roles if key[0] != user_id}
    rows = db.session.execute(select(User.id, User.username).where(User.id.in_(sorted(people))))
    names = {int(person): str(username) for person, username in rows}
    others: defaultdict[int, list[Person]] = defaultdict(list)
    for person, project_id in sorted(roles, key=lambda key: (key[1], names.get(key[0], ""), key[0])):
        if person != user_id:
            others[project_id].append(Person(id=person, username=names[person]))
    return Plan(user_id=user_id, owned=owned, others=dict(others))


def task_counts(project_ids: list[int]) -> dict[int, int]:
    """How many tasks (live and in the trash) each project holds."""
    rows = db.session.execute(
        select(Task.project_id, func.count())
        .where(Task.project_id.in_(project_ids))
        .group_by(Task.project_id)
    )
    return {int(project_id): int(count) for project_id, count in rows}


def tag_count(user_id: int) -> int:
    """How many tags the account has."""
    return int(db.session.execute(select(func.count()).where(Tag.user_id == user_id)).scalar_one())


def kept_counts(user_id: int) -> tuple[int, int]:
    """The tasks the account created and the comments it wrote in projects it does not own."""
    elsewhere = select(Project.id).where(Project.owner_id != user_id)
    tasks = select(func.count()).where(Task.user_id == user_id, Task.project_id.in_(elsewhere))
    comments = (
        select(func.count())
        .select_from(Comment)
        .join(Task, Task.id == Comment.task_id)
        .where(Comment.author_id == user_id, Task.project_id.in_(elsewhere))
    )
    return int(db.session.execute(tasks).scalar_one()), int(db.session.execute(comments).scalar_one())
