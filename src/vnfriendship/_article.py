"""What an extractor plugin reads: the normalised text, its segments and sentences, and helpers."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ._gazetteer import Gazetteer
from ._model import ArticleMeta, Mention, Segment, SegmentKind
from ._text import split_sentences

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
    """One article as the extractors see it.

    ``sentences`` holds only the sentences in scope: the article itself, plus
    teasers (``related``) when the caller asked for them. Extractors should
    read those, and make mentions with :meth:`mention`.
    """

    text: str
    source: str | None
    segments: tuple[Segment, ...]
    meta: ArticleMeta
    gazetteer: Gazetteer = attrs.field(eq=False)
    reference_date: dt.date | None
    include_related: bool
    sentences: tuple[Sentence, ...]
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
    """Split the in-scope segments into sentences and bundle everything an extractor needs."""
    scope = (*ARTICLE_KINDS, "related") if include_related else ARTICLE_KINDS
    sentences = tuple(
        Sentence(span.start, span.end, text[span.start : span.end], segment.kind)
        for segment in segments
        if segment.kind in scope
        for span in split_sentences(text, segment.start, segment.end)
    )
    return Article(text, source, segments, meta, gazetteer, reference_date, include_related, sentences)
