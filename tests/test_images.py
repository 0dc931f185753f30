"""The container images: hadolint and checkov on the Dockerfiles, and the rules of issue 7 read from
backend/Dockerfile (multi-stage, slim, numeric non-root user, gunicorn as PID 1, healthcheck, writable paths).

Tools are found on PATH (hadolint) or through the CHECKOV variable; a missing tool fails the test.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.checkov_report import checkov_report

ROOT = Path(__file__).resolve().parents[1]
BACKEND = ROOT / "backend"
BACKEND_DOCKERFILE = BACKEND / "Dockerfile"
FRONTEND_DOCKERFILE = ROOT / "frontend" / "Dockerfile"
DOCKERFILES = [BACKEND_DOCKERFILE, FRONTEND_DOCKERFILE]
GUNICORN_CMD = ["gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"]
RUNTIME_BASE = "python:3.11-slim-bookworm"


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not on PATH (PATH=/tmp/opsvenv/bin:$PATH)"
    return path


def instructions(path: Path) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction: continuations joined, comment lines dropped (as Docker does)."""
    result: list[tuple[str, str]] = []
    pending = ""
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("#") or (not stripped and pending):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        full = (pending + stripped).strip()
        pending = ""
        if full:
            keyword, _, args = full.partition(" ")
            result.append((keyword.upper(), args.strip()))
    assert not pending, f"{path}: a continuation runs off the end of the file"
    return result


def stages(path: Path) -> list[list[tuple[str, str]]]:
    """The build stages, each starting with its FROM."""
    found: list[list[tuple[str, str]]] = []
    for keyword, args in instructions(path):
        if keyword == "FROM":
            found.append([])
        assert found, f"{path}: {keyword} before the first FROM"
        found[-1].append((keyword, args))
    return found


def final_stage() -> list[tuple[str, str]]:
    return stages(BACKEND_DOCKERFILE)[-1]


def args_of(stage: list[tuple[str, str]], keyword: str) -> list[str]:
    return [args for kw, args in stage if kw == keyword]


def env_of(stage: list[tuple[str, str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for args in args_of(stage, "ENV"):
        for pair in shlex.split(args):
            key, sep, value = pair.partition("=")
            assert sep, f"ENV {args!r}: use the KEY=value form"
            env[key] = value
    return env


def hadolint(path: Path) -> subprocess.CompletedProcess[str]:
    # No configuration file: every rule at every level (info included) counts.
    return subprocess.run(
        [tool("hadolint"), "--no-color", "--failure-threshold", "info", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: p.parent.name)
def test_hadolint_finds_nothing(dockerfile):
    result = hadolint(dockerfile)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.parametrize(
    ("content", "rules"),
    [
        (
            "FROM python:latest\nRUN cd /app && pip install flask\nCMD gunicorn wsgi:app\n",
            {"DL3007", "DL3003", "DL3013", "DL3025"},
        ),
        ("FROM node:latest\nRUN cd /app && npm install\n", {"DL3007", "DL3003"}),
    ],
    ids=["backend-like", "frontend-like"],
)
def test_hadolint_reports_what_it_should(tmp_path, content, rules):
    """Shows the check above runs a linter that reports: a bad file fails with the expected rules."""
    bad = tmp_path / "Dockerfile"
    bad.write_text(content)
    result = hadolint(bad)
    assert result.returncode != 0
    assert rules <= set(re.findall(r"\bDL\d{4}\b", result.stdout))


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: p.parent.name)
def test_checkov_has_no_failure(dockerfile):
    report = checkov_report(dockerfile, "dockerfile")
    failed = [(c["check_id"], c["check_name"]) for c in report["results"]["failed_checks"]]
    assert failed == [], f"checkov failures in {dockerfile.relative_to(ROOT)}: {failed}"
    assert report["summary"]["passed"] > 0, "checkov ran no check"


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: p.parent.name)
def test_every_checkov_skip_gives_its_reason(dockerfile):
    for line in dockerfile.read_text().splitlines():
        if "checkov:skip=" in line:
            assert re.search(r"checkov:skip=CKV2?_\w+\s*:\s*\S.{10,}", line), (
                f"unjustified skip: {line.strip()}"
            )


def test_the_image_is_built_in_stages_on_pinned_bases():
    all_stages = stages(BACKEND_DOCKERFILE)
    assert len(all_stages) >= 2, "a builder stage and a runtime stage"
    bases = [stage[0][1].split()[0] for stage in all_stages]
    for base in bases:
        assert re.fullmatch(r"[\w./-]+:[\w.-]+(@sha256:[0-9a-f]{64})?", base), f"{base}: pin a tag"
        assert not base.endswith(":latest"), base
    assert bases[-1].split("@")[0] == RUNTIME_BASE
    builder = all_stages[0][0][1].split()
    assert [w.upper() for w in builder[1:2]] == ["AS"], "name the builder stage"
    assert any(a.startswith(f"--from={builder[2]} ") for a in args_of(final_stage(), "COPY")), (
        "the runtime stage takes its dependencies from the builder"
    )


def test_the_builder_installs_the_pinned_runtime_dependencies_only():
    installs = [a for a in args_of(stages(BACKEND_DOCKERFILE)[0], "RUN") if "pip install" in a]
    assert installs, "the builder stage installs the app"
    command = installs[-1]
    assert "-c constraints.txt" in command, "installs at the versions in constraints.txt"
    assert re.search(r"\s\.(\s|$)", command), "installs the package itself (pip install .)"
    assert "[" not in command, "no extras (the test and lint tools stay out)"


def test_the_runtime_stage_has_no_build_tools():
    stage = final_stage()
    assert RUNTIME_BASE.endswith("-slim-bookworm")
    for command in args_of(stage, "RUN"):
        for tool_word in (
            "apt-get install",
            "apt install",
            "apk add",
            "pip install",
            "gcc",
            "build-essential",
            "curl",
            "wget",
        ):
            assert tool_word not in command, f"runtime stage: {command!r} brings in {tool_word!r}"
    assert not args_of(stage, "ADD"), "COPY, never ADD"


def test_the_process_runs_as_a_numeric_user_above_10000():
    users = args_of(final_stage(), "USER")
    assert users, "the runtime stage sets USER"
    match = re.fullmatch(r"(\d+)(?::(\d+))?", users[-1])
    assert match, f"USER {users[-1]}: numeric uid[:gid], so runAsNonRoot can verify it"
    assert int(match[1]) >= 10000
    assert match[2] is None or int(match[2]) >= 10000
    # Nothing runs after the last USER: no later step could act as root.
    keywords = [kw for kw, _ in final_stage()]
    last_user = len(keywords) - 1 - keywords[::-1].index("USER")
    assert "RUN" not in keywords[last_user:]


def test_gunicorn_is_pid_1_in_exec_form():
    stage = final_stage()
    cmds = args_of(stage, "CMD")
    assert cmds, "CMD is set"
    assert json.loads(cmds[-1]) == GUNICORN_CMD
    assert not args_of(stage, "ENTRYPOINT"), "no entrypoint wraps gunicorn (it would be PID 1 instead)"
    assert not any(kw == "STOPSIGNAL" for kw, _ in stage), "gunicorn drains on SIGTERM, the default"


def test_healthcheck_calls_health_with_python():
    checks = args_of(final_stage(), "HEALTHCHECK")
    assert len(checks) == 1
    options, _, command = checks[0].partition(" CMD ")
    assert "--timeout=" in options
    assert "--interval=" in options
    argv = json.loads(command)
    assert argv[:2] == ["python", "-c"], "exec form, Python (no curl in the slim image)"
    assert "urllib.request" in argv[2]
    assert "/health'" in argv[2]
    compile(argv[2], "healthcheck", "exec")


def test_exposes_the_api_port():
    assert args_of(final_stage(), "EXPOSE") == ["5000"]
    assert env_of(final_stage()).get("PORT", "5000") == "5000"


def test_runtime_environment_suits_a_read_only_root_filesystem():
    env = env_of(final_stage())
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert env["PYTHONUNBUFFERED"] == "1"
    assert env["TASKFORGE_ENV"] == "production"
    assert env["PROMETHEUS_MULTIPROC_DIR"] == "/tmp/prometheus"
    assert env["GUNICORN_WORKER_TMP_DIR"] == "/dev/shm"
    assert env["PATH"].startswith("/opt/venv/bin:")


def test_migrations_are_where_the_installed_package_looks_for_them():
    """taskforge finds migrations/ beside its package directory; installed, that is site-packages/."""
    assert 'parent.parent / "migrations"' in (BACKEND / "taskforge" / "__init__.py").read_text()
    version = re.search(r"python:(\d+\.\d+)", RUNTIME_BASE)[1]
    copies = [a.split() for a in args_of(final_stage(), "COPY") if a.split()[0] == "migrations"]
    assert copies == [["migrations", f"/opt/venv/lib/python{version}/site-packages/migrations"]]
    assert "WORKDIR /app" in [f"{kw} {a}" for kw, a in final_stage()]
    copied = {word for a in args_of(final_stage(), "COPY") for word in a.split()[:-1]}
    assert {"wsgi.py", "gunicorn.conf.py"} <= copied, "flask --app wsgi and gunicorn -c run from /app"


def test_the_frontend_image_defaults_every_upstream_its_template_names():
    """The base image's entrypoint substitutes only the variables that are set (and match
    NGINX_ENVSUBST_FILTER): one without a value would stay in the config as `${...}` and nginx would refuse to
    start."""
    stage = stages(FRONTEND_DOCKERFILE)[-1]
    env = env_of(stage)
    template = (ROOT / "frontend" / "nginx.conf").read_text()
    named = set(re.findall(r"\$\{(\w+)\}", template))
    assert named == {"TASKFORGE_API_UPSTREAM", "TASKFORGE_EVENTS_UPSTREAM"}
    assert env["TASKFORGE_API_UPSTREAM"] == "http://api:5000"
    assert env["TASKFORGE_EVENTS_UPSTREAM"] == "http://events:5000"
    for name in named:
        assert re.search(env["NGINX_ENVSUBST_FILTER"], name), f"{name} is not substituted"
    copies = [a.split() for a in args_of(stage, "COPY")]
    assert ["nginx.conf", "/etc/nginx/templates/default.conf.template"] in copies


def ignore_regex(pattern: str) -> str:
    """A .dockerignore pattern (Go filepath.Match plus `**`) as a regular expression: `*` stops at `/`."""
    out = ""
    for token in re.findall(r"\*\*/|\*\*|\*|\?|\[[^]]*\]|.", pattern):
        out += {"**/": "(.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}.get(
            token, token if token.startswith("[") and len(token) > 1 else re.escape(token)
        )
    return out


def dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last matching pattern wins; a pattern matching a directory covers its contents."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    ignored = False
    for raw in patterns:
        negate = raw.startswith("!")
        regex = ignore_regex(raw.lstrip("!").strip("/"))
        if any(re.fullmatch(regex, prefix) for prefix in prefixes):
            ignored = not negate
    return ignored


def test_dockerignore_keeps_the_app_and_drops_local_state():
    patterns = [
        line.strip()
        for line in (BACKEND / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    sources = {
        word
        for stage in stages(BACKEND_DOCKERFILE)
        for a in args_of(stage, "COPY")
        if not a.startswith("--from=")
        for word in a.split()[:-1]
        if not word.startswith("--")
    }
    assert {
        "pyproject.toml",
        "constraints.txt",
        "taskforge",
        "migrations",
        "wsgi.py",
        "gunicorn.conf.py",
    } <= sources
    for source in sources:
        assert (BACKEND / source).exists(), f"COPY {source}: missing from backend/"
        assert not dockerignored(source, patterns), f"COPY {source}: excluded by .dockerignore"
    for kept in ("taskforge/__init__.py", "migrations/env.py", "migrations/versions/x.py"):
        assert not dockerignored(kept, patterns), kept
    for dropped in (
        ".venv/bin/python",
        "instance/secret_key",
        "tests/conftest.py",
        "bench/run.py",
        "app.db",
        "taskforge/__pycache__/x.cpython-311.pyc",
        ".env",
        "taskforge.egg-info/PKG-INFO",
        ".pytest_cache/v",
        ".mypy_cache/x",
        ".ruff_cache/x",
    ):
        assert dockerignored(dropped, patterns), f"{dropped} would be sent to the build"
