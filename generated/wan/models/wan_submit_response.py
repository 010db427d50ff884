from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_submit_response_output import WanSubmitResponseOutput


T = TypeVar("T", bound="WanSubmitResponse")


@_attrs_define
class WanSubmitResponse:
    """
    Attributes:
        output (WanSubmitResponseOutput | Unset):
        request_id (str | Unset):
    """

    output: WanSubmitResponseOutput | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_submit_response_output import WanSubmitResponseOutput  # noqa: PLC0415

        d = dict(src_dict)
        _output = d.pop("output", UNSET)
        output: WanSubmitResponseOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = WanSubmitResponseOutput.from_dict(_output)

        request_id = d.pop("request_id", UNSET)

        wan_submit_response = cls(
            output=output,
            request_id=request_id,
        )

        wan_submit_response.additional_properties = d
        return wan_submit_response

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
