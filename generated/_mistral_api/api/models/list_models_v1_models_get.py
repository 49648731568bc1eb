"""list_models_v1_models_get: the request layout openapi-python-client generates.

The resource class in this package's `__init__` is the API; this module only keeps `_get_kwargs`
for mistral_client._endpoints until the overlay uses the resource classes.
"""

from typing import Any


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models",
    }

    return _kwargs
