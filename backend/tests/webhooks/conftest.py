"""Fixtures for the webhook tests: a receiver on loopback, the server allowing private addresses (the
receiver's), projects and webhooks made through the API, and the worker's side driven step by step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from taskforge.extensions import db
from taskforge.webhooks import delivery
from taskforge.webhooks.delivery import Outcome
from taskforge.webhooks.models import WebhookDelivery
from taskforge.webhooks.sender import WebhookSender
from taskforge.worker.queue import Policy
from tests.webhooks.receiver import Receiver

POLICY = Policy(worker_id="w1", lease=timedelta(seconds=60), late_after=timedelta(0), email_max_attempts=3)
EVENTS = [
    "task.created",
    "task.updated",
    "task.completed",
    "task.deleted",
    "task.restored",
    "comment.created",
]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as started:
        yield started


@pytest.fixture
def allow_private(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """WEBHOOK_ALLOW_PRIVATE=true: the receiver is on loopback."""
    monkeypatch.setitem(app.config, "TASKFORGE", replace(app.config["TASKFORGE"], webhook_allow_private=True))


def make_project(client: FlaskClient, headers: dict[str, str], name: str = "Hooked") -> int:
    response = client.post("/api/projects", json={"name": name}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return int(response.get_json()["id"])


def make_webhook(
    client: FlaskClient, headers: dict[str, str], url: str, *, project: int | None, events: list[str] = EVENTS
) -> dict[str, Any]:
    path = f"/api/projects/{project}/webhooks" if project is not None else "/api/webhooks"
    response = client.post(path, json={"url": url, "events": events}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return dict(response.get_json())


def make_task(
    client: FlaskClient, headers: dict[str, str], project: int, title: str = "Plan"
) -> dict[str, Any]:
    response = client.post("/api/tasks", json={"title": title, "project_id": project}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return dict(response.get_json())


def sender(*, allow_private: bool = True) -> WebhookSender:
    return WebhookSender(timeout_s=5, allow_private=allow_private)


def drain(*, now: datetime | None = None, allow_private: bool = True) -> list[Outcome]:
    """Claim and send everything due (at `now`), as one worker would, until nothing is; the outcomes."""
    outcomes: list[Outcome] = []
    send = sender(allow_private=allow_private)
    while batch := delivery.claim(policy=POLICY, limit=50, now=now):
        outcomes += [delivery.deliver(i, policy=POLICY, sender=send, now=now) for i in batch]
    return outcomes


def deliveries(webhook_id: int) -> list[WebhookDelivery]:
    """The webhook's deliveries, oldest first, as the database holds them now."""
    found = db.session.execute(
        select(WebhookDelivery)
        .where(WebhookDelivery.webhook_id == webhook_id)
        .order_by(WebhookDelivery.id)
        .execution_options(populate_existing=True)
    ).scalars()
    return list(found)


@pytest.fixture
def hooked(
    client: FlaskClient, auth: dict[str, str], receiver: Receiver, allow_private: None
) -> Callable[..., tuple[int, dict[str, Any]]]:
    """Make a project with a webhook to the receiver; return the project's id and the webhook."""

    def make(events: list[str] = EVENTS, path: str = "/hook") -> tuple[int, dict[str, Any]]:
        project = make_project(client, auth)
        return project, make_webhook(client, auth, receiver.url(path), project=project, events=events)

    return make
