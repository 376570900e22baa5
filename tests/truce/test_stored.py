"""Judgements in the store: the ingest pipeline judges every hostile event, once, quoting its text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hudna.data import data_path
from hudna.errors import NotFound
from hudna.models import HOSTILE_TYPES, Explanation, Judgement
from hudna.pipeline import ingest_paths
from hudna.store import Store, open_store
from hudna.store import schema as t
from hudna.store.judgements import JudgedEvent, judged_events, judgements_for, save_judgements
from hudna.truce import judge_stored

QUOTE_AR = re.compile(r"النص: «(.*)»$")
QUOTE_EN = re.compile(r"Source text: “(.*)”$")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_stored_hostile_event_has_exactly_one_judgement(demo_store: Store) -> None:
    with demo_store.engine.connect() as conn:
        rows = conn.execute(
            select(t.events.c.pk, t.events.c.type, func.count(t.judgements.c.pk))
            .outerjoin(t.judgements, t.judgements.c.event_pk == t.events.c.pk)
            .group_by(t.events.c.pk, t.events.c.type)
        ).all()
    hostile = [r for r in rows if r.type in HOSTILE_TYPES]
    assert len(hostile) > 50
    assert all(r[2] == 1 for r in hostile)
    assert all(r[2] == 0 for r in rows if r.type not in HOSTILE_TYPES)


def test_explanations_quote_the_document(demo_store: Store) -> None:
    checked = 0
    for doc in demo_store.documents():
        text = _norm(doc.text)
        for event_id, j in judgements_for(demo_store, doc.id).items():
            assert j.rule and j.explanation.ar and j.explanation.en
            for pattern, explanation in (
                (QUOTE_AR, j.explanation.ar),
                (QUOTE_EN, j.explanation.en),
            ):
                m = pattern.search(explanation)
                assert m, (event_id, explanation)
                quote = m[1].strip("…")
                assert len(quote) >= 10 and quote in text, (event_id, quote)
            checked += 1
    assert checked > 50


def test_demo_corpus_yields_every_kind_of_verdict(demo_store: Store) -> None:
    statuses = {je.judgement.status for je in judged_events(demo_store, "syria-2016")}
    assert {"violation", "not_a_violation", "outside_truce", "undetermined"} <= statuses
    grave = [je for je in judged_events(demo_store, "syria-2016") if je.judgement.grave]
    assert grave and all(je.event.type == "CHEMICAL" for je in grave)


def test_judged_events_are_report_records(demo_store: Store) -> None:
    records = list(judged_events(demo_store, "syria-2016"))
    assert records and all(isinstance(r, JudgedEvent) for r in records)
    first = next(r for r in records if r.doc_id == "demo-009")
    assert first.outlet and first.published == dt.date(2016, 8, 11)
    assert first.event.id and first.event.id.startswith("demo-009:e")
    assert first.theatre == "syria-2016" and isinstance(first.judgement, Judgement)


def test_judged_events_filters_dates_and_statuses(demo_store: Store) -> None:
    lo, hi = dt.date(2016, 9, 12), dt.date(2016, 9, 19)
    window = list(judged_events(demo_store, "syria-2016", lo, hi))
    assert window
    for r in window:
        day = r.event.date or (r.published.isoformat() if r.published else "")
        assert day[:7] == "2016-09", r  # a day inside the window, or a month overlapping it
    dates = [r.event.date or r.published.isoformat() for r in window if r.published]
    assert dates == sorted(dates)
    violations = list(judged_events(demo_store, "syria-2016", statuses={"violation"}))
    assert violations and {r.judgement.status for r in violations} == {"violation"}
    assert list(judged_events(demo_store, "ukraine-minsk-2015")) == []
    assert list(judged_events(demo_store, "syria-2016", dt.date(2030, 1, 1))) == []


def test_reingest_adds_nothing_and_repairs_missing_judgements(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.db")
    corpus = [data_path("corpus", "demo", "synthetic.jsonl")]
    ingest_paths(store, corpus)
    before = judgements_for(store, "demo-009")
    assert before
    with store.engine.begin() as conn:
        conn.execute(t.judgements.delete())
    report = ingest_paths(store, corpus)
    assert not report.ingested and report.duplicates
    assert judgements_for(store, "demo-009") == before


def test_save_judgements_replaces_and_checks_ids(store: Store) -> None:
    ingest_paths(store, [data_path("corpus", "demo", "synthetic.jsonl")])
    stored = judge_stored(store, "demo-002")
    event_id = next(iter(stored))
    other = Judgement(
        status="undetermined",
        rule="R4-unknown-perpetrator",
        explanation=Explanation(ar="نص", en="text"),
    )
    assert save_judgements(store, "demo-002", "syria-2016", {event_id: other}) == 1
    assert judgements_for(store, "demo-002")[event_id] == other
    assert judge_stored(store, "demo-002", missing_only=True) == {}
    assert judge_stored(store, "demo-002")[event_id] == stored[event_id]
    with pytest.raises(NotFound):
        save_judgements(store, "demo-002", "syria-2016", {"demo-002:e999": other})
    with pytest.raises(NotFound):
        judgements_for(store, "no-such-doc")
    assert save_judgements(store, "no-such-doc", "syria-2016", {}) == 0
