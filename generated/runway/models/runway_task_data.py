from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runway_task_data_status import RunwayTaskDataStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runway_task_data_data import RunwayTaskDataData


T = TypeVar("T", bound="RunwayTaskData")


@_attrs_define
class RunwayTaskData:
    """
    Attributes:
        task_id (str | Unset):
        action (str | Unset):
        status (RunwayTaskDataStatus | str | Unset):
        fail_reason (str | Unset):
        submit_time (int | Unset):
        start_time (int | Unset):
        finish_time (int | Unset):
        progress (str | Unset):
        data (RunwayTaskDataData | Unset):
        result_url (str | Unset):
    """

    task_id: str | Unset = UNSET
    action: str | Unset = UNSET
    status: RunwayTaskDataStatus | str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    submit_time: int | Unset = UNSET
    start_time: int | Unset = UNSET
    finish_time: int | Unset = UNSET
    progress: str | Unset = UNSET
    data: RunwayTaskDataData | Unset = UNSET
    result_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        action = self.action

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunwayTaskDataStatus):
            status = self.status.value
        else:
            status = self.status

        fail_reason = self.fail_reason

        submit_time = self.submit_time

        start_time = self.start_time

        finish_time = self.finish_time

        progress = self.progress

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        result_url = self.result_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
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
        from ..models.runway_task_data_data import RunwayTaskDataData  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        action = d.pop("action", UNSET)

        def _parse_status(data: object) -> RunwayTaskDataStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RunwayTaskDataStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunwayTaskDataStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        fail_reason = d.pop("fail_reason", UNSET)

        submit_time = d.pop("submit_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        finish_time = d.pop("finish_time", UNSET)

        progress = d.pop("progress", UNSET)

        _data = d.pop("data", UNSET)
        data: RunwayTaskDataData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RunwayTaskDataData.from_dict(_data)

        result_url = d.pop("result_url", UNSET)

        runway_task_data = cls(
            task_id=task_id,
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

        runway_task_data.additional_properties = d
        return runway_task_data

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
