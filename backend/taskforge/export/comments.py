"""Comments in the export document: read with their tasks, and written back by an import as the importer's
(an import cannot speak for anyone else: another author's comment keeps their name in its first line)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select

from taskforge.auth.models import User
from taskforge.comments.models import Comment
from taskforge.export.schemas import ExportedComment, ImportDocument
from taskforge.extensions import db
from taskforge.tasks.models import Task
from taskforge.unit_of_work import record_change

# Who a comment is by once its author's account is deleted (no username can hold parentheses or spaces).
DELETED_AUTHOR = "(deleted account)"


def comments_of(scope: ColumnElement[bool]) -> defaultdict[int, list[ExportedComment]]:
    """The comments on the tasks `scope` selects, by task, oldest first."""
    found: defaultdict[int, list[ExportedComment]] = defaultdict(list)
    rows = db.session.execute(
        select(
            Comment.task_id,
            func.coalesce(User.username, DELETED_AUTHOR).label("username"),
            Comment.text,
            Comment.created_at,
            Comment.edited_at,
        )
        .outerjoin(User, User.id == Comment.author_id)
        .where(Comment.task_id.in_(select(Task.id).where(scope)))
        .order_by(Comment.task_id, Comment.id)
    )
    for row in rows:
        found[row.task_id].append(
            ExportedComment.model_construct(
                author=row.username, text=row.text, created_at=row.created_at, edited_at=row.edited_at
            )
        )
    return found


def write_comments(
    user_id: int, document: ImportDocument, rows: Sequence[dict[str, Any]], ids: Sequence[int], now: datetime
) -> None:
    """Write the document's comments on the new tasks (`ids`, in the document's order, in the projects of
    `rows`), as the importer's, each in its project's change feed and its task's history."""
    username = db.session.execute(select(User.username).where(User.id == user_id)).scalar_one()
    values: list[dict[str, Any]] = [
        {
            "task_id": ids[index],
            "author_id": user_id,
            "text": comment.text
            if comment.author == username
            else f"*{comment.author} wrote:*\n\n{comment.text}",
            "created_at": comment.created_at or now,
            "edited_at": comment.edited_at,
            "version": 1,
        }
        for index, task in enumerate(document.tasks)
        for comment in task.comments
    ]
    if not values:
        return
    project_of = {ids[index]: row["project_id"] for index, row in enumerate(rows)}
    created = db.session.execute(Comment.__table__.insert().returning(Comment.id), values).scalars().all()
    for comment_id, value in zip(created, values, strict=True):
        record_change(
            project_id=project_of[value["task_id"]],
            kind="comment",
            entity_id=comment_id,
            action="create",
            actor_id=user_id,
            audit={"comment": [None, value["text"]]},
            audit_as=(value["task_id"], "comment"),
        )
