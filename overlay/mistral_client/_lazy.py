"""The generated models for overlay modules: ``from ._lazy import models``, then ``models.Tool``.

Importing every generated model costs most of a second (972 models on the 2026-08-13 spec);
a script that only builds a client should not pay it. The generated ``_mistral_api.models``
package is lazy itself (its ``__init__`` imports a model's module on first access to its name,
see templates/models_init.py.jinja), so importing it here costs one name table, and the hot
path reads plain attributes after the first access. Overlay modules use this name rather than
:mod:`mistral_client.models`, the public facade, which sits a layer above them.
"""

from __future__ import annotations

import _mistral_api.models as models

__all__ = ["models"]
