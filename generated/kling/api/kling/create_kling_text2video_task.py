from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_kling_text_2_video_task_body import CreateKlingText2VideoTaskBody
from ...models.error_response import ErrorResponse
from ...models.kling_text_2_video_submitted import KlingText2VideoSubmitted
from ...types import Response


def _get_kwargs(
    *,
    body: CreateKlingText2VideoTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/kling/v1/videos/text2video",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KlingText2VideoSubmitted:
    if response.status_code == 200:
        response_200 = KlingText2VideoSubmitted.from_dict(response.json())

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
) -> Response[ErrorResponse | KlingText2VideoSubmitted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateKlingText2VideoTaskBody,
) -> Response[ErrorResponse | KlingText2VideoSubmitted]:
    """Create a Kling text-to-video task

     Create a text-to-video task. Poll it with the text2video query route.
    duration is a string: "5" or "10".

    Args:
        body (CreateKlingText2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KlingText2VideoSubmitted]
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
    body: CreateKlingText2VideoTaskBody,
) -> ErrorResponse | KlingText2VideoSubmitted | None:
    """Create a Kling text-to-video task

     Create a text-to-video task. Poll it with the text2video query route.
    duration is a string: "5" or "10".

    Args:
        body (CreateKlingText2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KlingText2VideoSubmitted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateKlingText2VideoTaskBody,
) -> Response[ErrorResponse | KlingText2VideoSubmitted]:
    """Create a Kling text-to-video task

     Create a text-to-video task. Poll it with the text2video query route.
    duration is a string: "5" or "10".

    Args:
        body (CreateKlingText2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KlingText2VideoSubmitted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateKlingText2VideoTaskBody,
) -> ErrorResponse | KlingText2VideoSubmitted | None:
    """Create a Kling text-to-video task

     Create a text-to-video task. Poll it with the text2video query route.
    duration is a string: "5" or "10".

    Args:
        body (CreateKlingText2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KlingText2VideoSubmitted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
