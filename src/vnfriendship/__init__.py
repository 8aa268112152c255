"""vnfriendship: typed facts from Vietnamese news articles about people's diplomacy.

>>> from vnfriendship import extract, to_dict
>>> result = extract("Chiều 4/6, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội nghị.")
>>> to_dict(result)["schema"]
'vnfriendship/1'
"""

from ._analysis import Analysis, Annotation
from ._article import Article, Sentence
from ._batch import BatchResult, extract_many, records
from ._edtf import EDTF, EdtfDate, EdtfInterval, parse_edtf
from ._gazetteer import Gazetteer, GazetteerEntry, GazetteerMatch
from ._hookspecs import hookimpl
from ._model import (
    AidFigure,
    ArticleMeta,
    Directive,
    Event,
    Extensions,
    Extraction,
    Facet,
    Fact,
    Facts,
    MemberOrganization,
    Membership,
    Mention,
    Person,
    PluginError,
    Position,
    Quantity,
    Segment,
    Source,
    Union,
)
from ._pipeline import Pipeline, extract, extract_file
from ._plugins import PluginInfo, PluginRegistrationError
from ._serialize import from_dict, json_schema, to_dict
from ._text import InputError, Tokens, Word
from ._version import __version__

__all__ = [
    "EDTF",
    "AidFigure",
    "Analysis",
    "Annotation",
    "Article",
    "ArticleMeta",
    "BatchResult",
    "Directive",
    "EdtfDate",
    "EdtfInterval",
    "Event",
    "Extensions",
    "Extraction",
    "Facet",
    "Fact",
    "Facts",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerMatch",
    "InputError",
    "MemberOrganization",
    "Membership",
    "Mention",
    "Person",
    "Pipeline",
    "PluginError",
    "PluginInfo",
    "PluginRegistrationError",
    "Position",
    "Quantity",
    "Segment",
    "Sentence",
    "Source",
    "Tokens",
    "Union",
    "Word",
    "__version__",
    "extract",
    "extract_file",
    "extract_many",
    "from_dict",
    "hookimpl",
    "json_schema",
    "parse_edtf",
    "records",
    "to_dict",
]
