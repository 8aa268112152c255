"""The plugin system: registration, isolation, enabling, discovery and call order."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from vnfriendship import Article, Extraction, Facts, GazetteerEntry, Person, Pipeline, hookimpl
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
def test_an_entry_point_plugin_is_discovered_and_a_broken_one_skipped_with_a_warning() -> None:
    with pytest.warns(RuntimeWarning, match=r"'broken' from vnf-sample-plugin was skipped: ModuleNotFoundError"):
        pipeline = Pipeline(builtins=False)
    info = {p.name: p for p in pipeline.plugins()}
    assert (info["sample"].version, info["sample"].origin) == ("1.2.3", "entry point (vnf-sample-plugin)")
    assert [p.name for p in pipeline.extract(TEXT).people] == ["Trần Văn Bình"]


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
