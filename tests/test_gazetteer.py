"""The gazetteer engine: whole-string look-up and leftmost-longest finding in text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnfriendship._gazetteer import Gazetteer, GazetteerEntry
from vnfriendship._text import words

GAZETTEER = Gazetteer(
    [
        GazetteerEntry("province", "Hòa Bình", "Hòa Bình"),
        GazetteerEntry("province", "Hà Nội", "Hà Nội"),
        GazetteerEntry("province", "TP.HCM", "Hồ Chí Minh"),
        GazetteerEntry("province", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        GazetteerEntry("country", "Pháp", "FR"),
        GazetteerEntry("organization", "Liên hiệp", "Liên hiệp"),
        GazetteerEntry("organization", "Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO"),
    ]
)


def found(table: str, text: str, *, cased: bool = False) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in GAZETTEER.find(table, text, cased=cased)]


def test_lookup_ignores_case_and_tone_placement() -> None:
    assert GAZETTEER.lookup("province", "hoà bình") == "Hòa Bình"


def test_lookup_of_an_unknown_name_is_none() -> None:
    assert GAZETTEER.lookup("province", "Atlantis") is None


def test_lookup_in_an_unknown_table_is_none() -> None:
    assert GAZETTEER.lookup("planet", "Hà Nội") is None


def test_find_prefers_the_longest_name() -> None:
    assert found("organization", "Liên hiệp các tổ chức hữu nghị Việt Nam họp.") == [
        ("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO")
    ]


def test_find_matches_across_punctuation_inside_a_name() -> None:
    assert found("province", "Đoàn đến TP. HCM và Bà Rịa-Vũng Tàu") == [
        ("TP. HCM", "Hồ Chí Minh"), ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu")
    ]


def test_find_never_crosses_a_line_break() -> None:
    assert found("province", "Hà\nNội") == []


def test_find_is_word_aligned() -> None:
    assert found("country", "Pháplý") == []


def test_cased_find_skips_common_words_written_in_lower_case() -> None:
    assert found("province", "vì hòa bình, tại Hòa Bình", cased=True) == [("Hòa Bình", "Hòa Bình")]


def test_cased_find_accepts_a_capitalised_name() -> None:
    assert found("country", "biện pháp hợp tác với Pháp", cased=True) == [("Pháp", "FR")]


def test_uncased_find_also_finds_lower_case() -> None:
    assert len(found("country", "biện pháp hợp tác với Pháp")) == 2


@pytest.mark.parametrize("surface", ["", "  ", "--"])
def test_an_entry_needs_a_word(surface: str) -> None:
    with pytest.raises(ValueError, match="gazetteer"):
        GazetteerEntry("province", surface, "X")


def test_a_later_entry_replaces_an_earlier_one() -> None:
    gazetteer = Gazetteer([GazetteerEntry("outlet", "TĐ", "A"), GazetteerEntry("outlet", "tđ", "B")])
    assert gazetteer.lookup("outlet", "TĐ") == "B"


@given(st.text(max_size=80))
def test_matches_quote_the_text(text: str) -> None:
    for match in GAZETTEER.find("province", text) + GAZETTEER.find("country", text, cased=True):
        assert text[match.start : match.end] == match.text


def test_one_scan_finds_what_each_table_finds_alone() -> None:
    gazetteer = Gazetteer(
        [
            GazetteerEntry("province", "Nghệ An", "Nghệ An"),
            GazetteerEntry("country", "Lào", "LA"),
            GazetteerEntry("organization", "Hội hữu nghị Việt Nam - Lào", "Hội hữu nghị Việt Nam - Lào"),
        ]
    )
    text = "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An thăm Lào."
    tokens = words(text)
    uncased, cased = gazetteer.scan(text, tokens, [(0, len(tokens))])
    tables = ("province", "country", "organization")
    assert uncased == {table: gazetteer.find(table, text) for table in tables}
    assert cased == {table: gazetteer.find(table, text, cased=True) for table in tables}


def test_a_scan_never_joins_words_across_its_ranges() -> None:
    gazetteer = Gazetteer([GazetteerEntry("province", "Hà Nội", "Hà Nội")])
    text = "Về Hà. Nội dung"
    tokens = words(text)
    assert gazetteer.scan(text, tokens, [(0, 2), (2, 4)]) == ({"province": []}, {"province": []})


# Words of overlapping names in tables written in lower case, with capitals, and both ways.
_MIXED = Gazetteer(
    GazetteerEntry(table, surface, surface)
    for table, surface in [
        ("honorific", "ông"),
        ("cue", "hội nghị"),
        ("cue", "hội"),
        ("province", "Hòa Bình"),
        ("province", "Bình Định"),
        ("organization", "Hội hữu nghị"),
        ("organization", "hội hữu nghị Hòa Bình"),
        ("organization", "Hội Hữu Nghị Hòa Bình"),
    ]
)
_PIECES = ["ông", "Ông", "hội", "Hội", "nghị", "Nghị", "hữu", "Hữu", "hòa", "Hòa", "bình", "Bình", "định", "Định"]


_GAPS = [" ", ", ", ". ", " - "]


@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.sampled_from(_GAPS), max_size=14))
def test_one_scan_finds_what_each_table_finds_alone_in_any_text(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(piece + (gaps[i] if i < len(gaps) else " ") for i, piece in enumerate(pieces))
    tokens = words(text)
    uncased, cased = _MIXED.scan(text, tokens, [(0, len(tokens))])
    tables = ("honorific", "cue", "province", "organization")
    assert uncased == {table: _MIXED.find(table, text) for table in tables}
    assert cased == {table: _MIXED.find(table, text, cased=True) for table in tables}
