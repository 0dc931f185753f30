"""Tag rules: listing with task counts, creating, renaming, recolouring and deleting a user's tags, and
turning the tag names sent with a task into tags. Tags are personal labels of their creator: shown on a shared
task to everyone who sees it, renamed or deleted only by their creator. Each public function that writes owns
its transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, bindparam, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from taskforge.access.identity import Identity
from taskforge.access.policy import visible_tasks
from taskforge.db import MAX_ID, upsert_insert, utcnow
from taskforge.errors import Conflict, NotFound
from taskforge.extensions import db
from taskforge.tags.models import DEFAULT_COLOR, Tag, name_key, task_tags
from taskforge.tags.schemas import TagCreate, TagUpdate
from taskforge.tasks.models import Task
from taskforge.unit_of_work import commit, record_change, touch_user


@dataclass(frozen=True)
class CountedTag:
    tag: Tag
    task_count: int


def _counted(identity: Identity) -> Select[Tag, int]:
    visible = select(Task.id).where(visible_tasks(identity))
    return (
        select(Tag, func.count(task_tags.c.task_id))
        .outerjoin(task_tags, and_(task_tags.c.tag_id == Tag.id, task_tags.c.task_id.in_(visible)))
        .where(Tag.user_id == identity.user_id)
        .group_by(Tag.id)
    )


def list_tags(*, identity: Identity) -> list[CountedTag]:
    """The caller's tags by name, each with the number of tasks they can see that carry it."""
    rows = db.session.execute(_counted(identity).order_by(Tag.name_key, Tag.id)).all()
    db.session.commit()
    return [CountedTag(tag, int(count)) for tag, count in rows]


def _tag_for(*, user_id: int, tag_id: int, for_update: bool = False) -> Tag:
    if not 1 <= tag_id <= MAX_ID:
        raise NotFound("No tag with that id.")
    query = select(Tag).where(Tag.user_id == user_id, Tag.id == tag_id)
    tag: Tag | None = db.session.execute(
        query.with_for_update() if for_update else query
    ).scalar_one_or_none()
    if tag is None:
        raise NotFound("No tag with that id.")
    return tag


def _count_of(tag: Tag) -> CountedTag:
    count = db.session.execute(select(func.count()).where(task_tags.c.tag_id == tag.id)).scalar_one()
    return CountedTag(tag, int(count))


def _taken(user_id: int, key: str, *, other_than: int | None = None) -> bool:
    query = select(Tag.id).where(Tag.user_id == user_id, Tag.name_key == key)
    if other_than is not None:
        query = query.where(Tag.id != other_than)
    return db.session.execute(query).first() is not None


def create_tag(*, user_id: int, data: TagCreate) -> CountedTag:
    """Create a tag; raise Conflict when the user has one of that name (in any case)."""
    key = name_key(data.name)
    if _taken(user_id, key):
        raise Conflict(f'A tag named "{data.name}" exists already.')
    tag = Tag(user_id=user_id, name=data.name, name_key=key, color=(data.color or DEFAULT_COLOR).lower())
    db.session.add(tag)
    touch_user(user_id)
    try:
        commit()
    except IntegrityError:  # created by a concurrent request since the check
        db.session.rollback()
        raise Conflict(f'A tag named "{data.name}" exists already.') from None
    return CountedTag(tag, 0)


def _touch_tasks_tagged(tag_id: int, *, actor_id: int) -> None:
    """The tag's tasks show its name to everyone who sees them: renaming or deleting it changes them (a new
    version, a new ETag), in whichever projects they are."""
    tagged = select(task_tags.c.task_id).where(task_tags.c.tag_id == tag_id).scalar_subquery()
    touched = db.session.execute(
        update(Task)
        .where(Task.id.in_(tagged))
        .values(version=Task.version + 1, updated_at=utcnow())
        .returning(Task.id, Task.project_id)
        .execution_options(synchronize_session=False)
    ).all()
    for task_id, project_id in touched:
        record_change(
            project_id=project_id, kind="task", entity_id=task_id, action="update", actor_id=actor_id
        )


def update_tag(*, user_id: int, tag_id: int, changes: TagUpdate) -> CountedTag:
    """Rename or recolour a tag; raise NotFound, or Conflict when the new name is another tag's."""
    tag = _tag_for(user_id=user_id, tag_id=tag_id, for_update=True)
    values = changes.model_dump()
    if "color" in values:
        values["color"] = values["color"].lower()
    changed = {name: value for name, value in values.items() if getattr(tag, name) != value}
    if not changed:
        counted = _count_of(tag)
        db.session.commit()
        return counted
    if "name" in changed:
        key = name_key(changed["name"])
        if _taken(user_id, key, other_than=tag.id):
            raise Conflict(f'A tag named "{changed["name"]}" exists already.')
        tag.name_key = key
        _touch_tasks_tagged(tag.id, actor_id=user_id)
    for name, value in changed.items():
        setattr(tag, name, value)
    counted = _count_of(tag)
    touch_user(user_id)
    try:
        commit()
    except IntegrityError:
        db.session.rollback()
        raise Conflict(f'A tag named "{changes.name}" exists already.') from None
    return counted


def delete_tag(*, user_id: int, tag_id: int) -> None:
    """Delete a tag: it leaves every task that carried it; the tasks stay."""
    tag = _tag_for(user_id=user_id, tag_id=tag_id, for_update=True)
    _touch_tasks_tagged(tag.id, actor_id=user_id)
    db.session.execute(delete(Tag).where(Tag.id == tag.id))
    touch_user(user_id)
    commit()


def tags_named(*, user_id: int, names: Sequence[str]) -> list[Tag]:
    """The user's tags with these names (once each, in name order), creating the unknown ones.

    Runs inside the caller's transaction. Two requests creating the same new tag at once both succeed:
    the insert skips a name that exists (ON CONFLICT DO NOTHING), and both then read the one row.
    """
    wanted: dict[str, tuple[str, str]] = {}
    for name in names:
        wanted.setdefault(name_key(name), (name, DEFAULT_COLOR))
    found, _ = ensure_tags(user_id=user_id, wanted=wanted)
    return [found[key] for key in sorted(wanted)]


def tags_for_task(*, user_id: int, names: Sequence[str], current: Sequence[Tag]) -> list[Tag]:
    """The tags a task carries after someone sets its tag names to `names`: the ones it carries already
    (whoever created them) where their names are wanted, and the person's own for the other names."""
    wanted = {name_key(name) for name in names}
    kept = [tag for tag in current if tag.name_key in wanted]
    missing = [name for name in names if name_key(name) not in {tag.name_key for tag in kept}]
    added = tags_named(user_id=user_id, names=missing) if missing else []
    return sorted([*kept, *added], key=lambda tag: (tag.name_key, tag.id))


def ensure_tags(*, user_id: int, wanted: Mapping[str, tuple[str, str]]) -> tuple[dict[str, Tag], list[str]]:
    """The user's tags by name key, creating the missing ones from `wanted` (name key -> name, colour);
    and the names of the tags this call created. Runs inside the caller's transaction, as `tags_named`.

    Tags are mostly reused: one read finds them, and only names it did not find are inserted (an insert of
    several rows is built and compiled anew for each call, which cost a quarter of a task's creation).
    """
    if not wanted:
        return {}, []
    found = _own_tags(user_id, list(wanted))
    missing = {key: value for key, value in wanted.items() if key not in found}
    if not missing:
        return found, []
    insert = upsert_insert(db.session)
    now = utcnow()
    created = db.session.execute(
        insert(Tag)
        .values(
            [
                {"user_id": user_id, "name": name, "name_key": key, "color": color, "created_at": now}
                for key, (name, color) in missing.items()
            ]
        )
        .on_conflict_do_nothing(index_elements=["user_id", "name_key"])
        .returning(Tag.name)
    ).scalars()
    created_names = sorted(created, key=name_key)
    # The ones this call inserted, and any another request inserted meanwhile (its insert won the conflict).
    return {**found, **_own_tags(user_id, list(missing))}, created_names


_OWN_TAGS = select(Tag).where(
    Tag.user_id == bindparam("user_id"), Tag.name_key.in_(bindparam("keys", expanding=True))
)


def _own_tags(user_id: int, keys: list[str]) -> dict[str, Tag]:
    return {
        tag.name_key: tag
        for tag in db.session.execute(_OWN_TAGS, {"user_id": user_id, "keys": keys}).scalars()
    }
