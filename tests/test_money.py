"""Sums of money: amount, ISO currency, qualifier and ranges, and the numbers that are not money."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import text_windows, vietnamese_amounts
from support import ALL_PAGES, CORPUS_PAGES, needs_corpus
from vnfriendship._money import CURRENCIES, QUALIFIERS, MoneyMatch, find_money, may_state_money, parse_money
from vnfriendship._text import normalize, split_sentences, token_columns


@pytest.mark.parametrize(
    ("phrase", "amount", "currency", "qualifier"),
    [
        ("gần 3 tỷ USD", "3000000000", "USD", "nearly"),
        ("700 triệu đồng", "700000000", "VND", "exact"),
        ("500.000đ", "500000", "VND", "exact"),
        ("250.000 VNĐ", "250000", "VND", "exact"),
        ("1,2 tỷ VND", "1200000000", "VND", "exact"),
        ("15 nghìn USD", "15000", "USD", "exact"),
        ("$10,000", "10000", "USD", "exact"),
        ("US$ 2,5", "2.5", "USD", "exact"),
        ("USD 150.000", "150000", "USD", "exact"),
        ("trên 1,5 triệu đ", "1500000", "VND", "over"),
        ("khoảng EUR 20.000", "20000", "EUR", "about"),
        ("20 đô la Mỹ", "20", "USD", "exact"),
        ("300 đôla", "300", "USD", "exact"),
        ("khoảng 2 triệu euro", "2000000", "EUR", "about"),
        ("€50", "50", "EUR", "exact"),
        ("xấp xỉ 40 triệu yên", "40000000", "JPY", "about"),
        ("1,5 triệu yên Nhật", "1500000", "JPY", "exact"),
        ("vượt 2 triệu nhân dân tệ", "2000000", "CNY", "over"),
        ("3 tỷ won", "3000000000", "KRW", "exact"),
        ("hơn 5 nghìn bảng Anh", "5000", "GBP", "over"),
        ("10 triệu rúp", "10000000", "RUB", "exact"),
        ("20 triệu kip", "20000000", "LAK", "exact"),
        ("1,5 triệu kíp", "1500000", "LAK", "exact"),
        ("khoảng 2 triệu đô", "2000000", "USD", "about"),
        ("300 nghìn bạt", "300000", "THB", "exact"),
        ("4 triệu riên", "4000000", "KHR", "exact"),
        ("1,2 triệu rupee", "1200000", "INR", "exact"),
        ("hơn 30 nghìn đô la Hồng Kông", "30000", "HKD", "over"),
        ("50.000 franc Thụy Sĩ", "50000", "CHF", "exact"),
        ("trên dưới 5 tỷ đồng", "5000000000", "VND", "about"),
        ("trên 29 tỷ đồng", "29000000000", "VND", "over"),
        ("chừng 80 triệu đồng", "80000000", "VND", "about"),
        ("ước đạt 6,4 triệu USD", "6400000", "USD", "about"),
        ("ước tính 12 tỷ đồng", "12000000000", "VND", "about"),
        ("gần như 1 tỷ đồng", "1000000000", "VND", "nearly"),
        ("dưới 200 triệu đồng", "200000000", "VND", "under"),
        ("chưa đến 1 triệu VNĐ", "1000000", "VND", "under"),
        ("lên tới 100 triệu đồng", "100000000", "VND", "up_to"),
        ("lên đến 40 nghìn USD", "40000", "USD", "up_to"),
        ("tối đa 50 triệu đồng", "50000000", "VND", "up_to"),
        ("hai tỷ đồng", "2000000000", "VND", "exact"),
        ("Gần 3 tỷ USD", "3000000000", "USD", "nearly"),
    ],
)
def test_parse_money_reads_amount_currency_and_qualifier(
    phrase: str, amount: str, currency: str, qualifier: str
) -> None:
    match = parse_money(phrase)
    assert (match.amount, match.currency, match.qualifier, match.amount_max) == (
        Decimal(amount),
        currency,
        qualifier,
        None,
    )


@pytest.mark.parametrize(
    ("phrase", "low", "high", "currency"),
    [
        ("từ 10 đến 15 triệu đồng", "10000000", "15000000", "VND"),
        ("10-15 triệu USD", "10000000", "15000000", "USD"),
        ("10 – 15 triệu USD", "10000000", "15000000", "USD"),
        ("1-1,5 tỷ đồng", "1000000000", "1500000000", "VND"),
        ("từ 500 nghìn đồng đến 2 triệu đồng", "500000", "2000000", "VND"),
        ("5-10 USD", "5", "10", "USD"),
        ("từ 800 triệu tới 1 tỷ đồng", "800000000", "1000000000", "VND"),
    ],
)
def test_a_range_gives_low_and_high_and_is_exact(phrase: str, low: str, high: str, currency: str) -> None:
    match = parse_money(phrase)
    assert (match.amount, match.amount_max, match.currency, match.qualifier) == (
        Decimal(low),
        Decimal(high),
        currency,
        "exact",
    )


def test_a_qualifier_before_a_range_applies_to_it() -> None:
    assert parse_money("khoảng 10-15 triệu đồng").qualifier == "about"


@pytest.mark.parametrize(
    "phrase",
    [
        "",
        "97 tổ chức",
        "năm 2022",
        "24%",
        "ngày 5/1/2022",
        "12-CT/TW",
        "0243 826 3456",
        "hàng trăm triệu đồng",
        "3 tỷ USD và 2 tỷ đồng",
        "đồng",
    ],
)
def test_parse_money_rejects_what_is_not_one_sum(phrase: str) -> None:
    with pytest.raises(ValueError, match="not a sum of money"):
        parse_money(phrase)


def _sums(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(m.text, m.amount, m.currency, m.qualifier) for m in find_money(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hội đã vận động 850 triệu đồng và gần 20 nghìn USD cho tỉnh Điện Biên.",
            [
                ("850 triệu đồng", Decimal(850_000_000), "VND", "exact"),
                ("gần 20 nghìn USD", Decimal(20_000), "USD", "nearly"),
            ],
        ),
        (
            "Tổ chức trao 30 suất học bổng, mỗi suất trị giá 2 triệu đồng.",
            [("2 triệu đồng", Decimal(2_000_000), "VND", "exact")],
        ),
        (
            "Giá trị viện trợ đạt 12,4 triệu USD, tương đương 290 tỷ đồng.",
            [
                ("12,4 triệu USD", Decimal(12_400_000), "USD", "exact"),
                ("290 tỷ đồng", Decimal(290_000_000_000), "VND", "exact"),
            ],
        ),
        ("Mỗi phần quà 500.000đ.", [("500.000đ", Decimal(500_000), "VND", "exact")]),
        ("Phí tham dự 300.000đ/người.", [("300.000đ", Decimal(300_000), "VND", "exact")]),
        ("Liên hiệp có 97 tổ chức thành viên.", []),
        ("Năm 2022, hội trao 20 suất quà và xây 10 căn nhà.", []),
        ("Tăng trưởng đạt 24% trong năm.", []),
        ("Theo Chỉ thị 12-CT/TW ngày 5/1/2022.", []),
        ("Gọi số 0243 826 3456 để biết thêm.", []),
        ("Có 3 đồng chí tham dự và 2 đồng chủ trì.", []),
        ("Thành phố có 2 đô thị loại I và 5 đô thị loại II.", []),
        ("Bệnh viện bố trí 3 kíp trực và trao 200 bạt che mưa.", []),
        ("Bảo tàng trưng bày 3 đồng tiền cổ.", []),
        (
            "Hội tiếp nhận 600 triệu đồng tiền ủng hộ và 20.000 đồng tiền mặt.",
            [
                ("600 triệu đồng", Decimal(600_000_000), "VND", "exact"),
                ("20.000 đồng", Decimal(20_000), "VND", "exact"),
            ],
        ),
        ("Hàng trăm triệu đồng đã được quyên góp.", []),
    ],
)
def test_find_money_reports_the_sums_of_a_sentence(
    sentence: str, expected: list[tuple[str, Decimal, str, str]]
) -> None:
    assert _sums(sentence) == expected


def test_english_style_amount_after_a_dollar_sign_is_not_a_decimal() -> None:
    assert parse_money("$1,200").amount == Decimal(1200)


def test_a_match_is_a_frozen_record() -> None:
    expected = MoneyMatch(7, 19, "5 triệu đồng", Decimal(5_000_000), "VND", "exact")
    assert find_money("Hỗ trợ 5 triệu đồng.")[0] == expected


def test_every_currency_surface_maps_to_an_iso_code() -> None:
    assert all(len(code) == 3 and code.isupper() for code in CURRENCIES.values())


def test_every_qualifier_word_is_read() -> None:
    assert all(parse_money(f"{word} 5 triệu đồng").qualifier == q for word, q in QUALIFIERS.items())


@given(vietnamese_amounts(), st.sampled_from(["đồng", "VNĐ", "USD", "euro"]))
def test_a_vietnamese_written_amount_parses_back(case: tuple[Decimal, str], currency: str) -> None:
    value, text = case
    assert parse_money(f"{text} {currency}").amount == value


@given(vietnamese_amounts())
def test_a_vietnamese_written_sum_is_found_in_a_sentence(case: tuple[Decimal, str]) -> None:
    value, text = case
    assert [m.amount for m in find_money(f"Hội đã trao {text} đồng cho trường.")] == [value]


def _assert_spans_quote(text: str, found: list[MoneyMatch], start: int, end: int) -> None:
    assert [m for m in found if not (start <= m.start < m.end <= end and text[m.start : m.end] == m.text)] == []


@given(text_windows())
def test_find_money_never_raises_and_quotes_spans_inside_the_window(case: tuple[str, int, int]) -> None:
    text, start, end = case
    _assert_spans_quote(text, find_money(text, start, end), start, end)


@needs_corpus
@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sum_on_a_real_page_quotes_the_text(page: Path) -> None:
    text = normalize(page.read_bytes())
    _assert_spans_quote(text, find_money(text), 0, len(text))


def test_a_code_in_lower_case_or_inside_a_word_before_a_number_is_no_currency() -> None:
    assert find_money("Đoàn usd 300 người; năm 2015 có 300 hộ; GIÁUSD 20") == []


def test_a_lone_d_after_a_bare_count_is_no_currency() -> None:
    assert find_money("Có 5 đ và 10 triệu đến dự") == []


@pytest.mark.parametrize(
    ("phrase", "amount", "currency"),
    [
        ("US$2 million", "2000000", "USD"),
        ("khoảng US$85 million", "85000000", "USD"),
        ("VND4.5 billion", "4500000000", "VND"),
        ("USD45 million", "45000000", "USD"),
        ("1.5 million euros", "1500000", "EUR"),
        ("3 triệu US dollars", "3000000", "USD"),
        ("€300,000", "300000", "EUR"),
        ("HK$ 200,000", "200000", "HKD"),
        ("S$1.5 million", "1500000", "SGD"),
        ("A$ 20,000", "20000", "AUD"),
        ("500.000₫", "500000", "VND"),
        ("US$5.000", "5000", "USD"),
        ("US$650.000", "650000", "USD"),
        ("15.000 zloty", "15000", "PLN"),
        ("200.000 forint", "200000", "HUF"),
    ],
)
def test_sums_written_the_english_way_or_with_a_symbol_in_a_vietnamese_page(
    phrase: str, amount: str, currency: str
) -> None:
    (money,) = find_money(f"Dự án trị giá {phrase} đã khởi động.")
    assert (money.amount, money.currency) == (Decimal(amount), currency)


def _may_state_money(text: str, start: int = 0, end: int | None = None) -> bool:
    """``may_state_money`` given the keys of the words that start inside the window, as the analysis gives them."""
    end = len(text) if end is None else end
    tokens = token_columns(text)
    keys = [key for key, offset in zip(tokens.keys, tokens.starts, strict=True) if start <= offset < end]
    return may_state_money(text, start, end, keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội trao 20 suất học bổng, mỗi suất 2 triệu đồng.",
        "Tổng kinh phí hơn hai tỷ rưỡi đồng do tổ chức tài trợ.",
        "Công trình trị giá 1,5 triệu đ được bàn giao.",
        "Mỗi phần quà 500.000đ.",
        "Dự án có vốn VND45 tỷ.",
        "Tổ chức cam kết tài trợ USD 150.000 cho xã.",
        "Quỹ viện trợ USD hai triệu cho tỉnh.",
        "Khoản tài trợ $ hai triệu đã được giải ngân.",
        "Hội nhận được hàng vạn đồng từ các nhà hảo tâm.",
        "Trường được hỗ trợ 3 triệu yên Nhật và 20.000 đô la Mỹ.",
    ],
)
def test_a_sentence_that_states_a_sum_may_state_money(sentence: str) -> None:
    assert _may_state_money(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, Liên hiệp có 97 tổ chức thành viên và 3.200 hội viên.",
        "Ngày 15/6, Chủ tịch nước gặp gỡ cộng đồng người Việt tại thủ đô của nước bạn.",
        "Tỉnh Hưng Yên có hai đoàn nhân dịp Tết, đồng chí Bí thư tiếp đoàn.",
    ],
)
def test_a_sentence_whose_currency_words_stand_apart_from_any_number_states_none(sentence: str) -> None:
    assert not _may_state_money(sentence)


@given(text_windows())
def test_where_no_sum_may_be_stated_none_is_found(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert _may_state_money(text, start, end) or find_money(text, start, end) == []


@needs_corpus
@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sentence_of_a_page_that_states_a_sum_may_state_money(page: Path) -> None:
    text = normalize(page.read_bytes())
    missed = [
        text[s.start : s.end]
        for s in split_sentences(text)
        if find_money(text, s.start, s.end) and not _may_state_money(text, s.start, s.end)
    ]
    assert missed == []
