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
