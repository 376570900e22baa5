"""Judging events against the truces of syria-2016: every status, every rule, and the wording."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hudna.errors import InputError
from hudna.models import Event, Extraction, Place
from hudna.truce import Theatre, event_dates, excerpt, judge, judge_events, judge_extraction

COH = "syria-coh-2016-02"
SEPT = "syria-us-russia-2016-09"
DEC = "syria-ceasefire-2016-12"


def ev(type_: str = "SHELLING", actors: list[str] | None = None, **fields: Any) -> Event:
    return Event(
        type=type_, actors=["SYR_GOV"] if actors is None else actors, span=(0, 1), **fields
    )


# (case id, event, published, status, rule, truce, grave)
# fmt: off
CASES: list[tuple[str, Event, str | None, str | None, str, str | None, bool]] = [
    # the examples of the issue
    ("gov_shells_daraya_in_coh", ev(place="daraya", date="2016-03-10"), None,
     "violation", "R1-party-hostile-act", COH, False),
    ("russian_strike_on_nusra", ev("AIRSTRIKE", ["RUS"], target="NUSRA", date="2016-03-10"), None,
     "not_a_violation", "R2-excluded-target", COH, False),
    ("gov_shells_daraya_before_coh", ev(place="daraya", date="2016-01-15"), None,
     "outside_truce", "R3-outside-period", None, False),
    ("attack_by_unnamed_party", ev("ATTACK", [], date="2016-03-10"), None,
     "undetermined", "R4-unknown-perpetrator", COH, False),
    ("chemical_in_coh", ev("CHEMICAL", place="saraqib", date="2016-08-01"), None,
     "violation", "R5-chemical-grave", COH, True),
    # chemical weapons: grave whatever the truce, even outside one, undated or unattributed
    ("chemical_between_truces", ev("CHEMICAL", date="2016-10-15"), None,
     "violation", "R5-chemical-grave", None, True),
    ("chemical_unnamed_perpetrator", ev("CHEMICAL", [], date="2016-08-02"), None,
     "violation", "R5-chemical-grave", COH, True),
    ("chemical_by_isis", ev("CHEMICAL", ["ISIS"], date="2016-03-10"), None,
     "violation", "R5-chemical-grave", COH, True),
    ("chemical_undated", ev("CHEMICAL"), None,
     "violation", "R5-chemical-grave", None, True),
    # perpetrators not bound by the truce
    ("isis_shelling_excluded_perpetrator", ev(actors=["ISIS"], date="2016-03-10"), None,
     "not_a_violation", "R6-non-party-perpetrator", COH, False),
    ("turkey_not_party_to_coh", ev(actors=["TUR"], target="SDF", date="2016-08-28"), None,
     "not_a_violation", "R6-non-party-perpetrator", COH, False),
    ("turkey_guarantor_of_december_ceasefire", ev(actors=["TUR"], target="SDF", date="2017-01-10"),
     None, "violation", "R1-party-hostile-act", DEC, False),
    ("usa_not_party_to_december_ceasefire", ev("AIRSTRIKE", ["USA"], date="2017-01-10"), None,
     "not_a_violation", "R6-non-party-perpetrator", DEC, False),
    ("un_is_no_party", ev("ATTACK", ["UN"], date="2016-03-10"), None,
     "not_a_violation", "R6-non-party-perpetrator", COH, False),
    ("actor_unknown_to_theatre", ev("ATTACK", ["WAGNER"], date="2016-03-10"), None,
     "not_a_violation", "R6-non-party-perpetrator", COH, False),
    # persons and member groups act for their party
    ("person_kerry_acts_for_usa", ev("AIRSTRIKE", ["kerry"], target="SYR_GOV", date="2016-09-17"),
     None, "violation", "R1-party-hostile-act", SEPT, False),
    ("fsa_bound_through_syr_opp", ev("ATTACK", ["FSA"], date="2016-09-14"), None,
     "violation", "R1-party-hostile-act", SEPT, False),
    ("hezbollah_siege_in_coh", ev("SIEGE", ["SYR_GOV", "HEZBOLLAH"], place="madaya",
     date="2016-04-10"), None, "violation", "R1-party-hostile-act", COH, False),
    ("usa_strike_on_army_in_september", ev("AIRSTRIKE", ["USA"], target="SYR_GOV",
     place="deir_ez_zor", date="2016-09-17"), None, "violation", "R1-party-hostile-act", SEPT, False),
    # targets and co-actors excluded from the truce
    ("clashes_with_isis_no_target", ev("ATTACK", ["SYR_GOV", "ISIS"], date="2016-09-07"), None,
     "not_a_violation", "R2-excluded-target", COH, False),
    ("opposition_with_nusra_against_army", ev("ATTACK", ["SYR_OPP", "NUSRA"], target="SYR_GOV",
     date="2016-08-01"), None, "violation", "R1-party-hostile-act", COH, False),
    # period boundaries (inclusive days)
    ("last_day_of_coh", ev(date="2016-09-11"), None, "violation", "R1-party-hostile-act", COH, False),
    ("first_day_of_september_truce", ev(date="2016-09-12"), None,
     "violation", "R1-party-hostile-act", SEPT, False),
    ("last_day_of_september_truce", ev(date="2016-09-19"), None,
     "violation", "R1-party-hostile-act", SEPT, False),
    ("day_after_september_truce", ev(date="2016-09-20"), None,
     "outside_truce", "R3-outside-period", None, False),
    ("day_before_coh", ev(date="2016-02-26"), None, "outside_truce", "R3-outside-period", None, False),
    # area
    ("strike_located_in_geneva", ev(place="geneva", date="2016-03-10"), None,
     "outside_truce", "R7-outside-area", COH, False),
    ("unknown_place_counts_as_inside", ev(place="atlantis", date="2016-03-10"), None,
     "violation", "R1-party-hostile-act", COH, False),
    # dates: missing, from the publication date, coarse
    ("no_date_uses_published", ev(place="daraya"), "2016-03-10",
     "violation", "R1-party-hostile-act", COH, False),
    ("no_date_no_published", ev(place="daraya"), None,
     "undetermined", "R8-date-uncertain", None, False),
    ("month_wholly_inside_coh", ev(date="2016-04", date_precision="month"), None,
     "violation", "R1-party-hostile-act", COH, False),
    ("month_straddles_coh_start", ev(date="2016-02", date_precision="month"), None,
     "undetermined", "R8-date-uncertain", None, False),
    ("month_precision_with_full_date", ev(date="2016-02-05", date_precision="month"), None,
     "undetermined", "R8-date-uncertain", None, False),
    ("month_spans_two_truces", ev(date="2016-09", date_precision="month"), None,
     "undetermined", "R8-date-uncertain", None, False),
    ("month_between_truces", ev(date="2016-10", date_precision="month"), None,
     "outside_truce", "R3-outside-period", None, False),
    ("year_precision", ev(date="2016", date_precision="year"), None,
     "undetermined", "R8-date-uncertain", None, False),
    # not judged
    ("negated_event", ev(date="2016-03-10", negated=True), None, None, "R0-negated", None, False),
    ("negated_chemical_is_not_judged", ev("CHEMICAL", date="2016-03-10", negated=True), None,
     None, "R0-negated", None, False),
    ("meeting_is_not_hostile", ev("MEET", ["kerry", "lavrov"], date="2016-03-10"), None,
     None, "R0-not-hostile", None, False),
    ("accusation_is_not_hostile", ev("ACCUSE", ["RUS"], target="USA"), None,
     None, "R0-not-hostile", None, False),
    ("ceasefire_violation_by_opposition", ev("CEASEFIRE_VIOLATION", ["SYR_OPP"], place="aleppo",
     date="2016-09-13", asserted_by="RUS"), None, "violation", "R1-party-hostile-act", SEPT, False),
    ("incursion_by_turkey_in_august", ev("INCURSION", ["TUR"], place="jarablus", date="2016-08-24"),
     None, "not_a_violation", "R6-non-party-perpetrator", COH, False),
]
# fmt: on


@pytest.mark.parametrize(
    ("event", "published", "status", "rule", "truce", "grave"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_judgement_table(
    syria: Theatre,
    event: Event,
    published: str | None,
    status: str | None,
    rule: str,
    truce: str | None,
    grave: bool,
) -> None:
    j = judge(event, syria, "نص الدليل", published=published)
    assert (j.status, j.rule, j.truce, j.grave) == (status, rule, truce, grave)
    for text in (j.explanation.ar, j.explanation.en):
        assert text.startswith(f"[{rule}]")  # the explanation names its rule
        assert "نص الدليل" in text  # and quotes the evidence


def test_table_covers_every_status_and_every_rule(syria: Theatre) -> None:
    assert {c[3] for c in CASES} == {
        None,
        "violation",
        "not_a_violation",
        "outside_truce",
        "undetermined",
    }
    assert {c[4] for c in CASES} == {r.id for r in syria.rules}


def test_theatre_id_and_object_give_the_same_judgement(syria: Theatre) -> None:
    event = ev(place="daraya", date="2016-03-10")
    assert judge(event, "syria-2016") == judge(event, syria) == judge(event)


def test_judgement_is_deterministic(syria: Theatre) -> None:
    events = [c[1] for c in CASES]
    first = [judge(e, syria, "x").model_dump() for e in events]
    assert first == [judge(e, syria, "x").model_dump() for e in events]


def test_violation_explanation_names_rule_parties_date_truce_and_evidence(syria: Theatre) -> None:
    evidence = "قصفت قوات النظام مدينة داريا بالمدفعية"
    j = judge(ev(place="daraya", date="2016-03-10"), syria, evidence)
    en, ar = j.explanation.en, j.explanation.ar
    for part in (
        "R1-party-hostile-act",
        "Syrian government",
        "2016-03-10",
        "Daraya",
        "cessation of hostilities of 27 February 2016",
        "2268",
        f"“{evidence}”",
    ):
        assert part in en, part
    for part in (
        "R1-party-hostile-act",
        "الحكومة السورية",
        "2016-03-10",
        "داريا",
        "اتفاق وقف الأعمال العدائية",
        "2268",
        f"«{evidence}»",
    ):
        assert part in ar, part


def test_person_is_named_with_the_state_it_acts_for(syria: Theatre) -> None:
    j = judge(ev("AIRSTRIKE", ["kerry"], target="SYR_GOV", date="2016-09-17"), syria)
    assert "John Kerry (United States)" in j.explanation.en
    assert "binds United States (a party since 2016-09-12)" in j.explanation.en
    assert "جون كيري (الولايات المتحدة)" in j.explanation.ar


def test_excluded_target_cites_the_security_council(syria: Theatre) -> None:
    j = judge(ev("AIRSTRIKE", ["RUS"], target="NUSRA", date="2016-03-10"), syria)
    assert "Jabhat al-Nusra" in j.explanation.en and "2254" in j.explanation.en
    assert "جبهة النصرة" in j.explanation.ar and "2254" in j.explanation.ar


def test_excluded_perpetrator_is_said_to_be_excluded(syria: Theatre) -> None:
    j = judge(ev(actors=["ISIS"], date="2016-03-10"), syria)
    assert "Islamic State is excluded from it" in j.explanation.en
    j = judge(ev(actors=["TUR"], date="2016-03-10"), syria)
    assert "Turkey is not a party to it" in j.explanation.en


def test_date_from_publication_is_said(syria: Theatre) -> None:
    j = judge(ev(place="daraya"), syria, published=dt.date(2016, 3, 10))
    assert "publication date, 2016-03-10, is used" in j.explanation.en
    assert "تاريخ نشر التقرير (2016-03-10)" in j.explanation.ar


def test_missing_date_is_said(syria: Theatre) -> None:
    j = judge(ev(place="daraya"), syria)
    assert "no date" in j.explanation.en
    assert "لا يذكر النص تاريخاً" in j.explanation.ar


def test_straddling_month_names_the_truce(syria: Theatre) -> None:
    j = judge(ev(date="2016-02", date_precision="month"), syria)
    assert "its date, 2016-02, is not wholly inside or outside" in j.explanation.en


def test_source_of_a_reported_act_is_named(syria: Theatre) -> None:
    j = judge(ev("CEASEFIRE_VIOLATION", ["SYR_OPP"], date="2016-09-13", asserted_by="RUS"), syria)
    assert "As reported by Russia." in j.explanation.en
    assert "بحسب رواية روسيا" in j.explanation.ar


def test_no_evidence_is_said(syria: Theatre) -> None:
    j = judge(ev(date="2016-03-10"), syria)
    assert "No source text was given" in j.explanation.en


def test_malformed_date_is_an_input_error(syria: Theatre) -> None:
    with pytest.raises(InputError):
        judge(ev(date="10/03/2016"), syria)
    with pytest.raises(InputError):
        judge(ev(date="2016-02-30"), syria)


@pytest.mark.parametrize(
    ("date", "precision", "lo", "hi", "text"),
    [
        ("2016-03-10", "day", "2016-03-10", "2016-03-10", "2016-03-10"),
        ("2016-03-10", None, "2016-03-10", "2016-03-10", "2016-03-10"),
        ("2016-02", None, "2016-02-01", "2016-02-29", "2016-02"),
        ("2016-09-05", "month", "2016-09-01", "2016-09-30", "2016-09"),
        ("2016", None, "2016-01-01", "2016-12-31", "2016"),
    ],
)
def test_event_dates(date: str, precision: str | None, lo: str, hi: str, text: str) -> None:
    span = event_dates(Event(type="ATTACK", date=date, date_precision=precision, span=(0, 1)))
    assert span is not None
    assert (span.lo.isoformat(), span.hi.isoformat(), span.text) == (lo, hi, text)


def test_excerpt_is_short_whole_words_centred_on_the_trigger() -> None:
    words = " ".join(f"كلمة{i}" for i in range(80))
    text = f"{words} قصفت قوات النظام مدينة داريا {words}"
    span = (0, len(text))
    quote = excerpt(text, span, "قصفت")
    assert "قصفت قوات النظام" in quote
    assert len(quote) <= 170
    assert quote.startswith("…") and quote.endswith("…")
    assert quote.strip("…") in text
    assert excerpt("  short\n text ", (0, 14)) == "short text"


def test_judge_events_quotes_each_span(syria: Theatre) -> None:
    first_sentence, second_sentence = "قصفت قوات النظام داريا.", "والتقى كيري لافروف."
    text = f"{first_sentence} {second_sentence}"
    second_start = len(first_sentence) + 1
    events = [
        Event(
            type="SHELLING",
            actors=["SYR_GOV"],
            place="daraya",
            date="2016-03-10",
            span=(0, len(first_sentence)),
        ),
        Event(type="MEET", actors=["kerry", "lavrov"], span=(second_start, len(text))),
    ]
    first, second = judge_events(events, syria, text=text)
    assert first.status == "violation" and "«قصفت قوات النظام داريا.»" in first.explanation.ar
    assert second.status is None and f"«{second_sentence}»" in second.explanation.ar


def test_judge_extraction_uses_published_date_and_places(syria: Theatre) -> None:
    extraction = Extraction(
        id="doc",
        published="2016-03-10",
        places=[Place(id="somewhere_else", name="Somewhere", country="LB")],
        events=[
            Event(type="SHELLING", actors=["SYR_GOV"], span=(0, 4)),
            Event(type="SHELLING", actors=["SYR_GOV"], place="somewhere_else", span=(0, 4)),
        ],
    )
    inside, outside = judge_extraction(extraction, syria, text="قصف مدفعي")
    assert (inside.status, inside.rule) == ("violation", "R1-party-hostile-act")
    assert (outside.status, outside.rule) == ("outside_truce", "R7-outside-area")
