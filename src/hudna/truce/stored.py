"""Judging what the store holds: every hostile event of a stored document gets one judgement."""

from __future__ import annotations

from hudna.models import HOSTILE_TYPES, Judgement
from hudna.store import Store
from hudna.store.judgements import judgements_for, save_judgements
from hudna.truce.judge import excerpt, judge
from hudna.truce.theatre import DEFAULT_THEATRE, Theatre, load_theatre


def judge_stored(
    store: Store,
    doc_id: str,
    theatre: str | Theatre = DEFAULT_THEATRE,
    *,
    missing_only: bool = False,
) -> dict[str, Judgement]:
    """Judge the stored hostile events of `doc_id` and store the judgements (replacing old ones).

    Each explanation quotes the event's span in the stored text; an event with no date takes the
    document's publication date. With `missing_only`, events already judged are left alone (an
    ingest of a known document repairs what an interrupted run left out). Returns what was
    written, by event id.
    """
    th = load_theatre(theatre)
    doc = store.document(doc_id)
    extraction = store.extraction(doc_id)
    done = judgements_for(store, doc_id) if missing_only else {}
    places = {p.id: p for p in extraction.places}
    judgements = {
        e.id: judge(
            e,
            th,
            excerpt(doc.text, e.span, e.trigger),
            published=doc.published,
            places=places,
        )
        for e in extraction.events
        if e.id is not None and e.type in HOSTILE_TYPES and e.id not in done
    }
    save_judgements(store, doc_id, th.id, judgements)
    return judgements


__all__ = ["judge_stored"]
