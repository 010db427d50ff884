from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minimax_file_response_base_resp import MinimaxFileResponseBaseResp
    from ..models.minimax_file_response_file import MinimaxFileResponseFile


T = TypeVar("T", bound="MinimaxFileResponse")


@_attrs_define
class MinimaxFileResponse:
    """
    Attributes:
        file (MinimaxFileResponseFile | Unset):
        base_resp (MinimaxFileResponseBaseResp | Unset):
    """

    file: MinimaxFileResponseFile | Unset = UNSET
    base_resp: MinimaxFileResponseBaseResp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        base_resp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_resp, Unset):
            base_resp = self.base_resp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if base_resp is not UNSET:
            field_dict["base_resp"] = base_resp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minimax_file_response_base_resp import MinimaxFileResponseBaseResp  # noqa: PLC0415
        from ..models.minimax_file_response_file import MinimaxFileResponseFile  # noqa: PLC0415

        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: MinimaxFileResponseFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = MinimaxFileResponseFile.from_dict(_file)

        _base_resp = d.pop("base_resp", UNSET)
        base_resp: MinimaxFileResponseBaseResp | Unset
        if isinstance(_base_resp, Unset):
            base_resp = UNSET
        else:
            base_resp = MinimaxFileResponseBaseResp.from_dict(_base_resp)

        minimax_file_response = cls(
            file=file,
            base_resp=base_resp,
        )

        minimax_file_response.additional_properties = d
        return minimax_file_response

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
