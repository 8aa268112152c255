"""The plugin system: registration, isolation, enabling, discovery and call order."""

from __future__ import annotations

import json
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import attrs
import pytest

from support import FindsPartners, Partner
from vnfriendship import (
    AidFigure,
    Article,
    ArticleMeta,
    Event,
    Extraction,
    Facet,
    Fact,
    Facts,
    GazetteerEntry,
    Mention,
    Person,
    Pipeline,
    Position,
    Segment,
    Source,
    Union,
    from_dict,
    hookimpl,
    to_dict,
)
from vnfriendship._plugins import AUTOLOAD_ENV, PluginManager, PluginRegistrationError

TEXT = "Ông Trần Văn Bình dự hội nghị tại Hà Nội."


class FindsBinh:
    """A throwaway extractor: finds one person, with a mention."""

    FACET = "people"

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> Facts:
        start = article.text.find("Trần Văn Bình")
        return Facts(people=[Person("Trần Văn Bình", mentions=[article.mention(start, start + 13)])])


class Raises:
    @hookimpl
    def vnfriendship_extract(self, article: Article) -> Facts:
        raise RuntimeError("boom")


class ReturnsWrongType:
    @hookimpl
    def vnfriendship_extract(self) -> object:
        return "not facts"


def bare(*plugins: object) -> Pipeline:
    return Pipeline(builtins=False, load_entry_points=False, plugins=plugins)


def test_a_registered_plugins_facts_appear() -> None:
    result = bare(FindsBinh()).extract(TEXT)
    assert [p.name for p in result.people] == ["Trần Văn Bình"]
    assert all(m.quotes(result.text) for m in result.mentions())


def test_a_raising_plugin_is_reported_and_the_others_kept() -> None:
    result = bare(FindsBinh(), Raises()).extract(TEXT)
    assert [p.name for p in result.people] == ["Trần Văn Bình"]
    assert [(e.plugin, e.error) for e in result.errors] == [("Raises", "RuntimeError: boom")]


def test_a_plugin_returning_the_wrong_type_is_reported() -> None:
    result = bare(ReturnsWrongType()).extract(TEXT)
    assert result.errors[0].error == "TypeError: returned str, expected Facts or None"


def test_a_disabled_plugin_does_not_run() -> None:
    pipeline = bare(FindsBinh())
    pipeline.disable("FindsBinh")
    assert pipeline.extract(TEXT).people == ()


def test_a_re_enabled_plugin_runs_again() -> None:
    pipeline = bare(FindsBinh())
    pipeline.disable("FindsBinh")
    pipeline.enable("FindsBinh")
    assert len(pipeline.extract(TEXT).people) == 1


def test_disabling_an_unknown_plugin_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="FindsBinh"):
        bare(FindsBinh()).disable("nobody")


def test_a_wrong_hook_signature_is_refused_with_a_clear_message() -> None:
    class WrongSignature:
        @hookimpl
        def vnfriendship_extract(self, article: Article, colour: str) -> Facts:
            return Facts()

    with pytest.raises(PluginRegistrationError, match=r"'WrongSignature' was refused.*colour"):
        bare().register(WrongSignature())


def test_an_unknown_hook_name_is_refused() -> None:
    class Misspelt:
        @hookimpl
        def vnfriendship_extrakt(self, article: Article) -> Facts:
            return Facts()

    with pytest.raises(PluginRegistrationError, match="vnfriendship_extrakt"):
        bare().register(Misspelt())


def test_two_plugins_cannot_share_a_name() -> None:
    pipeline = bare(FindsBinh())
    with pytest.raises(PluginRegistrationError, match="already registered"):
        pipeline.register(Raises(), name="FindsBinh")


def test_gazetteer_entries_from_a_plugin_reach_the_gazetteer() -> None:
    class Provinces:
        @hookimpl
        def vnfriendship_gazetteer_entries(self) -> list[GazetteerEntry]:
            return [GazetteerEntry("province", "Xứ Đoài", "Hà Tây")]

    assert bare(Provinces()).gazetteer.lookup("province", "xứ đoài") == "Hà Tây"


def test_a_later_plugin_overrides_a_gazetteer_entry() -> None:
    class First:
        @hookimpl
        def vnfriendship_gazetteer_entries(self) -> list[GazetteerEntry]:
            return [GazetteerEntry("outlet", "TĐ", "Thời Đại")]

    class Second:
        @hookimpl
        def vnfriendship_gazetteer_entries(self) -> list[GazetteerEntry]:
            return [GazetteerEntry("outlet", "TĐ", "Tạp chí Thời Đại")]

    assert bare(Second(), First()).gazetteer.lookup("outlet", "TĐ") == "Tạp chí Thời Đại"


def test_refiners_run_in_order_each_seeing_the_last_result() -> None:
    seen: list[str] = []

    class Early:
        @hookimpl(tryfirst=True)
        def vnfriendship_refine(self, extraction: Extraction) -> Extraction:
            seen.append("early")
            return Extraction(extraction.text, source="early")

    class Late:
        @hookimpl(trylast=True)
        def vnfriendship_refine(self, extraction: Extraction) -> Extraction:
            seen.append(f"late saw {extraction.source}")
            return extraction

    bare(Late(), Early()).extract(TEXT)
    assert seen == ["early", "late saw early"]


def test_call_order_is_by_name_not_registration() -> None:
    manager = PluginManager()
    order: list[str] = []

    def plugin(label: str) -> object:
        class Plugin:
            @hookimpl
            def vnfriendship_extract(self) -> None:
                order.append(label)

        return Plugin()

    manager.register(plugin("b"), "b")
    manager.register(plugin("a"), "a")
    list(manager.call_each("vnfriendship_extract", article=None))
    assert order == ["a", "b"]


def test_plugin_listing_shows_name_version_facet_origin() -> None:
    info = bare(FindsBinh()).plugins()[0]
    assert (info.name, info.facet, info.origin, info.enabled) == ("FindsBinh", "people", "registered", True)


# ---------------------------------------------------------------- entry points


@pytest.fixture
def installed_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A real tiny distribution on sys.path offering two plugins, one of them broken."""
    (tmp_path / "vnf_sample_plugin.py").write_text(
        textwrap.dedent(
            """
            from vnfriendship import Facts, Person, hookimpl

            FACET = "people"

            @hookimpl
            def vnfriendship_extract(article):
                start = article.text.find("Trần Văn Bình")
                return Facts(people=[Person("Trần Văn Bình", mentions=[article.mention(start, start + 13)])])
            """
        ),
        encoding="utf-8",
    )
    info = tmp_path / "vnf_sample_plugin-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: vnf-sample-plugin\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text(
        "[vnfriendship]\nsample = vnf_sample_plugin\nbroken = vnf_missing_module\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(AUTOLOAD_ENV, raising=False)
    yield tmp_path
    sys.modules.pop("vnf_sample_plugin", None)


@pytest.mark.usefixtures("installed_distribution")
def test_an_entry_point_plugin_is_discovered() -> None:
    pipeline = Pipeline(builtins=False)
    info = {p.name: p for p in pipeline.plugins()}
    assert (info["sample"].version, info["sample"].origin, info["sample"].state) == (
        "1.2.3", "entry point (vnf-sample-plugin)", "enabled"
    )
    assert [p.name for p in pipeline.extract(TEXT).people] == ["Trần Văn Bình"]


@pytest.mark.usefixtures("installed_distribution")
def test_a_plugin_that_fails_to_import_is_listed_as_failed_and_reported_in_every_extraction() -> None:
    pipeline = Pipeline(builtins=False)
    broken = {p.name: p for p in pipeline.plugins()}["broken"]
    assert (broken.enabled, broken.origin) == (False, "entry point (vnf-sample-plugin)")
    assert broken.state.startswith("failed: ModuleNotFoundError: No module named 'vnf_missing_module'")
    for _ in range(2):
        result = pipeline.extract(TEXT)
        assert [p.name for p in result.people] == ["Trần Văn Bình"]
        assert [(e.plugin, e.error.split(":")[0]) for e in result.errors] == [("broken", "not loaded")]


@pytest.mark.usefixtures("installed_distribution")
def test_autoload_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(AUTOLOAD_ENV, "1")
    assert Pipeline(builtins=False).plugins() == []


def test_plugins_can_be_module_like_objects() -> None:
    @hookimpl
    def vnfriendship_extract(article: Article) -> Facts:
        return Facts()

    namespace = SimpleNamespace(vnfriendship_extract=vnfriendship_extract)
    assert bare().register(namespace, "namespace") == "namespace"


# ---------------------------------------------------------------- isolation: every fault stays the plugin's own

UNION_TEXT = "Sáng 4/6/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức hội nghị tại Vinh."


def with_builtins(*plugins: object) -> Pipeline:
    return Pipeline(load_entry_points=False, plugins=plugins)


def builtin_unions(result: Extraction) -> list[str]:
    return [u.name for u in result.unions]


def errors_of(result: Extraction, plugin: str) -> list[str]:
    return [e.error for e in result.errors if e.plugin == plugin]


class FailsEverywhere:
    """Raises in every hook: each failure is reported under its name, nothing else changes."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    @hookimpl(tryfirst=True)
    def vnfriendship_facets(self) -> list[Facet]:
        raise self.error

    @hookimpl(tryfirst=True)
    def vnfriendship_gazetteer_tables(self) -> list[str]:
        raise self.error

    @hookimpl(tryfirst=True)
    def vnfriendship_gazetteer_entries(self) -> list[GazetteerEntry]:
        raise self.error

    @hookimpl(tryfirst=True)
    def vnfriendship_segment(self) -> list[Segment]:
        raise self.error

    @hookimpl(tryfirst=True)
    def vnfriendship_metadata(self) -> ArticleMeta:
        raise self.error

    @hookimpl(tryfirst=True)
    def vnfriendship_extract(self) -> Facts:
        raise self.error

    @hookimpl(tryfirst=True)
    def vnfriendship_refine(self) -> Extraction:
        raise self.error


class UnprintableError(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no text for this error")


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (RuntimeError("boom"), "RuntimeError: boom"),
        (UnprintableError(), "UnprintableError: <str() of the exception raised RuntimeError>"),
        (SystemExit(3), "SystemExit: 3"),
        (SystemExit(), "SystemExit"),
    ],
)
def test_a_plugin_failing_in_every_hook_is_reported_once_per_hook_and_the_builtins_are_kept(
    error: BaseException, message: str
) -> None:
    pipeline = with_builtins(FailsEverywhere(error))
    result = pipeline.extract(UNION_TEXT)
    assert errors_of(result, "FailsEverywhere") == [message] * 7
    assert builtin_unions(result) == ["Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"]
    assert result.meta == Pipeline(load_entry_points=False).extract(UNION_TEXT).meta
    assert {e.plugin for e in result.errors} == {"FailsEverywhere"}


def test_a_keyboard_interrupt_in_a_plugin_still_stops_the_run() -> None:
    with pytest.raises(KeyboardInterrupt):
        bare(FailsEverywhere(KeyboardInterrupt())).extract(TEXT)


@pytest.mark.parametrize(
    ("hook", "answer", "message"),
    [
        ("vnfriendship_segment", "body", "TypeError: returned str, expected a list of Segment or None"),
        ("vnfriendship_metadata", {"title": "x"}, "metadata refused: expected ArticleMeta, got dict"),
        ("vnfriendship_extract", [Person("A")], "TypeError: returned list, expected Facts or None"),
        ("vnfriendship_refine", 42, "TypeError: returned int, expected Extraction or None"),
        ("vnfriendship_gazetteer_entries", [("province", "X", "Y")], "gazetteer entry refused: tuple"),
        ("vnfriendship_facets", ["partners"], "facet refused: TypeError: expected Facet, got str"),
        ("vnfriendship_gazetteer_tables", [7], "gazetteer table refused: 7 is not a table name"),
    ],
)
def test_a_wrong_type_of_answer_from_any_hook_is_reported(hook: str, answer: object, message: str) -> None:
    def answers() -> object:
        return answer

    plugin = SimpleNamespace(**{hook: hookimpl(tryfirst=True)(answers)})
    result = with_builtins(plugin).extract(UNION_TEXT)
    assert any(e.startswith(message) for e in errors_of(result, "wrong")), result.errors
    assert builtin_unions(result) == ["Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"]


@pytest.fixture(autouse=True)
def _name_namespaces(monkeypatch: pytest.MonkeyPatch) -> None:
    """SimpleNamespace plugins in these tests register as "wrong"."""
    from vnfriendship import _plugins

    original = _plugins._default_name
    monkeypatch.setattr(_plugins, "_default_name", lambda p: "wrong" if isinstance(p, SimpleNamespace) else original(p))


class Returns:
    """An extractor returning given facts: the tool of the tests on bad values."""

    def __init__(self, facts: Callable[[Article], Facts]) -> None:
        self.facts = facts

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> Facts:
        return self.facts(article)


def binh(article: Article) -> Person:
    start = article.text.find("Trần Văn Bình")
    return Person("Trần Văn Bình", mentions=[article.mention(start, start + 13)])


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (lambda a: Facts(people=[Person(b"Lan")]),  # type: ignore[arg-type]
         "people[1] left out: name: expected str, got bytes"),
        (lambda a: Facts(people=[Person("Lan", honorific=float("nan"))]),  # type: ignore[arg-type]
         "people[1] left out: honorific: expected str | NoneType, got float"),
        (lambda a: Facts(events=[Event("meeting", attendance=float("nan"))]),  # type: ignore[arg-type]
         "events[0] left out: attendance: expected int | NoneType, got float"),
        (lambda a: Facts(people=[Union("Liên hiệp", "central")]),
         "people[1] left out: expected Person, got Union"),
        (lambda a: Facts(people=[Person("Lan", positions=[Position(b"x")])]),  # type: ignore[arg-type]
         "people[1] left out: positions[0].title: expected str, got bytes"),
        (lambda a: Facts(people=[Person("Lan\ud800")]), "people[1] left out: name: a lone surrogate"),
        (lambda a: Facts(people=[Person("Lan", mentions=[Mention(200, 203, "Lan")])]),
         "people[1] left out: mention 'Lan' at 200..203 does not quote the text"),
        (lambda a: Facts(people=[Person("Lan", mentions=[Mention(0, 3, "Lan")])]),
         "people[1] left out: mention 'Lan' at 0..3 does not quote the text"),
        (lambda a: Facts(people=[Person("Lan", mentions=[Mention(4, 4, "")])]),
         "people[1] left out: mention '' at 4..4 is empty"),
        (lambda a: Facts(people=[Person("Ông", mentions=[Mention(0, 3, "Ông", "title")])]),
         "people[1] left out: mention 'Ông' at 0..3 says it lies in a title segment but lies in a body segment"),
    ],
)
def test_a_bad_fact_is_left_out_and_named_and_the_plugins_good_facts_kept(
    bad: Callable[[Article], Facts], message: str
) -> None:
    def facts(article: Article) -> Facts:
        wrong = bad(article)
        return Facts(people=[binh(article), *wrong.people], events=wrong.events)

    result = bare(Returns(facts)).extract(TEXT)
    assert [p.name for p in result.people] == ["Trần Văn Bình"]
    assert [(e.plugin, e.error) for e in result.errors] == [("Returns", message)] or (
        result.errors[0].error.startswith(message)
    )
    assert json.loads(json.dumps(to_dict(result)))["people"][0]["name"] == "Trần Văn Bình"


def test_a_decimal_nan_is_refused_where_the_plugin_builds_it() -> None:
    result = bare(Returns(lambda a: Facts(aid_figures=[AidFigure(Decimal("NaN"), "USD")]))).extract(TEXT)
    assert result.aid_figures == ()
    assert errors_of(result, "Returns")[0].startswith("InvalidOperation")


PAGE = "Ông Trần Văn Bình dự hội nghị.\nTin liên quan\nÔng Trần Văn Bình thăm Lào."


class TeaserAtEnd:
    @hookimpl
    def vnfriendship_segment(self, text: str) -> list[Segment]:
        cut = text.find("Tin liên quan")
        return [Segment("body", 0, cut), Segment("related", cut, len(text))]


def every_binh(article: Article) -> Facts:
    starts = [i for i in range(len(article.text)) if article.text.startswith("Trần Văn Bình", i)]
    mentions = [article.mention(start, start + 13) for start in starts]
    teaser_only = Person("Lào", mentions=[article.mention(article.text.rfind("Lào"), len(article.text) - 1)])
    return Facts(people=[Person("Trần Văn Bình", mentions=mentions), teaser_only])


def test_a_mention_in_a_teaser_is_left_out_when_include_related_is_off() -> None:
    result = bare(TeaserAtEnd(), Returns(every_binh)).extract(PAGE)
    assert [(p.name, [m.segment for m in p.mentions]) for p in result.people] == [("Trần Văn Bình", ["body"])]
    assert errors_of(result, "Returns") == [
        "people[0] kept without its mention 'Trần Văn Bình' at 49..62 lies in a related segment, "
        "out of the article's scope (include_related is off)",
        "people[1] left out: its mention 'Lào' at 68..71 lies in a related segment, "
        "out of the article's scope (include_related is off)",
    ]


def test_teaser_mentions_are_kept_when_include_related_is_on() -> None:
    result = bare(TeaserAtEnd(), Returns(every_binh)).extract(PAGE, include_related=True)
    assert [len(p.mentions) for p in result.people] == [2, 1]
    assert result.errors == ()


@pytest.mark.parametrize(
    ("segments", "message"),
    [
        (lambda n: [Segment("body", 0, 5), Segment("related", 3, n)], "ValueError: segments overlap at 3.."),
        (lambda n: [Segment("body", 0, n + 10)], "ValueError: segment 0..82 leaves the text (length 72)"),
        (lambda n: [], "ValueError: returned no segments"),
        (lambda n: [Segment("body", 0, 0), Segment("body", 0, n)], "ValueError: returned an empty segment at 0"),
        (lambda n: [Segment("body", 0, n), "related"], "TypeError: returned a str among its segments"),
    ],
)
def test_an_invalid_segmentation_is_reported_and_the_next_segmenter_asked(
    segments: Callable[[int], list[Segment]], message: str
) -> None:
    class Broken:
        @hookimpl(tryfirst=True)
        def vnfriendship_segment(self, text: str) -> list[Segment]:
            return segments(len(text))

    result = bare(Broken(), TeaserAtEnd(), Returns(every_binh)).extract(PAGE)
    assert result.segments == (Segment("body", 0, 31), Segment("related", 31, len(PAGE)))
    assert errors_of(result, "Broken")[0].startswith(message)
    assert errors_of(result, "Broken")[0].endswith("the next segmenter was asked")


def test_with_the_builtins_an_invalid_segmentation_falls_back_to_the_builtin_segmenter() -> None:
    class Broken:
        @hookimpl
        def vnfriendship_segment(self, text: str) -> list[Segment]:
            return []

    assert with_builtins(Broken()).extract(PAGE).segments == Pipeline(load_entry_points=False).extract(PAGE).segments


def test_a_gazetteer_entry_for_an_unknown_table_is_reported_and_a_declared_table_accepted() -> None:
    class Names:
        @hookimpl
        def vnfriendship_gazetteer_tables(self) -> list[str]:
            return ["embassy"]

        @hookimpl
        def vnfriendship_gazetteer_entries(self) -> list[GazetteerEntry]:
            return [GazetteerEntry("provnice", "Xứ Đoài", "Hà Tây"), GazetteerEntry("embassy", "ĐSQ Nhật", "JP")]

    pipeline = bare(Names())
    assert pipeline.gazetteer.lookup("embassy", "đsq nhật") == "JP"
    assert "provnice" not in pipeline.gazetteer
    assert errors_of(pipeline.extract(TEXT), "Names") == [
        "gazetteer entry 'Xứ Đoài' refused: unknown table 'provnice' (known: body_head, country, embassy, honorific, "
        "organization, outlet, province, title; vnfriendship_gazetteer_tables names a new one)"
    ]


def test_plugins_see_a_read_only_gazetteer() -> None:
    class Meddles:
        @hookimpl
        def vnfriendship_extract(self, article: Article) -> None:
            article.gazetteer.add(GazetteerEntry("province", "Trần Văn Bình", "Hà Nội"))

    pipeline = bare(Meddles())
    first, second = pipeline.extract(TEXT), pipeline.extract(TEXT)
    assert errors_of(first, "Meddles") == errors_of(second, "Meddles") == [
        "TypeError: the pipeline's gazetteer is read-only: offer entries through vnfriendship_gazetteer_entries"
    ]
    assert pipeline.gazetteer.lookup("province", "Trần Văn Bình") is None


def test_a_refiner_returning_an_extraction_of_another_text_is_refused() -> None:
    class Swaps:
        @hookimpl(tryfirst=True)
        def vnfriendship_refine(self) -> Extraction:
            return Extraction("Một bài khác.")

    result = bare(FindsBinh(), Swaps()).extract(TEXT)
    assert (result.text, [p.name for p in result.people]) == (TEXT, ["Trần Văn Bình"])
    assert errors_of(result, "Swaps") == ["refine refused: returned an Extraction of another text or segmentation"]


def test_a_refiner_adding_a_bad_fact_is_refused() -> None:
    class AddsBytes:
        @hookimpl
        def vnfriendship_refine(self, extraction: Extraction) -> Extraction:
            return attrs.evolve(extraction, people=[*extraction.people, Person(b"x")])  # type: ignore[arg-type]

    result = bare(FindsBinh(), AddsBytes()).extract(TEXT)
    assert [p.name for p in result.people] == ["Trần Văn Bình"]
    assert errors_of(result, "AddsBytes") == ["refine refused: people[1] left out: name: expected str, got bytes"]


def test_a_hook_wrapper_is_refused_at_registration_with_the_reason() -> None:
    class Wraps:
        @hookimpl(wrapper=True)
        def vnfriendship_extract(self) -> Iterator[None]:
            return (yield)

    with pytest.raises(PluginRegistrationError, match=r"'Wraps' was refused: vnfriendship_extract is a hook wrapper"):
        bare().register(Wraps())
    assert bare().plugins() == []


def test_a_plugin_running_over_its_time_budget_is_reported_and_the_others_kept() -> None:
    released = threading.Event()

    class Hangs:
        @hookimpl
        def vnfriendship_extract(self) -> Facts:
            released.wait()
            return Facts(people=[Person("late")])

    try:
        pipeline = Pipeline(builtins=False, load_entry_points=False, plugins=[FindsBinh(), Hangs()],
                            plugin_timeout=0.05)
        result = pipeline.extract(TEXT)
    finally:
        released.set()
    assert [p.name for p in result.people] == ["Trần Văn Bình"]
    assert errors_of(result, "Hangs") == ["TimeoutError: no answer within 0.05 s (plugin_timeout)"]


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), "1"])
def test_a_plugin_timeout_must_be_a_positive_number(timeout: object) -> None:
    with pytest.raises(ValueError, match="plugin_timeout must be a positive number"):
        Pipeline(builtins=False, load_entry_points=False, plugin_timeout=timeout)  # type: ignore[arg-type]


def test_within_its_time_budget_a_plugin_answers_as_usual() -> None:
    pipeline = Pipeline(builtins=False, load_entry_points=False, plugins=[FindsBinh(), Raises()], plugin_timeout=30)
    result = pipeline.extract(TEXT)
    assert ([p.name for p in result.people], errors_of(result, "Raises")) == (["Trần Văn Bình"], ["RuntimeError: boom"])


# ---------------------------------------------------------------- provenance


class AlsoFindsBinh(FindsBinh):
    """A second plugin that finds the same person, and names its rule."""

    @hookimpl
    def vnfriendship_extract(self, article: Article) -> Facts:
        person = binh(article)
        return Facts(people=[attrs.evolve(person, sources=(Source("anything", rule="name after Ông"),))])


def test_each_fact_records_the_plugin_that_produced_it() -> None:
    result = bare(FindsBinh()).extract(TEXT)
    assert result.people[0].sources == (Source("FindsBinh"),)
    assert to_dict(result)["people"][0]["sources"] == [{"plugin": "FindsBinh", "rule": None}]


def test_the_same_fact_from_two_plugins_is_one_fact_with_both_sources() -> None:
    result = bare(FindsBinh(), AlsoFindsBinh()).extract(TEXT)
    assert len(result.people) == 1
    assert result.people[0].sources == (Source("AlsoFindsBinh", "name after Ông"), Source("FindsBinh"))


def test_builtin_facts_record_their_plugin() -> None:
    result = Pipeline(load_entry_points=False).extract(UNION_TEXT)
    assert {(facet, fact.sources[0].plugin) for facet, fact in result.facts()} == {
        ("unions", "unions"), ("events", "events")
    }


def test_a_fact_a_refiner_makes_records_the_refiner_and_facts_it_passes_on_keep_theirs() -> None:
    class AddsPerson:
        @hookimpl
        def vnfriendship_refine(self, extraction: Extraction, article: Article) -> Extraction:
            start = article.text.find("Hà Nội")
            made = Person("Hà Nội", mentions=[article.mention(start, start + 6)])
            return attrs.evolve(extraction, people=[*extraction.people, made])

    result = bare(FindsBinh(), AddsPerson()).extract(TEXT)
    assert [(p.name, p.sources) for p in result.people] == [
        ("Trần Văn Bình", (Source("FindsBinh"),)), ("Hà Nội", (Source("AddsPerson"),))
    ]


# ---------------------------------------------------------------- facets of plugins' own


def test_a_declared_facet_appears_under_extensions_and_round_trips() -> None:
    pipeline = bare(FindsPartners())
    result = pipeline.extract(TEXT)
    assert [p.name for p in result.extensions["partners"]] == ["Hà Nội"]
    data = json.loads(json.dumps(to_dict(result)))
    assert data["extensions"]["partners"][0] == {
        "name": "Hà Nội", "country": "VN", "mentions": [{"start": 34, "end": 40, "text": "Hà Nội", "segment": "body"}],
        "sources": [{"plugin": "FindsPartners", "rule": None}],
    }
    assert pipeline.from_dict(data) == result
    assert pipeline.from_dict(data).extensions["partners"][0].sources == (Source("FindsPartners"),)
    with pytest.raises(ValueError, match=r"extraction\.extensions\.partners: no facet of that name"):
        from_dict(data)


def test_facts_of_an_undeclared_facet_are_reported() -> None:
    result = bare(Returns(lambda a: Facts(extensions={"partners": [Partner("x")]}))).extract(TEXT)
    assert result.extensions == {}
    assert errors_of(result, "Returns") == [
        "extensions['partners'] left out: no plugin declared that facet (declare it with vnfriendship_facets)"
    ]


@attrs.frozen
class Untyped(Fact):
    names: list[str] = attrs.Factory(list)


@pytest.mark.parametrize(
    ("facet", "message"),
    [
        (Facet("people", Partner), "facet name 'people' is a built-in facet"),
        (Facet("Partners!", Partner), "facet name 'Partners!': use lower-case letters"),
        (Facet("plain", Person), "is not an attrs class derived from vnfriendship.Fact"),
        (Facet("untyped", Untyped), "has no JSON form"),
    ],
)
def test_a_facet_that_cannot_be_used_is_refused_and_named(facet: Facet, message: str) -> None:
    class Declares:
        @hookimpl
        def vnfriendship_facets(self) -> list[Facet]:
            return [facet]

    pipeline = bare(Declares())
    assert pipeline.facets() == []
    assert message in errors_of(pipeline.extract(TEXT), "Declares")[0]


def test_two_plugins_cannot_declare_the_same_facet() -> None:
    class Again(FindsPartners):
        pass

    pipeline = bare(FindsPartners(), Again())
    assert [f.name for f in pipeline.facets()] == ["partners"]
    assert errors_of(pipeline.extract(TEXT), "FindsPartners") == [
        "facet refused: ValueError: facet 'partners' is already declared by plugin 'Again'"
    ]


def test_the_hooks_where_the_first_answer_wins_say_so() -> None:
    from vnfriendship._hookspecs import HookSpecs

    def firstresult(hook: str) -> bool:
        return bool(getattr(HookSpecs, hook).vnfriendship_spec["firstresult"])

    assert [firstresult(h) for h in ("vnfriendship_segment", "vnfriendship_metadata")] == [True, True]
    assert [firstresult(h) for h in ("vnfriendship_extract", "vnfriendship_refine")] == [False, False]


# ---------------------------------------------------------------- a real installed distribution, and the CLI


@pytest.fixture
def faulty_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An installed distribution whose plugin calls sys.exit() and returns a bad fact."""
    (tmp_path / "vnf_faulty_plugin.py").write_text(
        textwrap.dedent(
            """
            import sys
            from vnfriendship import Facts, Person, hookimpl

            @hookimpl
            def vnfriendship_extract(article):
                if "exit" in article.text:
                    sys.exit(3)
                return Facts(people=[Person(b"bytes")])
            """
        ),
        encoding="utf-8",
    )
    info = tmp_path / "vnf_faulty_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: vnf-faulty-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[vnfriendship]\nfaulty = vnf_faulty_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(AUTOLOAD_ENV, raising=False)
    yield tmp_path
    sys.modules.pop("vnf_faulty_plugin", None)


def test_an_installed_plugins_faults_leave_the_cli_exit_status_and_the_other_inputs_alone(
    faulty_distribution: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vnfriendship._cli import main

    first, second = faulty_distribution / "a.txt", faulty_distribution / "b.txt"
    first.write_text("Ông Trần Văn Bình nói: exit.", encoding="utf-8")
    second.write_text(UNION_TEXT, encoding="utf-8")
    assert main(["extract", "--format", "jsonl", str(first), str(second)]) == 0
    outputs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[e["error"] for e in o["errors"] if e["plugin"] == "faulty"] for o in outputs] == [
        ["SystemExit: 3"], ["people[0] left out: name: expected str, got bytes"]
    ]
    assert [u["name"] for u in outputs[1]["unions"]] == ["Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"]
