from tests.conftest import bearer


def test_fixtures_work(client, user, auth, task_factory):
    task_factory(user=user, title="hello")
    response = client.get("/api/tasks", headers=auth)
    assert response.status_code == 200
    assert [t["title"] for t in response.json["items"]] == ["hello"]
    assert bearer("x") == {"Authorization": "Bearer x"}
