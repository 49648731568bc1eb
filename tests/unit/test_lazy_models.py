"""Generated models load on first use, and behave as the attrs classes they replaced did.

What a first `chat.complete` loads decides the import budget (BENCHMARKS.md): these tests
check which modules are loaded, in a fresh interpreter, never how long anything takes.
"""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
import textwrap

import pytest

from _mistral_api.models import (
    AssistantMessage,
    ChatCompletionResponse,
    TextChunk,
    UsageInfo,
)
from _mistral_api.types import UNSET, Lazy, evolve, model_fields, optional_fields, resolved
from mistral_client import RetryConfig
from mistral_client.testing import running_server


def run_fresh(code: str) -> dict[str, object]:
    """CODE run in a new interpreter; it prints a JSON object, returned here."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_import_mistral_client_loads_no_model_attrs_or_uuid():
    """`import mistral_client` loads no generated model, and neither attrs nor uuid."""
    loaded = run_fresh(
        """
        import json, sys
        import httpx
        before = set(sys.modules)
        import mistral_client
        print(json.dumps({"modules": sorted(set(sys.modules) - before)}))
        """
    )["modules"]
    assert isinstance(loaded, list)
    assert [m for m in loaded if m.startswith("_mistral_api.models")] == []
    assert "attrs" not in loaded
    assert "uuid" not in loaded
    assert "mistral_client._streaming" not in loaded  # loaded by the first stream


def test_the_models_stub_names_what_the_package_gives_at_run_time():
    """Type checkers read models/__init__.pyi; at run time the package's table answers."""
    import re
    from pathlib import Path

    import _mistral_api.models as models

    stub = (Path(models.__file__).parent / "__init__.pyi").read_text(encoding="utf-8")
    imported = re.findall(r"^from \.(\w+) import (\w+) as \2$", stub, re.MULTILINE)
    assert len(imported) == len(models.__all__) > 0
    assert {name for _, name in imported} == set(models.__all__)
    module, name = imported[0]
    assert getattr(models, name).__module__ == f"{models.__name__}.{module}"


def test_first_chat_loads_only_the_models_its_request_and_response_reach():
    """A chat with dict messages loads the request, the response and what the answer holds."""
    with running_server() as url:
        loaded = run_fresh(
            f"""
            import json, sys
            from mistral_client import Mistral
            before = set(sys.modules)
            client = Mistral(api_key="test-key", server_url={url!r})
            res = client.chat.complete(
                model="mistral-small-latest", messages=[{{"role": "user", "content": "Hi"}}]
            )
            assert isinstance(res.choices[0].message.content, str)
            print(json.dumps({{"modules": sorted(set(sys.modules) - before)}}))
            """
        )["modules"]
    assert isinstance(loaded, list)
    models = {m.rpartition(".")[2] for m in loaded if m.startswith("_mistral_api.models.")}
    assert {"chat_completion_request", "chat_completion_response", "assistant_message"} <= models
    # None of the tool, guardrail, message or chunk classes the chat schemas also name.
    assert not {"tool", "guardrail_config", "user_message", "text_chunk", "prediction"} & models
    assert "attrs" not in loaded


def test_isinstance_against_a_model_not_loaded_is_false_and_loads_nothing():
    loaded = run_fresh(
        """
        import json, sys
        import _mistral_api.models.chat_completion_request as request
        before = "_mistral_api.models.user_message" in sys.modules
        answer = isinstance({"role": "user"}, request.UserMessage)
        after = "_mistral_api.models.user_message" in sys.modules
        print(json.dumps({"before": before, "answer": answer, "after": after}))
        """
    )
    assert loaded == {"before": False, "answer": False, "after": False}


def test_a_lazy_name_becomes_the_class_at_its_first_use():
    import _mistral_api.models.assistant_message as module

    namespace: dict[str, object] = {}
    lazy = Lazy(namespace, "text_chunk", "TextChunk")
    assert lazy.from_dict({"text": "a"}) == TextChunk(text="a", type_=UNSET)
    assert namespace["TextChunk"] is TextChunk
    assert resolved(Lazy({}, "text_chunk", "TextChunk")) is TextChunk
    # In a generated module, after a value needed it, the global is the class itself.
    AssistantMessage.from_dict({"role": "assistant", "content": [{"type": "text", "text": "a"}]})
    assert vars(module)["TextChunk"] is TextChunk


def test_models_compare_by_class_fields_and_unknown_fields():
    a = TextChunk.from_dict({"type": "text", "text": "hi", "new": 1})
    assert a == TextChunk.from_dict({"type": "text", "text": "hi", "new": 1})
    assert a != TextChunk.from_dict({"type": "text", "text": "hi", "new": 2})
    assert a != TextChunk(text="hi")
    assert TextChunk(text="hi") != {"type": "text", "text": "hi"}
    with pytest.raises(TypeError):
        hash(a)  # mutable, as the attrs classes were


def test_models_have_slots_and_keep_fields_through_copy_and_pickle():
    res = ChatCompletionResponse.from_dict(
        {
            "id": "x",
            "object": "chat.completion",
            "model": "m",
            "created": 1,
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, "extra": 4},
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "a"},
                }
            ],
        }
    )
    with pytest.raises(AttributeError):
        res.not_a_field = 1  # type: ignore[attr-defined]
    for twin in (copy.copy(res), copy.deepcopy(res), pickle.loads(pickle.dumps(res))):
        assert twin == res
        assert twin.to_dict() == res.to_dict()
        assert twin.usage.prompt_tokens_details is UNSET  # the one UNSET: to_dict leaves it out
    assert res.usage.additional_properties == {"extra": 4}


def test_field_lists_and_evolve():
    assert model_fields(UsageInfo)[:3] == ("prompt_tokens", "completion_tokens", "total_tokens")
    assert "text" not in optional_fields(TextChunk)
    assert "type_" in optional_fields(TextChunk)
    chunk = TextChunk.from_dict({"type": "text", "text": "a", "new": 1})
    changed = evolve(chunk, text="b")
    assert (changed.text, changed.type_, changed.additional_properties) == ("b", "text", {"new": 1})
    assert chunk.text == "a"
    assert repr(TextChunk(text="a", type_=UNSET)) == "TextChunk(text='a')"


def test_retry_config_is_a_read_only_value():
    config = RetryConfig(max_retries=5)
    assert config == RetryConfig(max_retries=5) != RetryConfig()
    assert config._replace(max_retries=0).max_retries == 0
    with pytest.raises(AttributeError):
        config.max_retries = 1  # type: ignore[misc]
    assert hash(config) == hash(RetryConfig(max_retries=5))
    for twin in (copy.copy(config), copy.deepcopy(config), pickle.loads(pickle.dumps(config))):
        assert twin == config


def test_argument_checks_see_through_a_lazy_name_a_union_kept():
    """typing.Optional[...] keeps a lazy name as it is; the checks use the class it names."""
    import typing

    from mistral_client._hints import describe, fits

    hint = typing.Optional[Lazy({}, "text_chunk", "TextChunk")]  # noqa: UP045 - the case itself
    assert not fits(3, hint)
    assert fits({"text": "a"}, hint)
    assert fits(TextChunk(text="a"), hint)
    assert describe(hint) == "TextChunk | dict | None"
