from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runway_task_data_data_status import RunwayTaskDataDataStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunwayTaskDataData")


@_attrs_define
class RunwayTaskDataData:
    """
    Attributes:
        id (str | Unset):
        status (RunwayTaskDataDataStatus | str | Unset):
        created_at (str | Unset):
        progress (float | None | Unset):
        output (list[str] | Unset):
        failure (str | Unset):
        failure_code (str | Unset):
    """

    id: str | Unset = UNSET
    status: RunwayTaskDataDataStatus | str | Unset = UNSET
    created_at: str | Unset = UNSET
    progress: float | None | Unset = UNSET
    output: list[str] | Unset = UNSET
    failure: str | Unset = UNSET
    failure_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunwayTaskDataDataStatus):
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

        failure = self.failure

        failure_code = self.failure_code

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> RunwayTaskDataDataStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RunwayTaskDataDataStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunwayTaskDataDataStatus | str | Unset, data)

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

        failure = d.pop("failure", UNSET)

        failure_code = d.pop("failureCode", UNSET)

        runway_task_data_data = cls(
            id=id,
            status=status,
            created_at=created_at,
            progress=progress,
            output=output,
            failure=failure,
            failure_code=failure_code,
        )

        runway_task_data_data.additional_properties = d
        return runway_task_data_data

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
