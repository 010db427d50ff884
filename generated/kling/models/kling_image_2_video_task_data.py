from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_image_2_video_task_data_status import KlingImage2VideoTaskDataStatus
from ..models.kling_task_status import KlingTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_image_2_video_task_data_data import KlingImage2VideoTaskDataData
    from ..models.kling_image_2_video_task_data_task_info import (
        KlingImage2VideoTaskDataTaskInfo,
    )
    from ..models.kling_image_2_video_task_data_task_result import (
        KlingImage2VideoTaskDataTaskResult,
    )


T = TypeVar("T", bound="KlingImage2VideoTaskData")


@_attrs_define
class KlingImage2VideoTaskData:
    """
    Attributes:
        task_id (str | Unset):
        task_status (KlingTaskStatus | str | Unset):
        task_status_msg (str | Unset):
        task_result (KlingImage2VideoTaskDataTaskResult | Unset):
        created_at (int | Unset): 创建时间
        updated_at (int | Unset): 更新时间
        task_info (KlingImage2VideoTaskDataTaskInfo | Unset):
        action (str | Unset):
        status (KlingImage2VideoTaskDataStatus | str | Unset):
        fail_reason (str | Unset):
        result_url (str | Unset):
        submit_time (int | Unset):
        start_time (int | Unset):
        finish_time (int | Unset):
        progress (str | Unset):
        data (KlingImage2VideoTaskDataData | Unset):
    """

    task_id: str | Unset = UNSET
    task_status: KlingTaskStatus | str | Unset = UNSET
    task_status_msg: str | Unset = UNSET
    task_result: KlingImage2VideoTaskDataTaskResult | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    task_info: KlingImage2VideoTaskDataTaskInfo | Unset = UNSET
    action: str | Unset = UNSET
    status: KlingImage2VideoTaskDataStatus | str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    result_url: str | Unset = UNSET
    submit_time: int | Unset = UNSET
    start_time: int | Unset = UNSET
    finish_time: int | Unset = UNSET
    progress: str | Unset = UNSET
    data: KlingImage2VideoTaskDataData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        task_status: str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        elif isinstance(self.task_status, KlingTaskStatus):
            task_status = self.task_status.value
        else:
            task_status = self.task_status

        task_status_msg = self.task_status_msg

        task_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_result, Unset):
            task_result = self.task_result.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        task_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_info, Unset):
            task_info = self.task_info.to_dict()

        action = self.action

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KlingImage2VideoTaskDataStatus):
            status = self.status.value
        else:
            status = self.status

        fail_reason = self.fail_reason

        result_url = self.result_url

        submit_time = self.submit_time

        start_time = self.start_time

        finish_time = self.finish_time

        progress = self.progress

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if task_status_msg is not UNSET:
            field_dict["task_status_msg"] = task_status_msg
        if task_result is not UNSET:
            field_dict["task_result"] = task_result
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if task_info is not UNSET:
            field_dict["task_info"] = task_info
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if submit_time is not UNSET:
            field_dict["submit_time"] = submit_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time
        if progress is not UNSET:
            field_dict["progress"] = progress
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_image_2_video_task_data_data import (
            KlingImage2VideoTaskDataData,  # noqa: PLC0415
        )
        from ..models.kling_image_2_video_task_data_task_info import (
            KlingImage2VideoTaskDataTaskInfo,  # noqa: PLC0415
        )
        from ..models.kling_image_2_video_task_data_task_result import (
            KlingImage2VideoTaskDataTaskResult,  # noqa: PLC0415
        )

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        def _parse_task_status(data: object) -> KlingTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_status_type_0 = KlingTaskStatus(data)

                return task_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KlingTaskStatus | str | Unset, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        task_status_msg = d.pop("task_status_msg", UNSET)

        _task_result = d.pop("task_result", UNSET)
        task_result: KlingImage2VideoTaskDataTaskResult | Unset
        if isinstance(_task_result, Unset):
            task_result = UNSET
        else:
            task_result = KlingImage2VideoTaskDataTaskResult.from_dict(_task_result)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _task_info = d.pop("task_info", UNSET)
        task_info: KlingImage2VideoTaskDataTaskInfo | Unset
        if isinstance(_task_info, Unset):
            task_info = UNSET
        else:
            task_info = KlingImage2VideoTaskDataTaskInfo.from_dict(_task_info)

        action = d.pop("action", UNSET)

        def _parse_status(data: object) -> KlingImage2VideoTaskDataStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = KlingImage2VideoTaskDataStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KlingImage2VideoTaskDataStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        fail_reason = d.pop("fail_reason", UNSET)

        result_url = d.pop("result_url", UNSET)

        submit_time = d.pop("submit_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        finish_time = d.pop("finish_time", UNSET)

        progress = d.pop("progress", UNSET)

        _data = d.pop("data", UNSET)
        data: KlingImage2VideoTaskDataData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = KlingImage2VideoTaskDataData.from_dict(_data)

        kling_image_2_video_task_data = cls(
            task_id=task_id,
            task_status=task_status,
            task_status_msg=task_status_msg,
            task_result=task_result,
            created_at=created_at,
            updated_at=updated_at,
            task_info=task_info,
            action=action,
            status=status,
            fail_reason=fail_reason,
            result_url=result_url,
            submit_time=submit_time,
            start_time=start_time,
            finish_time=finish_time,
            progress=progress,
            data=data,
        )

        kling_image_2_video_task_data.additional_properties = d
        return kling_image_2_video_task_data

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
