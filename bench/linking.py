"""Incident linking at scale: synthetic events over the gazetteer, blocked linking vs all pairs.

Generates `--link-events` synthetic reports (seeded): happenings at gazetteer places on days of
2016, each reported 1-5 times by outlets (some syndicated copies, some a day off, a nearby place,
the governorate only, an unnamed perpetrator, a month-precision date or a denial), then links them
with `hudna.link.incidents.link_incidents` and prints events/s, wall time per phase and peak
memory. As a baseline in the same run it compares all pairs of a small sample with the same rule
(`naive_links`), checks that blocking found the same links there, and extrapolates the all-pairs
time to the full size (quadratic), printing the ratio.
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np

from hudna.link.blocking import EventTable, candidate_links, naive_links
from hudna.link.geo import Geo, default_geo
from hudna.link.grading import load_outlets
from hudna.link.incidents import EventContext, link_incidents
from hudna.link.parties import load_parties

TYPES = ["AIRSTRIKE", "SHELLING", "ATTACK", "SIEGE", "CEASEFIRE_VIOLATION", "INCURSION", "CHEMICAL"]
TYPE_WEIGHTS = [0.32, 0.25, 0.22, 0.06, 0.1, 0.03, 0.02]
PERPETRATORS = [
    ("SYR_GOV",),
    ("RUS",),
    ("RUS", "SYR_GOV"),
    ("SYR_OPP",),
    ("FSA",),
    ("NUSRA",),
    ("ISIS",),
    ("USA",),
    ("TUR",),
    ("SDF",),
    ("HEZBOLLAH", "SYR_GOV"),
]
PERP_WEIGHTS = [0.3, 0.15, 0.1, 0.1, 0.05, 0.07, 0.1, 0.05, 0.03, 0.03, 0.02]


def generate(n: int, seed: int, geo: Geo) -> list[EventContext]:
    """`n` synthetic reports of happenings in 2016 (deterministic for a seed)."""
    rng = np.random.default_rng(seed)
    points = sorted(p for p, s in geo.sites.items() if s.is_point and s.admin1)
    governorate = {s.admin1: p for p, s in geo.sites.items() if s.area}
    nearby = {
        p: [q for q in points if q != p and geo.near(geo.sites[p], geo.sites[q])] for p in points
    }
    outlets = [o.name for o in load_outlets().by_key.values()] + [f"Outlet {k}" for k in range(40)]
    first_day = np.datetime64("2016-01-01")
    events: list[EventContext] = []
    doc = 0
    while len(events) < n:
        m = min(4096, n - len(events))  # happenings drawn per round (vectorised draws)
        kinds = rng.choice(len(TYPES), m, p=TYPE_WEIGHTS)
        days = rng.integers(0, 366, m)
        places = rng.integers(0, len(points), m)
        perps = rng.choice(len(PERPETRATORS), m, p=PERP_WEIGHTS)
        copies = np.minimum(1 + rng.geometric(0.5, m), 5)
        for h in range(m):
            place = points[places[h]]
            for r in range(int(copies[h])):
                if len(events) >= n:
                    break
                u = rng.random(8)
                day = first_day + int(days[h]) + (0 if u[0] < 0.85 else (1 if u[0] < 0.93 else -1))
                precision: str | None = "day" if u[1] < 0.94 else ("month" if u[1] < 0.98 else None)
                date = str(day) if precision else None
                where: str | None = place
                if u[2] > 0.8 and nearby[place]:
                    where = nearby[place][int(u[3] * len(nearby[place]))]
                elif 0.75 < u[2] <= 0.8:
                    where = governorate.get(geo.sites[place].admin1, place)
                elif u[2] <= 0.03:
                    where = None
                actors = PERPETRATORS[perps[h]] if u[4] < 0.65 else ()
                negated = u[5] < 0.02 and bool(actors)
                copy_of = f"doc{doc - 1}" if r and u[6] < 0.05 else None
                outlet = outlets[int(u[7] * len(outlets))]
                events.append(
                    EventContext(
                        event_id=f"doc{doc}:e1",
                        type=TYPES[kinds[h]],
                        doc_id=f"doc{doc}",
                        actors=actors,
                        place=where,
                        date=date,
                        precision=precision,
                        outlet=outlet,
                        source=events[-1].source_key if copy_of else None,
                        copy_of=copy_of,
                        negated=negated,
                        speaker=actors[0] if negated else None,
                    )
                )
                doc += 1
    return events


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(args: argparse.Namespace) -> None:
    geo, parties = default_geo(), load_parties()
    load_outlets()
    t0 = time.perf_counter()
    events = generate(args.link_events, args.link_seed, geo)
    print(f"generated {len(events):,} synthetic reports in {time.perf_counter() - t0:.1f} s")
    rss_input = _rss_mb()

    stats: dict[str, float] = {}
    t0 = time.perf_counter()
    incidents = link_incidents(events, geo=geo, parties=parties, stats=stats)
    wall = time.perf_counter() - t0
    multi = sum(1 for i in incidents if i.corroboration >= 2)
    grades: dict[str, int] = {}
    for i in incidents:
        grades[i.grade] = grades.get(i.grade, 0) + 1
    print(
        f"blocked linking: {len(events):,} events in {wall:.1f} s = {len(events) / wall:,.0f} events/s"
        f" → {len(incidents):,} incidents ({multi:,} with ≥2 independent sources)"
    )
    print(
        "   phases: "
        + ", ".join(f"{k} {stats[k]:.1f} s" for k in ("table", "pairs", "cluster", "incidents"))
        + f"; {int(stats['compared']):,} pairs compared, {int(stats['links']):,} links"
    )
    print("   grades: " + ", ".join(f"{g} {n:,}" for g, n in sorted(grades.items())))
    print(f"peak memory: {_rss_mb():.0f} MB (input alone: {rss_input:.0f} MB)")

    # baseline: all pairs of a sample with the same rule, extrapolated quadratically
    sample = events[: args.link_naive_sample]
    table = EventTable.build(sample, geo, parties)
    t0 = time.perf_counter()
    naive = naive_links(table)
    naive_s = time.perf_counter() - t0
    blocked = candidate_links(table)
    same = naive.pairs() == blocked.pairs()
    scale = (len(events) / len(sample)) ** 2
    extrapolated = naive_s * scale
    print(
        f"naive all pairs: {len(sample):,} events ({naive.compared:,} pairs) in {naive_s:.2f} s;"
        f" extrapolated to {len(events):,}: {extrapolated:,.0f} s ({extrapolated / 3600:.1f} h)"
    )
    print(
        f"ratio naive/blocked: {extrapolated / stats['pairs']:,.0f}× for finding pairs,"
        f" {extrapolated / wall:,.0f}× for the whole linking"
        f" (blocked finds the same {len(naive):,} links on the sample: {'yes' if same else 'NO'})"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--link-events",
        type=int,
        default=200_000,
        help="synthetic events for the linking benchmark",
    )
    parser.add_argument(
        "--link-naive-sample", type=int, default=2000, help="events compared all-pairs (baseline)"
    )
    parser.add_argument("--link-seed", type=int, default=2016, help="seed of the synthetic events")
