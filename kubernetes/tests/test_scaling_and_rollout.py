"""Rollouts and disruptions never take all capacity away: RollingUpdate with maxUnavailable 0 and zone +
hostname spread, the HPA owns the API's replicas (the events server's are fixed), PodDisruptionBudgets cover
api, events and web, and production runs more than staging."""

from __future__ import annotations

from typing import Any

import pytest
from rendered import OVERLAYS, component, get, label_selector_matches, of_kind, pod_spec, render


def max_unavailable_is_zero(value: Any) -> bool:
    return value in (0, "0", "0%")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_rollout_and_spread(overlay: str) -> None:
    for doc in of_kind(render(overlay), "Deployment"):
        strategy = doc["spec"]["strategy"]
        assert strategy["type"] == "RollingUpdate"
        assert max_unavailable_is_zero(strategy["rollingUpdate"]["maxUnavailable"])
        labels = doc["spec"]["template"]["metadata"]["labels"]
        keys = set()
        for constraint in pod_spec(doc)["topologySpreadConstraints"]:
            assert label_selector_matches(constraint["labelSelector"], labels)
            keys.add(constraint["topologyKey"])
        assert keys == {"topology.kubernetes.io/zone", "kubernetes.io/hostname"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_hpa_and_pdb(overlay: str) -> None:
    docs = render(overlay)
    (hpa,) = of_kind(docs, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    target = get(docs, "Deployment", hpa["spec"]["scaleTargetRef"]["name"])
    assert component(target) == "api"
    assert "replicas" not in target["spec"], "the HPA owns the API's replica count"
    assert hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    # The events server: fixed replicas, at least two (a pod, not a process, for availability).
    events = get(docs, "Deployment", "taskforge-events")
    assert events["spec"]["replicas"] >= 2
    pdbs = of_kind(docs, "PodDisruptionBudget")
    for comp in ("api", "events", "web"):
        deployment = get(docs, "Deployment", f"taskforge-{comp}")
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        covering = [p for p in pdbs if label_selector_matches(p["spec"]["selector"], labels)]
        assert len(covering) == 1, f"{comp}: {len(covering)} PDBs"
        assert covering[0]["spec"]["maxUnavailable"] == 1, comp
        if deployment["spec"].get("replicas") is not None:
            assert deployment["spec"]["replicas"] > covering[0]["spec"]["maxUnavailable"], comp


def test_production_is_larger_than_staging() -> None:
    prod, staging = render("production"), render("staging")
    hpa = lambda docs: of_kind(docs, "HorizontalPodAutoscaler")[0]["spec"]  # noqa: E731
    assert hpa(prod)["minReplicas"] >= 3
    assert get(prod, "Deployment", "taskforge-web")["spec"]["replicas"] >= 3
    assert get(prod, "Deployment", "taskforge-events")["spec"]["replicas"] >= 3
    assert get(prod, "Deployment", "taskforge-worker")["spec"]["replicas"] >= 2
    assert hpa(staging)["minReplicas"] < hpa(prod)["minReplicas"]
    assert hpa(staging)["maxReplicas"] < hpa(prod)["maxReplicas"]
    assert get(staging, "Deployment", "taskforge-web")["spec"]["replicas"] < 3
    assert get(staging, "Deployment", "taskforge-events")["spec"]["replicas"] < 3
