"""Every mention of one Party or state document across a folder of pages.

    python examples/recipes/directive_mentions.py SYMBOL [PAGE_OR_FOLDER ...]

``SYMBOL`` is the document's symbol as written after "số" ("12-CT/TW",
"22/2023/NĐ-CP"); case and spaces do not matter. Each line gives the page, the
character offsets, the segment the mention sits in (title, lede, body,
caption...) and the mention in its sentence, so that a reader can check every
place an article invokes the document.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from recipe_tools import EXAMPLES, extractions, print_table

from vnfriendship import Directive, Extraction

#: How much text around a mention the table shows, at most, on each side.
CONTEXT = 40


def _key(symbol: str) -> str:
    return "".join(symbol.split()).casefold()


def is_document(directive: Directive, symbol: str) -> bool:
    """Whether ``directive`` is the document with this symbol."""
    return directive.symbol is not None and _key(directive.symbol) == _key(symbol)


def in_context(text: str, start: int, end: int) -> str:
    """The mention in brackets, with the whole words of its line up to :data:`CONTEXT` characters a side."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    before, after = text[line_start:start], text[end:line_end]
    if len(before) > CONTEXT:
        before = "…" + before[-CONTEXT:].partition(" ")[2]
    if len(after) > CONTEXT:
        after = after[:CONTEXT].rpartition(" ")[0] + "…"
    return f"{before}[{text[start:end]}]{after}"


def mentions_of(symbol: str, pages: Iterable[Extraction]) -> Iterator[tuple[str, int, int, str, str]]:
    """(page, start, end, segment, context) for every mention of the document, page by page."""
    for extraction in pages:
        for directive in extraction.directives:
            if is_document(directive, symbol):
                for mention in directive.mentions:
                    context = in_context(extraction.text, mention.start, mention.end)
                    yield Path(extraction.source or "-").name, mention.start, mention.end, mention.segment, context


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("symbol", help='the document\'s symbol, e.g. "12-CT/TW"')
    parser.add_argument("paths", nargs="*", type=Path, default=[EXAMPLES], help="pages or folders of pages")
    args = parser.parse_args(argv)
    rows = list(mentions_of(args.symbol, extractions(args.paths)))
    print_table(("page", "start", "end", "segment", "mention"), rows)
    print(f"{len(rows)} mentions of {args.symbol} in {len({row[0] for row in rows})} pages")


if __name__ == "__main__":
    main()
