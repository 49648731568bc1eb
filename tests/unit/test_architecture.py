"""The overlay's modules import only downward: no cycles, and the layers read in one direction."""

from __future__ import annotations

import ast
from pathlib import Path

import mistral_client

PACKAGE = Path(mistral_client.__file__).parent

# Lowest first. A module may import modules of its own layer or of a lower one; a new module
# gets its place here when it is written.
LAYERS: list[tuple[str, set[str]]] = [
    (
        "types",
        {
            "_version",
            "_constants",
            "_lazy",
            "_types",
            "_parsed",
            "_cassettes",
            "_resources",
        },
    ),
    ("errors", {"_exceptions", "_hints"}),
    ("retry", {"_retry"}),
    ("send path", {"_http", "_pools", "_streaming", "_tls", "_transport"}),
    ("resources", {"_batch", "_bulk", "_chat", "_files", "_parse", "_tools"}),
    ("client", {"_client"}),
    # models re-exports the SDK's error names (spec/sdk_names.yaml) from errors.
    ("facade", {"__init__", "errors", "models"}),
    (
        "server",
        {
            "server._catalogue",
            "server._spec",
            "server._examples",
            "server._state",
            "server._inference",
            "server._conversations",
            "server",
            "server._app",
            "server._batch",
            "server._replies",
        },
    ),
    ("testing kit", {"testing", "testing.cassettes", "testing.pytest_plugin"}),
    ("applications", {"_cli", "demo"}),
]
LAYER = {module: rank for rank, (_, modules) in enumerate(LAYERS) for module in modules}


def module_name(path: Path) -> str:
    """'_chat' for _chat.py, 'server' for server/__init__.py, '__init__' for the package's."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def package_of(module: str, path: Path) -> list[str]:
    """The package a module's relative imports start from, as parts below mistral_client."""
    parts = [] if module == "__init__" else module.split(".")
    return parts if path.name == "__init__.py" else parts[:-1]


def imported(path: Path, modules: set[str]) -> set[str]:
    """The overlay modules PATH imports anywhere: top level, functions, TYPE_CHECKING blocks."""
    module = module_name(path)
    found: set[str] = set()

    def add(parts: list[str]) -> None:
        # The longest prefix that is an overlay module (`_http.Call` -> `_http`).
        for end in range(len(parts), 0, -1):
            name = ".".join(parts[:end])
            if name in modules:
                found.add(name)
                return
        found.add("__init__")

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "mistral_client":
                    add(parts[1:])
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        written = node.module.split(".") if node.module else []
        if node.level:
            base = package_of(module, path)
            target = base[: len(base) - node.level + 1] + written
        elif written[:1] == ["mistral_client"]:
            target = written[1:]
        else:
            continue
        # `from . import errors, _retry` imports modules; `from ._http import Call` a name.
        names = [[*target, alias.name] for alias in node.names]
        submodules = [name for name in names if ".".join(name) in modules]
        for name in submodules:
            add(name)
        if len(submodules) < len(names):
            add(target)
    found.discard(module)
    return found


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imported(p, modules) for p in paths}


def test_every_overlay_module_has_a_layer():
    """A module nobody placed in LAYERS fails here, so its imports are checked from day one."""
    assert set(import_graph()) - set(LAYER) == set()


def test_overlay_modules_import_only_their_layer_or_below():
    """No import points up a layer, TYPE_CHECKING-only imports included."""
    upward = [
        f"{module} ({LAYERS[LAYER[module]][0]}) imports {target} ({LAYERS[LAYER[target]][0]})"
        for module, targets in import_graph().items()
        for target in sorted(targets)
        if module in LAYER and target in LAYER and LAYER[target] > LAYER[module]
    ]
    assert upward == []


def test_overlay_import_graph_has_no_cycles():
    """No module reaches itself through its imports (within a layer as well)."""
    graph = import_graph()
    cycles: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_import_graph_sees_type_checking_and_function_level_imports():
    """The parser finds the kinds of import a cycle hides in."""
    graph = import_graph()
    assert "_mistral_api" not in graph["_lazy"]  # outside the overlay: not an edge
    assert "_types" in graph["_chat"]  # imported under TYPE_CHECKING only
    assert "server" in graph["_cli"]  # imported inside a function
    assert {"server", "_cassettes"} <= graph["testing"] | graph["testing.cassettes"]
