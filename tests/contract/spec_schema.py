"""JSON Schema validators for the prepared spec's schemas (OpenAPI 3.1 is JSON Schema 2020-12).

The prepared spec is Mistral's openapi.yaml with our corrections and repairs applied, as
`make generate` writes it into the package (`_mistral_api/openapi.json`).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

import _mistral_api

SPEC = Path(_mistral_api.__file__).parent / "openapi.json"


@cache
def _components() -> dict[str, Any]:
    return dict(json.loads(SPEC.read_text(encoding="utf-8"))["components"])


@cache
def validator(schema_name: str) -> Draft202012Validator:
    """A validator for `#/components/schemas/<schema_name>` with every $ref resolvable."""
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema_name}", "components": _components()}
    )


def errors(schema_name: str, instance: Any) -> list[str]:
    """Readable validation errors: `<json path>: <message>`."""
    return [
        f"{e.json_path}: {e.message[:200]}" for e in validator(schema_name).iter_errors(instance)
    ]


@cache
def _spec() -> dict[str, Any]:
    return dict(json.loads(SPEC.read_text(encoding="utf-8")))


def operation_errors(
    method: str, path: str, instance: Any, *, response: int | None = None
) -> list[str]:
    """Errors of INSTANCE against an operation's request body (or its RESPONSE status's body).

    Through the operation, not a schema name: Mistral renames schemas (BatchJobIn -> BatchJob…).
    """
    operation = _spec()["paths"][path][method.lower()]
    if response is None:
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
    else:
        schema = operation["responses"][str(response)]["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**schema, "components": _components()})
    return [f"{e.json_path}: {e.message[:200]}" for e in validator.iter_errors(instance)]
