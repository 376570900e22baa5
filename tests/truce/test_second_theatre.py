"""The second theatre (Minsk II, Ukraine) judges its own actors, places and rules: no code change."""

from __future__ import annotations

from typing import Any

import pytest

from hudna.models import Event
from hudna.truce import Theatre, judge

MINSK = "minsk-2-ceasefire"


def ev(type_: str = "SHELLING", actors: list[str] | None = None, **fields: Any) -> Event:
    return Event(type=type_, actors=["DPR"] if actors is None else actors, span=(0, 1), **fields)


# fmt: off
CASES = [
    ("dpr_shells_mariupol", ev(place="mariupol", date="2015-03-10"),
     "violation", "M1-party-fire", MINSK),
    ("zakharchenko_acts_for_dpr", ev("ATTACK", ["zakharchenko"], target="UKR", place="debaltseve",
     date="2015-02-16"), "violation", "M1-party-fire", MINSK),
    ("ukrainian_fire_on_luhansk", ev(actors=["UKR"], place="luhansk", date="2017-06-01"),
     "violation", "M1-party-fire", MINSK),
    ("before_the_ceasefire", ev(actors=["UKR"], place="donetsk", date="2015-02-10"),
     "outside_truce", "M3-outside-period", None),
    ("after_recognition_of_the_republics", ev(actors=["RUS"], place="kharkiv", date="2022-02-24"),
     "outside_truce", "M3-outside-period", None),
    ("kharkiv_is_outside_the_area", ev(place="kharkiv", date="2015-03-10"),
     "outside_truce", "M7-outside-area", MINSK),
    ("russian_territory_is_outside", ev(actors=["UKR"], place="rostov", date="2015-03-10"),
     "outside_truce", "M7-outside-area", MINSK),
    ("no_place_in_a_regional_truce", ev(date="2015-03-10"),
     "undetermined", "M9-place-uncertain", MINSK),
    ("country_only_place", ev(place="ukraine", date="2015-03-10"),
     "undetermined", "M9-place-uncertain", MINSK),
    ("unnamed_perpetrator", ev(actors=[], place="shyrokyne", date="2015-03-10"),
     "undetermined", "M4-unknown-perpetrator", MINSK),
    ("osce_is_no_party", ev("ATTACK", ["OSCE"], place="donetsk", date="2015-03-10"),
     "not_a_violation", "M6-non-party", MINSK),
    ("month_straddles_the_start", ev(place="donetsk", date="2015-02", date_precision="month"),
     "undetermined", "M8-date-uncertain", None),
    ("chemical_is_grave", ev("CHEMICAL", place="avdiivka", date="2016-01-10"),
     "violation", "M5-chemical-grave", MINSK),
    ("denied_shelling", ev(place="avdiivka", date="2016-01-10", negated=True),
     None, "M0-denied", None),
    ("meeting", ev("MEET", ["poroshenko", "putin"], date="2015-02-12"),
     None, "M0-not-hostile", None),
]
# fmt: on


@pytest.mark.parametrize(
    ("event", "status", "rule", "truce"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_minsk_judgements(
    ukraine: Theatre, event: Event, status: str | None, rule: str, truce: str | None
) -> None:
    j = judge(event, "ukraine-minsk-2015", "evidence")
    assert (j.status, j.rule, j.truce) == (status, rule, truce)
    assert j == judge(event, ukraine, "evidence")


def test_every_minsk_rule_is_exercised(ukraine: Theatre) -> None:
    assert {c[3] for c in CASES} == {r.id for r in ukraine.rules}


def test_minsk_explanation_uses_its_own_names(ukraine: Theatre) -> None:
    j = judge(ev("ATTACK", ["zakharchenko"], place="debaltseve", date="2015-02-16"), ukraine, "x")
    assert "Alexander Zakharchenko (forces of the self-proclaimed Donetsk People's Republic)" in (
        j.explanation.en
    )
    assert "Debaltseve" in j.explanation.en and "Minsk II ceasefire" in j.explanation.en
    assert "ديبالتسيفو" in j.explanation.ar and "مينسك" in j.explanation.ar
    assert "2202" in j.explanation.en


def test_syria_actors_mean_nothing_in_minsk(ukraine: Theatre) -> None:
    j = judge(ev(actors=["SYR_GOV"], place="donetsk", date="2015-03-10"), ukraine)
    assert (j.status, j.rule) == ("not_a_violation", "M6-non-party")
