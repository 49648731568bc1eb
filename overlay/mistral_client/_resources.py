"""The generated resources the overlay extends: the one place that names their modules.

`scripts/prepare_spec.py` puts the resource that spec/names.yaml calls `a.b` in the module
`_mistral_api.api.a_b`, as the class `AB`, whatever the spec's tags say; the namespaces between
the client and a resource (`client.batch`) are in `_mistral_api.api`. So these imports follow
from our names table, and a regeneration that moved one fails here, at import and under mypy,
not in a user's call.
"""

from __future__ import annotations

import functools
import typing
from typing import TYPE_CHECKING, Any, NamedTuple

from _mistral_api.api import Batch as BatchNamespace
from _mistral_api.api import Resources
from _mistral_api.api.chat import Chat as ChatResource
from _mistral_api.api.chat import (
    ChatCompleteMessagesItem,
    ChatCompleteParams,
    ChatCompleteResponseFormat,
    ChatCompleteToolsItem,
)

if TYPE_CHECKING:
    # The generated aliases `<Resource><Method>Result` name what a method returns (the
    # endpoint template writes one per method), so these follow the operation, not the schema.
    from _mistral_api.api.batch_jobs import BatchJobs
    from _mistral_api.api.batch_jobs import BatchJobsGetResult as BatchJob
    from _mistral_api.api.files import Files as FilesResource
    from _mistral_api.api.files import FilesUploadResult as UploadedFile

# Imported when first used (a client that only chats never loads them): name -> (module, class).
_LAZY = {
    "BatchJobs": ("_mistral_api.api.batch_jobs", "BatchJobs"),
    "FilesResource": ("_mistral_api.api.files", "Files"),
}
# The generated classes the overlay names, each as what an operation returns (issue 16: never a
# schema name Mistral can rename): name -> (resource above, method). At run time the class is
# read from the method's return type; type checkers read the same through the aliases above.
RETURNED = {
    "BatchJob": ("BatchJobs", "get"),
    "UploadedFile": ("FilesResource", "upload"),
}


def __getattr__(name: str) -> Any:
    if name in RETURNED:
        resource, method = RETURNED[name]
        owner = globals()[resource] if resource in globals() else __getattr__(resource)
        value = typing.get_type_hints(getattr(owner, method))["return"]
    elif name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "RETURNED",
    "BatchJob",
    "BatchJobs",
    "BatchNamespace",
    "ChatCompleteMessagesItem",
    "ChatCompleteParams",
    "ChatCompleteResponseFormat",
    "ChatCompleteToolsItem",
    "ChatResource",
    "ChatTypes",
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
    """The chat classes, read from the generated chat methods' return types.

    Through the operation, not by name: a schema Mistral renames is regenerated under its new
    name, and the overlay follows (issue 16).
    """
    response = typing.get_type_hints(ChatResource.complete)["return"]
    (event,) = typing.get_args(typing.get_type_hints(ChatResource.stream)["return"])
    chunk = typing.get_type_hints(event)["data"]
    return ChatTypes(response, event, chunk)
