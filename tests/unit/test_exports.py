"""The public surface: sorted, complete __all__ lists (httpx's test_exported_members)."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest

import mistral_client
from mistral_client import errors, models


def test_all_is_sorted_and_every_name_exists():
    """mistral_client.__all__ is sorted and every name in it is importable."""
    assert mistral_client.__all__ == sorted(mistral_client.__all__)
    for name in mistral_client.__all__:
        assert hasattr(mistral_client, name), name


def test_every_public_name_is_exported():
    """Every public attribute of mistral_client is listed in __all__ (nothing leaks by accident)."""
    public = {
        name
        for name, value in vars(mistral_client).items()
        if not name.startswith("_") and not isinstance(value, ModuleType)
    }
    assert public <= set(mistral_client.__all__)


def test_models_reexport_what_users_touch():
    """The message, chunk and response models of Mistral's docs come from mistral_client.models."""
    for name in ("UserMessage", "SystemMessage", "AssistantMessage", "ToolMessage", "TextChunk",
                 "ImageURLChunk", "ChatCompletionResponse", "CompletionChunk", "CompletionEvent",
                 "Tool", "Function", "ToolCall", "FunctionCall", "ResponseFormat", "JsonSchema", "UNSET"):  # fmt: skip
        assert hasattr(models, name), name


def test_errors_module_names_match_mistral_docs():
    """MistralError, SDKError and HTTPValidationError exist under the names Mistral's docs use."""
    assert {"MistralError", "SDKError", "HTTPValidationError"} <= set(errors.__all__)
    assert errors.__all__ == sorted(errors.__all__)


@pytest.mark.own_spec
def test_importing_models_imports_no_model():
    """`import mistral_client.models` loads no generated model; a name loads its own module."""
    code = (
        "import sys\n"
        "import mistral_client\n"
        "def loaded():\n"
        "    return {m for m in sys.modules if m.startswith('_mistral_api.models.')}\n"
        "before = loaded()\n"
        "import mistral_client.models as models\n"
        "assert loaded() == before, sorted(loaded() - before)\n"
        "print(models.BatchJobOut.__name__)\n"
        "new = loaded() - before\n"
        "assert '_mistral_api.models.batch_job' in new, sorted(new)\n"
        "assert len(new) < 10, sorted(new)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "BatchJob\n"


def test_sdk_names_are_exported_beside_the_generated_ones():
    """Mistral SDK names (1.x and 2.x) come from the same modules as ours."""
    for name in ("BatchJobOut", "Messages", "ChatCompletionRequestMessage", "ContentChunk",
                 "UploadFileOut", "File", "JSONSchema", "SDKError", "HTTPValidationError"):  # fmt: skip
        assert name in models.__all__, name
        assert hasattr(models, name), name
    assert {"NoResponseError", "ObservabilityError"} <= set(errors.__all__)
    assert models.__all__ == sorted(models.__all__)
