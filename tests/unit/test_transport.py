"""The generated resources' transport: options merged into the request by the pure `plan`."""

from __future__ import annotations

import httpx
import pytest

from _mistral_api.client import Request, as_is
from mistral_client import Mistral
from mistral_client._exceptions import InvalidRequestError
from mistral_client._transport import HTTPTransport, plan

REQUEST = Request(
    method="POST",
    path="/v1/things",
    operation_id="create_thing",
    decode=as_is,
    keywords=("name", "size"),
    params={"q": "1"},
    headers={"X-Op": "a"},
    json={"name": "n"},
)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param({}, ({}, {"q": "1"}, {"name": "n"}, None), id="none"),
        pytest.param(
            {"http_headers": {"X-B": "b"}, "extra_headers": {"X-Op": "c"}},
            ({"extra_headers": {"X-Op": "c", "X-B": "b"}}, {"q": "1"}, {"name": "n"}, None),
            id="headers-extra-wins",
        ),
        pytest.param(
            {"timeout_ms": 1500, "extra_query": {"p": 2}, "extra_body": {"new": True}},
            ({"timeout": 1.5}, {"q": "1", "p": 2}, {"name": "n", "new": True}, None),
            id="timeout-ms-query-body",
        ),
        pytest.param(
            {"server_url": "http://local/", "timeout": 3.0, "retries": None},
            ({"timeout": 3.0}, {"q": "1"}, {"name": "n"}, "http://local/v1/things"),
            id="server-url",
        ),
    ],
)
def test_plan_options_merge_into_request(options, expected):
    """Per-call options become headers, timeout, query, body and URL as documented."""
    sent = plan(REQUEST, options)
    call_options, params, body, url = expected
    if REQUEST.headers and "extra_headers" not in call_options:
        call_options = {"extra_headers": dict(REQUEST.headers), **call_options}
    assert dict(sent.options) == call_options
    assert dict(sent.params or {}) == params
    assert sent.json == body
    assert sent.url == url


@pytest.mark.parametrize(
    ("request_", "options", "message"),
    [
        pytest.param(REQUEST, {"nmae": 1}, "did you mean 'name'", id="unknown-keyword"),
        pytest.param(REQUEST, {"extra_bdy": {}}, "did you mean 'extra_body'", id="unknown-option"),
        pytest.param(
            Request(method="POST", path="/x", operation_id="o", decode=as_is, files=[("f", b"")]),
            {"extra_body": {"a": 1}},
            "extra_body needs a JSON object body",
            id="extra-body-on-multipart",
        ),
        pytest.param(
            Request(method="POST", path="/x", operation_id="o", decode=as_is, content=b"raw"),
            {},
            "raw request bodies are not supported",
            id="raw-content",
        ),
    ],
)
def test_plan_refuses_what_it_cannot_send(request_, options, message):
    """Unknown options and unsendable bodies raise InvalidRequestError before any I/O."""
    with pytest.raises(InvalidRequestError, match=message):
        plan(request_, options)


@pytest.mark.parametrize(
    ("kind", "content", "expected"),
    [
        pytest.param("bytes", b"\x00a", b"\x00a", id="bytes"),
        pytest.param("text", b"hello", "hello", id="text"),
        pytest.param("lines", b'{"a":1}\n\n{"b":2}\n', ['{"a":1}', '{"b":2}'], id="lines"),
        pytest.param("none", b"", None, id="none"),
    ],
)
def test_transport_non_json_kinds_decode_as_declared(kind, content, expected):
    """Bytes, text, line-delimited and empty 2xx bodies reach decode as the kind says."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    client = Mistral(api_key="k", client=httpx.Client(transport=transport))
    request = Request(method="GET", path="/x", operation_id="o", decode=as_is, kind=kind)
    assert HTTPTransport(client).send(request, {}) == expected


def test_transport_stream_of_json_raises_stream_error():
    """A stream request answered with JSON raises StreamError after closing the response."""
    from mistral_client.errors import StreamError

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"a": 1}))
    client = Mistral(api_key="k", client=httpx.Client(transport=transport))
    request = Request(method="GET", path="/x", operation_id="o", decode=as_is, stream=True)
    with pytest.raises(StreamError, match="expected a text/event-stream"):
        HTTPTransport(client).stream(request, {})
