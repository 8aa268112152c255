"""Numbers of Vietnamese news: digits, multiplier words, spelled-out numbers, and what is not a number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import number_like_text, text_windows, vietnamese_amounts
from support import CORPUS_PAGES, needs_corpus
from vnfriendship._numbers import NumberMatch, find_numbers, numbers_both_ways, parse_number
from vnfriendship._text import normalize


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("97", "97"),
        ("1.200", "1200"),
        ("1.200.000", "1200000"),
        ("2,5", "2.5"),
        ("108,3", "108.3"),
        ("1.234.567,89", "1234567.89"),
        ("0,75", "0.75"),
        ("1,5 triệu", "1500000"),
        ("3 tỷ", "3000000000"),
        ("3 tỉ", "3000000000"),
        ("10 nghìn", "10000"),
        ("10 ngàn", "10000"),
        ("2 triệu 500 nghìn", "2500000"),
        ("2.624 tỷ", "2624000000000"),
        ("5 nghìn tỷ", "5000000000000"),
        ("một", "1"),
        ("năm", "5"),
        ("mười", "10"),
        ("hai mươi", "20"),
        ("mười lăm", "15"),
        ("mười tư", "14"),
        ("hai mươi mốt", "21"),
        ("ba mươi tư", "34"),
        ("chín mươi lăm", "95"),
        ("một trăm", "100"),
        ("một trăm linh năm", "105"),
        ("hai trăm lẻ tư", "204"),
        ("ba trăm hai mươi", "320"),
        ("năm nghìn", "5000"),
        ("ba triệu", "3000000"),
        ("hai triệu rưỡi", "2500000"),
        ("một trăm rưỡi", "150"),
        ("một nghìn chín trăm chín mươi hai", "1992"),
        ("bảy trăm năm mươi nghìn", "750000"),
        ("hai chục", "20"),
        ("một trăm hai", "120"),
        ("Hai mươi", "20"),
        ("  15 triệu ", "15000000"),
        ("1,200,000", "1200000"),
    ],
)
def test_parse_number_reads_the_phrase(phrase: str, value: str) -> None:
    assert parse_number(phrase) == Decimal(value)


def test_a_whole_multiple_has_no_fraction_digits() -> None:
    assert str(parse_number("1,5 tỷ")) == "1500000000"


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("", "not a number"),
        ("tổ chức", "not a number"),
        ("hàng nghìn", "vague"),
        ("24%", "not a number phrase"),
        ("16-1", "not a number phrase"),
        ("5/1/2022", "not a number"),
        ("12-CT/TW", "not a number"),
        ("0243 826 3456", "not a number"),
        ("trăm", "not a number phrase"),
        ("mười năm", "not a number phrase"),
        ("97 tổ chức", "not a number phrase"),
        ("1,2,3", "not a number"),
    ],
)
def test_parse_number_rejects_what_is_not_one_number(phrase: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_number(phrase)


def _found(text: str) -> list[tuple[str, Decimal | None]]:
    return [(m.text, m.value) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hiện Liên hiệp có 112 tổ chức thành viên.", [("112", Decimal(112))]),
        ("Tỉnh đã tiếp nhận 1.350 suất quà.", [("1.350", Decimal(1350))]),
        ("Dự án được cấp 4,5 triệu đồng.", [("4,5 triệu", Decimal(4500000))]),
        ("Đoàn gồm mười lăm đại biểu.", [("mười lăm", Decimal(15))]),
        ("Hai nước có quan hệ hữu nghị truyền thống.", [("Hai", Decimal(2))]),
        ("Quan hệ giữa hai nước đã qua hai mươi năm.", [("hai", Decimal(2)), ("hai mươi", Decimal(20))]),
        ("Chúng tôi đã làm việc một trăm năm.", [("một trăm", Decimal(100))]),
        ("Quỹ hỗ trợ 2 triệu 300 nghìn mỗi suất.", [("2 triệu 300 nghìn", Decimal(2300000))]),
        ("Hàng trăm hội viên đã tham dự.", [("Hàng trăm", None)]),
        ("Mạng lưới có hàng chục nghìn đối tác.", [("hàng chục nghìn", None)]),
        ("Ngày 20/7, đoàn đến Viêng Chăn.", []),
        ("Sáng 16-1, hội nghị khai mạc.", []),
        ("Thực hiện Chỉ thị 12-CT/TW và Nghị định 93/2009/NĐ-CP.", []),
        ("Liên hệ qua số 0243 826 3456 hoặc +84 24 3826 3456.", []),
        ("Đường dây nóng 1900 1234 luôn mở.", []),
        ("Năm 2019, Hội tổ chức đại hội.", []),
        ("Đại hội nhiệm kỳ 2024 - 2029 đã bế mạc.", []),
        ("Tỷ lệ hội viên trẻ tăng.", []),
        ("Ba Lan và Việt Nam ký kết hợp tác.", []),
        ("Cơ quan tư vấn pháp lý cho một số hội.", []),
        ("Dự án giai đoạn 5-10 triệu đồng mỗi năm.", [("5", Decimal(5)), ("10 triệu", Decimal(10000000))]),
        ('Ông nói: "over 1,200 people joined us".', [("1,200", Decimal(1200))]),
        ("Giá trị tăng 1,200 lần.", [("1,200", Decimal("1.2"))]),
        ("Quỹ nhận €300,000 và VND45 billion.", [("300,000", Decimal(300000)), ("45 billion", Decimal(45 * 10**9))]),
        ("Khoản hỗ trợ US$5.000 đã được trao.", [("5.000", Decimal(5000))]),
        ("Đề án 01 được triển khai.", []),
        ("Văn bản số 01-15 đã hết hiệu lực.", []),
        # a count padded with a zero before a counted noun, as official texts write it; no other zero-padded number
        ("Liên hiệp hiện có 06 tổ chức thành viên.", [("06", Decimal(6))]),
        ("Tỉnh đã thành lập 09 hội hữu nghị song phương.", [("09", Decimal(9))]),
        ("Hội trao tặng 05 suất học bổng cho học sinh.", [("05", Decimal(5))]),
        ("Đón tiếp 03 đoàn khách quốc tế trong quý.", [("03", Decimal(3))]),
        ("Theo Thông báo số 01 hội nghị được hoãn.", []),
        ("Văn bản ký ngày 05 tháng này.", []),
        ("Liên hệ 09 đoàn kết.", []),
        ("Mã hồ sơ 07 đã được duyệt.", []),
    ],
)
def test_find_numbers_reports_the_numbers_of_a_sentence(
    sentence: str, expected: list[tuple[str, Decimal | None]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Tăng trưởng đạt 7,5% so với cùng kỳ.", "7,5%", Decimal("7.5")),
        ("Tỷ lệ tán thành là 98 %.", "98 %", Decimal(98)),
        ("Hội viên nữ chiếm ba mươi phần trăm.", "ba mươi phần trăm", Decimal(30)),
        ("Dự kiến tăng 5-7% mỗi năm.", "7%", Decimal(7)),
    ],
)
def test_a_percentage_is_a_number_flagged_as_percent(sentence: str, text: str, value: Decimal) -> None:
    found = [m for m in find_numbers(sentence) if m.is_percent]
    assert [(m.text, m.value) for m in found] == [(text, value)]


def test_a_count_is_not_a_percentage() -> None:
    assert [m.is_percent for m in find_numbers("Có 24 đoàn và 24% hội viên.")] == [False, True]


def test_scale_is_the_largest_multiplier_word() -> None:
    assert [m.scale for m in find_numbers("15 triệu, 2 nghìn tỷ và 97")] == [
        Decimal(10**6),
        Decimal(10**12),
        Decimal(1),
    ]


def test_date_pairs_are_kept_only_on_request() -> None:
    assert [m.text for m in find_numbers("từ 5-10 USD", include_date_pairs=True)] == ["5", "10"]


def test_window_limits_the_search() -> None:
    text = "Có 12 đoàn và 30 tổ chức."
    assert [m.text for m in find_numbers(text, text.index("và"))] == ["30"]
    assert [m.text for m in find_numbers(text, 0, text.index("và"))] == ["12"]


def test_a_match_is_a_frozen_record() -> None:
    match = find_numbers("Có 12 đoàn.")[0]
    assert match == NumberMatch(3, 5, "12", Decimal(12))


@given(vietnamese_amounts())
def test_a_vietnamese_written_amount_parses_back(case: tuple[Decimal, str]) -> None:
    value, text = case
    assert parse_number(text) == value


@given(vietnamese_amounts())
def test_a_vietnamese_written_amount_is_found_in_a_sentence(case: tuple[Decimal, str]) -> None:
    value, text = case
    assert [m.value for m in find_numbers(f"Tổng số là {text} hội viên.")] == [value]


def test_a_run_of_more_than_thirty_digits_is_no_number() -> None:
    assert find_numbers("Hội có " + "9" * 31 + " tổ chức thành viên.") == []
    assert find_numbers("Mã " + "1" * 4400 + ".") == []
    with pytest.raises(ValueError, match="not a number"):
        parse_number("9" * 61)


def test_thirty_digits_and_the_largest_scale_are_read_exactly() -> None:
    digits = "123456789" * 3 + "123"
    [match] = find_numbers(f"Tổng cộng {digits} nghìn triệu đồng.")
    assert match.value == Decimal(digits + "0" * 9)


@given(st.text("0123456789.,", min_size=1, max_size=80), st.sampled_from(["", " nghìn", " triệu", " tỷ", " nghìn tỷ"]))
def test_a_number_is_read_exactly_or_not_at_all(digits: str, scale: str) -> None:
    for match in find_numbers(f"Tổng cộng {digits}{scale} đồng."):
        assert match.value is not None
        assert len(match.value.as_tuple().digits) <= 60  # never rounded to the context's precision
        assert int(match.value) < 10**50  # json and int() take it


def _assert_spans_quote(text: str, found: list[NumberMatch], start: int, end: int) -> None:
    assert [m for m in found if not (start <= m.start < m.end <= end and text[m.start : m.end] == m.text)] == []


@given(text_windows())
def test_find_numbers_never_raises_and_quotes_spans_inside_the_window(case: tuple[str, int, int]) -> None:
    text, start, end = case
    _assert_spans_quote(text, find_numbers(text, start, end), start, end)


@given(st.text(max_size=60) | number_like_text)
def test_parse_number_gives_a_decimal_or_a_value_error(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert isinstance(value, Decimal)


@needs_corpus
@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_number_on_a_real_page_quotes_the_text(page: Path) -> None:
    text = normalize(page.read_bytes())
    _assert_spans_quote(text, find_numbers(text), 0, len(text))



@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Dự án có tổng kinh phí 250,000 USD.", Decimal(250000)),
        ("Quỹ tài trợ 12,500 EUR cho trường.", Decimal(12500)),
        ("Giá trị tăng 1,5 USD mỗi suất.", Decimal("1.5")),
    ],
)
def test_a_comma_before_a_currency_code_groups_thousands(sentence: str, value: Decimal) -> None:
    assert [n.value for n in find_numbers(sentence)] == [value]


@given(number_like_text)
def test_the_numbers_without_date_pairs_are_those_with_them_less_the_pairs(text: str) -> None:
    without_pairs, with_pairs = numbers_both_ways(text)
    kept = iter(with_pairs)
    assert all(number in kept for number in without_pairs)  # a subsequence, in order


def test_a_date_pair_is_a_number_only_when_asked_for() -> None:
    without_pairs, with_pairs = numbers_both_ways("Ngày 16-1, 3 đoàn")
    assert [n.text for n in without_pairs] == ["3"]
    assert [n.text for n in with_pairs] == ["16", "1", "3"]
