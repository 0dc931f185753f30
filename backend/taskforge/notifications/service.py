"""The inbox: reading the caller's notifications and marking them read. Each function owns its transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update

from taskforge.db import MAX_ID, utcnow
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.notifications.models import Notification
from taskforge.notifications.schemas import NotificationQuery
from taskforge.tasks.models import Task
from taskforge.unit_of_work import commit


@dataclass(frozen=True)
class Page:
    items: Sequence[Notification]
    unread: int
    next_after: int | None
    in_trash: frozenset[int] = frozenset()  # the tasks of these that are in the trash: shown without a link


def list_notifications(*, user_id: int, query: NotificationQuery) -> Page:
    """A page of the user's notifications, newest first, and the count of unread ones."""
    rows = select(Notification).where(Notification.user_id == user_id, Notification.shown.is_(True))
    if query.unread is not None:
        rows = rows.where(
            Notification.read_at.is_(None) if query.unread else Notification.read_at.is_not(None)
        )
    if query.after is not None:
        rows = rows.where(Notification.id < query.after)
    found = list(
        db.session.execute(rows.order_by(Notification.id.desc()).limit(query.per_page + 1)).scalars()
    )
    unread = db.session.execute(
        select(func.count()).where(
            Notification.user_id == user_id, Notification.shown.is_(True), Notification.read_at.is_(None)
        )
    ).scalar_one()
    more = len(found) > query.per_page
    found = found[: query.per_page]
    trashed = _in_trash({item.task_id for item in found if item.task_id is not None})
    db.session.commit()
    return Page(items=found, unread=int(unread), next_after=found[-1].id if more else None, in_trash=trashed)


def _in_trash(task_ids: set[int]) -> frozenset[int]:
    """Those of the tasks that are in the trash (one statement for the page)."""
    if not task_ids:
        return frozenset()
    found = db.session.execute(
        select(Task.id).where(Task.id.in_(sorted(task_ids)), Task.deleted_at.is_not(None))
    ).scalars()
    return frozenset(found)


def mark_read(*, user_id: int, notification_id: int, read: bool) -> Notification:
    """Mark one of the user's notifications read (keeping the first time) or unread; raise NotFound."""
    if not 1 <= notification_id <= MAX_ID:
        raise NotFound("No notification with that id.")
    notification: Notification | None = db.session.execute(
        select(Notification)
        .where(
            Notification.user_id == user_id, Notification.shown.is_(True), Notification.id == notification_id
        )
        .with_for_update(of=Notification)
    ).scalar_one_or_none()
    if notification is None:
        raise NotFound("No notification with that id.")
    if not read:
        notification.read_at = None
    elif notification.read_at is None:
        notification.read_at = utcnow()
    commit()
    return notification


def mark_all_read(*, user_id: int) -> int:
    """Mark every unread notification of the user read; return how many."""
    marked = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user_id, Notification.shown.is_(True), Notification.read_at.is_(None))
        .values(read_at=utcnow())
        .returning(Notification.id)
        .execution_options(synchronize_session=False)
    ).all()
    commit()
    return len(marked)
