"""What the recipes share: reading a folder of saved pages, printing a table, saving a chart.

The recipes import it as a sibling module (Python puts a script's own folder on
``sys.path``), so copy it along with any recipe you take away.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from vnfriendship import Extraction, Pipeline

#: The pages the recipes read when given no path: every ``.txt`` under ``examples/``.
EXAMPLES = Path(__file__).resolve().parents[1]

PLOT_HINT = "matplotlib is not installed: python -m pip install 'vnfriendship[plot]' draws the chart"


def page_paths(paths: Iterable[Path]) -> list[Path]:
    """The ``.txt`` files among ``paths``, a folder standing for every ``.txt`` beneath it, sorted."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(path.rglob("*.txt"))
        elif path.exists():
            found.add(path)
        else:
            raise SystemExit(f"{path}: no such file or folder")
    return sorted(found)


def extractions(paths: Iterable[Path]) -> Iterator[Extraction]:
    """Each page's extraction, with one pipeline for all of them (plugins load once).

    A plugin that failed on a page is reported on standard error: the totals of
    that page may then miss facts.
    """
    pipeline = Pipeline()
    for path in page_paths(paths):
        extraction = pipeline.extract_file(path)
        for error in extraction.errors:
            print(f"{path}: plugin {error.plugin} failed: {error.error}", file=sys.stderr)
        yield extraction


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]], out: Any = None) -> None:
    """Print rows under their headers in aligned columns (numbers to the right)."""
    out = out or sys.stdout
    cells = [[str(cell) for cell in row] for row in rows]
    right = [bool(cells) and all(_is_number(row[i]) for row in cells) for i in range(len(headers))]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]

    def line(row: Sequence[str]) -> str:
        parts = (c.rjust(w) if r else c.ljust(w) for c, w, r in zip(row, widths, right, strict=True))
        return "  ".join(parts).rstrip()

    print(line(headers), file=out)
    print(line(["-" * w for w in widths]), file=out)
    for row in cells:
        print(line(row), file=out)


def _is_number(cell: str) -> bool:
    return cell.replace(",", "").replace(".", "", 1).isdigit()


def save_chart(path: Path, draw: Callable[[Any], None]) -> bool:
    """Draw on a new matplotlib axes with ``draw(axes)`` and save it as a PNG at ``path``.

    Returns false, having printed how to get it, when matplotlib is not installed.
    """
    try:
        import matplotlib
    except ImportError:
        print(PLOT_HINT, file=sys.stderr)
        return False
    matplotlib.use("Agg")  # no screen needed
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(8, 4.5), layout="constrained")
    try:
        draw(axes)
        path.parent.mkdir(parents=True, exist_ok=True)
        # No "Software" stamp, so that a chart changes only when its numbers do.
        figure.savefig(path, dpi=100, metadata={"Software": None})
    finally:
        pyplot.close(figure)
    print(f"chart: {path}", file=sys.stderr)
    return True
