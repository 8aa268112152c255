"""Extract the facts of the example articles with the Python API and print a short report.

Run from the project root: ``python examples/extract_example.py``.
"""

from __future__ import annotations

from pathlib import Path

from vnfriendship import Pipeline


def main() -> None:
    pipeline = Pipeline()  # built once: plugins and gazetteer are loaded a single time
    for path in sorted(Path(__file__).parent.glob("*.txt")):
        result = pipeline.extract_file(path)
        print(f"# {result.meta.title} ({result.meta.outlet or 'outlet unknown'})")
        for person in result.people:
            titles = "; ".join(" ".join(filter(None, (p.title, p.organization))) for p in person.positions)
            print(f"  person   {person.name}: {titles}")
        for union in result.unions:
            print(f"  union    {union.name} ({union.level}, {union.province or '-'})")
        for event in result.events:
            print(f"  event    {event.kind} on {event.date} in {event.province or '-'}")
        for figure in result.aid_figures:
            print(f"  aid      {figure.qualifier} {figure.amount:,} {figure.currency}")
        for directive in result.directives:
            print(f"  document {directive.symbol or directive.number} ({directive.kind})")
        for error in result.errors:
            print(f"  ! plugin {error.plugin} failed: {error.error}")


if __name__ == "__main__":
    main()
