from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_runway_image_to_video_body_duration import (
    CreateRunwayImageToVideoBodyDuration,
)
from ..models.create_runway_image_to_video_body_model import (
    CreateRunwayImageToVideoBodyModel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_runway_image_to_video_body_prompt_image_type_1_item import (
        CreateRunwayImageToVideoBodyPromptImageType1Item,
    )


T = TypeVar("T", bound="CreateRunwayImageToVideoBody")


@_attrs_define
class CreateRunwayImageToVideoBody:
    """
    Attributes:
        prompt_image (list[CreateRunwayImageToVideoBodyPromptImageType1Item] | str):
        model (CreateRunwayImageToVideoBodyModel | Unset):
        prompt_text (str | Unset):
        ratio (str | Unset): 宽:高 像素，如 1280:720、720:1280
        duration (CreateRunwayImageToVideoBodyDuration | Unset):
        seed (int | Unset):
        watermark (bool | Unset):
    """

    prompt_image: list[CreateRunwayImageToVideoBodyPromptImageType1Item] | str
    model: CreateRunwayImageToVideoBodyModel | Unset = UNSET
    prompt_text: str | Unset = UNSET
    ratio: str | Unset = UNSET
    duration: CreateRunwayImageToVideoBodyDuration | Unset = UNSET
    seed: int | Unset = UNSET
    watermark: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_image: list[dict[str, Any]] | str
        if isinstance(self.prompt_image, list):
            prompt_image = []
            for prompt_image_type_1_item_data in self.prompt_image:
                prompt_image_type_1_item = prompt_image_type_1_item_data.to_dict()
                prompt_image.append(prompt_image_type_1_item)

        else:
            prompt_image = self.prompt_image

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        prompt_text = self.prompt_text

        ratio = self.ratio

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        seed = self.seed

        watermark = self.watermark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promptImage": prompt_image,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if prompt_text is not UNSET:
            field_dict["promptText"] = prompt_text
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_runway_image_to_video_body_prompt_image_type_1_item import (
            CreateRunwayImageToVideoBodyPromptImageType1Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_prompt_image(
            data: object,
        ) -> list[CreateRunwayImageToVideoBodyPromptImageType1Item] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_image_type_1 = []
                _prompt_image_type_1 = data
                for prompt_image_type_1_item_data in _prompt_image_type_1:
                    prompt_image_type_1_item = (
                        CreateRunwayImageToVideoBodyPromptImageType1Item.from_dict(
                            prompt_image_type_1_item_data
                        )
                    )

                    prompt_image_type_1.append(prompt_image_type_1_item)

                return prompt_image_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CreateRunwayImageToVideoBodyPromptImageType1Item] | str, data
            )

        prompt_image = _parse_prompt_image(d.pop("promptImage"))

        _model = d.pop("model", UNSET)
        model: CreateRunwayImageToVideoBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = CreateRunwayImageToVideoBodyModel(_model)

        prompt_text = d.pop("promptText", UNSET)

        ratio = d.pop("ratio", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: CreateRunwayImageToVideoBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = CreateRunwayImageToVideoBodyDuration(_duration)

        seed = d.pop("seed", UNSET)

        watermark = d.pop("watermark", UNSET)

        create_runway_image_to_video_body = cls(
            prompt_image=prompt_image,
            model=model,
            prompt_text=prompt_text,
            ratio=ratio,
            duration=duration,
            seed=seed,
            watermark=watermark,
        )

        create_runway_image_to_video_body.additional_properties = d
        return create_runway_image_to_video_body

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
