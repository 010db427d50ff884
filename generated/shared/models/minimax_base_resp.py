from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxBaseResp")


@_attrs_define
class MinimaxBaseResp:
    """
    Attributes:
        status_code (int | Unset):
        status_msg (str | Unset):
    """

    status_code: int | Unset = UNSET
    status_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        status_msg = self.status_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_msg is not UNSET:
            field_dict["status_msg"] = status_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("status_code", UNSET)

        status_msg = d.pop("status_msg", UNSET)

        minimax_base_resp = cls(
            status_code=status_code,
            status_msg=status_msg,
        )

        minimax_base_resp.additional_properties = d
        return minimax_base_resp

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
