"""The generated resources the overlay extends: the one place that names their modules.

`scripts/prepare_spec.py` puts the resource that spec/names.yaml calls `a.b` in the module
`_mistral_api.api.a_b`, as the class `AB`, whatever the spec's tags say; the namespaces between
the client and a resource (`client.batch`) are in `_mistral_api.api`. So these imports follow
from our names table, and a regeneration that moved one fails here, at import and under mypy,
not in a user's call.
"""

from __future__ import annotations

from _mistral_api.api import Batch as BatchNamespace
from _mistral_api.api import Resources
from _mistral_api.api.batch_jobs import BatchJobs
from _mistral_api.api.chat import Chat as ChatResource
from _mistral_api.api.files import Files as FilesResource

__all__ = ["BatchJobs", "BatchNamespace", "ChatResource", "FilesResource", "Resources"]
