"""The accountability report: its data per party, HTML and Markdown in both languages, the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hudna.cli.main import app
from hudna.report import build_report, gather
from hudna.report.context import ReportContext
from hudna.report.pdf import html_to_pdf, weasyprint_status
from hudna.report.render import render_html, render_markdown
from hudna.store import Store

runner = CliRunner()
PERIOD = {"theatre": "syria-2016", "date_from": "2016-07-01", "date_to": "2016-09-30"}


@pytest.fixture(scope="module")
def ctx_ar(staged_store: Store) -> ReportContext:
    return gather(staged_store, lang="ar", **PERIOD)


@pytest.fixture(scope="module")
def ctx_en(staged_store: Store) -> ReportContext:
    return gather(staged_store, lang="en", **PERIOD)


@pytest.fixture(scope="module")
def html_ar(ctx_ar: ReportContext, artifacts: Path) -> str:
    html = render_html(ctx_ar)
    (artifacts / "report-ar.html").write_text(html, encoding="utf-8")
    return html


@pytest.fixture(scope="module")
def html_en(ctx_en: ReportContext, artifacts: Path) -> str:
    html = render_html(ctx_en)
    (artifacts / "report-en.html").write_text(html, encoding="utf-8")
    return html


def party(ctx: ReportContext, pid: str):  # type: ignore[no-untyped-def]
    return next(p for p in ctx.parties if p.id == pid)


# -- the data ----------------------------------------------------------------------------------


def test_people_roll_up_into_their_party_and_stay_speakers(ctx_en: ReportContext) -> None:
    ids = [p.id for p in ctx_en.parties]
    assert "SYR_GOV" in ids and "RUS" in ids and "USA" in ids
    assert not {"kerry", "lavrov", "putin", "assad"} & set(ids)
    usa, rus = party(ctx_en, "USA"), party(ctx_en, "RUS")
    assert "John Kerry" in usa.persons
    assert "Sergey Lavrov" in rus.persons
    assert {"John Kerry"} <= {s.speaker for s in usa.statements_by}
    assert {"Sergey Lavrov"} <= {s.speaker for s in rus.statements_by}


def test_hostile_incidents_by_type_governorate_grade_and_status(ctx_en: ReportContext) -> None:
    gov = party(ctx_en, "SYR_GOV")
    assert gov.incidents and gov.n_violations >= 1
    tab = gov.by_type_gov
    assert tab.total == len(gov.incidents) == sum(total for _, _, total in tab.rows)
    assert sum(tab.column_totals) == tab.total
    assert "Idlib" in tab.columns
    grades = dict(gov.by_grade)
    assert grades.get("confirmed") == 1 and grades.get("ungraded")
    statuses = dict(gov.by_status)
    assert statuses.get("violation", 0) == gov.n_violations
    khan = next(i for i in gov.incidents if i.key == "inc-khan-shaykhun-2016-08-17")
    assert khan.linked and khan.grade == "confirmed" and khan.n_reports >= 3
    assert khan.quotes and all(q.text for q in khan.quotes)
    # the top incidents put violations first
    assert gov.top_incidents[0].status == "violation"


def test_every_incident_falls_in_the_period(ctx_en: ReportContext) -> None:
    assert ctx_en.incidents
    assert all(ctx_en.date_from <= i.date <= ctx_en.date_to for i in ctx_en.incidents if i.date)
    assert sum(ctx_en.map.counts.values()) <= len(ctx_en.incidents)
    assert ctx_en.map.counts.get("aleppo_gov", 0) >= 5


def test_commitments_use_the_status_table(ctx_en: ReportContext) -> None:
    gov = party(ctx_en, "SYR_GOV")
    counts = gov.commitment_counts
    assert counts["made"] >= 2 and counts["overdue"] >= 1
    assert counts["made"] == counts["kept"] + counts["overdue"] + counts["pending"]
    overdue = next(c for c in gov.commitments if c.state == "overdue")
    assert "Castello" in overdue.reason


def test_without_later_stages_counts_fall_back(bare_store: Store) -> None:
    """Each later stage that has not filled its table leaves a clear fallback, not an error."""
    ctx = gather(bare_store, lang="en", **PERIOD)
    md = render_markdown(ctx)
    if not ctx.linked:
        assert all(i.grade == "ungraded" and not i.linked for i in ctx.incidents)
        assert "Incident linking has not been run" in md
    if not ctx.judged:
        assert all(i.status == "unjudged" for i in ctx.incidents)
        assert "No truce judgements are stored" in md
    if not ctx.tracked:
        for p in ctx.parties:
            assert p.commitment_counts["pending"] == p.commitment_counts["made"]
            assert all(c.state_label == "pending/unknown" for c in p.commitments)
        assert "Commitment tracking has not been run" in md
    if ctx.linked and ctx.judged and ctx.tracked:
        pytest.skip("every later stage already fills its table during ingest")


def test_accusations_by_and_against(ctx_en: ReportContext) -> None:
    made = sum(len(p.accusations_by) for p in ctx_en.parties)
    received = sum(len(p.accusations_against) for p in ctx_en.parties)
    assert made >= 1 and received >= 1


def test_party_filter_limits_sections(staged_store: Store) -> None:
    ctx = gather(staged_store, lang="en", parties=["kerry", "TUR"], **PERIOD)
    assert {p.id for p in ctx.parties} == {"TUR", "USA"}  # kerry selects his party


# -- HTML and Markdown -------------------------------------------------------------------------


def test_arabic_html_is_rtl_with_arabic_names_and_escaped(html_ar: str) -> None:
    assert '<html lang="ar" dir="rtl">' in html_ar
    assert "Noto Naskh Arabic" in html_ar
    for name in ("الحكومة السورية", "روسيا", "تركيا", "جون كيري", "محافظة إدلب"):
        assert name in html_ar, name
    assert "تقرير المساءلة عن الهدنة" in html_ar
    assert "<script" not in html_ar and "<img src=x" not in html_ar and "<b>Evil" not in html_ar
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html_ar
    assert "&lt;b&gt;Evil Outlet&lt;/b&gt;" in html_ar
    assert "javascript:" not in html_ar
    assert html_ar.count("data:image/svg+xml;base64,") == 2  # the chart and the map
    assert "http://" not in html_ar and "https://" not in html_ar.replace(
        "https://example", ""
    )  # nothing to fetch
    assert "تجريبية" in html_ar  # the synthetic-corpus warning


def test_english_html(html_en: str) -> None:
    assert '<html lang="en" dir="ltr">' in html_en
    assert "Syrian government" in html_en and "Truce accountability report" in html_en
    assert "<script" not in html_en
    assert "synthetic documents" in html_en
    assert "Methodology" in html_en and "Natural Earth" in html_en


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_markdown_both_languages_escaped(
    ctx_ar: ReportContext, ctx_en: ReportContext, lang: str, artifacts: Path
) -> None:
    ctx = ctx_ar if lang == "ar" else ctx_en
    md = render_markdown(ctx)
    (artifacts / f"report-{lang}.md").write_text(md, encoding="utf-8")
    assert md.startswith("# ")
    assert re.search(r"(?<!\\)<", md) is None  # no unescaped "<" at all
    assert r"\<script\>alert" in md
    assert r"\<b\>Evil Outlet\</b\> \| \*bold\*" in md
    name = "الحكومة السورية" if lang == "ar" else "Syrian government"
    assert f"### {name}" in md
    assert "| --- |" in md  # tables
    assert "\n\n\n" not in md


# -- PDF ---------------------------------------------------------------------------------------


def test_pdf_renders_arabic_shaped_with_chart_and_map(html_ar: str, artifacts: Path) -> None:
    ok, reason = weasyprint_status()
    if not ok:
        pytest.skip(reason)
    pdf = html_to_pdf(html_ar)
    assert pdf.startswith(b"%PDF")
    path = artifacts / "report-ar.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftotext, pdftoppm) not installed: run `make sysdeps`")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    for name in ("الحكومة السورية", "روسيا", "تقرير المساءلة عن الهدنة"):
        assert name in text, name
    assert "<script>" in text  # the hostile title is shown as text, not taken as markup
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(path),
            str(artifacts / "report-ar-page1"),
        ],
        check=True,
    )
    png = artifacts / "report-ar-page1.png"
    assert png.stat().st_size > 10_000
    # the chart's and the map's reds are on page 1 (the text is black on white)
    from matplotlib.image import imread

    pixels = imread(str(png))[..., :3]
    reddish = ((pixels[..., 0] > 0.55) & (pixels[..., 1] < 0.35) & (pixels[..., 2] < 0.35)).sum()
    orange = (
        (pixels[..., 0] > 0.9)
        & (pixels[..., 1] > 0.55)
        & (pixels[..., 1] < 0.8)
        & (pixels[..., 2] < 0.45)
    ).sum()
    assert reddish > 200 and orange > 50


def test_pdf_never_fetches_remote_resources() -> None:
    ok, reason = weasyprint_status()
    if not ok:
        pytest.skip(reason)
    html = (
        '<html><body><p>x</p><img src="http://192.0.2.1/x.png">'
        '<link rel="stylesheet" href="http://192.0.2.1/x.css"></body></html>'
    )
    assert html_to_pdf(html).startswith(b"%PDF")  # refused at once, no timeout


# -- CLI ---------------------------------------------------------------------------------------


def test_cli_report_markdown_and_html(bare_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = runner.invoke(
        app,
        [
            "report",
            "--db",
            str(bare_db),
            "--lang",
            "ar",
            "--format",
            "md",
            "--output",
            str(out),
            "--from",
            "2016-09-01",
            "--to",
            "2016-09-30",
        ],
    )
    assert result.exit_code == 0, result.output
    md = out.read_text(encoding="utf-8")
    assert "الفترة من 2016-09-01 إلى 2016-09-30" in md
    result = runner.invoke(app, ["report", "--db", str(bare_db), "--format", "html"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!doctype html>")


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "fr"],
        ["--format", "docx"],
        ["--from", "July"],
        ["--from", "2016-09-30", "--to", "2016-07-01"],
    ],
)
def test_cli_report_rejects_bad_options(bare_db: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["report", "--db", str(bare_db), *args])
    assert result.exit_code == 2
    assert "error" in result.stderr


def test_build_report_formats(staged_store: Store) -> None:
    md = build_report(staged_store, lang="en", fmt="md", **PERIOD)
    assert md.decode("utf-8").startswith("# Truce accountability report")


@pytest.mark.parametrize("command", ["report", "export"])
def test_commands_have_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
