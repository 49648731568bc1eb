"""JSON Schema validators for our openapi.yaml schemas (OpenAPI 3.1 is JSON Schema 2020-12)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


@cache
def _components() -> dict[str, Any]:
    return dict(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"])


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
