"""The SDK names table (spec/sdk_names.yaml): every name resolves, and resolving never crashes.

The first tests read the committed package: each name of the table is exported by
mistral_client.models (and .errors for the `error` entries) as exactly what its target resolves
to on the prepared spec. The others run scripts/sdk_names.py on minimal documents: a target the
spec no longer has is reported and left out, a clash with a generated class is reported and the
class keeps its name, and a malformed table names the entry at fault.
"""

from __future__ import annotations

import ast
import builtins
import functools
import json
import operator
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import _mistral_api.models as generated_models
import _mistral_api.types as generated_types
from mistral_client import errors, models
from scripts import prepare_spec as ps
from scripts import sdk_names as sn

ROOT = Path(__file__).resolve().parents[2]
PREPARED = json.loads((ROOT / "generated" / "_mistral_api" / "openapi.json").read_text("utf-8"))
TABLE = sn.load()
RESOLVER = sn.Resolver(PREPARED, ps.load_names(ps.NAMES), ps.model_class)


def runtime(value: sn.Type) -> Any:
    """The Python object a resolved type stands for (what the alias must be)."""
    kind = value[0]
    if kind == "class":
        return getattr(generated_models, value[1])
    if kind == "type":
        return getattr(generated_types, value[1])
    if kind == "prim":
        return getattr(builtins, value[1])
    if kind == "list":
        return list[runtime(value[1])]  # type: ignore[misc]
    return functools.reduce(operator.or_, (runtime(v) for v in value[1]))


MODEL_NAMES = sorted(n for n, t in TABLE.items() if t[0].kind != "error")
ERROR_NAMES = sorted(n for n, t in TABLE.items() if t[0].kind == "error")


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_sdk_model_name_is_what_the_table_resolves_it_to(name: str) -> None:
    """`from mistral_client.models import <SDK name>` gives the class or union of its target."""
    value = RESOLVER.resolve(TABLE[name][0])
    assert getattr(models, name) == runtime(value)
    assert name in models.__all__


@pytest.mark.parametrize("name", ERROR_NAMES)
def test_sdk_error_name_is_the_overlay_error_the_table_names(name: str) -> None:
    """errors.<SDK name> is our exception; models exports it too unless a model has the name."""
    ours = getattr(errors, TABLE[name][0].name)
    assert getattr(errors, name) is ours
    assert name in errors.__all__
    if name in generated_models.__all__:
        assert getattr(models, name) is getattr(generated_models, name)
    else:
        assert getattr(models, name) is ours


def test_every_error_alias_of_the_overlay_is_declared_in_the_table() -> None:
    """errors.py holds no SDK alias the table lacks (the static lines follow the one table)."""
    aliases = {n for n in errors.__all__ if getattr(errors, n).__name__ != n}
    assert aliases == {n for n in ERROR_NAMES if n != TABLE[n][0].name}


def test_every_exported_model_name_resolves() -> None:
    """Each name of mistral_client.models.__all__ is an attribute (a fresh interpreter)."""
    code = (
        "import mistral_client.models as m\n"
        "missing = [n for n in m.__all__ if not hasattr(m, n)]\n"
        "assert not missing, missing\n"
        "assert m.__all__ == sorted(m.__all__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ----------------------------------------------------------------------------- the resolver

DOCUMENT = {
    "openapi": "3.1.0",
    "paths": {
        "/v1/jobs": {
            "post": {
                "operationId": "create_job",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/JobIn"}}
                    }
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Job"}}
                        }
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "JobIn": {
                "type": "object",
                "properties": {
                    "requests": {
                        "anyOf": [
                            {"type": "array", "items": {"$ref": "#/components/schemas/Req"}},
                            {"type": "null"},
                        ]
                    },
                    "stop": {"anyOf": [{"type": "string"}, {"type": "array", "items": {}}]},
                },
            },
            "Req": {"type": "object", "properties": {"body": {"type": "object"}}},
            "Job": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"properties": {"status": {"type": "string", "enum": ["A", "B"]}}},
                ]
            },
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
        }
    },
}
NAMES = {"create_job": ps.NameEntry(name="jobs.create")}


def class_of(_document: Any, ref: str) -> tuple[str, str]:
    return ref.rsplit("/", 1)[1], ""


def package(tmp_path: Path, classes: list[str]) -> Path:
    """A stand-in generated package: models/__init__.py's __all__ and types.py."""
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "__init__.py").write_text(f"__all__ = {tuple(classes)!r}\n")
    (tmp_path / "types.py").write_text("class File:\n    pass\n")
    return tmp_path


def emit(tmp_path: Path, table: str, classes: list[str]) -> tuple[list[str], str]:
    (tmp_path / "table.yaml").write_text(table)
    (tmp_path / "pkg").mkdir()
    out = package(tmp_path / "pkg", classes)
    report = sn.emit(DOCUMENT, out, NAMES, class_of, tmp_path / "table.yaml")
    return report, (out / sn.MODULE).read_text()


def aliases_in(module: str) -> set[str]:
    tree = ast.parse(module)
    (names,) = [
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__"
    ]
    return set(names)


def test_targets_resolve_through_operations_unions_and_all_of(tmp_path: Path) -> None:
    """A method name, `[]` through a nullable array, allOf fields, an inline enum's class name."""
    table = (
        "JobOut: response jobs.create\n"
        "Request: body jobs.create requests[]\n"
        "Stop: body create_job stop\n"
        "Status: response jobs.create status\n"
        "File: type File\n"
    )
    report, module = emit(tmp_path, table, ["Job", "JobIn", "JobStatus", "Req"])
    assert "sdk name JobOut: alias of Job (response jobs.create)" in report
    assert "sdk name Request: alias of Req (body jobs.create requests[])" in report
    assert any(line.startswith("sdk name Stop: not resolved") for line in report)
    assert "sdk name Status: alias of JobStatus (response jobs.create status)" in report
    assert aliases_in(module) == {"JobOut", "Request", "Status", "File"}
    assert "    JobOut: TypeAlias = Job\n" in module
    assert '"File": lambda: _t.File,' in module


def test_a_target_gone_from_the_spec_is_reported_and_left_out(tmp_path: Path) -> None:
    """No crash: the name is missing from the module and the report says why."""
    table = (
        "Gone: response jobs.delete\n"
        "Renamed: schema OldName\n"
        "Later: [schema OldName, response jobs.create]\n"
        "Absent: response jobs.create\n"
    )
    report, module = emit(tmp_path, table, ["Req"])
    assert (
        "sdk name Gone: not resolved, left out: response jobs.delete: no operation of this spec is jobs.delete"
        in report
    )
    assert "sdk name Renamed: not resolved, left out: schema OldName: no schema OldName" in report
    assert any("sdk name Later:" in line and "Job not generated" in line for line in report)
    assert aliases_in(module) == set()


def test_the_first_target_that_resolves_wins(tmp_path: Path) -> None:
    """An older spec's spelling first, the current one after: the current one is used."""
    report, module = emit(tmp_path, "JobOut: [schema JobOut, response jobs.create]\n", ["Job"])
    assert report == ["sdk name JobOut: alias of Job (response jobs.create)"]
    assert aliases_in(module) == {"JobOut"}


def test_a_generated_class_keeps_its_name(tmp_path: Path) -> None:
    """An SDK name the generator already gives another class is reported, not emitted."""
    table = "Req: response jobs.create\nJob: response jobs.create\n"
    report, module = emit(tmp_path, table, ["Job", "Req"])
    assert report == [
        "sdk name Job: the generated Job (response jobs.create)",
        "sdk name Req: not aliased, the generated class Req keeps the name; the SDK's Req is Job "
        "(response jobs.create)",
    ]
    assert aliases_in(module) == set()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        pytest.param("Job: fetch jobs.create\n", "Job: 'fetch jobs.create': expected", id="kind"),
        pytest.param("Job: body jobs.create requests[\n", "PATH is", id="path"),
        pytest.param("Job: [1]\n", "Job: expected a target", id="not-text"),
        pytest.param("9Job: schema Job\n", "'9Job' is not a Python name", id="name"),
        pytest.param("Job: error SDKError x\n", "takes no PATH", id="error-path"),
    ],
)
def test_a_malformed_table_names_the_entry(tmp_path: Path, table: str, message: str) -> None:
    """Our own file, so an error: which entry, and the form expected."""
    path = tmp_path / "table.yaml"
    path.write_text(table)
    with pytest.raises(sn.SdkNamesError, match=message.replace("[", r"\[")) as caught:
        sn.load(path)
    assert str(path) in str(caught.value)
