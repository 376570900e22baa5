"""`hudna eval`: the matching rules, and the quality floor on the dev set and the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hudna.cli.main import app
from hudna.extract.evaluation import read_jsonl, score
from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import read_paths
from hudna.models import Document
from tests.conftest import SEEDS, TEST_DATA

DEV = TEST_DATA / "dev"


def _event(type_: str, actors: list[str], place: str | None, **kw: object) -> dict:
    return {
        "type": type_,
        "actors": actors,
        "target": None,
        "place": place,
        "date": None,
        "date_precision": None,
        "asserted_by": None,
        "negated": False,
        **kw,
    }


def test_a_person_matches_its_state_and_a_governorate_its_capital() -> None:
    gold = [
        {
            "id": "d",
            "published": None,
            "events": [
                _event("MEET", ["kerry", "lavrov"], "geneva"),
                _event("SHELLING", ["SYR_GOV"], "aleppo"),
            ],
            "statements": [],
            "commitments": [],
        }
    ]
    pred = {
        "d": {
            "events": [
                _event("MEET", ["USA", "lavrov"], "geneva"),
                _event("SHELLING", ["SYR_GOV"], "aleppo_gov"),
            ],
            "statements": [],
            "commitments": [],
        }
    }
    s = score(gold, pred)
    assert (s.events.tp, s.events.fp, s.events.fn) == (2, 0, 0)


def test_fatalities_are_scored_where_either_side_gives_a_toll() -> None:
    gold = [
        {
            "id": "d",
            "published": None,
            "events": [
                _event("SHELLING", ["SYR_GOV"], "douma", fatalities=5),
                _event("AIRSTRIKE", ["RUS"], "saraqib", fatalities=None),
                _event("ATTACK", ["ISIS"], "palmyra", fatalities=None),
            ],
            "statements": [],
            "commitments": [],
        }
    ]
    pred = {
        "d": {
            "events": [
                _event("SHELLING", ["SYR_GOV"], "douma", fatalities=5),
                _event("AIRSTRIKE", ["RUS"], "saraqib", fatalities=3),
                _event("ATTACK", ["ISIS"], "palmyra", fatalities=None),
            ],
            "statements": [],
            "commitments": [],
        }
    }
    s = score(gold, pred)
    assert (s.fatalities.right, s.fatalities.total) == (1, 2)


def test_dues_are_scored_where_either_side_gives_one() -> None:
    def promise(due: str | None) -> dict:
        return {"by": ["RUS"], "text": "موسكو ستفتح ممرات إنسانية", "due": due, "due_text": None}

    gold = [{"id": "d", "published": None, "events": [], "statements": [], "commitments": []}]
    gold[0]["commitments"] = [promise("2016-09-16"), promise(None)]
    pred = {"d": {"events": [], "statements": [], "commitments": [promise("2016-09-16")]}}
    s = score(gold, pred)
    assert (s.dues.right, s.dues.total) == (1, 1)


def test_wrong_actor_type_or_place_does_not_match() -> None:
    gold = [
        {
            "id": "d",
            "events": [_event("AIRSTRIKE", ["RUS"], "idlib")],
            "statements": [],
            "commitments": [],
        }
    ]
    for wrong in (
        _event("AIRSTRIKE", ["SYR_GOV"], "idlib"),
        _event("SHELLING", ["RUS"], "idlib"),
        _event("AIRSTRIKE", ["RUS"], "hama"),
        _event("AIRSTRIKE", ["RUS", "SYR_GOV"], "idlib"),
    ):
        s = score(gold, {"d": {"events": [wrong], "statements": [], "commitments": []}})
        assert s.events.tp == 0 and s.events.fp == 1 and s.events.fn == 1


def test_negated_events_are_left_out_and_dates_compare_at_gold_precision() -> None:
    gold = [
        {
            "id": "d",
            "published": "2016-08-27",
            "events": [
                _event("MEET", ["kerry", "lavrov"], "moscow", date="2016-07"),
                _event("AIRSTRIKE", ["RUS"], None, negated=True),
            ],
            "statements": [
                {
                    "speaker": "lavrov",
                    "text": "جميع الأطراف تنتهك نظام وقف إطلاق النار",
                    "mode": "reported",
                    "about": [],
                }
            ],
            "commitments": [],
        }
    ]
    pred = {
        "d": {
            "published": "2016-08-27",
            "events": [_event("MEET", ["kerry", "lavrov"], "moscow", date="2016-07-15")],
            "statements": [
                {
                    "speaker": "lavrov",
                    "text": "لافتاً إلى أنّ جميع الأطراف تنتهك نظام وقف إطلاق النار",
                }
            ],
            "commitments": [],
        }
    }
    s = score(gold, pred)
    assert s.events.f1 == 1.0 and s.negated_gold == 1
    assert s.event_dates.value == 1.0 and s.published.value == 1.0
    assert s.statements.tp == 1


def test_a_gold_date_of_month_precision_asks_only_for_its_month() -> None:
    def dates(gold_date: str, precision: str, predicted: str) -> float:
        gold = [
            {
                "id": "d",
                "published": None,
                "statements": [],
                "commitments": [],
                "events": [
                    _event("MEET", ["kerry"], "laos", date=gold_date, date_precision=precision)
                ],
            }
        ]
        pred = {
            "d": {
                "published": None,
                "statements": [],
                "commitments": [],
                "events": [_event("MEET", ["kerry"], "laos", date=predicted)],
            }
        }
        return score(gold, pred).event_dates.value

    assert dates("2016-07-26", "month", "2016-07-25") == 1.0
    assert dates("2016-07-26", "day", "2016-07-25") == 0.0
    assert dates("2016-07-26", "month", "2016-08-01") == 0.0


def _scores(folder: Path):  # type: ignore[no-untyped-def]
    gold = read_jsonl(folder / "gold.jsonl")
    extractor = Extractor()
    predicted = {
        d.id: extractor(d).to_json_dict()
        for d in read_paths([folder / "docs.jsonl"])
        if isinstance(d, Document)
    }
    return score(gold, predicted)


def test_quality_floor_on_the_dev_set() -> None:
    """Guards against regressions on the set the rules were written against."""
    s = _scores(DEV)
    assert s.documents >= 64
    assert s.events.f1 >= 0.88
    assert s.statements.f1 >= 0.90
    assert s.commitments.f1 >= 0.80
    assert s.dates.value >= 0.90
    assert s.events_on_no_event_docs == 0


# The held-out sets were each read after their first measurement, unseen (events F1 0.44, 0.47,
# 0.44, 0.50, 0.64, 0.57, 0.60, 0.57, 0.63, 0.57, 0.57, 0.48, 0.52 and 0.54; see
# docs/evaluation.md); these floors keep what the general rules learnt from
# them. The blind sets are kept out of the tests on purpose: they are measured by `make eval`
# only, so that nobody tunes to them.
HELD_OUT_FLOORS = [
    # set, documents, events, statements, commitments, dates (None: not held)
    ("heldout", 26, 0.80, 0.83, 0.68, 0.90),
    ("heldout-2", 30, 0.86, 0.84, 0.70, 0.90),
    ("heldout-3", 30, 0.65, 0.76, 0.73, 0.87),  # half English
    ("heldout-4", 30, 0.72, 0.78, 0.67, 0.90),  # half English: long wires, UN/NGO texts, live blogs
    ("heldout-5", 30, 0.73, 0.82, 0.79, 0.90),  # half English
    ("heldout-6", 30, 0.65, 0.76, 0.77, 0.87),  # two thirds Arabic: bulletins, transcripts
    ("heldout-7", 30, 0.65, 0.82, 0.75, 0.84),  # 12 of 30 English: transcripts, wires
    ("heldout-8", 30, 0.62, 0.72, 0.63, 0.85),  # 22 of 30 Arabic: local media, bulletins
    ("heldout-9", 30, 0.63, 0.78, 0.80, 0.82),  # 20 of 30 Arabic
    ("heldout-10", 30, 0.64, 0.85, 0.68, 0.90),  # 20 of 30 Arabic: transcripts, bulletins, wires
    ("heldout-11", 30, 0.61, 0.82, 0.71, 0.82),  # half English: wires, UN, NGO, think tanks
    ("heldout-12", 30, 0.50, 0.80, 0.74, 0.90),  # 22 of 30 Arabic: local media, long sentences
    ("heldout-13", 30, 0.65, 0.85, 0.77, 0.90),  # 18 of 30 Arabic
    ("heldout-14", 30, 0.58, 0.85, 0.70, 0.90),  # 20 of 30 Arabic: Levantine, Iraqi, Kurdish press
]


@pytest.mark.parametrize(
    ("name", "documents", "events", "statements", "commitments", "dates"), HELD_OUT_FLOORS
)
def test_quality_floor_on_the_held_out_sets(
    name: str,
    documents: int,
    events: float,
    statements: float,
    commitments: float,
    dates: float | None,
) -> None:
    s = _scores(TEST_DATA / name)
    assert s.documents == documents
    assert s.events.f1 >= events
    assert s.statements.f1 >= statements
    assert s.commitments.f1 >= commitments
    assert dates is None or s.dates.value >= dates
    assert s.events_on_no_event_docs == 0


def test_quality_floor_on_the_seeds() -> None:
    gold = read_jsonl(TEST_DATA / "seeds_gold.jsonl")
    extractor = Extractor()
    predicted = {
        d.id: extractor(d).to_json_dict() for d in read_paths([SEEDS]) if isinstance(d, Document)
    }
    s = score(gold, predicted)
    assert s.events.f1 >= 0.99 and s.statements.f1 >= 0.95


@pytest.mark.parametrize("as_json", [True, False])
def test_eval_command(tmp_path: Path, as_json: bool) -> None:
    errors = tmp_path / "errors.jsonl"
    args = ["eval", str(TEST_DATA / "seeds_gold.jsonl"), str(SEEDS), "--errors", str(errors)]
    result = CliRunner().invoke(app, [*args, "--json"] if as_json else args)
    assert result.exit_code == 0, result.output
    if as_json:
        data = json.loads(result.stdout)
        assert data["documents"] == 2 and data["statements"]["f1"] >= 0.95
        relaxed = data["relaxed"]  # weaker matches can only find as many pairs or more
        assert relaxed["type"]["tp"] >= relaxed["type + place"]["tp"] >= data["events"]["tp"]
    else:
        assert "statements" in result.stdout and "date accuracy" in result.stdout
        assert "type + actors F1" in result.stdout
    assert len(errors.read_text(encoding="utf-8").splitlines()) == 2
