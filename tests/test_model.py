"""The domain model: validation and the CONTRACT.md round trip."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Literal

import attrs
import pytest
from hypothesis import given, settings

from strategies import extractions
from vnfriendship import Facet, Fact, Position, Source, from_dict, to_dict
from vnfriendship._edtf import EDTF, EdtfDate
from vnfriendship._model import AidFigure, Event, Extraction, MemberOrganization, Mention, Person, Segment, Union
from vnfriendship._serialize import problems

TEXT = "Chiều 4/6, Liên hiệp các tổ chức hữu nghị Việt Nam trao 700 triệu đồng."


def test_mention_must_span_its_text() -> None:
    with pytest.raises(ValueError, match="does not span"):
        Mention(0, 3, "Chiều")


def test_mention_kind_must_be_a_segment_kind() -> None:
    with pytest.raises(ValueError, match="segment"):
        Mention(0, 5, "Chiều", "sidebar")  # type: ignore[arg-type]


def test_enum_fields_take_only_their_values() -> None:
    with pytest.raises(ValueError, match="kind"):
        Event(kind="party")  # type: ignore[arg-type]


def test_amount_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="must not be negative"):
        AidFigure(Decimal(-1), "VND")


def test_amount_is_never_a_float() -> None:
    with pytest.raises(TypeError, match="never a float"):
        AidFigure(1.5, "USD")  # type: ignore[arg-type]


def test_currency_must_be_iso_4217() -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        AidFigure(Decimal(1), "đồng")


def test_extraction_refuses_a_mention_that_does_not_quote_the_text() -> None:
    with pytest.raises(ValueError, match="does not quote"):
        Extraction(TEXT, people=[Person("Ai đó", mentions=[Mention(0, 5, "Sáng ")])])


def test_extraction_refuses_a_segment_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        Extraction("abc", segments=[Segment("body", 0, 10)])


def test_to_dict_has_every_contract_key() -> None:
    data = to_dict(Extraction(TEXT))
    assert set(data) == {
        "schema", "source", "text", "meta", "segments", "people", "unions", "member_organizations",
        "events", "aid_figures", "directives", "extensions", "errors",
    }
    assert data["extensions"] == {}
    assert data["schema"] == "vnfriendship/1"
    assert data["meta"] == {"title": None, "published_at": None, "outlet": None, "authors": []}


def test_amounts_serialise_as_plain_decimal_strings() -> None:
    data = to_dict(Extraction(TEXT, aid_figures=[AidFigure(Decimal("7E+8"), "VND")]))
    assert data["aid_figures"][0]["amount"] == "700000000"


def test_dates_serialise_as_edtf() -> None:
    data = to_dict(Extraction(TEXT, events=[Event("conference", date=EdtfDate(None, 6, 4))]))
    assert data["events"][0]["date"] == "XXXX-06-04"


def test_union_membership_serialises_as_a_dict() -> None:
    data = to_dict(Extraction(TEXT, unions=[Union("Liên hiệp", "central")]))
    assert data["unions"][0]["membership"] is None


@given(extractions())
@settings(max_examples=150)
def test_dict_round_trip_is_exact(extraction: Extraction) -> None:
    data = to_dict(extraction)
    assert from_dict(data) == extraction
    assert to_dict(from_dict(data)) == data


@given(extractions())
@settings(max_examples=50)
def test_dict_survives_json(extraction: Extraction) -> None:
    data = json.loads(json.dumps(to_dict(extraction)))
    assert from_dict(data) == extraction


def _valid() -> dict[str, Any]:
    return to_dict(Extraction(TEXT, events=[Event("conference")]))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema="other/2"), "schema"),
        (lambda d: d.update(extra=1), "unknown field"),
        (lambda d: d["events"][0].update(kind="party"), r"extraction\.events\[0\]"),
        (lambda d: d["events"][0].update(date="2022-02-30"), r"extraction\.events\[0\]\.date"),
        (lambda d: d.update(people="none"), "expected list"),
        (lambda d: d["meta"].update(published_at="yesterday"), "ISO 8601"),
    ],
)
def test_from_dict_names_the_bad_field(change: Any, message: str) -> None:
    data = _valid()
    change(data)
    with pytest.raises(ValueError, match=message):
        from_dict(data)


def test_province_2025_is_derived_from_the_province() -> None:
    assert Union("Liên hiệp", "provincial", province="Hải Dương").province_2025 == "Hải Phòng"


def test_locality_2025_of_a_chapter_follows_the_merger() -> None:
    assert MemberOrganization("Hội hữu nghị Việt Nam - Lào", locality="Hà Giang").locality_2025 == "Tuyên Quang"


def test_the_json_carries_the_2025_unit_and_reads_it_back() -> None:
    extraction = Extraction(TEXT, events=[Event("conference", province="Bắc Giang")])
    data = to_dict(extraction)
    assert data["events"][0]["province_2025"] == "Bắc Ninh"
    assert from_dict(data) == extraction


def test_a_2025_unit_of_the_wrong_type_is_named() -> None:
    data = to_dict(Extraction(TEXT, unions=[Union("Liên hiệp", "central")]))
    data["unions"][0]["province_2025"] = 7
    with pytest.raises(ValueError, match=r"unions\[0\]\.province_2025"):
        from_dict(data)


# ---------------------------------------------------------------- provenance and facets of plugins' own


@attrs.frozen
class Embassy(Fact):
    """A plugin's own kind of fact, with every kind of field the JSON form carries."""

    name: str
    country: str | None = None
    kind: Literal["embassy", "consulate"] = "embassy"
    opened: EDTF | None = None
    staff: int | None = None
    budget: Decimal | None = None
    share: float | None = None
    honorary: bool = False
    aliases: tuple[str, ...] = ()
    head: Position | None = None


EMBASSY = Facet("embassies", Embassy)


def _with_embassy() -> Extraction:
    embassy = Embassy(
        "Đại sứ quán", "JP", "consulate", EdtfDate(1973, 9), 12, Decimal("1.50"), 0.25, True, ("ĐSQ",),
        Position("Đại sứ"), mentions=[Mention(0, 5, "Chiều")], sources=[Source("embassies", "a rule")],
    )
    return Extraction(TEXT, extensions={"embassies": [embassy]})


def test_sources_are_written_and_read_back_but_are_not_part_of_a_facts_identity() -> None:
    person = Person("Lan", sources=[Source("people", "name after title")])
    data = to_dict(Extraction(TEXT, people=[person]))
    assert data["people"][0]["sources"] == [{"plugin": "people", "rule": "name after title"}]
    assert from_dict(data).people[0].sources == (Source("people", "name after title"),)
    assert person == Person("Lan")


def test_a_declared_facet_round_trips_every_kind_of_field() -> None:
    extraction = _with_embassy()
    data = json.loads(json.dumps(to_dict(extraction)))
    assert data["extensions"]["embassies"][0]["opened"] == "1973-09"
    assert data["extensions"]["embassies"][0]["budget"] == "1.5"
    back = from_dict(data, facets=[EMBASSY])
    assert back == extraction
    assert back.extensions["embassies"][0].sources == (Source("embassies", "a rule"),)
    assert to_dict(back) == data


def test_facts_of_an_unknown_facet_cannot_be_read_back() -> None:
    with pytest.raises(ValueError, match=r"extensions\.embassies: no facet of that name was declared"):
        from_dict(to_dict(_with_embassy()))


def test_a_bad_field_of_a_declared_facet_is_named() -> None:
    data = to_dict(_with_embassy())
    data["extensions"]["embassies"][0]["kind"] = "palace"
    with pytest.raises(ValueError, match=r"extensions\.embassies\[0\]\.kind: 'palace' is not one of"):
        from_dict(data, facets=[EMBASSY])


def test_extension_mentions_must_quote_the_text() -> None:
    with pytest.raises(ValueError, match="does not quote"):
        Extraction(TEXT, extensions={"embassies": [Embassy("x", mentions=[Mention(0, 5, "Sáng ")])]})


def test_extensions_are_immutable_and_hashable() -> None:
    extraction = _with_embassy()
    assert hash(extraction) == hash(_with_embassy())
    with pytest.raises(TypeError):
        extraction.extensions["embassies"] = ()  # type: ignore[index]


@pytest.mark.parametrize(
    ("fact", "problem"),
    [
        (Person("Lan"), None),
        (Person(b"Lan"), "name: expected str, got bytes"),  # type: ignore[arg-type]
        (Event("meeting", attendance=True), "attendance: expected int | NoneType, got bool"),  # type: ignore[arg-type]
        (Embassy("x", share=float("inf")), "share: not a finite number: inf"),
        (Embassy("x", budget=Decimal("NaN")), "budget: not a finite Decimal: NaN"),
        (Embassy("x", aliases=("a", 1)), "aliases[1]: expected str, got int"),  # type: ignore[arg-type]
        (Embassy("x", mentions=["Chiều"]), "mentions[0]: expected Mention, got str"),  # type: ignore[list-item]
    ],
)
def test_problems_name_the_field_and_what_is_wrong(fact: object, problem: str | None) -> None:
    assert problems(fact, type(fact)) == problem
