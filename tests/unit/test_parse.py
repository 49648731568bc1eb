"""chat.parse / parse_stream: the strict schema sent, the answer decoded into the type, clear errors."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys
from collections.abc import Callable
from typing import Any, Literal, TypedDict

import attrs
import httpx
import pytest
from pydantic import BaseModel, Field

from mistral_client import InvalidRequestError, Mistral, StructuredOutputError
from mistral_client.models import (
    AssistantMessage,
    ChatCompletionResponse,
    ParsedAssistantMessage,
    ParsedChatCompletionResponse,
)

from ..helpers import API_KEY, MESSAGES, chunk, completion, sse


class Author(BaseModel):
    name: str
    born: int | None = None


class Book(BaseModel):
    """A book and its authors."""

    title: str
    genre: Literal["novel", "essay"]
    authors: list[Author]
    rating: float = Field(ge=0, le=5)


BOOK = {
    "title": "Dune",
    "genre": "novel",
    "authors": [{"name": "Frank Herbert", "born": 1920}],
    "rating": 4.5,
}


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str | None = None


class Movie(TypedDict):
    title: str
    year: int


@attrs.define
class Tag:
    name: str


@attrs.define
class Shelf:
    best: Tag | None
    by_name: dict[str, Tag]
    pair: tuple[Tag, Tag]
    count: int = attrs.field(init=False, default=0)


@attrs.define
class Article:
    title: str
    tags: list[Tag] = attrs.Factory(list)
    words: int | None = None


class API:
    """A mock API answering every request with the next body; sync or async by mode."""

    def __init__(self, mode: str, *bodies: Any, stream: bool = False) -> None:
        self.mode = mode
        self.bodies = list(bodies)
        self.requests: list[httpx.Request] = []
        self.stream = stream

        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            body = self.bodies.pop(0) if len(self.bodies) > 1 else self.bodies[0]
            if self.stream:
                return httpx.Response(
                    200, headers={"content-type": "text/event-stream"}, content=body
                )
            return httpx.Response(200, json=body)

        transport = httpx.MockTransport(handler)
        self.client = Mistral(
            api_key=API_KEY,
            client=httpx.Client(transport=transport),
            async_client=httpx.AsyncClient(transport=transport),
        )

    @property
    def sent(self) -> dict[str, Any]:
        return dict(json.loads(self.requests[-1].content))

    def parse(self, response_format: Any, **kwargs: Any) -> ParsedChatCompletionResponse[Any]:
        kwargs = {"model": "mistral-small-latest", "messages": MESSAGES, **kwargs}
        if self.mode == "sync":
            return self.client.chat.parse(response_format=response_format, **kwargs)
        return asyncio.run(self.client.chat.parse_async(response_format=response_format, **kwargs))

    def parse_stream(self, response_format: Any) -> tuple[list[Any], Any]:
        """(partial after each event, final response)."""
        kwargs: dict[str, Any] = {"model": "m", "messages": MESSAGES}
        if self.mode == "sync":
            with self.client.chat.parse_stream(response_format=response_format, **kwargs) as s:
                partials = [s.partial for _ in s]
                return partials, s.final_response()

        async def run() -> tuple[list[Any], Any]:
            stream = await self.client.chat.parse_stream_async(
                response_format=response_format, **kwargs
            )
            async with stream as s:
                partials = [s.partial async for _ in s]
                return partials, await s.final_response()

        return asyncio.run(run())


Factory = Callable[..., API]


@pytest.fixture
def api(mode: str) -> Factory:
    return lambda *bodies, **kw: API(mode, *bodies, **kw)


def test_parse_sends_a_strict_schema_and_returns_the_model(api: Factory):
    """A pydantic model: strict json_schema on the wire, a Book instance on .parsed."""
    mock = api(completion(json.dumps(BOOK)))
    res = mock.parse(Book, temperature=0)
    fmt = mock.sent["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "Book"
    assert fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["required"] == ["title", "genre", "authors", "rating"]
    assert schema["additionalProperties"] is False
    author = schema["$defs"]["Author"]
    assert author["required"] == ["name", "born"]  # the optional field is required, nullable
    assert author["additionalProperties"] is False
    assert {"type": "null"} in author["properties"]["born"]["anyOf"]
    assert mock.sent["temperature"] == 0
    book = res.choices[0].message.parsed
    assert isinstance(book, Book)
    assert book.authors[0].name == "Frank Herbert"
    assert isinstance(res, ChatCompletionResponse)
    assert isinstance(res.choices[0].message, AssistantMessage)
    assert isinstance(res.choices[0].message, ParsedAssistantMessage)
    assert res.choices[0].message.content == json.dumps(BOOK)  # raw text kept
    assert res.to_dict() == completion(json.dumps(BOOK))  # parsed never goes on the wire


@pytest.mark.parametrize(
    ("tp", "content", "expected"),
    [
        pytest.param(Point, '{"x": 1, "y": 2, "label": null}', Point(1, 2), id="dataclass"),
        pytest.param(
            Movie,
            '{"title": "Heat", "year": 1995}',
            {"title": "Heat", "year": 1995},
            id="typeddict",
        ),
        pytest.param(
            Article,
            '{"title": "T", "tags": [{"name": "a"}], "words": 3}',
            Article("T", [Tag("a")], 3),
            id="attrs",
        ),
    ],
)
def test_parse_accepts_dataclasses_typeddicts_and_attrs_classes(
    api: Factory, tp: Any, content: str, expected: Any
):
    """Each kind of type gives its own strict schema and comes back as its own instances."""
    mock = api(completion(content))
    parsed = mock.parse(tp).choices[0].message.parsed
    assert parsed == expected
    assert type(parsed) is type(expected)
    schema = mock.sent["response_format"]["json_schema"]["schema"]
    assert schema["additionalProperties"] is False
    assert schema["required"] == list(schema["properties"])
    assert mock.sent["response_format"]["json_schema"]["name"] == tp.__name__


def test_attrs_nested_classes_have_their_schema_in_defs(api: Factory):
    """The attrs bridge keeps nesting: Tag is a strict $defs entry referenced from Article."""
    mock = api(completion('{"title": "T", "tags": [], "words": null}'))
    mock.parse(Article)
    schema = mock.sent["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["tags"]["items"] == {"$ref": "#/$defs/Tag"}
    assert schema["$defs"]["Tag"]["required"] == ["name"]


def test_parse_with_a_json_schema_dict_sends_it_as_given(api: Factory):
    """A JSON Schema dict goes out unchanged; .parsed is the decoded JSON."""
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    mock = api(completion('{"n": 3}'))
    res = mock.parse(schema)
    assert mock.sent["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "response", "schema": schema, "strict": True},
    }
    assert res.choices[0].message.parsed == {"n": 3}


def test_parse_with_a_whole_response_format_passes_it_through(api: Factory):
    """{"type": "json_schema", "json_schema": {...}} is sent exactly as given."""
    fmt = {"type": "json_schema", "json_schema": {"name": "person", "schema": {"type": "object"}}}
    mock = api(completion('{"a": 1}'))
    assert mock.parse(fmt).choices[0].message.parsed == {"a": 1}
    assert mock.sent["response_format"] == fmt


def test_invalid_json_raises_with_the_raw_content_and_response(api: Factory):
    """Content that is not JSON: StructuredOutputError carrying what came back."""
    mock = api(completion('{"title": "Du'))
    with pytest.raises(StructuredOutputError) as caught:
        mock.parse(Book)
    error = caught.value
    assert error.content == '{"title": "Du'
    assert error.response.choices[0].message.content == '{"title": "Du'
    assert "not valid JSON" in str(error)
    assert "finish_reason='length'" not in str(error)


def test_json_that_does_not_fit_names_the_type(api: Factory):
    """JSON of the wrong shape: the error names the type and the field."""
    mock = api(completion('{"title": "Dune", "genre": "poem", "authors": [], "rating": 9}'))
    with pytest.raises(StructuredOutputError, match="not a valid Book") as caught:
        mock.parse(Book)
    assert "genre" in str(caught.value)
    assert caught.value.choice_index == 0


def test_cut_off_answer_says_finish_reason_length(api: Factory):
    """finish_reason=length: the message says the answer was cut off."""
    body = completion('{"title": "Dune", "gen')
    body["choices"][0]["finish_reason"] = "length"
    with pytest.raises(StructuredOutputError, match="finish_reason='length'") as caught:
        api(body).parse(Book, max_tokens=5)
    assert caught.value.finish_reason == "length"


def test_choice_without_content_has_parsed_none(api: Factory):
    """A choice with tool calls and no text: .parsed is None, no error."""
    body = completion(None)
    body["choices"][0]["message"]["tool_calls"] = [
        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    ]
    res = api(body).parse(Book)
    assert res.choices[0].message.parsed is None
    assert res.choices[0].message.tool_calls[0].id == "c1"  # type: ignore[index,union-attr]


def test_content_chunks_are_parsed_from_their_text(api: Factory):
    """A reasoning answer (thinking chunk, then text): the text is what is parsed."""
    content = [
        {"type": "thinking", "thinking": [{"type": "text", "text": "hmm"}]},
        {"type": "text", "text": json.dumps(BOOK)},
    ]
    res = api(completion(content)).parse(Book)
    assert isinstance(res.choices[0].message.parsed, Book)


def test_every_choice_is_parsed(api: Factory):
    """n=2: each choice's message carries its own parsed value."""
    body = completion('{"n": 1}')
    second = json.loads(json.dumps(body["choices"][0]))
    second["index"], second["message"]["content"] = 1, '{"n": 2}'
    body["choices"].append(second)
    res = api(body).parse({"type": "object"}, n=2)
    assert [c.message.parsed for c in res.choices] == [{"n": 1}, {"n": 2}]


@pytest.mark.parametrize("bad", [None, "Book", 3])
def test_bad_response_format_fails_before_any_request(api: Factory, bad: Any):
    """Not a type nor a schema: InvalidRequestError naming response_format; nothing sent."""
    mock = api(completion("{}"))
    with pytest.raises(InvalidRequestError) as caught:
        mock.parse(bad)
    assert caught.value.param == "response_format"
    assert mock.requests == []


def test_without_pydantic_parse_says_what_to_install(api: Factory, monkeypatch: pytest.MonkeyPatch):
    """No pydantic: an ImportError naming the extra, before any request; dict schemas still work."""
    monkeypatch.setitem(sys.modules, "pydantic", None)
    mock = api(completion('{"a": 1}'))
    with pytest.raises(ImportError, match=r"mistral-client\[pydantic\]"):
        mock.parse(Point)
    assert mock.requests == []
    assert mock.parse({"type": "object"}).choices[0].message.parsed == {"a": 1}


def test_parse_stream_gives_partials_then_the_parsed_final_response(api: Factory):
    """While streaming: a growing partial object; at the end: .parsed on the merged response."""
    text = json.dumps(BOOK)
    pieces = [text[i : i + 7] for i in range(0, len(text), 7)]
    body = sse(
        *(chunk(p) for p in pieces),
        chunk("", "stop", usage={"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}),
    )
    mock = api(body, stream=True)
    partials, final = mock.parse_stream(Book)
    assert mock.sent["stream"] is True
    assert mock.sent["response_format"]["json_schema"]["name"] == "Book"
    seen = [p for p in partials if p]
    assert seen[0] == {} or set(seen[0]) <= {"title"}
    assert {"title": "Dun"} in seen  # an unfinished string shows as far as it has come
    assert any(p.get("title") == "Dune" and "authors" not in p for p in seen)
    assert partials[-1] == BOOK
    assert isinstance(final.choices[0].message.parsed, Book)
    assert final.choices[0].message.parsed.rating == 4.5


def test_parse_stream_bad_answer_raises_from_final_response(api: Factory):
    """A streamed answer that does not fit: final_response() raises StructuredOutputError."""
    mock = api(sse(chunk('{"title": 1'), chunk("", "length")), stream=True)
    with pytest.raises(StructuredOutputError, match="finish_reason='length'"):
        mock.parse_stream(Book)


def test_attrs_bridge_handles_optionals_dicts_tuples_and_non_init_fields(api: Factory):
    """attrs classes inside X | None, dict[str, X] and tuples come back as attrs instances."""
    content = json.dumps(
        {
            "best": {"name": "a"},
            "by_name": {"b": {"name": "b"}},
            "pair": [{"name": "c"}, {"name": "d"}],
        }
    )
    mock = api(completion(content))
    shelf = mock.parse(Shelf).choices[0].message.parsed
    assert shelf == Shelf(Tag("a"), {"b": Tag("b")}, (Tag("c"), Tag("d")))
    assert "count" not in mock.sent["response_format"]["json_schema"]["schema"]["properties"]


def test_response_format_model_and_unschemable_types(api: Factory):
    """A ResponseFormat model passes through; a type pydantic cannot describe names itself."""
    from mistral_client.models import ResponseFormat

    fmt = ResponseFormat.from_dict({"type": "json_object"})
    mock = api(completion('{"a": 1}'))
    assert mock.parse(fmt).choices[0].message.parsed == {"a": 1}
    assert mock.sent["response_format"] == {"type": "json_object"}

    class Opaque:
        pass

    with pytest.raises(InvalidRequestError, match="cannot build a JSON Schema for") as caught:
        mock.parse(Opaque)
    assert caught.value.param == "response_format"
    assert len(mock.requests) == 1


def test_dict_schema_answer_that_is_not_json_raises(api: Factory):
    """With a JSON Schema dict, content that is not JSON still raises StructuredOutputError."""
    with pytest.raises(StructuredOutputError, match="not valid JSON"):
        api(completion("not json")).parse({"type": "object"})


def test_parse_stream_exposes_the_response_and_each_choice(api: Factory):
    """The parsed stream has the HTTP response, partial_of(i), and closes early cleanly."""
    mock = api(sse(chunk('{"a": '), chunk("1}", "stop")), stream=True)
    kwargs: dict[str, Any] = {
        "model": "m",
        "messages": MESSAGES,
        "response_format": {"type": "object"},
    }
    if mock.mode == "sync":
        stream = mock.client.chat.parse_stream(**kwargs)
        first = next(iter(stream))
        status = stream.response.status_code
        partial = stream.partial_of(0)
        stream.close()
    else:

        async def run() -> tuple[Any, int, Any]:
            stream = await mock.client.chat.parse_stream_async(**kwargs)
            first = await anext(aiter(stream))
            status, partial = stream.response.status_code, stream.partial_of(0)
            await stream.aclose()
            return first, status, partial

        first, status, partial = asyncio.run(run())
    assert first.data.choices[0].delta.content == '{"a": '
    assert status == 200
    assert partial == {}
