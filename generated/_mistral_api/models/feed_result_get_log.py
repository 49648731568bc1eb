from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.get_log import GetLog
else:
    GetLog = _Lazy(globals(), "get_log", "GetLog")


T = TypeVar("T", bound="FeedResultGetLog")


class FeedResultGetLog:
    """
    Attributes:
        results (list[GetLog] | Unset):
        next_ (None | str | Unset):
        cursor (None | str | Unset):
    """

    __slots__ = ("additional_properties", "cursor", "next_", "results")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "results",
        "next_",
        "cursor",
    )

    results: list[GetLog] | Unset
    next_: None | str | Unset
    cursor: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        results: list[GetLog] | Unset = UNSET,
        next_: None | str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
    ) -> None:
        self.results = results
        self.next_ = next_
        self.cursor = cursor
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            results: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.results, Unset):
                results = []
                try:
                    for results_item_data in self.results:
                        try:
                            results_item = results_item_data.to_dict()
                        except AttributeError:
                            if isinstance(results_item_data, GetLog):
                                raise
                            results_item = _as_dict(results_item_data, "GetLog")
                        results.append(results_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(results))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "results")
            raise

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results
        if next_ is not UNSET:
            field_dict["next"] = next_
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

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
        _results = d.pop("results", UNSET)
        results: list[GetLog] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = GetLog.from_dict(results_item_data)

                results.append(results_item)

        next_: None | str | Unset = d.pop("next", UNSET)

        cursor: None | str | Unset = d.pop("cursor", UNSET)

        feed_result_get_log = cls(
            results,
            next_,
            cursor,
        )

        feed_result_get_log.additional_properties = d
        return feed_result_get_log

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
