"""Error responses become typed errors carrying status, headers, raw body and the parsed error."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from mistral_client import errors
from mistral_client.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    HTTPValidationError,
    InternalServerError,
    MistralError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    SDKError,
)

from ..helpers import MockAPI, assert_no_secret

Factory = Callable[..., MockAPI]

# The 422 envelope the real API sends (not the bare {"detail": [...]} of Mistral's spec).
VALIDATION_BODY = {
    "object": "error",
    "message": {
        "detail": [
            {"type": "less_than_equal", "loc": ["body", "temperature"],
             "msg": "Input should be less than or equal to 1.5", "input": 9}
        ]
    },
    "type": "invalid_request_error",
    "param": None,
    "code": None,
}  # fmt: skip


def answer(status: int, body: bytes, headers: dict[str, str] | None = None):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers or {}, request=request)

    return handler


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        pytest.param(400, BadRequestError, id="400"),
        pytest.param(401, AuthenticationError, id="401"),
        pytest.param(403, PermissionDeniedError, id="403"),
        pytest.param(404, NotFoundError, id="404"),
        pytest.param(422, HTTPValidationError, id="422"),
        pytest.param(429, RateLimitError, id="429"),
        pytest.param(500, InternalServerError, id="500"),
        pytest.param(503, InternalServerError, id="503"),
        pytest.param(418, SDKError, id="418-other"),
    ],
)
def test_error_status_maps_to_class_with_raw_body(mock_api: Factory, status: int, cls: type):
    """Each status has its class, under SDKError and MistralError, with status/headers/body kept."""
    body = json.dumps(
        {"object": "error", "message": "nope", "type": "some_error", "code": "1234"}
    ).encode()
    api = mock_api(answer(status, body, {"mistral-correlation-id": "corr-7"}), max_retries=0)
    with pytest.raises(cls) as caught:
        api.complete()
    exc = caught.value
    assert type(exc) is cls
    assert isinstance(exc, SDKError)
    assert isinstance(exc, MistralError)
    assert (exc.status_code, exc.body, exc.headers["mistral-correlation-id"]) == (
        status,
        body,
        "corr-7",
    )
    assert (exc.message, exc.type, exc.code, exc.request_id) == (
        "nope",
        "some_error",
        "1234",
        "corr-7",
    )
    assert str(exc) == f"{status} some_error: nope"
    assert exc.raw_response.is_closed


def test_422_exposes_detail_from_the_real_envelope(mock_api: Factory):
    """HTTPValidationError.detail is the list inside message.detail; str says what was wrong."""
    api = mock_api(answer(422, json.dumps(VALIDATION_BODY).encode()))
    with pytest.raises(HTTPValidationError) as caught:
        api.complete(temperature=9)
    exc = caught.value
    assert exc.detail == VALIDATION_BODY["message"]["detail"]  # type: ignore[index]
    assert (
        str(exc)
        == "422 invalid_request_error: body.temperature: Input should be less than or equal to 1.5"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            b'{\n  "message":"Unauthorized",\n  "request_id":"96ca56"\n}',
            "Unauthorized",
            id="gateway",
        ),
        pytest.param(b'{"detail":"Invalid API Key"}\n', "Invalid API Key", id="fastapi"),
        pytest.param(b"<html>Bad gateway</html>", "<html>Bad gateway</html>", id="not-json"),
        pytest.param(b"", "Unauthorized", id="empty"),
    ],
)
def test_recorded_401_bodies_give_readable_errors(mock_api: Factory, body: bytes, message: str):
    """The 401 bodies seen in real recordings all yield a message (request_id from the body)."""
    with pytest.raises(AuthenticationError) as caught:
        mock_api(answer(401, body)).complete()
    assert caught.value.message == message
    if b"request_id" in body:
        assert caught.value.request_id == "96ca56"


def test_error_str_is_one_bounded_line_and_body_stays_complete(mock_api: Factory):
    """A huge error body is cut in str(exc) but kept whole on exc.body."""
    body = json.dumps({"message": "x" * 5000 + "\nsecond line"}).encode()
    with pytest.raises(BadRequestError) as caught:
        mock_api(answer(400, body)).complete()
    text = str(caught.value)
    assert "\n" not in text
    assert len(text) <= 300
    assert caught.value.body == body


def test_errors_never_show_the_api_key(mock_api: Factory):
    """str, repr and the request attached to an error hold no trace of the key."""
    with pytest.raises(AuthenticationError) as caught:
        mock_api(answer(401, b'{"message":"Unauthorized"}')).complete()
    exc = caught.value
    for text in (
        str(exc),
        repr(exc),
        repr(exc.raw_response),
        repr(exc.raw_response.request),
        repr(vars(exc)),
    ):
        assert_no_secret(text)


@pytest.mark.parametrize(
    ("raised", "cls"),
    [
        pytest.param(httpx.ConnectError("refused"), APIConnectionError, id="connect"),
        pytest.param(httpx.RemoteProtocolError("dropped"), APIConnectionError, id="dropped"),
        pytest.param(httpx.ReadTimeout("slow"), APITimeoutError, id="read-timeout"),
        pytest.param(httpx.ConnectTimeout("slow"), APITimeoutError, id="connect-timeout"),
    ],
)
def test_transport_errors_are_wrapped_and_chained(mock_api: Factory, raised: Exception, cls: type):
    """No response: APIConnectionError (or APITimeoutError), chained to the httpx error."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    with pytest.raises(cls) as caught:
        mock_api(handler, max_retries=0).complete()
    assert type(caught.value) is cls
    assert caught.value.__cause__ is raised
    assert caught.value.request.url.path == "/v1/chat/completions"
    assert_no_secret(repr(caught.value.request))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"not json", id="not-json"),
        pytest.param(b'{"id": "x"}', id="missing-fields"),
        pytest.param(b"[1, 2]", id="wrong-shape"),
    ],
)
def test_undecodable_2xx_raises_response_validation_error_with_body(mock_api: Factory, body: bytes):
    """A 200 that is not a completion: ResponseValidationError with the body and the cause."""
    with pytest.raises(ResponseValidationError) as caught:
        mock_api(answer(200, body)).complete()
    exc = caught.value
    assert (exc.status_code, exc.body) == (200, body)
    assert exc.__cause__ is not None


def test_errors_module_is_the_public_home_of_the_hierarchy():
    """`from mistral_client import errors` holds every class, all MistralError subclasses."""
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), MistralError)
