from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ModerationLLMV2CategoryThresholds")


class ModerationLLMV2CategoryThresholds:
    """
    Attributes:
        sexual (float | None | Unset):
        hate_and_discrimination (float | None | Unset):
        violence_and_threats (float | None | Unset):
        dangerous (float | None | Unset):
        criminal (float | None | Unset):
        selfharm (float | None | Unset):
        health (float | None | Unset):
        financial (float | None | Unset):
        law (float | None | Unset):
        pii (float | None | Unset):
        jailbreaking (float | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "criminal",
        "dangerous",
        "financial",
        "hate_and_discrimination",
        "health",
        "jailbreaking",
        "law",
        "pii",
        "selfharm",
        "sexual",
        "violence_and_threats",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "sexual",
        "hate_and_discrimination",
        "violence_and_threats",
        "dangerous",
        "criminal",
        "selfharm",
        "health",
        "financial",
        "law",
        "pii",
        "jailbreaking",
    )

    sexual: float | None | Unset
    hate_and_discrimination: float | None | Unset
    violence_and_threats: float | None | Unset
    dangerous: float | None | Unset
    criminal: float | None | Unset
    selfharm: float | None | Unset
    health: float | None | Unset
    financial: float | None | Unset
    law: float | None | Unset
    pii: float | None | Unset
    jailbreaking: float | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        sexual: float | None | Unset = UNSET,
        hate_and_discrimination: float | None | Unset = UNSET,
        violence_and_threats: float | None | Unset = UNSET,
        dangerous: float | None | Unset = UNSET,
        criminal: float | None | Unset = UNSET,
        selfharm: float | None | Unset = UNSET,
        health: float | None | Unset = UNSET,
        financial: float | None | Unset = UNSET,
        law: float | None | Unset = UNSET,
        pii: float | None | Unset = UNSET,
        jailbreaking: float | None | Unset = UNSET,
    ) -> None:
        self.sexual = sexual
        self.hate_and_discrimination = hate_and_discrimination
        self.violence_and_threats = violence_and_threats
        self.dangerous = dangerous
        self.criminal = criminal
        self.selfharm = selfharm
        self.health = health
        self.financial = financial
        self.law = law
        self.pii = pii
        self.jailbreaking = jailbreaking
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        sexual: float | None | Unset
        if isinstance(self.sexual, Unset):
            sexual = UNSET
        else:
            sexual = self.sexual

        hate_and_discrimination: float | None | Unset
        if isinstance(self.hate_and_discrimination, Unset):
            hate_and_discrimination = UNSET
        else:
            hate_and_discrimination = self.hate_and_discrimination

        violence_and_threats: float | None | Unset
        if isinstance(self.violence_and_threats, Unset):
            violence_and_threats = UNSET
        else:
            violence_and_threats = self.violence_and_threats

        dangerous: float | None | Unset
        if isinstance(self.dangerous, Unset):
            dangerous = UNSET
        else:
            dangerous = self.dangerous

        criminal: float | None | Unset
        if isinstance(self.criminal, Unset):
            criminal = UNSET
        else:
            criminal = self.criminal

        selfharm: float | None | Unset
        if isinstance(self.selfharm, Unset):
            selfharm = UNSET
        else:
            selfharm = self.selfharm

        health: float | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        else:
            health = self.health

        financial: float | None | Unset
        if isinstance(self.financial, Unset):
            financial = UNSET
        else:
            financial = self.financial

        law: float | None | Unset
        if isinstance(self.law, Unset):
            law = UNSET
        else:
            law = self.law

        pii: float | None | Unset
        if isinstance(self.pii, Unset):
            pii = UNSET
        else:
            pii = self.pii

        jailbreaking: float | None | Unset
        if isinstance(self.jailbreaking, Unset):
            jailbreaking = UNSET
        else:
            jailbreaking = self.jailbreaking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if hate_and_discrimination is not UNSET:
            field_dict["hate_and_discrimination"] = hate_and_discrimination
        if violence_and_threats is not UNSET:
            field_dict["violence_and_threats"] = violence_and_threats
        if dangerous is not UNSET:
            field_dict["dangerous"] = dangerous
        if criminal is not UNSET:
            field_dict["criminal"] = criminal
        if selfharm is not UNSET:
            field_dict["selfharm"] = selfharm
        if health is not UNSET:
            field_dict["health"] = health
        if financial is not UNSET:
            field_dict["financial"] = financial
        if law is not UNSET:
            field_dict["law"] = law
        if pii is not UNSET:
            field_dict["pii"] = pii
        if jailbreaking is not UNSET:
            field_dict["jailbreaking"] = jailbreaking

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
        sexual: float | None | Unset = d.pop("sexual", UNSET)

        hate_and_discrimination: float | None | Unset = d.pop("hate_and_discrimination", UNSET)

        violence_and_threats: float | None | Unset = d.pop("violence_and_threats", UNSET)

        dangerous: float | None | Unset = d.pop("dangerous", UNSET)

        criminal: float | None | Unset = d.pop("criminal", UNSET)

        selfharm: float | None | Unset = d.pop("selfharm", UNSET)

        health: float | None | Unset = d.pop("health", UNSET)

        financial: float | None | Unset = d.pop("financial", UNSET)

        law: float | None | Unset = d.pop("law", UNSET)

        pii: float | None | Unset = d.pop("pii", UNSET)

        jailbreaking: float | None | Unset = d.pop("jailbreaking", UNSET)

        moderation_llmv2_category_thresholds = cls(
            sexual,
            hate_and_discrimination,
            violence_and_threats,
            dangerous,
            criminal,
            selfharm,
            health,
            financial,
            law,
            pii,
            jailbreaking,
        )

        moderation_llmv2_category_thresholds.additional_properties = d
        return moderation_llmv2_category_thresholds

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
