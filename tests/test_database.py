"""The corpus database (vnfriendship db build): tables, links to identities, incremental builds, bad files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from vnfriendship import Pipeline
from vnfriendship._cli import main
from vnfriendship.corpus import FORMAT, DatabaseError, build_database

sqlite_utils = pytest.importorskip("sqlite_utils", reason="the db extra (CI installs it)")
pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "html"
ANOTHER = (
    "Sáng 2/4, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức hội nghị. Dự có ông Nguyễn Văn An, "
    "Giám đốc Sở Ngoại vụ tỉnh Nghệ An. Hội nghị quán triệt Chỉ thị số 12-CT/TW của Ban Bí thư.\n"
)


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(EXAMPLES, folder)
    return folder


def rows(path: Path, sql: str, *params: Any) -> list[dict[str, Any]]:
    return list(sqlite_utils.Database(path).query(sql, params))


def test_a_folder_of_pages_becomes_a_database(pipeline: Pipeline, pages: Path, tmp_path: Path) -> None:
    skipped: list[tuple[str, str]] = []
    report = build_database([pages], tmp_path / "facts.db", pipeline=pipeline,
                            on_skip=lambda source, reason: skipped.append((source, reason)))
    db = tmp_path / "facts.db"
    assert report.articles == 3 and len(report.extracted) == 4
    assert [(Path(s).name, "mostly links" in r) for s, r in skipped] == [("danh-sach-tin.html", True)]
    (article,) = rows(db, "select * from articles where title = ?", "Hà Tĩnh trao học bổng cho sinh viên Lào")
    assert (article["outlet"], article["authors"], article["published_at"]) == (
        "Báo Mẫu", '["Trần Văn Bình"]', "2024-09-12T08:30:00+07:00")
    assert len(article["content_hash"]) == 64 and article["text"].startswith("Hà Tĩnh trao học bổng")
    assert report.identities == {"person": 3, "body": 5, "directive": 1}


def test_every_fact_links_to_its_identity(pipeline: Pipeline, pages: Path, tmp_path: Path) -> None:
    db = tmp_path / "facts.db"
    build_database([pages], db, pipeline=pipeline)
    for table, column in [("people", "person_id"), ("unions", "body_id"), ("directives", "directive_id"),
                          ("event_participants", "person_id"), ("event_organizers", "body_id")]:
        assert rows(db, f"select count(*) as n from {table} where {column} is null") == [{"n": 0}], table
    # The short form "Chỉ thị 12" of one article is the 12-CT/TW of another.
    cited = rows(db, "select d.symbol, i.name from directives d join identities i on i.id = d.directive_id "
                     "order by d.symbol is null")
    assert [(c["symbol"], c["name"]) for c in cited] == [("12-CT/TW", "12-CT/TW"), (None, "12-CT/TW")]
    # Two people named Nguyễn Văn An: the Hà Tĩnh union's chairman in two articles, a namesake in Nghệ An.
    careers = rows(db, "select person_id, count(distinct article_id) as n from people where name = ? "
                       "group by person_id order by n", "Nguyễn Văn An")
    assert [c["n"] for c in careers] == [1, 2]


def test_tables_have_foreign_keys_indexes_and_full_text_search(pipeline: Pipeline, pages: Path, tmp_path: Path) -> None:
    db = tmp_path / "facts.db"
    build_database([pages], db, pipeline=pipeline)
    database = sqlite_utils.Database(db)
    keys = {(k.column, k.other_table) for k in database["positions"].foreign_keys}
    assert keys == {("person_row", "people"), ("article_id", "articles"), ("person_id", "identities"),
                    ("body_id", "identities")}
    assert {tuple(i.columns) for i in database["positions"].indexes} >= {("person_id",), ("body_id",)}
    found = rows(db, "select title from articles where rowid in "
                     "(select rowid from articles_fts where articles_fts match ?)", "học bổng")
    assert [f["title"] for f in found] == ["Hà Tĩnh trao học bổng cho sinh viên Lào"]
    with sqlite3.connect(db) as connection:
        assert connection.execute("pragma foreign_key_check").fetchall() == []


def test_a_second_build_reads_only_new_or_changed_inputs(pipeline: Pipeline, pages: Path, tmp_path: Path) -> None:
    db = tmp_path / "facts.db"
    build_database([pages], db, pipeline=pipeline)
    (pages / "nghe-an-hoi-nghi.txt").write_text(ANOTHER, encoding="utf-8")
    changed = pages / "ha-tinh-tong-ket.html"
    changed.write_text(changed.read_text(encoding="utf-8").replace("3 tỷ đồng", "4 tỷ đồng"), encoding="utf-8")
    report = build_database([pages], db, pipeline=pipeline)
    assert sorted(Path(p).name for p in report.extracted) == ["ha-tinh-tong-ket.html", "nghe-an-hoi-nghi.txt"]
    assert len(report.unchanged) == 3 and report.articles == 4
    assert [r["total"] for r in rows(db, "select total from aid_figures where year = 2024 and kind = 'aid'")] == [4e9]
    # The new article's citation joins the directive's identity: derived tables are rebuilt whole.
    assert rows(db, "select count(distinct directive_id) as n, count(*) as c from directives") == [{"n": 1, "c": 3}]


def test_a_warc_archive_gives_one_article_per_page(pipeline: Pipeline, tmp_path: Path) -> None:
    from test_html import crawl

    db = tmp_path / "facts.db"
    skipped: list[str] = []
    report = build_database([crawl(tmp_path, gzipped=True)], db, pipeline=pipeline,
                            on_skip=lambda source, reason: skipped.append(source))
    assert report.articles == 1
    assert rows(db, "select source from articles") == [{"source": "https://baomau.example/a.html"}]
    assert skipped == ["https://baomau.example/gone.html", "https://baomau.example/list.html"]


def test_a_file_that_is_not_sqlite_is_left_alone(pipeline: Pipeline, pages: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        build_database([pages], notes, pipeline=pipeline)
    assert notes.read_text(encoding="utf-8") == "my notes"


def test_an_sqlite_database_of_someone_else_is_left_alone(pipeline: Pipeline, pages: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("create table customers (name text)")
    connection.close()
    with pytest.raises(DatabaseError, match="not a vnfriendship database"):
        build_database([pages], other, pipeline=pipeline)
    assert sqlite_utils.Database(other).table_names() == ["customers"]


def test_a_locked_database_is_a_clear_error(pipeline: Pipeline, pages: Path, tmp_path: Path) -> None:
    db = tmp_path / "facts.db"
    build_database([pages], db, pipeline=pipeline)
    (pages / "nghe-an-hoi-nghi.txt").write_text(ANOTHER, encoding="utf-8")
    holder = sqlite3.connect(db)
    holder.execute("begin exclusive")
    try:
        with pytest.raises(DatabaseError, match="locked by another program"):
            build_database([pages], db, pipeline=pipeline)
    finally:
        holder.rollback()
        holder.close()
    assert rows(db, "select value from vnfriendship where key = 'format'") == [{"value": FORMAT}]


def test_the_command_line_builds_and_reports(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "facts.db"
    assert main(["db", "build", str(pages), "-o", str(db)]) == 1  # the list page was skipped
    out, err = capsys.readouterr()
    assert out == (f"{db}: 3 articles; 4 inputs read, 0 unchanged, 1 skipped; "
                   "identities: 3 people, 5 bodies, 1 directives\n")
    assert "danh-sach-tin.html: skipped: no article in this HTML page" in err
    assert main(["db", "build", str(pages / "ha-tinh-tong-ket.html"), "-o", str(db)]) == 0
    assert "0 inputs read, 1 unchanged" in capsys.readouterr().out


def test_the_command_line_refuses_a_foreign_file(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes", encoding="utf-8")
    assert main(["db", "build", str(pages), "-o", str(notes)]) == 1
    assert capsys.readouterr().err == f"vnfriendship: {notes}: not an SQLite database; refusing to overwrite it\n"
