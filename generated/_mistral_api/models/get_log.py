from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.get_log_log_attributes import GetLogLogAttributes
    from ..models.get_log_resource_attributes import GetLogResourceAttributes
    from ..models.get_log_scope_attributes import GetLogScopeAttributes
else:
    GetLogLogAttributes = _Lazy(globals(), "get_log_log_attributes", "GetLogLogAttributes")
    GetLogResourceAttributes = _Lazy(globals(), "get_log_resource_attributes", "GetLogResourceAttributes")
    GetLogScopeAttributes = _Lazy(globals(), "get_log_scope_attributes", "GetLogScopeAttributes")


T = TypeVar("T", bound="GetLog")


class GetLog:
    """
    Attributes:
        customer_id (str):
        organization_id (str):
        workspace_id (str):
        user_id (str):
        timestamp (datetime.datetime):
        trace_id (str):
        span_id (str):
        trace_flags (int):
        severity_text (str):
        severity_number (int):
        service_name (str):
        body (str):
        event_name (str):
        resource_schema_url (str):
        resource_attributes (GetLogResourceAttributes):
        scope_schema_url (str):
        scope_name (str):
        scope_version (str):
        scope_attributes (GetLogScopeAttributes):
        log_attributes (GetLogLogAttributes):
    """

    __slots__ = (
        "additional_properties",
        "body",
        "customer_id",
        "event_name",
        "log_attributes",
        "organization_id",
        "resource_attributes",
        "resource_schema_url",
        "scope_attributes",
        "scope_name",
        "scope_schema_url",
        "scope_version",
        "service_name",
        "severity_number",
        "severity_text",
        "span_id",
        "timestamp",
        "trace_flags",
        "trace_id",
        "user_id",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "customer_id",
        "organization_id",
        "workspace_id",
        "user_id",
        "timestamp",
        "trace_id",
        "span_id",
        "trace_flags",
        "severity_text",
        "severity_number",
        "service_name",
        "body",
        "event_name",
        "resource_schema_url",
        "resource_attributes",
        "scope_schema_url",
        "scope_name",
        "scope_version",
        "scope_attributes",
        "log_attributes",
    )

    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    timestamp: datetime.datetime
    trace_id: str
    span_id: str
    trace_flags: int
    severity_text: str
    severity_number: int
    service_name: str
    body: str
    event_name: str
    resource_schema_url: str
    resource_attributes: GetLogResourceAttributes
    scope_schema_url: str
    scope_name: str
    scope_version: str
    scope_attributes: GetLogScopeAttributes
    log_attributes: GetLogLogAttributes
    additional_properties: dict[str, Any]

    def __init__(
        self,
        customer_id: str,
        organization_id: str,
        workspace_id: str,
        user_id: str,
        timestamp: datetime.datetime,
        trace_id: str,
        span_id: str,
        trace_flags: int,
        severity_text: str,
        severity_number: int,
        service_name: str,
        body: str,
        event_name: str,
        resource_schema_url: str,
        resource_attributes: GetLogResourceAttributes,
        scope_schema_url: str,
        scope_name: str,
        scope_version: str,
        scope_attributes: GetLogScopeAttributes,
        log_attributes: GetLogLogAttributes,
    ) -> None:
        self.customer_id = customer_id
        self.organization_id = organization_id
        self.workspace_id = workspace_id
        self.user_id = user_id
        self.timestamp = timestamp
        self.trace_id = trace_id
        self.span_id = span_id
        self.trace_flags = trace_flags
        self.severity_text = severity_text
        self.severity_number = severity_number
        self.service_name = service_name
        self.body = body
        self.event_name = event_name
        self.resource_schema_url = resource_schema_url
        self.resource_attributes = resource_attributes
        self.scope_schema_url = scope_schema_url
        self.scope_name = scope_name
        self.scope_version = scope_version
        self.scope_attributes = scope_attributes
        self.log_attributes = log_attributes
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        organization_id = self.organization_id

        workspace_id = self.workspace_id

        user_id = self.user_id

        timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        trace_id = self.trace_id

        span_id = self.span_id

        trace_flags = self.trace_flags

        severity_text = self.severity_text

        severity_number = self.severity_number

        service_name = self.service_name

        body = self.body

        event_name = self.event_name

        resource_schema_url = self.resource_schema_url

        try:
            try:
                resource_attributes = self.resource_attributes.to_dict()
            except AttributeError:
                if isinstance(self.resource_attributes, GetLogResourceAttributes):
                    raise
                resource_attributes = _as_dict(self.resource_attributes, "GetLogResourceAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resource_attributes")
            raise

        scope_schema_url = self.scope_schema_url

        scope_name = self.scope_name

        scope_version = self.scope_version

        try:
            try:
                scope_attributes = self.scope_attributes.to_dict()
            except AttributeError:
                if isinstance(self.scope_attributes, GetLogScopeAttributes):
                    raise
                scope_attributes = _as_dict(self.scope_attributes, "GetLogScopeAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "scope_attributes")
            raise

        try:
            try:
                log_attributes = self.log_attributes.to_dict()
            except AttributeError:
                if isinstance(self.log_attributes, GetLogLogAttributes):
                    raise
                log_attributes = _as_dict(self.log_attributes, "GetLogLogAttributes")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "log_attributes")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "organization_id": organization_id,
                "workspace_id": workspace_id,
                "user_id": user_id,
                "timestamp": timestamp,
                "trace_id": trace_id,
                "span_id": span_id,
                "trace_flags": trace_flags,
                "severity_text": severity_text,
                "severity_number": severity_number,
                "service_name": service_name,
                "body": body,
                "event_name": event_name,
                "resource_schema_url": resource_schema_url,
                "resource_attributes": resource_attributes,
                "scope_schema_url": scope_schema_url,
                "scope_name": scope_name,
                "scope_version": scope_version,
                "scope_attributes": scope_attributes,
                "log_attributes": log_attributes,
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
        customer_id = d.pop("customer_id")

        organization_id = d.pop("organization_id")

        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        trace_id = d.pop("trace_id")

        span_id = d.pop("span_id")

        trace_flags = d.pop("trace_flags")

        severity_text = d.pop("severity_text")

        severity_number = d.pop("severity_number")

        service_name = d.pop("service_name")

        body = d.pop("body")

        event_name = d.pop("event_name")

        resource_schema_url = d.pop("resource_schema_url")

        resource_attributes = GetLogResourceAttributes.from_dict(d.pop("resource_attributes"))

        scope_schema_url = d.pop("scope_schema_url")

        scope_name = d.pop("scope_name")

        scope_version = d.pop("scope_version")

        scope_attributes = GetLogScopeAttributes.from_dict(d.pop("scope_attributes"))

        log_attributes = GetLogLogAttributes.from_dict(d.pop("log_attributes"))

        get_log = cls(
            customer_id,
            organization_id,
            workspace_id,
            user_id,
            timestamp,
            trace_id,
            span_id,
            trace_flags,
            severity_text,
            severity_number,
            service_name,
            body,
            event_name,
            resource_schema_url,
            resource_attributes,
            scope_schema_url,
            scope_name,
            scope_version,
            scope_attributes,
            log_attributes,
        )

        get_log.additional_properties = d
        return get_log

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
