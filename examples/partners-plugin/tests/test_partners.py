"""The partners plugin, tested as its users run it: through a vnfriendship pipeline."""

from __future__ import annotations

import json

import pytest
import vnfriendship_partners

from vnfriendship import Pipeline, to_dict
from vnfriendship.testing import assert_matches_schema, assert_mentions_quote, assert_no_errors, check_plugin
from vnfriendship.testing import pipeline_with as make_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The built-in plugins (they bring the country names) and this one."""
    return make_pipeline(vnfriendship_partners, builtins=True)


def partners(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    result = pipeline.extract(text)
    assert_mentions_quote(result)
    assert [e for e in result.errors if e.plugin == "vnfriendship_partners"] == []
    return [(p.name, p.kind, p.country) for p in result.extensions.get("partners", ())]


def test_the_plugin_meets_the_hook_specifications() -> None:
    assert check_plugin(vnfriendship_partners) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại sứ quán Nhật Bản tại Việt Nam trao 20 suất học bổng.",
         [("Đại sứ quán Nhật Bản tại Việt Nam", "embassy", "JP")]),
        ("Đại diện Tổng Lãnh sự quán Hoa Kỳ tại TP.HCM dự lễ.",
         [("Tổng Lãnh sự quán Hoa Kỳ tại TP.HCM", "consulate", "US")]),
        ("Lãnh sự quán Lào ở Đà Nẵng tặng quà.", [("Lãnh sự quán Lào", "consulate", "LA")]),
        ("Ông B tiếp Đại sứ quán nước Cộng hòa Pháp.", [("Đại sứ quán nước Cộng hòa Pháp", "embassy", "FR")]),
    ],
)
def test_foreign_embassies_and_consulates(pipeline: Pipeline, text: str, expected: list[object]) -> None:
    assert partners(pipeline, text) == expected


def test_vietnams_own_missions_are_no_foreign_partners(pipeline: Pipeline) -> None:
    assert partners(pipeline, "Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm.") == []


def test_a_foreign_friendship_association_puts_its_country_first(pipeline: Pipeline) -> None:
    text = "Hội hữu nghị Nhật - Việt và Hội hữu nghị Việt Nam - Lào cùng trồng cây."
    assert partners(pipeline, text) == [("Hội hữu nghị Nhật - Việt", "association", "JP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổ chức Save the Children (Anh) trao quà.", [("Tổ chức Save the Children", "ngo", "GB")]),
        ("Quỹ Ford của Hoa Kỳ tài trợ dự án.", [("Quỹ Ford", "ngo", "US")]),
        ("Tổ chức Habitat for Humanity, một tổ chức phi chính phủ nước ngoài, xây nhà.",
         [("Tổ chức Habitat for Humanity", "ngo", None)]),
    ],
)
def test_foreign_ngos_named_in_latin_script(pipeline: Pipeline, text: str, expected: list[object]) -> None:
    assert partners(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức Đoàn thanh niên phát động phong trào.",  # a Vietnamese body
        "Tổ chức Ford tặng quà.",  # a Latin name, but nothing says it is foreign
        "Tổ chức hội nghị tổng kết năm.",  # "tổ chức" the verb
    ],
)
def test_other_bodies_are_no_partners(pipeline: Pipeline, text: str) -> None:
    assert partners(pipeline, text) == []


def test_partners_are_written_under_extensions_with_their_source_and_read_back(pipeline: Pipeline) -> None:
    result = pipeline.extract("Đại sứ quán Nhật Bản trao quà.")
    assert_no_errors(result)
    assert_matches_schema(result, pipeline)
    data = json.loads(json.dumps(to_dict(result), ensure_ascii=False))
    assert data["extensions"]["partners"] == [{
        "name": "Đại sứ quán Nhật Bản", "kind": "embassy", "country": "JP",
        "mentions": [{"start": 0, "end": 20, "text": "Đại sứ quán Nhật Bản", "segment": "body"}],
        "sources": [{"plugin": "vnfriendship_partners", "rule": None}],
    }]
    assert pipeline.from_dict(data) == result


def test_the_installed_distribution_is_found_through_its_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    found = {info.name: info for info in Pipeline(builtins=False).plugins()}
    assert (found["partners"].facet, found["partners"].origin) == ("partners", "entry point (vnfriendship-partners)")
