"""Tests of vnfriendship._dates: dates and periods in prose, year inference, publication stamps."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil import tz
from hypothesis import given
from hypothesis import strategies as st

from support import CORPUS_PAGES, needs_corpus
from vnfriendship._dates import (
    DEFAULT_TIMEZONE,
    _scan,
    _stamp_match,
    _stamp_pattern,
    date_openings,
    default_timezone,
    find_dates,
    find_stamps,
    infer_year,
    opens_date,
    parse_date,
    parse_stamp,
)
from vnfriendship._text import normalize, words

ICT = tz.tzoffset(None, 7 * 3600)


def found(text: str, reference: dt.date | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, str(m.value), m.time_of_day) for m in find_dates(text, reference=reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 5/1/2022, Ban Bí thư ban hành chỉ thị mới.", [("Ngày 5/1/2022", "2022-01-05", None)]),
        ("Hội nghị khai mạc 05/01/2022 tại Hà Nội.", [("05/01/2022", "2022-01-05", None)]),
        ("Chỉ thị ký ngày 8/3//2021 (lỗi gõ).", [("ngày 8/3//2021", "2021-03-08", None)]),
        ("Hội nghị tổ chức ngày 20-7 tại Huế.", [("ngày 20-7", "XXXX-07-20", None)]),
        ("Ngày Quốc khánh 2-9-1945 là mốc son.", [("2-9-1945", "1945-09-02", None)]),
        ("Văn bản số liệu chốt 5.1.2022.", [("5.1.2022", "2022-01-05", None)]),
        ("Hà Nội, ngày 5 tháng 1 năm 2022", [("ngày 5 tháng 1 năm 2022", "2022-01-05", None)]),
        ("Lễ hội diễn ra mồng 3 tháng 3 hằng năm.", [("mồng 3 tháng 3", "XXXX-03-03", None)]),
        ("Buổi gặp mặt ngày 8 tháng Ba rất ấm cúng.", [("ngày 8 tháng Ba", "XXXX-03-08", None)]),
        ("Chiều 4/6, đoàn đến thăm Hội hữu nghị.", [("Chiều 4/6", "XXXX-06-04", "afternoon")]),
        ("Sáng ngày 12/10/2023, hội nghị bế mạc.", [("Sáng ngày 12/10/2023", "2023-10-12", "morning")]),
        ("Trưa 9/9, hai đoàn dùng cơm thân mật.", [("Trưa 9/9", "XXXX-09-09", "noon")]),
        ("Tối hôm 14/2, chương trình giao lưu bắt đầu.", [("Tối hôm 14/2", "XXXX-02-14", "evening")]),
        ("Đêm 31/12, người dân đón giao thừa.", [("Đêm 31/12", "XXXX-12-31", "night")]),
        ("Rạng sáng 6/8, đoàn về tới sân bay.", [("Rạng sáng 6/8", "XXXX-08-06", "morning")]),
        ("Trạm trực 24/7 phục vụ bà con.", [("24/7", "XXXX-07-24", None)]),
        ("Từ ngày 12-15/9/2024, đoàn thăm Lào.", [("Từ ngày 12-15/9/2024", "2024-09-12/2024-09-15", None)]),
        ("Đoàn thăm Cu-ba từ ngày 10 đến 16/3.", [("từ ngày 10 đến 16/3", "XXXX-03-10/XXXX-03-16", None)]),
        ("Triển lãm mở cửa ngày 01-07/8.", [("ngày 01-07/8", "XXXX-08-01/XXXX-08-07", None)]),
        ("Kỳ nghỉ 30/4-1/5 năm nay kéo dài.", [("30/4-1/5", "XXXX-04-30/XXXX-05-01", None)]),
        ("Hội chợ diễn ra ngày 4 và 5/7 tại Huế.", [("ngày 4 và 5/7", "XXXX-07-04/XXXX-07-05", None)]),
        (
            "Trong hai ngày 8 và 9/11, đoàn thăm Nghệ An.",
            [("ngày 8 và 9/11", "XXXX-11-08/XXXX-11-09", None)],
        ),
        ("Sáng ngày 4 và ngày 5/7, hội thảo họp.", [("Sáng ngày 4 và ngày 5/7", "XXXX-07-04/XXXX-07-05", "morning")]),
        ("Các ngày 4, 5 và 6/7/2023, đoàn làm việc.", [("ngày 4, 5 và 6/7/2023", "2023-07-04/2023-07-06", None)]),
        (
            "Lớp học mở ngày 15 và 16 tháng 8 năm 2022.",
            [("ngày 15 và 16 tháng 8 năm 2022", "2022-08-15/2022-08-16", None)],
        ),
        (
            "Hội họp ngày 4 và 12/7 tại hai tỉnh.",  # days apart: two dates
            [("ngày 4", "XXXX-07-04", None), ("12/7", "XXXX-07-12", None)],
        ),
        ("Ngày 30/6 và 1/7 đoàn ở Lào.", [("Ngày 30/6", "XXXX-06-30", None), ("1/7", "XXXX-07-01", None)]),
        ("Dự kiến ngày 20 /10, Hội gặp mặt.", [("ngày 20 /10", "XXXX-10-20", None)]),  # a slash spaced by mistake
        ("Sáng 5/ 1/2016, đoàn đến Huế.", [("Sáng 5/ 1/2016", "2016-01-05", "morning")]),
        ("Ký ngày 12/3 /2014 tại Hà Nội.", [("ngày 12/3 /2014", "2014-03-12", None)]),
        (
            "Mưa lớn từ chiều 28/2 đến ngày 2/3 ở miền núi.",
            [("từ chiều 28/2 đến ngày 2/3", "XXXX-02-28/XXXX-03-02", "afternoon")],
        ),
        (
            "Hội thảo ngày 2-3 tháng 10 năm 2023 tại Huế.",
            [("ngày 2-3 tháng 10 năm 2023", "2023-10-02/2023-10-03", None)],
        ),
        ("Khóa học từ 28/12/2023 đến 3/1/2024.", [("từ 28/12/2023 đến 3/1/2024", "2023-12-28/2024-01-03", None)]),
        ("Đợt tập huấn từ 28/12 đến 3/1/2024.", [("từ 28/12 đến 3/1/2024", "2023-12-28/2024-01-03", None)]),
        (
            "Kỷ niệm ngày thành lập Hội (12/3/1960 - 12/3/2020).",
            [("12/3/1960", "1960-03-12", None), ("12/3/2020", "2020-03-12", None)],
        ),
        ("Trong năm 2022, Liên hiệp đón 50 đoàn.", [("năm 2022", "2022", None)]),
        ("Kế hoạch được duyệt tháng 6/2022.", [("tháng 6/2022", "2022-06", None)]),
        ("Đại hội họp vào tháng 6 năm 2022.", [("tháng 6 năm 2022", "2022-06", None)]),
        ("Số liệu tháng Mười Một năm 2020 đã công bố.", [("tháng Mười Một năm 2020", "2020-11", None)]),
        ("Kết quả 6 tháng đầu năm 2022 rất khả quan.", [("6 tháng đầu năm 2022", "2022-01/2022-06", None)]),
        ("Nhiệm vụ 3 tháng cuối năm 2021 còn nặng.", [("3 tháng cuối năm 2021", "2021-10/2021-12", None)]),
        ("Hai tháng đầu năm 2024, Hội đón 12 đoàn.", [("Hai tháng đầu năm 2024", "2024-01/2024-02", None)]),
        ("Dự án giải ngân trong nửa cuối năm 2019.", [("nửa cuối năm 2019", "2019-07/2019-12", None)]),
        ("Báo cáo quý 4 năm 2018 đã gửi.", [("quý 4 năm 2018", "2018-10/2018-12", None)]),
        ("Đến quý IV/2018 đã xong.", [("quý IV/2018", "2018-10/2018-12", None)]),
        ("Từ năm 1992 đến nay, các tổ chức đã viện trợ.", [("Từ năm 1992 đến nay", "1992/..", None)]),
        ("Từ năm 2008 đến năm 2012, Hội mở rộng.", [("Từ năm 2008 đến năm 2012", "2008/2012", None)]),
        ("Từ tháng 3 đến tháng 5/2021, đoàn công tác.", [("Từ tháng 3 đến tháng 5/2021", "2021-03/2021-05", None)]),
        ("Kế hoạch giai đoạn 2020-2022 hoàn thành.", [("giai đoạn 2020-2022", "2020/2022", None)]),
        ("Ban chấp hành nhiệm kỳ 2023 – 2028 ra mắt.", [("nhiệm kỳ 2023 – 2028", "2023/2028", None)]),
        ("Chiến lược đến năm 2030 đã được thông qua.", [("đến năm 2030", "../2030", None)]),
        (
            "Trong 5 năm (2010 - 2014), Hội đã vận động nhiều dự án.",  # years in brackets after their count
            [("5 năm (2010 - 2014)", "2010/2014", None)],
        ),
        ("Ba năm qua (2021-2023) Liên hiệp đã đón 40 đoàn.", [("Ba năm qua (2021-2023)", "2021/2023", None)]),
        (
            "Sáng ngày mồng 2/9, đoàn dâng hoa tại Quảng trường.",
            [("Sáng ngày mồng 2/9", "XXXX-09-02", "morning")],
        ),
        (
            "Chiều ngày mùng 5 tháng 6, hai hội gặp mặt.",
            [("Chiều ngày mùng 5 tháng 6", "XXXX-06-05", "afternoon")],
        ),
        ("Hạ tầng hoàn thiện cho đến hết năm 2025.", [("cho đến hết năm 2025", "../2025", None)]),
        ("Hôm qua (15-8), đoàn đến thăm Hội.", [("15-8", "XXXX-08-15", None)]),  # restating a spoken day
        ("Chiều qua ( 3.10 ) hai bên gặp mặt.", [("3.10", "XXXX-10-03", None)]),
    ],
)
def test_find_dates_reads_each_form(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư.",
        "Theo Nghị định 34/2007/NĐ-CP của Chính phủ.",
        "Quyết định số 1234/QĐ-TTg đã có hiệu lực.",
        "Nghị định 15/12/2022/NĐ-CP được sửa đổi.",
        "Hội có 1.200 hội viên và 2,5 tỷ đồng quỹ.",
        "Tỷ lệ đạt 5/10% kế hoạch.",
        "Đội nhà thắng 3-2 trong trận giao hữu.",
        "Nhiệt độ tăng 2-3 độ so với hôm qua.",
        "Đường dây nóng 0912.345.678 hoạt động.",
        "Tổng đài 1900-1234 hỗ trợ bà con.",
        "Lễ giỗ vào ngày 10 tháng 3 âm lịch.",
        "Hạn cuối là 31/2/2022 theo văn bản.",
        "Số hiệu 32/13 không phải ngày.",
        "Tháng sáu không có ngày 30 và 31/6.",
        "Tỷ số 20 / 10 nghiêng về đội khách.",
        "Trận đấu (3-1) kết thúc hôm qua.",
        "Đội khách thắng qua (3-1) nhờ bàn phút cuối.",
        "Ban hành ngày 12 /QĐ-UBND.",
        "Ghi nhận 0/5 lượt phản hồi.",
        "Hôm nay trời đẹp.",
        "Các đại biểu hỏi thăm nhau trong những năm qua.",
        "Phiên bản 5.1 đã cập nhật.",
        "Khoảng 10-30mm mưa.",
        "Kế hoạch của năm\n2022 đại biểu dự.",
        "Lễ kỷ niệm 60 năm (1964 - 2024) quan hệ hai nước.",  # an age, not a span of time
        "Nhân dịp 45 năm (1979-2024) ngày thành lập Hội.",
        "Trong 3 năm (2014 - 2011) số liệu bị gõ ngược.",
    ],
)
def test_find_dates_ignores_what_is_no_date(text: str) -> None:
    assert found(text) == []


REF = dt.date(2023, 1, 3)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Sáng 28/12, Hội tổng kết năm.", REF, [("Sáng 28/12", "2022-12-28", "morning")]),
        ("Ngày 5/1, đoàn lên đường.", dt.date(2022, 12, 20), [("Ngày 5/1", "2023-01-05", None)]),
        ("Chiều nay, đoàn làm việc với tỉnh.", REF, [("Chiều nay", "2023-01-03", "afternoon")]),
        ("Hôm nay, Liên hiệp tổ chức gặp mặt.", REF, [("Hôm nay", "2023-01-03", None)]),
        ("Năm nay Hội tròn 30 tuổi.", REF, [("Năm nay", "2023", None)]),
        (
            "Kết quả 6 tháng đầu năm nay khả quan.",
            dt.date(2023, 7, 5),
            [("6 tháng đầu năm nay", "2023-01/2023-06", None)],
        ),
        ("Trong quý 4, Hội sẽ tổng kết.", dt.date(2022, 9, 20), [("quý 4", "2022-10/2022-12", None)]),
        ("Quý 4 đã giải ngân hết.", dt.date(2023, 1, 15), [("Quý 4", "2022-10/2022-12", None)]),
        ("9 tháng đầu năm đã giải ngân.", dt.date(2023, 12, 22), [("9 tháng đầu năm", "2023-01/2023-09", None)]),
        ("Đoàn thăm Lào từ ngày 30/12 đến 2/1.", REF, [("từ ngày 30/12 đến 2/1", "2022-12-30/2023-01-02", None)]),
        ("Kể từ 7/10 đến nay, Hội đã quyên góp.", dt.date(2023, 11, 1), [("từ 7/10 đến nay", "2023-10-07/..", None)]),
        ("Ngày 29/2 là ngày nhuận.", dt.date(2023, 6, 1), [("Ngày 29/2", "XXXX-02-29", None)]),
        ("Ngày 29/2 là ngày nhuận.", dt.date(2024, 6, 1), [("Ngày 29/2", "2024-02-29", None)]),
        ("Ngày 5/1/2022 là mốc quan trọng.", REF, [("Ngày 5/1/2022", "2022-01-05", None)]),
        ("Ngày 30 và 31/12, Hội tổng kết.", REF, [("Ngày 30 và 31/12", "2022-12-30/2022-12-31", None)]),
    ],
)
def test_find_dates_takes_missing_years_from_the_reference(
    text: str, reference: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(
    ("month", "day", "reference", "year"),
    [
        (12, 28, dt.date(2023, 1, 3), 2022),  # just before the new year: the past
        (1, 5, dt.date(2022, 12, 20), 2023),  # two weeks ahead, across the new year
        (2, 25, dt.date(2022, 12, 20), 2022),  # 67 days ahead is too far: the past
        (6, 4, dt.date(2025, 6, 10), 2025),
        (8, 1, dt.date(2025, 6, 10), 2025),  # 52 days ahead: still the same year
        (8, 15, dt.date(2025, 6, 10), 2024),  # 66 days ahead: last year
        (7, 1, dt.date(2025, 1, 1), 2024),
    ],
)
def test_infer_year_follows_the_documented_rule(month: int, day: int, reference: dt.date, year: int) -> None:
    assert infer_year(month, day, reference) == year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lễ hội sẽ diễn ra vào ngày 15/6 tới tại thành phố Nagoya.", "2025-06-15"),
        ("Hai bên sẽ ký biên bản ghi nhớ vào ngày 20/7 sắp tới.", "2025-07-20"),
        ("Đại hội dự kiến khai mạc sáng 5/1 tới đây.", "2026-01-05"),
        ("Đoàn sẽ sang thăm từ ngày 29 đến 31/8 tới.", "2025-08-29/2025-08-31"),
        ("Hội trao quà từ ngày 15/6 tới hết tháng.", "2024-06-15"),  # "tới hết tháng" ends a period
        ("Hội nghị được tổ chức ngày 15/6.", "2024-06-15"),  # 63 days ahead, not said to come: the past
    ],
)
def test_date_followed_by_toi_is_still_to_come(text: str, value: str) -> None:
    assert [str(m.value) for m in find_dates(text, reference=dt.date(2025, 4, 13))] == [value]


def test_infer_year_ahead_is_the_first_such_day_from_the_reference() -> None:
    reference = dt.date(2025, 4, 13)
    assert (infer_year(6, 15, reference, ahead=True), infer_year(4, 13, reference, ahead=True)) == (2025, 2025)
    assert infer_year(4, 10, reference, ahead=True) == 2026


def test_infer_year_accepts_a_datetime_reference() -> None:
    assert infer_year(12, 30, dt.datetime(2024, 1, 2, 8, 0, tzinfo=ICT)) == 2023


def test_infer_year_rejects_a_leap_day_with_no_leap_year_near() -> None:
    with pytest.raises(ValueError, match="no year near"):
        infer_year(2, 29, dt.date(2022, 6, 1))


@given(
    st.integers(1, 12),
    st.integers(1, 31),
    st.dates(dt.date(1901, 1, 1), dt.date(2099, 12, 31)),
)
def test_inferred_date_is_near_and_not_far_ahead(month: int, day: int, reference: dt.date) -> None:
    try:
        year = infer_year(month, day, reference)
    except ValueError:
        return
    assert year in (reference.year - 1, reference.year, reference.year + 1)
    assert dt.date(year, month, day) - reference <= dt.timedelta(days=61)
    if (month, day) != (2, 29):  # the nearest 29 February may lie almost two years back
        assert abs(dt.date(year, month, day) - reference) <= dt.timedelta(days=366)


@pytest.mark.parametrize(
    ("text", "value", "time_of_day"),
    [
        ("ngày 5/1/2022", "2022-01-05", None),
        ("  Chiều 4/6 ", "XXXX-06-04", "afternoon"),
        ("giai đoạn 2021-2025", "2021/2025", None),
    ],
)
def test_parse_date_reads_a_whole_phrase(text: str, value: str, time_of_day: str | None) -> None:
    match = parse_date(text)
    assert (str(match.value), match.time_of_day, text[match.start : match.end]) == (value, time_of_day, match.text)


@pytest.mark.parametrize(
    "text", ["", "ngày 5/1/2022 tại Hà Nội", "ngày 4 và 12/7", "12-CT/TW", "31/2/2022", "sáng nay", "hôm qua"]
)
def test_parse_date_rejects_anything_else(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


def test_find_dates_searches_only_the_given_range() -> None:
    text = "Ngày 1/6 khai mạc, ngày 3/6 bế mạc."
    middle = text.index("ngày 3/6")
    assert [m.text for m in find_dates(text, middle, len(text))] == ["ngày 3/6"]
    assert [m.text for m in find_dates(text, 0, middle)] == ["Ngày 1/6"]


def test_find_dates_offsets_index_the_whole_text() -> None:
    text = "Đoàn đến Viêng Chăn chiều 18/4/2024."
    (match,) = find_dates(text, 5)
    assert text[match.start : match.end] == "chiều 18/4/2024"


# --- hypothesis properties ---------------------------------------------------------------------------

RENDERINGS = [
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}-{d.month}-{d.year}",
    lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
]


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.sampled_from(RENDERINGS))
def test_every_rendering_parses_back_to_the_same_date(date: dt.date, render: object) -> None:
    text = render(date)  # type: ignore[operator]
    assert parse_date(text).value.to_date() == date  # type: ignore[union-attr]
    assert [m.value.to_date() for m in find_dates(f"Hội nghị diễn ra {text}, tại Hà Nội.")] == [date]  # type: ignore[union-attr]


PIECES = st.sampled_from(
    ["ngày ", "Chiều ", "từ ", " đến ", "tháng ", "năm ", "quý ", "/", "-", ".", "//", " ", "%", "12-CT/TW",
     "2022", "5", "31", "13", "0", "IV", "nay", "hôm ", "giai đoạn ", "âm lịch", "\n", "đầu ", "cuối "]
)


@given(st.one_of(st.text(), st.lists(PIECES, max_size=12).map("".join)), st.none() | st.dates())
def test_find_dates_never_raises_and_spans_quote_the_text(text: str, reference: dt.date | None) -> None:
    for match in find_dates(text, reference=reference):
        assert text[match.start : match.end] == match.text


def _openings(text: str) -> list[int] | None:
    found = words(text)
    return date_openings(text, [w.start for w in found], [opens_date(w.text) for w in found], 0, len(text))


_MORE_PIECES = PIECES | st.sampled_from(["\u0301", "Từ", "a5", "Ba ", "mồng ", "Sáng ", "khóa "])


@given(st.one_of(st.text(), st.lists(_MORE_PIECES, max_size=16).map("".join)))
def test_dates_tried_only_where_a_word_may_open_one_are_every_date(text: str) -> None:
    reference = dt.date(2024, 6, 1)
    assert find_dates(text, reference=reference, openings=_openings(text)) == find_dates(text, reference=reference)


def test_no_opening_is_given_where_a_combining_mark_may_hide_one() -> None:
    assert _openings("Hội a\u03015/6 họp") is None
    assert _openings("Hội họp ngày 5/6 tại tỉnh") == [8, 13, 15]


@needs_corpus
def test_dates_tried_only_where_a_word_may_open_one_are_every_date_of_real_pages() -> None:
    for file in CORPUS_PAGES:
        text = normalize(file.read_bytes())
        reference = dt.date(2024, 6, 1)
        assert find_dates(text, reference=reference, openings=_openings(text)) == find_dates(text, reference=reference)


@given(st.one_of(st.text(), st.lists(PIECES, max_size=12).map("".join)), st.none() | st.dates())
def test_find_stamps_never_raises_and_spans_quote_the_text(text: str, reference: dt.date | None) -> None:
    for match in find_stamps(text, reference=reference):
        assert text[match.start : match.end] == match.text


# Pieces of publication stamps and of the lines around them, to be put together in any order.
STAMP_PIECES = st.sampled_from(
    ["Cập nhật: ", "Thứ Hai, ", "Ngày đăng: ", "20/07/2024", "2024-07-20", "5.1.2022", "ngày 8 tháng 5 năm 2025",
     "8 THÁNG 5, 2025", "10:05", "9 giờ 30", "May 7, 2023", "07 jun", " | ", ", ", " - ", " ", "GMT+7", " AM", "T",
     "\n", "Hơn 300 đại biểu", "12", "1/2", "đoàn"]
)


@given(st.lists(STAMP_PIECES, max_size=8).map("".join), st.none() | st.dates())
def test_a_stretch_without_a_date_separator_tháng_or_an_english_month_is_skipped_with_no_stamp_lost(
    text: str, reference: dt.date | None
) -> None:
    searched = _scan(_stamp_pattern(), text, 0, None, lambda match: _stamp_match(match, reference))
    assert find_stamps(text, reference=reference) == searched


def test_a_line_with_numbers_but_no_date_has_no_stamp() -> None:
    assert find_stamps("Hơn 300 đại biểu, 12 đoàn") == []


@needs_corpus
def test_real_text_parses_without_error() -> None:
    for file in CORPUS_PAGES:
        text = normalize(file.read_bytes())
        for match in [*find_dates(text, reference=dt.date(2024, 6, 1)), *find_stamps(text)]:
            assert text[match.start : match.end] == match.text


# --- publication stamps ------------------------------------------------------------------------------

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("22:12 | 20/07/2022 GMT+7", dt.datetime(2022, 7, 20, 22, 12, tzinfo=ICT)),
        ("20/07/2022, 9:15 AM", dt.datetime(2022, 7, 20, 9, 15, tzinfo=ICT)),
        ("20/07/2022, 9:15 PM", dt.datetime(2022, 7, 20, 21, 15, tzinfo=ICT)),
        ("12:05 AM, 1/2/2023", dt.datetime(2023, 2, 1, 0, 5, tzinfo=ICT)),
        ("Thứ Hai, 16/01/2023 - 17:47", dt.datetime(2023, 1, 16, 17, 47, tzinfo=ICT)),
        ("16/01/2023 17:47", dt.datetime(2023, 1, 16, 17, 47, tzinfo=ICT)),
        ("Thứ năm, 20/7/2022 | 22:12", dt.datetime(2022, 7, 20, 22, 12, tzinfo=ICT)),
        ("Cập nhật: 10:05 ngày 20/7/2022", dt.datetime(2022, 7, 20, 10, 5, tzinfo=ICT)),
        ("Cập nhật lúc 08:30, Chủ nhật, 02/06/2024 (GMT+7)", dt.datetime(2024, 6, 2, 8, 30, tzinfo=ICT)),
        ("09:00, 11/11/2011 GMT+9", dt.datetime(2011, 11, 11, 9, 0, tzinfo=tz.tzoffset(None, 9 * 3600))),
        ("2022-07-20T22:12:00+07:00", dt.datetime(2022, 7, 20, 22, 12, tzinfo=ICT)),
        ("2022-07-20T15:12:30Z", dt.datetime(2022, 7, 20, 15, 12, 30, tzinfo=UTC)),
        ("2022-07-20T08:00:00.250-05:00", dt.datetime(2022, 7, 20, 8, 0, tzinfo=tz.tzoffset(None, -5 * 3600))),
        ("2022-07-20 22:12", dt.datetime(2022, 7, 20, 22, 12, tzinfo=ICT)),
        ("Thứ Sáu, 03/03/2023", dt.date(2023, 3, 3)),
        ("Ngày đăng: 15/08/2019", dt.date(2019, 8, 15)),
        ("Thứ năm, ngày 08/05/2025 - 10:12", dt.datetime(2025, 5, 8, 10, 12, tzinfo=ICT)),
        ("Thứ Sáu, 08:45, 14/03/2025", dt.datetime(2025, 3, 14, 8, 45, tzinfo=ICT)),
        ("Ngày 08/05/2025 lúc 10:12", dt.datetime(2025, 5, 8, 10, 12, tzinfo=ICT)),
        ("08/05/2025 10:12:35 SA", dt.datetime(2025, 5, 8, 10, 12, 35, tzinfo=ICT)),
        ("08/05/2025 02:12 CH", dt.datetime(2025, 5, 8, 14, 12, tzinfo=ICT)),
        ("Thứ Năm, ngày 8 tháng 5 năm 2025", dt.date(2025, 5, 8)),
        ("Ngày 08/05/2025", dt.date(2025, 5, 8)),
        ("Ngày cập nhật: 19/06/2025", dt.date(2025, 6, 19)),
        ("Thời gian đăng: 19/06/2025 08:10", dt.datetime(2025, 6, 19, 8, 10, tzinfo=ICT)),
        ("2021-04-30", dt.date(2021, 4, 30)),
        ("2024/11/14 18:35", dt.datetime(2024, 11, 14, 18, 35, tzinfo=ICT)),
        ("2024/11/14", dt.date(2024, 11, 14)),
        ("Ngày 14/11/2024 lúc 18 giờ 35 phút", dt.datetime(2024, 11, 14, 18, 35, tzinfo=ICT)),
        ("Thứ Năm, 14/11/2024 8 giờ 05", dt.datetime(2024, 11, 14, 8, 5, tzinfo=ICT)),
        ("Cập nhật lúc 18:35 ngày 14 tháng 11 năm 2024", dt.datetime(2024, 11, 14, 18, 35, tzinfo=ICT)),
        ("6/9/2024 9:30:00 AM", dt.datetime(2024, 9, 6, 9, 30, tzinfo=ICT)),
        ("Ngày 21/10/2024 (09:05)", dt.datetime(2024, 10, 21, 9, 5, tzinfo=ICT)),
    ],
)
def test_parse_stamp_reads_each_form(text: str, value: dt.datetime | dt.date) -> None:
    assert parse_stamp(text) == value
    assert isinstance(parse_stamp(text), dt.datetime) == isinstance(value, dt.datetime)


def test_stamp_without_a_zone_is_in_the_default_zone() -> None:
    stamp = parse_stamp("16/01/2023 17:47")
    assert isinstance(stamp, dt.datetime)
    assert stamp.utcoffset() == dt.timedelta(hours=7)
    assert stamp.tzinfo is default_timezone()


def test_default_timezone_falls_back_to_a_fixed_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    default_timezone.cache_clear()
    monkeypatch.setattr(tz, "gettz", lambda name: None)  # no tz database
    try:
        zone = default_timezone()
        assert zone.utcoffset(dt.datetime(2023, 1, 1)) == dt.timedelta(hours=7)
    finally:
        default_timezone.cache_clear()
    assert DEFAULT_TIMEZONE == "Asia/Ho_Chi_Minh"


def test_english_stamp_needs_a_reference_for_its_year() -> None:
    assert find_stamps("07 May, 09:39 AM") == []
    (match,) = find_stamps("07 May, 09:39 AM", reference=dt.date(2025, 5, 8))
    assert match.value == dt.datetime(2025, 5, 7, 9, 39, tzinfo=ICT)
    assert parse_stamp("Dec 30, 2024 18:00") == dt.datetime(2024, 12, 30, 18, 0, tzinfo=ICT)


def test_find_stamps_picks_stamps_out_of_a_page() -> None:
    page = (
        "Báo Hữu Nghị\nThứ Ba, 04/06/2024 - 08:15\nNgày 3/6/2024, đoàn đến Hà Nội.\n  15/05/2024 \n"
        "21:40 | 02/06/2024 GMT+7\nTin liên quan\n09:30\n01/06/2024 cũ\n"
    )
    assert [(m.text, m.value) for m in find_stamps(page)] == [
        ("Thứ Ba, 04/06/2024 - 08:15", dt.datetime(2024, 6, 4, 8, 15, tzinfo=ICT)),
        ("15/05/2024", dt.date(2024, 5, 15)),
        ("21:40 | 02/06/2024 GMT+7", dt.datetime(2024, 6, 2, 21, 40, tzinfo=ICT)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/1/2022, Ban Bí thư ban hành chỉ thị.",
        "0:00 / 0:00",
        "lúc 25:10, 20/07/2022",
        "10:05 ngày 31/2/2022",
        "Chỉ thị 12-CT/TW",
        "22:12 | 20/07/2022 GMT+7 thêm chữ",
        "2024/11-14",  # the year first takes one separator twice
        "14/11/2024 18 giờ",
    ],
)
def test_parse_stamp_rejects_what_is_no_stamp(text: str) -> None:
    with pytest.raises(ValueError, match="not a publication stamp"):
        parse_stamp(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ngày: 20.11.2023", dt.date(2023, 11, 20)),
        ("Ngày 5 tháng 3 năm 2021.", dt.date(2021, 3, 5)),
        ("20/11/2023.", dt.date(2023, 11, 20)),
    ],
)
def test_a_date_alone_on_its_line_labelled_or_closed_by_a_full_stop_is_a_stamp(line: str, expected: dt.date) -> None:
    assert [stamp.value for stamp in find_stamps(line)] == [expected]


def test_a_date_inside_a_sentence_is_no_stamp() -> None:
    assert find_stamps("Hội họp ngày 20/11/2023.") == []
