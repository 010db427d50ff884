from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_vidu_img_2_video_task_body import CreateViduImg2VideoTaskBody
from ...models.error_response import ErrorResponse
from ...models.vidu_image_task_created import ViduImageTaskCreated
from ...types import Response


def _get_kwargs(
    *,
    body: CreateViduImg2VideoTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vidu/ent/v2/img2video",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ViduImageTaskCreated:
    if response.status_code == 200:
        response_200 = ViduImageTaskCreated.from_dict(response.json())

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
) -> Response[ErrorResponse | ViduImageTaskCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateViduImg2VideoTaskBody,
) -> Response[ErrorResponse | ViduImageTaskCreated]:
    """Create a Vidu image-to-video task

     Create a Vidu image-to-video task; poll it on /vidu/ent/v2/tasks/{task_id}/creations.

    Args:
        body (CreateViduImg2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ViduImageTaskCreated]
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
    body: CreateViduImg2VideoTaskBody,
) -> ErrorResponse | ViduImageTaskCreated | None:
    """Create a Vidu image-to-video task

     Create a Vidu image-to-video task; poll it on /vidu/ent/v2/tasks/{task_id}/creations.

    Args:
        body (CreateViduImg2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ViduImageTaskCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateViduImg2VideoTaskBody,
) -> Response[ErrorResponse | ViduImageTaskCreated]:
    """Create a Vidu image-to-video task

     Create a Vidu image-to-video task; poll it on /vidu/ent/v2/tasks/{task_id}/creations.

    Args:
        body (CreateViduImg2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ViduImageTaskCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateViduImg2VideoTaskBody,
) -> ErrorResponse | ViduImageTaskCreated | None:
    """Create a Vidu image-to-video task

     Create a Vidu image-to-video task; poll it on /vidu/ent/v2/tasks/{task_id}/creations.

    Args:
        body (CreateViduImg2VideoTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ViduImageTaskCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
