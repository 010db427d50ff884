from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_video_files_body_seconds import CreateVideoFilesBodySeconds
from ..models.create_video_files_body_size import CreateVideoFilesBodySize
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateVideoFilesBody")


@_attrs_define
class CreateVideoFilesBody:
    """
    Attributes:
        prompt (str): 视频描述
        model (str | Unset):
        seconds (CreateVideoFilesBodySeconds | Unset):
        size (CreateVideoFilesBodySize | Unset):
        input_reference (File | Unset): 首帧图片文件（尺寸与 size 一致）
    """

    prompt: str
    model: str | Unset = UNSET
    seconds: CreateVideoFilesBodySeconds | Unset = UNSET
    size: CreateVideoFilesBodySize | Unset = UNSET
    input_reference: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        seconds: str | Unset = UNSET
        if not isinstance(self.seconds, Unset):
            seconds = self.seconds.value

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        input_reference: FileTypes | Unset = UNSET
        if not isinstance(self.input_reference, Unset):
            input_reference = self.input_reference.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if size is not UNSET:
            field_dict["size"] = size
        if input_reference is not UNSET:
            field_dict["input_reference"] = input_reference

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.seconds, Unset):
            files.append(
                ("seconds", (None, str(self.seconds.value).encode(), "text/plain"))
            )

        if not isinstance(self.size, Unset):
            files.append(("size", (None, str(self.size.value).encode(), "text/plain")))

        if not isinstance(self.input_reference, Unset):
            files.append(("input_reference", self.input_reference.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        model = d.pop("model", UNSET)

        _seconds = d.pop("seconds", UNSET)
        seconds: CreateVideoFilesBodySeconds | Unset
        if isinstance(_seconds, Unset):
            seconds = UNSET
        else:
            seconds = CreateVideoFilesBodySeconds(_seconds)

        _size = d.pop("size", UNSET)
        size: CreateVideoFilesBodySize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = CreateVideoFilesBodySize(_size)

        _input_reference = d.pop("input_reference", UNSET)
        input_reference: File | Unset
        if isinstance(_input_reference, Unset):
            input_reference = UNSET
        else:
            input_reference = File(payload=BytesIO(_input_reference))

        create_video_files_body = cls(
            prompt=prompt,
            model=model,
            seconds=seconds,
            size=size,
            input_reference=input_reference,
        )

        create_video_files_body.additional_properties = d
        return create_video_files_body

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
