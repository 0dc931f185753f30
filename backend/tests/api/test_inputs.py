"""The reliability bar's bad-input rows: odd bodies, types, text and ids get a clear 4xx, never a 500."""

from __future__ import annotations

import pytest

PROBLEM = "application/problem+json"


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert body["status"] == status
    assert "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.mark.parametrize(
    ("raw", "content_type", "status"),
    [
        ('{"title": "a"', "application/json", 400),
        ("{bad json}", "application/json", 400),
        ("", "application/json", 400),
        ('[{"title": "a"}]', "application/json", 400),
        ('"just a string"', "application/json", 400),
        ("null", "application/json", 400),
        ('{"title": "a", "priority": NaN}', "application/json", 400),
        ('{"title": "a", "priority": Infinity}', "application/json", 400),
        (b'{"title": "\xff\xfe"}', "application/json", 400),
        ("[" * 100_000 + "]" * 100_000, "application/json", 400),
        ('{"title": "a"}', "text/plain", 415),
        ("title=a", "application/x-www-form-urlencoded", 415),
        ('{"title": "a"}', None, 415),
    ],
)
def test_malformed_bodies_are_400_or_415(client, auth, raw, content_type, status):
    headers = dict(auth)
    if content_type:
        headers["Content-Type"] = content_type
    _problem(client.post("/api/tasks", data=raw, headers=headers), status)


def test_vendor_json_content_type_is_accepted(client, auth):
    response = client.post(
        "/api/tasks", data='{"title": "a"}', headers={**auth, "Content-Type": "application/merge-patch+json"}
    )
    assert response.status_code == 201


def test_body_over_one_mebibyte_is_413(client, auth):
    body = '{"title": "a", "description": "' + "x" * (1024 * 1024) + '"}'
    _problem(client.post("/api/tasks", data=body, headers={**auth, "Content-Type": "application/json"}), 413)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": 123}, "title"),
        ({"title": None}, "title"),
        ({"title": ["a"]}, "title"),
        ({"title": "a", "priority": "high"}, "priority"),
        ({"title": "a", "priority": True}, "priority"),
        ({"title": "a", "priority": 1.5}, "priority"),
        ({"title": "a", "priority": 0}, "priority"),
        ({"title": "a", "priority": 5}, "priority"),
        ({"title": "a", "priority": 10**30}, "priority"),
        ({"title": "a", "completed": "yes"}, "completed"),
        ({"title": "a", "completed": 1}, "completed"),
        ({"title": "a", "due_date": 1700000000}, "due_date"),
        ({"title": "a", "due_date": "2030-02-30T10:00:00Z"}, "due_date"),
        ({"title": "a", "due_date": "2030-01-01T10:00:00"}, "due_date"),
        ({"title": "a", "due_date": "2030-01-01"}, "due_date"),
        ({"title": "a", "due_date": "tomorrow"}, "due_date"),
        ({"title": "a", "due_date": "0001-01-01T00:00:00+01:00"}, "due_date"),
        ({"title": "a", "due_date": "2030-01-01T10:00:00+25:00"}, "due_date"),
        ({"title": "a\x00b"}, "title"),
        ({"title": "ok", "description": "nul \x00 here"}, "description"),
        ({"title": "x" * 201}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "a", "description": "d" * 10_001}, "description"),
        ({"title": "x" * 10_000}, "title"),
        ({"title": "a", "owner": "someone"}, "owner"),
        ({"title": "a", "user_id": 2}, "user_id"),
        ({"title": "a", "id": 7}, "id"),
        ({}, "title"),
    ],
)
def test_invalid_fields_are_422_naming_the_field(client, auth, payload, field):
    body = _problem(client.post("/api/tasks", json=payload, headers=auth), 422)
    assert field in {error["field"] for error in body["errors"]}, body
    assert body["type"] == "/problems/validation-error"


def test_lone_surrogate_is_422_naming_the_field(client, auth):
    raw = '{"title": "broken \\ud800 text"}'
    body = _problem(
        client.post("/api/tasks", data=raw, headers={**auth, "Content-Type": "application/json"}), 422
    )
    assert body["errors"][0]["field"] == "title"


def test_exactly_200_characters_after_trimming_is_accepted(client, auth):
    response = client.post("/api/tasks", json={"title": "  " + "x" * 198}, headers=auth)
    assert response.status_code == 201
    assert response.get_json()["title"] == "x" * 198


@pytest.mark.parametrize(
    "payload",
    [
        "'; DROP TABLE tasks; --",
        "Robert'); DELETE FROM users WHERE ('1'='1",
        "<script>alert('xss')</script>",
        '<img src=x onerror="alert(1)">',
        "{{7*7}} ${7*7} %s %n",
        "emoji 🚀 and RTL \u202e text",
    ],
)
def test_sql_and_markup_payloads_are_stored_verbatim(client, auth, payload):
    created = client.post("/api/tasks", json={"title": payload, "description": payload}, headers=auth)
    assert created.status_code == 201
    fetched = client.get(created.headers["Location"], headers=auth).get_json()
    assert fetched["title"] == payload
    assert fetched["description"] == payload
    assert created.mimetype == "application/json"
    found = client.get("/api/tasks", query_string={"search": payload[:20]}, headers=auth).get_json()
    assert [item["title"] for item in found["items"]] == [payload]


@pytest.mark.parametrize(
    "path",
    [
        "/api/tasks/0",
        "/api/tasks/-1",
        "/api/tasks/abc",
        "/api/tasks/1.5",
        "/api/tasks/99999999999999999999",
        "/api/tasks/9223372036854775808",
        "/api/tasks/9223372036854775807",
        "/api/tasks/%00",
    ],
)
@pytest.mark.parametrize("method", ["GET", "PATCH", "PUT", "DELETE"])
def test_odd_ids_are_404(client, auth, path, method):
    response = client.open(path, method=method, json={"title": "x"}, headers=auth)
    _problem(response, 404)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"per_page": 10**6}, "per_page"),
        ({"per_page": 0}, "per_page"),
        ({"page": 0}, "page"),
        ({"page": "99999999999999999999"}, "page"),
        ({"page": "abc"}, "page"),
        ({"sort": "password_hash"}, "sort"),
        ({"sort": "id; DROP TABLE tasks"}, "sort"),
        ({"order": "sideways"}, "order"),
        ({"completed": "maybe"}, "completed"),
        ({"priority": "9"}, "priority[0]"),
        ({"due_before": "yesterday"}, "due_before"),
        ({"due_after": "2030-01-01T00:00:00"}, "due_after"),
        ({"search": "a\x00b"}, "search"),
        ({"search": "s" * 201}, "search"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_odd_query_values_are_422(client, auth, query, field):
    body = _problem(client.get("/api/tasks", query_string=query, headers=auth), 422)
    assert field in {error["field"] for error in body["errors"]}, body


def test_repeated_single_value_parameter_is_422(client, auth):
    body = _problem(client.get("/api/tasks?page=1&page=2", headers=auth), 422)
    assert body["errors"] == [{"field": "page", "message": "must be given once"}]


def test_unknown_route_is_problem_404(client):
    _problem(client.get("/api/nothing-here"), 404)


def test_wrong_method_is_405_with_allow(client, auth):
    response = client.delete("/api/tasks", headers=auth)
    _problem(response, 405)
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "POST"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/tasks"),
        ("GET", "/api/nope"),
        ("POST", "/api/tasks"),
        ("GET", "/health"),
        ("GET", "/api/stats"),
    ],
)
def test_security_headers_on_every_response(client, method, path):
    response = client.open(path, method=method)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Request-ID"]
    if path.startswith("/api/"):
        assert response.headers["Cache-Control"] == "no-store"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("incoming", "echoed"), [("abc-123", True), ("bad id with spaces", False), ("x" * 129, False)]
)
def test_request_id_is_echoed_only_when_sane(client, incoming, echoed):
    response = client.get("/health", headers={"X-Request-ID": incoming})
    assert (response.headers["X-Request-ID"] == incoming) is echoed


def test_integral_numbers_written_with_a_fraction_are_integers(client, auth):
    # JSON Schema's "integer" includes 3.0; the OpenAPI document and the server must agree.
    response = client.post("/api/tasks", data='{"title": "a", "priority": 3.0}', headers={**auth, **JSON})
    assert response.status_code == 201
    assert response.get_json()["priority"] == 3


JSON = {"Content-Type": "application/json"}
BODY_ENDPOINTS = [
    ("POST", "/api/auth/register", False),
    ("POST", "/api/auth/login", False),
    ("POST", "/api/auth/logout", True),
    ("POST", "/api/tasks", True),
    ("POST", "/api/tasks/batch", True),
    ("PATCH", "/api/tasks/{task}", True),
    ("PUT", "/api/tasks/{task}", True),
    ("POST", "/api/tasks/{task}/move", True),
    ("POST", "/api/tags", True),
    ("POST", "/api/import", True),
]
TOO_LARGE = object()  # a body one byte over the endpoint's limit


@pytest.fixture
def body_target(client, auth, user, task_factory):
    task = task_factory(user=user)

    def send(method, path, needs_auth, **kwargs):
        headers = {**(auth if needs_auth else {}), **kwargs.pop("headers", {})}
        return client.open(path.format(task=task.id), method=method, headers=headers, **kwargs)

    return send


@pytest.mark.parametrize(("method", "path", "needs_auth"), BODY_ENDPOINTS)
@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        ("{not json", "application/json", 400),
        ("[1, 2]", "application/json", 400),
        ('{"a": 1}', "text/plain", 415),
        (TOO_LARGE, "application/json", 413),
    ],
    ids=["malformed", "array", "text-plain", "too-large"],
)
def test_every_body_endpoint_answers_bad_bodies_with_4xx(
    app, body_target, method, path, needs_auth, data, content_type, status
):
    if data is TOO_LARGE:
        limit = app.config["MAX_IMPORT_BYTES" if path == "/api/import" else "MAX_CONTENT_LENGTH"]
        data = '{"a": "' + "x" * (limit - 8) + '"}'
        assert len(data) == limit + 1
    response = body_target(method, path, needs_auth, data=data, headers={"Content-Type": content_type})
    _problem(response, status)


@pytest.mark.parametrize(("method", "path", "needs_auth"), BODY_ENDPOINTS)
def test_every_body_endpoint_rejects_unknown_fields(body_target, method, path, needs_auth):
    response = body_target(method, path, needs_auth, json={"surprise": True})
    body = _problem(response, 422)
    assert "surprise" in {error["field"] for error in body["errors"]}


def test_lower_case_bearer_scheme_is_accepted(client, auth):
    token = auth["Authorization"].split(" ", 1)[1]
    assert client.get("/api/auth/me", headers={"Authorization": f"bearer {token}"}).status_code == 200


@pytest.mark.parametrize("path", ["/health", "/ready", "/", "/api", "/nothing"])
def test_frame_ancestors_and_nosniff_everywhere(client, path):
    response = client.get(path)
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    if path == "/api":
        assert response.headers["Cache-Control"] == "no-store"
