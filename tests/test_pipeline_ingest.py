"""ingest_paths over the seeds and the demo corpus: every report in, none twice, failures counted."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import feedparser
import pytest

from hudna.data import data_path
from hudna.extract.pipeline import Extractor
from hudna.pipeline import count_files, ingest_paths
from hudna.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
DEMO = data_path("corpus", "demo")
SEED_NAMES = ("000_90ba3c5774616069.txt", "003_50da22164150d52a.txt")
SUMMARY_RE = re.compile(r"^ingested (\d+) · duplicates (\d+) · failed (\d+)$")


@pytest.fixture(scope="module")
def seed_paths() -> list[Path]:
    for folder in (REPO.parent / "shared" / "seeds", data_path("corpus", "seeds")):
        paths = [folder / name for name in SEED_NAMES]
        if all(p.is_file() for p in paths):
            return paths
    pytest.skip("seed articles not found (expected ../shared/seeds next to the repository)")


@pytest.fixture(scope="module")
def pipeline_extractor() -> Extractor:
    return Extractor()


def _demo_report_count() -> int:
    """Reports in the demo folder, counted from the files themselves."""
    jsonl = sum(
        1
        for line in (DEMO / "synthetic.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    feed_items = sum(len(feedparser.parse(p.read_bytes()).entries) for p in DEMO.glob("*.xml"))
    pages = len(list(DEMO.glob("*.html")))
    texts = len(list(DEMO.glob("*.txt")))
    assert (jsonl, feed_items, pages, texts) == (24, 3, 2, 2)
    return jsonl + feed_items + pages + texts


def _summary(line: str) -> tuple[int, int, int]:
    m = SUMMARY_RE.match(line)
    assert m, line
    return int(m[1]), int(m[2]), int(m[3])


def test_seeds_and_demo_corpus_ingest_completely_and_only_once(
    tmp_path: Path, seed_paths: list[Path], pipeline_extractor: Extractor
) -> None:
    store = open_store(tmp_path / "hudna.db")
    paths = [*seed_paths, DEMO]
    expected = _demo_report_count() + len(seed_paths)
    assert expected == 33

    calls: list[int] = []
    first = ingest_paths(store, paths, extractor=pipeline_extractor, progress=calls.append)
    assert first.failures == []
    assert len(first.ingested) == expected
    assert first.duplicates == []
    assert _summary(first.summary_line()) == (expected, 0, 0)
    assert first.summary_line() == "ingested 33 · duplicates 0 · failed 0"
    assert store.count_documents() == expected
    # one progress tick per file: 2 seeds + 6 demo files (README.md and MANIFEST.json passed over)
    assert calls == [1] * count_files(paths) and len(calls) == 8

    ids = set(first.ingested)
    assert {p.stem for p in seed_paths} <= ids
    assert {"report-aleppo", "report-madaya", "sana-style-cp1256", "monitor-utf16"} <= ids
    assert {f"demo-{n:03d}" for n in (1, 2, 22, 30)} <= ids
    assert sum(1 for i in ids if i.startswith("levant-wire-")) == 3
    assert store.summary()["languages"] == {"ar": 22, "en": 11}  # 20 + 2 seeds, 11 English

    second = ingest_paths(store, paths, extractor=pipeline_extractor)
    assert second.ingested == []
    assert len(second.duplicates) == expected
    assert second.failures == []
    assert second.summary_line() == "ingested 0 · duplicates 33 · failed 0"
    assert store.count_documents() == expected


def test_stored_text_is_the_original_and_raw_is_verbatim(
    tmp_path: Path, seed_paths: list[Path], pipeline_extractor: Extractor
) -> None:
    store = open_store(tmp_path / "hudna.db")
    report = ingest_paths(
        store,
        [seed_paths[1], DEMO / "sana-style-cp1256.txt", DEMO / "monitor-utf16.txt"],
        extractor=pipeline_extractor,
    )
    assert report.failures == []
    seed = store.document(seed_paths[1].stem, with_raw=True)
    assert seed.text == seed_paths[1].read_text(encoding="utf-8")  # boilerplate is only masked
    assert "+ الخط -" in seed.text
    assert seed.raw == seed_paths[1].read_bytes()
    # the date comes from the text ("27 اغسطس 2016") when the file gives none
    assert (seed.published, seed.published_source) == (dt.date(2016, 8, 27), "text")
    for name, encoding in (("sana-style-cp1256", "cp1256"), ("monitor-utf16", "utf-16")):
        doc = store.document(name, with_raw=True)
        assert doc.encoding == encoding
        assert doc.raw == (DEMO / f"{name}.txt").read_bytes()
    assert store.extraction(seed_paths[1].stem).language == "ar"


def _binary() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) % 256 for i in range(2048))


def test_bad_files_are_counted_and_the_rest_ingested(
    tmp_path: Path, seed_paths: list[Path], pipeline_extractor: Extractor
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copyfile(seed_paths[0], folder / "a-seed.txt")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-blank.txt").write_bytes(b"  \n\t\n")
    (folder / "d-image.txt").write_bytes(_binary())
    (folder / "e-report.docx").write_bytes(b"PK\x03\x04")
    (folder / "README.md").write_text("# batch\n", encoding="utf-8")
    store: Store = open_store(tmp_path / "hudna.db")

    report = ingest_paths(store, [folder, tmp_path / "missing.txt"], extractor=pipeline_extractor)
    assert report.ingested == ["a-seed"]
    assert [f.code for f in report.failures] == [
        "empty",
        "empty",
        "binary",
        "unsupported",
        "not_found",
    ]
    assert report.summary_line() == "ingested 1 · duplicates 0 · failed 5"
    assert store.count_documents() == 1
