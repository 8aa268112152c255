"""Throughput and memory of the whole pipeline on the evaluation pages.

Run from the project root: ``python benchmarks/bench_pipeline.py``. Prints the time to build a
pipeline, articles per second and MB/s over every page of ../shared/corpus, and the peak memory
traced while extracting them all once.
"""

from __future__ import annotations

import os
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD", "1")

from vnfriendship import Pipeline

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def main(seconds: float = 3.0) -> None:
    pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))]
    if not pages:
        raise SystemExit(f"no pages under {CORPUS}")
    size_mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6

    started = time.perf_counter()
    pipeline = Pipeline()
    _ = pipeline.gazetteer
    print(f"pipeline built in {time.perf_counter() - started:.3f} s")

    rounds, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for page in pages:
            pipeline.extract(page)
        rounds += 1
    elapsed = time.perf_counter() - started
    print(f"{len(pages)} pages, {size_mb:.3f} MB: {rounds * len(pages) / elapsed:.1f} articles/s, "
          f"{rounds * size_mb / elapsed:.3f} MB/s")

    tracemalloc.start()
    for page in pages:
        pipeline.extract(page)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory while extracting every page once: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
