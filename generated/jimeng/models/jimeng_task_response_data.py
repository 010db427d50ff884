from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jimeng_task_status import JimengTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jimeng_task_response_data_data import JimengTaskResponseDataData


T = TypeVar("T", bound="JimengTaskResponseData")


@_attrs_define
class JimengTaskResponseData:
    """
    Attributes:
        task_id (str):
        task_status (str | Unset):
        created_at (int | Unset):
        updated_at (int | Unset):
        notify_hook (str | Unset):
        action (str | Unset):
        status (JimengTaskStatus | str | Unset):
        fail_reason (str | Unset):
        submit_time (int | Unset):
        start_time (int | Unset):
        finish_time (int | Unset):
        progress (str | Unset):
        data (JimengTaskResponseDataData | None | Unset):
        result_url (str | Unset):
    """

    task_id: str
    task_status: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    notify_hook: str | Unset = UNSET
    action: str | Unset = UNSET
    status: JimengTaskStatus | str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    submit_time: int | Unset = UNSET
    start_time: int | Unset = UNSET
    finish_time: int | Unset = UNSET
    progress: str | Unset = UNSET
    data: JimengTaskResponseDataData | None | Unset = UNSET
    result_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.jimeng_task_response_data_data import JimengTaskResponseDataData  # noqa: PLC0415

        task_id = self.task_id

        task_status = self.task_status

        created_at = self.created_at

        updated_at = self.updated_at

        notify_hook = self.notify_hook

        action = self.action

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JimengTaskStatus):
            status = self.status.value
        else:
            status = self.status

        fail_reason = self.fail_reason

        submit_time = self.submit_time

        start_time = self.start_time

        finish_time = self.finish_time

        progress = self.progress

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, JimengTaskResponseDataData):
            data = self.data.to_dict()
        else:
            data = self.data

        result_url = self.result_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if notify_hook is not UNSET:
            field_dict["notify_hook"] = notify_hook
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
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
        if result_url is not UNSET:
            field_dict["result_url"] = result_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jimeng_task_response_data_data import JimengTaskResponseDataData  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        task_status = d.pop("task_status", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        notify_hook = d.pop("notify_hook", UNSET)

        action = d.pop("action", UNSET)

        def _parse_status(data: object) -> JimengTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JimengTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JimengTaskStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        fail_reason = d.pop("fail_reason", UNSET)

        submit_time = d.pop("submit_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        finish_time = d.pop("finish_time", UNSET)

        progress = d.pop("progress", UNSET)

        def _parse_data(data: object) -> JimengTaskResponseDataData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = JimengTaskResponseDataData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JimengTaskResponseDataData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        result_url = d.pop("result_url", UNSET)

        jimeng_task_response_data = cls(
            task_id=task_id,
            task_status=task_status,
            created_at=created_at,
            updated_at=updated_at,
            notify_hook=notify_hook,
            action=action,
            status=status,
            fail_reason=fail_reason,
            submit_time=submit_time,
            start_time=start_time,
            finish_time=finish_time,
            progress=progress,
            data=data,
            result_url=result_url,
        )

        jimeng_task_response_data.additional_properties = d
        return jimeng_task_response_data

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
