"""Each spec repair of scripts/prepare_spec.py on a minimal document of the breakage it fixes."""

from __future__ import annotations

import copy
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


def ok(media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "", "content": {media_type: {"schema": schema}}}}


def test_any_media_type_without_a_codec_becomes_octet_stream_with_binary_schema():
    """`application/x-ndjson` (2026-07 RAG summaries) is generated as raw bytes, not dropped."""
    stream = {"anyOf": [{"$ref": "#/components/schemas/Chunk"}]}
    d = doc(
        {"Chunk": {"type": "object"}},
        paths={
            "/n": {"post": {"responses": ok("application/x-ndjson", stream)}},
            "/x": {
                "post": {
                    "requestBody": {"content": {"application/xml": {"schema": {"type": "string"}}}},
                    "responses": ok("application/problem+json", {"type": "object"}),
                }
            },
            "/t": {"get": {"responses": ok("text/event-stream; charset=utf-8", {})}},
        },
    )
    report = ps.fix_unknown_media_types(d)
    content = d["paths"]["/n"]["post"]["responses"]["200"]["content"]
    assert content == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    body = d["paths"]["/x"]["post"]["requestBody"]["content"]
    assert list(body) == ["application/octet-stream"]
    assert report == [
        "/paths/~1n/post/responses/200/content/application~1x-ndjson: -> application/octet-stream"
        " (raw bytes; the generator has no decoder for it)",
        "/paths/~1x/post/requestBody/content/application~1xml: -> application/octet-stream"
        " (raw bytes; the generator has no decoder for it)",
    ]


def test_media_type_repair_leaves_schema_properties_named_content_alone():
    """Only response and request-body media maps are media types; a `content` property is not."""
    d = doc({"M": {"type": "object", "properties": {"content": {"type": "string"}}}})
    assert ps.fix_unknown_media_types(d) == []


def test_path_parameter_missing_from_template_moves_operation_to_its_path():
    """`DELETE /models` declaring `model_id` (2024-07-01) is `DELETE /models/{model_id}`."""
    param = {"name": "model_id", "in": "path", "required": True, "schema": {"type": "string"}}
    listing = {"operationId": "list", "responses": {}}
    delete = {"operationId": "delete", "parameters": [param], "responses": {}}
    d = doc(paths={"/models": {"get": listing, "delete": delete}})
    assert ps.fix_path_parameters(d) == [
        "/paths/~1models/delete: path parameter(s) model_id not in the path; "
        "moved to /models/{model_id}"
    ]
    assert d["paths"] == {"/models": {"get": listing}, "/models/{model_id}": {"delete": delete}}


def test_path_parameter_missing_from_template_is_removed_when_target_is_taken():
    """When the longer path already has that method, the stray parameter goes instead."""
    param = {"$ref": "#/components/parameters/Id"}
    query = {"name": "q", "in": "query", "schema": {"type": "string"}}
    d = doc(
        paths={
            "/m": {"delete": {"parameters": [param, query], "responses": {}}},
            "/m/{id}": {"delete": {"parameters": [{"name": "id", "in": "path"}], "responses": {}}},
        }
    )
    d["components"]["parameters"] = {"Id": {"name": "id", "in": "path", "required": True}}
    assert ps.fix_path_parameters(d) == [
        "/paths/~1m/delete: path parameter 'id' not in the path; removed"
    ]
    assert d["paths"]["/m"]["delete"]["parameters"] == [query]


def test_undeclared_path_template_name_gets_a_string_parameter():
    """`/files/{file_id}` with no `file_id` parameter would be dropped by the generator."""
    d = doc(paths={"/files/{file_id}": {"get": {"responses": {}}}})
    assert ps.fix_path_parameters(d) == [
        "/paths/~1files~1{file_id}/get: {file_id} in the path is not declared; added (string)"
    ]
    assert d["paths"]["/files/{file_id}"]["get"]["parameters"] == [
        {"name": "file_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]


def chunk(kind: str, **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"type": {"type": "string", "const": kind}, **properties},
    }


def test_closed_content_chunk_unions_get_the_unknown_catch_all():
    """A discriminated oneOf of chunks used as list items opens with UnknownContentChunk last."""
    ref = "#/components/schemas/"
    d = doc(
        {
            "TextChunk": chunk("text", text={"type": "string"}),
            "FileChunk": chunk("file", file_id={"type": "string"}),
            "ContentChunk": {
                "oneOf": [{"$ref": ref + "TextChunk"}, {"$ref": ref + "FileChunk"}],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"text": ref + "TextChunk", "file": ref + "FileChunk"},
                },
            },
            "Message": {
                "type": "object",
                "properties": {
                    "content": {"type": "array", "items": {"$ref": ref + "ContentChunk"}},
                    "parts": {
                        "type": "array",
                        "items": {
                            "anyOf": [{"$ref": ref + "TextChunk"}, {"$ref": ref + "FileChunk"}]
                        },
                    },
                    # One chunk, not a list of them: a request input, left closed.
                    "document": {
                        "anyOf": [{"$ref": ref + "TextChunk"}, {"$ref": ref + "FileChunk"}]
                    },
                },
            },
        }
    )
    report = ps.fix_open_content_chunks(d)
    s = d["components"]["schemas"]
    members = [{"$ref": ref + "TextChunk"}, {"$ref": ref + "FileChunk"}]
    catch_all = {"$ref": ref + "UnknownContentChunk"}
    assert s["ContentChunk"] == {"anyOf": [*members, catch_all]}
    assert s["Message"]["properties"]["parts"]["items"] == {"anyOf": [*members, catch_all]}
    assert s["Message"]["properties"]["document"] == {"anyOf": members}
    assert s["UnknownContentChunk"] == ps.UNKNOWN_CHUNK_SCHEMA
    assert report == [
        "/components/schemas/ContentChunk/oneOf: 2 chunk types, opened with UnknownContentChunk"
        " (oneOf -> anyOf); discriminator removed",
        "/components/schemas/Message/properties/parts/items/anyOf: 2 chunk types, opened with"
        " UnknownContentChunk",
    ]
    assert ps.fix_open_content_chunks(d) == []


def test_generator_output_becomes_one_line_without_object_reprs():
    """What the generator prints on a warning (JSON dump, object reprs) comes out as one line."""
    output = (
        "Generating /tmp/x/_mistral_api\n\n"
        "Warning(s) encountered while generating. Client was generated, but some pieces may be missing\n"
        "WARNING parsing POST /v1/rag within beta.\n\n"
        "Cannot parse response for status code <openapi_python_client.schema.untrusted_string."
        "UntrustedString object at 0x7fe9e41c1190> (Unsupported content_type a/b), response will"
        " be omitted from generated client\n\n"
        '{\n  "description": "ok",\n  "content": {}\n}\n\n'
        "If you believe this was a mistake or this tool is missing a feature you need, ...\n"
    )
    line = ps.summarize_generator_output(output)
    assert line == (
        "1 problem(s): WARNING parsing POST /v1/rag within beta: Cannot parse response for status"
        " code ? (Unsupported content_type a/b), response will be omitted from generated client"
    )


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


def test_repair_of_clean_document_reports_nothing_and_changes_nothing():
    """A document with none of the known breakages comes out as it went in, with no report."""
    chunk = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "enum": ["text"]}, "text": {"type": "string"}},
    }
    d = doc(
        {
            "TextChunk": chunk,
            "Message": {
                "type": "object",
                "title": "Message",
                "required": ["content"],
                "properties": {
                    "role": {"type": "string", "enum": ["user", "assistant"]},
                    "content": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/TextChunk"},
                    },
                },
            },
        },
        paths={
            "/v1/m/{id}": {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": ok("application/json", {"$ref": "#/components/schemas/Message"}),
                }
            }
        },
    )
    before = copy.deepcopy(d)
    assert ps.repair(d) == []
    assert d == before


def test_repair_of_the_prepared_vendored_spec_reports_nothing():
    """Repairs are idempotent: the prepared document (what is generated) needs none."""
    prepared, report, _ = ps.prepare(ps.ROOT / "openapi.yaml")
    assert report, "Mistral's document needs repairs (tests/generation/test_pipeline.py)"
    assert ps.repair(prepared) == []
