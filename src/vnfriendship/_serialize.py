"""The JSON form of an extraction (CONTRACT.md, schema ``vnfriendship/1``) and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs

from ._edtf import EdtfDate, EdtfInterval, parse_edtf
from ._model import (
    FACETS,
    SCHEMA,
    AidFigure,
    ArticleMeta,
    Directive,
    Event,
    Extraction,
    MemberOrganization,
    Membership,
    Mention,
    Person,
    PluginError,
    Position,
    Quantity,
    Segment,
    Union,
)

__all__ = ["from_dict", "to_dict"]

T = TypeVar("T")


def _plain(value: Any) -> Any:
    """A model value as JSON-ready data."""
    if isinstance(value, EdtfDate | EdtfInterval):
        return str(value)
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Decimal):
        return _decimal_string(value)
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    return value


# Fields the JSON carries but the model derives (CONTRACT.md): facet -> (key, property).
_DERIVED: dict[str, tuple[str, ...]] = {
    "unions": ("province_2025",),
    "member_organizations": ("locality_2025",),
    "events": ("province_2025",),
}


def _with_derived(facet: str, fact: Any) -> dict[str, Any]:
    data: dict[str, Any] = _plain(fact)
    for key in _DERIVED.get(facet, ()):
        data[key] = getattr(fact, key)
    return data


def _decimal_string(value: Decimal) -> str:
    """Plain notation, no exponent, no trailing zeros: Decimal("7E+8") -> "700000000"."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def to_dict(extraction: Extraction) -> dict[str, Any]:
    """The CONTRACT.md dict of an extraction."""
    data: dict[str, Any] = {"schema": SCHEMA, "source": extraction.source, "text": extraction.text}
    data["meta"] = _plain(extraction.meta)
    data["segments"] = _plain(extraction.segments)
    for facet in FACETS:
        data[facet] = [_with_derived(facet, fact) for fact in getattr(extraction, facet)]
    data["errors"] = _plain(extraction.errors)
    return data


# ------------------------------------------------------------------ reading back


def _expect(data: Any, kind: type[T], path: str) -> T:
    if not isinstance(data, kind):
        raise ValueError(f"{path}: expected {kind.__name__}, got {type(data).__name__}")
    return data


def _list_of(read: Callable[[Any, str], T]) -> Callable[[Any, str], tuple[T, ...]]:
    def read_list(data: Any, path: str) -> tuple[T, ...]:
        return tuple(read(item, f"{path}[{i}]") for i, item in enumerate(_expect(data, list, path)))

    return read_list


def _optional(read: Callable[[Any, str], T]) -> Callable[[Any, str], T | None]:
    def read_optional(data: Any, path: str) -> T | None:
        return None if data is None else read(data, path)

    return read_optional


def _edtf(data: Any, path: str) -> EdtfDate | EdtfInterval:
    try:
        return parse_edtf(_expect(data, str, path))
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def _amount(data: Any, path: str) -> Decimal:
    try:
        return Decimal(_expect(data, str, path))
    except InvalidOperation:
        raise ValueError(f"{path}: not a decimal string: {data!r}") from None


def _published_at(data: Any, path: str) -> dt.datetime | dt.date:
    text = _expect(data, str, path)
    try:
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{path}: not an ISO 8601 date or date-time: {text!r}") from None


def _record(cls: type[T], fields: Mapping[str, Callable[[Any, str], Any]]) -> Callable[[Any, str], T]:
    """A reader for one model class; ``fields`` holds readers for the fields that need one."""
    names = {field.name for field in attrs.fields(cls)}  # type: ignore[arg-type]

    def read(data: Any, path: str) -> T:
        mapping = _expect(data, dict, path)
        unknown = set(mapping) - names
        if unknown:
            raise ValueError(f"{path}: unknown field(s) {sorted(unknown)}")
        values = {
            key: fields[key](value, f"{path}.{key}") if key in fields else value for key, value in mapping.items()
        }
        try:
            return cls(**values)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{path}: {error}") from None

    return read


_mentions = _list_of(_record(Mention, {}))
_strings = _list_of(lambda data, path: _expect(data, str, path))
_optional_edtf = _optional(_edtf)

_READERS: dict[str, Callable[[Any, str], tuple[Any, ...]]] = {
    "people": _list_of(
        _record(Person, {"positions": _list_of(_record(Position, {})), "mentions": _mentions})
    ),
    "unions": _list_of(
        _record(Union, {"membership": _optional(_record(Membership, {})), "mentions": _mentions})
    ),
    "member_organizations": _list_of(
        _record(MemberOrganization, {"countries": _strings, "mentions": _mentions})
    ),
    "events": _list_of(
        _record(
            Event,
            {
                "date": _optional_edtf,
                "organizers": _strings,
                "participants": _strings,
                "mentions": _mentions,
            },
        )
    ),
    "aid_figures": _list_of(
        _record(
            AidFigure,
            {
                "amount": _amount,
                "period": _optional_edtf,
                "quantity": _optional(_record(Quantity, {})),
                "mentions": _mentions,
            },
        )
    ),
    "directives": _list_of(
        _record(
            Directive, {"issued_on": _optional_edtf, "aliases": _strings, "mentions": _mentions}
        )
    ),
}
_read_meta = _record(ArticleMeta, {"published_at": _optional(_published_at), "authors": _strings})
_read_segments = _list_of(_record(Segment, {}))
_read_errors = _list_of(_record(PluginError, {}))


def _without_derived(facet: str, items: Any, path: str) -> Any:
    """The facts with the derived keys checked and dropped: the model computes them again."""
    keys = _DERIVED.get(facet, ())
    if not keys or not isinstance(items, list):
        return items
    kept = []
    for index, item in enumerate(items):
        if isinstance(item, dict):
            for key in keys:
                _optional(lambda d, p: _expect(d, str, p))(item.get(key), f"{path}[{index}].{key}")
            item = {k: v for k, v in item.items() if k not in keys}
        kept.append(item)
    return kept


def from_dict(data: Mapping[str, Any]) -> Extraction:
    """Read a CONTRACT.md dict back into an :class:`~vnfriendship._model.Extraction`."""
    _expect(data, dict, "extraction")
    if data.get("schema") != SCHEMA:
        raise ValueError(f"extraction.schema: expected {SCHEMA!r}, got {data.get('schema')!r}")
    known = {"schema", "source", "text", "meta", "segments", "errors", *FACETS}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"extraction: unknown field(s) {sorted(unknown)}")
    values: dict[str, Any] = {
        "text": _expect(data.get("text"), str, "extraction.text"),
        "source": _optional(lambda d, p: _expect(d, str, p))(data.get("source"), "extraction.source"),
        "meta": _read_meta(data.get("meta", {}), "extraction.meta"),
        "segments": _read_segments(data.get("segments", []), "extraction.segments"),
        "errors": _read_errors(data.get("errors", []), "extraction.errors"),
    }
    for facet, read in _READERS.items():
        values[facet] = read(_without_derived(facet, data.get(facet, []), f"extraction.{facet}"), f"extraction.{facet}")
    try:
        return Extraction(**values)
    except ValueError as error:
        raise ValueError(f"extraction: {error}") from None
