from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.completion_args import CompletionArgs
    from ..models.custom_connector import CustomConnector
    from ..models.document_library_tool import DocumentLibraryTool
    from ..models.function_tool import FunctionTool
    from ..models.guardrail_config import GuardrailConfig
    from ..models.image_generation_tool import ImageGenerationTool
    from ..models.metadata_dict import MetadataDict
    from ..models.web_search_premium_tool import WebSearchPremiumTool
    from ..models.web_search_tool import WebSearchTool
else:
    CodeInterpreterTool = _Lazy(globals(), "code_interpreter_tool", "CodeInterpreterTool")
    CompletionArgs = _Lazy(globals(), "completion_args", "CompletionArgs")
    CustomConnector = _Lazy(globals(), "custom_connector", "CustomConnector")
    DocumentLibraryTool = _Lazy(globals(), "document_library_tool", "DocumentLibraryTool")
    FunctionTool = _Lazy(globals(), "function_tool", "FunctionTool")
    GuardrailConfig = _Lazy(globals(), "guardrail_config", "GuardrailConfig")
    ImageGenerationTool = _Lazy(globals(), "image_generation_tool", "ImageGenerationTool")
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")
    WebSearchPremiumTool = _Lazy(globals(), "web_search_premium_tool", "WebSearchPremiumTool")
    WebSearchTool = _Lazy(globals(), "web_search_tool", "WebSearchTool")


T = TypeVar("T", bound="CreateAgentRequest")


class CreateAgentRequest:
    """
    Attributes:
        model (str):
        name (str):
        instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
        tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool |
            WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the
            conversation.
        completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
        guardrails (list[GuardrailConfig] | None | Unset):
        description (None | str | Unset):
        handoffs (list[str] | None | Unset):
        metadata (MetadataDict | None | Unset):
        version_message (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "completion_args",
        "description",
        "guardrails",
        "handoffs",
        "instructions",
        "metadata",
        "model",
        "name",
        "tools",
        "version_message",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "name",
        "instructions",
        "tools",
        "completion_args",
        "guardrails",
        "description",
        "handoffs",
        "metadata",
        "version_message",
    )

    model: str
    name: str
    instructions: None | str | Unset
    tools: (
        list[
            CodeInterpreterTool
            | CustomConnector
            | DocumentLibraryTool
            | FunctionTool
            | ImageGenerationTool
            | WebSearchPremiumTool
            | WebSearchTool
        ]
        | Unset
    )
    completion_args: CompletionArgs | Unset
    guardrails: list[GuardrailConfig] | None | Unset
    description: None | str | Unset
    handoffs: list[str] | None | Unset
    metadata: MetadataDict | None | Unset
    version_message: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        name: str,
        instructions: None | str | Unset = UNSET,
        tools: list[
            CodeInterpreterTool
            | CustomConnector
            | DocumentLibraryTool
            | FunctionTool
            | ImageGenerationTool
            | WebSearchPremiumTool
            | WebSearchTool
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Unset = UNSET,
        guardrails: list[GuardrailConfig] | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
        handoffs: list[str] | None | Unset = UNSET,
        metadata: MetadataDict | None | Unset = UNSET,
        version_message: None | str | Unset = UNSET,
    ) -> None:
        self.model = model
        self.name = name
        self.instructions = instructions
        self.tools = tools
        self.completion_args = completion_args
        self.guardrails = guardrails
        self.description = description
        self.handoffs = handoffs
        self.metadata = metadata
        self.version_message = version_message
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        name = self.name

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        try:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                try:
                    for tools_item_data in self.tools:
                        tools_item: dict[str, Any]
                        if (
                            isinstance(tools_item_data, FunctionTool)
                            or isinstance(tools_item_data, WebSearchTool)
                            or isinstance(tools_item_data, WebSearchPremiumTool)
                            or isinstance(tools_item_data, CodeInterpreterTool)
                            or isinstance(tools_item_data, ImageGenerationTool)
                            or isinstance(tools_item_data, DocumentLibraryTool)
                        ):
                            tools_item = tools_item_data.to_dict()
                        else:
                            try:
                                tools_item = tools_item_data.to_dict()
                            except AttributeError:
                                if isinstance(tools_item_data, CustomConnector):
                                    raise
                                tools_item = _as_dict(
                                    tools_item_data,
                                    "CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool",
                                )
                        tools.append(tools_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(tools))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        try:
            completion_args: dict[str, Any] | Unset = UNSET
            if not isinstance(self.completion_args, Unset):
                try:
                    completion_args = self.completion_args.to_dict()
                except AttributeError:
                    if isinstance(self.completion_args, CompletionArgs):
                        raise
                    completion_args = _as_dict(self.completion_args, "CompletionArgs")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "completion_args")
            raise

        try:
            guardrails: list[dict[str, Any]] | None | Unset
            if isinstance(self.guardrails, Unset):
                guardrails = UNSET
            elif isinstance(self.guardrails, list):
                guardrails = []
                try:
                    for guardrails_type_0_item_data in self.guardrails:
                        try:
                            guardrails_type_0_item = guardrails_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(guardrails_type_0_item_data, GuardrailConfig):
                                raise
                            guardrails_type_0_item = _as_dict(guardrails_type_0_item_data, "GuardrailConfig")
                        guardrails.append(guardrails_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(guardrails))
                    raise
            else:
                guardrails = self.guardrails
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "guardrails")
            raise

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        handoffs: list[str] | None | Unset
        if isinstance(self.handoffs, Unset):
            handoffs = UNSET
        elif isinstance(self.handoffs, list):
            handoffs = self.handoffs

        else:
            handoffs = self.handoffs

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, MetadataDict):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        version_message: None | str | Unset
        if isinstance(self.version_message, Unset):
            version_message = UNSET
        else:
            version_message = self.version_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "name": name,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if completion_args is not UNSET:
            field_dict["completion_args"] = completion_args
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if description is not UNSET:
            field_dict["description"] = description
        if handoffs is not UNSET:
            field_dict["handoffs"] = handoffs
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if version_message is not UNSET:
            field_dict["version_message"] = version_message

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
        model = d.pop("model")

        name = d.pop("name")

        instructions: None | str | Unset = d.pop("instructions", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                CodeInterpreterTool
                | CustomConnector
                | DocumentLibraryTool
                | FunctionTool
                | ImageGenerationTool
                | WebSearchPremiumTool
                | WebSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                _tools_item_data = tools_item_data
                tools_item: (
                    CodeInterpreterTool
                    | CustomConnector
                    | DocumentLibraryTool
                    | FunctionTool
                    | ImageGenerationTool
                    | WebSearchPremiumTool
                    | WebSearchTool
                )
                while True:  # one pass; each break is the generator's `return`
                    if isinstance(_tools_item_data, dict):
                        try:
                            tools_item_type_0 = FunctionTool.from_dict(_tools_item_data)

                            tools_item = tools_item_type_0
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_tools_item_data, dict):
                        try:
                            tools_item_type_1 = WebSearchTool.from_dict(_tools_item_data)

                            tools_item = tools_item_type_1
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_tools_item_data, dict):
                        try:
                            tools_item_type_2 = WebSearchPremiumTool.from_dict(_tools_item_data)

                            tools_item = tools_item_type_2
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_tools_item_data, dict):
                        try:
                            tools_item_type_3 = CodeInterpreterTool.from_dict(_tools_item_data)

                            tools_item = tools_item_type_3
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_tools_item_data, dict):
                        try:
                            tools_item_type_4 = ImageGenerationTool.from_dict(_tools_item_data)

                            tools_item = tools_item_type_4
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(_tools_item_data, dict):
                        try:
                            tools_item_type_5 = DocumentLibraryTool.from_dict(_tools_item_data)

                            tools_item = tools_item_type_5
                            break
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(_tools_item_data, dict):
                        raise TypeError()
                    tools_item_type_6 = CustomConnector.from_dict(_tools_item_data)

                    tools_item = tools_item_type_6
                    break

                tools.append(tools_item)

        _completion_args = d.pop("completion_args", UNSET)
        completion_args: CompletionArgs | Unset
        if isinstance(_completion_args, Unset):
            completion_args = UNSET
        else:
            completion_args = CompletionArgs.from_dict(_completion_args)

        _guardrails_data = d.pop("guardrails", UNSET)
        guardrails: list[GuardrailConfig] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _guardrails_data is None:
                guardrails = _guardrails_data
                break
            if isinstance(_guardrails_data, Unset):
                guardrails = _guardrails_data
                break
            if isinstance(_guardrails_data, list):
                try:
                    guardrails_type_0 = []
                    _guardrails_type_0 = _guardrails_data
                    for guardrails_type_0_item_data in _guardrails_type_0:
                        guardrails_type_0_item = GuardrailConfig.from_dict(guardrails_type_0_item_data)

                        guardrails_type_0.append(guardrails_type_0_item)

                    guardrails = guardrails_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            guardrails = cast("list[GuardrailConfig] | None | Unset", _guardrails_data)
            break

        description: None | str | Unset = d.pop("description", UNSET)

        _handoffs_data = d.pop("handoffs", UNSET)
        handoffs: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _handoffs_data is None:
                handoffs = _handoffs_data
                break
            if isinstance(_handoffs_data, Unset):
                handoffs = _handoffs_data
                break
            if isinstance(_handoffs_data, list):
                try:
                    handoffs_type_0 = cast(list[str], _handoffs_data)

                    handoffs = handoffs_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            handoffs = cast("list[str] | None | Unset", _handoffs_data)
            break

        _metadata_data = d.pop("metadata", UNSET)
        metadata: MetadataDict | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = MetadataDict.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("MetadataDict | None | Unset", _metadata_data)
            break

        version_message: None | str | Unset = d.pop("version_message", UNSET)

        create_agent_request = cls(
            model,
            name,
            instructions,
            tools,
            completion_args,
            guardrails,
            description,
            handoffs,
            metadata,
            version_message,
        )

        create_agent_request.additional_properties = d
        return create_agent_request

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
