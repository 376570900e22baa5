"""The one store interface: everything reads and writes documents and results through `Store`.

SQLite (embedded, WAL mode) is the default; the URL may name another SQLAlchemy database.
Schema changes are Alembic migrations (`hudna/store/migrations`), applied by `Store.migrate`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, func, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from hudna.errors import NotFound, StoreError
from hudna.models import (
    Actor,
    Commitment,
    Document,
    Event,
    Extraction,
    Place,
    Statement,
)
from hudna.store import schema as t
from hudna.text import WORD_RE, fold, fold_with_offsets, query_terms, search_text

DEFAULT_DB = "hudna.db"
_MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for `db` (a path or URL), `$HUDNA_DB`, or `./hudna.db`."""
    value = str(db) if db is not None else os.environ.get("HUDNA_DB", DEFAULT_DB)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


@dataclass(frozen=True)
class AddResult:
    status: Literal["added", "duplicate"]
    id: str
    pk: int


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    snippet: str


class Store:
    """A Hudna database: documents, their originals and their extraction results."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        try:
            self.engine = engine or create_engine(url, future=True)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot open database {url}: {err}") from err
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    # -- schema -------------------------------------------------------------------------------
    def migrate(self, revision: str = "head") -> None:
        """Bring the schema up to `revision` (default: the newest migration)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url)
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot migrate {self.url}: {err}") from err

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except SQLAlchemyError:
                return None

    # -- writing ------------------------------------------------------------------------------
    def add_document(self, doc: Document, extraction: Extraction | None = None) -> AddResult:
        """Store `doc` (and its extraction) in one transaction; a known text adds nothing."""
        assert doc.sha256, "documents are hashed by make_document"
        raw = doc.raw if doc.raw is not None else doc.text.encode("utf-8")
        raw_sha = hashlib.sha256(raw).hexdigest()
        try:
            with self.engine.begin() as conn:
                known = conn.execute(
                    select(t.documents.c.pk, t.documents.c.id).where(
                        t.documents.c.sha256 == doc.sha256
                    )
                ).first()
                if known:
                    return AddResult("duplicate", known.id, known.pk)
                doc_id = doc.id
                if conn.execute(select(t.documents.c.pk).where(t.documents.c.id == doc_id)).first():
                    doc_id = f"{doc.id}-{doc.sha256[:8]}"
                if not conn.execute(
                    select(t.blobs.c.sha256).where(t.blobs.c.sha256 == raw_sha)
                ).first():
                    conn.execute(insert(t.blobs).values(sha256=raw_sha, size=len(raw), data=raw))
                published = doc.published
                published_source = doc.published_source
                if published is None and extraction and extraction.published:
                    published = dt.date.fromisoformat(extraction.published)
                    published_source = extraction.published_source
                inserted = conn.execute(
                    insert(t.documents).values(
                        id=doc_id,
                        sha256=doc.sha256,
                        raw_sha256=raw_sha,
                        source=doc.source_path,
                        url=doc.url,
                        outlet=doc.outlet,
                        title=doc.title,
                        published=published,
                        published_source=published_source,
                        language=doc.language or (extraction.language if extraction else None),
                        encoding=doc.encoding,
                        text=doc.text,
                        meta=doc.meta,
                        ingested_at=dt.datetime.now(dt.UTC),
                    )
                ).inserted_primary_key
                assert inserted is not None  # an INSERT always has a primary key
                pk = inserted[0]
                if self.is_sqlite:
                    conn.execute(
                        text("INSERT INTO documents_fts(rowid, terms) VALUES (:pk, :terms)"),
                        {"pk": pk, "terms": search_text(f"{doc.title or ''}\n{doc.text}")},
                    )
                if extraction is not None:
                    self._write_extraction(conn, pk, doc_id, extraction)
                return AddResult("added", doc_id, pk)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot store document {doc.id}: {err}", id=doc.id) from err

    def save_extraction(self, doc_id: str, extraction: Extraction) -> None:
        """Replace the stored extraction results of document `doc_id`."""
        with self.engine.begin() as conn:
            pk = conn.execute(select(t.documents.c.pk).where(t.documents.c.id == doc_id)).scalar()
            if pk is None:
                raise NotFound(f"no document {doc_id!r}", id=doc_id)
            for table in t.EXTRACTION_TABLES:
                conn.execute(table.delete().where(table.c.doc_pk == pk))
            self._write_extraction(conn, pk, doc_id, extraction)

    def _write_extraction(self, conn: Connection, pk: int, doc_id: str, ex: Extraction) -> None:
        from hudna import __version__

        if ex.actors:
            conn.execute(
                insert(t.doc_actors),
                [
                    {
                        "doc_pk": pk,
                        "actor_id": a.id,
                        "name": a.name,
                        "kind": a.kind,
                        "name_ar": a.name_ar,
                        "affiliation": a.affiliation,
                        "mentions": [list(m) for m in a.mentions],
                    }
                    for a in ex.actors
                ],
            )
        if ex.places:
            conn.execute(
                insert(t.doc_places),
                [
                    {
                        "doc_pk": pk,
                        "place_id": p.id,
                        "name": p.name,
                        "name_ar": p.name_ar,
                        "country": p.country,
                        "admin1": p.admin1,
                        "lat": p.lat,
                        "lon": p.lon,
                        "mentions": [list(m) for m in p.mentions],
                    }
                    for p in ex.places
                ],
            )
        if ex.statements:
            conn.execute(
                insert(t.statements),
                [
                    {
                        "doc_pk": pk,
                        "speaker": s.speaker,
                        "text": s.text,
                        "start": s.span[0],
                        "end": s.span[1],
                        "mode": s.mode,
                        "about": s.about,
                    }
                    for s in ex.statements
                ],
            )
        if ex.events:
            conn.execute(
                insert(t.events),
                [
                    {
                        "doc_pk": pk,
                        "event_id": f"{doc_id}:e{i}",
                        "type": e.type,
                        "actors": e.actors,
                        "target": e.target,
                        "place": e.place,
                        "date": e.date,
                        "date_precision": e.date_precision,
                        "asserted_by": e.asserted_by,
                        "negated": e.negated,
                        "fatalities": e.fatalities,
                        "trigger": e.trigger,
                        "start": e.span[0],
                        "end": e.span[1],
                    }
                    for i, e in enumerate(ex.events, start=1)
                ],
            )
        if ex.commitments:
            conn.execute(
                insert(t.commitments),
                [
                    {
                        "doc_pk": pk,
                        "by": c.by,
                        "text": c.text,
                        "due": c.due,
                        "due_text": c.due_text,
                        "start": c.span[0],
                        "end": c.span[1],
                    }
                    for c in ex.commitments
                ],
            )
        conn.execute(
            t.documents.update().where(t.documents.c.pk == pk).values(extracted_with=__version__)
        )

    # -- reading ------------------------------------------------------------------------------
    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.documents)).scalar_one())

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Stored documents (without their raw bytes), newest publication first."""
        query = (
            select(t.documents)
            .order_by(t.documents.c.published.desc().nulls_last(), t.documents.c.id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_row_to_document(r) for r in conn.execute(query).mappings()]

    def document(self, doc_id: str, with_raw: bool = False) -> Document:
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(t.documents).where(t.documents.c.id == doc_id))
                .mappings()
                .first()
            )
            if row is None:
                raise NotFound(f"no document {doc_id!r}", id=doc_id)
            doc = _row_to_document(row)
            if with_raw:
                doc.raw = conn.execute(
                    select(t.blobs.c.data).where(t.blobs.c.sha256 == row["raw_sha256"])
                ).scalar_one()
            return doc

    def extraction(self, doc_id: str) -> Extraction:
        """The stored extraction results of `doc_id`, in the contract's form."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(t.documents).where(t.documents.c.id == doc_id))
                .mappings()
                .first()
            )
            if row is None:
                raise NotFound(f"no document {doc_id!r}", id=doc_id)
            pk = row["pk"]

            def rows(table: Any) -> Iterator[Any]:
                return iter(
                    conn.execute(
                        select(table).where(table.c.doc_pk == pk).order_by(table.c.pk)
                    ).mappings()
                )

            return Extraction(
                id=row["id"],
                language=row["language"],
                title=row["title"],
                published=row["published"].isoformat() if row["published"] else None,
                published_source=row["published_source"],
                actors=[
                    Actor(
                        id=r["actor_id"],
                        name=r["name"] or r["actor_id"],
                        kind=r["kind"] or "group",
                        name_ar=r["name_ar"],
                        affiliation=r["affiliation"],
                        mentions=[tuple(m) for m in r["mentions"]],
                    )
                    for r in rows(t.doc_actors)
                ],
                places=[
                    Place(
                        id=r["place_id"],
                        name=r["name"] or r["place_id"],
                        name_ar=r["name_ar"],
                        country=r["country"],
                        admin1=r["admin1"],
                        lat=r["lat"],
                        lon=r["lon"],
                        mentions=[tuple(m) for m in r["mentions"]],
                    )
                    for r in rows(t.doc_places)
                ],
                statements=[
                    Statement(
                        speaker=r["speaker"],
                        text=r["text"],
                        span=(r["start"], r["end"]),
                        mode=r["mode"],
                        about=r["about"],
                    )
                    for r in rows(t.statements)
                ],
                events=[row_to_event(r) for r in rows(t.events)],
                commitments=[
                    Commitment(
                        by=r["by"],
                        text=r["text"],
                        due=r["due"],
                        due_text=r["due_text"],
                        span=(r["start"], r["end"]),
                    )
                    for r in rows(t.commitments)
                ],
            )

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Documents containing every word of `query`, with Arabic-aware folding and stemming."""
        words = WORD_RE.findall(fold(query))
        groups = [query_terms(w) for w in words]
        groups = [g for g in groups if g]
        if not groups:
            return []
        if not self.is_sqlite:
            raise StoreError("full-text search is implemented for SQLite stores")
        match = " AND ".join(
            "(" + " OR ".join('"' + term.replace('"', '""') + '"' for term in g) + ")"
            for g in groups
        )
        sql = text(
            "SELECT d.id, d.title, d.text FROM documents_fts f JOIN documents d ON d.pk = f.rowid "
            "WHERE documents_fts MATCH :match ORDER BY bm25(documents_fts) LIMIT :limit"
        )
        with self.engine.connect() as conn:
            found = conn.execute(sql, {"match": match, "limit": limit}).all()
        return [SearchHit(r.id, r.title, _snippet(r.text, words)) for r in found]

    def summary(self) -> dict[str, Any]:
        """Counts from the store: documents by language, events by type, party and place."""
        with self.engine.connect() as conn:
            langs: Counter[str] = Counter(
                dict(
                    conn.execute(
                        select(t.documents.c.language, func.count()).group_by(
                            t.documents.c.language
                        )
                    ).all()
                )
            )
            types: Counter[str] = Counter(
                dict(
                    conn.execute(
                        select(t.events.c.type, func.count())
                        .where(t.events.c.negated.is_(False))
                        .group_by(t.events.c.type)
                    ).all()
                )
            )
            places: Counter[str] = Counter(
                dict(
                    conn.execute(
                        select(t.events.c.place, func.count())
                        .where(t.events.c.place.is_not(None))
                        .where(t.events.c.negated.is_(False))
                        .group_by(t.events.c.place)
                    ).all()
                )
            )
            parties: Counter[str] = Counter()
            for (actors,) in conn.execute(
                select(t.events.c.actors).where(t.events.c.negated.is_(False))
            ):
                parties.update(set(actors))
            counts = {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in (
                    ("documents", t.documents),
                    ("statements", t.statements),
                    ("events", t.events),
                    ("commitments", t.commitments),
                )
            }
        return {
            "counts": counts,
            "languages": dict(langs),
            "event_types": dict(types.most_common()),
            "parties": dict(parties.most_common()),
            "places": dict(places.most_common()),
        }


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def row_to_event(row: Any) -> Event:
    """An `events` row (as a mapping) as the contract's Event record."""
    return Event(
        id=row["event_id"],
        type=row["type"],
        actors=row["actors"] or [],
        target=row["target"],
        place=row["place"],
        date=row["date"],
        date_precision=row["date_precision"],
        asserted_by=row["asserted_by"],
        negated=bool(row["negated"]),
        fatalities=row["fatalities"],
        trigger=row.get("trigger"),
        span=(row["start"], row["end"]),
    )


def _row_to_document(row: Any) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        published=row["published"],
        published_source=row["published_source"],
        outlet=row["outlet"],
        url=row["url"],
        language=row["language"],
        source_path=row["source"],
        encoding=row["encoding"],
        sha256=row["sha256"],
        meta=row["meta"] or {},
    )


def _snippet(doc_text: str, words: list[str], width: int = 80) -> str:
    """A short excerpt of `doc_text` around the first word that (folded) contains a query word."""
    folded, offsets = fold_with_offsets(doc_text)
    pos = -1
    for w in words:
        for term in query_terms(w):
            pos = folded.find(term)
            if pos >= 0:
                break
        if pos >= 0:
            break
    pos = max(pos, 0)
    if offsets is not None:
        pos = offsets[pos]
    start = max(0, pos - width // 2)
    excerpt = re.sub(r"\s+", " ", doc_text[start : start + width]).strip()
    return ("…" if start else "") + excerpt + ("…" if start + width < len(doc_text) else "")


def open_store(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default create or upgrade) the store at `db` / `$HUDNA_DB` / `./hudna.db`."""
    store = Store(database_url(db))
    if migrate:
        store.migrate()
    return store


__all__ = ["AddResult", "SearchHit", "Store", "database_url", "open_store"]
