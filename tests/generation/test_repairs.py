"""Each spec repair of scripts/prepare_spec.py on a minimal document of the breakage it fixes."""

from __future__ import annotations

from typing import Any

import pytest

from scripts import prepare_spec as ps


def doc(
    schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas or {}}}


def test_python_type_names_become_json_schema_types():
    """`type: int` (Mistral 2023-2024) becomes `integer`, and is reported with its pointer."""
    d = doc({"E": {"type": "object", "properties": {"i": {"type": "int"}, "b": {"type": "bool"}}}})
    report = ps.fix_python_type_names(d)
    props = d["components"]["schemas"]["E"]["properties"]
    assert (props["i"]["type"], props["b"]["type"]) == ("integer", "boolean")
    assert report == [
        "/components/schemas/E/properties/i: type 'int' -> 'integer'",
        "/components/schemas/E/properties/b: type 'bool' -> 'boolean'",
    ]


def test_boolean_required_moves_to_object_required_list():
    """`required: true` on a property is lifted to the object's list; `false` is dropped."""
    d = doc(
        {
            "F": {
                "type": "object",
                "properties": {
                    "a": {"type": "string", "required": True},
                    "b": {"type": "string", "required": False},
                },
            }
        }
    )
    assert len(ps.fix_boolean_required(d)) == 2
    f = d["components"]["schemas"]["F"]
    assert f["required"] == ["a"]
    assert "required" not in f["properties"]["a"]
    assert "required" not in f["properties"]["b"]


def test_boolean_required_on_parameter_schema_moves_to_parameter():
    """A parameter schema's boolean `required` becomes the parameter's own flag."""
    param = {"name": "p", "in": "query", "schema": {"type": "string", "required": True}}
    d = doc(paths={"/x": {"get": {"parameters": [param], "responses": {}}}})
    ps.fix_boolean_required(d)
    assert param == {"name": "p", "in": "query", "schema": {"type": "string"}, "required": True}


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param([{"$ref": "#/a"}], {"$ref": "#/a"}, id="one"),
        pytest.param(
            [{"type": "string"}, {"type": "integer"}],
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            id="two",
        ),
    ],
)
def test_tuple_items_become_one_schema(items: list[Any], expected: dict[str, Any]):
    """List-form `items` (EmbeddingResponse 2025-08) becomes a single schema."""
    d = doc({"A": {"type": "array", "items": items}})
    assert ps.fix_tuple_items(d)
    assert d["components"]["schemas"]["A"]["items"] == expected


def test_duplicate_enum_values_are_removed_keeping_order():
    """A repeated enum value would generate the same member twice."""
    d = doc({"R": {"type": "string", "enum": ["b", "a", "b", None, None]}})
    assert ps.fix_duplicate_enum_values(d) == [
        "/components/schemas/R/enum: 2 repeated value(s) removed"
    ]
    assert d["components"]["schemas"]["R"]["enum"] == ["b", "a", None]


def test_titles_that_collide_with_other_schemas_are_removed():
    """A component titled like another component, or an inline title ~ a component key, loses its title."""
    d = doc(
        {
            "ConversationRequest": {"type": "object", "properties": {}},
            "ConversationRequestBase": {"type": "object", "title": "ConversationRequest"},
            "TextContent": {"type": "object", "title": "TextContent"},
            "Skill": {
                "oneOf": [{"title": "text_content", "properties": {"t": {"type": "string"}}}]
            },
        }
    )
    report = ps.fix_titles(d)
    s = d["components"]["schemas"]
    assert "title" not in s["ConversationRequestBase"]
    assert s["TextContent"]["title"] == "TextContent"
    assert "title" not in s["Skill"]["oneOf"][0]
    assert len(report) == 2


def test_path_fragment_operation_is_merged_into_bare_path():
    """`/v1/chat/completions#stream` is dropped beside its twin; its event-stream response is kept."""
    json_ok = {"200": {"description": "", "content": {"application/json": {"schema": {}}}}}
    sse_ok = {"200": {"description": "", "content": {"text/event-stream": {"schema": {}}}}}
    d = doc(
        paths={
            "/v1/chat/completions": {"post": {"operationId": "complete", "responses": json_ok}},
            "/v1/chat/completions#stream": {"post": {"operationId": "stream", "responses": sse_ok}},
            "/v1/c/{id}#id": {"delete": {"operationId": "delete", "responses": {}}},
        }
    )
    report = ps.fix_path_fragments(d)
    assert set(d["paths"]) == {"/v1/chat/completions", "/v1/c/{id}"}
    post = d["paths"]["/v1/chat/completions"]["post"]
    assert post["operationId"] == "complete"
    assert set(post["responses"]["200"]["content"]) == {"application/json", "text/event-stream"}
    assert d["paths"]["/v1/c/{id}"]["delete"]["operationId"] == "delete"
    assert len(report) == 2


def test_binary_media_type_becomes_octet_stream():
    """`audio/wav` has no decoder in the generator; bytes are what it is."""
    content = {"audio/wav": {"schema": {"type": "string", "format": "binary"}}}
    d = doc(paths={"/s": {"get": {"responses": {"200": {"description": "", "content": content}}}}})
    assert ps.fix_unknown_media_types(d)
    assert list(content) == ["application/octet-stream"]


def test_local_defs_move_to_components_and_refs_follow():
    """`#/$defs/X` refs inside a schema with its own `$defs` are rewired to components."""
    schema = {
        "oneOf": [{"$ref": "#/$defs/Delta"}],
        "discriminator": {"propertyName": "type", "mapping": {"d": "#/$defs/Delta"}},
        "$defs": {
            "Delta": {"type": "object", "properties": {"u": {"$ref": "#/$defs/Usage"}}},
            "Usage": {"type": "object"},
        },
    }
    d = doc({"Usage": {"type": "object", "properties": {"x": {"type": "string"}}}, "S": schema})
    ps.fix_local_defs(d)
    s = d["components"]["schemas"]
    assert schema["oneOf"] == [{"$ref": "#/components/schemas/Delta"}]
    assert schema["discriminator"]["mapping"] == {"d": "#/components/schemas/Delta"}
    assert s["Delta"]["properties"]["u"] == {"$ref": "#/components/schemas/DefsUsage"}
    ps.check_refs(d, ps.Path("x"))


def test_allof_redeclaration_is_flattened_later_wins():
    """allOf narrowing `stream` from bool|None to false becomes one object (generator cannot merge)."""
    d = doc(
        {
            "Base": {
                "type": "object",
                "required": ["inputs"],
                "properties": {
                    "inputs": {"type": "string"},
                    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                },
            },
            "Req": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "properties": {"stream": {"type": "boolean", "enum": [False]}},
                    },
                ]
            },
            "Fine": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "properties": {"x": {}}},
                ]
            },
        }
    )
    assert ps.fix_allof_redeclarations(d) == [
        "/components/schemas/Req/allOf: flattened; later member redeclares stream"
    ]
    req = d["components"]["schemas"]["Req"]
    assert req["properties"]["stream"] == {"type": "boolean", "enum": [False]}
    assert req["required"] == ["inputs"]
    assert "allOf" in d["components"]["schemas"]["Fine"]


def test_closed_schemas_are_opened():
    """`additionalProperties: false` would make generated models drop fields the server adds."""
    d = doc({"U": {"type": "object", "additionalProperties": False}})
    assert ps.fix_closed_schemas(d) == [
        "/components/schemas/U: additionalProperties: false removed"
    ]
    assert d["components"]["schemas"]["U"] == {"type": "object"}


def test_repair_of_clean_document_reports_nothing():
    """Our own openapi.yaml needs no repair at all."""
    document = ps.load_spec(ps.ROOT / "openapi.yaml")
    assert ps.repair(document) == []
