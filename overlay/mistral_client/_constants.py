from __future__ import annotations

from typing import Final

import httpx

DEFAULT_BASE_URL: Final = "https://api.mistral.ai"
ENV_API_KEY: Final = "MISTRAL_API_KEY"
ENV_BASE_URL: Final = "MISTRAL_BASE_URL"

# A non-streamed completion sends nothing until the whole answer is ready, so reads may take
# minutes; connecting may not.
DEFAULT_TIMEOUT: Final = httpx.Timeout(300.0, connect=10.0)
# Streams: the longest silence allowed between two network reads, so a stalled stream fails
# instead of hanging. Connect, write and pool limits still come from the client's timeout.
DEFAULT_STREAM_IDLE_TIMEOUT: Final = 60.0

# Retry policy defaults (openai-python's _constants.py, with a larger cap on Retry-After).
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})

# str(exc) stays one readable line; the full body stays on exc.body.
MAX_MESSAGE_LENGTH: Final = 300
CORRELATION_HEADERS: Final = ("mistral-correlation-id", "x-kong-request-id", "x-request-id")

# chat.complete_many: requests in flight at most, unless the caller says otherwise.
DEFAULT_BULK_CONCURRENCY: Final = 16

# The roles a chat message may have (Mistral's message union: system, user, assistant, tool).
MESSAGE_ROLES: Final = ("system", "user", "assistant", "tool")
