"""Read the real recorded Mistral traffic in ``../shared/cassettes/upstream`` in place.

Four serializations live there (see its MANIFEST.md); mistral_client.testing.cassettes reads
them all into one Interaction shape with decompressed bodies.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from mistral_client.testing.cassettes import Interaction, load_cassette

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
UPSTREAM_CASSETTES = SHARED_DIR / "cassettes" / "upstream"
UPSTREAM_SPECS = SHARED_DIR / "openapi-upstream"
SHARED_MISSING_REASON = (
    "../shared is absent (as on a user's machine): the upstream recordings and specs are not here"
)


def load_file(path: Path) -> list[Interaction]:
    return load_cassette(path, source=str(path.relative_to(UPSTREAM_CASSETTES)))


def cassette_files() -> list[Path]:
    return sorted(
        p for p in UPSTREAM_CASSETTES.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file()
    )


def load_interactions() -> Iterator[Interaction]:
    """Every recorded interaction under ``../shared/cassettes/upstream``."""
    for path in cassette_files():
        yield from load_file(path)


def chat_interactions() -> list[Interaction]:
    """The recorded ``POST /v1/chat/completions`` calls to api.mistral.ai."""
    return [i for i in load_interactions() if i.is_chat]


def require_shared() -> None:
    """Skip the calling test, with the reason, when ../shared is not beside the project."""
    import pytest

    if not UPSTREAM_CASSETTES.is_dir() or not UPSTREAM_SPECS.is_dir():
        pytest.skip(SHARED_MISSING_REASON)
