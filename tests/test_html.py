"""HTML and WARC input: the article's text and the metadata its markup states, bad pages and archives."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from vnfriendship import ArticleMeta, InputError, Pipeline
from vnfriendship._html import WarcRecord, is_html, is_warc, is_warc_path, markup_preferred, read_html, warc_records

pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
pytest.importorskip("warcio", reason="the html extra (CI installs it)")

from support import write_warc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "html"
ARTICLE = EXAMPLES / "ha-tinh-trao-hoc-bong.html"
LIST_PAGE = EXAMPLES / "danh-sach-tin.html"
VN = dt.timezone(dt.timedelta(hours=7))


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


PARAGRAPHS = (
    "<p>Sáng 4/6, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2024.</p>"
    "<p>Dự hội nghị có ông Nguyễn Văn An, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nam Định.</p>"
)


# ------------------------------------------------------------------ sniffing


@pytest.mark.parametrize("start", ["<!DOCTYPE html>", "<!doctype HTML>", "\ufeff  <html lang='vi'>",
                                   "<!-- saved -->\n<html>", "<head><title>x</title>", b"<html>"])
def test_an_html_document_is_recognised(start: str | bytes) -> None:
    assert is_html(start)


@pytest.mark.parametrize("text", ["Sáng 4/6, hội nghị <b>lớn</b>.", "<p>only a paragraph</p>", "", b"WARC/1.0\r\n"])
def test_other_text_is_not_html(text: str | bytes) -> None:
    assert not is_html(text)


def test_a_warc_is_recognised_plain_and_gzipped(tmp_path: Path) -> None:
    for gzipped in (False, True):
        data = write_warc(tmp_path / "a.warc", [("https://x.example/a", "200 OK", "text/html", b"<html></html>")],
                          gzipped=gzipped).read_bytes()
        assert is_warc(data)
    assert not is_warc(b"\x1f\x8bnot really gzip") and not is_warc("Sáng 4/6".encode())


# ------------------------------------------------------------------ one page


def test_the_article_text_is_the_headline_then_the_main_text_without_the_page_chrome() -> None:
    result = read_html(ARTICLE.read_bytes())
    assert result.text.startswith("Hà Tĩnh trao học bổng cho sinh viên Lào\n\nSáng 12/9, tại thành phố Hà Tĩnh")
    assert "Thời sự" not in result.text and "Bản quyền" not in result.text
    assert "\n\nPhát biểu tại buổi lễ" in result.text  # one paragraph per block, as a saved .txt page


def test_the_metadata_the_markup_states() -> None:
    result = read_html(ARTICLE.read_bytes())
    assert result.meta == ArticleMeta(
        title="Hà Tĩnh trao học bổng cho sinh viên Lào",
        published_at=dt.datetime(2024, 9, 12, 8, 30, tzinfo=VN),
        outlet="Báo Mẫu",
        authors=("Trần Văn Bình",),
    )
    assert result.url == "https://baomau.example/doi-ngoai/ha-tinh-trao-hoc-bong-cho-sinh-vien-lao-1201.html"


def test_a_date_alone_in_the_markup_and_several_authors() -> None:
    head = ("<title>Hội nghị tổng kết</title><meta name='author' content='Lê An; Phạm Bình'>"
            "<meta property='article:published_time' content='2025-01-10'>")
    result = read_html(page(f"<article><h1>Hội nghị tổng kết</h1>{PARAGRAPHS}</article>", head))
    assert result.meta.published_at == dt.date(2025, 1, 10)
    assert result.meta.authors == ("Lê An", "Phạm Bình")


def test_a_year_in_the_text_is_no_publication_date() -> None:
    assert read_html(page(f"<article>{PARAGRAPHS}</article>")).meta.published_at is None


def test_extract_reads_an_html_string_and_prefers_the_markup(pipeline: Pipeline) -> None:
    result = pipeline.extract(ARTICLE.read_text(encoding="utf-8"))
    assert result.meta.outlet == "Báo Mẫu" and result.meta.authors == ("Trần Văn Bình",)
    assert result.source == "https://baomau.example/doi-ngoai/ha-tinh-trao-hoc-bong-cho-sinh-vien-lao-1201.html"
    assert "<p" not in result.text and "og:title" not in result.text
    assert [p.name for p in result.people] == ["Nguyễn Văn An"]
    assert [d.symbol for d in result.directives] == ["12-CT/TW"]


def test_a_source_given_is_kept(pipeline: Pipeline) -> None:
    assert pipeline.extract(ARTICLE.read_bytes(), source="saved/page.html").source == "saved/page.html"


def test_extract_file_reads_an_html_file_with_its_path_as_source(pipeline: Pipeline) -> None:
    result = pipeline.extract_file(ARTICLE)
    assert result.source == str(ARTICLE) and result.meta.title == "Hà Tĩnh trao học bổng cho sinh viên Lào"


def test_the_markup_wins_over_what_the_text_shows() -> None:
    found = ArticleMeta("Tiêu đề trong bài", dt.datetime(2024, 1, 2, 9, 0, tzinfo=VN), "Báo A", ("Tác giả A",))
    markup = ArticleMeta("Tiêu đề của trang", dt.datetime(2024, 1, 3, 10, 0, tzinfo=VN), "Báo B", ("Tác giả B",))
    assert markup_preferred(markup, found) == markup
    assert markup_preferred(ArticleMeta(), found) == found


def test_a_date_alone_in_the_markup_keeps_the_time_the_text_shows_that_day() -> None:
    found = ArticleMeta(published_at=dt.datetime(2024, 1, 2, 9, 0, tzinfo=VN))
    assert markup_preferred(ArticleMeta(published_at=dt.date(2024, 1, 2)), found).published_at == found.published_at
    assert markup_preferred(ArticleMeta(published_at=dt.date(2024, 1, 5)), found).published_at == dt.date(2024, 1, 5)


# ------------------------------------------------------------------ pages that are no article


def test_a_list_page_is_no_article(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match="mostly links"):
        pipeline.extract_file(LIST_PAGE)


@pytest.mark.parametrize("html", [
    page("<h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p><a href='/'>Về trang chủ</a>",
         "<title>404 - Không tìm thấy trang</title>"),
    "<html>",
    "<html><body>\x01<<<>>>&&&</body>",
])
def test_an_error_or_empty_page_is_no_article(pipeline: Pipeline, html: str) -> None:
    with pytest.raises(InputError, match="no article in this HTML page"):
        pipeline.extract(html)


def test_broken_markup_still_gives_its_article(pipeline: Pipeline) -> None:
    broken = ("<html><body><div><p>Sáng 4/6, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị "
              "tổng kết công tác năm 2024 <b>và triển khai nhiệm vụ<p>Dự hội nghị có ông Nguyễn Văn An, Chủ tịch "
              "Liên hiệp các tổ chức hữu nghị tỉnh Nam Định.</div></span></table>")
    result = pipeline.extract(broken)
    assert [u.province for u in result.unions] == ["Nam Định"]
    assert [p.name for p in result.people] == ["Nguyễn Văn An"]


def test_without_the_extra_html_gets_a_clear_error(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError, match=r"pip install 'vnfriendship\[html\]'"):
        pipeline.extract(ARTICLE.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ WARC


def crawl(tmp_path: Path, *, gzipped: bool = False) -> Path:
    suffix = ".warc.gz" if gzipped else ".warc"
    return write_warc(tmp_path / f"crawl{suffix}", [
        ("https://baomau.example/a.html", "200 OK", "text/html; charset=utf-8", ARTICLE.read_bytes()),
        ("https://baomau.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://baomau.example/old", "301 Moved Permanently", "text/html", b"<html>moved</html>"),
        ("https://baomau.example/gone.html", "404 Not Found", "text/html", b"<html>404</html>"),
        ("https://baomau.example/list.html", "200 OK", "text/html", LIST_PAGE.read_bytes()),
    ], gzipped=gzipped)


@pytest.mark.parametrize("gzipped", [False, True])
def test_each_html_response_of_a_warc_is_one_input(tmp_path: Path, gzipped: bool) -> None:
    records = list(warc_records(crawl(tmp_path, gzipped=gzipped)))
    assert [(r.url, r.error) for r in records] == [
        ("https://baomau.example/a.html", None),
        ("https://baomau.example/gone.html", "the server answered HTTP 404: no page"),
        ("https://baomau.example/list.html", None),
    ]
    assert records[0].html == ARTICLE.read_bytes()


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_truncated_record_is_reported_and_those_before_it_kept(tmp_path: Path, gzipped: bool) -> None:
    path = crawl(tmp_path, gzipped=gzipped)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 300])
    records = list(warc_records(path))
    assert records[0].html == ARTICLE.read_bytes()
    assert records[-1].error in ("truncated WARC record: the archive ends inside it",) or (
        records[-1].error or "").startswith("not a readable WARC archive past this point")


@pytest.mark.parametrize("text", [
    "Sáng 4/6, hội nghị.",
    "Sáng 4/6, Liên hiệp tổ chức hội nghị tổng kết.",  # five words or more: warcio alone takes it for an ARC file
    "",
])
def test_a_file_that_is_no_warc_is_one_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notes.warc"
    path.write_text(text, encoding="utf-8")
    error = "not a WARC archive: it does not start with a WARC record"
    assert list(warc_records(path)) == [WarcRecord(None, error=error)]


def test_extract_refuses_a_warc_given_as_one_article(pipeline: Pipeline, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"WARC archive holds many pages: give its path, named \*\.warc"):
        pipeline.extract_file(crawl(tmp_path))


@pytest.mark.parametrize(("name", "archive"), [
    ("crawl.warc", True), ("2024/CRAWL.WARC.GZ", True), ("crawl.warc.gz", True),
    ("crawl.gz", False), ("warc.txt", False), ("crawl.warc.html", False),
])
def test_an_archive_is_known_by_its_name(name: str, archive: bool) -> None:
    assert is_warc_path(name) is archive and is_warc_path(Path(name)) is archive
