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
    from ..models.batch_request_body import BatchRequestBody
else:
    BatchRequestBody = _Lazy(globals(), "batch_request_body", "BatchRequestBody")


T = TypeVar("T", bound="BatchRequest")


class BatchRequest:
    """
    Attributes:
        body (BatchRequestBody):
        custom_id (None | str | Unset):
    """

    __slots__ = ("additional_properties", "body", "custom_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "body",
        "custom_id",
    )

    body: BatchRequestBody
    custom_id: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        body: BatchRequestBody,
        custom_id: None | str | Unset = UNSET,
    ) -> None:
        self.body = body
        self.custom_id = custom_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                body = self.body.to_dict()
            except AttributeError:
                if isinstance(self.body, BatchRequestBody):
                    raise
                body = _as_dict(self.body, "BatchRequestBody")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "body")
            raise

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id

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
        body = BatchRequestBody.from_dict(d.pop("body"))

        custom_id: None | str | Unset = d.pop("custom_id", UNSET)

        batch_request = cls(
            body,
            custom_id,
        )

        batch_request.additional_properties = d
        return batch_request

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
