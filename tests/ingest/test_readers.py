"""Readers: txt, html, jsonl, rss/xml, directory walks, missing and unsupported files; language."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from hudna.errors import NotFound
from hudna.extract.pipeline import Extractor
from hudna.ingest.language import detect_language
from hudna.ingest.readers import Failure, read_paths
from hudna.models import Document
from hudna.pipeline import ingest_paths
from hudna.store import open_store

ENGLISH_PARAGRAPH = (
    "GENEVA, Sept 9 - The United States and Russia agreed on Friday on a plan to bring about a "
    "ceasefire in Syria starting at sundown on Monday, Secretary of State John Kerry said after "
    "marathon talks with Foreign Minister Sergei Lavrov."
)


def _read(*paths: Path, input_format: str = "auto") -> list[Document | Failure]:
    return list(read_paths(list(paths), input_format))


# -- txt -------------------------------------------------------------------------------------------


def test_txt_seed_becomes_one_document(seed000_path: Path) -> None:
    [doc] = _read(seed000_path)
    assert isinstance(doc, Document)
    raw = seed000_path.read_bytes()
    assert doc.id == "000_90ba3c5774616069"  # the file stem
    assert doc.title == "كيري يلتقي لافروف مجدداً والخطة المشتركة سيتم إعلانها الشهر القادم"
    assert doc.text == raw.decode("utf-8")
    assert doc.raw == raw
    assert doc.encoding == "utf-8"
    assert doc.language == "ar"
    assert doc.source_path == str(seed000_path)
    assert doc.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.published is None  # a .txt carries no metadata; the date comes from extraction


def test_txt_title_is_first_non_empty_line(tmp_path: Path) -> None:
    path = tmp_path / "aleppo-report.txt"
    path.write_text(
        "\n   \n\t\n  Shelling   hits  Aleppo \nResidents said the city was shelled.\n",
        encoding="utf-8",
    )
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.id == "aleppo-report"
    assert doc.title == "Shelling hits Aleppo"  # stripped, inner runs of spaces collapsed
    assert doc.language == "en"


def test_txt_utf16_file_keeps_its_bytes(tmp_path: Path, seed003_path: Path) -> None:
    text = seed003_path.read_text(encoding="utf-8")
    path = tmp_path / "seed-utf16.txt"
    path.write_bytes(text.encode("utf-16"))  # with BOM
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert (doc.text, doc.encoding) == (text, "utf-16")
    assert doc.raw == path.read_bytes()


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "wire.log"
    path.write_text(
        "Truce holds in Aleppo\nNo violations were reported overnight.", encoding="utf-8"
    )
    [unsupported] = _read(path)
    assert isinstance(unsupported, Failure) and unsupported.code == "unsupported"
    [doc] = _read(path, input_format="txt")
    assert isinstance(doc, Document)
    assert doc.title == "Truce holds in Aleppo"


# -- html ------------------------------------------------------------------------------------------


def test_html_article_body_without_page_boilerplate(ingest_data: Path) -> None:
    path = ingest_data / "article-page.html"
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.id == "article-page"
    # the headline, not the <title> element with its "| site name" suffix
    assert doc.title == "قصف مدفعي على أطراف بلدة تجريبية في ريف إدلب"
    assert doc.text.startswith(doc.title)
    assert doc.published == dt.date(2016, 9, 13)
    assert doc.published_source == "given"
    assert doc.outlet == "موقع الاختبار (تجريبي)"
    assert doc.url == "https://example.org/test-site/news/shelling-test"
    assert doc.language == "ar"
    assert doc.raw == path.read_bytes()
    for sentence in (
        "تعرضت أطراف بلدة تجريبية في ريف إدلب الجنوبي",
        "القذائف سقطت قرب مدرسة ابتدائية",
        "ويأتي القصف في اليوم الثاني من الهدنة",
    ):
        assert sentence in doc.text
    for boilerplate in (
        "رياضة",
        "اتصل بنا",
        "أسعار الخضار",
        "كأس الدوري",
        "سياسة الخصوصية",
        "جميع الحقوق محفوظة",
        "أخبار ذات صلة",
    ):
        assert boilerplate not in doc.text


def test_html_published_comes_from_article_published_time(
    ingest_data: Path, tmp_path: Path
) -> None:
    """The page's only machine-readable date is the meta tag: change it and the date follows."""
    html = (ingest_data / "article-page.html").read_text(encoding="utf-8")
    old = 'content="2016-09-13T08:30:00+03:00"'
    assert html.count(old) == 1
    path = tmp_path / "moved.html"
    path.write_text(html.replace(old, 'content="2016-09-11T22:05:00+03:00"'), encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2016, 9, 11)


# -- jsonl -----------------------------------------------------------------------------------------


def test_jsonl_good_lines_load_and_broken_line_fails(ingest_data: Path) -> None:
    path = ingest_data / "reports-one-broken.jsonl"
    results = _read(path)
    assert [type(r).__name__ for r in results] == ["Document", "Document", "Failure", "Document"]
    docs = [r for r in results if isinstance(r, Document)]
    [failure] = [r for r in results if isinstance(r, Failure)]
    assert [d.id for d in docs] == ["jl-001", "jl-002", "jl-004"]
    assert (failure.code, failure.line, failure.source) == ("invalid_json", 3, str(path))
    assert str(failure).startswith(f"{path}:3: invalid_json: ")

    raw_lines = path.read_bytes().split(b"\n")
    for doc, lineno in zip(docs, (1, 2, 4), strict=True):
        assert doc.raw == raw_lines[lineno - 1]  # each document keeps its own line, verbatim
        assert doc.source_path == f"{path}:{lineno}"
        assert doc.text == json.loads(raw_lines[lineno - 1])["text"]
    first, second, fourth = docs
    assert (first.published, first.outlet, first.language) == (
        dt.date(2016, 9, 13),
        "شبكة الاختبار (تجريبي)",
        "ar",
    )
    assert (second.title, second.language) == ("Talks in Geneva end without a deal", "en")
    assert fourth.title == fourth.text.splitlines()[0]  # no title field: the first line
    assert fourth.meta == {"synthetic": True}  # unknown fields are kept in meta


def test_jsonl_broken_line_leaves_nothing_half_written(ingest_data: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "h.db")
    report = ingest_paths(store, [ingest_data / "reports-one-broken.jsonl"], extractor=Extractor())
    assert sorted(report.ingested) == ["jl-001", "jl-002", "jl-004"]
    assert [(f.code, f.line) for f in report.failures] == [("invalid_json", 3)]
    assert store.count_documents() == 3
    with pytest.raises(NotFound):
        store.document("jl-003")
    with store.engine.connect() as conn:
        assert conn.execute(sql("SELECT count(*) FROM blobs")).scalar() == 3
        assert conn.execute(sql("SELECT count(*) FROM documents_fts")).scalar() == 3
    assert {h.id for h in store.search("مكسور")} == set()  # the broken line's words are not indexed


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('["an", "array"]', "invalid_json"),
        ('{"id": "x", "title": "no text"}', "empty"),
        ('{"id": "x", "text": "   "}', "empty"),
        ('{"id": "x", "text": "نص", "published": "12 September"}', "invalid_date"),
        ('{"id": "x", "text": "نص"', "invalid_json"),
    ],
    ids=["array", "no-text", "blank-text", "bad-date", "truncated"],
)
def test_jsonl_bad_line_reports_code_and_line(tmp_path: Path, line: str, code: str) -> None:
    good = json.dumps({"id": "ok", "text": "هدوء حذر في حلب"}, ensure_ascii=False)
    path = tmp_path / "mixed.jsonl"
    path.write_text(f"{good}\n\n{line}\n{good.replace('ok', 'ok2')}\n", encoding="utf-8")
    results = _read(path)
    assert [r.id for r in results if isinstance(r, Document)] == ["ok", "ok2"]
    [failure] = [r for r in results if isinstance(r, Failure)]
    assert (failure.code, failure.line) == (code, 3)  # the blank line 2 still counts


def test_jsonl_without_id_gets_stem_and_line(tmp_path: Path) -> None:
    path = tmp_path / "feed-dump.jsonl"
    path.write_text(
        '{"text": "Clashes near Hama"}\n{"text": "Shelling in Idlib"}\n', encoding="utf-8"
    )
    assert [d.id for d in _read(path) if isinstance(d, Document)] == ["feed-dump-1", "feed-dump-2"]


def test_jsonl_line_with_unicode_line_separator_in_text(tmp_path: Path) -> None:
    first = json.dumps({"id": "a", "text": "سطر أول\u2028سطر ثان"}, ensure_ascii=False)
    second = json.dumps({"id": "b", "text": "نص آخر عن حلب"}, ensure_ascii=False)
    path = tmp_path / "sep.jsonl"
    path.write_text(f"{first}\n{second}\n", encoding="utf-8")
    results = _read(path)
    assert [r.id for r in results if isinstance(r, Document)] == ["a", "b"]
    assert results[1].source_path == f"{path}:2"
    assert results[1].raw == second.encode("utf-8")


# -- rss / xml -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["test-feed.rss", "wire.xml"])
def test_feed_items_become_documents(ingest_data: Path, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copyfile(ingest_data / "test-feed.rss", path)
    docs = _read(path)
    assert all(isinstance(d, Document) for d in docs)
    assert len(docs) == 2
    first, second = docs
    assert [d.title for d in docs] == [
        "Shelling reported near Aleppo as truce enters second day",
        "Aid convoy waits at Turkish border",
    ]
    assert [d.published for d in docs] == [dt.date(2016, 9, 13), dt.date(2016, 9, 14)]
    assert {d.outlet for d in docs} == {"Test Wire (synthetic)"}
    assert first.url == "https://example.org/test-wire/2016/09/13/aleppo-shelling"
    assert first.text.startswith(first.title + "\n\n")
    assert "were shelled for an hour on Tuesday morning" in first.text
    assert "pending permits from Damascus" in second.text
    assert first.id != second.id and all(d.id.startswith(path.stem + "-") for d in docs)
    assert [d.source_path for d in docs] == [f"{path}#1", f"{path}#2"]
    assert all(d.language == "en" and d.raw == path.read_bytes() for d in docs)


def test_feed_item_with_html_description(tmp_path: Path) -> None:
    path = tmp_path / "html-items.rss"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Shelling near Aleppo</title><guid>w-1</guid>"
        "<pubDate>Tue, 13 Sep 2016 11:05:00 +0300</pubDate>"
        "<description>&lt;p&gt;Residents said the city was shelled for an hour.&lt;/p&gt;"
        "&lt;p&gt;No casualties were reported.&lt;/p&gt;</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert "shelled for an hour" in doc.text
    assert "<p>" not in doc.text


def test_unreadable_feed_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b"this is not a feed at all <<<")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert failure.code == "invalid_feed"


def test_xml_that_is_not_a_feed_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text("<html><body><p>Shelling near Aleppo.</p></body></html>", encoding="utf-8")
    results = _read(path)
    assert len(results) == 1 and isinstance(results[0], Failure)


# -- directories, missing and unsupported paths ----------------------------------------------------


def test_directory_walked_recursively_skipping_corpus_docs(
    ingest_data: Path, tmp_path: Path, seed003_path: Path
) -> None:
    root = tmp_path / "corpus"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "README.md").write_text("# A corpus\n", encoding="utf-8")
    (root / "MANIFEST.json").write_text('{"reports": 3}', encoding="utf-8")
    (root / "a" / "notes.yaml").write_text("source: test\n", encoding="utf-8")
    (root / ".cache" / "stale.txt").write_text("hidden, never read", encoding="utf-8")
    shutil.copyfile(seed003_path, root / "a" / "b" / "deep.txt")
    shutil.copyfile(ingest_data / "article-page.html", root / "a" / "page.html")
    (root / "z.txt").write_text("Truce holds\nNo violations overnight.", encoding="utf-8")

    results = _read(root)
    assert all(isinstance(r, Document) for r in results), results
    assert [r.id for r in results] == ["deep", "page", "z"]
    assert results[0].source_path == str(root / "a" / "b" / "deep.txt")


def test_readme_named_explicitly_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text("# not a report\n", encoding="utf-8")
    [failure] = _read(path)
    assert isinstance(failure, Failure) and failure.code == "unsupported"


def test_missing_path_is_not_found(tmp_path: Path, seed000_path: Path) -> None:
    missing = tmp_path / "no-such-report.txt"
    results = _read(missing, seed000_path)
    assert isinstance(results[0], Failure)
    assert (results[0].code, results[0].source) == ("not_found", str(missing))
    assert isinstance(results[1], Document)  # the run goes on


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert failure.code == "unsupported"
    assert ".pdf" in failure.message


# -- language --------------------------------------------------------------------------------------


def test_language_of_arabic_seed(seed003_path: Path) -> None:
    assert detect_language(seed003_path.read_text(encoding="utf-8")) == "ar"


def test_language_of_english_paragraph() -> None:
    assert detect_language(ENGLISH_PARAGRAPH) == "en"


def test_language_of_english_with_arabic_name_is_english() -> None:
    assert detect_language(ENGLISH_PARAGRAPH + " (سيرغي لافروف)") == "en"


def test_language_without_letters_is_unknown() -> None:
    assert detect_language("12/09/2016 — 19:00 ... ٢٠١٦") is None


def test_reader_detects_language_when_jsonl_gives_an_unknown_one(tmp_path: Path) -> None:
    path = tmp_path / "lang.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": ENGLISH_PARAGRAPH, "language": "fr"}) + "\n",
        encoding="utf-8",
    )
    [doc] = _read(path)
    assert isinstance(doc, Document) and doc.language == "en"
