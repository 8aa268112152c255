"""Throughput of each parser over the evaluation pages, in MB/s of UTF-8 text.

Run from the project root: ``python benchmarks/bench_parsers.py``.
"""

from __future__ import annotations

import datetime as dt
import time

from corpus import load_pages, megabytes, throughput

from vnfriendship._dates import find_dates, find_stamps
from vnfriendship._gazetteer import Gazetteer
from vnfriendship._money import find_money
from vnfriendship._numbers import find_numbers
from vnfriendship._text import split_sentences
from vnfriendship.data import builtin_entries

REFERENCE = dt.date(2024, 6, 1)


def main() -> None:
    pages = load_pages()
    print(f"{len(pages)} pages, {megabytes(pages) * 1e3:.0f} kB")
    began = time.perf_counter()
    gazetteer = Gazetteer(builtin_entries())
    print(f"gazetteer built in {(time.perf_counter() - began) * 1e3:.0f} ms")
    parsers = {
        "split_sentences": split_sentences,
        "find_numbers": find_numbers,
        "find_money": find_money,
        "find_dates": lambda page: find_dates(page, reference=REFERENCE),
        "find_stamps": find_stamps,
        **{
            f"gazetteer {table}": (lambda page, table=table: gazetteer.find(table, page))
            for table in ("province", "country", "outlet", "title", "organization")
        },
    }
    for name, parse in parsers.items():
        rate, _ = throughput(parse, pages)
        print(f"{name:22} {rate:6.2f} MB/s")


if __name__ == "__main__":
    main()
