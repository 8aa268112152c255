"""What an extractor plugin reads: the normalised text, its segments, and its shared analysis.

An :class:`Article` is to extractors what spaCy's ``Doc`` is to pipeline
components: the text is analysed once (tokens, sentences, clauses, gazetteer
names, numbers, money, dates, places) and every extractor queries the same
layers instead of scanning the text again.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools

import attrs

from ._analysis import Analysis, Annotation
from ._dates import DateMatch, StampMatch
from ._gazetteer import Gazetteer, GazetteerMatch
from ._model import ArticleMeta, Mention, Segment, SegmentKind
from ._money import MoneyMatch
from ._numbers import NumberMatch
from ._places import Places
from ._text import Tokens

__all__ = ["ARTICLE_KINDS", "Article", "Sentence", "build_article"]

#: The segments whose facts an extraction keeps by default.
ARTICLE_KINDS: tuple[SegmentKind, ...] = ("title", "lede", "body", "caption")


@attrs.frozen
class Sentence:
    """A sentence of the article with its offsets and the kind of segment it lies in."""

    start: int
    end: int
    text: str
    segment: SegmentKind


@attrs.frozen
class Article:
    """One article as the extractors see it, with its analysis.

    ``sentences`` holds only the sentences in scope: the article itself, plus
    teasers (``related``) when the caller asked for them. Extractors read those,
    query the analysis (:attr:`tokens`, :meth:`words`, :meth:`spans`,
    :meth:`matches`, :meth:`numbers`, :meth:`money`, :meth:`dates`,
    :attr:`places`) and make mentions with :meth:`mention`.

    >>> from vnfriendship import Pipeline
    >>> article = Pipeline().article("Ngày 4/6, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An họp.")
    >>> [span.value for span in article.spans("province")]
    ['Nghệ An']
    >>> [word.text for word in article.words(0, 8)]
    ['Ngày', '4', '6']
    """

    text: str
    source: str | None
    segments: tuple[Segment, ...]
    meta: ArticleMeta
    gazetteer: Gazetteer = attrs.field(eq=False)
    reference_date: dt.date | None
    include_related: bool
    sentences: tuple[Sentence, ...]
    analysis: Analysis = attrs.field(eq=False, repr=False)
    _segment_starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_segment_starts", tuple(s.start for s in self.segments))

    @property
    def scope(self) -> tuple[SegmentKind, ...]:
        """The segment kinds whose facts are kept."""
        return (*ARTICLE_KINDS, "related") if self.include_related else ARTICLE_KINDS

    def segment_at(self, offset: int) -> SegmentKind:
        """The kind of segment that holds ``offset`` (``body`` where no segment does)."""
        index = bisect.bisect_right(self._segment_starts, offset) - 1
        if index >= 0 and offset < self.segments[index].end:
            return self.segments[index].kind
        return "body"

    def mention(self, start: int, end: int) -> Mention:
        """A mention of ``text[start:end]``, tagged with its segment's kind."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"mention {start}..{end} lies outside the text (length {len(self.text)})")
        return Mention(start, end, self.text[start:end], self.segment_at(start))

    # ------------------------------------------------------------ the analysis

    @property
    def tokens(self) -> Tokens:
        """Every word of the text, with offsets and fold keys (tokenised once), as :class:`Tokens` columns."""
        return self.analysis.tokens

    def words(self, start: int = 0, end: int | None = None) -> Tokens:
        """The whole words lying within ``text[start:end]``, as :class:`Tokens` columns (``.keys``, ``.starts``...)."""
        return self.analysis.words(start, end)

    @property
    def clauses(self) -> tuple[Annotation, ...]:
        """Every clause of every sentence (cut at ``,``, ``;``, ``:`` outside numbers)."""
        return self.analysis.clauses

    def spans(self, kind: str, *, cased: bool = False) -> tuple[Annotation, ...]:
        """Every span of one kind: a gazetteer table, "number", "money", "date", "stamp", "sentence", "clause"..."""
        return self.analysis.spans(kind, cased=cased)

    def spans_in(self, kind: str, start: int, end: int, *, cased: bool = False) -> list[Annotation]:
        """The spans of one kind lying wholly inside ``[start, end)``."""
        return self.analysis.spans_in(kind, start, end, cased=cased)

    def matches(
        self, table: str, start: int = 0, end: int | None = None, *, cased: bool = False
    ) -> list[GazetteerMatch]:
        """The gazetteer's names of ``table`` inside ``[start, end)`` (found once per article)."""
        return self.analysis.matches(table, start, end, cased=cased)

    def name_spans(
        self, table: str, start: int = 0, end: int | None = None, *, cased: bool = False
    ) -> list[tuple[int, int, str]]:
        """What :meth:`matches` finds, as ``(start, end, canonical)``, with no object made per name."""
        return self.analysis.name_spans(table, start, end, cased=cased)

    def numbers(self, start: int = 0, end: int | None = None) -> list[NumberMatch]:
        """The numbers inside ``[start, end)``."""
        return self.analysis.numbers(start, end)

    def money(self, start: int = 0, end: int | None = None) -> list[MoneyMatch]:
        """The sums of money inside ``[start, end)``."""
        return self.analysis.money(start, end)

    def dates(self, start: int = 0, end: int | None = None) -> list[DateMatch]:
        """The dates inside ``[start, end)``; a date without a year takes it from :attr:`reference_date`."""
        return self.analysis.dates(start, end)

    def stamps(self, start: int = 0, end: int | None = None) -> list[StampMatch]:
        """The publication stamps inside ``[start, end)``."""
        return self.analysis.stamps(start, end)

    @functools.cached_property
    def places(self) -> Places:
        """The provinces the article names, and the province a bare "tỉnh" stands for."""
        return Places(self)


def build_article(
    text: str,
    *,
    source: str | None,
    segments: tuple[Segment, ...],
    meta: ArticleMeta,
    gazetteer: Gazetteer,
    reference_date: dt.date | None,
    include_related: bool,
) -> Article:
    """Analyse a segmented text and bundle everything an extractor needs."""
    analysis = Analysis(text, segments, gazetteer, reference_date)
    scope = (*ARTICLE_KINDS, "related") if include_related else ARTICLE_KINDS
    sentences = tuple(
        Sentence(span.start, span.end, span.text, span.value)
        for span in analysis.sentences
        if span.value in scope
    )
    return Article(text, source, segments, meta, gazetteer, reference_date, include_related, sentences, analysis)
