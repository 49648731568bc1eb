"""Moderation, classification, OCR and audio replies: pure functions of what was sent.

Like the chat replies (`_replies`), the same input always gets the same answer:

- moderation scores each of Mistral's nine categories from the words of the input (a word of
  the category's list lifts its score above 0.5, which flags it), a small hash-derived score
  otherwise; classification scores the same categories as one target, the scores adding to 1;
- OCR answers a page of markdown per page of the document, the page count read from the PDF
  (its ``/Type /Page`` objects) and the page size from its ``/MediaBox``, at 200 dpi as Mistral
  reports it; an image or a URL the server cannot fetch (it stays offline) is one page;
- transcription answers a fixed text whose segments are timed across the audio's duration (read
  from a WAV file's header with the standard library's ``wave``, else a speaking pace);
- speech answers a silent WAV whose length follows the text, base64-encoded.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import re
import struct
import wave
from collections.abc import Callable
from typing import Any

from . import _replies

# Mistral's moderation categories (the spec's example response lists them).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "sexual": ("sex", "sexual", "nude", "porn", "explicit"),
    "hate_and_discrimination": ("hate", "racist", "racism", "inferior", "slur", "bigot"),
    "violence_and_threats": ("kill", "murder", "attack", "hurt", "threat", "weapon", "shoot"),
    "dangerous_and_criminal_content": ("bomb", "explosive", "steal", "hack", "drug", "crime"),
    "selfharm": ("suicide", "selfharm", "self-harm", "cut myself", "end my life"),
    "health": ("diagnosis", "symptom", "medicine", "dose", "disease", "doctor"),
    "financial": ("invest", "stock", "loan", "crypto", "bitcoin", "mortgage"),
    "law": ("lawyer", "lawsuit", "legal", "court", "sue", "contract"),
    "pii": ("password", "passport", "ssn", "social security", "credit card", "address"),
}
FLAG_THRESHOLD = 0.5
TRANSCRIPT = (
    "This is a transcript from the embedded Mistral-compatible server. "
    "The audio was received and its duration measured. "
    "Every request gets this same text, timed across the audio."
)
WORDS_PER_SECOND = 2.5
# A stored file by id: (its name, its bytes), or None.
StoredFiles = Callable[[str], tuple[str, bytes] | None]
PDF_DPI = 200
CHUNK = 1024  # bytes of audio per speech stream event
LETTER_POINTS = (612.0, 792.0)  # a page without a MediaBox: US Letter, 8.5 x 11 inches


def _score(text: str, category: str) -> float:
    """The category's score for TEXT: above the threshold when a word of its list appears."""
    lowered = text.lower()
    hits = sum(1 for word in CATEGORIES[category] if re.search(rf"\b{re.escape(word)}", lowered))
    digest = hashlib.sha256(f"{category}\0{text}".encode()).digest()
    base = int.from_bytes(digest[:4], "big") / 2**32 * 0.01  # under 1%: a clean text
    return round(min(0.999, base + (0.6 + 0.1 * (hits - 1) if hits else 0.0)), 6)


def moderation_result(text: str) -> dict[str, Any]:
    scores = {category: _score(text, category) for category in CATEGORIES}
    return {
        "categories": {category: score > FLAG_THRESHOLD for category, score in scores.items()},
        "category_scores": scores,
    }


def _texts(given: Any) -> list[str]:
    return [given] if isinstance(given, str) else [str(item) for item in given or []]


def _conversations(given: Any) -> list[str]:
    """The text of each conversation of a chat moderation input (messages, or lists of them)."""
    items = given if isinstance(given, list) else []
    if items and all(isinstance(item, list) for item in items):
        return [
            " ".join(_replies.text_of(m.get("content")) for m in c if isinstance(m, dict))
            for c in items
        ]
    return [" ".join(_replies.text_of(m.get("content")) for m in items if isinstance(m, dict))]


def moderation(body: dict[str, Any]) -> dict[str, Any]:
    """The ModerationResponse for a /v1/moderations body: one result per input text."""
    results = [moderation_result(text) for text in _texts(body.get("input"))]
    return {"id": _replies.completion_id(body), "model": body.get("model"), "results": results}


def chat_moderation(body: dict[str, Any]) -> dict[str, Any]:
    """The ModerationResponse for a /v1/chat/moderations body: one result per conversation."""
    results = [moderation_result(text) for text in _conversations(body.get("input"))]
    return {"id": _replies.completion_id(body), "model": body.get("model"), "results": results}


def classification_result(text: str) -> dict[str, Any]:
    """One target, `category`, whose labels are the moderation categories (scores sum to 1)."""
    raw = {category: _score(text, category) + 0.001 for category in CATEGORIES}
    total = sum(raw.values())
    return {"category": {"scores": {k: round(v / total, 6) for k, v in raw.items()}}}


def classification(body: dict[str, Any]) -> dict[str, Any]:
    """The ClassificationResponse for a /v1/classifications body."""
    results = [classification_result(text) for text in _texts(body.get("input"))]
    return {"id": _replies.completion_id(body), "model": body.get("model"), "results": results}


def chat_classification(body: dict[str, Any]) -> dict[str, Any]:
    """The ClassificationResponse for a /v1/chat/classifications body."""
    given = body.get("input")
    if isinstance(given, dict):  # one conversation: {"messages": [...]}
        given = [given]
    texts = [
        " ".join(
            _replies.text_of(m.get("content"))
            for m in item.get("messages") or []
            if isinstance(m, dict)
        )
        if isinstance(item, dict)
        else str(item)
        for item in given or []
    ]
    results = [classification_result(text) for text in texts]
    return {"id": _replies.completion_id(body), "model": body.get("model"), "results": results}


# ------------------------------------------------------------------ OCR


def pdf_pages(content: bytes) -> int:
    """How many pages a PDF has: its ``/Type /Page`` objects (``/Pages`` is the tree, not one).

    A regular expression rather than a PDF library: the count is all the server needs, and
    page objects inside compressed object streams (PDF 1.5) are not counted, giving one page.
    """
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", content))


def pdf_page_size(content: bytes) -> tuple[float, float]:
    """The first ``/MediaBox`` of a PDF, in points (US Letter when it has none)."""
    number = rb"(-?\d+(?:\.\d+)?)"
    box = re.search(rb"/MediaBox\s*\[\s*" + rb"\s+".join([number] * 4) + rb"\s*\]", content)
    if box is None:
        return LETTER_POINTS
    x0, y0, x1, y1 = (float(v) for v in box.groups())
    return abs(x1 - x0), abs(y1 - y0)


def document_bytes(document: dict[str, Any], files: StoredFiles) -> tuple[bytes, str]:
    """The bytes of an OCR document and its name: a stored file, or a data: URL's payload.

    A remote URL gives no bytes (the server is offline): its last path segment names it.
    """
    if "file_id" in document or document.get("type") == "file":
        name, content = files(str(document.get("file_id"))) or (str(document.get("file_id")), b"")
        return content, name
    url = document.get("document_url") or document.get("image_url") or ""
    url = str(url.get("url") or "") if isinstance(url, dict) else str(url)
    given = document.get("document_name")
    if url.startswith("data:") and "," in url:
        header, _, payload = url.partition(",")
        try:
            data = base64.b64decode(payload) if header.endswith(";base64") else payload.encode()
        except ValueError:
            data = b""
        return data, str(given or "document")
    return b"", str(given or url.rsplit("/", 1)[-1].split("?", 1)[0] or "document")


def ocr(body: dict[str, Any], files: StoredFiles) -> dict[str, Any]:
    """The OCRResponse for BODY (see the module docstring); FILES reads a stored file."""
    given = body.get("document")
    document: dict[str, Any] = given if isinstance(given, dict) else {}
    content, name = document_bytes(document, files)
    is_pdf = content.startswith(b"%PDF")
    count = max(pdf_pages(content), 1) if is_pdf else 1
    wanted = body.get("pages")
    indexes = list(range(count))
    if isinstance(wanted, list):
        indexes = [i for i in wanted if isinstance(i, int) and 0 <= i < count]
    elif isinstance(wanted, str) and wanted.strip():
        indexes = [i for i in _page_range(wanted) if 0 <= i < count]
    width, height = pdf_page_size(content) if is_pdf else LETTER_POINTS
    dimensions = {
        "dpi": PDF_DPI,
        "height": round(height / 72 * PDF_DPI),
        "width": round(width / 72 * PDF_DPI),
    }
    digest = hashlib.sha256(content or name.encode()).hexdigest()[:12]
    pages: list[dict[str, Any]] = [
        {
            "index": index,
            "markdown": f"# {name}\n\nPage {index + 1} of {count}, read by the embedded "
            f"Mistral-compatible server (document {digest}).",
            "images": [],
            "tables": [],
            "hyperlinks": [],
            "dimensions": dimensions,
            "header": None,
            "footer": None,
        }
        for index in indexes
    ]
    annotation = None
    fmt = body.get("document_annotation_format")
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema") or {}
        annotation = json.dumps(_replies.example_for(schema))
    return {
        "pages": pages,
        "model": body.get("model"),
        "document_annotation": annotation,
        "usage_info": {"pages_processed": len(pages), "doc_size_bytes": len(content) or None},
    }


def _page_range(text: str) -> list[int]:
    """'0-2,5' -> [0, 1, 2, 5]."""
    found: list[int] = []
    for part in text.split(","):
        low, _, high = part.strip().partition("-")
        if low.isdigit() and (not high or high.isdigit()):
            found += range(int(low), int(high or low) + 1)
    return found


# ------------------------------------------------------------------ audio


def audio_seconds(content: bytes) -> float | None:
    """A WAV file's duration from its header (None for other formats)."""
    try:
        with wave.open(io.BytesIO(content)) as audio:
            return float(audio.getnframes()) / float(audio.getframerate() or 1)
    except (wave.Error, EOFError, struct.error):
        return None


def transcription(body: dict[str, Any], audio: bytes) -> dict[str, Any]:
    """The TranscriptionResponse for BODY: the fixed text, its segments timed across AUDIO."""
    sentences = [s for s in re.split(r"(?<=\.)\s+", TRANSCRIPT) if s]
    words = [len(s.split()) for s in sentences]
    duration = audio_seconds(audio) or sum(words) / WORDS_PER_SECOND
    segments, start = [], 0.0
    diarize = body.get("diarize") is True
    for number, (sentence, count) in enumerate(zip(sentences, words, strict=True)):
        end = round(start + duration * count / sum(words), 2)
        segment: dict[str, Any] = {
            "type": "transcription_segment",
            "text": sentence,
            "start": round(start, 2),
            "end": end,
        }
        if diarize:
            segment["speaker_id"] = f"speaker_{number % 2}"
        segments.append(segment)
        start = end
    language = body.get("language") or "en"
    seconds = math.ceil(duration)
    tokens = len(TRANSCRIPT.split())
    return {
        "model": body.get("model"),
        "text": TRANSCRIPT,
        "language": language,
        "segments": segments,
        "usage": {
            "prompt_audio_seconds": seconds,
            "prompt_tokens": seconds * 4,
            "completion_tokens": tokens,
            "total_tokens": seconds * 4 + tokens,
        },
    }


def transcription_events(result: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The transcription as the events of its stream: language, text deltas, segments, done."""
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "transcription.language",
            {"type": "transcription.language", "audio_language": result["language"]},
        ),
    ]
    for piece in _replies._pieces(result["text"]):
        events.append(
            ("transcription.text.delta", {"type": "transcription.text.delta", "text": piece})
        )
    for segment in result["segments"]:
        delta = {**segment, "type": "transcription.segment"}
        events.append(("transcription.segment", delta))
    events.append(("transcription.done", {**result, "type": "transcription.done"}))
    return events


def silent_wav(seconds: float, rate: int = 8000) -> bytes:
    """SECONDS of 8 kHz mono silence as a WAV file (the standard library's ``wave``)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(1)
        audio.setframerate(rate)
        audio.writeframes(b"\x80" * int(seconds * rate))
    return out.getvalue()


def speech_audio(body: dict[str, Any]) -> bytes:
    """The audio of a speech request: as long as the text takes to say, silent."""
    words = len(str(body.get("input") or "").split())
    return silent_wav(max(words / WORDS_PER_SECOND, 0.2))


def speech(body: dict[str, Any]) -> dict[str, Any]:
    return {"audio_data": base64.b64encode(speech_audio(body)).decode()}


def speech_events(body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The speech as the events of its stream: the audio in chunks of 1 KiB, then done."""
    audio = speech_audio(body)
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "speech.audio.delta",
            {
                "type": "speech.audio.delta",
                "audio_data": base64.b64encode(audio[i : i + CHUNK]).decode(),
            },
        )
        for i in range(0, len(audio), CHUNK)
    ]
    words = len(str(body.get("input") or "").split())
    usage = {
        "prompt_tokens": words,
        "completion_tokens": len(audio) // CHUNK + 1,
        "total_tokens": words + len(audio) // CHUNK + 1,
    }
    events.append(("speech.audio.done", {"type": "speech.audio.done", "usage": usage}))
    return events
