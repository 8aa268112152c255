"""The built-in gazetteer plugin: contributes the tables of :mod:`vnfriendship.data`."""

from __future__ import annotations

from .data import builtin_entries
from .gazetteer import GazetteerEntry
from .hookspecs import hookimpl

FACET = "gazetteer"


@hookimpl
def vnfriendship_gazetteer_entries() -> list[GazetteerEntry]:
    """Provinces, countries, outlets, titles, honorifics and organisations."""
    return builtin_entries()
