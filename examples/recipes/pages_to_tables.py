"""A folder of saved pages to one JSONL file and one CSV file per facet.

    python examples/recipes/pages_to_tables.py [PAGE_OR_FOLDER ...] [--out FOLDER]

``extractions.jsonl`` holds the JSON form of every page (schema ``vnfriendship/1``),
one line each. ``people.csv``, ``unions.csv``, ``member_organizations.csv``,
``events.csv``, ``aid_figures.csv`` and ``directives.csv`` hold one row per fact,
with the page it came from in the first column. A list of names becomes one cell
joined with ``"; "``, a nested object one column per key (``membership.total``),
and mentions their ``start:end`` offsets.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from recipe_tools import EXAMPLES, extractions

from vnfriendship import to_dict

FACETS = ("people", "unions", "member_organizations", "events", "aid_figures", "directives")


def flatten(fact: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """One JSON fact as CSV cells."""
    cells: dict[str, str] = {}
    for key, value in fact.items():
        name = prefix + key
        if isinstance(value, dict):
            cells.update(flatten(value, name + "."))
        elif key == "mentions":
            cells[name] = "; ".join(f"{m['start']}:{m['end']}" for m in value)
        elif isinstance(value, list):
            # A list of objects (a person's positions) reads as "title, organization; ...".
            cells[name] = "; ".join(
                ", ".join(str(v) for v in item.values() if v is not None) if isinstance(item, dict) else str(item)
                for item in value
            )
        else:
            cells[name] = "" if value is None else str(value)
    return cells


def write_tables(paths: Sequence[Path], out: Path) -> dict[str, int]:
    """Write the JSONL file and the CSV files into ``out``; returns the number of rows of each file."""
    out.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict[str, str]]] = {facet: [] for facet in FACETS}
    pages = 0
    with (out / "extractions.jsonl").open("w", encoding="utf-8") as jsonl:
        for extraction in extractions(paths):
            data = to_dict(extraction)
            jsonl.write(json.dumps(data, ensure_ascii=False) + "\n")
            pages += 1
            for facet in FACETS:
                rows[facet] += [{"source": data["source"], **flatten(fact)} for fact in data[facet]]
    counts = {"extractions.jsonl": pages}
    for facet, facet_rows in rows.items():
        columns = list(dict.fromkeys(key for row in facet_rows for key in row)) or ["source"]
        # An object that is null in some rows ("quantity") is already there as its keys ("quantity.count").
        columns = [c for c in columns if not any(other.startswith(c + ".") for other in columns)]
        with (out / f"{facet}.csv").open("w", encoding="utf-8", newline="") as file:
            writer = csv.DictWriter(file, fieldnames=columns, restval="", extrasaction="ignore")
            writer.writeheader()
            writer.writerows(facet_rows)
        counts[f"{facet}.csv"] = len(facet_rows)
    return counts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[EXAMPLES], help="pages or folders of pages")
    parser.add_argument("--out", type=Path, default=Path("tables"), help="folder to write into (default: tables)")
    args = parser.parse_args(argv)
    for name, count in write_tables(args.paths, args.out).items():
        print(f"{count:5}  {args.out / name}")


if __name__ == "__main__":
    main()
