"""`make help` is the maintainer's entry point: targets and the variables they really take."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_help_lists_targets_and_real_variables():
    """`make help` names the targets and SPEC=/OUT= with their defaults."""
    out = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for target in ("generate", "test", "demo", "bench"):
        assert f"  {target} " in out
    assert "SPEC=openapi.yaml" in out
    assert "OUT=generated" in out
