"""The namespace tree: `Resources` and the namespaces between it and the generated resources.

Each resource is imported on first access (a `functools.cached_property`), so a client pays
only for the resources it uses. `Resources` is the base of the client class.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..client import Transport

if TYPE_CHECKING:
    from .agents import Agents
    from .audio_speech import AudioSpeech
    from .audio_transcriptions import AudioTranscriptions
    from .audio_voices import AudioVoices
    from .batch_jobs import BatchJobs
    from .beta_admin_api_keys import BetaAdminApiKeys
    from .beta_admin_audit_logs import BetaAdminAuditLogs
    from .beta_admin_billing import BetaAdminBilling
    from .beta_admin_scim import BetaAdminScim
    from .beta_admin_user_groups import BetaAdminUserGroups
    from .beta_admin_users import BetaAdminUsers
    from .beta_admin_vibe_code_analytics import BetaAdminVibeCodeAnalytics
    from .beta_admin_vibe_work_analytics import BetaAdminVibeWorkAnalytics
    from .beta_admin_workspaces import BetaAdminWorkspaces
    from .beta_agents import BetaAgents
    from .beta_connectors import BetaConnectors
    from .beta_conversations import BetaConversations
    from .beta_libraries import BetaLibraries
    from .beta_libraries_accesses import BetaLibrariesAccesses
    from .beta_libraries_documents import BetaLibrariesDocuments
    from .beta_observability_campaigns import BetaObservabilityCampaigns
    from .beta_observability_chat_completion_events import BetaObservabilityChatCompletionEvents
    from .beta_observability_chat_completion_events_fields import BetaObservabilityChatCompletionEventsFields
    from .beta_observability_datasets import BetaObservabilityDatasets
    from .beta_observability_datasets_records import BetaObservabilityDatasetsRecords
    from .beta_observability_judges import BetaObservabilityJudges
    from .beta_observability_logs import BetaObservabilityLogs
    from .beta_observability_spans import BetaObservabilitySpans
    from .beta_observability_traces import BetaObservabilityTraces
    from .beta_prompts import BetaPrompts
    from .beta_rag_ingestion_pipeline_configurations import BetaRagIngestionPipelineConfigurations
    from .beta_rag_search_indexes import BetaRagSearchIndexes
    from .beta_skills import BetaSkills
    from .beta_users import BetaUsers
    from .chat import Chat
    from .classifiers import Classifiers
    from .embeddings import Embeddings
    from .files import Files
    from .fim import Fim
    from .models import Models
    from .ocr import Ocr
    from .workflows import Workflows
    from .workflows_deployments import WorkflowsDeployments
    from .workflows_events import WorkflowsEvents
    from .workflows_executions import WorkflowsExecutions
    from .workflows_metrics import WorkflowsMetrics
    from .workflows_runs import WorkflowsRuns
    from .workflows_schedules import WorkflowsSchedules


class Audio:
    """`client.audio`: a namespace."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def speech(self) -> AudioSpeech:
        """`client.audio.speech`."""
        from .audio_speech import AudioSpeech

        return AudioSpeech(self._transport)

    @functools.cached_property
    def transcriptions(self) -> AudioTranscriptions:
        """`client.audio.transcriptions`."""
        from .audio_transcriptions import AudioTranscriptions

        return AudioTranscriptions(self._transport)

    @functools.cached_property
    def voices(self) -> AudioVoices:
        """`client.audio.voices`."""
        from .audio_voices import AudioVoices

        return AudioVoices(self._transport)


class Batch:
    """`client.batch`: a namespace."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def jobs(self) -> BatchJobs:
        """`client.batch.jobs`."""
        from .batch_jobs import BatchJobs

        return BatchJobs(self._transport)


class Beta:
    """`client.beta`: a namespace."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def admin(self) -> BetaAdmin:
        """`client.beta.admin`."""
        return BetaAdmin(self._transport)

    @functools.cached_property
    def agents(self) -> BetaAgents:
        """`client.beta.agents`."""
        from .beta_agents import BetaAgents

        return BetaAgents(self._transport)

    @functools.cached_property
    def connectors(self) -> BetaConnectors:
        """`client.beta.connectors`."""
        from .beta_connectors import BetaConnectors

        return BetaConnectors(self._transport)

    @functools.cached_property
    def conversations(self) -> BetaConversations:
        """`client.beta.conversations`."""
        from .beta_conversations import BetaConversations

        return BetaConversations(self._transport)

    @functools.cached_property
    def libraries(self) -> BetaLibraries:
        """`client.beta.libraries`."""
        from .beta_libraries import BetaLibraries

        return BetaLibraries(self._transport)

    @functools.cached_property
    def observability(self) -> BetaObservability:
        """`client.beta.observability`."""
        return BetaObservability(self._transport)

    @functools.cached_property
    def prompts(self) -> BetaPrompts:
        """`client.beta.prompts`."""
        from .beta_prompts import BetaPrompts

        return BetaPrompts(self._transport)

    @functools.cached_property
    def rag(self) -> BetaRag:
        """`client.beta.rag`."""
        return BetaRag(self._transport)

    @functools.cached_property
    def skills(self) -> BetaSkills:
        """`client.beta.skills`."""
        from .beta_skills import BetaSkills

        return BetaSkills(self._transport)

    @functools.cached_property
    def users(self) -> BetaUsers:
        """`client.beta.users`."""
        from .beta_users import BetaUsers

        return BetaUsers(self._transport)


class BetaAdmin:
    """`client.beta.admin`: a namespace."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def api_keys(self) -> BetaAdminApiKeys:
        """`client.beta.admin.api_keys`."""
        from .beta_admin_api_keys import BetaAdminApiKeys

        return BetaAdminApiKeys(self._transport)

    @functools.cached_property
    def audit_logs(self) -> BetaAdminAuditLogs:
        """`client.beta.admin.audit_logs`."""
        from .beta_admin_audit_logs import BetaAdminAuditLogs

        return BetaAdminAuditLogs(self._transport)

    @functools.cached_property
    def billing(self) -> BetaAdminBilling:
        """`client.beta.admin.billing`."""
        from .beta_admin_billing import BetaAdminBilling

        return BetaAdminBilling(self._transport)

    @functools.cached_property
    def scim(self) -> BetaAdminScim:
        """`client.beta.admin.scim`."""
        from .beta_admin_scim import BetaAdminScim

        return BetaAdminScim(self._transport)

    @functools.cached_property
    def user_groups(self) -> BetaAdminUserGroups:
        """`client.beta.admin.user_groups`."""
        from .beta_admin_user_groups import BetaAdminUserGroups

        return BetaAdminUserGroups(self._transport)

    @functools.cached_property
    def users(self) -> BetaAdminUsers:
        """`client.beta.admin.users`."""
        from .beta_admin_users import BetaAdminUsers

        return BetaAdminUsers(self._transport)

    @functools.cached_property
    def vibe_code_analytics(self) -> BetaAdminVibeCodeAnalytics:
        """`client.beta.admin.vibe_code_analytics`."""
        from .beta_admin_vibe_code_analytics import BetaAdminVibeCodeAnalytics

        return BetaAdminVibeCodeAnalytics(self._transport)

    @functools.cached_property
    def vibe_work_analytics(self) -> BetaAdminVibeWorkAnalytics:
        """`client.beta.admin.vibe_work_analytics`."""
        from .beta_admin_vibe_work_analytics import BetaAdminVibeWorkAnalytics

        return BetaAdminVibeWorkAnalytics(self._transport)

    @functools.cached_property
    def workspaces(self) -> BetaAdminWorkspaces:
        """`client.beta.admin.workspaces`."""
        from .beta_admin_workspaces import BetaAdminWorkspaces

        return BetaAdminWorkspaces(self._transport)


class BetaObservability:
    """`client.beta.observability`: a namespace."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def campaigns(self) -> BetaObservabilityCampaigns:
        """`client.beta.observability.campaigns`."""
        from .beta_observability_campaigns import BetaObservabilityCampaigns

        return BetaObservabilityCampaigns(self._transport)

    @functools.cached_property
    def chat_completion_events(self) -> BetaObservabilityChatCompletionEvents:
        """`client.beta.observability.chat_completion_events`."""
        from .beta_observability_chat_completion_events import BetaObservabilityChatCompletionEvents

        return BetaObservabilityChatCompletionEvents(self._transport)

    @functools.cached_property
    def datasets(self) -> BetaObservabilityDatasets:
        """`client.beta.observability.datasets`."""
        from .beta_observability_datasets import BetaObservabilityDatasets

        return BetaObservabilityDatasets(self._transport)

    @functools.cached_property
    def judges(self) -> BetaObservabilityJudges:
        """`client.beta.observability.judges`."""
        from .beta_observability_judges import BetaObservabilityJudges

        return BetaObservabilityJudges(self._transport)

    @functools.cached_property
    def logs(self) -> BetaObservabilityLogs:
        """`client.beta.observability.logs`."""
        from .beta_observability_logs import BetaObservabilityLogs

        return BetaObservabilityLogs(self._transport)

    @functools.cached_property
    def spans(self) -> BetaObservabilitySpans:
        """`client.beta.observability.spans`."""
        from .beta_observability_spans import BetaObservabilitySpans

        return BetaObservabilitySpans(self._transport)

    @functools.cached_property
    def traces(self) -> BetaObservabilityTraces:
        """`client.beta.observability.traces`."""
        from .beta_observability_traces import BetaObservabilityTraces

        return BetaObservabilityTraces(self._transport)


class BetaRag:
    """`client.beta.rag`: a namespace."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def ingestion_pipeline_configurations(self) -> BetaRagIngestionPipelineConfigurations:
        """`client.beta.rag.ingestion_pipeline_configurations`."""
        from .beta_rag_ingestion_pipeline_configurations import BetaRagIngestionPipelineConfigurations

        return BetaRagIngestionPipelineConfigurations(self._transport)

    @functools.cached_property
    def search_indexes(self) -> BetaRagSearchIndexes:
        """`client.beta.rag.search_indexes`."""
        from .beta_rag_search_indexes import BetaRagSearchIndexes

        return BetaRagSearchIndexes(self._transport)


class Resources:
    """Every resource of the API, as typed attributes."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def agents(self) -> Agents:
        """`client.agents`."""
        from .agents import Agents

        return Agents(self._transport)

    @functools.cached_property
    def audio(self) -> Audio:
        """`client.audio`."""
        return Audio(self._transport)

    @functools.cached_property
    def batch(self) -> Batch:
        """`client.batch`."""
        return Batch(self._transport)

    @functools.cached_property
    def beta(self) -> Beta:
        """`client.beta`."""
        return Beta(self._transport)

    @functools.cached_property
    def chat(self) -> Chat:
        """`client.chat`."""
        from .chat import Chat

        return Chat(self._transport)

    @functools.cached_property
    def classifiers(self) -> Classifiers:
        """`client.classifiers`."""
        from .classifiers import Classifiers

        return Classifiers(self._transport)

    @functools.cached_property
    def embeddings(self) -> Embeddings:
        """`client.embeddings`."""
        from .embeddings import Embeddings

        return Embeddings(self._transport)

    @functools.cached_property
    def files(self) -> Files:
        """`client.files`."""
        from .files import Files

        return Files(self._transport)

    @functools.cached_property
    def fim(self) -> Fim:
        """`client.fim`."""
        from .fim import Fim

        return Fim(self._transport)

    @functools.cached_property
    def models(self) -> Models:
        """`client.models`."""
        from .models import Models

        return Models(self._transport)

    @functools.cached_property
    def ocr(self) -> Ocr:
        """`client.ocr`."""
        from .ocr import Ocr

        return Ocr(self._transport)

    @functools.cached_property
    def workflows(self) -> Workflows:
        """`client.workflows`."""
        from .workflows import Workflows

        return Workflows(self._transport)
