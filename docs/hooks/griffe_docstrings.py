"""A griffe extension for the API reference: the docstrings' reST habits rendered as Markdown.

The library's docstrings are written for ``help()`` and doctest: ``:class:`Pipeline```
roles and bare ``>>>`` examples. Markdown would show the roles raw and read the
examples' output (``['Nghệ An']``) as links, so the roles become code spans and
each run of example lines a ``pycon`` block. Only the rendered site changes.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|meth|func|attr|data|mod|exc|obj|const):`~?([^`]+)`")


def markdown(docstring: str) -> str:
    """``docstring`` with roles as code spans and doctest examples fenced."""
    lines: list[str] = []
    fenced = False
    for line in _ROLE.sub(r"`\1`", docstring).splitlines():
        if not fenced and line.lstrip().startswith(">>>"):
            lines.append("```pycon")
            fenced = True
        elif fenced and not line.strip():
            lines.append("```")
            fenced = False
        lines.append(line)
    if fenced:
        lines.append("```")
    return "\n".join(lines)


class DocstringsAsMarkdown(griffe.Extension):
    """Rewrite every docstring once griffe has loaded its object."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
