"""The worker's purge of the trash: what was deleted more than TRASH_RETENTION_DAYS ago goes for good, a
bounded batch per transaction. `FOR UPDATE SKIP LOCKED`: rows another worker (or a restore) holds are passed
over, never waited for, so two workers never purge the same item twice or block each other."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from taskforge.extensions import db
from taskforge.projects.removal import purge_project, purgeable_before
from taskforge.tasks.removal import purge_before, purge_tree
from taskforge.worker.queue import now_plus


def purge_expired(*, retention: timedelta, limit: int) -> dict[str, int]:
    """Purge up to `limit` tasks and `limit` projects deleted before now - `retention`, each batch in its own
    transaction; return how many of each went."""
    cutoff = db.session.execute(select(now_plus(-retention))).scalar_one()
    purged = {"task": 0, "project": 0}
    roots = db.session.execute(purge_before(cutoff).limit(limit).with_for_update(skip_locked=True)).scalars()
    for task_id in list(roots):
        purged["task"] += bool(purge_tree(task_id))
    db.session.commit()
    projects = db.session.execute(
        purgeable_before(cutoff).limit(limit).with_for_update(skip_locked=True)
    ).scalars()
    for project_id in list(projects):
        purged["project"] += purge_project(project_id)
    db.session.commit()
    return purged
