from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_task_state import ViduTaskState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vidu_creations_creations_item import ViduCreationsCreationsItem


T = TypeVar("T", bound="ViduCreations")


@_attrs_define
class ViduCreations:
    """
    Attributes:
        id (str | Unset):
        state (str | Unset | ViduTaskState):
        err_code (str | Unset):
        credits_ (int | Unset):
        payload (str | Unset):
        bgm (bool | Unset):
        off_peak (bool | Unset):
        creations (list[ViduCreationsCreationsItem] | Unset):
    """

    id: str | Unset = UNSET
    state: str | Unset | ViduTaskState = UNSET
    err_code: str | Unset = UNSET
    credits_: int | Unset = UNSET
    payload: str | Unset = UNSET
    bgm: bool | Unset = UNSET
    off_peak: bool | Unset = UNSET
    creations: list[ViduCreationsCreationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ViduTaskState):
            state = self.state.value
        else:
            state = self.state

        err_code = self.err_code

        credits_ = self.credits_

        payload = self.payload

        bgm = self.bgm

        off_peak = self.off_peak

        creations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creations, Unset):
            creations = []
            for creations_item_data in self.creations:
                creations_item = creations_item_data.to_dict()
                creations.append(creations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if err_code is not UNSET:
            field_dict["err_code"] = err_code
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if payload is not UNSET:
            field_dict["payload"] = payload
        if bgm is not UNSET:
            field_dict["bgm"] = bgm
        if off_peak is not UNSET:
            field_dict["off_peak"] = off_peak
        if creations is not UNSET:
            field_dict["creations"] = creations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vidu_creations_creations_item import ViduCreationsCreationsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_state(data: object) -> str | Unset | ViduTaskState:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ViduTaskState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ViduTaskState, data)

        state = _parse_state(d.pop("state", UNSET))

        err_code = d.pop("err_code", UNSET)

        credits_ = d.pop("credits", UNSET)

        payload = d.pop("payload", UNSET)

        bgm = d.pop("bgm", UNSET)

        off_peak = d.pop("off_peak", UNSET)

        _creations = d.pop("creations", UNSET)
        creations: list[ViduCreationsCreationsItem] | Unset = UNSET
        if _creations is not UNSET:
            creations = []
            for creations_item_data in _creations:
                creations_item = ViduCreationsCreationsItem.from_dict(
                    creations_item_data
                )

                creations.append(creations_item)

        vidu_creations = cls(
            id=id,
            state=state,
            err_code=err_code,
            credits_=credits_,
            payload=payload,
            bgm=bgm,
            off_peak=off_peak,
            creations=creations,
        )

        vidu_creations.additional_properties = d
        return vidu_creations

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
