"""Contains all the data models used in inputs/outputs"""

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
