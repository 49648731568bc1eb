"""`make check-generated` compares generated source files, never interpreter caches."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.check_generated import differences, ignore_patterns

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "_mistral_api"


def bytecode_on_env(**extra: str) -> dict[str, str]:
    """The environment of a user with Python's default settings: bytecode writes on."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE"}}
    env.pop("PYTHONPYCACHEPREFIX", None)
    return {**env, **extra}


def import_with_bytecode(package_parent: Path) -> None:
    code = "import _mistral_api.models, _mistral_api.api.chat"
    subprocess.run(
        [sys.executable, "-c", code],
        env=bytecode_on_env(PYTHONPATH=str(package_parent)),
        check=True,
        cwd=package_parent,
    )


@pytest.fixture
def committed_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "committed" / "_mistral_api"
    shutil.copytree(COMMITTED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_drift_check_after_import_with_bytecode_writes_finds_nothing(committed_copy: Path):
    """Importing the package writes __pycache__/, which the drift check does not count as drift."""
    import_with_bytecode(committed_copy.parent)
    assert list(committed_copy.rglob("__pycache__")), "the import wrote no bytecode cache"
    assert differences(committed_copy, COMMITTED) == []


def test_drift_check_one_byte_change_names_the_file(committed_copy: Path):
    """A one-byte edit of a generated file is drift, reported by the file's path."""
    target = committed_copy / "models" / "usage_info.py"
    data = target.read_bytes()
    target.write_bytes(data[:-1] + (b" " if data[-1:] != b" " else b"\n"))
    assert differences(committed_copy, COMMITTED) == ["changed: models/usage_info.py"]


def test_drift_check_missing_and_extra_files_are_named(committed_copy: Path):
    """A generated file missing from the commit, or a stray hand-written one, is drift."""
    (committed_copy / "types.py").unlink()
    (committed_copy / "models" / "by_hand.py").write_text("x = 1\n")
    assert differences(committed_copy, COMMITTED) == [
        "missing: types.py",
        "extra: models/by_hand.py",
    ]


def test_ignore_patterns_come_from_gitignore():
    """The check ignores what the repository ignores, interpreter caches included."""
    patterns = ignore_patterns()
    assert "__pycache__/" in patterns
    assert "*.pyc" in patterns


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_check_generated_passes_after_import_with_bytecode_writes():
    """The README's order on a default Python: use the package (writing caches), then the gate."""
    import_with_bytecode(COMMITTED.parent)
    assert list(COMMITTED.rglob("__pycache__")), "the import wrote no bytecode cache"
    result = subprocess.run(
        ["make", "--no-print-directory", "check-generated"],
        cwd=ROOT,
        env=bytecode_on_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/ matches openapi.yaml" in result.stdout
