"""Stores for the report tests: the demo corpus (plus one hostile document), ingested once.

`bare_store` is the corpus as ingest leaves it (later-stage tables as their code fills them, or
empty). `staged_store` is a copy in which the tables of the truce judge and incident linking are
filled by hand where their code has not filled them: a few judgements, one incident linking the
Khan Shaykhun reports, commitment statuses and a syndicated copy, so every section has data.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from hudna.data import data_path
from hudna.models import HOSTILE_TYPES
from hudna.pipeline import ingest_paths
from hudna.store import Store, open_store
from hudna.store import schema as t

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "report"
THEATRE = "syria-2016"

HOSTILE_DOC = {
    "id": "hostile-001",
    "title": "<script>alert('title')</script> قصف على داريا",
    "text": (
        "قصفت قوات النظام بلدة داريا بالبراميل المتفجرة يوم 13 أيلول/سبتمبر 2016، ما أدى إلى "
        "مقتل 9 مدنيين <img src=x onerror=alert(1)> <script>alert('body')</script>"
    ),
    "published": "2016-09-13",
    "outlet": "<b>Evil Outlet</b> | *bold*",
    "url": "javascript:alert(1)",
    "language": "ar",
}
TRUCE_START, TRUCE_END = dt.date(2016, 9, 12), dt.date(2016, 9, 19)


def _ingest(db: Path, tmp: Path) -> Store:
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE_DOC, ensure_ascii=False) + "\n", encoding="utf-8")
    store = open_store(db)
    report = ingest_paths(store, [data_path("corpus"), hostile])
    assert not report.failures, report.failures
    return store


@pytest.fixture(scope="session")
def bare_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    db = tmp / "bare.db"
    store = _ingest(db, tmp)
    store.engine.dispose()  # closes the WAL so the file can be copied whole
    return db


@pytest.fixture(scope="session")
def bare_store(bare_db: Path) -> Store:
    return open_store(bare_db)


@pytest.fixture(scope="session")
def staged_store(bare_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("staged") / "staged.db"
    shutil.copy(bare_db, db)
    store = open_store(db)
    stage_later_tables(store)
    return store


def _judgement_for(day: dt.date | None) -> tuple[str, str, str, str]:
    if day is None:
        return ("undetermined", "no_date", "لا تاريخ للحدث.", "The event has no date.")
    if TRUCE_START <= day <= TRUCE_END:
        return (
            "violation",
            "hostile_act_during_truce",
            "عمل عدائي أثناء هدنة 12 أيلول.",
            "A hostile act during the 12 September truce.",
        )
    return ("outside_truce", "no_truce_in_force", "لا هدنة سارية.", "No truce was in force.")


def stage_later_tables(store: Store) -> None:
    """Fill judgements, incidents, commitment_status and doc_duplicates where they are empty."""
    now = dt.datetime.now(dt.UTC)
    with store.engine.begin() as conn:
        docs = {
            r.pk: r
            for r in conn.execute(
                select(t.documents.c.pk, t.documents.c.id, t.documents.c.published)
            )
        }
        events = list(conn.execute(select(t.events)))
        by_id = {e.event_id: e for e in events}
        doc_pk = {r.id: r.pk for r in docs.values()}

        if not conn.execute(select(t.judgements.c.pk).limit(1)).first():
            rows = []
            for e in events:
                if e.type not in HOSTILE_TYPES or e.negated:
                    continue
                day = dt.date.fromisoformat(e.date) if e.date and len(e.date) == 10 else None
                day = day or docs[e.doc_pk].published
                status, rule, ar, en = _judgement_for(day)
                rows.append(
                    {
                        "event_pk": e.pk,
                        "theatre": THEATRE,
                        "status": status,
                        "truce": "2016-09-12" if status == "violation" else None,
                        "rule": rule,
                        "explanation_ar": ar,
                        "explanation_en": en,
                        "grave": e.type == "CHEMICAL",
                        "judged_at": now,
                    }
                )
            conn.execute(insert(t.judgements), rows)

        if not conn.execute(select(t.incidents.c.pk).limit(1)).first():
            khan = [
                e
                for e in events
                if e.type == "AIRSTRIKE" and e.place == "khan_shaykhun" and not e.negated
            ]
            pk = conn.execute(
                insert(t.incidents).values(
                    incident_id="inc-khan-shaykhun-2016-08-17",
                    theatre=THEATRE,
                    type="AIRSTRIKE",
                    date="2016-08-17",
                    date_precision="day",
                    place="khan_shaykhun",
                    admin1="idlib_gov",
                    lat=35.4421,
                    lon=36.651,
                    actors=["SYR_GOV"],
                    target=None,
                    outlets=["Levant Wire (synthetic)", "شبكة الزيتون المحلية (تجريبي)"],
                    corroboration=2,
                    contested=False,
                    grade="confirmed",
                    grade_reason="Two independent outlets agree; a syndicated copy counts once.",
                    fatalities=12,
                )
            ).inserted_primary_key[0]
            conn.execute(
                insert(t.incident_events), [{"incident_pk": pk, "event_pk": e.pk} for e in khan]
            )
            hostile = by_id.get("hostile-001:e1")
            if hostile is not None:
                pk = conn.execute(
                    insert(t.incidents).values(
                        incident_id="inc-daraya-2016-09-13",
                        theatre=THEATRE,
                        type=hostile.type,
                        date="2016-09-13",
                        date_precision="day",
                        place="daraya",
                        admin1="rif_dimashq",
                        lat=None,
                        lon=None,
                        actors=["SYR_GOV"],
                        target=None,
                        outlets=[HOSTILE_DOC["outlet"]],
                        corroboration=1,
                        contested=True,
                        grade="contested",
                        grade_reason="<i>one source</i>, denied by the government",
                        fatalities=9,
                    )
                ).inserted_primary_key[0]
                conn.execute(
                    insert(t.incident_events), [{"incident_pk": pk, "event_pk": hostile.pk}]
                )

        if not conn.execute(select(t.commitment_status.c.commitment_pk).limit(1)).first():
            rows = []
            for c in conn.execute(select(t.commitments)):
                if c.due == "2016-09-15":
                    status, reason = "overdue", "No withdrawal from the Castello Road was observed."
                elif c.due == "2016-09-12":
                    status, reason = "fulfilled", "The truce took effect at sunset on 12 September."
                else:
                    status, reason = "pending", "Not yet due, or no fulfilling event found."
                rows.append(
                    {
                        "commitment_pk": c.pk,
                        "status": status,
                        "fulfilled_by": None,
                        "reason": reason,
                        "as_of": dt.date(2016, 9, 30),
                    }
                )
            if rows:
                conn.execute(insert(t.commitment_status), rows)

        if (
            not conn.execute(select(t.doc_duplicates.c.doc_pk).limit(1)).first()
            and "demo-014" in doc_pk
            and "demo-012" in doc_pk
        ):
            conn.execute(
                insert(t.doc_duplicates).values(
                    doc_pk=doc_pk["demo-014"], duplicate_of=doc_pk["demo-012"], similarity=0.91
                )
            )


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
