"""From many articles to one corpus: identities across articles, and a SQLite database of facts.

- :func:`link_identities` links the facts of many extractions to the people, bodies and
  directives they name (the rules are in ``docs/recipes/database.md``);
- :func:`build_database` extracts a folder of pages (text, HTML, WARC) into a SQLite
  database with those identities, ready for Datasette (the extras ``db`` and ``browse``).
"""

from __future__ import annotations

from ._database import FORMAT, INPUT_PATTERNS, BuildReport, DatabaseError, build_database, datasette_metadata
from ._identity import Identities, Identity, IdentityKind, Link, link_identities

__all__ = [
    "FORMAT",
    "INPUT_PATTERNS",
    "BuildReport",
    "DatabaseError",
    "Identities",
    "Identity",
    "IdentityKind",
    "Link",
    "build_database",
    "datasette_metadata",
    "link_identities",
]
