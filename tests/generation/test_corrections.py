"""spec/corrections.yaml: how it is applied, and that each correction is proven by a recording.

A correction changes Mistral's published document only where real recorded traffic says the
document is wrong. These tests keep that promise: every cited recording exists, and each
correction is either needed for the recordings to validate (the published document without it
rejects one of them) or declares what the recordings carry (its fields or values are in them).
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from scripts import corrections
from scripts import prepare_spec as ps
from tests.upstream import UPSTREAM_CASSETTES, Interaction, load_file, require_shared

ROOT = Path(__file__).resolve().parents[2]
ACTIONS = corrections.load(ps.CORRECTIONS)


def overlay_file(tmp_path: Path, actions: list[dict[str, Any]]) -> Path:
    path = tmp_path / "corrections.yaml"
    document = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def applied(document: Any, actions: list[dict[str, Any]], tmp_path: Path) -> corrections.Applied:
    return corrections.apply(document, corrections.load(overlay_file(tmp_path, actions)))


# ----------------------------------------------------------------------------- applying


def test_update_merges_objects_appends_to_arrays_and_remove_removes(tmp_path: Path):
    document = {
        "s": {"A": {"required": ["x", "data"], "properties": {"x": {"type": "string"}}}},
    }
    result = applied(
        document,
        [
            {"target": "$.s.A.properties", "update": {"p": {"type": "string"}}},
            {"target": "$.s.A.properties.x", "update": {"description": "X"}},
            {"target": "$.s.A.required", "update": "p"},
            {"target": "$.s.A.required[?@ == 'data']", "remove": True},
        ],
        tmp_path,
    )
    assert document == {
        "s": {
            "A": {
                "required": ["x", "p"],
                "properties": {
                    "x": {"type": "string", "description": "X"},
                    "p": {"type": "string"},
                },
            }
        }
    }
    assert result.stale == []
    assert len(result.lines) == 4


def test_stale_correction_is_listed_and_generation_goes_on(tmp_path: Path):
    """A target Mistral fixed or moved selects nothing: reported on stdout, never dropped silently."""
    spec = tmp_path / "spec.yaml"
    spec.write_text((ROOT / "openapi.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    stale = overlay_file(
        tmp_path,
        [{"target": "$.components.schemas.NoSuchSchema.required", "update": "x"}],
    )
    result = subprocess.run(
        [sys.executable, "scripts/prepare_spec.py", "repair", str(spec), str(tmp_path / "o.json"),
         "--corrections", str(stale)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "[corrections] STALE #1 $.components.schemas.NoSuchSchema.required" in result.stdout


def test_conflicting_correction_fails_generation_in_one_line(tmp_path: Path):
    spec = tmp_path / "spec.yaml"
    spec.write_text((ROOT / "openapi.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    conflicting = overlay_file(
        tmp_path,
        [
            {
                "target": "$.components.schemas.ChatCompletionRequest.properties.model.type",
                "update": {"oops": True},
            }
        ],
    )
    result = subprocess.run(
        [sys.executable, "scripts/prepare_spec.py", "generate", str(spec), str(tmp_path / "out"),
         "--corrections", str(conflicting)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "#1 $.components.schemas.ChatCompletionRequest.properties.model.type" in lines[0]
    assert "conflicts" in lines[0]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("action", "complaint"),
    [
        ({"target": "$.a"}, "needs exactly one of"),
        ({"target": "$.a", "update": {}, "remove": True}, "needs exactly one of"),
        ({"update": {}}, "has no `target`"),
        ({"target": "$[", "update": {}}, "invalid JSONPath"),
    ],
)
def test_malformed_action_is_refused_naming_it(
    tmp_path: Path, action: dict[str, Any], complaint: str
):
    with pytest.raises(corrections.CorrectionError, match=re.escape(complaint)):
        corrections.load(overlay_file(tmp_path, [action]))


def test_every_correction_applies_to_the_vendored_spec():
    """None of ours is stale on the spec we vendor (a stale one must be deleted or re-aimed)."""
    document = ps.load_spec(ROOT / "openapi.yaml")
    assert corrections.apply(document, ACTIONS).stale == []


# ----------------------------------------------------------------------------- evidence


@cache
def interaction(cited: str) -> Interaction:
    name, _, index = cited.partition("#")
    return load_file(UPSTREAM_CASSETTES / name)[int(index or 0)]


def bodies(recorded: Interaction) -> list[Any]:
    """The JSON a recording holds: its request body, and its response or stream chunks."""
    found: list[Any] = []
    if recorded.request_body:
        with contextlib.suppress(ValueError):
            found.append(recorded.request_json())
    found.extend(recorded.sse_chunks() if recorded.is_sse else [recorded.response_json()])
    return found


def mentions(node: Any, word: str) -> bool:
    """WORD is a key or a string value somewhere in NODE."""
    if isinstance(node, dict):
        return word in node or any(mentions(v, word) for v in node.values())
    if isinstance(node, list):
        return any(mentions(v, word) for v in node)
    return node == word


@cache
def published() -> Any:
    return ps.load_spec(ROOT / "openapi.yaml")


def operation_schema(document: Any, recorded: Interaction, part: str) -> Any:
    """The schema the recording's request body or response must fit, in DOCUMENT."""
    for template, item in document["paths"].items():
        pattern = "^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$"
        operation = item.get(recorded.method.lower())
        if operation is None or not re.match(pattern, recorded.path.split("?")[0]):
            continue
        if part == "request":
            return operation["requestBody"]["content"]["application/json"]["schema"]
        response = operation["responses"].get(str(recorded.status))
        if response is None:
            return False  # the status is not declared: nothing validates
        media = "text/event-stream" if recorded.is_sse else "application/json"
        schema = response["content"][media]["schema"]
        if recorded.is_sse:
            event = schema
            if "$ref" in event:
                event = document["components"]["schemas"][event["$ref"].rsplit("/", 1)[1]]
            schema = event["properties"]["data"]
        return schema
    raise AssertionError(f"{recorded.source}: no operation for {recorded.method} {recorded.path}")


def valid(document: Any, recorded: Interaction) -> bool:
    components = document["components"]
    checks = []
    if recorded.request_body and "json" in recorded.request_headers.get("content-type", "json"):
        checks.append((operation_schema(document, recorded, "request"), recorded.request_json()))
    response = operation_schema(document, recorded, "response")
    for body in recorded.sse_chunks() if recorded.is_sse else [recorded.response_json()]:
        checks.append((response, body))
    for schema, instance in checks:
        if schema is False:
            return False
        if not Draft202012Validator({**schema, "components": components}).is_valid(instance):
            return False
    return True


def proposed(action: corrections.Action) -> list[str]:
    """The field names or values an action declares (what the recordings must carry)."""
    if isinstance(action.update, str):
        return [action.update]
    if isinstance(action.update, dict) and action.target.endswith(".properties"):
        return list(action.update)
    return []


@pytest.mark.parametrize("action", ACTIONS, ids=[f"#{a.index}" for a in ACTIONS])
def test_correction_cites_recordings_that_prove_it(action: corrections.Action):
    """Needed for a cited recording to validate, or what it declares is in the recordings."""
    require_shared()
    assert action.evidence, f"{action.label()}: no x-evidence"
    cited = [interaction(c) for c in action.evidence]  # each one exists
    without = copy.deepcopy(published())
    corrections.apply(without, [a for a in ACTIONS if a is not action])
    if not all(valid(without, recorded) for recorded in cited):
        return  # without this correction a cited recording is rejected: proven
    words = proposed(action)
    assert words, f"{action.label()}: every cited recording validates without it"
    for recorded in cited:
        assert any(mentions(body, w) for body in bodies(recorded) for w in words), (
            f"{action.label()}: {recorded.source} carries none of {words}"
        )
    covered = {w for w in words for r in cited for body in bodies(r) if mentions(body, w)}
    assert covered == set(words), (
        f"{action.label()}: no cited recording carries {set(words) - covered}"
    )


def test_evidence_paths_are_relative_to_the_upstream_cassettes():
    for action in ACTIONS:
        for cited in action.evidence:
            assert re.fullmatch(r"[\w.-]+__[\w.-]+/.+\.ya?ml(#\d+)?", cited), cited


def test_prepared_document_in_the_package_has_the_corrections():
    """The document the server and contract tests use is the corrected one."""
    prepared = json.loads((ROOT / "generated" / "_mistral_api" / "openapi.json").read_text())
    choice = prepared["components"]["schemas"]["ChatCompletionChoice"]
    assert "message" in choice["required"]
