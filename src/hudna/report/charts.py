"""Charts for the report (matplotlib → SVG with text drawn as paths, so no font is needed later).

matplotlib ≥ 3.11 shapes Arabic by itself; we only have to give it a font that has the glyphs.
`arabic_font()` finds one through fontconfig (Noto Naskh Arabic, then Amiri, then any font that
declares Arabic) and checks that it really maps the Arabic letters before using it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: charts are files, never windows

from matplotlib import font_manager, rc_context
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font

from hudna.report.context import ReportContext, WeeklySeries

PREFERRED_FAMILIES = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic")
GLYPH_CHECK = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"
FALLBACK_FAMILIES = ("DejaVu Sans",)  # Latin, digits and symbols the Arabic font may lack
PALETTE = ("#b2182b", "#2166ac", "#e08214", "#1b7837", "#762a83", "#4d4d4d", "#8c510a")


@dataclass(frozen=True)
class ChartFont:
    family: str
    path: Path


def has_glyphs(path: Path, text: str = GLYPH_CHECK) -> bool:
    """Whether the font file maps every character of `text` to a real glyph."""
    try:
        font = FT2Font(str(path))
    except (OSError, RuntimeError, ValueError):
        return False
    return all(font.get_char_index(ord(ch)) != 0 for ch in text if not ch.isspace())


def _fc_list(pattern: str) -> list[Path]:
    if shutil.which("fc-list") is None:
        return []
    try:
        out = subprocess.run(
            ["fc-list", pattern, "file"], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    paths = [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]
    # regular faces first, then the rest; skip decorative/colour variants
    paths = [p for p in paths if p.suffix.lower() in (".ttf", ".otf") and "Colored" not in p.name]
    return sorted(paths, key=lambda p: (0 if "Regular" in p.name else 1, p.name))


@lru_cache(maxsize=1)
def arabic_font() -> ChartFont | None:
    """An installed font with Arabic glyphs (via fontconfig), registered with matplotlib."""
    candidates: list[Path] = []
    for family in PREFERRED_FAMILIES:
        candidates += _fc_list(family)
    candidates += _fc_list(":lang=ar")
    if not candidates:  # no fontconfig binary: ask matplotlib's own font list
        candidates = [
            Path(p)
            for p in font_manager.findSystemFonts()
            if any(k in Path(p).name for k in ("Naskh", "Amiri", "Arabic"))
        ]
    for path in dict.fromkeys(candidates):
        if path.exists() and has_glyphs(path):
            font_manager.fontManager.addfont(str(path))
            family = font_manager.FontProperties(fname=str(path)).get_name()
            return ChartFont(family, path)
    return None


@contextmanager
def chart_style(lang: str) -> Iterator[None]:
    """matplotlib settings for one chart: the Arabic font first, text as paths, stable ids."""
    font = arabic_font()
    families = [*([font.family] if font else []), *FALLBACK_FAMILIES]
    with rc_context(
        {
            "font.family": families,
            "font.size": 9,
            "svg.fonttype": "path",
            "svg.hashsalt": "hudna",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.unicode_minus": lang != "ar",
        }
    ):
        yield


def figure_svg(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    return buf.getvalue()


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    return buf.getvalue()


def trend_figure(weekly: WeeklySeries, ctx: ReportContext) -> Figure:
    """Hostile incidents per week, one line per party (the most active ones)."""
    msg = ctx.msg
    fig = Figure(figsize=(7.2, 2.35), layout="constrained")
    ax = fig.add_subplot()
    x = list(range(len(weekly.weeks)))
    for n, (_pid, name, counts) in enumerate(weekly.series):
        ax.plot(
            x,
            counts,
            marker="o",
            markersize=3.5,
            linewidth=1.8,
            color=PALETTE[n % len(PALETTE)],
            label=name,
        )
    ax.set_xticks(x, [w.strftime("%m-%d") for w in weekly.weeks], fontsize=7.5)
    ax.set_xlabel(msg("chart_xlabel"))
    ax.set_ylabel(msg("chart_ylabel"))
    ax.set_title(msg("chart_title"), fontsize=10)
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    if weekly.series:
        ax.legend(fontsize=8, frameon=False, loc="upper left", ncols=2)
    return fig


def trend_svg(ctx: ReportContext) -> bytes:
    with chart_style(ctx.lang):
        return figure_svg(trend_figure(ctx.weekly, ctx))


__all__ = [
    "ChartFont",
    "arabic_font",
    "chart_style",
    "figure_png",
    "figure_svg",
    "has_glyphs",
    "trend_figure",
    "trend_svg",
]
