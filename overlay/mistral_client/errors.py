"""The exceptions mistral-client raises: ``from mistral_client import errors``.

The hierarchy and its documentation live in ``mistral_client._exceptions``. The error names of
Mistral's official SDK that are not ours too are aliases of the class that means the same
(spec/sdk_names.yaml, its ``error`` entries; tests/generation/test_sdk_names.py keeps these
lines in step with the table): ``NoResponseError`` is :class:`APIConnectionError` (no response
arrived), ``ObservabilityError`` (the SDK's 400 of the observability endpoints) is
:class:`BadRequestError`. ``MistralError``, ``SDKError``, ``HTTPValidationError`` and
``ResponseValidationError`` are the SDK's names already.
"""

from . import _exceptions
from ._exceptions import *  # noqa: F403
from ._exceptions import APIConnectionError, BadRequestError

NoResponseError = APIConnectionError
ObservabilityError = BadRequestError

__all__ = sorted([*_exceptions.__all__, "NoResponseError", "ObservabilityError"])
