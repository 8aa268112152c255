"""Throughput of ``find_numbers`` and ``find_money`` over the shared corpus.

Run: ``.venv/bin/python benchmarks/bench_numbers_money.py`` from the repository root. Each finder
runs over every page of ``corpus/dev`` and ``corpus/real`` again and again for about two seconds;
the script prints MB/s of UTF-8 text and how many matches one pass finds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from vnfriendship.money import find_money
from vnfriendship.numbers import find_numbers
from vnfriendship.text import normalize

SHARED = Path(__file__).parents[1] / ".." / "shared"
SECONDS = 2.0


def measure(find: Callable[[str], Sequence[object]], texts: list[str], megabytes: float) -> tuple[float, int]:
    """MB/s of ``find`` over ``texts`` in whole passes lasting about ``SECONDS``, and matches per pass."""
    passes = 0
    matches = 0
    began = time.perf_counter()
    while (elapsed := time.perf_counter() - began) < SECONDS:
        matches = sum(len(find(text)) for text in texts)
        passes += 1
    return passes * megabytes / elapsed, matches


def main() -> None:
    paths = [path for part in ("dev", "real") for path in sorted((SHARED / "corpus" / part).glob("*.txt"))]
    if not paths:
        raise SystemExit(f"no corpus under {SHARED.resolve()}")
    texts = [normalize(path.read_bytes()) for path in paths]
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    print(f"corpus: {len(texts)} files, {megabytes * 1e3:.0f} kB, about {SECONDS:.0f} s per finder")
    for name, find in (("find_numbers", find_numbers), ("find_money", find_money)):
        rate, matches = measure(find, texts, megabytes)
        print(f"{name:12} {rate:6.2f} MB/s  {matches:4} matches per pass")


if __name__ == "__main__":
    main()
