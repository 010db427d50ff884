"""Relay files: the minimal form a user writes, the shipped relays' routes (relays.md), and every problem of a
broken file reported with the route it concerns."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT
from videotask import FamilyDefinitionError, UnknownFamily, UnknownRelay
from videotask._families import relay, resolve
from videotask.definitions import families, parse_relay

KLING_ROUTES = (  # one line in the file, as the relays issue writes it
    "{text2video: GET /kling/v1/videos/text2video/{task_id}, image2video: GET /kling/v1/videos/image2video/{task_id}}"
)
MY_RELAY = f"""\
relay: my-relay
families:
  seedance:
    query: GET /api/v3/contents/generations/tasks/{{task_id}}
    submit: POST /api/v3/contents/generations/tasks
  minimax:
    query: GET /minimaxi/v1/query/video_generation?task_id={{task_id}}
    result: GET /minimaxi/v1/files/retrieve?file_id={{file_id}}
  kling:
    query: {KLING_ROUTES}
  runway:
    query: {{method: POST, path: /runway/feed, body: {{task_id: "{{task_id}}"}}}}
"""


@pytest.fixture
def my_relay(tmp_path: Path) -> Path:
    path = tmp_path / "my-relay.yaml"
    path.write_text(MY_RELAY, encoding="utf-8")
    return path


def test_the_minimal_file_puts_each_family_on_its_routes(my_relay: Path) -> None:
    seedance = resolve("seedance", my_relay)
    assert seedance.query().relay_route.request("cgt-2025/x") == (
        "GET", "/api/v3/contents/generations/tasks/cgt-2025%2Fx", None
    )  # fmt: skip
    assert (seedance.submit().method, seedance.submit().path) == ("POST", "/api/v3/contents/generations/tasks")
    minimax = resolve("minimax", str(my_relay))
    assert minimax.query().relay_route.request("a&b") == (
        "GET", "/minimaxi/v1/query/video_generation?task_id=a%26b", None
    )  # fmt: skip
    assert minimax.result is not None
    assert minimax.result.relay_route.request("f1") == ("GET", "/minimaxi/v1/files/retrieve?file_id=f1", None)
    kling = resolve("kling", my_relay)
    assert kling.query("image2video").relay_route.request("k1")[1] == "/kling/v1/videos/image2video/k1"
    assert kling.query().route == "text2video"  # the first named route is the default
    assert kling.submits == ()  # the file names no submit route for kling: none on this relay
    runway = resolve("runway", my_relay)
    assert runway.query().relay_route.request("r-1") == ("POST", "/runway/feed", {"task_id": "r-1"})


def test_a_family_the_file_does_not_name_is_not_on_that_relay(my_relay: Path) -> None:
    with pytest.raises(UnknownFamily, match="'luma' is not on relay 'my-relay'"):
        resolve("luma", my_relay)


def test_an_unknown_relay_name_says_which_relays_ship() -> None:
    with pytest.raises(UnknownRelay, match=r"shipped relays: newapi, yunwu"):
        relay("nosuchrelay")


# The routes below are written from shared/reference/relays.md, not read from the relay files.
@pytest.mark.parametrize(
    ("name", "family", "route", "expected"),
    [
        ("newapi", "openai_videos", None, ("GET", "/v1/videos/t1")),
        ("newapi", "video_generations", None, ("GET", "/v1/video/generations/t1")),
        ("newapi", "kling", "text2video", ("GET", "/kling/v1/videos/text2video/t1")),
        ("newapi", "kling", "image2video", ("GET", "/kling/v1/videos/image2video/t1")),
        ("newapi", "jimeng", None, ("POST", "/jimeng/?Action=CVSync2AsyncGetResult&Version=2022-08-31")),
        ("yunwu", "seedance", None, ("GET", "/volc/v1/contents/generations/tasks/t1")),
        ("yunwu", "minimax", None, ("GET", "/minimax/v1/query/video_generation?task_id=t1")),
        ("yunwu", "wan", None, ("GET", "/alibailian/api/v1/tasks/t1")),
        ("yunwu", "runway", None, ("GET", "/runwayml/v1/tasks/t1")),
        ("yunwu", "luma", None, ("GET", "/luma/generations/t1")),
        ("yunwu", "vidu", None, ("GET", "/ent/v2/tasks/t1/creations")),
        ("yunwu", "video_query", None, ("GET", "/v1/video/query?id=t1")),
        ("yunwu", "jimeng", None, ("GET", "/jimeng/fetch/t1")),
    ],
)
def test_shipped_relays_ask_the_routes_relays_md_gives(name, family, route, expected) -> None:
    method, path, _ = resolve(family, name).query(route).relay_route.request("t1")
    assert (method, path) == expected


def test_new_api_queries_jimeng_with_the_id_in_the_body() -> None:
    assert resolve("jimeng", "newapi").query().relay_route.request("cgt-9")[2] == {"task_id": "cgt-9"}


def test_every_problem_of_a_broken_file_is_reported_with_its_route() -> None:
    data = {
        "relay": "broken",
        "families": {
            "nosuch": {"query": "GET /x/{task_id}"},
            "luma": {"query": "GET /luma/generations/{id}"},
            "kling": {"query": {"text2video": "FETCH /kling"}},
        },
    }
    parsed, errors = parse_relay(data, "broken", families())
    assert parsed is None
    assert errors == ["relay broken: families.kling.query.text2video: \"FETCH /kling\" does not match "
                      "\"^(GET|POST|PUT|PATCH|DELETE) /[^ ]*( \\{.*\\})?$\""]  # fmt: skip
    del data["families"]["kling"]
    parsed, errors = parse_relay(data, "broken", families())
    assert errors == [
        "relay broken: families.nosuch: no such family (known: " + ", ".join(families()) + ")",
        "relay broken: families.luma.query: GET /luma/generations/{id} has no place for {task_id}",
    ]


def test_a_broken_relay_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("relay: bad\nfamilies:\n  luma:\n    query: GET /luma/{x}\n", encoding="utf-8")
    with pytest.raises(FamilyDefinitionError, match=r"bad.yaml is invalid: .*has no place for \{task_id\}"):
        relay(str(path))


@pytest.mark.slow
def test_make_gen_fails_on_a_relay_file_naming_an_unknown_family(tmp_path: Path) -> None:
    """codegen's relay gate in a copy of the project: one line naming the file and the family."""
    import shutil

    project = tmp_path / "project"
    for name in ("adapters", "codegen", "specs", "generated"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    (project / "specs" / "relays" / "mine.yaml").write_text(
        textwrap.dedent("""\
            relay: mine
            families:
              sora: {query: GET /sora/{task_id}}
        """),
        encoding="utf-8",
    )
    env = {"PYTHONPATH": f"{project / 'adapters'}:{project}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "gen"], cwd=project, env=env, capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "error: specs/relays/mine.yaml: relay mine: families.sora: no such family" in done.stderr
