from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_submit_response_status import (
    VideoGenerationSubmitResponseStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerationSubmitResponse")


@_attrs_define
class VideoGenerationSubmitResponse:
    """
    Attributes:
        task_id (str):
        status (str | VideoGenerationSubmitResponseStatus): queued: 排队中 in_progress: 生成中（部分中转提交后即返回）
        id (str | Unset):
        object_ (str | Unset):
        model (str | Unset):
        progress (int | Unset):
        created_at (int | Unset):
    """

    task_id: str
    status: str | VideoGenerationSubmitResponseStatus
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    model: str | Unset = UNSET
    progress: int | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str
        if isinstance(self.status, VideoGenerationSubmitResponseStatus):
            status = self.status.value
        else:
            status = self.status

        id = self.id

        object_ = self.object_

        model = self.model

        progress = self.progress

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if progress is not UNSET:
            field_dict["progress"] = progress
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_status(data: object) -> str | VideoGenerationSubmitResponseStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VideoGenerationSubmitResponseStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoGenerationSubmitResponseStatus, data)

        status = _parse_status(d.pop("status"))

        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        model = d.pop("model", UNSET)

        progress = d.pop("progress", UNSET)

        created_at = d.pop("created_at", UNSET)

        video_generation_submit_response = cls(
            task_id=task_id,
            status=status,
            id=id,
            object_=object_,
            model=model,
            progress=progress,
            created_at=created_at,
        )

        video_generation_submit_response.additional_properties = d
        return video_generation_submit_response

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
