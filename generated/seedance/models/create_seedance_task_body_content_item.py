from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_seedance_task_body_content_item_role import (
    CreateSeedanceTaskBodyContentItemRole,
)
from ..models.create_seedance_task_body_content_item_type import (
    CreateSeedanceTaskBodyContentItemType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_seedance_task_body_content_item_image_url import (
        CreateSeedanceTaskBodyContentItemImageUrl,
    )


T = TypeVar("T", bound="CreateSeedanceTaskBodyContentItem")


@_attrs_define
class CreateSeedanceTaskBodyContentItem:
    """
    Attributes:
        type_ (CreateSeedanceTaskBodyContentItemType):
        text (str | Unset):
        image_url (CreateSeedanceTaskBodyContentItemImageUrl | Unset):
        role (CreateSeedanceTaskBodyContentItemRole | Unset):
    """

    type_: CreateSeedanceTaskBodyContentItemType
    text: str | Unset = UNSET
    image_url: CreateSeedanceTaskBodyContentItemImageUrl | Unset = UNSET
    role: CreateSeedanceTaskBodyContentItemRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        image_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_url, Unset):
            image_url = self.image_url.to_dict()

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_seedance_task_body_content_item_image_url import (
            CreateSeedanceTaskBodyContentItemImageUrl,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = CreateSeedanceTaskBodyContentItemType(d.pop("type"))

        text = d.pop("text", UNSET)

        _image_url = d.pop("image_url", UNSET)
        image_url: CreateSeedanceTaskBodyContentItemImageUrl | Unset
        if isinstance(_image_url, Unset):
            image_url = UNSET
        else:
            image_url = CreateSeedanceTaskBodyContentItemImageUrl.from_dict(_image_url)

        _role = d.pop("role", UNSET)
        role: CreateSeedanceTaskBodyContentItemRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = CreateSeedanceTaskBodyContentItemRole(_role)

        create_seedance_task_body_content_item = cls(
            type_=type_,
            text=text,
            image_url=image_url,
            role=role,
        )

        create_seedance_task_body_content_item.additional_properties = d
        return create_seedance_task_body_content_item

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
