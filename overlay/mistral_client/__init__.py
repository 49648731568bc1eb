"""mistral-client: a fast, lossless client for the Mistral AI chat API.

```python
from mistral_client import Mistral

client = Mistral()  # MISTRAL_API_KEY
res = client.chat.complete(model="mistral-small-latest",
                           messages=[{"role": "user", "content": "Hello!"}])
print(res.choices[0].message.content)
```
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from . import errors
from ._client import Mistral
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    HTTPValidationError,
    InvalidRequestError,
    MistralError,
    ResponseValidationError,
    SDKError,
    StreamError,
)
from ._transport import APIResponse
from ._types import ChatParams, MessageParam, RequestOptions, RetryConfig
from ._version import __version__

# Imported on first use: `import mistral_client` and a first chat call need none of these
# (the budget of issue 16: import + first call within 1.5x `import httpx`).
_LAZY = {
    "Batch": "._batch",
    "BatchItemError": "._batch",
    "BatchResult": "._batch",
    "BulkResult": "._bulk",
    "Chat": "._chat",
    "Files": "._files",
    "AsyncChatStream": "._streaming",
    "ChatStream": "._streaming",
    "AsyncParsedChatStream": "._parse",
    "ParsedChatStream": "._parse",
    "StructuredOutputError": "._parse",
    "BatchJobs": "._resources",
    "AsyncToolRunStream": "._tools",
    "FunctionTool": "._tools",
    "MaxStepsExceededError": "._tools",
    "ToolCallError": "._tools",
    "ToolRun": "._tools",
    "ToolRunStream": "._tools",
    "function_tool": "._tools",
}

if _TYPE_CHECKING:
    from ._batch import Batch, BatchItemError, BatchResult
    from ._bulk import BulkResult
    from ._chat import Chat
    from ._files import Files
    from ._parse import AsyncParsedChatStream, ParsedChatStream, StructuredOutputError
    from ._resources import BatchJobs
    from ._streaming import AsyncChatStream, ChatStream
    from ._tools import (
        AsyncToolRunStream,
        FunctionTool,
        MaxStepsExceededError,
        ToolCallError,
        ToolRun,
        ToolRunStream,
        function_tool,
    )


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mistral_client' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APITimeoutError",
    "AsyncChatStream",
    "AsyncParsedChatStream",
    "AsyncToolRunStream",
    "Batch",
    "BatchItemError",
    "BatchJobs",
    "BatchResult",
    "BulkResult",
    "Chat",
    "ChatParams",
    "ChatStream",
    "Files",
    "FunctionTool",
    "HTTPValidationError",
    "InvalidRequestError",
    "MaxStepsExceededError",
    "MessageParam",
    "Mistral",
    "MistralError",
    "ParsedChatStream",
    "RequestOptions",
    "ResponseValidationError",
    "RetryConfig",
    "SDKError",
    "StreamError",
    "StructuredOutputError",
    "ToolCallError",
    "ToolRun",
    "ToolRunStream",
    "__version__",
    "errors",
    "function_tool",
]
