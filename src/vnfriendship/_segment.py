"""Split a saved news page into the article (title, lede, body, captions, byline) and what surrounds it.

Saved pages put one paragraph on a line, so the segmenter labels lines. It reads the
top of the page first: the lede is the first line that reads as a paragraph; the
title is the nearest headline-shaped line above it; everything else up there is
chrome (slogans, menus, breadcrumbs, stamps), a photo caption, or the byline. Below
the lede, a teaser header ("Tin bài liên quan", "Đọc nhiều"...) turns the rest of
the page into teasers (``related``) and chrome; inline teasers ("X X"), photo alt
texts and captions, stamps and bylines are recognised line by line. The rules are
listed in ``docs/structure.md``.

Consecutive lines of one kind make one segment, which spans the blank lines between
them; blank lines between segments of different kinds belong to no segment.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs
import regex

from ._dates import StampMatch, find_stamps
from ._model import Segment, SegmentKind
from ._text import fold_key, is_abbreviation, key_set, split_sentences, tokenize, words
from .data import outlets, page

__all__ = [
    "LedePrefix",
    "Line",
    "byline_names",
    "credited_source",
    "ends_with_photo_credit",
    "followed_outlet",
    "is_paragraph",
    "is_teaser_header",
    "lede_prefix",
    "line_stamps",
    "opens_with",
    "page_lines",
    "segment",
    "source_name",
    "stamp_rest",
]

_F = TypeVar("_F", bound=Callable[..., Any])

_LINE = regex.compile(r"[^\n]+")
_TOKEN = regex.compile(r"\S+")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_JOINED_INITIAL = regex.compile(r"\p{Lu}['’](?=\p{Lu})")
# A line that reads as a paragraph ends like a sentence ("./." closes many articles) ...
_SENTENCE_END = regex.compile(r"(?:[.…;:]|/\.)[\"”’)\]]*$")
# ... and a line before the closing byline may end a question or an exclamation ("Xin cảm ơn ông!").
_CLOSING_END = regex.compile(r"(?:[.…;:!?]|/\.)[\"”’)\]]*$")
# ... or holds a sentence end followed by another sentence ("hội nghị. Đây"), not "TS. Nguyễn".
_INNER_SENTENCE = regex.compile(r"\p{Ll}{2,}(?P<stop>[.!?…])[\"”’)\]]*\s+[\"“(]?\p{Lu}")
_HEADLINE_START = regex.compile(r"^[\"“‘'(\[]*[\p{Lu}\p{N}]")
_NO_LETTERS = regex.compile(r"^[^\p{L}]*$")
# A line of tags: "#Đối ngoại nhân dân #Đà Nẵng".
_HASHTAGS = regex.compile(r"^#\p{L}")
# A widget's counts: "1,433 lượt xem", "2.345 lượt xem | 12 bình luận", "👁 150 views".
_COUNTERS = regex.compile(
    r"^[^\p{L}\p{N}]*(?:\d[\d.,]*+\s*(?:"
    + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(page.COUNTER_WORDS, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])[^\p{L}\p{N}]*)+$",
    regex.IGNORECASE,
)
_BULLET = regex.compile(r"^[•·●▪■◦‣*▶►]\s*")
_IMAGE = regex.compile(
    r"^(?:!\[[^\]]*\]\([^)]*\)|\S+\.(?:" + "|".join(page.IMAGE_EXTENSIONS) + r"))$", regex.IGNORECASE
)
# A URL slug kept as alt text: unaccented lower-case words only ("ong le trung hung duoc bau").
_SLUG = regex.compile(r"^[a-z0-9]+(?: [a-z0-9]+){4,}$")
# A lede prefix: "NDO -", "(Chinhphu.vn) –", "(GLO)-", "Hà Nội (TTXVN) -", "QĐND Online -". The code
# is one token, or an acronym and a word; a dateline of capitalised words, perhaps with its day ("Viêng Chăn,
# 14/11 (TTXVN) -"), may stand before a code in brackets.
# An acronym closed by a full stop also opens a lede ("TGVN. Chiều 12/4"), and so does a name in
# brackets at the very start ("(Thời Đại) Sáng 13/3"); an acronym alone on its line ("SGGP") stands above it.
_LEDE_PREFIX = regex.compile(
    r"^(?:(?:(?:\p{Lu}[\p{L}.]*,?\s+){0,3}(?:\d{1,2}/\d{1,2}\s+)?\((?P<bracketed>[^()\n]{1,30})\)"
    r"|(?P<bare>(?:\p{Lu}[\p{Lu}\p{N}.&+]+\s\p{Lu}\p{L}+|[\p{Lu}][\p{L}\p{N}.&+]{1,14})))\s*[-–—]+(?=\s|$)"
    r"|(?P<bare>\p{Lu}[\p{Lu}&+]{1,7})\.(?=\s+\p{Lu})"
    r"|\((?P<bracketed>\p{Lu}[^()\n:]{0,29})\)(?=\s+\p{Lu})"
    r"|(?P<lone>\p{Lu}[\p{Lu}\p{N}.&+]{1,11})$)"
)
# "Theo dõi Báo Nghệ An trên", perhaps with the service after it ("... trên Google News"), not a sentence.
_FOLLOW = regex.compile(
    rf"^{page.FOLLOW_PREFIX}\s+(?P<name>\S.{{0,60}}?)\s+{page.FOLLOW_SUFFIX}(?:\s+\S+){{0,3}}$", regex.IGNORECASE
)
_LABELLED = regex.compile(r"^(?P<label>[^:]{1,30}?)\s*:\s*(?P<value>.*)$")
# A label of a credit line, at its start or after a separator: "Bài: X - Ảnh: Y", "Tin, ảnh: X; Nguồn: Y".
_CREDIT_LABEL = regex.compile(r"(?:^|(?<=[-–—|;,/]\s*))(?P<label>\p{L}[\p{L}\s&,-]{0,24}?)\s*:\s*")
_CREDIT_SEPARATORS = " -–—|;,/"
_NAME_SEPARATORS = regex.compile(r"\s*[-–—,;&/]\s*|\s+và\s+")
_TRAILING_NOTE = regex.compile(r"\s*\([^()]*\)\s*$")
_AGENCY = regex.compile(r"^\p{Lu}{2,6}$")
_EMAIL = regex.compile(r"^\S+@\S+\.\w+$")
_AUTHOR_ROLE = regex.compile(
    r"^(?:" + "|".join(regex.escape(r) for r in sorted(page.AUTHOR_ROLES, key=len, reverse=True)) + r")\s*(?=\p{Lu})"
)
_PORTRAIT = regex.compile(r"^(?:" + "|".join(regex.escape(h) for h in page.PORTRAIT_HONORIFICS) + r")\s")
# The desk an author files for, after a slash: "Thu Hằng/VOV-ĐBSCL", "Văn Ngọc/VOV1", "Minh Anh/VOV.VN".
_DESK = regex.compile(r"\s*/\s*\p{Lu}[\p{Lu}\p{N}.&+]+(?:\s*[-–]\s*[^/]*)?$")
_TRAILING_COUNT = regex.compile(r"[\s:：…»>.()\[\]\d]*$")
_CREDIT_DASH = regex.compile(r"[-–—]\s*(?P<label>\p{L}+)\s+(?P<who>[^-–—:]{1,40})$")
_CREDIT_CUTS = "([.-–—"
_TEASER_MARK = regex.compile("^(?:" + "|".join(regex.escape(m) for m in page.TEASER_MARKS) + r")\s*")
# A link listed with its date after or before it: "Tập huấn công tác thông tin đối ngoại (14/04/2025)",
# "[04/01/2017] Hội nghị Ban Chấp hành"; in a list, a dash may stand before it ("- Đoàn ... (15/12/2014)").
_LINK_DATE = r"[(\[]\s*(?:\d{1,2}[:h]\d{2}\s*[,|-]?\s*)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*[)\]]"
_DATED_LINK = regex.compile(rf"\s*{_LINK_DATE}$")
_DATE_FIRST_LINK = regex.compile(rf"^{_LINK_DATE}\s*")
_LIST_DASH = regex.compile(r"^[-–+]\s+")
# "Theo TTXVN", "(Theo Báo Thanh Hóa)", "(TTXVN/Vietnam+)": the source named without a colon.
_FROM = regex.compile(rf"^\(?{page.SOURCE_PREFIX}\s+(?P<value>[^,;:()]{{2,60}}?)\.?\)?$")
_CREDIT_CODE = regex.compile(r"^\((?P<value>[^()\s]{2,30})\)\.?$")
_CODE = regex.compile(r"^(?=(?:\S*\p{Lu}){2})[\p{L}\p{N}.&+/-]+$")
_DOMAIN_NAME = regex.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$", regex.IGNORECASE)
# The mark that closes a Vietnamese news article: "... trong thời gian tới./."
_ARTICLE_END = regex.compile(r"/\.\s*$")

_HEADER_KEYS = frozenset(
    [fold_key(h) for h in page.TEASER_HEADERS]
    + [
        fold_key(f"{opener} {noun} {qualifier}")
        for opener in page.TEASER_LIST_OPENERS
        for noun in page.TEASER_NOUNS
        for qualifier in page.TEASER_QUALIFIERS
    ]
)
_LONE_HEADER_KEYS = key_set(page.TEASER_HEADERS_ALONE)
_CHROME_KEYS = key_set(page.CHROME_LINES)
# Labels that a page prints as links or headers, alone or side by side.
_LABEL_KEYS = _HEADER_KEYS | _LONE_HEADER_KEYS | _CHROME_KEYS
_CHROME_PREFIX_KEYS = tuple(fold_key(p) for p in page.CHROME_PREFIXES)
_FOOTER_PREFIX_KEYS = tuple(fold_key(p) for p in page.FOOTER_PREFIXES)
# One word more than any footer's opening has, so that a key cut there still tells where it ends.
_FOOTER_WORDS = max(len(words(p)) for p in page.FOOTER_PREFIXES) + 1
_BYLINE_LABEL_KEYS = key_set(page.BYLINE_LABELS)
_ACCOUNT_KEYS = key_set(page.ACCOUNT_NAMES)
_STAMP_FIELD_KEYS = key_set(page.STAMP_FIELD_LABELS)
_PHOTO_LABEL_KEYS = key_set(page.PHOTO_LABELS)
_SOURCE_LABEL_KEYS = key_set(page.SOURCE_LABELS)
_CREDIT_KEYS = _BYLINE_LABEL_KEYS | _PHOTO_LABEL_KEYS | _SOURCE_LABEL_KEYS
_PRESS_WORD_KEYS = tuple(fold_key(w) for w in page.SOURCE_PRESS_WORDS)
# The outlets' own names, for a source line without a press word ("Theo Tuổi Trẻ", "Theo Vietnam+").
_OUTLET_NAME_KEYS = frozenset(
    fold_key(name) for canonical, others in outlets.OUTLETS.items() for name in (canonical, *others)
)
_BACK_LINK_KEYS = tuple(fold_key(b) for b in page.BACK_LINKS)
_AFFILIATION_KEYS = tuple(fold_key(a) for a in page.AFFILIATIONS)
_CAPTION_OPENER_KEYS = tuple(fold_key(c) for c in page.CAPTION_OPENERS)
_CAPTION_PHRASE_KEYS = tuple(fold_key(c) for c in page.CAPTION_PHRASES)

# The shape of a line is asked about again and again (is it chrome, a headline, a stamp...): each
# answer is kept while one page is read (segmented, then its metadata), so that the work stays linear
# in the page. Each page starts afresh: nothing one page holds speeds up or alters the next.
_CACHES: list[functools._lru_cache_wrapper[Any]] = []


def _cached(function: _F) -> _F:
    wrapper = functools.lru_cache(maxsize=1 << 12)(function)
    _CACHES.append(wrapper)
    return cast(_F, wrapper)

# Any date will do: it gives a year to stamps printed without one, so that their shape is seen.
_SHAPE_REFERENCE = dt.date(2000, 6, 15)
# A stamp above the title is looked for among the page's first lines only.
_TOP_STAMP_WINDOW = 6
_MAX_TITLE_WORDS = 40
_MAX_ABBREVIATION_CHARS = 8
# A stamp stands on a short line (with its label, the author, a counter: some 60 characters); a longer
# line is running text or a menu, and holds none.
_MAX_STAMP_LINE_CHARS = 300
# A number beside a stamp (a counter: "Lượt xem: 1.238"), which counts as no word of it.
_NUMBERS = regex.compile(r"\d[\d.,:]*")
# Every form of stamp writes its day or year with one of these: a line without one has no stamp.
_DAY_DIGIT = regex.compile("[1-9]")
# What sets the fields of a stamp line apart: a bar, or a gap of two spaces or more (a saved table's cells).
# (also a dash before a label: "Tác giả: A - Ngày đăng: 23/08/2024"; not the one between a date and its time)
_FIELD_BREAK = regex.compile(r"\||[ \t]{2,}|\t|[ \t]+[-–—][ \t]+(?=\p{L}[\p{L} ]{0,24}:)")
# A count in brackets after a page's tool: "Bình luận (6)".
_COUNTED = regex.compile(r"\s*\(\s*\d+\s*\)\s*$")
_PAGE_TOOL_KEYS = key_set(page.PAGE_TOOLS)
# The number of an issue: "Số 168", "Kỳ 24", "No. 12".
_ISSUE = regex.compile(rf"(?i:{'|'.join(regex.escape(label) for label in page.ISSUE_LABELS)})\s*\d+")
_MAX_HEADER_CHARS = 60
_MAX_CHROME_WORDS = 12
_MAX_CAPTION_WORDS = 60
# A photo credit names a person, an outlet or a body ("Ảnh: Liên hiệp các tổ chức hữu nghị Việt Nam").
_MAX_CREDIT_WORDS = 12
_MAX_CUED_CAPTION_WORDS = 25
_MAX_BYLINE_WORDS = 16
_MIN_SAPO_WORDS = 25
# A lede that an outlet's code opens but that lost its full stop is longer than a headline or a
# masthead's motto after a code ("THỜI ĐẠI - Tạp chí của ..."), and holds a comma.
_MIN_PREFIXED_LEDE_WORDS = 20
_MAX_BACK_LINK_WORDS = 4
_MAX_SOURCE_WORDS = 8
_MAX_SOURCE_LINE_WORDS = 12
# The longest paragraphs of news run to some 200 words: a line twice as long is a page without line breaks.
_MAX_LINE_WORDS = 400
# A teaser box inside an article lists a few headlines; the article resumes after them.
_MAX_BOX_TEASERS = 6


@attrs.frozen
class Line:
    """A non-blank line of the page, trimmed; ``blank_before`` when a blank line or the page start precedes it."""

    start: int
    end: int
    text: str
    blank_before: bool


def page_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-blank lines of ``text[start:end]``, trimmed, with offsets into ``text``.

    A line far longer than any paragraph is a page whose line breaks were lost (some
    saved pages are one line): each of its sentences is read as a line.
    """
    stop = len(text) if end is None else end
    lines: list[Line] = []
    previous_end: int | None = None
    for match in _LINE.finditer(text, start, stop):
        chunk = match.group()
        stripped = chunk.strip()
        if not stripped:
            continue
        line_start = match.start() + len(chunk) - len(chunk.lstrip())
        line_end = line_start + len(stripped)
        blank = previous_end is None or text.count("\n", previous_end, line_start) >= 2
        if len(stripped) > _MAX_LINE_WORDS and _word_count(stripped) > _MAX_LINE_WORDS:
            for k, sentence in enumerate(split_sentences(text, line_start, line_end)):
                lines.append(Line(sentence.start, sentence.end, sentence.slice(text), blank and k == 0))
        else:
            lines.append(Line(line_start, line_end, stripped, blank))
        previous_end = line_end
    return lines


@_cached
def _word_count(text: str) -> int:
    return len(_WORD.findall(text))  # no match object per word


# ---------------------------------------------------------------- the shape of one line


@_cached
def is_paragraph(line: str) -> bool:
    """True for a line that reads as running text rather than a headline, menu or label."""
    count = _word_count(line)
    if count < 5:
        return False
    if _SENTENCE_END.search(line) or _has_inner_sentence(line):
        return True
    if line.rstrip('"”’)]').endswith(("?", "!")):
        return count >= 20
    return count > _MAX_TITLE_WORDS


@_cached
def _has_inner_sentence(line: str) -> bool:
    """A sentence's end inside the line, not a full stop after an abbreviation ("Thriive, Inc. (Hoa Kỳ)")."""
    for match in _INNER_SENTENCE.finditer(line):
        stop = match.start("stop")
        if match["stop"] != ".":
            return True
        first = match.start()
        while first > 0 and line[first - 1].isalpha() and stop - first < _MAX_ABBREVIATION_CHARS:
            first -= 1
        if not is_abbreviation(line[first:stop]):
            return True
    return False


@_cached
def _is_headline(line: str) -> bool:
    """A line shaped like a headline: 3 to 40 words from a capital or a digit, no paragraph, and not
    ending with a comma (a letter's salutation, "Thân gửi các hội viên,")."""
    return (
        3 <= _word_count(line) <= _MAX_TITLE_WORDS
        and not is_paragraph(line)
        and bool(_HEADLINE_START.match(line))
        and not line.endswith(",")
    )


@_cached
def is_teaser_header(line: str) -> bool:
    """True for a header that opens teasers of other articles, comments or tags ("BÌNH LUẬN (0)")."""
    if len(line) > _MAX_HEADER_CHARS:
        return False
    core = _TRAILING_COUNT.sub("", line)
    key = fold_key(core)
    if key in _HEADER_KEYS or key in _LONE_HEADER_KEYS:
        return True
    if any(mark in core for mark in ".,;"):
        return False
    tokens = key.split()
    return any(" ".join(tokens[:n]) in _HEADER_KEYS and len(tokens) - n <= 2 for n in range(1, len(tokens)))


def followed_outlet(line: str) -> str | None:
    """The outlet of a "Theo dõi <outlet> trên" line ("Theo dõi Báo Nghệ An trên" -> "Báo Nghệ An")."""
    match = _FOLLOW.match(line)
    return str(match["name"]).strip() if match is not None else None


@_cached
def source_name(line: str) -> str | None:
    """What a source line names ("" when nothing follows its label); ``None`` for any other line.

    A source line is "Nguồn: ..." (also after the authors: "Tác giả: Thu Hà - Nguồn: Sở
    Ngoại vụ"), "Theo" and an outlet ("Theo TTXVN", "(Theo Báo Thanh Hóa)", "Theo
    baoquocte.vn", "Theo Tuổi Trẻ": a code, a domain, a name opening with a press word or
    an outlet's own name, so that "Theo ông Minh" stays a sentence), or an agency's code
    alone in brackets ("(TTXVN/Vietnam+)").
    """
    if _word_count(line) <= _MAX_SOURCE_LINE_WORDS:
        sources = [value for key, value in _credit_parts(line) or () if key in _SOURCE_LABEL_KEYS]
        if sources:
            return sources[0]
    credit = _CREDIT_CODE.match(line)
    if credit is not None and _CODE.match(credit["value"]):
        return str(credit["value"])
    found = _FROM.match(line)
    if found is None or _word_count(found["value"]) > _MAX_SOURCE_WORDS:
        return None
    value = str(found["value"]).strip()
    key = fold_key(value)
    outlet_like = (
        _CODE.match(value)
        or _DOMAIN_NAME.match(value)
        or any(opens_with(key, w) for w in _PRESS_WORD_KEYS)
        or key in _OUTLET_NAME_KEYS
    )
    return value if outlet_like else None


def credited_source(line: str) -> str | None:
    """The outlet a byline credits after its names: a note in brackets ("Ngọc Anh (TTXVN)", "Minh Anh
    (Theo Báo Nghệ An)", "Thái Hùng (Đài Truyền thanh Huế)") or the paper or site the authors write for
    ("Hồng Nhung - Báo Quảng Ninh", "Trần Dung / Baogialai.com.vn"); ``None`` for a line that names no author."""
    if byline_names(line) is None:
        return None
    note = _TRAILING_NOTE.search(line)
    if note is not None and note.start() > 0:
        found = source_name(note.group().strip())
        if found:
            return found
        inner: str = note.group().strip().strip("()").strip()
        if any(opens_with(fold_key(inner), w) for w in _PRESS_WORD_KEYS):
            return inner
    parts = [part.strip(" .") for part in _NAME_SEPARATORS.split(line)[1:]]
    return next(
        (p for p in parts if _DOMAIN_NAME.match(p) or any(opens_with(fold_key(p), w) for w in _PRESS_WORD_KEYS)),
        None,
    )


@attrs.frozen
class LedePrefix:
    """The outlet code that opens a lede ("NDO - Chiều 4/6"): its text, whether it is in brackets, its length."""

    code: str
    bracketed: bool
    end: int  # where the lede's own text starts in the line


@_cached
def lede_prefix(line: str) -> LedePrefix | None:
    """The outlet code that opens a lede: "NDO -", "(Chinhphu.vn) –", "(GLO)-", "Hà Nội (TTXVN) -", "TGVN."

    A code alone on its line ("SGGP", "NDO -") is the lede's prefix printed above it.
    """
    match = _LEDE_PREFIX.match(line)
    if match is None:
        return None
    code = (match["bracketed"] or match["bare"] or match["lone"]).strip()
    if not _word_count(code) or (match["lone"] and _is_label(code)):
        return None
    rest = line[match.end() :]
    return LedePrefix(code, match["bracketed"] is not None, match.end() + len(rest) - len(rest.lstrip()))


def _is_label(word: str) -> bool:
    """A word a page prints as a label rather than an outlet's code ("VIDEO", "ẢNH", "TAGS")."""
    key = fold_key(word)
    return key in _HEADER_KEYS or key in _CHROME_KEYS or key in _PHOTO_LABEL_KEYS


def _is_lone_prefix(line: str) -> bool:
    found = lede_prefix(line)
    return found is not None and found.end == len(line)


@_cached
def _is_chrome(line: str) -> bool:
    if _NO_LETTERS.match(line) or _is_image(line) or followed_outlet(line) is not None or _HASHTAGS.match(line):
        return True
    if _COUNTERS.match(line):
        return True
    if _DOMAIN_NAME.match(line.removeprefix("www.")):  # "thanhnien.vn" printed by the byline
        return True
    unbulleted = _BULLET.sub("", line)
    count = _word_count(line)
    trimmed = unbulleted.strip(" |:>»")
    # A long line is chrome only when it opens as a footer does: its first words are all its key needs.
    key = fold_key(trimmed if count <= _MAX_CHROME_WORDS else _opening(trimmed, _FOOTER_WORDS))
    if any(opens_with(key, prefix) for prefix in _FOOTER_PREFIX_KEYS):
        return True
    if count > _MAX_CHROME_WORDS:
        return False
    if key in _CHROME_KEYS or any(opens_with(key, prefix) for prefix in _CHROME_PREFIX_KEYS):
        return True
    if unbulleted != line and count <= 4:  # "• Rất hay": a rating or a link list
        return True
    if count <= _MAX_BACK_LINK_WORDS and any(opens_with(key, back) for back in _BACK_LINK_KEYS):
        return True  # "Trở lại Thời sự"
    parts = [p.strip() for p in line.split("|") if p.strip()]
    if len(parts) >= 2 and all(_word_count(p) <= 4 for p in parts):  # "Đăng ký ấn phẩm|Đăng nhập"
        return True
    return _is_menu(key)


def _opening(text: str, count: int) -> str:
    """``text`` up to the end of its ``count``-th word (whole, if it has fewer): the key of this is
    the start of the whole text's key, since a key is made word by word."""
    for index, word in enumerate(tokenize(text)):
        if index + 1 == count:
            return text[: word.end]
    return text


def _is_menu(key: str) -> bool:
    """Page labels printed side by side without a separator ("Multimedia Đọc báo in", "Video Podcast")."""
    tokens = key.split()
    # reached[i]: how few labels make up the first i words (None where no labels do).
    reached: list[int | None] = [0] + [None] * len(tokens)
    for i in range(len(tokens)):
        made = reached[i]
        if made is None:
            continue
        for j in range(i + 1, len(tokens) + 1):
            if " ".join(tokens[i:j]) in _LABEL_KEYS:
                best = reached[j]
                reached[j] = made + 1 if best is None else min(best, made + 1)
    return (reached[-1] or 0) >= 2


def opens_with(key: str, phrase: str) -> bool:
    """``key`` starts with the words of ``phrase`` (not with a longer word: "Trang chủ" is not "Trang chủyếu")."""
    if not key.startswith(phrase):
        return False
    return len(key) == len(phrase) or not key[len(phrase)].isalnum() or not phrase[-1].isalnum()


def _is_image(line: str) -> bool:
    """An image kept as text: a file name, a markdown image, or its URL slug."""
    bare = line.rstrip(" |")
    return bool(_IMAGE.match(bare) or _SLUG.match(bare))


def line_stamps(text: str, line: Line, reference: dt.date | None = None) -> list[StampMatch]:
    """The publication stamps of a line, also one boxed between "|" ("Ngày đăng: 15/03/2024 | Lượt xem: 120")."""
    return list(_line_stamps(text, line, reference))


@_cached
def _line_stamps(text: str, line: Line, reference: dt.date | None) -> tuple[StampMatch, ...]:
    if len(line.text) > _MAX_STAMP_LINE_CHARS or _DAY_DIGIT.search(line.text) is None:
        return ()
    found = find_stamps(text, line.start, line.end, reference=reference)
    if found or _FIELD_BREAK.search(line.text) is None:
        return tuple(found)
    # each field between bars or wide gaps is read as a line of its own ("Tác giả: A | Ngày đăng: 14/06/2024 | Lượt
    # xem: 12", "Ngày đăng: 05/06/2024    Lượt đọc: 867"): a date alone in its field is a stamp, as one alone on its
    # line is
    for start, end in _field_spans(text, line.start, line.end):
        part = text[start:end]
        offset = start + len(part) - len(part.lstrip())
        found += [
            attrs.evolve(stamp, start=stamp.start + offset, end=stamp.end + offset)
            for stamp in find_stamps(part.strip(), reference=reference)
        ]
    return tuple(found)


def _field_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The fields of ``text[start:end]`` between its bars and wide gaps, as spans."""
    spans, cursor = [], start
    for gap in _FIELD_BREAK.finditer(text, start, end):
        spans.append((cursor, gap.start()))
        cursor = gap.end()
    spans.append((cursor, end))
    return spans


@_cached
def stamp_rest(text: str, line: Line) -> str | None:
    """The words of ``line`` around its publication stamps, or ``None`` where it has no stamp."""
    fields = _beside_stamps(text, line)
    if fields is None:
        return None
    # (not the page's own fields beside it, "Lượt xem: 1.126", "Chia sẻ", "Số 168", which name no author)
    kept = [
        field
        for field in fields
        if fold_key(field.partition(":")[0].strip(" ,-–—")) not in _STAMP_FIELD_KEYS and not _page_field(field)
    ]
    return " ".join(" ".join(kept).split()).strip(" ,-–—")


def _beside_stamps(text: str, line: Line) -> list[str] | None:
    """What ``line`` holds beside its publication stamps, cut at its bars ("|") and wide gaps, or ``None`` where it
    has no stamp."""
    stamps = _line_stamps(text, line, _SHAPE_REFERENCE)
    if not stamps:
        return None
    pieces, cursor = [], line.start
    for stamp in stamps:
        pieces.append(text[cursor : stamp.start])
        cursor = stamp.end
    pieces.append(text[cursor : line.end])
    return [field for piece in pieces for field in _FIELD_BREAK.split(piece)]


@_cached
def _is_stamp_line(text: str, line: Line) -> bool:
    fields = _beside_stamps(text, line)
    if fields is None:
        return False
    # beside the stamp, a label, an author or a counter: a few words, and numbers ("Lượt xem: 1.238")
    if _word_count(_NUMBERS.sub(" ", " ".join(fields))) <= 3:
        return True
    # or the authors, however many words their desk takes: "Thu Hà (Ban Tuyên giáo) - 24/09/2024 - 20:15"
    rest = stamp_rest(text, line)
    if rest and byline_names(rest) is not None:
        return True
    # or fields set apart by bars, each with its label or a page's own: "| Lượt xem: 412 | Cỡ chữ: A- A A+", "| Bài và
    # ảnh: A", "| In bài | Chia sẻ", "Số 168 |"
    return all(_labelled_field(field) or _page_field(field) for field in fields if field.strip(" ,-–—"))


def _page_field(field: str) -> bool:
    """Whether a field beside a stamp is one of the page's tools ("Chia sẻ", "Bình luận (6)") or its issue ("Số
    168")."""
    bare = _COUNTED.sub("", field).strip(" ,-–—")
    return fold_key(bare) in _PAGE_TOOL_KEYS or _ISSUE.fullmatch(bare) is not None


def _labelled_field(field: str) -> bool:
    label, colon, value = field.partition(":")
    key = fold_key(label.strip(" ,-–—"))
    known = key in _STAMP_FIELD_KEYS or key in _BYLINE_LABEL_KEYS
    return bool(colon) and known and 1 <= _word_count(value) <= _MAX_CREDIT_WORDS


def ends_with_photo_credit(line: str) -> bool:
    """True for a line that ends with a photo credit ("... (Ảnh: Lê An)", "Ảnh: Hoàng Hà", "- Ảnh TV")."""
    bare = line.rstrip(" |").rstrip(")]").rstrip()
    colon = bare.rfind(":")
    if colon > 0:
        head = bare[:colon]
        cut = max(head.rfind(mark) for mark in _CREDIT_CUTS)
        if fold_key(head[cut + 1 :]) in _PHOTO_LABEL_KEYS and 1 <= _word_count(bare[colon + 1 :]) <= _MAX_CREDIT_WORDS:
            return True
    match = _CREDIT_DASH.search(bare)
    return match is not None and fold_key(match["label"]) == fold_key("Ảnh")


@_cached
def _is_caption(line: str) -> bool:
    count = _word_count(line)
    if count > _MAX_CAPTION_WORDS:
        return False
    if ends_with_photo_credit(line):
        return True
    if count > _MAX_CUED_CAPTION_WORDS:
        return False
    key = fold_key(line)
    # (an opener alone describes no photo: "TOÀN CẢNH" is a masthead)
    opened = any(opens_with(key, opener) and count > _word_count(opener) for opener in _CAPTION_OPENER_KEYS)
    return opened or any(phrase in key for phrase in _CAPTION_PHRASE_KEYS)


def _name(part: str) -> str | None:
    tokens = part.split()
    # An initial joined by an apostrophe opens many names of the Central Highlands ("H'Linh", "Y'Bih"): the word
    # is read after it.
    initials = [_JOINED_INITIAL.match(t) for t in tokens]
    cores = [t if initial is None else t[initial.end() :] for t, initial in zip(tokens, initials, strict=True)]
    if not 1 <= len(tokens) <= 5 or not all(_WORD.fullmatch(t) and t[0].isupper() for t in cores):
        return None
    shouted = all(t.isupper() for t in cores)
    if not shouted and not all(t[1:].islower() or len(t) == 1 for t in cores):
        return None
    if not shouted:
        return " ".join(tokens)
    return " ".join(
        (initial.group() if initial else "") + core.capitalize() for initial, core in zip(initials, cores, strict=True)
    )


def byline_names(line: str) -> list[str] | None:
    """The authors a byline line names ("Thành Luân - Huy Sơn", "Bài và ảnh: Minh Anh", "NHẬT LINH").

    ``None`` for any other line, a photo credit ("Ảnh: Lê An") or a source among them.
    A credit line may give other roles after the authors' ("Nội dung: Thu Hà - Ảnh:
    Quang Thái", "Tác giả: Thu Hiền - Nguồn: Ban Đối ngoại"): only the authors count. Without a
    label, each name needs two to five capitalised words. The body the authors write
    for, after them, is dropped ("Mai Anh - Trung tâm VHTT&TT tỉnh", "Hồng Nhung - Báo
    Quảng Ninh").
    """
    found = _byline_names(line)
    return None if found is None else list(found)


@_cached
def _byline_names(line: str) -> tuple[str, ...] | None:
    if _word_count(line) > _MAX_BYLINE_WORDS:
        return None
    parts = _credit_parts(line)
    if parts is None:
        if _LABELLED.match(line) is not None or source_name(line) is not None:
            return None
        unlabelled = _names(line, 2)
        return None if unlabelled is None else tuple(unlabelled)
    names: list[str] = []
    for key, value in parts:
        if key in _BYLINE_LABEL_KEYS:
            found = _names(value, 1)
        elif not key:  # names before a credit: "Hà Anh - Ảnh: Quang Thái", not a portrait "Ông Lê An - Ảnh: TL"
            found = None if _PORTRAIT.match(value) else _names(value, 2)
        else:
            continue
        if found is None:
            return None
        names += found
    return tuple(names) if 1 <= len(names) <= 4 else None


def _credit_parts(line: str) -> list[tuple[str, str]] | None:
    """The labelled parts of a credit line, as (label key, value): "Nội dung: Thu Hà - Ảnh: Quang Thái"
    gives ("noi dung", "Thu Hà") and ("anh", "Quang Thái"); what stands before the first label has
    the key "" ("Hà Anh - Ảnh: Quang Thái"). ``None`` where the line has no byline, photo or source label."""
    labels: list[regex.Match[str]] = []
    for match in _CREDIT_LABEL.finditer(line, overlapped=True):
        if fold_key(match["label"]) in _CREDIT_KEYS and (not labels or match.start() >= labels[-1].end()):
            labels.append(match)  # "Bài - ảnh: X" is one label, not "ảnh" inside it
    if not labels:
        return None
    ends = [match.start() for match in labels[1:]] + [len(line)]
    parts = [
        (fold_key(match["label"]), line[match.end() : end].strip(_CREDIT_SEPARATORS))
        for match, end in zip(labels, ends, strict=True)
    ]
    lead = line[: labels[0].start()].strip(_CREDIT_SEPARATORS)
    return [("", lead), *parts] if lead else parts


def _names(body: str, least: int) -> list[str] | None:
    """The authors named in ``body``, each with at least ``least`` words; ``None`` where a part is no name."""
    body = _DESK.sub("", _TRAILING_NOTE.sub("", body)).rstrip(" .")
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(body):
        if _AGENCY.match(part) or _EMAIL.match(part) or _DOMAIN_NAME.match(part) or fold_key(part) in _ACCOUNT_KEYS:
            continue  # "Hà Phương - TTXVN", "Thu Hà - thuha@…", "Trần Dung / Baogialai.com.vn", "Admin": no names
        if names and any(opens_with(fold_key(part), a) for a in _AFFILIATION_KEYS):
            break  # "Mai Anh - Trung tâm VHTT&TT tỉnh": the body the author writes for
        part = _AUTHOR_ROLE.sub("", _TRAILING_NOTE.sub("", part))  # "CTV Lê Hằng", "Anh Thư (từ Praha) - …"
        name = _name(part)
        if name is None or len(part.split()) < least:
            return None
        names.append(name)
    return names if 1 <= len(names) <= 4 else None


def _caps_prefix_end(line: str) -> int:
    """Where a mixed-case headline starts after a run of four or more capitalised words (a masthead)."""
    shouted = 0
    for match in _TOKEN.finditer(line):
        token = match.group()
        if any(c.islower() for c in token):
            enough = shouted >= 4 and token[0].isupper() and _word_count(line[match.start() :]) >= 3
            return match.start() if enough else 0
        shouted += any(c.isupper() for c in token)
    return 0


# ---------------------------------------------------------------- the page


@attrs.define
class _Page:
    text: str
    lines: list[Line]
    kinds: list[SegmentKind]
    title: int | None = None
    title_from: int = 0  # where the title starts in its line (after a masthead)


def segment(text: str) -> list[Segment]:
    """The segments of a normalised page, in order (see the module docstring for the rules)."""
    for cache in _CACHES:
        cache.cache_clear()
    lines = page_lines(text)
    state = _Page(text, lines, ["body"] * len(lines))
    first = _read_top(state)
    _read_article(state, first)
    _mark_closing_byline(state, first)
    _mark_byline_after_end(state, first)
    return _merge(state)


def _read_top(state: _Page) -> int:
    """Label the lines up to the lede; return the index of the first line of the article region."""
    text, lines, kinds = state.text, state.lines, state.kinds
    anchor = _masthead_stamp(state)
    lede, lone_prefix = None, None
    for i in range(anchor + 1, len(lines)):
        line = lines[i].text
        if _is_lone_prefix(line):
            lone_prefix = i
        elif _reads_as_lede(line) and not _is_top_furniture(text, lines[i]):
            lede = i
            break
    if lede is None:
        return 0
    title = _find_title(state, lede)
    headline = _headline_above_sapo(state, title, lede) if title is not None else None
    if title is not None and headline is not None:  # the "title" is a summary without its full stop
        title, lede = headline, title
    for i in range(lede):
        kinds[i] = _top_kind(state, i, title, lede, anchor)
    if title is not None:
        kinds[title] = "title"
        state.title = title
        state.title_from = _caps_prefix_end(lines[title].text)
    opened = title is not None or lede_prefix(lines[lede].text) is not None
    kinds[lede] = "lede" if opened else "body"
    if lone_prefix is not None and lone_prefix == lede - 1:
        kinds[lone_prefix] = "lede"
    return lede + 1


def _masthead_stamp(state: _Page) -> int:
    """The index of a stamp line printed above the headline (-1 for none): what is above it is masthead.

    It is looked for among the first lines, before any teaser header, and counts only
    when a headline-shaped line follows it before the next paragraph.
    """
    text, lines = state.text, state.lines
    for i, line in enumerate(lines[:_TOP_STAMP_WINDOW]):
        if is_teaser_header(line.text):
            return -1
        if _is_stamp_line(text, line):
            for after in itertools.islice(lines, i + 1, None):
                if _reads_as_lede(after.text) and not _is_top_furniture(text, after):
                    return -1
                if _is_headline(after.text) and not _is_top_furniture(text, after):
                    return i
            return -1
    return -1


def _reads_as_lede(line: str) -> bool:
    """A paragraph, or a long line with a comma that an outlet's code opens, though its full stop
    was lost ("(Dân trí) - Sáng 15/3, hàng trăm lưu học sinh ... tham gia ngày hội")."""
    if is_paragraph(line):
        return True
    found = lede_prefix(line)
    if found is None:
        return False
    rest = line[found.end :]
    return _word_count(rest) >= _MIN_PREFIXED_LEDE_WORDS and "," in rest and any(c.islower() for c in rest)


def _is_top_furniture(text: str, line: Line) -> bool:
    return _is_chrome(line.text) or _is_stamp_line(text, line) or _is_caption(line.text)


def _find_title(state: _Page, lede: int) -> int | None:
    """The nearest headline-shaped line above the lede, past chrome, stamps, captions and bylines."""
    for i in range(lede - 1, -1, -1):
        line = state.lines[i]
        if _is_lone_prefix(line.text) or _is_top_furniture(state.text, line) or byline_names(line.text):
            continue
        if _is_affiliation(state, i):
            continue
        if line.text.endswith(",") and i == lede - 1:  # the salutation that opens a letter
            continue
        headline = line.text[_caps_prefix_end(line.text) :]
        if not _is_headline(headline):
            return None
        # a bilingual site prints the headline, then its translation in English: the title is the Vietnamese one
        if i > 0 and _is_foreign(line.text) and not _is_foreign(state.lines[i - 1].text):
            above = state.lines[i - 1].text
            return i - 1 if _is_headline(above[_caps_prefix_end(above) :]) and not _is_chrome(above) else i
        return i
    return None


def _is_foreign(line: str) -> bool:
    """Whether a line is written in a language without Vietnamese letters, a Vietnamese name or two aside: at most one
    letter in ten is not ASCII ("EN: Kon Plông project completes its first phase")."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(not c.isascii() for c in letters) * 10 <= len(letters)


def _is_affiliation(state: _Page, i: int) -> bool:
    """Whether line ``i`` names the body the author on the line above writes for ("ThS. Hà Thị Mai" / "Học viện
    Chính trị khu vực I"), as a magazine prints it under the name."""
    line = state.lines[i].text
    return (
        i > 0
        and _word_count(line) <= _MAX_BYLINE_WORDS
        and any(opens_with(fold_key(line), key) for key in _AFFILIATION_KEYS)
        and byline_names(state.lines[i - 1].text) is not None
    )


def _headline_above_sapo(state: _Page, candidate: int, lede: int) -> int | None:
    """The headline above a long headline-shaped line, which is then the summary that lost its full stop.

    A summary runs to 25 words or more; a shorter headline-shaped line stands above it,
    with at most stamps, bylines and captions between them. The page's stamp stands
    above a summary, never between it and the text it opens: a long headline with the
    stamp under it stays the title (a section's name above it is no headline).
    """
    lines = state.lines
    count = _word_count(lines[candidate].text)
    if count < _MIN_SAPO_WORDS or any(_is_stamp_line(state.text, lines[k]) for k in range(candidate + 1, lede)):
        return None
    for i in range(candidate - 1, -1, -1):
        line = lines[i]
        if _is_stamp_line(state.text, line) or _is_caption(line.text) or byline_names(line.text):
            continue
        fits = _is_headline(line.text) and not _is_chrome(line.text) and _word_count(line.text) < count
        return i if fits else None
    return None


def _top_kind(state: _Page, i: int, title: int | None, lede: int, anchor: int) -> SegmentKind:
    line = state.lines[i]
    if _is_chrome(line.text) or _is_stamp_line(state.text, line):
        rest = stamp_rest(state.text, line)
        return "byline" if rest and title is not None and i > title and byline_names(rest) else "chrome"
    if title is not None and title < i < lede and (byline_names(line.text) or _is_affiliation(state, i)):
        return "byline"  # also "Bài: Thu Hà - Ảnh: Quang Thái", which ends with a photo credit
    if _is_caption(line.text):
        return "caption"
    if i < anchor or _is_headline(line.text) or _word_count(line.text) < 3:
        return "chrome"  # slogans, menus, breadcrumbs and labels above the article
    return "body"


def _read_article(state: _Page, first: int) -> None:
    text, lines, kinds = state.text, state.lines, state.kinds
    title_key = fold_key(lines[state.title].text[state.title_from :]) if state.title is not None else None
    stop = next((i for i in range(first, len(lines)) if is_teaser_header(lines[i].text)), len(lines))
    repeats = Counter(fold_key(line.text) for line in lines[first:stop] if _is_headline(line.text))
    stacked = _stacked_headlines(state, first)
    related, boxed, after_image = False, False, False
    for i in range(first, len(lines)):
        line = lines[i].text
        if kinds[i] == "related":  # a teaser's summary, marked with its teaser
            continue
        if is_teaser_header(line):
            kinds[i] = "chrome"
            boxed = _article_goes_on(state, i)
            related = not boxed
            continue
        if related or (boxed and not is_paragraph(line)):
            kinds[i] = "chrome" if _is_chrome(line) or _is_stamp_line(text, lines[i]) else "related"
            continue
        boxed = False
        follows_image, after_image = after_image, False
        if _is_chrome(line):
            kinds[i], after_image = "chrome", _is_image(line)
        elif _is_labelled_teaser(line) or _is_marked_or_dated_link(line):
            kinds[i] = "related"
        elif source_name(line) is not None:
            kinds[i] = "byline"
            _mark_byline_before(state, i, first)
        elif (_LABELLED.match(line) and byline_names(line)) or credited_source(line) is not None:
            kinds[i] = "byline"  # "Bài và ảnh: Minh Anh", "Thái Hùng (Đài Truyền thanh Huế)"
        elif _is_doubled(line):
            kinds[i] = "related"
            if _is_teaser_summary(state, i + 1):
                kinds[i + 1] = "related"
        elif _is_stamp_line(text, lines[i]):
            rest = stamp_rest(text, lines[i])
            kinds[i] = "byline" if rest and byline_names(rest) else "chrome"
        elif _is_caption(line) or (follows_image and _word_count(line) <= _MAX_CAPTION_WORDS):
            kinds[i] = "caption"
        elif _is_alt_text(state, i, title_key, repeats):
            kinds[i], after_image = "chrome", True
        elif i in stacked:
            kinds[i] = "related"
        else:
            kinds[i] = "body"


def _article_goes_on(state: _Page, header: int) -> bool:
    """A teaser header inside the article: only the headlines right under it are teasers.

    So it is when the article's end ("./.", "Nguồn:") comes before the next header, or
    when a few headlines under the header are followed by running prose (a teaser has
    one summary at most). Then the article resumes at the next paragraph.
    """
    lines = state.lines
    for k in range(header + 1, len(lines)):  # up to the next header: each line is read once per page
        if is_teaser_header(lines[k].text):
            break
        if _ARTICLE_END.search(lines[k].text) or source_name(lines[k].text) is not None:
            return True
    return _prose_after_box(state, header)


def _prose_after_box(state: _Page, header: int) -> bool:
    lines = state.lines
    teasers = 0
    for k in range(header + 1, len(lines)):
        line = lines[k].text
        if is_paragraph(line):
            return 0 < teasers <= _MAX_BOX_TEASERS and _is_prose(state, k)
        if _is_chrome(line) or _is_stamp_line(state.text, lines[k]):
            continue
        if not _is_headline(line) or byline_names(line):  # a comment's author, not a headline
            return False
        teasers += 1
        if teasers > _MAX_BOX_TEASERS:  # a list of teasers (or of headers), not a box: no need to read on
            return False
    return False


def _is_prose(state: _Page, start: int) -> bool:
    """Three paragraphs in a row (captions between them aside), or two that the article's close follows.

    A teaser has one summary at most, so a list of teasers holds no such run.
    """
    lines, paragraphs = state.lines, 0
    for k in range(start, len(lines)):
        line = lines[k]
        if is_paragraph(line.text) and not _is_chrome(line.text):
            paragraphs += 1
        elif not _is_caption(line.text):
            closing = (
                byline_names(line.text) is not None
                or source_name(line.text) is not None
                or _is_labelled_teaser(line.text)
                or _is_marked_or_dated_link(line.text)
            )
            return paragraphs >= 3 or (paragraphs == 2 and (closing or is_teaser_header(line.text)))
        if paragraphs >= 3:
            return True
    return False


@_cached
def _is_marked_or_dated_link(line: str) -> bool:
    """A link to another article: a headline after a mark (">> ...") or next to its date ("... (14/04/2025)",
    "[04/01/2017] ..."), perhaps listed after a bullet or a dash."""
    marked = _TEASER_MARK.match(line)
    if marked is not None:
        return _is_headline(line[marked.end() :])
    item = _LIST_DASH.sub("", _BULLET.sub("", line))
    dated = _DATED_LINK.search(item)
    if dated is not None:
        return _is_headline(item[: dated.start()])
    first = _DATE_FIRST_LINK.match(item)
    return first is not None and _is_headline(item[first.end() :])


def _stacked_headlines(state: _Page, first: int) -> set[int]:
    """Headlines stacked on consecutive lines below the lede: links to other articles.

    An article's own subheads stand alone between paragraphs; a run that a line ending
    with ":" announces is a list, not links.
    """
    lines, found = state.lines, set()
    run: list[int] = []
    for i in range(first, len(lines) + 1):
        line = lines[i] if i < len(lines) else None
        if line is not None and _is_stackable(state, line) and (not run or not line.blank_before):
            run.append(i)
            continue
        if len(run) >= 2 and not (run[0] > 0 and lines[run[0] - 1].text.rstrip().endswith(":")):
            found.update(run)
        run = [i] if line is not None and _is_stackable(state, line) else []
    return found


def _is_stackable(state: _Page, line: Line) -> bool:
    text = line.text
    return (
        _is_headline(text)
        and not _is_chrome(text)
        and not _is_caption(text)
        and not _is_stamp_line(state.text, line)
        and byline_names(text) is None
        and source_name(text) is None
    )


@_cached
def _is_labelled_teaser(line: str) -> bool:
    """A teaser written after a header on its own line: "Xem thêm: <headline>", ">> Tin liên quan: <headline>"."""
    labelled = _LABELLED.match(line.lstrip(">»› "))
    return labelled is not None and bool(labelled["value"].strip()) and fold_key(labelled["label"]) in _HEADER_KEYS


@_cached
def _is_doubled(line: str) -> bool:
    """An inline teaser: a headline written twice on one line ("X X")."""
    if _word_count(line) < 6:
        return False
    middle = len(line) // 2
    for position in range(max(1, middle - 3), min(len(line) - 1, middle + 4)):
        first, second = line[:position], line[position + 1 :]
        if (
            line[position] == " "
            and first[:8].casefold() == second[:8].casefold()
            and fold_key(first) == fold_key(second)
        ):
            return True
    return False


def _is_teaser_summary(state: _Page, i: int) -> bool:
    """The line right under an inline teaser is its summary when a blank line, a teaser or the end follows it."""
    lines = state.lines
    if i >= len(lines) or lines[i].blank_before:
        return False
    line = lines[i].text
    if _is_doubled(line) or source_name(line) is not None or byline_names(line) or _is_chrome(line):
        return False
    after = lines[i + 1] if i + 1 < len(lines) else None
    return after is None or after.blank_before or _is_doubled(after.text)


def _is_alt_text(state: _Page, i: int, title_key: str | None, repeats: Counter[str]) -> bool:
    """A photo's alt text: the headline again, a line repeated on the page, or the start of the next line."""
    line = state.lines[i].text
    if _word_count(line) > _MAX_TITLE_WORDS:
        return False
    key = fold_key(line)
    if key == title_key or (repeats[key] >= 2 and _is_headline(line)):
        return True
    following = state.lines[i + 1] if i + 1 < len(state.lines) else None
    return (
        following is not None
        and not following.blank_before
        and _word_count(line) >= 3
        and _word_count(following.text) <= _MAX_CAPTION_WORDS
        and fold_key(following.text).startswith(key)
    )


def _mark_byline_before(state: _Page, i: int, first: int) -> None:
    """The author line just above a "Nguồn:" line belongs to the byline."""
    if i - 1 >= first and byline_names(state.lines[i - 1].text):
        state.kinds[i - 1] = "byline"


def _mark_closing_byline(state: _Page, first: int) -> None:
    """The author's name closing the article ("Mạnh Minh"): under its last paragraph (captions aside), or
    its last line (captions aside, or not). What follows the names then holds no paragraph: it is not the
    article either (a widget's header and its links, "Văn bản mới", "- Hướng dẫn số 14/HD-…")."""
    lines, kinds = state.lines, state.kinds
    article = [i for i in range(first, len(lines)) if kinds[i] not in ("related", "chrome")]
    paragraphs = [k for k, i in enumerate(article) if kinds[i] == "body" and is_paragraph(lines[i].text)]
    under = paragraphs[-1] + 1 if paragraphs else len(article)
    while under < len(article) and kinds[article[under]] == "caption":
        under += 1
    if _is_bare_caption(state, article, under):
        kinds[article[under]] = "caption"
        under += 1
    last = len(article) - 1
    while last > 0 and kinds[article[last]] == "caption":  # a photo printed under the byline
        last -= 1
    for k in dict.fromkeys((under, last, len(article) - 1)):
        if 0 <= k < len(article) and _closes(state, article, k):
            kinds[article[k]] = "byline"
            for i in article[k + 1 :]:
                if kinds[i] == "body":
                    kinds[i] = "chrome" if _is_chrome(lines[i].text) else "related"
            return


def _is_bare_caption(state: _Page, article: list[int], k: int) -> bool:
    """Whether the ``k``-th line of the article is a photo's caption without a credit, between its last
    paragraph and the names that close it ("Sinh viên giao lưu với đoàn đại biểu" then "MINH KHANG")."""
    if not 0 < k < len(article) - 1 or state.kinds[article[k]] != "body":
        return False
    line, names = state.lines[article[k]].text, state.lines[article[k + 1]].text
    ended = _CLOSING_END.search(line) is not None  # a closing sentence ("PV: Xin cảm ơn ông!") is no caption
    return not ended and _is_headline(line) and byline_names(line) is None and byline_names(names) is not None


def _closes(state: _Page, article: list[int], k: int) -> bool:
    """Whether the ``k``-th line of the article is names that close it: after a sentence's end or a caption."""
    line, kinds = article[k], state.kinds
    if kinds[line] != "body" or byline_names(state.lines[line].text) is None:
        return False
    before = article[k - 1] if k > 0 else None
    return before is None or kinds[before] != "body" or bool(_CLOSING_END.search(state.lines[before].text))


def _mark_byline_after_end(state: _Page, first: int) -> None:
    """The names right under the line that closes the article ("... ./." then "Bảo Lâm")."""
    lines, kinds = state.lines, state.kinds
    for i in range(max(first, 1), len(lines)):
        if kinds[i] == "body" and _ARTICLE_END.search(lines[i - 1].text) and byline_names(lines[i].text):
            kinds[i] = "byline"


def _merge(state: _Page) -> list[Segment]:
    pieces: list[tuple[SegmentKind, int, int]] = []
    for i, (line, kind) in enumerate(zip(state.lines, state.kinds, strict=True)):
        if i == state.title and state.title_from:
            pieces.append(("chrome", line.start, line.start + len(line.text[: state.title_from].rstrip())))
            pieces.append(("title", line.start + state.title_from, line.end))
        else:
            pieces.append((kind, line.start, line.end))
    segments: list[Segment] = []
    for kind, start, end in pieces:
        if segments and segments[-1].kind == kind:
            segments[-1] = Segment(kind, segments[-1].start, end)
        else:
            segments.append(Segment(kind, start, end))
    return segments
