"""The token rules: #tag, p1-p4, @project or +project, and "remind ... before"."""

from __future__ import annotations

import pytest

from taskforge.quickadd.tokens import ProjectRef, priority, projects, reminders, tags
from tests.quickadd.reading import read


def names(text: str) -> list[str]:
    return [str(span.value) for span in tags(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy milk #home", ["home"]),
        ("#home, #work.", ["home", "work"]),
        ("#a.b #ünïcødé #x-y_z", ["a.b", "ünïcødé", "x-y_z"]),
        ("#Home #home #HOME", ["Home"]),  # one tag, whatever the case
        ("learn C# and F#", []),  # inside a word
        ("Review PR #42", []),  # only digits: a number
        ("#" + "x" * 50, ["x" * 50]),
        ("#" + "x" * 51, []),  # tags have 50 characters at most
        ("# lonely", []),
        ("a##b ##c", []),
    ],
)
def test_tags(text, expected):
    assert names(text) == expected


def test_at_most_twenty_tags():
    assert len(names(" ".join(f"#t{i}" for i in range(25)))) == 20


def test_a_tags_span_leaves_its_punctuation():
    parsed = read("buy milk #home, now")
    assert [(s.start, s.end, s.text) for s in parsed.spans] == [(9, 14, "#home")]
    assert parsed.title == "buy milk, now"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("p1", 4),  # as Todoist: p1 is urgent
        ("call now p2", 3),
        ("P3 call", 2),
        ("call p4.", 1),
        ("p2 then p1", 3),  # the first one
        ("p5", None),
        ("p0", None),
        ("top1 p12 sp1", None),
        ("#p1", None),
    ],
)
def test_priority(text, expected):
    found = priority(text)
    assert (found.value if found is not None else None) == expected


PROJECTS = [
    ProjectRef(7, "Work"),
    ProjectRef(8, "Work stuff"),
    ProjectRef(9, "Home Renovation"),
    ProjectRef(10, "work"),  # a second project of the same name: the older (7) wins
    ProjectRef(11, "Q3 / 2026"),
]


@pytest.mark.parametrize(
    ("text", "project_id", "span"),
    [
        ("call @Work", 7, "@Work"),
        ("call +work", 7, "+work"),
        ("call @WORK, now", 7, "@WORK"),
        ("call @work stuff today", 8, "@work stuff"),  # the longest name
        ("paint @home_renovation", 9, "@home_renovation"),
        ("paint @Home-Renovation", 9, "@Home-Renovation"),
        ("paint @home  renovation", 9, "@home  renovation"),
        ("plan @Q3 / 2026", 11, "@Q3 / 2026"),
        ("mail bob@example.com", None, None),  # inside a word
        ("call @Workshop", None, None),  # a name is a whole word
    ],
)
def test_projects(text, project_id, span):
    found, _ = projects(text, PROJECTS)
    assert (found.value if found else None, found.text if found else None) == (project_id, span)


def test_unknown_names_are_reported_and_a_second_project_is_left_alone():
    found, unknown = projects("@Work @Home @nowhere then +Work stuff, c++", PROJECTS)
    assert found is not None
    assert found.value == 7
    assert [(u.start, u.end, u.text) for u in unknown] == [(6, 11, "@Home"), (12, 20, "@nowhere")]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("remind 30m before", [30]),
        ("remind me 30 min before", [30]),
        ("remind me 1h before", [60]),
        ("remind me an hour before", [60]),
        ("Remind me 2 hours before.", [120]),
        ("remind 1d before remind 2 days before", [1440, 2880]),
        ("remind 1w before", [10080]),
        ("remind 4 weeks before", [40320]),
        ("remind 5 weeks before", []),  # four weeks at most
        ("remind 30m before remind 30 minutes before", [30]),  # each once
        ("remind me before", []),
        ("remind 30m after", []),
        ("reminder 30m before", []),
    ],
)
def test_reminders(text, minutes):
    assert [span.value for span in reminders(text)] == minutes


def test_at_most_ten_reminders():
    assert len(list(reminders(" ".join(f"remind {i}m before" for i in range(15))))) == 10
