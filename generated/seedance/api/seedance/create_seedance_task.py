from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_seedance_task_body import CreateSeedanceTaskBody
from ...models.error_response import ErrorResponse
from ...models.seedance_task_created import SeedanceTaskCreated
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSeedanceTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/volc/v1/contents/generations/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SeedanceTaskCreated:
    if response.status_code == 200:
        response_200 = SeedanceTaskCreated.from_dict(response.json())

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
) -> Response[ErrorResponse | SeedanceTaskCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSeedanceTaskBody,
) -> Response[ErrorResponse | SeedanceTaskCreated]:
    """Create a Seedance video generation task

     Create a Seedance task. content holds one text item and, for image-to-video, image_url items
    whose role is first_frame, last_frame or reference_image. Older models read flags inside the
    text instead of the top-level fields (for example --rs 720p --rt 16:9 --dur 5).

    Args:
        body (CreateSeedanceTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SeedanceTaskCreated]
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
    body: CreateSeedanceTaskBody,
) -> ErrorResponse | SeedanceTaskCreated | None:
    """Create a Seedance video generation task

     Create a Seedance task. content holds one text item and, for image-to-video, image_url items
    whose role is first_frame, last_frame or reference_image. Older models read flags inside the
    text instead of the top-level fields (for example --rs 720p --rt 16:9 --dur 5).

    Args:
        body (CreateSeedanceTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SeedanceTaskCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSeedanceTaskBody,
) -> Response[ErrorResponse | SeedanceTaskCreated]:
    """Create a Seedance video generation task

     Create a Seedance task. content holds one text item and, for image-to-video, image_url items
    whose role is first_frame, last_frame or reference_image. Older models read flags inside the
    text instead of the top-level fields (for example --rs 720p --rt 16:9 --dur 5).

    Args:
        body (CreateSeedanceTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SeedanceTaskCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSeedanceTaskBody,
) -> ErrorResponse | SeedanceTaskCreated | None:
    """Create a Seedance video generation task

     Create a Seedance task. content holds one text item and, for image-to-video, image_url items
    whose role is first_frame, last_frame or reference_image. Older models read flags inside the
    text instead of the top-level fields (for example --rs 720p --rt 16:9 --dur 5).

    Args:
        body (CreateSeedanceTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SeedanceTaskCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
