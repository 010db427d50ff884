from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_status import VideoGenerationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_generation_task_data import VideoGenerationTaskData
    from ..models.video_generation_task_error import VideoGenerationTaskError
    from ..models.video_generation_task_metadata import VideoGenerationTaskMetadata


T = TypeVar("T", bound="VideoGenerationTask")


@_attrs_define
class VideoGenerationTask:
    """视频任务状态查询响应

    Attributes:
        task_id (str | Unset): 任务 ID
        status (str | Unset | VideoGenerationStatus): 任务状态
        url (str | Unset): 视频资源 URL(成功时)
        format_ (str | Unset): 视频格式
        metadata (VideoGenerationTaskMetadata | Unset): 视频任务元数据
        error (VideoGenerationTaskError | Unset): 视频任务错误信息
        code (str | Unset):
        message (str | Unset):
        data (VideoGenerationTaskData | Unset):
    """

    task_id: str | Unset = UNSET
    status: str | Unset | VideoGenerationStatus = UNSET
    url: str | Unset = UNSET
    format_: str | Unset = UNSET
    metadata: VideoGenerationTaskMetadata | Unset = UNSET
    error: VideoGenerationTaskError | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    data: VideoGenerationTaskData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, VideoGenerationStatus):
            status = self.status.value
        else:
            status = self.status

        url = self.url

        format_ = self.format_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        code = self.code

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url
        if format_ is not UNSET:
            field_dict["format"] = format_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_generation_task_data import VideoGenerationTaskData  # noqa: PLC0415
        from ..models.video_generation_task_error import VideoGenerationTaskError  # noqa: PLC0415
        from ..models.video_generation_task_metadata import VideoGenerationTaskMetadata  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        def _parse_status(data: object) -> str | Unset | VideoGenerationStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VideoGenerationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VideoGenerationStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        url = d.pop("url", UNSET)

        format_ = d.pop("format", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: VideoGenerationTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VideoGenerationTaskMetadata.from_dict(_metadata)

        _error = d.pop("error", UNSET)
        error: VideoGenerationTaskError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = VideoGenerationTaskError.from_dict(_error)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: VideoGenerationTaskData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = VideoGenerationTaskData.from_dict(_data)

        video_generation_task = cls(
            task_id=task_id,
            status=status,
            url=url,
            format_=format_,
            metadata=metadata,
            error=error,
            code=code,
            message=message,
            data=data,
        )

        video_generation_task.additional_properties = d
        return video_generation_task

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
