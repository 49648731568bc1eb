"""BetaRagIngestionPipelineConfigurations: generated resource (`client.beta.rag.ingestion_pipeline_configurations`)."""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote
from uuid import UUID

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
    from ...models.create_ingestion_pipeline_configuration_request import CreateIngestionPipelineConfigurationRequest
    from ...models.create_ingestion_pipeline_configuration_request_pipeline_composition_type_0 import (
        CreateIngestionPipelineConfigurationRequestPipelineCompositionType0,
    )
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.ingestion_pipeline_configuration import IngestionPipelineConfiguration
    from ...models.update_run_info import UpdateRunInfo
else:
    CreateIngestionPipelineConfigurationRequest = _Lazy(
        globals(), "create_ingestion_pipeline_configuration_request", "CreateIngestionPipelineConfigurationRequest"
    )
    CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 = _Lazy(
        globals(),
        "create_ingestion_pipeline_configuration_request_pipeline_composition_type_0",
        "CreateIngestionPipelineConfigurationRequestPipelineCompositionType0",
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    IngestionPipelineConfiguration = _Lazy(
        globals(), "ingestion_pipeline_configuration", "IngestionPipelineConfiguration"
    )
    UpdateRunInfo = _Lazy(globals(), "update_run_info", "UpdateRunInfo")


_KEYWORDS_GET_CONFIGS_V1_RAG_INGESTION_PIPELINE_CONFIGURATIONS_GET = ()


def _decode_get_configs_v1_rag_ingestion_pipeline_configurations_get(
    data: Any,
) -> builtins.list[IngestionPipelineConfiguration]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = IngestionPipelineConfiguration.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _get_configs_v1_rag_ingestion_pipeline_configurations_get() -> Request[
    builtins.list[IngestionPipelineConfiguration]
]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/rag/ingestion_pipeline_configurations",
        operation_id="get_configs_v1_rag_ingestion_pipeline_configurations_get",
        decode=_decode_get_configs_v1_rag_ingestion_pipeline_configurations_get,
        kind="json",
        keywords=_KEYWORDS_GET_CONFIGS_V1_RAG_INGESTION_PIPELINE_CONFIGURATIONS_GET,
        **_kwargs,
    )


_KEYWORDS_REGISTER_CONFIG_V1_RAG_INGESTION_PIPELINE_CONFIGURATIONS_PUT = (
    "name",
    "pipeline_composition",
)


def _decode_register_config_v1_rag_ingestion_pipeline_configurations_put(data: Any) -> IngestionPipelineConfiguration:
    response_200 = IngestionPipelineConfiguration.from_dict(data)

    return response_200


def _register_config_v1_rag_ingestion_pipeline_configurations_put(
    *,
    name: str,
    pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
) -> Request[IngestionPipelineConfiguration]:

    _kwargs: dict[str, Any] = {}
    _body = CreateIngestionPipelineConfigurationRequest(
        name=cast(Any, name),
        pipeline_composition=cast(Any, pipeline_composition),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/rag/ingestion_pipeline_configurations",
        operation_id="register_config_v1_rag_ingestion_pipeline_configurations_put",
        decode=_decode_register_config_v1_rag_ingestion_pipeline_configurations_put,
        kind="json",
        keywords=_KEYWORDS_REGISTER_CONFIG_V1_RAG_INGESTION_PIPELINE_CONFIGURATIONS_PUT,
        **_kwargs,
    )


_KEYWORDS_UPDATE_RUN_INFO_V1_RAG_INGESTION_PIPELINE_CONFIGURATIONS_ID_RUN_INFO_PUT = (
    "id",
    "execution_time",
    "chunks_count",
)


def _decode_update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put(
    data: Any,
) -> IngestionPipelineConfiguration:
    response_200 = IngestionPipelineConfiguration.from_dict(data)

    return response_200


def _update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put(
    *,
    id: UUID | str,
    execution_time: datetime.datetime,
    chunks_count: int,
) -> Request[IngestionPipelineConfiguration]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateRunInfo(
        execution_time=cast(Any, execution_time),
        chunks_count=cast(Any, chunks_count),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/rag/ingestion_pipeline_configurations/{id}/run_info".format(
            id=quote(str(id), safe=""),
        ),
        operation_id="update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put",
        decode=_decode_update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put,
        kind="json",
        keywords=_KEYWORDS_UPDATE_RUN_INFO_V1_RAG_INGESTION_PIPELINE_CONFIGURATIONS_ID_RUN_INFO_PUT,
        **_kwargs,
    )


BetaRagIngestionPipelineConfigurationsListResult: TypeAlias = builtins.list[IngestionPipelineConfiguration]


BetaRagIngestionPipelineConfigurationsRegisterResult: TypeAlias = IngestionPipelineConfiguration


BetaRagIngestionPipelineConfigurationsUpdateRunInfoResult: TypeAlias = IngestionPipelineConfiguration


class BetaRagIngestionPipelineConfigurations:
    """`client.beta.rag.ingestion_pipeline_configurations`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaRagIngestionPipelineConfigurationsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaRagIngestionPipelineConfigurationsWithRawResponse(self._transport)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IngestionPipelineConfiguration]:
        """List ingestion pipeline configurations

        For the current workspace, lists all of the registered ingestion pipeline configurations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[IngestionPipelineConfiguration]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_configs_v1_rag_ingestion_pipeline_configurations_get, dict())
        return self._transport.send(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IngestionPipelineConfiguration]:
        """List ingestion pipeline configurations

        For the current workspace, lists all of the registered ingestion pipeline configurations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[IngestionPipelineConfiguration]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_configs_v1_rag_ingestion_pipeline_configurations_get, dict())
        return await self._transport.send_async(request, options)

    def register(
        self,
        *,
        name: str,
        pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """Register Config

        Register an ingestion configuration.

        Args:
            name (str):
            pipeline_composition (CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            IngestionPipelineConfiguration

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_config_v1_rag_ingestion_pipeline_configurations_put,
            dict(
                name=name,
                pipeline_composition=pipeline_composition,
            ),
        )
        return self._transport.send(request, options)

    async def register_async(
        self,
        *,
        name: str,
        pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """Register Config

        Register an ingestion configuration.

        Args:
            name (str):
            pipeline_composition (CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            IngestionPipelineConfiguration

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_config_v1_rag_ingestion_pipeline_configurations_put,
            dict(
                name=name,
                pipeline_composition=pipeline_composition,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_run_info(
        self,
        *,
        id: UUID | str,
        execution_time: datetime.datetime,
        chunks_count: int,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """Update Run Info

        Update Run Info

        Args:
            id (UUID):
            execution_time (datetime.datetime):
            chunks_count (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            IngestionPipelineConfiguration

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put,
            dict(
                id=id,
                execution_time=execution_time,
                chunks_count=chunks_count,
            ),
        )
        return self._transport.send(request, options)

    async def update_run_info_async(
        self,
        *,
        id: UUID | str,
        execution_time: datetime.datetime,
        chunks_count: int,
        **options: Unpack[RequestOptions],
    ) -> IngestionPipelineConfiguration:
        """Update Run Info

        Update Run Info

        Args:
            id (UUID):
            execution_time (datetime.datetime):
            chunks_count (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            IngestionPipelineConfiguration

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put,
            dict(
                id=id,
                execution_time=execution_time,
                chunks_count=chunks_count,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaRagIngestionPipelineConfigurationsWithRawResponse:
    """`client.beta.rag.ingestion_pipeline_configurations`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[IngestionPipelineConfiguration]]:
        """List ingestion pipeline configurations

        For the current workspace, lists all of the registered ingestion pipeline configurations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[IngestionPipelineConfiguration]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_configs_v1_rag_ingestion_pipeline_configurations_get, dict())
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[IngestionPipelineConfiguration]]:
        """List ingestion pipeline configurations

        For the current workspace, lists all of the registered ingestion pipeline configurations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[IngestionPipelineConfiguration]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_configs_v1_rag_ingestion_pipeline_configurations_get, dict())
        return await self._transport.send_raw_async(request, options)

    def register(
        self,
        *,
        name: str,
        pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[IngestionPipelineConfiguration]:
        """Register Config

        Register an ingestion configuration.

        Args:
            name (str):
            pipeline_composition (CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[IngestionPipelineConfiguration]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_config_v1_rag_ingestion_pipeline_configurations_put,
            dict(
                name=name,
                pipeline_composition=pipeline_composition,
            ),
        )
        return self._transport.send_raw(request, options)

    async def register_async(
        self,
        *,
        name: str,
        pipeline_composition: CreateIngestionPipelineConfigurationRequestPipelineCompositionType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[IngestionPipelineConfiguration]:
        """Register Config

        Register an ingestion configuration.

        Args:
            name (str):
            pipeline_composition (CreateIngestionPipelineConfigurationRequestPipelineCompositionType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[IngestionPipelineConfiguration]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_config_v1_rag_ingestion_pipeline_configurations_put,
            dict(
                name=name,
                pipeline_composition=pipeline_composition,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_run_info(
        self,
        *,
        id: UUID | str,
        execution_time: datetime.datetime,
        chunks_count: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[IngestionPipelineConfiguration]:
        """Update Run Info

        Update Run Info

        Args:
            id (UUID):
            execution_time (datetime.datetime):
            chunks_count (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[IngestionPipelineConfiguration]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put,
            dict(
                id=id,
                execution_time=execution_time,
                chunks_count=chunks_count,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_run_info_async(
        self,
        *,
        id: UUID | str,
        execution_time: datetime.datetime,
        chunks_count: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[IngestionPipelineConfiguration]:
        """Update Run Info

        Update Run Info

        Args:
            id (UUID):
            execution_time (datetime.datetime):
            chunks_count (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[IngestionPipelineConfiguration]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_run_info_v1_rag_ingestion_pipeline_configurations_id_run_info_put,
            dict(
                id=id,
                execution_time=execution_time,
                chunks_count=chunks_count,
            ),
        )
        return await self._transport.send_raw_async(request, options)
