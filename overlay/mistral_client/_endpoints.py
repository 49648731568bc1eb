"""The only module that touches generated endpoint code: method and path of each operation.

Each operation's `_get_kwargs` (private in the generated code) is called once, on first use,
so the method and path come from the spec while the overlay owns sending. The generator is
pinned, and `make check-generated` plus the contract tests fail if this ever changes shape.
"""

from __future__ import annotations

from functools import cache


@cache
def chat_completion() -> tuple[str, str]:
    """(method, path) of POST /v1/chat/completions."""
    from _mistral_api.api.chat import chat_completion_v1_chat_completions_post as operation
    from _mistral_api.models import ChatCompletionRequest

    kwargs = operation._get_kwargs(body=ChatCompletionRequest(model="", messages=[]))
    return str(kwargs["method"]).upper(), str(kwargs["url"])
