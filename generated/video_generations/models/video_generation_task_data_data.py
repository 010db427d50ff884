from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_task_data_data_status import (
    VideoGenerationTaskDataDataStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_generation_task_data_data_content import (
        VideoGenerationTaskDataDataContent,
    )
    from ..models.video_generation_task_data_data_error import (
        VideoGenerationTaskDataDataError,
    )
    from ..models.video_generation_task_data_data_usage import (
        VideoGenerationTaskDataDataUsage,
    )


T = TypeVar("T", bound="VideoGenerationTaskDataData")


@_attrs_define
class VideoGenerationTaskDataData:
    """
    Attributes:
        id (str | Unset):
        model (str | Unset):
        status (str | Unset | VideoGenerationTaskDataDataStatus):
        created_at (int | Unset):
        updated_at (int | Unset):
        content (VideoGenerationTaskDataDataContent | Unset):
        usage (VideoGenerationTaskDataDataUsage | Unset):
        error (VideoGenerationTaskDataDataError | Unset):
    """

    id: str | Unset = UNSET
    model: str | Unset = UNSET
    status: str | Unset | VideoGenerationTaskDataDataStatus = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    content: VideoGenerationTaskDataDataContent | Unset = UNSET
    usage: VideoGenerationTaskDataDataUsage | Unset = UNSET
    error: VideoGenerationTaskDataDataError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, VideoGenerationTaskDataDataStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if content is not UNSET:
            field_dict["content"] = content
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_generation_task_data_data_content import (
            VideoGenerationTaskDataDataContent,  # noqa: PLC0415
        )
        from ..models.video_generation_task_data_data_error import (
            VideoGenerationTaskDataDataError,  # noqa: PLC0415
        )
        from ..models.video_generation_task_data_data_usage import (
            VideoGenerationTaskDataDataUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        def _parse_status(
            data: object,
        ) -> str | Unset | VideoGenerationTaskDataDataStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VideoGenerationTaskDataDataStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VideoGenerationTaskDataDataStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _content = d.pop("content", UNSET)
        content: VideoGenerationTaskDataDataContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = VideoGenerationTaskDataDataContent.from_dict(_content)

        _usage = d.pop("usage", UNSET)
        usage: VideoGenerationTaskDataDataUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = VideoGenerationTaskDataDataUsage.from_dict(_usage)

        _error = d.pop("error", UNSET)
        error: VideoGenerationTaskDataDataError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = VideoGenerationTaskDataDataError.from_dict(_error)

        video_generation_task_data_data = cls(
            id=id,
            model=model,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            content=content,
            usage=usage,
            error=error,
        )

        video_generation_task_data_data.additional_properties = d
        return video_generation_task_data_data

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
