from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.basic_model_usage_data_json import BasicModelUsageDataJSON
else:
    BasicModelUsageDataJSON = _Lazy(globals(), "basic_model_usage_data_json", "BasicModelUsageDataJSON")


T = TypeVar("T", bound="LibrariesAPIUsageDataJSON")


class LibrariesAPIUsageDataJSON:
    """
    Attributes:
        pages (BasicModelUsageDataJSON):
        tokens (BasicModelUsageDataJSON):
        audio_seconds (BasicModelUsageDataJSON):
    """

    __slots__ = ("additional_properties", "audio_seconds", "pages", "tokens")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "pages",
        "tokens",
        "audio_seconds",
    )

    pages: BasicModelUsageDataJSON
    tokens: BasicModelUsageDataJSON
    audio_seconds: BasicModelUsageDataJSON
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pages: BasicModelUsageDataJSON,
        tokens: BasicModelUsageDataJSON,
        audio_seconds: BasicModelUsageDataJSON,
    ) -> None:
        self.pages = pages
        self.tokens = tokens
        self.audio_seconds = audio_seconds
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                pages = self.pages.to_dict()
            except AttributeError:
                if isinstance(self.pages, BasicModelUsageDataJSON):
                    raise
                pages = _as_dict(self.pages, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "pages")
            raise

        try:
            try:
                tokens = self.tokens.to_dict()
            except AttributeError:
                if isinstance(self.tokens, BasicModelUsageDataJSON):
                    raise
                tokens = _as_dict(self.tokens, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tokens")
            raise

        try:
            try:
                audio_seconds = self.audio_seconds.to_dict()
            except AttributeError:
                if isinstance(self.audio_seconds, BasicModelUsageDataJSON):
                    raise
                audio_seconds = _as_dict(self.audio_seconds, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "audio_seconds")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pages": pages,
                "tokens": tokens,
                "audio_seconds": audio_seconds,
            }
        )

        return field_dict

    def model_dump(self) -> dict[str, Any]:
        """This model as JSON-ready data: to_dict(), under the name pydantic and Mistral's SDK use."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """This model as JSON text: compact, or indented by `indent` spaces (pydantic's name)."""
        return _dump_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pages = BasicModelUsageDataJSON.from_dict(d.pop("pages"))

        tokens = BasicModelUsageDataJSON.from_dict(d.pop("tokens"))

        audio_seconds = BasicModelUsageDataJSON.from_dict(d.pop("audio_seconds"))

        libraries_api_usage_data_json = cls(
            pages,
            tokens,
            audio_seconds,
        )

        libraries_api_usage_data_json.additional_properties = d
        return libraries_api_usage_data_json

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
