"""Party and state documents cited in an article.

A citation names a document by its type and number ("Chỉ thị 12"), its symbol
("Chỉ thị số 12-CT/TW", "Quyết định 1234/QĐ-TTg", or the symbol alone) or its
quoted title (Đề án "…"). The words right after it give its date ("ngày
5/1/2022"), issuer ("của Ban Bí thư") and subject ("về tăng cường …"); an issuer
may also come first ("Ban Bí thư đã ban hành Chỉ thị …"). A short form ("Chỉ thị
12", "Chỉ thị này") stands for the one document it can mean, as eyecite resolves
its short forms, and becomes a mention and an alias of it. A number after a type
word that cites nothing alone ("Kế hoạch 45", since "Kế hoạch 5 năm" is no citation)
is such a short form only where exactly one full citation fits it. Generic references
("các chỉ thị của Đảng") cite nothing.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable
from typing import TypeVar

import attrs
import regex

from .._article import Article, Sentence
from .._bodies import body_at
from .._edtf import EDTF, EdtfDate
from .._gazetteer import GazetteerMatch
from .._hookspecs import hookimpl
from .._model import Directive, DirectiveKind, Facts
from .._places import province_at
from .._provenance import sources
from .._symbols import number_key, symbol_key
from .._text import fold_key, has_loose_mark
from ..data import directives as data
from ..data.organizations import FOREIGN_ORGANIZATIONS
from ..data.titles import HONORIFICS

__all__ = [
    "BACK_REFERENCE",
    "BARE_SYMBOL",
    "FACET",
    "KIND_AND_NUMBER",
    "QUOTED_TITLE",
    "RULES",
    "SYMBOL",
    "find_directives",
    "number_key",
    "symbol_key",
    "vnfriendship_extract",
]

FACET = "directives"

# The rules that cite a document, named in each fact's ``sources`` (docs/plugins.md lists them).
#: "Chỉ thị số 12-CT/TW", "Luật Đầu tư số 61/2020/QH14".
SYMBOL = "symbol"
#: "12-CT/TW" with no type word before it.
BARE_SYMBOL = "bare symbol"
#: "Chỉ thị 12", "Kế hoạch số 45".
KIND_AND_NUMBER = "kind and number"
#: Đề án "…".
QUOTED_TITLE = "quoted title"
#: "Chỉ thị này", "Nghị quyết nói trên".
BACK_REFERENCE = "reference back"
#: Every rule of this extractor.
RULES = (SYMBOL, BARE_SYMBOL, KIND_AND_NUMBER, QUOTED_TITLE, BACK_REFERENCE)

_T = TypeVar("_T")


def _words(phrase: str) -> str:
    """A phrase as a pattern that admits any run of spaces between its words."""
    return r"\s+".join(regex.escape(word) for word in phrase.split())


_KIND_OF_TYPE: dict[str, DirectiveKind] = {fold_key(word): kind for word, kind in data.DOCUMENT_TYPES}
_TYPE = "|".join(_words(word) for word, _ in data.DOCUMENT_TYPES)
_UNITS = "|".join(_words(unit) for unit in data.NUMBER_UNITS)
# One part of a symbol after the number: "CT", "TW", "QĐ", "TTg", "CTr", "BĐNTW", "QH15"; a body's initials
# keep the small letters of a word they shorten to two letters ("SNgV": Sở Ngoại vụ).
_CODE = r"(?:\p{Lu}{2,}|\p{Lu}\p{Ll}{1,2}\p{Lu})(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})*\p{Ll}{0,2}\d{0,2}"
_SEP = r"\s?[-–/]\s?"
_NUMBER = r"(?P<number>\d{1,5})(?:/(?P<year>(?:19|20)\d\d))?"
# A symbol ends at a word's end, or where a typo glued the next word to it: "22-NQ/TWngày 10/4/2013".
_GLUED = r"(?:ngày|của|về|do)(?!\p{L})"
_CODES = rf"(?P<code>{_CODE})(?:{_SEP}(?P<code>{_CODE}))*(?:(?![\p{{L}}\p{{N}}])|(?={_GLUED}))"
# "12-CT/TW", "12/CT-TW", "01- ĐA/TW", "34/2007/NĐ-CP"; after a type word also "04 CT/TW".
_SYMBOL = rf"{_NUMBER}(?:{_SEP}|\s(?={_CODE}{_SEP}{_CODE})){_CODES}"
_BARE_SYMBOL = rf"{_NUMBER}{_SEP}{_CODES}"

_CITATION = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    (?:
        (?P<type>(?i:{_TYPE}))
        (?:\s*(?P<so>(?i:số))\s*:?)?\s*
        (?:
            (?P<symbol>{_SYMBOL})
          | (?P<short>\d{{1,5}})
            (?![\p{{L}}\p{{N}}]|[-–/.,]\d|\s?[-–/]\s?\p{{Lu}})
            (?!\s*(?i:{_UNITS})(?![\p{{L}}])(?!\s+\d))
          | (?<=\s)(?P<anaphor>(?i:này|nói\s+trên|trên\s+đây))(?![\p{{L}}])
          | [“"](?P<title>[^"“”\n]{{3,300}}?)[”"]
        )
        # a law is named before its number: "Luật Đầu tư số 61/2020/QH14", "Luật Thi đua, khen thưởng số 06/2022/…"
      | (?P<type>Luật)(?P<law>(?:\s+(?:\p{{Lu}}\p{{Ll}}*|\p{{Ll}}+)|,\s+\p{{Ll}}+){{1,8}}?)
        \s+(?P<so>(?i:số))\s*(?P<symbol>{_SYMBOL})
      | (?P<bare>{_BARE_SYMBOL})
    )
    """,
    regex.VERBOSE,
)

# The first words of every citation but a bare symbol, which opens with its number ("Luật" is a type too).
_CITATION_OPENERS = frozenset(fold_key(word.split()[0]) for word, _ in data.DOCUMENT_TYPES)

_NATIONAL_ISSUER = "|".join(
    f"(?P<n{index}>{f'(?i:{pattern})' if any_case else pattern})"
    for index, (pattern, any_case) in enumerate(data.ISSUERS)
)
_FOREIGN_BODIES = frozenset(FOREIGN_ORGANIZATIONS)
_LOCAL_ISSUER = "|".join(f"(?P<l{index}>(?i:{entry[0]}))" for index, entry in enumerate(data.LOCAL_BODIES))
# "phi chính phủ" (non-governmental) names no government.
_ISSUER = regex.compile(rf"(?<![\p{{L}}\-/–])(?<!(?i:phi)\s)(?:{_LOCAL_ISSUER}|{_NATIONAL_ISSUER})(?![\p{{L}}])")
# What ends the name of an issuer that no pattern knows: its subject, its date, a comma or a bracket.
_BODY_STOP = regex.compile(r"\s+(?i:về|ngày|đã|vừa|được)(?![\p{L}])|[,;(]")
_LEVEL = regex.compile(r"\s+(?P<level>(?i:tỉnh|thành\s+phố|TP\.?))(?![\p{L}])")

# "ngày" glued to a symbol ("…/TWngày 10/4/2013") is no word of its own to the date parser: skip it.
_DATE_LEAD = regex.compile(
    r"(?:(?<=\p{Lu})ngày\s*)?[\s,(]*(?:(?i:được)\s+)?(?:(?i:ký)\s+)?(?:(?i:ban\s+hành)\s+)?(?:(?i:vào)\s+)?"
)
# "của Ban Bí thư", "do Chính phủ", "được UBND tỉnh"; a resolution's plenum stands before its Committee:
# "Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương".
_PLENUM = r"(?i:hội\s+nghị)\s+(?:(?i:lần\s+thứ)\s+[\p{L}\p{N}]+|(?i:trung\s+ương)\s+\d+)\s+(?:(?i:của)\s+)?"
# "do Chủ tịch UBND tỉnh ký", "của Chủ tịch Liên hiệp …": the chair signs for the body, and the issuer is written with
# the chair's title, as "Thủ tướng Chính phủ" is.
_CHAIR = r"(?P<chair>(?i:phó\s+)?(?i:chủ\s+tịch)\s+(?=\p{Lu}))"
# (or "giữa", before the parties to a joint document: "Chương trình phối hợp số … giữa Tỉnh Đoàn và Liên hiệp …")
_ISSUER_LEAD = regex.compile(
    rf"[\s,)]*(?:(?:(?i:của|do|được)|(?P<between>(?i:giữa)))\s+(?:{_PLENUM}|{_CHAIR})?|{_PLENUM})"
)
_ISSUER_AND = regex.compile(r"\s+(?i:và)\s+")
_TERM = regex.compile(r"\s*\(?(?i:khóa|khoá)\s+[IVXLC]+\)?")
# An aside in brackets between a citation and its issuer: "Chỉ thị 12-CT/TW (Directive No. 12) của Ban Bí thư".
_ASIDE = regex.compile(r"\s*\([^()\n]{1,80}\)")
_SUBJECT_LEAD = regex.compile(r"[\s,)]*(?i:về)\s+(?:(?i:việc)\s+)?")
# Where a subject ends: a semicolon, a line break, a bracket it opens (unless kept, below) or one it did not open
# ("(thay thế Chỉ thị … về A) và …": the citation stands inside brackets).
_SUBJECT_STOP = regex.compile(r"[;()\n]")
# A clause that names what a decision does, right after it: "… cho phép thành lập …", "… phê duyệt …".
_DIRECT_SUBJECT = regex.compile(
    r"\s+(?=(?i:" + "|".join(_words(w) for w in data.DECISION_VERBS) + r")(?![\p{L}]))"
)
# A bracket that a subject keeps ("… Tổ chức X (Hoa Kỳ)"): closed soon, and no citation's short form inside.
_KEPT_BRACKET = regex.compile(r"\([^()\n]{1,60}\)")
_TYPE_WORD = regex.compile(rf"(?i:{_TYPE})(?![\p{{L}}])")
# Where the sentence's own clause begins after a subject: "Thực hiện Chỉ thị … về A, những năm qua Hội đã …",
# "… về A, Liên hiệp đã chủ động …", "Chỉ thị … về A được quán triệt …".
_SUBJECT_CLAUSE = regex.compile(
    r"(?<=(?i:" + "|".join(_words(w) for w in data.TITLE_ENDINGS) + r"))(?=\s*,)"
    # "Kế hoạch … về công tác đối ngoại nhân dân năm 2025, ưu tiên …", "… giai đoạn 2025 - 2030, với …": a title
    # that ends in its year or its period
    r"|(?<=(?:(?<![\p{L}])(?i:năm)\s+|[12]\d{3}\s*[-–]\s*)[12]\d{3})(?=\s*,(?!\s*(?i:"
    + "|".join(_words(w) for w in data.TITLE_GOES_ON)
    + r")(?![\p{L}])))"
    r"|\s+(?i:và\s+(?:các|những))\s+(?i:" + "|".join(_words(w) for w in data.GENERIC_DOCUMENTS) + r")(?![\p{L}])"
    r"|,\s+(?i:" + "|".join(_words(w) for w in data.CLAUSE_OPENERS) + r")(?![\p{L}])"
    # "…, Hội hữu nghị Việt Nam - Lào đang …": a new subject, a dash of its name and all, then an auxiliary
    r"|,\s+(?:[\p{L}\p{N}]+(?:\s*[-–]\s*|\s+)){0,8}?"
    r"(?i:" + "|".join(_words(w) for w in data.CLAUSE_AUXILIARIES) + r")\s"
    r"|\s+(?i:(?:đã\s+|sẽ\s+|tiếp\s+tục\s+)?được\s+(?:" + "|".join(_words(w) for w in data.DOCUMENT_PREDICATES) + r")"
    r"|có\s+hiệu\s+lực)(?![\p{L}])"
    # "… kiện toàn Ban Chỉ đạo … do đồng chí A, Phó Chủ tịch UBND tỉnh làm Trưởng ban": who heads the body
    r"|\s+(?=(?i:do)\s+(?i:" + "|".join(_words(h) for h in sorted(HONORIFICS, key=len, reverse=True)) + r")\s*\p{Lu}"
    r"[^;.\n]{0,120}?\s(?i:" + "|".join(_words(w) for w in data.HEAD_VERBS) + r")\s+\p{Lu})"
)
# "… về A, B trong tình hình mới và Quyết định …": a title's ending words close it before the join to the next
# document, whatever commas the title holds.
_TITLE_END_JOINED = regex.compile(
    r"(?<=(?i:" + "|".join(_words(w) for w in data.TITLE_ENDINGS) + r"))(?=[\s,]+(?i:và|cùng\s+với)\s)"
)
# "quán triệt Kết luận … về A tới cán bộ, đảng viên": who it is conveyed to ends the subject, unless the subject
# itself is about conveying ("về tuyên truyền, quán triệt Kết luận tới các chi bộ").
_AUDIENCE = regex.compile(r"\s+(?i:tới|đến)\s+(?i:" + "|".join(_words(w) for w in data.AUDIENCES) + r")(?![\p{L}])")
_CONVEYING = regex.compile(r"(?<![\p{L}])(?i:" + "|".join(_words(w) for w in data.CONVEYING_VERBS) + r")(?![\p{L}])")
_QUOTE_CLOSE = regex.compile(r"[”\"]")
_SUBJECT_PUNCTUATION = " \t,.;:–-"
_QUOTES = "\"“”"
# The words that join a subject to the next citation: "… trong tình hình mới và [Kế hoạch số 87-KH/TU]".
_SUBJECT_JOIN_AFTER = regex.compile(r"(?:[\s,]+(?i:và|cùng\s+với|cùng|cũng\s+như|hoặc))+$")
# What lies between an issuer and the document it issues: "đã ban hành", "vừa ký ban hành", "đã ký",
# after the issuer's term of office ("Ban Bí thư Trung ương Đảng khóa XIII đã ban hành").
_ISSUING = regex.compile(
    r"(?:\s*\(?(?i:khóa|khoá)\s+[IVXLC]+\)?)?\s*,?\s+(?:(?i:đã|vừa|mới|chính\s+thức|cũng|tiếp\s+tục)\s+)*"
    r"(?:(?i:ký)(?:\s+(?i:ban\s+hành|phê\s+duyệt))?|(?i:ban\s+hành|phê\s+duyệt|thông\s+qua|có))\s+"
    r"(?:(?i:tại)\s+)?"  # "… được UBND tỉnh phê duyệt tại Quyết định số …"
)
# The chair who signs for the issuer, written right before it: "(được) Chủ tịch UBND tỉnh phê duyệt …".
_CHAIR_BEFORE = regex.compile(r"(?r)(?:(?i:phó)\s+)?(?i:chủ\s+tịch)\s+")
_CHAIR_REACH = 20
# "Ngày 24/6/2020, Chủ tịch UBND tỉnh ban hành …": the date of the issuing, before the issuer or its chair.
_DATE_BEFORE_ISSUER = regex.compile(r"[\s,]*(?:(?i:phó\s+)?(?i:chủ\s+tịch)\s+)?")
# Citations joined so that what follows the last belongs to all: "Đề án 01-ĐA/TW và Chỉ thị 12-CT/TW của …". A
# subject is shared only by a series closed with a comma ("Chỉ thị … của Bộ Chính trị, và Kế hoạch … về …"); two
# documents joined by a bare "và", each with its issuer, keep their own.
_COORDINATION = regex.compile(r"(?:\s*(?:,|(?i:và))\s*)+")
_APPROVAL = regex.compile(r"(?i:ban\s+hành|phê\s+duyệt)")
_SYMBOL_JOINT = regex.compile(r"\s*([-–/])\s*")
_SPACES = regex.compile(r"\s+")
# How far past a position the words about it may reach (a ``regex`` match costs as much as its window).
_REACH = 200


@attrs.frozen
class _Issuer:
    """An issuing body as the text names it, and the agency codes of the symbols it issues."""

    start: int
    end: int
    name: str
    codes: frozenset[str] = frozenset()
    #: A body of another state or an international one ("Quốc hội Lào", "Hội đồng Bảo an Liên hợp quốc"):
    #: what it issues is no Party or state document of ours.
    foreign: bool = False


@attrs.frozen
class _Citation:
    """One place where the text cites a document."""

    start: int
    end: int
    kind: DirectiveKind
    rule: str  # which of :data:`RULES` cites the document here
    number: str | None = None
    symbol: str | None = None
    codes: tuple[str, ...] = ()
    symbol_year: int | None = None
    title: str | None = None
    anaphor: bool = False
    tentative: bool = False  # a short form that cites only a full citation it fits ("Kế hoạch 45")
    foreign: bool = False  # issued by a foreign or international body
    issued_on: EDTF | None = None
    issuer: str | None = None
    subject: str | None = None
    #: Where the words after the citation end: before its subject ("head"), and after it.
    head_end: int = 0
    subject_start: int = 0
    tail_end: int = 0

    @property
    def full(self) -> bool:
        """Whether the citation names its document alone (by symbol or title), not by a short form."""
        return self.symbol is not None or self.title is not None


@hookimpl
def vnfriendship_extract(article: Article) -> Facts:
    """Directives cited in the article's sentences."""
    return Facts(directives=find_directives(article))


def find_directives(article: Article) -> list[Directive]:
    """Every document the in-scope sentences cite, one object per document, in order of first mention."""
    citations = [citation for sentence in article.sentences for citation in _sentence_citations(article, sentence)]
    return [_directive(article, group) for group in _resolve(citations)]


# ---------------------------------------------------------------- reading one sentence


def _citation_matches(article: Article, start: int, end: int) -> list[regex.Match[str]]:
    """What ``_CITATION.finditer`` finds in ``text[start:end]``, tried only at the words a citation opens with: a
    document's type or a number. The pattern is costly to try at every character of a long sentence; where a
    combining mark is left in a word, a citation may open inside it, and the stretch is searched whole."""
    text = article.text
    if has_loose_mark(text, start, end):
        return list(_CITATION.finditer(text, start, end))
    words = article.words(start, end)
    opens = map(operator.or_, map(str.isdigit, words.keys), map(_CITATION_OPENERS.__contains__, words.keys))
    found: list[regex.Match[str]] = []
    reached = start
    for offset in itertools.compress(words.starts, opens):
        if offset >= reached and (match := _CITATION.match(text, offset, end)) is not None:
            found.append(match)
            reached = match.end()
    return found


def _sentence_citations(article: Article, sentence: Sentence) -> list[_Citation]:
    text = article.text
    found = _citation_matches(article, sentence.start, sentence.end)
    matches = [m for m in found if _well_formed(m)]
    citations: list[_Citation] = []
    named = _issuers_in(article, sentence.start, sentence.end) if matches else []
    following: _Citation | None = None
    for index in reversed(range(len(matches))):
        bound = _bound(text, matches, index, sentence.end)
        citation = _with_tail(article, _parse(matches[index]), bound)
        citation = _with_prefix(article, citation, sentence.start, named)
        if following is not None and citation.subject is not None and citation.tail_end == following.start:
            citation = _into_next(text, citation, following)
        if following is not None and not citation.anaphor and _COORDINATION.fullmatch(
            text, citation.tail_end, following.start
        ):
            if citation.issuer is None and _same_agency(citation, following):
                citation = attrs.evolve(citation, issuer=following.issuer, foreign=following.foreign)
            if citation.subject is None and "," in text[citation.tail_end : following.start]:
                citation = attrs.evolve(citation, subject=following.subject)
        if citation.title is not None and not _titled_document(text, citation, sentence.start):
            continue
        if not citation.foreign:  # "Nghị quyết 2334 của Hội đồng Bảo an Liên hợp quốc" is no document of ours
            citations.append(citation)
        following = citation
    tentative = [_tentative(m) for m in found if m["short"] is not None and not _well_formed(m)]
    return sorted([*citations, *tentative], key=lambda citation: citation.start)


def _bound(text: str, matches: list[regex.Match[str]], index: int, end: int) -> int:
    """Where the words about the citation ``matches[index]`` end: at the next citation, but past its short form
    in an aside ("Chỉ thị số 12-CT/TW (Chỉ thị 12) ngày … của Ban Bí thư về …")."""
    following = index + 1
    if following < len(matches):
        aside = _ASIDE.match(text, matches[index].end(), min(end, matches[index].end() + _REACH))
        if aside is not None and aside.end() >= matches[following].end():
            following += 1
    return matches[following].start() if following < len(matches) else end


def _well_formed(match: regex.Match[str]) -> bool:
    if match["bare"] is not None:
        first_code: str = match.captures("code")[0]
        return first_code in data.DOCUMENT_CODES
    if match["symbol"] is not None or match["anaphor"] is not None:
        return True
    capitalised: bool = match["type"][0].isupper()
    if match["title"] is not None:
        return capitalised
    kind = _KIND_OF_TYPE[fold_key(match["type"])]
    # "Chỉ thị 12" cites; "kế hoạch 2 năm" does not, "Kế hoạch số 45" does.
    return match["so"] is not None or (capitalised and kind in data.BARE_NUMBER_KINDS)


def _tentative(match: regex.Match[str]) -> _Citation:
    """A short form that cites nothing alone; its words after it are left to the citations around it."""
    kind = _KIND_OF_TYPE[fold_key(match["type"])]
    return _Citation(match.start(), match.end(), kind, KIND_AND_NUMBER, match["short"], tentative=True)


def _parse(match: regex.Match[str]) -> _Citation:
    start, end = match.span()
    if match["bare"] is not None:
        codes = tuple(match.captures("code"))
        return _Citation(
            start, end, data.DOCUMENT_CODES[codes[0]], BARE_SYMBOL, match["number"], _symbol(match["bare"]), codes,
            _year(match["year"]),
        )
    kind = _KIND_OF_TYPE[fold_key(match["type"])]
    if match["symbol"] is not None:
        law = match["law"].strip() if match["law"] is not None else None
        return _Citation(
            start, end, kind, SYMBOL, match["number"], _symbol(match["symbol"]), tuple(match.captures("code")),
            _year(match["year"]), title=law,
        )
    if match["short"] is not None:
        return _Citation(start, end, kind, KIND_AND_NUMBER, match["short"])
    if match["anaphor"] is not None:
        return _Citation(start, end, kind, BACK_REFERENCE, anaphor=True)
    return _Citation(start, end, kind, QUOTED_TITLE, title=match["title"].strip())


def _symbol(written: str) -> str:
    """A symbol as written, without stray spaces: "01- ĐA/TW" -> "01-ĐA/TW", "04 CT/TW" -> "04-CT/TW"."""
    joined = _SYMBOL_JOINT.sub(lambda m: "-" if m.group(1) == "–" else m.group(1), written)
    spaced: str = _SPACES.sub("-", joined)
    return spaced


def _year(written: str | None) -> int | None:
    return None if written is None else int(written)


def _with_tail(article: Article, citation: _Citation, bound: int) -> _Citation:
    """Read the date, issuer and subject written after a citation, in any order."""
    text = article.text
    position, issued_on, issuer, subject, foreign = citation.end, None, None, None, False
    while True:
        if issued_on is None and (found := _date_at(article, position, bound)) is not None:
            issued_on, position = found
        elif issuer is None and (lead := _ISSUER_LEAD.match(text, position, bound)) is not None and (
            named := _issuer_at(article, lead.end(), bound)
        ) is not None:
            # "giữa Tỉnh Đoàn và Liên hiệp … tỉnh": the parties to a joint document issue it together
            joined = _ISSUER_AND.match(text, named.end, bound) if lead["between"] else None
            other = _issuer_at(article, joined.end(), bound) if joined is not None else None
            end = named.end if other is None else other.end
            issuer, position, foreign = text[named.start : end], end, named.foreign
            if lead["chair"]:
                issuer = text[lead.start("chair") : end]
        elif (term := _TERM.match(text, position, bound)) is not None and term.end() > position:
            position = term.end()
        elif issuer is None and (aside := _ASIDE.match(text, position, bound)) is not None:
            position = aside.end()
        else:
            break
    head_end = subject_start = position
    lead = _SUBJECT_LEAD.match(text, position, min(bound, position + _REACH))
    if lead is None:  # "Quyết định số 2172 cho phép thành lập …": the clause right after it is its subject
        lead = _DIRECT_SUBJECT.match(text, position, min(bound, position + _REACH))
    if lead is not None:
        subject_start = lead.end()
        subject, position = _subject(text, subject_start, bound)
    return attrs.evolve(
        citation,
        issued_on=issued_on,
        issuer=issuer,
        subject=subject,
        head_end=head_end,
        subject_start=subject_start,
        tail_end=position,
        foreign=foreign,
    )


def _date_at(article: Article, position: int, bound: int) -> tuple[EDTF, int] | None:
    lead = _DATE_LEAD.match(article.text, position, min(bound, position + _REACH))
    start = lead.end() if lead is not None else position
    for date in article.dates(start, min(bound, start + 60)):
        return (date.value, date.end) if date.start == start else None
    return None


def _subject(text: str, start: int, bound: int) -> tuple[str | None, int]:
    if start < bound and text[start] in "“\"":
        close = _QUOTE_CLOSE.search(text, start + 1, bound)
        end = close.end() if close is not None else bound
    else:
        end, position = bound, start
        while (stop := _SUBJECT_STOP.search(text, position, bound)) is not None:
            kept = _KEPT_BRACKET.match(text, stop.start(), min(bound, stop.start() + 64))
            if kept is None or _TYPE_WORD.search(text, kept.start(), kept.end()):
                end = stop.start()
                break
            position = kept.end()
    clause = _SUBJECT_CLAUSE.search(text, start, end)
    audience = _AUDIENCE.search(text, start, end if clause is None else clause.start())
    if audience is not None and _CONVEYING.search(text, start, audience.start()) is None:
        clause = audience
    written = text[start : end if clause is None else clause.start()]
    subject = _trim_subject(_SUBJECT_JOIN_AFTER.sub("", _trim_subject(written)))
    return (subject or None), end


def _trim_subject(written: str) -> str:
    """A subject without the white space and punctuation around it, and without quotation marks that enclose it (a
    quoted title) or close a title opened before it; the one closing a title quoted inside it stays ('phê duyệt Đề
    án "X"')."""
    core = written.strip(_SUBJECT_PUNCTUATION)
    if core[:1] in _QUOTES:
        return core.strip(_SUBJECT_PUNCTUATION + _QUOTES)
    if core.endswith("”"):
        matched = core.count("“") >= core.count("”")
    else:
        matched = not core.endswith('"') or core.count('"') % 2 == 0
    return core if matched else core[:-1].rstrip(_SUBJECT_PUNCTUATION)


def _into_next(text: str, citation: _Citation, following: _Citation) -> _Citation:
    """A subject that runs into the next citation.

    "về triển khai thực hiện Chỉ thị số 38-CT/TW ngày … của Ban Bí thư" takes that citation as its object,
    through its date and issuer; after a comma, the words before the next citation are the sentence's own
    ("về A, nghe giới thiệu, phổ biến nội dung Chỉ thị …") and the subject ends at the comma. Joined by "và"
    the next citation is another document, and the subject stays as it is.
    """
    written = text[citation.subject_start : following.start]
    ended = _TITLE_END_JOINED.search(text, citation.subject_start, following.start)
    if ended is not None:
        return attrs.evolve(citation, subject=_trim_subject(text[citation.subject_start : ended.start()]) or None)
    if _SUBJECT_JOIN_AFTER.search(written.rstrip()):
        return citation
    if "," in written or ";" in written:
        subject = _trim_subject(written[: written.index(",") if "," in written else written.index(";")])
        return attrs.evolve(citation, subject=subject or None)
    subject = _trim_subject(text[citation.subject_start : following.head_end])
    return attrs.evolve(citation, subject=subject or None)


def _issuer_at(article: Article, start: int, bound: int) -> _Issuer | None:
    """The issuing body named at ``start``, if one is."""
    match = _ISSUER.match(article.text, start, min(bound, start + _REACH))
    if match is not None:
        return _issuer(article, match, bound)
    known = article.matches("organization", start, min(bound, start + _REACH))
    if known and known[0].start == start:
        return _known_body(article, known[0], bound)
    # Any other body, as the chunker cuts its name (a known one inside it, "Ban Tổ chức - Cán bộ Chính phủ", is part
    # of it); never past the subject or date that may follow it.
    stop = _BODY_STOP.search(article.text, start, min(bound, start + _REACH))
    body = body_at(article, start, stop.start() if stop is not None else min(bound, start + _REACH))
    return _Issuer(start, body.end, body.text) if body is not None and body.start == start else None


def _known_body(article: Article, found: GazetteerMatch, bound: int) -> _Issuer:
    """An issuer the organisation table knows; a foreign one where the table says so or a country follows."""
    country_end = _country_after(article, found.end, bound)
    end = country_end or found.end
    foreign = found.canonical in _FOREIGN_BODIES or country_end is not None
    return _Issuer(found.start, end, article.text[found.start : end], foreign=foreign)


def _country_after(article: Article, end: int, bound: int) -> int | None:
    """Where a country other than Vietnam named right after a body ends ("Quốc hội Lào", "Chính phủ Nhật Bản")."""
    text = article.text
    start = end
    while start < bound and text[start] == " ":
        start += 1
    if start == end:
        return None
    window = min(bound, start + 40)
    country = next(iter(article.matches("country", start, window, cased=True)), None)
    if country is None or country.start != start or country.canonical == "VN":
        return None
    province = next(iter(article.matches("province", start, window, cased=True)), None)
    if province is not None and province.start == start and province.end >= country.end:
        return None  # "Lào Cai"
    return country.end


def _issuers_in(article: Article, start: int, end: int) -> list[_Issuer]:
    """The issuers named in a stretch: ours, and the foreign bodies the organisation table knows."""
    issuers = [_issuer(article, match, end) for match in _ISSUER.finditer(article.text, start, end)]
    for found in article.matches("organization", start, end):
        if found.canonical in _FOREIGN_BODIES:
            issuers.append(_known_body(article, found, end))
    return sorted(issuers, key=lambda issuer: issuer.start)


def _issuer(article: Article, match: regex.Match[str], bound: int) -> _Issuer:
    """The issuer a match of :data:`_ISSUER` names, as written, with the province or level word after it."""
    text = article.text
    group = match.lastgroup or ""
    index = int(group[1:])
    if group.startswith("n"):
        country_end = _country_after(article, match.end(), bound)
        end = country_end or _read_on(article, match.start(), match.end(), bound)
        return _Issuer(match.start(), end, text[match.start() : end], foreign=country_end is not None)
    _, codes, takes_level = data.LOCAL_BODIES[index]
    end = match.end()
    province = province_at(article, end, bound)
    if province is not None:
        end = province.end
    elif takes_level and (level_word := _LEVEL.match(text, end, min(bound, end + _REACH))) is not None:
        end = level_word.end()
    else:
        end = _read_on(article, match.start(), end, bound)
    return _Issuer(match.start(), end, text[match.start() : end], codes)


def _read_on(article: Article, start: int, end: int, bound: int) -> int:
    """Where the issuer known from ``start`` to ``end`` ends, read on to the longer name the chunker cuts ("Ban
    Thường vụ Hội LHPN tỉnh"), never past the subject or date that may follow it."""
    limit = min(bound, end + _REACH)
    stop = _BODY_STOP.search(article.text, end, limit)
    body = body_at(article, start, stop.start() if stop is not None else limit)
    return body.end if body is not None and body.start == start and body.end > end else end


def _with_prefix(article: Article, citation: _Citation, sentence_start: int, named: list[_Issuer]) -> _Citation:
    """Fill issuer and date from "Ngày 5/1/2022, Ban Bí thư đã ban hành Chỉ thị …", or from the body that
    issues documents of the symbol's agency code ("UBND tỉnh X … tại Quyết định số 12/QĐ-UBND"); ``named``
    are the issuers of the sentence."""
    if citation.issuer is not None or citation.anaphor:
        return citation
    issuers = [issuer for issuer in named if issuer.end <= citation.start]
    text = article.text
    if issuers and _ISSUING.fullmatch(text, issuers[-1].end, citation.start):
        issuer = issuers[-1]
        # The chair keeps the title, as after "của" ("của Chủ tịch UBND tỉnh").
        chair = _CHAIR_BEFORE.match(text, max(sentence_start, issuer.start - _CHAIR_REACH), issuer.start)
        name = issuer.name if chair is None else text[chair.start() : issuer.end]
        issued_on = citation.issued_on or _date_before(article, sentence_start, issuer.start)
        return attrs.evolve(citation, issuer=name, issued_on=issued_on, foreign=issuer.foreign)
    agency = set(citation.codes)
    for issuer in reversed(issuers):
        if issuer.codes & agency:
            return attrs.evolve(citation, issuer=issuer.name)
    return citation


def _date_before(article: Article, start: int, end: int) -> EDTF | None:
    dates = article.dates(start, end)
    if dates and _DATE_BEFORE_ISSUER.fullmatch(article.text, dates[-1].end, end):
        return dates[-1].value
    return None


def _same_agency(citation: _Citation, following: _Citation) -> bool:
    """Whether two coordinated citations may share the issuer written after the second: not where their symbols
    end in different agencies' codes ("Chỉ thị 04-CT/TW và Nghị định 12/2012/NĐ-CP của Chính phủ": the Party's
    Secretariat and the Government). A term's number is no part of the code ("QH14", "QH15")."""
    if not (citation.codes and following.codes):
        return True
    return citation.codes[-1].rstrip("0123456789") == following.codes[-1].rstrip("0123456789")


def _titled_document(text: str, citation: _Citation, sentence_start: int) -> bool:
    """Whether a quoted title names a document: a scheme or strategy, or a title with an issuer or "ban hành"."""
    if citation.kind in data.TITLED_KINDS or citation.issuer is not None:
        return True
    return _APPROVAL.search(text, sentence_start, citation.end) is not None


# ---------------------------------------------------------------- one object per document


def _resolve(citations: list[_Citation]) -> list[list[_Citation]]:
    """Group citations by document: full ones by symbol or title, then each short form with the one
    document it can stand for (a number with no full citation becomes its own document, unless tentative)."""
    groups: dict[object, list[_Citation]] = {}
    for citation in citations:
        if citation.full:
            groups.setdefault(_full_key(citation), []).append(citation)
    full = list(groups.values())
    for citation in citations:
        if citation.full or citation.anaphor or citation.number is None:
            continue
        fits = [group for group in full if _stands_for(citation, group)]
        if len(fits) == 1:
            fits[0].append(citation)
        elif not fits and not citation.tentative:
            groups.setdefault(("number", citation.kind, number_key(citation.number)), []).append(citation)
    for citation in citations:
        if citation.anaphor:
            fits = [group for group in groups.values() if _antecedent(citation, group)]
            if len(fits) == 1:
                fits[0].append(citation)
    ordered = [sorted(group, key=lambda c: c.start) for group in groups.values()]
    return sorted(ordered, key=lambda group: group[0].start)


def _full_key(citation: _Citation) -> object:
    if citation.symbol is not None:
        return ("symbol", symbol_key(citation.symbol))
    return ("title", citation.kind, fold_key(citation.title or ""))


def _stands_for(short: _Citation, group: list[_Citation]) -> bool:
    head = group[0]
    return (
        head.kind == short.kind
        and head.number is not None
        and short.number is not None
        and number_key(head.number) == number_key(short.number)
    )


def _antecedent(anaphor: _Citation, group: list[_Citation]) -> bool:
    return group[0].kind == anaphor.kind and group[0].start < anaphor.start and not group[0].anaphor


def _directive(article: Article, group: list[_Citation]) -> Directive:
    head = next((citation for citation in group if citation.full), group[0])
    issued_on = next((c.issued_on for c in group if c.issued_on is not None), None)
    if issued_on is None and head.symbol_year is not None:
        issued_on = EdtfDate(head.symbol_year)
    aliases: dict[str, str] = {}
    head_text = fold_key(article.text[head.start : head.end])
    for citation in group:
        written = article.text[citation.start : citation.end]
        if not citation.full and fold_key(written) != head_text:
            aliases.setdefault(fold_key(written), written)
    return Directive(
        kind=head.kind,
        number=head.number if head.number is not None else _first(c.number for c in group),
        symbol=head.symbol,
        issuer=_first(c.issuer for c in group),
        issued_on=issued_on,
        subject=_subject_of(article, group) or head.title,
        aliases=tuple(aliases.values()),
        mentions=tuple(article.mention(c.start, c.end) for c in group),
        sources=sources(*(c.rule for c in group)),
    )


def _subject_of(article: Article, group: list[_Citation]) -> str | None:
    """The subject a document is first cited with outside the headline, which shortens what the body writes whole."""
    body = (c.subject for c in group if article.segment_at(c.start) != "title")
    return _first(body) or _first(c.subject for c in group)


def _first(values: Iterable[_T | None]) -> _T | None:
    return next((value for value in values if value is not None), None)
