"""An embedded Mistral-compatible HTTP server, for offline development and tests.

Built on Starlette and uvicorn: the ASGI stack httpx's own authors maintain (Encode), small,
fast to start (well under a second), and able to stream server-sent events with disconnect
handling, which the stall and break faults rely on. Run it with ``mistral-client serve``, or
in-process with :func:`mistral_client.testing.running_server`.

Serves ``POST /v1/chat/completions`` and ``POST /v1/fim/completions`` (JSON, or SSE ending in
``data: [DONE]`` when ``stream`` is true), ``POST /v1/embeddings`` (deterministic unit vectors,
1024 floats for mistral-embed), and ``GET /v1/models``, ``GET``/``DELETE /v1/models/{model_id}``
over Mistral's model catalogue (:data:`DEFAULT_MODELS`, plus ``extra_models`` and any
fine-tuned ``ft:`` id; only those can be deleted). Requires a bearer key (401 in the shape of
Mistral's gateway), validates requests against openapi.yaml (422 in Mistral's real envelope),
answers an unknown model as the real API does (400 ``invalid_model``), and injects faults on
request: a ``x-mistral-fault`` header, or a model name suffix ``:fault=<spec>``. A spec is
``<kind>[x<times>][@<tag>]``: kind is an HTTP status (``429`` comes with ``Retry-After: 0``, or
``429-wait`` with ``Retry-After: 1``), ``drop`` (the connection closes mid-response), ``stall``
(a stream goes silent after two events), ``break`` (a stream's connection closes after two
events), ``error-event`` (an error event after two events) or ``not-sse`` (a JSON 200 to a
stream request); ``x<times>`` limits it to the first N requests carrying the same spec, so
retries can succeed.

Also serves files (``/v1/files``: upload, list, retrieve, ``/content``, delete) and batch jobs
(``/v1/batch/jobs``: create, list, get, cancel), run in the background through the same replies;
see :mod:`mistral_client.server._batch` for their statuses, output files and faults.
"""

from __future__ import annotations

from ._app import DEFAULT_MODELS, create_app, serve

__all__ = ["DEFAULT_MODELS", "create_app", "serve"]
