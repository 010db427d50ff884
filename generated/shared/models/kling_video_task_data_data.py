from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_video_task_data_data_data import KlingVideoTaskDataDataData


T = TypeVar("T", bound="KlingVideoTaskDataData")


@_attrs_define
class KlingVideoTaskDataData:
    """
    Attributes:
        code (int | Unset):
        data (KlingVideoTaskDataDataData | Unset):
        message (str | Unset):
        request_id (str | Unset):
    """

    code: int | Unset = UNSET
    data: KlingVideoTaskDataDataData | Unset = UNSET
    message: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        message = self.message

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_video_task_data_data_data import KlingVideoTaskDataDataData  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: KlingVideoTaskDataDataData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = KlingVideoTaskDataDataData.from_dict(_data)

        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        kling_video_task_data_data = cls(
            code=code,
            data=data,
            message=message,
            request_id=request_id,
        )

        kling_video_task_data_data.additional_properties = d
        return kling_video_task_data_data

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
