"""Sums of money in Vietnamese news: "gần 3 tỷ USD", "500.000đ", "từ 10 đến 15 triệu đồng", "$10,000".

A sum is a number (see :mod:`vnfriendship._numbers`) with a currency after it, or
a currency symbol before it, and the word before it that says how exact it is
("gần": nearly, "hơn": over). A number without a currency ("97 tổ chức", "20
suất", "24%", "năm 2022") is never money.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from ._model import Qualifier
from ._numbers import NUMBER_WORD_KEYS, NumberMatch, find_numbers
from ._text import fold_key

__all__ = ["CURRENCIES", "QUALIFIERS", "MoneyMatch", "Qualifier", "find_money", "parse_money"]

# ---------------------------------------------------------------------------------------------------------------
# Data

#: Currency words and symbols -> ISO 4217 code, compared by :func:`~vnfriendship._text.fold_key`.
#: "đ" counts only right after a number ("500.000đ"); symbols may also stand before it ("$10,000").
CURRENCIES: dict[str, str] = {
    "đồng": "VND", "VNĐ": "VND", "VND": "VND", "đ": "VND",
    "USD": "USD", "US$": "USD", "$": "USD", "dollars": "USD", "US dollars": "USD",
    "đô la": "USD", "đô-la": "USD", "đôla": "USD", "đô la Mỹ": "USD",
    "đô-la Mỹ": "USD", "đôla Mỹ": "USD",
    "EUR": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR", "₫": "VND",
    "yên": "JPY", "yên Nhật": "JPY", "JPY": "JPY",
    "nhân dân tệ": "CNY", "NDT": "CNY", "CNY": "CNY",
    "won": "KRW", "KRW": "KRW",
    "bảng Anh": "GBP", "GBP": "GBP", "£": "GBP",
    "rúp": "RUB", "RUB": "RUB",
    "kip": "LAK", "kíp": "LAK", "LAK": "LAK",
    "riel": "KHR", "riên": "KHR", "KHR": "KHR",
    "baht": "THB", "bạt": "THB", "THB": "THB",
    "đô la Úc": "AUD", "AUD": "AUD", "A$": "AUD",
    "đô la Canada": "CAD", "CAD": "CAD", "C$": "CAD",
    "đô la Singapore": "SGD", "SGD": "SGD", "S$": "SGD",
    "đô la Hồng Kông": "HKD", "HKD": "HKD", "HK$": "HKD",
    "đô la New Zealand": "NZD", "NZD": "NZD", "NZ$": "NZD",
    "đô": "USD",
    "franc Thụy Sĩ": "CHF", "CHF": "CHF",
    "rupee": "INR", "rupi": "INR", "INR": "INR",
    "ringgit": "MYR", "MYR": "MYR",
    "Đài tệ": "TWD", "TWD": "TWD",
    "krona Thụy Điển": "SEK", "SEK": "SEK",
    "krone Na Uy": "NOK", "NOK": "NOK",
    "krone Đan Mạch": "DKK", "DKK": "DKK",
    "zloty": "PLN", "złoty": "PLN", "PLN": "PLN",
    "forint": "HUF", "HUF": "HUF",
    "koruna": "CZK", "CZK": "CZK",
    "rupiah": "IDR", "IDR": "IDR",
}  # fmt: skip
# Words after "đồng" that make a count of things, but only after a small bare count: "3 đồng tiền" are three
# coins, "800 triệu đồng tiền ủng hộ" and "50.000 đồng tiền mặt" are money.
_NOT_CURRENCY_AFTER_A_COUNT: dict[str, tuple[str, ...]] = {"đồng": ("tiền", "xu")}
_COUNTABLE = 1000  # a count of things is small and has no multiplier word
# Currency words that begin an ordinary word: "3 đồng chí" is three comrades, "hai yên tâm" nothing to pay.
_NOT_CURRENCY_BEFORE: dict[str, tuple[str, ...]] = {
    "đồng": (
        "chí", "bào", "nghiệp", "hương", "minh", "thời", "ý", "tình", "hành", "đội", "loại", "thuận", "bộ", "đều",
        "cảm", "lòng", "ruộng", "hồ", "tâm", "môn", "phạm", "sự", "chủ", "tác", "cấp", "bằng", "khởi", "sáng",
        "tổ", "tài", "trợ", "hành", "hoá", "hóa", "nhất", "dạng",
    ),
    "yên": ("tâm", "bình", "ổn", "tĩnh", "lặng", "ả", "vui"),
    # "hai đô thị" are two towns, "ba đô đốc" three admirals
    "đô": ("thị", "thành", "hộ", "đốc", "vật", "con", "sát", "hội", "trưởng", "úy", "uý"),
    # "3 kíp trực" are three shifts, "200 bạt che" two hundred tarpaulins
    "kíp": ("trực", "mổ", "nổ", "làm", "thợ", "lái", "máy", "bay", "xe"),
    "bạt": ("che", "phủ", "nhựa", "dứa", "xanh", "màu"),
}  # fmt: skip
#: Words before an amount that say how exact it is; the longest that fits wins ("trên dưới" is about).
QUALIFIERS: dict[str, Qualifier] = {
    "khoảng": "about", "xấp xỉ": "about", "trên dưới": "about", "chừng": "about", "ước đạt": "about",
    "ước tính": "about", "ước": "about",
    "gần": "nearly", "gần như": "nearly",
    "hơn": "over", "trên": "over", "vượt": "over", "vượt quá": "over",
    "dưới": "under", "chưa đến": "under", "chưa tới": "under",
    "lên tới": "up_to", "lên đến": "up_to", "tối đa": "up_to",
}  # fmt: skip

# ---------------------------------------------------------------------------------------------------------------
# Patterns


def _alternatives(surfaces: list[str]) -> str:
    """Surfaces as regex alternatives, longest first, any run of spaces between words, whole words only."""
    parts = []
    for surface in sorted(surfaces, key=len, reverse=True):
        pattern = r"[ \t]+".join(map(regex.escape, surface.split()))
        parts.append(pattern + (r"(?![\p{L}\p{M}\p{N}])" if surface[-1].isalnum() else ""))
    return "|".join(parts)


_GLUED_ONLY = ("đ",)
_SYMBOLS = [surface for surface in CURRENCIES if not surface[-1].isalnum()]


@functools.cache  # compiled on first use, once: the largest pattern here, it would slow every import
def _currency_after_pattern() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?P<glued>{_alternatives(list(_GLUED_ONLY))})"
        rf"|[ \t]*(?P<currency>{_alternatives([s for s in CURRENCIES if s not in _GLUED_ONLY])})",
        regex.IGNORECASE,
    )


_APART = regex.compile(rf"[ \t]+(?P<glued>{_alternatives(list(_GLUED_ONLY))})", regex.IGNORECASE)
_CURRENCY_BEFORE = regex.compile(rf"(?P<currency>{_alternatives(_SYMBOLS)})[ \t]?\Z", regex.IGNORECASE)
# An ISO code written before the amount, in capitals: "USD 150.000", "EUR 20.000".
_CODES_BEFORE = [surface for surface in CURRENCIES if regex.fullmatch(r"\p{Lu}{3}", surface)]
_CODE_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<currency>{_alternatives(_CODES_BEFORE)})[ \t]?\Z")
_NEXT_WORD = regex.compile(r"[ \t]+([\p{L}\p{M}]+)")
_QUALIFIER_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<qualifier>{_alternatives(list(QUALIFIERS))})[ \t]+\Z", regex.IGNORECASE
)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])từ[ \t]+\Z", regex.IGNORECASE)
_RANGE_JOIN = regex.compile(r"[ \t]*[-–][ \t]*|[ \t]+(?:đến|tới)[ \t]+", regex.IGNORECASE)

_CODES = {fold_key(surface): code for surface, code in CURRENCIES.items()}
# What every sum shows of its currency, whatever else the text holds (see may_state_money): the first word
# of a currency written with letters ("đồng", "đô" of "đô la", "US" of "US$"), a symbol, or letters glued to
# digits ("500.000đ", "VND45").
_WORD_CHARS = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_CURRENCY_FIRST_WORDS = frozenset(
    fold_key(first.group()) for surface in CURRENCIES if (first := _WORD_CHARS.search(surface)) is not None
)
_CURRENCY_SYMBOLS = sorted({char for surface in CURRENCIES for char in surface if regex.match(r"\p{S}", char)})
_DIGIT = regex.compile(r"\d")
_GLUED_TO_DIGITS = regex.compile(r"\d[\p{L}\p{M}]|[\p{L}\p{M}]\d")
_BLOCKED = {fold_key(word): frozenset(map(fold_key, after)) for word, after in _NOT_CURRENCY_BEFORE.items()}
_BLOCKED_AFTER_A_COUNT = {
    fold_key(word): frozenset(map(fold_key, after)) for word, after in _NOT_CURRENCY_AFTER_A_COUNT.items()
}
_QUALIFIER_KEYS = {fold_key(word): qualifier for word, qualifier in QUALIFIERS.items()}

# ---------------------------------------------------------------------------------------------------------------
# Public interface


@attrs.frozen
class MoneyMatch:
    """A sum of money: ``text`` covers qualifier, amount and currency ("gần 3 tỷ USD").

    ``amount`` is in whole units of ``currency`` (ISO 4217). A range ("từ 10
    đến 15 triệu đồng", "10-15 triệu USD") has its low end in ``amount`` and its
    high end in ``amount_max``; a single sum has ``amount_max`` ``None``.
    """

    start: int
    end: int
    text: str
    amount: Decimal
    currency: str
    qualifier: Qualifier
    amount_max: Decimal | None = None


def find_money(text: str, start: int = 0, end: int | None = None) -> list[MoneyMatch]:
    """Every sum of money in ``text[start:end]``, left to right."""
    stop = len(text) if end is None else min(end, len(text))
    return money_of_numbers(text, find_numbers(text, start, stop, include_date_pairs=True), start, stop)


def may_state_money(text: str, start: int, end: int, keys: Sequence[str]) -> bool:
    """Whether ``text[start:end]``, whose words have the fold keys ``keys``, may state a sum of money.

    ``False`` only where :func:`find_money` finds none there. A sum's currency stands next to its
    number: after it, a space or tab apart (a word that opens as a currency does, right after
    the number's last word) or glued to its digits; or before it, as a symbol or a code ("$10,000",
    "USD 150.000", "VND45"). Most sentences have none of these: their numbers need no reading for sums.
    """
    if not _CURRENCY_FIRST_WORDS.isdisjoint(keys):
        for i, key in enumerate(keys):
            if key in _CURRENCY_FIRST_WORDS and any(
                0 <= j < len(keys) and (keys[j].isdigit() or keys[j] in NUMBER_WORD_KEYS) for j in (i - 1, i + 1)
            ):
                return True
    chunk = text[start:end]
    if any(symbol in chunk for symbol in _CURRENCY_SYMBOLS):
        return True
    return _DIGIT.search(chunk) is not None and _GLUED_TO_DIGITS.search(chunk) is not None


def money_of_numbers(text: str, numbers: list[NumberMatch], start: int, stop: int) -> list[MoneyMatch]:
    """The sums of ``text[start:stop]`` that its ``numbers`` (found with ``include_date_pairs``) state."""
    found: list[MoneyMatch] = []
    previous: NumberMatch | None = None
    for number in numbers:
        money = _money(text, number, previous, found, start, stop)
        if money is not None:
            found.append(money)
        previous = number if number.value is not None and not number.is_percent else None
    return found


def parse_money(text: str) -> MoneyMatch:
    """The sum that a whole phrase states ("gần 3 tỷ USD"); ``ValueError`` for anything else."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    found = find_money(text, start, end)
    if len(found) != 1 or found[0].start != start or found[0].end != end:
        raise ValueError(f"not a sum of money: {text!r}")
    return found[0]


# ---------------------------------------------------------------------------------------------------------------
# Reading one sum


def _money(
    text: str, number: NumberMatch, previous: NumberMatch | None, found: list[MoneyMatch], start: int, end: int
) -> MoneyMatch | None:
    """The sum ``number`` states, joined with the number or sum before it when they make a range."""
    if number.value is None or number.is_percent:
        return None
    currency = _currency_after(
        text, number.end, end, counted=number.scale == 1 and number.value < _COUNTABLE, scaled=number.scale > 1
    )
    head = number.start
    if currency is not None:
        code, tail = currency
    else:
        before = _CURRENCY_BEFORE.search(text, max(start, number.start - 4), number.start) or _CODE_BEFORE.search(
            text, max(start, number.start - 4), number.start
        )
        if before is None:
            return None
        code, tail, head = _CODES[fold_key(before["currency"])], number.end, before.start()
    low: Decimal | None = None
    if found and found[-1].currency == code and found[-1].amount_max is None and _RANGE_JOIN.fullmatch(
        text, found[-1].end, head
    ):
        # "từ 10 triệu đồng đến 15 triệu đồng": one range, not two sums.
        if found[-1].amount <= number.value:
            joined = found.pop()
            low, head = joined.amount, joined.start
    elif previous is not None and previous.value is not None and _RANGE_JOIN.fullmatch(text, previous.end, head):
        # "10-15 triệu": the low end shares the high end's multiplier.
        value = previous.value * (number.scale if previous.scale == 1 else 1)
        if value <= number.value:
            low, head = value, previous.start
    if low is not None and (from_word := _FROM_BEFORE.search(text, max(start, head - 8), head)):
        head = from_word.start()
    qualifier: Qualifier = "exact"
    if (word := _QUALIFIER_BEFORE.search(text, max(start, head - 16), head)) is not None:
        qualifier, head = _QUALIFIER_KEYS[fold_key(word["qualifier"])], word.start()
    amount, amount_max = (number.value, None) if low is None else (low, number.value)
    return MoneyMatch(head, tail, text[head:tail], amount, code, qualifier, amount_max)


def _currency_after(
    text: str, position: int, end: int, *, counted: bool, scaled: bool = False
) -> tuple[str, int] | None:
    """The currency right after an amount (``counted``: one with no multiplier word; ``scaled``: one with a
    multiplier word, after which "đ" may stand apart: "1,5 triệu đ"), and where it ends."""
    match = _currency_after_pattern().match(text, position, end)
    if match is None and scaled:
        match = _APART.match(text, position, end)
    if match is None:
        return None
    surface = match["glued"] or match["currency"]
    key = fold_key(surface)
    following = _NEXT_WORD.match(text, match.end(), end)
    if following is not None:
        word = fold_key(following[1])
        if word in _BLOCKED.get(key, ()) or (counted and word in _BLOCKED_AFTER_A_COUNT.get(key, ())):
            return None
    return _CODES[key], match.end()
