from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.form_elicitation_capability import FormElicitationCapability
    from ..models.url_elicitation_capability import UrlElicitationCapability
else:
    FormElicitationCapability = _Lazy(globals(), "form_elicitation_capability", "FormElicitationCapability")
    UrlElicitationCapability = _Lazy(globals(), "url_elicitation_capability", "UrlElicitationCapability")


T = TypeVar("T", bound="ElicitationCapability")


class ElicitationCapability:
    """Capability for elicitation operations.

    Clients must support at least one mode (form or url).

        Attributes:
            form (FormElicitationCapability | None | Unset):
            url (None | Unset | UrlElicitationCapability):
    """

    __slots__ = ("additional_properties", "form", "url")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "form",
        "url",
    )

    form: FormElicitationCapability | None | Unset
    url: None | Unset | UrlElicitationCapability
    additional_properties: dict[str, Any]

    def __init__(
        self,
        form: FormElicitationCapability | None | Unset = UNSET,
        url: None | Unset | UrlElicitationCapability = UNSET,
    ) -> None:
        self.form = form
        self.url = url
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            form: dict[str, Any] | None | Unset
            if isinstance(self.form, Unset):
                form = UNSET
            elif isinstance(self.form, FormElicitationCapability):
                form = self.form.to_dict()
            else:
                form = self.form
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "form")
            raise

        try:
            url: dict[str, Any] | None | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            elif isinstance(self.url, UrlElicitationCapability):
                url = self.url.to_dict()
            else:
                url = self.url
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "url")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if form is not UNSET:
            field_dict["form"] = form
        if url is not UNSET:
            field_dict["url"] = url

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
        _form_data = d.pop("form", UNSET)
        form: FormElicitationCapability | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _form_data is None:
                form = _form_data
                break
            if isinstance(_form_data, Unset):
                form = _form_data
                break
            if isinstance(_form_data, dict):
                try:
                    form_type_0 = FormElicitationCapability.from_dict(_form_data)

                    form = form_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            form = cast("FormElicitationCapability | None | Unset", _form_data)
            break

        _url_data = d.pop("url", UNSET)
        url: None | Unset | UrlElicitationCapability
        while True:  # one pass; each break is the generator's `return`
            if _url_data is None:
                url = _url_data
                break
            if isinstance(_url_data, Unset):
                url = _url_data
                break
            if isinstance(_url_data, dict):
                try:
                    url_type_0 = UrlElicitationCapability.from_dict(_url_data)

                    url = url_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            url = cast("None | Unset | UrlElicitationCapability", _url_data)
            break

        elicitation_capability = cls(
            form,
            url,
        )

        elicitation_capability.additional_properties = d
        return elicitation_capability

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
