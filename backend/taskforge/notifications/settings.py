"""Each person's notification settings: which channels (in-app, email, push) each kind reaches them on."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import select, update

from taskforge.db import upsert_insert
from taskforge.extensions import db
from taskforge.notifications.models import NotificationSetting
from taskforge.notifications.schemas import (
    KINDS,
    Channels,
    Kind,
    NotificationSettings,
    NotificationSettingsUpdate,
)
from taskforge.unit_of_work import commit

ALL_ON = Channels(in_app=True, email=True, push=True)


def channels_of(user_ids: Collection[int], kind: Kind) -> dict[int, Channels]:
    """Each person's channels for `kind`."""
    found = dict.fromkeys(user_ids, ALL_ON)
    if user_ids:
        rows = db.session.execute(
            select(NotificationSetting).where(
                NotificationSetting.user_id.in_(sorted(user_ids)), NotificationSetting.kind == kind
            )
        ).scalars()
        for row in rows:
            found[row.user_id] = Channels.model_validate(row)
    return found


def _settings(user_id: int) -> NotificationSettings:
    rows = db.session.execute(select(NotificationSetting).where(NotificationSetting.user_id == user_id))
    kinds: dict[str, Any] = dict.fromkeys(KINDS, ALL_ON)
    for row in rows.scalars():
        kinds[row.kind] = Channels.model_validate(row)
    return NotificationSettings.model_validate(kinds)


def get_settings(*, user_id: int) -> NotificationSettings:
    """The person's channels for every kind."""
    settings = _settings(user_id)
    db.session.commit()
    return settings


def update_settings(*, user_id: int, changes: NotificationSettingsUpdate) -> NotificationSettings:
    """Turn the channels sent on or off; return every kind's channels."""
    insert = upsert_insert(db.session)
    for kind, channels in changes.model_dump().items():
        if not channels:
            continue
        # Concurrent first changes of one kind: one inserts the row, the other then updates it.
        db.session.execute(
            insert(NotificationSetting)
            .values(user_id=user_id, kind=kind, in_app=True, email=True, push=True)
            .on_conflict_do_nothing()
        )
        db.session.execute(
            update(NotificationSetting)
            .where(NotificationSetting.user_id == user_id, NotificationSetting.kind == kind)
            .values(**channels)
            .execution_options(synchronize_session=False)
        )
    db.session.flush()
    settings = _settings(user_id)
    commit()
    return settings
