"""The `hudna` command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from hudna.cli.main import app
from tests.conftest import DEMO, SEEDS

runner = CliRunner()


def test_every_command_has_help() -> None:
    for command in (
        "init",
        "ingest",
        "extract",
        "search",
        "summary",
        "serve",
        "demo",
        "eval",
        "judge",
        "link",
        "report",
        "export",
    ):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output


def test_extract_prints_one_contract_line_per_seed() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "hudna.cli.main", "extract", *sorted(map(str, SEEDS.glob("*.txt")))],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["000_90ba3c5774616069", "003_50da22164150d52a"]
    assert all(line["schema"] == 1 for line in lines)


def test_extract_reports_bad_lines_and_exits_2_when_nothing_reads(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "ok", "text": "قصفت قوات النظام بلدة داريا"}\n{broken\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["id"] == "ok" and "error" in lines[1]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 2


def test_ingest_summary_search(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    first = runner.invoke(app, ["ingest", "--db", db, str(SEEDS), str(DEMO)])
    assert first.exit_code == 0, first.output
    assert "ingested 33 · duplicates 0 · failed 0" in first.stdout
    again = runner.invoke(app, ["ingest", "--db", db, str(SEEDS)])
    assert "ingested 0 · duplicates 2 · failed 0" in again.stdout
    found = runner.invoke(app, ["search", "--db", db, "لافروف"])
    assert found.exit_code == 0 and "003_50da22164150d52a" in found.stdout
    summary = runner.invoke(app, ["summary", "--db", db, "--json"])
    data = json.loads(summary.stdout)
    assert data["counts"]["documents"] == 33
    assert data["event_types"]["MEET"] >= 6


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", "--db", str(tmp_path / "x.db"), str(tmp_path / "nope.txt")]
    )
    assert result.exit_code == 2
    assert "not_found" in result.stderr
