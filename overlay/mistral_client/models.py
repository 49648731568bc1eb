"""The models users touch: ``from mistral_client.models import UserMessage``.

One namespace, three sources:

* every class the generator made from the spec (``_mistral_api.models``), under the spec's names,
  so a package generated from another spec (``make generate SPEC=...``) brings its own;
* the names Mistral's official SDK gives the same things, so code written for it needs only its
  import line changed: ``BatchJobOut``, ``Messages`` (the type of ``messages`` items),
  ``ContentChunk``, ``File``... They are declared once, in spec/sdk_names.yaml, and resolved
  against the spec when the package is generated (scripts/sdk_names.py writes
  ``_mistral_api.sdk_names``), through an operation where one carries the type, so a schema
  Mistral renames is followed by the alias. The SDK's error names (``SDKError``,
  ``HTTPValidationError``...; its 1.x exported them here) are this library's exceptions, imported
  below from :mod:`mistral_client.errors`, but where a generated class has the name
  (``ObservabilityError``, the spec's 400 body: only ``errors.ObservabilityError`` is the
  exception);
* the response types of ``chat.parse`` (``ParsedChatCompletionResponse[Book]``), subclasses of
  the generated ones.

Lazy at run time, static for type checkers. Importing this module imports no model: a name is
looked up on first access (``__getattr__``), which imports that model's module alone, and is a
plain attribute from then on (``from mistral_client.models import *`` imports all it lists).
Type checkers read the star imports under ``TYPE_CHECKING`` instead, so mypy sees each name with
its real class or union, and rejects a name that does not exist. A generated class keeps its
name when an SDK name collides with it: the generation step reports such an alias and does not
emit it. tests/generation/test_sdk_names.py checks every name of the table resolves here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Both are lazy: importing them reads two name lists, no model.
from _mistral_api import sdk_names as _sdk_names
from _mistral_api.models import __all__ as _generated_names
from _mistral_api.types import UNSET as UNSET
from _mistral_api.types import Unset as Unset

# `X as X`: an explicit re-export, which mypy --strict requires of a name imported by name.
from .errors import HTTPValidationError as HTTPValidationError
from .errors import MistralError as MistralError
from .errors import NoResponseError as NoResponseError
from .errors import ResponseValidationError as ResponseValidationError
from .errors import SDKError as SDKError

if TYPE_CHECKING:
    from _mistral_api.models import *  # noqa: F403
    from _mistral_api.sdk_names import *  # noqa: F403

    from ._parsed import ParsedAssistantMessage as ParsedAssistantMessage
    from ._parsed import ParsedChatCompletionChoice as ParsedChatCompletionChoice
    from ._parsed import ParsedChatCompletionResponse as ParsedChatCompletionResponse

_GENERATED = frozenset(_generated_names)
_PARSED = frozenset(
    ("ParsedAssistantMessage", "ParsedChatCompletionChoice", "ParsedChatCompletionResponse")
)
_STATIC = (
    "HTTPValidationError",
    "MistralError",
    "NoResponseError",
    "ResponseValidationError",
    "SDKError",
    "UNSET",
    "Unset",
)

__all__ = sorted({*_generated_names, *_sdk_names.__all__, *_PARSED, *_STATIC})


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _GENERATED:
            import _mistral_api.models as source
        elif name in _sdk_names.__all__:
            source = _sdk_names
        elif name in _PARSED:
            from . import _parsed as source
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(source, name)
        globals()[name] = value  # later accesses are plain attribute lookups
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
