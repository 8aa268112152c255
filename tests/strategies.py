"""Hypothesis strategies shared by the test suite, gathered in one place."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, get_args

from hypothesis import strategies as st

from vnfriendship._edtf import EDTF, EdtfDate, EdtfInterval
from vnfriendship._model import (
    AidFigure,
    AidKind,
    ArticleMeta,
    Directive,
    DirectiveKind,
    Event,
    EventKind,
    Extraction,
    MemberKind,
    MemberOrganization,
    Membership,
    Mention,
    Person,
    PluginError,
    Position,
    Qualifier,
    Quantity,
    Segment,
    SegmentKind,
    TimeOfDay,
    Union,
    UnionLevel,
)

# ---------------------------------------------------------------- EDTF


@st.composite
def edtf_dates(draw: st.DrawFn) -> EdtfDate:
    """Dates at every precision, with and without a year."""
    year = draw(st.none() | st.integers(1000, 2999))
    if year is not None and draw(st.booleans()):
        return EdtfDate(year, draw(st.none() | st.integers(1, 12))) if draw(st.booleans()) else EdtfDate(year)
    day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)))  # a leap year: 29 February is possible
    if year is not None:
        try:
            return EdtfDate(year, day.month, day.day)
        except ValueError:  # 29 February of a common year
            return EdtfDate(year, day.month, 28)
    return EdtfDate(None, day.month, day.day)


edtf_intervals = st.builds(
    EdtfInterval, st.none() | edtf_dates(), edtf_dates()
) | st.builds(EdtfInterval, edtf_dates(), st.none())

edtf_values: st.SearchStrategy[EDTF] = edtf_dates() | edtf_intervals

# ---------------------------------------------------------------- extractions


def _one_of(kind: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(get_args(kind))


short_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
names = st.text("abcdeghiklmnopqrstuvxyĐđàáảãạăằắẳẵặâầấẩẫậ ", min_size=1, max_size=20)
optional_names = st.none() | names
amounts = st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    """Extractions whose mentions all quote their text."""
    text = draw(st.text(min_size=1, max_size=200))
    segment_kinds = _one_of(SegmentKind)

    def mentions() -> st.SearchStrategy[tuple[Mention, ...]]:
        @st.composite
        def one(draw2: st.DrawFn) -> Mention:
            start = draw2(st.integers(0, len(text)))
            end = draw2(st.integers(start, len(text)))
            return Mention(start, end, text[start:end], draw2(segment_kinds))

        return st.lists(one(), max_size=3).map(tuple)

    people = st.builds(
        Person, names, st.none() | st.sampled_from(["ông", "bà", "đồng chí"]),
        st.lists(st.builds(Position, names, optional_names), max_size=2), mentions(),
    )
    unions = st.builds(
        Union, names, _one_of(UnionLevel), optional_names, optional_names, st.none() | st.integers(0, 20),
        st.none() | st.builds(Membership, *(st.none() | st.integers(0, 500) for _ in range(3))), mentions(),
    )
    members = st.builds(
        MemberOrganization, names, _one_of(MemberKind), st.lists(st.sampled_from(["VE", "RU", "LA"]), max_size=2),
        optional_names, optional_names, mentions(),
    )
    events = st.builds(
        Event, _one_of(EventKind), optional_names, optional_names, st.none() | edtf_values,
        st.none() | _one_of(TimeOfDay), optional_names, optional_names, st.none() | st.just("VN"),
        st.lists(names, max_size=2), st.lists(names, max_size=2), st.none() | st.integers(0, 5000), mentions(),
    )
    aid = st.builds(
        AidFigure, amounts, st.sampled_from(["VND", "USD", "EUR"]), _one_of(Qualifier), _one_of(AidKind),
        optional_names, optional_names, optional_names, st.none() | edtf_values,
        st.none() | st.builds(Quantity, st.integers(0, 1000), names), st.booleans(), mentions(),
    )
    directives = st.builds(
        Directive, _one_of(DirectiveKind), st.none() | st.just("12"), st.none() | st.just("12-CT/TW"),
        optional_names, st.none() | edtf_values, optional_names, st.lists(names, max_size=2), mentions(),
    )
    published = st.none() | st.dates() | st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=7))))
    meta = st.builds(ArticleMeta, optional_names, published, optional_names, st.lists(names, max_size=2))
    segments = st.lists(
        st.builds(Segment, segment_kinds, st.integers(0, len(text)), st.just(len(text))), max_size=2
    )
    return Extraction(
        text=text,
        source=draw(st.none() | short_text),
        meta=draw(meta),
        segments=draw(segments),
        people=draw(st.lists(people, max_size=2)),
        unions=draw(st.lists(unions, max_size=2)),
        member_organizations=draw(st.lists(members, max_size=2)),
        events=draw(st.lists(events, max_size=2)),
        aid_figures=draw(st.lists(aid, max_size=2)),
        directives=draw(st.lists(directives, max_size=2)),
        errors=draw(st.lists(st.builds(PluginError, names, short_text), max_size=2)),
    )


# ---------------------------------------------------------------- numbers and money


def vietnamese_digits(value: Decimal) -> str:
    """``value`` written the Vietnamese way: a dot between thousands, a comma before decimals ("1.234.567,5")."""
    whole, _, fraction = format(value, "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


@st.composite
def vietnamese_amounts(draw: st.DrawFn) -> tuple[Decimal, str]:
    """A non-negative amount with up to two decimals, and a way news writes it ("1.500.000", "1,5 triệu")."""
    value = draw(amounts)
    word, scale = draw(st.sampled_from([("", 1), ("nghìn", 10**3), ("ngàn", 10**3), ("triệu", 10**6), ("tỷ", 10**9)]))
    if not word:
        return value, vietnamese_digits(value)
    return value, f"{vietnamese_digits((value / scale).normalize())} {word}"


# Pieces of number-like running text: digits with separators, number and currency words, dates, symbols.
number_like_text = st.lists(
    st.sampled_from(
        [
            "0", "7", "12", "2022", "1.200", "2,5", "1,200", "0243", "+84", "$", "US$", "€", "%", "đ", "-", "–",
            "/", ".", ",", ":", "(", ")", '"', " ", " ", " ", "\n", "hai", "mươi", "mốt", "năm", "trăm", "linh",
            "nghìn", "triệu", "tỷ", "rưỡi", "hàng", "đồng", "USD", "chí", "gần", "trên", "dưới", "từ", "đến",
            "over", "people", "Ba", "Lan", "phần", "tư", "vấn", "CT/TW",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@st.composite
def text_windows(draw: st.DrawFn) -> tuple[str, int, int]:
    """Arbitrary or number-like text, and a window ``[start, end)`` of it to search."""
    text = draw(st.text(max_size=200) | number_like_text)
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))

#: Words and marks of citations thrown together: types, numbers, symbols, issuers, quotes, a law's name.
citation_soup = st.lists(
    st.sampled_from(
        ["Chỉ thị", "số", "12-CT/TW", "12", "ngày 5/1/2022", "của", "Ban Bí thư", "về", "“", "”", "này",
         "(", ")", ",", "và", "Quyết định", "1234/QĐ-UBND", "UBND tỉnh", "Đề án", "\n", ".", "T.Ư", "khóa VII",
         "Luật", "Đầu tư", "88/SNgV-LS", "chỉ thị", "nói trên", "Nghị quyết", "2025"]
    ),
    max_size=25,
).map(" ".join)  # fmt: skip


# ---------------------------------------------------------------- bad input


# Pieces of page-like text: words, cue words, names, numbers, punctuation, brackets, marks, other scripts.
_messy_pieces = st.sampled_from(
    [
        "Hội", "hữu nghị", "Liên hiệp các tổ chức hữu nghị", "tỉnh", "Nghệ An", "TP.", "ông", "Ông", "bà",
        "Nguyễn Văn A", "Chủ tịch", "Chỉ thị số 12-CT/TW", "ngày", "15/3/2024", "1.200", "2,5 tỷ đồng", "USD",
        "tổ chức", "tại",
        "Tin liên quan", "Nguồn:", "Ảnh:", "lượt xem", "./.", ".", ",", ";", ":", "!", "?", "…", "-", "–", "(", ")",
        "[", "]", "“", "”", '"', "«", "»", "/", "|", " ", " ", "  ", "\n", "\n\n", "\t", "\u0301", "\u0323",
        "\u034f", "\u200b", "日本", "Россия", "ภาษาไทย", "العربية", "😀", "\x00", "\ufeff", "9" * 40,
    ]
)  # fmt: skip

#: Text that no article looks like: arbitrary characters, or cue words, punctuation and scripts thrown together.
messy_text = st.text(max_size=300) | st.lists(_messy_pieces, max_size=80).map("".join)


@st.composite
def span_layers(draw: st.DrawFn) -> tuple[list[tuple[int, int, str]], int, int]:
    """Spans of a layer (some empty, overlapping or nested, or none so) and a stretch to query."""
    starts = draw(st.lists(st.integers(0, 60), max_size=25))
    spans = [(start, start + draw(st.integers(0, 12)), "x") for start in starts]
    first = draw(st.integers(0, 80))
    return spans, first, first + draw(st.integers(0, 80))


@st.composite
def sentence_layers(draw: st.DrawFn) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]], int, int]:
    """Sentences (in order, apart or touching), the non-empty spans found inside each, and a stretch to query."""
    sentences, items, cursor = [], [], 0
    for _ in range(draw(st.integers(0, 8))):
        start = cursor + draw(st.integers(0, 3))
        end = start + draw(st.integers(1, 15))
        sentences.append((start, end))
        firsts = draw(st.lists(st.integers(start, end - 1), max_size=4))
        items.append([(first, draw(st.integers(first + 1, end))) for first in firsts])
        cursor = end
    first = draw(st.integers(0, cursor + 5))
    return sentences, items, first, first + draw(st.integers(0, cursor + 5))
