"""The generated models users touch: ``from mistral_client.models import UserMessage``.

Everything in the generated package's models is re-exported, so a package generated from
another spec (`make generate SPEC=...`) brings its own names along; so are the response types
of ``chat.parse`` (``ParsedChatCompletionResponse[Book]``), subclasses of the generated ones.
"""

from _mistral_api.models import *  # noqa: F403
from _mistral_api.models import __all__ as _generated_names
from _mistral_api.types import UNSET as UNSET
from _mistral_api.types import Unset as Unset

from ._parsed import (
    ParsedAssistantMessage,
    ParsedChatCompletionChoice,
    ParsedChatCompletionResponse,
)

__all__ = list(_generated_names)
__all__ += ["ParsedAssistantMessage", "ParsedChatCompletionChoice", "ParsedChatCompletionResponse"]
