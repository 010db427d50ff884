from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runway_task_status import RunwayTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runway_task_data import RunwayTaskData


T = TypeVar("T", bound="RunwayTask")


@_attrs_define
class RunwayTask:
    """
    Attributes:
        id (str | Unset):
        status (RunwayTaskStatus | str | Unset):
        created_at (str | Unset):
        progress (float | None | Unset): 0-1
        output (list[str] | Unset):
        failure (None | str | Unset):
        failure_code (None | str | Unset):
        code (str | Unset):
        message (str | Unset):
        data (RunwayTaskData | Unset):
    """

    id: str | Unset = UNSET
    status: RunwayTaskStatus | str | Unset = UNSET
    created_at: str | Unset = UNSET
    progress: float | None | Unset = UNSET
    output: list[str] | Unset = UNSET
    failure: None | str | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    data: RunwayTaskData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunwayTaskStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        output: list[str] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        failure: None | str | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        else:
            failure = self.failure

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        code = self.code

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if progress is not UNSET:
            field_dict["progress"] = progress
        if output is not UNSET:
            field_dict["output"] = output
        if failure is not UNSET:
            field_dict["failure"] = failure
        if failure_code is not UNSET:
            field_dict["failureCode"] = failure_code
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runway_task_data import RunwayTaskData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> RunwayTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RunwayTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunwayTaskStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        created_at = d.pop("createdAt", UNSET)

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        output = cast(list[str], d.pop("output", UNSET))

        def _parse_failure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

        def _parse_failure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_code = _parse_failure_code(d.pop("failureCode", UNSET))

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: RunwayTaskData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RunwayTaskData.from_dict(_data)

        runway_task = cls(
            id=id,
            status=status,
            created_at=created_at,
            progress=progress,
            output=output,
            failure=failure,
            failure_code=failure_code,
            code=code,
            message=message,
            data=data,
        )

        runway_task.additional_properties = d
        return runway_task

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
