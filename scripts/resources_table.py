"""Print the README's "Resources and methods" table from the generated `Resources` tree.

    python scripts/resources_table.py

Walks the generated `Resources` tree, `Mistral`'s base class (what `make generate` wrote:
every operation of the spec), and the same tree on a `Mistral` client; a method the client has
and the generated resource lacks is a hand-written extension of the overlay. Only sync names are
listed: each has an `_async` twin, and every generated one is also under `with_raw_response`.
Nothing is sent: the generated resources are built with no transport, and the client is closed
before its first request.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from typing import Any

SKIP = {"with_raw_response"}


def children(obj: Any) -> list[str]:
    """The sub-resources of OBJ: its public cached properties (`client.batch.jobs`)."""
    names = {
        name
        for cls in type(obj).__mro__
        for name, value in vars(cls).items()
        if isinstance(value, functools.cached_property) and not name.startswith("_")
    }
    return sorted(names - SKIP)


def methods(obj: Any) -> list[str]:
    """The public sync methods of OBJ, in definition order (its `_async` twins left out)."""
    seen: dict[str, None] = {}
    for cls in reversed(type(obj).__mro__):
        for name, value in vars(cls).items():
            if callable(value) and not name.startswith("_") and not name.endswith("_async"):
                seen[name] = None
    return [name for name in seen if name not in SKIP]


def walk(obj: Any, path: str) -> Iterator[tuple[str, Any]]:
    """(dotted path, resource) for every node under OBJ, OBJ itself excluded."""
    for name in children(obj):
        child = getattr(obj, name)
        yield f"{path}.{name}", child
        yield from walk(child, f"{path}.{name}")


def table() -> str:
    """The markdown table: resource, generated methods, hand-written extensions."""
    from mistral_client import Mistral

    with Mistral(api_key="unused") as client:
        ours = dict(walk(client, "client"))
    # The generated tree is the client's generated base class (`Resources`).
    resources = next(c for c in Mistral.__mro__ if c.__module__.startswith("_mistral_api"))
    generated = dict(walk(resources(None), "client"))
    lines = [
        "| resource | methods (generated) | extensions (hand-written) |",
        "|---|---|---|",
    ]
    for path in sorted(ours.keys() | generated.keys()):
        made = methods(generated[path]) if path in generated else []
        extra = [m for m in methods(ours[path]) if m not in made] if path in ours else []
        if made or extra:
            cells = (", ".join(names) or "" for names in (made, extra))
            lines.append(f"| `{path}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(table() + "\n")
