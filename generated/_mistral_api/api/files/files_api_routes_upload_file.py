"""files_api_routes_upload_file: the request layout openapi-python-client generates.

The resource class in this package's `__init__` is the API; this module only keeps `_get_kwargs`
for mistral_client._endpoints until the overlay uses the resource classes.
"""

from typing import Any

from ...models.files_api_routes_upload_file_multi_part_body_params import FilesApiRoutesUploadFileMultiPartBodyParams


def _get_kwargs(
    *,
    body: FilesApiRoutesUploadFileMultiPartBodyParams,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs
