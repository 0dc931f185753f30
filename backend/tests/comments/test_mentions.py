"""Mention parsing: which `@names` a comment's text may mention (who is a member is decided after, in SQL)."""

from __future__ import annotations

import pytest

from taskforge.comments.mentions import mentioned_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("@bob please", {"bob"}),
        ("@Bob and @ADA", {"bob", "ada"}),  # usernames are unique ignoring case
        ("thanks @bob.", {"bob.", "bob"}),  # the end of a sentence, or a name ending in a dot
        ("(@bob)", {"bob"}),
        ("bob@example.com", set()),  # an e-mail address is not a mention
        ("mail me at x.bob@example.com or +@bob", set()),
        ("@@bob", set()),
        ("@ab", set()),  # too short to be a username
        ("@" + "a" * 33, set()),  # too long
        ("`@bob` and\n```\n@ada\n```", set()),  # Markdown code mentions no one
        ("@nobody_here", {"nobody_here"}),  # unknown names are dropped by the member lookup, not here
        ("", set()),
    ],
)
def test_the_names_a_text_may_mention(text, names):
    assert mentioned_names(text) == names
