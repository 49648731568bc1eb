"""The namespace tree: `Resources` and the namespaces between it and the generated resources.

Each resource is imported on first access (a `functools.cached_property`), so a client pays
only for the resources it uses. `Resources` is the base of the client class.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..client import Transport

if TYPE_CHECKING:
    from .batch_jobs import BatchJobs
    from .chat import Chat
    from .embeddings import Embeddings
    from .files import Files
    from .fim import Fim
    from .models import Models


class Batch:
    """`client.batch`: a namespace."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def jobs(self) -> BatchJobs:
        """`client.batch.jobs`."""
        from .batch_jobs import BatchJobs

        return BatchJobs(self._transport)


class Resources:
    """Every resource of the API, as typed attributes."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def batch(self) -> Batch:
        """`client.batch`."""
        return Batch(self._transport)

    @functools.cached_property
    def chat(self) -> Chat:
        """`client.chat`."""
        from .chat import Chat

        return Chat(self._transport)

    @functools.cached_property
    def embeddings(self) -> Embeddings:
        """`client.embeddings`."""
        from .embeddings import Embeddings

        return Embeddings(self._transport)

    @functools.cached_property
    def files(self) -> Files:
        """`client.files`."""
        from .files import Files

        return Files(self._transport)

    @functools.cached_property
    def fim(self) -> Fim:
        """`client.fim`."""
        from .fim import Fim

        return Fim(self._transport)

    @functools.cached_property
    def models(self) -> Models:
        """`client.models`."""
        from .models import Models

        return Models(self._transport)
