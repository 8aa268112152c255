"""The text layer: input normalisation, the comparison key, words, lines and sentences.

Every offset the library hands out indexes into the string that :func:`normalize`
returns, so normalisation happens once, before anything looks at the text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import overload

import attrs
import regex

__all__ = [
    "InputError",
    "Span",
    "Tokens",
    "Word",
    "as_tokens",
    "fold_key",
    "has_loose_mark",
    "inside_quotes",
    "is_abbreviation",
    "iter_lines",
    "iter_paragraphs",
    "key_set",
    "normalize",
    "split_sentences",
    "token_columns",
    "tokenize",
    "words",
]

# Combining marks of the five Vietnamese tones: grave, acute, tilde, hook above, dot below.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Characters a reader does not see; they only break matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Spaces that look like a space: non-breaking, narrow, figure, ideographic...
_SPACE_LIKE = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_LOOSE_MARK = regex.compile(r"\p{M}")
_WORD_SPLIT = regex.compile(f"({_WORD.pattern})")  # the text cut at its words, the words kept
# White space as the regex module's \s has it (the re module's \s also takes U+001C-U+001F); the two
# patterns folding every key are re's, several times faster than regex's on such simple classes.
_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WHITESPACE_RUN = re.compile(f"[{_SPACE}]+")
_UNUSUAL_SPACE = re.compile(f"[{_SPACE.replace(' ', '')}]|  ")  # anything _WHITESPACE_RUN would change
_DASH = re.compile("[-‐‑‒–—]")
_DASHES = re.compile(f"[{_SPACE}]*{_DASH.pattern}[{_SPACE}]*")
_NEWLINE = regex.compile(r"\n")
# Canonical reordering sorts a run of combining marks by insertion, so NFC is quadratic in the run.
# A longer run than any script writes (garbled or hostile input) gets a combining grapheme joiner
# (invisible, of combining class 0) after every 32 marks: no mark is reordered across it.
_MAX_MARK_RUN = 32
_JOINER = "\u034f"
_LONG_MARK_RUN = regex.compile(rf"[\p{{M}}--{_JOINER}]{{{_MAX_MARK_RUN + 1},}}+", regex.V1)
_MARK_CHUNK = regex.compile(rf"[\p{{M}}--{_JOINER}]{{{_MAX_MARK_RUN}}}(?=[\p{{M}}--{_JOINER}])", regex.V1)


class InputError(ValueError):
    """Raised when an input cannot be read as text (for example, invalid UTF-8)."""


@attrs.frozen
class Span:
    """A half-open range ``[start, end)`` of the normalised text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@attrs.frozen
class Word:
    """A run of letters and digits with its offsets and comparison key."""

    start: int
    end: int
    text: str
    key: str


class Tokens(Sequence[Word]):
    """Every word of a text, kept as four columns; a :class:`Word` is made when one is asked for.

    ``starts``, ``ends``, ``texts`` and ``keys`` hold, for the i-th word, what
    ``tokens[i]`` gives as a :class:`Word`. A reader that walks many words reads the
    columns: a long article has hundreds of thousands of words, and as columns of
    ints and strings they cost the garbage collector nothing, where as many objects
    would be walked at every full collection. A slice gives ``Tokens`` again, its
    columns sliced.
    """

    __slots__ = ("ends", "keys", "starts", "texts")

    def __init__(
        self, starts: tuple[int, ...], ends: tuple[int, ...], texts: tuple[str, ...], keys: tuple[str, ...]
    ) -> None:
        if not len(starts) == len(ends) == len(texts) == len(keys):
            lengths = f"{len(starts)} starts, {len(ends)} ends, {len(texts)} texts, {len(keys)} keys"
            raise ValueError(f"columns of unequal length: {lengths}")
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self.keys = keys

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> Tokens: ...

    def __getitem__(self, index: int | slice) -> Word | Tokens:
        if isinstance(index, slice):
            return Tokens(self.starts[index], self.ends[index], self.texts[index], self.keys[index])
        return Word(self.starts[index], self.ends[index], self.texts[index], self.keys[index])

    def __iter__(self) -> Iterator[Word]:
        return map(Word, self.starts, self.ends, self.texts, self.keys)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tokens):
            return NotImplemented
        return (self.starts, self.ends, self.texts, self.keys) == (other.starts, other.ends, other.texts, other.keys)

    __hash__ = None  # type: ignore[assignment]  # equal by value, as a list is: not a dict key

    def __repr__(self) -> str:
        shown = ", ".join(repr(text) for text in self.texts[:5])
        return f"Tokens({len(self)} words: {shown}{', ...' if len(self) > 5 else ''})"


def token_columns(text: str) -> Tokens:
    """Every word of ``text`` as :class:`Tokens`: the words :func:`words` gives, in columns.

    The offsets come from the lengths of the pieces the text is cut into, summed:
    no object is made per word.
    """
    pieces = _WORD_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    offsets = tuple(accumulate(map(len, pieces), initial=0))
    texts = tuple(pieces[1::2])
    return Tokens(offsets[1:-1:2], offsets[2::2], texts, tuple(map(_short_key, texts)))


def as_tokens(found: Iterable[Word]) -> Tokens:
    """Words as :class:`Tokens` columns; ``Tokens`` are returned as they are."""
    if isinstance(found, Tokens):
        return found
    listed = tuple(found)
    return Tokens(
        tuple(w.start for w in listed), tuple(w.end for w in listed),
        tuple(w.text for w in listed), tuple(w.key for w in listed),
    )


def normalize(raw: str | bytes) -> str:
    """Return the canonical form of an input: NFC, LF line ends, plain spaces.

    Bytes are decoded as UTF-8 (a byte-order mark is dropped); invalid bytes raise
    :class:`InputError` naming the offset of the first bad byte. Non-breaking and
    other space-like characters become ordinary spaces, and zero-width characters
    and soft hyphens are removed: none of this changes what a reader sees.
    """
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                f"input is not valid UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}"
            ) from None
    elif not isinstance(raw, str):
        raise TypeError(f"expected str or bytes, got {type(raw).__name__}")
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE)
    text = _SPACE_LIKE.sub(" ", text)
    return _nfc(text)


def _nfc(text: str) -> str:
    """NFC in time linear in the text (see ``_MAX_MARK_RUN``)."""
    if _LONG_MARK_RUN.search(text) is not None:
        text = _LONG_MARK_RUN.sub(lambda run: _MARK_CHUNK.sub(rf"\g<0>{_JOINER}", run.group()), text)
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=1 << 16)
def _syllable_key(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(sorted(c for c in decomposed if c in _TONE_MARKS))
    base = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base) + tones


def fold_key(text: str) -> str:
    """The comparison key used by every look-up.

    It ignores case, runs of white space, spacing around dashes and where the tone
    mark sits in a syllable, so "Thanh Hoá" and "thanh  hóa", or "Uỷ ban" and
    "Ủy ban", have the same key. It keeps the tone itself: "Hà" and "Hạ" differ.
    """
    # Words and short names recur in news: their keys come from a cache; a line is folded afresh.
    return _short_key(text) if len(text) <= _CACHED_LENGTH else _fold(text)


_CACHED_LENGTH = 40


def key_set(words: Iterable[str]) -> frozenset[str]:
    """The fold keys of a list of cue words, for membership tests against a token's key."""
    return frozenset(fold_key(word) for word in words)


def _fold(text: str) -> str:
    # Spaces and dashes first, then each space-free chunk on its own: NFC, case and the order of
    # tone marks never reach across a space, and a chunk's key comes from a cache.
    text = text.strip()
    if _DASH.search(text):
        text = _DASHES.sub("-", text)
    if _UNUSUAL_SPACE.search(text):  # most lines have single blanks only: nothing to replace
        text = _WHITESPACE_RUN.sub(" ", text)
    return " ".join(map(_chunk_key, text.split(" ")))


@functools.lru_cache(maxsize=1 << 16)
def _chunk_key(chunk: str) -> str:
    chunk = unicodedata.normalize("NFC", chunk).casefold().replace("ð", "đ")
    folded: str = _WORD.sub(lambda m: _syllable_key(m.group()), chunk)
    return folded


_short_key = functools.lru_cache(maxsize=1 << 16)(_fold)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Word]:
    """The whole words lying within ``text[start:end]``, lazily, with offsets into ``text``.

    A word cut by either bound is left out. The cost is linear in the stretch:
    an article is tokenised once by :class:`vnfriendship.Article`'s analysis, and
    extractors ask that, not this.
    """
    stop = len(text) if end is None else min(end, len(text))
    for match in _WORD.finditer(text, start, stop):
        if match.start() == start and start > 0 and _WORD.match(text, start - 1, start):
            continue
        if match.end() == stop and stop < len(text) and _WORD.match(text, stop, stop + 1):
            continue
        yield Word(match.start(), match.end(), match.group(), _short_key(match.group()))


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The whole words lying within ``text[start:end]``, with offsets into ``text``."""
    if start == 0 and (end is None or end >= len(text)):  # the whole text: no word is cut by a bound
        return [Word(m.start(), m.end(), word, _short_key(word)) for m in _WORD.finditer(text) for word in (m.group(),)]
    return list(tokenize(text, start, end))


def iter_lines(text: str) -> Iterator[Span]:
    """Each line of ``text`` without its newline, blank lines included."""
    start = 0
    for match in _NEWLINE.finditer(text):
        yield Span(start, match.start())
        start = match.end()
    yield Span(start, len(text))


def iter_paragraphs(text: str) -> Iterator[Span]:
    """Each non-blank line, trimmed of surrounding white space.

    Saved news pages put one paragraph on a line, so a paragraph is a line here.
    """
    for line in iter_lines(text):
        chunk = text[line.start : line.end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            yield Span(line.start + lead, line.start + lead + len(stripped))


# Abbreviations after which a full stop does not end a sentence (compared by fold_key); the last
# ones close the names of foreign companies and people ("Thriive, Inc. (Hoa Kỳ)", "John Smith Jr.").
ABBREVIATIONS = frozenset(
    fold_key(a)
    for a in (
        "TP", "Tp", "T.Ư", "TƯ", "TW", "TS", "PGS", "GS", "ThS", "TSKH", "BS", "BSCKI", "BSCKII", "KS", "CN", "Q", "P",
        "TT", "H", "X", "St", "Mr", "Mrs", "Ms", "Dr", "Th", "NXB", "Tr", "tr", "ĐT", "ng", "v.v", "TX",
        "Inc", "Ltd", "Corp", "Jr",
    )
)
# A run of end marks and the closing quotes after it, then white space; read from the run's start only,
# each run once. Full stops and ellipses before a lower-case word end no sentence ("ông. bà", "các hội...
# thực hiện"), so the pattern leaves them out rather than hand each to a Python test.
_SENTENCE_END = regex.compile(
    r"""\n
    | (?:\G|(?<![.!?…]))(?:                # where the search starts, or a run's first mark
      [.…]++(?=\s|$)(?!\ \p{Ll})           # full stops and ellipses, not before a lower-case word
    | [.!?…]++[\"”’)\]]++(?=\s|$)          # any marks closed by a quote or bracket
    | [.…]*+[!?][.!?…]*+(?=\s|$)            # marks with "!" or "?"
    )""",
    regex.VERBOSE,
)


_NUMBER_MARKS = frozenset({"No", "Nr", "Vol", "Art", "Sec"})
# How far before a full stop its word ("TP", "PGS.TS", "T.Ư") is looked for: far longer than any
# abbreviation, and bounded, so that a long sentence is not read again at each full stop in it.
_LOOKBACK = 64


_ELLIPSIS = frozenset(".…")
# Initials: a Latin capital, or capitals joined by dots ("F", "U.S"), as read before a full stop.
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
# The letters and dots just before a full stop, read backwards from it ("TP", "PGS.TS", "T.Ư").
_WORD_BEFORE_STOP = regex.compile(r"(?r)[\p{L}.]+")


def _ends_sentence(text: str, match: regex.Match[str], start: int) -> bool:
    mark = match.group()
    if mark == "\n":
        return True
    if mark != ".":
        # An ellipsis before a lower-case word goes on listing ("các quỹ, hội... thực hiện"); "!" and "?" end.
        return not (set(mark) <= _ELLIPSIS and _lower_case_follows(text, match.end()))
    if _lower_case_follows(text, match.end()):
        return False  # a full stop before a lower-case word ends no sentence, whatever stands before it
    end = match.start()
    before = _WORD_BEFORE_STOP.match(text, max(start, end - _LOOKBACK), end)
    if before is not None:
        token = before.group()
        if is_abbreviation(token):
            return False
        # English number marks before a number ("Directive No. 12"); case matters: "ăn no." ends.
        if token in _NUMBER_MARKS and text[match.end() : match.end() + 2][1:2].isdigit():
            return False
        # A single Latin capital is an initial ("John F. Kennedy"), and so are capitals joined by dots ("U.S.
        # Department of State"); "châu Á." and "Ý." end sentences.
        if _INITIALS.fullmatch(token):
            return False
    return True  # "1.200" never reaches here (no space after the dot)


def _lower_case_follows(text: str, offset: int) -> bool:
    return text[offset : offset + 1] == " " and text[offset + 1 : offset + 2].islower()


def has_loose_mark(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a combining mark is left in ``text[start:end]`` (NFC composed it with nothing): a date or a citation
    may open right after one, inside a token, so a reader that tries only the starts of tokens must search the
    stretch whole there."""
    return _LOOSE_MARK.search(text, start, len(text) if end is None else end) is not None


def inside_quotes(text: str, start: int, position: int) -> bool:
    """Whether ``position`` lies inside a quotation opened after ``start`` and not yet closed: a word there belongs to
    a quoted title ('dự án "Phụ nữ làm chủ sinh kế"'), not to the sentence around it."""
    before = text[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


@functools.lru_cache(maxsize=1 << 12)
def is_abbreviation(token: str) -> bool:
    """True for a word after which a full stop does not end a sentence ("TP", "PGS.TS", "T.Ư", "Inc")."""
    return fold_key(token.rstrip(".")) in ABBREVIATIONS or fold_key(token.split(".")[-1]) in ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]``, trimmed, as spans into ``text``.

    A line break always ends a sentence. A full stop does not end one after a
    Vietnamese abbreviation ("TP.", "T.Ư.", "TS.", "PGS.TS."), after an initial,
    inside a number ("1.200", "5/1/2022", "2,5") or before a lower-case word.
    """
    stop = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        if not _ends_sentence(text, match, cursor):
            continue
        _append_trimmed(text, spans, cursor, match.end() if match.group() != "\n" else match.start())
        cursor = match.end()
    _append_trimmed(text, spans, cursor, stop)
    return spans


def _append_trimmed(text: str, spans: list[Span], start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append(Span(start + lead, start + lead + len(stripped)))
