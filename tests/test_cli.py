"""The command line: formats, exit codes, standard input and plugin listing."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from support import html_page, write_warc
from vnfriendship import AidFigure, Directive, Event, Extraction
from vnfriendship._cli import _table, main

ARTICLE = "Hội nghị tổng kết\n\nSáng 5/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng kết.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bai-viet.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_jsonl_prints_one_contract_object_per_input(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", "--format", "jsonl", str(article), str(article))
    lines = out.splitlines()
    assert status == 0
    assert [json.loads(line)["source"] for line in lines] == [str(article)] * 2


def test_json_prints_one_object_for_one_input(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", str(article))
    assert json.loads(out)["schema"] == "vnfriendship/1"


def test_json_prints_a_list_for_several_inputs(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "--format", "json", str(article), str(article))
    assert len(json.loads(out)) == 2


def test_table_prints_a_summary(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "--format", "table", str(article))
    assert out.startswith(f"== {article}\ntitle:")


def test_an_unreadable_input_exits_1_and_the_others_are_still_printed(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "extract", "--format", "jsonl", str(tmp_path / "nope.txt"), str(article))
    assert status == 1
    assert "nope.txt: cannot read" in err
    assert len(out.splitlines()) == 1


def test_invalid_utf8_exits_1_naming_the_file_and_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ab\xffcd")
    status, _, err = run(capsys, "extract", str(bad))
    assert (status, "bad.txt: input is not valid UTF-8: byte 0xff at offset 2" in err) == (1, True)


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    _, out, _ = run(capsys, "extract", "--format", "jsonl", "-")
    assert json.loads(out)["text"] == ARTICLE


def test_a_bad_reference_date_is_a_usage_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--reference-date", "20/7/2022", str(article)])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_disabling_an_unknown_plugin_is_a_usage_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--disable", "nobody", str(article)])
    assert exit_info.value.code == 2
    assert "no plugin named 'nobody'" in capsys.readouterr().err


def test_plugins_lists_the_builtin_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "plugins")
    assert status == 0
    assert out.splitlines()[0].split() == ["name", "version", "facet", "origin"]


def test_python_dash_m_runs_the_same_command(article: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "vnfriendship", "extract", "--format", "jsonl", str(article)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"] == str(article)


# ------------------------------------------------------------------ archives: folders, jobs, csv, output


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder of saved pages: nested, with a file that is not *.txt and a dangling link."""
    folder = tmp_path / "luu-tru"
    (folder / "2024" / "thang-3").mkdir(parents=True)
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.txt").write_text(ARTICLE.replace("5/3", "6/3"), encoding="utf-8")
    (folder / "2024" / "thang-3" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "ghi-chu.md").write_text("không phải bài báo", encoding="utf-8")
    (folder / "mat.txt").symlink_to(folder / "khong-co.txt")  # unreadable, whoever runs the tests
    return folder


def sources(out: str) -> list[str]:
    return [json.loads(line)["source"] for line in out.splitlines()]


def test_a_folder_is_read_recursively_in_sorted_order(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "extract", "--format", "jsonl", str(archive))
    assert sorted(sources(out)) == sorted(str(archive / n) for n in ("a.txt", "b.txt", "2024/thang-3/c.txt"))
    assert sources(out)[:2] == [str(archive / "a.txt"), str(archive / "b.txt")]  # a folder's files, then its folders
    assert status == 1
    assert err == f"vnfriendship: {archive / 'mat.txt'}: cannot read: No such file or directory\n"


def test_a_folder_that_cannot_be_listed_is_an_unreadable_input(
    archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def walk(top: Path, onerror: Any) -> Iterator[tuple[str, list[str], list[str]]]:
        yield str(top), [], ["b.txt"]
        onerror(PermissionError(13, "Permission denied", str(top / "kin")))

    monkeypatch.setattr(os, "walk", walk)
    status, out, err = run(capsys, "extract", "--format", "jsonl", str(archive))
    assert (status, sources(out)) == (1, [str(archive / "b.txt")])
    assert err == f"vnfriendship: {archive / 'kin'}: cannot list: Permission denied\n"


def test_glob_chooses_the_files_of_a_folder(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "--format", "jsonl", "--glob", "thang-3/*.txt", str(archive))
    assert sources(out) == [str(archive / "2024" / "thang-3" / "c.txt")]


def test_json_is_a_list_for_a_folder_even_of_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mot.txt").write_text(ARTICLE, encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(tmp_path))
    assert [item["source"] for item in json.loads(out)] == [str(tmp_path / "mot.txt")]
    _, out, _ = run(capsys, "extract", str(tmp_path / "nothing-here"), str(tmp_path / "nor-here"))
    assert json.loads(out) == []


def test_jobs_give_the_same_output_as_one_process(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, alone, _ = run(capsys, "extract", "--format", "json", str(archive))
    status, shared, err = run(capsys, "extract", "--format", "json", "--jobs", "2", str(archive))
    assert (status, shared) == (1, alone)
    assert "mat.txt: cannot read" in err


def test_output_file_and_no_text(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ket-qua.jsonl"
    status, out, _ = run(capsys, "extract", "--format", "jsonl", "--no-text", "-o", str(target), str(article))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (status, out, "text" in data, data["unions"][0]["province"]) == (0, "", False, "Nam Định")


def test_csv_writes_one_row_per_fact_of_the_facet(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "--format", "csv", "--facet", "unions", str(archive))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["province"] for row in rows] == ["Nam Định"] * 3
    assert rows[0]["source"] == str(archive / "a.txt")
    assert rows[0]["mention_text"] == "Liên hiệp các tổ chức hữu nghị tỉnh Nam Định"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv"], "--format csv needs --facet NAME"),
        (["--facet", "unions"], "--facet goes with --format csv"),
        (["-", "-"], "- (standard input) can be read only once"),
        ([""], "an empty path names no file"),
        (["--jobs", "-1"], "not a number of processes"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", *args])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_table_shows_relations_and_amounts_with_thousands_separators() -> None:
    text = "Tổ chức A tài trợ 1500000000 đồng cho tỉnh B để xây trường; Ban Bí thư ra Chỉ thị 12."
    figure = AidFigure(Decimal("1500000000"), "VND", kind="grant", donor="Tổ chức A", recipient="tỉnh B",
                       purpose="xây trường")
    event = Event("conference", organizers=("Liên hiệp X", "Sở Y"), participants=("ông Z",))
    directive = Directive("directive", number="12", issuer="Ban Bí thư", subject="công tác đối ngoại")
    table = _table(Extraction(text, "tin", aid_figures=[figure], events=[event], directives=[directive]))
    assert "  - exact 1,500,000,000 VND (grant)\n      donor: Tổ chức A\n      recipient: tỉnh B\n" in table
    assert "      purpose: xây trường\n" in table
    assert "      organizers: Liên hiệp X; Sở Y\n      participants: ông Z\n" in table
    assert "      issuer: Ban Bí thư\n      subject: công tác đối ngoại\n" in table


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only(archive: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "extract", "--format", "jsonl", str(archive))
    assert "files" not in err
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["extract", "--format", "jsonl", str(archive)])
    assert "4 files, 1 errors" in terminal.getvalue()
    assert "mat.txt: cannot read" in terminal.getvalue()


# ------------------------------------------------------------------ bad input, as a shell gives it


def shell(command: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``command`` in bash with ``$VNF`` being the command line, in ``tmp_path``."""
    environment = {**os.environ, "VNF": f"{sys.executable} -m vnfriendship", **env}
    return subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, env=environment, check=False)


def test_closed_or_full_standard_output_is_one_line_not_a_traceback(article: Path, tmp_path: Path) -> None:
    closed = shell(f"$VNF extract '{article}' >&-", tmp_path)
    assert (closed.returncode, closed.stderr) == (2, closed.stderr)
    assert b"standard output is closed" in closed.stderr and b"Traceback" not in closed.stderr
    full = shell(f"$VNF extract '{article}' > /dev/full", tmp_path)
    assert full.returncode == 1
    assert full.stderr == b"vnfriendship: cannot write the output: No space left on device\n"


def test_closed_standard_input_is_an_unreadable_input(tmp_path: Path) -> None:
    proc = shell("$VNF extract --format jsonl - <&-", tmp_path)
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, b"", b"vnfriendship: -: standard input is closed\n")


def test_output_is_utf8_whatever_the_locale(article: Path, tmp_path: Path) -> None:
    proc = shell(f"$VNF extract --format jsonl '{article}'", tmp_path, PYTHONIOENCODING="latin-1")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8"))["unions"][0]["province"] == "Nam Định"


def test_a_file_name_that_is_not_utf8_is_escaped_in_the_source(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"tin-\xff.txt")).write_text(ARTICLE, encoding="utf-8")
    proc = shell("$VNF extract --format jsonl tin-*.txt", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8"))["source"] == "tin-\\xff.txt"


def test_utf16_input_gets_a_hint(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    proc = shell("$VNF extract utf16.txt", tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == b"vnfriendship: utf16.txt: input is UTF-16, not UTF-8: convert it first " \
                          b"(iconv -f UTF-16 -t UTF-8)\n"


def test_a_closed_pipe_ends_quietly_with_status_0(archive: Path, tmp_path: Path) -> None:
    (archive / "mat.txt").unlink()
    for index in range(30):
        (archive / f"z{index:02}.txt").write_text(ARTICLE, encoding="utf-8")
    proc = shell(f"$VNF extract --format jsonl --jobs 2 '{archive}' 2>err | head -n 1; "
                 "echo ${PIPESTATUS[0]}; cat err", tmp_path)
    lines = proc.stdout.decode().splitlines()
    assert json.loads(lines[0])["source"].endswith("a.txt")
    assert lines[1:] == ["0"]  # status 0, and nothing at all on standard error


def test_ctrl_c_stops_the_workers_and_exits_130_with_one_line(archive: Path, tmp_path: Path) -> None:
    for index in range(200):
        (archive / f"z{index:03}.txt").write_text(ARTICLE * 20, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "vnfriendship", "extract", "--format", "jsonl", "--jobs", "2", str(archive)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # work has begun
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert json.loads(first)["source"].endswith("a.txt")
    assert len((first + rest).splitlines()) < 203
    assert err.decode().splitlines()[-1].startswith("vnfriendship: interrupted after ")
    assert b"Traceback" not in err


# ------------------------------------------------------------------ saved web pages: HTML and WARC

BODY = "Sáng 5/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2024."
MORE = "Dự hội nghị có đại diện các hội hữu nghị và các cơ quan, đơn vị trên địa bàn tỉnh Nam Định."
HTML_ERROR = "reading HTML needs the html extra: pip install 'vnfriendship[html]'"
WARC_ERROR = "reading WARC needs the html extra: pip install 'vnfriendship[html]'"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of saved pages: a text, an HTML page, a WARC of two articles and a refused page, a note."""
    pytest.importorskip("warcio", reason="the html extra (CI installs it)")
    folder = tmp_path / "trang"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.html").write_bytes(html_page("Tin B", BODY, MORE))
    write_warc(folder / "c.warc.gz", [
        ("https://tin.example/1.html", "200 OK", "text/html", html_page("Tin một", BODY, MORE)),
        ("https://tin.example/mat.html", "404 Not Found", "text/html", b"<html>404</html>"),
        ("https://tin.example/anh.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://tin.example/2.html", "200 OK", "text/html", html_page("Tin hai", MORE, BODY)),
    ], gzipped=True)
    (folder / "d.md").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_a_folder_gives_its_text_html_and_warc_pages_by_default(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    status, out, err = run(capsys, "extract", "--format", "jsonl", str(pages))
    assert sources(out) == [str(pages / "a.txt"), str(pages / "b.html"),
                            "https://tin.example/1.html", "https://tin.example/2.html"]
    assert [json.loads(line)["meta"]["title"] for line in out.splitlines()][1:] == ["Tin B", "Tin một", "Tin hai"]
    assert (status, err) == (1, "vnfriendship: https://tin.example/mat.html: the server answered HTTP 404: no page\n")


def test_glob_is_repeatable(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "--format", "jsonl", "--glob", "*.md", "--glob", "*.txt", str(pages))
    assert sources(out) == [str(pages / "a.txt"), str(pages / "d.md")]


def test_a_warc_named_alone_gives_a_json_list_of_its_pages(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    status, out, _ = run(capsys, "extract", "--no-text", str(pages / "c.warc.gz"))
    assert status == 1
    assert [item["source"] for item in json.loads(out)] == ["https://tin.example/1.html", "https://tin.example/2.html"]


def test_jobs_read_warc_pages_as_one_process_does(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura", reason="the html extra (CI installs it)")
    _, alone, _ = run(capsys, "extract", "--format", "jsonl", str(pages))
    _, shared, err = run(capsys, "extract", "--format", "jsonl", "--jobs", "2", str(pages))
    assert shared == alone and len(shared.splitlines()) == 4
    assert "mat.html: the server answered HTTP 404" in err


def test_without_the_html_extra_html_and_warc_inputs_are_one_line_each(
    pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for module in ("trafilatura", "warcio", "warcio.archiveiterator", "warcio.exceptions"):
        monkeypatch.setitem(sys.modules, module, None)  # what `import` meets where the extra is not installed
    status, out, err = run(capsys, "extract", "--format", "jsonl", str(pages))
    assert (status, sources(out)) == (1, [str(pages / "a.txt")])
    assert err == (f"vnfriendship: {pages / 'b.html'}: {HTML_ERROR}\n"
                   f"vnfriendship: {pages / 'c.warc.gz'}: {WARC_ERROR}\n")
