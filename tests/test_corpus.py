"""Whole real pages (read from ../shared, never copied): nothing fails, every mention quotes the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import CORPUS_PAGES, needs_corpus
from vnfriendship import Pipeline, from_dict, to_dict

pytestmark = needs_corpus


@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_real_page_extracts_without_plugin_errors(pipeline: Pipeline, page: Path) -> None:
    assert pipeline.extract_file(page).errors == ()


@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_mention_on_a_real_page_quotes_the_text(pipeline: Pipeline, page: Path) -> None:
    result = pipeline.extract_file(page, include_related=True)
    assert [m for m in result.mentions() if result.text[m.start : m.end] != m.text] == []


@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_real_extraction_round_trips_through_its_dict(pipeline: Pipeline, page: Path) -> None:
    result = pipeline.extract_file(page)
    assert from_dict(to_dict(result)) == result
