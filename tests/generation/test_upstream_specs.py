"""Mistral's own published specs (../shared/openapi-upstream): the overlay keeps its promise on each.

Every older spec that generates (all but the 2026-03-20 one, committed with git conflict markers,
which is refused) is vendored with `make update-spec` into a copy of the project, once per
session, and on the package it generates:
- the generated package alone sends a real recorded chat request and decodes the recorded answer;
- the README's chat examples run as pasted, against the embedded server;
- the overlay's unit suite passes (`pytest tests/unit -m "not own_spec"`, one run per spec: the
  `own_spec` tests check facts only the vendored spec states).
The newest spec is the vendored openapi.yaml itself, whose package is this tree's generated/.
On 2026-07-15, content chunks of a type the spec does not list decode to the
UnknownContentChunk catch-all the repairs add.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mistral_client.testing import running_server
from tests.e2e.test_readme import BLOCKS
from tests.upstream import UPSTREAM_SPECS, chat_interactions, require_shared

from .test_pipeline import ROOT, run_generate
from .test_update_spec import copy_project, update_spec

VENDORED = "mistral-openapi-2026-08-13-50c1afe7.yaml"
OLDER_SPECS = [
    pytest.param(name, id=name[16:26])
    for name in (
        "mistral-openapi-2023-12-20-1d0aa846.yaml",
        "mistral-openapi-2024-06-05-2e1eae24.yaml",
        "mistral-openapi-2025-08-20-e4b8d9b9.yaml",
        "mistral-openapi-2026-07-15-2f0dd463.yaml",
    )
]
CONFLICTED = "mistral-openapi-2026-03-20-bc1609ef.yaml"
# The client package (the overlay) needs chat with its streamed variant and the message union
# as the specs have them from 2025 on; the two first specs generate (checked above) but their
# chat has neither (2023-12: no text/event-stream answer; 2024-06: messages not a union).
OVERLAY_SPECS = [
    p
    if p.id >= "2025"
    else pytest.param(
        *p.values,
        id=p.id,
        marks=pytest.mark.skip(
            reason="the overlay needs chat streaming and the message union of Mistral's specs "
            "from 2025 on; this spec is checked by generation and its own chat round trip only"
        ),
    )
    for p in OLDER_SPECS
]
NEWEST_ROOT_SPEC = "mistral-openapi-2026-07-15-2f0dd463.yaml"
CHAT_EXAMPLES = [
    pytest.param(code, id=f"readme-block-{n}")
    for n, code in enumerate(BLOCKS)
    if "client.chat." in code
]

# Runs in a fresh interpreter with only the generated package on the path: walk the generated
# resource tree for the method that POSTs .../chat/completions, call it with the recorded request's
# fields as keywords through a recording transport, and decode the recorded response with it.
EXERCISE_CHAT = textwrap.dedent(
    """
    import inspect, json, sys
    import _mistral_api.api as api
    from _mistral_api.types import model_fields

    request_body, response_body = json.loads(sys.stdin.read())
    sent = []

    class Recording:
        def build(self, builder, arguments):
            return builder(**arguments)

        def send(self, request, options):
            sent.append(request)
            return request.decode(response_body)

    def walk(node, seen=()):
        for name, value in inspect.getmembers(type(node)):
            if name.startswith("_") or name == "with_raw_response":
                continue
            if inspect.isfunction(value) and not name.endswith("_async"):
                yield getattr(node, name)
            elif not inspect.isfunction(value) and type(value).__name__ == "cached_property":
                yield from walk(getattr(node, name))

    found = None
    for method in walk(api.Resources(Recording())):
        parameters = inspect.signature(method).parameters
        flat = "messages" in parameters and "model" in parameters
        if not flat and "ChatCompletionRequest" not in str(parameters.get("body", "")):
            continue
        import _mistral_api.models as models
        body = models.ChatCompletionRequest.from_dict(request_body)
        if flat:
            fields = model_fields(models.ChatCompletionRequest)
            kwargs = {name: getattr(body, name) for name in fields if name in parameters}
        else:
            kwargs = {"body": body}
        try:
            parsed = method(**kwargs)
        except Exception:
            continue
        if sent and sent[-1].path.endswith("/chat/completions") and not sent[-1].stream:
            found = method
            break
    assert found is not None, "no chat completions operation"
    request = sent[-1]
    assert request.method == "POST", request
    assert request.json["messages"] == request_body["messages"], (request.json, request_body)
    assert parsed is not None and type(parsed).__name__ != "HTTPValidationError", parsed
    content = parsed.choices[0].message.content
    assert content == response_body["choices"][0]["message"]["content"], content
    print(request.operation_id, found.__qualname__, type(parsed).__name__)
    """
)


# A response and a stream delta whose content lists hold a chunk type no spec version knows,
# inside the content and inside a thinking chunk, beside known ones: every item must decode to
# a generated class (known types to their own), and to_dict() must give the input back.
EXERCISE_UNKNOWN_CHUNKS = textwrap.dedent(
    """
    import json, sys
    from _mistral_api.models import ChatCompletionResponse, CompletionChunk

    content = [
        {"type": "text", "text": "a"},
        {"type": "hologram", "uri": "h://x", "depth": 3, "meta": {"k": [1, None]}},
        {"type": "image_url", "image_url": {"url": "https://x/y.png"}},
        {"type": "thinking", "thinking": [{"type": "text", "text": "t"}, {"type": "mind", "m": 1}]},
    ]
    response = {
        "id": "r", "object": "chat.completion", "model": "m", "created": 1,
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
    }
    delta = {
        "id": "c", "object": "chat.completion.chunk", "model": "m", "created": 1,
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}],
    }
    decoded = ChatCompletionResponse.from_dict(response)
    chunk = CompletionChunk.from_dict(delta)
    result = {}
    for name, items, whole, source in [
        ("response", decoded.choices[0].message.content, decoded, response),
        ("delta", chunk.choices[0].delta.content, chunk, delta),
    ]:
        result[name] = {
            "types": [type(item).__name__ for item in items],
            "thinking": [type(part).__name__ for part in items[3].thinking],
            "items": [item.to_dict() for item in items],
            "whole": whole.to_dict() == source,
        }
    print(json.dumps({"content": content, **result}))
    """
)


def recorded_plain_chat() -> tuple[dict[str, object], dict[str, object]]:
    for interaction in chat_interactions():
        if interaction.status == 200 and not interaction.is_sse:
            body = interaction.request_json()
            if isinstance(body["messages"][0]["content"], str) and not body.get("tools"):
                return body, interaction.response_json()
    raise AssertionError("no plain recorded chat completion")


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The copy of the project an upstream spec was vendored into, made once per session."""
    done: dict[str, Path] = {}

    def get(name: str) -> Path:
        require_shared()
        if name not in done:
            project = copy_project(tmp_path_factory.mktemp("upstream") / "project")
            result = update_spec(project, "vendor", UPSTREAM_SPECS / name)
            assert result.returncode == 0, result.stderr[-3000:]
            done[name] = project
        return done[name]

    return get


def package_of(vendored: Callable[[str], Path], name: str) -> Path:
    """The folder holding the `_mistral_api` generated from NAME (this tree's for the vendored)."""
    if name == VENDORED:
        require_shared()
        published = hashlib.sha256((UPSTREAM_SPECS / name).read_bytes()).hexdigest()
        ours = hashlib.sha256((ROOT / "openapi.yaml").read_bytes()).hexdigest()
        assert published == ours, "openapi.yaml is no longer Mistral's 2026-08-13 spec"
        return ROOT / "generated"
    return vendored(name) / "generated"


def overlay_env(package: Path, **extra: str) -> dict[str, str]:
    """The environment of a process using this overlay on the package in PACKAGE."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env.pop("COVERAGE_PROCESS_START", None)
    env["PYTHONPATH"] = os.pathsep.join([str(package), str(ROOT / "overlay")])
    return {**env, **extra}


def run_in_package(out: Path, script: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """SCRIPT in a fresh interpreter with only the generated package in OUT on the path."""
    return subprocess.run(
        [sys.executable, "-c", script],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=out,
        env={"PYTHONPATH": str(out), "PATH": ""},
        check=False,
    )


@pytest.mark.parametrize("name", [*OLDER_SPECS, pytest.param(VENDORED, id="2026-08-13")])
def test_upstream_spec_generates_and_its_chat_round_trips_real_traffic(
    vendored: Callable[[str], Path], name: str
):
    """The package alone (no overlay) sends a recorded chat request and decodes its answer."""
    out = package_of(vendored, name)
    report = out / "_mistral_api.repairs.txt"
    print(f"{name}: {len(report.read_text().splitlines()) if report.exists() else 0} repairs")
    exercised = run_in_package(out, EXERCISE_CHAT, json.dumps(recorded_plain_chat()))
    assert exercised.returncode == 0, exercised.stderr[-3000:]
    assert "chat_completion" in exercised.stdout


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with running_server() as url:
        yield url


@pytest.mark.parametrize("code", CHAT_EXAMPLES)
@pytest.mark.parametrize("name", OVERLAY_SPECS)
def test_readme_chat_example_runs_on_package_from_older_spec(
    vendored: Callable[[str], Path], server_url: str, tmp_path: Path, name: str, code: str
):
    """The README's chat example, as pasted, on the overlay over NAME's package: no error output."""
    env = overlay_env(
        vendored(name) / "generated", MISTRAL_API_KEY="any-key", MISTRAL_BASE_URL=server_url
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""


@pytest.mark.parametrize("name", OVERLAY_SPECS)
def test_overlay_unit_suite_passes_on_package_from_older_spec(
    vendored: Callable[[str], Path], name: str
):
    """`pytest tests/unit -m "not own_spec"` with NAME's package first on the path passes."""
    package = vendored(name) / "generated"
    env = overlay_env(package)
    probe = [sys.executable, "-c", "import _mistral_api; print(_mistral_api.__file__)"]
    where = subprocess.run(probe, env=env, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(package)), where
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/unit", "-q", "-m", "not own_spec", "-p", "no:cov"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    print(f"{name}: {lines[-1] if lines else result.stderr[-300:]}")
    failed = [line for line in lines if line.startswith(("FAILED", "ERROR"))]
    problem = (
        f"{len(failed)} unit test(s) fail on the package from {name} (mark those that check "
        "facts of the vendored spec only `own_spec`, or fix the overlay):\n"
        + "\n".join(failed[:15])
        if failed
        else f"the unit suite does not run on the package from {name}:\n"
        + "\n".join((lines or result.stderr.splitlines())[-15:])
    )
    assert result.returncode == 0, problem
    assert " passed" in lines[-1]


def test_unknown_chunk_types_stay_typed_on_package_from_mistrals_newest_root_spec(
    vendored: Callable[[str], Path],
):
    """Issue 8: on Mistral's 2026-07-15 spec, a new chunk type is an UnknownContentChunk.

    Its known siblings keep their classes, in a response and in a stream delta, and every item's
    to_dict() gives back what came in (the closed upstream union made them all raw dicts).
    """
    exercised = run_in_package(vendored(NEWEST_ROOT_SPEC) / "generated", EXERCISE_UNKNOWN_CHUNKS)
    assert exercised.returncode == 0, exercised.stderr[-3000:]
    result = json.loads(exercised.stdout)
    for name in ("response", "delta"):
        seen = result[name]
        assert seen["types"] == ["TextChunk", "UnknownContentChunk", "ImageURLChunk", "ThinkChunk"]
        assert seen["thinking"] == ["TextChunk", "UnknownContentChunk"]
        assert seen["items"] == result["content"]
        assert seen["whole"], name


def test_upstream_spec_with_conflict_markers_is_refused(tmp_path: Path):
    """The 2026-03-20 spec was committed mid-merge: refused with the line, nothing written."""
    require_shared()
    out = tmp_path / "out"
    result = run_generate(UPSTREAM_SPECS / CONFLICTED, out)
    assert result.returncode == 2
    assert f"{CONFLICTED}:3647: git merge-conflict marker '<<<<<<< HEAD'" in result.stderr
    assert not out.exists()
