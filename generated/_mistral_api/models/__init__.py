"""Contains all the data models used in inputs/outputs.

A model's module is imported on first access to its name (`__getattr__` below), so importing the
package stays cheap however many models the spec has; type checkers read the imports under
`TYPE_CHECKING`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_endpoint import ApiEndpoint
    from .assistant_message import AssistantMessage
    from .audio_chunk import AudioChunk
    from .batch_error import BatchError
    from .batch_job_in import BatchJobIn
    from .batch_job_in_metadata_type_0 import BatchJobInMetadataType0
    from .batch_job_out import BatchJobOut
    from .batch_job_out_metadata_type_0 import BatchJobOutMetadataType0
    from .batch_job_status import BatchJobStatus
    from .batch_jobs_out import BatchJobsOut
    from .batch_output import BatchOutput
    from .batch_output_error_type_0 import BatchOutputErrorType0
    from .batch_output_response import BatchOutputResponse
    from .batch_output_response_body import BatchOutputResponseBody
    from .batch_request import BatchRequest
    from .batch_request_body import BatchRequestBody
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_response import ChatCompletionResponse
    from .completion_chunk import CompletionChunk
    from .completion_event import CompletionEvent
    from .completion_response_stream_choice import CompletionResponseStreamChoice
    from .delete_file_out import DeleteFileOut
    from .delta_message import DeltaMessage
    from .document_url_chunk import DocumentURLChunk
    from .embedding_request import EmbeddingRequest
    from .embedding_response import EmbeddingResponse
    from .embedding_response_data import EmbeddingResponseData
    from .file_chunk import FileChunk
    from .file_purpose import FilePurpose
    from .file_schema import FileSchema
    from .file_visibility import FileVisibility
    from .files_api_routes_upload_file_multi_part_body_params import FilesApiRoutesUploadFileMultiPartBodyParams
    from .fim_completion_request import FIMCompletionRequest
    from .fim_completion_response import FIMCompletionResponse
    from .finish_reason import FinishReason
    from .function import Function
    from .function_arguments import FunctionArguments
    from .function_call import FunctionCall
    from .function_name import FunctionName
    from .function_parameters import FunctionParameters
    from .guardrail_config import GuardrailConfig
    from .http_validation_error_body import HTTPValidationErrorBody
    from .image_url import ImageURL
    from .image_url_chunk import ImageURLChunk
    from .jobs_api_routes_batch_get_batch_jobs_order_by import JobsApiRoutesBatchGetBatchJobsOrderBy
    from .json_schema import JsonSchema
    from .json_schema_definition import JsonSchemaDefinition
    from .list_files_out import ListFilesOut
    from .mistral_prompt_mode import MistralPromptMode
    from .model_capabilities import ModelCapabilities
    from .model_card import ModelCard
    from .model_list import ModelList
    from .moderation_llm_config import ModerationLLMConfig
    from .prediction import Prediction
    from .prompt_tokens_details import PromptTokensDetails
    from .reasoning_effort import ReasoningEffort
    from .reference_chunk import ReferenceChunk
    from .request_metadata import RequestMetadata
    from .response_format import ResponseFormat
    from .response_formats import ResponseFormats
    from .retrieve_file_out import RetrieveFileOut
    from .sample_type import SampleType
    from .source import Source
    from .system_message import SystemMessage
    from .text_chunk import TextChunk
    from .think_chunk import ThinkChunk
    from .tool import Tool
    from .tool_call import ToolCall
    from .tool_choice import ToolChoice
    from .tool_choice_enum import ToolChoiceEnum
    from .tool_message import ToolMessage
    from .tool_types import ToolTypes
    from .unknown_content_chunk import UnknownContentChunk
    from .upload_file_out import UploadFileOut
    from .usage_info import UsageInfo
    from .user_message import UserMessage
    from .validation_detail import ValidationDetail
    from .validation_error import ValidationError

# name -> module, relative to this package
_MODULES: dict[str, str] = {
    "ApiEndpoint": ".api_endpoint",
    "AssistantMessage": ".assistant_message",
    "AudioChunk": ".audio_chunk",
    "BatchError": ".batch_error",
    "BatchJobIn": ".batch_job_in",
    "BatchJobInMetadataType0": ".batch_job_in_metadata_type_0",
    "BatchJobOut": ".batch_job_out",
    "BatchJobOutMetadataType0": ".batch_job_out_metadata_type_0",
    "BatchJobStatus": ".batch_job_status",
    "BatchJobsOut": ".batch_jobs_out",
    "BatchOutput": ".batch_output",
    "BatchOutputErrorType0": ".batch_output_error_type_0",
    "BatchOutputResponse": ".batch_output_response",
    "BatchOutputResponseBody": ".batch_output_response_body",
    "BatchRequest": ".batch_request",
    "BatchRequestBody": ".batch_request_body",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionResponse": ".chat_completion_response",
    "CompletionChunk": ".completion_chunk",
    "CompletionEvent": ".completion_event",
    "CompletionResponseStreamChoice": ".completion_response_stream_choice",
    "DeleteFileOut": ".delete_file_out",
    "DeltaMessage": ".delta_message",
    "DocumentURLChunk": ".document_url_chunk",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingResponse": ".embedding_response",
    "EmbeddingResponseData": ".embedding_response_data",
    "FileChunk": ".file_chunk",
    "FilePurpose": ".file_purpose",
    "FileSchema": ".file_schema",
    "FileVisibility": ".file_visibility",
    "FilesApiRoutesUploadFileMultiPartBodyParams": ".files_api_routes_upload_file_multi_part_body_params",
    "FIMCompletionRequest": ".fim_completion_request",
    "FIMCompletionResponse": ".fim_completion_response",
    "FinishReason": ".finish_reason",
    "Function": ".function",
    "FunctionArguments": ".function_arguments",
    "FunctionCall": ".function_call",
    "FunctionName": ".function_name",
    "FunctionParameters": ".function_parameters",
    "GuardrailConfig": ".guardrail_config",
    "HTTPValidationErrorBody": ".http_validation_error_body",
    "ImageURL": ".image_url",
    "ImageURLChunk": ".image_url_chunk",
    "JobsApiRoutesBatchGetBatchJobsOrderBy": ".jobs_api_routes_batch_get_batch_jobs_order_by",
    "JsonSchema": ".json_schema",
    "JsonSchemaDefinition": ".json_schema_definition",
    "ListFilesOut": ".list_files_out",
    "MistralPromptMode": ".mistral_prompt_mode",
    "ModelCapabilities": ".model_capabilities",
    "ModelCard": ".model_card",
    "ModelList": ".model_list",
    "ModerationLLMConfig": ".moderation_llm_config",
    "Prediction": ".prediction",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ReasoningEffort": ".reasoning_effort",
    "ReferenceChunk": ".reference_chunk",
    "RequestMetadata": ".request_metadata",
    "ResponseFormat": ".response_format",
    "ResponseFormats": ".response_formats",
    "RetrieveFileOut": ".retrieve_file_out",
    "SampleType": ".sample_type",
    "Source": ".source",
    "SystemMessage": ".system_message",
    "TextChunk": ".text_chunk",
    "ThinkChunk": ".think_chunk",
    "Tool": ".tool",
    "ToolCall": ".tool_call",
    "ToolChoice": ".tool_choice",
    "ToolChoiceEnum": ".tool_choice_enum",
    "ToolMessage": ".tool_message",
    "ToolTypes": ".tool_types",
    "UnknownContentChunk": ".unknown_content_chunk",
    "UploadFileOut": ".upload_file_out",
    "UsageInfo": ".usage_info",
    "UserMessage": ".user_message",
    "ValidationDetail": ".validation_detail",
    "ValidationError": ".validation_error",
}

__all__ = (
    "ApiEndpoint",
    "AssistantMessage",
    "AudioChunk",
    "BatchError",
    "BatchJobIn",
    "BatchJobInMetadataType0",
    "BatchJobOut",
    "BatchJobOutMetadataType0",
    "BatchJobStatus",
    "BatchJobsOut",
    "BatchOutput",
    "BatchOutputErrorType0",
    "BatchOutputResponse",
    "BatchOutputResponseBody",
    "BatchRequest",
    "BatchRequestBody",
    "ChatCompletionChoice",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "DeleteFileOut",
    "DeltaMessage",
    "DocumentURLChunk",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "EmbeddingResponseData",
    "FIMCompletionRequest",
    "FIMCompletionResponse",
    "FileChunk",
    "FilePurpose",
    "FileSchema",
    "FileVisibility",
    "FilesApiRoutesUploadFileMultiPartBodyParams",
    "FinishReason",
    "Function",
    "FunctionArguments",
    "FunctionCall",
    "FunctionName",
    "FunctionParameters",
    "GuardrailConfig",
    "HTTPValidationErrorBody",
    "ImageURL",
    "ImageURLChunk",
    "JobsApiRoutesBatchGetBatchJobsOrderBy",
    "JsonSchema",
    "JsonSchemaDefinition",
    "ListFilesOut",
    "MistralPromptMode",
    "ModelCapabilities",
    "ModelCard",
    "ModelList",
    "ModerationLLMConfig",
    "Prediction",
    "PromptTokensDetails",
    "ReasoningEffort",
    "ReferenceChunk",
    "RequestMetadata",
    "ResponseFormat",
    "ResponseFormats",
    "RetrieveFileOut",
    "SampleType",
    "Source",
    "SystemMessage",
    "TextChunk",
    "ThinkChunk",
    "Tool",
    "ToolCall",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolMessage",
    "ToolTypes",
    "UnknownContentChunk",
    "UploadFileOut",
    "UsageInfo",
    "UserMessage",
    "ValidationDetail",
    "ValidationError",
)


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later accesses are plain attribute lookups
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
