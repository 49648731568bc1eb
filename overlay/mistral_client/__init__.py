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
from ._batch import Batch, BatchItemError, BatchJobs, BatchResult
from ._bulk import BulkResult
from ._chat import APIResponse, Chat
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
from ._files import Files, RequestOptions
from ._streaming import AsyncChatStream, ChatStream
from ._types import ChatParams, MessageParam, RetryConfig
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APITimeoutError",
    "AsyncChatStream",
    "Batch",
    "BatchItemError",
    "BatchJobs",
    "BatchResult",
    "BulkResult",
    "Chat",
    "ChatParams",
    "ChatStream",
    "Files",
    "HTTPValidationError",
    "InvalidRequestError",
    "MessageParam",
    "Mistral",
    "MistralError",
    "RequestOptions",
    "ResponseValidationError",
    "RetryConfig",
    "SDKError",
    "StreamError",
    "__version__",
    "errors",
]
