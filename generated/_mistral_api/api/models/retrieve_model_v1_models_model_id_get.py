"""retrieve_model_v1_models_model_id_get: the request layout openapi-python-client generates.

The resource class in this package's `__init__` is the API; this module only keeps `_get_kwargs`
for mistral_client._endpoints until the overlay uses the resource classes.
"""

from typing import Any
from urllib.parse import quote


def _get_kwargs(
    model_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    return _kwargs
