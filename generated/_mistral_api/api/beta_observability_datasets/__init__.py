"""BetaObservabilityDatasets: generated resource (`client.beta.observability.datasets`)."""

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
    from ...models.create_dataset_record_request import CreateDatasetRecordRequest
    from ...models.create_dataset_record_request_properties import CreateDatasetRecordRequestProperties
    from ...models.create_dataset_request import CreateDatasetRequest
    from ...models.dataset import Dataset
    from ...models.dataset_import_task import DatasetImportTask
    from ...models.dataset_preview import DatasetPreview
    from ...models.dataset_record import DatasetRecord
    from ...models.dataset_record_payload import DatasetRecordPayload
    from ...models.export_dataset_response import ExportDatasetResponse
    from ...models.import_dataset_from_campaign_request import ImportDatasetFromCampaignRequest
    from ...models.import_dataset_from_dataset_request import ImportDatasetFromDatasetRequest
    from ...models.import_dataset_from_explorer_request import ImportDatasetFromExplorerRequest
    from ...models.import_dataset_from_file_request import ImportDatasetFromFileRequest
    from ...models.import_dataset_from_playground_request import ImportDatasetFromPlaygroundRequest
    from ...models.list_dataset_import_tasks_response import ListDatasetImportTasksResponse
    from ...models.list_dataset_records_response import ListDatasetRecordsResponse
    from ...models.list_datasets_response import ListDatasetsResponse
    from ...models.observability_error import ObservabilityError
    from ...models.update_dataset_request import UpdateDatasetRequest
else:
    CreateDatasetRecordRequest = _Lazy(globals(), "create_dataset_record_request", "CreateDatasetRecordRequest")
    CreateDatasetRecordRequestProperties = _Lazy(
        globals(), "create_dataset_record_request_properties", "CreateDatasetRecordRequestProperties"
    )
    CreateDatasetRequest = _Lazy(globals(), "create_dataset_request", "CreateDatasetRequest")
    Dataset = _Lazy(globals(), "dataset", "Dataset")
    DatasetImportTask = _Lazy(globals(), "dataset_import_task", "DatasetImportTask")
    DatasetPreview = _Lazy(globals(), "dataset_preview", "DatasetPreview")
    DatasetRecord = _Lazy(globals(), "dataset_record", "DatasetRecord")
    DatasetRecordPayload = _Lazy(globals(), "dataset_record_payload", "DatasetRecordPayload")
    ExportDatasetResponse = _Lazy(globals(), "export_dataset_response", "ExportDatasetResponse")
    ImportDatasetFromCampaignRequest = _Lazy(
        globals(), "import_dataset_from_campaign_request", "ImportDatasetFromCampaignRequest"
    )
    ImportDatasetFromDatasetRequest = _Lazy(
        globals(), "import_dataset_from_dataset_request", "ImportDatasetFromDatasetRequest"
    )
    ImportDatasetFromExplorerRequest = _Lazy(
        globals(), "import_dataset_from_explorer_request", "ImportDatasetFromExplorerRequest"
    )
    ImportDatasetFromFileRequest = _Lazy(globals(), "import_dataset_from_file_request", "ImportDatasetFromFileRequest")
    ImportDatasetFromPlaygroundRequest = _Lazy(
        globals(), "import_dataset_from_playground_request", "ImportDatasetFromPlaygroundRequest"
    )
    ListDatasetImportTasksResponse = _Lazy(
        globals(), "list_dataset_import_tasks_response", "ListDatasetImportTasksResponse"
    )
    ListDatasetRecordsResponse = _Lazy(globals(), "list_dataset_records_response", "ListDatasetRecordsResponse")
    ListDatasetsResponse = _Lazy(globals(), "list_datasets_response", "ListDatasetsResponse")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")
    UpdateDatasetRequest = _Lazy(globals(), "update_dataset_request", "UpdateDatasetRequest")


if TYPE_CHECKING:
    from ..beta_observability_datasets_records import BetaObservabilityDatasetsRecords

_KEYWORDS_GET_DATASETS_V1_OBSERVABILITY_DATASETS_GET = (
    "page_size",
    "page",
    "q",
)


def _decode_get_datasets_v1_observability_datasets_get(data: Any) -> ListDatasetsResponse:
    response_200 = ListDatasetsResponse.from_dict(data)

    return response_200


def _get_datasets_v1_observability_datasets_get(
    *,
    page_size: int | Unset = 50,
    page: int | Unset = 1,
    q: None | str | Unset = UNSET,
) -> Request[ListDatasetsResponse]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/datasets",
        operation_id="get_datasets_v1_observability_datasets_get",
        decode=_decode_get_datasets_v1_observability_datasets_get,
        kind="json",
        keywords=_KEYWORDS_GET_DATASETS_V1_OBSERVABILITY_DATASETS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CREATE_DATASET_V1_OBSERVABILITY_DATASETS_POST = (
    "name",
    "description",
)


def _decode_create_dataset_v1_observability_datasets_post(data: Any) -> Dataset:
    response_201 = Dataset.from_dict(data)

    return response_201


def _create_dataset_v1_observability_datasets_post(
    *,
    name: str,
    description: str,
) -> Request[Dataset]:

    _kwargs: dict[str, Any] = {}
    _body = CreateDatasetRequest(
        name=cast(Any, name),
        description=cast(Any, description),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/datasets",
        operation_id="create_dataset_v1_observability_datasets_post",
        decode=_decode_create_dataset_v1_observability_datasets_post,
        kind="json",
        keywords=_KEYWORDS_CREATE_DATASET_V1_OBSERVABILITY_DATASETS_POST,
        **_kwargs,
    )


_KEYWORDS_GET_DATASET_BY_ID_V1_OBSERVABILITY_DATASETS_DATASET_ID_GET = ("dataset_id",)


def _decode_get_dataset_by_id_v1_observability_datasets_dataset_id_get(data: Any) -> DatasetPreview:
    response_200 = DatasetPreview.from_dict(data)

    return response_200


def _get_dataset_by_id_v1_observability_datasets_dataset_id_get(
    *,
    dataset_id: UUID | str,
) -> Request[DatasetPreview]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/datasets/{dataset_id}".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="get_dataset_by_id_v1_observability_datasets_dataset_id_get",
        decode=_decode_get_dataset_by_id_v1_observability_datasets_dataset_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_DATASET_BY_ID_V1_OBSERVABILITY_DATASETS_DATASET_ID_GET,
        **_kwargs,
    )


_KEYWORDS_DELETE_DATASET_V1_OBSERVABILITY_DATASETS_DATASET_ID_DELETE = ("dataset_id",)


def _delete_dataset_v1_observability_datasets_dataset_id_delete(
    *,
    dataset_id: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/observability/datasets/{dataset_id}".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="delete_dataset_v1_observability_datasets_dataset_id_delete",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_DELETE_DATASET_V1_OBSERVABILITY_DATASETS_DATASET_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_UPDATE_DATASET_V1_OBSERVABILITY_DATASETS_DATASET_ID_PATCH = (
    "dataset_id",
    "name",
    "description",
)


def _decode_update_dataset_v1_observability_datasets_dataset_id_patch(data: Any) -> DatasetPreview:
    response_200 = DatasetPreview.from_dict(data)

    return response_200


def _update_dataset_v1_observability_datasets_dataset_id_patch(
    *,
    dataset_id: UUID | str,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
) -> Request[DatasetPreview]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateDatasetRequest(
        name=cast(Any, name),
        description=cast(Any, description),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/observability/datasets/{dataset_id}".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="update_dataset_v1_observability_datasets_dataset_id_patch",
        decode=_decode_update_dataset_v1_observability_datasets_dataset_id_patch,
        kind="json",
        keywords=_KEYWORDS_UPDATE_DATASET_V1_OBSERVABILITY_DATASETS_DATASET_ID_PATCH,
        **_kwargs,
    )


_KEYWORDS_GET_DATASET_RECORDS_V1_OBSERVABILITY_DATASETS_DATASET_ID_RECORDS_GET = (
    "dataset_id",
    "page_size",
    "page",
)


def _decode_get_dataset_records_v1_observability_datasets_dataset_id_records_get(
    data: Any,
) -> ListDatasetRecordsResponse:
    response_200 = ListDatasetRecordsResponse.from_dict(data)

    return response_200


def _get_dataset_records_v1_observability_datasets_dataset_id_records_get(
    *,
    dataset_id: UUID | str,
    page_size: int | Unset = 50,
    page: int | Unset = 1,
) -> Request[ListDatasetRecordsResponse]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/datasets/{dataset_id}/records".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="get_dataset_records_v1_observability_datasets_dataset_id_records_get",
        decode=_decode_get_dataset_records_v1_observability_datasets_dataset_id_records_get,
        kind="json",
        keywords=_KEYWORDS_GET_DATASET_RECORDS_V1_OBSERVABILITY_DATASETS_DATASET_ID_RECORDS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CREATE_DATASET_RECORD_V1_OBSERVABILITY_DATASETS_DATASET_ID_RECORDS_POST = (
    "dataset_id",
    "payload",
    "properties",
)


def _decode_create_dataset_record_v1_observability_datasets_dataset_id_records_post(data: Any) -> DatasetRecord:
    response_201 = DatasetRecord.from_dict(data)

    return response_201


def _create_dataset_record_v1_observability_datasets_dataset_id_records_post(
    *,
    dataset_id: UUID | str,
    payload: DatasetRecordPayload | Mapping[str, Any],
    properties: CreateDatasetRecordRequestProperties | Mapping[str, Any] | Unset = UNSET,
) -> Request[DatasetRecord]:

    _kwargs: dict[str, Any] = {}
    _body = CreateDatasetRecordRequest(
        payload=cast(Any, payload),
        properties=cast(Any, properties),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/datasets/{dataset_id}/records".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="create_dataset_record_v1_observability_datasets_dataset_id_records_post",
        decode=_decode_create_dataset_record_v1_observability_datasets_dataset_id_records_post,
        kind="json",
        keywords=_KEYWORDS_CREATE_DATASET_RECORD_V1_OBSERVABILITY_DATASETS_DATASET_ID_RECORDS_POST,
        **_kwargs,
    )


_KEYWORDS_POST_DATASET_RECORDS_FROM_CAMPAIGN_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_CAMPAIGN_POST = (
    "dataset_id",
    "campaign_id",
)


def _decode_post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post(
    data: Any,
) -> DatasetImportTask:
    response_202 = DatasetImportTask.from_dict(data)

    return response_202


def _post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post(
    *,
    dataset_id: UUID | str,
    campaign_id: UUID | str,
) -> Request[DatasetImportTask]:

    _kwargs: dict[str, Any] = {}
    _body = ImportDatasetFromCampaignRequest(
        campaign_id=cast(Any, campaign_id),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/datasets/{dataset_id}/imports/from-campaign".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post",
        decode=_decode_post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post,
        kind="json",
        keywords=_KEYWORDS_POST_DATASET_RECORDS_FROM_CAMPAIGN_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_CAMPAIGN_POST,
        **_kwargs,
    )


_KEYWORDS_POST_DATASET_RECORDS_FROM_EXPLORER_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_EXPLORER_POST = (
    "dataset_id",
    "completion_event_ids",
)


def _decode_post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post(
    data: Any,
) -> DatasetImportTask:
    response_202 = DatasetImportTask.from_dict(data)

    return response_202


def _post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post(
    *,
    dataset_id: UUID | str,
    completion_event_ids: Sequence[str],
) -> Request[DatasetImportTask]:

    _kwargs: dict[str, Any] = {}
    _body = ImportDatasetFromExplorerRequest(
        completion_event_ids=cast(Any, completion_event_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/datasets/{dataset_id}/imports/from-explorer".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post",
        decode=_decode_post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post,
        kind="json",
        keywords=_KEYWORDS_POST_DATASET_RECORDS_FROM_EXPLORER_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_EXPLORER_POST,
        **_kwargs,
    )


_KEYWORDS_POST_DATASET_RECORDS_FROM_FILE_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_FILE_POST = (
    "dataset_id",
    "file_id",
)


def _decode_post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post(
    data: Any,
) -> DatasetImportTask:
    response_202 = DatasetImportTask.from_dict(data)

    return response_202


def _post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post(
    *,
    dataset_id: UUID | str,
    file_id: str,
) -> Request[DatasetImportTask]:

    _kwargs: dict[str, Any] = {}
    _body = ImportDatasetFromFileRequest(
        file_id=cast(Any, file_id),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/datasets/{dataset_id}/imports/from-file".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post",
        decode=_decode_post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post,
        kind="json",
        keywords=_KEYWORDS_POST_DATASET_RECORDS_FROM_FILE_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_FILE_POST,
        **_kwargs,
    )


_KEYWORDS_POST_DATASET_RECORDS_FROM_PLAYGROUND_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_PLAYGROUND_POST = (
    "dataset_id",
    "conversation_ids",
)


def _decode_post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post(
    data: Any,
) -> DatasetImportTask:
    response_202 = DatasetImportTask.from_dict(data)

    return response_202


def _post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post(
    *,
    dataset_id: UUID | str,
    conversation_ids: Sequence[str],
) -> Request[DatasetImportTask]:

    _kwargs: dict[str, Any] = {}
    _body = ImportDatasetFromPlaygroundRequest(
        conversation_ids=cast(Any, conversation_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/datasets/{dataset_id}/imports/from-playground".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post",
        decode=_decode_post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post,
        kind="json",
        keywords=_KEYWORDS_POST_DATASET_RECORDS_FROM_PLAYGROUND_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_PLAYGROUND_POST,
        **_kwargs,
    )


_KEYWORDS_POST_DATASET_RECORDS_FROM_DATASET_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_DATASET_POST = (
    "dataset_id",
    "dataset_record_ids",
)


def _decode_post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post(
    data: Any,
) -> DatasetImportTask:
    response_202 = DatasetImportTask.from_dict(data)

    return response_202


def _post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post(
    *,
    dataset_id: UUID | str,
    dataset_record_ids: Sequence[UUID | str],
) -> Request[DatasetImportTask]:

    _kwargs: dict[str, Any] = {}
    _body = ImportDatasetFromDatasetRequest(
        dataset_record_ids=cast(Any, dataset_record_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/datasets/{dataset_id}/imports/from-dataset".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post",
        decode=_decode_post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post,
        kind="json",
        keywords=_KEYWORDS_POST_DATASET_RECORDS_FROM_DATASET_V1_OBSERVABILITY_DATASETS_DATASET_ID_IMPORTS_FROM_DATASET_POST,
        **_kwargs,
    )


_KEYWORDS_EXPORT_DATASET_TO_JSONL_V1_OBSERVABILITY_DATASETS_DATASET_ID_EXPORTS_TO_JSONL_GET = ("dataset_id",)


def _decode_export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get(
    data: Any,
) -> ExportDatasetResponse:
    response_200 = ExportDatasetResponse.from_dict(data)

    return response_200


def _export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get(
    *,
    dataset_id: UUID | str,
) -> Request[ExportDatasetResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/datasets/{dataset_id}/exports/to-jsonl".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get",
        decode=_decode_export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get,
        kind="json",
        keywords=_KEYWORDS_EXPORT_DATASET_TO_JSONL_V1_OBSERVABILITY_DATASETS_DATASET_ID_EXPORTS_TO_JSONL_GET,
        **_kwargs,
    )


_KEYWORDS_GET_DATASET_IMPORT_TASK_V1_OBSERVABILITY_DATASETS_DATASET_ID_TASKS_TASK_ID_GET = (
    "dataset_id",
    "task_id",
)


def _decode_get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get(
    data: Any,
) -> DatasetImportTask:
    response_200 = DatasetImportTask.from_dict(data)

    return response_200


def _get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get(
    *,
    dataset_id: UUID | str,
    task_id: UUID | str,
) -> Request[DatasetImportTask]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/datasets/{dataset_id}/tasks/{task_id}".format(
            dataset_id=quote(str(dataset_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
        operation_id="get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get",
        decode=_decode_get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_DATASET_IMPORT_TASK_V1_OBSERVABILITY_DATASETS_DATASET_ID_TASKS_TASK_ID_GET,
        **_kwargs,
    )


_KEYWORDS_GET_DATASET_IMPORT_TASKS_V1_OBSERVABILITY_DATASETS_DATASET_ID_TASKS_GET = (
    "dataset_id",
    "page_size",
    "page",
)


def _decode_get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get(
    data: Any,
) -> ListDatasetImportTasksResponse:
    response_200 = ListDatasetImportTasksResponse.from_dict(data)

    return response_200


def _get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get(
    *,
    dataset_id: UUID | str,
    page_size: int | Unset = 50,
    page: int | Unset = 1,
) -> Request[ListDatasetImportTasksResponse]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/datasets/{dataset_id}/tasks".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        operation_id="get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get",
        decode=_decode_get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get,
        kind="json",
        keywords=_KEYWORDS_GET_DATASET_IMPORT_TASKS_V1_OBSERVABILITY_DATASETS_DATASET_ID_TASKS_GET,
        params=params,
        **_kwargs,
    )


BetaObservabilityDatasetsListResult: TypeAlias = ListDatasetsResponse


BetaObservabilityDatasetsCreateResult: TypeAlias = Dataset


BetaObservabilityDatasetsFetchResult: TypeAlias = DatasetPreview


BetaObservabilityDatasetsDeleteResult: TypeAlias = None


BetaObservabilityDatasetsUpdateResult: TypeAlias = DatasetPreview


BetaObservabilityDatasetsListRecordsResult: TypeAlias = ListDatasetRecordsResponse


BetaObservabilityDatasetsCreateRecordResult: TypeAlias = DatasetRecord


BetaObservabilityDatasetsImportFromCampaignResult: TypeAlias = DatasetImportTask


BetaObservabilityDatasetsImportFromExplorerResult: TypeAlias = DatasetImportTask


BetaObservabilityDatasetsImportFromFileResult: TypeAlias = DatasetImportTask


BetaObservabilityDatasetsImportFromPlaygroundResult: TypeAlias = DatasetImportTask


BetaObservabilityDatasetsImportFromDatasetRecordsResult: TypeAlias = DatasetImportTask


BetaObservabilityDatasetsExportToJsonlResult: TypeAlias = ExportDatasetResponse


BetaObservabilityDatasetsFetchTaskResult: TypeAlias = DatasetImportTask


BetaObservabilityDatasetsListTasksResult: TypeAlias = ListDatasetImportTasksResponse


class BetaObservabilityDatasets:
    """`client.beta.observability.datasets`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityDatasetsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityDatasetsWithRawResponse(self._transport)

    @functools.cached_property
    def records(self) -> BetaObservabilityDatasetsRecords:
        from ..beta_observability_datasets_records import BetaObservabilityDatasetsRecords

        return BetaObservabilityDatasetsRecords(self._transport)

    def list(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDatasetsResponse:
        """List existing datasets

        List existing datasets

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDatasetsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_datasets_v1_observability_datasets_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDatasetsResponse:
        """List existing datasets

        List existing datasets

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDatasetsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_datasets_v1_observability_datasets_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Dataset:
        """Create a new empty dataset

        Create a new empty dataset

        Args:
            name (str):
            description (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Dataset

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_v1_observability_datasets_post,
            dict(
                name=name,
                description=description,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Dataset:
        """Create a new empty dataset

        Create a new empty dataset

        Args:
            name (str):
            description (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Dataset

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_v1_observability_datasets_post,
            dict(
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """Get dataset by id

        Get dataset by id

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetPreview

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_by_id_v1_observability_datasets_dataset_id_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_async(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """Get dataset by id

        Get dataset by id

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetPreview

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_by_id_v1_observability_datasets_dataset_id_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a dataset

        Delete a dataset

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_v1_observability_datasets_dataset_id_delete,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a dataset

        Delete a dataset

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_v1_observability_datasets_dataset_id_delete,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        dataset_id: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """Patch dataset

        Patch dataset

        Args:
            dataset_id (UUID):
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetPreview

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_v1_observability_datasets_dataset_id_patch,
            dict(
                dataset_id=dataset_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        dataset_id: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """Patch dataset

        Patch dataset

        Args:
            dataset_id (UUID):
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetPreview

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_v1_observability_datasets_dataset_id_patch,
            dict(
                dataset_id=dataset_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_records(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> ListDatasetRecordsResponse:
        """List existing records in the dataset

        List existing records in the dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDatasetRecordsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_records_v1_observability_datasets_dataset_id_records_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return self._transport.send(request, options)

    async def list_records_async(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> ListDatasetRecordsResponse:
        """List existing records in the dataset

        List existing records in the dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDatasetRecordsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_records_v1_observability_datasets_dataset_id_records_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_record(
        self,
        *,
        dataset_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        properties: CreateDatasetRecordRequestProperties | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """Add a record to the dataset

        Add a record to the dataset

        Args:
            dataset_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            properties (CreateDatasetRecordRequestProperties | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetRecord

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_record_v1_observability_datasets_dataset_id_records_post,
            dict(
                dataset_id=dataset_id,
                payload=payload,
                properties=properties,
            ),
        )
        return self._transport.send(request, options)

    async def create_record_async(
        self,
        *,
        dataset_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        properties: CreateDatasetRecordRequestProperties | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """Add a record to the dataset

        Add a record to the dataset

        Args:
            dataset_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            properties (CreateDatasetRecordRequestProperties | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetRecord

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_record_v1_observability_datasets_dataset_id_records_post,
            dict(
                dataset_id=dataset_id,
                payload=payload,
                properties=properties,
            ),
        )
        return await self._transport.send_async(request, options)

    def import_from_campaign(
        self,
        *,
        dataset_id: UUID | str,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from a campaign

        Populate the dataset with records from a campaign

        Args:
            dataset_id (UUID):
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post,
            dict(
                dataset_id=dataset_id,
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send(request, options)

    async def import_from_campaign_async(
        self,
        *,
        dataset_id: UUID | str,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from a campaign

        Populate the dataset with records from a campaign

        Args:
            dataset_id (UUID):
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post,
            dict(
                dataset_id=dataset_id,
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def import_from_explorer(
        self,
        *,
        dataset_id: UUID | str,
        completion_event_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from the explorer

        Populate the dataset with records from the explorer

        Args:
            dataset_id (UUID):
            completion_event_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post,
            dict(
                dataset_id=dataset_id,
                completion_event_ids=completion_event_ids,
            ),
        )
        return self._transport.send(request, options)

    async def import_from_explorer_async(
        self,
        *,
        dataset_id: UUID | str,
        completion_event_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from the explorer

        Populate the dataset with records from the explorer

        Args:
            dataset_id (UUID):
            completion_event_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post,
            dict(
                dataset_id=dataset_id,
                completion_event_ids=completion_event_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def import_from_file(
        self,
        *,
        dataset_id: UUID | str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from an uploaded file

        Populate the dataset with records from an uploaded file

        Args:
            dataset_id (UUID):
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post,
            dict(
                dataset_id=dataset_id,
                file_id=file_id,
            ),
        )
        return self._transport.send(request, options)

    async def import_from_file_async(
        self,
        *,
        dataset_id: UUID | str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from an uploaded file

        Populate the dataset with records from an uploaded file

        Args:
            dataset_id (UUID):
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post,
            dict(
                dataset_id=dataset_id,
                file_id=file_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def import_from_playground(
        self,
        *,
        dataset_id: UUID | str,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from playground conversations

        Populate the dataset with records from playground conversations

        Args:
            dataset_id (UUID):
            conversation_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post,
            dict(
                dataset_id=dataset_id,
                conversation_ids=conversation_ids,
            ),
        )
        return self._transport.send(request, options)

    async def import_from_playground_async(
        self,
        *,
        dataset_id: UUID | str,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from playground conversations

        Populate the dataset with records from playground conversations

        Args:
            dataset_id (UUID):
            conversation_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post,
            dict(
                dataset_id=dataset_id,
                conversation_ids=conversation_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def import_from_dataset_records(
        self,
        *,
        dataset_id: UUID | str,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from another dataset

        Populate the dataset with records from another dataset

        Args:
            dataset_id (UUID):
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post,
            dict(
                dataset_id=dataset_id,
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return self._transport.send(request, options)

    async def import_from_dataset_records_async(
        self,
        *,
        dataset_id: UUID | str,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from another dataset

        Populate the dataset with records from another dataset

        Args:
            dataset_id (UUID):
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post,
            dict(
                dataset_id=dataset_id,
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def export_to_jsonl(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ExportDatasetResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return self._transport.send(request, options)

    async def export_to_jsonl_async(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ExportDatasetResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch_task(
        self,
        *,
        dataset_id: UUID | str,
        task_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Get status of a dataset import task

        Get status of a dataset import task

        Args:
            dataset_id (UUID):
            task_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get,
            dict(
                dataset_id=dataset_id,
                task_id=task_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_task_async(
        self,
        *,
        dataset_id: UUID | str,
        task_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Get status of a dataset import task

        Get status of a dataset import task

        Args:
            dataset_id (UUID):
            task_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DatasetImportTask

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get,
            dict(
                dataset_id=dataset_id,
                task_id=task_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_tasks(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> ListDatasetImportTasksResponse:
        """List import tasks for the given dataset

        List import tasks for the given dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDatasetImportTasksResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return self._transport.send(request, options)

    async def list_tasks_async(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> ListDatasetImportTasksResponse:
        """List import tasks for the given dataset

        List import tasks for the given dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDatasetImportTasksResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityDatasetsWithRawResponse:
    """`client.beta.observability.datasets`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDatasetsResponse]:
        """List existing datasets

        List existing datasets

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDatasetsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_datasets_v1_observability_datasets_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDatasetsResponse]:
        """List existing datasets

        List existing datasets

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDatasetsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_datasets_v1_observability_datasets_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Dataset]:
        """Create a new empty dataset

        Create a new empty dataset

        Args:
            name (str):
            description (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Dataset]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_v1_observability_datasets_post,
            dict(
                name=name,
                description=description,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Dataset]:
        """Create a new empty dataset

        Create a new empty dataset

        Args:
            name (str):
            description (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Dataset]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_v1_observability_datasets_post,
            dict(
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetPreview]:
        """Get dataset by id

        Get dataset by id

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetPreview]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_by_id_v1_observability_datasets_dataset_id_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_async(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetPreview]:
        """Get dataset by id

        Get dataset by id

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetPreview]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_by_id_v1_observability_datasets_dataset_id_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a dataset

        Delete a dataset

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_v1_observability_datasets_dataset_id_delete,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a dataset

        Delete a dataset

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_dataset_v1_observability_datasets_dataset_id_delete,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        dataset_id: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetPreview]:
        """Patch dataset

        Patch dataset

        Args:
            dataset_id (UUID):
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetPreview]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_v1_observability_datasets_dataset_id_patch,
            dict(
                dataset_id=dataset_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        dataset_id: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetPreview]:
        """Patch dataset

        Patch dataset

        Args:
            dataset_id (UUID):
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetPreview]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_dataset_v1_observability_datasets_dataset_id_patch,
            dict(
                dataset_id=dataset_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_records(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDatasetRecordsResponse]:
        """List existing records in the dataset

        List existing records in the dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDatasetRecordsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_records_v1_observability_datasets_dataset_id_records_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_records_async(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDatasetRecordsResponse]:
        """List existing records in the dataset

        List existing records in the dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDatasetRecordsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_records_v1_observability_datasets_dataset_id_records_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_record(
        self,
        *,
        dataset_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        properties: CreateDatasetRecordRequestProperties | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetRecord]:
        """Add a record to the dataset

        Add a record to the dataset

        Args:
            dataset_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            properties (CreateDatasetRecordRequestProperties | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetRecord]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_record_v1_observability_datasets_dataset_id_records_post,
            dict(
                dataset_id=dataset_id,
                payload=payload,
                properties=properties,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_record_async(
        self,
        *,
        dataset_id: UUID | str,
        payload: DatasetRecordPayload | Mapping[str, Any],
        properties: CreateDatasetRecordRequestProperties | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetRecord]:
        """Add a record to the dataset

        Add a record to the dataset

        Args:
            dataset_id (UUID):
            payload (DatasetRecordPayload): Caller-authored input object stored on a dataset record.
            properties (CreateDatasetRecordRequestProperties | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetRecord]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_dataset_record_v1_observability_datasets_dataset_id_records_post,
            dict(
                dataset_id=dataset_id,
                payload=payload,
                properties=properties,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def import_from_campaign(
        self,
        *,
        dataset_id: UUID | str,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from a campaign

        Populate the dataset with records from a campaign

        Args:
            dataset_id (UUID):
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post,
            dict(
                dataset_id=dataset_id,
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def import_from_campaign_async(
        self,
        *,
        dataset_id: UUID | str,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from a campaign

        Populate the dataset with records from a campaign

        Args:
            dataset_id (UUID):
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_campaign_v1_observability_datasets_dataset_id_imports_from_campaign_post,
            dict(
                dataset_id=dataset_id,
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def import_from_explorer(
        self,
        *,
        dataset_id: UUID | str,
        completion_event_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from the explorer

        Populate the dataset with records from the explorer

        Args:
            dataset_id (UUID):
            completion_event_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post,
            dict(
                dataset_id=dataset_id,
                completion_event_ids=completion_event_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def import_from_explorer_async(
        self,
        *,
        dataset_id: UUID | str,
        completion_event_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from the explorer

        Populate the dataset with records from the explorer

        Args:
            dataset_id (UUID):
            completion_event_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_explorer_v1_observability_datasets_dataset_id_imports_from_explorer_post,
            dict(
                dataset_id=dataset_id,
                completion_event_ids=completion_event_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def import_from_file(
        self,
        *,
        dataset_id: UUID | str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from an uploaded file

        Populate the dataset with records from an uploaded file

        Args:
            dataset_id (UUID):
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post,
            dict(
                dataset_id=dataset_id,
                file_id=file_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def import_from_file_async(
        self,
        *,
        dataset_id: UUID | str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from an uploaded file

        Populate the dataset with records from an uploaded file

        Args:
            dataset_id (UUID):
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_file_v1_observability_datasets_dataset_id_imports_from_file_post,
            dict(
                dataset_id=dataset_id,
                file_id=file_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def import_from_playground(
        self,
        *,
        dataset_id: UUID | str,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from playground conversations

        Populate the dataset with records from playground conversations

        Args:
            dataset_id (UUID):
            conversation_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post,
            dict(
                dataset_id=dataset_id,
                conversation_ids=conversation_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def import_from_playground_async(
        self,
        *,
        dataset_id: UUID | str,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from playground conversations

        Populate the dataset with records from playground conversations

        Args:
            dataset_id (UUID):
            conversation_ids (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_playground_v1_observability_datasets_dataset_id_imports_from_playground_post,
            dict(
                dataset_id=dataset_id,
                conversation_ids=conversation_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def import_from_dataset_records(
        self,
        *,
        dataset_id: UUID | str,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from another dataset

        Populate the dataset with records from another dataset

        Args:
            dataset_id (UUID):
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post,
            dict(
                dataset_id=dataset_id,
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def import_from_dataset_records_async(
        self,
        *,
        dataset_id: UUID | str,
        dataset_record_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Populate the dataset with records from another dataset

        Populate the dataset with records from another dataset

        Args:
            dataset_id (UUID):
            dataset_record_ids (list[UUID]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _post_dataset_records_from_dataset_v1_observability_datasets_dataset_id_imports_from_dataset_post,
            dict(
                dataset_id=dataset_id,
                dataset_record_ids=dataset_record_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def export_to_jsonl(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ExportDatasetResponse]:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ExportDatasetResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def export_to_jsonl_async(
        self,
        *,
        dataset_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ExportDatasetResponse]:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        Args:
            dataset_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ExportDatasetResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _export_dataset_to_jsonl_v1_observability_datasets_dataset_id_exports_to_jsonl_get,
            dict(
                dataset_id=dataset_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch_task(
        self,
        *,
        dataset_id: UUID | str,
        task_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Get status of a dataset import task

        Get status of a dataset import task

        Args:
            dataset_id (UUID):
            task_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get,
            dict(
                dataset_id=dataset_id,
                task_id=task_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_task_async(
        self,
        *,
        dataset_id: UUID | str,
        task_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DatasetImportTask]:
        """Get status of a dataset import task

        Get status of a dataset import task

        Args:
            dataset_id (UUID):
            task_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DatasetImportTask]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_task_v1_observability_datasets_dataset_id_tasks_task_id_get,
            dict(
                dataset_id=dataset_id,
                task_id=task_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_tasks(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDatasetImportTasksResponse]:
        """List import tasks for the given dataset

        List import tasks for the given dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDatasetImportTasksResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_tasks_async(
        self,
        *,
        dataset_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDatasetImportTasksResponse]:
        """List import tasks for the given dataset

        List import tasks for the given dataset

        Args:
            dataset_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDatasetImportTasksResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_dataset_import_tasks_v1_observability_datasets_dataset_id_tasks_get,
            dict(
                dataset_id=dataset_id,
                page_size=page_size,
                page=page,
            ),
        )
        return await self._transport.send_raw_async(request, options)
