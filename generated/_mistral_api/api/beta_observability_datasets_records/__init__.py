"""BetaObservabilityDatasetsRecords: generated resource (`client.beta.observability.datasets.records`)."""

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
    from ...models.create_judge_request import CreateJudgeRequest
    from ...models.dataset_record import DatasetRecord
    from ...models.dataset_record_payload import DatasetRecordPayload
    from ...models.delete_dataset_records_request import DeleteDatasetRecordsRequest
    from ...models.judge_dataset_record_request import JudgeDatasetRecordRequest
    from ...models.judge_output import JudgeOutput
    from ...models.observability_error import ObservabilityError
    from ...models.update_dataset_record_payload_request import UpdateDatasetRecordPayloadRequest
    from ...models.update_dataset_record_properties_request import UpdateDatasetRecordPropertiesRequest
    from ...models.update_dataset_record_properties_request_properties import (
        UpdateDatasetRecordPropertiesRequestProperties,
    )
else:
    CreateJudgeRequest = _Lazy(globals(), "create_judge_request", "CreateJudgeRequest")
    DatasetRecord = _Lazy(globals(), "dataset_record", "DatasetRecord")
    DatasetRecordPayload = _Lazy(globals(), "dataset_record_payload", "DatasetRecordPayload")
    DeleteDatasetRecordsRequest = _Lazy(globals(), "delete_dataset_records_request", "DeleteDatasetRecordsRequest")
    JudgeDatasetRecordRequest = _Lazy(globals(), "judge_dataset_record_request", "JudgeDatasetRecordRequest")
    JudgeOutput = _Lazy(globals(), "judge_output", "JudgeOutput")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")
    UpdateDatasetRecordPayloadRequest = _Lazy(
        globals(), "update_dataset_record_payload_request", "UpdateDatasetRecordPayloadRequest"
    )
    UpdateDatasetRecordPropertiesRequest = _Lazy(
        globals(), "update_dataset_record_properties_request", "UpdateDatasetRecordPropertiesRequest"
    )
    UpdateDatasetRecordPropertiesRequestProperties = _Lazy(
        globals(),
        "update_dataset_record_properties_request_properties",
        "UpdateDatasetRecordPropertiesRequestProperties",
    )


_KEYWORDS_GET_DATASET_RECORD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_GET = ("dataset_record_id",)


def _decode_get_dataset_record_v1_observability_dataset_records_dataset_record_id_get(data: Any) -> DatasetRecord:
    response_200 = DatasetRecord.from_dict(data)

    return response_200


def _get_dataset_record_v1_observability_dataset_records_dataset_record_id_get(
    *,
    dataset_record_id: UUID | str,
) -> Request[DatasetRecord]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/dataset-records/{dataset_record_id}".format(
            dataset_record_id=quote(str(dataset_record_id), safe=""),
        ),
        operation_id="get_dataset_record_v1_observability_dataset_records_dataset_record_id_get",
        decode=_decode_get_dataset_record_v1_observability_dataset_records_dataset_record_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_DATASET_RECORD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_GET,
        **_kwargs,
    )


_KEYWORDS_DELETE_DATASET_RECORD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_DELETE = ("dataset_record_id",)


def _delete_dataset_record_v1_observability_dataset_records_dataset_record_id_delete(
    *,
    dataset_record_id: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/observability/dataset-records/{dataset_record_id}".format(
            dataset_record_id=quote(str(dataset_record_id), safe=""),
        ),
        operation_id="delete_dataset_record_v1_observability_dataset_records_dataset_record_id_delete",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_DELETE_DATASET_RECORD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_DELETE_DATASET_RECORDS_V1_OBSERVABILITY_DATASET_RECORDS_BULK_DELETE_POST = ("dataset_record_ids",)


def _delete_dataset_records_v1_observability_dataset_records_bulk_delete_post(
    *,
    dataset_record_ids: Sequence[UUID | str],
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = DeleteDatasetRecordsRequest(
        dataset_record_ids=cast(Any, dataset_record_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/dataset-records/bulk-delete",
        operation_id="delete_dataset_records_v1_observability_dataset_records_bulk_delete_post",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_DELETE_DATASET_RECORDS_V1_OBSERVABILITY_DATASET_RECORDS_BULK_DELETE_POST,
        **_kwargs,
    )


_KEYWORDS_JUDGE_DATASET_RECORD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_LIVE_JUDGING_POST = (
    "dataset_record_id",
    "judge_definition",
)


def _decode_judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post(
    data: Any,
) -> JudgeOutput:
    response_200 = JudgeOutput.from_dict(data)

    return response_200


def _judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post(
    *,
    dataset_record_id: UUID | str,
    judge_definition: CreateJudgeRequest | Mapping[str, Any],
) -> Request[JudgeOutput]:

    _kwargs: dict[str, Any] = {}
    _body = JudgeDatasetRecordRequest(
        judge_definition=cast(Any, judge_definition),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/dataset-records/{dataset_record_id}/live-judging".format(
            dataset_record_id=quote(str(dataset_record_id), safe=""),
        ),
        operation_id="judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post",
        decode=_decode_judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post,
        kind="json",
        keywords=_KEYWORDS_JUDGE_DATASET_RECORD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_LIVE_JUDGING_POST,
        **_kwargs,
    )


_KEYWORDS_UPDATE_DATASET_RECORD_PAYLOAD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_PAYLOAD_PUT = (
    "dataset_record_id",
    "payload",
)


def _update_dataset_record_payload_v1_observability_dataset_records_dataset_record_id_payload_put(
    *,
    dataset_record_id: UUID | str,
    payload: DatasetRecordPayload | Mapping[str, Any],
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateDatasetRecordPayloadRequest(
        payload=cast(Any, payload),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/observability/dataset-records/{dataset_record_id}/payload".format(
            dataset_record_id=quote(str(dataset_record_id), safe=""),
        ),
        operation_id="update_dataset_record_payload_v1_observability_dataset_records_dataset_record_id_payload_put",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_UPDATE_DATASET_RECORD_PAYLOAD_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_PAYLOAD_PUT,
        **_kwargs,
    )


_KEYWORDS_UPDATE_DATASET_RECORD_PROPERTIES_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_PROPERTIES_PUT = (
    "dataset_record_id",
    "properties",
)


def _update_dataset_record_properties_v1_observability_dataset_records_dataset_record_id_properties_put(
    *,
    dataset_record_id: UUID | str,
    properties: UpdateDatasetRecordPropertiesRequestProperties | Mapping[str, Any],
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateDatasetRecordPropertiesRequest(
        properties=cast(Any, properties),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/observability/dataset-records/{dataset_record_id}/properties".format(
            dataset_record_id=quote(str(dataset_record_id), safe=""),
        ),
        operation_id="update_dataset_record_properties_v1_observability_dataset_records_dataset_record_id_properties_put",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_UPDATE_DATASET_RECORD_PROPERTIES_V1_OBSERVABILITY_DATASET_RECORDS_DATASET_RECORD_ID_PROPERTIES_PUT,
        **_kwargs,
    )


BetaObservabilityDatasetsRecordsFetchResult: TypeAlias = DatasetRecord


BetaObservabilityDatasetsRecordsDeleteResult: TypeAlias = None


BetaObservabilityDatasetsRecordsBulkDeleteResult: TypeAlias = None


BetaObservabilityDatasetsRecordsJudgeResult: TypeAlias = JudgeOutput


BetaObservabilityDatasetsRecordsUpdatePayloadResult: TypeAlias = None


BetaObservabilityDatasetsRecordsUpdatePropertiesResult: TypeAlias = None


class BetaObservabilityDatasetsRecords:
    """`client.beta.observability.datasets.records`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityDatasetsRecordsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityDatasetsRecordsWithRawResponse(self._transport)

    def fetch(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """Get the content of a given dataset record

        Get the content of a given dataset record

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetRecord

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_record_v1_observability_dataset_records_dataset_record_id_get,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_async(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """Get the content of a given dataset record

        Get the content of a given dataset record

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetRecord

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_record_v1_observability_dataset_records_dataset_record_id_get,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a record from a dataset

        Delete a record from a dataset

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_record_v1_observability_dataset_records_dataset_record_id_delete,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a record from a dataset

        Delete a record from a dataset

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_record_v1_observability_dataset_records_dataset_record_id_delete,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def bulk_delete(
        self,
        *,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete multiple records from datasets

        Delete multiple records from datasets

        Args:
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_records_v1_observability_dataset_records_bulk_delete_post,
            dict(
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return self._transport.send(request, options)

    async def bulk_delete_async(
        self,
        *,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete multiple records from datasets

        Delete multiple records from datasets

        Args:
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_records_v1_observability_dataset_records_bulk_delete_post,
            dict(
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def judge(
        self,
        *,
        dataset_record_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run Judge on a dataset record based on the given options

        Run Judge on a dataset record based on the given options

        Args:
            dataset_record_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            JudgeOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post,
            dict(
                dataset_record_id=dataset_record_id,
                judge_definition=judge_definition,
            ),
        )
        return self._transport.send(request, options)

    async def judge_async(
        self,
        *,
        dataset_record_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run Judge on a dataset record based on the given options

        Run Judge on a dataset record based on the given options

        Args:
            dataset_record_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            JudgeOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post,
            dict(
                dataset_record_id=dataset_record_id,
                judge_definition=judge_definition,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_payload(
        self,
        *,
        dataset_record_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a dataset record payload

        Update a dataset record payload

        Args:
            dataset_record_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_payload_v1_observability_dataset_records_dataset_record_id_payload_put,
            dict(
                dataset_record_id=dataset_record_id,
                payload=payload,
            ),
        )
        return self._transport.send(request, options)

    async def update_payload_async(
        self,
        *,
        dataset_record_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a dataset record payload

        Update a dataset record payload

        Args:
            dataset_record_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_payload_v1_observability_dataset_records_dataset_record_id_payload_put,
            dict(
                dataset_record_id=dataset_record_id,
                payload=payload,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_properties(
        self,
        *,
        dataset_record_id: UUID | str,
        properties: UpdateDatasetRecordPropertiesRequestProperties | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update dataset record properties

        Update dataset record properties

        Args:
            dataset_record_id (UUID):
            properties (UpdateDatasetRecordPropertiesRequestProperties):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_properties_v1_observability_dataset_records_dataset_record_id_properties_put,
            dict(
                dataset_record_id=dataset_record_id,
                properties=properties,
            ),
        )
        return self._transport.send(request, options)

    async def update_properties_async(
        self,
        *,
        dataset_record_id: UUID | str,
        properties: UpdateDatasetRecordPropertiesRequestProperties | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update dataset record properties

        Update dataset record properties

        Args:
            dataset_record_id (UUID):
            properties (UpdateDatasetRecordPropertiesRequestProperties):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_properties_v1_observability_dataset_records_dataset_record_id_properties_put,
            dict(
                dataset_record_id=dataset_record_id,
                properties=properties,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityDatasetsRecordsWithRawResponse:
    """`client.beta.observability.datasets.records`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def fetch(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetRecord]:
        """Get the content of a given dataset record

        Get the content of a given dataset record

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetRecord]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_record_v1_observability_dataset_records_dataset_record_id_get,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_async(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetRecord]:
        """Get the content of a given dataset record

        Get the content of a given dataset record

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetRecord]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_record_v1_observability_dataset_records_dataset_record_id_get,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a record from a dataset

        Delete a record from a dataset

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_record_v1_observability_dataset_records_dataset_record_id_delete,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        dataset_record_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a record from a dataset

        Delete a record from a dataset

        Args:
            dataset_record_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_record_v1_observability_dataset_records_dataset_record_id_delete,
            dict(
                dataset_record_id=dataset_record_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def bulk_delete(
        self,
        *,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete multiple records from datasets

        Delete multiple records from datasets

        Args:
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_records_v1_observability_dataset_records_bulk_delete_post,
            dict(
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def bulk_delete_async(
        self,
        *,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete multiple records from datasets

        Delete multiple records from datasets

        Args:
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_records_v1_observability_dataset_records_bulk_delete_post,
            dict(
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def judge(
        self,
        *,
        dataset_record_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[JudgeOutput]:
        """Run Judge on a dataset record based on the given options

        Run Judge on a dataset record based on the given options

        Args:
            dataset_record_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[JudgeOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post,
            dict(
                dataset_record_id=dataset_record_id,
                judge_definition=judge_definition,
            ),
        )
        return self._transport.send_raw(request, options)

    async def judge_async(
        self,
        *,
        dataset_record_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[JudgeOutput]:
        """Run Judge on a dataset record based on the given options

        Run Judge on a dataset record based on the given options

        Args:
            dataset_record_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[JudgeOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_dataset_record_v1_observability_dataset_records_dataset_record_id_live_judging_post,
            dict(
                dataset_record_id=dataset_record_id,
                judge_definition=judge_definition,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_payload(
        self,
        *,
        dataset_record_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update a dataset record payload

        Update a dataset record payload

        Args:
            dataset_record_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_payload_v1_observability_dataset_records_dataset_record_id_payload_put,
            dict(
                dataset_record_id=dataset_record_id,
                payload=payload,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_payload_async(
        self,
        *,
        dataset_record_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update a dataset record payload

        Update a dataset record payload

        Args:
            dataset_record_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_payload_v1_observability_dataset_records_dataset_record_id_payload_put,
            dict(
                dataset_record_id=dataset_record_id,
                payload=payload,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_properties(
        self,
        *,
        dataset_record_id: UUID | str,
        properties: UpdateDatasetRecordPropertiesRequestProperties | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update dataset record properties

        Update dataset record properties

        Args:
            dataset_record_id (UUID):
            properties (UpdateDatasetRecordPropertiesRequestProperties):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_properties_v1_observability_dataset_records_dataset_record_id_properties_put,
            dict(
                dataset_record_id=dataset_record_id,
                properties=properties,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_properties_async(
        self,
        *,
        dataset_record_id: UUID | str,
        properties: UpdateDatasetRecordPropertiesRequestProperties | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update dataset record properties

        Update dataset record properties

        Args:
            dataset_record_id (UUID):
            properties (UpdateDatasetRecordPropertiesRequestProperties):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_record_properties_v1_observability_dataset_records_dataset_record_id_properties_put,
            dict(
                dataset_record_id=dataset_record_id,
                properties=properties,
            ),
        )
        return await self._transport.send_raw_async(request, options)
