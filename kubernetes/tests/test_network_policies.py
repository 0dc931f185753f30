"""The NetworkPolicies, evaluated per pod: default deny; DNS only to kube-dns; PostgreSQL, Redis and SMTP only
for the components that use them; HTTPS out only from the worker (Web Push) and only to public addresses;
ingress only from the VPC (the ALB), Prometheus and the SPA where expected."""

from __future__ import annotations

import ipaddress

import pytest
from rendered import (
    NAMESPACE,
    OVERLAYS,
    Doc,
    component,
    environment,
    get,
    label_selector_matches,
    of_kind,
    render,
    workloads,
)


def in_block(ip: str, cidr: str, excepted: list[str]) -> bool:
    """An ipBlock peer: inside `cidr` and outside every `except` range."""
    address = ipaddress.ip_address(ip)
    return address in ipaddress.ip_network(cidr) and not any(
        address in ipaddress.ip_network(e) for e in excepted
    )


def allowed(
    docs: list[Doc],
    labels: dict[str, str],
    direction: str,
    port: int,
    peer_ip: str | None = None,
    peer_labels: dict[str, str] | None = None,
    peer_namespace: str = NAMESPACE,
) -> bool:
    """Would the namespace's NetworkPolicies let this pod send (Egress) or receive (Ingress) on `port`?"""
    policies = [
        p
        for p in of_kind(docs, "NetworkPolicy")
        if label_selector_matches(p["spec"]["podSelector"], labels) and direction in p["spec"]["policyTypes"]
    ]
    if not policies:
        return True
    key, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
    for policy in policies:
        for rule in policy["spec"].get(key, []):
            if not any(p["port"] == port for p in rule.get("ports", [{"port": port}])):
                continue
            for peer in rule.get(peers_key, []):
                if "ipBlock" in peer:
                    block = peer["ipBlock"]
                    if peer_ip and in_block(peer_ip, block["cidr"], block.get("except", [])):
                        return True
                    continue
                if peer_labels is None:
                    continue
                ns_ok = ("namespaceSelector" not in peer and peer_namespace == NAMESPACE) or (
                    "namespaceSelector" in peer
                    and label_selector_matches(
                        peer["namespaceSelector"], {"kubernetes.io/metadata.name": peer_namespace}
                    )
                )
                pod_ok = label_selector_matches(peer.get("podSelector", {}), peer_labels)
                if ns_ok and pod_ok:
                    return True
    return False


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_network_policies(overlay: str) -> None:
    docs = render(overlay)
    deny = get(docs, "NetworkPolicy", "default-deny-all")["spec"]
    assert deny["podSelector"] == {}
    assert set(deny["policyTypes"]) == {"Ingress", "Egress"}
    assert "ingress" not in deny
    assert "egress" not in deny
    vpc = ipaddress.ip_network(environment(overlay)["VPC_CIDR"])
    in_vpc, outside = str(vpc.network_address + 10), "203.0.113.7"
    pods = {component(d): d["spec"]["template"]["metadata"]["labels"] for d in workloads(docs)}
    dns = {"k8s-app": "kube-dns"}
    prometheus = {"app.kubernetes.io/name": "prometheus"}
    for comp, labels in pods.items():
        assert allowed(docs, labels, "Egress", 53, peer_labels=dns, peer_namespace="kube-system"), comp
        assert not allowed(docs, labels, "Egress", 53, peer_labels=dns, peer_namespace="default"), comp
        assert allowed(docs, labels, "Egress", 5432, peer_ip=in_vpc) == (
            comp in {"api", "events", "worker", "migrate"}
        ), comp
        assert allowed(docs, labels, "Egress", 6379, peer_ip=in_vpc) == (
            comp in {"api", "events", "worker"}
        ), comp
        assert not allowed(docs, labels, "Egress", 5432, peer_ip=outside), comp
        assert allowed(docs, labels, "Egress", 587, peer_ip=outside) == (comp == "worker"), comp
        # Web Push: the worker alone, to a push service's public address, never into the VPC nor to another
        # private, shared or link-local range (nor the instance metadata service).
        assert allowed(docs, labels, "Egress", 443, peer_ip=outside) == (comp == "worker"), comp
        for private in (in_vpc, "10.255.0.1", "172.16.0.1", "192.168.1.1", "100.64.0.1", "169.254.169.254"):
            assert not allowed(docs, labels, "Egress", 443, peer_ip=private), (comp, private)
        assert not allowed(docs, labels, "Egress", 80, peer_ip=outside), comp
        assert not allowed(docs, labels, "Ingress", 5000, peer_ip=outside), comp
    # The API and the events server: the ALB, Prometheus and nginx's proxies reach them on 5000.
    for comp in ("api", "events"):
        assert allowed(docs, pods[comp], "Ingress", 5000, peer_ip=in_vpc), comp
        assert allowed(
            docs, pods[comp], "Ingress", 5000, peer_labels=prometheus, peer_namespace="monitoring"
        ), comp
        assert not allowed(
            docs, pods[comp], "Ingress", 5000, peer_labels=prometheus, peer_namespace="default"
        ), comp
        assert allowed(docs, pods["web"], "Egress", 5000, peer_labels=pods[comp]), comp
        assert allowed(docs, pods[comp], "Ingress", 5000, peer_labels=pods["web"]), comp
        assert not allowed(docs, pods[comp], "Ingress", 5000, peer_labels=pods["worker"]), comp
    assert allowed(docs, pods["web"], "Ingress", 8080, peer_ip=in_vpc)
    assert not allowed(docs, pods["worker"], "Ingress", 5000, peer_ip=in_vpc)
    assert allowed(docs, pods["worker"], "Ingress", 9100, peer_labels=prometheus, peer_namespace="monitoring")
    assert not allowed(docs, pods["worker"], "Ingress", 9100, peer_labels=pods["web"])
    assert not allowed(docs, pods["web"], "Egress", 9100, peer_labels=pods["worker"])


def test_network_policy_evaluator_denies_without_a_rule() -> None:
    docs = [
        {
            "kind": "NetworkPolicy",
            "metadata": {"name": "d"},
            "spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]},
        }
    ]
    assert not allowed(
        docs, {"a": "b"}, "Egress", 53, peer_labels={"k8s-app": "kube-dns"}, peer_namespace="kube-system"
    )
    assert allowed([], {"a": "b"}, "Egress", 53)
    assert in_block("203.0.113.7", "0.0.0.0/0", ["10.0.0.0/8"])
    assert not in_block("10.1.2.3", "0.0.0.0/0", ["10.0.0.0/8"])
    assert not in_block("203.0.113.7", "10.0.0.0/8", [])
