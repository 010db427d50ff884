from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_image_2_video_task_data_data_data_task_status import (
    KlingImage2VideoTaskDataDataDataTaskStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_image_2_video_task_data_data_data_task_info import (
        KlingImage2VideoTaskDataDataDataTaskInfo,
    )
    from ..models.kling_image_2_video_task_data_data_data_task_result import (
        KlingImage2VideoTaskDataDataDataTaskResult,
    )


T = TypeVar("T", bound="KlingImage2VideoTaskDataDataData")


@_attrs_define
class KlingImage2VideoTaskDataDataData:
    """
    Attributes:
        task_id (str | Unset):
        task_status (KlingImage2VideoTaskDataDataDataTaskStatus | str | Unset):
        task_status_msg (str | Unset):
        task_info (KlingImage2VideoTaskDataDataDataTaskInfo | Unset):
        task_result (KlingImage2VideoTaskDataDataDataTaskResult | Unset):
        created_at (int | Unset):
        updated_at (int | Unset):
    """

    task_id: str | Unset = UNSET
    task_status: KlingImage2VideoTaskDataDataDataTaskStatus | str | Unset = UNSET
    task_status_msg: str | Unset = UNSET
    task_info: KlingImage2VideoTaskDataDataDataTaskInfo | Unset = UNSET
    task_result: KlingImage2VideoTaskDataDataDataTaskResult | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        task_status: str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        elif isinstance(self.task_status, KlingImage2VideoTaskDataDataDataTaskStatus):
            task_status = self.task_status.value
        else:
            task_status = self.task_status

        task_status_msg = self.task_status_msg

        task_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_info, Unset):
            task_info = self.task_info.to_dict()

        task_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_result, Unset):
            task_result = self.task_result.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if task_status_msg is not UNSET:
            field_dict["task_status_msg"] = task_status_msg
        if task_info is not UNSET:
            field_dict["task_info"] = task_info
        if task_result is not UNSET:
            field_dict["task_result"] = task_result
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_image_2_video_task_data_data_data_task_info import (
            KlingImage2VideoTaskDataDataDataTaskInfo,  # noqa: PLC0415
        )
        from ..models.kling_image_2_video_task_data_data_data_task_result import (
            KlingImage2VideoTaskDataDataDataTaskResult,  # noqa: PLC0415
        )

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        def _parse_task_status(
            data: object,
        ) -> KlingImage2VideoTaskDataDataDataTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_status_type_0 = KlingImage2VideoTaskDataDataDataTaskStatus(data)

                return task_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KlingImage2VideoTaskDataDataDataTaskStatus | str | Unset, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        task_status_msg = d.pop("task_status_msg", UNSET)

        _task_info = d.pop("task_info", UNSET)
        task_info: KlingImage2VideoTaskDataDataDataTaskInfo | Unset
        if isinstance(_task_info, Unset):
            task_info = UNSET
        else:
            task_info = KlingImage2VideoTaskDataDataDataTaskInfo.from_dict(_task_info)

        _task_result = d.pop("task_result", UNSET)
        task_result: KlingImage2VideoTaskDataDataDataTaskResult | Unset
        if isinstance(_task_result, Unset):
            task_result = UNSET
        else:
            task_result = KlingImage2VideoTaskDataDataDataTaskResult.from_dict(
                _task_result
            )

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        kling_image_2_video_task_data_data_data = cls(
            task_id=task_id,
            task_status=task_status,
            task_status_msg=task_status_msg,
            task_info=task_info,
            task_result=task_result,
            created_at=created_at,
            updated_at=updated_at,
        )

        kling_image_2_video_task_data_data_data.additional_properties = d
        return kling_image_2_video_task_data_data_data

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
