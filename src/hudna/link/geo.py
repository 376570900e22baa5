"""Where events happened, for linking: gazetteer places as points or governorate-level areas.

A place is a *point* (a town, neighbourhood, venue or region with coordinates), an *area* (a
governorate: only the governorate is known) or unlinkable (a country, or an id the gazetteer does
not know, which still matches itself). Two places are near when they are the same place, two
points within `NEAR_KM` (haversine), or an area and a place of the same governorate (admin1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import overload

from hudna.extract.lexicon import PlaceEntry, load_gazetteer
from hudna.geo import haversine_km

NEAR_KM = 25.0
AREA_KINDS = frozenset({"governorate"})
UNLINKABLE_KINDS = frozenset({"country"})


@dataclass(frozen=True, slots=True)
class Site:
    """One place as linking sees it (coordinates in degrees)."""

    id: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    area: bool = False  # only the governorate is known

    @property
    def is_point(self) -> bool:
        return not self.area and self.lat is not None and self.lon is not None


@dataclass
class Geo:
    """Place ids → `Site`s."""

    sites: dict[str, Site] = field(default_factory=dict)

    @classmethod
    def from_gazetteer(cls, places: Mapping[str, PlaceEntry] | None = None) -> Geo:
        geo = cls()
        for place in (places if places is not None else load_gazetteer()).values():
            if place.kind in UNLINKABLE_KINDS:
                continue
            geo.add(place.id, place.lat, place.lon, place.admin1, area=place.kind in AREA_KINDS)
        return geo

    def add(
        self,
        place_id: str,
        lat: float | None = None,
        lon: float | None = None,
        admin1: str | None = None,
        *,
        area: bool = False,
    ) -> Site:
        site = Site(place_id, lat, lon, admin1, area and admin1 is not None)
        self.sites[place_id] = site
        return site

    @overload
    def site(self, place_id: str) -> Site: ...
    @overload
    def site(self, place_id: None) -> None: ...
    def site(self, place_id: str | None) -> Site | None:
        """The site of `place_id`; an unknown id gets a site that is near only to itself."""
        if place_id is None:
            return None
        return self.sites.get(place_id) or Site(place_id)

    def near(self, a: Site, b: Site) -> bool:
        return self.distance_km(a, b) is not None

    @staticmethod
    def distance_km(a: Site, b: Site) -> float | None:
        """Distance used for linking: 0 for the same place, km between near points,
        `NEAR_KM` for an area and a place of its governorate, None when not near."""
        if a.id == b.id:
            return 0.0
        if (a.area or b.area) and a.admin1 is not None and a.admin1 == b.admin1:
            return NEAR_KM
        if a.is_point and b.is_point:
            km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
            return km if km <= NEAR_KM else None
        return None


@lru_cache(maxsize=1)
def default_geo() -> Geo:
    """The gazetteer's places (cached: do not `add` to it)."""
    return Geo.from_gazetteer()
