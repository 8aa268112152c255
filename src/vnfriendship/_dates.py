"""Dates, periods and publication stamps as Vietnamese news text writes them.

:func:`find_dates` reads what an article says about *when*: "ngày 5/1/2022",
"Chiều 4/6", "mồng 3 tháng Ba", "Từ ngày 29-31/5/2025", "tháng 6/2022",
"quý 4 năm 2018", "6 tháng đầu năm 2022", "giai đoạn 2020-2022", "5 năm qua
(2019-2024)", "Từ năm 1992 đến nay", "đến năm 2030", "sáng nay". Years in brackets
after "kỷ niệm 70 năm" are an age, not a period. Each becomes an EDTF value
(:mod:`vnfriendship._edtf`); the day always comes before the month. A time-of-day
word in front ("sáng", "trưa", "chiều", "tối", "đêm") is kept apart. Document
numbers ("12-CT/TW", "34/2007/NĐ-CP"), amounts ("1.200", "2,5"), percentages and
impossible dates ("31/2/2022") are not dates. A day-month written with a dash or a
dot and no year ("20-7", "5.1") is taken only after a word that announces a date
("ngày", "mồng", "sáng", "từ"...), since bare it is more often a score or a range.
Days listed before the month they share ("ngày 4 và 5/7", "các ngày 4, 5 và 6/7") are
one period when they follow each other, else one date each. A slash spaced by mistake
("ngày 20 /10") is read after a lead word. Dates of the lunar calendar ("âm lịch") are
left out.

A date written without its year takes it from a reference date (usually the
publication date), by :func:`infer_year`: among the reference's year, the year
before and the year after, the one that puts the date nearest the reference,
except that a date more than two months (61 days) after the reference is pushed
to the past. So, published on 3 January 2023, "28/12" is 2022-12-28; published on
20 December 2022, "5/1" is 2023-01-05; published on 10 February 2023, "15/4" is
2022-04-15. A date that the text says is still to come ("ngày 15/4 tới", "15/4
sắp tới") is the first such day on or after the reference: 2023-04-15. With no
reference the year stays unknown ("XXXX-06-04"), and "hôm nay" or "sáng nay" is not
a date at all. A period of the year without its year ("9 tháng đầu năm", "quý 4")
takes the reference's year when it has begun by then or begins within two months,
else the year before: reports look back, so it never moves into the next year.

:func:`find_stamps` reads the publication stamps that pages print near the title
("22:12 | 20/07/2022 GMT+7", "Thứ Hai, 16/01/2023 - 17:47", "Cập nhật: 10:05 ngày
20/7/2022", "2022-07-20T22:12:00+07:00", "Thứ năm, ngày 08/05/2025 - 10:12",
"08/05/2025 02:12 CH" with the Vietnamese SA/CH for a.m./p.m., "Thứ Năm, ngày 8 tháng 5
năm 2025", "Ngày 14/11/2024 lúc 18 giờ 35", "2024/11/14 18:35"). A stamp is a date with a
clock time, a date with its weekday, or a date standing alone on its line. A stamp with a time
is an aware ``datetime``: in the zone it names, else in :data:`DEFAULT_TIMEZONE`;
a stamp without a time is a ``date``.

Offsets index into the string given, which should be :func:`vnfriendship._text.normalize`\\ d.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterable
from typing import Final, TypeVar

import attrs
import regex

from ._edtf import EDTF, EdtfDate, EdtfInterval
from ._model import TimeOfDay
from ._text import has_loose_mark

__all__ = [
    "DEFAULT_TIMEZONE",
    "DateMatch",
    "StampMatch",
    "TimeOfDay",
    "default_timezone",
    "find_dates",
    "find_stamps",
    "infer_year",
    "parse_date",
    "parse_stamp",
]

#: The zone of a stamp that writes none: Vietnamese news is published in Vietnam.
DEFAULT_TIMEZONE: Final = "Asia/Ho_Chi_Minh"
_VIETNAM_OFFSET = dt.timedelta(hours=7)
_T = TypeVar("_T")
# How far after the reference a year-less date may still fall (about two months).
_FUTURE_TOLERANCE = dt.timedelta(days=61)


@functools.cache
def default_timezone() -> dt.tzinfo:
    """The zone named by :data:`DEFAULT_TIMEZONE`, or a fixed +07:00 without a tz database."""
    from dateutil import tz  # on first use: importing it is a tenth of the package's import time

    return tz.gettz(DEFAULT_TIMEZONE) or tz.tzoffset("ICT", _VIETNAM_OFFSET)


@attrs.frozen
class DateMatch:
    """A date or period found in text; the span covers its lead words ("Từ ngày", "Chiều")."""

    start: int
    end: int
    text: str
    value: EDTF
    time_of_day: TimeOfDay | None = None


@attrs.frozen
class StampMatch:
    """A publication stamp found in text, with its label ("Cập nhật:") and zone."""

    start: int
    end: int
    text: str
    value: dt.datetime | dt.date


def infer_year(month: int, day: int, reference: dt.date, *, ahead: bool = False) -> int:
    """The year of a date written without one, as seen from ``reference`` (a date or a datetime).

    ``ahead`` says the text puts the date in the future ("ngày 15/6 tới"): then it is
    the first such day on or after the reference. Raises ``ValueError`` when the day
    exists in none of the candidate years that the rule allows (29 February with no
    leap year among them).
    """
    on = reference.date() if isinstance(reference, dt.datetime) else reference
    candidates = []
    for year in (on.year - 1, on.year, on.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if (date >= on) if ahead else (date - on <= _FUTURE_TOLERANCE):
            candidates.append(date)
    if not candidates:
        raise ValueError(f"no year near {on} has day {day} of month {month}")
    return min(candidates, key=lambda date: abs(date - on)).year


# --- patterns --------------------------------------------------------------------------------------

_TIMES_OF_DAY: dict[str, TimeOfDay] = {
    "sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "night",
}
_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12,
}
_NUMBER_WORD = "|".join(sorted((w.replace(" ", r"\s+") for w in _NUMBER_WORDS), key=len, reverse=True))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"[12]\d{3}"
# A date starts at a word boundary, and not inside a number or a symbol ("34/2007/NĐ-CP").
_BEGIN = r"(?<![\p{L}\p{N}]|\p{N}[/.\-])"
# ... and ends at one, not before more digits, a symbol's letters, a per cent sign, a month
# ("2-3 tháng 9" is a range) or "âm lịch".
_FINISH = r"(?![\p{L}\p{N}]|[/.\-–]\p{N}|/\p{L}|\s*%|\s+tháng\s+\d|\s*\(?\s*(?:âm\s+lịch|ÂL\b))"
# "Chiều", "sáng sớm", "rạng sáng"; the first in a match is captured, the others not.
_TOD, _TOD_FREE = (
    rf"(?:rạng\s+)?(?{group}{'|'.join(_TIMES_OF_DAY)})(?:\s+(?:sớm|muộn|khuya))?" for group in ("P<tod>", ":")
)
# "ngày", "mồng", and both together: "sáng ngày mồng 2/9".
_DAY_WORD = r"(?:ngày(?:\s+m[ồù]ng)?|mồng|mùng|hôm)"
_UNTIL = r"(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?"


def _one_line(pattern: str) -> str:
    """Like a sentence, a date or a stamp stays on one line: its white space is a space or a tab
    (:func:`~vnfriendship._text.normalize` has made every other space a plain one)."""
    return pattern.replace(r"\s", r"[\t ]")


def _numeric(s: str, year: str = "?") -> str:
    """Day, separator, month and (optionally) year; "5/1//2022" is a typo seen in print."""
    return rf"(?P<d{s}>{_D})(?P<sep{s}>[/.\-])(?P<m{s}>{_M})(?:(?P=sep{s})/?(?P<y{s}>{_Y})){year}"


def _month_name(s: str) -> str:
    return rf"(?:(?P<m{s}>{_M})|(?P<mw{s}>{_NUMBER_WORD}))"


def _spelled(s: str) -> str:
    """ "5 tháng 1 năm 2022", "3 tháng Ba"."""
    return rf"(?P<d{s}>{_D})\s+tháng\s+{_month_name(s)}(?:\s*,?\s+năm\s+(?P<y{s}>{_Y}))?"


def _month(s: str, year: str) -> str:
    """ "tháng 6/2022", "tháng 6 năm 2022" (and "tháng 6" where ``year`` is "?")."""
    return (
        rf"tháng\s+{_month_name(s)}(?:\s*[/.\-]\s*(?P<y{s}>{_Y})|\s*,?\s+năm\s+(?P<y{s}>{_Y})){year}"
    )


def _point(s: str) -> str:
    """One end of a "từ ... đến ..." range, at any precision."""
    return rf"(?:{_numeric(s)}|{_spelled(s)}|{_month(s, '?')}|năm\s+(?P<y{s}>{_Y}))"


# How the words that may open a date begin (each form below opens with one of them, or with a digit).
_OPENINGS: tuple[str, ...] = (
    *(word.split()[0] for word in _NUMBER_WORDS), *_TIMES_OF_DAY, "từ", "ngày", "mồng", "mùng", "hôm", "rạng",
    "giai", "nhiệm", "thời", "niên", "kh", "năm", "các", "những", "cho", "đến", "tới", "qu", "nửa", "tháng",
)  # fmt: skip

_DATE_FORMS = rf"""
# a word's start, then the first words of the forms below: cheap first tests (in this order a search runs faster)
{_BEGIN}
(?=\d|{'|'.join(dict.fromkeys(_OPENINGS))})
(?:
  # từ ngày 24 đến 29/5 · từ chiều 30/4 đến ngày 1/5 · từ năm 1992 đến nay
  (?P<range>từ)\s+(?:{_TOD}\s+)?(?:{_DAY_WORD}\s+)?(?:{_point("a")}|(?P<da>{_D}))
  \s+{_UNTIL}(?:(?:{_TOD_FREE}\s+)?(?:{_DAY_WORD}\s+)?{_point("b")}|(?P<now>nay|hiện\s+nay|hiện\s+tại|bây\s+giờ))
| # 29-31/5/2025 · 30/4-1/5
  (?:(?P<range>từ)\s+)?(?P<range>(?:{_TOD}\s+)?(?:{_DAY_WORD}\s+)?)
  (?:(?P<da>{_D})/(?P<ma>{_M})|(?P<da>{_D}))\s*[-–]\s*(?:{_DAY_WORD}\s+)?
  (?:(?P<db>{_D})/(?P<mb>{_M})(?:/(?P<yb>{_Y}))?|{_spelled("b")})
| # giai đoạn 2020-2022 · nhiệm kỳ 2023-2028
  (?P<range>giai\s+đoạn|nhiệm\s+k[ỳì]|thời\s+k[ỳì]|niên\s+kh(?:óa|oá)|kh(?:óa|oá)|năm\s+học|(?:các\s+|những\s+)?năm)
  \s+(?P<ya>{_Y})\s*[-–]\s*(?P<yb>{_Y})
| # 5 năm qua (2019-2024) · trong 5 năm (2007 - 2011): years in brackets after a count of them, which
  # is no age ("kỷ niệm 70 năm (1955 - 2025)")
  (?<!(?:kỷ\s+niệm|tròn|mừng|dịp)\s+)
  (?P<range>(?:\d{{1,3}}|{_NUMBER_WORD})\s+năm(?:\s+(?:vừa\s+qua|qua|gần\s+đây|trở\s+lại\s+đây|sắp\s+tới|tới))?)
  \s*\(\s*(?P<ya>{_Y})\s*[-–]\s*(?P<yb>{_Y})\s*\)
| # đến năm 2030
  (?P<until>{_UNTIL})năm\s+(?P<yb>{_Y})
| # quý 4 năm 2018 · quý IV/2018
  qu(?:ý|í)\s+(?P<quarter>iv|i{{1,3}}|[1-4])
  (?:\s*[/.\-]\s*(?P<ya>{_Y})|\s*,?\s+năm\s+(?:(?P<ya>{_Y})|(?P<thisyear>nay)))?
| # 6 tháng đầu năm 2022 · nửa cuối năm nay
  (?:(?P<months>\d{{1,2}}|{_NUMBER_WORD})\s+tháng|(?P<months>nửa))\s+(?P<part>đầu|cuối)\s+năm
  (?:\s+(?:(?P<ya>{_Y})|(?P<thisyear>nay)))?
| # sáng nay · hôm nay · năm nay
  (?:{_TOD}|hôm)\s+(?P<today>nay) | năm\s+(?P<thisyear>nay)
| # ngày 4 và 5/7 · các ngày 4, 5 và 6/7/2023 · ngày 15 và 16 tháng 8: days listed before their month
  (?:{_TOD}\s+)?{_DAY_WORD}\s+(?P<dd>{_D})(?:\s*,\s*(?:{_DAY_WORD}\s+)?(?P<dd>{_D}))*\s*,?\s+và\s+
  (?P<last>(?:{_DAY_WORD}\s+)?(?:{_numeric("b")}|{_spelled("b")}))
| # ngày 20 /10 · sáng 5/ 1/2022 · ngày 5/1 /2022: a slash spaced by mistake, after a lead word
  (?P<lead>(?:{_TOD}\s+(?:{_DAY_WORD}\s+)?|{_DAY_WORD}\s+))(?=[\d/]{{1,6}}(?:\ /|/\ ))
  (?P<da>{_D})\ ?/\ ?(?P<ma>{_M})(?:\ ?/\ ?(?P<ya>{_Y}))?
| # ngày 5/1/2022 · Chiều 4/6 · 20-7 after a lead word
  (?P<lead>(?:{_TOD}\s+)?(?:{_DAY_WORD}\s+)?){_numeric("a")}
| (?:{_TOD}\s+)?{_DAY_WORD}\s+{_spelled("a")}
| {_month("a", "")}
| năm\s+(?P<ya>{_Y})
)
{_FINISH}
"""


# The two big patterns take some 100 ms to compile: done on first use, so that importing the
# library (or running `vnfriendship --help`) does not pay for them.
@functools.cache
def _date_pattern() -> regex.Pattern[str]:
    return regex.compile(_one_line(_DATE_FORMS), regex.IGNORECASE | regex.VERBOSE)


# After a date, "tới" / "sắp tới" (not "tới hết tháng", "tới ngày 20") puts it in the future: "ngày 15/6 tới".
_AHEAD = regex.compile(
    r"[\t ]+(?:sắp[\t ]+)?tới(?![\p{L}\p{N}]|[\t ]+(?:hết|ngày|mồng|mùng|hôm|năm|tháng|khi|lúc|nay|\d))",
    regex.IGNORECASE,
)


# --- building values -------------------------------------------------------------------------------

_Parts = tuple[int | None, int | None, int | None]  # year, month, day


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS[" ".join(text.casefold().split())]


def _parts(match: regex.Match[str], s: str) -> _Parts:
    return (_number(match[f"y{s}"]), _number(match[f"m{s}"]) or _number(match[f"mw{s}"]), _number(match[f"d{s}"]))


def _with_inferred_year(parts: _Parts, reference: dt.date | None, ahead: bool = False) -> _Parts:
    year, month, day = parts
    if year is not None or month is None or reference is None:
        return parts
    try:
        return infer_year(month, day or 1, reference, ahead=ahead), month, day
    except ValueError:
        return parts


def _ordered(first: _Parts, second: _Parts) -> bool:
    """Whether ``second`` does not come before ``first``; years count only where both are known."""
    low = (first[1] or 1, first[2] or 1)
    high = (second[1] or 12, second[2] or 31)
    if first[0] is not None and second[0] is not None:
        return (first[0], *low) <= (second[0], *high)
    return low <= high


def _range(start: _Parts, end: _Parts, reference: dt.date | None, ahead: bool) -> EdtfInterval | None:
    """Complete each end of a range from the other; ``None`` if the range is impossible."""
    if start[1] is None and start[2] is not None:  # "24 đến 29/5", "29-31/5"
        if end[2] is None:
            return None
        start = (start[0], end[1], start[2])
    if start[0] is None and end[0] is not None:
        start = (end[0] if end[1] is None or _ordered(start, end) else end[0] - 1, start[1], start[2])
    start = _with_inferred_year(start, reference, ahead)
    if end[0] is None and start[0] is not None:
        end = (start[0] if start[1] is None or _ordered(start, end) else start[0] + 1, end[1], end[2])
    # Both years are known now, or neither: then only a reversed range within one month is impossible
    # ("30/12 - 2/1" crosses the new year).
    if not _ordered(start, end) and (start[0] is not None or start[1] == end[1]):
        return None
    return EdtfInterval(EdtfDate(*start), EdtfDate(*end))


def _year_of(match: regex.Match[str], reference: dt.date | None, month: int) -> int | None:
    """The year of a period of months ("9 tháng đầu năm", "quý 4"): the one written, else the reference's
    year when the period has begun by the reference or begins within two months of it, else the year before.
    Unlike a day, a period of the year never moves into the next year: reports look back."""
    if match["ya"]:
        return int(match["ya"])
    if reference is None:
        return None
    begins = dt.date(reference.year, month, 1)
    if match["thisyear"] or begins - reference <= _FUTURE_TOLERANCE:
        return reference.year
    return reference.year - 1


def _months(match: regex.Match[str], reference: dt.date | None) -> EdtfInterval | None:
    """Quarters and "N tháng đầu/cuối năm" as month intervals."""
    if match["quarter"]:
        quarter = match["quarter"].casefold()
        first = 3 * (_ROMAN.get(quarter) or int(quarter)) - 2
        last = first + 2
    else:
        count = 6 if match["months"].casefold() == "nửa" else _number(match["months"])
        if count is None or not 1 <= count <= 12:
            return None
        first, last = (1, count) if match["part"].casefold() == "đầu" else (13 - count, 12)
    year = _year_of(match, reference, first)
    return EdtfInterval(EdtfDate(year, first), EdtfDate(year, last))


def _value(match: regex.Match[str], reference: dt.date | None) -> EDTF | None:
    """The EDTF value of a match, or ``None`` when the words do not make a real date."""
    ahead = _AHEAD.match(match.string, match.end()) is not None
    if match["quarter"] or match["months"]:
        return _months(match, reference)
    if match["today"] or match["thisyear"]:
        if reference is None:
            return None
        return EdtfDate.from_date(reference) if match["today"] else EdtfDate(reference.year)
    if match["until"] is not None:
        return EdtfInterval(None, EdtfDate(int(match["yb"])))
    start = _parts(match, "a")
    if match["now"]:
        return EdtfInterval(EdtfDate(*_with_inferred_year(start, reference)), None)
    if match["range"] is not None:
        return _range(start, _parts(match, "b"), reference, ahead)
    if match["sepa"] in ("-", ".") and start[0] is None and not match["lead"] and not _restates_a_spoken_day(match):
        return None
    return EdtfDate(*_with_inferred_year(start, reference, ahead))


# "Hôm qua (7-4)", "sáng nay (14-6)": a day and month in brackets right after a spoken day are a date,
# hyphen and all (bare, "7-4" may be a range or a score).
_SPOKEN_DAY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:hôm|{'|'.join(_TIMES_OF_DAY)})[\t ]+(?:hôm[\t ]+)?(?:nay|qua)[\t ]*\([\t ]*\Z",
    regex.IGNORECASE,
)
_CLOSING_BRACKET = regex.compile(r"[\t ]*\)")


def _restates_a_spoken_day(match: regex.Match[str]) -> bool:
    text = match.string
    return (
        _SPOKEN_DAY_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
        and _CLOSING_BRACKET.match(text, match.end()) is not None
    )


def _listed(match: regex.Match[str], reference: dt.date | None, tod: TimeOfDay | None) -> list[DateMatch] | None:
    """Days listed before the month they share: one period when they follow each other
    ("ngày 4 và 5/7"), else one date each ("ngày 4 và 12/7"); ``None`` out of order."""
    year, month, last = _parts(match, "b")
    days = [int(day) for day in match.captures("dd")] + [last or 0]
    if any(later <= day for day, later in itertools.pairwise(days)):
        return None
    ahead = _AHEAD.match(match.string, match.end()) is not None
    if days[-1] - days[0] == len(days) - 1:
        period = _range((year, month, days[0]), (year, month, last), reference, ahead)
        return None if period is None else [DateMatch(match.start(), match.end(), match.group(), period, tod)]
    spans = [(match.start(), match.ends("dd")[0]), *match.spans("dd")[1:], match.span("last")]
    return [
        DateMatch(
            start, end, match.string[start:end],
            EdtfDate(*_with_inferred_year((year, month, day), reference, ahead)), tod if index == 0 else None,
        )
        for index, (day, (start, end)) in enumerate(zip(days, spans, strict=True))
    ]


def _date_matches(match: regex.Match[str], reference: dt.date | None) -> list[DateMatch] | None:
    """The dates a match stands for (several where it lists days), or ``None`` when it is no real date."""
    tod = _TIMES_OF_DAY[match["tod"].casefold()] if match["tod"] else None
    try:
        if match["last"]:
            return _listed(match, reference, tod)
        value = _value(match, reference)
    except ValueError:  # a day the month does not have
        return None
    return None if value is None else [DateMatch(match.start(), match.end(), match.group(), value, tod)]


def _scan(
    pattern: regex.Pattern[str],
    text: str,
    start: int,
    end: int | None,
    build: Callable[[regex.Match[str]], _T | None],
    openings: Iterable[int] | None = None,
) -> list[_T]:
    """What ``build`` makes of each match; where it refuses one, the search goes on a character later.

    ``openings``, in order, are the only offsets a match may start at, where the caller knows them: a match is
    tried at each instead of searching every character between them (the result is the same).
    """
    stop = len(text) if end is None else end
    found: list[_T] = []
    position = start
    if openings is not None:
        for opening in openings:
            if opening < position or (match := pattern.match(text, opening, stop)) is None:
                continue
            result = build(match)
            if result is not None:
                found.append(result)
                position = match.end()
        return found
    while (match := pattern.search(text, position, stop)) is not None:
        result = build(match)
        if result is None:
            position = match.start() + 1
            continue
        found.append(result)
        position = match.end()
    return found


@functools.lru_cache(maxsize=1 << 14)  # asked of every word of an article: news reuses a small vocabulary
def opens_date(word: str) -> bool:
    """Whether a date may open at a word: it opens with a digit or with a word that opens a date ("ngày", "sáng")."""
    return word[0].isdigit() or word.lower().startswith(_OPENINGS)


def date_openings(text: str, starts: Iterable[int], opens: Iterable[bool], start: int, end: int) -> list[int] | None:
    """The offsets in ``text[start:end]`` where a date may open: of the stretch's words (every run of letters,
    marks and digits, as :class:`vnfriendship._text.Tokens` holds them), given by their ``starts`` and whether
    each :func:`opens_date`, the starts of those that do. ``None`` where a combining mark is left in the stretch:
    a date may open inside a word there, so the stretch must be searched whole."""
    if has_loose_mark(text, start, end):
        return None
    return list(itertools.compress(starts, opens))


def _whole(pattern: regex.Pattern[str], text: str, build: Callable[[regex.Match[str]], _T | None]) -> _T | None:
    """What ``build`` makes of ``text`` matched whole, surrounding white space aside."""
    lead = len(text) - len(text.lstrip())
    match = pattern.fullmatch(text, lead, len(text.rstrip()))
    return None if match is None else build(match)


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    reference: dt.date | None = None,
    openings: Iterable[int] | None = None,
) -> list[DateMatch]:
    """Every date and period in ``text[start:end]``, in order; see the module docstring.

    ``openings`` (from :func:`date_openings`, where the words are known) spares searching every character.
    """
    found = _scan(_date_pattern(), text, start, end, lambda match: _date_matches(match, reference), openings)
    return [date for dates in found for date in dates]


def parse_date(text: str, *, reference: dt.date | None = None) -> DateMatch:
    """The date that ``text`` is, whole (surrounding white space aside); ``ValueError`` otherwise."""
    result = _whole(_date_pattern(), text, lambda match: _date_matches(match, reference))
    if result is None or len(result) != 1:
        raise ValueError(f"not a date: {text!r}")
    return result[0]


# --- publication stamps ----------------------------------------------------------------------------

_ENGLISH_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_LABEL = (
    r"(?:(?:(?:ngày|thời\s+gian)\s+(?:cập\s+nhật|đăng(?:\s+tải|\s+tin)?|xuất\s+bản)"
    r"|cập\s+nhật|đăng\s+tải|đăng|xuất\s+bản|updated|published|posted)"
    r"(?:\s+(?:lúc|ngày|vào|on|at))?\s*:?\s*)?"
)
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN|T[2-7])\s*,?\s*"
_CLOCK = (
    r"(?P<hh>[01]?\d|2[0-3])(?:[:h](?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?|\s*giờ\s*(?P<mi>[0-5]?\d)(?:\s*phút)?)"
    r"(?:\s*(?:(?P<ampm>[ap])\.?m\.?|(?P<ampm>s)a|(?P<ampm>c)h)(?![\p{L}\p{N}]))?"  # SA / CH: sáng / chiều
)
_ZONE_NAME = r"(?P<zone>GMT|UTC)\s*(?:(?P<zsign>[+\-−])\s*(?P<zh>1[0-4]|0?\d)(?::?(?P<zm>[0-5]\d))?)?"
_ZONE = rf"(?:\s*(?:\(\s*{_ZONE_NAME}\s*\)|{_ZONE_NAME}))?"
_GAP = r"(?:\s*[|,\-–]\s*|\s+)"
_ENGLISH_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "Thứ Năm, ngày 08/05/2025": the weekday and the word "ngày" may stand before the date.
_DAY_OF = rf"(?:ngày\s+)?(?:{_WEEKDAY})?(?:ngày\s+)?"
# "ngày 8 tháng 5 năm 2025", as official sites print their stamps.
# "2022-07-20", "2022/07/20": the year first, one separator twice.
_ISO_DAY = rf"(?P<ya>{_Y})(?P<isep>[-/])(?P<ma>{_M})(?P=isep)(?P<da>{_D})"
_SPELLED_STAMP = rf"(?P<da>{_D})\s+tháng\s+(?P<ma>{_M})\s*,?\s+(?:năm\s+)?(?P<ya>{_Y})"
_STAMP_FORMS = rf"""
# a word's start, then the first words of the forms below: cheap first tests (in this order a search runs faster)
(?<![\p{{L}}\p{{N}}])
(?=\d|cập|ngày|thời|đăng|xuất|updated|published|posted|thứ|chủ|cn|t[2-7]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)
(?:
  # 2022-07-20T22:12:00+07:00 · 2022/07/20 22:12
  {_ISO_DAY}[T\ ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d)(?:\.\d+)?)?
  (?:(?P<utc>Z)|(?P<zsign>[+\-])(?P<zh>0\d|1[0-4]):?(?P<zm>[0-5]\d))?
| # 22:12 | 20/07/2022 GMT+7 · Cập nhật: 10:05 ngày 20/7/2022 · 18 giờ 35 ngày 14 tháng 11 năm 2024
  {_LABEL}(?:{_WEEKDAY})?{_CLOCK}{_GAP}{_DAY_OF}(?:{_numeric("a", "")}|{_SPELLED_STAMP}){_ZONE}
| # Thứ Hai, 16/01/2023 - 17:47 · 20/07/2022, 9:15 AM · Ngày 02/07/2024 (16:10)
  {_LABEL}{_DAY_OF}(?:{_numeric("a", "")}|{_SPELLED_STAMP})(?:(?:{_GAP}|\s+lúc\s+){_CLOCK}|\s*\(\s*{_CLOCK}\s*\)){_ZONE}
| # 07 May, 09:39 AM · May 7, 2023 09:39
  {_LABEL}(?:(?P<da>{_D})\s+{_ENGLISH_MONTH}|{_ENGLISH_MONTH}\s+(?P<da>{_D}))(?:\s*,?\s*(?P<ya>{_Y}))?
  {_GAP}(?:at\s+)?{_CLOCK}{_ZONE}
| # Thứ Năm, 20/7/2022
  {_LABEL}{_WEEKDAY}(?:ngày\s+)?(?:{_numeric("a", "")}|{_SPELLED_STAMP}){_ZONE}
| # a date alone on its line, perhaps labelled and closed with a full stop ("Ngày: 20.11.2023")
  (?<=^[\ \t]*){_LABEL}(?:ngày\s*:?\s*)?(?:{_numeric("a", "")}|{_SPELLED_STAMP}|{_ISO_DAY})
  (?=\.?[\ \t]*$)
)
(?![\p{{L}}\p{{N}}])
"""


@functools.cache
def _stamp_pattern() -> regex.Pattern[str]:
    return regex.compile(_one_line(_STAMP_FORMS), regex.IGNORECASE | regex.VERBOSE | regex.MULTILINE)


# Every form of stamp above writes a date with digits on both sides of a separator (the numeric and ISO
# days), "tháng" or an English month: a stretch with none of them is not searched with the costly pattern.
_STAMP_HINT = regex.compile(rf"\d[/.\-]\d|tháng|{'|'.join(_ENGLISH_MONTHS)}", regex.IGNORECASE)


def _zone(match: regex.Match[str]) -> dt.tzinfo:
    if match["utc"]:
        return dt.timezone.utc
    if match["zsign"]:
        from dateutil import tz  # on first use, as in default_timezone

        offset = dt.timedelta(hours=int(match["zh"]), minutes=int(match["zm"] or 0))
        return tz.tzoffset(None, -offset if match["zsign"] != "+" else offset)
    if match["zone"]:
        return dt.timezone.utc
    return default_timezone()


def _hour(match: regex.Match[str]) -> int:
    hour = int(match["hh"])
    if match["ampm"] and 1 <= hour <= 12:
        return hour % 12 + (12 if match["ampm"].casefold() in ("p", "c") else 0)
    return hour


def _stamp_value(match: regex.Match[str], reference: dt.date | None) -> dt.datetime | dt.date | None:
    month = int(match["ma"]) if match["ma"] else _ENGLISH_MONTHS[match["mon"].casefold()]
    day = int(match["da"])
    if match["ya"]:
        year = int(match["ya"])
    elif reference is not None:
        year = infer_year(month, day, reference)
    else:
        return None
    if match["hh"] is None:
        return dt.date(year, month, day)
    second = int(match["ss"] or 0)
    return dt.datetime(year, month, day, _hour(match), int(match["mi"]), second, tzinfo=_zone(match))


def _stamp_match(match: regex.Match[str], reference: dt.date | None) -> StampMatch | None:
    try:
        value = _stamp_value(match, reference)
    except ValueError:  # a day the month does not have, or an offset beyond a day
        return None
    return None if value is None else StampMatch(match.start(), match.end(), match.group(), value)


def find_stamps(
    text: str, start: int = 0, end: int | None = None, *, reference: dt.date | None = None
) -> list[StampMatch]:
    """Every publication stamp in ``text[start:end]``, in order.

    ``reference`` gives a year to stamps printed without one ("07 May, 09:39 AM");
    without it such stamps are skipped.
    """
    if _STAMP_HINT.search(text, start, len(text) if end is None else end) is None:
        return []
    return _scan(_stamp_pattern(), text, start, end, lambda match: _stamp_match(match, reference))


def parse_stamp(text: str, *, reference: dt.date | None = None) -> dt.datetime | dt.date:
    """The moment that ``text`` stamps, whole (surrounding white space aside); ``ValueError`` otherwise."""
    result = _whole(_stamp_pattern(), text, lambda match: _stamp_match(match, reference))
    if result is None:
        raise ValueError(f"not a publication stamp: {text!r}")
    return result.value
