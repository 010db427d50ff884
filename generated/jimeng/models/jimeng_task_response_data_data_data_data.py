from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jimeng_task_response_data_data_data_data_status import (
    JimengTaskResponseDataDataDataDataStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JimengTaskResponseDataDataDataData")


@_attrs_define
class JimengTaskResponseDataDataDataData:
    """
    Attributes:
        video (str | Unset):
        status (JimengTaskResponseDataDataDataDataStatus | str | Unset):
        created_at (str | Unset):
    """

    video: str | Unset = UNSET
    status: JimengTaskResponseDataDataDataDataStatus | str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JimengTaskResponseDataDataDataDataStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video is not UNSET:
            field_dict["video"] = video
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video = d.pop("video", UNSET)

        def _parse_status(
            data: object,
        ) -> JimengTaskResponseDataDataDataDataStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JimengTaskResponseDataDataDataDataStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JimengTaskResponseDataDataDataDataStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        created_at = d.pop("created_at", UNSET)

        jimeng_task_response_data_data_data_data = cls(
            video=video,
            status=status,
            created_at=created_at,
        )

        jimeng_task_response_data_data_data_data.additional_properties = d
        return jimeng_task_response_data_data_data_data

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
