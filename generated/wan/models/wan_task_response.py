from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_task_response_output import WanTaskResponseOutput
    from ..models.wan_task_response_usage import WanTaskResponseUsage


T = TypeVar("T", bound="WanTaskResponse")


@_attrs_define
class WanTaskResponse:
    """
    Attributes:
        request_id (str):
        output (WanTaskResponseOutput):
        usage (WanTaskResponseUsage | Unset):
    """

    request_id: str
    output: WanTaskResponseOutput
    usage: WanTaskResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        output = self.output.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "output": output,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_task_response_output import WanTaskResponseOutput  # noqa: PLC0415
        from ..models.wan_task_response_usage import WanTaskResponseUsage  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("request_id")

        output = WanTaskResponseOutput.from_dict(d.pop("output"))

        _usage = d.pop("usage", UNSET)
        usage: WanTaskResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = WanTaskResponseUsage.from_dict(_usage)

        wan_task_response = cls(
            request_id=request_id,
            output=output,
            usage=usage,
        )

        wan_task_response.additional_properties = d
        return wan_task_response

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
