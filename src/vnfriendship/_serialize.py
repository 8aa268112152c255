"""The JSON form of an extraction (CONTRACT.md, schema ``vnfriendship/1``) and back.

Every fact class, the built-in ones and those of facets plugins declare, is read
through its type annotations: :func:`problems` checks a fact's values against
them (the pipeline does so for everything a plugin returns), :func:`from_dict`
reads JSON back by them, and :func:`json_schema` describes them.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import math
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, Literal, TypeVar

import attrs
import regex

from ._edtf import EdtfDate, EdtfInterval, parse_edtf
from ._model import (
    FACETS,
    SCHEMA,
    AidFigure,
    ArticleMeta,
    Directive,
    Event,
    Extraction,
    Facet,
    Fact,
    MemberOrganization,
    Mention,
    Person,
    PluginError,
    Segment,
    Source,
    Union,
)

__all__ = ["FACET_CLASSES", "check_facet", "from_dict", "json_schema", "problems", "to_dict"]

#: The class of each built-in facet's facts.
FACET_CLASSES: dict[str, type] = {
    "people": Person,
    "unions": Union,
    "member_organizations": MemberOrganization,
    "events": Event,
    "aid_figures": AidFigure,
    "directives": Directive,
}

T = TypeVar("T")


_LAST = frozenset({"mentions", "sources"})


def _plain(value: Any) -> Any:
    """A model value as JSON-ready data."""
    if isinstance(value, EdtfDate | EdtfInterval):
        return str(value)
    if attrs.has(type(value)):
        # Where a fact is written and who found it come last, also for a plugin's Fact subclass.
        names = sorted((field.name for field in attrs.fields(type(value))), key=lambda name: name in _LAST)
        return {name: _plain(getattr(value, name)) for name in names}
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
    data["extensions"] = {
        facet: [_plain(fact) for fact in facts] for facet, facts in extraction.extensions.items()
    }
    data["errors"] = _plain(extraction.errors)
    return data


# ------------------------------------------------------------------ the shapes of field values


@attrs.frozen
class _Shape:
    """What a type annotation admits: a check of a value, a reader of its JSON form, its JSON Schema."""

    check: Callable[[Any], tuple[str, str] | None]  # (where, what) is wrong with a value, or None
    read: Callable[[Any, str], Any]  # JSON data at a path -> the value, or ValueError naming the path
    schema: Callable[[], dict[str, Any]]


# A lone surrogate cannot be written as UTF-8: the JSON of a fact holding one could not be printed.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
# Classes whose JSON Schema is a definition of the shipped schema, referred to by name.
_DEFINED: dict[type, str] = {Mention: "mention", Source: "source"}


def _name(value: Any) -> str:
    return type(value).__name__


def _expect(data: Any, kind: type[T], path: str) -> T:
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise ValueError(f"{path}: expected {kind.__name__}, got {_name(data)}")
    return data


Problem = tuple[str, str] | None


def _wrong(expected: str, value: Any) -> Problem:
    return "", f"expected {expected}, got {_name(value)}"


def _string_check(value: Any) -> Problem:
    if not isinstance(value, str):
        return _wrong("str", value)
    return ("", "a lone surrogate cannot be written as UTF-8") if _SURROGATE.search(value) else None


def _int_check(value: Any) -> Problem:
    return None if isinstance(value, int) and not isinstance(value, bool) else _wrong("int", value)


def _float_check(value: Any) -> Problem:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _wrong("float", value)
    return None if math.isfinite(value) else ("", f"not a finite number: {value}")


def _decimal_check(value: Any) -> Problem:
    if not isinstance(value, Decimal):
        return _wrong("Decimal", value)
    return None if value.is_finite() else ("", f"not a finite Decimal: {value}")


def _instance_check(kind: Any, name: str) -> Callable[[Any], Problem]:
    def check(value: Any) -> Problem:
        return None if isinstance(value, kind) else _wrong(name, value)

    return check


def _read_float(data: Any, path: str) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise ValueError(f"{path}: expected a number, got {_name(data)}")
    return float(data)


def _read_decimal(data: Any, path: str) -> Decimal:
    try:
        value = Decimal(_expect(data, str, path))
    except InvalidOperation:
        raise ValueError(f"{path}: not a decimal string: {data!r}") from None
    if not value.is_finite():
        raise ValueError(f"{path}: not a decimal string: {data!r}")
    return value


def _read_edtf(data: Any, path: str) -> EdtfDate | EdtfInterval:
    try:
        return parse_edtf(_expect(data, str, path))
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def _read_instant(data: Any, path: str) -> dt.datetime | dt.date:
    text = _expect(data, str, path)
    try:
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{path}: not an ISO 8601 date or date-time: {text!r}") from None


def _plain_read(kind: type) -> Callable[[Any, str], Any]:
    return lambda data, path: _expect(data, kind, path)


_EDTF = _Shape(
    _instance_check(EdtfDate | EdtfInterval, "EDTF"),
    _read_edtf,
    lambda: {"$ref": "#/$defs/edtf"},
)
_SIMPLE: dict[Any, _Shape] = {
    str: _Shape(_string_check, _plain_read(str), lambda: {"type": "string"}),
    int: _Shape(_int_check, _plain_read(int), lambda: {"type": "integer"}),
    bool: _Shape(_instance_check(bool, "bool"), _plain_read(bool), lambda: {"type": "boolean"}),
    float: _Shape(_float_check, _read_float, lambda: {"type": "number"}),
    Decimal: _Shape(_decimal_check, _read_decimal, lambda: {"type": "string", "pattern": _DECIMAL_PATTERN}),
    EdtfDate: _EDTF,
    EdtfInterval: _EDTF,
    dt.date: _Shape(
        lambda v: None if type(v) is dt.date else _wrong("date", v),
        lambda d, p: _expect(_read_instant(d, p), dt.date, p),
        lambda: {"type": "string", "format": "date"},
    ),
    dt.datetime: _Shape(
        _instance_check(dt.datetime, "datetime"),
        lambda d, p: _expect(_read_instant(d, p), dt.datetime, p),
        lambda: {"type": "string", "format": "date-time"},
    ),
    type(None): _Shape(
        lambda v: None if v is None else _wrong("None", v),
        lambda d, p: None if d is None else _expect(d, type(None), p),
        lambda: {"type": "null"},
    ),
}


@functools.cache
def _shape(annotation: Any) -> _Shape:
    """The shape of a resolved annotation; ``TypeError`` for one the JSON form cannot carry."""
    if annotation in _SIMPLE:
        return _SIMPLE[annotation]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is Literal:
        return _literal(args)
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_of(_shape(args[0]))
    if isinstance(annotation, type) and attrs.has(annotation):
        return _record(annotation)
    raise TypeError(
        f"{annotation!r} has no JSON form: use str, int, float, bool, Decimal, EDTF, datetime.date, "
        "a Literal, an attrs class, tuple[X, ...] or X | None"
    )


def _literal(values: tuple[Any, ...]) -> _Shape:
    def check(value: Any) -> Problem:
        if type(value) in (str, int, bool) and value in values:
            return None
        return "", f"{_short(value)} is not one of {list(values)}"

    def read(data: Any, path: str) -> Any:
        if check(data) is not None:
            raise ValueError(f"{path}: {data!r} is not one of {list(values)}")
        return data

    return _Shape(check, read, lambda: {"enum": list(values)})


def _union(alternatives: tuple[Any, ...]) -> _Shape:
    shapes = [_shape(alternative) for alternative in alternatives]
    others = [a for a in alternatives if a is not type(None)]
    if all(a in (EdtfDate, EdtfInterval) for a in others):
        read_value: Callable[[Any, str], Any] = _read_edtf
    elif all(a in (dt.date, dt.datetime) for a in others):
        read_value = _read_instant
    elif len(others) == 1:
        read_value = _shape(others[0]).read
    else:
        def read_value(data: Any, path: str) -> Any:
            for shape in shapes:
                try:
                    return shape.read(data, path)
                except ValueError:
                    continue
            raise ValueError(f"{path}: {_name(data)} fits none of {', '.join(map(_type_name, alternatives))}")

    def check(value: Any) -> Problem:
        found = [shape.check(value) for shape in shapes]
        if None in found:
            return None
        # The value is of one alternative's type but wrong inside it: say what is wrong there.
        specific = [p for p in found if p is not None and (p[0] or not p[1].startswith("expected "))]
        return specific[0] if specific else _wrong(" | ".join(map(_type_name, alternatives)), value)

    def read(data: Any, path: str) -> Any:
        return None if data is None and type(None) in alternatives else read_value(data, path)

    def schema() -> dict[str, Any]:
        described = list({json.dumps(d): d for d in (shape.schema() for shape in shapes)}.values())
        if all(set(d) == {"type"} for d in described):  # {"type": ["string", "null"]}
            return {"type": [d["type"] for d in described]} if len(described) > 1 else described[0]
        return described[0] if len(described) == 1 else {"anyOf": described}

    return _Shape(check, read, schema)


def _type_name(annotation: Any) -> str:
    return annotation.__name__ if isinstance(annotation, type) else repr(annotation)


def _tuple_of(item: _Shape) -> _Shape:
    def check(value: Any) -> Problem:
        if not isinstance(value, tuple):
            return _wrong("tuple", value)
        for index, element in enumerate(value):
            problem = item.check(element)
            if problem is not None:
                return f"[{index}]{problem[0]}", problem[1]
        return None

    def read(data: Any, path: str) -> tuple[Any, ...]:
        return tuple(item.read(element, f"{path}[{i}]") for i, element in enumerate(_expect(data, list, path)))

    return _Shape(check, read, lambda: {"type": "array", "items": item.schema()})


_building: set[type] = set()


def _record(cls: type) -> _Shape:
    """The shape of an attrs class: every field by its annotation."""
    if cls in _building:
        raise TypeError(f"{cls.__name__} contains itself: the JSON form cannot carry it")
    _building.add(cls)
    try:
        try:
            hints = typing.get_type_hints(cls)
        except Exception as error:
            raise TypeError(f"the annotations of {cls.__name__} cannot be resolved: {error}") from None
        fields = attrs.fields(cls)
        missing = [field.name for field in fields if field.name not in hints]
        if missing:
            raise TypeError(f"{cls.__name__}: fields without a type annotation: {', '.join(missing)}")
        shapes = {field.name: _shape(hints[field.name]) for field in fields}
    finally:
        _building.discard(cls)

    def check(value: Any) -> Problem:
        if type(value) is not cls:
            return _wrong(cls.__name__, value)
        for name, shape in shapes.items():
            problem = shape.check(getattr(value, name))
            if problem is not None:
                return f".{name}{problem[0]}", problem[1]
        return None

    def read(data: Any, path: str) -> Any:
        mapping = _expect(data, dict, path)
        unknown = set(mapping) - set(shapes)
        if unknown:
            raise ValueError(f"{path}: unknown field(s) {sorted(unknown)}")
        values = {key: shapes[key].read(value, f"{path}.{key}") for key, value in mapping.items()}
        try:
            return cls(**values)
        except (TypeError, ValueError, ArithmeticError) as error:
            raise ValueError(f"{path}: {error}") from None

    def schema() -> dict[str, Any]:
        if cls in _DEFINED:
            return {"$ref": f"#/$defs/{_DEFINED[cls]}"}
        described: dict[str, Any] = {"type": "object"}
        if cls.__doc__:
            described["description"] = " ".join(cls.__doc__.split("\n\n")[0].split())
        described["properties"] = {name: shape.schema() for name, shape in shapes.items()}
        described["required"] = list(shapes)
        return described

    return _Shape(check, read, schema)


def problems(fact: object, expected: type) -> str | None:
    """What is wrong with ``fact`` as a value of the attrs class ``expected``, or ``None``.

    Checks every field against its annotation, nested classes included: no bytes for a
    str, no NaN, no ``Union`` among people, no string a UTF-8 file could not hold.

    >>> problems(Person(b"Lan"), Person)
    'name: expected str, got bytes'
    >>> problems(Union("Liên hiệp", "central"), Person)
    'expected Person, got Union'
    """
    problem = _shape(expected).check(fact)
    if problem is None:
        return None
    where, what = problem
    return f"{where.removeprefix('.')}: {what}" if where else what


def _short(value: Any) -> str:
    """A value's repr for a message, cut short, and safe from a repr that raises."""
    try:
        text = repr(value)
    except Exception:
        return f"<{_name(value)}>"
    return text if len(text) <= 60 else text[:57] + "..."


def check_facet(facet: Facet) -> None:
    """Raise ``TypeError`` (or ``ValueError`` for the name) saying why a declared facet cannot be used."""
    if not isinstance(facet, Facet):
        raise TypeError(f"expected Facet, got {_name(facet)}")
    if not regex.fullmatch(r"[a-z][a-z0-9_]{0,63}", facet.name):
        raise ValueError(f"facet name {facet.name!r}: use lower-case letters, digits and _, starting with a letter")
    if facet.name in FACETS:
        raise ValueError(f"facet name {facet.name!r} is a built-in facet")
    if not (isinstance(facet.type, type) and attrs.has(facet.type) and issubclass(facet.type, Fact)):
        raise TypeError(f"facet {facet.name!r}: {facet.type!r} is not an attrs class derived from vnfriendship.Fact")
    _shape(typing.cast(Any, facet.type))  # raises for a field the JSON form cannot carry


# ------------------------------------------------------------------ reading back


_read_meta = _record(ArticleMeta).read
_read_segments = _tuple_of(_record(Segment)).read
_read_errors = _tuple_of(_record(PluginError)).read


def _without_derived(facet: str, items: Any, path: str) -> Any:
    """The facts with the derived keys checked and dropped: the model computes them again."""
    keys = _DERIVED.get(facet, ())
    if not keys or not isinstance(items, list):
        return items
    kept = []
    for index, item in enumerate(items):
        if isinstance(item, dict):
            for key in keys:
                if item.get(key) is not None:
                    _expect(item[key], str, f"{path}[{index}].{key}")
            item = {k: v for k, v in item.items() if k not in keys}
        kept.append(item)
    return kept


def _facet_classes(facets: Iterable[Facet] | Mapping[str, type]) -> dict[str, type]:
    if isinstance(facets, Mapping):
        return dict(facets)
    return {facet.name: facet.type for facet in facets}


def from_dict(data: Mapping[str, Any], *, facets: Iterable[Facet] | Mapping[str, type] = ()) -> Extraction:
    """Read a CONTRACT.md dict back into an :class:`~vnfriendship._model.Extraction`.

    ``facets`` gives the classes of the facets under ``"extensions"`` (a pipeline's
    :meth:`~vnfriendship.Pipeline.from_dict` passes those its plugins declare).
    """
    _expect(data, dict, "extraction")
    if data.get("schema") != SCHEMA:
        raise ValueError(f"extraction.schema: expected {SCHEMA!r}, got {data.get('schema')!r}")
    known = {"schema", "source", "text", "meta", "segments", "errors", "extensions", *FACETS}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"extraction: unknown field(s) {sorted(unknown)}")
    source = data.get("source")
    values: dict[str, Any] = {
        "text": _expect(data.get("text"), str, "extraction.text"),
        "source": None if source is None else _expect(source, str, "extraction.source"),
        "meta": _read_meta(data.get("meta", {}), "extraction.meta"),
        "segments": _read_segments(data.get("segments", []), "extraction.segments"),
        "errors": _read_errors(data.get("errors", []), "extraction.errors"),
    }
    for facet, cls in FACET_CLASSES.items():
        path = f"extraction.{facet}"
        values[facet] = _tuple_of(_shape(cls)).read(_without_derived(facet, data.get(facet, []), path), path)
    classes = _facet_classes(facets)
    extensions = {}
    for facet, items in _expect(data.get("extensions", {}), dict, "extraction.extensions").items():
        path = f"extraction.extensions.{facet}"
        if facet not in classes:
            raise ValueError(f"{path}: no facet of that name was declared (pass its class in facets=...)")
        extensions[facet] = _tuple_of(_shape(classes[facet])).read(items, path)
    values["extensions"] = extensions
    try:
        return Extraction(**values)
    except ValueError as error:
        raise ValueError(f"extraction: {error}") from None


# ------------------------------------------------------------------ the JSON Schema


@functools.cache
def _shipped_schema() -> str:
    shipped = resources.files("vnfriendship").joinpath("schema").joinpath("vnfriendship-1.json")
    return shipped.read_text(encoding="utf-8")


def json_schema(facets: Iterable[Facet] = ()) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``to_dict``'s output, with the given extension facets.

    The schema of the six built-in facets ships in the package
    (``vnfriendship/schema/vnfriendship-1.json``); each declared facet adds a
    property of ``"extensions"`` described from its class's annotations.
    """
    schema: dict[str, Any] = copy.deepcopy(json.loads(_shipped_schema()))
    for facet in facets:
        declared = schema["properties"]["extensions"].setdefault("properties", {})
        items = _shape(facet.type).schema()
        declared[facet.name] = {"type": "array", "items": {"allOf": [{"$ref": "#/$defs/extension_fact"}, items]}}
        if facet.description:
            declared[facet.name]["description"] = facet.description
    return schema
