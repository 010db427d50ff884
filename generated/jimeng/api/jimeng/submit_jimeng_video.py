from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.jimeng_submit_request import JimengSubmitRequest
from ...models.jimeng_submit_response import JimengSubmitResponse
from ...types import Response


def _get_kwargs(
    *,
    body: JimengSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jimeng/submit/videos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JimengSubmitResponse:
    if response.status_code == 200:
        response_200 = JimengSubmitResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | JimengSubmitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JimengSubmitRequest,
) -> Response[ErrorResponse | JimengSubmitResponse]:
    """Submit a Jimeng video generation

     Submit a Jimeng video generation. Leave image_url out for text-to-video; give one image URL
    for image-to-video. The answer carries the task id as a bare string in data; poll it on
    /jimeng/fetch/{task_id}.

    Args:
        body (JimengSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JimengSubmitResponse]
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
    body: JimengSubmitRequest,
) -> ErrorResponse | JimengSubmitResponse | None:
    """Submit a Jimeng video generation

     Submit a Jimeng video generation. Leave image_url out for text-to-video; give one image URL
    for image-to-video. The answer carries the task id as a bare string in data; poll it on
    /jimeng/fetch/{task_id}.

    Args:
        body (JimengSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JimengSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JimengSubmitRequest,
) -> Response[ErrorResponse | JimengSubmitResponse]:
    """Submit a Jimeng video generation

     Submit a Jimeng video generation. Leave image_url out for text-to-video; give one image URL
    for image-to-video. The answer carries the task id as a bare string in data; poll it on
    /jimeng/fetch/{task_id}.

    Args:
        body (JimengSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JimengSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JimengSubmitRequest,
) -> ErrorResponse | JimengSubmitResponse | None:
    """Submit a Jimeng video generation

     Submit a Jimeng video generation. Leave image_url out for text-to-video; give one image URL
    for image-to-video. The answer carries the task id as a bare string in data; poll it on
    /jimeng/fetch/{task_id}.

    Args:
        body (JimengSubmitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JimengSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
