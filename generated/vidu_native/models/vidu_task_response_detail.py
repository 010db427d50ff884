from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_task_response_detail_status import ViduTaskResponseDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vidu_task_response_detail_req import ViduTaskResponseDetailReq


T = TypeVar("T", bound="ViduTaskResponseDetail")


@_attrs_define
class ViduTaskResponseDetail:
    """
    Attributes:
        id (str | Unset):
        req (ViduTaskResponseDetailReq | Unset):
        status (str | Unset | ViduTaskResponseDetailStatus):
        running (bool | Unset):
        video_url (str | Unset):
    """

    id: str | Unset = UNSET
    req: ViduTaskResponseDetailReq | Unset = UNSET
    status: str | Unset | ViduTaskResponseDetailStatus = UNSET
    running: bool | Unset = UNSET
    video_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        req: dict[str, Any] | Unset = UNSET
        if not isinstance(self.req, Unset):
            req = self.req.to_dict()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ViduTaskResponseDetailStatus):
            status = self.status.value
        else:
            status = self.status

        running = self.running

        video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if req is not UNSET:
            field_dict["req"] = req
        if status is not UNSET:
            field_dict["status"] = status
        if running is not UNSET:
            field_dict["running"] = running
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vidu_task_response_detail_req import ViduTaskResponseDetailReq  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _req = d.pop("req", UNSET)
        req: ViduTaskResponseDetailReq | Unset
        if isinstance(_req, Unset):
            req = UNSET
        else:
            req = ViduTaskResponseDetailReq.from_dict(_req)

        def _parse_status(data: object) -> str | Unset | ViduTaskResponseDetailStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ViduTaskResponseDetailStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ViduTaskResponseDetailStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        running = d.pop("running", UNSET)

        video_url = d.pop("video_url", UNSET)

        vidu_task_response_detail = cls(
            id=id,
            req=req,
            status=status,
            running=running,
            video_url=video_url,
        )

        vidu_task_response_detail.additional_properties = d
        return vidu_task_response_detail

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
