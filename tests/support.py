"""Set-up shared by the test files: the real pages beside the checkout and an article of one body."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnfriendship._article import Article, build_article
from vnfriendship._gazetteer import Gazetteer
from vnfriendship._model import ArticleMeta, Segment

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_PAGES = sorted(CORPUS.glob("*/*.txt"))

needs_corpus = pytest.mark.skipif(
    not CORPUS_PAGES, reason=f"the evaluation corpus is not beside the checkout ({CORPUS})"
)


def body_article(text: str, gazetteer: Gazetteer, *, outlet: str | None = None) -> Article:
    """``text`` read as one article body, so an extractor can be run alone on a sentence of a test."""
    return build_article(
        text,
        source=None,
        segments=(Segment("body", 0, len(text)),),
        meta=ArticleMeta(outlet=outlet),
        gazetteer=gazetteer,
        reference_date=None,
        include_related=False,
    )
