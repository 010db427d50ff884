from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_wan_video_body_input import CreateWanVideoBodyInput
    from ..models.create_wan_video_body_parameters import CreateWanVideoBodyParameters


T = TypeVar("T", bound="CreateWanVideoBody")


@_attrs_define
class CreateWanVideoBody:
    """
    Attributes:
        model (str): 模型名，例如 wan2.2-t2v-plus、wan2.2-i2v-plus
        input_ (CreateWanVideoBodyInput):
        parameters (CreateWanVideoBodyParameters | Unset):
    """

    model: str
    input_: CreateWanVideoBodyInput
    parameters: CreateWanVideoBodyParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input_.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_wan_video_body_input import CreateWanVideoBodyInput  # noqa: PLC0415
        from ..models.create_wan_video_body_parameters import (
            CreateWanVideoBodyParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        model = d.pop("model")

        input_ = CreateWanVideoBodyInput.from_dict(d.pop("input"))

        _parameters = d.pop("parameters", UNSET)
        parameters: CreateWanVideoBodyParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = CreateWanVideoBodyParameters.from_dict(_parameters)

        create_wan_video_body = cls(
            model=model,
            input_=input_,
            parameters=parameters,
        )

        create_wan_video_body.additional_properties = d
        return create_wan_video_body

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
