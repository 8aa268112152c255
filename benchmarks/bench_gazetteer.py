"""Build time of the built-in gazetteer, and throughput of ``find`` per table over the shared corpus.

Run: ``.venv/bin/python benchmarks/bench_gazetteer.py`` from the repository root. Besides MB/s of
UTF-8 text it prints how many matches each table finds and how many of them are ambiguous names.
"""

from __future__ import annotations

import time
from pathlib import Path

from vnfriendship.data import builtin_entries, is_ambiguous
from vnfriendship.gazetteer import Gazetteer
from vnfriendship.text import normalize

SHARED = Path(__file__).parents[1] / ".." / "shared"
TABLES = ("province", "country", "outlet", "title")
ROUNDS = 20


def main() -> None:
    paths = [path for part in ("dev", "real") for path in sorted((SHARED / "corpus" / part).glob("*.txt"))]
    if not paths:
        raise SystemExit(f"no corpus under {SHARED.resolve()}")
    texts = [normalize(path.read_bytes()) for path in paths]
    megabytes = sum(len(text.encode()) for text in texts) / 1e6

    began = time.perf_counter()
    entries = builtin_entries()
    gazetteer = Gazetteer(entries)
    print(f"build: {len(entries)} entries in {(time.perf_counter() - began) * 1e3:.0f} ms")
    print(f"corpus: {len(texts)} files, {megabytes * 1e3:.0f} kB, {ROUNDS} rounds per table")

    for table in TABLES:
        began = time.perf_counter()
        for _ in range(ROUNDS):
            matches = [match for text in texts for match in gazetteer.find(table, text)]
        seconds = time.perf_counter() - began
        ambiguous = sum(is_ambiguous(table, match.text) for match in matches)
        print(
            f"{table:9} {ROUNDS * megabytes / seconds:6.2f} MB/s"
            f"  {len(matches):5} matches, {ambiguous:4} of them ambiguous names"
        )


if __name__ == "__main__":
    main()
