"""Cross-source incidents: one strike reported by several outlets becomes one incident."""

from __future__ import annotations

import datetime as dt

import pytest

from hudna.extract.pipeline import Extractor
from hudna.link.dedup import find_duplicates
from hudna.link.incidents import EventContext, link_incidents
from hudna.models import Document, Event
from tests.link.conftest import report

# Three outlets report one barrel-bomb strike on the market of Maarat al-Numan (written for this
# test in the style of the demo corpus; outlets are the demo's fictional ones), plus a copy.
AR_DAILY = Document(
    id="t-ar-daily",
    outlet="الأفق العربي (نص تجريبي)",
    published=dt.date(2016, 8, 20),
    language="ar",
    title="مجزرة في سوق معرة النعمان",
    text=(
        "إدلب – «الأفق العربي»:\n\nقُتل 9 مدنيين وأصيب أكثر من 20 آخرين، اليوم السبت 20 آب، جراء"
        " إلقاء مروحيات النظام برميلين متفجرين على السوق الشعبي وسط مدينة معرة النعمان في ريف"
        " إدلب الجنوبي، بحسب الدفاع المدني."
    ),
)
AR_LOCAL = Document(
    id="t-ar-local",
    outlet="شبكة الزيتون المحلية (تجريبي)",
    published=dt.date(2016, 8, 20),
    language="ar",
    title="شهداء بقصف مروحي على معرة النعمان",
    text=(
        "إدلب – شبكة الزيتون:\n\nاستشهد 8 مدنيين وجُرح العشرات، صباح اليوم السبت 20 آب، بقصف"
        " بالبراميل المتفجرة نفّذته مروحيات النظام على السوق الشعبي في مدينة معرة النعمان.\n\n"
        "وأفاد مراسل الشبكة بأن فرق الدفاع المدني هرعت لانتشال الضحايا من تحت الأنقاض ونقل"
        " الجرحى إلى المشافي الميدانية، فيما ناشد المجلس المحلي المنظمات الإنسانية تقديم الدعم"
        " العاجل للمشافي التي تعاني نقصاً حاداً في المستلزمات الطبية."
    ),
)
EN_WIRE = Document(
    id="t-en-wire",
    outlet="Levant Wire (synthetic)",
    published=dt.date(2016, 8, 20),
    language="en",
    title="Barrel bombs hit market in Idlib province town",
    text=(
        "BEIRUT, Aug 20 (Levant Wire) - Barrel bombs dropped by Syrian government helicopters"
        " struck a crowded market in the town of Maarat al-Numan in Idlib province on Saturday,"
        " killing at least nine civilians, rescue workers said."
    ),
)
AR_COPY = AR_LOCAL.model_copy(
    update={
        "id": "t-ar-copy",
        "outlet": "موقع سوريا اليوم (تجريبي)",
        "title": "مروحيات النظام تقصف سوق معرة النعمان",
        "text": AR_LOCAL.text.replace("شبكة الزيتون", "سوريا اليوم").replace("صباح اليوم", "صباح"),
    }
)
STRIKE = Event(
    type="AIRSTRIKE",
    actors=["SYR_GOV"],
    place="maarat_al_numan",
    date="2016-08-20",
    date_precision="day",
    span=(0, 10),
)


def contexts(docs: list[Document]) -> list[EventContext]:
    """The strike as each document reports it, with syndicated copies mapped to their original."""
    copies = {d.doc_id: d.duplicate_of for d in find_duplicates(docs)}
    by_id = {d.id: d for d in docs}
    out = []
    for d in docs:
        original = by_id.get(copies.get(d.id, ""))
        out.append(
            EventContext.from_event(
                STRIKE.model_copy(update={"id": f"{d.id}:e1"}),
                d.id,
                outlet=d.outlet,
                published=d.published,
                source=original.outlet if original else None,
                copy_of=original.id if original else None,
            )
        )
    return out


def test_three_outlets_one_strike_is_one_incident_with_corroboration_3() -> None:
    [incident] = link_incidents(contexts([AR_DAILY, AR_LOCAL, EN_WIRE]))
    assert incident.corroboration == 3
    assert incident.place == "maarat_al_numan" and incident.admin1 == "idlib_gov"
    assert incident.actors == ["SYR_GOV"] and incident.date == "2016-08-20"
    assert len(incident.event_ids) == 3
    assert incident.grade == "fair"
    assert incident.grade_reason.startswith("fair: 3 independent credible sources")


def test_a_syndicated_copy_does_not_raise_corroboration() -> None:
    [incident] = link_incidents(contexts([AR_DAILY, AR_LOCAL, EN_WIRE, AR_COPY]))
    assert len(incident.event_ids) == 4
    assert incident.corroboration == 3
    assert "موقع سوريا اليوم (تجريبي)" not in incident.outlets
    assert "t-ar-copy is a syndicated copy of t-ar-local, counted once" in incident.grade_reason


def test_the_same_outlet_twice_counts_once() -> None:
    follow_up = AR_LOCAL.model_copy(
        update={
            "id": "t-ar-local-2",
            "text": "ارتفعت حصيلة ضحايا القصف على سوق معرة النعمان إلى 11 شهيداً بعد وفاة ثلاثة"
            " من الجرحى متأثرين بإصاباتهم، وفق ما أفاد مراسل الشبكة مساء السبت.",
        }
    )
    [incident] = link_incidents(contexts([AR_LOCAL, follow_up, EN_WIRE]))
    assert incident.corroboration == 2
    assert "2 reports from شبكة الزيتون المحلية (تجريبي) counted once" in incident.grade_reason


def test_extracted_reports_of_the_strike_link_into_one_incident(extractor: Extractor) -> None:
    """With the real extractor: the reports it finds the strike in become one incident, whose
    corroboration counts their independent outlets (the copy once). The hand-built tests above
    fix the three-outlet case whatever the extractor's recall."""
    docs = [AR_DAILY, AR_LOCAL, EN_WIRE, AR_COPY]
    copies = {d.doc_id: d.duplicate_of for d in find_duplicates(docs)}
    by_id = {d.id: d for d in docs}
    events = []
    for d in docs:
        for k, e in enumerate(extractor(d).events, start=1):
            original = by_id.get(copies.get(d.id, ""))
            events.append(
                EventContext.from_event(
                    e.model_copy(update={"id": f"{d.id}:e{k}"}),
                    d.id,
                    outlet=d.outlet,
                    published=d.published,
                    source=original.outlet if original else None,
                    copy_of=original.id if original else None,
                )
            )
    strikes = [e for e in events if e.type == "AIRSTRIKE" and e.place == "maarat_al_numan"]
    assert len(strikes) >= 2, "the extractor should find the strike in at least two reports"
    incidents = link_incidents(events)
    [incident] = [i for i in incidents if set(i.event_ids) & {e.event_id for e in strikes}]
    assert set(incident.event_ids) >= {e.event_id for e in strikes}
    assert incident.corroboration == len({e.source_key for e in strikes})


def test_a_denial_by_the_accused_party_makes_the_incident_contested() -> None:
    un = report(
        "un-flash:e1",
        place="urum_al_kubra",
        date="2016-09-19",
        actors=(),
        outlet="Humanitarian Flash Update (synthetic)",
    )
    denial = report(
        "ru-tv:e1",
        place="urum_al_kubra",
        date="2016-09-19",
        actors=("RUS",),
        outlet="قناة موسكو العربية (تجريبي)",
        negated=True,
        speaker="RUS",
    )
    [incident] = link_incidents([un, denial])
    assert incident.contested and incident.grade == "contested"
    assert incident.corroboration == 1  # a denial is not a source of the act
    assert incident.actors == []  # nor does it name a perpetrator
    assert "RUS denies it (قناة موسكو العربية (تجريبي))" in incident.grade_reason


def test_a_denial_from_a_partys_own_outlet_counts_as_the_partys() -> None:
    monitor = report("monitor:e1", actors=("RUS",), outlet="Syria Casualty Monitor (synthetic)")
    tv = report("ru-tv:e1", actors=("RUS",), outlet="قناة موسكو العربية (تجريبي)", negated=True)
    [incident] = link_incidents([monitor, tv])
    assert incident.contested and "RUS denies it" in incident.grade_reason


def test_sources_naming_different_perpetrators_are_contested() -> None:
    unknown = report("a:e1", actors=(), outlet="Levant Wire (synthetic)")
    russia = report("b:e1", actors=("RUS",), outlet="Meridian Press (synthetic)")
    regime = report("c:e1", actors=("assad",), outlet="Syria Casualty Monitor (synthetic)")
    [incident] = link_incidents([unknown, russia, regime])
    assert incident.grade == "contested"
    assert incident.actors == ["RUS", "SYR_GOV"]  # persons map to their state
    assert (
        "sources disagree on the perpetrator: RUS (Meridian Press (synthetic)) vs SYR_GOV"
        in incident.grade_reason
    )


@pytest.mark.parametrize(
    ("other", "linked"),
    [
        (report("b:e1", date="2016-08-18"), True),  # a day later
        (report("b:e1", date="2016-08-19"), False),  # two days later
        (report("b:e1", place="maarat_al_numan"), True),  # 22 km away
        (report("b:e1", place="idlib"), False),  # 54 km away
        (report("b:e1", place="idlib_gov"), True),  # only the governorate is known
        (report("b:e1", place="aleppo_gov"), False),  # another governorate
        (report("b:e1", date="2016-08-01", precision="month"), True),  # August 2016
        (report("b:e1", date="2016-07-01", precision="month"), False),
        (report("b:e1", actors=("kerry",)), False),  # USA: no overlap with SYR_GOV
        (report("b:e1", actors=()), True),  # unknown perpetrator
        (report("b:e1", type="SHELLING"), True),  # same place, same day: air or ground bombardment
        (report("b:e1", type="SHELLING", date="2016-08-18"), False),
        (report("b:e1", type="SIEGE"), False),
        (report("b:e1", place=None), False),
        (report("b:e1", date=None), False),
        (report("a:e2"), False),  # the same document: two acts, never one incident
    ],
)
def test_linking_rules(other: EventContext, linked: bool) -> None:
    first = report("a:e1")
    incidents = link_incidents([first, other])
    assert (len(incidents) == 1) is linked


def test_daily_reports_from_one_place_do_not_chain_into_one_incident() -> None:
    days = [
        report(f"d{k}:e1", date=f"2016-08-{k:02d}", actors=(), outlet=f"Outlet {k}")
        for k in range(1, 8)
    ]
    incidents = link_incidents(days)
    assert all(len(i.event_ids) <= 2 for i in incidents)
    assert sorted(e for i in incidents for e in i.event_ids) == sorted(d.event_id for d in days)


def test_only_hostile_events_are_linked_by_default() -> None:
    meet = report("a:e1", type="MEET", actors=("kerry", "lavrov"), place="geneva")
    assert link_incidents([meet]) == []
    [incident] = link_incidents([meet], types={"MEET"})
    assert incident.actors == ["RUS", "USA"]


def test_incident_ids_are_stable_and_readable() -> None:
    events = contexts([AR_DAILY, AR_LOCAL, EN_WIRE])
    first = link_incidents(events)[0].id
    assert first == link_incidents(list(reversed(events)))[0].id
    assert first.startswith("2016-08-20-maarat_al_numan-airstrike-")
