from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_text_2_video_submitted_data_task_status import (
    KlingText2VideoSubmittedDataTaskStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_text_2_video_submitted_data_task_info import (
        KlingText2VideoSubmittedDataTaskInfo,
    )


T = TypeVar("T", bound="KlingText2VideoSubmittedData")


@_attrs_define
class KlingText2VideoSubmittedData:
    """
    Attributes:
        task_id (str | Unset):
        task_status (KlingText2VideoSubmittedDataTaskStatus | str | Unset):
        task_info (KlingText2VideoSubmittedDataTaskInfo | Unset):
        created_at (int | Unset):
        updated_at (int | Unset):
    """

    task_id: str | Unset = UNSET
    task_status: KlingText2VideoSubmittedDataTaskStatus | str | Unset = UNSET
    task_info: KlingText2VideoSubmittedDataTaskInfo | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        task_status: str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        elif isinstance(self.task_status, KlingText2VideoSubmittedDataTaskStatus):
            task_status = self.task_status.value
        else:
            task_status = self.task_status

        task_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_info, Unset):
            task_info = self.task_info.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if task_info is not UNSET:
            field_dict["task_info"] = task_info
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_text_2_video_submitted_data_task_info import (
            KlingText2VideoSubmittedDataTaskInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        def _parse_task_status(
            data: object,
        ) -> KlingText2VideoSubmittedDataTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_status_type_0 = KlingText2VideoSubmittedDataTaskStatus(data)

                return task_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KlingText2VideoSubmittedDataTaskStatus | str | Unset, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        _task_info = d.pop("task_info", UNSET)
        task_info: KlingText2VideoSubmittedDataTaskInfo | Unset
        if isinstance(_task_info, Unset):
            task_info = UNSET
        else:
            task_info = KlingText2VideoSubmittedDataTaskInfo.from_dict(_task_info)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        kling_text_2_video_submitted_data = cls(
            task_id=task_id,
            task_status=task_status,
            task_info=task_info,
            created_at=created_at,
            updated_at=updated_at,
        )

        kling_text_2_video_submitted_data.additional_properties = d
        return kling_text_2_video_submitted_data

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
