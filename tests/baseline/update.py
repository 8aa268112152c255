"""Rewrite the per-page baseline from the scorer: `python tests/baseline/update.py`.

Run it on purpose, in a commit of its own, when a change to the scores is accepted;
`tests/test_baseline.py` then fails whenever any single page scores lower.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support import BASELINE, BASELINE_CORPORA, score_pages


def main() -> None:
    baseline = {name: score_pages(corpus) for name, corpus in BASELINE_CORPORA.items()}
    BASELINE.write_text(json.dumps(baseline, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE}")


if __name__ == "__main__":
    main()
