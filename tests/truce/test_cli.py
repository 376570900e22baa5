"""`hudna judge` on JSON Lines files, run through the Typer app as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from hudna.cli.main import app

runner = CliRunner()

EVENTS = [
    {
        "id": "e1",
        "type": "SHELLING",
        "actors": ["SYR_GOV"],
        "target": None,
        "place": "daraya",
        "date": "2016-03-10",
        "date_precision": "day",
        "asserted_by": None,
        "negated": False,
        "span": [0, 20],
        "evidence": "قصفت قوات النظام داريا",
    },
    {
        "id": "e2",
        "type": "AIRSTRIKE",
        "actors": ["RUS"],
        "target": "NUSRA",
        "place": None,
        "date": "2016-03-10",
        "span": [0, 1],
    },
    {
        "id": "e3",
        "type": "SHELLING",
        "actors": ["SYR_GOV"],
        "place": "daraya",
        "date": "2016-01-15",
        "span": [0, 1],
    },
    {"id": "e4", "type": "ATTACK", "actors": [], "date": "2016-03-10", "span": [0, 1]},
    {"id": "e5", "type": "CHEMICAL", "actors": ["SYR_GOV"], "date": "2016-10-01", "span": [0, 1]},
    {
        "id": "e6",
        "type": "MEET",
        "actors": ["kerry", "lavrov"],
        "date": "2016-03-10",
        "span": [0, 1],
    },
    {
        "id": "e7",
        "type": "SHELLING",
        "actors": ["SYR_GOV"],
        "span": [0, 1],
        "published": "2016-03-10",
    },
]
EXPECTED = {
    "e1": ("violation", "R1-party-hostile-act", "syria-coh-2016-02", False),
    "e2": ("not_a_violation", "R2-excluded-target", "syria-coh-2016-02", False),
    "e3": ("outside_truce", "R3-outside-period", None, False),
    "e4": ("undetermined", "R4-unknown-perpetrator", "syria-coh-2016-02", False),
    "e5": ("violation", "R5-chemical-grave", None, True),
    "e6": (None, "R0-not-hostile", None, False),
    "e7": ("violation", "R1-party-hostile-act", "syria-coh-2016-02", False),
}


def _jsonl(tmp_path: Path, rows: list, name: str = "events.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(
        "".join(
            (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows
        ),
        encoding="utf-8",
    )
    return path


def _run(*args: str) -> tuple[int, list[dict], str]:
    result = runner.invoke(app, ["judge", *args])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines, result.stderr


def test_judge_has_help() -> None:
    result = runner.invoke(app, ["judge", "--help"])
    assert result.exit_code == 0
    assert "--theatre" in result.output


def test_judge_events_file_gives_the_documented_statuses(tmp_path: Path) -> None:
    code, lines, _ = _run(str(_jsonl(tmp_path, EVENTS)), "--theatre", "syria-2016")
    assert code == 0
    assert [line["id"] for line in lines] == [e["id"] for e in EVENTS]
    for line in lines:
        j = line["judgement"]
        assert (j["status"], j["rule"], j["truce"], j["grave"]) == EXPECTED[line["id"]], line["id"]
        assert set(j["explanation"]) == {"ar", "en"}
    first = lines[0]
    assert first["evidence"] == "قصفت قوات النظام داريا"  # input fields are kept
    assert "«قصفت قوات النظام داريا»" in first["judgement"]["explanation"]["ar"]
    assert "publication date, 2016-03-10" in lines[-1]["judgement"]["explanation"]["en"]


def test_judge_extraction_lines_judges_their_events(tmp_path: Path) -> None:
    text = "قصفت قوات النظام مدينة داريا اليوم. والتقى كيري لافروف."
    extraction = {
        "schema": 1,
        "id": "doc-1",
        "language": "ar",
        "published": "2016-03-10",
        "text": text,
        "places": [
            {
                "id": "daraya",
                "name": "Daraya",
                "name_ar": "داريا",
                "country": "SY",
                "admin1": "rif_dimashq",
                "mentions": [[23, 28]],
            }
        ],
        "events": [
            {
                "type": "SHELLING",
                "actors": ["SYR_GOV"],
                "place": "daraya",
                "date": None,
                "span": [0, 35],
            },
            {"type": "MEET", "actors": ["kerry", "lavrov"], "span": [36, len(text)]},
        ],
    }
    failed = {"id": "broken", "error": {"code": "empty", "message": "empty document"}}
    code, lines, _ = _run(str(_jsonl(tmp_path, [extraction, failed])))
    assert code == 0
    assert lines[1] == failed  # extract's error lines pass through
    shelling, meeting = lines[0]["events"]
    assert shelling["judgement"]["status"] == "violation"
    assert "«قصفت قوات النظام مدينة داريا اليوم.»" in shelling["judgement"]["explanation"]["ar"]
    assert meeting["judgement"]["status"] is None
    assert lines[0]["id"] == "doc-1" and lines[0]["text"] == text


def test_judge_with_second_theatre(tmp_path: Path) -> None:
    rows = [
        {
            "id": "m1",
            "type": "SHELLING",
            "actors": ["DPR"],
            "place": "mariupol",
            "date": "2015-03-10",
            "span": [0, 1],
        }
    ]
    code, lines, _ = _run(str(_jsonl(tmp_path, rows)), "--theatre", "ukraine-minsk-2015")
    assert code == 0
    assert lines[0]["judgement"]["rule"] == "M1-party-fire"
    assert lines[0]["judgement"]["truce"] == "minsk-2-ceasefire"


def test_bad_lines_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    rows = [
        EVENTS[0],
        "{broken",
        {"id": "x", "type": "PICNIC", "span": [0, 1]},
        {"id": "y", "type": "ATTACK", "date": "10/03/2016", "span": [0, 1]},
        {"hello": 1},
    ]
    code, lines, _ = _run(str(_jsonl(tmp_path, rows)))
    assert code == 0
    assert lines[0]["judgement"]["status"] == "violation"
    assert [line["line"] for line in lines[1:]] == [2, 3, 4, 5]
    assert lines[2]["error"]["code"] == "bad_line" and "type" in lines[2]["error"]["message"]
    assert lines[3]["error"]["code"] == "bad_input" and "10/03/2016" in lines[3]["error"]["message"]


def test_nothing_judged_exits_2(tmp_path: Path) -> None:
    code, lines, err = _run(str(_jsonl(tmp_path, ["{broken", "[1, 2]"])))
    assert code == 2
    assert len(lines) == 2 and all("error" in line for line in lines)
    assert "no line could be judged" in err


def test_unknown_theatre_is_one_line_and_exit_1(tmp_path: Path) -> None:
    code, lines, err = _run(str(_jsonl(tmp_path, EVENTS)), "--theatre", "narnia")
    assert code == 1 and lines == []
    assert "unknown theatre 'narnia'" in err and len(err.strip().splitlines()) == 1


def test_missing_file_exits_2(tmp_path: Path) -> None:
    code, _, err = _run(str(tmp_path / "absent.jsonl"))
    assert code == 2 and "no such file" in err
