"""Every cleaning rule, alone, on inline raw snippets."""

from __future__ import annotations

from codegen.model import Operation, Parameter
from codegen.rules import operation as op_rules
from codegen.rules.components import hoist
from codegen.rules.examples import compose_example, shape_findings
from codegen.rules.schema import infer_all, reconcile, to_json_schema
from codegen.rules.status import documented_values, known_values, open_enum
from codegen.rules.vendor import strip_vendor_keys


def test_strip_base_prefix() -> None:
    assert op_rules.strip_base_prefix("/BASE_URL/jimeng/fetch/{id}")[0] == "/jimeng/fetch/{id}"
    assert op_rules.strip_base_prefix("/{{baseUrl}}/v1/x")[0] == "/v1/x"
    path, findings = op_rules.strip_base_prefix("/v1/videos/{id}")
    assert (path, findings) == ("/v1/videos/{id}", [])
    assert op_rules.strip_base_prefix("/BASE_URLS/x")[0] == "/BASE_URLS/x"


def test_drop_transport_params_keeps_path_and_query() -> None:
    params = [
        Parameter("id", "path", True),
        Parameter("Authorization", "header", schema={"default": "Bearer {{YOUR_API_KEY}}"}),
        Parameter("Content-Type", "header", True),
        Parameter("page", "query"),
        Parameter("sid", "cookie"),
    ]
    kept, findings = op_rules.drop_transport_params(params)
    assert [p.name for p in kept] == ["id", "page"]
    assert len(findings) == 3
    assert any("bearer" in f.what for f in findings)


def test_declare_path_params_adds_missing_and_drops_strays() -> None:
    kept, findings = op_rules.declare_path_params("/a/{x}/{y}", [Parameter("x", "path"), Parameter("z", "path")])
    assert sorted((p.name, p.required) for p in kept) == [("x", True), ("y", True)]
    assert {f.kind for f in findings} == {"dropped", "inferred"}


def test_drop_read_body_only_on_reads() -> None:
    get = Operation("GET", "/x", request_body={"type": "object"})
    post = Operation("POST", "/x", request_body={"type": "object"})
    assert op_rules.drop_read_body(get)[0].request_body is None
    assert op_rules.drop_read_body(post)[0].request_body == {"type": "object"}


def test_names_are_ascii_identifiers() -> None:
    assert op_rules.operation_id("GET", "/v1/videos/{id}") == "get_videos_by_id"
    assert op_rules.operation_id("GET", "/kling/v1/videos/{task_type}/{task_id}") == (
        "get_kling_videos_by_task_type_task_id"
    )
    assert op_rules.tag_for("/v1/video/generations/{task_id}") == "video"
    assert op_rules.pascal("get_jimeng_task") == "GetJimengTask"
    assert op_rules.snake("视频模型/即梦") == ""


def test_drop_boilerplate_description() -> None:
    text = "给定一个提示,该模型将返回一个或多个预测的完成,并且还可以返回每个位置的替代标记的概率。\n\n真正的说明"
    cleaned, findings = op_rules.drop_boilerplate(text)
    assert cleaned == "真正的说明"
    assert findings


def test_strip_vendor_keys_keeps_property_names() -> None:
    raw = {"x-apifox-orders": [], "properties": {"x-id": {"type": "string", "x-apifox-mock": "1"}}}
    assert strip_vendor_keys(raw) == {"properties": {"x-id": {"type": "string"}}}


def test_to_json_schema_converts_30_dialect() -> None:
    raw = {"type": "string", "nullable": True, "example": "a", "enum": ["a"], "x-apifox": 1}
    assert to_json_schema(raw) == {"type": ["string", "null"], "examples": ["a"], "enum": ["a", None]}
    assert to_json_schema({"type": "object", "properties": {}, "required": []}) == {"type": "object"}


def test_reconcile_examples_win_and_each_contradiction_is_recorded() -> None:
    declared = {
        "type": "object",
        "properties": {"code": {"type": "integer"}, "video_url": {"type": "null"}, "task_status": {"type": "string"}},
        "required": ["code", "task_status"],
    }
    observed = infer_all([{"code": "success", "video_url": "https://x/v.mp4", "status": "SUCCESS"}])
    schema, findings = reconcile(declared, observed, "$")
    props = schema["properties"]
    assert props["code"]["type"] == "string"
    assert props["video_url"]["type"] == ["string", "null"]  # declared null kept, example's string added
    assert props["status"]["type"] == "string"
    assert schema["required"] == ["code"]
    kinds = [(f.kind, f.where) for f in findings]
    assert ("contradiction", "$.code") in kinds
    assert ("contradiction", "$.task_status") in kinds
    assert ("inferred", "$.status") in kinds


def test_reconcile_without_declared_schema_infers_and_requires_nothing() -> None:
    schema, findings = reconcile(
        {"type": "object", "properties": {}}, infer_all([{"a": 1}, {"a": 2.5, "b": None}]), "$"
    )
    assert schema == {"type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "null"}}}
    assert findings[0].kind == "inferred"


def test_status_values_from_prose() -> None:
    assert documented_values('TaskStatus: "NOT_START" "SUCCESS"') == ["NOT_START", "SUCCESS"]
    assert documented_values("任务状态:\nqueued: 排队中in_progress: 生成中") == ["queued", "in_progress"]
    assert documented_values("Returns the video") == []


def test_known_values_collapse_case_duplicates() -> None:
    values, findings = known_values(["SUCCESS", "queued"], ["success", "QUEUED", "failed"])
    assert values == ["SUCCESS", "queued", "failed"]
    assert len(findings) == 2


def test_open_enum_keeps_nullability() -> None:
    assert open_enum({"type": ["string", "null"], "description": "d"}, "#/c/S") == {
        "anyOf": [{"$ref": "#/c/S"}, {"type": "string"}, {"type": "null"}],
        "description": "d",
    }


def test_hoist_names_components_by_path() -> None:
    components: dict = {}
    schema = {"type": "object", "properties": {"data": {"type": ["object", "null"], "properties": {"a": {}}}}}
    ref = hoist(schema, "Task", components)
    assert ref == {"$ref": "#/components/schemas/Task"}
    assert components["Task"]["properties"]["data"] == {
        "anyOf": [{"$ref": "#/components/schemas/TaskData"}, {"type": "null"}]
    }
    assert components["TaskData"]["type"] == "object"


def test_shape_findings_flag_an_example_from_another_product() -> None:
    declared = {"properties": {"a": {}, "b": {}, "c": {}, "d": {}}}
    findings = shape_findings(declared, {"a": 1, "z": 2}, "example x")
    assert [f.kind for f in findings] == ["warning", "contradiction", "inferred"]


def test_compose_example_from_property_examples() -> None:
    schema = {"properties": {"a": {"examples": [1]}, "b": {"properties": {"c": {"examples": ["x"]}}}, "d": {}}}
    assert compose_example(schema) == {"a": 1, "b": {"c": "x"}}
    assert compose_example({"properties": {"d": {}}}) is None
