"""The built-in segmenter and metadata reader, as a plugin that runs after any outlet-specific one.

An outlet whose pages are laid out differently can ship its own plugin with a
``vnfriendship_segment`` hook: the first segmenter that answers wins, and these
hooks are marked ``trylast`` so that every other one is asked first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .gazetteer import Gazetteer
from .hookspecs import hookimpl
from .metadata import read_metadata
from .model import ArticleMeta, Segment
from .segment import segment

__all__ = ["FACET", "vnfriendship_metadata", "vnfriendship_segment"]

FACET = "structure"


@hookimpl(trylast=True)
def vnfriendship_segment(text: str) -> list[Segment]:
    """Every page gets segments: the general rules of :mod:`vnfriendship.segment`."""
    return segment(text)


@hookimpl(trylast=True)
def vnfriendship_metadata(
    text: str, segments: Sequence[Segment], gazetteer: Gazetteer, reference_date: dt.date | None
) -> ArticleMeta:
    """Title, publication time, outlet and authors, read from the segments (:mod:`vnfriendship.metadata`)."""
    return read_metadata(text, segments, gazetteer, reference_date)
