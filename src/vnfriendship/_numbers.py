"""Numbers as Vietnamese news writes them.

Vietnamese puts a dot between thousands and a comma before decimals
("1.234.567,5"), the reverse of English; it mixes digits with multiplier words
("1,5 triệu", "2 triệu 500 nghìn") and spells numbers out ("hai mươi mốt",
"một trăm linh năm"). Dates ("5/1/2022", "16-1"), symbols ("12-CT/TW") and
phone numbers are made of digits too, and are not numbers.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise
from typing import Literal

import attrs
import regex

from ._text import fold_key

__all__ = ["NumberMatch", "find_numbers", "parse_number"]

# ---------------------------------------------------------------------------------------------------------------
# Data

# Where a unit word may stand: on its own or before mươi/trăm/chục/a scale ("lead"), after "mười", after "mươi",
# after "linh"/"lẻ", and "short": after "trăm" or a scale word in the spoken short form ("một trăm hai" = 120,
# "một nghìn tư" = 1400). "năm" never follows mười/mươi (that is "lăm") and is never short: "hai mươi năm" is
# twenty years and "một trăm năm" a hundred years.
_LEAD, _AFTER_TEN, _AFTER_TENS, _AFTER_ZERO, _SHORT = "lead", "after_ten", "after_tens", "after_zero", "short"
_ANYWHERE = frozenset({_LEAD, _AFTER_TEN, _AFTER_TENS, _AFTER_ZERO, _SHORT})
_UNIT_WORDS: dict[str, tuple[int, frozenset[str]]] = {
    "một": (1, frozenset({_LEAD, _AFTER_TEN, _AFTER_TENS, _AFTER_ZERO})),
    "mốt": (1, frozenset({_AFTER_TENS, _SHORT})),
    "hai": (2, _ANYWHERE),
    "ba": (3, _ANYWHERE),
    "bốn": (4, _ANYWHERE),
    "tư": (4, frozenset({_AFTER_TEN, _AFTER_TENS, _AFTER_ZERO, _SHORT})),
    "năm": (5, frozenset({_LEAD, _AFTER_ZERO})),
    "lăm": (5, frozenset({_AFTER_TEN, _AFTER_TENS})),
    "nhăm": (5, frozenset({_AFTER_TEN, _AFTER_TENS})),
    "sáu": (6, _ANYWHERE),
    "bảy": (7, _ANYWHERE),
    "bẩy": (7, _ANYWHERE),
    "tám": (8, _ANYWHERE),
    "chín": (9, _ANYWHERE),
}
_TEN_WORDS = ("mười",)  # 10, and the tens digit of 11-19
_TENS_WORDS = ("mươi",)  # "hai mươi" = 20
_ZERO_WORDS = ("linh", "lẻ")  # an empty tens place: "một trăm linh năm" = 105
_HUNDRED_WORDS = ("trăm",)
_DOZEN_WORDS = ("chục",)  # "hai chục" = 20
_HALF_WORDS = ("rưỡi", "rưởi")  # half the unit before it: "hai triệu rưỡi" = 2 500 000
_SCALE_WORDS: dict[str, int] = {
    "nghìn": 10**3,
    "ngàn": 10**3,
    "triệu": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
}
# Number words that are another word before these: "tỷ lệ" (ratio), "triệu tập" (convene), "ba lô" (backpack).
_NOT_NUMBER_BEFORE: dict[str, tuple[str, ...]] = {
    "tỷ": ("lệ", "giá", "số", "trọng"),
    "tỉ": ("lệ", "giá", "số", "trọng"),
    "triệu": ("tập", "hồi"),
    "ba": ("lô", "hoa", "gác", "mẹ", "má"),
    "chín": ("chắn", "muồi"),
    "tư": ("nhân", "vấn", "pháp", "liệu", "cách", "tưởng", "duy", "bản", "thục"),
    "linh": ("hoạt", "hồn", "thiêng", "động", "kiện", "mục"),
    "lẻ": ("loi", "tẻ"),
}
# Words that are a number on their own too rarely to report alone: "một" is mostly the article "a",
# "năm" mostly "year".
_NOT_ALONE = ("một", "năm")
# Words before which an ambiguous "1,200" is English-style (a thousand separator, not a decimal comma).
_ENGLISH_WORDS = frozenset(
    (
        "about", "almost", "and", "approximately", "around", "billion", "children", "dollars", "families", "for",
        "from", "had", "has", "have", "households", "least", "less", "members", "million", "more", "nearly", "of",
        "over", "people", "persons", "roughly", "some", "students", "than", "the", "thousand", "total", "was",
        "were", "with",
        # ISO codes: "180,000 USD" is a sum written the English way (a decimal "180,000" would drop its zeros)
        "usd", "eur", "gbp", "aud", "cad", "chf", "jpy", "sgd", "nzd", "krw",
    )
)  # fmt: skip
# Nouns before which official texts pad a count with a zero ("06 tổ chức thành viên", "09 hội"), where "số 01",
# "ngày 05", codes and phone numbers are no counts.
_COUNTED_NOUNS = (
    "tổ chức", "hội", "chi hội", "đoàn", "dự án", "suất", "đơn vị", "cơ quan", "thành viên", "đại biểu", "người",
    "tỉnh", "huyện", "xã", "trường", "công trình", "căn nhà", "ngôi nhà", "phòng học", "hộ", "lượt", "chương trình",
    "hoạt động", "lớp", "khóa", "cuộc", "buổi", "tập thể", "cá nhân", "học sinh", "sinh viên", "chiếc", "bộ",
)  # fmt: skip
# Currency symbols written before English-style amounts ("$10,000", "€300,000", "S$1.5 million").
_ENGLISH_SYMBOLS = ("$", "US$", "S$", "A$", "C$", "HK$", "NZ$", "£", "€")

# ---------------------------------------------------------------------------------------------------------------
# Patterns

_L = r"[\p{L}\p{M}\p{N}]"  # a word character
_VAGUE_WORDS = ("hàng", "vài", "mấy")  # before a multiplier: "hàng nghìn" (thousands of), "vài trăm" (some hundred)
_VAGUE_SCALE_WORDS = (*_DOZEN_WORDS, *_HUNDRED_WORDS, "vạn", *_SCALE_WORDS)
_VAGUE_SCALES = "|".join(sorted(_VAGUE_SCALE_WORDS, key=len, reverse=True))
_VAGUE_TAIL = regex.compile(rf"(?:[ \t]+(?:{_VAGUE_SCALES}))+(?!{_L})", regex.IGNORECASE)


def _prefix_tree(words: list[str]) -> str:
    """Words as nested alternatives sharing their prefixes ("m(?:ười|ươi|ột)"): far faster to scan for."""
    tails: dict[str, list[str]] = {}
    for word in words:
        if word:
            tails.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(tails.items()):
        inner = _prefix_tree(rests)
        optional = "?" if "" in rests else ""
        branches.append(regex.escape(first) + (f"(?:{inner}){optional}" if inner else ""))
    return "|".join(branches)


_LEXICON = [
    *_UNIT_WORDS, *_TEN_WORDS, *_TENS_WORDS, *_ZERO_WORDS, *_HUNDRED_WORDS, *_DOZEN_WORDS, *_HALF_WORDS,
    *_SCALE_WORDS, *_VAGUE_WORDS,
]  # fmt: skip
#: The fold keys of the words a number may be written with (its last word is one of them, or digits).
NUMBER_WORD_KEYS = frozenset(fold_key(part) for word in (*_LEXICON, *_VAGUE_SCALE_WORDS) for part in word.split())
# Where a number may be: a digit (the run of non-spaces around it is read as a whole), or a number word.
_CANDIDATE = regex.compile(rf"(?P<digit>\d\S*)|\b(?P<word>{_prefix_tree(_LEXICON)})\b", regex.IGNORECASE)
# A run of non-spaces that is a number, or a pair "10-15" (a range, or a date "16-1"), with punctuation around,
# a glued unit ("24%", "500.000đ/suất") and a currency glued before ("US$2", "€300,000", "VND45").
_DIGITS = r"\d+(?:[.,]\d+)*"
_CHUNK = regex.compile(
    rf"(?P<open>[(\[\"“‘'«]*)(?P<sym>(?-i:\p{{Lu}}{{0,3}}\$|\p{{Lu}}{{3}})|€|£|₫)?(?P<a>{_DIGITS})(?:[-–](?P<b>{_DIGITS}))?"
    r"(?:(?:%|vnđ|vnd|usd|đ|₫|\$|€|£)(?:/[\p{L}\p{M}]+)?)?[)\]\"”’'».,;:!?…\-–]*",
    regex.IGNORECASE,
)
_PHONE_START = regex.compile(r"\(?(?:\+\d+|0\d+)\)?(?:[.\-]\d+)*[.,;:]*")
_PHONE_PART = regex.compile(r"\(?\d+\)?(?:[.\-]\d+)*[.,;:]*")
_VN_NUMBER = regex.compile(r"(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+))?")
_EN_NUMBER = regex.compile(r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?")
_LEADING_ZERO = regex.compile(r"0\d")
_PADDED = regex.compile(r"0\d")
_COUNTED = "|".join(sorted((noun.replace(" ", "[ \t]+") for noun in _COUNTED_NOUNS), key=len, reverse=True))
_NUMBERED_BEFORE = regex.compile(rf"(?<!{_L})(?:số|ngày|tháng|mã|phòng|lô|khu|tổ|đợt)[ \t]+\Z", regex.IGNORECASE)
_COUNTED_AFTER = regex.compile(rf"[ \t]+(?:{_COUNTED})(?!{_L})(?![ \t]+kết)", regex.IGNORECASE)  # not "đoàn kết"
_VN_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_GAP = regex.compile(r"[ \t]+")
_DASH = regex.compile(r"[ \t]*[-–][ \t]*")
_NEXT_WORD = regex.compile(r"[ \t]+([\p{L}\p{M}]+)")
_YEAR_BEFORE = regex.compile(rf"(?<!{_L})năm[ \t]+\Z", regex.IGNORECASE)
_ENGLISH_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([A-Za-z]+)[ \t\"“'‘(]*\Z")
_ENGLISH_AFTER = regex.compile(r"[ \t\"”'’)]*([A-Za-z]+)(?![\p{L}\p{M}])")
_PERCENT_AFTER = regex.compile(rf"[ ]?%|[ \t]+phần[ \t]+trăm(?!{_L})", regex.IGNORECASE)
# After a pair "5-10", what makes it a range rather than a date.
_UNIT_AFTER = regex.compile(
    rf"[ ]?%|[ \t]+(?:phần[ \t]+trăm|{'|'.join((*_SCALE_WORDS, *_HUNDRED_WORDS, *_DOZEN_WORDS))})(?!{_L})",
    regex.IGNORECASE,
)

# A run of more digits than this is no quantity (a code, a hash, garbage), and is not read as a number:
# far above any sum a text names (a quadrillion đồng has 16 digits), and low enough that a phrase's value,
# at most such digits times the largest scale ("nghìn triệu tỷ" is 10^15), fits the precision below.
_MAX_DIGITS = 30
# Enough precision that no value is rounded (see _MAX_DIGITS), and no exponent limit to overflow.
_EXACT = decimal.Context(prec=60, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

# ---------------------------------------------------------------------------------------------------------------
# Public interface


@attrs.frozen
class NumberMatch:
    """A number found in a text.

    ``value`` is ``None`` for a vague quantity ("hàng nghìn": thousands of), which
    is still worth knowing about. A percentage ("24%", "8,5 phần trăm") has its
    sign in the span and its value in per cent (24, not 0.24). ``scale`` is the
    largest multiplier word of the phrase (1 000 000 for "1,5 triệu", 1 when there
    is none): in a range "10-15 triệu" the lower end shares it.
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    is_percent: bool = False
    scale: Decimal = Decimal(1)


def parse_number(text: str) -> Decimal:
    """The value of a whole number phrase: "1.200", "2,5", "1,5 triệu", "hai mươi mốt".

    Raises ``ValueError`` for anything else, including vague quantities
    ("hàng nghìn"), percentages, dates and phone numbers.
    """
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    atoms = _atoms(text, start, end, scanning=False)
    if not atoms:
        raise ValueError(f"not a number: {text!r}")
    if any(atom.kind == "vague" for atom in atoms):
        raise ValueError(f"a vague quantity has no exact value: {text!r}")
    whole = (
        atoms[0].start == start
        and atoms[-1].end == end
        and all(_GAP.fullmatch(text, a.end, b.start) for a, b in pairwise(atoms))
    )
    with decimal.localcontext(_EXACT):
        parsed = _parse(atoms, 0) if whole else None
    if parsed is None or parsed[2] != len(atoms):
        raise ValueError(f"not a number phrase: {text!r}")
    return parsed[0]


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, include_date_pairs: bool = False
) -> list[NumberMatch]:
    """Every number in ``text[start:end]``, left to right.

    Dates, symbols ("12-CT/TW"), phone numbers and the year in "năm 2022" are
    left out. A pair such as "5-10" reads as a date (10 May) unless a multiplier
    or "%" follows it; ``include_date_pairs`` keeps such pairs (as two numbers),
    for a caller that knows better, as money does when a currency follows.
    """
    without_pairs, with_pairs = numbers_both_ways(text, start, end)
    return with_pairs if include_date_pairs else without_pairs


def numbers_both_ways(text: str, start: int = 0, end: int | None = None) -> tuple[list[NumberMatch], list[NumberMatch]]:
    """:func:`find_numbers` without and with ``include_date_pairs``, the text read once for both."""
    stop = len(text) if end is None else min(end, len(text))
    without_pairs: list[NumberMatch] = []
    with_pairs: list[NumberMatch] = []
    with decimal.localcontext(_EXACT):
        for run in _runs(text, _atoms(text, start, stop, scanning=True)):
            without_pairs.extend(_read_run(text, run, stop, include_date_pairs=False))
            with_pairs.extend(_read_run(text, run, stop, include_date_pairs=True))
    return without_pairs, with_pairs


# ---------------------------------------------------------------------------------------------------------------
# Atoms: the pieces a number phrase is made of


@attrs.frozen
class _Atom:
    start: int
    end: int
    kind: Literal["digits", "word", "vague"]
    key: str = ""  # fold key of a word
    value: Decimal = Decimal(0)  # value of digits
    date_like: bool = False


_UNITS = {fold_key(word): entry for word, entry in _UNIT_WORDS.items()}
_SCALES = {fold_key(word): Decimal(value) for word, value in _SCALE_WORDS.items()}
_TEN, _TENS, _ZERO, _HUNDRED, _DOZEN, _HALF = (
    frozenset(map(fold_key, words))
    for words in (_TEN_WORDS, _TENS_WORDS, _ZERO_WORDS, _HUNDRED_WORDS, _DOZEN_WORDS, _HALF_WORDS)
)
_BLOCKED = {fold_key(word): frozenset(map(fold_key, after)) for word, after in _NOT_NUMBER_BEFORE.items()}
_ALONE_BLOCKED = frozenset(map(fold_key, _NOT_ALONE))
_VAGUE = frozenset(map(fold_key, _VAGUE_WORDS))


def _atoms(text: str, start: int, end: int, *, scanning: bool) -> list[_Atom]:
    """The atoms of ``text[start:end]``; ``scanning`` applies the checks for running text."""
    atoms: list[_Atom] = []
    phone_end = -1
    covered = start  # where the last atom or chunk ended
    for match in _CANDIDATE.finditer(text, start, end):
        if match.start() < covered:
            continue
        if match["word"] is not None:
            key = fold_key(match["word"])
            if key in _VAGUE:
                tail = _VAGUE_TAIL.match(text, match.end(), end)
                if tail is not None:
                    atoms.append(_Atom(match.start(), tail.end(), "vague", key))
                    covered = tail.end()
            elif not scanning or _word_stands_alone(text, match, end):
                atoms.append(_Atom(match.start(), match.end(), "word", key))
            continue
        # The whole run of non-spaces around the digit: "(5/1/2022)", "G20", "12-CT/TW".
        chunk_start = match.start()
        while chunk_start > covered and not text[chunk_start - 1].isspace():
            chunk_start -= 1
        chunk = text[chunk_start : match.end()]
        covered = match.end()
        if (
            scanning
            and _PADDED.fullmatch(chunk)
            and _COUNTED_AFTER.match(text, match.end(), end)
            and not _NUMBERED_BEFORE.search(text, max(start, chunk_start - 8), chunk_start)
        ):
            # "hiện có 06 tổ chức thành viên": a count padded with a zero
            phone_end = -1
            atoms.append(_Atom(chunk_start, match.end(), "digits", value=Decimal(int(chunk))))
        elif _PHONE_START.fullmatch(chunk) or (
            phone_end >= 0 and _GAP.fullmatch(text, phone_end, chunk_start) and _PHONE_PART.fullmatch(chunk)
        ):
            # "0243 826 3456", "+84 24 3826 3456": the first group, then the groups that follow it.
            phone_end = match.end()
        else:
            phone_end = -1
            atoms.extend(_chunk_atoms(text, chunk_start, match.end(), scanning=scanning))
    return _mark_date_pairs(text, atoms, end)


def _word_stands_alone(text: str, match: regex.Match[str], end: int) -> bool:
    """A number word in running text: lower case (or opening a sentence) and not part of a longer word."""
    word = match["word"]
    following = _NEXT_WORD.match(text, match.end(), end)
    if following is not None and fold_key(following[1]) in _BLOCKED.get(fold_key(word), ()):
        return False
    if word.islower():
        return True
    # "Hai nước..." opens a sentence; "Ba Lan", "Hai Bà Trưng", "Năm 2016" do not count.
    return (
        word[1:].islower()
        and following is not None
        and following[1][:1].islower()
        and _at_sentence_start(text, match.start())
    )


def _at_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 16) : position].rstrip(" \t\"“‘'([«")
    return not before or before[-1] in "\n.!?:;…-–—"


def _chunk_atoms(text: str, start: int, end: int, *, scanning: bool) -> list[_Atom]:
    chunk = _CHUNK.fullmatch(text, start, end)
    if chunk is None:
        return []
    if scanning and _YEAR_BEFORE.search(text, max(0, start - 8), start):
        return []
    english = chunk["sym"] in _ENGLISH_SYMBOLS or (
        ("," in chunk["a"] or "." in chunk["a"]) and _english_context(text, start, end)
    )
    found = [_digits_atom(chunk[name], chunk.start(name), english) for name in ("a", "b") if chunk[name]]
    return [] if None in found else [atom for atom in found if atom is not None]


def _mark_date_pairs(text: str, atoms: list[_Atom], end: int) -> list[_Atom]:
    """Mark "16-1" (a day and month) and "2020 - 2025" (years): dates, unless "10-15 triệu" or "5-7%"."""
    marked = list(atoms)
    for index, (first, second) in enumerate(pairwise(atoms)):
        if (
            first.kind == second.kind == "digits"
            and _DASH.fullmatch(text, first.end, second.start)
            and _looks_like_date(text[first.start : first.end], text[second.start : second.end])
            and not _UNIT_AFTER.match(text, second.end, end)
        ):
            marked[index] = attrs.evolve(first, date_like=True)
            marked[index + 1] = attrs.evolve(second, date_like=True)
    return marked


def _digits_atom(token: str, start: int, english: bool) -> _Atom | None:
    """Digits read the Vietnamese way ("1.200,5"), or the English way ("1,200.5") in English context.

    An unambiguous form is read as it must be: "1,200,000" is English anywhere.
    """
    if _LEADING_ZERO.match(token):
        return None  # "01" numbers a document, "0243" a phone line
    if sum(c.isdigit() for c in token) > _MAX_DIGITS:
        return None
    if _VN_THOUSANDS.fullmatch(token):
        english = False  # "US$5.000": no English amount has three decimals
    for pattern in (_EN_NUMBER, _VN_NUMBER) if english else (_VN_NUMBER, _EN_NUMBER):
        match = pattern.fullmatch(token)
        if match is not None:
            whole = match["int"].replace(".", "").replace(",", "")
            value = Decimal(f"{whole}.{match['frac']}" if match["frac"] else whole)
            return _Atom(start, start + len(token), "digits", value=value)
    return None


def _english_context(text: str, start: int, end: int) -> bool:
    """True when an English word stands next to the number, as in a quotation "over 1,200 people", or a
    currency symbol apart before it ("HK$ 200,000")."""
    if text[max(0, start - 8) : start].rstrip().endswith(_ENGLISH_SYMBOLS):
        return True
    before = _ENGLISH_BEFORE.search(text, max(0, start - 24), start)
    after = _ENGLISH_AFTER.match(text, end)
    return any(found is not None and found[1].lower() in _ENGLISH_WORDS for found in (before, after))


def _looks_like_date(first: str, second: str) -> bool:
    """Day-month ("16-1") or a span of years ("2020-2025")."""
    if len(first) <= 2 and len(second) <= 2 and first.isdigit() and second.isdigit():
        return 1 <= int(first) <= 31 and 1 <= int(second) <= 12
    if len(first) == 4 and len(second) == 4 and first.isdigit() and second.isdigit():
        return 1900 <= int(first) < int(second) <= 2100
    return False


# ---------------------------------------------------------------------------------------------------------------
# Runs of atoms, and the grammar of a number phrase


def _runs(text: str, atoms: list[_Atom]) -> Iterator[list[_Atom]]:
    """Atoms separated only by spaces, as runs; two bare digit groups in a row are a code and dropped."""
    run: list[_Atom] = []
    last: _Atom | None = None
    in_code = False
    for atom in atoms:
        joined = (
            last is not None
            and "vague" not in (last.kind, atom.kind)
            and _GAP.fullmatch(text, last.end, atom.start) is not None
        )
        if joined and last is not None and atom.kind == last.kind == "digits":
            if not in_code and run and run[-1] is last:
                run.pop()
            in_code = True
            last = atom
            continue
        in_code = False
        if not joined and run:
            yield run
            run = []
        run.append(atom)
        last = atom
    if run:
        yield run


def _read_run(text: str, run: list[_Atom], end: int, include_date_pairs: bool) -> Iterator[NumberMatch]:
    index = 0
    while index < len(run):
        first = run[index]
        if first.kind == "vague":
            yield NumberMatch(first.start, first.end, text[first.start : first.end], None)
            index += 1
            continue
        parsed = _parse(run, index)
        if parsed is None or (parsed[2] == index + 1 and first.key in _ALONE_BLOCKED):
            index += 1
            continue
        value, scale, following = parsed
        if run[index].date_like and not include_date_pairs:
            index = following
            continue
        stop = run[following - 1].end
        percent = _PERCENT_AFTER.match(text, stop, end)
        if percent is not None:
            stop = percent.end()
        yield NumberMatch(first.start, stop, text[first.start : stop], value, percent is not None, scale)
        index = following


def _key(atoms: list[_Atom], index: int) -> str:
    return atoms[index].key if index < len(atoms) and atoms[index].kind == "word" else ""


def _unit(atoms: list[_Atom], index: int, place: str) -> Decimal | None:
    entry = _UNITS.get(_key(atoms, index))
    return Decimal(entry[0]) if entry is not None and place in entry[1] else None


def _parse(atoms: list[_Atom], index: int) -> tuple[Decimal, Decimal, int] | None:
    """The longest number phrase at ``atoms[index]``: (value, largest scale, index after it), or ``None``.

    A phrase is groups below a thousand, each followed by scale words that shrink
    from group to group ("2 triệu 500 nghìn", "một nghìn tỷ"); a group without a
    scale word ends the phrase.
    """
    total = Decimal(0)
    top = Decimal(1)
    previous: Decimal | None = None
    position = index
    while position < len(atoms):
        group = _group(atoms, position, after_scale=previous is not None)
        if group is None:
            if previous is not None and (short := _unit(atoms, position, _SHORT)) is not None:
                # Spoken short form: "một triệu hai" = 1 200 000.
                total += short * previous / 10
                position += 1
            break
        value, after = group
        scale = Decimal(1)
        while (word_scale := _SCALES.get(_key(atoms, after))) is not None and word_scale > scale:
            scale = scale * word_scale if scale > 1 else word_scale
            after += 1
        if scale == 1:
            if previous is None or atoms[position].kind != "digits":
                total += value
                position = after
            break
        if previous is not None and scale >= previous:
            break
        total += value * scale
        position = after
        previous = scale
        top = max(top, scale)
        if _key(atoms, position) in _HALF:
            total += scale / 2
            position += 1
            break
    if position == index:
        return None
    return _tidy(total), top, position


def _group(atoms: list[_Atom], index: int, *, after_scale: bool) -> tuple[Decimal, int] | None:
    """A quantity below a thousand: digits ("500", "2 chục"), or words ("ba trăm linh năm")."""
    if atoms[index].kind == "digits":
        value = atoms[index].value
        if _key(atoms, index + 1) in _DOZEN:
            return value * 10, index + 2
        if _key(atoms, index + 1) in _HUNDRED:
            return value * 100, index + 2
        return value, index + 1
    lead = _unit(atoms, index, _LEAD)
    if lead is not None and _key(atoms, index + 1) in _DOZEN:
        return lead * 10, index + 2
    if lead is not None and _key(atoms, index + 1) in _HUNDRED:
        hundreds, after = lead * 100, index + 2
        if _key(atoms, after) in _HALF:
            return hundreds + 50, after + 1
        tail = _below_hundred(atoms, after, after_scale=True)
        if tail is None and (short := _unit(atoms, after, _SHORT)) is not None:
            return hundreds + short * 10, after + 1
        return (hundreds, after) if tail is None else (hundreds + tail[0], tail[1])
    return _below_hundred(atoms, index, after_scale=after_scale)


def _below_hundred(atoms: list[_Atom], index: int, *, after_scale: bool) -> tuple[Decimal, int] | None:
    """"mười lăm", "hai mươi mốt", "linh năm" (only after a hundred or a scale), or a lone unit (only first)."""
    key = _key(atoms, index)
    if key in _TEN:
        unit = _unit(atoms, index + 1, _AFTER_TEN)
        return (10 + unit, index + 2) if unit is not None else (Decimal(10), index + 1)
    if key in _ZERO:
        unit = _unit(atoms, index + 1, _AFTER_ZERO)
        return (unit, index + 2) if after_scale and unit is not None else None
    lead = _unit(atoms, index, _LEAD)
    if lead is None:
        return None
    if lead >= 2 and _key(atoms, index + 1) in _TENS:
        unit = _unit(atoms, index + 2, _AFTER_TENS)
        return (lead * 10 + unit, index + 3) if unit is not None else (lead * 10, index + 2)
    return None if after_scale else (lead, index + 1)


def _tidy(value: Decimal) -> Decimal:
    """Drop a meaningless fraction: "1,5 triệu" is 1500000, not 1500000.0."""
    integral = value.to_integral_value()
    return integral if integral == value else value.normalize()
