"""Throughput of find_dates and find_stamps over the shared corpus, in MB/s of UTF-8 text.

Run: ``.venv/bin/python benchmarks/bench_dates.py`` from the repository root.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from vnfriendship.dates import find_dates, find_stamps
from vnfriendship.text import normalize

SHARED = Path(__file__).parents[1] / ".." / "shared"
SECONDS = 2.0
REFERENCE = dt.date(2024, 6, 1)


def measure(name: str, texts: list[str], run: Callable[[str], object]) -> None:
    size = sum(len(text.encode()) for text in texts)
    rounds = 0
    began = time.perf_counter()
    while (elapsed := time.perf_counter() - began) < SECONDS:
        for text in texts:
            run(text)
        rounds += 1
    print(f"{name:12} {rounds * size / elapsed / 1e6:7.2f} MB/s  ({rounds} passes over {size / 1e3:.0f} kB)")


def main() -> None:
    files = sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "corpus" / "real").glob("*.txt"))
    if not files:
        raise SystemExit(f"no corpus under {SHARED.resolve()}")
    texts = [normalize(file.read_bytes()) for file in files]
    measure("find_dates", texts, lambda text: find_dates(text, reference=REFERENCE))
    measure("find_stamps", texts, find_stamps)


if __name__ == "__main__":
    main()
