"""Blocking finds exactly the links that comparing all pairs finds, and clusters the same way."""

from __future__ import annotations

import random

import numpy as np
import pytest

from hudna.geo import haversine_km
from hudna.link import blocking
from hudna.link.blocking import EventTable, candidate_links, cluster, naive_links
from hudna.link.geo import Geo, default_geo
from hudna.link.incidents import EventContext
from hudna.link.parties import load_parties

TYPES = ["AIRSTRIKE", "SHELLING", "ATTACK", "SIEGE"]
ACTORS = [
    (),
    ("RUS",),
    ("SYR_GOV",),
    ("RUS", "SYR_GOV"),
    ("putin",),
    ("FSA",),
    ("SYR_OPP",),
    ("ISIS",),
]


def random_events(seed: int, n: int, geo: Geo) -> list[EventContext]:
    """Events crowded into two governorates and one month, so that many pairs link."""
    rng = random.Random(seed)
    places = sorted(p for p, s in geo.sites.items() if s.admin1 in ("aleppo_gov", "idlib_gov"))
    places += ["geneva", "not_in_gazetteer", "syria"]  # a foreign point, an unknown id, a country
    events = []
    for k in range(n):
        precision = rng.choice(["day"] * 8 + ["month", "year", None])
        day = rng.randint(1, 31)
        date = None if precision is None else f"2016-{rng.choice(['07', '08'])}-{day:02d}"
        events.append(
            EventContext(
                event_id=f"e{k}",
                type=rng.choice(TYPES),
                doc_id=f"d{rng.randint(0, n // 2)}",
                actors=rng.choice(ACTORS),
                place=rng.choice([*places, None]),
                date=date,
                precision=precision,
            )
        )
    return events


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("loose_types", [True, False])
def test_blocked_links_equal_all_pairs(seed: int, loose_types: bool) -> None:
    geo = default_geo()
    table = EventTable.build(random_events(seed, 500, geo), geo, load_parties())
    blocked = candidate_links(table, loose_types=loose_types)
    naive = naive_links(table, loose_types=loose_types)
    assert len(naive) > 150  # the test is only worth something if many pairs link
    assert blocked.pairs() == naive.pairs()
    assert blocked.compared < naive.compared / 3
    assert (cluster(table, blocked) == cluster(table, naive)).all()


def test_without_the_precomputed_place_matrix_the_links_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    geo, parties = default_geo(), load_parties()
    events = random_events(4, 300, geo)
    with_matrix = candidate_links(EventTable.build(events, geo, parties))
    monkeypatch.setattr(blocking, "_BAND_MATRIX_MAX", 0)
    table = EventTable.build(events, geo, parties)
    assert table.bands is None
    without = candidate_links(table)
    assert without.pairs() == with_matrix.pairs()
    assert (np.sort(without.cost) == np.sort(with_matrix.cost)).all()


def test_points_just_inside_25_km_across_a_cell_boundary_still_link() -> None:
    geo = Geo()
    # two points 24.9 km apart east-west and north-south of each other, at several latitudes
    for k, lat in enumerate((0.0, 33.0, 36.9, 55.7)):
        dlon = 24.9 / (111.195 * np.cos(np.radians(lat)))
        geo.add(f"w{k}", lat, 10.0, "x")
        geo.add(f"e{k}", lat, 10.0 + dlon, "x")
        geo.add(f"n{k}", lat + 24.9 / 111.195, 10.0, "x")
        assert haversine_km(lat, 10.0, lat, 10.0 + dlon) < 25
    events = [
        EventContext(
            event_id=f"{p}:e",
            type="AIRSTRIKE",
            doc_id=p,
            place=p,
            date="2016-08-17",
            precision="day",
        )
        for p in geo.sites
    ]
    table = EventTable.build(events, geo, load_parties())
    assert candidate_links(table).pairs() == naive_links(table).pairs()
    assert len(candidate_links(table)) >= 8
