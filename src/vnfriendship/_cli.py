"""The command line: ``vnfriendship extract`` and ``vnfriendship plugins``.

Exit status: 0 when every input was read, 1 when some input could not be read
(the others are still processed and printed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from ._model import FACETS, Extraction
from ._pipeline import Pipeline
from ._plugins import PluginRegistrationError
from ._serialize import to_dict
from ._text import InputError
from ._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_INPUT_ERROR, EXIT_USAGE = 0, 1, 2


def _reference_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnfriendship",
        description="Read Vietnamese people's-diplomacy news articles into typed facts.",
    )
    parser.add_argument("--version", action="version", version=f"vnfriendship {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract facts from articles (files, or - for standard input)")
    extract.add_argument("inputs", nargs="*", metavar="FILE", help="UTF-8 text files; - or nothing reads stdin")
    extract.add_argument("--format", choices=("json", "jsonl", "table"), default="json",
                         help="json: pretty (a list for several inputs); jsonl: one line per input; table: a summary")
    extract.add_argument("--include-related", action="store_true",
                         help="also keep facts found only in teasers of other articles")
    extract.add_argument("--reference-date", type=_reference_date, metavar="YYYY-MM-DD",
                         help="year source for dates written without one, when the page shows no date")
    extract.add_argument("--disable", action="append", default=[], metavar="NAME",
                         help="do not run the plugin NAME (repeatable; see `vnfriendship plugins`)")

    listing = commands.add_parser("plugins", help="list the plugins: name, version, facet, origin")
    listing.add_argument("--disable", action="append", default=[], metavar="NAME", help=argparse.SUPPRESS)
    schema = commands.add_parser("schema", help="print the JSON Schema of the output (installed plugins' facets too)")
    schema.add_argument("--disable", action="append", default=[], metavar="NAME", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        pipeline = Pipeline(disable=args.disable)
    except (KeyError, PluginRegistrationError) as error:
        message = error.args[0] if isinstance(error, KeyError) else str(error)
        parser.error(str(message))
    if args.command == "plugins":
        return _list_plugins(pipeline, sys.stdout)
    if args.command == "schema":
        sys.stdout.write(json.dumps(pipeline.json_schema(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    return _extract(pipeline, args, sys.stdout, sys.stderr)


def _list_plugins(pipeline: Pipeline, out: TextIO) -> int:
    rows = [("name", "version", "facet", "origin")]
    plugins = pipeline.plugins()
    marks = {"enabled": "", "disabled": " (disabled)"}
    rows += [(p.name + marks.get(p.state, " (failed)"), p.version, p.facet, p.origin) for p in plugins]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")
    for p in plugins:  # an installed plugin that could not be loaded, and why
        if p.error is not None:
            out.write(f"{p.name}: {p.state}\n")
    return EXIT_OK


def _extract(pipeline: Pipeline, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    inputs = args.inputs or ["-"]
    status = EXIT_OK
    results: list[dict[str, Any]] = []
    for name in inputs:
        try:
            if name == "-":
                extraction = pipeline.extract(
                    sys.stdin.buffer.read(), source="-", reference_date=args.reference_date,
                    include_related=args.include_related,
                )
            else:
                extraction = pipeline.extract_file(
                    name, reference_date=args.reference_date, include_related=args.include_related
                )
        except InputError as error:
            err.write(f"vnfriendship: {error}\n")
            status = EXIT_INPUT_ERROR
            continue
        if args.format == "jsonl":
            out.write(json.dumps(to_dict(extraction), ensure_ascii=False) + "\n")
            out.flush()
        elif args.format == "table":
            out.write(_table(extraction))
        else:
            results.append(to_dict(extraction))
    if args.format == "json" and results:
        payload: Any = results[0] if len(inputs) == 1 else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return status


def _table(extraction: Extraction) -> str:
    """A short human-readable summary of one extraction."""
    meta = extraction.meta
    lines = [
        f"== {extraction.source or '-'}",
        f"title:     {meta.title or '-'}",
        f"published: {meta.published_at.isoformat() if meta.published_at else '-'}",
        f"outlet:    {meta.outlet or '-'}",
        f"authors:   {', '.join(meta.authors) or '-'}",
    ]
    for facet in FACETS:
        facts = getattr(extraction, facet)
        lines.append(f"{facet} ({len(facts)}):")
        lines.extend(f"  - {_summary(facet, fact)}" for fact in facts)
    lines.extend(f"error in plugin {e.plugin}: {e.error}" for e in extraction.errors)
    return "\n".join(lines) + "\n\n"


def _summary(facet: str, fact: Any) -> str:
    if facet == "people":
        positions = "; ".join(" ".join(filter(None, (p.title, p.organization))) for p in fact.positions)
        return f"{fact.name}" + (f" ({positions})" if positions else "")
    if facet == "unions":
        return f"{fact.name} [{fact.level}{', ' + fact.province if fact.province else ''}]"
    if facet == "events":
        return f"{fact.date or '?'} {fact.kind}" + (f" in {fact.province}" if fact.province else "")
    if facet == "aid_figures":
        return f"{fact.qualifier} {fact.amount} {fact.currency} ({fact.kind})"
    if facet == "directives":
        return f"{fact.kind} {fact.symbol or fact.number or ''}".strip()
    return str(fact.name)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
