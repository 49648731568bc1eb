"""The exceptions mistral-client raises: ``from mistral_client import errors``.

The hierarchy and its documentation live in ``mistral_client._exceptions``.
"""

from ._exceptions import *  # noqa: F403
from ._exceptions import __all__ as __all__
