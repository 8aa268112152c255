"""EDTF dates: parsing, formatting, validity, conversion."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from strategies import edtf_values
from vnfriendship._edtf import EDTF, EdtfDate, EdtfInterval, is_history, parse_edtf


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2022-07-20", EdtfDate(2022, 7, 20)),
        ("XXXX-06-04", EdtfDate(None, 6, 4)),
        ("2022-07", EdtfDate(2022, 7)),
        ("2022", EdtfDate(2022)),
        ("2025-05-29/2025-05-31", EdtfInterval(EdtfDate(2025, 5, 29), EdtfDate(2025, 5, 31))),
        ("1992/..", EdtfInterval(EdtfDate(1992), None)),
        ("../2030", EdtfInterval(None, EdtfDate(2030))),
        ("2022-01/2022-06", EdtfInterval(EdtfDate(2022, 1), EdtfDate(2022, 6))),
    ],
)
def test_parse_and_format(text: str, value: EDTF) -> None:
    assert parse_edtf(text) == value
    assert str(value) == text


@pytest.mark.parametrize("text", ["2022-02-30", "2022-13", "XXXX-02-30", "20220720", "2022/07/20", "../..", ""])
def test_invalid_strings_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="EDTF"):
        parse_edtf(text)


def test_february_29_without_a_year_is_possible() -> None:
    assert str(EdtfDate(None, 2, 29)) == "XXXX-02-29"


def test_a_day_needs_a_month() -> None:
    with pytest.raises(ValueError, match="needs a month"):
        EdtfDate(2022, None, 5)


def test_complete_date_converts_to_datetime_date() -> None:
    assert EdtfDate(2022, 1, 5).to_date() == dt.date(2022, 1, 5)


def test_incomplete_date_does_not_convert() -> None:
    with pytest.raises(ValueError, match="not a complete date"):
        EdtfDate(None, 1, 5).to_date()


def test_from_date_round_trips() -> None:
    assert EdtfDate.from_date(dt.date(1950, 11, 17)).to_date() == dt.date(1950, 11, 17)


@given(edtf_values)
def test_format_then_parse_round_trips(value: EDTF) -> None:
    assert parse_edtf(str(value)) == value


@pytest.mark.parametrize(
    ("value", "history"),
    [
        (EdtfDate(2009, 6, 27), True),  # years before the article's day: history it tells
        (EdtfDate(2023, 1, 5), False),  # last year may be the story's own recap
        (EdtfInterval(None, EdtfDate(2010)), False),  # an open start names no time it began
        (EdtfDate(None, 6, 4), False),  # a day without its year
        (None, False),
    ],
)
def test_a_date_two_or_more_years_before_the_articles_day_is_history(value: EDTF | None, history: bool) -> None:
    assert is_history(value, dt.date(2024, 9, 20)) is history
