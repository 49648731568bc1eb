"""The model ids the embedded server knows, and their cards (pure data and functions).

The catalogue is Mistral's own ``GET /v1/models`` answer as recorded on 2026-01 (the
posit-dev/chatlas cassette ``test_mistral_model_list.yaml`` in ../shared/cassettes/upstream):
each family lists a model's names, dated version first, with its context length, default
temperature, capabilities, description and deprecation as that answer gives them. Fine-tuned
ids (``ft:<base>:<org>:<date>:<id>``) are accepted without being listed, as the real API accepts
the ones an organisation owns; ids added with ``--model`` are listed and accepted too.
"""

from __future__ import annotations

import hashlib
from typing import Any, Final, NamedTuple

# Capability flags of a family, by the keys of Mistral's `capabilities` object.
CAPABILITY_FLAGS: Final = {
    "chat": "completion_chat",
    "tools": "function_calling",
    "fim": "completion_fim",
    "tune": "fine_tuning",
    "vision": "vision",
    "ocr": "ocr",
    "classify": "classification",
    "moderate": "moderation",
    "audio": "audio",
}


class Family(NamedTuple):
    """One model under all its names (the recorded cards list the others as `aliases`)."""

    ids: tuple[str, ...]
    context: int
    temperature: float | None
    flags: str
    description: str
    deprecation: str | None = None
    replacement: str | None = None


_RETIRED = "2026-01-31T12:00:00Z"
FAMILIES: Final = (
    Family(("mistral-medium-2505",), 131072, 0.3, "chat tools tune vision",
           "Our frontier-class multimodal model released May 2025."),
    Family(("mistral-medium-2508", "mistral-medium-latest", "mistral-medium"), 131072, 0.3,
           "chat tools tune vision", "Update on Mistral Medium 3 with improved capabilities."),
    Family(("open-mistral-nemo", "open-mistral-nemo-2407", "mistral-tiny-2407",
            "mistral-tiny-latest"), 131072, 0.3, "chat tools tune",
           "Our best multilingual open source model released July 2024."),
    Family(("mistral-large-2411",), 131072, 0.7, "chat tools tune",
           "Our top-tier reasoning model for high-complexity tasks with the lastest version "
           "released November 2024."),
    Family(("pixtral-large-2411", "pixtral-large-latest", "mistral-large-pixtral-2411"), 131072,
           0.7, "chat tools vision", "Official pixtral-large-2411 Mistral AI model"),
    Family(("codestral-2508", "codestral-latest"), 256000, 0.3, "chat tools fim",
           "Our cutting-edge language model for coding released August 2025."),
    Family(("devstral-small-2507",), 131072, 0.0, "chat tools",
           "Our small open-source code-agentic model."),
    Family(("devstral-medium-2507",), 131072, 0.0, "chat tools", "Our medium code-agentic model."),
    Family(("devstral-2512", "mistral-vibe-cli-latest", "devstral-medium-latest",
            "devstral-latest"), 262144, 0.2, "chat tools",
           "Official devstral-2512 Mistral AI model"),
    Family(("labs-devstral-small-2512", "devstral-small-latest"), 262144, 0.2, "chat tools vision",
           "Official labs-devstral-small-2512 Mistral AI model"),
    Family(("mistral-small-2506", "mistral-small-latest"), 131072, 0.3, "chat tools vision",
           "Our latest enterprise-grade small model with the latest version released June 2025."),
    Family(("labs-mistral-small-creative",), 32768, 0.3, "chat tools tune",
           "Official labs-mistral-small-creative Mistral AI model"),
    Family(("magistral-medium-2509", "magistral-medium-latest"), 131072, 0.7,
           "chat tools tune vision",
           "Our frontier-class reasoning model release candidate September 2025."),
    Family(("magistral-small-2509", "magistral-small-latest"), 131072, 0.7,
           "chat tools tune vision", "Our efficient reasoning model released September 2025."),
    Family(("voxtral-mini-2507", "voxtral-mini-latest"), 32768, 0.2, "chat audio",
           "A mini audio understanding model released in July 2025"),
    Family(("voxtral-mini-transcribe-2507",), 16384, 0.0, "chat",
           "A mini transcription model released in July 2025"),
    Family(("voxtral-small-2507", "voxtral-small-latest"), 32768, 0.2, "chat tools audio",
           "A small audio understanding model released in July 2025"),
    Family(("mistral-large-2512", "mistral-large-latest"), 262144, 0.3, "chat tools tune vision",
           "Official mistral-large-2512 Mistral AI model"),
    Family(("ministral-3b-2512", "ministral-3b-latest"), 131072, 0.3, "chat tools tune vision",
           "Ministral 3 (a.k.a. Tinystral) 3B Instruct."),
    Family(("ministral-8b-2512", "ministral-8b-latest"), 262144, 0.3, "chat tools tune vision",
           "Ministral 3 (a.k.a. Tinystral) 8B Instruct."),
    Family(("ministral-14b-2512", "ministral-14b-latest"), 262144, 0.3, "chat tools tune vision",
           "Ministral 3 (a.k.a. Tinystral) 14B Instruct."),
    Family(("open-mistral-7b", "mistral-tiny", "mistral-tiny-2312"), 32768, 0.7, "chat tools tune",
           "Our first dense model released September 2023.", _RETIRED, "ministral-8b-latest"),
    Family(("pixtral-12b-2409", "pixtral-12b", "pixtral-12b-latest"), 131072, 0.3,
           "chat tools tune vision",
           "A 12B model with image understanding capabilities in addition to text.", _RETIRED,
           "ministral-14b-latest"),
    Family(("ministral-3b-2410",), 131072, 0.3, "chat tools tune", "World's best edge model.",
           _RETIRED, "ministral-3b-latest"),
    Family(("ministral-8b-2410",), 131072, 0.3, "chat tools tune",
           "Powerful edge model with extremely high performance/price ratio.", _RETIRED,
           "ministral-8b-latest"),
    Family(("codestral-2501", "codestral-2412", "codestral-2411-rc5"), 256000, 0.3,
           "chat tools fim tune",
           "Our cutting-edge language model for coding released December 2024.", _RETIRED,
           "codestral-latest"),
    Family(("mistral-small-2501",), 32768, 0.3, "chat tools tune",
           "Our latest enterprise-grade small model with the latest version released January "
           "2025.", _RETIRED, "mistral-small-latest"),
    Family(("mistral-embed-2312", "mistral-embed"), 8192, None, "",
           "Official mistral-embed-2312 Mistral AI model"),
    Family(("codestral-embed", "codestral-embed-2505"), 8192, None, "",
           "Official codestral-embed Mistral AI model"),
    Family(("mistral-moderation-2411", "mistral-moderation-latest"), 8192, None,
           "classify moderate", "Official mistral-moderation-2411 Mistral AI model"),
    Family(("mistral-ocr-2512", "mistral-ocr-latest"), 16384, 0.0, "tools vision ocr",
           "Official mistral-ocr-2512 Mistral AI model"),
    Family(("mistral-ocr-2505",), 16384, 0.0, "tools vision ocr",
           "Official mistral-ocr-2505 Mistral AI model"),
    Family(("mistral-ocr-2503",), 16384, 0.0, "tools vision ocr",
           "Official mistral-ocr-2503 Mistral AI model", "2026-03-31T12:00:00Z",
           "mistral-ocr-latest"),
)  # fmt: skip
FAMILY_OF: Final = {model_id: family for family in FAMILIES for model_id in family.ids}
MODEL_IDS: Final = tuple(FAMILY_OF)
# A model added with --model: what a chat model of today can do.
ADDED = Family((), 131072, 0.3, "chat tools fim tune vision", "")


def is_fine_tuned(model_id: str) -> bool:
    return model_id.startswith("ft:") and len(model_id) > 3


def accepts(model_id: str, extra: frozenset[str] = frozenset()) -> bool:
    """Whether a request may name MODEL_ID: a catalogue id, an added one, or a fine-tuned id."""
    return model_id in FAMILY_OF or model_id in extra or is_fine_tuned(model_id)


def model_card(model_id: str, created: int) -> dict[str, Any]:
    """The ModelCard of MODEL_ID, in the shape of the recorded ``GET /v1/models`` answer.

    A fine-tuned id gets its base model's capabilities and the fields of Mistral's
    FTModelCard (``job``, ``root``, ``archived``); an id outside the catalogue gets
    those of a current chat model.
    """
    fine_tuned = is_fine_tuned(model_id)
    root = model_id.split(":")[1] if fine_tuned else model_id
    family = FAMILY_OF.get(root, ADDED)
    flags = set(family.flags.split())
    card: dict[str, Any] = {
        "id": model_id,
        "object": "model",
        "created": created,
        "owned_by": "mistralai",
        "capabilities": {key: name in flags for name, key in CAPABILITY_FLAGS.items()},
        "name": model_id,
        "description": family.description or f"{model_id} (added to the embedded server)",
        "max_context_length": family.context,
        "aliases": [other for other in family.ids if other != model_id],
        "deprecation": family.deprecation,
        "deprecation_replacement_model": family.replacement,
        "default_model_temperature": family.temperature,
        "type": "base",
    }
    if fine_tuned:
        digest = hashlib.sha256(model_id.encode()).hexdigest()
        card.update(
            type="fine-tuned",
            owned_by=digest[:8],
            name=None,
            description=None,
            aliases=[],
            job=f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}",
            root=root,
            archived=False,
        )
        card["capabilities"]["fine_tuning"] = False
    return card
