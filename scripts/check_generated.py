"""Compare the committed generated package with a fresh generation: `make check-generated`.

Only what generation writes is compared. Files the repository ignores (`.gitignore`: interpreter
caches such as `__pycache__/`, which importing the package writes when bytecode writes are on)
are left out on both sides, so running the demo or a Python shell never looks like drift. Any
other difference, down to one byte, fails and names the files.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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
    parser.add_argument("committed", type=Path, help="generated/_mistral_api")
    parser.add_argument("fresh", type=Path, help="the package a fresh generation wrote")
    args = parser.parse_args(argv)
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
