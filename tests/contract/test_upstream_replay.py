"""Every real recorded chat completion in ../shared/cassettes/upstream, replayed through the API.

For each recorded interaction a vcrpy cassette is written (same URI, fragment included, the body
decompressed), the call is rebuilt from the recorded request body (`complete`, or `stream` for
streamed ones; every seventh through the async methods), vcrpy matches it on method, path
without `#stream`, and JSON body, and the decoded result must give back every recorded field.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from mistral_client import Mistral
from mistral_client._chat import chat_parameters
from mistral_client.errors import AuthenticationError
from mistral_client.testing import json_body_matcher, vcr_config
from mistral_client.testing.cassettes import Interaction
from tests.upstream import chat_interactions, require_shared

DROPPED_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


def write_cassette(interaction: Interaction, path: Path) -> None:
    """A vcrpy v1 cassette holding INTERACTION with its body already decompressed."""
    response_headers = {
        k: [v] for k, v in interaction.response_headers.items() if k not in DROPPED_HEADERS
    }
    document = {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": interaction.method,
                    "uri": interaction.uri,
                    "body": interaction.request_body.decode("utf-8"),
                    "headers": {},
                },
                "response": {
                    "status": {"code": interaction.status, "message": ""},
                    "headers": response_headers,
                    "body": {"string": interaction.response_body.decode("utf-8")},
                },
            }
        ],
    }
    path.write_text(yaml.safe_dump(document), encoding="utf-8")


def rebuild(body: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the overlay from a recorded request body."""
    rest = dict(body)
    kwargs: dict[str, Any] = {"model": rest.pop("model"), "messages": rest.pop("messages")}
    extra = {k: rest.pop(k) for k in list(rest) if k not in chat_parameters()}
    kwargs.update(rest)
    if extra:
        kwargs["extra_body"] = extra
    return kwargs


def replay(interaction: Interaction, cassette: Path, use_async: bool) -> Any:
    """Run the rebuilt call under the cassette; the decoded result (or the raised error)."""
    recorder = vcr.VCR(**vcr_config())
    recorder.register_matcher("json_body", json_body_matcher)
    kwargs = rebuild(interaction.request_json())
    streamed = interaction.is_sse
    if streamed:
        kwargs.pop("stream", None)
    server = f"https://{interaction.host}"
    with recorder.use_cassette(str(cassette), match_on=["method", "path", "json_body"]) as tape:
        client = Mistral(api_key="replay", server_url=server, max_retries=0)
        try:
            if not use_async:
                result: Any = (
                    list(client.chat.stream(**kwargs))
                    if streamed
                    else client.chat.complete(**kwargs)
                )
            else:

                async def run() -> Any:
                    async with client:
                        if streamed:
                            return [e async for e in await client.chat.stream_async(**kwargs)]
                        return await client.chat.complete_async(**kwargs)

                result = asyncio.run(run())
        except AuthenticationError as exc:
            result = exc
        finally:
            client.close()
        assert tape.play_count == 1, "the recorded response was not the one played"
    return result


def test_every_recorded_chat_completion_replays_losslessly(tmp_path: Path):
    """All 191 interactions: request matched by vcrpy, every recorded field back in the result."""
    require_shared()
    interactions = chat_interactions()
    counts = {"complete": 0, "stream": 0, "async": 0, "error": 0}
    for number, interaction in enumerate(interactions):
        cassette = tmp_path / f"{number}.yaml"
        write_cassette(interaction, cassette)
        use_async = number % 7 == 0
        result = replay(interaction, cassette, use_async)
        where = interaction.source
        if interaction.status != 200:
            assert isinstance(result, AuthenticationError), where
            assert result.body == interaction.response_body, where
            counts["error"] += 1
        elif interaction.is_sse:
            recorded = interaction.sse_chunks()
            assert [event.data.to_dict() for event in result] == recorded, where
            counts["stream"] += 1
        else:
            assert result.to_dict() == interaction.response_json(), where
            counts["complete"] += 1
        counts["async"] += use_async
    print(f"replayed {len(interactions)} recorded chat completions: {counts}")
    assert len(interactions) == 191
    assert counts == {"complete": 135, "stream": 53, "async": 28, "error": 3}


@pytest.mark.parametrize(
    "source",
    [
        "pydantic__pydantic-ai/test_mistral_model_thinking_part_iter.yaml#0",
        "wandb__weave/v1/test_mistral_quickstart.yaml#0",
        "crmne__ruby_llm/chat_streaming_responses_mistral_mistral-small-latest_supports_streaming_responses.yml#0",
    ],
    ids=["pydantic-ai-stream-fragment", "weave-brotli", "ruby-vcr-stream"],
)
def test_each_serialization_replays(tmp_path: Path, source: str):
    """One interaction of each tricky serialization replays on its own (named failures)."""
    require_shared()
    found = [i for i in chat_interactions() if i.source == source]
    if not found:
        pytest.skip(f"{source} is not among the recordings")
    interaction = found[0]
    write_cassette(interaction, tmp_path / "one.yaml")
    result = replay(interaction, tmp_path / "one.yaml", use_async=False)
    if interaction.is_sse:
        assert [e.data.to_dict() for e in result] == interaction.sse_chunks()
    else:
        assert result.to_dict() == interaction.response_json()
