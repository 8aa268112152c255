"""Events per month, as a table and as a bar chart.

    python examples/recipes/events_per_month.py [PAGE_OR_FOLDER ...] [--chart FILE.png]

An event counts in the month of its date, the first day's month for one that
spans several ("2025-05-29/2025-05-31"). An event whose date gives no year or
no month ("XXXX-03-18", "2024") is counted apart, on the last line, rather
than guessed.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from recipe_tools import EXAMPLES, extractions, print_table, save_chart

from vnfriendship import EdtfDate, EdtfInterval, Event, Extraction

UNDATED = "no year or month"


def event_month(event: Event) -> str | None:
    """``"YYYY-MM"`` of the event's (first) day, or ``None`` when its date lacks the year or the month."""
    date = event.date.start if isinstance(event.date, EdtfInterval) else event.date
    if isinstance(date, EdtfDate) and date.year is not None and date.month is not None:
        return f"{date.year:04d}-{date.month:02d}"
    return None


def events_per_month(pages: Iterable[Extraction]) -> dict[str, Counter[str]]:
    """Each month's events by kind, months in order, then the undated ones under :data:`UNDATED`."""
    months: dict[str, Counter[str]] = {}
    for extraction in pages:
        for event in extraction.events:
            months.setdefault(event_month(event) or UNDATED, Counter())[event.kind] += 1
    return dict(sorted(months.items(), key=lambda item: (item[0] == UNDATED, item[0])))


def draw_months(months: dict[str, Counter[str]]) -> Any:
    """A function that draws the dated months as bars, every calendar month between the first and the last."""
    dated = {month: sum(kinds.values()) for month, kinds in months.items() if month != UNDATED}
    calendar = _calendar(min(dated), max(dated)) if dated else []

    def draw(axes: Any) -> None:
        axes.bar(range(len(calendar)), [dated.get(month, 0) for month in calendar], color="tab:green")
        axes.set_xticks(range(len(calendar)), calendar, rotation=60)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_ylabel("events")
        axes.set_title("Events per month")

    return draw


def _calendar(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[EXAMPLES], help="pages or folders of pages")
    parser.add_argument("--chart", type=Path, help="also draw the counts into this PNG file (needs matplotlib)")
    args = parser.parse_args(argv)
    months = events_per_month(extractions(args.paths))
    rows = [
        (month, sum(kinds.values()), ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
        for month, kinds in months.items()
    ]
    print_table(("month", "events", "kinds"), rows)
    if args.chart:
        save_chart(args.chart, draw_months(months))


if __name__ == "__main__":
    main()
