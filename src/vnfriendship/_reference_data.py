"""The built-in gazetteer plugin: contributes the tables of :mod:`vnfriendship.data`."""

from __future__ import annotations

from ._gazetteer import GazetteerEntry
from ._hookspecs import hookimpl
from .data import builtin_entries

FACET = "gazetteer"


@hookimpl
def vnfriendship_gazetteer_entries() -> list[GazetteerEntry]:
    """Provinces, countries, outlets, titles, honorifics and organisations."""
    return builtin_entries()
