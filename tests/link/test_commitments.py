"""Commitment tracking: fulfilled by a later agreement or meeting, overdue, or pending."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from hudna.link.commitments import CommitmentContext, due_date, subject_match, track_commitments
from hudna.link.incidents import EventContext
from hudna.link.parties import load_parties

TRUCE = CommitmentContext(
    commitment_id="geneva-deal:c1",
    by=("kerry", "lavrov"),
    text="من المقرر أن تدخل الهدنة حيز التنفيذ عند غروب شمس يوم الاثنين 12 أيلول/سبتمبر في جميع أنحاء سورية",
    doc_id="geneva-deal",
    due="2016-09-12",
    made=dt.date(2016, 9, 10),
)
TRUCE_TOOK_EFFECT = EventContext(
    event_id="truce-day:e1",
    type="AGREE",
    doc_id="truce-day",
    actors=("USA", "RUS"),
    date="2016-09-12",
    precision="day",
    outlet="المشرق الجديد (نص تجريبي)",
    published=dt.date(2016, 9, 12),
    evidence="ودخلت الهدنة التي اتفقت عليها الولايات المتحدة وروسيا حيز التنفيذ مع غروب شمس الاثنين في أنحاء سورية",
)
CASTELLO = CommitmentContext(
    commitment_id="wire:c1",
    by=("SYR_GOV",),
    text="Syrian government troops would begin pulling back from the Castello Road, the main route into eastern Aleppo, on Thursday morning",
    doc_id="wire",
    due="2016-09-15",
    made=dt.date(2016, 9, 14),
    places=("castello_road", "aleppo"),
)
EXPERTS = CommitmentContext(
    commitment_id="moscow-talks:c1",
    by=("USA", "RUS"),
    text="Military experts from the two countries will meet in Geneva next week to work out the details of military coordination",
    doc_id="moscow-talks",
    due="2016-07-22",
    made=dt.date(2016, 7, 15),
    places=("geneva",),
)
EXPERTS_MET = EventContext(
    event_id="geneva-report:e1",
    type="MEET",
    doc_id="geneva-report",
    actors=("USA", "RUS"),
    place="geneva",
    date="2016-07-21",
    precision="day",
    published=dt.date(2016, 7, 21),
    evidence="Russian and American military experts met in Geneva on Thursday to discuss coordination",
)
UNGA = EventContext(
    event_id="ny:e1",
    type="MEET",
    doc_id="ny",
    actors=("lavrov", "kerry"),
    place="new_york",
    date="2016-09-20",
    precision="day",
    published=dt.date(2016, 9, 20),
    evidence="يلتقي وزيرا الخارجية الروسي سيرغي لافروف والأمريكي جون كيري في نيويورك على هامش أعمال الجمعية العامة",
)


def status_of(
    commitment: CommitmentContext, events: list[EventContext], as_of: str
) -> tuple[str, str | None, str]:
    [s] = track_commitments([commitment], events, as_of=dt.date.fromisoformat(as_of))
    return s.status, s.fulfilled_by, s.reason


def test_a_truce_commitment_is_fulfilled_by_the_later_agreement_with_both_evidences() -> None:
    status, by, reason = status_of(TRUCE, [UNGA, TRUCE_TOOK_EFFECT], "2016-09-20")
    assert (status, by) == ("fulfilled", "truce-day:e1")
    assert reason.startswith(
        "fulfilled by truce-day:e1: AGREE by RUS+USA on 2016-09-12 (المشرق الجديد (نص تجريبي)): «ودخلت الهدنة"
    )
    assert "الهدنه" in reason and "حيز" in reason  # the shared words, folded


def test_a_meeting_commitment_is_fulfilled_by_the_meeting_in_the_named_place() -> None:
    status, by, reason = status_of(EXPERTS, [EXPERTS_MET], "2016-08-01")
    assert (status, by) == ("fulfilled", "geneva-report:e1")
    assert "same place (geneva)" in reason


def test_a_withdrawal_nobody_reports_is_overdue_after_its_due_date() -> None:
    status, by, reason = status_of(CASTELLO, [UNGA, TRUCE_TOOK_EFFECT], "2016-09-20")
    assert (status, by) == ("overdue", None)
    assert reason == (
        "overdue: due 2016-09-15; no later agreement or meeting by SYR_GOV on the same subject"
        " reported by 2016-09-20"
    )


def test_before_its_due_date_a_commitment_is_pending() -> None:
    assert status_of(CASTELLO, [], "2016-09-15")[0] == "pending"
    no_due = CommitmentContext(
        "x:c1", ("RUS",), "سيتم إنشاء مركز تنفيذي مشترك", "x", made=dt.date(2016, 9, 10)
    )
    status, _, reason = status_of(no_due, [], "2030-01-01")
    assert status == "pending" and reason.startswith("pending: no due date")


@pytest.mark.parametrize(
    "change",
    [
        {"actors": ("USA",)},
        {"date": "2016-09-09", "published": dt.date(2016, 9, 9)},
        {"negated": True},
        {"type": "ACCUSE"},
        {"doc_id": "geneva-deal"},
        {"published": dt.date(2016, 9, 21)},
    ],
    ids=[
        "one-party-only",
        "before-the-commitment",
        "negated",
        "not-an-agreement",
        "same-document",
        "reported-after-as-of",
    ],
)
def test_what_does_not_fulfil_a_commitment(change: dict[str, object]) -> None:
    event = replace(TRUCE_TOOK_EFFECT, **change)  # type: ignore[arg-type]
    assert status_of(TRUCE, [event], "2016-09-20")[0] == "overdue"


def test_a_meeting_on_another_subject_does_not_fulfil_it() -> None:
    words = subject_match(TRUCE, UNGA, skip=load_parties().name_words)
    assert not words.enough
    assert status_of(TRUCE, [UNGA], "2016-09-20")[0] == "overdue"


def test_a_commitment_made_after_the_as_of_date_has_no_status_yet() -> None:
    assert track_commitments([TRUCE], [], as_of=dt.date(2016, 9, 1)) == []


@pytest.mark.parametrize(
    ("due", "last_day"),
    [
        ("2016-09-12", dt.date(2016, 9, 12)),
        ("2016-09", dt.date(2016, 9, 30)),
        ("2016", dt.date(2016, 12, 31)),
        (None, None),
        ("soon", None),
    ],
)
def test_due_dates_of_every_precision(due: str | None, last_day: dt.date | None) -> None:
    assert due_date(due) == last_day
