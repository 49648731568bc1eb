"""The generated resources the overlay extends, and the classes it names: the one mapping.

`scripts/prepare_spec.py` puts the resource that spec/names.yaml calls `a.b` in the module
`_mistral_api.api.a_b`, as the class `AB`, whatever the spec's tags say; the namespaces between
the client and a resource (`client.batch`) are in `_mistral_api.api`. Beside each resource the
endpoint template writes `<Resource><Method>Result` (and `<Resource><Method>Event` for a stream),
aliases of what the method returns. So every name imported here follows from our names table,
never from a schema name Mistral can rename (issue 16); a regeneration that moved one fails
here, at import and under mypy, not in a user's call.
"""

from __future__ import annotations

import functools
import typing
from typing import TYPE_CHECKING, Any, NamedTuple

from _mistral_api.api import Resources
from _mistral_api.api.chat import Chat as ChatResource
from _mistral_api.api.chat import (
    ChatCompleteMessagesItem,
    ChatCompleteParams,
    ChatCompleteResponseFormat,
    ChatCompleteToolsItem,
)
from _mistral_api.api.chat import ChatCompleteResult as ChatCompletionResponse
from _mistral_api.api.chat import ChatStreamEvent as CompletionEvent
from _mistral_api.types import resolved

if TYPE_CHECKING:
    from _mistral_api.api import Batch as BatchNamespace
    from _mistral_api.api.batch_jobs import BatchJobs
    from _mistral_api.api.batch_jobs import BatchJobsGetResult as BatchJob
    from _mistral_api.api.files import Files as FilesResource
    from _mistral_api.api.files import FilesUploadResult as UploadedFile

# Imported when first used (a client that only chats never loads them): name -> (module, name).
# Lazy also because a spec may lack them: Mistral's specs up to 2024-06 have no Batch API, and
# `import mistral_client` must work on a package generated from those.
_LAZY = {
    "BatchNamespace": ("_mistral_api.api", "Batch"),
    "BatchJob": ("_mistral_api.api.batch_jobs", "BatchJobsGetResult"),
    "BatchJobs": ("_mistral_api.api.batch_jobs", "BatchJobs"),
    "FilesResource": ("_mistral_api.api.files", "Files"),
    "UploadedFile": ("_mistral_api.api.files", "FilesUploadResult"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attribute = _LAZY[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


__all__ = [
    "BatchJob",
    "BatchJobs",
    "BatchNamespace",
    "ChatCompleteMessagesItem",
    "ChatCompleteParams",
    "ChatCompleteResponseFormat",
    "ChatCompleteToolsItem",
    "ChatCompletionResponse",
    "ChatResource",
    "ChatTypes",
    "CompletionEvent",
    "FilesResource",
    "Resources",
    "UploadedFile",
    "chat_types",
]


class ChatTypes(NamedTuple):
    """The generated classes of a chat completion, as the chat operation declares them."""

    response: Any  # what chat.complete returns (ChatCompletionResponse)
    event: Any  # what chat.stream yields (CompletionEvent)
    chunk: Any  # the event's data (CompletionChunk)


@functools.cache
def chat_types() -> ChatTypes:
    """The chat classes: what the generated chat methods return, and the events' data.

    Through the operation, not by name: a schema Mistral renames is regenerated under its new
    name, and the overlay follows (issue 16).
    """
    response, event = resolved(ChatCompletionResponse), resolved(CompletionEvent)
    chunk = typing.get_type_hints(event)["data"]
    return ChatTypes(response, event, resolved(chunk))
