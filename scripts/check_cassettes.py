"""Fail when a cassette holds anything secret-looking: `make check-cassettes DIR`.

Looks for recorded Authorization / api-key headers, cookies, bearer tokens and strings shaped
like a Mistral API key (32 mixed-case alphanumerics). Prints `file:line: what` for each finding.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FINDINGS = (
    (
        "authorization header",
        re.compile(r"^\s*['\"]?(authorization|x-api-key|api-key)['\"]?\s*:", re.I),
    ),
    ("cookie header", re.compile(r"^\s*['\"]?(set-cookie|cookie)['\"]?\s*:", re.I)),
    ("bearer token", re.compile(r"bearer\s+[A-Za-z0-9._~+/-]{8,}", re.I)),
    (
        "key-like string",
        re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[0-9])"
                   r"[A-Za-z0-9]{32}(?![A-Za-z0-9])"),
    ),
)  # fmt: skip


def scan(text: str) -> list[tuple[int, str]]:
    """(line number, what) for every secret-looking line of a cassette."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for what, pattern in FINDINGS:
            if pattern.search(line):
                found.append((number, what))
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "tests/cassettes")
    files = sorted(root.rglob("*.yaml")) if root.is_dir() else []
    problems = [(f, n, what) for f in files for n, what in scan(f.read_text(encoding="utf-8"))]
    for path, number, what in problems:
        print(f"{path}:{number}: {what}")
    if problems:
        print(f"{len(problems)} secret-looking line(s) in {root}: scrub them and record again")
        return 1
    print(f"{len(files)} cassette(s) in {root}: nothing secret-looking")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
