from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jimeng_task_response_data_data_status import (
    JimengTaskResponseDataDataStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jimeng_task_response_data_data_data import (
        JimengTaskResponseDataDataData,
    )
    from ..models.jimeng_task_response_data_data_metadata import (
        JimengTaskResponseDataDataMetadata,
    )


T = TypeVar("T", bound="JimengTaskResponseDataData")


@_attrs_define
class JimengTaskResponseDataData:
    """
    Attributes:
        data (JimengTaskResponseDataDataData | None | Unset):
        status (int | JimengTaskResponseDataDataStatus | str | Unset):
        task_id (str | Unset):
        metadata (JimengTaskResponseDataDataMetadata | Unset): Upstream payload, kept verbatim.
        created_at (str | Unset):
        code (int | str | Unset):
        message (str | Unset):
        request_id (str | Unset):
        time_elapsed (str | Unset):
        video (str | Unset):
    """

    data: JimengTaskResponseDataDataData | None | Unset = UNSET
    status: int | JimengTaskResponseDataDataStatus | str | Unset = UNSET
    task_id: str | Unset = UNSET
    metadata: JimengTaskResponseDataDataMetadata | Unset = UNSET
    created_at: str | Unset = UNSET
    code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    request_id: str | Unset = UNSET
    time_elapsed: str | Unset = UNSET
    video: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.jimeng_task_response_data_data_data import (
            JimengTaskResponseDataDataData,  # noqa: PLC0415
        )

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, JimengTaskResponseDataDataData):
            data = self.data.to_dict()
        else:
            data = self.data

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JimengTaskResponseDataDataStatus):
            status = self.status.value
        else:
            status = self.status

        task_id = self.task_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at = self.created_at

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        request_id = self.request_id

        time_elapsed = self.time_elapsed

        video = self.video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if time_elapsed is not UNSET:
            field_dict["time_elapsed"] = time_elapsed
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jimeng_task_response_data_data_data import (
            JimengTaskResponseDataDataData,  # noqa: PLC0415
        )
        from ..models.jimeng_task_response_data_data_metadata import (
            JimengTaskResponseDataDataMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_data(data: object) -> JimengTaskResponseDataDataData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = JimengTaskResponseDataDataData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JimengTaskResponseDataDataData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_status(
            data: object,
        ) -> int | JimengTaskResponseDataDataStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JimengTaskResponseDataDataStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | JimengTaskResponseDataDataStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        task_id = d.pop("task_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: JimengTaskResponseDataDataMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JimengTaskResponseDataDataMetadata.from_dict(_metadata)

        created_at = d.pop("created_at", UNSET)

        def _parse_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        time_elapsed = d.pop("time_elapsed", UNSET)

        video = d.pop("video", UNSET)

        jimeng_task_response_data_data = cls(
            data=data,
            status=status,
            task_id=task_id,
            metadata=metadata,
            created_at=created_at,
            code=code,
            message=message,
            request_id=request_id,
            time_elapsed=time_elapsed,
            video=video,
        )

        jimeng_task_response_data_data.additional_properties = d
        return jimeng_task_response_data_data

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
