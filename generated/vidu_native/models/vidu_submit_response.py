from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_submit_response_status import ViduSubmitResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduSubmitResponse")


@_attrs_define
class ViduSubmitResponse:
    """
    Attributes:
        id (str): 任务 ID，用于查询
        status (str | ViduSubmitResponseStatus):
        status_update_time (int | Unset): 状态更新时间（unix 毫秒，部分中转为秒）
    """

    id: str
    status: str | ViduSubmitResponseStatus
    status_update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, ViduSubmitResponseStatus):
            status = self.status.value
        else:
            status = self.status

        status_update_time = self.status_update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if status_update_time is not UNSET:
            field_dict["status_update_time"] = status_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> str | ViduSubmitResponseStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ViduSubmitResponseStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ViduSubmitResponseStatus, data)

        status = _parse_status(d.pop("status"))

        status_update_time = d.pop("status_update_time", UNSET)

        vidu_submit_response = cls(
            id=id,
            status=status,
            status_update_time=status_update_time,
        )

        vidu_submit_response.additional_properties = d
        return vidu_submit_response

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
