from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_text_2_video_task_data import KlingText2VideoTaskData


T = TypeVar("T", bound="KlingText2VideoTask")


@_attrs_define
class KlingText2VideoTask:
    """
    Attributes:
        code (int | str): 错误码，0 为成功
        data (KlingText2VideoTaskData):
        message (str | Unset):
        request_id (str | Unset):
    """

    code: int | str
    data: KlingText2VideoTaskData
    message: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str
        code = self.code

        data = self.data.to_dict()

        message = self.message

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_text_2_video_task_data import KlingText2VideoTaskData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(d.pop("code"))

        data = KlingText2VideoTaskData.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        kling_text_2_video_task = cls(
            code=code,
            data=data,
            message=message,
            request_id=request_id,
        )

        kling_text_2_video_task.additional_properties = d
        return kling_text_2_video_task

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
