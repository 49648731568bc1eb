"""Our own cassettes (tests/cassettes) conform to openapi.yaml, and hold nothing secret."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mistral_client.testing.cassettes import load_cassette

from .spec_schema import errors

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = sorted((ROOT / "tests" / "cassettes").rglob("*.yaml"))


def test_there_is_a_cassette_per_documented_workflow():
    """One cassette per workflow test in test_chat_contract.py."""
    names = {p.stem for p in CASSETTES if p.parent.name == "test_chat_contract"}
    source = (ROOT / "tests" / "contract" / "test_chat_contract.py").read_text()
    tests = {line.split("(")[0][4:] for line in source.splitlines() if line.startswith("def test_")}
    assert names == tests


@pytest.mark.parametrize("path", CASSETTES, ids=[p.stem for p in CASSETTES])
def test_cassette_requests_and_responses_match_the_spec(path: Path):
    """Requests validate (except the deliberate 422), responses and every stream chunk too."""
    for item in load_cassette(path):
        assert item.path == "/v1/chat/completions"
        if item.status != 422:
            assert errors("ChatCompletionRequest", item.request_json()) == [], item.source
        if item.status == 200 and item.is_sse:
            chunks = item.sse_chunks()
            assert chunks, item.source
            for chunk in chunks:
                assert errors("CompletionChunk", chunk) == [], item.source
        elif item.status == 200:
            assert errors("ChatCompletionResponse", item.response_json()) == [], item.source
        elif item.status == 422:
            assert errors("HTTPValidationError", item.response_json()) == [], item.source


def test_check_cassettes_passes_on_ours_and_catches_a_planted_key(tmp_path: Path):
    """`make check-cassettes` is clean on tests/cassettes and fails on a key-like string."""
    script = ROOT / "scripts" / "check_cassettes.py"
    clean = subprocess.run(
        [sys.executable, script, ROOT / "tests" / "cassettes"], capture_output=True, text=True
    )
    assert clean.returncode == 0, clean.stdout
    planted = tmp_path / "leak.yaml"
    planted.write_text(
        "interactions:\n- request:\n    headers:\n      Authorization:\n      - Bearer abc\n"
        '    body: \'{"key": "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4F"}\'\n'
    )
    leaky = subprocess.run([sys.executable, script, tmp_path], capture_output=True, text=True)
    assert leaky.returncode == 1
    assert "leak.yaml:4: authorization header" in leaky.stdout
    assert "leak.yaml:6: key-like string" in leaky.stdout
