from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.turbine_tool_locale_description_type_0 import TurbineToolLocaleDescriptionType0
    from ..models.turbine_tool_locale_done_description_type_0 import TurbineToolLocaleDoneDescriptionType0
    from ..models.turbine_tool_locale_name_type_0 import TurbineToolLocaleNameType0
    from ..models.turbine_tool_locale_usage_sentence_type_0 import TurbineToolLocaleUsageSentenceType0
    from ..models.turbine_tool_locale_working_description_type_0 import TurbineToolLocaleWorkingDescriptionType0
else:
    TurbineToolLocaleDescriptionType0 = _Lazy(
        globals(), "turbine_tool_locale_description_type_0", "TurbineToolLocaleDescriptionType0"
    )
    TurbineToolLocaleDoneDescriptionType0 = _Lazy(
        globals(), "turbine_tool_locale_done_description_type_0", "TurbineToolLocaleDoneDescriptionType0"
    )
    TurbineToolLocaleNameType0 = _Lazy(globals(), "turbine_tool_locale_name_type_0", "TurbineToolLocaleNameType0")
    TurbineToolLocaleUsageSentenceType0 = _Lazy(
        globals(), "turbine_tool_locale_usage_sentence_type_0", "TurbineToolLocaleUsageSentenceType0"
    )
    TurbineToolLocaleWorkingDescriptionType0 = _Lazy(
        globals(), "turbine_tool_locale_working_description_type_0", "TurbineToolLocaleWorkingDescriptionType0"
    )


T = TypeVar("T", bound="TurbineToolLocale")


class TurbineToolLocale:
    """
    Attributes:
        name (None | TurbineToolLocaleNameType0 | Unset):
        description (None | TurbineToolLocaleDescriptionType0 | Unset):
        usage_sentence (None | TurbineToolLocaleUsageSentenceType0 | Unset):
        working_description (None | TurbineToolLocaleWorkingDescriptionType0 | Unset):
        done_description (None | TurbineToolLocaleDoneDescriptionType0 | Unset):
    """

    __slots__ = (
        "additional_properties",
        "description",
        "done_description",
        "name",
        "usage_sentence",
        "working_description",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "description",
        "usage_sentence",
        "working_description",
        "done_description",
    )

    name: None | TurbineToolLocaleNameType0 | Unset
    description: None | TurbineToolLocaleDescriptionType0 | Unset
    usage_sentence: None | TurbineToolLocaleUsageSentenceType0 | Unset
    working_description: None | TurbineToolLocaleWorkingDescriptionType0 | Unset
    done_description: None | TurbineToolLocaleDoneDescriptionType0 | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: None | TurbineToolLocaleNameType0 | Unset = UNSET,
        description: None | TurbineToolLocaleDescriptionType0 | Unset = UNSET,
        usage_sentence: None | TurbineToolLocaleUsageSentenceType0 | Unset = UNSET,
        working_description: None | TurbineToolLocaleWorkingDescriptionType0 | Unset = UNSET,
        done_description: None | TurbineToolLocaleDoneDescriptionType0 | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.usage_sentence = usage_sentence
        self.working_description = working_description
        self.done_description = done_description
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            name: dict[str, Any] | None | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            elif isinstance(self.name, TurbineToolLocaleNameType0):
                name = self.name.to_dict()
            else:
                name = self.name
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "name")
            raise

        try:
            description: dict[str, Any] | None | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            elif isinstance(self.description, TurbineToolLocaleDescriptionType0):
                description = self.description.to_dict()
            else:
                description = self.description
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "description")
            raise

        try:
            usage_sentence: dict[str, Any] | None | Unset
            if isinstance(self.usage_sentence, Unset):
                usage_sentence = UNSET
            elif isinstance(self.usage_sentence, TurbineToolLocaleUsageSentenceType0):
                usage_sentence = self.usage_sentence.to_dict()
            else:
                usage_sentence = self.usage_sentence
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage_sentence")
            raise

        try:
            working_description: dict[str, Any] | None | Unset
            if isinstance(self.working_description, Unset):
                working_description = UNSET
            elif isinstance(self.working_description, TurbineToolLocaleWorkingDescriptionType0):
                working_description = self.working_description.to_dict()
            else:
                working_description = self.working_description
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "working_description")
            raise

        try:
            done_description: dict[str, Any] | None | Unset
            if isinstance(self.done_description, Unset):
                done_description = UNSET
            elif isinstance(self.done_description, TurbineToolLocaleDoneDescriptionType0):
                done_description = self.done_description.to_dict()
            else:
                done_description = self.done_description
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "done_description")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if usage_sentence is not UNSET:
            field_dict["usage_sentence"] = usage_sentence
        if working_description is not UNSET:
            field_dict["working_description"] = working_description
        if done_description is not UNSET:
            field_dict["done_description"] = done_description

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
        _name_data = d.pop("name", UNSET)
        name: None | TurbineToolLocaleNameType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _name_data is None:
                name = _name_data
                break
            if isinstance(_name_data, Unset):
                name = _name_data
                break
            if isinstance(_name_data, dict):
                try:
                    name_type_0 = TurbineToolLocaleNameType0.from_dict(_name_data)

                    name = name_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            name = cast("None | TurbineToolLocaleNameType0 | Unset", _name_data)
            break

        _description_data = d.pop("description", UNSET)
        description: None | TurbineToolLocaleDescriptionType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _description_data is None:
                description = _description_data
                break
            if isinstance(_description_data, Unset):
                description = _description_data
                break
            if isinstance(_description_data, dict):
                try:
                    description_type_0 = TurbineToolLocaleDescriptionType0.from_dict(_description_data)

                    description = description_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            description = cast("None | TurbineToolLocaleDescriptionType0 | Unset", _description_data)
            break

        _usage_sentence_data = d.pop("usage_sentence", UNSET)
        usage_sentence: None | TurbineToolLocaleUsageSentenceType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _usage_sentence_data is None:
                usage_sentence = _usage_sentence_data
                break
            if isinstance(_usage_sentence_data, Unset):
                usage_sentence = _usage_sentence_data
                break
            if isinstance(_usage_sentence_data, dict):
                try:
                    usage_sentence_type_0 = TurbineToolLocaleUsageSentenceType0.from_dict(_usage_sentence_data)

                    usage_sentence = usage_sentence_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            usage_sentence = cast("None | TurbineToolLocaleUsageSentenceType0 | Unset", _usage_sentence_data)
            break

        _working_description_data = d.pop("working_description", UNSET)
        working_description: None | TurbineToolLocaleWorkingDescriptionType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _working_description_data is None:
                working_description = _working_description_data
                break
            if isinstance(_working_description_data, Unset):
                working_description = _working_description_data
                break
            if isinstance(_working_description_data, dict):
                try:
                    working_description_type_0 = TurbineToolLocaleWorkingDescriptionType0.from_dict(
                        _working_description_data
                    )

                    working_description = working_description_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            working_description = cast(
                "None | TurbineToolLocaleWorkingDescriptionType0 | Unset", _working_description_data
            )
            break

        _done_description_data = d.pop("done_description", UNSET)
        done_description: None | TurbineToolLocaleDoneDescriptionType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _done_description_data is None:
                done_description = _done_description_data
                break
            if isinstance(_done_description_data, Unset):
                done_description = _done_description_data
                break
            if isinstance(_done_description_data, dict):
                try:
                    done_description_type_0 = TurbineToolLocaleDoneDescriptionType0.from_dict(_done_description_data)

                    done_description = done_description_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            done_description = cast("None | TurbineToolLocaleDoneDescriptionType0 | Unset", _done_description_data)
            break

        turbine_tool_locale = cls(
            name,
            description,
            usage_sentence,
            working_description,
            done_description,
        )

        turbine_tool_locale.additional_properties = d
        return turbine_tool_locale

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
