"""The recipes of examples/recipes: their rules on facts made by hand, and their results on the example pages."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from vnfriendship import (
    AidFigure,
    ArticleMeta,
    Directive,
    EdtfDate,
    EdtfInterval,
    Event,
    Extraction,
    Mention,
    Pipeline,
    Quantity,
    Union,
    hookimpl,
)

RECIPES = Path(__file__).resolve().parents[1] / "examples" / "recipes"
PAGES = RECIPES / "pages"


def _recipe(name: str) -> ModuleType:
    # The recipes are scripts that import their sibling recipe_tools, as they do when run.
    if str(RECIPES) not in sys.path:
        sys.path.insert(0, str(RECIPES))
    return importlib.import_module(name)


tools = _recipe("recipe_tools")
tables = _recipe("pages_to_tables")
aid = _recipe("aid_by_province")
months = _recipe("events_per_month")
mentions = _recipe("directive_mentions")


def _article(*, published: dt.date | None = None, **facts: object) -> Extraction:
    return Extraction("", meta=ArticleMeta(published_at=published), **facts)  # type: ignore[arg-type]


def _vnd(amount: int, **fields: object) -> AidFigure:
    return AidFigure(Decimal(amount), "VND", **fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------- reading pages


def test_a_folder_stands_for_every_page_beneath_it(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.txt", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert tools.page_paths([tmp_path]) == [tmp_path / "1.txt", tmp_path / "b" / "2.txt"]


def test_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no-such-folder: no such file or folder"):
        tools.page_paths([tmp_path / "no-such-folder"])


def test_a_plugin_that_fails_is_reported_not_hidden(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Broken:
        @hookimpl
        def vnfriendship_extract(self) -> None:
            raise RuntimeError("out of order")

    monkeypatch.setattr(tools, "Pipeline", lambda: Pipeline(plugins=[Broken()], load_entry_points=False))
    assert len(list(tools.extractions([PAGES / "can-tho-giao-luu.txt"]))) == 1
    assert "can-tho-giao-luu.txt: plugin" in (err := capsys.readouterr().err)
    assert "failed: RuntimeError: out of order" in err


def test_a_table_aligns_numbers_to_the_right(capsys: pytest.CaptureFixture[str]) -> None:
    tools.print_table(("name", "total"), [("Huế", "1,000"), ("Cà Mau", "20")])
    assert capsys.readouterr().out.splitlines() == [
        "name    total",
        "------  -----",
        "Huế     1,000",
        "Cà Mau     20",
    ]


# ---------------------------------------------------------------- pages to tables


def test_a_fact_flattens_into_csv_cells() -> None:
    fact = {
        "name": "Nguyễn Văn A",
        "positions": [{"title": "Chủ tịch", "organization": None}, {"title": "Ủy viên", "organization": "Hội"}],
        "membership": {"total": 9, "central": None},
        "countries": ["LA", "KH"],
        "mentions": [{"start": 3, "end": 9, "text": "x", "segment": "body"}, {"start": 20, "end": 26}],
    }
    assert tables.flatten(fact) == {
        "name": "Nguyễn Văn A",
        "positions": "Chủ tịch; Ủy viên, Hội",
        "membership.total": "9",
        "membership.central": "",
        "countries": "LA; KH",
        "mentions": "3:9; 20:26",
    }


def test_the_example_pages_become_a_jsonl_file_and_a_csv_file_per_facet(tmp_path: Path) -> None:
    counts = tables.write_tables([PAGES], tmp_path)
    lines = (tmp_path / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert counts["extractions.jsonl"] == len(lines) == len(list(PAGES.glob("*.txt")))
    assert {json.loads(line)["schema"] for line in lines} == {"vnfriendship/1"}
    for facet in tables.FACETS:
        with (tmp_path / f"{facet}.csv").open(encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
        assert len(rows) == counts[f"{facet}.csv"]
    with (tmp_path / "aid_figures.csv").open(encoding="utf-8", newline="") as file:
        scholarship = next(row for row in csv.DictReader(file) if row["kind"] == "scholarship")
    # An object null in some rows is a column per key only, never a column of its own too.
    assert scholarship["quantity.count"] == "50" and "quantity" not in scholarship
    assert scholarship["source"].endswith("nghe-an-hoc-bong.txt")


# ---------------------------------------------------------------- aid by province and year


def test_a_per_unit_figure_counts_times_its_units_and_not_at_all_without_them() -> None:
    assert aid.counted_amount(_vnd(2_000_000, per_unit=True, quantity=Quantity(30, "suất"))) == 60_000_000
    assert aid.counted_amount(_vnd(80_000_000, per_unit=True)) is None
    assert aid.counted_amount(_vnd(5_000_000, kind="pledge")) is None
    assert aid.counted_amount(_vnd(5_000_000)) == 5_000_000


def test_a_figure_is_of_its_period_s_first_year_or_else_of_the_article_s() -> None:
    article = _article(published=dt.date(2025, 1, 9))
    span = EdtfInterval(EdtfDate(2023), EdtfDate(2024))
    assert aid.figure_year(_vnd(1, period=span), article) == 2023
    assert aid.figure_year(_vnd(1, period=EdtfDate(None, 6)), article) == 2025
    assert aid.figure_year(_vnd(1), _article()) is None


def test_an_article_is_about_its_first_provincial_union_s_province_or_else_its_event_s() -> None:
    vufo = Union("Liên hiệp các tổ chức hữu nghị Việt Nam", "central")
    union = Union("Liên hiệp các tổ chức hữu nghị tỉnh Hà Giang", "provincial", province="Hà Giang")
    event = Event("conference", province="Đắk Nông")
    assert aid.article_province(_article(unions=[vufo, union], events=[event])) == "Hà Giang"
    assert aid.article_province(_article(unions=[vufo, union]), after_merger=True) == "Tuyên Quang"
    assert aid.article_province(_article(unions=[vufo], events=[event])) == "Đắk Nông"
    assert aid.article_province(_article(unions=[vufo])) is None


def test_totals_add_up_by_province_year_and_currency() -> None:
    union = Union("Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái", "provincial", province="Yên Bái")
    pages = [
        _article(published=dt.date(2024, 3, 1), unions=[union], aid_figures=[_vnd(100), _vnd(50)]),
        _article(published=dt.date(2024, 8, 1), unions=[union], aid_figures=[AidFigure(Decimal(7), "USD")]),
        _article(published=dt.date(2025, 2, 1), aid_figures=[_vnd(9)]),
    ]
    assert aid.aid_totals(pages) == {
        ("?", 2025, "VND"): 9,
        ("Yên Bái", 2024, "USD"): 7,
        ("Yên Bái", 2024, "VND"): 150,
    }
    assert ("Lào Cai", 2024, "VND") in aid.aid_totals(pages, after_merger=True)


def test_aid_by_province_on_the_example_pages(capsys: pytest.CaptureFixture[str]) -> None:
    aid.main([str(PAGES)])
    rows = {" ".join(line.split()[:-2]): line.split()[-1] for line in capsys.readouterr().out.splitlines()[2:]}
    # 18 billion mobilised in 2024, and 960 million for houses in May: the 80 million a house is in it.
    assert rows["Hà Tĩnh 2024"] == "18,960,000,000"
    assert rows["Nghệ An 2024"] == "150,000,000"  # 50 scholarships of 3 million


# ---------------------------------------------------------------- events per month


def test_an_event_counts_in_the_month_of_its_first_day() -> None:
    assert months.event_month(Event(date=EdtfDate(2025, 5, 29))) == "2025-05"
    assert months.event_month(Event(date=EdtfInterval(EdtfDate(2024, 12, 30), EdtfDate(2025, 1, 2)))) == "2024-12"
    assert months.event_month(Event(date=EdtfDate(None, 3, 18))) is None
    assert months.event_month(Event(date=EdtfDate(2024))) is None
    assert months.event_month(Event()) is None


def test_months_are_in_order_and_the_undated_last() -> None:
    pages = [
        _article(events=[Event("visit", date=EdtfDate(2025, 2, 1)), Event("visit", date=EdtfDate(None, 1, 5))]),
        _article(events=[Event("workshop", date=EdtfDate(2024, 11, 3)), Event("visit", date=EdtfDate(2025, 2, 9))]),
    ]
    counted = months.events_per_month(pages)
    assert list(counted) == ["2024-11", "2025-02", months.UNDATED]
    assert counted["2025-02"] == {"visit": 2}


def test_the_chart_s_calendar_has_every_month_between() -> None:
    assert months._calendar("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]


# ---------------------------------------------------------------- mentions of a directive


def test_a_symbol_matches_whatever_its_case_and_spacing() -> None:
    directive = Directive("directive", symbol="12-CT/TW")
    assert mentions.is_document(directive, "12-ct/tw")
    assert mentions.is_document(directive, " 12-CT / TW")
    assert not mentions.is_document(directive, "12-NQ/TW")
    assert not mentions.is_document(Directive("directive", number="12"), "12-CT/TW")


def test_a_mention_is_shown_within_whole_words_of_its_line() -> None:
    text = "Tiêu đề\n" + "một hai ba bốn năm sáu bảy tám chín mười " * 2 + "[X]" + " một hai ba" * 9 + "\nsau"
    start = text.index("[X]")
    shown = mentions.in_context(text, start, start + 3)
    assert shown.startswith("…") and shown.endswith("…") and "[[X]]" in shown
    assert "\n" not in shown and "Tiêu" not in shown
    assert mentions.in_context("a [X] b", 2, 5) == "a [[X]] b"


def test_every_mention_of_a_directive_across_the_example_pages() -> None:
    pipeline = Pipeline(load_entry_points=False)
    pages = [pipeline.extract_file(path) for path in sorted(PAGES.glob("*.txt"))]
    found = list(mentions.mentions_of("12-ct/tw", pages))
    assert {row[0] for row in found} == {"ha-tinh-nha-tinh-nghia.txt", "ha-tinh-tong-ket.txt", "thanh-hoa-hoi-thao.txt"}
    for page, start, end, segment, context in found:
        assert f"[{next(p for p in pages if p.source and p.source.endswith(page)).text[start:end]}]" in context
        assert segment == "body"


def test_a_hand_made_mention_is_found() -> None:
    text = "Thực hiện Chỉ thị số 5-CT/TU của Tỉnh ủy."
    start, end = text.index("Chỉ"), text.index(" của")
    directive = Directive("directive", symbol="5-CT/TU", mentions=[Mention(start, end, text[start:end])])
    page = Extraction(text, source="/pages/a.txt", directives=[directive])
    assert list(mentions.mentions_of("5-CT/TU", [page])) == [
        ("a.txt", start, end, "body", "Thực hiện [Chỉ thị số 5-CT/TU] của Tỉnh ủy.")
    ]


# ---------------------------------------------------------------- charts


def test_a_chart_is_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plot extra draws charts")
    union = Union("Liên hiệp các tổ chức hữu nghị tỉnh Huế", "provincial", province="Thừa Thiên Huế")
    totals = aid.aid_totals([_article(published=dt.date(2024, 1, 1), unions=[union], aid_figures=[_vnd(10**9)])])
    for name, draw in (("aid.png", aid.draw_totals(totals)), ("none.png", aid.draw_totals({}))):
        assert tools.save_chart(tmp_path / name, draw)
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert tools.save_chart(tmp_path / "events.png", months.draw_months({"2024-01": months.Counter(visit=2)}))


def test_without_matplotlib_the_table_is_printed_and_the_chart_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # an import of it now fails
    months.main([str(PAGES / "thanh-hoa-hoi-thao.txt"), "--chart", str(tmp_path / "events.png")])
    out, err = capsys.readouterr()
    assert "2025-04" in out and tools.PLOT_HINT in err
    assert not (tmp_path / "events.png").exists()
