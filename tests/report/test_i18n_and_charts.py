"""The report's words (data file), Markdown escaping, the chart font, the map projection, docs."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from hudna.models import EVENT_TYPES, CommitmentState, Grade, JudgementStatus
from hudna.report.export import COLUMN_TAGS
from hudna.report.i18n import Messages, governorates, load_boundaries, load_messages
from hudna.report.maps import project, rings
from hudna.report.render import md_escape, md_table

DOCS = Path(__file__).resolve().parents[2] / "docs" / "reports.md"


def test_every_message_has_arabic_and_english() -> None:
    messages = load_messages()
    assert set(messages["event_types"]) == set(EVENT_TYPES)
    assert set(messages["statuses"]) == {*get_args(JudgementStatus), "unjudged"}
    assert set(messages["grades"]) == {*get_args(Grade), "ungraded"}
    assert set(messages["commitment_states"]) == {*get_args(CommitmentState), "unknown"}
    ar, en = Messages("ar"), Messages("en")
    assert ar("title") == "تقرير المساءلة عن الهدنة"
    assert en("map_no_location", n=3) == "Incidents without a known location: 3"
    assert ar.status("violation") == "خرق" and en.grade(None) == "ungraded"


def test_every_template_message_exists() -> None:
    import re

    messages = load_messages()
    templates = Path(__file__).resolve().parents[2] / "src" / "hudna" / "report" / "templates"
    used = set()
    for path in templates.glob("*.j2"):
        used |= set(re.findall(r'msg\("([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= set(messages), used - set(messages)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("a | b", r"a \| b"),
        ("*bold* and [link](x)", r"\*bold\* and \[link\](x)"),
        ("# heading", r"\# heading"),
        ("1. not a list", r"1\. not a list"),
        ("two\nlines", "two lines"),
        ("003_50da22164150d52a", "003_50da22164150d52a"),  # intraword _ is not emphasis
        ("_emph_", r"\_emph\_"),
        ("قصف «حلب»", "قصف «حلب»"),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_md_table_escapes_cells() -> None:
    table = md_table(["a|b", "n"], [["<x>", 1]], [False, True])
    assert str(table).splitlines() == [r"| a\|b | n |", "| --- | ---: |", r"| \<x\> | 1 |"]


def test_chart_font_has_arabic_glyphs() -> None:
    from hudna.report.charts import arabic_font, has_glyphs

    font = arabic_font()
    if font is None:
        pytest.skip("no font with Arabic glyphs installed: run `make sysdeps`")
    assert has_glyphs(font.path, "الحكومة السورية")
    assert font.family in ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic") or font.family


def test_boundaries_project_inside_syria() -> None:
    data = load_boundaries()
    assert len(data["features"]) == 14 == len(governorates())
    for feature in data["features"]:
        for ring in rings(feature["geometry"]):
            for lon, lat in ring:
                x, y = project(lon, lat)
                assert 35.5 <= lon <= 42.5 and 32.0 <= lat <= 37.5
                assert x < lon and y == lat  # x is shrunk by cos(35°)


def test_docs_describe_every_export_column_and_tag() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for column, tag in COLUMN_TAGS:
        assert f"`{column}`" in text, column
        assert f"`{tag}`" in text, tag
    for word in ("hudna report", "hudna export", "--hxl", "--excel", "geo_precision", "ACLED"):
        assert word in text
