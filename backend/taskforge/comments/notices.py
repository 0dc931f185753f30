"""Who hears of a comment: the members of the task's project it mentions (`mentioned`), and otherwise the
task's assignees and its creator, while they can see it (`commented`); never its author. An edit tells only
the people it newly mentions."""

from __future__ import annotations

from sqlalchemy import select

from taskforge.access.grants import effective_roles
from taskforge.assignees.models import task_assignees
from taskforge.comments.mentions import mentioned_members
from taskforge.comments.models import Comment
from taskforge.extensions import db
from taskforge.notifications.notify import About, notify
from taskforge.tasks.models import Task


def tell_about(comment: Comment, project_id: int, *, actor_id: int, before: str | None = None) -> None:
    """Notify the people a new comment (or an edit, with the text `before` it) concerns."""
    title, creator = db.session.execute(
        select(Task.title, Task.user_id).where(Task.id == comment.task_id)
    ).one()
    about = About(title=title, task_id=comment.task_id, project_id=project_id, comment_id=comment.id)
    told = notify(
        "mentioned", mentioned_members(project_id, comment.text, before=before), about, actor_id=actor_id
    )
    if before is not None:
        return
    assignees = db.session.execute(
        select(task_assignees.c.user_id).where(task_assignees.c.task_id == comment.task_id)
    ).scalars()
    followers = ({creator} | set(assignees)) - told
    can_see = {user_id for user_id, _ in effective_roles(user_ids=followers, project_ids=[project_id])}
    notify("commented", followers & can_see, about, actor_id=actor_id)
