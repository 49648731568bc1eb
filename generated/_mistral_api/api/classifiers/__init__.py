"""Classifiers: generated resource (`client.classifiers`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote

from ...client import (
    APIResponse,
    AsyncEventStream,
    EventStream,
    Request,
    RequestOptions,
    Transport,
    as_bytes,
    as_is,
    as_lines,
    as_none,
    as_text,
    to_file,
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.assistant_message import AssistantMessage
    from ...models.chat_classification_request import ChatClassificationRequest
    from ...models.chat_moderation_request import ChatModerationRequest
    from ...models.classification_request import ClassificationRequest
    from ...models.classification_request_metadata_type_0 import ClassificationRequestMetadataType0
    from ...models.classification_response import ClassificationResponse
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.instruct_request import InstructRequest
    from ...models.moderation_response import ModerationResponse
    from ...models.system_message import SystemMessage
    from ...models.tool_message import ToolMessage
    from ...models.user_message import UserMessage
else:
    AssistantMessage = _Lazy(globals(), "assistant_message", "AssistantMessage")
    ChatClassificationRequest = _Lazy(globals(), "chat_classification_request", "ChatClassificationRequest")
    ChatModerationRequest = _Lazy(globals(), "chat_moderation_request", "ChatModerationRequest")
    ClassificationRequest = _Lazy(globals(), "classification_request", "ClassificationRequest")
    ClassificationRequestMetadataType0 = _Lazy(
        globals(), "classification_request_metadata_type_0", "ClassificationRequestMetadataType0"
    )
    ClassificationResponse = _Lazy(globals(), "classification_response", "ClassificationResponse")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    InstructRequest = _Lazy(globals(), "instruct_request", "InstructRequest")
    ModerationResponse = _Lazy(globals(), "moderation_response", "ModerationResponse")
    SystemMessage = _Lazy(globals(), "system_message", "SystemMessage")
    ToolMessage = _Lazy(globals(), "tool_message", "ToolMessage")
    UserMessage = _Lazy(globals(), "user_message", "UserMessage")


_KEYWORDS_MODERATIONS_V1_MODERATIONS_POST = (
    "model",
    "inputs",
    "metadata",
)


def _decode_moderations_v1_moderations_post(data: Any) -> ModerationResponse:
    response_200 = ModerationResponse.from_dict(data)

    return response_200


def _moderations_v1_moderations_post(
    *,
    model: str,
    inputs: str | Sequence[str],
    metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[ModerationResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ClassificationRequest(
        model=cast(Any, model),
        input_=cast(Any, inputs),
        metadata=cast(Any, metadata),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/moderations",
        operation_id="moderations_v1_moderations_post",
        decode=_decode_moderations_v1_moderations_post,
        kind="json",
        keywords=_KEYWORDS_MODERATIONS_V1_MODERATIONS_POST,
        **_kwargs,
    )


_KEYWORDS_CHAT_MODERATIONS_V1_CHAT_MODERATIONS_POST = (
    "inputs",
    "model",
)


def _decode_chat_moderations_v1_chat_moderations_post(data: Any) -> ModerationResponse:
    response_200 = ModerationResponse.from_dict(data)

    return response_200


def _chat_moderations_v1_chat_moderations_post(
    *,
    inputs: Sequence[
        SystemMessage
        | Mapping[str, Any]
        | UserMessage
        | AssistantMessage
        | ToolMessage
        | Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage]
    ],
    model: str,
) -> Request[ModerationResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ChatModerationRequest(
        input_=cast(Any, inputs),
        model=cast(Any, model),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/chat/moderations",
        operation_id="chat_moderations_v1_chat_moderations_post",
        decode=_decode_chat_moderations_v1_chat_moderations_post,
        kind="json",
        keywords=_KEYWORDS_CHAT_MODERATIONS_V1_CHAT_MODERATIONS_POST,
        **_kwargs,
    )


_KEYWORDS_CLASSIFICATIONS_V1_CLASSIFICATIONS_POST = (
    "model",
    "inputs",
    "metadata",
)


def _decode_classifications_v1_classifications_post(data: Any) -> ClassificationResponse:
    response_200 = ClassificationResponse.from_dict(data)

    return response_200


def _classifications_v1_classifications_post(
    *,
    model: str,
    inputs: str | Sequence[str],
    metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[ClassificationResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ClassificationRequest(
        model=cast(Any, model),
        input_=cast(Any, inputs),
        metadata=cast(Any, metadata),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/classifications",
        operation_id="classifications_v1_classifications_post",
        decode=_decode_classifications_v1_classifications_post,
        kind="json",
        keywords=_KEYWORDS_CLASSIFICATIONS_V1_CLASSIFICATIONS_POST,
        **_kwargs,
    )


_KEYWORDS_CHAT_CLASSIFICATIONS_V1_CHAT_CLASSIFICATIONS_POST = (
    "model",
    "input",
)


def _decode_chat_classifications_v1_chat_classifications_post(data: Any) -> ClassificationResponse:
    response_200 = ClassificationResponse.from_dict(data)

    return response_200


def _chat_classifications_v1_chat_classifications_post(
    *,
    model: str,
    input: InstructRequest | Mapping[str, Any] | Sequence[InstructRequest | Mapping[str, Any]],
) -> Request[ClassificationResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ChatClassificationRequest(
        model=cast(Any, model),
        input_=cast(Any, input),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/chat/classifications",
        operation_id="chat_classifications_v1_chat_classifications_post",
        decode=_decode_chat_classifications_v1_chat_classifications_post,
        kind="json",
        keywords=_KEYWORDS_CHAT_CLASSIFICATIONS_V1_CHAT_CLASSIFICATIONS_POST,
        **_kwargs,
    )


ClassifiersModerateResult: TypeAlias = ModerationResponse


ClassifiersModerateChatResult: TypeAlias = ModerationResponse


ClassifiersClassifyResult: TypeAlias = ClassificationResponse


ClassifiersClassifyChatResult: TypeAlias = ClassificationResponse


class Classifiers:
    """`client.classifiers`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> ClassifiersWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return ClassifiersWithRawResponse(self._transport)

    def moderate(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """Moderations

        Moderations

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModerationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _moderations_v1_moderations_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return self._transport.send(request, options)

    async def moderate_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """Moderations

        Moderations

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModerationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _moderations_v1_moderations_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return await self._transport.send_async(request, options)

    def moderate_chat(
        self,
        *,
        inputs: Sequence[
            SystemMessage
            | Mapping[str, Any]
            | UserMessage
            | AssistantMessage
            | ToolMessage
            | Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage]
        ],
        model: str,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """Chat Moderations

        Chat Moderations

        Args:
            inputs (list[AssistantMessage | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage] | SystemMessage | ToolMessage | UserMessage]): Chat to classify
            model (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModerationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_moderations_v1_chat_moderations_post,
            dict(
                inputs=inputs,
                model=model,
            ),
        )
        return self._transport.send(request, options)

    async def moderate_chat_async(
        self,
        *,
        inputs: Sequence[
            SystemMessage
            | Mapping[str, Any]
            | UserMessage
            | AssistantMessage
            | ToolMessage
            | Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage]
        ],
        model: str,
        **options: Unpack[RequestOptions],
    ) -> ModerationResponse:
        """Chat Moderations

        Chat Moderations

        Args:
            inputs (list[AssistantMessage | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage] | SystemMessage | ToolMessage | UserMessage]): Chat to classify
            model (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModerationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_moderations_v1_chat_moderations_post,
            dict(
                inputs=inputs,
                model=model,
            ),
        )
        return await self._transport.send_async(request, options)

    def classify(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """Classifications

        Classifications

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ClassificationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _classifications_v1_classifications_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return self._transport.send(request, options)

    async def classify_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """Classifications

        Classifications

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ClassificationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _classifications_v1_classifications_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return await self._transport.send_async(request, options)

    def classify_chat(
        self,
        *,
        model: str,
        input: InstructRequest | Mapping[str, Any] | Sequence[InstructRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """Chat Classifications

        Chat Classifications

        Args:
            model (str):
            input (InstructRequest | list[InstructRequest]): Chat to classify
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ClassificationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_classifications_v1_chat_classifications_post,
            dict(
                model=model,
                input=input,
            ),
        )
        return self._transport.send(request, options)

    async def classify_chat_async(
        self,
        *,
        model: str,
        input: InstructRequest | Mapping[str, Any] | Sequence[InstructRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> ClassificationResponse:
        """Chat Classifications

        Chat Classifications

        Args:
            model (str):
            input (InstructRequest | list[InstructRequest]): Chat to classify
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ClassificationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_classifications_v1_chat_classifications_post,
            dict(
                model=model,
                input=input,
            ),
        )
        return await self._transport.send_async(request, options)


class ClassifiersWithRawResponse:
    """`client.classifiers`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def moderate(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModerationResponse]:
        """Moderations

        Moderations

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModerationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _moderations_v1_moderations_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return self._transport.send_raw(request, options)

    async def moderate_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModerationResponse]:
        """Moderations

        Moderations

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModerationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _moderations_v1_moderations_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def moderate_chat(
        self,
        *,
        inputs: Sequence[
            SystemMessage
            | Mapping[str, Any]
            | UserMessage
            | AssistantMessage
            | ToolMessage
            | Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage]
        ],
        model: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModerationResponse]:
        """Chat Moderations

        Chat Moderations

        Args:
            inputs (list[AssistantMessage | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage] | SystemMessage | ToolMessage | UserMessage]): Chat to classify
            model (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModerationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_moderations_v1_chat_moderations_post,
            dict(
                inputs=inputs,
                model=model,
            ),
        )
        return self._transport.send_raw(request, options)

    async def moderate_chat_async(
        self,
        *,
        inputs: Sequence[
            SystemMessage
            | Mapping[str, Any]
            | UserMessage
            | AssistantMessage
            | ToolMessage
            | Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage]
        ],
        model: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModerationResponse]:
        """Chat Moderations

        Chat Moderations

        Args:
            inputs (list[AssistantMessage | list[AssistantMessage | SystemMessage | ToolMessage | UserMessage] | SystemMessage | ToolMessage | UserMessage]): Chat to classify
            model (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModerationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_moderations_v1_chat_moderations_post,
            dict(
                inputs=inputs,
                model=model,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def classify(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ClassificationResponse]:
        """Classifications

        Classifications

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ClassificationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _classifications_v1_classifications_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return self._transport.send_raw(request, options)

    async def classify_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: ClassificationRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ClassificationResponse]:
        """Classifications

        Classifications

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to classify.
            metadata (ClassificationRequestMetadataType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ClassificationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _classifications_v1_classifications_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def classify_chat(
        self,
        *,
        model: str,
        input: InstructRequest | Mapping[str, Any] | Sequence[InstructRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ClassificationResponse]:
        """Chat Classifications

        Chat Classifications

        Args:
            model (str):
            input (InstructRequest | list[InstructRequest]): Chat to classify
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ClassificationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_classifications_v1_chat_classifications_post,
            dict(
                model=model,
                input=input,
            ),
        )
        return self._transport.send_raw(request, options)

    async def classify_chat_async(
        self,
        *,
        model: str,
        input: InstructRequest | Mapping[str, Any] | Sequence[InstructRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ClassificationResponse]:
        """Chat Classifications

        Chat Classifications

        Args:
            model (str):
            input (InstructRequest | list[InstructRequest]): Chat to classify
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ClassificationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_classifications_v1_chat_classifications_post,
            dict(
                model=model,
                input=input,
            ),
        )
        return await self._transport.send_raw_async(request, options)
