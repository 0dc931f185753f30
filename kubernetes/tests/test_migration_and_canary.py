"""Release order and the canary: the migration Job runs the API's image and everything it needs is in
deploy.yml's first apply, no workload is; production's weighted canary gets no traffic without pods, has its
own Service, and differs from stable only in its image; staging has no canary."""

from __future__ import annotations

import json

import pytest
from rendered import (
    NAMESPACE,
    OVERLAYS,
    Doc,
    get,
    ingress_backends,
    label_selector_matches,
    of_kind,
    pod_spec,
    pods_selected,
    render,
    route,
)

# ---------------------------------------------------------------------------------------------- migration job


def in_setup_phase(doc: Doc) -> bool:
    """deploy.yml's "Apply what the migration needs": every object that is not a Deployment, Rollout or
    Job."""
    return doc["kind"] not in {"Deployment", "Rollout", "Job"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_migration_job_runs_before_the_rollout(overlay: str) -> None:
    """The Job migrates with the API's image, and everything it needs is applied before it (deploy.yml's
    split),
    while nothing that runs the new code is."""
    docs = render(overlay)
    job = get(docs, "Job", "taskforge-migrate")
    (c,) = pod_spec(job)["containers"]
    assert c["command"] == ["flask", "--app", "wsgi", "db", "upgrade"]
    assert pod_spec(job)["restartPolicy"] == "Never"
    assert job["spec"]["backoffLimit"] <= 3
    api = get(docs, "Deployment", "taskforge-api")
    assert c["image"] == pod_spec(api)["containers"][0]["image"]
    assert "command" not in pod_spec(api)["containers"][0], "the API must not migrate at start"
    assert list(of_kind(docs, "Job")) == [job]
    setup = {(d["kind"], d["metadata"]["name"]) for d in docs if in_setup_phase(d)}
    needs = {("ServiceAccount", pod_spec(job)["serviceAccountName"]), ("Namespace", NAMESPACE)}
    needs |= {("ConfigMap", s["configMapRef"]["name"]) for s in c["envFrom"] if "configMapRef" in s}
    needs |= {("ExternalSecret", s["secretRef"]["name"]) for s in c["envFrom"] if "secretRef" in s}
    needs |= {
        ("ExternalSecret", v["valueFrom"]["secretKeyRef"]["name"]) for v in c["env"] if "valueFrom" in v
    }
    needs |= {("NetworkPolicy", "allow-postgres-egress"), ("NetworkPolicy", "allow-dns")}
    assert needs <= setup, needs - setup


# ----------------------------------------------------------------------------------------------------- canary


def test_production_canary() -> None:
    docs = render("production")
    (ingress,) = of_kind(docs, "Ingress")
    api_path = route(ingress, "/api/tasks")
    backends = ingress_backends(ingress, api_path)
    assert {b[0] for b in backends} == {"taskforge-api", "taskforge-api-canary"}
    for path in ("/health", "/ready"):
        assert ingress_backends(ingress, route(ingress, path)) == backends
    stable, canary = get(docs, "Deployment", "taskforge-api"), get(docs, "Deployment", "taskforge-api-canary")
    weights = {b[0]: b[2] for b in backends}
    # A canary without pods must get no traffic (the ALB would answer 503); committed at rest: 0 and 0.
    if canary["spec"]["replicas"] == 0:
        assert weights["taskforge-api-canary"] == 0
    assert weights["taskforge-api"] > 0
    stable_labels = stable["spec"]["template"]["metadata"]["labels"]
    canary_labels = canary["spec"]["template"]["metadata"]["labels"]
    assert pods_selected(docs, get(docs, "Service", "taskforge-api")["spec"]["selector"]) == [stable]
    assert pods_selected(docs, get(docs, "Service", "taskforge-api-canary")["spec"]["selector"]) == [canary]
    assert not label_selector_matches(stable["spec"]["selector"], canary_labels)
    assert not label_selector_matches(canary["spec"]["selector"], stable_labels)
    repo = lambda d: pod_spec(d)["containers"][0]["image"].rsplit(":", 1)[0]  # noqa: E731
    assert repo(canary) == repo(stable)
    stable_spec = json.loads(json.dumps(pod_spec(stable)))
    canary_spec = json.loads(json.dumps(pod_spec(canary)))
    for spec in (stable_spec, canary_spec):
        spec["containers"][0].pop("image")
        spec.pop("topologySpreadConstraints")
    assert stable_spec == canary_spec, "the canary must differ from stable only in its image"


def test_staging_has_no_canary() -> None:
    docs = render("staging")
    assert not [d for d in docs if "canary" in d["metadata"]["name"]]
    (ingress,) = of_kind(docs, "Ingress")
    assert not [k for k in ingress["metadata"]["annotations"] if ".actions." in k]
