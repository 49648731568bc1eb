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
    from ..models.schedule_definition_output import ScheduleDefinitionOutput
else:
    ScheduleDefinitionOutput = _Lazy(globals(), "schedule_definition_output", "ScheduleDefinitionOutput")


T = TypeVar("T", bound="WorkflowScheduleListResponse")


class WorkflowScheduleListResponse:
    """
    Attributes:
        schedules (list[ScheduleDefinitionOutput]): A list of workflow schedules
        next_page_token (None | str | Unset): Token for the next page of results
    """

    __slots__ = ("additional_properties", "next_page_token", "schedules")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "schedules",
        "next_page_token",
    )

    schedules: list[ScheduleDefinitionOutput]
    next_page_token: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        schedules: list[ScheduleDefinitionOutput],
        next_page_token: None | str | Unset = UNSET,
    ) -> None:
        self.schedules = schedules
        self.next_page_token = next_page_token
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            schedules = []
            try:
                for schedules_item_data in self.schedules:
                    try:
                        schedules_item = schedules_item_data.to_dict()
                    except AttributeError:
                        if isinstance(schedules_item_data, ScheduleDefinitionOutput):
                            raise
                        schedules_item = _as_dict(schedules_item_data, "ScheduleDefinitionOutput")
                    schedules.append(schedules_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(schedules))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "schedules")
            raise

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedules": schedules,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

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
        schedules = []
        _schedules = d.pop("schedules")
        for schedules_item_data in _schedules:
            schedules_item = ScheduleDefinitionOutput.from_dict(schedules_item_data)

            schedules.append(schedules_item)

        next_page_token: None | str | Unset = d.pop("next_page_token", UNSET)

        workflow_schedule_list_response = cls(
            schedules,
            next_page_token,
        )

        workflow_schedule_list_response.additional_properties = d
        return workflow_schedule_list_response

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
