from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vidu_submit_request import ViduSubmitRequest
from ...models.vidu_submit_response import ViduSubmitResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ViduSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vidu-native/video/generations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ViduSubmitResponse:
    if response.status_code == 200:
        response_200 = ViduSubmitResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ViduSubmitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ViduSubmitRequest,
) -> Response[ErrorResponse | ViduSubmitResponse]:
    """Submit a video generation on the vidu-native route

     Submit a generation on the relay's native video route (it carries grok and other models,
    whatever the name says). Poll the returned id on /vidu-native/video/generations/{task_id}.

    Args:
        body (ViduSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ViduSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ViduSubmitRequest,
) -> ErrorResponse | ViduSubmitResponse | None:
    """Submit a video generation on the vidu-native route

     Submit a generation on the relay's native video route (it carries grok and other models,
    whatever the name says). Poll the returned id on /vidu-native/video/generations/{task_id}.

    Args:
        body (ViduSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ViduSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ViduSubmitRequest,
) -> Response[ErrorResponse | ViduSubmitResponse]:
    """Submit a video generation on the vidu-native route

     Submit a generation on the relay's native video route (it carries grok and other models,
    whatever the name says). Poll the returned id on /vidu-native/video/generations/{task_id}.

    Args:
        body (ViduSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ViduSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ViduSubmitRequest,
) -> ErrorResponse | ViduSubmitResponse | None:
    """Submit a video generation on the vidu-native route

     Submit a generation on the relay's native video route (it carries grok and other models,
    whatever the name says). Poll the returned id on /vidu-native/video/generations/{task_id}.

    Args:
        body (ViduSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ViduSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
