"""Webhooks over HTTP: create (the secret shown once), list, read, change, delete, test and the delivery log,
with every status each can answer; someone else's webhook or delivery answers exactly as a missing id."""

from __future__ import annotations

import pytest

from taskforge.webhooks import service
from tests.webhooks.conftest import make_project, make_task, make_webhook

PUBLIC = "https://93.184.215.14/hook"  # a public address: no name to resolve, nothing private
MISSING = 2**63 - 1


def test_create_shows_the_secret_once_then_never(client, auth):
    project = make_project(client, auth)
    body = {"url": PUBLIC, "events": ["task.updated", "task.created", "task.created"]}
    response = client.post(f"/api/projects/{project}/webhooks", json=body, headers=auth)
    assert response.status_code == 201, response.get_json()
    created = response.get_json()
    assert created["secret"].startswith("whsec_")
    assert (created["project_id"], created["url"], created["active"]) == (project, PUBLIC, True)
    assert created["events"] == ["task.created", "task.updated"]  # a repeated one counts once
    listed = client.get(f"/api/projects/{project}/webhooks", headers=auth).get_json()["items"]
    read = client.get(f"/api/webhooks/{created['id']}", headers=auth).get_json()
    assert [hook["id"] for hook in listed] == [created["id"]]
    for shown in (*listed, read):
        assert "secret" not in shown
    assert client.get("/api/webhooks", headers=auth).get_json()["items"] == []  # not a personal one


def test_a_personal_webhook_is_listed_apart(client, auth, other_auth):
    hook = make_webhook(client, auth, PUBLIC, project=None)
    assert hook["project_id"] is None
    assert [h["id"] for h in client.get("/api/webhooks", headers=auth).get_json()["items"]] == [hook["id"]]
    assert client.get("/api/webhooks", headers=other_auth).get_json()["items"] == []


def test_change_pause_and_delete(client, auth):
    hook = make_webhook(client, auth, PUBLIC, project=None)
    url = f"/api/webhooks/{hook['id']}"
    changed = client.patch(url, json={"events": ["comment.created"], "active": False}, headers=auth)
    assert changed.status_code == 200, changed.get_json()
    assert (changed.get_json()["events"], changed.get_json()["active"]) == (["comment.created"], False)
    assert client.post(f"{url}/test", headers=auth).status_code == 409  # off: nothing is queued
    moved = client.patch(url, json={"url": "http://93.184.215.15:8080/x?y=1"}, headers=auth)
    assert moved.get_json()["url"] == "http://93.184.215.15:8080/x?y=1"
    assert client.delete(url, headers=auth).status_code == 204
    assert client.get(url, headers=auth).status_code == 404
    assert client.delete(url, headers=auth).status_code == 404


def test_the_delivery_log_is_newest_first_and_paged(client, auth):
    hook = make_webhook(client, auth, PUBLIC, project=None)
    queued = [
        client.post(f"/api/webhooks/{hook['id']}/test", headers=auth).get_json()["id"] for _ in range(3)
    ]
    base = f"/api/webhooks/{hook['id']}/deliveries"
    first = client.get(f"{base}?per_page=2", headers=auth).get_json()
    assert [d["id"] for d in first["items"]] == queued[::-1][:2]
    assert first["items"][0]["status"] == "pending"
    last = client.get(f"{base}?per_page=2&after={first['next_after']}", headers=auth).get_json()
    assert ([d["id"] for d in last["items"]], last["next_after"]) == ([queued[0]], None)
    assert client.get(f"{base}?per_page=0", headers=auth).status_code == 422
    assert client.get(f"{base}?per_page=101", headers=auth).status_code == 422


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://93.184.215.14/x", "events": ["task.created"]}, "url"),
        ({"url": "https://user:pw@93.184.215.14/x", "events": ["task.created"]}, "url"),
        ({"url": "https://93.184.215.14:99999/x", "events": ["task.created"]}, "url"),
        ({"url": "https://no-such-host.invalid/x", "events": ["task.created"]}, "url"),
        ({"url": "https://exa mple.com/x", "events": ["task.created"]}, "url"),
        ({"url": "http://QHHBTYJQrX|m]?X0OI7", "events": ["task.created"]}, "url"),
        ({"url": "http://[::1/x", "events": ["task.created"]}, "url"),
        ({"url": PUBLIC, "events": []}, "events"),
        ({"url": PUBLIC, "events": ["task.exploded"]}, "events[0]"),
        ({"url": PUBLIC}, "events"),
        ({"events": ["task.created"]}, "url"),
        ({"url": PUBLIC, "events": ["task.created"], "secret": "mine"}, "secret"),
    ],
)
def test_bad_input_is_422_naming_the_field(client, auth, body, field):
    response = client.post("/api/webhooks", json=body, headers=auth)
    assert response.status_code == 422, response.get_json()
    assert response.mimetype == "application/problem+json"
    assert field in [error["field"] for error in response.get_json()["errors"]]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://[::1]/hook",
        "http://10.0.0.1/hook",
        "http://172.16.5.4/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:8080/hook",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
        "http://224.0.0.1/hook",
        "http://[fe80::1]/hook",
        "http://[fd00::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:169.254.169.254]/hook",
        "http://[64:ff9b::a00:1]/hook",
        "http://2130706433/hook",  # 127.0.0.1 as one number: the resolver reads it so
    ],
)
def test_a_url_reaching_a_private_address_is_refused(client, auth, url):
    project = make_project(client, auth)
    for path in ("/api/webhooks", f"/api/projects/{project}/webhooks"):
        response = client.post(path, json={"url": url, "events": ["task.created"]}, headers=auth)
        assert response.status_code == 422, (url, response.get_json())
        assert [error["field"] for error in response.get_json()["errors"]] == ["url"]
    hook = make_webhook(client, auth, PUBLIC, project=None)
    changed = client.patch(f"/api/webhooks/{hook['id']}", json={"url": url}, headers=auth)
    assert changed.status_code == 422
    assert client.get(f"/api/webhooks/{hook['id']}", headers=auth).get_json()["url"] == PUBLIC


def test_private_addresses_are_allowed_when_the_server_says_so(client, auth, allow_private):
    assert (
        client.post(
            "/api/webhooks", json={"url": "http://127.0.0.1:9/hook", "events": ["task.created"]}, headers=auth
        ).status_code
        == 201
    )


def test_too_many_webhooks_is_409(client, auth, monkeypatch):
    monkeypatch.setattr(service, "MAX_WEBHOOKS", 2)
    for _ in range(2):
        make_webhook(client, auth, PUBLIC, project=None)
    response = client.post("/api/webhooks", json={"url": PUBLIC, "events": ["task.created"]}, headers=auth)
    assert response.status_code == 409
    project = make_project(client, auth)
    make_webhook(client, auth, PUBLIC, project=project)  # a project's count apart


def test_without_a_token_every_endpoint_is_401(client):
    for method, path in ENDPOINTS:
        response = client.open(path.format(hook=1, delivery=1, project=1), method=method, json={})
        assert response.status_code == 401, (method, path)


ENDPOINTS = [
    ("GET", "/api/projects/{project}/webhooks"),
    ("POST", "/api/projects/{project}/webhooks"),
    ("GET", "/api/webhooks"),
    ("POST", "/api/webhooks"),
    ("GET", "/api/webhooks/{hook}"),
    ("PATCH", "/api/webhooks/{hook}"),
    ("DELETE", "/api/webhooks/{hook}"),
    ("POST", "/api/webhooks/{hook}/test"),
    ("GET", "/api/webhooks/{hook}/deliveries"),
    ("POST", "/api/webhooks/{hook}/deliveries/{delivery}/redeliver"),
]
BY_ID = [(method, path) for method, path in ENDPOINTS if "{hook}" in path]
BODIES = {"PATCH": {"active": False}}


@pytest.mark.parametrize(("method", "path"), BY_ID, ids=[f"{m} {p}" for m, p in BY_ID])
def test_someone_elses_webhook_answers_as_a_missing_id(client, auth, other_auth, method, path):
    project = make_project(client, auth)
    hooks = [
        make_webhook(client, auth, PUBLIC, project=None),
        make_webhook(client, auth, PUBLIC, project=project),
    ]
    for hook in hooks:
        delivery = client.post(f"/api/webhooks/{hook['id']}/test", headers=auth).get_json()["id"]

        def answer(hook_id, delivery_id, headers=other_auth):
            response = client.open(
                path.format(hook=hook_id, delivery=delivery_id),
                method=method,
                json=BODIES.get(method),
                headers=headers,
            )
            body = response.get_json()
            return response.status_code, {k: v for k, v in body.items() if k != "request_id"}

        assert answer(hook["id"], delivery) == answer(MISSING, MISSING)
        assert answer(hook["id"], delivery)[0] == 404
    assert client.get(f"/api/webhooks/{hooks[0]['id']}", headers=auth).status_code == 200  # untouched


def test_a_delivery_of_another_webhook_is_not_found_under_this_one(client, auth):
    mine, other = (make_webhook(client, auth, PUBLIC, project=None) for _ in range(2))
    theirs = client.post(f"/api/webhooks/{other['id']}/test", headers=auth).get_json()["id"]
    response = client.post(f"/api/webhooks/{mine['id']}/deliveries/{theirs}/redeliver", headers=auth)
    assert response.status_code == 404
    assert response.get_json()["detail"] == "No delivery with that id."


def test_a_project_webhook_needs_an_admin(client, auth, other_user, other_auth):
    project = make_project(client, auth)
    hook = make_webhook(client, auth, PUBLIC, project=project)
    add = {"username": other_user.username, "role": "editor"}
    assert client.post(f"/api/projects/{project}/members", json=add, headers=auth).status_code == 201
    assert client.get(f"/api/webhooks/{hook['id']}", headers=other_auth).status_code == 403
    assert client.get(f"/api/projects/{project}/webhooks", headers=other_auth).status_code == 403
    role = {"role": "admin"}
    assert (
        client.patch(f"/api/projects/{project}/members/{other_user.id}", json=role, headers=auth).status_code
        == 200
    )
    assert client.get(f"/api/webhooks/{hook['id']}", headers=other_auth).status_code == 200
    assert client.delete(f"/api/webhooks/{hook['id']}", headers=other_auth).status_code == 204


def test_a_task_change_queues_nothing_for_a_webhook_that_did_not_subscribe(client, auth):
    project = make_project(client, auth)
    hook = make_webhook(client, auth, PUBLIC, project=project, events=["comment.created"])
    make_task(client, auth, project)
    log = client.get(f"/api/webhooks/{hook['id']}/deliveries", headers=auth).get_json()
    assert log == {"items": [], "next_after": None}
