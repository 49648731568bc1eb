"""Models: generated resource (`client.models`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote

from ...client import (
    APIResponse,
    AsyncEventStream,
    EventStream,
    Request,
    RequestOptions,
    Transport,
    as_bytes,
    as_is,
    as_lines,
    as_none,
    as_text,
    to_file,
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.archive_model_response import ArchiveModelResponse
    from ...models.base_model_card import BaseModelCard
    from ...models.classifier_fine_tuned_model import ClassifierFineTunedModel
    from ...models.completion_fine_tuned_model import CompletionFineTunedModel
    from ...models.delete_model_response import DeleteModelResponse
    from ...models.ft_model_card import FTModelCard
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.model_list import ModelList
    from ...models.unarchive_model_response import UnarchiveModelResponse
    from ...models.update_model_request import UpdateModelRequest
else:
    ArchiveModelResponse = _Lazy(globals(), "archive_model_response", "ArchiveModelResponse")
    BaseModelCard = _Lazy(globals(), "base_model_card", "BaseModelCard")
    ClassifierFineTunedModel = _Lazy(globals(), "classifier_fine_tuned_model", "ClassifierFineTunedModel")
    CompletionFineTunedModel = _Lazy(globals(), "completion_fine_tuned_model", "CompletionFineTunedModel")
    DeleteModelResponse = _Lazy(globals(), "delete_model_response", "DeleteModelResponse")
    FTModelCard = _Lazy(globals(), "ft_model_card", "FTModelCard")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ModelList = _Lazy(globals(), "model_list", "ModelList")
    UnarchiveModelResponse = _Lazy(globals(), "unarchive_model_response", "UnarchiveModelResponse")
    UpdateModelRequest = _Lazy(globals(), "update_model_request", "UpdateModelRequest")


_KEYWORDS_LIST_MODELS_V1_MODELS_GET = (
    "provider",
    "model",
)


def _decode_list_models_v1_models_get(data: Any) -> ModelList:
    response_200 = ModelList.from_dict(data)

    return response_200


def _list_models_v1_models_get(
    *,
    provider: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
) -> Request[ModelList]:
    params: dict[str, Any] = {}

    json_provider: None | str | Unset
    if isinstance(provider, Unset):
        json_provider = UNSET
    else:
        json_provider = provider
    params["provider"] = json_provider

    json_model: None | str | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    else:
        json_model = model
    params["model"] = json_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/models",
        operation_id="list_models_v1_models_get",
        decode=_decode_list_models_v1_models_get,
        kind="json",
        keywords=_KEYWORDS_LIST_MODELS_V1_MODELS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_RETRIEVE_MODEL_V1_MODELS_MODEL_ID_GET = ("model_id",)


def _decode_retrieve_model_v1_models_model_id_get(data: Any) -> BaseModelCard | FTModelCard:
    _response_200_data = data
    response_200: BaseModelCard | FTModelCard
    while True:  # one pass; each break is the generator's `return`
        if isinstance(_response_200_data, dict):
            try:
                response_200_type_0 = BaseModelCard.from_dict(_response_200_data)

                response_200 = response_200_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(_response_200_data, dict):
            raise TypeError()
        response_200_type_1 = FTModelCard.from_dict(_response_200_data)

        response_200 = response_200_type_1
        break

    return response_200


def _retrieve_model_v1_models_model_id_get(
    *,
    model_id: str,
) -> Request[BaseModelCard | FTModelCard]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
        operation_id="retrieve_model_v1_models_model_id_get",
        decode=_decode_retrieve_model_v1_models_model_id_get,
        kind="json",
        keywords=_KEYWORDS_RETRIEVE_MODEL_V1_MODELS_MODEL_ID_GET,
        **_kwargs,
    )


_KEYWORDS_DELETE_MODEL_V1_MODELS_MODEL_ID_DELETE = ("model_id",)


def _decode_delete_model_v1_models_model_id_delete(data: Any) -> DeleteModelResponse:
    response_200 = DeleteModelResponse.from_dict(data)

    return response_200


def _delete_model_v1_models_model_id_delete(
    *,
    model_id: str,
) -> Request[DeleteModelResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
        operation_id="delete_model_v1_models_model_id_delete",
        decode=_decode_delete_model_v1_models_model_id_delete,
        kind="json",
        keywords=_KEYWORDS_DELETE_MODEL_V1_MODELS_MODEL_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_JOBS_API_ROUTES_FINE_TUNING_UPDATE_FINE_TUNED_MODEL = (
    "model_id",
    "name",
    "description",
)


def _decode_jobs_api_routes_fine_tuning_update_fine_tuned_model(
    data: Any,
) -> ClassifierFineTunedModel | CompletionFineTunedModel:
    _response_200_data = data
    response_200: ClassifierFineTunedModel | CompletionFineTunedModel
    while True:  # one pass; each break is the generator's `return`
        if isinstance(_response_200_data, dict):
            try:
                response_200_type_0 = CompletionFineTunedModel.from_dict(_response_200_data)

                response_200 = response_200_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(_response_200_data, dict):
            raise TypeError()
        response_200_type_1 = ClassifierFineTunedModel.from_dict(_response_200_data)

        response_200 = response_200_type_1
        break

    return response_200


def _jobs_api_routes_fine_tuning_update_fine_tuned_model(
    *,
    model_id: str,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
) -> Request[ClassifierFineTunedModel | CompletionFineTunedModel]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateModelRequest(
        name=cast(Any, name),
        description=cast(Any, description),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/fine_tuning/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
        operation_id="jobs_api_routes_fine_tuning_update_fine_tuned_model",
        decode=_decode_jobs_api_routes_fine_tuning_update_fine_tuned_model,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_FINE_TUNING_UPDATE_FINE_TUNED_MODEL,
        **_kwargs,
    )


_KEYWORDS_JOBS_API_ROUTES_FINE_TUNING_ARCHIVE_FINE_TUNED_MODEL = ("model_id",)


def _decode_jobs_api_routes_fine_tuning_archive_fine_tuned_model(data: Any) -> ArchiveModelResponse:
    response_200 = ArchiveModelResponse.from_dict(data)

    return response_200


def _jobs_api_routes_fine_tuning_archive_fine_tuned_model(
    *,
    model_id: str,
) -> Request[ArchiveModelResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/fine_tuning/models/{model_id}/archive".format(
            model_id=quote(str(model_id), safe=""),
        ),
        operation_id="jobs_api_routes_fine_tuning_archive_fine_tuned_model",
        decode=_decode_jobs_api_routes_fine_tuning_archive_fine_tuned_model,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_FINE_TUNING_ARCHIVE_FINE_TUNED_MODEL,
        **_kwargs,
    )


_KEYWORDS_JOBS_API_ROUTES_FINE_TUNING_UNARCHIVE_FINE_TUNED_MODEL = ("model_id",)


def _decode_jobs_api_routes_fine_tuning_unarchive_fine_tuned_model(data: Any) -> UnarchiveModelResponse:
    response_200 = UnarchiveModelResponse.from_dict(data)

    return response_200


def _jobs_api_routes_fine_tuning_unarchive_fine_tuned_model(
    *,
    model_id: str,
) -> Request[UnarchiveModelResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/fine_tuning/models/{model_id}/archive".format(
            model_id=quote(str(model_id), safe=""),
        ),
        operation_id="jobs_api_routes_fine_tuning_unarchive_fine_tuned_model",
        decode=_decode_jobs_api_routes_fine_tuning_unarchive_fine_tuned_model,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_FINE_TUNING_UNARCHIVE_FINE_TUNED_MODEL,
        **_kwargs,
    )


ModelsListResult: TypeAlias = ModelList


ModelsRetrieveResult: TypeAlias = BaseModelCard | FTModelCard


ModelsDeleteResult: TypeAlias = DeleteModelResponse


ModelsUpdateResult: TypeAlias = ClassifierFineTunedModel | CompletionFineTunedModel


ModelsArchiveResult: TypeAlias = ArchiveModelResponse


ModelsUnarchiveResult: TypeAlias = UnarchiveModelResponse


class Models:
    """`client.models`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return ModelsWithRawResponse(self._transport)

    def list(
        self,
        *,
        provider: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelList:
        """List Models

        List all models available to the user.

        Args:
            provider (None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModelList

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_models_v1_models_get,
            dict(
                provider=provider,
                model=model,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        provider: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelList:
        """List Models

        List all models available to the user.

        Args:
            provider (None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModelList

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_models_v1_models_get,
            dict(
                provider=provider,
                model=model,
            ),
        )
        return await self._transport.send_async(request, options)

    def retrieve(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> BaseModelCard | FTModelCard:
        """Retrieve Model

        Retrieve information about a model.

        Args:
            model_id (str): The ID of the model to retrieve.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BaseModelCard | FTModelCard

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send(request, options)

    async def retrieve_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> BaseModelCard | FTModelCard:
        """Retrieve Model

        Retrieve information about a model.

        Args:
            model_id (str): The ID of the model to retrieve.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BaseModelCard | FTModelCard

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteModelResponse:
        """Delete Model

        Delete a fine-tuned model.

        Args:
            model_id (str): The ID of the model to delete.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteModelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_model_v1_models_model_id_delete,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteModelResponse:
        """Delete Model

        Delete a fine-tuned model.

        Args:
            model_id (str): The ID of the model to delete.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteModelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_model_v1_models_model_id_delete,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        model_id: str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClassifierFineTunedModel | CompletionFineTunedModel:
        """Update Fine Tuned Model

        Update a model name or description.

        Args:
            model_id (str): The ID of the model to update. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ClassifierFineTunedModel | CompletionFineTunedModel

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_update_fine_tuned_model,
            dict(
                model_id=model_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        model_id: str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClassifierFineTunedModel | CompletionFineTunedModel:
        """Update Fine Tuned Model

        Update a model name or description.

        Args:
            model_id (str): The ID of the model to update. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ClassifierFineTunedModel | CompletionFineTunedModel

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_update_fine_tuned_model,
            dict(
                model_id=model_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_async(request, options)

    def archive(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> ArchiveModelResponse:
        """Archive Fine Tuned Model

        Archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to archive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ArchiveModelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_archive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send(request, options)

    async def archive_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> ArchiveModelResponse:
        """Archive Fine Tuned Model

        Archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to archive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ArchiveModelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_archive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def unarchive(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> UnarchiveModelResponse:
        """Unarchive Fine Tuned Model

        Un-archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to unarchive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UnarchiveModelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_unarchive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send(request, options)

    async def unarchive_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> UnarchiveModelResponse:
        """Unarchive Fine Tuned Model

        Un-archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to unarchive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UnarchiveModelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_unarchive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_async(request, options)


class ModelsWithRawResponse:
    """`client.models`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        provider: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModelList]:
        """List Models

        List all models available to the user.

        Args:
            provider (None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModelList]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_models_v1_models_get,
            dict(
                provider=provider,
                model=model,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        provider: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModelList]:
        """List Models

        List all models available to the user.

        Args:
            provider (None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModelList]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_models_v1_models_get,
            dict(
                provider=provider,
                model=model,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def retrieve(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BaseModelCard | FTModelCard]:
        """Retrieve Model

        Retrieve information about a model.

        Args:
            model_id (str): The ID of the model to retrieve.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BaseModelCard | FTModelCard]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def retrieve_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BaseModelCard | FTModelCard]:
        """Retrieve Model

        Retrieve information about a model.

        Args:
            model_id (str): The ID of the model to retrieve.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BaseModelCard | FTModelCard]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteModelResponse]:
        """Delete Model

        Delete a fine-tuned model.

        Args:
            model_id (str): The ID of the model to delete.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteModelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_model_v1_models_model_id_delete,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteModelResponse]:
        """Delete Model

        Delete a fine-tuned model.

        Args:
            model_id (str): The ID of the model to delete.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteModelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_model_v1_models_model_id_delete,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        model_id: str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ClassifierFineTunedModel | CompletionFineTunedModel]:
        """Update Fine Tuned Model

        Update a model name or description.

        Args:
            model_id (str): The ID of the model to update. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ClassifierFineTunedModel | CompletionFineTunedModel]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_update_fine_tuned_model,
            dict(
                model_id=model_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        model_id: str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ClassifierFineTunedModel | CompletionFineTunedModel]:
        """Update Fine Tuned Model

        Update a model name or description.

        Args:
            model_id (str): The ID of the model to update. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            name (None | str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ClassifierFineTunedModel | CompletionFineTunedModel]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_update_fine_tuned_model,
            dict(
                model_id=model_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def archive(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ArchiveModelResponse]:
        """Archive Fine Tuned Model

        Archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to archive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ArchiveModelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_archive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def archive_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ArchiveModelResponse]:
        """Archive Fine Tuned Model

        Archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to archive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ArchiveModelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_archive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def unarchive(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UnarchiveModelResponse]:
        """Unarchive Fine Tuned Model

        Un-archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to unarchive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UnarchiveModelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_unarchive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def unarchive_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UnarchiveModelResponse]:
        """Unarchive Fine Tuned Model

        Un-archive a fine-tuned model.

        Args:
            model_id (str): The ID of the model to unarchive. Example: ft:open-
                mistral-7b:587a6b29:20240514:7e773925.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UnarchiveModelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_fine_tuning_unarchive_fine_tuned_model,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
