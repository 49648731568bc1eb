"""The names Mistral's official Python SDK gives models, as aliases of this package's.

Written by scripts/prepare_spec.py (scripts/sdk_names.py) from spec/sdk_names.yaml; not
a source file. Type checkers read the aliases under `TYPE_CHECKING`; at run time each is
built on first access (`__getattr__` below), so importing this module imports no model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import TypeAlias

    from .models import (
        AgentsCompletionRequest,
        ApiEndpoint,
        ArchiveModelResponse,
        AssistantMessage,
        AudioChunk,
        BaseModelCard,
        BatchJob,
        ChatCompletionChoiceFinishReason,
        ChatCompletionRequest,
        CodeInterpreterTool,
        CreateBatchJobRequest,
        CreateFileResponse,
        CustomConnector,
        DeleteFileResponse,
        DeleteModelResponse,
        DocumentLibraryTool,
        DocumentURLChunk,
        FIMCompletionRequest,
        FTModelCard,
        FileChunk,
        GetFileResponse,
        GetSignedUrlResponse,
        ImageGenerationTool,
        ImageURL,
        ImageURLChunk,
        JsonSchema,
        ListBatchJobsResponse,
        ListFilesResponse,
        ReferenceChunk,
        SystemMessage,
        TextChunk,
        ThinkChunk,
        Tool,
        ToolChoice,
        ToolChoiceEnum,
        ToolMessage,
        ToolReferenceChunk,
        UnarchiveModelResponse,
        UnknownContentChunk,
        UserMessage,
        WebSearchPremiumTool,
        WebSearchTool,
    )
    from .types import File

    APIEndpoint: TypeAlias = ApiEndpoint
    AgentsCompletionRequestMessage: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    AgentsCompletionRequestMessages: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    AgentsCompletionRequestStop: TypeAlias = str | list[str]
    AgentsCompletionRequestTool: TypeAlias = (
        Tool
        | WebSearchTool
        | WebSearchPremiumTool
        | CodeInterpreterTool
        | ImageGenerationTool
        | DocumentLibraryTool
        | CustomConnector
    )
    AgentsCompletionRequestToolChoice: TypeAlias = ToolChoice | ToolChoiceEnum
    AgentsCompletionStreamRequest: TypeAlias = AgentsCompletionRequest
    AgentsCompletionStreamRequestMessage: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    AgentsCompletionStreamRequestMessages: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    ArchiveFTModelOut: TypeAlias = ArchiveModelResponse
    AssistantMessageContent: TypeAlias = (
        str
        | list[
            TextChunk
            | ImageURLChunk
            | DocumentURLChunk
            | ReferenceChunk
            | FileChunk
            | ThinkChunk
            | AudioChunk
            | UnknownContentChunk
        ]
    )
    BatchJobIn: TypeAlias = CreateBatchJobRequest
    BatchJobOut: TypeAlias = BatchJob
    BatchJobsOut: TypeAlias = ListBatchJobsResponse
    ChatCompletionRequestMessage: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    ChatCompletionRequestStop: TypeAlias = str | list[str]
    ChatCompletionRequestTool: TypeAlias = (
        Tool
        | WebSearchTool
        | WebSearchPremiumTool
        | CodeInterpreterTool
        | ImageGenerationTool
        | DocumentLibraryTool
        | CustomConnector
    )
    ChatCompletionRequestToolChoice: TypeAlias = ToolChoice | ToolChoiceEnum
    ChatCompletionStreamRequest: TypeAlias = ChatCompletionRequest
    ChatCompletionStreamRequestMessage: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    ChatCompletionStreamRequestMessages: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    ChatCompletionStreamRequestStop: TypeAlias = str | list[str]
    ChatCompletionStreamRequestTool: TypeAlias = (
        Tool
        | WebSearchTool
        | WebSearchPremiumTool
        | CodeInterpreterTool
        | ImageGenerationTool
        | DocumentLibraryTool
        | CustomConnector
    )
    ChatCompletionStreamRequestToolChoice: TypeAlias = ToolChoice | ToolChoiceEnum
    ClassificationRequestInputs: TypeAlias = str | list[str]
    Content: TypeAlias = (
        str
        | list[
            TextChunk
            | ImageURLChunk
            | DocumentURLChunk
            | ReferenceChunk
            | FileChunk
            | ThinkChunk
            | AudioChunk
            | UnknownContentChunk
        ]
    )
    ContentChunk: TypeAlias = (
        TextChunk
        | ImageURLChunk
        | DocumentURLChunk
        | ReferenceChunk
        | FileChunk
        | ThinkChunk
        | AudioChunk
        | UnknownContentChunk
    )
    Data: TypeAlias = BaseModelCard | FTModelCard
    DeleteFileOut: TypeAlias = DeleteFileResponse
    DeleteModelOut: TypeAlias = DeleteModelResponse
    DeltaMessageContent: TypeAlias = (
        str
        | list[
            TextChunk
            | ImageURLChunk
            | DocumentURLChunk
            | ReferenceChunk
            | FileChunk
            | ThinkChunk
            | AudioChunk
            | UnknownContentChunk
        ]
    )
    EmbeddingRequestInputs: TypeAlias = str | list[str]
    FIMCompletionRequestStop: TypeAlias = str | list[str]
    FIMCompletionStreamRequest: TypeAlias = FIMCompletionRequest
    FIMCompletionStreamRequestStop: TypeAlias = str | list[str]
    FileSignedURL: TypeAlias = GetSignedUrlResponse
    FinishReason: TypeAlias = ChatCompletionChoiceFinishReason
    GetSignedURLResponse: TypeAlias = GetSignedUrlResponse
    ImageURLChunkImageURL: TypeAlias = ImageURL | str
    ImageURLUnion: TypeAlias = ImageURL | str
    JSONSchema: TypeAlias = JsonSchema
    ListFilesOut: TypeAlias = ListFilesResponse
    Messages: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage
    ModelListData: TypeAlias = BaseModelCard | FTModelCard
    ResponseRetrieveModelV1ModelsModelIDGet: TypeAlias = BaseModelCard | FTModelCard
    RetrieveFileOut: TypeAlias = GetFileResponse
    RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet: TypeAlias = BaseModelCard | FTModelCard
    Stop: TypeAlias = str | list[str]
    SystemMessageContent: TypeAlias = str | list[TextChunk | ThinkChunk | UnknownContentChunk]
    SystemMessageContentChunks: TypeAlias = TextChunk | ThinkChunk | UnknownContentChunk
    Thinking: TypeAlias = TextChunk | ToolReferenceChunk | ReferenceChunk | UnknownContentChunk
    ToolMessageContent: TypeAlias = (
        str
        | list[
            TextChunk
            | ImageURLChunk
            | DocumentURLChunk
            | ReferenceChunk
            | FileChunk
            | ThinkChunk
            | AudioChunk
            | UnknownContentChunk
        ]
    )
    UnarchiveFTModelOut: TypeAlias = UnarchiveModelResponse
    UploadFileOut: TypeAlias = CreateFileResponse
    UserMessageContent: TypeAlias = (
        str
        | list[
            TextChunk
            | ImageURLChunk
            | DocumentURLChunk
            | ReferenceChunk
            | FileChunk
            | ThinkChunk
            | AudioChunk
            | UnknownContentChunk
        ]
    )

__all__ = (
    "APIEndpoint",
    "AgentsCompletionRequestMessage",
    "AgentsCompletionRequestMessages",
    "AgentsCompletionRequestStop",
    "AgentsCompletionRequestTool",
    "AgentsCompletionRequestToolChoice",
    "AgentsCompletionStreamRequest",
    "AgentsCompletionStreamRequestMessage",
    "AgentsCompletionStreamRequestMessages",
    "ArchiveFTModelOut",
    "AssistantMessageContent",
    "BatchJobIn",
    "BatchJobOut",
    "BatchJobsOut",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestStop",
    "ChatCompletionRequestTool",
    "ChatCompletionRequestToolChoice",
    "ChatCompletionStreamRequest",
    "ChatCompletionStreamRequestMessage",
    "ChatCompletionStreamRequestMessages",
    "ChatCompletionStreamRequestStop",
    "ChatCompletionStreamRequestTool",
    "ChatCompletionStreamRequestToolChoice",
    "ClassificationRequestInputs",
    "Content",
    "ContentChunk",
    "Data",
    "DeleteFileOut",
    "DeleteModelOut",
    "DeltaMessageContent",
    "EmbeddingRequestInputs",
    "FIMCompletionRequestStop",
    "FIMCompletionStreamRequest",
    "FIMCompletionStreamRequestStop",
    "File",
    "FileSignedURL",
    "FinishReason",
    "GetSignedURLResponse",
    "ImageURLChunkImageURL",
    "ImageURLUnion",
    "JSONSchema",
    "ListFilesOut",
    "Messages",
    "ModelListData",
    "ResponseRetrieveModelV1ModelsModelIDGet",
    "RetrieveFileOut",
    "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet",
    "Stop",
    "SystemMessageContent",
    "SystemMessageContentChunks",
    "Thinking",
    "ToolMessageContent",
    "UnarchiveFTModelOut",
    "UploadFileOut",
    "UserMessageContent",
)


def _aliases() -> dict[str, Callable[[], Any]]:
    from . import models as _m
    from . import types as _t

    return {
        "APIEndpoint": lambda: _m.ApiEndpoint,
        "AgentsCompletionRequestMessage": lambda: (
            _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage
        ),
        "AgentsCompletionRequestMessages": lambda: (
            _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage
        ),
        "AgentsCompletionRequestStop": lambda: str | list[str],
        "AgentsCompletionRequestTool": lambda: (
            _m.Tool
            | _m.WebSearchTool
            | _m.WebSearchPremiumTool
            | _m.CodeInterpreterTool
            | _m.ImageGenerationTool
            | _m.DocumentLibraryTool
            | _m.CustomConnector
        ),
        "AgentsCompletionRequestToolChoice": lambda: _m.ToolChoice | _m.ToolChoiceEnum,
        "AgentsCompletionStreamRequest": lambda: _m.AgentsCompletionRequest,
        "AgentsCompletionStreamRequestMessage": lambda: (
            _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage
        ),
        "AgentsCompletionStreamRequestMessages": lambda: (
            _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage
        ),
        "ArchiveFTModelOut": lambda: _m.ArchiveModelResponse,
        "AssistantMessageContent": lambda: (
            str
            | list[
                _m.TextChunk
                | _m.ImageURLChunk
                | _m.DocumentURLChunk
                | _m.ReferenceChunk
                | _m.FileChunk
                | _m.ThinkChunk
                | _m.AudioChunk
                | _m.UnknownContentChunk
            ]
        ),
        "BatchJobIn": lambda: _m.CreateBatchJobRequest,
        "BatchJobOut": lambda: _m.BatchJob,
        "BatchJobsOut": lambda: _m.ListBatchJobsResponse,
        "ChatCompletionRequestMessage": lambda: (
            _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage
        ),
        "ChatCompletionRequestStop": lambda: str | list[str],
        "ChatCompletionRequestTool": lambda: (
            _m.Tool
            | _m.WebSearchTool
            | _m.WebSearchPremiumTool
            | _m.CodeInterpreterTool
            | _m.ImageGenerationTool
            | _m.DocumentLibraryTool
            | _m.CustomConnector
        ),
        "ChatCompletionRequestToolChoice": lambda: _m.ToolChoice | _m.ToolChoiceEnum,
        "ChatCompletionStreamRequest": lambda: _m.ChatCompletionRequest,
        "ChatCompletionStreamRequestMessage": lambda: (
            _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage
        ),
        "ChatCompletionStreamRequestMessages": lambda: (
            _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage
        ),
        "ChatCompletionStreamRequestStop": lambda: str | list[str],
        "ChatCompletionStreamRequestTool": lambda: (
            _m.Tool
            | _m.WebSearchTool
            | _m.WebSearchPremiumTool
            | _m.CodeInterpreterTool
            | _m.ImageGenerationTool
            | _m.DocumentLibraryTool
            | _m.CustomConnector
        ),
        "ChatCompletionStreamRequestToolChoice": lambda: _m.ToolChoice | _m.ToolChoiceEnum,
        "ClassificationRequestInputs": lambda: str | list[str],
        "Content": lambda: (
            str
            | list[
                _m.TextChunk
                | _m.ImageURLChunk
                | _m.DocumentURLChunk
                | _m.ReferenceChunk
                | _m.FileChunk
                | _m.ThinkChunk
                | _m.AudioChunk
                | _m.UnknownContentChunk
            ]
        ),
        "ContentChunk": lambda: (
            _m.TextChunk
            | _m.ImageURLChunk
            | _m.DocumentURLChunk
            | _m.ReferenceChunk
            | _m.FileChunk
            | _m.ThinkChunk
            | _m.AudioChunk
            | _m.UnknownContentChunk
        ),
        "Data": lambda: _m.BaseModelCard | _m.FTModelCard,
        "DeleteFileOut": lambda: _m.DeleteFileResponse,
        "DeleteModelOut": lambda: _m.DeleteModelResponse,
        "DeltaMessageContent": lambda: (
            str
            | list[
                _m.TextChunk
                | _m.ImageURLChunk
                | _m.DocumentURLChunk
                | _m.ReferenceChunk
                | _m.FileChunk
                | _m.ThinkChunk
                | _m.AudioChunk
                | _m.UnknownContentChunk
            ]
        ),
        "EmbeddingRequestInputs": lambda: str | list[str],
        "FIMCompletionRequestStop": lambda: str | list[str],
        "FIMCompletionStreamRequest": lambda: _m.FIMCompletionRequest,
        "FIMCompletionStreamRequestStop": lambda: str | list[str],
        "File": lambda: _t.File,
        "FileSignedURL": lambda: _m.GetSignedUrlResponse,
        "FinishReason": lambda: _m.ChatCompletionChoiceFinishReason,
        "GetSignedURLResponse": lambda: _m.GetSignedUrlResponse,
        "ImageURLChunkImageURL": lambda: _m.ImageURL | str,
        "ImageURLUnion": lambda: _m.ImageURL | str,
        "JSONSchema": lambda: _m.JsonSchema,
        "ListFilesOut": lambda: _m.ListFilesResponse,
        "Messages": lambda: _m.SystemMessage | _m.UserMessage | _m.AssistantMessage | _m.ToolMessage,
        "ModelListData": lambda: _m.BaseModelCard | _m.FTModelCard,
        "ResponseRetrieveModelV1ModelsModelIDGet": lambda: _m.BaseModelCard | _m.FTModelCard,
        "RetrieveFileOut": lambda: _m.GetFileResponse,
        "RetrieveModelV1ModelsModelIDGetResponseRetrieveModelV1ModelsModelIDGet": lambda: (
            _m.BaseModelCard | _m.FTModelCard
        ),
        "Stop": lambda: str | list[str],
        "SystemMessageContent": lambda: str | list[_m.TextChunk | _m.ThinkChunk | _m.UnknownContentChunk],
        "SystemMessageContentChunks": lambda: _m.TextChunk | _m.ThinkChunk | _m.UnknownContentChunk,
        "Thinking": lambda: _m.TextChunk | _m.ToolReferenceChunk | _m.ReferenceChunk | _m.UnknownContentChunk,
        "ToolMessageContent": lambda: (
            str
            | list[
                _m.TextChunk
                | _m.ImageURLChunk
                | _m.DocumentURLChunk
                | _m.ReferenceChunk
                | _m.FileChunk
                | _m.ThinkChunk
                | _m.AudioChunk
                | _m.UnknownContentChunk
            ]
        ),
        "UnarchiveFTModelOut": lambda: _m.UnarchiveModelResponse,
        "UploadFileOut": lambda: _m.CreateFileResponse,
        "UserMessageContent": lambda: (
            str
            | list[
                _m.TextChunk
                | _m.ImageURLChunk
                | _m.DocumentURLChunk
                | _m.ReferenceChunk
                | _m.FileChunk
                | _m.ThinkChunk
                | _m.AudioChunk
                | _m.UnknownContentChunk
            ]
        ),
    }


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        make = _aliases().get(name)
        if make is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = make()
        globals()[name] = value  # later accesses are plain attribute lookups
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
