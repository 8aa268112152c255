"""Dates as news text states them, in EDTF (ISO 8601-2, level 1).

A date may be whole (``2022-07-20``), lack its year (``XXXX-06-04``: the day and
month are known, the year is not), stop at the month (``2022-07``) or the year
(``2022``); an interval joins two of them (``2025-05-29/2025-05-31``), and either
end of an interval may be open (``1992/..``).
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs
import regex

__all__ = ["EDTF", "EdtfDate", "EdtfInterval", "parse_edtf"]

_DATE = regex.compile(r"(?P<year>\d{4}|XXXX)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def _check_date(year: int | None, month: int | None, day: int | None) -> None:
    if year is not None and not 0 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if month is None:
        if day is not None:
            raise ValueError("a day needs a month")
        if year is None:
            raise ValueError("a date needs at least a year or a month")
        return
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    if day is not None:
        # With the year unknown, 29 February is still possible.
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"day out of range for {year or 'XXXX'}-{month:02d}: {day}")


@attrs.frozen(order=False)
class EdtfDate:
    """A calendar date at day, month or year precision, possibly without its year."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        _check_date(self.year, self.month, self.day)

    @classmethod
    def from_date(cls, value: dt.date) -> EdtfDate:
        return cls(value.year, value.month, value.day)

    @property
    def is_complete(self) -> bool:
        """True when year, month and day are all known."""
        return None not in (self.year, self.month, self.day)

    def to_date(self) -> dt.date:
        """The ``datetime.date`` of a complete date; ``ValueError`` for any other."""
        if self.year is None or self.month is None or self.day is None:
            raise ValueError(f"{self} is not a complete date")
        return dt.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        parts = ["XXXX" if self.year is None else f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


@attrs.frozen
class EdtfInterval:
    """From ``start`` to ``end``, inclusive; ``None`` at either end means open (``..``)."""

    start: EdtfDate | None
    end: EdtfDate | None

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise ValueError("an interval needs at least one end")

    def __str__(self) -> str:
        return f"{'..' if self.start is None else self.start}/{'..' if self.end is None else self.end}"


EDTF = EdtfDate | EdtfInterval

# How many years before an article's day an event is history the article tells, not its story.
_HISTORY_YEARS = 2


def is_history(value: EDTF | None, reference: dt.date | None) -> bool:
    """Whether ``value`` begins two or more years before ``reference`` (an article's day): history the article tells
    ("Ngày 27/6/2009, Liên hiệp tổ chức Đại hội lần thứ nhất …" in a report of 2024)."""
    first = value.start if isinstance(value, EdtfInterval) else value
    year = None if first is None else first.year
    return reference is not None and year is not None and year <= reference.year - _HISTORY_YEARS


def _parse_date(text: str, whole: str) -> EdtfDate:
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"not an EDTF date: {whole!r}")
    year = None if match["year"] == "XXXX" else int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    try:
        return EdtfDate(year, month, day)
    except ValueError as error:
        raise ValueError(f"not a valid EDTF date: {whole!r} ({error})") from None


def parse_edtf(text: str) -> EDTF:
    """Parse an EDTF string; ``str()`` of the result gives the same string back."""
    if not isinstance(text, str):
        raise TypeError(f"expected an EDTF string, got {type(text).__name__}")
    if "/" not in text:
        return _parse_date(text, text)
    first, _, second = text.partition("/")
    start = None if first == ".." else _parse_date(first, text)
    end = None if second == ".." else _parse_date(second, text)
    try:
        return EdtfInterval(start, end)
    except ValueError:
        raise ValueError(f"not an EDTF interval: {text!r}") from None
