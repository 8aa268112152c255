"""Many articles at once: extract_many, a pickled pipeline, dead workers, records."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import html_page, write_warc
from vnfriendship import Article, Pipeline, _batch, extract_many, hookimpl, records, to_dict
from vnfriendship._batch import columns
from vnfriendship._html import WarcRecord, warc_records

ARTICLE = "Sáng 5/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng kết."
OTHER = "Chiều 4/6, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội thảo về hợp tác với Lào."
KILL_MARK = "ĐIỂM-DỪNG-TIẾN-TRÌNH"


class Killer:
    """A plugin that kills the process it runs in when it reads the mark: a crashing native library."""

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> None:
        if KILL_MARK in article.text:
            os.kill(os.getpid(), signal.SIGKILL)


@hookimpl
def vnfriendship_extract(article: Article) -> None:
    """This test module is a plugin module too, to be pickled by its name."""


@pytest.fixture(scope="module")
def quiet() -> Pipeline:
    return Pipeline(load_entry_points=False)


def test_a_pickled_pipeline_is_small_and_keeps_its_plugins_and_disabled_ones() -> None:
    module = sys.modules[__name__]
    pipeline = Pipeline(load_entry_points=False, builtins=False, plugins=[module], disable=[module.__name__])
    pipeline.register(Killer(), "killer")
    pipeline.extract("Hội nghị.")  # what it built for this (the gazetteer) is never shipped to a worker
    data = pickle.dumps(pipeline)
    copy = pickle.loads(data)
    assert len(data) < 1000
    assert module.__name__.encode() in data
    assert [(p.name, p.enabled) for p in copy.plugins()] == [(p.name, p.enabled) for p in pipeline.plugins()]
    assert {(p.name, p.enabled) for p in copy.plugins()} == {(module.__name__, False), ("killer", True)}


def test_a_pickled_default_pipeline_extracts_the_same(quiet: Pipeline) -> None:
    copy = pickle.loads(pickle.dumps(quiet))
    assert to_dict(copy.extract(ARTICLE)) == to_dict(quiet.extract(ARTICLE))


def test_inputs_of_every_kind_come_back_in_order(tmp_path: Path, quiet: Pipeline) -> None:
    path = tmp_path / "bai.txt"
    path.write_text(OTHER, encoding="utf-8")
    results = list(extract_many([path, ARTICLE, OTHER.encode(), ("tin-2", ARTICLE), 42], pipeline=quiet))
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.source for r in results] == [str(path), None, None, "tin-2", None]
    assert [r.ok for r in results] == [True, True, True, True, False]
    assert results[0].extraction is not None and results[0].extraction.text == OTHER
    assert results[0].size == len(OTHER.encode())
    assert results[4].error == "not a path, a text or a (source, text) pair: int"


def test_inputs_that_cannot_be_read_are_results_and_the_batch_goes_on(tmp_path: Path, quiet: Pipeline) -> None:
    files = {
        "missing.txt": None,
        "latin.txt": "Hôi nghì".encode("latin-1"),
        "nul.txt": b"PK\x03\x04\x00\x00binary",
        "bom16.txt": "Hội nghị".encode("utf-16"),
        "bare16.txt": "Hội nghị tổng kết năm".encode("utf-16-le"),
        "empty.txt": b"",
        "ok.txt": ARTICLE.encode(),
    }
    for name, data in files.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    results = list(extract_many([tmp_path / name for name in files], pipeline=quiet))
    errors = [r.error for r in results]
    assert errors[0] == "cannot read: No such file or directory"
    assert errors[1] is not None and errors[1].startswith("input is not valid UTF-8: byte 0x")
    assert errors[2] == "input is binary (it holds NUL bytes), not text"
    assert errors[3] == errors[4] == "input is UTF-16, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)"
    assert errors[5:] == [None, None]
    assert results[5].extraction is not None and results[5].extraction.text == ""


def test_an_input_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, quiet: Pipeline) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as file:
        file.truncate(50_000_000)  # sparse: 50 MB that cost nothing to make
    [file_result, text_result] = extract_many([big, "x" * 2000], pipeline=quiet, max_bytes=1000)
    assert file_result.error == "too large for one article: 50.0 MB, over the limit of 0.001 MB"
    assert text_result.error == "too large for one article: 0.0 MB, over the limit of 0.001 MB"


def test_a_file_that_vanishes_before_it_is_read_is_an_error_for_it_alone(tmp_path: Path, quiet: Pipeline) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_text(ARTICLE, encoding="utf-8")

    def listing() -> Iterator[Path]:
        yield first
        second.unlink()  # removed after the listing named it, before it is read
        yield second
        yield first

    assert [r.error for r in extract_many(listing(), pipeline=quiet)] == [
        None, "cannot read: No such file or directory", None,
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_inputs_are_consumed_lazily(workers: int, quiet: Pipeline) -> None:
    taken = itertools.count()
    endless = ((str(next(taken)), ARTICLE) for _ in itertools.repeat(None))
    first = list(itertools.islice(extract_many(endless, pipeline=quiet, workers=workers), 3))
    assert [r.source for r in first] == ["0", "1", "2"]
    assert next(taken) <= 3 + 4 * workers  # no more read ahead than the workers' window


def test_workers_give_the_same_results_in_the_same_order(quiet: Pipeline) -> None:
    texts = [(f"tin-{i}", ARTICLE if i % 2 else OTHER) for i in range(7)]
    alone = [to_dict(r.extraction) for r in extract_many(texts, pipeline=quiet) if r.extraction]
    shared = [to_dict(r.extraction) for r in extract_many(texts, pipeline=quiet, workers=2) if r.extraction]
    assert len(shared) == 7
    assert shared == alone


def test_a_worker_that_dies_is_reported_for_its_input_and_the_batch_goes_on() -> None:
    pipeline = Pipeline(load_entry_points=False, plugins=[Killer()])
    texts = [("a", ARTICLE), ("b", f"{OTHER} {KILL_MARK}"), ("c", OTHER), ("d", KILL_MARK), ("e", ARTICLE)]
    results = list(extract_many(texts, pipeline=pipeline, workers=2))
    assert [r.source for r in results] == ["a", "b", "c", "d", "e"]
    killed = "the worker process died while reading this input (killed by SIGKILL)"
    assert [r.error for r in results] == [None, killed, None, killed, None]


def test_a_worker_whose_parent_has_gone_ends_quietly_instead_of_raising(quiet: Pipeline) -> None:
    ours, theirs = multiprocessing.Pipe()
    ours.send((0, next(_batch.jobs([("a", ARTICLE)]))))
    ours.close()  # the parent was interrupted while the worker read: its answer has nowhere to go
    previous = signal.getsignal(signal.SIGINT)
    try:
        assert _batch._serve(theirs, pickle.dumps(_batch.ExtractTask(quiet))) is None
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_negative_number_of_workers_is_refused() -> None:
    with pytest.raises(ValueError, match="workers must be 0"):
        extract_many([ARTICLE], workers=-1)


def test_records_give_one_flat_row_per_fact(quiet: Pipeline) -> None:
    extraction = quiet.extract(ARTICLE, source="tin.txt")
    [row] = records(extraction, "unions")
    assert list(row) == columns("unions")
    assert row["source"] == "tin.txt"
    assert (row["name"], row["province"], row["membership.total"]) == (
        "Liên hiệp các tổ chức hữu nghị tỉnh Nam Định", "Nam Định", None,
    )
    assert ARTICLE[row["mention_start"] : row["mention_end"]] == row["mention_text"]


def test_records_spread_a_record_field_and_join_a_list() -> None:
    assert {"quantity.count", "quantity.unit", "period"} <= set(columns("aid_figures"))
    assert "positions" in columns("people")
    assert "membership" not in columns("unions")


def test_records_of_an_unknown_facet_are_refused(quiet: Pipeline) -> None:
    with pytest.raises(ValueError, match="no facet named 'partners'"):
        records(quiet.extract(ARTICLE), "partners")


# ------------------------------------------------------------------ saved web pages: HTML and WARC

SECOND = "Chiều 6/3, Hội hữu nghị Việt Nam - Lào tỉnh Nam Định gặp mặt lưu học sinh Lào nhân dịp Tết cổ truyền."


def crawl(folder: Path, *, gzipped: bool = False, pages: int = 2) -> Path:
    """A WARC of ``pages`` articles, with an image, a redirect and a refused page after the first."""
    pytest.importorskip("warcio", reason="the html extra (CI installs it)")
    responses = [
        ("https://tin.example/1.html", "200 OK", "text/html; charset=utf-8", html_page("Tin một", ARTICLE, SECOND)),
        ("https://tin.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://tin.example/cu", "301 Moved Permanently", "text/html", b"<html>moved</html>"),
        ("https://tin.example/mat.html", "404 Not Found", "text/html", b"<html>404</html>"),
    ]
    responses += [(f"https://tin.example/{n}.html", "200 OK", "text/html", html_page(f"Tin {n}", SECOND, OTHER))
                  for n in range(2, pages + 1)]
    return write_warc(folder / ("crawl.warc.gz" if gzipped else "crawl.warc"), responses, gzipped=gzipped)


@pytest.mark.parametrize("gzipped", [False, True])
def test_each_html_page_of_a_warc_is_one_result_in_order(tmp_path: Path, quiet: Pipeline, gzipped: bool) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    results = list(extract_many([crawl(tmp_path, gzipped=gzipped), ("sau", OTHER)], pipeline=quiet))
    assert [(r.index, r.source, r.error) for r in results] == [
        (0, "https://tin.example/1.html", None),
        (0, "https://tin.example/mat.html", "the server answered HTTP 404: no page"),
        (0, "https://tin.example/2.html", None),
        (1, "sau", None),
    ]
    first = results[0].extraction
    assert first is not None and first.text == f"Tin một\n\n{ARTICLE}\n\n{SECOND}"  # the markup is gone
    assert first.meta.title == "Tin một" and [u.province for u in first.unions] == ["Nam Định"]
    assert results[0].size == len(html_page("Tin một", ARTICLE, SECOND))


def test_a_truncated_record_is_an_error_for_it_and_the_batch_goes_on(tmp_path: Path, quiet: Pipeline) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    path = crawl(tmp_path)
    path.write_bytes(path.read_bytes()[:-300])  # the archive ends inside the last page
    results = list(extract_many([path, ("sau", OTHER)], pipeline=quiet))
    assert [(r.source, r.error) for r in results] == [
        ("https://tin.example/1.html", None),
        ("https://tin.example/mat.html", "the server answered HTTP 404: no page"),
        ("https://tin.example/2.html", "truncated WARC record: the archive ends inside it"),
        ("sau", None),
    ]


def test_a_file_named_warc_that_is_no_warc_is_one_error(tmp_path: Path, quiet: Pipeline) -> None:
    pytest.importorskip("warcio", reason="the html extra (CI installs it)")
    path = tmp_path / "ghi-chu.warc"
    path.write_text(ARTICLE, encoding="utf-8")
    [result] = extract_many([path], pipeline=quiet)
    assert (result.source, result.error) == (str(path), "not a WARC archive: it does not start with a WARC record")


def test_a_warc_is_streamed_a_page_at_a_time(tmp_path: Path, quiet: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    path = crawl(tmp_path, pages=30)
    read: list[str | None] = []

    def counted(archive: str) -> Iterator[WarcRecord]:
        for record in warc_records(archive):
            read.append(record.url)
            yield record

    monkeypatch.setattr(_batch, "warc_records", counted)
    first = list(itertools.islice(extract_many([path], pipeline=quiet), 3))
    assert [r.source for r in first] == ["https://tin.example/1.html", "https://tin.example/mat.html",
                                         "https://tin.example/2.html"]
    assert len(read) == 3  # of 31 pages: none read before its turn


def test_workers_read_the_pages_of_a_warc_as_one_process_does(tmp_path: Path, quiet: Pipeline) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    inputs = [crawl(tmp_path, pages=4), ("sau", OTHER)]
    alone = [(r.source, r.error, r.extraction and to_dict(r.extraction)) for r in extract_many(inputs, pipeline=quiet)]
    shared = [(r.source, r.error, r.extraction and to_dict(r.extraction))
              for r in extract_many(inputs, pipeline=quiet, workers=2)]
    assert len(shared) == 6 and shared == alone


def test_an_html_file_gives_its_article(tmp_path: Path, quiet: Pipeline) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    path = tmp_path / "tin.html"
    path.write_bytes(html_page("Tin một", ARTICLE, SECOND))
    [result] = extract_many([path], pipeline=quiet)
    assert result.extraction is not None and result.source == str(path)
    assert result.extraction.meta.title == "Tin một" and "<p>" not in result.extraction.text


def test_without_the_html_extra_html_and_warc_inputs_are_errors_naming_it(
    tmp_path: Path, quiet: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = crawl(tmp_path)
    page = tmp_path / "tin.html"
    page.write_bytes(html_page("Tin một", ARTICLE, SECOND))
    for module in ("trafilatura", "warcio", "warcio.archiveiterator", "warcio.exceptions"):
        monkeypatch.setitem(sys.modules, module, None)  # what `import` meets where the extra is not installed
    results = list(extract_many([archive, page, ("tin", ARTICLE)], pipeline=quiet))
    assert [(r.source, r.error) for r in results] == [
        (str(archive), "reading WARC needs the html extra: pip install 'vnfriendship[html]'"),
        (str(page), "reading HTML needs the html extra: pip install 'vnfriendship[html]'"),
        ("tin", None),
    ]
