"""Exports: ACLED-style CSV (+ HXL), GeoJSON that GIS tools open, JSON Lines, the DataFrame."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from hudna.cli.main import app
from hudna.models import EVENT_TYPES
from hudna.report.export import (
    ACLED_TYPES,
    COLUMNS,
    HXL_TAGS,
    SYRIA_BBOX,
    acled_date,
    acled_types,
    events_frame,
    export_rows,
    export_text,
)
from hudna.store import Store
from hudna.store import schema as t

runner = CliRunner()
ACLED_COLUMNS = [
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_count",
    "notes",
    "fatalities",
]
HUDNA_COLUMNS = [
    "event_id",
    "document_id",
    "judgement_status",
    "judgement_rule",
    "incident_grade",
    "evidence_text",
]


def count_events(store: Store, *, negated: bool | None = None) -> int:
    query = select(func.count()).select_from(t.events)
    if negated is not None:
        query = query.where(t.events.c.negated.is_(negated))
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def test_csv_loads_in_pandas_with_the_acled_columns(staged_store: Store) -> None:
    text = export_text(staged_store, "csv")
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS)
    assert set(ACLED_COLUMNS + HUDNA_COLUMNS) <= set(frame.columns)
    assert len(frame) == count_events(staged_store, negated=False)
    assert frame["event_id"].is_unique
    assert set(frame["time_precision"]) <= {"1", "2", "3", ""}
    assert set(frame["geo_precision"]) <= {"1", "2", "3", ""}
    assert "Explosions/Remote violence" in set(frame["event_type"])
    khan = frame[frame["incident_id"] == "inc-khan-shaykhun-2016-08-17"]
    assert len(khan) >= 3 and set(khan["incident_grade"]) == {"confirmed"}
    assert set(khan["source_count"]) == {"2"}
    # the evidence text survives CSV quoting exactly (commas, quotes, Arabic, newlines)
    rows = {r["event_id"]: r for r in export_rows(staged_store)}
    for _, row in frame.iterrows():
        assert row["evidence_text"] == rows[row["event_id"]]["evidence_text"]


def test_csv_with_hxl_has_hashtags_in_the_second_row(staged_store: Store) -> None:
    text = export_text(staged_store, "csv", hxl=True)
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == list(COLUMNS)
    tags = lines[1]
    assert all(tag.startswith("#") for tag in tags)
    tag_of = dict(zip(lines[0], tags, strict=True))
    assert tag_of["event_date"].startswith("#date")
    assert tag_of["event_type"] == "#event+type"
    assert tag_of["actor1"].startswith("#actor+name")
    assert tag_of["admin1"] == "#adm1+name"
    assert tag_of["location"] == "#loc+name"
    assert tag_of["latitude"] == "#geo+lat" and tag_of["longitude"] == "#geo+lon"
    assert tag_of["source"] == "#meta+source"
    assert tag_of["fatalities"] == "#affected+killed"
    data = pd.read_csv(io.StringIO(text), skiprows=[1], dtype=str, keep_default_na=False)
    assert len(data) == count_events(staged_store, negated=False)


def test_geojson_is_an_rfc7946_feature_collection_in_syria(staged_store: Store) -> None:
    collection = json.loads(export_text(staged_store, "geojson"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert features
    lon_min, lat_min, lon_max, lat_max = SYRIA_BBOX
    for feature in features:
        assert feature["type"] == "Feature"
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]  # RFC 7946: longitude first
        assert lon_min <= lon <= lon_max and lat_min <= lat <= lat_max, feature["id"]
        props = feature["properties"]
        assert props["event_id"] == feature["id"]
        assert {"event_type", "admin1", "judgement_status", "incident_grade"} <= set(props)
        assert "latitude" not in props  # the geometry holds the coordinates
    abroad = json.loads(export_text(staged_store, "geojson", abroad=True))["features"]
    assert len(abroad) > len(features)  # Geneva, Moscow, Beirut ... when asked for


def test_cli_geojson_counts_what_it_leaves_out(bare_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    result = runner.invoke(
        app, ["export", "--db", str(bare_db), "--format", "geojson", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "without coordinates omitted" in result.stderr
    assert "outside Syria omitted" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_jsonl_lines_parse_with_judgement_and_grade(staged_store: Store) -> None:
    lines = export_text(staged_store, "jsonl").splitlines()
    assert len(lines) == count_events(staged_store, negated=False)
    records = [json.loads(line) for line in lines]
    assert all(
        {"event_id", "type", "judgement", "incident", "evidence", "document"} <= set(r)
        for r in records
    )
    assert any(r["judgement"] and r["judgement"]["status"] == "violation" for r in records)
    graded = [r for r in records if r["incident"]]
    assert graded and {r["incident"]["grade"] for r in graded} >= {"confirmed"}
    assert all(r["evidence"]["text"] for r in records)


def test_events_frame_has_one_row_per_event(staged_store: Store) -> None:
    frame = events_frame(staged_store)
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == count_events(staged_store, negated=False)
    assert frame["event_id"].is_unique
    assert frame["latitude"].dtype.kind == "f"
    everything = events_frame(staged_store, include_negated=True)
    assert len(everything) == count_events(staged_store)


def test_date_filter(staged_store: Store) -> None:
    frame = events_frame(staged_store, date_from="2016-09-12", date_to="2016-09-19")
    assert len(frame) > 0
    dates = frame.loc[frame["time_precision"] == 1, "event_date"]
    assert all("2016-09-12" <= d <= "2016-09-19" for d in dates)
    assert len(frame) < len(events_frame(staged_store))


def test_cli_csv_excel_has_a_bom_and_hxl(bare_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(
        app,
        [
            "export",
            "--db",
            str(bare_db),
            "--format",
            "csv",
            "--hxl",
            "--excel",
            "-o",
            str(out),
            "--from",
            "2016-07-01",
            "--to",
            "2016-09-30",
        ],
    )
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("event_id,event_date") and lines[1].startswith("#event+id,#date")


def test_cli_jsonl_to_stdout(bare_db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(bare_db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert all(json.loads(line)["event_id"] for line in result.stdout.splitlines())


@pytest.mark.parametrize("args", [["--format", "xlsx"], ["--format", "jsonl", "--hxl"]])
def test_cli_export_rejects_bad_options(bare_db: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["export", "--db", str(bare_db), *args])
    assert result.exit_code == 2


def test_acled_mapping_covers_every_event_type() -> None:
    assert set(ACLED_TYPES) == set(EVENT_TYPES)
    assert acled_types("AIRSTRIKE", None)[1:] == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_types("SHELLING", None)[2] == "Shelling/artillery/missile attack"
    assert acled_types("CHEMICAL", None)[2] == "Chemical weapon"
    assert acled_types("ATTACK", "SYR_GOV")[1:] == ("Battles", "Armed clash")
    assert acled_types("ATTACK", "civilians")[1:] == ("Violence against civilians", "Attack")
    assert acled_types("AGREE", None)[1:] == ("Strategic developments", "Agreement")
    assert set(HXL_TAGS) == set(COLUMNS)


def test_acled_time_precision() -> None:
    import datetime as dt

    day = dt.date(2016, 9, 1)
    assert acled_date(day, "day", "event") == ("2016-09-01", 1)
    assert acled_date(day, "month", "event") == ("2016-09-15", 3)  # ACLED codes months mid-month
    assert acled_date(day, "day", "published") == ("2016-09-01", 2)
    assert acled_date(day, "year", "event") == ("", "")
    assert acled_date(None, None, "none") == ("", "")
