"""The generated models users touch: ``from mistral_client.models import UserMessage``.

Everything in the generated package's models is re-exported, so a package generated from
another spec (`make generate SPEC=...`) brings its own names along.
"""

from _mistral_api.models import *  # noqa: F403
from _mistral_api.models import __all__ as __all__
from _mistral_api.types import UNSET as UNSET
from _mistral_api.types import Unset as Unset
