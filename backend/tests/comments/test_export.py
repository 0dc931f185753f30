"""Comments travel with their tasks through export and import; an import writes them as the importer's."""

from __future__ import annotations

from tests.comments.test_routes import crew, post  # noqa: F401 - the fixture, reused


def test_export_carries_the_thread_and_import_restores_it_as_the_importers(client, crew):  # noqa: F811
    users, h, project, task_id = crew
    post(client, h["bob"], task_id, "from bob")
    post(client, h["ada"], task_id, "from ada")
    document = client.get(f"/api/export?project_id={project}", headers=h["ada"]).get_json()
    (task,) = document["tasks"]
    bob, ada = users["bob"].username, users["ada"].username
    assert [(c["author"], c["text"]) for c in task["comments"]] == [(bob, "from bob"), (ada, "from ada")]
    assert all(c["created_at"] and c["edited_at"] is None for c in task["comments"])

    dry = client.post("/api/import?dry_run=true", json=document, headers=h["ada"])
    assert dry.status_code == 200, dry.get_json()
    imported = client.post("/api/import", json=document, headers=h["ada"])
    assert imported.status_code in (200, 201), imported.get_json()
    (new_task,) = [t["id"] for t in imported.get_json()["tasks"]]
    thread = client.get(f"/api/tasks/{new_task}/comments", headers=h["ada"]).get_json()["items"]
    assert [(c["author"]["id"], c["text"]) for c in thread] == [
        (users["ada"].id, f"*{bob} wrote:*\n\nfrom bob"),
        (users["ada"].id, "from ada"),
    ]
    assert [c["created_at"] for c in thread] == [c["created_at"] for c in task["comments"]]
    history = client.get(f"/api/tasks/{new_task}/history", headers=h["ada"]).get_json()["items"]
    assert [e["action"] for e in history].count("comment") == 2


def test_a_comment_in_an_import_is_checked_like_one_sent(client, crew):  # noqa: F811
    _, h, _, _ = crew
    document = {
        "format": "taskforge",
        "version": 2,
        "tasks": [{"id": 1, "title": "t", "comments": [{"author": "x", "text": "   "}]}],
    }
    response = client.post("/api/import", json=document, headers=h["ada"])
    assert response.status_code == 422
    assert "tasks[0].comments[0].text" in [e["field"] for e in response.get_json()["errors"]]
