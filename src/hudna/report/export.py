"""Exports of the stored events: ACLED-style CSV (with optional HXL tags), GeoJSON, JSON Lines.

`export_rows(store, ...)` gives one flat dict per event, with the columns in `COLUMNS`: ACLED's
names first (event_date, time_precision, event_type, sub_event_type, actor1, actor2, admin1,
location, latitude, longitude, geo_precision, source, source_count, notes, fatalities), then
Hudna's own (judgement, incident grade, evidence, document). `events_frame` returns the same as
a pandas DataFrame. docs/reports.md documents every column, the ACLED mapping and the HXL tags.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from hudna.models import HOSTILE_TYPES
from hudna.report.context import event_when, parse_day, resolve_place
from hudna.report.errors import ReportInputError
from hudna.report.i18n import Names
from hudna.store import Store
from hudna.store.reporting import EventRow, ReportData, document_texts, load_report_data

if TYPE_CHECKING:
    import pandas

EXPORT_FORMATS: tuple[str, ...] = ("csv", "geojson", "jsonl")
THEATRE_COUNTRY = "SY"
SYRIA_BBOX = (35.5, 32.0, 42.5, 37.5)  # lon_min, lat_min, lon_max, lat_max (a loose box)

# Hudna event type → (ACLED disorder_type, event_type, sub_event_type). See docs/reports.md.
ACLED_TYPES: dict[str, tuple[str, str, str]] = {
    "AIRSTRIKE": ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    "SHELLING": (
        "Political violence",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    "CHEMICAL": ("Political violence", "Explosions/Remote violence", "Chemical weapon"),
    "ATTACK": ("Political violence", "Battles", "Armed clash"),
    "CEASEFIRE_VIOLATION": ("Political violence", "Battles", "Armed clash"),
    "SIEGE": ("Strategic developments", "Strategic developments", "Other"),
    "INCURSION": ("Strategic developments", "Strategic developments", "Change to group/activity"),
    "MEET": ("Strategic developments", "Strategic developments", "Agreement"),
    "AGREE": ("Strategic developments", "Strategic developments", "Agreement"),
    "ACCUSE": ("Strategic developments", "Strategic developments", "Other"),
}
# An ATTACK whose target is civilians is ACLED's "Violence against civilians / Attack".
CIVILIAN_TARGETS = frozenset({"CIV", "CIVILIANS", "civilians"})
ACLED_CIVILIAN_ATTACK = ("Political violence", "Violence against civilians", "Attack")

# ACLED time_precision: 1 = the day, 2 = a week or similar period, 3 = a month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
# ACLED geo_precision: 1 = the town itself, 2 = part of a region / near a town, 3 = a larger region.
GEO_PRECISION = {
    "city": 1,
    "town": 1,
    "village": 1,
    "neighbourhood": 1,
    "venue": 1,
    "district": 2,
    "region": 2,
    "governorate": 3,
}

# (column, HXL hashtag). ACLED's columns first, then Hudna's.
COLUMN_TAGS: tuple[tuple[str, str], ...] = (
    ("event_id", "#event+id"),
    ("event_date", "#date+occurred"),
    ("year", "#date+year"),
    ("time_precision", "#date+precision"),
    ("disorder_type", "#event+type+disorder"),
    ("event_type", "#event+type"),
    ("sub_event_type", "#event+type+sub"),
    ("actor1", "#actor+name+first"),
    ("assoc_actor_1", "#actor+name+first+assoc"),
    ("actor2", "#actor+name+second"),
    ("country", "#country+code"),
    ("admin1", "#adm1+name"),
    ("location", "#loc+name"),
    ("latitude", "#geo+lat"),
    ("longitude", "#geo+lon"),
    ("geo_precision", "#geo+precision"),
    ("source", "#meta+source"),
    ("source_count", "#meta+source+num"),
    ("notes", "#description"),
    ("fatalities", "#affected+killed"),
    ("hudna_type", "#event+type+code"),
    ("actor1_id", "#actor+code+first"),
    ("actor2_id", "#actor+code+second"),
    ("actor1_ar", "#actor+name+first+i_ar"),
    ("actor2_ar", "#actor+name+second+i_ar"),
    ("asserted_by", "#actor+code+asserted"),
    ("admin1_id", "#adm1+code"),
    ("admin1_ar", "#adm1+name+i_ar"),
    ("place_id", "#loc+code"),
    ("location_ar", "#loc+name+i_ar"),
    ("hudna_date", "#date+extracted"),
    ("date_precision", "#date+precision+extracted"),
    ("date_source", "#meta+date_source"),
    ("negated", "#status+negated"),
    ("judgement_status", "#status+judgement"),
    ("judgement_rule", "#meta+rule"),
    ("judgement_truce", "#meta+truce"),
    ("judgement_grave", "#status+grave"),
    ("judgement_explanation", "#description+judgement"),
    ("incident_id", "#event+id+incident"),
    ("incident_grade", "#status+grade"),
    ("incident_grade_reason", "#description+grade"),
    ("evidence_text", "#description+evidence"),
    ("evidence_start", "#meta+evidence+start"),
    ("evidence_end", "#meta+evidence+end"),
    ("document_id", "#meta+id"),
    ("document_title", "#meta+title"),
    ("document_url", "#meta+url"),
    ("outlet", "#meta+outlet"),
    ("published", "#date+published"),
    ("language", "#meta+lang"),
    ("synthetic", "#meta+synthetic"),
)
COLUMNS: tuple[str, ...] = tuple(c for c, _ in COLUMN_TAGS)
HXL_TAGS: dict[str, str] = dict(COLUMN_TAGS)


@dataclass
class ExportStats:
    """What an export wrote and what it left out, with the reasons."""

    written: int = 0
    no_coordinates: int = 0
    outside_theatre: int = 0

    def message(self) -> str:
        parts = [f"wrote {self.written} events"]
        if self.no_coordinates:
            parts.append(f"{self.no_coordinates} without coordinates omitted")
        if self.outside_theatre:
            parts.append(f"{self.outside_theatre} outside Syria omitted (use --abroad)")
        return "; ".join(parts)


def acled_types(etype: str, target: str | None) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) in ACLED's vocabulary for a Hudna event."""
    if etype == "ATTACK" and target in CIVILIAN_TARGETS:
        return ACLED_CIVILIAN_ATTACK
    return ACLED_TYPES.get(etype, ("Strategic developments", "Strategic developments", "Other"))


def acled_date(when: dt.date | None, precision: str | None, source: str) -> tuple[str, int | str]:
    """ACLED's (event_date, time_precision): months are coded on their 15th with precision 3;
    a date taken from the publication date (the text gives none) gets precision 2."""
    if when is None or precision == "year":
        return "", ""
    if source == "published":
        return when.isoformat(), 2
    if precision == "month":
        return when.replace(day=15).isoformat(), 3
    return when.isoformat(), TIME_PRECISION.get(precision or "day", 1)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Exporter:
    def __init__(self, store: Store, data: ReportData, theatre: str) -> None:
        self.data = data
        self.theatre = theatre
        self.names_en = Names("en", theatre, data.actors)
        self.names_ar = Names("ar", theatre, data.actors)
        self.texts = document_texts(store, {e.doc_pk for e in data.events})

    def place(self, ev: EventRow) -> dict[str, Any]:
        names = self.names_en
        where = resolve_place(names, ev)
        admin1, lat, lon = where.admin1, where.lat, where.lon
        row = ev.place_row
        precision: int | str = ""
        if lat is not None and lon is not None:
            precision = GEO_PRECISION.get(where.kind or "", 2 if where.known else 1)
        incident = self.data.incidents.get(ev.incident_pk) if ev.incident_pk else None
        if incident is not None and incident.lat is not None and incident.lon is not None:
            lat, lon = incident.lat, incident.lon
        return {
            "place_id": ev.place or "",
            "location": names.place(ev.place, row.name if row else None) if ev.place else "",
            "location_ar": self.names_ar.place(ev.place, row.name_ar if row else None)
            if ev.place
            else "",
            "admin1_id": admin1 or "",
            "admin1": names.governorate(admin1, short=True) if admin1 else "",
            "admin1_ar": self.names_ar.governorate(admin1, short=True) if admin1 else "",
            "country": where.country or "",
            "latitude": round(lat, 4) if lat is not None else "",
            "longitude": round(lon, 4) if lon is not None else "",
            "geo_precision": precision,
        }

    def row(self, ev: EventRow) -> dict[str, Any]:
        doc = self.data.documents[ev.doc_pk]
        when, precision, source = event_when(ev, doc)
        event_date, time_precision = acled_date(when, precision, source)
        disorder, etype, subtype = acled_types(ev.type, ev.target)
        en, ar = self.names_en, self.names_ar
        incident = self.data.incidents.get(ev.incident_pk) if ev.incident_pk else None
        if incident is not None:
            outlets = list(incident.outlets)
            source_count = incident.corroboration or len(outlets) or 1
        else:
            outlets = [doc.outlet] if doc.outlet else []
            source_count = 1
        j = ev.judgement
        evidence = self.texts.get(ev.doc_pk, "")[ev.start : ev.end]
        first = ev.actors[0] if ev.actors else None
        return {
            "event_id": ev.event_id,
            "event_date": event_date,
            "year": when.year if when else "",
            "time_precision": time_precision,
            "disorder_type": disorder,
            "event_type": etype,
            "sub_event_type": subtype,
            "actor1": en.actor(first),
            "assoc_actor_1": "; ".join(en.actor(a) for a in ev.actors[1:]),
            "actor2": en.actor(ev.target),
            **self.place(ev),
            "source": "; ".join(outlets),
            "source_count": source_count,
            "notes": _flat(evidence),
            "fatalities": ev.fatalities or 0,
            "hudna_type": ev.type,
            "actor1_id": ";".join(ev.actors),
            "actor2_id": ev.target or "",
            "actor1_ar": "؛ ".join(ar.actor(a) for a in ev.actors),
            "actor2_ar": ar.actor(ev.target),
            "asserted_by": ev.asserted_by or "",
            "hudna_date": ev.date or "",
            "date_precision": ev.date_precision or "",
            "date_source": source,
            "negated": ev.negated,
            "judgement_status": (j.status or "") if j else "",
            "judgement_rule": j.rule if j else "",
            "judgement_truce": (j.truce or "") if j else "",
            "judgement_grave": j.grave if j else "",
            "judgement_explanation": j.explanation_en if j else "",
            "incident_id": incident.incident_id if incident else "",
            "incident_grade": incident.grade if incident else "",
            "incident_grade_reason": incident.grade_reason if incident else "",
            "evidence_text": evidence,
            "evidence_start": ev.start,
            "evidence_end": ev.end,
            "document_id": doc.id,
            "document_title": doc.title or "",
            "document_url": doc.url or "",
            "outlet": doc.outlet or "",
            "published": doc.published.isoformat() if doc.published else "",
            "language": doc.language or "",
            "synthetic": doc.synthetic,
        }


def export_rows(
    store: Store,
    *,
    theatre: str = "syria-2016",
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    include_negated: bool = False,
    hostile_only: bool = False,
) -> list[dict[str, Any]]:
    """One flat dict per stored event (keys = `COLUMNS`), oldest first.

    With a date range, events are kept when their date (or, lacking one, their document's
    publication date) falls in it; undated events are then left out. Events the text denies
    (`negated`) are left out unless `include_negated`.
    """
    start = parse_day(date_from, "--from") if date_from else None
    end = parse_day(date_to, "--to") if date_to else None
    if start and end and end < start:
        raise ReportInputError(f"--to {end} is before --from {start}")
    data = load_report_data(store, theatre)
    exporter = _Exporter(store, data, theatre)
    rows = []
    for ev in data.events:
        if ev.negated and not include_negated:
            continue
        if hostile_only and ev.type not in HOSTILE_TYPES:
            continue
        if start or end:
            when, _, _ = event_when(ev, data.documents.get(ev.doc_pk))
            if when is None or (start and when < start) or (end and when > end):
                continue
        rows.append(exporter.row(ev))
    rows.sort(key=lambda r: (r["event_date"] or "9999", r["event_id"]))
    return rows


def events_frame(store: Store, **options: Any) -> pandas.DataFrame:
    """The exported events as a pandas DataFrame, one row per event (options as `export_rows`)."""
    import pandas

    frame = pandas.DataFrame(export_rows(store, **options), columns=list(COLUMNS))
    for col in ("latitude", "longitude"):
        frame[col] = pandas.to_numeric(frame[col], errors="coerce")
    return frame


# -- writers -----------------------------------------------------------------------------------


def write_csv(rows: list[dict[str, Any]], out: IO[str], *, hxl: bool = False) -> ExportStats:
    """RFC 4180 CSV (quoted where needed); with `hxl`, a second row of HXL hashtags."""
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore")
    writer.writeheader()
    if hxl:
        writer.writerow(HXL_TAGS)
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in row.items()})
    return ExportStats(written=len(rows))


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def geojson_features(
    rows: list[dict[str, Any]], *, abroad: bool = False
) -> tuple[list[dict[str, Any]], ExportStats]:
    """RFC 7946 Point features ([longitude, latitude]); events without coordinates are left out,
    and so are those outside Syria unless `abroad`."""
    stats = ExportStats()
    features = []
    for row in rows:
        lon, lat = row["longitude"], row["latitude"]
        if lon == "" or lat == "" or lon is None or lat is None:
            stats.no_coordinates += 1
            continue
        if not abroad and row["country"] not in ("", THEATRE_COUNTRY):
            stats.outside_theatre += 1
            continue
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append(
            {
                "type": "Feature",
                "id": row["event_id"],
                "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                "properties": props,
            }
        )
    stats.written = len(features)
    return features, stats


def write_geojson(rows: list[dict[str, Any]], out: IO[str], *, abroad: bool = False) -> ExportStats:
    features, stats = geojson_features(rows, abroad=abroad)
    collection = {"type": "FeatureCollection", "features": features}
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return stats


def jsonl_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a nested JSON object: the event, its place, judgement, incident, document."""
    return {
        "event_id": row["event_id"],
        "type": row["hudna_type"],
        "actors": [a for a in row["actor1_id"].split(";") if a],
        "target": row["actor2_id"] or None,
        "asserted_by": row["asserted_by"] or None,
        "negated": row["negated"],
        "date": row["hudna_date"] or None,
        "date_precision": row["date_precision"] or None,
        "date_source": row["date_source"],
        "fatalities": row["fatalities"] or None,
        "place": {
            "id": row["place_id"] or None,
            "name": row["location"] or None,
            "name_ar": row["location_ar"] or None,
            "admin1": row["admin1_id"] or None,
            "country": row["country"] or None,
            "lat": row["latitude"] if row["latitude"] != "" else None,
            "lon": row["longitude"] if row["longitude"] != "" else None,
        },
        "judgement": {
            "status": row["judgement_status"],
            "rule": row["judgement_rule"],
            "truce": row["judgement_truce"] or None,
            "grave": row["judgement_grave"],
            "explanation_en": row["judgement_explanation"],
        }
        if row["judgement_rule"]
        else None,
        "incident": {
            "id": row["incident_id"],
            "grade": row["incident_grade"],
            "grade_reason": row["incident_grade_reason"],
            "sources": [s for s in row["source"].split("; ") if s],
            "source_count": row["source_count"],
        }
        if row["incident_id"]
        else None,
        "acled": {
            "event_date": row["event_date"] or None,
            "time_precision": row["time_precision"] or None,
            "disorder_type": row["disorder_type"],
            "event_type": row["event_type"],
            "sub_event_type": row["sub_event_type"],
            "geo_precision": row["geo_precision"] or None,
        },
        "evidence": {
            "text": row["evidence_text"],
            "span": [row["evidence_start"], row["evidence_end"]],
        },
        "document": {
            "id": row["document_id"],
            "title": row["document_title"] or None,
            "outlet": row["outlet"] or None,
            "url": row["document_url"] or None,
            "published": row["published"] or None,
            "language": row["language"] or None,
            "synthetic": row["synthetic"],
        },
    }


def iter_jsonl(rows: list[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(jsonl_record(row), ensure_ascii=False) + "\n"


def write_jsonl(rows: list[dict[str, Any]], out: IO[str]) -> ExportStats:
    for line in iter_jsonl(rows):
        out.write(line)
    return ExportStats(written=len(rows))


def export(
    store: Store,
    fmt: str,
    out: IO[str],
    *,
    hxl: bool = False,
    abroad: bool = False,
    **options: Any,
) -> ExportStats:
    """Write the events in `fmt` (csv, geojson or jsonl) to the text stream `out`."""
    if fmt not in EXPORT_FORMATS:
        raise ReportInputError(f"unknown export format {fmt!r} (csv, geojson or jsonl)")
    if hxl and fmt != "csv":
        raise ReportInputError("--hxl applies to CSV only")
    rows = export_rows(store, **options)
    if fmt == "csv":
        return write_csv(rows, out, hxl=hxl)
    if fmt == "geojson":
        return write_geojson(rows, out, abroad=abroad)
    return write_jsonl(rows, out)


def export_text(store: Store, fmt: str, **options: Any) -> str:
    """The export as one string (for tests and small stores)."""
    buf = io.StringIO(newline="")
    export(store, fmt, buf, **options)
    return buf.getvalue()


__all__ = [
    "ACLED_TYPES",
    "COLUMNS",
    "COLUMN_TAGS",
    "EXPORT_FORMATS",
    "GEO_PRECISION",
    "HXL_TAGS",
    "SYRIA_BBOX",
    "TIME_PRECISION",
    "ExportStats",
    "acled_date",
    "acled_types",
    "events_frame",
    "export",
    "export_rows",
    "export_text",
    "geojson_features",
    "iter_jsonl",
    "jsonl_record",
    "write_csv",
    "write_geojson",
    "write_jsonl",
]
