"""What every benchmark shares: the evaluation pages and a throughput loop."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from vnfriendship._text import normalize

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def load_pages() -> list[str]:
    """Every page of ../shared/corpus (dev and real), normalised."""
    paths = sorted(CORPUS.glob("*/*.txt"))
    if not paths:
        raise SystemExit(f"no pages under {CORPUS.resolve()}")
    return [normalize(path.read_bytes()) for path in paths]


def megabytes(pages: list[str]) -> float:
    return sum(len(page.encode("utf-8")) for page in pages) / 1e6


def throughput(run: Callable[[str], object], pages: list[str], seconds: float = 2.0) -> tuple[float, float]:
    """(MB/s, pages/s) of ``run`` over whole passes of ``pages`` lasting about ``seconds``."""
    passes = 0
    began = time.perf_counter()
    while (elapsed := time.perf_counter() - began) < seconds:
        for page in pages:
            run(page)
        passes += 1
    return passes * megabytes(pages) / elapsed, passes * len(pages) / elapsed
