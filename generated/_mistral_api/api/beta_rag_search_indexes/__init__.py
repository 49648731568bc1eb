"""BetaRagSearchIndexes: generated resource (`client.beta.rag.search_indexes`)."""

from __future__ import annotations

import builtins
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
    from ...models.get_deployment_summaries_response import GetDeploymentSummariesResponse
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.register_deployment_request_deployment import RegisterDeploymentRequestDeployment
    from ...models.register_deployment_request_deployment_status import RegisterDeploymentRequestDeploymentStatus
    from ...models.register_deployment_request_vespa_deployment import RegisterDeploymentRequestVespaDeployment
    from ...models.register_search_index_response_index import RegisterSearchIndexResponseIndex
    from ...models.update_metrics_request_deployment_metrics_offline import UpdateMetricsRequestDeploymentMetricsOffline
    from ...models.update_metrics_request_deployment_metrics_online import UpdateMetricsRequestDeploymentMetricsOnline
else:
    GetDeploymentSummariesResponse = _Lazy(
        globals(), "get_deployment_summaries_response", "GetDeploymentSummariesResponse"
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    RegisterDeploymentRequestDeployment = _Lazy(
        globals(), "register_deployment_request_deployment", "RegisterDeploymentRequestDeployment"
    )
    RegisterDeploymentRequestDeploymentStatus = _Lazy(
        globals(), "register_deployment_request_deployment_status", "RegisterDeploymentRequestDeploymentStatus"
    )
    RegisterDeploymentRequestVespaDeployment = _Lazy(
        globals(), "register_deployment_request_vespa_deployment", "RegisterDeploymentRequestVespaDeployment"
    )
    RegisterSearchIndexResponseIndex = _Lazy(
        globals(), "register_search_index_response_index", "RegisterSearchIndexResponseIndex"
    )
    UpdateMetricsRequestDeploymentMetricsOffline = _Lazy(
        globals(), "update_metrics_request_deployment_metrics_offline", "UpdateMetricsRequestDeploymentMetricsOffline"
    )
    UpdateMetricsRequestDeploymentMetricsOnline = _Lazy(
        globals(), "update_metrics_request_deployment_metrics_online", "UpdateMetricsRequestDeploymentMetricsOnline"
    )


_KEYWORDS_GET_DEPLOYMENT_SUMMARIES_V1_RAG_DEPLOYMENTS_GET = ()


def _decode_get_deployment_summaries_v1_rag_deployments_get(data: Any) -> GetDeploymentSummariesResponse:
    response_200 = GetDeploymentSummariesResponse.from_dict(data)

    return response_200


def _get_deployment_summaries_v1_rag_deployments_get() -> Request[GetDeploymentSummariesResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/rag/deployments",
        operation_id="get_deployment_summaries_v1_rag_deployments_get",
        decode=_decode_get_deployment_summaries_v1_rag_deployments_get,
        kind="json",
        keywords=_KEYWORDS_GET_DEPLOYMENT_SUMMARIES_V1_RAG_DEPLOYMENTS_GET,
        **_kwargs,
    )


_KEYWORDS_REGISTER_DEPLOYMENT_V1_RAG_DEPLOYMENTS_PUT = (
    "name",
    "deployment",
    "status",
)


def _decode_register_deployment_v1_rag_deployments_put(data: Any) -> RegisterSearchIndexResponseIndex:
    response_200 = RegisterSearchIndexResponseIndex.from_dict(data)

    return response_200


def _register_deployment_v1_rag_deployments_put(
    *,
    name: str,
    deployment: RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
    status: RegisterDeploymentRequestDeploymentStatus | str | Unset = UNSET,
) -> Request[RegisterSearchIndexResponseIndex]:

    _kwargs: dict[str, Any] = {}
    _body = RegisterDeploymentRequestDeployment(
        name=cast(Any, name),
        deployment=cast(Any, deployment),
        status=cast(Any, status),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/rag/deployments",
        operation_id="register_deployment_v1_rag_deployments_put",
        decode=_decode_register_deployment_v1_rag_deployments_put,
        kind="json",
        keywords=_KEYWORDS_REGISTER_DEPLOYMENT_V1_RAG_DEPLOYMENTS_PUT,
        **_kwargs,
    )


_KEYWORDS_UNREGISTER_DEPLOYMENT_V1_RAG_DEPLOYMENTS_DEPLOYMENT_ID_DELETE = ("deployment_id",)


def _decode_unregister_deployment_v1_rag_deployments_deployment_id_delete(data: Any) -> Any:
    response_200 = cast(Any, data)
    return response_200


def _unregister_deployment_v1_rag_deployments_deployment_id_delete(
    *,
    deployment_id: UUID | str,
) -> Request[Any]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/rag/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        operation_id="unregister_deployment_v1_rag_deployments_deployment_id_delete",
        decode=_decode_unregister_deployment_v1_rag_deployments_deployment_id_delete,
        kind="json",
        keywords=_KEYWORDS_UNREGISTER_DEPLOYMENT_V1_RAG_DEPLOYMENTS_DEPLOYMENT_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_UPDATE_INDEX_METRICS_V1_RAG_DEPLOYMENTS_DEPLOYMENT_ID_METRICS_PUT = (
    "deployment_id",
    "body",
)


def _decode_update_index_metrics_v1_rag_deployments_deployment_id_metrics_put(data: Any) -> Any:
    response_200 = cast(Any, data)
    return response_200


def _update_index_metrics_v1_rag_deployments_deployment_id_metrics_put(
    *,
    deployment_id: UUID | str,
    body: UpdateMetricsRequestDeploymentMetricsOnline
    | Mapping[str, Any]
    | UpdateMetricsRequestDeploymentMetricsOffline,
) -> Request[Any]:

    _kwargs: dict[str, Any] = {}
    if not isinstance(body, Unset):
        _kwargs["json"] = to_json(body)
    return Request(
        method="PUT",
        path="/v1/rag/deployments/{deployment_id}/metrics".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        operation_id="update_index_metrics_v1_rag_deployments_deployment_id_metrics_put",
        decode=_decode_update_index_metrics_v1_rag_deployments_deployment_id_metrics_put,
        kind="json",
        keywords=_KEYWORDS_UPDATE_INDEX_METRICS_V1_RAG_DEPLOYMENTS_DEPLOYMENT_ID_METRICS_PUT,
        **_kwargs,
    )


BetaRagSearchIndexesGetDeploymentSummariesV1RagDeploymentsGetResult: TypeAlias = GetDeploymentSummariesResponse


BetaRagSearchIndexesRegisterDeploymentV1RagDeploymentsPutResult: TypeAlias = RegisterSearchIndexResponseIndex


BetaRagSearchIndexesUnregisterDeploymentV1RagDeploymentsDeploymentIdDeleteResult: TypeAlias = Any


BetaRagSearchIndexesUpdateIndexMetricsV1RagDeploymentsDeploymentIdMetricsPutResult: TypeAlias = Any


class BetaRagSearchIndexes:
    """`client.beta.rag.search_indexes`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaRagSearchIndexesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaRagSearchIndexesWithRawResponse(self._transport)

    def get_deployment_summaries_v1_rag_deployments_get(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetDeploymentSummariesResponse:
        """Get Deployment Summaries

        Fetch all indexes available to a user

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetDeploymentSummariesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_deployment_summaries_v1_rag_deployments_get, dict())
        return self._transport.send(request, options)

    async def get_deployment_summaries_v1_rag_deployments_get_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetDeploymentSummariesResponse:
        """Get Deployment Summaries

        Fetch all indexes available to a user

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetDeploymentSummariesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_deployment_summaries_v1_rag_deployments_get, dict())
        return await self._transport.send_async(request, options)

    def register_deployment_v1_rag_deployments_put(
        self,
        *,
        name: str,
        deployment: RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
        status: RegisterDeploymentRequestDeploymentStatus | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index

        Register (or re-register) a search index

        Args:
            name (str):
            deployment (RegisterDeploymentRequestVespaDeployment):
            status (RegisterDeploymentRequestDeploymentStatus | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RegisterSearchIndexResponseIndex

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_deployment_v1_rag_deployments_put,
            dict(
                name=name,
                deployment=deployment,
                status=status,
            ),
        )
        return self._transport.send(request, options)

    async def register_deployment_v1_rag_deployments_put_async(
        self,
        *,
        name: str,
        deployment: RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
        status: RegisterDeploymentRequestDeploymentStatus | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index

        Register (or re-register) a search index

        Args:
            name (str):
            deployment (RegisterDeploymentRequestVespaDeployment):
            status (RegisterDeploymentRequestDeploymentStatus | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RegisterSearchIndexResponseIndex

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_deployment_v1_rag_deployments_put,
            dict(
                name=name,
                deployment=deployment,
                status=status,
            ),
        )
        return await self._transport.send_async(request, options)

    def unregister_deployment_v1_rag_deployments_deployment_id_delete(
        self,
        *,
        deployment_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Unregister Deployment

        Delete all information about a deployment

        Args:
            deployment_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unregister_deployment_v1_rag_deployments_deployment_id_delete,
            dict(
                deployment_id=deployment_id,
            ),
        )
        return self._transport.send(request, options)

    async def unregister_deployment_v1_rag_deployments_deployment_id_delete_async(
        self,
        *,
        deployment_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Unregister Deployment

        Delete all information about a deployment

        Args:
            deployment_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unregister_deployment_v1_rag_deployments_deployment_id_delete,
            dict(
                deployment_id=deployment_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_index_metrics_v1_rag_deployments_deployment_id_metrics_put(
        self,
        *,
        deployment_id: UUID | str,
        body: UpdateMetricsRequestDeploymentMetricsOnline
        | Mapping[str, Any]
        | UpdateMetricsRequestDeploymentMetricsOffline,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update Index Metrics

        Update the metrics for a given index

        Args:
            deployment_id (UUID):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_index_metrics_v1_rag_deployments_deployment_id_metrics_put,
            dict(
                deployment_id=deployment_id,
                body=body,
            ),
        )
        return self._transport.send(request, options)

    async def update_index_metrics_v1_rag_deployments_deployment_id_metrics_put_async(
        self,
        *,
        deployment_id: UUID | str,
        body: UpdateMetricsRequestDeploymentMetricsOnline
        | Mapping[str, Any]
        | UpdateMetricsRequestDeploymentMetricsOffline,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Update Index Metrics

        Update the metrics for a given index

        Args:
            deployment_id (UUID):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_index_metrics_v1_rag_deployments_deployment_id_metrics_put,
            dict(
                deployment_id=deployment_id,
                body=body,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaRagSearchIndexesWithRawResponse:
    """`client.beta.rag.search_indexes`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_deployment_summaries_v1_rag_deployments_get(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetDeploymentSummariesResponse]:
        """Get Deployment Summaries

        Fetch all indexes available to a user

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetDeploymentSummariesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_deployment_summaries_v1_rag_deployments_get, dict())
        return self._transport.send_raw(request, options)

    async def get_deployment_summaries_v1_rag_deployments_get_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetDeploymentSummariesResponse]:
        """Get Deployment Summaries

        Fetch all indexes available to a user

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetDeploymentSummariesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_deployment_summaries_v1_rag_deployments_get, dict())
        return await self._transport.send_raw_async(request, options)

    def register_deployment_v1_rag_deployments_put(
        self,
        *,
        name: str,
        deployment: RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
        status: RegisterDeploymentRequestDeploymentStatus | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RegisterSearchIndexResponseIndex]:
        """Register (or re-register) a search index

        Register (or re-register) a search index

        Args:
            name (str):
            deployment (RegisterDeploymentRequestVespaDeployment):
            status (RegisterDeploymentRequestDeploymentStatus | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RegisterSearchIndexResponseIndex]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_deployment_v1_rag_deployments_put,
            dict(
                name=name,
                deployment=deployment,
                status=status,
            ),
        )
        return self._transport.send_raw(request, options)

    async def register_deployment_v1_rag_deployments_put_async(
        self,
        *,
        name: str,
        deployment: RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
        status: RegisterDeploymentRequestDeploymentStatus | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RegisterSearchIndexResponseIndex]:
        """Register (or re-register) a search index

        Register (or re-register) a search index

        Args:
            name (str):
            deployment (RegisterDeploymentRequestVespaDeployment):
            status (RegisterDeploymentRequestDeploymentStatus | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RegisterSearchIndexResponseIndex]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _register_deployment_v1_rag_deployments_put,
            dict(
                name=name,
                deployment=deployment,
                status=status,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def unregister_deployment_v1_rag_deployments_deployment_id_delete(
        self,
        *,
        deployment_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Unregister Deployment

        Delete all information about a deployment

        Args:
            deployment_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unregister_deployment_v1_rag_deployments_deployment_id_delete,
            dict(
                deployment_id=deployment_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def unregister_deployment_v1_rag_deployments_deployment_id_delete_async(
        self,
        *,
        deployment_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Unregister Deployment

        Delete all information about a deployment

        Args:
            deployment_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unregister_deployment_v1_rag_deployments_deployment_id_delete,
            dict(
                deployment_id=deployment_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_index_metrics_v1_rag_deployments_deployment_id_metrics_put(
        self,
        *,
        deployment_id: UUID | str,
        body: UpdateMetricsRequestDeploymentMetricsOnline
        | Mapping[str, Any]
        | UpdateMetricsRequestDeploymentMetricsOffline,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Update Index Metrics

        Update the metrics for a given index

        Args:
            deployment_id (UUID):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_index_metrics_v1_rag_deployments_deployment_id_metrics_put,
            dict(
                deployment_id=deployment_id,
                body=body,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_index_metrics_v1_rag_deployments_deployment_id_metrics_put_async(
        self,
        *,
        deployment_id: UUID | str,
        body: UpdateMetricsRequestDeploymentMetricsOnline
        | Mapping[str, Any]
        | UpdateMetricsRequestDeploymentMetricsOffline,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Update Index Metrics

        Update the metrics for a given index

        Args:
            deployment_id (UUID):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_index_metrics_v1_rag_deployments_deployment_id_metrics_put,
            dict(
                deployment_id=deployment_id,
                body=body,
            ),
        )
        return await self._transport.send_raw_async(request, options)
