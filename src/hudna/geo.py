"""Great-circle distance between two points, shared by extraction (is this place near the
headline's city?) and linking (are two reports near each other?)."""

from __future__ import annotations

import math
from typing import Protocol

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


class Located(Protocol):
    """Anything with a point (a gazetteer place)."""

    @property
    def lat(self) -> float | None: ...

    @property
    def lon(self) -> float | None: ...


def place_km(a: Located, b: Located) -> float:
    """Distance between two places, infinite when either has no point."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)
