"""The response cache on the real Redis: hits, invalidation by generation, sweeping, TTLs, and the races."""

from __future__ import annotations

import threading
import time

import redis
from flask import Flask

from taskforge.cache.app import response_cache
from taskforge.cache.store import ResponseCache
from taskforge.extensions import db
from tests.cache.conftest import SHARED_REDIS


def _cache(app: Flask) -> ResponseCache:
    cache = response_cache(app)
    assert cache is not None
    return cache


def test_second_read_is_a_hit_with_identical_bytes(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    for path in ("/api/tasks", owner.task_url, "/api/stats", "/api/tasks?sort=title&order=asc&priority=2"):
        first, second = client.get(path, headers=owner.headers), client.get(path, headers=owner.headers)
        assert (first.status_code, second.status_code) == (200, 200)
        assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit"), path
        assert first.data == second.data
        assert first.headers.get("ETag") == second.headers.get("ETag")


def test_equivalent_queries_share_one_entry(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    client.get("/api/tasks?priority=3&priority=1", headers=owner.headers)
    again = client.get("/api/tasks?priority=3&priority=1&page=1", headers=owner.headers)
    assert again.headers["X-Cache"] == "hit"


def test_every_write_path_makes_the_next_read_fresh(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    writes = [
        ("post", "/api/tasks", {"title": "created"}),
        ("post", "/api/tasks/batch", {"tasks": [{"title": "batched"}]}),
        ("patch", owner.task_url, {"title": "patched"}),
        ("put", owner.task_url, {"title": "put"}),
    ]
    for method, path, body in writes:
        before = client.get("/api/tasks", headers=owner.headers)
        client.get("/api/tasks", headers=owner.headers)  # now cached
        assert getattr(client, method)(path, json=body, headers=owner.headers).status_code in {200, 201}
        after = client.get("/api/tasks", headers=owner.headers)
        assert after.headers["X-Cache"] == "miss", path
        assert after.data != before.data
    assert client.get(owner.task_url, headers=owner.headers).get_json()["title"] == "put"
    client.get(owner.task_url, headers=owner.headers)
    assert client.delete(owner.task_url, headers=owner.headers).status_code == 204
    assert client.get(owner.task_url, headers=owner.headers).status_code == 404


def test_users_never_share_entries(cached_app, committed_owner):
    alice, bob = committed_owner(cached_app), committed_owner(cached_app)
    client = cached_app.test_client()
    client.get("/api/tasks", headers=alice.headers)
    bobs = client.get("/api/tasks", headers=bob.headers)
    assert bobs.headers["X-Cache"] == "miss"
    assert [t["id"] for t in bobs.get_json()["items"]] == [bob.task_id]
    assert client.get(alice.task_url, headers=bob.headers).status_code == 404


def test_retired_entries_are_swept_once_a_newer_answer_is_stored(cached_app, committed_owner):
    """A write to a project retires its members' entries without touching Redis (its cost must not grow with
    the members); the next answer stored for a member at the newer generation sweeps their older ones."""
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    cache = _cache(cached_app)
    for path in ("/api/tasks", owner.task_url, "/api/stats"):
        client.get(path, headers=owner.headers)
    raw = redis.Redis.from_url(SHARED_REDIS)
    user_keys = cache.keys.prefix + f"{owner.user_id}:*"
    assert len(list(raw.scan_iter(match=user_keys))) == 4  # three entries and the index
    client.patch(owner.task_url, json={"title": "new"}, headers=owner.headers)
    assert client.get("/api/tasks", headers=owner.headers).headers["X-Cache"] == "miss"
    assert cache.sweeper.wait_idle(5)
    left = sorted(key.decode() for key in raw.scan_iter(match=user_keys))
    assert len(left) == 2  # the new list, and the index
    assert left[-1].endswith(":index")
    raw.close()


def test_a_change_to_what_only_one_person_sees_sweeps_their_entries_at_once(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    cache = _cache(cached_app)
    for path in ("/api/tasks", owner.task_url, "/api/stats"):
        client.get(path, headers=owner.headers)
    raw = redis.Redis.from_url(SHARED_REDIS)
    user_keys = cache.keys.prefix + f"{owner.user_id}:*"
    assert (
        client.patch("/api/auth/me", json={"timezone": "Asia/Tokyo"}, headers=owner.headers).status_code
        == 200
    )
    assert cache.sweeper.wait_idle(5)
    assert list(raw.scan_iter(match=user_keys)) == []
    raw.close()


def test_entries_have_a_fixed_ttl(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    client.get("/api/tasks", headers=owner.headers)
    raw = redis.Redis.from_url(SHARED_REDIS)
    (key,) = [
        k for k in raw.scan_iter(match=_cache(cached_app).keys.prefix + "*") if not k.endswith(b"index")
    ]
    first_ttl = raw.ttl(key)
    assert 0 < first_ttl <= 300
    time.sleep(1.1)
    client.get("/api/tasks", headers=owner.headers)  # a hit must not extend the lifetime
    assert raw.ttl(key) < first_ttl
    raw.close()


def test_stats_are_cached_only_until_the_clock_changes_them(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    soon = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3))
    client.patch(owner.task_url, json={"due_date": soon}, headers=owner.headers)
    assert client.get("/api/stats", headers=owner.headers).get_json()["overdue"] == 0
    raw = redis.Redis.from_url(SHARED_REDIS)
    (key,) = [k for k in raw.scan_iter(match=_cache(cached_app).keys.prefix + "*") if b":stats:" in k]
    assert raw.ttl(key) <= 3
    raw.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if client.get("/api/stats", headers=owner.headers).get_json()["overdue"] == 1:
            break
        time.sleep(0.25)
    else:
        raise AssertionError("stats never noticed the task fell overdue")


def test_overdue_lists_are_not_cached(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    for _ in range(2):
        response = client.get("/api/tasks?overdue=true", headers=owner.headers)
        assert "X-Cache" not in response.headers


def test_a_slow_reader_cannot_put_old_data_where_new_reads_look(cached_app, committed_owner, monkeypatch):
    """Forced interleaving: the reader reads the database, the writer commits, then the reader fills."""
    owner = committed_owner(cached_app)
    cache = _cache(cached_app)
    read_done, write_done = threading.Event(), threading.Event()
    original_put = cache.put

    def slow_put(*args, **kwargs):
        read_done.set()  # the reader has read the database and is about to fill the cache
        assert write_done.wait(10)
        original_put(*args, **kwargs)

    monkeypatch.setattr(cache, "put", slow_put)
    stale: dict[str, object] = {}

    def reader() -> None:
        stale["body"] = cached_app.test_client().get(owner.task_url, headers=owner.headers).get_json()

    thread = threading.Thread(target=reader)
    thread.start()
    assert read_done.wait(10)
    monkeypatch.setattr(cache, "put", original_put)
    patched = cached_app.test_client().patch(owner.task_url, json={"title": "fresh"}, headers=owner.headers)
    assert patched.status_code == 200
    write_done.set()
    thread.join(10)
    assert stale["body"]["title"] == "original"  # the slow reader did read the old row ...
    fresh = cached_app.test_client().get(owner.task_url, headers=owner.headers)
    assert fresh.get_json()["title"] == "fresh"  # ... but nobody after the write can see it
    assert fresh.headers["ETag"] == '"v2"'


def test_nothing_read_inside_an_uncommitted_write_is_cached(cached_app, committed_owner):
    """A view that answers while its transaction holds uncommitted writes is served, never stored.

    Sent as a POST: on PostgreSQL a GET reads in autocommit, where a write could not stay uncommitted.
    """
    from taskforge.api.operations import json_response
    from taskforge.auth.bearer import authenticate
    from taskforge.cache.views import cached
    from taskforge.tasks.models import Task
    from taskforge.tasks.schemas import SubtaskCounts, TaskOut

    owner = committed_owner(cached_app)

    def read_task(*, identity, write_first: bool):
        task = db.session.get(Task, owner.task_id)
        if write_first:
            task.title = "uncommitted"
            db.session.flush()
        return json_response(TaskOut.of(task, SubtaskCounts(total=0, completed=0)))

    view = cached("test.uncommitted")(read_task)
    for write_first, expected in ((True, "miss"), (True, "miss"), (False, "miss"), (False, "hit")):
        with cached_app.test_request_context(owner.task_url, method="POST", headers=owner.headers):
            response = view(identity=authenticate("access"), write_first=write_first)
            assert response.headers["X-Cache"] == expected, write_first
            db.session.rollback()
    with cached_app.app_context():
        assert db.session.get(Task, owner.task_id).title == "original"


def test_a_rolled_back_write_changes_nothing_cached(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    client.get(owner.task_url, headers=owner.headers)
    stale_precondition = client.patch(
        owner.task_url, json={"title": "refused"}, headers={**owner.headers, "If-Match": '"v9"'}
    )
    assert stale_precondition.status_code == 412
    again = client.get(owner.task_url, headers=owner.headers)
    assert (again.headers["X-Cache"], again.get_json()["title"]) == ("hit", "original")


def test_read_after_write_under_concurrent_readers(cached_app, committed_owner):
    """History check: every read that starts after a write's response sees that write or a newer one."""
    owner = committed_owner(cached_app)
    acknowledged: list[tuple[float, int]] = []  # (time the write's response arrived, version written)
    reads: list[tuple[float, int]] = []  # (time the read started, version seen)
    stop = threading.Event()
    lock = threading.Lock()

    def reader() -> None:
        client = cached_app.test_client()
        while not stop.is_set():
            started = time.monotonic()
            version = client.get(owner.task_url, headers=owner.headers).get_json()["version"]
            with lock:
                reads.append((started, version))

    readers = [threading.Thread(target=reader) for _ in range(4)]
    for thread in readers:
        thread.start()
    writer = cached_app.test_client()
    for index in range(30):
        response = writer.patch(owner.task_url, json={"title": f"write {index}"}, headers=owner.headers)
        assert response.status_code == 200
        with lock:
            acknowledged.append((time.monotonic(), response.get_json()["version"]))
        fresh = writer.get(owner.task_url, headers=owner.headers).get_json()
        assert fresh["version"] >= acknowledged[-1][1]
    stop.set()
    for thread in readers:
        thread.join(10)
    assert len(reads) > 30
    for started, seen in reads:
        newest_before = max((v for t, v in acknowledged if t < started), default=1)
        assert seen >= newest_before, (started, seen, newest_before)


def test_a_new_time_zone_makes_the_cached_stats_fresh(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    client.get("/api/stats", headers=owner.headers)
    assert client.get("/api/stats", headers=owner.headers).headers["X-Cache"] == "hit"

    changed = client.patch("/api/auth/me", json={"timezone": "Pacific/Kiritimati"}, headers=owner.headers)

    assert changed.status_code == 200
    assert client.get("/api/stats", headers=owner.headers).headers["X-Cache"] == "miss"
    # Setting the zone it already has writes nothing, and keeps what is cached.
    client.patch("/api/auth/me", json={"timezone": "Pacific/Kiritimati"}, headers=owner.headers)
    assert client.get("/api/stats", headers=owner.headers).headers["X-Cache"] == "hit"


def test_tag_writes_make_the_next_read_fresh(cached_app, committed_owner):
    owner = committed_owner(cached_app)
    client = cached_app.test_client()
    client.patch(owner.task_url, json={"tags": ["work"]}, headers=owner.headers)
    tag_id = client.get("/api/tags", headers=owner.headers).get_json()["items"][0]["id"]
    writes = [
        ("post", "/api/tags", {"name": "home"}),
        ("patch", f"/api/tags/{tag_id}", {"name": "job"}),
        ("delete", f"/api/tags/{tag_id}", None),
    ]
    for method, path, body in writes:
        for read in ("/api/tags", "/api/tasks", owner.task_url):
            client.get(read, headers=owner.headers)
            assert client.get(read, headers=owner.headers).headers["X-Cache"] == "hit"
        assert getattr(client, method)(path, json=body, headers=owner.headers).status_code in {200, 201, 204}
        for read in ("/api/tags", "/api/tasks", owner.task_url):
            assert client.get(read, headers=owner.headers).headers["X-Cache"] == "miss", (path, read)
    assert client.get(owner.task_url, headers=owner.headers).get_json()["tags"] == []
