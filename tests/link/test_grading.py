"""Grades and their reasons (Airwars-like), from corroboration and outlet reliability."""

from __future__ import annotations

import pytest
import yaml

from hudna.data import data_path
from hudna.link.grading import Findings, OutletGrade, OutletsFile, grade, load_outlets
from hudna.link.incidents import link_incidents
from hudna.models import Incident
from tests.link.conftest import report

WIRE = "Levant Wire (synthetic)"  # B
MONITOR = "Syria Casualty Monitor (synthetic)"  # B
LOCAL = "شبكة الزيتون المحلية (تجريبي)"  # C
AGGREGATOR = "موقع سوريا اليوم (تجريبي)"  # D
STATE_TV = "قناة موسكو العربية (تجريبي)"  # D, speaks for RUS
STATE_AGENCY = "وكالة الشام للأنباء (نص تجريبي)"  # D, speaks for SYR_GOV


def graded(*outlets: str, **fields: object) -> Incident:
    [incident] = link_incidents(
        [report(f"doc{k}:e1", outlet=o, **fields) for k, o in enumerate(outlets)]  # type: ignore[arg-type]
    )
    return incident


def test_outlets_file_validates_against_its_schema() -> None:
    raw = yaml.safe_load(data_path("outlets.yaml").read_text(encoding="utf-8"))
    data = OutletsFile.model_validate(raw)
    assert data.origin and data.default.reliability == "C"
    names = {o.name for o in data.outlets}
    assert len(names) == len(data.outlets)
    # every outlet of the demo corpus is graded
    manifest = yaml.safe_load(
        (data_path("corpus", "demo", "MANIFEST.json")).read_text(encoding="utf-8")
    )
    assert {r["outlet"] for r in manifest} <= names


def test_outlet_names_match_after_folding_and_unknown_ones_get_the_default() -> None:
    outlets = load_outlets()
    assert outlets("levant  wire (SYNTHETIC)").reliability == "B"
    assert outlets("موقع سوريا اليوم (تجريبى)").reliability == "D"  # ى for ي
    assert outlets("Some Other Outlet") is outlets.default
    assert outlets(None) is outlets.default


def test_two_spellings_of_one_outlet_are_one_source() -> None:
    incident = graded(WIRE, "LEVANT WIRE (synthetic)")
    assert incident.corroboration == 1 and incident.outlets == [WIRE]


def test_a_single_source_is_weak() -> None:
    incident = graded(WIRE)
    assert (incident.grade, incident.corroboration) == ("weak", 1)
    assert incident.grade_reason == f"weak: a single source: {WIRE} [B]"


def test_two_independent_credible_sources_are_fair() -> None:
    incident = graded(WIRE, LOCAL)
    assert incident.grade == "fair"
    assert (
        incident.grade_reason == f"fair: 2 independent credible sources ({WIRE} [B], {LOCAL} [C])"
    )


def test_a_credible_and_a_low_reliability_source_stay_weak() -> None:
    incident = graded(WIRE, AGGREGATOR)
    assert incident.grade == "weak"
    assert incident.grade_reason == (
        f"weak: 2 independent sources but 1 credible (A-C): {WIRE} [B], {AGGREGATOR} [D]"
    )


def test_only_low_reliability_sources_are_discounted() -> None:
    incident = graded(AGGREGATOR, STATE_AGENCY, actors=("NUSRA",))
    assert incident.grade == "discounted"
    assert incident.grade_reason.startswith("discounted: every source is of low reliability: ")


def test_low_reliability_wins_over_a_denial_but_the_reason_keeps_it() -> None:
    events = [
        report("agg:e1", actors=("RUS",), outlet=AGGREGATOR),
        report("tv:e1", actors=("RUS",), outlet=STATE_TV, negated=True),
    ]
    [incident] = link_incidents(events)
    assert incident.contested and incident.grade == "discounted"
    assert incident.grade_reason.endswith(f"; also contested: RUS denies it ({STATE_TV})")


def test_a_report_negated_by_its_own_source_is_discounted() -> None:
    incident = graded(WIRE, negated=True)
    assert incident.grade == "discounted" and incident.corroboration == 0
    assert incident.grade_reason == f"discounted: only reported as not having happened ({WIRE})"


def test_a_party_claiming_its_own_strike_is_confirmed() -> None:
    claim = graded(STATE_TV, actors=("RUS",), target="NUSRA")
    assert claim.grade == "confirmed"
    assert claim.grade_reason.startswith(f"confirmed: RUS accepted responsibility ({STATE_TV})")
    spoken = graded(WIRE, actors=("RUS",), speaker="lavrov")  # "Lavrov said Russian jets struck"
    assert spoken.grade == "confirmed"


def test_a_reviewers_verification_confirms_through_the_hook() -> None:
    events = [report("doc1:e1", outlet=AGGREGATOR)]
    [plain] = link_incidents(events)
    assert plain.grade == "discounted"
    notes = {plain.id: "checked against satellite imagery (reviewer: A.)"}
    [verified] = link_incidents(events, verify=lambda i: notes.get(i.id))
    assert verified.grade == "confirmed"
    assert (
        "verified by a reviewer (checked against satellite imagery (reviewer: A.))"
        in verified.grade_reason
    )


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        (Findings(), "discounted"),
        (Findings(sources={"x": OutletGrade(name="x", reliability="F")}), "weak"),
        (
            Findings(
                sources={n: OutletGrade(name=n, reliability="F") for n in ("x", "y")},
            ),
            "weak",
        ),
        (
            Findings(
                sources={n: OutletGrade(name=n, reliability="A") for n in ("x", "y")},
                disputes=["RUS (x) vs USA (y)"],
            ),
            "contested",
        ),
        (
            Findings(
                sources={"x": OutletGrade(name="x", reliability="A")},
                accepted={"RUS": ["x"]},
                denied={"RUS": ["y"]},
            ),
            "contested",
        ),
    ],
)
def test_grade_order(findings: Findings, expected: str) -> None:
    incident = Incident(id="i", type="AIRSTRIKE")
    verdict, reason = grade(incident, findings)
    assert verdict == expected and reason.startswith(f"{expected}: ")
