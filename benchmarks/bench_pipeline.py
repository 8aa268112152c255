"""Throughput and memory of the whole pipeline on the evaluation pages.

Run from the project root: ``python benchmarks/bench_pipeline.py``. Prints the time to build a
pipeline, articles per second and MB/s over every page of ../shared/corpus, and the peak memory
traced while extracting them all once.
"""

from __future__ import annotations

import os
import time
import tracemalloc

from corpus import load_pages, megabytes, throughput

from vnfriendship import Pipeline


def main() -> None:
    os.environ.setdefault("VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD", "1")
    pages = load_pages()
    began = time.perf_counter()
    pipeline = Pipeline()
    _ = pipeline.gazetteer
    print(f"pipeline built in {time.perf_counter() - began:.3f} s")

    rate, articles = throughput(pipeline.extract, pages, seconds=3.0)
    print(f"{len(pages)} pages, {megabytes(pages) * 1e3:.0f} kB: {articles:.1f} articles/s, {rate:.3f} MB/s")

    tracemalloc.start()
    for page in pages:
        pipeline.extract(page)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory while extracting every page once: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
