from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_video_task_data_data_data_task_status import (
    KlingVideoTaskDataDataDataTaskStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_data_task_info import KlingDataTaskInfo
    from ..models.kling_data_task_result import KlingDataTaskResult


T = TypeVar("T", bound="KlingVideoTaskDataDataData")


@_attrs_define
class KlingVideoTaskDataDataData:
    """
    Attributes:
        created_at (int | Unset):
        task_id (str | Unset):
        task_info (KlingDataTaskInfo | Unset):
        task_result (KlingDataTaskResult | Unset):
        task_status (KlingVideoTaskDataDataDataTaskStatus | str | Unset):
        task_status_msg (str | Unset):
        updated_at (int | Unset):
    """

    created_at: int | Unset = UNSET
    task_id: str | Unset = UNSET
    task_info: KlingDataTaskInfo | Unset = UNSET
    task_result: KlingDataTaskResult | Unset = UNSET
    task_status: KlingVideoTaskDataDataDataTaskStatus | str | Unset = UNSET
    task_status_msg: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        task_id = self.task_id

        task_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_info, Unset):
            task_info = self.task_info.to_dict()

        task_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_result, Unset):
            task_result = self.task_result.to_dict()

        task_status: str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        elif isinstance(self.task_status, KlingVideoTaskDataDataDataTaskStatus):
            task_status = self.task_status.value
        else:
            task_status = self.task_status

        task_status_msg = self.task_status_msg

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_info is not UNSET:
            field_dict["task_info"] = task_info
        if task_result is not UNSET:
            field_dict["task_result"] = task_result
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if task_status_msg is not UNSET:
            field_dict["task_status_msg"] = task_status_msg
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_data_task_info import KlingDataTaskInfo  # noqa: PLC0415
        from ..models.kling_data_task_result import KlingDataTaskResult  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        task_id = d.pop("task_id", UNSET)

        _task_info = d.pop("task_info", UNSET)
        task_info: KlingDataTaskInfo | Unset
        if isinstance(_task_info, Unset):
            task_info = UNSET
        else:
            task_info = KlingDataTaskInfo.from_dict(_task_info)

        _task_result = d.pop("task_result", UNSET)
        task_result: KlingDataTaskResult | Unset
        if isinstance(_task_result, Unset):
            task_result = UNSET
        else:
            task_result = KlingDataTaskResult.from_dict(_task_result)

        def _parse_task_status(
            data: object,
        ) -> KlingVideoTaskDataDataDataTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_status_type_0 = KlingVideoTaskDataDataDataTaskStatus(data)

                return task_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KlingVideoTaskDataDataDataTaskStatus | str | Unset, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        task_status_msg = d.pop("task_status_msg", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        kling_video_task_data_data_data = cls(
            created_at=created_at,
            task_id=task_id,
            task_info=task_info,
            task_result=task_result,
            task_status=task_status,
            task_status_msg=task_status_msg,
            updated_at=updated_at,
        )

        kling_video_task_data_data_data.additional_properties = d
        return kling_video_task_data_data_data

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
