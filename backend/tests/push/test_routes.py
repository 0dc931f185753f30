"""Push subscriptions over HTTP: the server's key, subscribing a browser (again, or from another account),
listing and unsubscribing; bad subscriptions are 422; production only accepts public https push services."""

from __future__ import annotations

from dataclasses import replace

import pytest

from taskforge.errors import ValidationFailed
from taskforge.push.keys import public_key_of
from taskforge.push.service import _check_endpoint
from tests.push_server import Browser

ENDPOINT = "https://push.example.net/send/abc123"


def subscription(endpoint: str = ENDPOINT) -> dict:
    return Browser(endpoint=endpoint).subscription()


def test_the_key_is_the_public_half_of_the_configured_one(app, client, auth):
    response = client.get("/api/push/key", headers=auth)
    assert response.status_code == 200
    assert response.get_json() == {"public_key": public_key_of(app.config["TASKFORGE"].vapid_private_key)}
    assert client.get("/api/push/key").status_code == 401


def test_subscribe_again_list_and_unsubscribe(client, auth, other_auth):
    body = subscription()
    first = client.post("/api/push/subscriptions", json=body, headers={**auth, "User-Agent": "Firefox/140"})
    assert first.status_code == 201, first.get_json()
    created = first.get_json()
    assert (created["endpoint"], created["user_agent"]) == (ENDPOINT, "Firefox/140")
    again = client.post("/api/push/subscriptions", json=body, headers=auth)
    assert (again.status_code, again.get_json()["id"]) == (200, created["id"])
    listed = client.get("/api/push/subscriptions", headers=auth).get_json()["items"]
    assert [s["id"] for s in listed] == [created["id"]]
    assert client.get("/api/push/subscriptions", headers=other_auth).get_json()["items"] == []
    url = f"/api/push/subscriptions/{created['id']}"
    assert client.delete(url, headers=other_auth).status_code == 404  # not theirs
    assert client.delete(url, headers=auth).status_code == 204
    assert client.delete(url, headers=auth).status_code == 404
    assert client.get("/api/push/subscriptions", headers=auth).get_json()["items"] == []


def test_a_browser_subscribed_from_another_account_is_theirs_alone(client, auth, other_auth):
    client.post("/api/push/subscriptions", json=subscription(), headers=auth)
    moved = client.post("/api/push/subscriptions", json=subscription(), headers=other_auth)
    assert moved.status_code == 200
    assert client.get("/api/push/subscriptions", headers=auth).get_json()["items"] == []
    assert [
        s["endpoint"] for s in client.get("/api/push/subscriptions", headers=other_auth).get_json()["items"]
    ] == [ENDPOINT]


@pytest.mark.parametrize(
    "change",
    [
        {"endpoint": "ftp://push.example.net/x"},
        {"endpoint": "not a url"},
        {"keys": {"p256dh": "!!", "auth": "A" * 22}},
        {"keys": {"p256dh": "B" * 87}},
        {"keys": {"p256dh": "B" * 87, "auth": "short"}},
        {"endpoint": None},
        {"extra": 1},
    ],
    ids=["scheme", "not a url", "bad base64", "no auth", "short auth", "null endpoint", "unknown field"],
)
def test_a_bad_subscription_is_422(client, auth, change):
    body = {**subscription(), **change}
    response = client.post("/api/push/subscriptions", json=body, headers=auth)
    assert response.status_code == 422, response.get_json()
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://fcm.googleapis.com/fcm/send/x",
        "https://evil.example.com/x",
        "https://fcm.googleapis.com.evil.example/x",
        "https://user:secret@fcm.googleapis.com/x",
        "https://fcm.googleapis.com:8443/x",
        "https://fcm.googleapis.com:port/x",
        "https://127.0.0.1/x",
        "https://2130706433/x",
        "https://[::1]/x",
        "https://169.254.169.254/latest",
        "https://localhost/x",
    ],
)
def test_production_refuses_what_is_not_a_browser_push_service(endpoint):
    with pytest.raises(ValidationFailed):
        _check_endpoint(endpoint, production=True)
    _check_endpoint(endpoint, production=False)  # local runs and the tests push to loopback


def test_production_accepts_the_browsers_push_services():
    for endpoint in (
        "https://fcm.googleapis.com/fcm/send/abc",
        "https://updates.push.services.mozilla.com/wpush/v2/abc",
        "https://web.push.apple.com/QA",
        "https://wns2-par02p.notify.windows.com/w/?token=abc",
    ):
        _check_endpoint(endpoint, production=True)


def test_without_a_vapid_key_push_is_off_and_says_so(app, client, auth):
    settings = app.config["TASKFORGE"]
    app.config["TASKFORGE"] = replace(settings, vapid_private_key="")
    try:
        key = client.get("/api/push/key", headers=auth)
        assert key.status_code == 404
        assert "VAPID_PRIVATE_KEY" in key.get_json()["detail"]
        assert client.post("/api/push/subscriptions", json=subscription(), headers=auth).status_code == 404
    finally:
        app.config["TASKFORGE"] = settings


@pytest.mark.parametrize(
    "endpoint", ["https://push.example.net/" + "é" * 1500, "http://[::1/x", "http://a\\b/c"]
)
def test_a_non_ascii_or_unparsable_endpoint_is_422(client, auth, endpoint):
    assert (
        client.post("/api/push/subscriptions", json=subscription(endpoint), headers=auth).status_code == 422
    )
