"""Load recorded HTTP traffic: ``from mistral_client.testing.cassettes import load_cassette``.

The loader lives in ``mistral_client._cassettes``, below both this kit and the embedded server
that replays cassettes, so neither imports the other for it.
"""

from .._cassettes import Interaction, load_cassette

__all__ = ["Interaction", "load_cassette"]
