from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minimax_submit_response_base_resp import MinimaxSubmitResponseBaseResp


T = TypeVar("T", bound="MinimaxSubmitResponse")


@_attrs_define
class MinimaxSubmitResponse:
    """
    Attributes:
        task_id (str | Unset):
        base_resp (MinimaxSubmitResponseBaseResp | Unset):
    """

    task_id: str | Unset = UNSET
    base_resp: MinimaxSubmitResponseBaseResp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        base_resp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_resp, Unset):
            base_resp = self.base_resp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if base_resp is not UNSET:
            field_dict["base_resp"] = base_resp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minimax_submit_response_base_resp import (
            MinimaxSubmitResponseBaseResp,  # noqa: PLC0415
        )

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        _base_resp = d.pop("base_resp", UNSET)
        base_resp: MinimaxSubmitResponseBaseResp | Unset
        if isinstance(_base_resp, Unset):
            base_resp = UNSET
        else:
            base_resp = MinimaxSubmitResponseBaseResp.from_dict(_base_resp)

        minimax_submit_response = cls(
            task_id=task_id,
            base_resp=base_resp,
        )

        minimax_submit_response.additional_properties = d
        return minimax_submit_response

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
