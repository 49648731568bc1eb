from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.basic_model_usage_data_json import BasicModelUsageDataJSON
    from ..models.fine_tuning_data_json import FineTuningDataJSON
    from ..models.libraries_api_usage_data_json import LibrariesAPIUsageDataJSON
    from ..models.price_data import PriceData
    from ..models.vibe_code_usage_data_json import VibeCodeUsageDataJSON
else:
    BasicModelUsageDataJSON = _Lazy(globals(), "basic_model_usage_data_json", "BasicModelUsageDataJSON")
    FineTuningDataJSON = _Lazy(globals(), "fine_tuning_data_json", "FineTuningDataJSON")
    LibrariesAPIUsageDataJSON = _Lazy(globals(), "libraries_api_usage_data_json", "LibrariesAPIUsageDataJSON")
    PriceData = _Lazy(globals(), "price_data", "PriceData")
    VibeCodeUsageDataJSON = _Lazy(globals(), "vibe_code_usage_data_json", "VibeCodeUsageDataJSON")


T = TypeVar("T", bound="UsageOUTJSON")


class UsageOUTJSON:
    """
    Attributes:
        completion (BasicModelUsageDataJSON):
        ocr (BasicModelUsageDataJSON):
        connectors (BasicModelUsageDataJSON):
        libraries_api (LibrariesAPIUsageDataJSON):
        fine_tuning (FineTuningDataJSON):
        audio (BasicModelUsageDataJSON):
        audio_characters (BasicModelUsageDataJSON):
        vibe_usage (float): Legacy Vibe usage field. Always 0; use the Vibe usage API instead.
        vibe_code (VibeCodeUsageDataJSON):
        chat (BasicModelUsageDataJSON):
        date (datetime.datetime): Reference date for the usage period.
        previous_month (None | str): Previous month in the usage report.
        next_month (None | str): Next month in the usage report.
        start_date (datetime.datetime): Start of the usage period.
        end_date (datetime.datetime): End of the usage period.
        currency (None | str): Currency used for usage prices.
        currency_symbol (None | str): Currency symbol used for usage prices.
        prices (list[PriceData] | None): Prices used to calculate usage amounts.
    """

    __slots__ = (
        "additional_properties",
        "audio",
        "audio_characters",
        "chat",
        "completion",
        "connectors",
        "currency",
        "currency_symbol",
        "date",
        "end_date",
        "fine_tuning",
        "libraries_api",
        "next_month",
        "ocr",
        "previous_month",
        "prices",
        "start_date",
        "vibe_code",
        "vibe_usage",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "completion",
        "ocr",
        "connectors",
        "libraries_api",
        "fine_tuning",
        "audio",
        "audio_characters",
        "vibe_usage",
        "vibe_code",
        "chat",
        "date",
        "previous_month",
        "next_month",
        "start_date",
        "end_date",
        "currency",
        "currency_symbol",
        "prices",
    )

    completion: BasicModelUsageDataJSON
    ocr: BasicModelUsageDataJSON
    connectors: BasicModelUsageDataJSON
    libraries_api: LibrariesAPIUsageDataJSON
    fine_tuning: FineTuningDataJSON
    audio: BasicModelUsageDataJSON
    audio_characters: BasicModelUsageDataJSON
    vibe_usage: float
    vibe_code: VibeCodeUsageDataJSON
    chat: BasicModelUsageDataJSON
    date: datetime.datetime
    previous_month: None | str
    next_month: None | str
    start_date: datetime.datetime
    end_date: datetime.datetime
    currency: None | str
    currency_symbol: None | str
    prices: list[PriceData] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        completion: BasicModelUsageDataJSON,
        ocr: BasicModelUsageDataJSON,
        connectors: BasicModelUsageDataJSON,
        libraries_api: LibrariesAPIUsageDataJSON,
        fine_tuning: FineTuningDataJSON,
        audio: BasicModelUsageDataJSON,
        audio_characters: BasicModelUsageDataJSON,
        vibe_usage: float,
        vibe_code: VibeCodeUsageDataJSON,
        chat: BasicModelUsageDataJSON,
        date: datetime.datetime,
        previous_month: None | str,
        next_month: None | str,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        currency: None | str,
        currency_symbol: None | str,
        prices: list[PriceData] | None,
    ) -> None:
        self.completion = completion
        self.ocr = ocr
        self.connectors = connectors
        self.libraries_api = libraries_api
        self.fine_tuning = fine_tuning
        self.audio = audio
        self.audio_characters = audio_characters
        self.vibe_usage = vibe_usage
        self.vibe_code = vibe_code
        self.chat = chat
        self.date = date
        self.previous_month = previous_month
        self.next_month = next_month
        self.start_date = start_date
        self.end_date = end_date
        self.currency = currency
        self.currency_symbol = currency_symbol
        self.prices = prices
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                completion = self.completion.to_dict()
            except AttributeError:
                if isinstance(self.completion, BasicModelUsageDataJSON):
                    raise
                completion = _as_dict(self.completion, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "completion")
            raise

        try:
            try:
                ocr = self.ocr.to_dict()
            except AttributeError:
                if isinstance(self.ocr, BasicModelUsageDataJSON):
                    raise
                ocr = _as_dict(self.ocr, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "ocr")
            raise

        try:
            try:
                connectors = self.connectors.to_dict()
            except AttributeError:
                if isinstance(self.connectors, BasicModelUsageDataJSON):
                    raise
                connectors = _as_dict(self.connectors, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "connectors")
            raise

        try:
            try:
                libraries_api = self.libraries_api.to_dict()
            except AttributeError:
                if isinstance(self.libraries_api, LibrariesAPIUsageDataJSON):
                    raise
                libraries_api = _as_dict(self.libraries_api, "LibrariesAPIUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "libraries_api")
            raise

        try:
            try:
                fine_tuning = self.fine_tuning.to_dict()
            except AttributeError:
                if isinstance(self.fine_tuning, FineTuningDataJSON):
                    raise
                fine_tuning = _as_dict(self.fine_tuning, "FineTuningDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "fine_tuning")
            raise

        try:
            try:
                audio = self.audio.to_dict()
            except AttributeError:
                if isinstance(self.audio, BasicModelUsageDataJSON):
                    raise
                audio = _as_dict(self.audio, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "audio")
            raise

        try:
            try:
                audio_characters = self.audio_characters.to_dict()
            except AttributeError:
                if isinstance(self.audio_characters, BasicModelUsageDataJSON):
                    raise
                audio_characters = _as_dict(self.audio_characters, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "audio_characters")
            raise

        vibe_usage = self.vibe_usage

        try:
            try:
                vibe_code = self.vibe_code.to_dict()
            except AttributeError:
                if isinstance(self.vibe_code, VibeCodeUsageDataJSON):
                    raise
                vibe_code = _as_dict(self.vibe_code, "VibeCodeUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "vibe_code")
            raise

        try:
            try:
                chat = self.chat.to_dict()
            except AttributeError:
                if isinstance(self.chat, BasicModelUsageDataJSON):
                    raise
                chat = _as_dict(self.chat, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "chat")
            raise

        date = self.date.isoformat().replace("+00:00", "Z")

        previous_month: None | str
        previous_month = self.previous_month

        next_month: None | str
        next_month = self.next_month

        start_date = self.start_date.isoformat().replace("+00:00", "Z")

        end_date = self.end_date.isoformat().replace("+00:00", "Z")

        currency: None | str
        currency = self.currency

        currency_symbol: None | str
        currency_symbol = self.currency_symbol

        try:
            prices: list[dict[str, Any]] | None
            if isinstance(self.prices, list):
                prices = []
                try:
                    for prices_type_0_item_data in self.prices:
                        try:
                            prices_type_0_item = prices_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(prices_type_0_item_data, PriceData):
                                raise
                            prices_type_0_item = _as_dict(prices_type_0_item_data, "PriceData")
                        prices.append(prices_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(prices))
                    raise
            else:
                prices = self.prices
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prices")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
                "ocr": ocr,
                "connectors": connectors,
                "libraries_api": libraries_api,
                "fine_tuning": fine_tuning,
                "audio": audio,
                "audio_characters": audio_characters,
                "vibe_usage": vibe_usage,
                "vibe_code": vibe_code,
                "chat": chat,
                "date": date,
                "previous_month": previous_month,
                "next_month": next_month,
                "start_date": start_date,
                "end_date": end_date,
                "currency": currency,
                "currency_symbol": currency_symbol,
                "prices": prices,
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
        completion = BasicModelUsageDataJSON.from_dict(d.pop("completion"))

        ocr = BasicModelUsageDataJSON.from_dict(d.pop("ocr"))

        connectors = BasicModelUsageDataJSON.from_dict(d.pop("connectors"))

        libraries_api = LibrariesAPIUsageDataJSON.from_dict(d.pop("libraries_api"))

        fine_tuning = FineTuningDataJSON.from_dict(d.pop("fine_tuning"))

        audio = BasicModelUsageDataJSON.from_dict(d.pop("audio"))

        audio_characters = BasicModelUsageDataJSON.from_dict(d.pop("audio_characters"))

        vibe_usage = d.pop("vibe_usage")

        vibe_code = VibeCodeUsageDataJSON.from_dict(d.pop("vibe_code"))

        chat = BasicModelUsageDataJSON.from_dict(d.pop("chat"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        previous_month: None | str = d.pop("previous_month")

        next_month: None | str = d.pop("next_month")

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        currency: None | str = d.pop("currency")

        currency_symbol: None | str = d.pop("currency_symbol")

        _prices_data = d.pop("prices")
        prices: list[PriceData] | None
        while True:  # one pass; each break is the generator's `return`
            if _prices_data is None:
                prices = _prices_data
                break
            if isinstance(_prices_data, list):
                try:
                    prices_type_0 = []
                    _prices_type_0 = _prices_data
                    for prices_type_0_item_data in _prices_type_0:
                        prices_type_0_item = PriceData.from_dict(prices_type_0_item_data)

                        prices_type_0.append(prices_type_0_item)

                    prices = prices_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prices = cast("list[PriceData] | None", _prices_data)
            break

        usage_outjson = cls(
            completion,
            ocr,
            connectors,
            libraries_api,
            fine_tuning,
            audio,
            audio_characters,
            vibe_usage,
            vibe_code,
            chat,
            date,
            previous_month,
            next_month,
            start_date,
            end_date,
            currency,
            currency_symbol,
            prices,
        )

        usage_outjson.additional_properties = d
        return usage_outjson

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
