"""Traffic reaches a container that listens: every Service selects pods that open its named targetPort, and
the ALB Ingress routes each request path to the right Service (exactly /api/events to the events server,
whatever order the controller gives the rules), with the environment's certificate, WAF and group, the idle
timeout and a health check and deregistration delay per Service."""

from __future__ import annotations

import json
import re

import pytest
from rendered import (
    ALB_IDLE_TIMEOUT,
    OVERLAYS,
    containers,
    environment,
    get,
    ingress_backends,
    of_kind,
    pods_selected,
    render,
    route,
    route_in_manifest_order,
    workloads,
)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_service_target_ports_exist_on_the_selected_containers(overlay: str) -> None:
    """The seed's bug: a Service sending to a port nothing listens on."""
    docs = render(overlay)
    for svc in of_kind(docs, "Service"):
        selected = pods_selected(docs, svc["spec"]["selector"])
        assert selected, f"Service {svc['metadata']['name']} selects no pods"
        for port in svc["spec"]["ports"]:
            target = port["targetPort"]
            assert isinstance(target, str), "targetPort must name the container port"
            for deployment in selected:
                names = {p.get("name") for c in containers(deployment) for p in c.get("ports", [])}
                assert target in names, (
                    f"{svc['metadata']['name']} -> {target} not on {deployment['metadata']['name']}"
                )
    for name in ("taskforge-api", "taskforge-events"):
        ports = get(docs, "Service", name)["spec"]["ports"]
        assert [(p["port"], p["targetPort"]) for p in ports] == [(80, "http")], name
    ports = {
        (c["name"], p["name"], p["containerPort"])
        for d in workloads(docs)
        for c in containers(d)
        for p in c.get("ports", [])
    }
    assert {
        ("api", "http", 5000),
        ("events", "http", 5000),
        ("worker", "metrics", 9100),
        ("web", "http", 8080),
    } <= ports


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_ingress_routes_and_alb_settings(overlay: str) -> None:
    docs = render(overlay)
    env = environment(overlay)
    (ingress,) = of_kind(docs, "Ingress")
    assert ingress["spec"]["ingressClassName"] == "alb"
    services = {s["metadata"]["name"]: s for s in of_kind(docs, "Service")}
    paths = [p for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]]
    assert [r["host"] for r in ingress["spec"]["rules"]] == [env["HOST"]]
    for p in paths:
        for name, port, _weight in ingress_backends(ingress, p):
            assert name in services, f"Ingress backend {name} is not a Service"
            svc_ports = {str(sp["port"]) for sp in services[name]["spec"]["ports"]} | {
                sp["name"] for sp in services[name]["spec"]["ports"]
            }
            assert str(port) in svc_ports, f"{name} has no port {port}"
    expected = {
        "/api/events": "events",
        "/api/events/ticket": "api",
        "/api/eventsource": "api",
        "/api/event": "api",
        "/api": "api",
        "/api/tasks/1": "api",
        "/health": "api",
        "/ready": "api",
        "/": "web",
        "/tasks/today": "web",
        "/metrics": "web",
        "/apiary": "web",
    }
    for request_path, comp in expected.items():
        matched = route(ingress, request_path)
        assert matched, f"{request_path} is not routed"
        # Controllers before v2.4.3 kept the manifest's order: the same rule must win there too.
        assert route_in_manifest_order(ingress, request_path) is matched, request_path
        for name, _port, weight in ingress_backends(ingress, matched):
            if weight:
                assert services[name]["spec"]["selector"]["app.kubernetes.io/component"] == comp, request_path
    assert not [p for p in paths if "metrics" in p["path"]], "/metrics must not be routed"
    ann = ingress["metadata"]["annotations"]
    prefix = "alb.ingress.kubernetes.io/"
    assert ann[prefix + "scheme"] == "internet-facing"
    assert ann[prefix + "target-type"] == "ip"
    assert sorted(json.loads(ann[prefix + "listen-ports"]), key=str) == [{"HTTP": 80}, {"HTTPS": 443}]
    assert ann[prefix + "ssl-redirect"] == "443"
    assert ann[prefix + "certificate-arn"] == env["CERTIFICATE_ARN"]
    assert ann[prefix + "wafv2-acl-arn"] == env["WAF_ACL_ARN"]
    assert ann[prefix + "group.name"] == env["ALB_GROUP_NAME"]
    assert f"idle_timeout.timeout_seconds={ALB_IDLE_TIMEOUT}" in ann[prefix + "load-balancer-attributes"]
    for name, comp_path in (
        ("taskforge-api", "/ready"),
        ("taskforge-events", "/ready"),
        ("taskforge-web", "/healthz"),
    ):
        svc_ann = services[name]["metadata"]["annotations"]
        assert svc_ann[prefix + "healthcheck-path"] == comp_path
        assert re.fullmatch(
            r"deregistration_delay\.timeout_seconds=\d+", svc_ann[prefix + "target-group-attributes"]
        )
