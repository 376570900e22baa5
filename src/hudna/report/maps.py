"""The incidents map: a choropleth of Syria's governorates plus incident points, as SVG.

No tiles and no GIS library: the shipped Natural Earth admin-1 GeoJSON is projected with a
plain equirectangular projection scaled by cos(35°N) (true shape near Syria's middle latitude)
and drawn with matplotlib, which also shapes the Arabic labels.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from typing import Any

from matplotlib import colormaps, patheffects
from matplotlib.cm import ScalarMappable
from matplotlib.colors import BoundaryNorm
from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from hudna.report.charts import chart_style, figure_svg
from hudna.report.context import MapData, ReportContext
from hudna.report.i18n import Names, load_boundaries

LAT0 = 35.0
KX = math.cos(math.radians(LAT0))
NO_DATA = "#eeeeea"
EDGE = "#7a7a7a"
POINT = "#67001f"


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular, x scaled by cos(35°): degrees in, map units out."""
    return lon * KX, lat


def rings(geometry: dict[str, Any]) -> Iterable[list[list[float]]]:
    """Outer rings of a Polygon or MultiPolygon (holes are not drawn at this scale)."""
    if geometry["type"] == "Polygon":
        yield geometry["coordinates"][0]
    elif geometry["type"] == "MultiPolygon":
        for poly in geometry["coordinates"]:
            yield poly[0]


BREAKS = (1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000)


def _bins(top: int) -> list[int]:
    """Class breaks for the choropleth: 1, 2, 3–4, 5–9, 10–19, ... up to the largest count."""
    bounds = [b for b in BREAKS if b <= top]
    nxt = next((b for b in BREAKS if b > top), top + 1)
    return [*bounds, nxt]


def map_figure(data: MapData, ctx: ReportContext, names: Names) -> Figure:
    msg = ctx.msg
    fig = Figure(figsize=(5.0, 4.2), layout="constrained")
    ax = fig.add_subplot()
    top = max(data.counts.values(), default=0)
    bounds = _bins(max(top, 1))
    cmap = colormaps["YlOrRd"].resampled(len(bounds) - 1)
    norm = BoundaryNorm(bounds, cmap.N)
    boundaries = load_boundaries()
    for feature in boundaries["features"]:
        gid = feature["properties"]["id"]
        count = data.counts.get(gid, 0)
        face = cmap(norm(count)) if count else NO_DATA
        for ring in rings(feature["geometry"]):
            xy = [project(lon, lat) for lon, lat in ring]
            ax.add_patch(Polygon(xy, closed=True, facecolor=face, edgecolor=EDGE, linewidth=0.6))
    # governorate labels at the gazetteer's label points
    for gid in names.governorates:
        entry = names.places.get(gid)
        if entry is None or entry.lat is None or entry.lon is None:
            continue
        x, y = project(entry.lon, entry.lat)
        count = data.counts.get(gid, 0)
        label = names.governorate(gid, short=True) + (f"\n{count}" if count else "")
        ax.text(
            x,
            y,
            label,
            ha="center",
            va="center",
            fontsize=7.5,
            color="#222222",
            linespacing=1.0,
            zorder=4,
            path_effects=[patheffects.withStroke(linewidth=2.2, foreground="white")],
        )
    if data.points:
        xs, ys, sizes = [], [], []
        for lon, lat, n, _name in data.points:
            x, y = project(lon, lat)
            xs.append(x)
            ys.append(y)
            sizes.append(8 + 10 * n)
        ax.scatter(
            xs, ys, s=sizes, color=POINT, alpha=0.5, edgecolors="white", linewidths=0.5, zorder=3
        )
    ax.set_aspect("equal")
    ax.autoscale_view()
    ax.set_axis_off()
    sm = ScalarMappable(norm=norm, cmap=cmap)
    bar = fig.colorbar(sm, ax=ax, shrink=0.55, pad=0.02, location="bottom", aspect=30)
    bar.set_label(msg("map_legend"), fontsize=8)
    bar.set_ticks([(a + b) / 2 for a, b in itertools.pairwise(bounds)])
    bar.set_ticklabels(
        [str(a) if b - a == 1 else f"{a}–{b - 1}" for a, b in itertools.pairwise(bounds)]
    )
    bar.ax.tick_params(labelsize=7)
    ax.set_title(msg("map_title"), fontsize=10)
    return fig


def map_svg(ctx: ReportContext, names: Names) -> bytes:
    with chart_style(ctx.lang):
        return figure_svg(map_figure(ctx.map, ctx, names))


__all__ = ["map_figure", "map_svg", "project", "rings"]
