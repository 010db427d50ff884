from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_task_status import MinimaxTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minimax_video_task_base_resp import MinimaxVideoTaskBaseResp
    from ..models.minimax_video_task_data import MinimaxVideoTaskData


T = TypeVar("T", bound="MinimaxVideoTask")


@_attrs_define
class MinimaxVideoTask:
    """
    Attributes:
        code (int | Unset):
        message (str | Unset):
        request_id (str | Unset):
        data (MinimaxVideoTaskData | Unset):
        task_id (str | Unset):
        status (MinimaxTaskStatus | str | Unset):
        file_id (str | Unset):
        video_width (int | Unset):
        video_height (int | Unset):
        base_resp (MinimaxVideoTaskBaseResp | Unset):
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    request_id: str | Unset = UNSET
    data: MinimaxVideoTaskData | Unset = UNSET
    task_id: str | Unset = UNSET
    status: MinimaxTaskStatus | str | Unset = UNSET
    file_id: str | Unset = UNSET
    video_width: int | Unset = UNSET
    video_height: int | Unset = UNSET
    base_resp: MinimaxVideoTaskBaseResp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        task_id = self.task_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MinimaxTaskStatus):
            status = self.status.value
        else:
            status = self.status

        file_id = self.file_id

        video_width = self.video_width

        video_height = self.video_height

        base_resp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_resp, Unset):
            base_resp = self.base_resp.to_dict()

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
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if video_width is not UNSET:
            field_dict["video_width"] = video_width
        if video_height is not UNSET:
            field_dict["video_height"] = video_height
        if base_resp is not UNSET:
            field_dict["base_resp"] = base_resp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minimax_video_task_base_resp import MinimaxVideoTaskBaseResp  # noqa: PLC0415
        from ..models.minimax_video_task_data import MinimaxVideoTaskData  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        _data = d.pop("data", UNSET)
        data: MinimaxVideoTaskData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MinimaxVideoTaskData.from_dict(_data)

        task_id = d.pop("task_id", UNSET)

        def _parse_status(data: object) -> MinimaxTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MinimaxTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinimaxTaskStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        file_id = d.pop("file_id", UNSET)

        video_width = d.pop("video_width", UNSET)

        video_height = d.pop("video_height", UNSET)

        _base_resp = d.pop("base_resp", UNSET)
        base_resp: MinimaxVideoTaskBaseResp | Unset
        if isinstance(_base_resp, Unset):
            base_resp = UNSET
        else:
            base_resp = MinimaxVideoTaskBaseResp.from_dict(_base_resp)

        minimax_video_task = cls(
            code=code,
            message=message,
            request_id=request_id,
            data=data,
            task_id=task_id,
            status=status,
            file_id=file_id,
            video_width=video_width,
            video_height=video_height,
            base_resp=base_resp,
        )

        minimax_video_task.additional_properties = d
        return minimax_video_task

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
