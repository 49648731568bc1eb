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
    from ..models.json_payload_response import JSONPayloadResponse
else:
    JSONPayloadResponse = _Lazy(globals(), "json_payload_response", "JSONPayloadResponse")


T = TypeVar("T", bound="CustomTaskStartedAttributesResponse")


class CustomTaskStartedAttributesResponse:
    """Attributes for custom task started events.

    Attributes:
        custom_task_id (str): Unique identifier for the custom task within the workflow.
        custom_task_type (str): The type/category of the custom task (e.g., 'llm_call', 'api_request').
        payload (JSONPayloadResponse | Unset): A payload containing arbitrary JSON data.

            Used for complete state snapshots or final results.
            When encrypted, the value field contains base64-encoded encrypted data
            and encoding_options indicates the type of encryption applied.
    """

    __slots__ = ("additional_properties", "custom_task_id", "custom_task_type", "payload")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "custom_task_id",
        "custom_task_type",
        "payload",
    )

    custom_task_id: str
    custom_task_type: str
    payload: JSONPayloadResponse | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        custom_task_id: str,
        custom_task_type: str,
        payload: JSONPayloadResponse | Unset = UNSET,
    ) -> None:
        self.custom_task_id = custom_task_id
        self.custom_task_type = custom_task_type
        self.payload = payload
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

        try:
            payload: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payload, Unset):
                try:
                    payload = self.payload.to_dict()
                except AttributeError:
                    if isinstance(self.payload, JSONPayloadResponse):
                        raise
                    payload = _as_dict(self.payload, "JSONPayloadResponse")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "payload")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_task_id": custom_task_id,
                "custom_task_type": custom_task_type,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

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
        custom_task_id = d.pop("custom_task_id")

        custom_task_type = d.pop("custom_task_type")

        _payload = d.pop("payload", UNSET)
        payload: JSONPayloadResponse | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = JSONPayloadResponse.from_dict(_payload)

        custom_task_started_attributes_response = cls(
            custom_task_id,
            custom_task_type,
            payload,
        )

        custom_task_started_attributes_response.additional_properties = d
        return custom_task_started_attributes_response

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
