"""An embedded Mistral-compatible HTTP server, for offline development and tests.

Built on Starlette and uvicorn: the ASGI stack httpx's own authors maintain (Encode), small,
fast to start (well under a second), and able to stream server-sent events with disconnect
handling, which the stall and break faults rely on. Run it with ``mistral-client serve``, or
in-process with :func:`mistral_client.testing.running_server`.

Every operation of Mistral's API (the prepared spec the client is generated from) is routed:
its request is checked against the spec (a 422 in Mistral's envelope naming the field) and
answered in the spec's shape, the same request getting the same answer. Dedicated handlers
simulate the calls people make most: chat and FIM (JSON, or SSE ending in ``data: [DONE]``),
embeddings (deterministic unit vectors, 1024 floats for mistral-embed), the model catalogue
(:data:`DEFAULT_MODELS`, plus ``extra_models`` and any fine-tuned ``ft:`` id), files and batch
jobs (run in the background, for every endpoint the batch API takes), moderation and
classification, OCR, audio transcription and speech, agents and conversations. Every other
operation answers a reply built from its success schema, and the CRUD-shaped families of the
spec (agents, conversations, libraries and their documents, ...) keep what is created until it
is deleted; an id never issued is Mistral's 404.

Requires a bearer key (401 in the shape of Mistral's gateway), answers an unknown model as the
real API does (400 ``invalid_model``), and injects faults into any operation on request: a
``x-mistral-fault`` header, or a model name suffix ``:fault=<spec>``. A spec is
``<kind>[x<times>][@<tag>]``: kind is an HTTP status (``429`` comes with ``Retry-After: 0``, or
``429-wait`` with ``Retry-After: 1``), ``drop`` (the connection closes mid-response), ``stall``
(a stream goes silent after two events), ``break`` (a stream's connection closes after two
events), ``error-event`` (an error event after two events) or ``not-sse`` (a JSON 200 to a
stream request); ``x<times>`` limits it to the first N requests carrying the same spec, so
retries can succeed. With a cassette, recorded answers are replayed for any operation.
"""

from __future__ import annotations

from ._app import DEFAULT_MODELS, create_app, serve

__all__ = ["DEFAULT_MODELS", "create_app", "serve"]
