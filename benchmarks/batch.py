"""Batch throughput and memory: ``extract_many`` with 1 and 2 workers over the shared corpora
repeated to at least 20 MB, and the peak memory as the number of inputs grows.

Run: ``python benchmarks/batch.py`` (``--megabytes 20`` and ``--counts 250 1000 4000`` by default;
``--megabytes 0`` measures memory only).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from run import CORPORA, load_pages, size

from vnfriendship import Pipeline, extract_many


def throughput(folder: Path, workers: int) -> tuple[float, float]:
    """(MB/s, files/s) of extract_many over every file of ``folder``."""
    paths = sorted(folder.iterdir())
    pipeline = Pipeline(load_entry_points=False)
    began = time.perf_counter()
    read = sum(result.size for result in extract_many(paths, workers=workers, pipeline=pipeline))
    elapsed = time.perf_counter() - began
    return read / 1e6 / elapsed, len(paths) / elapsed


def peak_memory(count: int, workers: int) -> float:
    """Peak resident memory (MB) of the calling process for ``count`` pages (the corpora, cycled), in a
    fresh process: read from /proc (VmHWM, which a new program starts afresh; ru_maxrss would not)."""
    files = [str(path) for corpus in CORPORA for path in sorted(corpus.glob("*.txt"))]
    code = (
        "import json, sys; from vnfriendship import Pipeline, extract_many; "
        "pages = [open(f, encoding='utf-8').read() for f in json.load(sys.stdin)]; "
        f"texts = ((str(i), pages[i % len(pages)]) for i in range({count})); "
        f"n = sum(1 for _ in extract_many(texts, workers={workers}, pipeline=Pipeline(load_entry_points=False))); "
        "print(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')))"
    )
    run = subprocess.run([sys.executable, "-c", code], input=json.dumps(files), capture_output=True, text=True,
                         check=True)
    return int(run.stdout) / 1024  # kB


#: Input counts at which the caller's peak memory is read: it should stay flat.
COUNTS = (250, 1000, 4000)


@contextlib.contextmanager
def repeated_folder(megabytes: float) -> Iterator[tuple[Path, int, float]]:
    """A temporary folder of the corpora's pages repeated to at least ``megabytes``: (folder, files, MB)."""
    pages = load_pages()
    repeats = int(megabytes / size(pages)) + 1
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        for copy in range(repeats):
            for index, page in enumerate(pages):
                (folder / f"{copy:04}-{index:03}.txt").write_text(page, encoding="utf-8")
        yield folder, len(pages) * repeats, size(pages) * repeats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--counts", type=int, nargs="+", default=list(COUNTS))
    args = parser.parse_args()
    for workers in (1, 2):
        for count in args.counts:
            print(f"jobs {workers}, {count:>6} inputs: peak memory of the caller {peak_memory(count, workers):.0f} MB")
    if not args.megabytes:
        return
    with repeated_folder(args.megabytes) as (folder, files, total):
        print(f"{files} files, {total:.1f} MB")
        for workers in (1, 2):
            mb_per_s, files_per_s = throughput(folder, workers)
            print(f"jobs {workers}: {mb_per_s:.2f} MB/s, {files_per_s:.0f} files/s")


if __name__ == "__main__":
    main()
