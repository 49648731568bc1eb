"""Compare the committed generated package with a fresh generation: `make check-generated`.

First, with `--provenance`, openapi.yaml is checked against openapi.provenance.yaml: its size
and sha256 must be the ones recorded when it was vendored, since it is Mistral's published
document byte for byte and never edited (what the real API does differently goes in
spec/corrections.yaml; a newer document comes in through `make update-spec`).

Only what generation writes is compared. Files the repository ignores (`.gitignore`: interpreter
caches such as `__pycache__/`, which importing the package writes when bytecode writes are on)
are left out on both sides, so running the demo or a Python shell never looks like drift. Any
other difference, down to one byte, fails and names the files.
"""

from __future__ import annotations

import argparse
import datetime
import fnmatch
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
PROVENANCE = ROOT / "openapi.provenance.yaml"
# The fields of openapi.provenance.yaml, in their order; bytes and sha256 are checked.
PROVENANCE_FIELDS = ("repository", "commit", "path", "committed", "bytes", "sha256")


class ProvenanceError(Exception):
    """openapi.provenance.yaml cannot be read (one line, naming the file and the problem)."""


def read_provenance(path: Path) -> dict[str, Any]:
    """The fields of a provenance file; `committed` as an ISO date string, unknown ones None."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ProvenanceError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(raw, dict):
        raise ProvenanceError(f"{path}: expected a mapping of {', '.join(PROVENANCE_FIELDS)}")
    fields = {name: raw.get(name) for name in PROVENANCE_FIELDS}
    for name, value in fields.items():
        if isinstance(value, datetime.date):  # YAML reads 2026-08-13 as a date
            fields[name] = value.isoformat()
    size, digest = fields["bytes"], fields["sha256"]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ProvenanceError(f"{path}: `bytes` must be the file's size, got {size!r}")
    if not (isinstance(digest, str) and re.fullmatch("[0-9a-f]{64}", digest)):
        raise ProvenanceError(f"{path}: `sha256` must be 64 lowercase hex digits, got {digest!r}")
    return fields


def fingerprint(data: bytes) -> tuple[int, str]:
    """(size, sha256) of a file's bytes, as the provenance records them."""
    return len(data), hashlib.sha256(data).hexdigest()


def provenance_problem(spec: Path = SPEC, provenance: Path = PROVENANCE) -> str | None:
    """Why SPEC is not the document PROVENANCE records, or None when it is, byte for byte."""
    try:
        recorded = read_provenance(provenance)
        size, digest = fingerprint(spec.read_bytes())
    except ProvenanceError as exc:
        return str(exc)
    except OSError as exc:
        return f"{spec}: cannot read: {exc.strerror}"
    if (size, digest) == (recorded["bytes"], recorded["sha256"]):
        return None
    return (
        f"{spec.name} is not the document {provenance.name} records "
        f"({size} bytes, sha256 {digest[:12]}..., recorded {recorded['bytes']} bytes, sha256 "
        f"{recorded['sha256'][:12]}...): it is Mistral's published spec byte for byte and is "
        f"never edited. Restore it (git checkout {spec.name}) and declare the change in "
        "spec/corrections.yaml, or vendor a newer spec with make update-spec SPEC=path"
    )


def ignore_patterns(gitignore: Path = ROOT / ".gitignore") -> list[str]:
    """The patterns of .gitignore: blank lines, comments and negations dropped."""
    if not gitignore.exists():
        return ["__pycache__/", "*.pyc", ".ruff_cache/"]
    lines = (line.strip() for line in gitignore.read_text().splitlines())
    return [line for line in lines if line and not line.startswith(("#", "!"))]


def ignored(relative: Path, patterns: list[str]) -> bool:
    """Whether a path below the package matches a pattern, in git's sense for simple patterns.

    A pattern ending in `/` names a folder at any depth; any other pattern is matched against
    each part of the path (so `*.pyc` drops a file, `.venv` a folder).
    """
    for pattern in patterns:
        name = pattern.rstrip("/").lstrip("/")
        parts = relative.parts if not pattern.endswith("/") else relative.parts[:-1]
        if any(fnmatch.fnmatchcase(part, name) for part in parts):
            return True
    return False


def source_files(root: Path, patterns: list[str]) -> dict[str, bytes]:
    """Every file below ROOT that is not ignored, by its path relative to ROOT."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not ignored(path.relative_to(root), patterns)
    }


def differences(committed: Path, fresh: Path, patterns: list[str] | None = None) -> list[str]:
    """One line per file that differs: `changed`, `missing` (not committed) or `extra`."""
    patterns = ignore_patterns() if patterns is None else patterns
    old, new = source_files(committed, patterns), source_files(fresh, patterns)
    both = sorted(old.keys() & new.keys())
    lines = [f"changed: {name}" for name in both if old[name] != new[name]]
    lines += [f"missing: {name}" for name in sorted(new.keys() - old.keys())]
    lines += [f"extra: {name}" for name in sorted(old.keys() - new.keys())]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("committed", type=Path, nargs="?", help="generated/_mistral_api")
    parser.add_argument("fresh", type=Path, nargs="?", help="what a fresh generation wrote")
    parser.add_argument(
        "--provenance",
        type=Path,
        metavar="FILE",
        help="only check that the spec beside FILE (openapi.yaml) is the one FILE records",
    )
    args = parser.parse_args(argv)
    if args.provenance is not None:
        problem = provenance_problem(args.provenance.with_name(SPEC.name), args.provenance)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 1
        print(f"{SPEC.name} matches {args.provenance.name}")
        return 0
    if args.committed is None or args.fresh is None:
        parser.error("give COMMITTED and FRESH, or --provenance FILE")
    lines = differences(args.committed, args.fresh)
    if lines:
        count = len(lines)
        print(f"generated/ is out of date with openapi.yaml ({count} files): run make generate")
        for line in lines:
            print(f"  {line}")
        return 1
    print("generated/ matches openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
