"""/api/tags and the tags on tasks: names unique per user ignoring case, counts, filters, deletes that keep
the tasks, and nothing of one user's tags visible to another."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select

from taskforge.extensions import db
from taskforge.tags.models import Tag
from tests.tasks.test_concurrency import run_together

TAGS = "/api/tags"


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    return response.get_json()


def fields(response) -> set[str]:
    return {error["field"] for error in problem(response, 422)["errors"]}


def make_task(client, auth, **fields_):
    response = client.post("/api/tasks", json={"title": "t", **fields_}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def tag_list(client, auth) -> list[dict]:
    response = client.get(TAGS, headers=auth)
    assert response.status_code == 200
    return response.get_json()["items"]


def test_create_list_rename_recolour_delete(client, auth):
    created = client.post(TAGS, json={"name": "Work", "color": "#0D6EFD"}, headers=auth)
    assert created.status_code == 201
    tag = created.get_json()
    assert tag == {"id": tag["id"], "name": "Work", "color": "#0d6efd", "task_count": 0}
    assert created.headers["Location"].endswith(f"/api/tags/{tag['id']}")
    assert client.post(TAGS, json={"name": "  home "}, headers=auth).get_json()["color"] == "#6c757d"
    assert [t["name"] for t in tag_list(client, auth)] == ["home", "Work"]

    renamed = client.patch(f"{TAGS}/{tag['id']}", json={"name": "Job", "color": "#198754"}, headers=auth)
    assert renamed.get_json() == {"id": tag["id"], "name": "Job", "color": "#198754", "task_count": 0}
    assert client.delete(f"{TAGS}/{tag['id']}", headers=auth).status_code == 204
    assert [t["name"] for t in tag_list(client, auth)] == ["home"]
    assert problem(client.delete(f"{TAGS}/{tag['id']}", headers=auth), 404)


@pytest.mark.parametrize("name", ["work", "WORK", "Work", " work "])
def test_names_are_unique_per_user_ignoring_case(client, auth, name):
    client.post(TAGS, json={"name": "Work"}, headers=auth)
    assert problem(client.post(TAGS, json={"name": name}, headers=auth), 409)
    other = client.post(TAGS, json={"name": "Other"}, headers=auth).get_json()
    assert problem(client.patch(f"{TAGS}/{other['id']}", json={"name": name}, headers=auth), 409)
    # Renaming a tag to its own name in another case is a rename, not a conflict.
    work = next(t for t in tag_list(client, auth) if t["name"] == "Work")
    assert client.patch(f"{TAGS}/{work['id']}", json={"name": "WORK"}, headers=auth).status_code == 200


def test_unicode_case_folding_makes_one_tag(client, auth):
    client.post(TAGS, json={"name": "Straße"}, headers=auth)
    assert problem(client.post(TAGS, json={"name": "STRASSE"}, headers=auth), 409)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 51}, "name"),
        ({"name": "a\x00b"}, "name"),
        ({"name": 5}, "name"),
        ({"name": "ok", "color": "red"}, "color"),
        ({"name": "ok", "color": "#12345"}, "color"),
        ({"name": "ok", "color": "#zzzzzz"}, "color"),
        ({"name": "ok", "colour": "#ffffff"}, "colour"),
    ],
)
def test_bad_tags_are_refused(client, auth, body, field):
    assert fields(client.post(TAGS, json=body, headers=auth)) == {field}
    assert tag_list(client, auth) == []


def test_tasks_carry_tags_by_name_and_unknown_names_become_tags(client, auth):
    client.post(TAGS, json={"name": "Work", "color": "#dc3545"}, headers=auth)
    task = make_task(client, auth, tags=["work", "urgent", "URGENT", "home"])
    assert task["tags"] == ["home", "urgent", "Work"]  # the tag's own spelling, in name order, once each
    counts = {t["name"]: (t["task_count"], t["color"]) for t in tag_list(client, auth)}
    assert counts == {"home": (1, "#6c757d"), "urgent": (1, "#6c757d"), "Work": (1, "#dc3545")}

    changed = client.patch(f"/api/tasks/{task['id']}", json={"tags": ["home"]}, headers=auth).get_json()
    assert (changed["tags"], changed["version"]) == (["home"], task["version"] + 1)
    same = client.patch(f"/api/tasks/{task['id']}", json={"tags": ["HOME"]}, headers=auth).get_json()
    assert same["version"] == changed["version"]  # the same tags: nothing changed
    assert {t["name"]: t["task_count"] for t in tag_list(client, auth)}["Work"] == 0


def test_too_many_or_bad_tag_names_on_a_task_are_refused(client, auth):
    assert fields(
        client.post("/api/tasks", json={"title": "t", "tags": [f"t{i}" for i in range(21)]}, headers=auth)
    ) == {"tags"}
    assert fields(client.post("/api/tasks", json={"title": "t", "tags": ["x" * 51]}, headers=auth)) == {
        "tags[0]"
    }
    assert fields(client.post("/api/tasks", json={"title": "t", "tags": "work"}, headers=auth)) == {"tags"}
    assert tag_list(client, auth) == []


def test_the_list_filters_by_every_tag_given(client, auth):
    both = make_task(client, auth, tags=["work", "urgent"])
    make_task(client, auth, tags=["work"])
    make_task(client, auth)

    def ids(query: str) -> list[int]:
        return [t["id"] for t in client.get(f"/api/tasks?{query}", headers=auth).get_json()["items"]]

    assert len(ids("tag=work")) == 2
    assert ids("tag=WORK&tag=urgent") == [both["id"]]
    assert ids("tag=nothing") == []
    assert fields(client.get("/api/tasks?" + "&".join(f"tag=t{i}" for i in range(11)), headers=auth)) == {
        "tag"
    }


def test_deleting_a_tag_keeps_its_tasks_and_changes_their_version(client, auth):
    task = make_task(client, auth, tags=["work", "home"])
    work = next(t for t in tag_list(client, auth) if t["name"] == "work")

    assert client.delete(f"{TAGS}/{work['id']}", headers=auth).status_code == 204

    after = client.get(f"/api/tasks/{task['id']}", headers=auth)
    assert after.get_json()["tags"] == ["home"]
    assert after.get_json()["version"] == task["version"] + 1
    assert after.headers["ETag"] != f'"v{task["version"]}"'


def test_renaming_a_tag_renames_it_on_its_tasks(client, auth):
    task = make_task(client, auth, tags=["work"])
    work = tag_list(client, auth)[0]
    client.patch(f"{TAGS}/{work['id']}", json={"name": "job"}, headers=auth)
    after = client.get(f"/api/tasks/{task['id']}", headers=auth).get_json()
    assert (after["tags"], after["version"]) == (["job"], task["version"] + 1)
    recoloured = client.patch(f"{TAGS}/{work['id']}", json={"color": "#000000"}, headers=auth)
    assert recoloured.get_json()["task_count"] == 1
    assert client.get(f"/api/tasks/{task['id']}", headers=auth).get_json()["version"] == after["version"]


def test_another_users_tags_are_invisible_and_untouchable(client, auth, other_auth):
    mine = client.post(TAGS, json={"name": "secret"}, headers=auth).get_json()
    make_task(client, auth, tags=["secret"])
    missing = problem(client.patch(f"{TAGS}/999999999", json={"name": "x"}, headers=other_auth), 404)

    assert tag_list(client, other_auth) == []
    for response in (
        client.patch(f"{TAGS}/{mine['id']}", json={"name": "mine now"}, headers=other_auth),
        client.delete(f"{TAGS}/{mine['id']}", headers=other_auth),
    ):
        assert {k: v for k, v in problem(response, 404).items() if k != "request_id"} == {
            k: v for k, v in missing.items() if k != "request_id"
        }
    assert client.get("/api/tasks?tag=secret", headers=other_auth).get_json()["items"] == []
    # The same name is free for another user, and their task gets their own tag.
    theirs = make_task(client, other_auth, tags=["secret"])
    assert theirs["tags"] == ["secret"]
    assert [t["task_count"] for t in tag_list(client, auth)] == [1]
    assert tag_list(client, auth)[0]["name"] == "secret"


@pytest.mark.parametrize("path", ["/api/tags/0", "/api/tags/-1", "/api/tags/abc", "/api/tags/" + "9" * 20])
def test_odd_tag_ids_are_404(client, auth, path):
    assert problem(client.patch(path, json={"name": "x"}, headers=auth), 404)


def test_tags_need_a_token(client):
    assert problem(client.get(TAGS), 401)
    assert problem(client.post(TAGS, json={"name": "x"}), 401)


def test_concurrent_tasks_with_the_same_new_tag_make_one_tag(base_app, committed_owner):
    owner = committed_owner(base_app)
    outcomes = run_together(
        base_app,
        8,
        lambda client, i: client.post(
            "/api/tasks", json={"title": f"t{i}", "tags": ["fresh"]}, headers=owner.headers
        ),
    )
    assert [outcome.status for outcome in outcomes] == [201] * 8
    with base_app.app_context():
        tags = db.session.execute(
            select(Tag.id, func.count()).where(Tag.user_id == owner.user_id).group_by(Tag.id)
        ).all()
        assert len(tags) == 1
        db.session.execute(delete(Tag).where(Tag.user_id == owner.user_id))
        db.session.commit()
    client = base_app.test_client()
    assert (
        client.get("/api/tasks?tag=fresh", headers=owner.headers).get_json()["total"] == 0
    )  # tag deleted above
