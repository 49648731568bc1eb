"""Issue 16 item 8: a spec change reaches `Mistral` through `make generate` alone.

A copy of openapi.yaml gains an optional chat parameter, a new endpoint under a new tag with new
schemas, and renamed response schemas, among them those the overlay's chat, batch and files
extensions return (ChatCompletionResponse, BatchJob, CreateFileResponse); it is generated into a
temp folder and used, with no overlay edit, from a fresh interpreter and from mypy --strict.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from .test_pipeline import run_generate

ROOT = Path(__file__).resolve().parents[2]

USE = textwrap.dedent(
    """
    import asyncio, inspect, json
    import httpx
    from _mistral_api.api import Resources
    from mistral_client import Mistral
    from mistral_client.errors import InvalidRequestError, NotFoundError

    seen = []
    failures = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1/widgets":
            failures["n"] += 1
            if failures["n"] % 2 == 1:
                return httpx.Response(503, json={"message": "busy"})
            return httpx.Response(200, json={"id": "w1", "name": json.loads(request.content)["name"]})
        if request.url.path == "/v1/widgets/missing":
            return httpx.Response(404, json={"message": "no such widget"})
        if request.url.path == "/v1/models":
            return httpx.Response(200, json={"object": "list", "data": []})
        if request.url.path == "/v1/batch/jobs/job-1":
            return httpx.Response(200, json={
                "id": "job-1", "input_files": [], "endpoint": "/v1/chat/completions",
                "errors": [], "status": "SUCCESS", "created_at": 1, "total_requests": 0,
                "completed_requests": 0, "succeeded_requests": 0, "failed_requests": 0,
            })
        if request.url.path == "/v1/files":
            return httpx.Response(200, json={
                "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "object": "file", "bytes": 3,
                "created_at": 1, "filename": "in.jsonl", "purpose": "batch",
                "sample_type": "batch_request", "source": "upload",
            })
        return httpx.Response(200, json={
            "id": "c", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "hi"}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        })

    transport = httpx.MockTransport(answer)
    client = Mistral(api_key="k", client=httpx.Client(transport=transport),
                     async_client=httpx.AsyncClient(transport=transport))

    widget = client.widgets.create(name="sprocket", size=3)
    assert (type(widget).__name__, widget.name) == ("Widget", "sprocket"), widget
    widget = asyncio.run(client.widgets.create_async(name="cog"))
    assert widget.name == "cog", widget
    assert failures["n"] == 4, failures  # each call retried its 503 once
    for call in (lambda: client.widgets.get(widget_id="missing"),
                 lambda: asyncio.run(client.widgets.get_async(widget_id="missing"))):
        try:
            call()
        except NotFoundError as exc:
            assert exc.status_code == 404 and b"no such widget" in exc.body
        else:
            raise AssertionError("no NotFoundError")

    listed = client.models.list()
    assert type(listed).__name__ == "ModelCatalog", type(listed)
    # The overlay's batch workflow and upload return the renamed classes, unedited.
    job = client.batch.wait("job-1", poll_interval=0)
    assert (type(job).__name__, job.status) == ("BatchJobRecord", "SUCCESS"), job
    assert client.batch.results(job) == []
    stored = client.files.upload(b"{}", purpose="batch", file_name="in.jsonl")
    assert type(stored).__name__ == "StoredFile", type(stored)
    answer = client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
    assert type(answer).__name__ == "ChatAnswer", type(answer)

    chat = vars(Resources)["chat"].func(client)  # the generated chat resource
    assert "verbosity" in inspect.signature(chat.complete).parameters
    chat.complete(model="m", messages=[], verbosity="low")
    assert json.loads(seen[-1].content)["verbosity"] == "low", seen[-1].content
    # The overlay's chat (client.chat), unedited: takes, checks, sends and shows the parameter.
    assert "verbosity" in inspect.signature(client.chat.complete).parameters
    client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}], verbosity="high")
    assert json.loads(seen[-1].content)["verbosity"] == "high", seen[-1].content
    asyncio.run(client.chat.complete_async(model="m", messages=[], verbosity="low"))
    assert json.loads(seen[-1].content)["verbosity"] == "low", seen[-1].content
    try:
        client.chat.complete(model="m", messages=[], verbosty="low")
    except InvalidRequestError as exc:
        assert "did you mean 'verbosity'" in str(exc), exc
    else:
        raise AssertionError("no InvalidRequestError")
    print("ok")
    """
)

TYPED_USE = textwrap.dedent(
    """
    from _mistral_api.models import BatchJobRecord, ChatAnswer, ModelCatalog, StoredFile, Widget
    from mistral_client import Mistral


    async def main(client: Mistral) -> None:
        widget: Widget = client.widgets.create(name="a", size=2)
        again: Widget = await client.widgets.create_async(name="b")
        catalog: ModelCatalog = client.models.list()
        # The overlay's chat methods take the new parameter, typed, with no overlay edit.
        client.chat.complete(model="m", messages=[], verbosity="low")
        await client.chat.complete_async(model="m", messages=[], verbosity="low")
        for chunk in client.chat.stream(model="m", messages=[], verbosity="low"):
            print(chunk)
        client.chat.parse(model="m", messages=[], response_format=Widget, verbosity="low")
        print(widget.name, again.name, catalog)
        # The overlay's extensions return what the renamed operations return.
        job: BatchJobRecord = client.batch.wait("job-1")
        done: BatchJobRecord = await client.batch.wait_async(job.id)
        stored: StoredFile = client.files.upload(b"{}", purpose="batch")
        client.batch.run([{"messages": []}], model="m", on_progress=lambda j: print(j.status))
        print(done.status, stored.id)
        answer: ChatAnswer = client.chat.complete(model="m", messages=[])
        parsed: ChatAnswer = client.chat.parse(model="m", messages=[], response_format=Widget)
        print(answer.id, parsed.id)


    def refused(client: Mistral) -> None:  # --warn-unused-ignores: mypy must flag the int
        client.chat.complete(model="m", messages=[], verbosity=3)  # type: ignore[arg-type]
    """
)


# Response schemas Mistral renames: the old name -> the new one.
RENAMED = {
    "ModelList": "ModelCatalog",
    "BatchJob": "BatchJobRecord",
    "CreateFileResponse": "StoredFile",
    "ChatCompletionResponse": "ChatAnswer",
}


def change(spec: dict[str, Any]) -> None:
    """The three spec changes of the issue, applied to a parsed openapi.yaml."""
    components = spec["components"]["schemas"]
    components["ChatCompletionRequest"]["properties"]["verbosity"] = {
        "type": "string",
        "description": "How much to say.",
    }
    components["WidgetRequest"] = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
    }
    components["Widget"] = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    }
    json_of = {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}
    spec["paths"]["/v1/widgets"] = {
        "post": {
            "operationId": "create_widget_v1_widgets_post",
            "summary": "Create a widget",
            "tags": ["widgets"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/WidgetRequest"}}
                },
            },
            "responses": {"200": {"description": "The widget.", "content": json_of}},
        }
    }
    spec["paths"]["/v1/widgets/{widget_id}"] = {
        "get": {
            "operationId": "get_widget_v1_widgets_widget_id_get",
            "tags": ["widgets"],
            "parameters": [
                {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "The widget.", "content": json_of}},
        }
    }
    for old, new in RENAMED.items():
        components[new] = components.pop(old)
        components[new].pop("title", None)
    text = yaml.safe_dump(spec)
    for old, new in RENAMED.items():
        text = re.sub(rf"schemas/{old}\b", f"schemas/{new}", text)
    spec.clear()
    spec.update(yaml.safe_load(text))


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The changed spec generated into a temp folder (with a names table entry for widgets)."""
    root = tmp_path_factory.mktemp("spec-change")
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    change(spec)
    (root / "openapi.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    out = root / "out"
    result = run_generate(root / "openapi.yaml", out)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def environment(out: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{out}{os.pathsep}{ROOT / 'overlay'}"}


def test_spec_change_new_endpoint_param_and_renamed_schema_work_without_overlay_edit(changed):
    """The new endpoint works sync and async with retries and typed errors; the rest follows."""
    names = (changed / "_mistral_api.names.txt").read_text(encoding="utf-8")
    assert "create_widget_v1_widgets_post: client.widgets.create_widget_v1_widgets_post" in names
    script = USE.replace("widgets.create(", "widgets.create_widget_v1_widgets_post(")
    script = script.replace("widgets.create_async(", "widgets.create_widget_v1_widgets_post_async(")
    script = script.replace("widgets.get(", "widgets.get_widget_v1_widgets_widget_id_get(")
    script = script.replace(
        "widgets.get_async(", "widgets.get_widget_v1_widgets_widget_id_get_async("
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environment(changed),
        cwd=changed,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"


def test_spec_change_usage_passes_mypy_strict(changed, tmp_path: Path):
    """mypy --strict accepts a usage file of the new endpoint, parameter and renamed models, and
    the overlay itself, unedited (it names no schema Mistral renamed, not even for typing)."""
    usage = tmp_path / "usage.py"
    usage.write_text(
        TYPED_USE.replace("widgets.create(", "widgets.create_widget_v1_widgets_post(").replace(
            "widgets.create_async(", "widgets.create_widget_v1_widgets_post_async("
        ),
        encoding="utf-8",
    )
    # The project's settings, but for where the packages are (MYPYPATH, below).
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\n[mypy-vcr.*,brotli,httpx_sse.*,tqdm]\nignore_missing_imports = True\n",
        encoding="utf-8",
    )
    overlay = ROOT / "overlay" / "mistral_client"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--no-incremental",
            str(usage),
            str(overlay),
        ],
        capture_output=True,
        text=True,
        env={**environment(changed), "MYPYPATH": f"{changed}{os.pathsep}{ROOT / 'overlay'}"},
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
