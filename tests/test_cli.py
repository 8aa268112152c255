"""The command line: formats, exit codes, standard input and plugin listing."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnfriendship._cli import main

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
