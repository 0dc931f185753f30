"""How a notification reads in a push message or an email, and where it opens."""

from __future__ import annotations

import pytest

from taskforge.auth.models import User
from taskforge.notifications.models import Notification
from taskforge.notifications.wording import headline_of, path_of


@pytest.mark.parametrize(
    ("fields", "headline", "path"),
    [
        ({"kind": "assigned", "task_id": 7, "project_id": 2}, "ada assigned you", "/tasks/7"),
        ({"kind": "mentioned", "task_id": 7, "comment_id": 9}, "ada mentioned you", "/tasks/7?tab=comments"),
        ({"kind": "commented", "task_id": 7}, "ada commented", "/tasks/7?tab=comments"),
        ({"kind": "shared", "project_id": 2}, "ada shared a project with you", "/projects/2"),
        ({"kind": "shared", "team_id": 4}, "ada added you to a team", "/settings"),
        ({"kind": "reminder", "task_id": 7}, "Reminder", "/tasks/7"),
        (
            {"kind": "webhook", "project_id": 2},
            "A webhook was turned off: its deliveries failed for 24 hours",
            "/settings",
        ),
    ],
)
def test_each_kind_says_who_did_what_and_opens_its_page(fields, headline, path):
    notification = Notification(user_id=1, title="Plan", actor=User(username="ada"), **fields)
    assert headline_of(notification) == headline
    assert path_of(notification) == path


def test_an_actor_whose_account_is_gone_is_someone():
    assert (
        headline_of(Notification(user_id=1, kind="assigned", title="Plan", task_id=1))
        == "Someone assigned you"
    )
