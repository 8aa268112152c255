"""Every code example of the docs site and of the README runs, and says what it really prints.

- ``pycon`` blocks are doctests; the blocks of one page share their names, in order.
- ``python`` blocks are run, in the same namespace as the page's ``pycon`` blocks; a
  ``--8<-- "path"`` line stands for that file, as on the site.
- ``console`` blocks: each ``$ `` line is run (``vnfriendship`` and ``python`` with this
  interpreter) and what it prints, standard error included, must be the lines below it
  (``...`` matches anything, as in doctest, but never a plugin's failure).
- ``sh`` blocks may only hold what `.ci/run` runs itself: installs, the test suite, the site.

Every example runs in a scratch folder where ``examples/`` is the project's, so that the files
an example writes never land in the checkout.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import runpy
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "hooks" not in p.relative_to(DOCS).parts)
DOCUMENTS = [ROOT / "README.md", *PAGES]

_FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[ \t]*$")
_SNIPPET = re.compile(r'^\s*--8<-- "(?P<path>[^"]+)"\s*$')
_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")
_KNOWN = {"pycon", "python", "console", "sh", "toml", "text", ""}  # "" and text: a synopsis
# What an sh block may hold: commands that .ci/run itself runs (installs, the test suite, the site).
_RUN_BY_CI = re.compile(r"^(?:python -m )?pip install |^python -m pytest$|^mkdocs ")
_CHECK = doctest.ELLIPSIS
# How the command line and the recipes report a plugin that failed on a page: never hidden by a "...".
_PLUGIN_FAILED = re.compile(r"error in plugin|: plugin \S+ failed")


@dataclass(frozen=True)
class Block:
    """A fenced code block: its language, its first line's number and its lines, dedented."""

    lang: str
    line: int
    code: str


def blocks(path: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file, in order."""
    found: list[Block] = []
    open_fence: tuple[str, str, int, list[str]] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _FENCE.match(line)
        if open_fence is None:
            if match:
                open_fence = (match["indent"], match["lang"], number, [])
        elif match and match["lang"] == "" and match["indent"] == open_fence[0]:
            indent, lang, start, lines = open_fence
            found.append(Block(lang, start, "\n".join(x[len(indent) :] for x in lines) + "\n"))
            open_fence = None
        else:
            open_fence[3].append(line)
    assert open_fence is None, f"{path}: the code block of line {open_fence[2]} is never closed"
    return found


def with_snippets(code: str) -> str:
    """The code with each ``--8<-- "path"`` line replaced by that file of the project."""
    return "".join(
        (ROOT / m["path"]).read_text(encoding="utf-8") if (m := _SNIPPET.match(line)) else line
        for line in code.splitlines(keepends=True)
    )


def _command(line: str) -> list[str]:
    argv = shlex.split(line)
    if argv[0] == "vnfriendship":
        return [sys.executable, "-m", "vnfriendship", *argv[1:]]
    if argv[0] == "python":
        return [sys.executable, *argv[1:]]
    raise AssertionError(f"a console example runs only vnfriendship or python, not: {line}")


def _sessions(code: str) -> list[tuple[str, str]]:
    """(command, expected output) for each ``$ `` line of a console block."""
    sessions: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            sessions.append((line[2:], []))
        else:
            assert sessions, f"console output before any command: {line!r}"
            sessions[-1][1].append(line)
    return [(command, "\n".join(lines) + "\n" if lines else "") for command, lines in sessions]


# A console example that needs an optional extra runs where the extra is installed (CI's main
# environment has them all): what in its command marks it, the module, the extra.
_NEEDS = (
    ("--chart", "matplotlib", "plot"),
    ("vnfriendship db", "sqlite_utils", "db"),
    (".html", "trafilatura", "html"),
    (".warc", "warcio", "html"),
)


def run_console(code: str, where: str) -> None:
    checker = doctest.OutputChecker()
    for command, expected in _sessions(code):
        for marker, module, extra in _NEEDS:
            if marker in command and importlib.util.find_spec(module) is None:
                pytest.skip(f"`{command}` needs the {extra} extra ({module} is not installed)")
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run(
            _command(command), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, check=False
        )
        assert done.returncode == 0, f"{where}: `{command}` exited {done.returncode}:\n{done.stdout}"
        # Trailing spaces and blank lines are invisible on the page.
        got = "\n".join(line.rstrip() for line in done.stdout.splitlines()).rstrip("\n") + "\n"
        if _PLUGIN_FAILED.search(got) and not _PLUGIN_FAILED.search(expected):
            raise AssertionError(f"{where}: `{command}` reports a plugin that failed:\n{got}")
        if not checker.check_output(expected, got, _CHECK):
            raise AssertionError(f"{where}: `{command}` printed\n{got}\nbut the page says\n{expected}")


def run_doctest(code: str, namespace: dict[str, object], where: str) -> None:
    test = doctest.DocTestParser().get_doctest(code, namespace, where, where, 0)
    runner = doctest.DocTestRunner(optionflags=_CHECK)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    namespace.update(test.globs)  # the next block of the page goes on from here
    assert runner.failures == 0, "".join(report)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder whose ``examples/`` is the project's."""
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_of_the_page_runs(path: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in blocks(path):
        where = f"{path.relative_to(ROOT)}:{block.line}"
        assert block.lang in _KNOWN, f"{where}: a {block.lang!r} block is neither run nor declared data"
        if block.lang == "pycon":
            run_doctest(block.code, namespace, where)
        elif block.lang == "python" and (included := _SNIPPET.fullmatch(block.code.strip())):
            # A whole script shown on the page is loaded as its reader would: beside its sibling modules.
            script = ROOT / included["path"]
            monkeypatch.syspath_prepend(str(script.parent))
            runpy.run_path(str(script), run_name="__docs__")
        elif block.lang == "python":
            exec(compile(with_snippets(block.code), where, "exec"), namespace)
        elif block.lang == "console":
            run_console(block.code, where)
        elif block.lang == "sh":
            for command in filter(None, (x.strip() for x in re.split(r"\n|&&", block.code))):
                assert _RUN_BY_CI.match(command), f"{where}: `{command}` is never run: make it a console example"


def test_the_pages_have_examples_that_run() -> None:
    # The parser itself: were it to find nothing, every test above would pass vacuously.
    langs = [block.lang for path in DOCUMENTS for block in blocks(path)]
    assert {"pycon", "python", "console"} <= set(langs)


def test_a_failing_example_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```pycon\n>>> 1 + 1\n3\n\n```\n", encoding="utf-8")
    (block,) = blocks(page)
    with pytest.raises(AssertionError, match="Expected"):
        run_doctest(block.code, {}, "page.md:1")


def test_a_console_example_must_print_what_the_page_says(scratch: Path) -> None:
    with pytest.raises(AssertionError, match="but the page says"):
        run_console("$ python -c print(2)\n3\n", "page.md:1")
    run_console("$ python -c print(2)\n2\n", "page.md:1")


def test_every_page_is_in_the_site_navigation() -> None:
    navigation = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    missing = [str(p.relative_to(DOCS)) for p in PAGES if f" {p.relative_to(DOCS).as_posix()}" not in navigation]
    assert not missing


def test_every_snippet_the_site_includes_exists() -> None:
    paths = [m["path"] for p in DOCUMENTS for line in p.read_text(encoding="utf-8").splitlines()
             if (m := _SNIPPET.match(line))]
    assert "CHANGELOG.md" in paths
    assert all((ROOT / path).is_file() for path in paths)


def test_the_readme_has_no_link_that_breaks_on_an_index_page() -> None:
    # PyPI shows the README with no files beside it: a relative link leads nowhere there.
    targets = [m["target"] for m in _LINK.finditer((ROOT / "README.md").read_text(encoding="utf-8"))]
    assert all(t.startswith(("https://", "#")) for t in targets), targets
