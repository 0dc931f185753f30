"""Manual order of short lists (a person's projects, a project's sections): fractional keys, so moving one
item usually rewrites one row. The task list, which can be long, has its own (tasks/ordering.py)."""

from __future__ import annotations

from collections.abc import Sequence

from fractional_indexing import generate_key_between, generate_n_keys_between


def key_after(last: str | None) -> str:
    """A key after `last` (None: the first key of an empty list)."""
    key: str = generate_key_between(last, None)
    return key


def place(
    ordered: Sequence[tuple[int, str]], moving: int, *, before: int | None, after: int | None
) -> dict[int, str]:
    """The new keys, by id, that put `moving` right before `before` or right after `after` in `ordered`
    ((id, key) pairs in display order). Usually one key; every key when two neighbours share one.
    Raises LookupError when the target is not in the list."""
    others = [(item, key) for item, key in ordered if item != moving]
    target = before if before is not None else after
    index = next((i for i, (item, _) in enumerate(others) if item == target), None)
    if index is None:
        raise LookupError(target)
    insert_at = index if before is not None else index + 1
    lower = others[insert_at - 1][1] if insert_at > 0 else None
    upper = others[insert_at][1] if insert_at < len(others) else None
    if lower is not None and upper is not None and lower >= upper:
        order = [item for item, _ in others]
        order.insert(insert_at, moving)
        return dict(zip(order, generate_n_keys_between(None, None, len(order)), strict=True))
    return {moving: generate_key_between(lower, upper)}
