from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_submit_response_output_task_status import (
    WanSubmitResponseOutputTaskStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WanSubmitResponseOutput")


@_attrs_define
class WanSubmitResponseOutput:
    """
    Attributes:
        task_id (str | Unset):
        task_status (str | Unset | WanSubmitResponseOutputTaskStatus):
    """

    task_id: str | Unset = UNSET
    task_status: str | Unset | WanSubmitResponseOutputTaskStatus = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        task_status: str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        elif isinstance(self.task_status, WanSubmitResponseOutputTaskStatus):
            task_status = self.task_status.value
        else:
            task_status = self.task_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_status is not UNSET:
            field_dict["task_status"] = task_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        def _parse_task_status(
            data: object,
        ) -> str | Unset | WanSubmitResponseOutputTaskStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_status_type_0 = WanSubmitResponseOutputTaskStatus(data)

                return task_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WanSubmitResponseOutputTaskStatus, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        wan_submit_response_output = cls(
            task_id=task_id,
            task_status=task_status,
        )

        wan_submit_response_output.additional_properties = d
        return wan_submit_response_output

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
