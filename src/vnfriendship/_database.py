"""A corpus database: many pages extracted into one SQLite file, with identities across articles.

Needs the extra ``db`` (sqlite-utils). Two kinds of tables:

- **stored**: ``inputs`` (each file read, with its SHA-256) and ``articles`` (source, metadata,
  text, content hash and the extraction as JSON). A build extracts only the inputs that are new
  or whose bytes changed; an input's old articles are replaced.
- **derived**, rewritten from the stored extractions at the end of every build: one table per
  facet, ``positions``, ``event_organizers``, ``event_participants``, ``mentions``,
  ``identities`` and ``identity_links``; every fact row names its identity.

``articles`` has full-text search on its title and text; foreign keys and indexes join the rest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path, PurePath
from typing import Any

import attrs

from ._batch import INPUT_PATTERNS, BatchResult, Job, extract_many, pages
from ._html import is_warc_path
from ._identity import Identities, link_identities
from ._model import Extraction
from ._pipeline import Pipeline, default_pipeline
from ._serialize import to_dict
from ._version import __version__

__all__ = ["FORMAT", "INPUT_PATTERNS", "BuildReport", "DatabaseError", "build_database", "datasette_metadata"]

#: The version of the database's layout, kept in its ``vnfriendship`` table.
FORMAT = "vnfriendship-db/1"

_SQLITE_HEADER = b"SQLite format 3\x00"
_LOCK_TIMEOUT = 2.0  # seconds to wait for another writer before saying the file is locked


def datasette_metadata(database: str = "facts") -> dict[str, Any]:
    """Datasette's metadata for a database built here: table and column descriptions and canned
    queries (aid by province and year, a person's positions over time, every article citing a
    directive, events per month). ``database`` is the database's name in Datasette: its file
    name without ``.db``.
    """
    shipped = json.loads(resources.files("vnfriendship.data").joinpath("datasette.json").read_text(encoding="utf-8"))
    title, description = shipped.pop("title"), shipped.pop("description")
    return {"title": title, "description": description, "databases": {database: shipped}}


class DatabaseError(Exception):
    """The database file cannot be built: locked, not SQLite, or not a vnfriendship database."""


@attrs.frozen
class BuildReport:
    """What a build did: inputs extracted, left as they were, or skipped (with why), and the totals."""

    extracted: tuple[str, ...]
    unchanged: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]
    articles: int
    identities: dict[str, int]


def build_database(
    paths: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    patterns: Iterable[str] = INPUT_PATTERNS,
    on_skip: Callable[[str, str], None] | None = None,
) -> BuildReport:
    """Extract files and folders (text, HTML, WARC) into the SQLite database ``output``.

    Folders are searched recursively for ``patterns``. Inputs already in the database with
    the same bytes are not read again. An input that cannot be read, or a page that holds no
    article, is skipped with its reason (``on_skip(source, reason)`` is told at once) and the
    rest is built. :class:`DatabaseError` when ``output`` is locked by another program, is
    not SQLite, or is an SQLite database vnfriendship did not make.
    """
    try:
        import sqlite_utils
    except ImportError:
        raise DatabaseError("building a database needs the db extra: pip install 'vnfriendship[db]'") from None
    pipeline = pipeline or default_pipeline()
    _check_file(Path(output))
    connection = sqlite3.connect(os.fspath(output), timeout=_LOCK_TIMEOUT)
    try:
        db = sqlite_utils.Database(connection)
        with _clear_errors(output):
            _prepare(db)
            builder = _Builder(db, pipeline, workers, on_skip or (lambda source, reason: None))
            report = builder.build(_files(paths, tuple(patterns)))
        return report
    finally:
        connection.close()


class _clear_errors:
    """sqlite3's errors as :class:`DatabaseError` naming the file."""

    def __init__(self, output: str | os.PathLike[str]) -> None:
        self.output = os.fspath(output)

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, _trace: object) -> None:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            raise DatabaseError(f"{self.output}: the database is locked by another program; try again when it is done")
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.IntegrityError):
            raise DatabaseError(f"{self.output}: {error}") from None


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    try:
        with open(path, "rb") as stream:
            header = stream.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseError(f"{path}: cannot read: {error.strerror or error}") from None
    if header and header != _SQLITE_HEADER:
        raise DatabaseError(f"{path}: not an SQLite database; refusing to overwrite it")


def _prepare(db: Any) -> None:
    """Make the stored tables of a new database; refuse an SQLite file of someone else's."""
    names = set(db.table_names())
    if names and "vnfriendship" not in names:
        raise DatabaseError(f"not a vnfriendship database (it has the tables {', '.join(sorted(names)[:5])}); "
                            "refusing to write into it")
    if "vnfriendship" in names:
        stated = dict(db.execute("select key, value from vnfriendship").fetchall())
        if stated.get("format") != FORMAT:
            raise DatabaseError(f"a vnfriendship database of another format ({stated.get('format')}), "
                                f"not {FORMAT}: build a new one")
        return
    db.execute("pragma journal_mode=wal")
    db["vnfriendship"].insert_all([{"key": "format", "value": FORMAT}], pk="key")
    db["inputs"].create({"path": str, "sha256": str, "size": int, "error": str}, pk="path")
    db["articles"].create(
        {"id": int, "input": str, "source": str, "title": str, "published_at": str, "outlet": str,
         "authors": str, "text": str, "content_hash": str, "extraction": str},
        pk="id", foreign_keys=[("input", "inputs", "path")],
    )
    db["articles"].create_index(["input"])
    db["articles"].create_index(["content_hash"])
    db["articles"].enable_fts(["title", "text"], create_triggers=True)


# ------------------------------------------------------------------ inputs


@attrs.frozen
class _File:
    path: str
    data: bytes | None
    error: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data or b"").hexdigest()


def _files(paths: Iterable[str | os.PathLike[str]], patterns: tuple[str, ...]) -> Iterator[_File]:
    """Every file given or found in a folder given, sorted within a folder, with its bytes."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and any(
                PurePath(p.relative_to(path)).match(pattern) for pattern in patterns))
            for file in found:
                yield _read(file)
        else:
            yield _read(path)


def _read(path: Path) -> _File:
    try:
        return _File(str(path), path.read_bytes())
    except OSError as error:
        return _File(str(path), None, f"cannot read: {error.strerror or error}")


# ------------------------------------------------------------------ the build


class _Builder:
    def __init__(self, db: Any, pipeline: Pipeline, workers: int, on_skip: Callable[[str, str], None]) -> None:
        self.db, self.pipeline, self.workers, self.on_skip = db, pipeline, workers, on_skip
        self.skipped: list[tuple[str, str]] = []

    def skip(self, source: str, reason: str) -> None:
        self.skipped.append((source, reason))
        self.on_skip(source, reason)

    def build(self, files: Iterable[_File]) -> BuildReport:
        known = {row["path"]: row["sha256"] for row in self.db["inputs"].rows}
        extracted: list[str] = []
        unchanged: list[str] = []

        def changed() -> Iterator[_File]:
            for file in files:
                if file.error is not None:
                    self.skip(file.path, file.error)
                elif known.get(file.path) == file.sha256:
                    unchanged.append(file.path)
                else:
                    extracted.append(file.path)
                    yield file

        pages: list[tuple[str, str]] = []  # (input, source) of each page sent, in order

        def inputs() -> Iterator[tuple[str, str | bytes]]:
            for file in changed():
                self._forget(file)
                for source, data in self._pages(file):
                    pages.append((file.path, source))
                    yield source, data

        with self.db.conn:
            for result in extract_many(inputs(), workers=self.workers, pipeline=self.pipeline):
                self._store(pages[result.index][0], result)
        self._derive()
        count = self.db["articles"].count
        identities = {row["kind"]: row["n"] for row in
                      self.db.query("select kind, count(*) as n from identities group by kind")}
        return BuildReport(tuple(extracted), tuple(unchanged), tuple(self.skipped), count, identities)

    def _forget(self, file: _File) -> None:
        """Record an input read now, and drop what an earlier build stored of it."""
        with self.db.conn:
            self.db.execute("delete from articles where input = ?", [file.path])
            self.db["inputs"].upsert({"path": file.path, "sha256": file.sha256, "size": len(file.data or b""),
                                      "error": None}, pk="path")

    def _pages(self, file: _File) -> Iterator[tuple[str, str | bytes]]:
        """The pages of one input: the file itself, or each HTML page of a WARC archive."""
        if not is_warc_path(file.path):
            yield file.path, file.data or b""
            return
        for page in pages(Job(0, file.path, path=file.path)):
            source = page.source or file.path
            if page.data is None:
                self.skip(source, page.error or "no page")
            else:
                yield source, page.data

    def _store(self, input_path: str, result: BatchResult) -> None:
        source = result.source or input_path
        if result.extraction is None:
            self.skip(source, result.error or "not read")
            return
        extraction = result.extraction
        data = to_dict(extraction)
        text = data.pop("text")
        meta = extraction.meta
        self.db["articles"].insert({
            "input": input_path,
            "source": source,
            "title": meta.title,
            "published_at": meta.published_at.isoformat() if meta.published_at else None,
            "outlet": meta.outlet,
            "authors": json.dumps(list(meta.authors), ensure_ascii=False),
            "text": text,
            "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "extraction": json.dumps(data, ensure_ascii=False),
        })

    # ---------------------------------------------------------- derived tables

    def _derive(self) -> None:
        articles: list[tuple[int, Extraction, dict[str, Any]]] = []
        for row in self.db.query("select id, text, extraction from articles order by id"):
            data = {**json.loads(row["extraction"]), "text": row["text"]}
            articles.append((row["id"], self.pipeline.from_dict(data), data))
        identities = link_identities([e for _, e, _ in articles], self.pipeline.gazetteer)
        tables = _derived_rows(articles, identities)
        with self.db.conn:
            for name in _DERIVED_ORDER[::-1]:
                if name in self.db.table_names():
                    self.db[name].drop()
            for name in _DERIVED_ORDER:
                columns, pk, keys = _DERIVED[name]
                self.db[name].create(columns, pk=pk, foreign_keys=keys)
                self.db[name].insert_all(tables[name])
                for column, *_ in keys:
                    self.db[name].create_index([column])
            self.db["vnfriendship"].upsert_all([
                {"key": "built_at", "value": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")},
                {"key": "built_with", "value": f"vnfriendship {__version__}"},
            ], pk="key")


_ID = ("identities", "id")
_DERIVED: dict[str, tuple[dict[str, type], str, list[tuple[str, str, str]]]] = {
    "identities": ({"id": str, "kind": str, "name": str, "rule": str, "articles": int}, "id", []),
    "people": ({"id": int, "article_id": int, "name": str, "honorific": str, "person_id": str}, "id",
               [("article_id", "articles", "id"), ("person_id", *_ID)]),
    "positions": ({"id": int, "person_row": int, "article_id": int, "person_id": str, "title": str,
                   "organization": str, "body_id": str, "published_at": str}, "id",
                  [("person_row", "people", "id"), ("article_id", "articles", "id"), ("person_id", *_ID),
                   ("body_id", *_ID)]),
    "unions": ({"id": int, "article_id": int, "name": str, "level": str, "province": str, "province_2025": str,
                "acronym": str, "cluster": int, "members_total": int, "members_central": int,
                "members_provincial": int, "body_id": str}, "id",
               [("article_id", "articles", "id"), ("body_id", *_ID)]),
    "member_organizations": ({"id": int, "article_id": int, "name": str, "kind": str, "countries": str,
                              "locality": str, "locality_2025": str, "acronym": str, "body_id": str}, "id",
                             [("article_id", "articles", "id"), ("body_id", *_ID)]),
    "events": ({"id": int, "article_id": int, "kind": str, "name": str, "theme": str, "date": str, "year": int,
                "month": str, "time_of_day": str, "location": str, "province": str, "province_2025": str,
                "country": str, "attendance": int}, "id", [("article_id", "articles", "id")]),
    "event_organizers": ({"id": int, "event_id": int, "article_id": int, "name": str, "body_id": str}, "id",
                         [("event_id", "events", "id"), ("article_id", "articles", "id"), ("body_id", *_ID)]),
    "event_participants": ({"id": int, "event_id": int, "article_id": int, "name": str, "person_id": str}, "id",
                           [("event_id", "events", "id"), ("article_id", "articles", "id"), ("person_id", *_ID)]),
    "aid_figures": ({"id": int, "article_id": int, "amount": float, "amount_exact": str, "currency": str,
                     "qualifier": str, "kind": str, "purpose": str, "donor": str, "donor_id": str, "recipient": str,
                     "recipient_id": str, "period": str, "year": int, "province": str, "total": float,
                     "quantity_count": int, "quantity_unit": str, "per_unit": int}, "id",
                    [("article_id", "articles", "id"), ("donor_id", *_ID), ("recipient_id", *_ID)]),
    "directives": ({"id": int, "article_id": int, "kind": str, "number": str, "symbol": str, "issuer": str,
                    "issuer_id": str, "issued_on": str, "subject": str, "aliases": str, "directive_id": str}, "id",
                   [("article_id", "articles", "id"), ("issuer_id", *_ID), ("directive_id", *_ID)]),
    "mentions": ({"id": int, "article_id": int, "facet": str, "fact_id": int, "start": int, "end": int,
                  "text": str, "segment": str}, "id", [("article_id", "articles", "id")]),
    "identity_links": ({"id": int, "identity_id": str, "article_id": int, "facet": str, "fact_id": int,
                        "role": str, "item": int, "rule": str}, "id",
                       [("identity_id", *_ID), ("article_id", "articles", "id")]),
}
_DERIVED_ORDER = list(_DERIVED)


def _year(edtf: str | None) -> int | None:
    return int(edtf[:4]) if edtf and edtf[:4].isdigit() else None


def _month(edtf: str | None) -> str | None:
    return edtf[:7] if edtf and len(edtf) >= 7 and edtf[:4].isdigit() and edtf[5:7].isdigit() else None


def _derived_rows(
    articles: list[tuple[int, Extraction, dict[str, Any]]], identities: Identities
) -> dict[str, list[dict[str, Any]]]:
    """The rows of every derived table, from the stored extractions and their identities."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _DERIVED}
    counter = dict.fromkeys(_DERIVED, 0)

    def add(table: str, row: dict[str, Any]) -> int:
        counter[table] += 1
        rows[table].append({"id": counter[table], **row})
        return counter[table]

    def linked(index: int, facet: str, fact: int, role: str = "self", item: int = 0) -> str | None:
        found = identities.of(index, facet, fact, role, item)
        return None if found is None else found.id

    fact_ids: dict[tuple[int, str, int], int] = {}
    for index, (article, extraction, data) in enumerate(articles):
        published = data["meta"]["published_at"]
        province = next((u.province for u in extraction.unions if u.level == "provincial" and u.province), None)
        for facet in ("people", "unions", "member_organizations", "events", "aid_figures", "directives"):
            for number, fact in enumerate(data[facet]):
                row = _fact_row(facet, fact, article, index, number, linked, province or _first_event(extraction))
                if facet == "aid_figures" and row["year"] is None:  # a figure of no period: the article's year
                    row["year"] = _year(published)
                fact_id = add(facet, row)
                fact_ids[(index, facet, number)] = fact_id
                for mention in fact["mentions"]:
                    add("mentions", {"article_id": article, "facet": facet, "fact_id": fact_id, **mention})
                if facet == "people":
                    for item, position in enumerate(fact["positions"]):
                        add("positions", {"person_row": fact_id, "article_id": article, "person_id": row["person_id"],
                                          **position, "body_id": linked(index, facet, number, "position", item),
                                          "published_at": published})
                if facet == "events":
                    for item, name in enumerate(fact["organizers"]):
                        add("event_organizers", {"event_id": fact_id, "article_id": article, "name": name,
                                                 "body_id": linked(index, facet, number, "organizer", item)})
                    for item, name in enumerate(fact["participants"]):
                        add("event_participants", {"event_id": fact_id, "article_id": article, "name": name,
                                                   "person_id": linked(index, facet, number, "participant", item)})
    seen: dict[str, set[int]] = {}
    for link in identities.links:
        article = articles[link.article][0]
        seen.setdefault(link.identity, set()).add(article)
        add("identity_links", {"identity_id": link.identity, "article_id": article, "facet": link.facet,
                               "fact_id": fact_ids[(link.article, link.facet, link.fact)], "role": link.role,
                               "item": link.item, "rule": link.rule})
    rows["identities"] = [{"id": i.id, "kind": i.kind, "name": i.name, "rule": i.rule,
                           "articles": len(seen.get(i.id, ()))} for i in identities.identities]
    return rows


def _total(fact: dict[str, Any]) -> float | None:
    """What a figure adds up to: an amount per unit times the units, ``None`` when no count is given."""
    if not fact["per_unit"]:
        return float(fact["amount"])
    count = (fact["quantity"] or {}).get("count")
    return None if count is None else float(fact["amount"]) * count


def _first_event(extraction: Extraction) -> str | None:
    return next((e.province for e in extraction.events if e.province), None)


def _fact_row(
    facet: str, fact: dict[str, Any], article: int, index: int, number: int,
    linked: Callable[..., str | None], province: str | None,
) -> dict[str, Any]:
    """One fact's row: its fields as columns (lists as JSON), and the ids of what it names."""
    row: dict[str, Any] = {"article_id": article}
    identity = linked(index, facet, number)
    if facet == "people":
        row.update(name=fact["name"], honorific=fact["honorific"], person_id=identity)
    elif facet == "unions":
        membership = fact["membership"] or {}
        row.update({k: fact[k] for k in ("name", "level", "province", "province_2025", "acronym", "cluster")},
                   members_total=membership.get("total"), members_central=membership.get("central"),
                   members_provincial=membership.get("provincial"), body_id=identity)
    elif facet == "member_organizations":
        row.update({k: fact[k] for k in ("name", "kind", "locality", "locality_2025", "acronym")},
                   countries=json.dumps(fact["countries"]), body_id=identity)
    elif facet == "events":
        row.update({k: fact[k] for k in ("kind", "name", "theme", "date", "time_of_day", "location", "province",
                                         "province_2025", "country", "attendance")},
                   year=_year(fact["date"]), month=_month(fact["date"]))
    elif facet == "aid_figures":
        quantity = fact["quantity"] or {}
        row.update({k: fact[k] for k in ("currency", "qualifier", "kind", "purpose", "donor", "recipient", "period")},
                   amount=float(fact["amount"]), amount_exact=fact["amount"], year=_year(fact["period"]),
                   total=_total(fact),
                   province=province, quantity_count=quantity.get("count"), quantity_unit=quantity.get("unit"),
                   per_unit=int(fact["per_unit"]), donor_id=linked(index, facet, number, "donor"),
                   recipient_id=linked(index, facet, number, "recipient"))
    else:
        row.update({k: fact[k] for k in ("kind", "number", "symbol", "issuer", "issued_on", "subject")},
                   aliases=json.dumps(fact["aliases"], ensure_ascii=False), directive_id=identity,
                   issuer_id=linked(index, facet, number, "issuer"))
    return row



# ------------------------------------------------------------------ the command line


def add_commands(commands: Any) -> None:
    """``vnfriendship db build`` and ``vnfriendship db metadata``, under the parser's subcommands."""
    group = commands.add_parser("db", help="a corpus database: build it from pages, browse it in Datasette")
    actions = group.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    build = actions.add_parser("build", help="extract files and folders (text, HTML, WARC) into an SQLite database")
    build.add_argument("inputs", nargs="+", metavar="PATH", help="files and folders (searched recursively)")
    build.add_argument("-o", "--output", default="facts.db", metavar="FILE", help="the database (default facts.db)")
    build.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                       help="worker processes (default 1; 0: one per core)")
    build.add_argument("--glob", action="append", metavar="PATTERN",
                       help=f"the files to read in a folder (repeatable; default: {' '.join(INPUT_PATTERNS)})")
    metadata = actions.add_parser("metadata", help="print Datasette's metadata: descriptions and canned queries")
    metadata.add_argument("--database", default="facts", metavar="NAME",
                          help="the database's name in Datasette: its file name without .db (default facts)")
    for parser in (build, metadata):
        parser.add_argument("--disable", action="append", default=[], metavar="NAME", help=argparse.SUPPRESS)


_PLURALS = {"person": "people", "body": "bodies", "directive": "directives"}


def run_command(pipeline: Pipeline, args: Any, out: Any, err: Any) -> int:
    """Run ``vnfriendship db ...``; returns the exit status (1 when an input was skipped or the build failed)."""
    if args.db_command == "metadata":
        out.write(json.dumps(datasette_metadata(args.database), ensure_ascii=False, indent=2) + "\n")
        return 0
    if args.jobs < 0:
        err.write(f"vnfriendship: --jobs must be 0 (one per core) or more, got {args.jobs}\n")
        return 2

    def told(source: str, reason: str) -> None:
        err.write(f"vnfriendship: {source}: skipped: {reason}\n")

    try:
        report = build_database(args.inputs, args.output, workers=args.jobs, pipeline=pipeline,
                                patterns=args.glob or INPUT_PATTERNS, on_skip=told)
    except DatabaseError as error:
        err.write(f"vnfriendship: {error}\n")
        return 1
    kinds = ", ".join(f"{report.identities.get(kind, 0)} {plural}" for kind, plural in _PLURALS.items())
    out.write(f"{args.output}: {report.articles} articles; {len(report.extracted)} inputs read, "
              f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped; identities: {kinds}\n")
    return 1 if report.skipped else 0
