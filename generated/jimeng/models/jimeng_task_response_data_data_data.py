from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jimeng_task_response_data_data_data_status import (
    JimengTaskResponseDataDataDataStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jimeng_task_response_data_data_data_data import (
        JimengTaskResponseDataDataDataData,
    )


T = TypeVar("T", bound="JimengTaskResponseDataDataData")


@_attrs_define
class JimengTaskResponseDataDataData:
    """
    Attributes:
        video (str | Unset):
        data (JimengTaskResponseDataDataDataData | Unset):
        action (str | Unset):
        status (JimengTaskResponseDataDataDataStatus | str | Unset):
        task_id (str | Unset):
        platform (str | Unset):
        progress (str | Unset):
        start_time (int | Unset):
        fail_reason (str | Unset):
        finish_time (int | Unset):
        search_item (str | Unset):
        submit_time (int | Unset):
        video_url (str | Unset):
        resp_data (str | Unset):
    """

    video: str | Unset = UNSET
    data: JimengTaskResponseDataDataDataData | Unset = UNSET
    action: str | Unset = UNSET
    status: JimengTaskResponseDataDataDataStatus | str | Unset = UNSET
    task_id: str | Unset = UNSET
    platform: str | Unset = UNSET
    progress: str | Unset = UNSET
    start_time: int | Unset = UNSET
    fail_reason: str | Unset = UNSET
    finish_time: int | Unset = UNSET
    search_item: str | Unset = UNSET
    submit_time: int | Unset = UNSET
    video_url: str | Unset = UNSET
    resp_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        action = self.action

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JimengTaskResponseDataDataDataStatus):
            status = self.status.value
        else:
            status = self.status

        task_id = self.task_id

        platform = self.platform

        progress = self.progress

        start_time = self.start_time

        fail_reason = self.fail_reason

        finish_time = self.finish_time

        search_item = self.search_item

        submit_time = self.submit_time

        video_url = self.video_url

        resp_data = self.resp_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video is not UNSET:
            field_dict["video"] = video
        if data is not UNSET:
            field_dict["data"] = data
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if progress is not UNSET:
            field_dict["progress"] = progress
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time
        if search_item is not UNSET:
            field_dict["search_item"] = search_item
        if submit_time is not UNSET:
            field_dict["submit_time"] = submit_time
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if resp_data is not UNSET:
            field_dict["resp_data"] = resp_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jimeng_task_response_data_data_data_data import (
            JimengTaskResponseDataDataDataData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        video = d.pop("video", UNSET)

        _data = d.pop("data", UNSET)
        data: JimengTaskResponseDataDataDataData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = JimengTaskResponseDataDataDataData.from_dict(_data)

        action = d.pop("action", UNSET)

        def _parse_status(
            data: object,
        ) -> JimengTaskResponseDataDataDataStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JimengTaskResponseDataDataDataStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JimengTaskResponseDataDataDataStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        task_id = d.pop("task_id", UNSET)

        platform = d.pop("platform", UNSET)

        progress = d.pop("progress", UNSET)

        start_time = d.pop("start_time", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        finish_time = d.pop("finish_time", UNSET)

        search_item = d.pop("search_item", UNSET)

        submit_time = d.pop("submit_time", UNSET)

        video_url = d.pop("video_url", UNSET)

        resp_data = d.pop("resp_data", UNSET)

        jimeng_task_response_data_data_data = cls(
            video=video,
            data=data,
            action=action,
            status=status,
            task_id=task_id,
            platform=platform,
            progress=progress,
            start_time=start_time,
            fail_reason=fail_reason,
            finish_time=finish_time,
            search_item=search_item,
            submit_time=submit_time,
            video_url=video_url,
            resp_data=resp_data,
        )

        jimeng_task_response_data_data_data.additional_properties = d
        return jimeng_task_response_data_data_data

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
