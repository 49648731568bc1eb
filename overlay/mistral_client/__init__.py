"""mistral-client: a fast, lossless client for the Mistral AI chat API.

```python
from mistral_client import Mistral

client = Mistral()  # MISTRAL_API_KEY
res = client.chat.complete(model="mistral-small-latest",
                           messages=[{"role": "user", "content": "Hello!"}])
print(res.choices[0].message.content)
```
"""

from . import errors
from ._batch import Batch, BatchItemError, BatchResult
from ._bulk import BulkResult
from ._chat import Chat
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
from ._transport import APIResponse
from ._types import ChatParams, MessageParam, RequestOptions, RetryConfig
from ._version import __version__

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
