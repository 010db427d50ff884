from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_minimax_video_body import CreateMinimaxVideoBody
from ...models.error_response import ErrorResponse
from ...models.minimax_submit_response import MinimaxSubmitResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateMinimaxVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/minimax/v1/video_generation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MinimaxSubmitResponse:
    if response.status_code == 200:
        response_200 = MinimaxSubmitResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MinimaxSubmitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMinimaxVideoBody,
) -> Response[ErrorResponse | MinimaxSubmitResponse]:
    """Submit a MiniMax video generation task

     文生视频传 prompt；图生视频传 first_frame_image（URL 或 data URL），可选 last_frame_image。

    Args:
        body (CreateMinimaxVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimaxSubmitResponse]
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
    body: CreateMinimaxVideoBody,
) -> ErrorResponse | MinimaxSubmitResponse | None:
    """Submit a MiniMax video generation task

     文生视频传 prompt；图生视频传 first_frame_image（URL 或 data URL），可选 last_frame_image。

    Args:
        body (CreateMinimaxVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimaxSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMinimaxVideoBody,
) -> Response[ErrorResponse | MinimaxSubmitResponse]:
    """Submit a MiniMax video generation task

     文生视频传 prompt；图生视频传 first_frame_image（URL 或 data URL），可选 last_frame_image。

    Args:
        body (CreateMinimaxVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MinimaxSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateMinimaxVideoBody,
) -> ErrorResponse | MinimaxSubmitResponse | None:
    """Submit a MiniMax video generation task

     文生视频传 prompt；图生视频传 first_frame_image（URL 或 data URL），可选 last_frame_image。

    Args:
        body (CreateMinimaxVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MinimaxSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
