"""Aid totals by province and year, as a table and as a bar chart.

    python examples/recipes/aid_by_province.py [PAGE_OR_FOLDER ...] [--after-merger] [--chart FILE.png]

An aid figure counts for the province of the article's first provincial union,
or else of its first event with a province: articles about aid name the union
that mobilised or received it far more often than they give the figure a place
of its own. Its year is the first year of the period it covers ("năm 2024"), or
else the year the article was published. A per-unit figure ("mỗi suất 3 triệu
đồng") counts times the number of units when the article gives it, and not at
all otherwise; pledges are left out. ``--after-merger`` adds up by the 34 units
in force since 1 July 2025 instead of the 63 before.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from recipe_tools import EXAMPLES, extractions, print_table, save_chart

from vnfriendship import AidFigure, EdtfDate, EdtfInterval, Extraction

Key = tuple[str, int, str]  # province, year, currency


def article_province(extraction: Extraction, *, after_merger: bool = False) -> str | None:
    """The province an article is about: its first provincial union's, or else its first event's."""
    places = [u for u in extraction.unions if u.level == "provincial"] + list(extraction.events)
    for fact in places:
        province = fact.province_2025 if after_merger else fact.province
        if province:
            return province
    return None


def figure_year(figure: AidFigure, extraction: Extraction) -> int | None:
    """The first year of the figure's period, or else the article's year of publication."""
    period = figure.period
    start = period.start if isinstance(period, EdtfInterval) else period
    if isinstance(start, EdtfDate) and start.year is not None:
        return start.year
    published = extraction.meta.published_at
    return None if published is None else published.year


def counted_amount(figure: AidFigure) -> Decimal | None:
    """What the figure adds to a total, or ``None`` when it adds nothing."""
    if figure.kind == "pledge":
        return None
    if figure.per_unit:
        return None if figure.quantity is None else figure.amount * figure.quantity.count
    return figure.amount


def aid_totals(pages: Iterable[Extraction], *, after_merger: bool = False) -> dict[Key, Decimal]:
    """Totals by (province, year, currency), sorted; an unknown province or year reads as "?" or 0."""
    totals: dict[Key, Decimal] = defaultdict(Decimal)
    for extraction in pages:
        province = article_province(extraction, after_merger=after_merger) or "?"
        for figure in extraction.aid_figures:
            amount = counted_amount(figure)
            if amount is not None:
                totals[province, figure_year(figure, extraction) or 0, figure.currency] += amount
    return dict(sorted(totals.items()))


def draw_totals(totals: dict[Key, Decimal]) -> Any:
    """A function that draws the VND totals as bars: one group per province, one bar per year."""
    vnd = {(province, year): amount for (province, year, currency), amount in totals.items() if currency == "VND"}
    provinces = sorted({province for province, _ in vnd})
    years = sorted({year for _, year in vnd})

    def draw(axes: Any) -> None:
        width = 0.8 / max(len(years), 1)
        for i, year in enumerate(years):
            heights = [float(vnd.get((p, year), 0)) / 1e9 for p in provinces]
            positions = [n + (i - (len(years) - 1) / 2) * width for n in range(len(provinces))]
            bars = axes.bar(positions, heights, width, label=str(year or "year unknown"))
            axes.bar_label(bars, labels=[f"{h:.2f}" if h else "" for h in heights], fontsize=8)
        axes.set_xticks(range(len(provinces)), provinces)
        axes.set_ylabel("billion VND (tỷ đồng)")
        axes.set_title("Aid by province and year" if vnd else "No aid figures in VND")
        if years:
            axes.legend()

    return draw


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[EXAMPLES], help="pages or folders of pages")
    parser.add_argument("--after-merger", action="store_true", help="add up by the provinces in force since 2025")
    parser.add_argument("--chart", type=Path, help="also draw the totals into this PNG file (needs matplotlib)")
    args = parser.parse_args(argv)
    totals = aid_totals(extractions(args.paths), after_merger=args.after_merger)
    rows = [(province, year or "?", currency, f"{amount:,}") for (province, year, currency), amount in totals.items()]
    print_table(("province", "year", "currency", "total"), rows)
    if args.chart:
        save_chart(args.chart, draw_totals(totals))


if __name__ == "__main__":
    main()
