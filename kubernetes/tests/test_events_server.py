"""The events server (base/events): the API's Deployment and Service again, differing only where it must:
gunicorn's gevent worker, one process per pod, its own component label (so the API's Service, PDB and HPA
never take its pods, nor its objects the API's), its container's name and fixed replicas. Everything else
(image, settings, secrets, probes, metrics, shutdown) is the API's."""

from __future__ import annotations

import json

import pytest
from rendered import (
    OVERLAYS,
    Doc,
    app_config,
    get,
    label_selector_matches,
    of_kind,
    pod_spec,
    pods_selected,
    render,
)

# What only the events server sets in its container's environment.
EVENTS_ENV = {"GUNICORN_WORKER_CLASS": "gevent", "WEB_CONCURRENCY": "1"}


def template_labels(doc: Doc) -> dict[str, str]:
    return doc["spec"]["template"]["metadata"]["labels"]


def env(doc: Doc) -> dict[str, Doc]:
    (container,) = pod_spec(doc)["containers"]
    return {v["name"]: v for v in container.get("env", [])}


def as_the_api(events: Doc) -> Doc:
    """The events Deployment's template with its known differences turned back into the API's."""
    template = json.loads(json.dumps(events["spec"]["template"]))
    template["metadata"]["labels"]["app.kubernetes.io/component"] = "api"
    spec = template["spec"]
    for constraint in spec["topologySpreadConstraints"]:
        constraint["labelSelector"]["matchLabels"]["app.kubernetes.io/component"] = "api"
    (container,) = spec["containers"]
    assert container["name"] == "events"
    container["name"] = "api"
    container["env"] = [v for v in container["env"] if v["name"] not in EVENTS_ENV]
    return template


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_events_server_is_the_api_with_gevent_workers(overlay: str) -> None:
    docs = render(overlay)
    api, events = get(docs, "Deployment", "taskforge-api"), get(docs, "Deployment", "taskforge-events")
    assert {name: env(events)[name].get("value") for name in EVENTS_ENV} == EVENTS_ENV
    # The API runs the image's default worker class (sync) and the ConfigMap's WEB_CONCURRENCY; whether a
    # server holds event streams follows from its worker class (gunicorn.conf.py), so nothing sets it.
    config = app_config(docs)
    for name in ("GUNICORN_WORKER_CLASS", "EVENT_STREAMS"):
        assert name not in config, name
        assert name not in env(api), name
    assert "EVENT_STREAMS" not in env(events)
    assert "WEB_CONCURRENCY" not in env(api)
    assert as_the_api(events) == api["spec"]["template"], "the events server differs from the API elsewhere"
    for key in ("strategy", "minReadySeconds", "progressDeadlineSeconds", "revisionHistoryLimit"):
        assert events["spec"][key] == api["spec"][key], key
    assert events["metadata"]["annotations"] == api["metadata"]["annotations"]
    # The same Service, health check and deregistration delay, in front of other pods.
    api_svc, events_svc = get(docs, "Service", "taskforge-api"), get(docs, "Service", "taskforge-events")
    assert events_svc["metadata"]["annotations"] == api_svc["metadata"]["annotations"]
    assert events_svc["spec"]["ports"] == api_svc["spec"]["ports"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_api_and_events_objects_select_only_their_own_pods(overlay: str) -> None:
    docs = render(overlay)
    events = get(docs, "Deployment", "taskforge-events")
    assert template_labels(events)["app.kubernetes.io/component"] == "events"
    assert pods_selected(docs, get(docs, "Service", "taskforge-events")["spec"]["selector"]) == [events]
    api_pods = [d for d in of_kind(docs, "Deployment") if d["metadata"]["name"].startswith("taskforge-api")]
    assert api_pods
    for api in api_pods:
        assert not label_selector_matches(api["spec"]["selector"], template_labels(events))
        assert not label_selector_matches(events["spec"]["selector"], template_labels(api))
    for service in of_kind(docs, "Service"):
        if service["metadata"]["name"] != "taskforge-events":
            assert events not in pods_selected(docs, service["spec"]["selector"]), service["metadata"]["name"]
    for pdb in of_kind(docs, "PodDisruptionBudget"):
        if pdb["metadata"]["name"] != "taskforge-events":
            assert not label_selector_matches(pdb["spec"]["selector"], template_labels(events))
    (hpa,) = of_kind(docs, "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"]["name"] == "taskforge-api", "no HPA for the events server"


def test_production_events_run_the_stable_image_without_a_canary() -> None:
    """The canary is the API's: the events server runs the release's image, /api/events is never
    weighted."""
    docs = render("production")
    image = lambda name: pod_spec(get(docs, "Deployment", name))["containers"][0]["image"]  # noqa: E731
    assert image("taskforge-events") == image("taskforge-api")
    assert not [d for d in docs if d["metadata"]["name"].startswith("taskforge-events-")]
    (ingress,) = of_kind(docs, "Ingress")
    (path,) = [p for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"] if "events" in p["path"]]
    assert path["backend"]["service"] == {"name": "taskforge-events", "port": {"name": "http"}}
