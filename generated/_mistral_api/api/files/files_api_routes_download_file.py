"""files_api_routes_download_file: the request layout openapi-python-client generates.

The resource class in this package's `__init__` is the API; this module only keeps `_get_kwargs`
for mistral_client._endpoints until the overlay uses the resource classes.
"""

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files/{file_id}/content".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs
