"""The worker's loop sends webhook deliveries with the rest, counts them by outcome, and the setting that
lets receivers be private comes from the environment (off unless said)."""

from __future__ import annotations

import threading

from standardwebhooks.webhooks import Webhook as Verifier

from taskforge.config import Settings
from taskforge.worker import metrics
from taskforge.worker.loop import Worker
from tests.webhooks.conftest import make_task


def test_the_worker_loop_sends_webhooks_and_counts_them(app, client, auth, hooked, receiver):
    project, hook = hooked()
    make_task(client, auth, project)
    before = metrics.WEBHOOKS.labels("sent")._value.get()
    Worker(app, app.config["TASKFORGE"], stop=threading.Event()).run(until_idle=True)
    (got,) = receiver.received
    Verifier(hook["secret"]).verify(got.body, got.headers)
    assert metrics.WEBHOOKS.labels("sent")._value.get() == before + 1


def test_private_receivers_are_allowed_only_when_the_environment_says_so(tmp_path):
    base = {"TASKFORGE_INSTANCE_PATH": str(tmp_path)}
    assert Settings.from_env(base).webhook_allow_private is False
    assert Settings.from_env({**base, "WEBHOOK_ALLOW_PRIVATE": "true"}).webhook_allow_private is True
    assert Settings.from_env({**base, "WEBHOOK_TIMEOUT_SECONDS": "2.5"}).webhook_timeout_s == 2.5
