"""The people a comment mentions: `@username` of someone who can see the task's project.

A mention is `@` and a username (3-32 of A-Z a-z 0-9 _ . -, matched ignoring case, as usernames are unique)
that does not follow a word character or another address character, so `bob@example.com` mentions no one.
Text in Markdown code (spans and fenced blocks) mentions no one either; a sentence ending right after a name
("thanks @bob.") still reaches Bob.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select

from taskforge.access.grants import effective_roles
from taskforge.auth.models import User
from taskforge.extensions import db

_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`", re.DOTALL)
_MENTION = re.compile(r"(?<![\w@.+\-])@([A-Za-z0-9_.\-]{3,32})(?![A-Za-z0-9_@])")
_TRAILING = ".-"


def mentioned_names(text: str) -> set[str]:
    """The usernames `text` may mention, lower-cased (with trailing punctuation, and without)."""
    names: set[str] = set()
    for match in _MENTION.finditer(_CODE.sub(" ", text)):
        name = match.group(1).lower()
        names.add(name)
        bare = name.rstrip(_TRAILING)
        if len(bare) >= 3:
            names.add(bare)
    return names


def mentioned_members(project_id: int, text: str, *, before: str | None = None) -> set[int]:
    """The ids of the people who can see the project that `text` mentions, leaving out those the text
    `before` an edit mentioned already (an edit notifies only whom it adds)."""
    names = mentioned_names(text) - (mentioned_names(before) if before is not None else set())
    if not names:
        return set()
    members = {user_id for user_id, _ in effective_roles(project_ids=[project_id])}
    if not members:
        return set()
    found = db.session.execute(
        select(User.id).where(func.lower(User.username).in_(sorted(names)), User.id.in_(sorted(members)))
    ).scalars()
    return set(found)
