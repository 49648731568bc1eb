"""Generated models, imported on first use rather than with `import mistral_client`.

Importing all generated models costs ~50 ms (bench/run.py, cold import); a script that only
builds a client, or an app at start-up, should not pay it. After the first access each name
is a plain attribute, so the hot path pays nothing more.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any


class _LazyModule:
    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        value = getattr(self._module, attribute)
        setattr(self, attribute, value)
        return value


__all__ = ["models"]

if TYPE_CHECKING:
    import _mistral_api.models as models
else:
    models = _LazyModule("_mistral_api.models")
