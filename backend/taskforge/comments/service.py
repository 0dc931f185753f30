"""Comment rules: reading a task's thread, writing, editing and deleting comments. Who may do which is decided
in access/policy.py; each function owns its transaction (through the unit of work), and every write is in
the project's change feed (so in its event stream) and in the task's history."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.datastructures import ETags

from taskforge.access.identity import Identity
from taskforge.access.policy import check_task_visible, comment_for, require
from taskforge.access.roles import Role
from taskforge.comments.models import Comment
from taskforge.comments.notices import tell_about
from taskforge.comments.schemas import CommentIn, CommentQuery
from taskforge.db import utcnow
from taskforge.errors import Conflict, PreconditionFailed
from taskforge.extensions import db
from taskforge.unit_of_work import commit, record_change


@dataclass(frozen=True)
class Page:
    items: list[Comment]
    next_after: int | None


def etag_of(comment: Comment) -> str:
    """The strong entity tag of a comment's current representation (without quotes)."""
    return f"v{comment.version}"


def list_comments(*, identity: Identity, task_id: int, query: CommentQuery) -> Page:
    """A page of the comments on a task the caller may see, oldest first; raise NotFound."""
    check_task_visible(identity, task_id)
    rows = select(Comment).where(Comment.task_id == task_id)
    if query.after is not None:
        rows = rows.where(Comment.id > query.after)
    found = list(db.session.execute(rows.order_by(Comment.id).limit(query.per_page + 1)).scalars())
    db.session.commit()
    more = len(found) > query.per_page
    found = found[: query.per_page]
    return Page(items=found, next_after=found[-1].id if more else None)


def get_comment(*, identity: Identity, comment_id: int) -> Comment:
    """A comment on a task the caller may see; raise NotFound."""
    comment, _ = comment_for(identity, comment_id)
    db.session.commit()
    return comment


def _record(comment: Comment, project_id: int, action: str, before: str | None, *, actor_id: int) -> None:
    """Record the change; a deleted comment's text is not kept in the history (its author took it back)."""
    audit = {"comment_id": [comment.id, None]} if action == "delete" else {"comment": [before, comment.text]}
    record_change(
        project_id=project_id,
        kind="comment",
        entity_id=comment.id,
        action=action,
        actor_id=actor_id,
        audit=audit,
        audit_as=(comment.task_id, "comment" if action == "create" else f"comment_{action}"),
    )


def add_comment(*, identity: Identity, task_id: int, data: CommentIn) -> Comment:
    """Comment on a task the caller may see (viewers too); raise NotFound, or Forbidden in an archived
    project."""
    project_id = check_task_visible(identity, task_id, keep=True)  # a task deleted meanwhile: 404, not a 500
    require(identity, project_id, Role.VIEWER)
    comment = Comment(task_id=task_id, author_id=identity.user_id, text=data.text, created_at=utcnow())
    db.session.add(comment)
    db.session.flush()  # the id, for the feed and the history
    _record(comment, project_id, "create", None, actor_id=identity.user_id)
    tell_about(comment, project_id, actor_id=identity.user_id)
    commit()
    return comment


def _check_precondition(comment: Comment, if_match: ETags | None) -> None:
    if if_match is not None and not if_match.contains(etag_of(comment)):
        raise PreconditionFailed(f'The comment has changed; its current ETag is "{etag_of(comment)}".')


def edit_comment(
    *, identity: Identity, comment_id: int, data: CommentIn, if_match: ETags | None = None
) -> Comment:
    """Change the text of the caller's own comment; raise NotFound, Forbidden or PreconditionFailed."""
    comment, project_id = comment_for(identity, comment_id, change="edit")
    _check_precondition(comment, if_match)
    if comment.text == data.text:
        db.session.commit()
        return comment  # nothing changes, so neither does the version
    before = comment.text
    comment.text, comment.edited_at = data.text, utcnow()
    _record(comment, project_id, "edit", before, actor_id=identity.user_id)
    tell_about(comment, project_id, actor_id=identity.user_id, before=before)
    _commit_or_conflict()
    return comment


def delete_comment(*, identity: Identity, comment_id: int, if_match: ETags | None = None) -> None:
    """Delete a comment (its author, or an admin of the project); raise NotFound, Forbidden or
    PreconditionFailed."""
    comment, project_id = comment_for(identity, comment_id, change="delete")
    _check_precondition(comment, if_match)
    _record(comment, project_id, "delete", comment.text, actor_id=identity.user_id)
    db.session.delete(comment)
    _commit_or_conflict()


def _commit_or_conflict() -> None:
    """Commit; the row lock makes the version check hold on PostgreSQL, SQLite may still lose the race."""
    try:
        commit()
    except StaleDataError:
        db.session.rollback()
        raise Conflict("The comment was changed by another request; retry.") from None
