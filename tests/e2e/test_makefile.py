"""`make help` is the maintainer's entry point: targets and the variables they really take."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.generation.test_update_spec import copy_project

ROOT = Path(__file__).resolve().parents[2]
needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
TINY_SPEC = """\
openapi: 3.1.0
info: {title: tiny, version: '1'}
paths:
  /v1/probe:
    get:
      operationId: probe_v1_probe_get
      tags: [probe]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {object: {type: string}}}
"""


def make(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@needs_make
def test_make_help_lists_targets_and_real_variables():
    """`make help` names the targets and SPEC=/OUT= with their defaults, and update-spec's origin."""
    out = make("help").stdout
    for target in ("generate", "update-spec", "check-generated", "lint", "test", "demo", "bench"):
        assert f"  {target} " in out
    assert "SPEC=openapi.yaml" in out
    assert "OUT=generated" in out
    assert "COMMIT= SOURCE_PATH= REPOSITORY= COMMITTED=" in out


@needs_make
def test_make_update_spec_passes_where_the_spec_comes_from():
    """COMMIT=, SOURCE_PATH=, REPOSITORY=, COMMITTED= reach the script; unset ones are left out."""
    given = make(
        "-n",
        "update-spec",
        "SPEC=new.yaml",
        "COMMIT=abc",
        "SOURCE_PATH=public/openapi.yaml",
        "REPOSITORY=https://github.com/o/r",
        "COMMITTED=2026-09-01",
    ).stdout.split()
    assert given[given.index("vendor") :][:9] == [
        "vendor",
        "new.yaml",
        "--commit",
        "'abc'",
        "--source-path",
        "'public/openapi.yaml'",
        "--repository",
        "'https://github.com/o/r'",
        "--committed",
    ]
    bare = make("-n", "update-spec", "SPEC=new.yaml").stdout
    assert "vendor new.yaml" in bare
    assert "--commit" not in bare


@needs_make
def test_make_check_generated_checks_the_provenance_before_generating():
    """An edited openapi.yaml fails at once, before the 10 s generation."""
    commands = make("-n", "check-generated").stdout.splitlines()
    check = next(i for i, line in enumerate(commands) if "--provenance openapi.provenance" in line)
    generate = next(i for i, line in enumerate(commands) if "prepare_spec.py generate" in line)
    assert check < generate


@needs_make
def test_make_update_spec_vendors_in_a_copy_and_refuses_without_spec(tmp_path: Path):
    """The target end to end in a copy of the project (its .venv linked, never rebuilt)."""
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "pyproject.toml", "uv.lock"):
        shutil.copy2(ROOT / name, project / name)
    (project / ".venv").symlink_to(ROOT / ".venv")
    keep = ["-o", ".venv/.installed"]
    refused = make(*keep, "update-spec", cwd=project)
    assert refused.returncode != 0
    assert "openapi.yaml is the vendored file itself" in refused.stderr
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY_SPEC)
    done = make(*keep, "update-spec", f"SPEC={spec}", "COMMIT=" + "a" * 40, cwd=project)
    assert done.returncode == 0, done.stderr
    assert "  + probe_v1_probe_get  GET /v1/probe" in done.stdout
    assert "    client.probe.probe_v1_probe_get\n" in done.stdout
    assert (project / "openapi.yaml").read_text() == TINY_SPEC
    provenance = (project / "openapi.provenance.yaml").read_text()
    assert f"commit: {'a' * 40}\n" in provenance
    assert (project / "generated" / "_mistral_api" / "api" / "probe").is_dir()
