"""Apply spec/corrections.yaml, an OpenAPI Overlay 1.0 document, to Mistral's published spec.

Overlay 1.0 (https://spec.openapis.org/overlay/v1.0.0): a list of actions, each a JSONPath
(RFC 9535) `target` with an `update` (merged into every node the target selects) or
`remove: true` (every selected node is removed from its parent). JSONPath is python-jsonpath's
(strict RFC 9535 mode); the two action kinds are applied here, since no maintained Python
library applies overlays with the reporting we need: a correction whose target selects nothing
is *stale* (Mistral fixed or moved what it corrected) and is listed, never dropped silently; one
that cannot apply (an object merged into a list or a scalar, a malformed action) fails with one
line naming the action.

Our extensions, per action: `x-evidence`, the recordings in ../shared/cassettes/upstream that
prove the correction (paths relative to that folder; tests check that they exist).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath
import yaml

Json = Any
_ENV = jsonpath.JSONPathEnvironment(strict=True)


class CorrectionError(Exception):
    """A corrections document that cannot be read or applied (one line)."""


@dataclass
class Action:
    """One action of the overlay; INDEX counts from 1 as a reader of the file does."""

    index: int
    target: str
    description: str
    update: Json = None
    remove: bool = False
    evidence: list[str] = field(default_factory=list)

    def label(self) -> str:
        summary = self.description.strip().splitlines()[0] if self.description.strip() else ""
        return f"#{self.index} {self.target}" + (f" ({summary})" if summary else "")


def load(path: Path) -> list[Action]:
    """The actions of the Overlay 1.0 document at PATH."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorrectionError(f"{path}: cannot read the corrections: {exc}") from exc
    if not isinstance(raw, dict) or not str(raw.get("overlay", "")).startswith("1."):
        raise CorrectionError(f"{path}: not an OpenAPI Overlay 1.x document (`overlay: 1.0.0`)")
    actions = []
    for index, entry in enumerate(raw.get("actions") or [], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("target"), str):
            raise CorrectionError(f"{path}: action #{index} has no `target`")
        if ("update" in entry) == bool(entry.get("remove")):
            raise CorrectionError(
                f"{path}: action #{index} ({entry['target']}) needs exactly one of "
                "`update` or `remove: true`"
            )
        try:
            _ENV.compile(entry["target"])
        except jsonpath.JSONPathError as exc:
            raise CorrectionError(
                f"{path}: action #{index}: invalid JSONPath {entry['target']!r}: {exc}"
            ) from exc
        actions.append(
            Action(
                index=index,
                target=entry["target"],
                description=str(entry.get("description") or ""),
                update=entry.get("update"),
                remove=bool(entry.get("remove")),
                evidence=[str(e) for e in entry.get("x-evidence") or []],
            )
        )
    return actions


@dataclass
class Applied:
    """What applying the corrections did: one line per action, and the stale ones."""

    lines: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)


def apply(document: Json, actions: list[Action]) -> Applied:
    """Apply ACTIONS to DOCUMENT in order, in place.

    Raises:
        CorrectionError: an action that conflicts with the document.
    """
    result = Applied()
    for action in actions:
        matches = list(_ENV.finditer(action.target, document))
        if not matches:
            result.stale.append(action.label())
            result.lines.append(f"[corrections] STALE {action.label()}: selects nothing")
            continue
        if action.remove:
            # Deepest and last first, so removing one node leaves the others' indices valid.
            for match in sorted(matches, key=lambda m: m.parts, reverse=True):
                parent = _parent(document, match.parts, action)
                del parent[match.parts[-1]]
        else:
            for match in matches:
                _update(match.parts, match.obj, action)
        verb = "removed" if action.remove else "updated"
        result.lines.append(f"[corrections] {verb} {len(matches)} node(s): {action.label()}")
    return result


def _parent(document: Json, parts: tuple[Any, ...], action: Action) -> Any:
    if not parts:
        raise CorrectionError(f"corrections {action.label()}: cannot remove the document itself")
    node = document
    for part in parts[:-1]:
        node = node[part]
    return node


def _update(parts: tuple[Any, ...], node: Json, action: Action) -> None:
    """Overlay 1.0 update: merge an object into an object, append to an array."""
    if isinstance(node, dict) and isinstance(action.update, dict):
        _merge(node, action.update, action, "/".join(map(str, parts)))
    elif isinstance(node, list):
        node.append(action.update)
    else:
        raise CorrectionError(
            f"corrections {action.label()}: conflicts: cannot merge "
            f"{type(action.update).__name__} into the {type(node).__name__} at "
            f"{'/'.join(map(str, parts)) or 'the root'}"
        )


def _merge(node: dict[str, Json], update: dict[str, Json], action: Action, where: str) -> None:
    for key, value in update.items():
        current = node.get(key)
        if isinstance(value, dict) and isinstance(current, dict):
            _merge(current, value, action, f"{where}/{key}")
        elif isinstance(value, dict) and current is not None:
            raise CorrectionError(
                f"corrections {action.label()}: conflicts: {where}/{key} is a "
                f"{type(current).__name__}, the update gives an object"
            )
        else:
            node[key] = value
