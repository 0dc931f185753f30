"""How every pod runs: readiness and liveness probes that check different things on opened ports, a shutdown
that outlasts the ALB's deregistration and gunicorn's graceful timeout, the restricted security context
(non-root, read-only root, no capabilities, seccomp) with writable emptyDirs only where the image writes, and
requests within limits."""

from __future__ import annotations

import pytest
from rendered import (
    ALB_IDLE_TIMEOUT,
    OVERLAYS,
    Doc,
    app_config,
    component,
    containers,
    get,
    of_kind,
    pod_spec,
    quantity,
    render,
    workloads,
)

PRE_STOP_MIN = 1


# ---------------------------------------------------------------------------------------- probes and shutdown


def probe_path(probe: Doc) -> str | None:
    return probe.get("httpGet", {}).get("path")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_probes_differ_and_readiness_is_ready(overlay: str) -> None:
    for doc in of_kind(render(overlay), "Deployment"):
        for c in containers(doc):
            ready, live = c.get("readinessProbe"), c.get("livenessProbe")
            assert ready, f"{c['name']} lacks a readiness probe"
            assert live, f"{c['name']} lacks a liveness probe"

            def handler(probe):
                return {k: v for k, v in probe.items() if k in ("httpGet", "tcpSocket", "exec", "grpc")}

            assert handler(ready) != handler(live), (
                f"{c['name']}: readiness and liveness check the same thing"
            )
            names = {p["name"] for p in c["ports"]} | {p["containerPort"] for p in c["ports"]}
            for probe in (ready, live, c.get("startupProbe") or ready):
                handler = probe.get("httpGet") or probe.get("tcpSocket")
                assert handler, f"{c['name']} has a probe that is neither HTTP nor TCP"
                assert handler["port"] in names, f"{c['name']} probes a port it does not open"
            if component(doc) in ("api", "events"):
                assert probe_path(ready) == "/ready"
                assert probe_path(live) == "/health"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_grace_period_covers_prestop_and_graceful_timeout(overlay: str) -> None:
    """terminationGracePeriodSeconds >= preStop sleep + GUNICORN_GRACEFUL_TIMEOUT + 5 (reliability bar, rule
    7);
    the ALB's deregistration delay ends before the pod stops serving; keep-alive > the ALB's idle timeout."""
    docs = render(overlay)
    config = app_config(docs)
    graceful = int(config["GUNICORN_GRACEFUL_TIMEOUT"])
    assert int(config["GUNICORN_KEEPALIVE"]) > ALB_IDLE_TIMEOUT
    for doc in of_kind(docs, "Deployment"):
        grace = pod_spec(doc)["terminationGracePeriodSeconds"]
        for c in containers(doc):
            command = c["lifecycle"]["preStop"]["exec"]["command"]
            assert command[0] in ("/bin/sleep", "sleep")
            assert len(command) == 2
            sleep = int(command[1])
            assert sleep >= PRE_STOP_MIN
            assert grace >= sleep + graceful + 5, f"{doc['metadata']['name']}: {grace} < {sleep}+{graceful}+5"
            if component(doc) in ("api", "events", "web"):
                svc = f"taskforge-{component(doc)}"
                attrs = get(docs, "Service", svc)["metadata"]["annotations"][
                    "alb.ingress.kubernetes.io/target-group-attributes"
                ]
                delay = int(attrs.split("=")[1])
                assert delay <= sleep + graceful


# ------------------------------------------------------------------------------------- security and resources


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_security_contexts(overlay: str) -> None:
    expected_uid = {"api": 10001, "events": 10001, "worker": 10001, "migrate": 10001, "web": 101}
    # /tmp/prometheus: the backend image sets PROMETHEUS_MULTIPROC_DIR there for every process.
    backend = {"/tmp", "/tmp/prometheus"}
    writable = {
        "api": backend,
        "events": backend,
        "worker": backend,
        "migrate": backend,
        "web": {"/tmp", "/var/cache/nginx", "/etc/nginx/conf.d"},
    }
    for doc in workloads(render(overlay)):
        spec, comp = pod_spec(doc), component(doc)
        pod_sc = spec["securityContext"]
        assert pod_sc["runAsNonRoot"] is True
        assert pod_sc["runAsUser"] == expected_uid[comp]
        assert pod_sc["seccompProfile"]["type"] == "RuntimeDefault"
        assert spec["automountServiceAccountToken"] is False
        assert spec["serviceAccountName"] == "taskforge-app"
        assert not spec.get("hostNetwork")
        assert not spec.get("hostPID")
        assert not spec.get("hostIPC")
        empty_dirs = {v["name"] for v in spec.get("volumes", []) if "emptyDir" in v}
        for c in containers(doc):
            sc = c["securityContext"]
            assert sc["allowPrivilegeEscalation"] is False
            assert sc["readOnlyRootFilesystem"] is True
            assert sc["runAsNonRoot"] is True
            assert sc["runAsUser"] == expected_uid[comp]
            assert sc["capabilities"] == {"drop": ["ALL"]}
            assert sc.get("privileged", False) is False
            assert sc["seccompProfile"]["type"] == "RuntimeDefault"
            mounts = {m["mountPath"] for m in c.get("volumeMounts", []) if m["name"] in empty_dirs}
            assert writable[comp] <= mounts, f"{c['name']} lacks writable {writable[comp] - mounts}"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_resources_are_set(overlay: str) -> None:
    for doc in workloads(render(overlay)):
        for c in containers(doc):
            res = c["resources"]
            for kind in ("cpu", "memory"):
                assert quantity(res["requests"][kind]) <= quantity(res["limits"][kind]), f"{c['name']} {kind}"
