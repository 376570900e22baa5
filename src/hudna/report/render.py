"""Render a `ReportContext` as HTML (self-contained, charts embedded) or Markdown.

HTML goes through Jinja2 with autoescape on; Markdown through Jinja2 with `md_escape` as the
environment's `finalize`, so every printed value is escaped unless we built it ourselves (tables,
marked with `Markup`). The PDF (pdf.py) is the HTML handed to WeasyPrint.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from hudna.report.context import ReportContext
from hudna.report.i18n import TEMPLATES, Names

STATEMENTS_SHOWN = 8
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|~&]|(?<![^\W_])_|_(?![^\W_]))")
_MD_LINE_START = re.compile(r"^(\s*)([-+=#]|\d+(?=[.)]))")


def md_escape(value: Any) -> str:
    """Text safe to put anywhere in a Markdown line: markup characters escaped, one line."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = re.sub(r"\s+", " ", str(value))
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match[str]) -> str:
    lead, mark = m.group(1), m.group(2)
    if mark[0].isdigit():  # "1." starts an ordered list: escape the dot, not the digit
        return f"{lead}{mark}\\"
    return f"{lead}\\{mark}"


def md_table(head: Sequence[Any], rows: Sequence[Sequence[Any]], numeric: Sequence[bool]) -> Markup:
    """A GitHub-style Markdown table with every cell escaped."""
    lines = [
        "| " + " | ".join(md_escape(h) or " " for h in head) + " |",
        "| " + " | ".join("---:" if n else "---" for n in numeric) + " |",
    ]
    lines += ["| " + " | ".join(md_escape(c) or " " for c in row) + " |" for row in rows]
    return Markup("\n".join(lines))


def textdir(lang: str | None) -> str:
    return "rtl" if lang == "ar" else "ltr"


@lru_cache(maxsize=2)
def environment(kind: str) -> Environment:
    if kind == "html":
        return Environment(
            loader=FileSystemLoader(str(TEMPLATES)),
            autoescape=select_autoescape(["html", "html.j2", "j2"], default=True),
            undefined=StrictUndefined,
        )
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        finalize=md_escape,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def data_uri(content: bytes, mime: str) -> Markup:
    return Markup(f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}")


def render_html(ctx: ReportContext, *, charts: bool = True) -> str:
    """The report as one HTML page; charts and map are embedded as SVG data URIs."""
    trend_uri = map_uri = None
    if charts:
        from hudna.report.charts import trend_svg
        from hudna.report.maps import map_svg

        trend_uri = data_uri(trend_svg(ctx), "image/svg+xml")
        map_uri = data_uri(map_svg(ctx, Names(ctx.lang, ctx.theatre)), "image/svg+xml")
    template = environment("html").get_template("report.html.j2")
    return template.render(
        ctx=ctx,
        msg=ctx.msg,
        lang=ctx.lang,
        dir=ctx.dir,
        textdir=textdir,
        trend_uri=trend_uri,
        map_uri=map_uri,
        limit=STATEMENTS_SHOWN,
    )


def render_markdown(ctx: ReportContext) -> str:
    """The report as Markdown: the same sections, with tables in place of the chart and map."""
    msg = ctx.msg
    names = Names(ctx.lang, ctx.theatre)
    summary = md_table(
        [
            msg("summary_table_party"),
            msg("summary_table_incidents"),
            msg("summary_table_violations"),
            msg("summary_table_accused_by"),
            msg("summary_table_accused"),
            msg("summary_table_commitments"),
        ],
        [
            [
                p.name,
                len(p.incidents),
                p.n_violations,
                len(p.accusations_by),
                len(p.accusations_against),
                p.commitment_counts["made"],
            ]
            for p in ctx.parties
        ],
        [False, True, True, True, True, True],
    )
    weekly = md_table(
        [msg("trend_week"), *(name for _, name, _ in ctx.weekly.series)],
        [
            [week.isoformat(), *(counts[n] for _, _, counts in ctx.weekly.series)]
            for n, week in enumerate(ctx.weekly.weeks)
        ],
        [False, *(True for _ in ctx.weekly.series)],
    )
    govs = sorted(ctx.map.counts.items(), key=lambda kv: (-kv[1], kv[0]))
    governorate_table = md_table(
        [msg("governorate"), msg("summary_table_incidents")],
        [[names.governorate(g), n] for g, n in govs],
        [False, True],
    )
    type_gov = {
        p.id: md_table(
            [msg("type"), *p.by_type_gov.columns, msg("total")],
            [
                *(
                    [label, *(n or "" for n in cells), total]
                    for label, cells, total in p.by_type_gov.rows
                ),
                [msg("total"), *p.by_type_gov.column_totals, p.by_type_gov.total],
            ],
            [False, *(True for _ in p.by_type_gov.columns), True],
        )
        for p in ctx.parties
    }
    sources = md_table(
        [
            msg("sources_outlet"),
            msg("sources_documents"),
            msg("sources_languages"),
            msg("sources_synthetic"),
        ],
        [
            [
                s.outlet,
                s.documents,
                ", ".join(s.languages),
                msg("word_yes" if s.synthetic else "word_no"),
            ]
            for s in ctx.sources
        ],
        [False, True, False, False],
    )
    sep = "، " if ctx.lang == "ar" else ", "

    def pairs(items: list[tuple[str, int]]) -> Markup:
        if not items:
            return Markup(md_escape(msg("none")))
        return Markup(" · ".join(f"{md_escape(label)} {n}" for label, n in items))

    template = environment("md").get_template("report.md.j2")
    text = template.render(
        ctx=ctx,
        msg=msg,
        lang=ctx.lang,
        sep=sep,
        summary_table=summary,
        weekly_table=weekly,
        governorate_table=governorate_table,
        type_gov_tables=type_gov,
        sources_table=sources,
        pairs=pairs,
        limit=STATEMENTS_SHOWN,
    )
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


__all__ = ["environment", "md_escape", "md_table", "render_html", "render_markdown", "textdir"]
