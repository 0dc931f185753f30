"""The shared-project scenarios: a project of 1,000 tasks with 10 and with 200 members, read and written by
several of its members, measured beside the same work in one person's Inbox (the `list-*`, `post` and
`patch` rows).

The targets (issue 14): listing a shared project costs no more than listing an Inbox (req/s within 10%), and
a write in a 200-member project costs at most twice a write in a personal project (req/s and p99).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bench import seed
from bench.report import Row
from bench.scenarios import PATCH, POST, READS, Scenario

if TYPE_CHECKING:
    from bench.run import Bench

READERS = 16  # members whose tokens the reads and the many-writer POSTs go round
LIST_SHARE = 0.90  # a shared project's list: at least this share of the Inbox list's requests/s
WRITE_COST = 2.0  # a write in a shared project: at most this multiple of a personal write's cost


@dataclass(frozen=True)
class SharedProject:
    size: int
    project_id: int
    ids_file: Path
    members: tuple[str, ...]  # usernames (without the owner), the first READERS of which read and write


def setup(bench: Bench) -> dict[int, SharedProject]:
    """The owner, the projects, their members (registered through the API) and each project's tasks."""
    api = seed.Api(bench.servers["cached"].url)
    password = os.urandom(12).hex()
    bench.passwords["shared_owner"] = password
    api.register("bench_shared_owner", password)
    owner = bench.token("shared_owner")
    projects: dict[int, SharedProject] = {}
    for size in bench.options.shared_sizes:
        t0 = time.monotonic()
        project_id = api.create_project(owner, f"Shared by {size}")
        members = tuple(f"s{size}m{i}" for i in range(size - 1))  # the owner is the project's first member
        for member in members:
            bench.passwords[member] = password
            api.register(f"bench_{member}", password)
            api.share(owner, project_id, f"bench_{member}")
        ids = seed.seed_with_batches(api, owner, bench.options.shared_tasks, project_id=project_id)
        ids_file = bench.workdir / f"shared{size}-ids.txt"
        ids_file.write_text("\n".join(map(str, ids)) + "\n")
        projects[size] = SharedProject(size, project_id, ids_file, members)
        bench.log(f"a project with {size} members and {len(ids):,} tasks in {time.monotonic() - t0:.1f} s")
    return projects


def scenarios(project: SharedProject) -> list[tuple[Scenario, int]]:
    """Each scenario with how many of the members' tokens it goes round."""
    size, path = project.size, f"/api/tasks?project_id={project.project_id}&per_page=20"
    readers = min(READERS, len(project.members))
    return [
        (Scenario(f"shared{size}-list-cached", f"GET /api/tasks?project_id= ({size} members, cached)",
                  "cached", path, "get_users.lua", "members"), readers),
        (Scenario(f"shared{size}-list-uncached", f"GET /api/tasks?project_id= ({size} members, cache off)",
                  "uncached", path, "get_users.lua", "members"), readers),
        (Scenario(f"shared{size}-post", f"POST /api/tasks into a {size}-member project (one member)",
                  "cached", "/api/tasks", "post_project.lua", "members"), 1),
        (Scenario(f"shared{size}-post-members",
                  f"POST /api/tasks into a {size}-member project ({readers} members)",
                  "cached", "/api/tasks", "post_project.lua", "members"), readers),
        (Scenario(f"shared{size}-patch", f"PATCH /api/tasks/{{id}} in a {size}-member project (one member)",
                  "cached", "/api/tasks", "patch.lua", "members"), 1),
    ]  # fmt: skip


def measure(bench: Bench, projects: dict[int, SharedProject]) -> None:
    """Every shared scenario at every connection count, after warming the cached reads for each reader.

    A judged scenario is measured right after the personal scenario it is judged against (the Inbox list,
    a personal write), so the comparison is of two neighbouring measurements, not of two minutes apart on a
    machine whose speed drifts."""
    for project in projects.values():
        for scenario, readers in scenarios(project):
            tokens = [bench.token(member) for member in project.members[:readers]]
            tokens_file = bench.workdir / f"{scenario.key}-tokens.txt"
            tokens_file.write_text("\n".join(tokens) + "\n")
            env = {
                "BENCH_TOKENS_FILE": str(tokens_file),
                "BENCH_TOKEN": tokens[0],
                "BENCH_IDS_FILE": str(project.ids_file),
                "BENCH_PROJECT_ID": str(project.project_id),
            }
            if scenario.server == "cached" and scenario.script == "get_users.lua":
                api = seed.Api(bench.servers["cached"].url)
                for token in tokens:
                    api.get(scenario.path, token)
            kind = scenario.key.split("-", 1)[1]
            baseline = next((s for s in (*READS, POST, PATCH) if s.key == _BASELINES.get(kind)), None)
            for conns in bench.options.connections:
                if baseline is not None:
                    row = bench.measure(baseline, conns)
                    row.key, row.label = f"{scenario.key}{BESIDE}", f"{baseline.label}, beside the next row"
                    bench.record(row)
                bench.record(bench.measure(scenario, conns, env=env))


BESIDE = ":beside"  # the key suffix of a personal scenario measured right before a shared one

# The rows each shared row is judged against, and how.
_BASELINES = {
    "list-cached": "list-cached",
    "list-uncached": "list-uncached",
    "post": "post",
    "patch": "patch",
}


def judge(rows: list[Row]) -> None:
    """A shared list within 10% of the Inbox list; a shared write at most 2x a personal write."""
    by_key = {(row.key, row.connections): row for row in rows}
    for row in rows:
        if not row.key.startswith("shared") or row.key.endswith(BESIDE):
            continue
        kind = row.key.split("-", 1)[1]
        base = by_key.get((row.key + BESIDE, row.connections))
        if base is None:
            continue
        rps = row.result.rps / base.result.rps if base.result.rps else 0.0
        if kind.startswith("list"):
            row.target = f">= {LIST_SHARE:.0%} of the Inbox list's req/s (now {rps:.0%})"
            ok = rps >= LIST_SHARE
        else:
            p99 = row.result.p99_ms / base.result.p99_ms if base.result.p99_ms else float("inf")
            row.target = (
                f"<= {WRITE_COST:g}x a personal {kind.upper()}: req/s >= {1 / WRITE_COST:.0%} "
                f"(now {rps:.0%}), p99 <= {WRITE_COST:g}x (now {p99:.2f}x)"
            )
            ok = rps >= 1 / WRITE_COST and p99 <= WRITE_COST
        row.met = ok and row.errors == 0 and not row.notes
