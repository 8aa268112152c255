"""The corpus database in Datasette: its metadata and canned queries, through Datasette's own test client."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from vnfriendship import Pipeline
from vnfriendship.corpus import build_database, datasette_metadata

datasette_app = pytest.importorskip("datasette.app", reason="the browse extra (CI installs it)")
pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "html"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "facts.db"
    build_database([EXAMPLES], path, pipeline=Pipeline(load_entry_points=False))
    return path


def get(database: Path, url: str) -> Any:
    """A page of Datasette, served in-process as its own tests do."""
    datasette = datasette_app.Datasette([str(database)], metadata=datasette_metadata("facts"))

    async def fetch() -> Any:
        response = await datasette.client.get(url)
        assert response.status_code == 200, (url, response.text[:500])
        return response.json() if ".json" in url else response.text

    return asyncio.run(fetch())


def test_aid_by_province_and_year(database: Path) -> None:
    rows = get(database, "/facts/aid_by_province_and_year.json?_shape=array")
    assert [(r["province"], r["year"], r["currency"], r["total"]) for r in rows] == [
        ("Hà Tĩnh", 2024, "VND", 3_100_000_000.0),  # 3 billion raised, and 20 scholarships of 5 million
        ("Nghệ An", 2025, "VND", 500_000_000.0),
    ]


def test_a_persons_positions_over_time(database: Path) -> None:
    rows = get(database, "/facts/positions_of_a_person.json?_shape=array&name=Nguy%E1%BB%85n+V%C4%83n+An")
    by_person: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_person.setdefault(row["person_id"], []).append((row["published_at"][:10], row["body"]))
    # Two people of one name: the Hà Tĩnh union's chairman in 2024 and 2025, and a namesake in Nghệ An.
    assert sorted(by_person.values()) == [
        [("2024-09-12", "Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh"),
         ("2025-01-15", "Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh")],
        [("2025-03-08", "Sở Ngoại vụ tỉnh Nghệ An")],
    ]


def test_every_article_citing_a_directive_short_forms_included(database: Path) -> None:
    rows = get(database, "/facts/articles_citing_a_directive.json?_shape=array&symbol=12-CT%2FTW")
    assert [(r["published_at"][:10], r["symbol"], r["cited"]) for r in rows] == [
        ("2024-09-12", "12-CT/TW", "Chỉ thị số 12-CT/TW"),
        ("2025-01-15", None, "Chỉ thị 12"),
    ]


def test_events_per_month(database: Path) -> None:
    rows = get(database, "/facts/events_per_month.json?_shape=array")
    assert [(r["month"], r["events"]) for r in rows] == [("2024-09", 1), ("2025-01", 1), ("2025-03", 1)]


def test_tables_show_their_descriptions(database: Path) -> None:
    page = get(database, "/facts/identities")
    assert "One row per person, body or directive across the corpus." in page
    assert "Events per month" in get(database, "/facts")


def test_full_text_search_from_the_table_page(database: Path) -> None:
    rows = get(database, "/facts/articles.json?_shape=array&_search=h%E1%BB%8Dc+b%E1%BB%95ng&_col=title")
    assert [r["title"] for r in rows] == ["Hà Tĩnh trao học bổng cho sinh viên Lào"]


def test_the_metadata_takes_the_databases_name() -> None:
    assert list(datasette_metadata("archive")["databases"]) == ["archive"]
    queries = datasette_metadata()["databases"]["facts"]["queries"]
    assert set(queries) == {"aid_by_province_and_year", "positions_of_a_person", "articles_citing_a_directive",
                            "events_per_month"}
