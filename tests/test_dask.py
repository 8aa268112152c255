"""vnfriendship.dask on a local cluster of two worker processes: the same results as extract_many, WARC included."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import html_page, write_warc
from vnfriendship import Pipeline, extract_many, to_dict

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")

# Imported after the skip: they exist only with the extra.
import dask.bag as db
from distributed import Client, LocalCluster

from vnfriendship.dask import extract_bag, write_jsonl

ARTICLE = "Sáng 5/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng kết."
OTHER = "Chiều 4/6, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội thảo về hợp tác với Lào."


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for index in range(6):
        folder = tmp_path / f"thang-{index % 2}"
        folder.mkdir(exist_ok=True)
        (folder / f"tin-{index}.txt").write_text(ARTICLE if index % 3 else OTHER, encoding="utf-8")
    (tmp_path / "thang-1" / "hong.txt").write_bytes(b"\xff\xfe")
    return tmp_path


def expected(paths: list[Path]) -> list[dict[str, object]]:
    pipeline = Pipeline(load_entry_points=False)
    return [to_dict(r.extraction) if r.extraction else {"source": r.source, "error": r.error}
            for r in extract_many(paths, pipeline=pipeline)]


def test_a_glob_gives_what_extract_many_gives(client: Client, archive: Path) -> None:
    paths = sorted(archive.glob("**/*.txt"))
    bag = extract_bag(str(archive / "**" / "*.txt"), pipeline=Pipeline(load_entry_points=False), npartitions=3)
    results = bag.compute()
    assert results == expected(paths)
    assert {"source": str(archive / "thang-1" / "hong.txt"),
            "error": "input is UTF-16, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)"} in results


def test_a_bag_of_texts_keeps_its_order(client: Client) -> None:
    texts = [(f"tin-{i}", ARTICLE if i % 2 else OTHER) for i in range(5)]
    bag = extract_bag(db.from_sequence(texts, npartitions=2), pipeline=Pipeline(load_entry_points=False))
    assert [item["source"] for item in bag.compute()] == [source for source, _ in texts]


def test_jsonl_partitions_hold_every_result(client: Client, archive: Path, tmp_path: Path) -> None:
    paths = sorted(archive.glob("**/*.txt"))
    names = write_jsonl(extract_bag(paths, npartitions=2), tmp_path / "ra")
    lines = [json.loads(line) for name in names for line in Path(name).read_text(encoding="utf-8").splitlines()]
    assert [Path(name).name for name in names] == ["0.jsonl", "1.jsonl"]
    assert [line["source"] for line in lines] == [str(path) for path in paths]


def test_each_html_page_of_a_warc_is_one_element_as_extract_many_gives(client: Client, archive: Path) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    pytest.importorskip("warcio", reason="the html extra (CI installs it)")
    crawl = write_warc(archive / "crawl.warc", [
        ("https://tin.example/1.html", "200 OK", "text/html", html_page("Tin một", ARTICLE, OTHER)),
        ("https://tin.example/mat.html", "404 Not Found", "text/html", b"<html>404</html>"),
        ("https://tin.example/2.html", "200 OK", "text/html", html_page("Tin hai", OTHER, ARTICLE)),
    ])
    paths = [archive / "thang-0" / "tin-0.txt", crawl, archive / "thang-1" / "tin-1.txt"]
    results = extract_bag(paths, pipeline=Pipeline(load_entry_points=False), npartitions=2).compute()
    assert results == expected(paths)
    assert [item["source"] for item in results] == [
        str(paths[0]), "https://tin.example/1.html", "https://tin.example/mat.html", "https://tin.example/2.html",
        str(paths[2]),
    ]
    assert results[2]["error"] == "the server answered HTTP 404: no page"


def test_without_the_html_extra_an_html_page_is_an_error_naming_it(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = archive / "tin.html"
    page.write_bytes(html_page("Tin một", ARTICLE, OTHER))
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # what `import` meets where the extra is not installed
    bag = extract_bag([page, archive / "thang-0" / "tin-0.txt"], pipeline=Pipeline(load_entry_points=False))
    results = bag.compute(scheduler="synchronous")  # in this process, where the extra is "missing"
    assert results[0] == {"source": str(page),
                          "error": "reading HTML needs the html extra: pip install 'vnfriendship[html]'"}
    assert results[1]["source"] == str(archive / "thang-0" / "tin-0.txt") and "error" not in results[1]
