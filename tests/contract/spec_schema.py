"""JSON Schema validators for the prepared spec's schemas (OpenAPI 3.1 is JSON Schema 2020-12).

The prepared spec is Mistral's openapi.yaml with our corrections and repairs applied, as
`make generate` writes it into the package (`_mistral_api/openapi.json`). Besides validators by
component name, `Spec` finds the operation a recorded request was sent to and the schemas of
its body and of its answer (per status and media type; each event's `data` for a stream), so
recorded traffic of any operation can be validated, against the prepared spec or against
another document (tests/generation/test_corrections.py: the spec without one correction), and
`model_for` names the generated model the client decodes a body with.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

import _mistral_api
import _mistral_api.models
from mistral_client.testing.cassettes import Interaction
from scripts.prepare_spec import model_class

SPEC = Path(_mistral_api.__file__).parent / "openapi.json"
EVENT_STREAM = "text/event-stream"


@dataclass(frozen=True)
class Body:
    """One JSON value of a recorded interaction and the schema that describes it.

    `where` is `request`, `answer` or `event <n>`; `model_node` is the schema whose generated
    model decodes it (for an event, the event schema, whose `data` the value is); `decodable`
    is false for a multipart form, which no model reads back.
    """

    where: str
    node: dict[str, Any]
    instance: Any
    model_node: dict[str, Any]
    operation_id: str
    decodable: bool = True


@dataclass
class Bodies:
    """What of a recorded interaction the spec describes, and what it leaves undescribed."""

    operation_id: str | None
    bodies: list[Body]
    problems: list[str]
    undeclared_status: bool = False
    empty_stream: bool = False


class Spec:
    """An OpenAPI document (the prepared spec by default) as validators of recorded traffic."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    @cached_property
    def _components(self) -> dict[str, Any]:
        return dict(self.document["components"])

    def node_errors(self, node: dict[str, Any], instance: Any) -> list[str]:
        """Readable validation errors of INSTANCE against NODE: `<json path>: <message>`."""
        validator = Draft202012Validator({**node, "components": self._components})
        return [f"{e.json_path}: {e.message[:200]}" for e in validator.iter_errors(instance)]

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """NODE with its `$ref`s followed."""
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    @cached_property
    def _operations(self) -> list[tuple[re.Pattern[str], str, str, dict[str, Any]]]:
        found = []
        for template, item in self.document["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{[^}/]+\}", "[^/]+", template) + "$")
            for method, spec in item.items():
                if isinstance(spec, dict) and "responses" in spec:
                    found.append((pattern, template, method.upper(), spec))
        # Literal paths first: /v1/batch/jobs before /v1/batch/{x}/...
        return sorted(found, key=lambda entry: entry[1].count("{"))

    def operation(self, method: str, path: str) -> dict[str, Any] | None:
        """The operation that METHOD PATH calls."""
        for pattern, _template, verb, spec in self._operations:
            if verb == method.upper() and pattern.match(path):
                return spec
        return None

    def bodies(self, item: Interaction) -> Bodies:
        """The request body, the answer or each stream event of ITEM with their schemas."""
        op = self.operation(item.method, item.path)
        if op is None:
            return Bodies(None, [], [f"no operation of the spec is {item.method} {item.path}"])
        op_id = str(op["operationId"])
        found = Bodies(op_id, [], [])
        if item.request_body:
            # Six openinference recordings dropped the request headers; their bodies are JSON.
            content_type = item.request_headers.get("content-type") or "application/json"
            media = ((op.get("requestBody") or {}).get("content") or {}).get(_bare(content_type))
            if media is None:
                found.problems.append(f"request: {op_id} declares no {content_type} body")
            elif _bare(content_type) == "multipart/form-data":
                form = self.multipart_form(content_type, item.request_body, media["schema"])
                found.bodies.append(Body("request", media["schema"], form, media["schema"],
                                         op_id, decodable=False))  # fmt: skip
            else:
                found.bodies.append(
                    Body("request", media["schema"], item.request_json(), media["schema"], op_id)
                )
        content_type = item.response_headers.get("content-type", "")
        response = (op.get("responses") or {}).get(str(item.status)) or {}
        media = (response.get("content") or {}).get(_bare(content_type))
        if media is None:
            found.undeclared_status = True
        elif _bare(content_type) == EVENT_STREAM:
            data = self.resolve(media["schema"])["properties"]["data"]
            events = item.sse_chunks()
            found.empty_stream = not events
            for number, event in enumerate(events):
                found.bodies.append(Body(f"event {number}", data, event, media["schema"], op_id))
        else:
            found.bodies.append(
                Body("answer", media["schema"], item.response_json(), media["schema"], op_id)
            )
        return found

    def errors(self, item: Interaction) -> list[str]:
        """Where ITEM's bodies disagree with this document (`<where>: <json path>: <message>`)."""
        found = self.bodies(item)
        return found.problems + [
            f"{body.where}: {error}"
            for body in found.bodies
            for error in self.node_errors(body.node, body.instance)
        ]

    def multipart_form(
        self, content_type: str, body: bytes, node: dict[str, Any]
    ) -> dict[str, Any]:
        """A multipart/form-data body as the JSON instance its schema NODE describes.

        Each part becomes its field; a file part (one with a filename) the string `<N bytes>`, as
        a binary string property takes; a text part is coerced to the type its property declares
        (form fields are text on the wire: `diarize=true` is the boolean true), a repeated field's
        parts to a list. Parts the schema does not name stay strings.
        """
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        properties = self.resolve(node).get("properties") or {}
        form: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True)
            raw = payload if isinstance(payload, bytes) else b""
            types = self._json_types(properties.get(name) or {})
            if part.get_filename() is not None:
                value: Any = f"<{len(raw)} bytes>"
            else:
                value = _coerce(raw.decode("utf-8"), types)
            if "array" in types:
                form.setdefault(name, []).append(value)
            else:
                form[name] = value
        return form

    def _json_types(self, node: dict[str, Any]) -> set[str]:
        node = self.resolve(node)
        kinds = node.get("type")
        found = set(kinds if isinstance(kinds, list) else [kinds] if kinds else [])
        for member in (node.get("anyOf") or []) + (node.get("oneOf") or []):
            found |= self._json_types(member)
        if "array" in found and isinstance(node.get("items"), dict):
            found |= {f"items:{kind}" for kind in self._json_types(node["items"])}
        return found


def _bare(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _coerce(text: str, types: set[str]) -> Any:
    if "array" in types:  # a part of a repeated field: its items' type
        types = {kind.removeprefix("items:") for kind in types if kind.startswith("items:")}
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "integer" in types and re.fullmatch(r"-?\d+", text):
        return int(text)
    if "number" in types and re.fullmatch(r"-?\d+(\.\d+)?", text):
        return float(text)
    return text


@cache
def prepared() -> Spec:
    """The prepared spec of the installed package."""
    return Spec(json.loads(SPEC.read_text(encoding="utf-8")))


def schema(name: str) -> dict[str, Any]:
    """`#/components/schemas/<name>` of the prepared spec."""
    return dict(prepared().document["components"]["schemas"][name])


@cache
def validator(schema_name: str) -> Draft202012Validator:
    """A validator for `#/components/schemas/<schema_name>` with every $ref resolvable."""
    if schema_name not in prepared().document["components"]["schemas"]:
        raise KeyError(
            f"the prepared spec ({SPEC}) has no schema {schema_name!r}: Mistral's document names "
            "it otherwise (see the operation that returns it), or a correction should add it"
        )
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema_name}", "components": prepared()._components}
    )


def errors(schema_name: str, instance: Any) -> list[str]:
    """Readable validation errors: `<json path>: <message>`."""
    return [
        f"{e.json_path}: {e.message[:200]}" for e in validator(schema_name).iter_errors(instance)
    ]


def model_for(node: dict[str, Any], operation_id: str) -> Any:
    """The generated model class of NODE (a schema of the prepared spec): a component by the
    generator's naming (class overrides applied), or an inline object schema, which the
    generator names after its operation and title (`speech_v1_audio_speech_post` +
    `SpeechResponse`)."""
    from openapi_python_client.strings import ClassName

    if "$ref" in node:
        name, _module = model_class(prepared().document, node["$ref"])
    else:
        name = str(ClassName(f"{operation_id}_{node['title']}", "field_"))
    return getattr(_mistral_api.models, name)


def decoded(body: Body) -> Any:
    """BODY decoded with its generated model and encoded again (to_dict()), as the client does:
    a stream's event model is built from the event's SSE fields."""
    model = model_for(body.model_node, body.operation_id)
    if body.where.startswith("event"):
        return model.from_dict({"data": body.instance}).to_dict()["data"]
    return model.from_dict(body.instance).to_dict()
