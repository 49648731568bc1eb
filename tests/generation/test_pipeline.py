"""`make generate` / `make check-generated`: deterministic output, clear refusals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "prepare_spec.py"
COMMITTED = ROOT / "generated" / "_mistral_api"


def run_generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "generate", str(spec), str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        cwd=out.parent,
    )


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def fresh_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("elsewhere") / "out"
    result = run_generate(ROOT / "openapi.yaml", out)
    assert result.returncode == 0, result.stderr
    return out / "_mistral_api"


def test_generate_outside_repo_matches_committed_bytes(fresh_output: Path):
    """Generating from another folder gives exactly the committed generated/ (no drift, no config leak)."""
    assert tree(fresh_output) == tree(COMMITTED)


def test_generate_twice_is_byte_identical(fresh_output: Path, tmp_path: Path):
    """Two runs produce the same bytes."""
    result = run_generate(ROOT / "openapi.yaml", tmp_path / "again")
    assert result.returncode == 0, result.stderr
    assert tree(tmp_path / "again" / "_mistral_api") == tree(fresh_output)


# What Mistral's published 2026-08-13 document gets wrong for the generator, by repair: the
# report must list these kinds and no other (a new kind means Mistral changed something: read it).
KNOWN_REPAIRS = {
    "corrections": "spec/corrections.yaml: what recorded traffic proves the spec wrong about",
    "duplicate_enum_values": "StaticWorkspaceRoles lists a value twice",
    "inline_enum_allof": "the upload form's `visibility` is an allOf of one inline enum",
    "list_unions": "moderation's `input`: a union of two arrays (isinstance cannot tell them apart)",
    "path_fragments": "`#stream`, `#id` and `#idOrName` path keys",
    "unknown_media_types": "the voice sample is `audio/wav`",
    "local_defs": "`#/$defs` refs inside the speech stream's schema (its validation error)",
    "open_content_chunks": "closed unions of content chunks (ours: new chunk types decode)",
    "titles": "titles naming two models alike (the generator would drop both)",
    "allof_redeclarations": "conversation requests narrow `stream` in an allOf",
    "closed_schemas": "additionalProperties: false (ours: fields the server adds are kept; "
    "the oneOfs naming an opened schema become anyOfs, the chat `tools` among them)",
}


def test_generate_vendored_spec_repairs_exactly_the_known_published_errors(fresh_output: Path):
    """The report lists every change, of the kinds Mistral's document is known to need."""
    report = (fresh_output.parent / "_mistral_api.repairs.txt").read_text().splitlines()
    kinds = {line.split("]", 1)[0].removeprefix("[") for line in report}
    assert kinds == set(KNOWN_REPAIRS)
    speech = "/paths/~1v1~1audio~1speech/post/responses/200/content/text~1event-stream/schema"
    wav = "/paths/~1v1~1audio~1voices~1{voice_id}~1sample/get/responses/200/content/audio~1wav"
    for line in (
        f"[local_defs] {speech}/$defs: 8 definition(s) moved to components, 11 ref(s) rewritten",
        f"[unknown_media_types] {wav}: -> application/octet-stream",
        "[duplicate_enum_values] /components/schemas/StaticWorkspaceRoles/enum: 1 repeated "
        "value(s) removed",
    ):
        assert line in report
    assert (COMMITTED.parent / "_mistral_api.repairs.txt").read_text().splitlines() == report


def test_generated_package_has_py_typed_and_do_not_edit_note():
    """The post-hook writes py.typed and the package docstring says how to regenerate."""
    assert (COMMITTED / "py.typed").exists()
    assert "make generate" in (COMMITTED / "__init__.py").read_text()


BAD_SPECS = [
    pytest.param("a: [unclosed\n", "not valid YAML", id="not-yaml"),
    pytest.param("just: a mapping\n", "not an OpenAPI 3 document", id="not-openapi"),
    pytest.param("- a list\n", "not an OpenAPI 3 document", id="yaml-list"),
    pytest.param(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: '#/components/schemas/Gone'}\n",
        "$ref '#/components/schemas/Gone' at /paths/~1x/get/responses/200/content/"
        "application~1json/schema points to nothing",
        id="missing-ref",
    ),
    pytest.param(
        "openapi: 3.1.0\n<<<<<<< HEAD\ninfo: {}\n=======\n>>>>>>> other\npaths: {}\n",
        ":2: git merge-conflict marker '<<<<<<< HEAD'",
        id="conflict-markers",
    ),
    pytest.param(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n"
        "      requestBody:\n        content:\n          application/json: {}\n"
        "      responses:\n        '204': {description: ok}\n",
        "openapi-python-client failed (exit 1): 1 problem(s): WARNING parsing POST /x within"
        " default. Endpoint will not be generated: Missing schema",
        id="generator-warning",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_SPECS)
def test_generate_bad_spec_fails_with_one_line_and_writes_nothing(
    tmp_path: Path, text: str, message: str
):
    """A spec that cannot be repaired: exit 2, one clear line naming the problem, no output folder."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    out = tmp_path / "out"
    result = run_generate(spec, out)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_generate_failure_keeps_previous_output(tmp_path: Path):
    """A refused spec leaves an existing output folder as it was."""
    out = tmp_path / "out"
    (out / "_mistral_api").mkdir(parents=True)
    (out / "_mistral_api" / "marker.py").write_text("kept = True\n")
    spec = tmp_path / "spec.yaml"
    spec.write_text("not: openapi\n")
    assert run_generate(spec, out).returncode == 2
    assert (out / "_mistral_api" / "marker.py").read_text() == "kept = True\n"
