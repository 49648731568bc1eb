"""files_api_routes_list_files: the request layout openapi-python-client generates.

The resource class in this package's `__init__` is the API; this module only keeps `_get_kwargs`
for mistral_client._endpoints until the overlay uses the resource classes.
"""

from typing import Any

from ...models.file_purpose import FilePurpose
from ...models.sample_type import SampleType
from ...models.source import Source
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sample_type: list[SampleType] | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
    search: str | Unset = UNSET,
    purpose: FilePurpose | Unset = UNSET,
    mimetypes: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["include_total"] = include_total

    json_sample_type: list[str] | Unset = UNSET
    if not isinstance(sample_type, Unset):
        json_sample_type = []
        for sample_type_item_data in sample_type:
            sample_type_item = str(sample_type_item_data)
            json_sample_type.append(sample_type_item)

    params["sample_type"] = json_sample_type

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = []
        for source_item_data in source:
            source_item = str(source_item_data)
            json_source.append(source_item)

    params["source"] = json_source

    params["search"] = search

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = str(purpose)

    params["purpose"] = json_purpose

    json_mimetypes: list[str] | Unset = UNSET
    if not isinstance(mimetypes, Unset):
        json_mimetypes = mimetypes

    params["mimetypes"] = json_mimetypes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files",
        "params": params,
    }

    return _kwargs
