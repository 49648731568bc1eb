"""The only module that touches generated endpoint code: method and path of each operation.

Each operation's `_get_kwargs` (private in the generated code) is called once at import, so
the method and path come from the spec while the overlay owns sending. The generator is pinned
and `make check-generated` plus the contract tests fail if this ever changes shape.
"""

from __future__ import annotations

from typing import Final

from _mistral_api.api.chat import chat_completion_v1_chat_completions_post as _chat
from _mistral_api.models import ChatCompletionRequest

_kwargs = _chat._get_kwargs(body=ChatCompletionRequest(model="", messages=[]))
CHAT_COMPLETION: Final[tuple[str, str]] = (str(_kwargs["method"]).upper(), str(_kwargs["url"]))
del _kwargs
