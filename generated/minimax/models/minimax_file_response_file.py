from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxFileResponseFile")


@_attrs_define
class MinimaxFileResponseFile:
    """
    Attributes:
        file_id (int | Unset):
        bytes_ (int | Unset):
        created_at (int | Unset):
        filename (str | Unset):
        purpose (str | Unset):
        download_url (str | Unset):
    """

    file_id: int | Unset = UNSET
    bytes_: int | Unset = UNSET
    created_at: int | Unset = UNSET
    filename: str | Unset = UNSET
    purpose: str | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        purpose = self.purpose

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if filename is not UNSET:
            field_dict["filename"] = filename
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        created_at = d.pop("created_at", UNSET)

        filename = d.pop("filename", UNSET)

        purpose = d.pop("purpose", UNSET)

        download_url = d.pop("download_url", UNSET)

        minimax_file_response_file = cls(
            file_id=file_id,
            bytes_=bytes_,
            created_at=created_at,
            filename=filename,
            purpose=purpose,
            download_url=download_url,
        )

        minimax_file_response_file.additional_properties = d
        return minimax_file_response_file

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
