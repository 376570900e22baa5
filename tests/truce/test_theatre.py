"""Theatre files: the shipped ones validate, bad ones fail clearly, a new theatre needs no code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from hudna.data import data_path
from hudna.errors import HudnaError, TheatreError
from hudna.models import EVENT_TYPES, Event
from hudna.truce import RULE_KINDS, Theatre, judge, list_theatres, load_theatre, load_theatre_file
from hudna.truce.theatre import MessagesFile, TheatreFile, load_messages

THEATRES = data_path("theatres")


def test_shipped_theatres_are_listed() -> None:
    assert {"syria-2016", "ukraine-minsk-2015"} <= set(list_theatres())
    assert "_messages" not in list_theatres()


@pytest.mark.parametrize("theatre_id", list_theatres())
def test_every_theatre_file_validates(theatre_id: str) -> None:
    raw = yaml.safe_load((THEATRES / f"{theatre_id}.yaml").read_text(encoding="utf-8"))
    TheatreFile.model_validate(raw)
    theatre = load_theatre(theatre_id)
    assert theatre.id == theatre_id
    assert theatre.spec.sources, "a theatre says where its facts come from"
    for truce in theatre.truces:
        assert truce.parties and truce.basis.ar and truce.basis.en


def test_messages_file_validates() -> None:
    raw = yaml.safe_load((THEATRES / "_messages.yaml").read_text(encoding="utf-8"))
    messages = MessagesFile.model_validate(raw)
    assert set(EVENT_TYPES) <= set(messages.event_types)
    assert load_messages() == messages


def test_syria_truces_facts(syria: Theatre) -> None:
    coh, sept, dec = syria.truces
    assert (coh.start, coh.end) == (dt.date(2016, 2, 27), dt.date(2016, 9, 11))
    assert (sept.start, sept.end) == (dt.date(2016, 9, 12), dt.date(2016, 9, 19))
    assert dec.start == dt.date(2016, 12, 30)
    assert "2268" in coh.basis.en and "2336" in dec.basis.en
    for truce in syria.truces:
        assert {"ISIS", "NUSRA"} <= {x.actor for x in truce.excluded}
        assert "SYR_GOV" in {p.actor for p in truce.parties}
    assert {"TUR"} <= {p.actor for p in dec.parties} - {p.actor for p in coh.parties}


def test_syria_actors_come_from_the_lexicon(syria: Theatre) -> None:
    assert syria.chain("kerry") == ["kerry", "USA"]
    assert syria.chain("FSA") == ["FSA", "SYR_OPP"]
    assert syria.actors["SYR_GOV"].name_ar == "الحكومة السورية"


def test_unknown_theatre_raises_theatre_error() -> None:
    with pytest.raises(TheatreError) as info:
        load_theatre("narnia-1950")
    assert "unknown theatre 'narnia-1950'" in info.value.message
    assert "syria-2016" in info.value.message  # says which exist
    assert isinstance(info.value, HudnaError) and info.value.code == "theatre_error"
    with pytest.raises(TheatreError):
        judge(Event(type="ATTACK", span=(0, 1)), "narnia-1950")
    with pytest.raises(TheatreError):
        load_theatre("_messages")


# -- a small theatre written in a test: a new theatre is a file, not code ---------------------

RULES = "\n".join(
    f"""  - id: T-{kind}
    kind: {kind}
    text: {{ar: "نص {kind}", en: "text {kind}"}}
    explanation: {{ar: "شرح {{type}} {{actors}}", en: "explained {{type}} by {{actors}}: {{reason}}"}}"""
    for kind in RULE_KINDS
)

MINI = f"""
id: mini
name: {{ar: مصغر, en: Mini}}
sources: [test]
actors:
  - {{id: A, kind: state, name: Aland}}
  - {{id: B, kind: group, name: Bees}}
  - {{id: C, kind: group, name: Cees}}
  - {{id: X, kind: group, name: Xers}}
  - {{id: bob, kind: person, name: Bob, affiliation: B}}
places:
  - {{id: here, name: Here, country: AA, admin1: north}}
truces:
  - id: t1
    name: {{ar: هدنة, en: truce one}}
    start: 2020-01-01
    end: 2020-12-31
    basis: {{ar: اتفاق, en: an agreement}}
    area: {{name: {{ar: البلد, en: the country}}, countries: [AA]}}
    parties:
      - {{actor: A}}
      - {{actor: B, accepted: 2020-03-15}}
      - {{actor: C, until: 2020-06-30}}
    excluded:
      - {{actor: X, basis: {{ar: مصنفة, en: designated}}}}
rules:
{RULES}
"""


def _write(tmp_path: Path, text: str, name: str = "mini.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("actors", "date", "status", "why"),
    [
        (["A"], "2020-02-01", "violation", None),
        (["bob"], "2020-02-01", "not_a_violation", "Bees became a party only on 2020-03-15"),
        (["bob"], "2020-04-01", "violation", None),
        (["B"], "2020-03", "undetermined", "became a party to the truce one on 2020-03-15"),
        (["C"], "2020-07-01", "not_a_violation", "Cees ceased to be a party on 2020-06-30"),
        (["X"], "2020-02-01", "not_a_violation", "Xers is excluded from it (designated)"),
    ],
)
def test_party_acceptance_dates(
    tmp_path: Path, actors: list[str], date: str, status: str, why: str | None
) -> None:
    mini = load_theatre_file(_write(tmp_path, MINI))
    event = Event(type="ATTACK", actors=actors, date=date, span=(0, 1))
    j = judge(event, mini)
    assert j.status == status
    if why:
        assert why in j.explanation.en


def test_a_theatre_can_be_loaded_by_path(tmp_path: Path) -> None:
    path = _write(tmp_path, MINI)
    assert load_theatre(path).id == load_theatre(str(path)).id == "mini"


def _broken(old: str, new: str) -> str:
    assert old in MINI
    return MINI.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: [unclosed", "not valid YAML"),
        ("- just\n- a list\n", "must be a mapping"),
        (_broken("end: 2020-12-31", "end: 2019-12-31"), "is before start"),
        (_broken("start: 2020-01-01", "start: someday"), "truces.0.start"),
        (_broken("- {actor: A}", "- {actor: ZZ}"), "unknown actor id(s) ['ZZ']"),
        (_broken("- {actor: A}", "- {actor: X}"), "both a party and excluded"),
        (_broken("  - id: T-chemical\n", "  - id: T-negated\n"), "rule id listed twice"),
        (_broken("    kind: chemical\n", "    kind: negated\n"), "rule kind listed twice"),
        (_broken("    kind: chemical\n", "    kind: poison\n"), "rules.2.kind"),
        (_broken("explained {type}", "explained {kind}"), "unknown placeholder(s) ['kind']"),
        (_broken("countries: [AA]", "countries: []"), "truces.0.area.countries"),
        (_broken("sources: [test]", "sources: [test]\nsurprise: 1"), "surprise"),
        (
            _broken(
                "      - {actor: C, until: 2020-06-30}", "      - {actor: C, accepted: 2021-01-01}"
            ),
            "outside the truce period",
        ),
    ],
)
def test_bad_theatre_file_gives_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(TheatreError) as info:
        load_theatre_file(_write(tmp_path, text))
    assert message in info.value.message
    assert "mini.yaml" in info.value.message  # says which file
    assert "\n" not in info.value.message.split("YAML")[0]  # one line before any YAML detail


def test_missing_rule_kind_is_named(tmp_path: Path) -> None:
    text = MINI.split("  - id: T-party_hostile_act")[0]
    with pytest.raises(TheatreError) as info:
        load_theatre_file(_write(tmp_path, text))
    assert "no rule for rule kind(s) ['party_hostile_act']" in info.value.message


def test_missing_file_is_a_theatre_error(tmp_path: Path) -> None:
    with pytest.raises(TheatreError, match="cannot read"):
        load_theatre_file(tmp_path / "absent.yaml")
