"""The JSON Schema shipped in the package: valid, in step with the model, and met by every output."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from support import CORPUS_PAGES, FindsPartners
from vnfriendship import Extraction, Mention, Person, Pipeline, json_schema
from vnfriendship._serialize import FACET_CLASSES, to_dict

OWN_PAGES = sorted((Path(__file__).parent / "pages").glob("*.txt"))
TEXT = "Ông Trần Văn Bình dự hội nghị tại Hà Nội."


def validator(schema: dict[str, Any]) -> Any:
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def violations(data: object, schema: dict[str, Any] | None = None) -> list[str]:
    found = validator(schema or json_schema()).iter_errors(data)
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in found]


@pytest.fixture(scope="module")
def builtin_validator() -> Any:
    return validator(json_schema())


def test_the_shipped_schema_is_a_valid_draft_2020_12_schema() -> None:
    shipped = resources.files("vnfriendship").joinpath("schema").joinpath("vnfriendship-1.json")
    schema = json.loads(shipped.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == json_schema()
    assert schema["properties"]["schema"] == {"const": "vnfriendship/1"}


def test_each_builtin_facet_requires_exactly_the_keys_to_dict_writes() -> None:
    schema = json_schema()
    data = to_dict(Extraction(
        TEXT, people=[Person("A")], unions=[FACET_CLASSES["unions"]("L", "central")],
        member_organizations=[FACET_CLASSES["member_organizations"]("H")], events=[FACET_CLASSES["events"]()],
        aid_figures=[FACET_CLASSES["aid_figures"](1, "VND")], directives=[FACET_CLASSES["directives"]()],
    ))
    assert set(schema["required"]) == set(data)
    for facet in FACET_CLASSES:
        definition = schema["$defs"][schema["properties"][facet]["items"]["$ref"].rsplit("/", 1)[1]]
        assert set(definition["required"]) == set(definition["properties"]) == set(data[facet][0]), facet


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("errors"), "'errors' is a required property"),
        (lambda d: d["people"][0]["mentions"][0].update(start=-1), "people/0/mentions/0/start"),
        (lambda d: d["events"][0].update(date="4/6/2024"), "events/0/date"),
        (lambda d: d["aid_figures"][0].update(amount="-5"), "aid_figures/0/amount"),
        (lambda d: d["people"][0].update(sources=[{"plugin": "x"}]), "people/0/sources/0"),
        (lambda d: d["extensions"].update(partners=[{"name": "x"}]), "extensions/partners/0"),
    ],
)
def test_the_schema_catches_a_broken_output(change: Any, where: str) -> None:
    data = to_dict(Extraction(
        TEXT, people=[Person("Bình", mentions=[Mention(13, 17, "Bình")])],
        events=[FACET_CLASSES["events"]()], aid_figures=[FACET_CLASSES["aid_figures"](5, "VND")],
    ))
    assert violations(data) == []
    change(data)
    assert any(where in found for found in violations(data)), violations(data)


def test_a_declared_facet_is_described_by_the_pipelines_schema() -> None:
    pipeline = Pipeline(builtins=False, load_entry_points=False, plugins=[FindsPartners()])
    schema = pipeline.json_schema()
    described = schema["properties"]["extensions"]["properties"]["partners"]
    assert described["description"] == "foreign partners"
    assert described["items"]["allOf"][1]["properties"]["country"] == {"type": ["string", "null"]}
    data = to_dict(pipeline.extract(TEXT))
    assert violations(data, schema) == []
    data["extensions"]["partners"][0]["country"] = 84
    assert [v.split(":")[0] for v in violations(data, schema)] == ["extensions/partners/0/country"]


def test_the_schema_command_prints_the_schema_of_the_installed_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    from vnfriendship._cli import main

    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == Pipeline().json_schema()


@pytest.mark.parametrize(
    "page", [*CORPUS_PAGES, *OWN_PAGES], ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_output_of_the_corpora_matches_the_schema(pipeline: Pipeline, builtin_validator: Any, page: Path) -> None:
    data = json.loads(json.dumps(to_dict(pipeline.extract_file(page)), ensure_ascii=False))
    assert [error.message for error in builtin_validator.iter_errors(data)] == []
