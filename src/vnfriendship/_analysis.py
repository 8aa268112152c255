"""The analysis of one article, shared by every extractor (as spaCy's ``Doc`` is).

The text is tokenised once and split into sentences and clauses once; each layer
of typed spans (gazetteer names of every table, numbers, money, dates, stamps)
is found in one pass over the article when it is first asked for, then cached.
Extractors only query it: :meth:`Analysis.words` and :meth:`Analysis.spans_in`
cost a binary search and a slice, however often they are called.

Layers cover every sentence of every segment, in scope or not, so that a question
about any stretch of the page has an answer; an extractor that keeps to the article
reads :attr:`vnfriendship.Article.sentences`. Numbers, money and dates are read
sentence by sentence, each sentence when a question first reaches it: the menus,
teasers and related links that make up much of some pages are then never read for
them unless someone asks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar, cast

import attrs

from ._dates import DateMatch, StampMatch, date_openings, find_dates, find_stamps, opens_date
from ._gazetteer import Gazetteer, GazetteerMatch
from ._model import Segment
from ._money import MoneyMatch, may_state_money, money_of_numbers
from ._numbers import NumberMatch, numbers_both_ways
from ._text import Tokens, split_sentences, token_columns

__all__ = ["BUILTIN_KINDS", "Analysis", "Annotation"]

#: The kinds of span :meth:`Analysis.spans` knows besides the gazetteer's tables.
BUILTIN_KINDS: tuple[str, ...] = ("number", "money", "date", "stamp", "sentence", "clause", "line", "body")

# A clause ends at a comma, semicolon or colon that is not inside a number ("1,5").
# re, not regex: several times faster on a pattern this simple (\d is the same Unicode class in both).
_CLAUSE_END = re.compile(r"[;:]|,(?!\d)")

_S = TypeVar("_S")
_T = TypeVar("_T")


class _Spanned(Protocol):
    """What a layer read by sentence holds: anything with offsets (numbers, money, dates)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_P = TypeVar("_P", bound=_Spanned)


@attrs.frozen
class Annotation:
    """A typed span of the text, the generic form of every layer (see :meth:`Analysis.spans`).

    ``value`` is what the span stands for: a gazetteer table's canonical name, a
    number's :class:`~decimal.Decimal`, or the parser's whole match object for
    money, dates and stamps (``None`` for sentences, clauses and lines).
    """

    kind: str
    start: int
    end: int
    text: str
    value: object = None


_BY_SPAN = operator.attrgetter("start", "end")
_BY_TUPLE = operator.itemgetter(0, 1)
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)

#: A gazetteer name as the scan finds it: ``(start, end, canonical)``.
NameSpan = tuple[int, int, str]


def _name_offsets(name: NameSpan) -> tuple[int, int]:
    return name[0], name[1]


class _Layer(Generic[_S]):
    """Items sorted by offsets, with the index that makes range queries a bisect.

    ``span`` gives an item's ``(start, end)``: attributes for match objects, the first two
    fields for the tuples a gazetteer table is kept as (a tuple of strings and ints is
    not walked by the garbage collector; an object per name, tens of thousands in a long
    article, would be at every full collection).
    """

    __slots__ = ("_ends", "_starts", "_unordered", "items")

    def __init__(self, items: Sequence[_S], span: Callable[[_S], tuple[int, int]] = _BY_SPAN) -> None:
        # A long article's table holds hundreds of thousands of names: tuples are checked and read
        # with functions of operator, with no Python step and no key object per item; the scan
        # gives them in order, so most are not sorted again.
        if span is _BY_TUPLE:
            names = cast(Sequence[NameSpan], items)
            in_order = all(map(operator.le, names, names[1:]))
            ordered = tuple(names if in_order else sorted(names, key=_name_offsets))
            self.items: tuple[_S, ...] = cast(tuple[_S, ...], ordered)
            self._starts: tuple[int, ...] = tuple(map(_FIRST, ordered))
            self._ends: tuple[int, ...] = tuple(map(_SECOND, ordered))
        else:
            self.items = tuple(sorted(items, key=span))
            offsets = [span(item) for item in self.items]
            self._starts = tuple(start for start, _ in offsets)
            self._ends = tuple(end for _, end in offsets)
        # In most layers (a table's names, sentences) no span is empty or holds a later one: the
        # ends are in order too, and a query is two bisects and a slice.
        self._unordered = any(map(operator.ge, self._starts, self._ends)) or any(
            map(operator.lt, self._ends[1:], self._ends)
        )

    def within(self, start: int, end: int) -> list[_S]:
        """The items lying wholly inside ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        if not self._unordered:
            return list(self.items[first : bisect.bisect_right(self._ends, end, first)])
        last = bisect.bisect_left(self._starts, end)
        return [item for item, stop in zip(self.items[first:last], self._ends[first:last], strict=True) if stop <= end]


class Analysis:
    """Tokens, sentences, clauses and typed spans of one normalised text, computed once.

    Build it with the article's text, segments and gazetteer; every layer is
    computed on first use. It is safe to share between threads.
    """

    def __init__(
        self,
        text: str,
        segments: Sequence[Segment],
        gazetteer: Gazetteer,
        reference_date: dt.date | None = None,
    ) -> None:
        self.text = text
        self.segments = tuple(segments) or (Segment("body", 0, len(text)),)
        self.gazetteer = gazetteer
        self.reference_date = reference_date
        self._layers: dict[tuple[str, bool], _Layer[Any]] = {}
        self._memos: dict[str, object] = {}
        self._lock = threading.RLock()
        self._tokens: Tokens | None = None
        self._sentence_layers: dict[str, _BySentence[Any]] = {}

    # ------------------------------------------------------------ tokens

    @property
    def tokens(self) -> Tokens:
        """Every word of the text (letters, marks and digits), with offsets and fold keys, as columns."""
        if self._tokens is None:
            with self._lock:
                if self._tokens is None:
                    self._tokens = token_columns(self.text)
        return self._tokens

    def words(self, start: int = 0, end: int | None = None) -> Tokens:
        """The whole words lying within ``text[start:end]``, as :class:`Tokens` columns."""
        first, stop = _token_range(self.tokens, start, len(self.text) if end is None else end)
        return self.tokens[first:stop]

    def token_index(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.tokens.starts, offset)

    # ------------------------------------------------------------ structure

    @property
    def sentences(self) -> tuple[Annotation, ...]:
        """Every sentence of every segment (its kind in ``value``), in order."""
        return self._layer("sentence", False, self._find_sentences).items

    @property
    def clauses(self) -> tuple[Annotation, ...]:
        """Every clause: a sentence cut at ``,``, ``;`` and ``:`` outside numbers."""
        return self._layer("clause", False, self._find_clauses).items

    @property
    def lines(self) -> tuple[Annotation, ...]:
        """Every non-blank line, trimmed."""
        return self._layer("line", False, self._find_lines).items

    # ------------------------------------------------------------ typed spans

    def spans(self, kind: str, *, cased: bool = False) -> tuple[Annotation, ...]:
        """Every span of a kind, in order, as :class:`Annotation`.

        ``kind`` is a gazetteer table ("province", "country", "title", "organization",
        a plugin's own...) or one of :data:`BUILTIN_KINDS`. ``cased`` (tables only)
        asks for names whose capitals are written as the table writes them.
        Raises ``KeyError`` naming the known kinds for anything else.
        """
        return tuple(self._annotations(kind, cased))

    def spans_in(self, kind: str, start: int, end: int, *, cased: bool = False) -> list[Annotation]:
        """The spans of a kind lying wholly inside ``[start, end)``."""
        return self._annotation_layer(kind, cased).within(start, end)

    def matches(
        self, table: str, start: int = 0, end: int | None = None, *, cased: bool = False
    ) -> list[GazetteerMatch]:
        """The gazetteer's leftmost-longest names of ``table`` inside ``[start, end)``.

        The same matches :meth:`Gazetteer.find` gives for each sentence, found once.
        """
        text = self.text
        return [
            GazetteerMatch(table, s, e, text[s:e], canonical)
            for s, e, canonical in self.name_spans(table, start, end, cased=cased)
        ]

    def name_spans(self, table: str, start: int = 0, end: int | None = None, *, cased: bool = False) -> list[NameSpan]:
        """What :meth:`matches` finds, as ``(start, end, canonical)`` tuples.

        No object is made per name: for a caller that reads a table over a long stretch
        only for its offsets.
        """
        layer: _Layer[NameSpan] | None = self._layers.get((table, cased))  # asked for many times
        if layer is None:
            layer = self._layer(table, cased, lambda: self._find_names(table, cased), _BY_TUPLE)
        return layer.within(start, len(self.text) if end is None else end)

    def numbers(self, start: int = 0, end: int | None = None) -> list[NumberMatch]:
        """The numbers inside ``[start, end)`` (see :func:`vnfriendship._numbers.find_numbers`)."""
        layer: _BySentence[NumberMatch] = self._sentence_layers.get("number") or self._by_sentence(
            "number", lambda: self._number_reader().numbers
        )
        return layer.within(start, len(self.text) if end is None else end)

    def money(self, start: int = 0, end: int | None = None) -> list[MoneyMatch]:
        """The sums of money inside ``[start, end)``."""
        layer: _BySentence[MoneyMatch] = self._sentence_layers.get("money") or self._by_sentence(
            "money", lambda: self._number_reader().money
        )
        return layer.within(start, len(self.text) if end is None else end)

    def dates(self, start: int = 0, end: int | None = None) -> list[DateMatch]:
        """The dates and periods inside ``[start, end)``, years inferred from the reference date."""
        layer: _BySentence[DateMatch] = self._sentence_layers.get("date") or self._by_sentence(
            "date",
            lambda: functools.partial(
                _sentence_dates,
                self.text,
                self.sentences,
                self.tokens,
                tuple(map(opens_date, self.tokens.texts)),  # one cached test per word of the article
                self.reference_date,
            ),
        )
        return layer.within(start, len(self.text) if end is None else end)

    def stamps(self, start: int = 0, end: int | None = None) -> list[StampMatch]:
        """The publication stamps inside ``[start, end)``."""
        reference = self.reference_date

        def find(text: str, first: int, last: int) -> list[StampMatch]:
            return find_stamps(text, first, last, reference=reference)

        layer: _Layer[StampMatch] = self._layer("stamp", False, lambda: self._per_line(find))
        return layer.within(start, len(self.text) if end is None else end)

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """What ``compute`` makes of this analysis, computed once and kept with it.

        For modules that derive their own index from the layers (the body-name
        chunker does): the result lives and dies with the article, never in a
        module-level cache that would keep past articles alive.
        """
        if key not in self._memos:
            with self._lock:
                if key not in self._memos:
                    self._memos[key] = compute()
        return cast(_T, self._memos[key])

    # ------------------------------------------------------------ internals

    def _layer(
        self,
        kind: str,
        cased: bool,
        compute: Callable[[], Sequence[Any]],
        span: Callable[[Any], tuple[int, int]] = _BY_SPAN,
    ) -> _Layer[Any]:
        key = (kind, cased)
        layer = self._layers.get(key)
        if layer is None:
            with self._lock:
                layer = self._layers.get(key)
                if layer is None:
                    layer = self._layers[key] = _Layer(compute(), span)
        return layer

    def _annotation_layer(self, kind: str, cased: bool) -> _Layer[Annotation]:
        return self._layer(f"annotation:{kind}", cased, lambda: self._as_annotations(kind, cased))

    def _annotations(self, kind: str, cased: bool) -> tuple[Annotation, ...]:
        return self._annotation_layer(kind, cased).items

    def _as_annotations(self, kind: str, cased: bool) -> list[Annotation]:
        text = self.text
        if kind in ("sentence", "clause", "line"):
            return list(self.sentences if kind == "sentence" else self.clauses if kind == "clause" else self.lines)
        if kind == "number":
            return [Annotation(kind, m.start, m.end, m.text, m.value) for m in self.numbers()]
        if kind in ("money", "date", "stamp"):
            found: Sequence[MoneyMatch | DateMatch | StampMatch] = (
                self.money() if kind == "money" else self.dates() if kind == "date" else self.stamps()
            )
            return [Annotation(kind, m.start, m.end, m.text, m) for m in found]
        if kind == "body":
            from ._bodies import find_bodies  # the chunker reads this analysis: imported late, no cycle

            return find_bodies(self)
        if kind in self.gazetteer:
            names = self.name_spans(kind, cased=cased)
            return [Annotation(kind, s, e, text[s:e], canonical) for s, e, canonical in names]
        known = ", ".join(sorted({*BUILTIN_KINDS, *self.gazetteer.tables()}))
        raise KeyError(f"unknown kind of span {kind!r}; known kinds: {known}")

    def _find_sentences(self) -> list[Annotation]:
        text = self.text
        return [
            Annotation("sentence", span.start, span.end, text[span.start : span.end], segment.kind)
            for segment in self.segments
            for span in split_sentences(text, segment.start, segment.end)
        ]

    def _find_clauses(self) -> list[Annotation]:
        text, found = self.text, []
        for sentence in self.sentences:
            cursor = sentence.start
            for match in _CLAUSE_END.finditer(text, sentence.start, sentence.end):
                found.extend(_trimmed(text, cursor, match.start(), "clause"))
                cursor = match.end()
            found.extend(_trimmed(text, cursor, sentence.end, "clause"))
        return found

    def _find_lines(self) -> list[Annotation]:
        text, found, cursor = self.text, [], 0
        for line in text.split("\n"):
            found.extend(_trimmed(text, cursor, cursor + len(line), "line"))
            cursor += len(line) + 1
        return found

    def _find_names(self, table: str, cased: bool) -> tuple[NameSpan, ...]:
        # One pass finds the names of every table, with and without capitals asked for.
        return self.memo("names", self._scan_names)[cased].get(table, ())

    def _scan_names(self) -> tuple[dict[str, tuple[NameSpan, ...]], dict[str, tuple[NameSpan, ...]]]:
        ranges = [_token_range(self.tokens, s.start, s.end) for s in self.sentences]
        uncased, cased = self.gazetteer.scan_spans(self.text, self.tokens, ranges)
        # Kept as tuples: a tuple of untracked items leaves the collector's watch, a list never does. A table
        # written all in lower case has one list for both: it keeps one tuple.
        kept = {table: tuple(names) for table, names in uncased.items()}
        return kept, {table: kept[table] if names is uncased[table] else tuple(names) for table, names in cased.items()}

    def _by_sentence(self, kind: str, reader: Callable[[], Callable[[int], Sequence[_P]]]) -> _BySentence[_P]:
        with self._lock:
            layer = self._sentence_layers.get(kind)
            if layer is None:
                layer = self._sentence_layers[kind] = _BySentence(self.sentences, reader(), self._lock)
        return layer

    def _number_reader(self) -> _NumberReader:
        return self.memo("numbers and money", lambda: _NumberReader(self.text, self.sentences, self.tokens))

    def _per_line(self, find: Callable[[str, int, int], Sequence[_S]]) -> list[_S]:
        return [item for line in self.lines for item in find(self.text, line.start, line.end)]


# The readers of layers read by sentence hold the text and the sentences, never the analysis: a
# layer kept by the analysis that referred back to it would make a cycle (see Analysis.memo).


def _token_range(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The indices ``[first, stop)`` of the whole words lying within ``[start, end)``."""
    return bisect.bisect_left(tokens.starts, start), bisect.bisect_right(tokens.ends, end)


def _sentence_dates(
    text: str,
    sentences: Sequence[Annotation],
    tokens: Tokens,
    opens: Sequence[bool],
    reference: dt.date | None,
    i: int,
) -> list[DateMatch]:
    sentence = sentences[i]
    first, stop = _token_range(tokens, sentence.start, sentence.end)
    # Only where a word may open a date: ``opens`` tells, for every token of the article.
    openings = date_openings(text, tokens.starts[first:stop], opens[first:stop], sentence.start, sentence.end)
    return find_dates(text, sentence.start, sentence.end, reference=reference, openings=openings)


class _NumberReader:
    """The numbers and sums of each sentence: sums are read from the numbers with date pairs kept,
    so one reading of a sentence gives both; a sentence that names no currency is not read for sums."""

    def __init__(self, text: str, sentences: Sequence[Annotation], tokens: Tokens) -> None:
        self.text = text
        self.sentences = sentences
        self.tokens = tokens
        self._readings: dict[int, tuple[list[NumberMatch], list[MoneyMatch]]] = {}

    def numbers(self, i: int) -> list[NumberMatch]:
        return self._reading(i)[0]

    def money(self, i: int) -> list[MoneyMatch]:
        if i not in self._readings:
            sentence = self.sentences[i]
            first, stop = _token_range(self.tokens, sentence.start, sentence.end)
            if not may_state_money(self.text, sentence.start, sentence.end, self.tokens.keys[first:stop]):
                return []
        return self._reading(i)[1]

    def _reading(self, i: int) -> tuple[list[NumberMatch], list[MoneyMatch]]:
        reading = self._readings.get(i)
        if reading is None:
            sentence = self.sentences[i]
            without_pairs, with_pairs = numbers_both_ways(self.text, sentence.start, sentence.end)
            money = money_of_numbers(self.text, with_pairs, sentence.start, sentence.end)
            reading = self._readings[i] = (without_pairs, money)
        return reading


class _BySentence(Generic[_P]):
    """A layer read sentence by sentence, each sentence when a query first reaches it.

    ``read(i)`` gives the items of sentence ``i``, each lying inside it. A query
    reads only the sentences it overlaps, so a layer asked about the sentences in
    scope never reads the rest of the page. Filling is guarded by the analysis' lock.
    """

    __slots__ = ("_ends", "_found", "_lock", "_read", "_starts")

    def __init__(
        self, sentences: Sequence[Annotation], read: Callable[[int], Sequence[_P]], lock: threading.RLock
    ) -> None:
        self._starts = tuple(sentence.start for sentence in sentences)
        self._ends = tuple(sentence.end for sentence in sentences)
        self._read = read
        self._lock = lock
        self._found: list[tuple[_P, ...] | None] = [None] * len(sentences)

    @property
    def items(self) -> tuple[_P, ...]:
        """Every item of the layer, in order: every sentence is read."""
        return tuple(item for i in range(len(self._found)) for item in self._sentence(i))

    def read_sentences(self) -> list[int]:
        """The indexes of the sentences read so far."""
        return [i for i, found in enumerate(self._found) if found is not None]

    def within(self, start: int, end: int) -> list[_P]:
        """The items lying wholly inside ``[start, end)``, read from the sentences it overlaps."""
        first = bisect.bisect_right(self._ends, start)  # the first sentence that ends after ``start``
        last = bisect.bisect_left(self._starts, end, first)  # past the last that starts before ``end``
        found: list[_P] = []
        for i in range(first, last):
            items = self._sentence(i)
            if start <= self._starts[i] and self._ends[i] <= end:
                found += items  # the whole sentence lies inside: every item does
            else:
                found += [item for item in items if start <= item.start and item.end <= end]
        return found

    def _sentence(self, i: int) -> tuple[_P, ...]:
        found = self._found[i]
        if found is None:
            with self._lock:
                found = self._found[i]
                if found is None:
                    found = self._found[i] = tuple(sorted(self._read(i), key=_BY_SPAN))
        return found


def _trimmed(text: str, start: int, end: int, kind: str) -> list[Annotation]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return []
    lead = start + len(chunk) - len(chunk.lstrip())
    return [Annotation(kind, lead, lead + len(stripped), stripped)]
