"""Saved web pages as inputs: HTML read through trafilatura, WARC archives through warcio.

Both come with the optional extra ``html`` (``pip install 'vnfriendship[html]'``).

An HTML page becomes the article's text (its headline, then its main text, one
paragraph per blank-line-separated block, as a saved ``.txt`` page reads) and the
metadata its markup states: headline, publication time, authors, site name and
canonical URL. The pipeline prefers that metadata to what it reads in the text.

A WARC archive holds many pages: each HTML response record is one input whose
source is the record's URL. Records that hold no page (requests, metadata,
images, redirects) are not inputs; a page the server refused (HTTP 4xx/5xx) and a
truncated record are inputs that could not be read, each with its reason. An
archive is known by its name (:data:`WARC_SUFFIXES`) and read as a stream, one
record at a time, wherever a path goes in: ``extract_many``, ``vnfriendship
extract``, ``vnfriendship.dask`` and ``vnfriendship db build``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import zlib
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from ._dates import default_timezone
from ._model import ArticleMeta
from ._text import InputError

__all__ = [
    "MIN_ARTICLE_CHARS",
    "WARC_SUFFIXES",
    "Page",
    "WarcRecord",
    "is_html",
    "is_warc",
    "is_warc_path",
    "markup_preferred",
    "page_input",
    "read_html",
    "warc_records",
]

#: Main text shorter than this is no article: a list, index or error page.
MIN_ARTICLE_CHARS = 120

#: The endings of a WARC archive's file name (in any case): such a path is read page by page.
WARC_SUFFIXES = (".warc", ".warc.gz")

_EXTRA = "pip install 'vnfriendship[html]'"

# What an HTML document starts with, after a byte-order mark, blanks and comments.
_HTML_START = regex.compile(
    r"\A(?:\ufeff)?(?:\s|<!--(?:[^-]|-(?!->))*+-->)*+<(?:!doctype\s++html|html|head|body)\b", regex.IGNORECASE
)
_SNIFF_CHARS = 2048
# trafilatura's date with its time and UTC offset when the markup gives them.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_AUTHOR_SEPARATOR = regex.compile(r"\s*+[;|]\s*+")
_LINE = regex.compile(r"[^\n]++")


@attrs.frozen
class Page:
    """An HTML page read: the article's text, the metadata its markup states, its canonical URL."""

    text: str
    meta: ArticleMeta
    url: str | None = None


@attrs.frozen
class WarcRecord:
    """One input of a WARC archive: an HTML page (``html``) or why its record cannot be read (``error``)."""

    url: str | None
    html: bytes | None = None
    error: str | None = None


def is_html(data: str | bytes) -> bool:
    """True when ``data`` starts as an HTML document does (``<!DOCTYPE html>``, ``<html>``...)."""
    head = data[:_SNIFF_CHARS]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    return _HTML_START.match(head) is not None


def is_warc(data: bytes) -> bool:
    """True for the bytes of a WARC archive, plain or gzipped."""
    if data.startswith(b"\x1f\x8b"):
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:_SNIFF_CHARS], 16)
        except zlib.error:
            return False
    return data.startswith(b"WARC/")


def is_warc_path(path: str | os.PathLike[str]) -> bool:
    """True for the name of a WARC archive: it ends in ``.warc`` or ``.warc.gz``."""
    return os.fspath(path).lower().endswith(WARC_SUFFIXES)


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"reading HTML needs the html extra: {_EXTRA}") from None
    return trafilatura


def read_html(html: str | bytes) -> Page:
    """The article of an HTML page; :class:`InputError` when the page holds none.

    Bytes are decoded as the page declares (trafilatura's detection).
    """
    trafilatura = _trafilatura()
    try:
        tree = trafilatura.load_html(html)
        # Read before trafilatura prunes the tree: the words of the page's links.
        links = tree.iter("a") if tree is not None else ()
        anchors = {text for link in links if (text := _clean(link.text_content()))}
        document = None if tree is None else trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False,
            # Only dates the markup states: a year in the text is no publication date.
            date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": _DATE_FORMAT},
        )
    except Exception as error:  # trafilatura's parser on markup it cannot build a tree from
        raise InputError(f"cannot parse the HTML: {type(error).__name__}: {error}") from None
    body = (getattr(document, "text", None) or "").strip()
    title = _clean(getattr(document, "title", None))
    lines = [cleaned for line in _LINE.findall(body) if (cleaned := _clean(line))]
    if title is not None and lines and lines[0] == title:
        lines = lines[1:]  # the page's own <h1>, which the text starts with below
    main = "\n\n".join(lines)
    if len(main) < MIN_ARTICLE_CHARS:
        raise InputError(
            f"no article in this HTML page (a list, index or error page?): {len(main)} characters of main text"
        )
    linked = sum(len(line) for line in lines if line in anchors)
    if linked * 2 > len(main):
        raise InputError("no article in this HTML page: its main text is mostly links (a list or index page?)")
    meta = ArticleMeta(
        title=title,
        published_at=_published(getattr(document, "date", None)),
        outlet=_clean(getattr(document, "sitename", None)),
        authors=_authors(getattr(document, "author", None)),
    )
    text = main if title is None else f"{title}\n\n{main}"
    return Page(text, meta, _clean(getattr(document, "url", None)))


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _authors(value: str | None) -> tuple[str, ...]:
    return tuple(name for name in _AUTHOR_SEPARATOR.split(value or "") if name.strip())


def _published(value: str | None) -> dt.datetime | dt.date | None:
    """The publication time as the markup gives it: with its offset, or a date alone."""
    if not value:
        return None
    try:
        stamp = dt.datetime.strptime(value, _DATE_FORMAT)
    except ValueError:
        try:
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    if stamp.tzinfo is not None:
        return stamp
    if stamp.time() == dt.time():  # no time stated: a date alone
        return stamp.date()
    return stamp.replace(tzinfo=default_timezone())  # a local time: Vietnamese outlets write theirs


def page_input(data: str | bytes, source: str | None) -> tuple[str | bytes, str | None, ArticleMeta | None]:
    """What the pipeline reads of an input: an HTML page's text, source and markup metadata,
    or any other text as it is (``None`` for the metadata).

    The source stays the one given; an HTML string given none takes its canonical URL.
    A WARC archive is refused: it holds many pages, each its own input.
    """
    if isinstance(data, bytes) and is_warc(data):
        raise InputError(
            "a WARC archive holds many pages: give its path, named *.warc or *.warc.gz, to extract_many, "
            "`vnfriendship extract` or `vnfriendship db build`, which read each page"
        )
    if not is_html(data):
        return data, source, None
    page = read_html(data)
    return page.text, source if source is not None else page.url, page.meta


def markup_preferred(markup: ArticleMeta, found: ArticleMeta) -> ArticleMeta:
    """The metadata of a page: what its markup states, and what the text shows where it states nothing.

    A date alone in the markup keeps the time the text shows on that same day.
    """
    published = markup.published_at
    if (
        type(published) is dt.date
        and isinstance(found.published_at, dt.datetime)
        and found.published_at.date() == published
    ):
        published = found.published_at
    return ArticleMeta(
        title=markup.title or found.title,
        published_at=published or found.published_at,
        outlet=markup.outlet or found.outlet,
        authors=markup.authors or found.authors,
    )


def warc_records(path: str | os.PathLike[str]) -> Iterator[WarcRecord]:
    """The HTML pages of a WARC archive (plain or gzipped), in order, one :class:`WarcRecord` each.

    A file that cannot be opened or read as WARC ends with one error record saying why, and so
    does one that is no WARC at all (which warcio could take for an old ARC file and pass over).
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield WarcRecord(None, error=f"reading WARC needs the html extra: {_EXTRA}")
        return
    name = os.fspath(path)
    try:
        with open(name, "rb") as stream:
            if not is_warc(stream.read(_SNIFF_CHARS)):
                yield WarcRecord(None, error="not a WARC archive: it does not start with a WARC record")
                return
            stream.seek(0)
            for record in ArchiveIterator(stream):
                page = _page_record(record)
                if page is not None:
                    yield page
    except OSError as error:
        yield WarcRecord(None, error=f"cannot read: {error.strerror or error}")
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as error:
        yield WarcRecord(None, error=f"not a readable WARC archive past this point: {error}")


def _page_record(record: Any) -> WarcRecord | None:
    """The input a WARC record holds, or ``None`` for a record that holds no page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None  # requests, warcinfo, metadata, revisits
    url = record.rec_headers.get_header("WARC-Target-URI")
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in kind:
        return None  # images, scripts, style sheets
    status = record.http_headers.get_statuscode() or ""
    if status.startswith("3"):
        return None  # a redirect: the page it points to is another record
    content = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0):
        return WarcRecord(url, error="truncated WARC record: the archive ends inside it")
    if not status.startswith("2"):
        return WarcRecord(url, error=f"the server answered HTTP {status}: no page")
    return WarcRecord(url, html=content)
