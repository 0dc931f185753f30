"""Turning numbered changes into what a reader receives: each with the task, section, project or comment as
it is now and as this reader sees it, or a tombstone when it is gone or out of their sight. One statement per
kind, however many changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from taskforge.access.identity import Identity
from taskforge.access.policy import tasks_in
from taskforge.changes.models import Change
from taskforge.changes.schemas import ChangeOut
from taskforge.comments.models import Comment
from taskforge.comments.schemas import CommentOut
from taskforge.extensions import db
from taskforge.projects.reads import project_views
from taskforge.sections.models import Section
from taskforge.sections.schemas import SectionOut
from taskforge.tasks.models import Task
from taskforge.tasks.reads import rows
from taskforge.tasks.schemas import TaskOut


@dataclass(frozen=True)
class Entry:
    change: Change
    subject: Any  # a TaskRead, a Section, a ProjectView or a Comment; None: a tombstone


def materialize(identity: Identity, changes: Sequence[Change]) -> list[Entry]:
    ids: dict[str, set[int]] = {"task": set(), "section": set(), "project": set(), "comment": set()}
    for change in changes:
        ids[change.kind].add(change.entity_id)
    subjects: dict[tuple[str, int], Any] = {}
    if ids["task"]:
        for task in rows(Task.id.in_(sorted(ids["task"])), identity=identity):
            subjects["task", task.id] = task
    visible = [pid for pid in sorted(ids["project"]) if pid in identity.grants]
    for view in project_views(identity, visible):
        subjects["project", view.project.id] = view
    if ids["section"]:
        found = db.session.execute(
            select(Section).where(
                Section.id.in_(sorted(ids["section"])), Section.project_id.in_(sorted(identity.grants))
            )
        ).scalars()
        for section in found:
            subjects["section", section.id] = section
    if ids["comment"]:
        comments = db.session.execute(
            select(Comment)
            .join(Task, Task.id == Comment.task_id)
            .where(Comment.id.in_(sorted(ids["comment"])), tasks_in(sorted(identity.grants)))
        ).scalars()
        for comment in comments:
            subjects["comment", comment.id] = comment
    return [Entry(change, subjects.get((change.kind, change.entity_id))) for change in changes]


def change_out(entry: Entry, identity: Identity) -> ChangeOut:
    """The entry as the API shows it to `identity`."""
    change, subject = entry.change, entry.subject
    return ChangeOut(
        project_id=change.project_id,
        seq=change.seq,
        kind=change.kind,
        id=change.entity_id,
        action=change.action,
        actor_id=change.actor_id,
        at=change.at,
        deleted=subject is None,
        task=TaskOut.of(subject, subject.subtasks) if change.kind == "task" and subject is not None else None,
        section=SectionOut.model_validate(subject)
        if change.kind == "section" and subject is not None
        else None,
        project=subject.out() if change.kind == "project" and subject is not None else None,
        comment=CommentOut.model_validate(subject)
        if change.kind == "comment" and subject is not None
        else None,
    )
