"""`make demo`: the chat workflow of Mistral's docs, run with mistral-client.

Without MISTRAL_API_KEY it starts the embedded Mistral-compatible server and talks to that;
with the key it talks to the real API (or to MISTRAL_BASE_URL when set).
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from mistral_client import Mistral, MistralError
from mistral_client._constants import DEFAULT_BASE_URL

if TYPE_CHECKING:
    # What client.chat.complete and client.batch.jobs.get return, whatever Mistral's spec calls
    # them (the package's one mapping of generated names).
    from mistral_client._resources import BatchJob, ChatCompletionResponse

MODEL = "mistral-small-latest"
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "The city name"}},
            "required": ["city"],
        },
    },
}


def heading(title: str) -> None:
    print(f"\n== {title}")


def text(res: ChatCompletionResponse) -> str:
    content = res.choices[0].message.content
    return (
        content
        if isinstance(content, str)
        else json.dumps(res.to_dict()["choices"][0]["message"]["content"])
    )


def get_weather(city: str) -> dict[str, Any]:
    """Get the current weather in a city (the demo's local tool: a fixed forecast).

    Args:
        city: The city's name, such as "Paris".
    """
    return {"city": city, "forecast": "sunny", "celsius": 21}


@dataclasses.dataclass
class Painter:
    """A painter and the year they were born."""

    name: str
    birth_year: int


PAINTER_ASK = [{"role": "user", "content": "Name a French painter and the year they were born."}]
HAS_PYDANTIC = importlib.util.find_spec("pydantic") is not None
NO_PYDANTIC = "(skipped: chat.parse and Python tools need pip install 'mistral-client[pydantic]')"


def describe(message: dict[str, Any]) -> str:
    """One transcript message on one line."""
    role = message["role"]
    if message.get("tool_calls"):
        calls = ", ".join(
            f"{c['function']['name']}({c['function']['arguments']})" for c in message["tool_calls"]
        )
        return f"  {role:<9} -> {calls}"
    content = message.get("content")
    shown = content if isinstance(content, str) else json.dumps(content)
    name = f" {message['name']}" if role == "tool" else ""
    return f"  {role + name + ':':<9} {shown}"


def run_structured(client: Mistral) -> None:
    heading("structured output: chat.parse(response_format=Painter)")
    if not HAS_PYDANTIC:
        print(NO_PYDANTIC)
        return
    res = client.chat.parse(model=MODEL, messages=PAINTER_ASK, response_format=Painter)
    painter = res.choices[0].message.parsed
    print(f"raw content: {res.choices[0].message.content}")
    print(f"parsed:      {painter!r}")

    heading("tool loop: chat.run_tools(tools=[get_weather])")
    question = [{"role": "user", "content": "What is the weather in Paris? Use get_weather."}]
    run = client.chat.run_tools(model=MODEL, messages=question, tools=[get_weather])
    for message in run.messages:
        print(describe(message))
    print(f"({run.steps} model calls, {len(run.messages)} messages in the transcript)")


def run(client: Mistral) -> None:
    heading("chat.complete")
    messages: list[Any] = [
        {"role": "user", "content": "Who is the best French painter? Answer in one short sentence."}
    ]
    raw = client.chat.with_raw_response.complete(model=MODEL, messages=messages)
    res = raw.data
    print(text(res))
    if raw.headers.get("x-mistral-server"):  # mistral-client serve, or running_server()
        print(f"(answered by the {raw.headers['x-mistral-server']})")
    print(f"(finish_reason={res.choices[0].finish_reason}, total_tokens={res.usage.total_tokens})")

    heading("chat.stream, printed as it arrives")
    with client.chat.stream(
        model=MODEL, messages=[{"role": "user", "content": "Write one sentence about Paris."}]
    ) as stream:
        for chunk in stream:
            delta = chunk.data.choices[0].delta.content
            if isinstance(delta, str):
                print(delta, end="", flush=True)
    print(f"\n(correlation id: {stream.response.headers.get('mistral-correlation-id')})")

    heading("multi-turn")
    messages.append({"role": "assistant", "content": text(res)})
    messages.append({"role": "user", "content": "And in one sentence, why?"})
    print(text(client.chat.complete(model=MODEL, messages=messages)))

    heading("JSON mode")
    res = client.chat.complete(
        model=MODEL,
        messages=[{"role": "user", "content": "Give the capital of France as a JSON object."}],
        response_format={"type": "json_object"},
    )
    print(json.loads(text(res)))

    heading("tool call round trip")
    messages = [{"role": "user", "content": "What is the weather in Paris? Use get_weather."}]
    res = client.chat.complete(
        model=MODEL, messages=messages, tools=[WEATHER_TOOL], tool_choice="any"
    )
    calls = res.choices[0].message.tool_calls
    assert isinstance(calls, list) and calls, "the model did not call the tool"
    call = calls[0]
    arguments = json.loads(str(call.function.arguments))
    result = get_weather(**arguments)
    print(f"model called {call.function.name}({arguments}) -> {result}")
    messages.append(res.choices[0].message.to_dict())
    messages.append(
        {
            "role": "tool",
            "name": call.function.name,
            "tool_call_id": call.id,
            "content": json.dumps(result),
        }
    )
    print(text(client.chat.complete(model=MODEL, messages=messages, tools=[WEATHER_TOOL])))
    run_structured(client)


async def run_async(client: Mistral) -> None:
    heading("chat.complete_async x3, concurrently")
    questions = ["Name a French cheese.", "Name a French river.", "Name a French poet."]
    results = await asyncio.gather(
        *(
            client.chat.complete_async(model=MODEL, messages=[{"role": "user", "content": q}])
            for q in questions
        )
    )
    for question, res in zip(questions, results, strict=True):
        print(f"{question} -> {text(res)}")
    if HAS_PYDANTIC:
        heading("chat.parse_async")
        res = await client.chat.parse_async(
            model=MODEL, messages=PAINTER_ASK, response_format=Painter
        )
        print(f"parsed: {res.choices[0].message.parsed!r}")
    heading("chat.stream_async")
    stream = await client.chat.stream_async(
        model=MODEL, messages=[{"role": "user", "content": "Say hello."}]
    )
    async for chunk in stream:
        delta = chunk.data.choices[0].delta.content
        if isinstance(delta, str):
            print(delta, end="", flush=True)
    print()


def run_bulk(client: Mistral, *, embedded: bool) -> None:
    heading("chat.complete_many: 12 requests, 4 in flight, with a progress bar")
    cities = ["Paris", "Lyon", "Marseille", "Lille", "Nantes", "Bordeaux", "Toulouse", "Nice",
              "Strasbourg", "Rennes", "Dijon", "Brest"]  # fmt: skip
    requests: list[dict[str, Any]] = [
        {"custom_id": city, "messages": [{"role": "user", "content": f"One landmark of {city}?"}]}
        for city in cities
    ]
    if embedded:  # the embedded server answers every third request 429 first (fault injection)
        for number, request in enumerate(requests[::3]):
            request["model"] = f"{MODEL}:fault=429x1@demo-bulk-{number}"
    # The bar goes to stdout here; progress=True would draw it on stderr, as tqdm does.
    results = list(
        client.chat.complete_many(requests, model=MODEL, concurrency=4, progress=sys.stdout)
    )
    print(
        f"{sum(r.ok for r in results)} of {len(results)} answered, in input order (429s retried):"
    )
    for result in results[:3]:
        print(f"  {result.custom_id} -> {text(result.unwrap())}")


def run_batch(client: Mistral, *, embedded: bool) -> None:
    heading("batch.run: a batch job, polled to completion")
    if not embedded:
        print("(skipped against the real API: a batch job takes minutes to hours there)")
        return
    questions = ["What is 2 + 2?", "Name the largest planet.", "Name a French painter."]
    requests = [
        {"custom_id": f"q{number}", "messages": [{"role": "user", "content": question}]}
        for number, question in enumerate(questions)
    ]

    def progress(job: BatchJob) -> None:
        total = job.total_requests
        # A job the server has not started counting yet says 0 of 0: show its status alone.
        counts = f": {job.completed_requests}/{total} done" if total else ""
        print(f"  job {job.status}{counts}")

    results = client.batch.run(requests, model=MODEL, poll_interval=0.05, on_progress=progress)
    for result in results:
        print(f"  {result.custom_id} -> {text(result.unwrap())}")


# A one-page PDF (its page count is what the embedded server's OCR reads).
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << >>\n%%EOF"
)


def run_api_tour(client: Mistral) -> None:
    """The rest of the API: every operation is a typed method of its resource, sync and async."""
    heading("Beyond chat: models, embeddings, fim, moderation, OCR, a conversation")
    models = client.models.list()
    ids = [card.id for card in models.data or []]
    print(f"models.list: {len(ids)} models, such as {', '.join(ids[:3])}")
    vectors = client.embeddings.create(
        model="mistral-embed", inputs=["Paris is in France.", "Rome is in Italy."]
    )
    size = len(vectors.data[0].embedding or [])
    print(f"embeddings.create: {len(vectors.data)} vectors of {size} floats")
    fim = client.fim.complete(
        model="codestral-latest", prompt="def add(a, b):\n    ", suffix="\n\nprint(add(1, 2))"
    )
    print(f"fim.complete: {(fim.choices or [])[0].message.content!r}")
    samples = ["I will hurt you.", "What a lovely day."]
    moderation = client.classifiers.moderate(model="mistral-moderation-latest", inputs=samples)
    for sample, result in zip(samples, moderation.results, strict=True):
        scores = result.category_scores.to_dict() if result.category_scores else {}
        top = max(scores, key=lambda name: scores[name]) if scores else "none"
        print(f"classifiers.moderate: {sample!r} -> highest score {top} ({scores.get(top, 0):.2f})")
    uploaded = client.files.upload(PDF, file_name="tour.pdf", purpose="ocr")
    ocr = client.ocr.process(
        model="mistral-ocr-latest", document={"type": "file", "file_id": str(uploaded.id)}
    )
    first = ocr.pages[0].markdown.strip().splitlines()[0] if ocr.pages else ""
    print(f"ocr.process: {len(ocr.pages)} page(s) of {uploaded.filename}; first line {first!r}")
    conversation = client.beta.conversations.start(
        model=MODEL, inputs="Name a French cheese.", instructions="Answer in five words."
    )
    again = client.beta.conversations.append(
        conversation_id=conversation.conversation_id, inputs="And a Swiss one?"
    )
    for response in (conversation, again):
        said = [o.to_dict().get("content") for o in response.outputs]
        print(f"beta.conversations: {said[-1]!r}")
    print(f"(conversation {conversation.conversation_id}: start, then append)")


@contextmanager
def target() -> Iterator[tuple[str | None, str]]:
    """(api_key, server_url): the real API with a key, else the embedded server."""
    if os.environ.get("MISTRAL_API_KEY"):
        yield None, os.environ.get("MISTRAL_BASE_URL", "")
        return
    from mistral_client.testing import running_server

    with running_server() as url:
        yield "demo-key-for-the-embedded-server", url


def describe_target(key: str | None, url: str) -> str:
    if key:
        return "the embedded Mistral-compatible server"
    if url and url.rstrip("/").removesuffix("/v1") != DEFAULT_BASE_URL:
        return "the server at MISTRAL_BASE_URL"
    return "the Mistral API"


def main() -> int:
    started = time.perf_counter()
    with target() as (key, url):
        print(
            f"mistral-client demo against {describe_target(key, url)} ({url or DEFAULT_BASE_URL})"
        )
        try:
            with Mistral(api_key=key, server_url=url or None) as client:
                run(client)
                run_api_tour(client)
                run_bulk(client, embedded=bool(key))
                run_batch(client, embedded=bool(key))

            async def main_async() -> None:
                async with Mistral(api_key=key, server_url=url or None) as client:
                    await run_async(client)

            asyncio.run(main_async())
        except MistralError as exc:
            if key:  # the embedded server failed: a bug of ours, show all of it
                raise
            # One line, not a traceback: with a key set the demo needs the network and the key.
            print(
                f"\ndemo stopped: {type(exc).__name__}: {exc}. Unset MISTRAL_API_KEY to run "
                "it offline against the embedded server.",
                file=sys.stderr,
            )
            return 1
    print(f"\ndemo finished in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
