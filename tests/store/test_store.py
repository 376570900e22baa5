"""The store: migrations, WAL, verbatim originals, idempotent ingest, ids, extraction round trip."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy import text as sql

from hudna.errors import NotFound, StoreError
from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import read_paths
from hudna.ingest.readers.base import make_document
from hudna.models import Actor, Commitment, Document, Event, Extraction, Place, Statement
from hudna.pipeline import ingest_paths
from hudna.store import Store, open_store

TABLES = {
    "alembic_version",
    "blobs",
    "documents",
    "doc_actors",
    "doc_places",
    "statements",
    "events",
    "commitments",
    "documents_fts",
}


def _read_one(path: Path) -> Document:
    [doc] = list(read_paths([path]))
    assert isinstance(doc, Document), doc
    return doc


def _count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sql(f"SELECT count(*) FROM {table}")).scalar_one())


HEAD = "0003"  # the newest migration in src/hudna/store/migrations/versions


# -- schema ----------------------------------------------------------------------------------------


def test_migrations_create_the_tables_on_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    store = open_store(db, migrate=False)
    assert store.revision() is None
    assert inspect(store.engine).get_table_names() == []
    store.migrate()
    assert store.revision() == HEAD
    assert set(inspect(store.engine).get_table_names()) >= TABLES
    assert store.count_documents() == 0


def test_migrating_again_keeps_data(tmp_path: Path, seed_paths: list[Path]) -> None:
    db = tmp_path / "h.db"
    open_store(db).add_document(_read_one(seed_paths[0]))
    reopened = open_store(db)  # migrates again: nothing to do
    assert reopened.revision() == HEAD
    assert reopened.count_documents() == 1


def test_upgrade_from_the_first_revision_keeps_documents(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    store = open_store(tmp_path / "old.db", migrate=False)
    store.migrate("0001")
    columns = {c["name"] for c in inspect(store.engine).get_columns("doc_actors")}
    assert "name_ar" not in columns
    with store.engine.begin() as conn:  # a row written by the 0001 schema
        conn.exec_driver_sql("INSERT INTO blobs VALUES ('b', 1, x'00')")
        conn.exec_driver_sql(
            "INSERT INTO documents (id, sha256, raw_sha256, text, meta, ingested_at) "
            "VALUES ('old', 's', 'b', 'نص', '{}', '2016-08-27 00:00:00')"
        )
    store.migrate()
    assert store.revision() == HEAD
    assert {"name_ar", "affiliation"} <= {
        c["name"] for c in inspect(store.engine).get_columns("doc_actors")
    }
    assert store.document("old").text == "نص"


def test_sqlite_runs_in_wal_mode(tmp_store: Store, tmp_path: Path) -> None:
    with tmp_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # WAL is a property of the database file: a plain connection sees it too
    with sqlite3.connect(tmp_path / "hudna.db") as raw_conn:
        assert raw_conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# -- originals -------------------------------------------------------------------------------------


def test_raw_bytes_stored_verbatim_cp1256(tmp_store: Store, ingest_data: Path) -> None:
    path = ingest_data / "seed003-cp1256.txt"
    doc = _read_one(path)
    result = tmp_store.add_document(doc)
    assert result.status == "added"
    stored = tmp_store.document(result.id, with_raw=True)
    assert stored.raw == path.read_bytes()
    assert stored.text == doc.text
    assert stored.encoding == "cp1256"
    assert stored.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert tmp_store.document(result.id).raw is None  # raw only on request
    with tmp_store.engine.connect() as conn:
        size, raw_sha = conn.execute(
            sql(
                "SELECT b.size, b.sha256 FROM blobs b JOIN documents d ON d.raw_sha256 = b.sha256 "
                "WHERE d.id = :id"
            ),
            {"id": result.id},
        ).one()
    assert size == len(path.read_bytes())
    assert raw_sha == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_raw_bytes_stored_verbatim_other_encodings(
    tmp_store: Store, tmp_path: Path, seed_paths: list[Path], encoding: str
) -> None:
    raw = seed_paths[1].read_text(encoding="utf-8").encode(encoding)
    path = tmp_path / f"seed-{encoding}.txt"
    path.write_bytes(raw)
    result = tmp_store.add_document(_read_one(path))
    assert tmp_store.document(result.id, with_raw=True).raw == raw


def test_feed_items_share_one_blob(tmp_store: Store, ingest_data: Path) -> None:
    path = ingest_data / "test-feed.rss"
    for doc in read_paths([path]):
        assert isinstance(doc, Document)
        tmp_store.add_document(doc)
    assert tmp_store.count_documents() == 2
    assert _count(tmp_store, "blobs") == 1
    for stored in tmp_store.documents():
        assert tmp_store.document(stored.id, with_raw=True).raw == path.read_bytes()


# -- idempotence and ids ---------------------------------------------------------------------------


def test_same_document_twice_adds_nothing(tmp_store: Store, seed_paths: list[Path]) -> None:
    doc = _read_one(seed_paths[0])
    first = tmp_store.add_document(doc)
    second = tmp_store.add_document(doc)
    assert first.status == "added" and second.status == "duplicate"
    assert (second.id, second.pk) == (first.id, first.pk)
    assert tmp_store.count_documents() == 1
    assert _count(tmp_store, "documents_fts") == 1


def test_same_text_in_another_encoding_is_a_duplicate(
    tmp_store: Store, ingest_data: Path, seed_paths: list[Path]
) -> None:
    utf8 = tmp_store.add_document(_read_one(seed_paths[1]))
    cp1256 = tmp_store.add_document(_read_one(ingest_data / "seed003-cp1256.txt"))
    assert cp1256.status == "duplicate"
    assert cp1256.id == utf8.id == "003_50da22164150d52a"
    assert tmp_store.count_documents() == 1


def test_ingesting_the_same_files_twice(
    tmp_store: Store, ingest_data: Path, seed_paths: list[Path]
) -> None:
    paths = [
        *seed_paths,
        ingest_data / "seed003-cp1256.txt",
        ingest_data / "test-feed.rss",
        ingest_data / "article-page.html",
    ]
    extractor = Extractor()
    first = ingest_paths(tmp_store, paths, extractor=extractor)
    assert first.failures == []
    # the cp1256 file holds seed 003's text: a duplicate already in the first run
    assert (len(first.ingested), len(first.duplicates)) == (5, 1)
    count = tmp_store.count_documents()
    assert count == 5
    second = ingest_paths(tmp_store, paths, extractor=extractor)
    assert second.ingested == []
    assert len(second.duplicates) == 6
    assert second.failures == []
    assert tmp_store.count_documents() == count
    assert second.summary_line() == "ingested 0 · duplicates 6 · failed 0"


def test_same_id_different_texts_get_distinct_ids(tmp_store: Store, tmp_path: Path) -> None:
    paths = []
    for folder, text in (
        ("outlet-a", "Shelling in Hama\nTwo killed."),
        ("outlet-b", "Shelling in Hama\nThree killed."),
    ):
        (tmp_path / folder).mkdir()
        paths.append(tmp_path / folder / "report.txt")
        paths[-1].write_text(text, encoding="utf-8")
    docs = [_read_one(p) for p in paths]
    assert docs[0].id == docs[1].id == "report"
    a, b = (tmp_store.add_document(d) for d in docs)
    assert (a.status, b.status) == ("added", "added")
    assert a.id == "report"
    assert b.id == f"report-{docs[1].sha256[:8]}"
    assert tmp_store.document(a.id).text.endswith("Two killed.")
    assert tmp_store.document(b.id).text.endswith("Three killed.")


def test_unknown_document_is_not_found(tmp_store: Store) -> None:
    with pytest.raises(NotFound):
        tmp_store.document("nope")
    with pytest.raises(NotFound):
        tmp_store.extraction("nope")
    with pytest.raises(NotFound):
        tmp_store.save_extraction("nope", Extraction(id="nope"))


def test_documents_newest_first_undated_last(tmp_store: Store) -> None:
    for doc_id, published in (
        ("old", dt.date(2016, 7, 1)),
        ("undated", None),
        ("new", dt.date(2016, 9, 20)),
    ):
        tmp_store.add_document(
            make_document(
                id=doc_id,
                text=f"report {doc_id} on Aleppo",
                raw=doc_id.encode(),
                source=doc_id,
                published=published,
            )
        )
    assert [d.id for d in tmp_store.documents()] == ["new", "old", "undated"]
    assert [d.id for d in tmp_store.documents(limit=1, offset=1)] == ["old"]


# -- extraction ------------------------------------------------------------------------------------


def _extraction(doc_id: str) -> Extraction:
    return Extraction(
        id=doc_id,
        language="ar",
        actors=[
            Actor(id="kerry", name="John Kerry", kind="person", mentions=[(0, 4), (120, 124)]),
            Actor(id="lavrov", name="Sergey Lavrov", kind="person", mentions=[(11, 17)]),
        ],
        places=[Place(id="geneva", name="Geneva", lat=46.2044, lon=6.1432, mentions=[(150, 154)])],
        statements=[
            Statement(
                speaker="kerry",
                text="ليس هناك حل عسكري في البلاد",
                span=(300, 330),
                mode="direct",
                about=["SYR_GOV"],
            )
        ],
        events=[
            Event(
                type="MEET",
                actors=["kerry", "lavrov"],
                place="geneva",
                date="2016-08-26",
                date_precision="day",
                span=(120, 260),
            ),
            Event(
                type="CHEMICAL",
                actors=["SYR_GOV"],
                asserted_by="kerry",
                negated=False,
                fatalities=3,
                span=(400, 480),
            ),
        ],
        commitments=[
            Commitment(
                by=["lavrov"],
                text="سنقدم للمجتمع الدولي نتائج ملموسة",
                due="2016-09",
                due_text="في القريب العاجل",
                span=(900, 960),
            )
        ],
    )


def test_extraction_round_trips(tmp_store: Store, seed_paths: list[Path]) -> None:
    doc = _read_one(seed_paths[1])
    doc_id = tmp_store.add_document(doc).id
    empty = tmp_store.extraction(doc_id)
    assert (empty.actors, empty.events, empty.statements) == ([], [], [])

    saved = _extraction(doc_id)
    tmp_store.save_extraction(doc_id, saved)
    got = tmp_store.extraction(doc_id)
    assert got.id == doc_id
    assert got.language == "ar"
    assert got.title == doc.title
    assert got.actors == saved.actors
    assert got.places == saved.places
    assert got.statements == saved.statements
    assert got.commitments == saved.commitments
    expected_events = [
        e.model_copy(update={"id": f"{doc_id}:e{i}"}) for i, e in enumerate(saved.events, start=1)
    ]
    assert got.events == expected_events
    assert tmp_store.summary()["counts"] == {
        "documents": 1,
        "statements": 1,
        "events": 2,
        "commitments": 1,
    }


def test_save_extraction_replaces_the_previous_one(
    tmp_store: Store, seed_paths: list[Path]
) -> None:
    doc_id = tmp_store.add_document(_read_one(seed_paths[1])).id
    tmp_store.save_extraction(doc_id, _extraction(doc_id))
    smaller = Extraction(id=doc_id, events=[Event(type="ACCUSE", actors=["lavrov"], span=(5, 9))])
    tmp_store.save_extraction(doc_id, smaller)
    got = tmp_store.extraction(doc_id)
    assert [e.type for e in got.events] == ["ACCUSE"]
    assert (got.actors, got.places, got.statements, got.commitments) == ([], [], [], [])


def test_extraction_given_with_the_document(tmp_store: Store, seed_paths: list[Path]) -> None:
    doc = _read_one(seed_paths[1])
    ex = _extraction(doc.id).model_copy(
        update={"published": "2016-08-27", "published_source": "text"}
    )
    result = tmp_store.add_document(doc, ex)
    stored = tmp_store.document(result.id)
    assert (stored.published, stored.published_source) == (dt.date(2016, 8, 27), "text")
    assert [e.type for e in tmp_store.extraction(result.id).events] == ["MEET", "CHEMICAL"]


def test_extraction_keeps_contract_fields(tmp_store: Store, seed_paths: list[Path]) -> None:
    doc_id = tmp_store.add_document(_read_one(seed_paths[1])).id
    saved = Extraction(
        id=doc_id,
        actors=[
            Actor(
                id="lavrov",
                name="Sergey Lavrov",
                name_ar="سيرغي لافروف",
                kind="person",
                affiliation="RUS",
                mentions=[(11, 17)],
            )
        ],
        places=[Place(id="geneva", name="Geneva", name_ar="جنيف", country="CH", mentions=[(1, 5)])],
    )
    tmp_store.save_extraction(doc_id, saved)
    got = tmp_store.extraction(doc_id)
    assert got.actors == saved.actors
    assert got.places == saved.places


def test_failed_write_leaves_nothing_behind(tmp_store: Store, seed_paths: list[Path]) -> None:
    """A document whose extraction cannot be written is not stored at all (one transaction)."""
    doc = _read_one(seed_paths[0])
    bad = Extraction(
        id=doc.id,
        statements=[
            Statement.model_construct(speaker=None, text="x", span=(0, 1), mode="direct", about=[])
        ],
    )
    with pytest.raises(StoreError):
        tmp_store.add_document(doc, bad)
    for table in ("documents", "blobs", "documents_fts", "statements"):
        assert _count(tmp_store, table) == 0, table
    assert tmp_store.add_document(doc).status == "added"  # and it can be stored afterwards


def test_store_file_can_be_copied_and_reopened(tmp_path: Path, seed_paths: list[Path]) -> None:
    db = tmp_path / "a.db"
    store = open_store(db)
    store.add_document(_read_one(seed_paths[0]))
    store.engine.dispose()  # checkpoint the WAL into the file
    shutil.copyfile(db, tmp_path / "b.db")
    copy = open_store(tmp_path / "b.db")
    assert [d.id for d in copy.documents()] == ["000_90ba3c5774616069"]
