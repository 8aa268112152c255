"""No page scores lower than its committed baseline (``tests/baseline/pages.json``).

A change that helps one page and hurts another fails here even when the corpus
score rises. Accepting new scores is a commit of its own: ``python tests/baseline/update.py``.
"""

from __future__ import annotations

import json

import pytest

from support import BASELINE, BASELINE_CORPORA, SCORER, score_pages

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason=f"the scorer is not beside the checkout ({SCORER})")


@pytest.mark.parametrize("corpus", sorted(BASELINE_CORPORA))
def test_no_page_scores_lower_than_its_baseline(corpus: str) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[corpus]
    now = score_pages(BASELINE_CORPORA[corpus])
    fallen = [
        f"{page}.{key}: {scores[key]} -> {now.get(page, {}).get(key)}"
        for page, scores in sorted(baseline.items())
        for key in scores
        if (now.get(page, {}).get(key) or 0) < scores[key] - 1e-9
    ]
    assert fallen == []


def test_the_baseline_covers_every_page_of_each_corpus() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert {name: sorted(pages) for name, pages in baseline.items()} == {
        name: sorted(p.stem for p in folder.glob("*.txt")) for name, folder in BASELINE_CORPORA.items()
    }
