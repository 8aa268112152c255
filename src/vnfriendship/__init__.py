"""vnfriendship: typed facts from Vietnamese news articles about people's diplomacy.

>>> from vnfriendship import extract
>>> result = extract("Chiều 4/6, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội nghị.")
>>> result.to_dict()["schema"]
'vnfriendship/1'
"""

from ._version import __version__
from .article import Article, Sentence
from .edtf import EDTF, EdtfDate, EdtfInterval, parse_edtf
from .gazetteer import Gazetteer, GazetteerEntry, GazetteerMatch
from .hookspecs import hookimpl
from .model import (
    AidFigure,
    ArticleMeta,
    Directive,
    Event,
    Extraction,
    Facts,
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
from .pipeline import Pipeline, extract, extract_file
from .plugins import PluginInfo, PluginRegistrationError
from .text import InputError

__all__ = [
    "EDTF",
    "AidFigure",
    "Article",
    "ArticleMeta",
    "Directive",
    "EdtfDate",
    "EdtfInterval",
    "Event",
    "Extraction",
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
    "Union",
    "__version__",
    "extract",
    "extract_file",
    "hookimpl",
    "parse_edtf",
]
