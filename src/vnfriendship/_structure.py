"""The built-in segmenter and metadata reader, as a plugin that runs after any outlet-specific one.

An outlet whose pages are laid out differently can ship its own plugin with a
``vnfriendship_segment`` hook: the first segmenter that answers wins, and these
hooks are marked ``trylast`` so that every other one is asked first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ._gazetteer import Gazetteer
from ._hookspecs import hookimpl
from ._metadata import read_metadata
from ._model import ArticleMeta, Segment
from ._segment import segment

__all__ = ["FACET", "vnfriendship_metadata", "vnfriendship_segment"]

FACET = "structure"


@hookimpl(trylast=True)
def vnfriendship_segment(text: str) -> list[Segment] | None:
    """Every page with text gets segments: the general rules of :mod:`vnfriendship._segment`."""
    return segment(text) or None  # a blank page: no segmenter recognises it


@hookimpl(trylast=True)
def vnfriendship_metadata(
    text: str, segments: Sequence[Segment], gazetteer: Gazetteer, reference_date: dt.date | None
) -> ArticleMeta:
    """Title, publication time, outlet and authors, read from the segments (:mod:`vnfriendship._metadata`)."""
    return read_metadata(text, segments, gazetteer, reference_date)
