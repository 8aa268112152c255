"""Speed, growth and memory of vnfriendship, as one table.

Run from the project root: ``python benchmarks/run.py`` (``--quick`` for a shorter run,
``--timeout S`` to change how long one pathological input may run). The comparison with
dateparser needs it installed in the same environment, for the benchmark only
(``pip install dateparser``; it is never a dependency of the project); without it that row
is skipped.

Rows:

- the machine: seconds a fixed loop of pure Python takes (``machine_seconds``), so that two runs
  on two machines can be compared (the targets are in seconds; the same commit ran at 0.27 MB/s
  on one machine of ours and at 0.15 MB/s on another, and every time row moved with it);
- throughput (MB/s of UTF-8 text, articles/s) of ``Pipeline.extract`` over the pages of
  ``../shared/corpus/{dev,real,real2}`` and ``tests/pages``, repeated to at least 5 MB;
- each stage's share of the time, timed by making the same calls the pipeline makes
  (normalise, segment + metadata, the analysis layers the extractors read, each extractor
  plugin, the refiners);
- ``import vnfriendship`` (in a fresh interpreter, its bytecode cached), ``Pipeline()`` with its gazetteer, and
  the peak memory traced while extracting every page once;
- growth: an article 2x, 5x and 10x as long, against the time of the base article (each the
  best of two runs after a warm-up run), and the share of the 10x article's time that the
  cyclic garbage collector takes (it walks every live object of the analysis, again and again).
  Every article of the series has the same mix of paragraphs (see ``spread``): the growth
  measured is that of length, not of what the longer article holds;
- ``dateparser.search.search_dates(page, languages=["vi"])`` over the same pages, and how
  many times faster the pipeline is;
- pathological inputs of about 1 MB, each in a fresh interpreter with a timeout, against
  its limit;
- with ``--batch``: ``extract_many`` with 1 and 2 workers over the pages repeated to 20 MB, and
  the caller's peak memory as the number of inputs grows (``benchmarks/batch.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("VNFRIENDSHIP_DISABLE_PLUGIN_AUTOLOAD", "1")

from vnfriendship import Pipeline
from vnfriendship._article import Article, build_article
from vnfriendship._text import normalize

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / ".." / "shared" / "corpus" / name for name in ("dev", "real", "real2")] + [ROOT / "tests" / "pages"]
MB = 1e6
STREAM_BYTES = 5 * MB
PATHOLOGICAL_BYTES = 1 * MB
GROWTH_BASE_BYTES = 100_000
GROWTH_FACTORS = (2, 5, 10)
REFERENCE = dt.date(2024, 6, 1)

# Targets of issue 8.
MIN_DATEPARSER_RATIO = 15.0
MAX_GROWTH_10X = 11.0
MAX_IMPORT_MS = 150.0
MAX_PATHOLOGICAL_S = 2.0
MAX_CONCATENATED_S = 10.0


# ---------------------------------------------------------------- inputs


def load_pages() -> list[str]:
    """Every page of the shared corpora and of tests/pages, normalised."""
    paths = sorted(path for corpus in CORPORA for path in corpus.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no pages under {', '.join(str(c.resolve()) for c in CORPORA)}")
    return [normalize(path.read_bytes()) for path in paths]


def size(texts: list[str]) -> float:
    """Megabytes of UTF-8."""
    return sum(len(text.encode("utf-8")) for text in texts) / MB


def repeated_to(pieces: list[str], megabytes: float, joiner: str = "") -> str:
    """``pieces`` joined, over and over, until the text holds at least ``megabytes``."""
    out: list[str] = []
    total = 0
    while total < megabytes * MB:
        for piece in pieces:
            out.append(piece)
            total += len(piece.encode("utf-8")) + len(joiner)
            if total >= megabytes * MB:
                break
    return joiner.join(out)


def article_paragraphs(pipeline: Pipeline, pages: list[str]) -> list[str]:
    """The lede and body lines of every page: what one long article is made of."""
    paragraphs = []
    for page in pages:
        article = pipeline.article(page)
        for segment in article.segments:
            if segment.kind in ("lede", "body"):
                paragraphs += [line.strip() for line in page[segment.start : segment.end].split("\n") if line.strip()]
    return paragraphs


def spread(paragraphs: list[str]) -> list[str]:
    """The paragraphs in an order that spreads each page over the whole list.

    Taken in page order, the base article of the growth series would be the first pages only
    (the dev corpus and the first excerpts: 56 sums of money per 100,000 characters, against
    122 over all pages), and the 10x article would hold every page: its extra time would
    measure its heavier mix as well as its length. In this order (each paragraph's index times
    the golden ratio, modulo 1: a sequence that fills the interval evenly) any prefix is a
    sample of every page (117 sums per 100,000 characters in the base article).
    """
    return [paragraphs[i] for i in sorted(range(len(paragraphs)), key=lambda i: (i * _GOLDEN) % 1.0)]


_GOLDEN = (5**0.5 - 1) / 2


def long_article(paragraphs: list[str], megabytes: float) -> str:
    """A headline and paragraphs (taken in order, repeated) to about ``megabytes``."""
    body = repeated_to([p + "\n\n" for p in paragraphs], megabytes)
    return "Liên hiệp các tổ chức hữu nghị tổ chức hội nghị tổng kết\n\n" + body


def _nested(depth: int) -> str:
    opening, closing = "([{“‘«\"'", ")]}”’»\"'"
    head = "".join(f"{opening[i % len(opening)]}Hội hữu nghị " for i in range(depth))
    tail = "".join(f" ông A{closing[i % len(closing)]}" for i in reversed(range(depth)))
    return head + "tỉnh Nghệ An" + tail + "\n"


def pathological(name: str, pages: list[str]) -> str:
    """The input of one pathological case (see PATHOLOGICAL)."""
    mb = PATHOLOGICAL_BYTES / MB
    if name == "digits and slashes":
        return repeated_to(["1/2/2024/15/06/19999/0/12345678901234567890/3/4/"], mb)
    if name == "'Liên hiệp các tổ chức hữu nghị ' repeated":
        return repeated_to(["Liên hiệp các tổ chức hữu nghị "], mb)
    if name == "one 1 MB line of words, no punctuation":
        words = [w for page in pages for w in page.split() if w.isalpha()]
        return repeated_to(words, mb, joiner=" ")
    if name == "'ông. ' repeated":
        return repeated_to(["ông. "], mb)
    if name == "'Ông Nguyễn Văn A, ' repeated":
        return repeated_to(["Ông Nguyễn Văn A, "], mb)
    if name == "a run of combining marks":
        return "Hội a" + repeated_to(["\u0301\u0300\u0303\u0309\u0323"], mb) + " tỉnh Nghệ An."
    if name == "5,000 nested brackets and quotes":
        return repeated_to([_nested(5000)], mb)
    if name == "1,200 teaser-header lines":
        lines = ["Tin liên quan", "Hội hữu nghị tỉnh đón đoàn khách quốc tế", "Sáng 4/6, hội họp tại tỉnh."]
        return "Tiêu đề bài báo\n\nSáng 4/6, hội họp tại tỉnh Nghệ An.\n\n" + "\n\n".join(lines * 1200)
    if name == "5 MB of real pages concatenated":
        return repeated_to([page + "\n\n" for page in pages], STREAM_BYTES / MB)
    raise KeyError(name)


PATHOLOGICAL = {
    "digits and slashes": MAX_PATHOLOGICAL_S,
    "'Liên hiệp các tổ chức hữu nghị ' repeated": MAX_PATHOLOGICAL_S,
    "one 1 MB line of words, no punctuation": MAX_PATHOLOGICAL_S,
    "'ông. ' repeated": MAX_PATHOLOGICAL_S,
    "'Ông Nguyễn Văn A, ' repeated": MAX_PATHOLOGICAL_S,
    "a run of combining marks": MAX_PATHOLOGICAL_S,
    "5,000 nested brackets and quotes": MAX_PATHOLOGICAL_S,
    "1,200 teaser-header lines": MAX_PATHOLOGICAL_S,
    "5 MB of real pages concatenated": MAX_CONCATENATED_S,
}


# ---------------------------------------------------------------- measurements


def throughput(pipeline: Pipeline, pages: list[str]) -> tuple[float, float, float]:
    """(MB/s, articles/s, megabytes) of ``Pipeline.extract`` over the pages repeated to 5 MB."""
    stream: list[str] = []
    while size(stream) < STREAM_BYTES / MB:
        stream += pages
    began = time.perf_counter()
    for page in stream:
        pipeline.extract(page, reference_date=REFERENCE)
    elapsed = time.perf_counter() - began
    return size(stream) / elapsed, len(stream) / elapsed, size(stream)


def _replay_layers(article: Article, used: Article) -> None:
    """Compute, on ``article``, the analysis layers that extracting ``used`` computed."""
    analysis = article.analysis
    _ = analysis.tokens
    for kind, cased in list(used.analysis._layers):
        if kind.startswith("annotation:"):
            analysis.spans(kind.removeprefix("annotation:"), cased=cased)
        elif kind in ("sentence", "clause", "line"):
            getattr(analysis, kind + "s")
        elif kind == "stamp":
            analysis.stamps()
        else:
            analysis.name_spans(kind, cased=cased)  # a table's names; match objects are made per query
    # Numbers, money and dates are read sentence by sentence where asked: the same sentences again.
    sentences = analysis.sentences
    for kind, layer in used.analysis._sentence_layers.items():
        query = getattr(analysis, {"number": "numbers", "date": "dates"}.get(kind, kind))
        for i in layer.read_sentences():
            query(sentences[i].start, sentences[i].end)
    _ = article.places  # the events, members and unions extractors read it


def stage_times(pipeline: Pipeline, pages: list[str]) -> dict[str, float]:
    """Seconds per stage over one pass of ``pages``, making the calls the pipeline makes."""
    manager = pipeline.plugin_manager
    stages: dict[str, float] = {}

    def add(stage: str, seconds: float) -> None:
        stages[stage] = stages.get(stage, 0.0) + seconds

    for page in pages:
        # What the analysis computes while the extractors run, learnt on a throwaway article.
        used = pipeline.article(page, reference_date=REFERENCE)
        for _ in manager.call_each("vnfriendship_extract", article=used):
            pass
        errors: list[Any] = []
        t0 = time.perf_counter()
        text = normalize(page)
        t1 = time.perf_counter()
        gazetteer = pipeline.gazetteer
        segments = pipeline._segments(text, gazetteer, errors)
        meta = pipeline._metadata(text, segments, gazetteer, REFERENCE, errors)
        article = build_article(
            text, source=None, segments=segments, meta=meta, gazetteer=gazetteer,
            reference_date=REFERENCE, include_related=False,
        )
        t2 = time.perf_counter()
        _replay_layers(article, used)
        t3 = time.perf_counter()
        add("normalise", t1 - t0)
        add("segment + metadata", t2 - t1)
        add("analysis", t3 - t2)
        last = time.perf_counter()
        for call in manager.call_each("vnfriendship_extract", article=article):
            now = time.perf_counter()
            add(f"extractor {call.plugin}", now - last)
            last = now
        # The facts are gathered again (untimed) for the refiners, as the pipeline gathers them.
        extraction = pipeline._extract_facts(article, errors)
        last = time.perf_counter()
        for call in manager.call_chain("vnfriendship_refine", "extraction", extraction, article=article):
            now = time.perf_counter()
            add(f"refine {call.plugin}", now - last)
            last = now
    return stages


def machine_seconds() -> float:
    """The best of three runs of a fixed pure-Python loop: how fast this machine runs our kind of code."""

    def loop() -> None:
        words: dict[str, int] = {}
        for i in range(2_000_000):
            key = "w" + str(i % 1000)
            words[key] = words.get(key, 0) + 1

    return min(timed(loop) for _ in range(3))


def import_ms() -> float:
    """The best of five cold ``import vnfriendship`` in a fresh interpreter, in ms.

    The bytecode is cached first, as ``pip install`` caches it: where ``PYTHONDONTWRITEBYTECODE``
    is set (as on some CI machines), every import would otherwise compile the sources again, and
    the row would time the compiler, not the import.
    """
    code = "import time; t = time.perf_counter(); import vnfriendship; print(time.perf_counter() - t)"
    cached = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import vnfriendship"], env=cached, check=True)
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)]
    return min(runs) * 1e3


def peak_memory(pipeline: Pipeline, texts: list[str]) -> float:
    """Peak traced memory (MB) while extracting each text once."""
    tracemalloc.start()
    for text in texts:
        pipeline.extract(text, reference_date=REFERENCE)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / MB


def timed(run: Callable[[], object]) -> float:
    began = time.perf_counter()
    run()
    return time.perf_counter() - began


def gc_share(run: Callable[[], object]) -> float:
    """The share of ``run``'s time spent in Python's cyclic garbage collector."""
    collecting = [0.0, 0.0]  # seconds so far, start of the collection under way

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            collecting[1] = time.perf_counter()
        else:
            collecting[0] += time.perf_counter() - collecting[1]

    gc.callbacks.append(note)
    try:
        total = timed(run)
    finally:
        gc.callbacks.remove(note)
    return collecting[0] / total


def growth(pipeline: Pipeline, paragraphs: list[str], factors: tuple[int, ...]) -> tuple[float, dict[int, float]]:
    """Seconds for the base article, and each longer article's time as a multiple of it.

    Each article is timed as the base is, best of two runs after one that warms the word
    caches: a longer article holds more distinct paragraphs, and timing it cold against a
    warm base would count its first reading of new words as growth.
    """
    base_mb = GROWTH_BASE_BYTES / MB

    def best_time(text: str) -> float:
        pipeline.extract(text, reference_date=REFERENCE)
        return min(timed(lambda: pipeline.extract(text, reference_date=REFERENCE)) for _ in range(2))

    base_s = best_time(long_article(paragraphs, base_mb))
    return base_s, {factor: best_time(long_article(paragraphs, base_mb * factor)) / base_s for factor in factors}


def dateparser_rate(pages: list[str]) -> float | None:
    """MB/s of ``dateparser.search.search_dates`` over the pages, or ``None`` without dateparser."""
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        return None
    search_dates(pages[0], languages=["vi"])  # its first call loads its language data
    began = time.perf_counter()
    for page in pages:
        search_dates(page, languages=["vi"])
    return size(pages) / (time.perf_counter() - began)


def run_case(name: str, timeout: float) -> float | None:
    """Seconds one pathological case takes in a fresh interpreter, or ``None`` past ``timeout``."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--case", name], capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"case {name!r} failed:\n{done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def case_main(name: str) -> None:
    """In the child: build the input, then time one extraction of it."""
    pipeline = Pipeline()
    _ = pipeline.gazetteer
    pipeline.extract("Sáng 4/6, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An họp.")  # warm up
    text = pathological(name, load_pages())
    print(timed(lambda: pipeline.extract(text, reference_date=REFERENCE)))


# ---------------------------------------------------------------- the table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds one pathological input may run")
    parser.add_argument("--quick", action="store_true", help="skip the pathological inputs")
    parser.add_argument("--batch", action="store_true", help="also extract_many with 1 and 2 workers (batch.py)")
    args = parser.parse_args()
    if args.case:
        case_main(args.case)
        return

    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, value: str, target: str = "", ok: bool | None = None) -> None:
        rows.append((name, value, target, "" if ok is None else "pass" if ok else "FAIL"))
        print(f"  {name}: {value}", file=sys.stderr, flush=True)

    row("machine: a fixed pure-Python loop", f"{machine_seconds():.2f} s")
    began = time.perf_counter()
    pipeline = Pipeline()
    _ = pipeline.gazetteer
    row("Pipeline() + gazetteer", f"{(time.perf_counter() - began) * 1e3:.0f} ms")
    imported = import_ms()
    row("import vnfriendship", f"{imported:.0f} ms", f"< {MAX_IMPORT_MS:.0f} ms", imported < MAX_IMPORT_MS)

    pages = load_pages()
    rate, articles, megabytes = throughput(pipeline, pages)
    row(f"throughput ({len(pages)} pages to {megabytes:.1f} MB)", f"{rate:.2f} MB/s, {articles:.0f} articles/s")

    stages = stage_times(pipeline, pages)
    total = sum(stages.values())
    for stage, seconds in stages.items():
        row(f"  share: {stage}", f"{100 * seconds / total:5.1f} %")

    row("peak memory, every page once", f"{peak_memory(pipeline, pages):.1f} MB")

    paragraphs = spread(article_paragraphs(pipeline, pages))
    base_s, ratios = growth(pipeline, paragraphs, GROWTH_FACTORS)
    row(f"growth: base article {GROWTH_BASE_BYTES // 1000} kB", f"{base_s:.2f} s")
    for factor, ratio in ratios.items():
        limit = MAX_GROWTH_10X if factor == 10 else None
        row(f"growth: {factor}x text", f"{ratio:.1f}x time", f"<= {limit:.0f}x" if limit else "",
            ratio <= limit if limit else None)
    longest = long_article(paragraphs, GROWTH_BASE_BYTES * max(GROWTH_FACTORS) / MB)
    row(f"peak memory, {max(GROWTH_FACTORS)}x article", f"{peak_memory(pipeline, [longest]):.1f} MB")
    share = gc_share(lambda: pipeline.extract(longest, reference_date=REFERENCE))
    row(f"garbage collection, {max(GROWTH_FACTORS)}x article", f"{100 * share:.0f} % of its time")

    dateparser = dateparser_rate(pages)
    if dateparser is None:
        row("dateparser search_dates", "skipped: pip install dateparser")
    else:
        row("dateparser search_dates (vi)", f"{dateparser:.3f} MB/s")
        ratio = rate / dateparser
        row("pipeline / dateparser", f"{ratio:.1f}x", f">= {MIN_DATEPARSER_RATIO:.0f}x", ratio >= MIN_DATEPARSER_RATIO)

    if not args.quick:
        for name, limit in PATHOLOGICAL.items():
            case_s = run_case(name, args.timeout)
            shown = f"> {args.timeout:.0f} s (stopped)" if case_s is None else f"{case_s:.2f} s"
            row(f"input: {name}", shown, f"< {limit:.0f} s", case_s is not None and case_s < limit)

    if args.batch:
        import batch  # benchmarks/batch.py, which also runs on its own

        for workers in (1, 2):
            for count in batch.COUNTS:
                peak = batch.peak_memory(count, workers)
                row(f"batch: peak memory, jobs {workers}, {count} inputs", f"{peak:.0f} MB")
        with batch.repeated_folder(20.0) as (folder, files, total):
            for workers in (1, 2):
                mb_per_s, files_per_s = batch.throughput(folder, workers)
                rate_shown = f"{mb_per_s:.2f} MB/s, {files_per_s:.0f} files/s"
                row(f"batch: jobs {workers}, {files} files, {total:.0f} MB", rate_shown)

    widths = [max(len(r[i]) for r in [("measure", "value", "target", ""), *rows]) for i in range(4)]
    print(f"{'measure':<{widths[0]}}  {'value':<{widths[1]}}  {'target':<{widths[2]}}  result")
    print("  ".join("-" * w for w in widths))
    for name, value, target, result in rows:
        print(f"{name:<{widths[0]}}  {value:<{widths[1]}}  {target:<{widths[2]}}  {result}")


if __name__ == "__main__":
    main()
