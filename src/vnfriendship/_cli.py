"""The command line: ``vnfriendship extract``, ``plugins``, ``schema`` and ``db``.

Exit status (``docs/cli.md``): 0 when every input was read, 1 when some input could
not be read (the others are still processed and printed) or the output could not be
written, 2 for a usage error, 130 when interrupted (Ctrl-C). A closed pipe
(``| head``) ends quietly with the status of what was written.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, Any, TextIO

import attrs

from . import _database as database
from ._batch import INPUT_PATTERNS, MAX_BYTES, ExtractTask, Job, columns, display_name, pages, records, run
from ._html import is_warc_path
from ._model import FACETS, Extraction
from ._pipeline import Pipeline
from ._plugins import PluginRegistrationError
from ._serialize import to_dict
from ._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_INPUT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# The relations the table shows under a fact, by facet.
_RELATIONS = {
    "events": ("organizers", "participants", "location"),
    "aid_figures": ("donor", "recipient", "purpose"),
    "directives": ("issuer", "subject"),
}


def _reference_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0 for one per core): {value!r}")
    return jobs


def _megabytes(value: str) -> int:
    try:
        size = float(value)
    except ValueError:
        size = 0
    if not size > 0:
        raise argparse.ArgumentTypeError(f"not a size in megabytes: {value!r}")
    return int(size * 1e6)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnfriendship",
        description="Read Vietnamese people's-diplomacy news articles into typed facts.",
    )
    parser.add_argument("--version", action="version", version=f"vnfriendship {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract facts from articles (files, folders, or - for stdin)")
    extract.add_argument("inputs", nargs="*", metavar="PATH",
                         help="UTF-8 text files, HTML pages, WARC archives (each HTML page one input), "
                              "folders (searched recursively), - for standard input; nothing reads standard input")
    extract.add_argument("--format", choices=("json", "jsonl", "table", "csv"), default="json",
                         help="json: pretty (a list for a folder, a WARC archive or several inputs); "
                              "jsonl: one line per input; "
                              "table: a summary; csv: one row per fact of --facet")
    extract.add_argument("--facet", choices=FACETS, help="the facts --format csv writes, one row each")
    extract.add_argument("--glob", action="append", metavar="PATTERN",
                         help="the files to read in a folder, matched from the right (repeatable; "
                              f"default: {' '.join(INPUT_PATTERNS)})")
    extract.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                         help="worker processes (default 1; 0: one per core)")
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    extract.add_argument("--no-text", action="store_true", help="leave the article's text out of the JSON")
    extract.add_argument("--max-size", type=_megabytes, default=MAX_BYTES, metavar="MB",
                         help=f"skip, as unreadable, an input larger than this (default {MAX_BYTES / 1e6:g})")
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
    database.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    err = _error_stream()
    try:
        return _main(argv, err)
    except KeyboardInterrupt:
        err.write("vnfriendship: interrupted\n")
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None, err: TextIO) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        _check_extract_arguments(parser, args)
    try:
        pipeline = Pipeline(disable=args.disable)
    except (KeyError, PluginRegistrationError) as error:
        message = error.args[0] if isinstance(error, KeyError) else str(error)
        parser.error(str(message))
    out = _output(parser, args.output if args.command == "extract" else None)
    try:
        if args.command == "plugins":
            return _list_plugins(pipeline, out)
        if args.command == "schema":
            out.write(json.dumps(pipeline.json_schema(), ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
        if args.command == "db":
            return database.run_command(pipeline, args, out, err)
        return _extract(pipeline, args, out, err)
    finally:
        if out is not sys.stdout:
            out.close()


def _check_extract_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if "" in args.inputs:
        parser.error("an empty path names no file")
    if args.inputs.count("-") > 1:
        parser.error("- (standard input) can be read only once")
    if args.format == "csv" and args.facet is None:
        parser.error(f"--format csv needs --facet NAME, one of: {', '.join(FACETS)}")
    if args.facet is not None and args.format != "csv":
        parser.error("--facet goes with --format csv")


def _error_stream() -> TextIO:
    """Standard error, able to show any file name whatever its encoding; a sink when it is closed."""
    if sys.stderr is None:
        return io.StringIO()
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors="backslashreplace")
    return sys.stderr


def _output(parser: argparse.ArgumentParser, path: str | None) -> TextIO:
    """Where results go, always as UTF-8 whatever the locale says."""
    if path is not None:
        try:
            return open(path, "w", encoding="utf-8", newline="")  # closed by _main
        except OSError as error:
            parser.error(f"cannot write {display_name(path)}: {error.strerror or error}")
    if sys.stdout is None:
        parser.error("standard output is closed: give -o FILE")
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.replace("-", "").lower() != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


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


# ------------------------------------------------------------------ extract


def _input_jobs(args: argparse.Namespace) -> Iterator[Job]:
    """A job per file, in the order given, a folder's files in sorted order, a WARC archive's
    pages in their order; read lazily."""
    index = 0
    patterns = tuple(args.glob or INPUT_PATTERNS)
    for name in args.inputs or ["-"]:
        if name == "-":
            yield _standard_input(index)
            index += 1
            continue
        path = Path(name)
        found = _walk(path, patterns) if path.is_dir() else iter([Job(0, display_name(path), path=str(path))])
        for job in found:
            for page in pages(job):
                yield attrs.evolve(page, index=index)
                index += 1


def _standard_input(index: int) -> Job:
    if sys.stdin is None:
        return Job(index, "-", error="standard input is closed")
    try:
        return Job(index, "-", data=sys.stdin.buffer.read())
    except OSError as error:
        return Job(index, "-", error=f"cannot read: {error.strerror or error}")


def _walk(folder: Path, patterns: tuple[str, ...]) -> Iterator[Job]:
    """The files under ``folder`` matching one of ``patterns``, sorted, one directory at a time."""
    problems: list[OSError] = []
    for directory, subdirectories, files in os.walk(folder, onerror=problems.append):
        yield from _unlisted(problems, folder)
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory, name)
            relative = PurePath(path.relative_to(folder))
            if any(relative.match(pattern) for pattern in patterns):
                yield Job(0, display_name(path), path=str(path))
    yield from _unlisted(problems, folder)


def _unlisted(problems: list[OSError], folder: Path) -> Iterator[Job]:
    """A directory that cannot be listed is an input that cannot be read."""
    while problems:
        problem = problems.pop(0)
        yield Job(0, display_name(problem.filename or folder), error=f"cannot list: {problem.strerror or problem}")


@attrs.frozen
class Output:
    """One input's rendered output, or why it could not be read."""

    source: str | None
    error: str | None = None
    size: int = 0
    text: str = ""


@attrs.frozen
class RenderTask:
    """Extract a job and render it in the worker, so only text comes back to the parent."""

    extract: ExtractTask
    format: str
    facet: str | None = None
    no_text: bool = False
    listed: bool = False  # json: an item of a list, indented as json.dumps would

    def __call__(self, job: Job) -> Output:
        result = self.extract(job)
        if result.extraction is None:
            return self.failed(job, result.error or "not read")
        try:
            text = self.render(result.extraction)
        except Exception as error:  # a bug costs its own input, never the rest of the batch
            return self.failed(job, f"internal error: {type(error).__name__}: {error}")
        return Output(result.source, size=result.size, text=text)

    def failed(self, job: Job, message: str) -> Output:
        return Output(job.source, error=message)

    def render(self, extraction: Extraction) -> str:
        if self.format == "table":
            return _table(extraction)
        if self.format == "csv":
            assert self.facet is not None
            buffer = io.StringIO()
            csv.DictWriter(buffer, columns(self.facet)).writerows(records(extraction, self.facet))
            return buffer.getvalue()
        data = to_dict(extraction)
        if self.no_text:
            del data["text"]
        if self.format == "jsonl":
            return json.dumps(data, ensure_ascii=False) + "\n"
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return textwrap.indent(text, "  ") if self.listed else text + "\n"


class _Closed(Exception):
    """The reader of the output went away (a closed pipe)."""


class _WriteFailed(Exception):
    """The output could not be written (a full disk, an I/O error)."""


class _Writer:
    """Writes to the output; a JSON list is opened, separated and closed around the items."""

    def __init__(self, out: TextIO, listed: bool) -> None:
        self.out, self.listed, self.items = out, listed, 0

    def write(self, text: str) -> None:
        if self.listed:
            text = ("[\n" if self.items == 0 else ",\n") + text
        self.items += 1
        self.put(text)

    def close(self) -> None:
        if self.listed:
            self.put("[]\n" if self.items == 0 else "\n]\n")
        self.put("")

    def put(self, text: str) -> None:
        try:
            self.out.write(text)
            self.out.flush()  # streamed: each result is out as soon as it is ready
        except BrokenPipeError:
            raise _Closed() from None
        except OSError as error:
            raise _WriteFailed(error.strerror or str(error)) from None


def _extract(pipeline: Pipeline, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    inputs = args.inputs or ["-"]
    # The rule for json: one object for one file or standard input, a list for a folder, a WARC archive
    # (its pages) or several inputs.
    listed = args.format == "json" and (
        len(inputs) > 1 or any(name != "-" and (os.path.isdir(name) or is_warc_path(name)) for name in inputs)
    )
    task = RenderTask(
        ExtractTask(pipeline, args.reference_date, args.include_related, args.max_size),
        args.format, args.facet, args.no_text, listed,
    )
    writer = _Writer(out, listed)
    progress = _Progress(err)
    status = EXIT_OK
    results = run(_input_jobs(args), task, args.jobs)
    try:
        if args.facet is not None:
            header = io.StringIO()
            csv.writer(header).writerow(columns(args.facet))
            writer.put(header.getvalue())
        for output in results:
            if output.error is not None:
                status = EXIT_INPUT_ERROR
                progress.say(f"vnfriendship: {output.source or '-'}: {output.error}")
            else:
                writer.write(output.text)
            progress.advance(output)
        writer.close()
    except _Closed:
        _discard(out)
    except _WriteFailed as error:
        _discard(out)
        progress.say(f"vnfriendship: cannot write the output: {error}")
        status = EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        _close_quietly(writer)
        progress.say(f"vnfriendship: interrupted after {progress.done} input(s); what was done is written")
        status = EXIT_INTERRUPTED
    finally:
        getattr(results, "close", lambda: None)()  # stops the workers
        progress.close()
    return status


def _close_quietly(writer: _Writer) -> None:
    try:
        writer.close()
    except (_Closed, _WriteFailed):
        _discard(writer.out)


def _discard(out: IO[str]) -> None:
    """Point the output at /dev/null, so that Python's last flush at exit cannot fail again."""
    try:
        descriptor = out.fileno()
    except (OSError, ValueError):  # not a file (a test's buffer): nothing will flush it at exit
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


class _Progress:
    """A progress bar on standard error when it is a terminal (files, MB/s, errors); silent otherwise."""

    def __init__(self, err: TextIO) -> None:
        self.err, self.done, self.errors = err, 0, 0
        self.bar: Any = None
        if err.isatty():
            from tqdm import tqdm  # only a terminal needs it

            self.bar = tqdm(file=err, unit="B", unit_scale=True, unit_divisor=1000, desc="read",
                            dynamic_ncols=True, leave=True)

    def advance(self, output: Output) -> None:
        self.done += 1
        self.errors += output.error is not None
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.done} files, {self.errors} errors", refresh=False)
            self.bar.update(output.size)

    def say(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.err)
        else:
            self.err.write(line + "\n")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# ------------------------------------------------------------------ table


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
        for fact in facts:
            lines.append(f"  - {_summary(facet, fact)}")
            for name in _RELATIONS.get(facet, ()):
                value = getattr(fact, name)
                if value:
                    lines.append(f"      {name}: {'; '.join(value) if isinstance(value, tuple) else value}")
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
        return f"{fact.qualifier} {fact.amount:,f} {fact.currency} ({fact.kind})"
    if facet == "directives":
        return f"{fact.kind} {fact.symbol or fact.number or ''}".strip()
    return str(fact.name)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
