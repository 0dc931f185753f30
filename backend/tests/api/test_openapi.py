"""The OpenAPI 3.1 document covers every endpoint, and the interactive docs work with no internet."""

from __future__ import annotations

import re

from flask import Flask


def test_document_is_openapi_3_1_with_every_api_route(client, app: Flask):
    document = client.get("/api/openapi.json").get_json()
    assert document["openapi"] == "3.1.0"
    documented = {(path, method.upper()) for path, item in document["paths"].items() for method in item}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/") or rule.rule.startswith(("/api/docs", "/api/openapi")):
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            assert (path, method) in documented, f"{method} {path} is not documented"
    assert ("/health", "GET") in documented
    assert ("/ready", "GET") in documented


def test_every_operation_documents_requests_responses_and_errors(client):
    document = client.get("/api/openapi.json").get_json()
    schemas = document["components"]["schemas"]
    for path, item in document["paths"].items():
        for method, op in item.items():
            assert op["summary"], (method, path)
            assert any(code.startswith("2") for code in op["responses"]), (method, path)
            if op["security"]:
                assert "401" in op["responses"], (method, path)
            if "requestBody" in op:
                assert {"400", "413", "415", "422"} <= set(op["responses"]), (method, path)
                ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                assert ref.split("/")[-1] in schemas
    assert {"TaskOut", "TaskCreate", "TaskUpdate", "TaskPage", "Problem", "StatsOut", "TokenOut"} <= set(
        schemas
    )


def test_request_schemas_are_strict(client):
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    for name in (
        "TaskCreate",
        "TaskUpdate",
        "TaskBatchCreate",
        "RegisterIn",
        "LoginIn",
        "LogoutIn",
        "UserUpdate",
        "TagCreate",
        "TagUpdate",
    ):
        assert schemas[name]["additionalProperties"] is False, name
    update = schemas["TaskUpdate"]["properties"]
    assert update["title"]["type"] == "string"  # present or absent, never null
    assert {"type": "null"} in update["description"]["anyOf"]


def test_list_parameters_are_documented(client):
    document = client.get("/api/openapi.json").get_json()
    params = {p["name"]: p for p in document["paths"]["/api/tasks"]["get"]["parameters"]}
    assert set(params) == {
        "page",
        "per_page",
        "completed",
        "priority",
        "search",
        "due_before",
        "due_after",
        "overdue",
        "tag",
        "parent_id",
        "include_subtasks",
        "project_id",
        "section_id",
        "assignee",
        "sort",
        "order",
        "after",
    }
    assert params["project_id"]["explode"] is True
    assert params["priority"]["explode"] is True
    assert params["tag"]["explode"] is True
    assert set(params["sort"]["schema"]["enum"]) == {
        "created_at",
        "updated_at",
        "due_date",
        "priority",
        "title",
        "position",
    }


def test_docs_page_uses_only_local_assets(client):
    page = client.get("/api/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "http://" not in html
    assert "https://" not in html
    for asset in re.findall(r'(?:src|href)="([^"]+)"', html):
        with client.get(asset) as response:
            assert response.status_code == 200, asset
            assert len(response.data) > 100, asset
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]


def test_if_match_is_documented_where_412_can_happen(client):
    document = client.get("/api/openapi.json").get_json()
    for path, item in document["paths"].items():
        for method, op in item.items():
            headers = {p["name"] for p in op.get("parameters", []) if p["in"] == "header"}
            assert ("If-Match" in headers) == ("412" in op["responses"]), (method, path)
