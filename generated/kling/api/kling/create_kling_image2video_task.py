from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_kling_image_2_video_task_body import (
    CreateKlingImage2VideoTaskBody,
)
from ...models.error_response import ErrorResponse
from ...models.kling_image_2_video_submitted import KlingImage2VideoSubmitted
from ...types import Response


def _get_kwargs(
    *,
    body: CreateKlingImage2VideoTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/kling/v1/videos/image2video",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KlingImage2VideoSubmitted:
    if response.status_code == 200:
        response_200 = KlingImage2VideoSubmitted.from_dict(response.json())

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
) -> Response[ErrorResponse | KlingImage2VideoSubmitted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateKlingImage2VideoTaskBody,
) -> Response[ErrorResponse | KlingImage2VideoSubmitted]:
    """Create a Kling image-to-video task

     Create an image-to-video task from a first frame (URL or base64), optionally a last frame.
    Poll it with the image2video query route.

    Args:
        body (CreateKlingImage2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KlingImage2VideoSubmitted]
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
    body: CreateKlingImage2VideoTaskBody,
) -> ErrorResponse | KlingImage2VideoSubmitted | None:
    """Create a Kling image-to-video task

     Create an image-to-video task from a first frame (URL or base64), optionally a last frame.
    Poll it with the image2video query route.

    Args:
        body (CreateKlingImage2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KlingImage2VideoSubmitted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateKlingImage2VideoTaskBody,
) -> Response[ErrorResponse | KlingImage2VideoSubmitted]:
    """Create a Kling image-to-video task

     Create an image-to-video task from a first frame (URL or base64), optionally a last frame.
    Poll it with the image2video query route.

    Args:
        body (CreateKlingImage2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KlingImage2VideoSubmitted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateKlingImage2VideoTaskBody,
) -> ErrorResponse | KlingImage2VideoSubmitted | None:
    """Create a Kling image-to-video task

     Create an image-to-video task from a first frame (URL or base64), optionally a last frame.
    Poll it with the image2video query route.

    Args:
        body (CreateKlingImage2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KlingImage2VideoSubmitted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
