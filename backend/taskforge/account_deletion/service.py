"""Deleting one's own account: the preview, and the deletion itself in one transaction.

Everything only the account owns goes with its row (the foreign keys to users cascade: its projects with
their tasks, its tags, tokens, settings, subscriptions, notifications). What it leaves in projects that stay
is kept: the tasks it created there pass to each project's owner, its comments stay as by a deleted account.
An owned project other people use never vanishes silently: the request says, for each, `transfer` (to
someone who uses it) or `delete` (for good, with the account: no one would be left to restore it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import current_app
from sqlalchemy import delete, select, update

from taskforge.access.grants import announce, effective_roles
from taskforge.account_deletion.plan import Plan, kept_counts, plan_for, tag_count, task_counts
from taskforge.account_deletion.schemas import (
    DeleteChoice,
    DeletionPreview,
    OwnProjectOut,
    ProjectChoice,
    SharedProjectOut,
    TransferChoice,
)
from taskforge.auth.models import User
from taskforge.auth.passwords import Passwords
from taskforge.comments.models import Comment
from taskforge.errors import Conflict, FieldError, Unauthorized, ValidationFailed
from taskforge.extensions import db
from taskforge.projects.models import Project, ProjectMember
from taskforge.projects.schemas import UserRef
from taskforge.tasks.models import Task
from taskforge.teams.models import TeamMember
from taskforge.unit_of_work import commit, project_deleted, record_change, touch_user

OWNER = 4  # Role.OWNER, as stored


class DecisionsNeeded(Conflict):
    """409 listing the owned projects other people use that the request says nothing about."""

    def __init__(self, projects: list[dict[str, Any]]) -> None:
        super().__init__("Say for each project other people use whether to transfer or delete it.")
        self.projects = projects

    def extra(self) -> dict[str, Any]:
        return {"projects": self.projects}


def _account(user_id: int, *, lock: bool = False) -> User:
    statement = select(User).where(User.id == user_id)
    user = db.session.execute(statement.with_for_update() if lock else statement).scalar_one_or_none()
    if user is None:
        raise Unauthorized("The token is invalid, expired or revoked.", error="invalid_token")
    return user


def preview(*, user_id: int) -> DeletionPreview:
    """What deleting the account would do; raise Unauthorized when it is gone."""
    _account(user_id)
    plan = plan_for(user_id)
    counts = task_counts([project.id for project in plan.private])
    kept_tasks, kept_comments = kept_counts(user_id)
    result = DeletionPreview(
        shared_projects=[
            SharedProjectOut(
                id=project.id,
                name=project.name,
                members_count=len(plan.others[project.id]),
                members=[
                    UserRef(id=person.id, username=person.username) for person in plan.others[project.id]
                ],
            )
            for project in plan.shared
        ],
        deleted_projects=[
            OwnProjectOut(id=project.id, name=project.name, tasks_count=counts.get(project.id, 0))
            for project in plan.private
        ],
        tags_count=tag_count(user_id),
        kept_tasks_count=kept_tasks,
        kept_comments_count=kept_comments,
    )
    db.session.commit()
    return result


def delete_account(*, user_id: int, password: str, choices: Sequence[ProjectChoice]) -> None:
    """Delete the account and what only it owns; raise ValidationFailed for a wrong password or choice,
    DecisionsNeeded when an owned project other people use has no choice, Unauthorized when it is gone."""
    user = _account(user_id, lock=True)
    passwords: Passwords = current_app.extensions["taskforge_passwords"]
    if not passwords.verify(user.password_hash, password):
        db.session.rollback()
        raise ValidationFailed([FieldError(field="password", message="is not this account's password")])
    plan = plan_for(user_id, lock=True)
    _check_choices(plan, choices)
    transfers = {c.id: c.to_user_id for c in choices if isinstance(c, TransferChoice)}
    doomed = [c.id for c in choices if isinstance(c, DeleteChoice) and plan.others.get(c.id)]
    for project_id in doomed:
        announce(effective_roles(project_ids=[project_id]), {}, actor_id=None, removed="deleted")
    for project in plan.owned:
        if project.id not in transfers:
            project_deleted(project.id)  # its stream goes with it
    for project_id, to_user_id in sorted(transfers.items()):
        _hand_over(project_id, to_user_id)
    _leave_everything(user_id, gone={p.id for p in plan.owned} - transfers.keys())
    _keep_what_stays(user_id)
    db.session.flush()
    db.session.execute(delete(User).where(User.id == user_id).execution_options(synchronize_session=False))
    commit()
    db.session.expunge_all()


def _check_choices(plan: Plan, choices: Sequence[ProjectChoice]) -> None:
    owned = {project.id: project for project in plan.owned if project.deleted_at is None}
    errors: list[FieldError] = []
    seen: set[int] = set()
    for index, choice in enumerate(choices):
        if choice.id not in owned or owned[choice.id].is_inbox:
            errors.append(FieldError(field=f"projects[{index}].id", message="is not a project you own"))
        elif choice.id in seen:
            errors.append(FieldError(field=f"projects[{index}].id", message="is listed twice"))
        elif isinstance(choice, TransferChoice) and choice.to_user_id not in {
            person.id for person in plan.others.get(choice.id, [])
        }:
            errors.append(
                FieldError(field=f"projects[{index}].to_user_id", message="does not use this project")
            )
        seen.add(choice.id)
    if errors:
        db.session.rollback()
        raise ValidationFailed(errors)
    missing = [project for project in plan.shared if project.id not in seen]
    if missing:
        db.session.rollback()
        raise DecisionsNeeded(
            [{"id": p.id, "name": p.name, "members_count": len(plan.others[p.id])} for p in missing]
        )


def _hand_over(project_id: int, to_user_id: int) -> None:
    """Make `to_user_id` the project's owner (a direct member from now on, if they came through a team)."""
    member = db.session.get(ProjectMember, (project_id, to_user_id))
    if member is None:
        db.session.add(ProjectMember(project_id=project_id, user_id=to_user_id, role=OWNER))
    else:
        member.role = OWNER
    project = db.session.get(Project, project_id)
    assert project is not None  # locked by plan_for
    project.owner_id = to_user_id
    db.session.flush()


def _leave_everything(user_id: int, *, gone: set[int]) -> None:
    """Take the account out of every project and team that stays, as if it left: the others are told, it is
    unassigned from their tasks, and every such project's grants change (writes that checked them recheck)."""
    projects = sorted({project_id for (_, project_id) in effective_roles(user_ids=[user_id])} - gone)
    before = effective_roles(project_ids=projects) if projects else {}
    db.session.execute(delete(ProjectMember).where(ProjectMember.user_id == user_id))
    db.session.execute(delete(TeamMember).where(TeamMember.user_id == user_id))
    after = effective_roles(project_ids=projects) if projects else {}
    announce(before, after, actor_id=None)
    touch_user(*{person for (person, _) in after})


def _keep_what_stays(user_id: int) -> None:
    """The account's tasks in projects that stay pass to each project's owner (a new version each); those
    projects' streams and their people's caches learn that its tasks and comments changed hands."""
    rows = db.session.execute(
        update(Task)
        .where(Task.user_id == user_id, Task.project_id == Project.id, Project.owner_id != user_id)
        .values(user_id=Project.owner_id, version=Task.version + 1)
        .returning(Task.id, Task.project_id)
        .execution_options(synchronize_session=False)
    ).all()
    commented = select(Task.project_id).where(
        Task.id.in_(select(Comment.task_id).where(Comment.author_id == user_id))
    )
    projects = {int(project_id) for _, project_id in rows}
    projects |= set(db.session.execute(commented.where(Task.project_id.in_(_staying(user_id)))).scalars())
    for task_id, project_id in rows:
        record_change(project_id=project_id, kind="task", entity_id=task_id, action="update", actor_id=None)
    for project_id in sorted(projects):
        record_change(
            project_id=project_id, kind="project", entity_id=project_id, action="members", actor_id=None
        )
    people = effective_roles(project_ids=sorted(projects)) if projects else {}
    touch_user(*{person for (person, _) in people if person != user_id})


def _staying(user_id: int) -> Any:
    return select(Project.id).where(Project.owner_id != user_id)
