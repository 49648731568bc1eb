"""jobs_api_routes_batch_get_batch_jobs: the request layout openapi-python-client generates.

The resource class in this package's `__init__` is the API; this module only keeps `_get_kwargs`
for mistral_client._endpoints until the overlay uses the resource classes.
"""

import datetime
from typing import Any

from ...models.batch_job_status import BatchJobStatus
from ...models.jobs_api_routes_batch_get_batch_jobs_order_by import JobsApiRoutesBatchGetBatchJobsOrderBy
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    model: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_by_me: bool | Unset = UNSET,
    status: list[BatchJobStatus] | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["model"] = model

    params["agent_id"] = agent_id

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    params["created_by_me"] = created_by_me

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = str(status_item_data)
            json_status.append(status_item)

    params["status"] = json_status

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = str(order_by)

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batch/jobs",
        "params": params,
    }

    return _kwargs
