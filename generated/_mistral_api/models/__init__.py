"""Contains all the data models used in inputs/outputs.

A model's module is imported on first access to its name (`__getattr__` below), so importing the
package stays cheap however many models the spec has; type checkers read the imports under
`TYPE_CHECKING`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_available import ActionAvailable
    from .action_unavailable_delete_unavailable_reason import ActionUnavailableDeleteUnavailableReason
    from .action_unavailable_rotate_unavailable_reason import ActionUnavailableRotateUnavailableReason
    from .activity_task_completed_attributes_response import ActivityTaskCompletedAttributesResponse
    from .activity_task_completed_response import ActivityTaskCompletedResponse
    from .activity_task_failed_attributes import ActivityTaskFailedAttributes
    from .activity_task_failed_response import ActivityTaskFailedResponse
    from .activity_task_retrying_attributes import ActivityTaskRetryingAttributes
    from .activity_task_retrying_response import ActivityTaskRetryingResponse
    from .activity_task_started_attributes_response import ActivityTaskStartedAttributesResponse
    from .activity_task_started_response import ActivityTaskStartedResponse
    from .actor_type import ActorType
    from .add_or_update_users_to_workspace_out import AddOrUpdateUsersToWorkspaceOUT
    from .add_users_to_workspace_out import AddUsersToWorkspaceOUT
    from .admin_assign_users_to_group_in import AdminAssignUsersToGroupIn
    from .admin_create_api_key_in import AdminCreateAPIKeyIN
    from .admin_organization_member_out import AdminOrganizationMemberOUT
    from .admin_organization_member_out_subscription_types_type_0_item import (
        AdminOrganizationMemberOUTSubscriptionTypesType0Item,
    )
    from .admin_organization_member_update import AdminOrganizationMemberUpdate
    from .admin_organization_member_update_role_name_type_0 import AdminOrganizationMemberUpdateRoleNameType0
    from .admin_organization_member_update_role_names_type_0_item import AdminOrganizationMemberUpdateRoleNamesType0Item
    from .admin_organization_member_update_subscription_types_type_0_item import (
        AdminOrganizationMemberUpdateSubscriptionTypesType0Item,
    )
    from .admin_provision_group_to_workspace_in import AdminProvisionGroupToWorkspaceIn
    from .admin_provision_group_to_workspace_in_workspace_role_name_type_0 import (
        AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0,
    )
    from .admin_scim_sync_active_run_out import AdminScimSyncActiveRunOUT
    from .admin_scim_sync_config import AdminScimSyncConfig
    from .admin_scim_sync_run_out import AdminScimSyncRunOUT
    from .admin_scim_sync_trigger_in import AdminScimSyncTriggerIN
    from .admin_scim_sync_trigger_out import AdminScimSyncTriggerOUT
    from .admin_update_user_group_in import AdminUpdateUserGroupIn
    from .admin_user_group_in import AdminUserGroupIn
    from .admin_user_group_member_out import AdminUserGroupMemberOut
    from .admin_user_group_members_out import AdminUserGroupMembersOut
    from .admin_user_group_out import AdminUserGroupOut
    from .admin_user_groups_out import AdminUserGroupsOut
    from .admin_user_out import AdminUserOUT
    from .admin_user_out_subscription_types_type_0_item import AdminUserOUTSubscriptionTypesType0Item
    from .admin_workspace_in import AdminWorkspaceIn
    from .agent import Agent
    from .agent_alias_response import AgentAliasResponse
    from .agent_conversation import AgentConversation
    from .agent_handoff_done_event import AgentHandoffDoneEvent
    from .agent_handoff_entry import AgentHandoffEntry
    from .agent_handoff_started_event import AgentHandoffStartedEvent
    from .agent_list_page import AgentListPage
    from .agents_completion_request import AgentsCompletionRequest
    from .agents_completion_request_metadata_type_0 import AgentsCompletionRequestMetadataType0
    from .aggregation import Aggregation
    from .aggregation_meta import AggregationMeta
    from .aggregation_request import AggregationRequest
    from .aggregation_row import AggregationRow
    from .aggregation_row_dimensions import AggregationRowDimensions
    from .alias_list import AliasList
    from .annotations import Annotations
    from .annotations_audience_type_0_item import AnnotationsAudienceType0Item
    from .api_endpoint import ApiEndpoint
    from .api_key_actions import APIKeyActions
    from .api_key_auth import APIKeyAuth
    from .api_key_auth_type import APIKeyAuthType
    from .api_key_extended_out import APIKeyExtendedOUT
    from .api_key_out import APIKeyOUT
    from .api_key_product import APIKeyProduct
    from .api_keys_extended_out import APIKeysExtendedOUT
    from .api_object_type import ApiObjectType
    from .api_plan import APIPlan
    from .api_zone import ApiZone
    from .append_conversation_request import AppendConversationRequest
    from .append_conversation_request_handoff_execution import AppendConversationRequestHandoffExecution
    from .archive_model_response import ArchiveModelResponse
    from .assign_group_to_workspace_in import AssignGroupToWorkspaceIn
    from .assign_group_to_workspace_in_role_names_type_0_item import AssignGroupToWorkspaceInRoleNamesType0Item
    from .assistant_message import AssistantMessage
    from .audio_chunk import AudioChunk
    from .audio_content import AudioContent
    from .audio_content_meta_type_0 import AudioContentMetaType0
    from .audio_transcription_request import AudioTranscriptionRequest
    from .audio_transcription_request_stream import AudioTranscriptionRequestStream
    from .audit_log_event_type import AuditLogEventType
    from .audit_log_out import AuditLogOut
    from .audit_log_out_actor_metadata import AuditLogOutActorMetadata
    from .audit_log_out_event_metadata import AuditLogOutEventMetadata
    from .audit_log_out_target_metadata import AuditLogOutTargetMetadata
    from .auth_data import AuthData
    from .auth_direction import AuthDirection
    from .auth_status import AuthStatus
    from .auth_url_response import AuthUrlResponse
    from .authentication_configuration import AuthenticationConfiguration
    from .authentication_method_create_or_update_request import AuthenticationMethodCreateOrUpdateRequest
    from .authentication_method_create_or_update_request_global_headers import (
        AuthenticationMethodCreateOrUpdateRequestGlobalHeaders,
    )
    from .base_field_definition import BaseFieldDefinition
    from .base_field_definition_supported_operators_item import BaseFieldDefinitionSupportedOperatorsItem
    from .base_field_definition_type import BaseFieldDefinitionType
    from .base_model_card import BaseModelCard
    from .base_task_status import BaseTaskStatus
    from .base_workspace_member_in import BaseWorkspaceMemberIN
    from .basic_model_usage_data_json import BasicModelUsageDataJSON
    from .basic_model_usage_data_json_models import BasicModelUsageDataJSONModels
    from .basic_model_usage_data_json_models_additional_property import BasicModelUsageDataJSONModelsAdditionalProperty
    from .basic_model_usage_data_json_models_additional_property_additional_property_item import (
        BasicModelUsageDataJSONModelsAdditionalPropertyAdditionalPropertyItem,
    )
    from .batch_error import BatchError
    from .batch_execution_body import BatchExecutionBody
    from .batch_execution_response import BatchExecutionResponse
    from .batch_execution_response_results import BatchExecutionResponseResults
    from .batch_execution_result import BatchExecutionResult
    from .batch_job import BatchJob
    from .batch_job_metadata_type_0 import BatchJobMetadataType0
    from .batch_job_outputs_type_0_item import BatchJobOutputsType0Item
    from .batch_job_status import BatchJobStatus
    from .batch_request import BatchRequest
    from .batch_request_body import BatchRequestBody
    from .blob_resource_contents import BlobResourceContents
    from .blob_resource_contents_meta_type_0 import BlobResourceContentsMetaType0
    from .built_in_connectors import BuiltInConnectors
    from .campaign import Campaign
    from .chat_classification_request import ChatClassificationRequest
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_choice_finish_reason import ChatCompletionChoiceFinishReason
    from .chat_completion_event import ChatCompletionEvent
    from .chat_completion_event_enabled_tools_item import ChatCompletionEventEnabledToolsItem
    from .chat_completion_event_extra_fields import ChatCompletionEventExtraFields
    from .chat_completion_event_extra_fields_additional_property_type_6 import (
        ChatCompletionEventExtraFieldsAdditionalPropertyType6,
    )
    from .chat_completion_event_preview import ChatCompletionEventPreview
    from .chat_completion_event_preview_extra_fields import ChatCompletionEventPreviewExtraFields
    from .chat_completion_event_preview_extra_fields_additional_property_type_6 import (
        ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6,
    )
    from .chat_completion_event_request_messages_item import ChatCompletionEventRequestMessagesItem
    from .chat_completion_event_response_messages_item import ChatCompletionEventResponseMessagesItem
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_metadata_type_0 import ChatCompletionRequestMetadataType0
    from .chat_completion_response import ChatCompletionResponse
    from .chat_completion_response_base import ChatCompletionResponseBase
    from .chat_completion_v1_chat_completions_post_unauthorized import ChatCompletionV1ChatCompletionsPostUnauthorized
    from .chat_moderation_request import ChatModerationRequest
    from .chat_plan import ChatPlan
    from .chat_transcription_event import ChatTranscriptionEvent
    from .chat_transcription_event_response_message import ChatTranscriptionEventResponseMessage
    from .classification_request import ClassificationRequest
    from .classification_request_metadata_type_0 import ClassificationRequestMetadataType0
    from .classification_response import ClassificationResponse
    from .classification_response_results_item import ClassificationResponseResultsItem
    from .classification_target_result import ClassificationTargetResult
    from .classification_target_result_classifier_target_result_scores import (
        ClassificationTargetResultClassifierTargetResultScores,
    )
    from .classifier_fine_tuned_model import ClassifierFineTunedModel
    from .classifier_target_result import ClassifierTargetResult
    from .client_capabilities import ClientCapabilities
    from .client_capabilities_experimental_type_0 import ClientCapabilitiesExperimentalType0
    from .client_capabilities_experimental_type_0_additional_property import (
        ClientCapabilitiesExperimentalType0AdditionalProperty,
    )
    from .client_tasks_capability import ClientTasksCapability
    from .client_tasks_requests_capability import ClientTasksRequestsCapability
    from .code_interpreter_tool import CodeInterpreterTool
    from .code_interpreter_tool_type import CodeInterpreterToolType
    from .code_plan import CodePlan
    from .completion_args import CompletionArgs
    from .completion_chunk import CompletionChunk
    from .completion_event import CompletionEvent
    from .completion_fine_tuned_model import CompletionFineTunedModel
    from .completion_response_stream_choice import CompletionResponseStreamChoice
    from .completion_response_stream_choice_finish_reason_type_1 import CompletionResponseStreamChoiceFinishReasonType1
    from .completion_response_stream_choice_finish_reason_type_2_type_1 import (
        CompletionResponseStreamChoiceFinishReasonType2Type1,
    )
    from .completion_response_stream_choice_finish_reason_type_3_type_1 import (
        CompletionResponseStreamChoiceFinishReasonType3Type1,
    )
    from .completion_tokens_details import CompletionTokensDetails
    from .completions_capability import CompletionsCapability
    from .connection_config_type import ConnectionConfigType
    from .connection_credentials import ConnectionCredentials
    from .connection_credentials_headers_type_0 import ConnectionCredentialsHeadersType0
    from .connection_preference import ConnectionPreference
    from .connector import Connector
    from .connector_activate_for_consumer_v1_consumer_scope import ConnectorActivateForConsumerV1ConsumerScope
    from .connector_authentication_header import ConnectorAuthenticationHeader
    from .connector_call_tool_request import ConnectorCallToolRequest
    from .connector_call_tool_request_arguments import ConnectorCallToolRequestArguments
    from .connector_deactivate_for_consumer_v1_consumer_scope import ConnectorDeactivateForConsumerV1ConsumerScope
    from .connector_list_tools_v1_response_200_type_0_item_type_1 import ConnectorListToolsV1Response200Type0ItemType1
    from .connector_locale import ConnectorLocale
    from .connector_locale_description import ConnectorLocaleDescription
    from .connector_locale_name import ConnectorLocaleName
    from .connector_locale_usage_sentence import ConnectorLocaleUsageSentence
    from .connector_protocol import ConnectorProtocol
    from .connector_supported_language import ConnectorSupportedLanguage
    from .connector_tool import ConnectorTool
    from .connector_tool_call_metadata import ConnectorToolCallMetadata
    from .connector_tool_call_response import ConnectorToolCallResponse
    from .connector_tool_jsonschema_type_0 import ConnectorToolJsonschemaType0
    from .connector_tool_locale import ConnectorToolLocale
    from .connector_tool_locale_description import ConnectorToolLocaleDescription
    from .connector_tool_locale_name import ConnectorToolLocaleName
    from .connector_tool_locale_usage_sentence import ConnectorToolLocaleUsageSentence
    from .connector_tool_result_metadata import ConnectorToolResultMetadata
    from .connector_tool_result_metadata_meta_type_0 import ConnectorToolResultMetadataMetaType0
    from .connector_tool_result_metadata_structured_content_type_0 import (
        ConnectorToolResultMetadataStructuredContentType0,
    )
    from .connectors_query_filters import ConnectorsQueryFilters
    from .consumer_type import ConsumerType
    from .conversation_append_request import ConversationAppendRequest
    from .conversation_append_request_handoff_execution import ConversationAppendRequestHandoffExecution
    from .conversation_append_stream_request import ConversationAppendStreamRequest
    from .conversation_append_stream_request_handoff_execution import ConversationAppendStreamRequestHandoffExecution
    from .conversation_events import ConversationEvents
    from .conversation_history import ConversationHistory
    from .conversation_messages import ConversationMessages
    from .conversation_request import ConversationRequest
    from .conversation_request_base import ConversationRequestBase
    from .conversation_request_base_handoff_execution_type_0 import ConversationRequestBaseHandoffExecutionType0
    from .conversation_request_handoff_execution_type_0 import ConversationRequestHandoffExecutionType0
    from .conversation_response import ConversationResponse
    from .conversation_response_guardrails_type_0_item import ConversationResponseGuardrailsType0Item
    from .conversation_restart_request import ConversationRestartRequest
    from .conversation_restart_request_handoff_execution import ConversationRestartRequestHandoffExecution
    from .conversation_restart_stream_request import ConversationRestartStreamRequest
    from .conversation_restart_stream_request_handoff_execution import ConversationRestartStreamRequestHandoffExecution
    from .conversation_stream_request import ConversationStreamRequest
    from .conversation_stream_request_handoff_execution_type_0 import ConversationStreamRequestHandoffExecutionType0
    from .conversation_usage_info import ConversationUsageInfo
    from .conversation_usage_info_connectors_type_0 import ConversationUsageInfoConnectorsType0
    from .create_agent_request import CreateAgentRequest
    from .create_batch_job_request import CreateBatchJobRequest
    from .create_batch_job_request_metadata_type_0 import CreateBatchJobRequestMetadataType0
    from .create_campaign_request import CreateCampaignRequest
    from .create_connector_request import CreateConnectorRequest
    from .create_connector_request_global_headers import CreateConnectorRequestGlobalHeaders
    from .create_connector_request_headers_type_0 import CreateConnectorRequestHeadersType0
    from .create_dataset_record_request import CreateDatasetRecordRequest
    from .create_dataset_record_request_properties import CreateDatasetRecordRequestProperties
    from .create_dataset_request import CreateDatasetRequest
    from .create_deployment_request import CreateDeploymentRequest
    from .create_file_response import CreateFileResponse
    from .create_ingestion_pipeline_configuration_request import CreateIngestionPipelineConfigurationRequest
    from .create_ingestion_pipeline_configuration_request_pipeline_composition_type_0 import (
        CreateIngestionPipelineConfigurationRequestPipelineCompositionType0,
    )
    from .create_judge_request import CreateJudgeRequest
    from .create_library_request import CreateLibraryRequest
    from .create_library_request_owner_type_type_0 import CreateLibraryRequestOwnerTypeType0
    from .create_prompt_request import CreatePromptRequest
    from .create_prompt_version_response import CreatePromptVersionResponse
    from .create_skill_request import CreateSkillRequest
    from .create_skill_version_response import CreateSkillVersionResponse
    from .credentials_create_or_update import CredentialsCreateOrUpdate
    from .credentials_response import CredentialsResponse
    from .credentials_status import CredentialsStatus
    from .credentials_status_error_reason import CredentialsStatusErrorReason
    from .custom_connector import CustomConnector
    from .custom_connector_type import CustomConnectorType
    from .custom_task_canceled_attributes import CustomTaskCanceledAttributes
    from .custom_task_canceled_response import CustomTaskCanceledResponse
    from .custom_task_completed_attributes_response import CustomTaskCompletedAttributesResponse
    from .custom_task_completed_response import CustomTaskCompletedResponse
    from .custom_task_failed_attributes import CustomTaskFailedAttributes
    from .custom_task_failed_response import CustomTaskFailedResponse
    from .custom_task_in_progress_attributes_response import CustomTaskInProgressAttributesResponse
    from .custom_task_in_progress_response import CustomTaskInProgressResponse
    from .custom_task_started_attributes_response import CustomTaskStartedAttributesResponse
    from .custom_task_started_response import CustomTaskStartedResponse
    from .custom_task_timed_out_attributes import CustomTaskTimedOutAttributes
    from .custom_task_timed_out_response import CustomTaskTimedOutResponse
    from .dataset import Dataset
    from .dataset_import_task import DatasetImportTask
    from .dataset_preview import DatasetPreview
    from .dataset_record import DatasetRecord
    from .dataset_record_payload import DatasetRecordPayload
    from .dataset_record_properties import DatasetRecordProperties
    from .dataset_record_source import DatasetRecordSource
    from .defs_timestamp_granularity import DefsTimestampGranularity
    from .defs_usage_info import DefsUsageInfo
    from .delete_api_key_out import DeleteAPIKeyOUT
    from .delete_batch_job_response import DeleteBatchJobResponse
    from .delete_dataset_records_request import DeleteDatasetRecordsRequest
    from .delete_file_response import DeleteFileResponse
    from .delete_model_response import DeleteModelResponse
    from .delete_out import DeleteOUT
    from .delete_prompt_response import DeletePromptResponse
    from .delete_skill_response import DeleteSkillResponse
    from .delete_unavailable_reason import DeleteUnavailableReason
    from .delta_message import DeltaMessage
    from .delta_message_metadata_type_0 import DeltaMessageMetadataType0
    from .deployment_build_state import DeploymentBuildState
    from .deployment_detail_response import DeploymentDetailResponse
    from .deployment_list_response import DeploymentListResponse
    from .deployment_location import DeploymentLocation
    from .deployment_log_record import DeploymentLogRecord
    from .deployment_log_record_log_attributes import DeploymentLogRecordLogAttributes
    from .deployment_log_search_response import DeploymentLogSearchResponse
    from .deployment_observed_state import DeploymentObservedState
    from .deployment_resource_config import DeploymentResourceConfig
    from .deployment_resource_config_update import DeploymentResourceConfigUpdate
    from .deployment_response import DeploymentResponse
    from .deployment_worker_list_response import DeploymentWorkerListResponse
    from .deployment_worker_response import DeploymentWorkerResponse
    from .deployment_worker_spec_input import DeploymentWorkerSpecInput
    from .deployment_worker_spec_response import DeploymentWorkerSpecResponse
    from .document import Document
    from .document_attributes_type_0 import DocumentAttributesType0
    from .document_library_tool import DocumentLibraryTool
    from .document_library_tool_type import DocumentLibraryToolType
    from .document_text_content import DocumentTextContent
    from .document_url_chunk import DocumentURLChunk
    from .elicitation_capability import ElicitationCapability
    from .embedded_resource import EmbeddedResource
    from .embedded_resource_meta_type_0 import EmbeddedResourceMetaType0
    from .embedding_dtype import EmbeddingDtype
    from .embedding_request import EmbeddingRequest
    from .embedding_request_metadata_type_0 import EmbeddingRequestMetadataType0
    from .embedding_response import EmbeddingResponse
    from .embedding_response_data import EmbeddingResponseData
    from .encoded_payload_options import EncodedPayloadOptions
    from .encoding_format import EncodingFormat
    from .encrypted_patch_value import EncryptedPatchValue
    from .entity_type import EntityType
    from .event_progress_status import EventProgressStatus
    from .event_source import EventSource
    from .event_type import EventType
    from .execution_config import ExecutionConfig
    from .execution_log_record import ExecutionLogRecord
    from .execution_log_record_log_attributes import ExecutionLogRecordLogAttributes
    from .execution_log_search_response import ExecutionLogSearchResponse
    from .execution_tool import ExecutionTool
    from .execution_trace_info_response import ExecutionTraceInfoResponse
    from .export_dataset_response import ExportDatasetResponse
    from .extended_o_auth_server_metadata import ExtendedOAuthServerMetadata
    from .failure import Failure
    from .feed_result_chat_completion_event_preview import FeedResultChatCompletionEventPreview
    from .feed_result_get_log import FeedResultGetLog
    from .feed_result_get_span import FeedResultGetSpan
    from .feed_result_get_span_evaluation import FeedResultGetSpanEvaluation
    from .feed_result_get_trace import FeedResultGetTrace
    from .fetch_campaign_status_response import FetchCampaignStatusResponse
    from .fetch_chat_completion_field_options_response import FetchChatCompletionFieldOptionsResponse
    from .fetch_field_option_counts_request import FetchFieldOptionCountsRequest
    from .fetch_field_option_counts_response import FetchFieldOptionCountsResponse
    from .field_group import FieldGroup
    from .field_option_count_item import FieldOptionCountItem
    from .file_chunk import FileChunk
    from .file_purpose import FilePurpose
    from .file_schema import FileSchema
    from .file_visibility import FileVisibility
    from .files_api_routes_upload_file_multi_part_body_params import FilesApiRoutesUploadFileMultiPartBodyParams
    from .files_api_routes_upload_file_multi_part_body_params_visibility import (
        FilesApiRoutesUploadFileMultiPartBodyParamsVisibility,
    )
    from .filter_condition import FilterCondition
    from .filter_condition_op import FilterConditionOp
    from .filter_group import FilterGroup
    from .filter_payload import FilterPayload
    from .fim_completion_request import FIMCompletionRequest
    from .fim_completion_request_metadata_type_0 import FIMCompletionRequestMetadataType0
    from .fim_completion_response import FIMCompletionResponse
    from .fine_tuned_model_capabilities import FineTunedModelCapabilities
    from .fine_tuning_data_json import FineTuningDataJSON
    from .fine_tuning_data_json_storage import FineTuningDataJSONStorage
    from .fine_tuning_data_json_training import FineTuningDataJSONTraining
    from .fine_tuning_data_json_training_additional_property import FineTuningDataJSONTrainingAdditionalProperty
    from .fine_tuning_data_json_training_additional_property_additional_property_item import (
        FineTuningDataJSONTrainingAdditionalPropertyAdditionalPropertyItem,
    )
    from .form_elicitation_capability import FormElicitationCapability
    from .ft_classifier_loss_function import FTClassifierLossFunction
    from .ft_model_card import FTModelCard
    from .function import Function
    from .function_call import FunctionCall
    from .function_call_arguments_type_0 import FunctionCallArgumentsType0
    from .function_call_entry import FunctionCallEntry
    from .function_call_entry_arguments_type_0 import FunctionCallEntryArgumentsType0
    from .function_call_entry_confirmation_status_type_0 import FunctionCallEntryConfirmationStatusType0
    from .function_call_event import FunctionCallEvent
    from .function_call_event_confirmation_status_type_0 import FunctionCallEventConfirmationStatusType0
    from .function_name import FunctionName
    from .function_parameters import FunctionParameters
    from .function_result_entry import FunctionResultEntry
    from .function_tool import FunctionTool
    from .function_tool_type import FunctionToolType
    from .get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_granularity_type_0 import (
        GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0,
    )
    from .get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get_operator import (
        GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator,
    )
    from .get_deployment_logs_order import GetDeploymentLogsOrder
    from .get_deployment_summaries_response import GetDeploymentSummariesResponse
    from .get_deployment_summaries_response_deployment import GetDeploymentSummariesResponseDeployment
    from .get_deployment_summaries_response_deployment_status import GetDeploymentSummariesResponseDeploymentStatus
    from .get_deployment_summaries_response_vespa_deployment import GetDeploymentSummariesResponseVespaDeployment
    from .get_deployment_summaries_response_vespa_index import GetDeploymentSummariesResponseVespaIndex
    from .get_file_response import GetFileResponse
    from .get_log import GetLog
    from .get_log_field_options import GetLogFieldOptions
    from .get_log_fields import GetLogFields
    from .get_log_log_attributes import GetLogLogAttributes
    from .get_log_resource_attributes import GetLogResourceAttributes
    from .get_log_scope_attributes import GetLogScopeAttributes
    from .get_logs import GetLogs
    from .get_schedules_v1_workflows_schedules_get_status_type_0 import GetSchedulesV1WorkflowsSchedulesGetStatusType0
    from .get_signed_url_response import GetSignedUrlResponse
    from .get_span import GetSpan
    from .get_span_evaluation import GetSpanEvaluation
    from .get_span_evaluation_field_options import GetSpanEvaluationFieldOptions
    from .get_span_evaluation_fields import GetSpanEvaluationFields
    from .get_span_evaluation_metadata import GetSpanEvaluationMetadata
    from .get_span_evaluations import GetSpanEvaluations
    from .get_span_field_options import GetSpanFieldOptions
    from .get_span_fields import GetSpanFields
    from .get_span_resource_attributes import GetSpanResourceAttributes
    from .get_span_span_attributes import GetSpanSpanAttributes
    from .get_span_status_code import GetSpanStatusCode
    from .get_spans import GetSpans
    from .get_stream_events_v1_workflows_events_stream_get_metadata_filters_type_0 import (
        GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0,
    )
    from .get_stream_events_v1_workflows_events_stream_get_response_200 import (
        GetStreamEventsV1WorkflowsEventsStreamGetResponse200,
    )
    from .get_stream_events_v1_workflows_events_stream_get_scope import GetStreamEventsV1WorkflowsEventsStreamGetScope
    from .get_trace import GetTrace
    from .get_trace_field_options import GetTraceFieldOptions
    from .get_trace_fields import GetTraceFields
    from .get_trace_status_code import GetTraceStatusCode
    from .get_traces import GetTraces
    from .get_workflow_execution_logs_order import GetWorkflowExecutionLogsOrder
    from .get_workflows_v1_workflows_get_deployment_status_type_0 import GetWorkflowsV1WorkflowsGetDeploymentStatusType0
    from .get_workflows_v1_workflows_get_order import GetWorkflowsV1WorkflowsGetOrder
    from .git_commit_author import GitCommitAuthor
    from .git_commit_metadata import GitCommitMetadata
    from .global_header_value import GlobalHeaderValue
    from .granularity import Granularity
    from .group_workspace_assignment_out import GroupWorkspaceAssignmentOut
    from .group_workspace_assignments_out import GroupWorkspaceAssignmentsOut
    from .guardrail_config import GuardrailConfig
    from .http_status import HTTPStatus
    from .http_validation_error_body import HTTPValidationErrorBody
    from .image_content import ImageContent
    from .image_content_meta_type_0 import ImageContentMetaType0
    from .image_detail import ImageDetail
    from .image_generation_tool import ImageGenerationTool
    from .image_generation_tool_type import ImageGenerationToolType
    from .image_url import ImageURL
    from .image_url_chunk import ImageURLChunk
    from .import_dataset_from_campaign_request import ImportDatasetFromCampaignRequest
    from .import_dataset_from_dataset_request import ImportDatasetFromDatasetRequest
    from .import_dataset_from_explorer_request import ImportDatasetFromExplorerRequest
    from .import_dataset_from_file_request import ImportDatasetFromFileRequest
    from .import_dataset_from_playground_request import ImportDatasetFromPlaygroundRequest
    from .inbound_authentication_type import InboundAuthenticationType
    from .ingestion_pipeline_configuration import IngestionPipelineConfiguration
    from .ingestion_pipeline_configuration_pipeline_composition_type_0 import (
        IngestionPipelineConfigurationPipelineCompositionType0,
    )
    from .instruct_request import InstructRequest
    from .jobs_api_routes_batch_get_batch_jobs_metadata_type_0 import JobsApiRoutesBatchGetBatchJobsMetadataType0
    from .jobs_api_routes_batch_get_batch_jobs_order_by import JobsApiRoutesBatchGetBatchJobsOrderBy
    from .json_patch_add import JSONPatchAdd
    from .json_patch_append import JSONPatchAppend
    from .json_patch_payload_response import JSONPatchPayloadResponse
    from .json_patch_remove import JSONPatchRemove
    from .json_patch_replace import JSONPatchReplace
    from .json_payload_response import JSONPayloadResponse
    from .json_schema import JsonSchema
    from .json_schema_schema import JsonSchemaSchema
    from .judge import Judge
    from .judge_chat_completion_event_request import JudgeChatCompletionEventRequest
    from .judge_classification_output import JudgeClassificationOutput
    from .judge_classification_output_option import JudgeClassificationOutputOption
    from .judge_conversation_request import JudgeConversationRequest
    from .judge_conversation_request_messages_item import JudgeConversationRequestMessagesItem
    from .judge_conversation_request_properties_type_0 import JudgeConversationRequestPropertiesType0
    from .judge_dataset_record_request import JudgeDatasetRecordRequest
    from .judge_output import JudgeOutput
    from .judge_output_type import JudgeOutputType
    from .judge_regression_output import JudgeRegressionOutput
    from .lago_event_type import LagoEventType
    from .libraries_api_usage_data_json import LibrariesAPIUsageDataJSON
    from .libraries_documents_upload_v1_document_upload import LibrariesDocumentsUploadV1DocumentUpload
    from .library import Library
    from .limits_context import LimitsContext
    from .limits_out import LimitsOUT
    from .list_batch_jobs_response import ListBatchJobsResponse
    from .list_campaign_selected_events_response import ListCampaignSelectedEventsResponse
    from .list_campaigns_response import ListCampaignsResponse
    from .list_chat_completion_fields_response import ListChatCompletionFieldsResponse
    from .list_dataset_import_tasks_response import ListDatasetImportTasksResponse
    from .list_dataset_records_response import ListDatasetRecordsResponse
    from .list_datasets_response import ListDatasetsResponse
    from .list_deployment_workers_v1_workflows_deployments_name_workers_get_worker_status_type_0 import (
        ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0,
    )
    from .list_deployments_v1_workflows_deployments_get_order import ListDeploymentsV1WorkflowsDeploymentsGetOrder
    from .list_deployments_v1_workflows_deployments_get_order_by_type_0 import (
        ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0,
    )
    from .list_documents_response import ListDocumentsResponse
    from .list_files_response import ListFilesResponse
    from .list_judges_response import ListJudgesResponse
    from .list_libraries_response import ListLibrariesResponse
    from .list_organizations_response import ListOrganizationsResponse
    from .list_prompt_versions_response import ListPromptVersionsResponse
    from .list_prompts_response import ListPromptsResponse
    from .list_runs_v1_workflows_runs_get_order import ListRunsV1WorkflowsRunsGetOrder
    from .list_runs_v1_workflows_runs_get_sort_by_type_0 import ListRunsV1WorkflowsRunsGetSortByType0
    from .list_sharing_response import ListSharingResponse
    from .list_skill_versions_response import ListSkillVersionsResponse
    from .list_skills_response import ListSkillsResponse
    from .list_sort_direction import ListSortDirection
    from .list_sort_field import ListSortField
    from .list_voices_v1_audio_voices_get_type import ListVoicesV1AudioVoicesGetType
    from .list_workflow_event_response import ListWorkflowEventResponse
    from .list_workspaces_response import ListWorkspacesResponse
    from .location_type import LocationType
    from .logging_capability import LoggingCapability
    from .logical_expression import LogicalExpression
    from .logical_expression_type import LogicalExpressionType
    from .logs_request import LogsRequest
    from .logs_request_order import LogsRequestOrder
    from .managed_deployment_response import ManagedDeploymentResponse
    from .mcp_prompt import MCPPrompt
    from .mcp_prompt_meta_type_0 import MCPPromptMetaType0
    from .mcp_resource import MCPResource
    from .mcp_resource_meta_type_0 import MCPResourceMetaType0
    from .mcp_server_authentication_requirement import MCPServerAuthenticationRequirement
    from .mcp_server_card import MCPServerCard
    from .mcp_server_card_meta import MCPServerCardMeta
    from .mcp_server_card_tool import MCPServerCardTool
    from .mcp_server_card_tool_input_schema import MCPServerCardToolInputSchema
    from .mcp_server_card_tool_output_schema_type_0 import MCPServerCardToolOutputSchemaType0
    from .mcp_server_icon import MCPServerIcon
    from .mcp_server_remote import MCPServerRemote
    from .mcp_server_remote_header import MCPServerRemoteHeader
    from .mcp_server_remote_type import MCPServerRemoteType
    from .mcp_server_repository import MCPServerRepository
    from .mcp_supported_language import MCPSupportedLanguage
    from .mcp_tool import MCPTool
    from .mcp_tool_input_schema import MCPToolInputSchema
    from .mcp_tool_meta import MCPToolMeta
    from .mcp_tool_output_schema_type_0 import MCPToolOutputSchemaType0
    from .mcpui_tool_meta import MCPUIToolMeta
    from .mcpui_tool_meta_visibility_type_0_item import MCPUIToolMetaVisibilityType0Item
    from .member_subscription_out import MemberSubscriptionOUT
    from .member_workspace_info import MemberWorkspaceInfo
    from .message_input_entry import MessageInputEntry
    from .message_input_entry_role import MessageInputEntryRole
    from .message_output_entry import MessageOutputEntry
    from .message_output_event import MessageOutputEvent
    from .message_response import MessageResponse
    from .message_tokens import MessageTokens
    from .metadata_dict import MetadataDict
    from .metric_aggregation import MetricAggregation
    from .metric_definition import MetricDefinition
    from .mistral_prompt_mode import MistralPromptMode
    from .model_capabilities import ModelCapabilities
    from .model_conversation import ModelConversation
    from .model_list import ModelList
    from .moderation_llm_action import ModerationLLMAction
    from .moderation_llmv1_category_thresholds import ModerationLLMV1CategoryThresholds
    from .moderation_llmv1_config import ModerationLLMV1Config
    from .moderation_llmv2_category_thresholds import ModerationLLMV2CategoryThresholds
    from .moderation_llmv2_config import ModerationLLMV2Config
    from .moderation_object import ModerationObject
    from .moderation_object_categories import ModerationObjectCategories
    from .moderation_object_category_scores import ModerationObjectCategoryScores
    from .moderation_response import ModerationResponse
    from .nested_group_ref import NestedGroupRef
    from .nested_groups_out import NestedGroupsOut
    from .network_encoded_input import NetworkEncodedInput
    from .new_usage_limit_in import NewUsageLimitIN
    from .o_auth_2_token import OAuth2Token
    from .o_auth_2_token_auth import OAuth2TokenAuth
    from .o_auth_2_token_auth_type import OAuth2TokenAuthType
    from .o_auth_metadata_source import OAuthMetadataSource
    from .oauth_2_metadata_secrets import Oauth2MetadataSecrets
    from .observability_error import ObservabilityError
    from .observability_error_code import ObservabilityErrorCode
    from .observability_error_detail import ObservabilityErrorDetail
    from .ocr_aside_text_block import OCRAsideTextBlock
    from .ocr_block_confidence_scores import OCRBlockConfidenceScores
    from .ocr_caption_block import OCRCaptionBlock
    from .ocr_code_block import OCRCodeBlock
    from .ocr_confidence_score import OCRConfidenceScore
    from .ocr_equation_block import OCREquationBlock
    from .ocr_footer_block import OCRFooterBlock
    from .ocr_header_block import OCRHeaderBlock
    from .ocr_image_block import OCRImageBlock
    from .ocr_image_object import OCRImageObject
    from .ocr_list_block import OCRListBlock
    from .ocr_page_confidence_scores import OCRPageConfidenceScores
    from .ocr_page_dimensions import OCRPageDimensions
    from .ocr_page_object import OCRPageObject
    from .ocr_references_block import OCRReferencesBlock
    from .ocr_request import OCRRequest
    from .ocr_request_confidence_scores_granularity_type_0 import OCRRequestConfidenceScoresGranularityType0
    from .ocr_request_table_format_type_0 import OCRRequestTableFormatType0
    from .ocr_response import OCRResponse
    from .ocr_signature_block import OCRSignatureBlock
    from .ocr_table_block import OCRTableBlock
    from .ocr_table_object import OCRTableObject
    from .ocr_table_object_format import OCRTableObjectFormat
    from .ocr_text_block import OCRTextBlock
    from .ocr_title_block import OCRTitleBlock
    from .ocr_usage_info import OCRUsageInfo
    from .order_by_clause import OrderByClause
    from .order_by_clause_direction import OrderByClauseDirection
    from .organization_admin_users_out import OrganizationAdminUsersOUT
    from .organization_invite_in import OrganizationInviteIN
    from .organization_invite_in_email_language_type_0 import OrganizationInviteINEmailLanguageType0
    from .organization_invite_in_role_name_type_0 import OrganizationInviteINRoleNameType0
    from .organization_invite_in_role_names_type_0_item import OrganizationInviteINRoleNamesType0Item
    from .organization_invite_out import OrganizationInviteOUT
    from .organization_invites_create_out import OrganizationInvitesCreateOUT
    from .organization_member_create import OrganizationMemberCreate
    from .organization_member_create_role_name_type_0 import OrganizationMemberCreateRoleNameType0
    from .organization_member_create_role_names_type_0_item import OrganizationMemberCreateRoleNamesType0Item
    from .organization_user_invite_out import OrganizationUserInviteOUT
    from .organization_users_create_out import OrganizationUsersCreateOUT
    from .organization_users_create_out_email_to_user_id import OrganizationUsersCreateOUTEmailToUserId
    from .otel_field_definition import OtelFieldDefinition
    from .otel_field_definition_supported_operators_item import OtelFieldDefinitionSupportedOperatorsItem
    from .otel_field_definition_type import OtelFieldDefinitionType
    from .outbound_authentication_type import OutboundAuthenticationType
    from .paginated_connectors import PaginatedConnectors
    from .paginated_result_campaign_preview import PaginatedResultCampaignPreview
    from .paginated_result_chat_completion_event_preview import PaginatedResultChatCompletionEventPreview
    from .paginated_result_dataset_import_task import PaginatedResultDatasetImportTask
    from .paginated_result_dataset_preview import PaginatedResultDatasetPreview
    from .paginated_result_dataset_record import PaginatedResultDatasetRecord
    from .paginated_result_judge_preview import PaginatedResultJudgePreview
    from .pagination_info import PaginationInfo
    from .pagination_response import PaginationResponse
    from .partial_schedule_definition import PartialScheduleDefinition
    from .plan_type import PlanType
    from .prediction import Prediction
    from .price_data import PriceData
    from .process_status import ProcessStatus
    from .processing_status import ProcessingStatus
    from .prompt import Prompt
    from .prompt_argument import PromptArgument
    from .prompt_definition import PromptDefinition
    from .prompt_tokens_details import PromptTokensDetails
    from .prompt_variable import PromptVariable
    from .prompt_version import PromptVersion
    from .prompts_capability import PromptsCapability
    from .prompts_create_version_create_prompt_version_request import PromptsCreateVersionCreatePromptVersionRequest
    from .prompts_update_update_prompt_request import PromptsUpdateUpdatePromptRequest
    from .prompts_update_version_metadata_update_prompt_version_request import (
        PromptsUpdateVersionMetadataUpdatePromptVersionRequest,
    )
    from .public_authentication_method import PublicAuthenticationMethod
    from .public_authentication_method_global_headers import PublicAuthenticationMethodGlobalHeaders
    from .public_connection_config import PublicConnectionConfig
    from .public_connection_config_headers_type_0 import PublicConnectionConfigHeadersType0
    from .public_connector_execution_data import PublicConnectorExecutionData
    from .public_execution_connection_config import PublicExecutionConnectionConfig
    from .public_execution_connector import PublicExecutionConnector
    from .public_execution_env import PublicExecutionEnv
    from .public_resource_visibility import PublicResourceVisibility
    from .query_definition import QueryDefinition
    from .query_definition_input_schema import QueryDefinitionInputSchema
    from .query_definition_output_schema_type_0 import QueryDefinitionOutputSchemaType0
    from .query_invocation_body import QueryInvocationBody
    from .query_invocation_body_input_type_1 import QueryInvocationBodyInputType1
    from .query_workflow_response import QueryWorkflowResponse
    from .rate_limits_out import RateLimitsOUT
    from .rate_limits_out_tokens_limits_by_model import RateLimitsOUTTokensLimitsByModel
    from .raw_content import RawContent
    from .reasoning_effort import ReasoningEffort
    from .reference_chunk import ReferenceChunk
    from .register_deployment_request_deployment import RegisterDeploymentRequestDeployment
    from .register_deployment_request_deployment_status import RegisterDeploymentRequestDeploymentStatus
    from .register_deployment_request_vespa_deployment import RegisterDeploymentRequestVespaDeployment
    from .register_deployment_request_vespa_field import RegisterDeploymentRequestVespaField
    from .register_deployment_request_vespa_index import RegisterDeploymentRequestVespaIndex
    from .register_search_index_response_index import RegisterSearchIndexResponseIndex
    from .registry_sharing_scope import RegistrySharingScope
    from .remove_workspace_members_in import RemoveWorkspaceMembersIN
    from .remove_workspace_members_out import RemoveWorkspaceMembersOUT
    from .request_source import RequestSource
    from .requested_service_tier import RequestedServiceTier
    from .reset_invocation_body import ResetInvocationBody
    from .resource_link import ResourceLink
    from .resource_link_meta_type_0 import ResourceLinkMetaType0
    from .resource_visibility import ResourceVisibility
    from .resources_capability import ResourcesCapability
    from .response_base import ResponseBase
    from .response_done_event import ResponseDoneEvent
    from .response_error_event import ResponseErrorEvent
    from .response_format import ResponseFormat
    from .response_formats import ResponseFormats
    from .response_started_event import ResponseStartedEvent
    from .restart_conversation_request import RestartConversationRequest
    from .restart_conversation_request_handoff_execution import RestartConversationRequestHandoffExecution
    from .role_out import RoleOut
    from .roles import Roles
    from .roles_out import RolesOut
    from .roots_capability import RootsCapability
    from .rotate_unavailable_reason import RotateUnavailableReason
    from .sample_type import SampleType
    from .sampling_capability import SamplingCapability
    from .sampling_context_capability import SamplingContextCapability
    from .sampling_tools_capability import SamplingToolsCapability
    from .scalar_metric import ScalarMetric
    from .schedule_calendar import ScheduleCalendar
    from .schedule_definition import ScheduleDefinition
    from .schedule_definition_output import ScheduleDefinitionOutput
    from .schedule_future_execution import ScheduleFutureExecution
    from .schedule_interval import ScheduleInterval
    from .schedule_overlap_policy import ScheduleOverlapPolicy
    from .schedule_policy import SchedulePolicy
    from .schedule_range import ScheduleRange
    from .schedule_recent_execution import ScheduleRecentExecution
    from .schema_field_data_type import SchemaFieldDataType
    from .schema_field_index import SchemaFieldIndex
    from .schema_field_ranking_type import SchemaFieldRankingType
    from .schema_field_storage import SchemaFieldStorage
    from .scim_sync_group_action_out import ScimSyncGroupActionOut
    from .scim_sync_group_ref_out import ScimSyncGroupRefOut
    from .scim_sync_group_update_action_out import ScimSyncGroupUpdateActionOut
    from .scim_sync_groups_summary_out import ScimSyncGroupsSummaryOut
    from .scim_sync_membership_action_out import ScimSyncMembershipActionOut
    from .scim_sync_run_status import ScimSyncRunStatus
    from .scim_sync_summary_out import ScimSyncSummaryOut
    from .scim_sync_user_action_out import ScimSyncUserActionOut
    from .scim_sync_user_ref_out import ScimSyncUserRefOut
    from .scim_sync_users_summary_out import ScimSyncUsersSummaryOut
    from .search_chat_completion_event_ids_request import SearchChatCompletionEventIdsRequest
    from .search_chat_completion_event_ids_response import SearchChatCompletionEventIdsResponse
    from .search_chat_completion_events_request import SearchChatCompletionEventsRequest
    from .search_chat_completion_events_response import SearchChatCompletionEventsResponse
    from .server_capabilities import ServerCapabilities
    from .server_capabilities_experimental_type_0 import ServerCapabilitiesExperimentalType0
    from .server_capabilities_experimental_type_0_additional_property import (
        ServerCapabilitiesExperimentalType0AdditionalProperty,
    )
    from .server_locale import ServerLocale
    from .server_locale_description_type_0 import ServerLocaleDescriptionType0
    from .server_locale_done_description_type_0 import ServerLocaleDoneDescriptionType0
    from .server_locale_name_type_0 import ServerLocaleNameType0
    from .server_locale_usage_sentence_type_0 import ServerLocaleUsageSentenceType0
    from .server_locale_working_description_type_0 import ServerLocaleWorkingDescriptionType0
    from .server_tasks_capability import ServerTasksCapability
    from .server_tasks_requests_capability import ServerTasksRequestsCapability
    from .service_tier import ServiceTier
    from .set_nested_groups_in import SetNestedGroupsIn
    from .share_enum import ShareEnum
    from .sharing import Sharing
    from .sharing_delete import SharingDelete
    from .sharing_request import SharingRequest
    from .signal_definition import SignalDefinition
    from .signal_definition_input_schema import SignalDefinitionInputSchema
    from .signal_invocation_body import SignalInvocationBody
    from .signal_invocation_body_input_type_1 import SignalInvocationBodyInputType1
    from .signal_workflow_response import SignalWorkflowResponse
    from .skill import Skill
    from .skill_asset_content_type_1 import SkillAssetContentType1
    from .skill_definition import SkillDefinition
    from .skill_definition_assets import SkillDefinitionAssets
    from .skill_version import SkillVersion
    from .skills_create_version_create_skill_version_request import SkillsCreateVersionCreateSkillVersionRequest
    from .skills_update_update_skill_request import SkillsUpdateUpdateSkillRequest
    from .skills_update_version_metadata_update_skill_version_request import (
        SkillsUpdateVersionMetadataUpdateSkillVersionRequest,
    )
    from .source import Source
    from .span_evaluations_request import SpanEvaluationsRequest
    from .spans_request import SpansRequest
    from .speech_output_format import SpeechOutputFormat
    from .speech_request import SpeechRequest
    from .speech_stream_audio_delta import SpeechStreamAudioDelta
    from .speech_stream_done import SpeechStreamDone
    from .speech_stream_event_types import SpeechStreamEventTypes
    from .speech_v1_audio_speech_post_speech_response import SpeechV1AudioSpeechPostSpeechResponse
    from .sse_types import SSETypes
    from .static_organization_roles import StaticOrganizationRoles
    from .static_workspace_roles import StaticWorkspaceRoles
    from .stream_deployment_logs_response_200 import StreamDeploymentLogsResponse200
    from .stream_deployment_logs_response_200_event import StreamDeploymentLogsResponse200Event
    from .stream_error import StreamError
    from .stream_event_sse_error_data import StreamEventSseErrorData
    from .stream_event_sse_payload import StreamEventSsePayload
    from .stream_event_sse_payload_metadata import StreamEventSsePayloadMetadata
    from .stream_event_workflow_context import StreamEventWorkflowContext
    from .stream_v1_workflows_executions_execution_id_stream_get_response_200 import (
        StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse200,
    )
    from .stream_workflow_execution_logs_response_200 import StreamWorkflowExecutionLogsResponse200
    from .stream_workflow_execution_logs_response_200_event import StreamWorkflowExecutionLogsResponse200Event
    from .subscription_status import SubscriptionStatus
    from .system_message import SystemMessage
    from .target_type import TargetType
    from .tasks_call_capability import TasksCallCapability
    from .tasks_cancel_capability import TasksCancelCapability
    from .tasks_create_elicitation_capability import TasksCreateElicitationCapability
    from .tasks_create_message_capability import TasksCreateMessageCapability
    from .tasks_elicitation_capability import TasksElicitationCapability
    from .tasks_list_capability import TasksListCapability
    from .tasks_sampling_capability import TasksSamplingCapability
    from .tasks_tools_capability import TasksToolsCapability
    from .tempo_get_trace_response import TempoGetTraceResponse
    from .tempo_trace_attribute import TempoTraceAttribute
    from .tempo_trace_attribute_array_container import TempoTraceAttributeArrayContainer
    from .tempo_trace_attribute_array_element import TempoTraceAttributeArrayElement
    from .tempo_trace_attribute_array_value import TempoTraceAttributeArrayValue
    from .tempo_trace_attribute_bool_value import TempoTraceAttributeBoolValue
    from .tempo_trace_attribute_int_value import TempoTraceAttributeIntValue
    from .tempo_trace_attribute_string_value import TempoTraceAttributeStringValue
    from .tempo_trace_batch import TempoTraceBatch
    from .tempo_trace_event import TempoTraceEvent
    from .tempo_trace_resource import TempoTraceResource
    from .tempo_trace_scope import TempoTraceScope
    from .tempo_trace_scope_kind import TempoTraceScopeKind
    from .tempo_trace_scope_span import TempoTraceScopeSpan
    from .tempo_trace_span import TempoTraceSpan
    from .text_chunk import TextChunk
    from .text_content import TextContent
    from .text_content_meta_type_0 import TextContentMetaType0
    from .text_resource_contents import TextResourceContents
    from .text_resource_contents_meta_type_0 import TextResourceContentsMetaType0
    from .think_chunk import ThinkChunk
    from .time_dimension import TimeDimension
    from .time_series_metric import TimeSeriesMetric
    from .timestamp_granularity import TimestampGranularity
    from .token_limits_by_model import TokenLimitsByModel
    from .tool import Tool
    from .tool_annotations import ToolAnnotations
    from .tool_call import ToolCall
    from .tool_call_confirmation import ToolCallConfirmation
    from .tool_call_confirmation_confirmation import ToolCallConfirmationConfirmation
    from .tool_choice import ToolChoice
    from .tool_choice_enum import ToolChoiceEnum
    from .tool_configuration import ToolConfiguration
    from .tool_execution import ToolExecution
    from .tool_execution_configuration import ToolExecutionConfiguration
    from .tool_execution_delta_event import ToolExecutionDeltaEvent
    from .tool_execution_done_event import ToolExecutionDoneEvent
    from .tool_execution_entry import ToolExecutionEntry
    from .tool_execution_info import ToolExecutionInfo
    from .tool_execution_started_event import ToolExecutionStartedEvent
    from .tool_execution_task_support_type_0 import ToolExecutionTaskSupportType0
    from .tool_file_chunk import ToolFileChunk
    from .tool_message import ToolMessage
    from .tool_properties import ToolProperties
    from .tool_reference_chunk import ToolReferenceChunk
    from .tool_type import ToolType
    from .tool_types import ToolTypes
    from .tools_capability import ToolsCapability
    from .traces_request import TracesRequest
    from .transcription_response import TranscriptionResponse
    from .transcription_segment_chunk import TranscriptionSegmentChunk
    from .transcription_stream_done import TranscriptionStreamDone
    from .transcription_stream_event_types import TranscriptionStreamEventTypes
    from .transcription_stream_events import TranscriptionStreamEvents
    from .transcription_stream_language import TranscriptionStreamLanguage
    from .transcription_stream_segment_delta import TranscriptionStreamSegmentDelta
    from .transcription_stream_text_delta import TranscriptionStreamTextDelta
    from .turbine_meta import TurbineMeta
    from .turbine_tool_locale import TurbineToolLocale
    from .turbine_tool_locale_description_type_0 import TurbineToolLocaleDescriptionType0
    from .turbine_tool_locale_done_description_type_0 import TurbineToolLocaleDoneDescriptionType0
    from .turbine_tool_locale_name_type_0 import TurbineToolLocaleNameType0
    from .turbine_tool_locale_usage_sentence_type_0 import TurbineToolLocaleUsageSentenceType0
    from .turbine_tool_locale_working_description_type_0 import TurbineToolLocaleWorkingDescriptionType0
    from .turbine_tool_meta import TurbineToolMeta
    from .unarchive_model_response import UnarchiveModelResponse
    from .unknown_content_chunk import UnknownContentChunk
    from .update_agent_request import UpdateAgentRequest
    from .update_connector_request import UpdateConnectorRequest
    from .update_dataset_record_payload_request import UpdateDatasetRecordPayloadRequest
    from .update_dataset_record_properties_request import UpdateDatasetRecordPropertiesRequest
    from .update_dataset_record_properties_request_properties import UpdateDatasetRecordPropertiesRequestProperties
    from .update_dataset_request import UpdateDatasetRequest
    from .update_definition import UpdateDefinition
    from .update_definition_input_schema import UpdateDefinitionInputSchema
    from .update_definition_output_schema_type_0 import UpdateDefinitionOutputSchemaType0
    from .update_deployment_request import UpdateDeploymentRequest
    from .update_document_request import UpdateDocumentRequest
    from .update_document_request_attributes_type_0 import UpdateDocumentRequestAttributesType0
    from .update_group_workspace_assignment_in import UpdateGroupWorkspaceAssignmentIn
    from .update_group_workspace_assignment_in_role_names_type_0_item import (
        UpdateGroupWorkspaceAssignmentInRoleNamesType0Item,
    )
    from .update_invocation_body import UpdateInvocationBody
    from .update_invocation_body_input_type_1 import UpdateInvocationBodyInputType1
    from .update_judge_request import UpdateJudgeRequest
    from .update_library_request import UpdateLibraryRequest
    from .update_metrics_request_deployment_metrics_offline import UpdateMetricsRequestDeploymentMetricsOffline
    from .update_metrics_request_deployment_metrics_online import UpdateMetricsRequestDeploymentMetricsOnline
    from .update_metrics_request_index_metrics import UpdateMetricsRequestIndexMetrics
    from .update_model_request import UpdateModelRequest
    from .update_run_info import UpdateRunInfo
    from .update_user_group_organization_role_in import UpdateUserGroupOrganizationRoleIn
    from .update_workflow_response import UpdateWorkflowResponse
    from .update_workspace_in import UpdateWorkspaceIN
    from .url_elicitation_capability import UrlElicitationCapability
    from .usage_info import UsageInfo
    from .usage_info_prompt_tokens_details_type_0 import UsageInfoPromptTokensDetailsType0
    from .usage_limits import UsageLimits
    from .usage_outjson import UsageOUTJSON
    from .user_group_target_type import UserGroupTargetType
    from .user_identity import UserIdentity
    from .user_identity_api_key import UserIdentityApiKey
    from .user_identity_organization import UserIdentityOrganization
    from .user_identity_workspace import UserIdentityWorkspace
    from .user_message import UserMessage
    from .user_organization import UserOrganization
    from .user_role import UserRole
    from .user_workspace import UserWorkspace
    from .users_api_admin_audit_logs_get_audit_logs_audit_logs_sorting import (
        UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting,
    )
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .vibe_active_users_stat import VibeActiveUsersStat
    from .vibe_code_usage_data_json import VibeCodeUsageDataJSON
    from .vibe_consumed_tokens_stat import VibeConsumedTokensStat
    from .vibe_next_edit_active_users_stat import VibeNextEditActiveUsersStat
    from .vibe_next_edit_modified_loc_stat import VibeNextEditModifiedLOCStat
    from .vibe_next_edit_suggestion_stat import VibeNextEditSuggestionStat
    from .vibe_organization_stats_out import VibeOrganizationStatsOUT
    from .vibe_session_duration_stat import VibeSessionDurationStat
    from .vibe_session_stat import VibeSessionStat
    from .vibe_tool_calls_by_name_stat import VibeToolCallsByNameStat
    from .vibe_tool_calls_stat import VibeToolCallsStat
    from .vibe_user_prompts_stat import VibeUserPromptsStat
    from .vibe_work_by_agent_stat import VibeWorkByAgentStat
    from .vibe_work_by_agent_stats_out import VibeWorkByAgentStatsOUT
    from .vibe_work_by_time_stat import VibeWorkByTimeStat
    from .vibe_work_by_time_stats_out import VibeWorkByTimeStatsOUT
    from .vibe_work_by_user_stat import VibeWorkByUserStat
    from .vibe_work_by_user_stats_out import VibeWorkByUserStatsOUT
    from .vibe_workspace_stats_out import VibeWorkspaceStatsOUT
    from .voice_create_request import VoiceCreateRequest
    from .voice_list_response import VoiceListResponse
    from .voice_response import VoiceResponse
    from .voice_update_request import VoiceUpdateRequest
    from .web_search_premium_tool import WebSearchPremiumTool
    from .web_search_premium_tool_type import WebSearchPremiumToolType
    from .web_search_tool import WebSearchTool
    from .web_search_tool_type import WebSearchToolType
    from .workflow import Workflow
    from .workflow_archive_response import WorkflowArchiveResponse
    from .workflow_basic_definition import WorkflowBasicDefinition
    from .workflow_bulk_archive_request import WorkflowBulkArchiveRequest
    from .workflow_bulk_archive_response import WorkflowBulkArchiveResponse
    from .workflow_bulk_error import WorkflowBulkError
    from .workflow_bulk_unarchive_request import WorkflowBulkUnarchiveRequest
    from .workflow_bulk_unarchive_response import WorkflowBulkUnarchiveResponse
    from .workflow_code_definition import WorkflowCodeDefinition
    from .workflow_code_definition_input_schema import WorkflowCodeDefinitionInputSchema
    from .workflow_code_definition_output_schema_type_0 import WorkflowCodeDefinitionOutputSchemaType0
    from .workflow_code_definition_plugin_metadata_type_0 import WorkflowCodeDefinitionPluginMetadataType0
    from .workflow_event_type import WorkflowEventType
    from .workflow_execution_canceled_attributes import WorkflowExecutionCanceledAttributes
    from .workflow_execution_canceled_response import WorkflowExecutionCanceledResponse
    from .workflow_execution_completed_attributes_response import WorkflowExecutionCompletedAttributesResponse
    from .workflow_execution_completed_response import WorkflowExecutionCompletedResponse
    from .workflow_execution_continued_as_new_attributes_response import (
        WorkflowExecutionContinuedAsNewAttributesResponse,
    )
    from .workflow_execution_continued_as_new_response import WorkflowExecutionContinuedAsNewResponse
    from .workflow_execution_failed_attributes import WorkflowExecutionFailedAttributes
    from .workflow_execution_failed_response import WorkflowExecutionFailedResponse
    from .workflow_execution_list_response import WorkflowExecutionListResponse
    from .workflow_execution_progress_trace_event import WorkflowExecutionProgressTraceEvent
    from .workflow_execution_progress_trace_event_attributes import WorkflowExecutionProgressTraceEventAttributes
    from .workflow_execution_request import WorkflowExecutionRequest
    from .workflow_execution_request_custom_tracing_attributes_type_0 import (
        WorkflowExecutionRequestCustomTracingAttributesType0,
    )
    from .workflow_execution_request_extensions_type_0 import WorkflowExecutionRequestExtensionsType0
    from .workflow_execution_request_input_type_0 import WorkflowExecutionRequestInputType0
    from .workflow_execution_request_input_type_1 import WorkflowExecutionRequestInputType1
    from .workflow_execution_response import WorkflowExecutionResponse
    from .workflow_execution_started_attributes_response import WorkflowExecutionStartedAttributesResponse
    from .workflow_execution_started_response import WorkflowExecutionStartedResponse
    from .workflow_execution_status import WorkflowExecutionStatus
    from .workflow_execution_sync_response import WorkflowExecutionSyncResponse
    from .workflow_execution_trace_event import WorkflowExecutionTraceEvent
    from .workflow_execution_trace_event_attributes import WorkflowExecutionTraceEventAttributes
    from .workflow_execution_trace_events_response import WorkflowExecutionTraceEventsResponse
    from .workflow_execution_trace_o_tel_response import WorkflowExecutionTraceOTelResponse
    from .workflow_execution_trace_summary_response import WorkflowExecutionTraceSummaryResponse
    from .workflow_execution_trace_summary_span import WorkflowExecutionTraceSummarySpan
    from .workflow_execution_trace_summary_span_attributes import WorkflowExecutionTraceSummarySpanAttributes
    from .workflow_execution_without_result_response import WorkflowExecutionWithoutResultResponse
    from .workflow_get_response import WorkflowGetResponse
    from .workflow_list_response import WorkflowListResponse
    from .workflow_metadata import WorkflowMetadata
    from .workflow_metrics import WorkflowMetrics
    from .workflow_registration import WorkflowRegistration
    from .workflow_registration_get_response import WorkflowRegistrationGetResponse
    from .workflow_registration_list_response import WorkflowRegistrationListResponse
    from .workflow_registration_with_worker_status import WorkflowRegistrationWithWorkerStatus
    from .workflow_schedule_list_response import WorkflowScheduleListResponse
    from .workflow_schedule_pause_request import WorkflowSchedulePauseRequest
    from .workflow_schedule_request import WorkflowScheduleRequest
    from .workflow_schedule_response import WorkflowScheduleResponse
    from .workflow_schedule_trigger_request import WorkflowScheduleTriggerRequest
    from .workflow_schedule_update_request import WorkflowScheduleUpdateRequest
    from .workflow_task_failed_attributes import WorkflowTaskFailedAttributes
    from .workflow_task_failed_response import WorkflowTaskFailedResponse
    from .workflow_task_timed_out_attributes import WorkflowTaskTimedOutAttributes
    from .workflow_task_timed_out_response import WorkflowTaskTimedOutResponse
    from .workflow_type import WorkflowType
    from .workflow_unarchive_response import WorkflowUnarchiveResponse
    from .workflow_update_request import WorkflowUpdateRequest
    from .workflow_update_response import WorkflowUpdateResponse
    from .workflow_with_worker_status import WorkflowWithWorkerStatus
    from .workflows_worker_spec_update import WorkflowsWorkerSpecUpdate
    from .workspace_enriched_out import WorkspaceEnrichedOUT
    from .workspace_member_in import WorkspaceMemberIN
    from .workspace_member_single_in import WorkspaceMemberSingleIN
    from .workspace_member_single_in_role_name_type_0 import WorkspaceMemberSingleINRoleNameType0
    from .workspace_member_single_in_role_names_type_0_item import WorkspaceMemberSingleINRoleNamesType0Item
    from .workspace_out import WorkspaceOUT
    from .workspace_role import WorkspaceRole
    from .workspace_role_ref import WorkspaceRoleRef
    from .workspace_spend_limit_out import WorkspaceSpendLimitOUT
    from .workspaces_out import WorkspacesOut

# name -> module, relative to this package
_MODULES: dict[str, str] = {
    "ActionAvailable": ".action_available",
    "ActionUnavailableDeleteUnavailableReason": ".action_unavailable_delete_unavailable_reason",
    "ActionUnavailableRotateUnavailableReason": ".action_unavailable_rotate_unavailable_reason",
    "ActivityTaskCompletedAttributesResponse": ".activity_task_completed_attributes_response",
    "ActivityTaskCompletedResponse": ".activity_task_completed_response",
    "ActivityTaskFailedAttributes": ".activity_task_failed_attributes",
    "ActivityTaskFailedResponse": ".activity_task_failed_response",
    "ActivityTaskRetryingAttributes": ".activity_task_retrying_attributes",
    "ActivityTaskRetryingResponse": ".activity_task_retrying_response",
    "ActivityTaskStartedAttributesResponse": ".activity_task_started_attributes_response",
    "ActivityTaskStartedResponse": ".activity_task_started_response",
    "ActorType": ".actor_type",
    "AddOrUpdateUsersToWorkspaceOUT": ".add_or_update_users_to_workspace_out",
    "AddUsersToWorkspaceOUT": ".add_users_to_workspace_out",
    "AdminAssignUsersToGroupIn": ".admin_assign_users_to_group_in",
    "AdminCreateAPIKeyIN": ".admin_create_api_key_in",
    "AdminOrganizationMemberOUT": ".admin_organization_member_out",
    "AdminOrganizationMemberOUTSubscriptionTypesType0Item": ".admin_organization_member_out_subscription_types_type_0_item",
    "AdminOrganizationMemberUpdate": ".admin_organization_member_update",
    "AdminOrganizationMemberUpdateRoleNameType0": ".admin_organization_member_update_role_name_type_0",
    "AdminOrganizationMemberUpdateRoleNamesType0Item": ".admin_organization_member_update_role_names_type_0_item",
    "AdminOrganizationMemberUpdateSubscriptionTypesType0Item": ".admin_organization_member_update_subscription_types_type_0_item",
    "AdminProvisionGroupToWorkspaceIn": ".admin_provision_group_to_workspace_in",
    "AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0": ".admin_provision_group_to_workspace_in_workspace_role_name_type_0",
    "AdminScimSyncActiveRunOUT": ".admin_scim_sync_active_run_out",
    "AdminScimSyncConfig": ".admin_scim_sync_config",
    "AdminScimSyncRunOUT": ".admin_scim_sync_run_out",
    "AdminScimSyncTriggerIN": ".admin_scim_sync_trigger_in",
    "AdminScimSyncTriggerOUT": ".admin_scim_sync_trigger_out",
    "AdminUpdateUserGroupIn": ".admin_update_user_group_in",
    "AdminUserGroupIn": ".admin_user_group_in",
    "AdminUserGroupMemberOut": ".admin_user_group_member_out",
    "AdminUserGroupMembersOut": ".admin_user_group_members_out",
    "AdminUserGroupOut": ".admin_user_group_out",
    "AdminUserGroupsOut": ".admin_user_groups_out",
    "AdminUserOUT": ".admin_user_out",
    "AdminUserOUTSubscriptionTypesType0Item": ".admin_user_out_subscription_types_type_0_item",
    "AdminWorkspaceIn": ".admin_workspace_in",
    "Agent": ".agent",
    "AgentAliasResponse": ".agent_alias_response",
    "AgentConversation": ".agent_conversation",
    "AgentHandoffDoneEvent": ".agent_handoff_done_event",
    "AgentHandoffEntry": ".agent_handoff_entry",
    "AgentHandoffStartedEvent": ".agent_handoff_started_event",
    "AgentListPage": ".agent_list_page",
    "AgentsCompletionRequest": ".agents_completion_request",
    "AgentsCompletionRequestMetadataType0": ".agents_completion_request_metadata_type_0",
    "Aggregation": ".aggregation",
    "AggregationMeta": ".aggregation_meta",
    "AggregationRequest": ".aggregation_request",
    "AggregationRow": ".aggregation_row",
    "AggregationRowDimensions": ".aggregation_row_dimensions",
    "AliasList": ".alias_list",
    "Annotations": ".annotations",
    "AnnotationsAudienceType0Item": ".annotations_audience_type_0_item",
    "ApiEndpoint": ".api_endpoint",
    "APIKeyActions": ".api_key_actions",
    "APIKeyAuth": ".api_key_auth",
    "APIKeyAuthType": ".api_key_auth_type",
    "APIKeyExtendedOUT": ".api_key_extended_out",
    "APIKeyOUT": ".api_key_out",
    "APIKeyProduct": ".api_key_product",
    "APIKeysExtendedOUT": ".api_keys_extended_out",
    "ApiObjectType": ".api_object_type",
    "APIPlan": ".api_plan",
    "ApiZone": ".api_zone",
    "AppendConversationRequest": ".append_conversation_request",
    "AppendConversationRequestHandoffExecution": ".append_conversation_request_handoff_execution",
    "ArchiveModelResponse": ".archive_model_response",
    "AssignGroupToWorkspaceIn": ".assign_group_to_workspace_in",
    "AssignGroupToWorkspaceInRoleNamesType0Item": ".assign_group_to_workspace_in_role_names_type_0_item",
    "AssistantMessage": ".assistant_message",
    "AudioChunk": ".audio_chunk",
    "AudioContent": ".audio_content",
    "AudioContentMetaType0": ".audio_content_meta_type_0",
    "AudioTranscriptionRequest": ".audio_transcription_request",
    "AudioTranscriptionRequestStream": ".audio_transcription_request_stream",
    "AuditLogEventType": ".audit_log_event_type",
    "AuditLogOut": ".audit_log_out",
    "AuditLogOutActorMetadata": ".audit_log_out_actor_metadata",
    "AuditLogOutEventMetadata": ".audit_log_out_event_metadata",
    "AuditLogOutTargetMetadata": ".audit_log_out_target_metadata",
    "AuthData": ".auth_data",
    "AuthDirection": ".auth_direction",
    "AuthStatus": ".auth_status",
    "AuthUrlResponse": ".auth_url_response",
    "AuthenticationConfiguration": ".authentication_configuration",
    "AuthenticationMethodCreateOrUpdateRequest": ".authentication_method_create_or_update_request",
    "AuthenticationMethodCreateOrUpdateRequestGlobalHeaders": ".authentication_method_create_or_update_request_global_headers",
    "BaseFieldDefinition": ".base_field_definition",
    "BaseFieldDefinitionSupportedOperatorsItem": ".base_field_definition_supported_operators_item",
    "BaseFieldDefinitionType": ".base_field_definition_type",
    "BaseModelCard": ".base_model_card",
    "BaseTaskStatus": ".base_task_status",
    "BaseWorkspaceMemberIN": ".base_workspace_member_in",
    "BasicModelUsageDataJSON": ".basic_model_usage_data_json",
    "BasicModelUsageDataJSONModels": ".basic_model_usage_data_json_models",
    "BasicModelUsageDataJSONModelsAdditionalProperty": ".basic_model_usage_data_json_models_additional_property",
    "BasicModelUsageDataJSONModelsAdditionalPropertyAdditionalPropertyItem": ".basic_model_usage_data_json_models_additional_property_additional_property_item",
    "BatchError": ".batch_error",
    "BatchExecutionBody": ".batch_execution_body",
    "BatchExecutionResponse": ".batch_execution_response",
    "BatchExecutionResponseResults": ".batch_execution_response_results",
    "BatchExecutionResult": ".batch_execution_result",
    "BatchJob": ".batch_job",
    "BatchJobMetadataType0": ".batch_job_metadata_type_0",
    "BatchJobOutputsType0Item": ".batch_job_outputs_type_0_item",
    "BatchJobStatus": ".batch_job_status",
    "BatchRequest": ".batch_request",
    "BatchRequestBody": ".batch_request_body",
    "BlobResourceContents": ".blob_resource_contents",
    "BlobResourceContentsMetaType0": ".blob_resource_contents_meta_type_0",
    "BuiltInConnectors": ".built_in_connectors",
    "Campaign": ".campaign",
    "ChatClassificationRequest": ".chat_classification_request",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChoiceFinishReason": ".chat_completion_choice_finish_reason",
    "ChatCompletionEvent": ".chat_completion_event",
    "ChatCompletionEventEnabledToolsItem": ".chat_completion_event_enabled_tools_item",
    "ChatCompletionEventExtraFields": ".chat_completion_event_extra_fields",
    "ChatCompletionEventExtraFieldsAdditionalPropertyType6": ".chat_completion_event_extra_fields_additional_property_type_6",
    "ChatCompletionEventPreview": ".chat_completion_event_preview",
    "ChatCompletionEventPreviewExtraFields": ".chat_completion_event_preview_extra_fields",
    "ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6": ".chat_completion_event_preview_extra_fields_additional_property_type_6",
    "ChatCompletionEventRequestMessagesItem": ".chat_completion_event_request_messages_item",
    "ChatCompletionEventResponseMessagesItem": ".chat_completion_event_response_messages_item",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestMetadataType0": ".chat_completion_request_metadata_type_0",
    "ChatCompletionResponse": ".chat_completion_response",
    "ChatCompletionResponseBase": ".chat_completion_response_base",
    "ChatCompletionV1ChatCompletionsPostUnauthorized": ".chat_completion_v1_chat_completions_post_unauthorized",
    "ChatModerationRequest": ".chat_moderation_request",
    "ChatPlan": ".chat_plan",
    "ChatTranscriptionEvent": ".chat_transcription_event",
    "ChatTranscriptionEventResponseMessage": ".chat_transcription_event_response_message",
    "ClassificationRequest": ".classification_request",
    "ClassificationRequestMetadataType0": ".classification_request_metadata_type_0",
    "ClassificationResponse": ".classification_response",
    "ClassificationResponseResultsItem": ".classification_response_results_item",
    "ClassificationTargetResult": ".classification_target_result",
    "ClassificationTargetResultClassifierTargetResultScores": ".classification_target_result_classifier_target_result_scores",
    "ClassifierFineTunedModel": ".classifier_fine_tuned_model",
    "ClassifierTargetResult": ".classifier_target_result",
    "ClientCapabilities": ".client_capabilities",
    "ClientCapabilitiesExperimentalType0": ".client_capabilities_experimental_type_0",
    "ClientCapabilitiesExperimentalType0AdditionalProperty": ".client_capabilities_experimental_type_0_additional_property",
    "ClientTasksCapability": ".client_tasks_capability",
    "ClientTasksRequestsCapability": ".client_tasks_requests_capability",
    "CodeInterpreterTool": ".code_interpreter_tool",
    "CodeInterpreterToolType": ".code_interpreter_tool_type",
    "CodePlan": ".code_plan",
    "CompletionArgs": ".completion_args",
    "CompletionChunk": ".completion_chunk",
    "CompletionEvent": ".completion_event",
    "CompletionFineTunedModel": ".completion_fine_tuned_model",
    "CompletionResponseStreamChoice": ".completion_response_stream_choice",
    "CompletionResponseStreamChoiceFinishReasonType1": ".completion_response_stream_choice_finish_reason_type_1",
    "CompletionResponseStreamChoiceFinishReasonType2Type1": ".completion_response_stream_choice_finish_reason_type_2_type_1",
    "CompletionResponseStreamChoiceFinishReasonType3Type1": ".completion_response_stream_choice_finish_reason_type_3_type_1",
    "CompletionTokensDetails": ".completion_tokens_details",
    "CompletionsCapability": ".completions_capability",
    "ConnectionConfigType": ".connection_config_type",
    "ConnectionCredentials": ".connection_credentials",
    "ConnectionCredentialsHeadersType0": ".connection_credentials_headers_type_0",
    "ConnectionPreference": ".connection_preference",
    "Connector": ".connector",
    "ConnectorActivateForConsumerV1ConsumerScope": ".connector_activate_for_consumer_v1_consumer_scope",
    "ConnectorAuthenticationHeader": ".connector_authentication_header",
    "ConnectorCallToolRequest": ".connector_call_tool_request",
    "ConnectorCallToolRequestArguments": ".connector_call_tool_request_arguments",
    "ConnectorDeactivateForConsumerV1ConsumerScope": ".connector_deactivate_for_consumer_v1_consumer_scope",
    "ConnectorListToolsV1Response200Type0ItemType1": ".connector_list_tools_v1_response_200_type_0_item_type_1",
    "ConnectorLocale": ".connector_locale",
    "ConnectorLocaleDescription": ".connector_locale_description",
    "ConnectorLocaleName": ".connector_locale_name",
    "ConnectorLocaleUsageSentence": ".connector_locale_usage_sentence",
    "ConnectorProtocol": ".connector_protocol",
    "ConnectorSupportedLanguage": ".connector_supported_language",
    "ConnectorTool": ".connector_tool",
    "ConnectorToolCallMetadata": ".connector_tool_call_metadata",
    "ConnectorToolCallResponse": ".connector_tool_call_response",
    "ConnectorToolJsonschemaType0": ".connector_tool_jsonschema_type_0",
    "ConnectorToolLocale": ".connector_tool_locale",
    "ConnectorToolLocaleDescription": ".connector_tool_locale_description",
    "ConnectorToolLocaleName": ".connector_tool_locale_name",
    "ConnectorToolLocaleUsageSentence": ".connector_tool_locale_usage_sentence",
    "ConnectorToolResultMetadata": ".connector_tool_result_metadata",
    "ConnectorToolResultMetadataMetaType0": ".connector_tool_result_metadata_meta_type_0",
    "ConnectorToolResultMetadataStructuredContentType0": ".connector_tool_result_metadata_structured_content_type_0",
    "ConnectorsQueryFilters": ".connectors_query_filters",
    "ConsumerType": ".consumer_type",
    "ConversationAppendRequest": ".conversation_append_request",
    "ConversationAppendRequestHandoffExecution": ".conversation_append_request_handoff_execution",
    "ConversationAppendStreamRequest": ".conversation_append_stream_request",
    "ConversationAppendStreamRequestHandoffExecution": ".conversation_append_stream_request_handoff_execution",
    "ConversationEvents": ".conversation_events",
    "ConversationHistory": ".conversation_history",
    "ConversationMessages": ".conversation_messages",
    "ConversationRequest": ".conversation_request",
    "ConversationRequestBase": ".conversation_request_base",
    "ConversationRequestBaseHandoffExecutionType0": ".conversation_request_base_handoff_execution_type_0",
    "ConversationRequestHandoffExecutionType0": ".conversation_request_handoff_execution_type_0",
    "ConversationResponse": ".conversation_response",
    "ConversationResponseGuardrailsType0Item": ".conversation_response_guardrails_type_0_item",
    "ConversationRestartRequest": ".conversation_restart_request",
    "ConversationRestartRequestHandoffExecution": ".conversation_restart_request_handoff_execution",
    "ConversationRestartStreamRequest": ".conversation_restart_stream_request",
    "ConversationRestartStreamRequestHandoffExecution": ".conversation_restart_stream_request_handoff_execution",
    "ConversationStreamRequest": ".conversation_stream_request",
    "ConversationStreamRequestHandoffExecutionType0": ".conversation_stream_request_handoff_execution_type_0",
    "ConversationUsageInfo": ".conversation_usage_info",
    "ConversationUsageInfoConnectorsType0": ".conversation_usage_info_connectors_type_0",
    "CreateAgentRequest": ".create_agent_request",
    "CreateBatchJobRequest": ".create_batch_job_request",
    "CreateBatchJobRequestMetadataType0": ".create_batch_job_request_metadata_type_0",
    "CreateCampaignRequest": ".create_campaign_request",
    "CreateConnectorRequest": ".create_connector_request",
    "CreateConnectorRequestGlobalHeaders": ".create_connector_request_global_headers",
    "CreateConnectorRequestHeadersType0": ".create_connector_request_headers_type_0",
    "CreateDatasetRecordRequest": ".create_dataset_record_request",
    "CreateDatasetRecordRequestProperties": ".create_dataset_record_request_properties",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDeploymentRequest": ".create_deployment_request",
    "CreateFileResponse": ".create_file_response",
    "CreateIngestionPipelineConfigurationRequest": ".create_ingestion_pipeline_configuration_request",
    "CreateIngestionPipelineConfigurationRequestPipelineCompositionType0": ".create_ingestion_pipeline_configuration_request_pipeline_composition_type_0",
    "CreateJudgeRequest": ".create_judge_request",
    "CreateLibraryRequest": ".create_library_request",
    "CreateLibraryRequestOwnerTypeType0": ".create_library_request_owner_type_type_0",
    "CreatePromptRequest": ".create_prompt_request",
    "CreatePromptVersionResponse": ".create_prompt_version_response",
    "CreateSkillRequest": ".create_skill_request",
    "CreateSkillVersionResponse": ".create_skill_version_response",
    "CredentialsCreateOrUpdate": ".credentials_create_or_update",
    "CredentialsResponse": ".credentials_response",
    "CredentialsStatus": ".credentials_status",
    "CredentialsStatusErrorReason": ".credentials_status_error_reason",
    "CustomConnector": ".custom_connector",
    "CustomConnectorType": ".custom_connector_type",
    "CustomTaskCanceledAttributes": ".custom_task_canceled_attributes",
    "CustomTaskCanceledResponse": ".custom_task_canceled_response",
    "CustomTaskCompletedAttributesResponse": ".custom_task_completed_attributes_response",
    "CustomTaskCompletedResponse": ".custom_task_completed_response",
    "CustomTaskFailedAttributes": ".custom_task_failed_attributes",
    "CustomTaskFailedResponse": ".custom_task_failed_response",
    "CustomTaskInProgressAttributesResponse": ".custom_task_in_progress_attributes_response",
    "CustomTaskInProgressResponse": ".custom_task_in_progress_response",
    "CustomTaskStartedAttributesResponse": ".custom_task_started_attributes_response",
    "CustomTaskStartedResponse": ".custom_task_started_response",
    "CustomTaskTimedOutAttributes": ".custom_task_timed_out_attributes",
    "CustomTaskTimedOutResponse": ".custom_task_timed_out_response",
    "Dataset": ".dataset",
    "DatasetImportTask": ".dataset_import_task",
    "DatasetPreview": ".dataset_preview",
    "DatasetRecord": ".dataset_record",
    "DatasetRecordPayload": ".dataset_record_payload",
    "DatasetRecordProperties": ".dataset_record_properties",
    "DatasetRecordSource": ".dataset_record_source",
    "DefsTimestampGranularity": ".defs_timestamp_granularity",
    "DefsUsageInfo": ".defs_usage_info",
    "DeleteAPIKeyOUT": ".delete_api_key_out",
    "DeleteBatchJobResponse": ".delete_batch_job_response",
    "DeleteDatasetRecordsRequest": ".delete_dataset_records_request",
    "DeleteFileResponse": ".delete_file_response",
    "DeleteModelResponse": ".delete_model_response",
    "DeleteOUT": ".delete_out",
    "DeletePromptResponse": ".delete_prompt_response",
    "DeleteSkillResponse": ".delete_skill_response",
    "DeleteUnavailableReason": ".delete_unavailable_reason",
    "DeltaMessage": ".delta_message",
    "DeltaMessageMetadataType0": ".delta_message_metadata_type_0",
    "DeploymentBuildState": ".deployment_build_state",
    "DeploymentDetailResponse": ".deployment_detail_response",
    "DeploymentListResponse": ".deployment_list_response",
    "DeploymentLocation": ".deployment_location",
    "DeploymentLogRecord": ".deployment_log_record",
    "DeploymentLogRecordLogAttributes": ".deployment_log_record_log_attributes",
    "DeploymentLogSearchResponse": ".deployment_log_search_response",
    "DeploymentObservedState": ".deployment_observed_state",
    "DeploymentResourceConfig": ".deployment_resource_config",
    "DeploymentResourceConfigUpdate": ".deployment_resource_config_update",
    "DeploymentResponse": ".deployment_response",
    "DeploymentWorkerListResponse": ".deployment_worker_list_response",
    "DeploymentWorkerResponse": ".deployment_worker_response",
    "DeploymentWorkerSpecInput": ".deployment_worker_spec_input",
    "DeploymentWorkerSpecResponse": ".deployment_worker_spec_response",
    "Document": ".document",
    "DocumentAttributesType0": ".document_attributes_type_0",
    "DocumentLibraryTool": ".document_library_tool",
    "DocumentLibraryToolType": ".document_library_tool_type",
    "DocumentTextContent": ".document_text_content",
    "DocumentURLChunk": ".document_url_chunk",
    "ElicitationCapability": ".elicitation_capability",
    "EmbeddedResource": ".embedded_resource",
    "EmbeddedResourceMetaType0": ".embedded_resource_meta_type_0",
    "EmbeddingDtype": ".embedding_dtype",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingRequestMetadataType0": ".embedding_request_metadata_type_0",
    "EmbeddingResponse": ".embedding_response",
    "EmbeddingResponseData": ".embedding_response_data",
    "EncodedPayloadOptions": ".encoded_payload_options",
    "EncodingFormat": ".encoding_format",
    "EncryptedPatchValue": ".encrypted_patch_value",
    "EntityType": ".entity_type",
    "EventProgressStatus": ".event_progress_status",
    "EventSource": ".event_source",
    "EventType": ".event_type",
    "ExecutionConfig": ".execution_config",
    "ExecutionLogRecord": ".execution_log_record",
    "ExecutionLogRecordLogAttributes": ".execution_log_record_log_attributes",
    "ExecutionLogSearchResponse": ".execution_log_search_response",
    "ExecutionTool": ".execution_tool",
    "ExecutionTraceInfoResponse": ".execution_trace_info_response",
    "ExportDatasetResponse": ".export_dataset_response",
    "ExtendedOAuthServerMetadata": ".extended_o_auth_server_metadata",
    "Failure": ".failure",
    "FeedResultChatCompletionEventPreview": ".feed_result_chat_completion_event_preview",
    "FeedResultGetLog": ".feed_result_get_log",
    "FeedResultGetSpan": ".feed_result_get_span",
    "FeedResultGetSpanEvaluation": ".feed_result_get_span_evaluation",
    "FeedResultGetTrace": ".feed_result_get_trace",
    "FetchCampaignStatusResponse": ".fetch_campaign_status_response",
    "FetchChatCompletionFieldOptionsResponse": ".fetch_chat_completion_field_options_response",
    "FetchFieldOptionCountsRequest": ".fetch_field_option_counts_request",
    "FetchFieldOptionCountsResponse": ".fetch_field_option_counts_response",
    "FieldGroup": ".field_group",
    "FieldOptionCountItem": ".field_option_count_item",
    "FileChunk": ".file_chunk",
    "FilePurpose": ".file_purpose",
    "FileSchema": ".file_schema",
    "FileVisibility": ".file_visibility",
    "FilesApiRoutesUploadFileMultiPartBodyParams": ".files_api_routes_upload_file_multi_part_body_params",
    "FilesApiRoutesUploadFileMultiPartBodyParamsVisibility": ".files_api_routes_upload_file_multi_part_body_params_visibility",
    "FilterCondition": ".filter_condition",
    "FilterConditionOp": ".filter_condition_op",
    "FilterGroup": ".filter_group",
    "FilterPayload": ".filter_payload",
    "FIMCompletionRequest": ".fim_completion_request",
    "FIMCompletionRequestMetadataType0": ".fim_completion_request_metadata_type_0",
    "FIMCompletionResponse": ".fim_completion_response",
    "FineTunedModelCapabilities": ".fine_tuned_model_capabilities",
    "FineTuningDataJSON": ".fine_tuning_data_json",
    "FineTuningDataJSONStorage": ".fine_tuning_data_json_storage",
    "FineTuningDataJSONTraining": ".fine_tuning_data_json_training",
    "FineTuningDataJSONTrainingAdditionalProperty": ".fine_tuning_data_json_training_additional_property",
    "FineTuningDataJSONTrainingAdditionalPropertyAdditionalPropertyItem": ".fine_tuning_data_json_training_additional_property_additional_property_item",
    "FormElicitationCapability": ".form_elicitation_capability",
    "FTClassifierLossFunction": ".ft_classifier_loss_function",
    "FTModelCard": ".ft_model_card",
    "Function": ".function",
    "FunctionCall": ".function_call",
    "FunctionCallArgumentsType0": ".function_call_arguments_type_0",
    "FunctionCallEntry": ".function_call_entry",
    "FunctionCallEntryArgumentsType0": ".function_call_entry_arguments_type_0",
    "FunctionCallEntryConfirmationStatusType0": ".function_call_entry_confirmation_status_type_0",
    "FunctionCallEvent": ".function_call_event",
    "FunctionCallEventConfirmationStatusType0": ".function_call_event_confirmation_status_type_0",
    "FunctionName": ".function_name",
    "FunctionParameters": ".function_parameters",
    "FunctionResultEntry": ".function_result_entry",
    "FunctionTool": ".function_tool",
    "FunctionToolType": ".function_tool_type",
    "GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0": ".get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_granularity_type_0",
    "GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator": ".get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get_operator",
    "GetDeploymentLogsOrder": ".get_deployment_logs_order",
    "GetDeploymentSummariesResponse": ".get_deployment_summaries_response",
    "GetDeploymentSummariesResponseDeployment": ".get_deployment_summaries_response_deployment",
    "GetDeploymentSummariesResponseDeploymentStatus": ".get_deployment_summaries_response_deployment_status",
    "GetDeploymentSummariesResponseVespaDeployment": ".get_deployment_summaries_response_vespa_deployment",
    "GetDeploymentSummariesResponseVespaIndex": ".get_deployment_summaries_response_vespa_index",
    "GetFileResponse": ".get_file_response",
    "GetLog": ".get_log",
    "GetLogFieldOptions": ".get_log_field_options",
    "GetLogFields": ".get_log_fields",
    "GetLogLogAttributes": ".get_log_log_attributes",
    "GetLogResourceAttributes": ".get_log_resource_attributes",
    "GetLogScopeAttributes": ".get_log_scope_attributes",
    "GetLogs": ".get_logs",
    "GetSchedulesV1WorkflowsSchedulesGetStatusType0": ".get_schedules_v1_workflows_schedules_get_status_type_0",
    "GetSignedUrlResponse": ".get_signed_url_response",
    "GetSpan": ".get_span",
    "GetSpanEvaluation": ".get_span_evaluation",
    "GetSpanEvaluationFieldOptions": ".get_span_evaluation_field_options",
    "GetSpanEvaluationFields": ".get_span_evaluation_fields",
    "GetSpanEvaluationMetadata": ".get_span_evaluation_metadata",
    "GetSpanEvaluations": ".get_span_evaluations",
    "GetSpanFieldOptions": ".get_span_field_options",
    "GetSpanFields": ".get_span_fields",
    "GetSpanResourceAttributes": ".get_span_resource_attributes",
    "GetSpanSpanAttributes": ".get_span_span_attributes",
    "GetSpanStatusCode": ".get_span_status_code",
    "GetSpans": ".get_spans",
    "GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0": ".get_stream_events_v1_workflows_events_stream_get_metadata_filters_type_0",
    "GetStreamEventsV1WorkflowsEventsStreamGetResponse200": ".get_stream_events_v1_workflows_events_stream_get_response_200",
    "GetStreamEventsV1WorkflowsEventsStreamGetScope": ".get_stream_events_v1_workflows_events_stream_get_scope",
    "GetTrace": ".get_trace",
    "GetTraceFieldOptions": ".get_trace_field_options",
    "GetTraceFields": ".get_trace_fields",
    "GetTraceStatusCode": ".get_trace_status_code",
    "GetTraces": ".get_traces",
    "GetWorkflowExecutionLogsOrder": ".get_workflow_execution_logs_order",
    "GetWorkflowsV1WorkflowsGetDeploymentStatusType0": ".get_workflows_v1_workflows_get_deployment_status_type_0",
    "GetWorkflowsV1WorkflowsGetOrder": ".get_workflows_v1_workflows_get_order",
    "GitCommitAuthor": ".git_commit_author",
    "GitCommitMetadata": ".git_commit_metadata",
    "GlobalHeaderValue": ".global_header_value",
    "Granularity": ".granularity",
    "GroupWorkspaceAssignmentOut": ".group_workspace_assignment_out",
    "GroupWorkspaceAssignmentsOut": ".group_workspace_assignments_out",
    "GuardrailConfig": ".guardrail_config",
    "HTTPStatus": ".http_status",
    "HTTPValidationErrorBody": ".http_validation_error_body",
    "ImageContent": ".image_content",
    "ImageContentMetaType0": ".image_content_meta_type_0",
    "ImageDetail": ".image_detail",
    "ImageGenerationTool": ".image_generation_tool",
    "ImageGenerationToolType": ".image_generation_tool_type",
    "ImageURL": ".image_url",
    "ImageURLChunk": ".image_url_chunk",
    "ImportDatasetFromCampaignRequest": ".import_dataset_from_campaign_request",
    "ImportDatasetFromDatasetRequest": ".import_dataset_from_dataset_request",
    "ImportDatasetFromExplorerRequest": ".import_dataset_from_explorer_request",
    "ImportDatasetFromFileRequest": ".import_dataset_from_file_request",
    "ImportDatasetFromPlaygroundRequest": ".import_dataset_from_playground_request",
    "InboundAuthenticationType": ".inbound_authentication_type",
    "IngestionPipelineConfiguration": ".ingestion_pipeline_configuration",
    "IngestionPipelineConfigurationPipelineCompositionType0": ".ingestion_pipeline_configuration_pipeline_composition_type_0",
    "InstructRequest": ".instruct_request",
    "JobsApiRoutesBatchGetBatchJobsMetadataType0": ".jobs_api_routes_batch_get_batch_jobs_metadata_type_0",
    "JobsApiRoutesBatchGetBatchJobsOrderBy": ".jobs_api_routes_batch_get_batch_jobs_order_by",
    "JSONPatchAdd": ".json_patch_add",
    "JSONPatchAppend": ".json_patch_append",
    "JSONPatchPayloadResponse": ".json_patch_payload_response",
    "JSONPatchRemove": ".json_patch_remove",
    "JSONPatchReplace": ".json_patch_replace",
    "JSONPayloadResponse": ".json_payload_response",
    "JsonSchema": ".json_schema",
    "JsonSchemaSchema": ".json_schema_schema",
    "Judge": ".judge",
    "JudgeChatCompletionEventRequest": ".judge_chat_completion_event_request",
    "JudgeClassificationOutput": ".judge_classification_output",
    "JudgeClassificationOutputOption": ".judge_classification_output_option",
    "JudgeConversationRequest": ".judge_conversation_request",
    "JudgeConversationRequestMessagesItem": ".judge_conversation_request_messages_item",
    "JudgeConversationRequestPropertiesType0": ".judge_conversation_request_properties_type_0",
    "JudgeDatasetRecordRequest": ".judge_dataset_record_request",
    "JudgeOutput": ".judge_output",
    "JudgeOutputType": ".judge_output_type",
    "JudgeRegressionOutput": ".judge_regression_output",
    "LagoEventType": ".lago_event_type",
    "LibrariesAPIUsageDataJSON": ".libraries_api_usage_data_json",
    "LibrariesDocumentsUploadV1DocumentUpload": ".libraries_documents_upload_v1_document_upload",
    "Library": ".library",
    "LimitsContext": ".limits_context",
    "LimitsOUT": ".limits_out",
    "ListBatchJobsResponse": ".list_batch_jobs_response",
    "ListCampaignSelectedEventsResponse": ".list_campaign_selected_events_response",
    "ListCampaignsResponse": ".list_campaigns_response",
    "ListChatCompletionFieldsResponse": ".list_chat_completion_fields_response",
    "ListDatasetImportTasksResponse": ".list_dataset_import_tasks_response",
    "ListDatasetRecordsResponse": ".list_dataset_records_response",
    "ListDatasetsResponse": ".list_datasets_response",
    "ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0": ".list_deployment_workers_v1_workflows_deployments_name_workers_get_worker_status_type_0",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrder": ".list_deployments_v1_workflows_deployments_get_order",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0": ".list_deployments_v1_workflows_deployments_get_order_by_type_0",
    "ListDocumentsResponse": ".list_documents_response",
    "ListFilesResponse": ".list_files_response",
    "ListJudgesResponse": ".list_judges_response",
    "ListLibrariesResponse": ".list_libraries_response",
    "ListOrganizationsResponse": ".list_organizations_response",
    "ListPromptVersionsResponse": ".list_prompt_versions_response",
    "ListPromptsResponse": ".list_prompts_response",
    "ListRunsV1WorkflowsRunsGetOrder": ".list_runs_v1_workflows_runs_get_order",
    "ListRunsV1WorkflowsRunsGetSortByType0": ".list_runs_v1_workflows_runs_get_sort_by_type_0",
    "ListSharingResponse": ".list_sharing_response",
    "ListSkillVersionsResponse": ".list_skill_versions_response",
    "ListSkillsResponse": ".list_skills_response",
    "ListSortDirection": ".list_sort_direction",
    "ListSortField": ".list_sort_field",
    "ListVoicesV1AudioVoicesGetType": ".list_voices_v1_audio_voices_get_type",
    "ListWorkflowEventResponse": ".list_workflow_event_response",
    "ListWorkspacesResponse": ".list_workspaces_response",
    "LocationType": ".location_type",
    "LoggingCapability": ".logging_capability",
    "LogicalExpression": ".logical_expression",
    "LogicalExpressionType": ".logical_expression_type",
    "LogsRequest": ".logs_request",
    "LogsRequestOrder": ".logs_request_order",
    "ManagedDeploymentResponse": ".managed_deployment_response",
    "MCPPrompt": ".mcp_prompt",
    "MCPPromptMetaType0": ".mcp_prompt_meta_type_0",
    "MCPResource": ".mcp_resource",
    "MCPResourceMetaType0": ".mcp_resource_meta_type_0",
    "MCPServerAuthenticationRequirement": ".mcp_server_authentication_requirement",
    "MCPServerCard": ".mcp_server_card",
    "MCPServerCardMeta": ".mcp_server_card_meta",
    "MCPServerCardTool": ".mcp_server_card_tool",
    "MCPServerCardToolInputSchema": ".mcp_server_card_tool_input_schema",
    "MCPServerCardToolOutputSchemaType0": ".mcp_server_card_tool_output_schema_type_0",
    "MCPServerIcon": ".mcp_server_icon",
    "MCPServerRemote": ".mcp_server_remote",
    "MCPServerRemoteHeader": ".mcp_server_remote_header",
    "MCPServerRemoteType": ".mcp_server_remote_type",
    "MCPServerRepository": ".mcp_server_repository",
    "MCPSupportedLanguage": ".mcp_supported_language",
    "MCPTool": ".mcp_tool",
    "MCPToolInputSchema": ".mcp_tool_input_schema",
    "MCPToolMeta": ".mcp_tool_meta",
    "MCPToolOutputSchemaType0": ".mcp_tool_output_schema_type_0",
    "MCPUIToolMeta": ".mcpui_tool_meta",
    "MCPUIToolMetaVisibilityType0Item": ".mcpui_tool_meta_visibility_type_0_item",
    "MemberSubscriptionOUT": ".member_subscription_out",
    "MemberWorkspaceInfo": ".member_workspace_info",
    "MessageInputEntry": ".message_input_entry",
    "MessageInputEntryRole": ".message_input_entry_role",
    "MessageOutputEntry": ".message_output_entry",
    "MessageOutputEvent": ".message_output_event",
    "MessageResponse": ".message_response",
    "MessageTokens": ".message_tokens",
    "MetadataDict": ".metadata_dict",
    "MetricAggregation": ".metric_aggregation",
    "MetricDefinition": ".metric_definition",
    "MistralPromptMode": ".mistral_prompt_mode",
    "ModelCapabilities": ".model_capabilities",
    "ModelConversation": ".model_conversation",
    "ModelList": ".model_list",
    "ModerationLLMAction": ".moderation_llm_action",
    "ModerationLLMV1CategoryThresholds": ".moderation_llmv1_category_thresholds",
    "ModerationLLMV1Config": ".moderation_llmv1_config",
    "ModerationLLMV2CategoryThresholds": ".moderation_llmv2_category_thresholds",
    "ModerationLLMV2Config": ".moderation_llmv2_config",
    "ModerationObject": ".moderation_object",
    "ModerationObjectCategories": ".moderation_object_categories",
    "ModerationObjectCategoryScores": ".moderation_object_category_scores",
    "ModerationResponse": ".moderation_response",
    "NestedGroupRef": ".nested_group_ref",
    "NestedGroupsOut": ".nested_groups_out",
    "NetworkEncodedInput": ".network_encoded_input",
    "NewUsageLimitIN": ".new_usage_limit_in",
    "OAuth2Token": ".o_auth_2_token",
    "OAuth2TokenAuth": ".o_auth_2_token_auth",
    "OAuth2TokenAuthType": ".o_auth_2_token_auth_type",
    "OAuthMetadataSource": ".o_auth_metadata_source",
    "Oauth2MetadataSecrets": ".oauth_2_metadata_secrets",
    "ObservabilityError": ".observability_error",
    "ObservabilityErrorCode": ".observability_error_code",
    "ObservabilityErrorDetail": ".observability_error_detail",
    "OCRAsideTextBlock": ".ocr_aside_text_block",
    "OCRBlockConfidenceScores": ".ocr_block_confidence_scores",
    "OCRCaptionBlock": ".ocr_caption_block",
    "OCRCodeBlock": ".ocr_code_block",
    "OCRConfidenceScore": ".ocr_confidence_score",
    "OCREquationBlock": ".ocr_equation_block",
    "OCRFooterBlock": ".ocr_footer_block",
    "OCRHeaderBlock": ".ocr_header_block",
    "OCRImageBlock": ".ocr_image_block",
    "OCRImageObject": ".ocr_image_object",
    "OCRListBlock": ".ocr_list_block",
    "OCRPageConfidenceScores": ".ocr_page_confidence_scores",
    "OCRPageDimensions": ".ocr_page_dimensions",
    "OCRPageObject": ".ocr_page_object",
    "OCRReferencesBlock": ".ocr_references_block",
    "OCRRequest": ".ocr_request",
    "OCRRequestConfidenceScoresGranularityType0": ".ocr_request_confidence_scores_granularity_type_0",
    "OCRRequestTableFormatType0": ".ocr_request_table_format_type_0",
    "OCRResponse": ".ocr_response",
    "OCRSignatureBlock": ".ocr_signature_block",
    "OCRTableBlock": ".ocr_table_block",
    "OCRTableObject": ".ocr_table_object",
    "OCRTableObjectFormat": ".ocr_table_object_format",
    "OCRTextBlock": ".ocr_text_block",
    "OCRTitleBlock": ".ocr_title_block",
    "OCRUsageInfo": ".ocr_usage_info",
    "OrderByClause": ".order_by_clause",
    "OrderByClauseDirection": ".order_by_clause_direction",
    "OrganizationAdminUsersOUT": ".organization_admin_users_out",
    "OrganizationInviteIN": ".organization_invite_in",
    "OrganizationInviteINEmailLanguageType0": ".organization_invite_in_email_language_type_0",
    "OrganizationInviteINRoleNameType0": ".organization_invite_in_role_name_type_0",
    "OrganizationInviteINRoleNamesType0Item": ".organization_invite_in_role_names_type_0_item",
    "OrganizationInviteOUT": ".organization_invite_out",
    "OrganizationInvitesCreateOUT": ".organization_invites_create_out",
    "OrganizationMemberCreate": ".organization_member_create",
    "OrganizationMemberCreateRoleNameType0": ".organization_member_create_role_name_type_0",
    "OrganizationMemberCreateRoleNamesType0Item": ".organization_member_create_role_names_type_0_item",
    "OrganizationUserInviteOUT": ".organization_user_invite_out",
    "OrganizationUsersCreateOUT": ".organization_users_create_out",
    "OrganizationUsersCreateOUTEmailToUserId": ".organization_users_create_out_email_to_user_id",
    "OtelFieldDefinition": ".otel_field_definition",
    "OtelFieldDefinitionSupportedOperatorsItem": ".otel_field_definition_supported_operators_item",
    "OtelFieldDefinitionType": ".otel_field_definition_type",
    "OutboundAuthenticationType": ".outbound_authentication_type",
    "PaginatedConnectors": ".paginated_connectors",
    "PaginatedResultCampaignPreview": ".paginated_result_campaign_preview",
    "PaginatedResultChatCompletionEventPreview": ".paginated_result_chat_completion_event_preview",
    "PaginatedResultDatasetImportTask": ".paginated_result_dataset_import_task",
    "PaginatedResultDatasetPreview": ".paginated_result_dataset_preview",
    "PaginatedResultDatasetRecord": ".paginated_result_dataset_record",
    "PaginatedResultJudgePreview": ".paginated_result_judge_preview",
    "PaginationInfo": ".pagination_info",
    "PaginationResponse": ".pagination_response",
    "PartialScheduleDefinition": ".partial_schedule_definition",
    "PlanType": ".plan_type",
    "Prediction": ".prediction",
    "PriceData": ".price_data",
    "ProcessStatus": ".process_status",
    "ProcessingStatus": ".processing_status",
    "Prompt": ".prompt",
    "PromptArgument": ".prompt_argument",
    "PromptDefinition": ".prompt_definition",
    "PromptTokensDetails": ".prompt_tokens_details",
    "PromptVariable": ".prompt_variable",
    "PromptVersion": ".prompt_version",
    "PromptsCapability": ".prompts_capability",
    "PromptsCreateVersionCreatePromptVersionRequest": ".prompts_create_version_create_prompt_version_request",
    "PromptsUpdateUpdatePromptRequest": ".prompts_update_update_prompt_request",
    "PromptsUpdateVersionMetadataUpdatePromptVersionRequest": ".prompts_update_version_metadata_update_prompt_version_request",
    "PublicAuthenticationMethod": ".public_authentication_method",
    "PublicAuthenticationMethodGlobalHeaders": ".public_authentication_method_global_headers",
    "PublicConnectionConfig": ".public_connection_config",
    "PublicConnectionConfigHeadersType0": ".public_connection_config_headers_type_0",
    "PublicConnectorExecutionData": ".public_connector_execution_data",
    "PublicExecutionConnectionConfig": ".public_execution_connection_config",
    "PublicExecutionConnector": ".public_execution_connector",
    "PublicExecutionEnv": ".public_execution_env",
    "PublicResourceVisibility": ".public_resource_visibility",
    "QueryDefinition": ".query_definition",
    "QueryDefinitionInputSchema": ".query_definition_input_schema",
    "QueryDefinitionOutputSchemaType0": ".query_definition_output_schema_type_0",
    "QueryInvocationBody": ".query_invocation_body",
    "QueryInvocationBodyInputType1": ".query_invocation_body_input_type_1",
    "QueryWorkflowResponse": ".query_workflow_response",
    "RateLimitsOUT": ".rate_limits_out",
    "RateLimitsOUTTokensLimitsByModel": ".rate_limits_out_tokens_limits_by_model",
    "RawContent": ".raw_content",
    "ReasoningEffort": ".reasoning_effort",
    "ReferenceChunk": ".reference_chunk",
    "RegisterDeploymentRequestDeployment": ".register_deployment_request_deployment",
    "RegisterDeploymentRequestDeploymentStatus": ".register_deployment_request_deployment_status",
    "RegisterDeploymentRequestVespaDeployment": ".register_deployment_request_vespa_deployment",
    "RegisterDeploymentRequestVespaField": ".register_deployment_request_vespa_field",
    "RegisterDeploymentRequestVespaIndex": ".register_deployment_request_vespa_index",
    "RegisterSearchIndexResponseIndex": ".register_search_index_response_index",
    "RegistrySharingScope": ".registry_sharing_scope",
    "RemoveWorkspaceMembersIN": ".remove_workspace_members_in",
    "RemoveWorkspaceMembersOUT": ".remove_workspace_members_out",
    "RequestSource": ".request_source",
    "RequestedServiceTier": ".requested_service_tier",
    "ResetInvocationBody": ".reset_invocation_body",
    "ResourceLink": ".resource_link",
    "ResourceLinkMetaType0": ".resource_link_meta_type_0",
    "ResourceVisibility": ".resource_visibility",
    "ResourcesCapability": ".resources_capability",
    "ResponseBase": ".response_base",
    "ResponseDoneEvent": ".response_done_event",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseFormat": ".response_format",
    "ResponseFormats": ".response_formats",
    "ResponseStartedEvent": ".response_started_event",
    "RestartConversationRequest": ".restart_conversation_request",
    "RestartConversationRequestHandoffExecution": ".restart_conversation_request_handoff_execution",
    "RoleOut": ".role_out",
    "Roles": ".roles",
    "RolesOut": ".roles_out",
    "RootsCapability": ".roots_capability",
    "RotateUnavailableReason": ".rotate_unavailable_reason",
    "SampleType": ".sample_type",
    "SamplingCapability": ".sampling_capability",
    "SamplingContextCapability": ".sampling_context_capability",
    "SamplingToolsCapability": ".sampling_tools_capability",
    "ScalarMetric": ".scalar_metric",
    "ScheduleCalendar": ".schedule_calendar",
    "ScheduleDefinition": ".schedule_definition",
    "ScheduleDefinitionOutput": ".schedule_definition_output",
    "ScheduleFutureExecution": ".schedule_future_execution",
    "ScheduleInterval": ".schedule_interval",
    "ScheduleOverlapPolicy": ".schedule_overlap_policy",
    "SchedulePolicy": ".schedule_policy",
    "ScheduleRange": ".schedule_range",
    "ScheduleRecentExecution": ".schedule_recent_execution",
    "SchemaFieldDataType": ".schema_field_data_type",
    "SchemaFieldIndex": ".schema_field_index",
    "SchemaFieldRankingType": ".schema_field_ranking_type",
    "SchemaFieldStorage": ".schema_field_storage",
    "ScimSyncGroupActionOut": ".scim_sync_group_action_out",
    "ScimSyncGroupRefOut": ".scim_sync_group_ref_out",
    "ScimSyncGroupUpdateActionOut": ".scim_sync_group_update_action_out",
    "ScimSyncGroupsSummaryOut": ".scim_sync_groups_summary_out",
    "ScimSyncMembershipActionOut": ".scim_sync_membership_action_out",
    "ScimSyncRunStatus": ".scim_sync_run_status",
    "ScimSyncSummaryOut": ".scim_sync_summary_out",
    "ScimSyncUserActionOut": ".scim_sync_user_action_out",
    "ScimSyncUserRefOut": ".scim_sync_user_ref_out",
    "ScimSyncUsersSummaryOut": ".scim_sync_users_summary_out",
    "SearchChatCompletionEventIdsRequest": ".search_chat_completion_event_ids_request",
    "SearchChatCompletionEventIdsResponse": ".search_chat_completion_event_ids_response",
    "SearchChatCompletionEventsRequest": ".search_chat_completion_events_request",
    "SearchChatCompletionEventsResponse": ".search_chat_completion_events_response",
    "ServerCapabilities": ".server_capabilities",
    "ServerCapabilitiesExperimentalType0": ".server_capabilities_experimental_type_0",
    "ServerCapabilitiesExperimentalType0AdditionalProperty": ".server_capabilities_experimental_type_0_additional_property",
    "ServerLocale": ".server_locale",
    "ServerLocaleDescriptionType0": ".server_locale_description_type_0",
    "ServerLocaleDoneDescriptionType0": ".server_locale_done_description_type_0",
    "ServerLocaleNameType0": ".server_locale_name_type_0",
    "ServerLocaleUsageSentenceType0": ".server_locale_usage_sentence_type_0",
    "ServerLocaleWorkingDescriptionType0": ".server_locale_working_description_type_0",
    "ServerTasksCapability": ".server_tasks_capability",
    "ServerTasksRequestsCapability": ".server_tasks_requests_capability",
    "ServiceTier": ".service_tier",
    "SetNestedGroupsIn": ".set_nested_groups_in",
    "ShareEnum": ".share_enum",
    "Sharing": ".sharing",
    "SharingDelete": ".sharing_delete",
    "SharingRequest": ".sharing_request",
    "SignalDefinition": ".signal_definition",
    "SignalDefinitionInputSchema": ".signal_definition_input_schema",
    "SignalInvocationBody": ".signal_invocation_body",
    "SignalInvocationBodyInputType1": ".signal_invocation_body_input_type_1",
    "SignalWorkflowResponse": ".signal_workflow_response",
    "Skill": ".skill",
    "SkillAssetContentType1": ".skill_asset_content_type_1",
    "SkillDefinition": ".skill_definition",
    "SkillDefinitionAssets": ".skill_definition_assets",
    "SkillVersion": ".skill_version",
    "SkillsCreateVersionCreateSkillVersionRequest": ".skills_create_version_create_skill_version_request",
    "SkillsUpdateUpdateSkillRequest": ".skills_update_update_skill_request",
    "SkillsUpdateVersionMetadataUpdateSkillVersionRequest": ".skills_update_version_metadata_update_skill_version_request",
    "Source": ".source",
    "SpanEvaluationsRequest": ".span_evaluations_request",
    "SpansRequest": ".spans_request",
    "SpeechOutputFormat": ".speech_output_format",
    "SpeechRequest": ".speech_request",
    "SpeechStreamAudioDelta": ".speech_stream_audio_delta",
    "SpeechStreamDone": ".speech_stream_done",
    "SpeechStreamEventTypes": ".speech_stream_event_types",
    "SpeechV1AudioSpeechPostSpeechResponse": ".speech_v1_audio_speech_post_speech_response",
    "SSETypes": ".sse_types",
    "StaticOrganizationRoles": ".static_organization_roles",
    "StaticWorkspaceRoles": ".static_workspace_roles",
    "StreamDeploymentLogsResponse200": ".stream_deployment_logs_response_200",
    "StreamDeploymentLogsResponse200Event": ".stream_deployment_logs_response_200_event",
    "StreamError": ".stream_error",
    "StreamEventSseErrorData": ".stream_event_sse_error_data",
    "StreamEventSsePayload": ".stream_event_sse_payload",
    "StreamEventSsePayloadMetadata": ".stream_event_sse_payload_metadata",
    "StreamEventWorkflowContext": ".stream_event_workflow_context",
    "StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse200": ".stream_v1_workflows_executions_execution_id_stream_get_response_200",
    "StreamWorkflowExecutionLogsResponse200": ".stream_workflow_execution_logs_response_200",
    "StreamWorkflowExecutionLogsResponse200Event": ".stream_workflow_execution_logs_response_200_event",
    "SubscriptionStatus": ".subscription_status",
    "SystemMessage": ".system_message",
    "TargetType": ".target_type",
    "TasksCallCapability": ".tasks_call_capability",
    "TasksCancelCapability": ".tasks_cancel_capability",
    "TasksCreateElicitationCapability": ".tasks_create_elicitation_capability",
    "TasksCreateMessageCapability": ".tasks_create_message_capability",
    "TasksElicitationCapability": ".tasks_elicitation_capability",
    "TasksListCapability": ".tasks_list_capability",
    "TasksSamplingCapability": ".tasks_sampling_capability",
    "TasksToolsCapability": ".tasks_tools_capability",
    "TempoGetTraceResponse": ".tempo_get_trace_response",
    "TempoTraceAttribute": ".tempo_trace_attribute",
    "TempoTraceAttributeArrayContainer": ".tempo_trace_attribute_array_container",
    "TempoTraceAttributeArrayElement": ".tempo_trace_attribute_array_element",
    "TempoTraceAttributeArrayValue": ".tempo_trace_attribute_array_value",
    "TempoTraceAttributeBoolValue": ".tempo_trace_attribute_bool_value",
    "TempoTraceAttributeIntValue": ".tempo_trace_attribute_int_value",
    "TempoTraceAttributeStringValue": ".tempo_trace_attribute_string_value",
    "TempoTraceBatch": ".tempo_trace_batch",
    "TempoTraceEvent": ".tempo_trace_event",
    "TempoTraceResource": ".tempo_trace_resource",
    "TempoTraceScope": ".tempo_trace_scope",
    "TempoTraceScopeKind": ".tempo_trace_scope_kind",
    "TempoTraceScopeSpan": ".tempo_trace_scope_span",
    "TempoTraceSpan": ".tempo_trace_span",
    "TextChunk": ".text_chunk",
    "TextContent": ".text_content",
    "TextContentMetaType0": ".text_content_meta_type_0",
    "TextResourceContents": ".text_resource_contents",
    "TextResourceContentsMetaType0": ".text_resource_contents_meta_type_0",
    "ThinkChunk": ".think_chunk",
    "TimeDimension": ".time_dimension",
    "TimeSeriesMetric": ".time_series_metric",
    "TimestampGranularity": ".timestamp_granularity",
    "TokenLimitsByModel": ".token_limits_by_model",
    "Tool": ".tool",
    "ToolAnnotations": ".tool_annotations",
    "ToolCall": ".tool_call",
    "ToolCallConfirmation": ".tool_call_confirmation",
    "ToolCallConfirmationConfirmation": ".tool_call_confirmation_confirmation",
    "ToolChoice": ".tool_choice",
    "ToolChoiceEnum": ".tool_choice_enum",
    "ToolConfiguration": ".tool_configuration",
    "ToolExecution": ".tool_execution",
    "ToolExecutionConfiguration": ".tool_execution_configuration",
    "ToolExecutionDeltaEvent": ".tool_execution_delta_event",
    "ToolExecutionDoneEvent": ".tool_execution_done_event",
    "ToolExecutionEntry": ".tool_execution_entry",
    "ToolExecutionInfo": ".tool_execution_info",
    "ToolExecutionStartedEvent": ".tool_execution_started_event",
    "ToolExecutionTaskSupportType0": ".tool_execution_task_support_type_0",
    "ToolFileChunk": ".tool_file_chunk",
    "ToolMessage": ".tool_message",
    "ToolProperties": ".tool_properties",
    "ToolReferenceChunk": ".tool_reference_chunk",
    "ToolType": ".tool_type",
    "ToolTypes": ".tool_types",
    "ToolsCapability": ".tools_capability",
    "TracesRequest": ".traces_request",
    "TranscriptionResponse": ".transcription_response",
    "TranscriptionSegmentChunk": ".transcription_segment_chunk",
    "TranscriptionStreamDone": ".transcription_stream_done",
    "TranscriptionStreamEventTypes": ".transcription_stream_event_types",
    "TranscriptionStreamEvents": ".transcription_stream_events",
    "TranscriptionStreamLanguage": ".transcription_stream_language",
    "TranscriptionStreamSegmentDelta": ".transcription_stream_segment_delta",
    "TranscriptionStreamTextDelta": ".transcription_stream_text_delta",
    "TurbineMeta": ".turbine_meta",
    "TurbineToolLocale": ".turbine_tool_locale",
    "TurbineToolLocaleDescriptionType0": ".turbine_tool_locale_description_type_0",
    "TurbineToolLocaleDoneDescriptionType0": ".turbine_tool_locale_done_description_type_0",
    "TurbineToolLocaleNameType0": ".turbine_tool_locale_name_type_0",
    "TurbineToolLocaleUsageSentenceType0": ".turbine_tool_locale_usage_sentence_type_0",
    "TurbineToolLocaleWorkingDescriptionType0": ".turbine_tool_locale_working_description_type_0",
    "TurbineToolMeta": ".turbine_tool_meta",
    "UnarchiveModelResponse": ".unarchive_model_response",
    "UnknownContentChunk": ".unknown_content_chunk",
    "UpdateAgentRequest": ".update_agent_request",
    "UpdateConnectorRequest": ".update_connector_request",
    "UpdateDatasetRecordPayloadRequest": ".update_dataset_record_payload_request",
    "UpdateDatasetRecordPropertiesRequest": ".update_dataset_record_properties_request",
    "UpdateDatasetRecordPropertiesRequestProperties": ".update_dataset_record_properties_request_properties",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateDefinition": ".update_definition",
    "UpdateDefinitionInputSchema": ".update_definition_input_schema",
    "UpdateDefinitionOutputSchemaType0": ".update_definition_output_schema_type_0",
    "UpdateDeploymentRequest": ".update_deployment_request",
    "UpdateDocumentRequest": ".update_document_request",
    "UpdateDocumentRequestAttributesType0": ".update_document_request_attributes_type_0",
    "UpdateGroupWorkspaceAssignmentIn": ".update_group_workspace_assignment_in",
    "UpdateGroupWorkspaceAssignmentInRoleNamesType0Item": ".update_group_workspace_assignment_in_role_names_type_0_item",
    "UpdateInvocationBody": ".update_invocation_body",
    "UpdateInvocationBodyInputType1": ".update_invocation_body_input_type_1",
    "UpdateJudgeRequest": ".update_judge_request",
    "UpdateLibraryRequest": ".update_library_request",
    "UpdateMetricsRequestDeploymentMetricsOffline": ".update_metrics_request_deployment_metrics_offline",
    "UpdateMetricsRequestDeploymentMetricsOnline": ".update_metrics_request_deployment_metrics_online",
    "UpdateMetricsRequestIndexMetrics": ".update_metrics_request_index_metrics",
    "UpdateModelRequest": ".update_model_request",
    "UpdateRunInfo": ".update_run_info",
    "UpdateUserGroupOrganizationRoleIn": ".update_user_group_organization_role_in",
    "UpdateWorkflowResponse": ".update_workflow_response",
    "UpdateWorkspaceIN": ".update_workspace_in",
    "UrlElicitationCapability": ".url_elicitation_capability",
    "UsageInfo": ".usage_info",
    "UsageInfoPromptTokensDetailsType0": ".usage_info_prompt_tokens_details_type_0",
    "UsageLimits": ".usage_limits",
    "UsageOUTJSON": ".usage_outjson",
    "UserGroupTargetType": ".user_group_target_type",
    "UserIdentity": ".user_identity",
    "UserIdentityApiKey": ".user_identity_api_key",
    "UserIdentityOrganization": ".user_identity_organization",
    "UserIdentityWorkspace": ".user_identity_workspace",
    "UserMessage": ".user_message",
    "UserOrganization": ".user_organization",
    "UserRole": ".user_role",
    "UserWorkspace": ".user_workspace",
    "UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting": ".users_api_admin_audit_logs_get_audit_logs_audit_logs_sorting",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "VibeActiveUsersStat": ".vibe_active_users_stat",
    "VibeCodeUsageDataJSON": ".vibe_code_usage_data_json",
    "VibeConsumedTokensStat": ".vibe_consumed_tokens_stat",
    "VibeNextEditActiveUsersStat": ".vibe_next_edit_active_users_stat",
    "VibeNextEditModifiedLOCStat": ".vibe_next_edit_modified_loc_stat",
    "VibeNextEditSuggestionStat": ".vibe_next_edit_suggestion_stat",
    "VibeOrganizationStatsOUT": ".vibe_organization_stats_out",
    "VibeSessionDurationStat": ".vibe_session_duration_stat",
    "VibeSessionStat": ".vibe_session_stat",
    "VibeToolCallsByNameStat": ".vibe_tool_calls_by_name_stat",
    "VibeToolCallsStat": ".vibe_tool_calls_stat",
    "VibeUserPromptsStat": ".vibe_user_prompts_stat",
    "VibeWorkByAgentStat": ".vibe_work_by_agent_stat",
    "VibeWorkByAgentStatsOUT": ".vibe_work_by_agent_stats_out",
    "VibeWorkByTimeStat": ".vibe_work_by_time_stat",
    "VibeWorkByTimeStatsOUT": ".vibe_work_by_time_stats_out",
    "VibeWorkByUserStat": ".vibe_work_by_user_stat",
    "VibeWorkByUserStatsOUT": ".vibe_work_by_user_stats_out",
    "VibeWorkspaceStatsOUT": ".vibe_workspace_stats_out",
    "VoiceCreateRequest": ".voice_create_request",
    "VoiceListResponse": ".voice_list_response",
    "VoiceResponse": ".voice_response",
    "VoiceUpdateRequest": ".voice_update_request",
    "WebSearchPremiumTool": ".web_search_premium_tool",
    "WebSearchPremiumToolType": ".web_search_premium_tool_type",
    "WebSearchTool": ".web_search_tool",
    "WebSearchToolType": ".web_search_tool_type",
    "Workflow": ".workflow",
    "WorkflowArchiveResponse": ".workflow_archive_response",
    "WorkflowBasicDefinition": ".workflow_basic_definition",
    "WorkflowBulkArchiveRequest": ".workflow_bulk_archive_request",
    "WorkflowBulkArchiveResponse": ".workflow_bulk_archive_response",
    "WorkflowBulkError": ".workflow_bulk_error",
    "WorkflowBulkUnarchiveRequest": ".workflow_bulk_unarchive_request",
    "WorkflowBulkUnarchiveResponse": ".workflow_bulk_unarchive_response",
    "WorkflowCodeDefinition": ".workflow_code_definition",
    "WorkflowCodeDefinitionInputSchema": ".workflow_code_definition_input_schema",
    "WorkflowCodeDefinitionOutputSchemaType0": ".workflow_code_definition_output_schema_type_0",
    "WorkflowCodeDefinitionPluginMetadataType0": ".workflow_code_definition_plugin_metadata_type_0",
    "WorkflowEventType": ".workflow_event_type",
    "WorkflowExecutionCanceledAttributes": ".workflow_execution_canceled_attributes",
    "WorkflowExecutionCanceledResponse": ".workflow_execution_canceled_response",
    "WorkflowExecutionCompletedAttributesResponse": ".workflow_execution_completed_attributes_response",
    "WorkflowExecutionCompletedResponse": ".workflow_execution_completed_response",
    "WorkflowExecutionContinuedAsNewAttributesResponse": ".workflow_execution_continued_as_new_attributes_response",
    "WorkflowExecutionContinuedAsNewResponse": ".workflow_execution_continued_as_new_response",
    "WorkflowExecutionFailedAttributes": ".workflow_execution_failed_attributes",
    "WorkflowExecutionFailedResponse": ".workflow_execution_failed_response",
    "WorkflowExecutionListResponse": ".workflow_execution_list_response",
    "WorkflowExecutionProgressTraceEvent": ".workflow_execution_progress_trace_event",
    "WorkflowExecutionProgressTraceEventAttributes": ".workflow_execution_progress_trace_event_attributes",
    "WorkflowExecutionRequest": ".workflow_execution_request",
    "WorkflowExecutionRequestCustomTracingAttributesType0": ".workflow_execution_request_custom_tracing_attributes_type_0",
    "WorkflowExecutionRequestExtensionsType0": ".workflow_execution_request_extensions_type_0",
    "WorkflowExecutionRequestInputType0": ".workflow_execution_request_input_type_0",
    "WorkflowExecutionRequestInputType1": ".workflow_execution_request_input_type_1",
    "WorkflowExecutionResponse": ".workflow_execution_response",
    "WorkflowExecutionStartedAttributesResponse": ".workflow_execution_started_attributes_response",
    "WorkflowExecutionStartedResponse": ".workflow_execution_started_response",
    "WorkflowExecutionStatus": ".workflow_execution_status",
    "WorkflowExecutionSyncResponse": ".workflow_execution_sync_response",
    "WorkflowExecutionTraceEvent": ".workflow_execution_trace_event",
    "WorkflowExecutionTraceEventAttributes": ".workflow_execution_trace_event_attributes",
    "WorkflowExecutionTraceEventsResponse": ".workflow_execution_trace_events_response",
    "WorkflowExecutionTraceOTelResponse": ".workflow_execution_trace_o_tel_response",
    "WorkflowExecutionTraceSummaryResponse": ".workflow_execution_trace_summary_response",
    "WorkflowExecutionTraceSummarySpan": ".workflow_execution_trace_summary_span",
    "WorkflowExecutionTraceSummarySpanAttributes": ".workflow_execution_trace_summary_span_attributes",
    "WorkflowExecutionWithoutResultResponse": ".workflow_execution_without_result_response",
    "WorkflowGetResponse": ".workflow_get_response",
    "WorkflowListResponse": ".workflow_list_response",
    "WorkflowMetadata": ".workflow_metadata",
    "WorkflowMetrics": ".workflow_metrics",
    "WorkflowRegistration": ".workflow_registration",
    "WorkflowRegistrationGetResponse": ".workflow_registration_get_response",
    "WorkflowRegistrationListResponse": ".workflow_registration_list_response",
    "WorkflowRegistrationWithWorkerStatus": ".workflow_registration_with_worker_status",
    "WorkflowScheduleListResponse": ".workflow_schedule_list_response",
    "WorkflowSchedulePauseRequest": ".workflow_schedule_pause_request",
    "WorkflowScheduleRequest": ".workflow_schedule_request",
    "WorkflowScheduleResponse": ".workflow_schedule_response",
    "WorkflowScheduleTriggerRequest": ".workflow_schedule_trigger_request",
    "WorkflowScheduleUpdateRequest": ".workflow_schedule_update_request",
    "WorkflowTaskFailedAttributes": ".workflow_task_failed_attributes",
    "WorkflowTaskFailedResponse": ".workflow_task_failed_response",
    "WorkflowTaskTimedOutAttributes": ".workflow_task_timed_out_attributes",
    "WorkflowTaskTimedOutResponse": ".workflow_task_timed_out_response",
    "WorkflowType": ".workflow_type",
    "WorkflowUnarchiveResponse": ".workflow_unarchive_response",
    "WorkflowUpdateRequest": ".workflow_update_request",
    "WorkflowUpdateResponse": ".workflow_update_response",
    "WorkflowWithWorkerStatus": ".workflow_with_worker_status",
    "WorkflowsWorkerSpecUpdate": ".workflows_worker_spec_update",
    "WorkspaceEnrichedOUT": ".workspace_enriched_out",
    "WorkspaceMemberIN": ".workspace_member_in",
    "WorkspaceMemberSingleIN": ".workspace_member_single_in",
    "WorkspaceMemberSingleINRoleNameType0": ".workspace_member_single_in_role_name_type_0",
    "WorkspaceMemberSingleINRoleNamesType0Item": ".workspace_member_single_in_role_names_type_0_item",
    "WorkspaceOUT": ".workspace_out",
    "WorkspaceRole": ".workspace_role",
    "WorkspaceRoleRef": ".workspace_role_ref",
    "WorkspaceSpendLimitOUT": ".workspace_spend_limit_out",
    "WorkspacesOut": ".workspaces_out",
}

__all__ = (
    "APIKeyActions",
    "APIKeyAuth",
    "APIKeyAuthType",
    "APIKeyExtendedOUT",
    "APIKeyOUT",
    "APIKeyProduct",
    "APIKeysExtendedOUT",
    "APIPlan",
    "ActionAvailable",
    "ActionUnavailableDeleteUnavailableReason",
    "ActionUnavailableRotateUnavailableReason",
    "ActivityTaskCompletedAttributesResponse",
    "ActivityTaskCompletedResponse",
    "ActivityTaskFailedAttributes",
    "ActivityTaskFailedResponse",
    "ActivityTaskRetryingAttributes",
    "ActivityTaskRetryingResponse",
    "ActivityTaskStartedAttributesResponse",
    "ActivityTaskStartedResponse",
    "ActorType",
    "AddOrUpdateUsersToWorkspaceOUT",
    "AddUsersToWorkspaceOUT",
    "AdminAssignUsersToGroupIn",
    "AdminCreateAPIKeyIN",
    "AdminOrganizationMemberOUT",
    "AdminOrganizationMemberOUTSubscriptionTypesType0Item",
    "AdminOrganizationMemberUpdate",
    "AdminOrganizationMemberUpdateRoleNameType0",
    "AdminOrganizationMemberUpdateRoleNamesType0Item",
    "AdminOrganizationMemberUpdateSubscriptionTypesType0Item",
    "AdminProvisionGroupToWorkspaceIn",
    "AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0",
    "AdminScimSyncActiveRunOUT",
    "AdminScimSyncConfig",
    "AdminScimSyncRunOUT",
    "AdminScimSyncTriggerIN",
    "AdminScimSyncTriggerOUT",
    "AdminUpdateUserGroupIn",
    "AdminUserGroupIn",
    "AdminUserGroupMemberOut",
    "AdminUserGroupMembersOut",
    "AdminUserGroupOut",
    "AdminUserGroupsOut",
    "AdminUserOUT",
    "AdminUserOUTSubscriptionTypesType0Item",
    "AdminWorkspaceIn",
    "Agent",
    "AgentAliasResponse",
    "AgentConversation",
    "AgentHandoffDoneEvent",
    "AgentHandoffEntry",
    "AgentHandoffStartedEvent",
    "AgentListPage",
    "AgentsCompletionRequest",
    "AgentsCompletionRequestMetadataType0",
    "Aggregation",
    "AggregationMeta",
    "AggregationRequest",
    "AggregationRow",
    "AggregationRowDimensions",
    "AliasList",
    "Annotations",
    "AnnotationsAudienceType0Item",
    "ApiEndpoint",
    "ApiObjectType",
    "ApiZone",
    "AppendConversationRequest",
    "AppendConversationRequestHandoffExecution",
    "ArchiveModelResponse",
    "AssignGroupToWorkspaceIn",
    "AssignGroupToWorkspaceInRoleNamesType0Item",
    "AssistantMessage",
    "AudioChunk",
    "AudioContent",
    "AudioContentMetaType0",
    "AudioTranscriptionRequest",
    "AudioTranscriptionRequestStream",
    "AuditLogEventType",
    "AuditLogOut",
    "AuditLogOutActorMetadata",
    "AuditLogOutEventMetadata",
    "AuditLogOutTargetMetadata",
    "AuthData",
    "AuthDirection",
    "AuthStatus",
    "AuthUrlResponse",
    "AuthenticationConfiguration",
    "AuthenticationMethodCreateOrUpdateRequest",
    "AuthenticationMethodCreateOrUpdateRequestGlobalHeaders",
    "BaseFieldDefinition",
    "BaseFieldDefinitionSupportedOperatorsItem",
    "BaseFieldDefinitionType",
    "BaseModelCard",
    "BaseTaskStatus",
    "BaseWorkspaceMemberIN",
    "BasicModelUsageDataJSON",
    "BasicModelUsageDataJSONModels",
    "BasicModelUsageDataJSONModelsAdditionalProperty",
    "BasicModelUsageDataJSONModelsAdditionalPropertyAdditionalPropertyItem",
    "BatchError",
    "BatchExecutionBody",
    "BatchExecutionResponse",
    "BatchExecutionResponseResults",
    "BatchExecutionResult",
    "BatchJob",
    "BatchJobMetadataType0",
    "BatchJobOutputsType0Item",
    "BatchJobStatus",
    "BatchRequest",
    "BatchRequestBody",
    "BlobResourceContents",
    "BlobResourceContentsMetaType0",
    "BuiltInConnectors",
    "Campaign",
    "ChatClassificationRequest",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionEvent",
    "ChatCompletionEventEnabledToolsItem",
    "ChatCompletionEventExtraFields",
    "ChatCompletionEventExtraFieldsAdditionalPropertyType6",
    "ChatCompletionEventPreview",
    "ChatCompletionEventPreviewExtraFields",
    "ChatCompletionEventPreviewExtraFieldsAdditionalPropertyType6",
    "ChatCompletionEventRequestMessagesItem",
    "ChatCompletionEventResponseMessagesItem",
    "ChatCompletionRequest",
    "ChatCompletionRequestMetadataType0",
    "ChatCompletionResponse",
    "ChatCompletionResponseBase",
    "ChatCompletionV1ChatCompletionsPostUnauthorized",
    "ChatModerationRequest",
    "ChatPlan",
    "ChatTranscriptionEvent",
    "ChatTranscriptionEventResponseMessage",
    "ClassificationRequest",
    "ClassificationRequestMetadataType0",
    "ClassificationResponse",
    "ClassificationResponseResultsItem",
    "ClassificationTargetResult",
    "ClassificationTargetResultClassifierTargetResultScores",
    "ClassifierFineTunedModel",
    "ClassifierTargetResult",
    "ClientCapabilities",
    "ClientCapabilitiesExperimentalType0",
    "ClientCapabilitiesExperimentalType0AdditionalProperty",
    "ClientTasksCapability",
    "ClientTasksRequestsCapability",
    "CodeInterpreterTool",
    "CodeInterpreterToolType",
    "CodePlan",
    "CompletionArgs",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionFineTunedModel",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReasonType1",
    "CompletionResponseStreamChoiceFinishReasonType2Type1",
    "CompletionResponseStreamChoiceFinishReasonType3Type1",
    "CompletionTokensDetails",
    "CompletionsCapability",
    "ConnectionConfigType",
    "ConnectionCredentials",
    "ConnectionCredentialsHeadersType0",
    "ConnectionPreference",
    "Connector",
    "ConnectorActivateForConsumerV1ConsumerScope",
    "ConnectorAuthenticationHeader",
    "ConnectorCallToolRequest",
    "ConnectorCallToolRequestArguments",
    "ConnectorDeactivateForConsumerV1ConsumerScope",
    "ConnectorListToolsV1Response200Type0ItemType1",
    "ConnectorLocale",
    "ConnectorLocaleDescription",
    "ConnectorLocaleName",
    "ConnectorLocaleUsageSentence",
    "ConnectorProtocol",
    "ConnectorSupportedLanguage",
    "ConnectorTool",
    "ConnectorToolCallMetadata",
    "ConnectorToolCallResponse",
    "ConnectorToolJsonschemaType0",
    "ConnectorToolLocale",
    "ConnectorToolLocaleDescription",
    "ConnectorToolLocaleName",
    "ConnectorToolLocaleUsageSentence",
    "ConnectorToolResultMetadata",
    "ConnectorToolResultMetadataMetaType0",
    "ConnectorToolResultMetadataStructuredContentType0",
    "ConnectorsQueryFilters",
    "ConsumerType",
    "ConversationAppendRequest",
    "ConversationAppendRequestHandoffExecution",
    "ConversationAppendStreamRequest",
    "ConversationAppendStreamRequestHandoffExecution",
    "ConversationEvents",
    "ConversationHistory",
    "ConversationMessages",
    "ConversationRequest",
    "ConversationRequestBase",
    "ConversationRequestBaseHandoffExecutionType0",
    "ConversationRequestHandoffExecutionType0",
    "ConversationResponse",
    "ConversationResponseGuardrailsType0Item",
    "ConversationRestartRequest",
    "ConversationRestartRequestHandoffExecution",
    "ConversationRestartStreamRequest",
    "ConversationRestartStreamRequestHandoffExecution",
    "ConversationStreamRequest",
    "ConversationStreamRequestHandoffExecutionType0",
    "ConversationUsageInfo",
    "ConversationUsageInfoConnectorsType0",
    "CreateAgentRequest",
    "CreateBatchJobRequest",
    "CreateBatchJobRequestMetadataType0",
    "CreateCampaignRequest",
    "CreateConnectorRequest",
    "CreateConnectorRequestGlobalHeaders",
    "CreateConnectorRequestHeadersType0",
    "CreateDatasetRecordRequest",
    "CreateDatasetRecordRequestProperties",
    "CreateDatasetRequest",
    "CreateDeploymentRequest",
    "CreateFileResponse",
    "CreateIngestionPipelineConfigurationRequest",
    "CreateIngestionPipelineConfigurationRequestPipelineCompositionType0",
    "CreateJudgeRequest",
    "CreateLibraryRequest",
    "CreateLibraryRequestOwnerTypeType0",
    "CreatePromptRequest",
    "CreatePromptVersionResponse",
    "CreateSkillRequest",
    "CreateSkillVersionResponse",
    "CredentialsCreateOrUpdate",
    "CredentialsResponse",
    "CredentialsStatus",
    "CredentialsStatusErrorReason",
    "CustomConnector",
    "CustomConnectorType",
    "CustomTaskCanceledAttributes",
    "CustomTaskCanceledResponse",
    "CustomTaskCompletedAttributesResponse",
    "CustomTaskCompletedResponse",
    "CustomTaskFailedAttributes",
    "CustomTaskFailedResponse",
    "CustomTaskInProgressAttributesResponse",
    "CustomTaskInProgressResponse",
    "CustomTaskStartedAttributesResponse",
    "CustomTaskStartedResponse",
    "CustomTaskTimedOutAttributes",
    "CustomTaskTimedOutResponse",
    "Dataset",
    "DatasetImportTask",
    "DatasetPreview",
    "DatasetRecord",
    "DatasetRecordPayload",
    "DatasetRecordProperties",
    "DatasetRecordSource",
    "DefsTimestampGranularity",
    "DefsUsageInfo",
    "DeleteAPIKeyOUT",
    "DeleteBatchJobResponse",
    "DeleteDatasetRecordsRequest",
    "DeleteFileResponse",
    "DeleteModelResponse",
    "DeleteOUT",
    "DeletePromptResponse",
    "DeleteSkillResponse",
    "DeleteUnavailableReason",
    "DeltaMessage",
    "DeltaMessageMetadataType0",
    "DeploymentBuildState",
    "DeploymentDetailResponse",
    "DeploymentListResponse",
    "DeploymentLocation",
    "DeploymentLogRecord",
    "DeploymentLogRecordLogAttributes",
    "DeploymentLogSearchResponse",
    "DeploymentObservedState",
    "DeploymentResourceConfig",
    "DeploymentResourceConfigUpdate",
    "DeploymentResponse",
    "DeploymentWorkerListResponse",
    "DeploymentWorkerResponse",
    "DeploymentWorkerSpecInput",
    "DeploymentWorkerSpecResponse",
    "Document",
    "DocumentAttributesType0",
    "DocumentLibraryTool",
    "DocumentLibraryToolType",
    "DocumentTextContent",
    "DocumentURLChunk",
    "ElicitationCapability",
    "EmbeddedResource",
    "EmbeddedResourceMetaType0",
    "EmbeddingDtype",
    "EmbeddingRequest",
    "EmbeddingRequestMetadataType0",
    "EmbeddingResponse",
    "EmbeddingResponseData",
    "EncodedPayloadOptions",
    "EncodingFormat",
    "EncryptedPatchValue",
    "EntityType",
    "EventProgressStatus",
    "EventSource",
    "EventType",
    "ExecutionConfig",
    "ExecutionLogRecord",
    "ExecutionLogRecordLogAttributes",
    "ExecutionLogSearchResponse",
    "ExecutionTool",
    "ExecutionTraceInfoResponse",
    "ExportDatasetResponse",
    "ExtendedOAuthServerMetadata",
    "FIMCompletionRequest",
    "FIMCompletionRequestMetadataType0",
    "FIMCompletionResponse",
    "FTClassifierLossFunction",
    "FTModelCard",
    "Failure",
    "FeedResultChatCompletionEventPreview",
    "FeedResultGetLog",
    "FeedResultGetSpan",
    "FeedResultGetSpanEvaluation",
    "FeedResultGetTrace",
    "FetchCampaignStatusResponse",
    "FetchChatCompletionFieldOptionsResponse",
    "FetchFieldOptionCountsRequest",
    "FetchFieldOptionCountsResponse",
    "FieldGroup",
    "FieldOptionCountItem",
    "FileChunk",
    "FilePurpose",
    "FileSchema",
    "FileVisibility",
    "FilesApiRoutesUploadFileMultiPartBodyParams",
    "FilesApiRoutesUploadFileMultiPartBodyParamsVisibility",
    "FilterCondition",
    "FilterConditionOp",
    "FilterGroup",
    "FilterPayload",
    "FineTunedModelCapabilities",
    "FineTuningDataJSON",
    "FineTuningDataJSONStorage",
    "FineTuningDataJSONTraining",
    "FineTuningDataJSONTrainingAdditionalProperty",
    "FineTuningDataJSONTrainingAdditionalPropertyAdditionalPropertyItem",
    "FormElicitationCapability",
    "Function",
    "FunctionCall",
    "FunctionCallArgumentsType0",
    "FunctionCallEntry",
    "FunctionCallEntryArgumentsType0",
    "FunctionCallEntryConfirmationStatusType0",
    "FunctionCallEvent",
    "FunctionCallEventConfirmationStatusType0",
    "FunctionName",
    "FunctionParameters",
    "FunctionResultEntry",
    "FunctionTool",
    "FunctionToolType",
    "GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0",
    "GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator",
    "GetDeploymentLogsOrder",
    "GetDeploymentSummariesResponse",
    "GetDeploymentSummariesResponseDeployment",
    "GetDeploymentSummariesResponseDeploymentStatus",
    "GetDeploymentSummariesResponseVespaDeployment",
    "GetDeploymentSummariesResponseVespaIndex",
    "GetFileResponse",
    "GetLog",
    "GetLogFieldOptions",
    "GetLogFields",
    "GetLogLogAttributes",
    "GetLogResourceAttributes",
    "GetLogScopeAttributes",
    "GetLogs",
    "GetSchedulesV1WorkflowsSchedulesGetStatusType0",
    "GetSignedUrlResponse",
    "GetSpan",
    "GetSpanEvaluation",
    "GetSpanEvaluationFieldOptions",
    "GetSpanEvaluationFields",
    "GetSpanEvaluationMetadata",
    "GetSpanEvaluations",
    "GetSpanFieldOptions",
    "GetSpanFields",
    "GetSpanResourceAttributes",
    "GetSpanSpanAttributes",
    "GetSpanStatusCode",
    "GetSpans",
    "GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0",
    "GetStreamEventsV1WorkflowsEventsStreamGetResponse200",
    "GetStreamEventsV1WorkflowsEventsStreamGetScope",
    "GetTrace",
    "GetTraceFieldOptions",
    "GetTraceFields",
    "GetTraceStatusCode",
    "GetTraces",
    "GetWorkflowExecutionLogsOrder",
    "GetWorkflowsV1WorkflowsGetDeploymentStatusType0",
    "GetWorkflowsV1WorkflowsGetOrder",
    "GitCommitAuthor",
    "GitCommitMetadata",
    "GlobalHeaderValue",
    "Granularity",
    "GroupWorkspaceAssignmentOut",
    "GroupWorkspaceAssignmentsOut",
    "GuardrailConfig",
    "HTTPStatus",
    "HTTPValidationErrorBody",
    "ImageContent",
    "ImageContentMetaType0",
    "ImageDetail",
    "ImageGenerationTool",
    "ImageGenerationToolType",
    "ImageURL",
    "ImageURLChunk",
    "ImportDatasetFromCampaignRequest",
    "ImportDatasetFromDatasetRequest",
    "ImportDatasetFromExplorerRequest",
    "ImportDatasetFromFileRequest",
    "ImportDatasetFromPlaygroundRequest",
    "InboundAuthenticationType",
    "IngestionPipelineConfiguration",
    "IngestionPipelineConfigurationPipelineCompositionType0",
    "InstructRequest",
    "JSONPatchAdd",
    "JSONPatchAppend",
    "JSONPatchPayloadResponse",
    "JSONPatchRemove",
    "JSONPatchReplace",
    "JSONPayloadResponse",
    "JobsApiRoutesBatchGetBatchJobsMetadataType0",
    "JobsApiRoutesBatchGetBatchJobsOrderBy",
    "JsonSchema",
    "JsonSchemaSchema",
    "Judge",
    "JudgeChatCompletionEventRequest",
    "JudgeClassificationOutput",
    "JudgeClassificationOutputOption",
    "JudgeConversationRequest",
    "JudgeConversationRequestMessagesItem",
    "JudgeConversationRequestPropertiesType0",
    "JudgeDatasetRecordRequest",
    "JudgeOutput",
    "JudgeOutputType",
    "JudgeRegressionOutput",
    "LagoEventType",
    "LibrariesAPIUsageDataJSON",
    "LibrariesDocumentsUploadV1DocumentUpload",
    "Library",
    "LimitsContext",
    "LimitsOUT",
    "ListBatchJobsResponse",
    "ListCampaignSelectedEventsResponse",
    "ListCampaignsResponse",
    "ListChatCompletionFieldsResponse",
    "ListDatasetImportTasksResponse",
    "ListDatasetRecordsResponse",
    "ListDatasetsResponse",
    "ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrder",
    "ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0",
    "ListDocumentsResponse",
    "ListFilesResponse",
    "ListJudgesResponse",
    "ListLibrariesResponse",
    "ListOrganizationsResponse",
    "ListPromptVersionsResponse",
    "ListPromptsResponse",
    "ListRunsV1WorkflowsRunsGetOrder",
    "ListRunsV1WorkflowsRunsGetSortByType0",
    "ListSharingResponse",
    "ListSkillVersionsResponse",
    "ListSkillsResponse",
    "ListSortDirection",
    "ListSortField",
    "ListVoicesV1AudioVoicesGetType",
    "ListWorkflowEventResponse",
    "ListWorkspacesResponse",
    "LocationType",
    "LoggingCapability",
    "LogicalExpression",
    "LogicalExpressionType",
    "LogsRequest",
    "LogsRequestOrder",
    "MCPPrompt",
    "MCPPromptMetaType0",
    "MCPResource",
    "MCPResourceMetaType0",
    "MCPServerAuthenticationRequirement",
    "MCPServerCard",
    "MCPServerCardMeta",
    "MCPServerCardTool",
    "MCPServerCardToolInputSchema",
    "MCPServerCardToolOutputSchemaType0",
    "MCPServerIcon",
    "MCPServerRemote",
    "MCPServerRemoteHeader",
    "MCPServerRemoteType",
    "MCPServerRepository",
    "MCPSupportedLanguage",
    "MCPTool",
    "MCPToolInputSchema",
    "MCPToolMeta",
    "MCPToolOutputSchemaType0",
    "MCPUIToolMeta",
    "MCPUIToolMetaVisibilityType0Item",
    "ManagedDeploymentResponse",
    "MemberSubscriptionOUT",
    "MemberWorkspaceInfo",
    "MessageInputEntry",
    "MessageInputEntryRole",
    "MessageOutputEntry",
    "MessageOutputEvent",
    "MessageResponse",
    "MessageTokens",
    "MetadataDict",
    "MetricAggregation",
    "MetricDefinition",
    "MistralPromptMode",
    "ModelCapabilities",
    "ModelConversation",
    "ModelList",
    "ModerationLLMAction",
    "ModerationLLMV1CategoryThresholds",
    "ModerationLLMV1Config",
    "ModerationLLMV2CategoryThresholds",
    "ModerationLLMV2Config",
    "ModerationObject",
    "ModerationObjectCategories",
    "ModerationObjectCategoryScores",
    "ModerationResponse",
    "NestedGroupRef",
    "NestedGroupsOut",
    "NetworkEncodedInput",
    "NewUsageLimitIN",
    "OAuth2Token",
    "OAuth2TokenAuth",
    "OAuth2TokenAuthType",
    "OAuthMetadataSource",
    "OCRAsideTextBlock",
    "OCRBlockConfidenceScores",
    "OCRCaptionBlock",
    "OCRCodeBlock",
    "OCRConfidenceScore",
    "OCREquationBlock",
    "OCRFooterBlock",
    "OCRHeaderBlock",
    "OCRImageBlock",
    "OCRImageObject",
    "OCRListBlock",
    "OCRPageConfidenceScores",
    "OCRPageDimensions",
    "OCRPageObject",
    "OCRReferencesBlock",
    "OCRRequest",
    "OCRRequestConfidenceScoresGranularityType0",
    "OCRRequestTableFormatType0",
    "OCRResponse",
    "OCRSignatureBlock",
    "OCRTableBlock",
    "OCRTableObject",
    "OCRTableObjectFormat",
    "OCRTextBlock",
    "OCRTitleBlock",
    "OCRUsageInfo",
    "Oauth2MetadataSecrets",
    "ObservabilityError",
    "ObservabilityErrorCode",
    "ObservabilityErrorDetail",
    "OrderByClause",
    "OrderByClauseDirection",
    "OrganizationAdminUsersOUT",
    "OrganizationInviteIN",
    "OrganizationInviteINEmailLanguageType0",
    "OrganizationInviteINRoleNameType0",
    "OrganizationInviteINRoleNamesType0Item",
    "OrganizationInviteOUT",
    "OrganizationInvitesCreateOUT",
    "OrganizationMemberCreate",
    "OrganizationMemberCreateRoleNameType0",
    "OrganizationMemberCreateRoleNamesType0Item",
    "OrganizationUserInviteOUT",
    "OrganizationUsersCreateOUT",
    "OrganizationUsersCreateOUTEmailToUserId",
    "OtelFieldDefinition",
    "OtelFieldDefinitionSupportedOperatorsItem",
    "OtelFieldDefinitionType",
    "OutboundAuthenticationType",
    "PaginatedConnectors",
    "PaginatedResultCampaignPreview",
    "PaginatedResultChatCompletionEventPreview",
    "PaginatedResultDatasetImportTask",
    "PaginatedResultDatasetPreview",
    "PaginatedResultDatasetRecord",
    "PaginatedResultJudgePreview",
    "PaginationInfo",
    "PaginationResponse",
    "PartialScheduleDefinition",
    "PlanType",
    "Prediction",
    "PriceData",
    "ProcessStatus",
    "ProcessingStatus",
    "Prompt",
    "PromptArgument",
    "PromptDefinition",
    "PromptTokensDetails",
    "PromptVariable",
    "PromptVersion",
    "PromptsCapability",
    "PromptsCreateVersionCreatePromptVersionRequest",
    "PromptsUpdateUpdatePromptRequest",
    "PromptsUpdateVersionMetadataUpdatePromptVersionRequest",
    "PublicAuthenticationMethod",
    "PublicAuthenticationMethodGlobalHeaders",
    "PublicConnectionConfig",
    "PublicConnectionConfigHeadersType0",
    "PublicConnectorExecutionData",
    "PublicExecutionConnectionConfig",
    "PublicExecutionConnector",
    "PublicExecutionEnv",
    "PublicResourceVisibility",
    "QueryDefinition",
    "QueryDefinitionInputSchema",
    "QueryDefinitionOutputSchemaType0",
    "QueryInvocationBody",
    "QueryInvocationBodyInputType1",
    "QueryWorkflowResponse",
    "RateLimitsOUT",
    "RateLimitsOUTTokensLimitsByModel",
    "RawContent",
    "ReasoningEffort",
    "ReferenceChunk",
    "RegisterDeploymentRequestDeployment",
    "RegisterDeploymentRequestDeploymentStatus",
    "RegisterDeploymentRequestVespaDeployment",
    "RegisterDeploymentRequestVespaField",
    "RegisterDeploymentRequestVespaIndex",
    "RegisterSearchIndexResponseIndex",
    "RegistrySharingScope",
    "RemoveWorkspaceMembersIN",
    "RemoveWorkspaceMembersOUT",
    "RequestSource",
    "RequestedServiceTier",
    "ResetInvocationBody",
    "ResourceLink",
    "ResourceLinkMetaType0",
    "ResourceVisibility",
    "ResourcesCapability",
    "ResponseBase",
    "ResponseDoneEvent",
    "ResponseErrorEvent",
    "ResponseFormat",
    "ResponseFormats",
    "ResponseStartedEvent",
    "RestartConversationRequest",
    "RestartConversationRequestHandoffExecution",
    "RoleOut",
    "Roles",
    "RolesOut",
    "RootsCapability",
    "RotateUnavailableReason",
    "SSETypes",
    "SampleType",
    "SamplingCapability",
    "SamplingContextCapability",
    "SamplingToolsCapability",
    "ScalarMetric",
    "ScheduleCalendar",
    "ScheduleDefinition",
    "ScheduleDefinitionOutput",
    "ScheduleFutureExecution",
    "ScheduleInterval",
    "ScheduleOverlapPolicy",
    "SchedulePolicy",
    "ScheduleRange",
    "ScheduleRecentExecution",
    "SchemaFieldDataType",
    "SchemaFieldIndex",
    "SchemaFieldRankingType",
    "SchemaFieldStorage",
    "ScimSyncGroupActionOut",
    "ScimSyncGroupRefOut",
    "ScimSyncGroupUpdateActionOut",
    "ScimSyncGroupsSummaryOut",
    "ScimSyncMembershipActionOut",
    "ScimSyncRunStatus",
    "ScimSyncSummaryOut",
    "ScimSyncUserActionOut",
    "ScimSyncUserRefOut",
    "ScimSyncUsersSummaryOut",
    "SearchChatCompletionEventIdsRequest",
    "SearchChatCompletionEventIdsResponse",
    "SearchChatCompletionEventsRequest",
    "SearchChatCompletionEventsResponse",
    "ServerCapabilities",
    "ServerCapabilitiesExperimentalType0",
    "ServerCapabilitiesExperimentalType0AdditionalProperty",
    "ServerLocale",
    "ServerLocaleDescriptionType0",
    "ServerLocaleDoneDescriptionType0",
    "ServerLocaleNameType0",
    "ServerLocaleUsageSentenceType0",
    "ServerLocaleWorkingDescriptionType0",
    "ServerTasksCapability",
    "ServerTasksRequestsCapability",
    "ServiceTier",
    "SetNestedGroupsIn",
    "ShareEnum",
    "Sharing",
    "SharingDelete",
    "SharingRequest",
    "SignalDefinition",
    "SignalDefinitionInputSchema",
    "SignalInvocationBody",
    "SignalInvocationBodyInputType1",
    "SignalWorkflowResponse",
    "Skill",
    "SkillAssetContentType1",
    "SkillDefinition",
    "SkillDefinitionAssets",
    "SkillVersion",
    "SkillsCreateVersionCreateSkillVersionRequest",
    "SkillsUpdateUpdateSkillRequest",
    "SkillsUpdateVersionMetadataUpdateSkillVersionRequest",
    "Source",
    "SpanEvaluationsRequest",
    "SpansRequest",
    "SpeechOutputFormat",
    "SpeechRequest",
    "SpeechStreamAudioDelta",
    "SpeechStreamDone",
    "SpeechStreamEventTypes",
    "SpeechV1AudioSpeechPostSpeechResponse",
    "StaticOrganizationRoles",
    "StaticWorkspaceRoles",
    "StreamDeploymentLogsResponse200",
    "StreamDeploymentLogsResponse200Event",
    "StreamError",
    "StreamEventSseErrorData",
    "StreamEventSsePayload",
    "StreamEventSsePayloadMetadata",
    "StreamEventWorkflowContext",
    "StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse200",
    "StreamWorkflowExecutionLogsResponse200",
    "StreamWorkflowExecutionLogsResponse200Event",
    "SubscriptionStatus",
    "SystemMessage",
    "TargetType",
    "TasksCallCapability",
    "TasksCancelCapability",
    "TasksCreateElicitationCapability",
    "TasksCreateMessageCapability",
    "TasksElicitationCapability",
    "TasksListCapability",
    "TasksSamplingCapability",
    "TasksToolsCapability",
    "TempoGetTraceResponse",
    "TempoTraceAttribute",
    "TempoTraceAttributeArrayContainer",
    "TempoTraceAttributeArrayElement",
    "TempoTraceAttributeArrayValue",
    "TempoTraceAttributeBoolValue",
    "TempoTraceAttributeIntValue",
    "TempoTraceAttributeStringValue",
    "TempoTraceBatch",
    "TempoTraceEvent",
    "TempoTraceResource",
    "TempoTraceScope",
    "TempoTraceScopeKind",
    "TempoTraceScopeSpan",
    "TempoTraceSpan",
    "TextChunk",
    "TextContent",
    "TextContentMetaType0",
    "TextResourceContents",
    "TextResourceContentsMetaType0",
    "ThinkChunk",
    "TimeDimension",
    "TimeSeriesMetric",
    "TimestampGranularity",
    "TokenLimitsByModel",
    "Tool",
    "ToolAnnotations",
    "ToolCall",
    "ToolCallConfirmation",
    "ToolCallConfirmationConfirmation",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolConfiguration",
    "ToolExecution",
    "ToolExecutionConfiguration",
    "ToolExecutionDeltaEvent",
    "ToolExecutionDoneEvent",
    "ToolExecutionEntry",
    "ToolExecutionInfo",
    "ToolExecutionStartedEvent",
    "ToolExecutionTaskSupportType0",
    "ToolFileChunk",
    "ToolMessage",
    "ToolProperties",
    "ToolReferenceChunk",
    "ToolType",
    "ToolTypes",
    "ToolsCapability",
    "TracesRequest",
    "TranscriptionResponse",
    "TranscriptionSegmentChunk",
    "TranscriptionStreamDone",
    "TranscriptionStreamEventTypes",
    "TranscriptionStreamEvents",
    "TranscriptionStreamLanguage",
    "TranscriptionStreamSegmentDelta",
    "TranscriptionStreamTextDelta",
    "TurbineMeta",
    "TurbineToolLocale",
    "TurbineToolLocaleDescriptionType0",
    "TurbineToolLocaleDoneDescriptionType0",
    "TurbineToolLocaleNameType0",
    "TurbineToolLocaleUsageSentenceType0",
    "TurbineToolLocaleWorkingDescriptionType0",
    "TurbineToolMeta",
    "UnarchiveModelResponse",
    "UnknownContentChunk",
    "UpdateAgentRequest",
    "UpdateConnectorRequest",
    "UpdateDatasetRecordPayloadRequest",
    "UpdateDatasetRecordPropertiesRequest",
    "UpdateDatasetRecordPropertiesRequestProperties",
    "UpdateDatasetRequest",
    "UpdateDefinition",
    "UpdateDefinitionInputSchema",
    "UpdateDefinitionOutputSchemaType0",
    "UpdateDeploymentRequest",
    "UpdateDocumentRequest",
    "UpdateDocumentRequestAttributesType0",
    "UpdateGroupWorkspaceAssignmentIn",
    "UpdateGroupWorkspaceAssignmentInRoleNamesType0Item",
    "UpdateInvocationBody",
    "UpdateInvocationBodyInputType1",
    "UpdateJudgeRequest",
    "UpdateLibraryRequest",
    "UpdateMetricsRequestDeploymentMetricsOffline",
    "UpdateMetricsRequestDeploymentMetricsOnline",
    "UpdateMetricsRequestIndexMetrics",
    "UpdateModelRequest",
    "UpdateRunInfo",
    "UpdateUserGroupOrganizationRoleIn",
    "UpdateWorkflowResponse",
    "UpdateWorkspaceIN",
    "UrlElicitationCapability",
    "UsageInfo",
    "UsageInfoPromptTokensDetailsType0",
    "UsageLimits",
    "UsageOUTJSON",
    "UserGroupTargetType",
    "UserIdentity",
    "UserIdentityApiKey",
    "UserIdentityOrganization",
    "UserIdentityWorkspace",
    "UserMessage",
    "UserOrganization",
    "UserRole",
    "UserWorkspace",
    "UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting",
    "ValidationError",
    "ValidationErrorContext",
    "VibeActiveUsersStat",
    "VibeCodeUsageDataJSON",
    "VibeConsumedTokensStat",
    "VibeNextEditActiveUsersStat",
    "VibeNextEditModifiedLOCStat",
    "VibeNextEditSuggestionStat",
    "VibeOrganizationStatsOUT",
    "VibeSessionDurationStat",
    "VibeSessionStat",
    "VibeToolCallsByNameStat",
    "VibeToolCallsStat",
    "VibeUserPromptsStat",
    "VibeWorkByAgentStat",
    "VibeWorkByAgentStatsOUT",
    "VibeWorkByTimeStat",
    "VibeWorkByTimeStatsOUT",
    "VibeWorkByUserStat",
    "VibeWorkByUserStatsOUT",
    "VibeWorkspaceStatsOUT",
    "VoiceCreateRequest",
    "VoiceListResponse",
    "VoiceResponse",
    "VoiceUpdateRequest",
    "WebSearchPremiumTool",
    "WebSearchPremiumToolType",
    "WebSearchTool",
    "WebSearchToolType",
    "Workflow",
    "WorkflowArchiveResponse",
    "WorkflowBasicDefinition",
    "WorkflowBulkArchiveRequest",
    "WorkflowBulkArchiveResponse",
    "WorkflowBulkError",
    "WorkflowBulkUnarchiveRequest",
    "WorkflowBulkUnarchiveResponse",
    "WorkflowCodeDefinition",
    "WorkflowCodeDefinitionInputSchema",
    "WorkflowCodeDefinitionOutputSchemaType0",
    "WorkflowCodeDefinitionPluginMetadataType0",
    "WorkflowEventType",
    "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse",
    "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse",
    "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse",
    "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse",
    "WorkflowExecutionListResponse",
    "WorkflowExecutionProgressTraceEvent",
    "WorkflowExecutionProgressTraceEventAttributes",
    "WorkflowExecutionRequest",
    "WorkflowExecutionRequestCustomTracingAttributesType0",
    "WorkflowExecutionRequestExtensionsType0",
    "WorkflowExecutionRequestInputType0",
    "WorkflowExecutionRequestInputType1",
    "WorkflowExecutionResponse",
    "WorkflowExecutionStartedAttributesResponse",
    "WorkflowExecutionStartedResponse",
    "WorkflowExecutionStatus",
    "WorkflowExecutionSyncResponse",
    "WorkflowExecutionTraceEvent",
    "WorkflowExecutionTraceEventAttributes",
    "WorkflowExecutionTraceEventsResponse",
    "WorkflowExecutionTraceOTelResponse",
    "WorkflowExecutionTraceSummaryResponse",
    "WorkflowExecutionTraceSummarySpan",
    "WorkflowExecutionTraceSummarySpanAttributes",
    "WorkflowExecutionWithoutResultResponse",
    "WorkflowGetResponse",
    "WorkflowListResponse",
    "WorkflowMetadata",
    "WorkflowMetrics",
    "WorkflowRegistration",
    "WorkflowRegistrationGetResponse",
    "WorkflowRegistrationListResponse",
    "WorkflowRegistrationWithWorkerStatus",
    "WorkflowScheduleListResponse",
    "WorkflowSchedulePauseRequest",
    "WorkflowScheduleRequest",
    "WorkflowScheduleResponse",
    "WorkflowScheduleTriggerRequest",
    "WorkflowScheduleUpdateRequest",
    "WorkflowTaskFailedAttributes",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes",
    "WorkflowTaskTimedOutResponse",
    "WorkflowType",
    "WorkflowUnarchiveResponse",
    "WorkflowUpdateRequest",
    "WorkflowUpdateResponse",
    "WorkflowWithWorkerStatus",
    "WorkflowsWorkerSpecUpdate",
    "WorkspaceEnrichedOUT",
    "WorkspaceMemberIN",
    "WorkspaceMemberSingleIN",
    "WorkspaceMemberSingleINRoleNameType0",
    "WorkspaceMemberSingleINRoleNamesType0Item",
    "WorkspaceOUT",
    "WorkspaceRole",
    "WorkspaceRoleRef",
    "WorkspaceSpendLimitOUT",
    "WorkspacesOut",
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
