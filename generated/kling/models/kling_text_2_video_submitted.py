from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_text_2_video_submitted_status import KlingText2VideoSubmittedStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_text_2_video_submitted_data import KlingText2VideoSubmittedData


T = TypeVar("T", bound="KlingText2VideoSubmitted")


@_attrs_define
class KlingText2VideoSubmitted:
    """
    Attributes:
        code (int | Unset):
        message (str | Unset):
        request_id (str | Unset):
        data (KlingText2VideoSubmittedData | Unset):
        id (str | Unset):
        task_id (str | Unset):
        object_ (str | Unset):
        model (str | Unset):
        status (KlingText2VideoSubmittedStatus | str | Unset):
        progress (int | Unset):
        created_at (int | Unset):
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    request_id: str | Unset = UNSET
    data: KlingText2VideoSubmittedData | Unset = UNSET
    id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    object_: str | Unset = UNSET
    model: str | Unset = UNSET
    status: KlingText2VideoSubmittedStatus | str | Unset = UNSET
    progress: int | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        id = self.id

        task_id = self.task_id

        object_ = self.object_

        model = self.model

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KlingText2VideoSubmittedStatus):
            status = self.status.value
        else:
            status = self.status

        progress = self.progress

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_text_2_video_submitted_data import (
            KlingText2VideoSubmittedData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        _data = d.pop("data", UNSET)
        data: KlingText2VideoSubmittedData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = KlingText2VideoSubmittedData.from_dict(_data)

        id = d.pop("id", UNSET)

        task_id = d.pop("task_id", UNSET)

        object_ = d.pop("object", UNSET)

        model = d.pop("model", UNSET)

        def _parse_status(data: object) -> KlingText2VideoSubmittedStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = KlingText2VideoSubmittedStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KlingText2VideoSubmittedStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        progress = d.pop("progress", UNSET)

        created_at = d.pop("created_at", UNSET)

        kling_text_2_video_submitted = cls(
            code=code,
            message=message,
            request_id=request_id,
            data=data,
            id=id,
            task_id=task_id,
            object_=object_,
            model=model,
            status=status,
            progress=progress,
            created_at=created_at,
        )

        kling_text_2_video_submitted.additional_properties = d
        return kling_text_2_video_submitted

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
