"""The scalable core of incident linking: events as columns, blocked candidate pairs, clustering.

`EventTable` holds what the rules compare, one numpy column per field. `candidate_links` finds
every pair of events that the rules link (`compare`) while only comparing events that share a
block neighbourhood: same type group, days within one (or the same month for month-precision
dates) and neighbouring grid cells of about 25 km (or the same governorate when only the
governorate is known). `naive_links` compares all pairs with the same rule: the reference that
blocking must equal. `cluster` turns links into incidents (docs/incidents.md, "Linking").
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from hudna.geo import EARTH_RADIUS_KM
from hudna.link.geo import NEAR_KM, Geo
from hudna.link.parties import Parties
from hudna.models import EVENT_TYPES

# SHELLING, AIRSTRIKE and ATTACK reports of the same place and day may describe one act: Arabic
# "قصف" is any bombardment (aircraft or artillery), English reports call barrel bombs "shelling",
# and an assault is often reported by its bombardment. They link only at the same place on the
# same day, never by distance or a day apart (docs/incidents.md).
LOOSE_TYPES: frozenset[str] = frozenset({"AIRSTRIKE", "SHELLING", "ATTACK"})

_TYPE_CODE = {t: i for i, t in enumerate(EVENT_TYPES)}
_LOOSE = np.array([t in LOOSE_TYPES for t in EVENT_TYPES])
# cost = how weak a link is; links are merged strongest first (lowest cost), in this order of
# importance: the type differs > a day apart (or only the month) > actors unknown on one side >
# distance band. Distance counts in bands (same place, < 5, < 10, < 25 km, same governorate):
# gazetteer centres are approximate, and ties then go by event order, which keeps the hot loop
# of `cluster` walking memory in order.
_BANDS_KM = (5.0, 10.0)
_AREA_BAND = len(_BANDS_KM) + 2
_COST_ACTOR = _AREA_BAND + 1
_COST_DAY = 2 * _COST_ACTOR
_COST_TYPE = 3 * _COST_DAY
_BATCH = 1 << 21  # candidate pairs compared per numpy call
_BAND_MATRIX_MAX = 4096  # up to this many distinct places, their bands are precomputed
_DEG_KM = math.pi * EARTH_RADIUS_KM / 180


class Linkable(Protocol):
    """What the table reads from one event (`hudna.link.incidents.EventContext` has it)."""

    @property
    def type(self) -> str: ...
    @property
    def actors(self) -> Sequence[str]: ...
    @property
    def place(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def precision(self) -> str | None: ...
    @property
    def doc_id(self) -> str: ...


@dataclass
class EventTable:
    """Events as columns. Codes are local to the table; -1 means unknown."""

    type: np.ndarray  # int16 index into EVENT_TYPES
    day: np.ndarray  # int64 proleptic ordinal when the date is known to the day, else -1
    month: np.ndarray  # int64 year*12+month-1 for day or month precision, else -1
    place: np.ndarray  # int64 code into the per-place columns, -1 unlinkable
    parties: np.ndarray  # uint64 (n, words) bit set of parties; all zero = unknown actor
    doc: np.ndarray  # int64 document code: events of one document never link
    plat: np.ndarray  # per place: latitude in radians (nan unless a point)
    plon: np.ndarray  # per place: longitude in radians
    parea: np.ndarray  # per place: only the governorate is known
    padmin: np.ndarray  # per place: admin1 code, -1 unknown

    def __post_init__(self) -> None:
        self.anonymous: np.ndarray = np.asarray(~self.parties.any(axis=1))
        # place × place bands, one lookup per pair, when the table names few enough places
        n = len(self.plat)
        self.bands: np.ndarray | None = None
        if n <= _BAND_MATRIX_MAX:
            codes = np.arange(n)
            self.bands = place_bands(self, codes[:, None], codes[None, :])

    def __len__(self) -> int:
        return len(self.type)

    @property
    def linkable(self) -> np.ndarray:
        return (self.place >= 0) & (self.month >= 0)

    @classmethod
    def build(cls, events: Iterable[Linkable], geo: Geo, parties: Parties) -> EventTable:
        """Encode `events` (any objects with the `Linkable` fields) as columns."""
        types: list[int] = []
        days: list[int] = []
        months: list[int] = []
        places: list[int] = []
        masks: list[int] = []
        docs: list[int] = []
        place_codes: dict[str, int] = {}
        party_bits: dict[str, int] = {}
        doc_codes: dict[str, int] = {}
        date_cache: dict[tuple[str | None, str | None], tuple[int, int]] = {}
        mask_cache: dict[tuple[str, ...], int] = {}
        for e in events:
            types.append(_TYPE_CODE[e.type])
            key = (e.date, e.precision)
            if key not in date_cache:
                date_cache[key] = _date_codes(e.date, e.precision)
            day, month = date_cache[key]
            days.append(day)
            months.append(month)
            places.append(
                -1 if e.place is None else place_codes.setdefault(e.place, len(place_codes))
            )
            actors = tuple(e.actors)
            mask = mask_cache.get(actors)
            if mask is None:
                mask = 0
                for party in parties.parties(actors):
                    mask |= 1 << party_bits.setdefault(party, len(party_bits))
                mask_cache[actors] = mask
            masks.append(mask)
            docs.append(doc_codes.setdefault(e.doc_id, len(doc_codes)))
        words = max(1, math.ceil(len(party_bits) / 64))
        bits = np.zeros((len(masks), words), dtype=np.uint64)
        if party_bits:
            for w in range(words):
                bits[:, w] = [(m >> (64 * w)) & 0xFFFFFFFFFFFFFFFF for m in masks]
        sites = [geo.site(p) for p in place_codes]
        admin_codes: dict[str, int] = {}
        padmin = [
            admin_codes.setdefault(s.admin1, len(admin_codes)) if s and s.admin1 else -1
            for s in sites
        ]
        point = [s is not None and s.is_point for s in sites]
        return cls(
            type=np.array(types, dtype=np.int16),
            day=np.array(days, dtype=np.int64),
            month=np.array(months, dtype=np.int64),
            place=np.array(places, dtype=np.int64),
            parties=bits,
            doc=np.array(docs, dtype=np.int64),
            plat=np.radians(
                np.array([s.lat if ok else np.nan for s, ok in zip(sites, point, strict=True)])
            ),
            plon=np.radians(
                np.array([s.lon if ok else np.nan for s, ok in zip(sites, point, strict=True)])
            ),
            parea=np.array([bool(s and s.area) for s in sites], dtype=bool),
            padmin=np.array(padmin, dtype=np.int64),
        )


def _date_codes(date: str | None, precision: str | None) -> tuple[int, int]:
    """(day ordinal or -1, month code or -1) of an ISO date at its precision."""
    if not date or precision == "year":
        return -1, -1
    try:
        if precision == "month":
            d = dt.date.fromisoformat(date[:7] + "-01")
            return -1, d.year * 12 + d.month - 1
        d = dt.date.fromisoformat(date[:10])
    except ValueError:
        return -1, -1
    return d.toordinal(), d.year * 12 + d.month - 1


# -- the rule, vectorised ----------------------------------------------------------------------


def place_bands(t: EventTable, pa: np.ndarray, pb: np.ndarray) -> np.ndarray:
    """How near places `pa` and `pb` are (arrays of place codes, broadcast together): -1 not
    near, 0 the same place, 1-3 points < 5, < 10, ≤ 25 km apart, 4 a governorate and a place
    in it (`_AREA_BAND`)."""
    lat1, lat2 = t.plat[pa], t.plat[pb]
    h = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((t.plon[pb] - t.plon[pa]) / 2) ** 2
    )
    with np.errstate(invalid="ignore"):
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(h, 1.0)))
        point_near = km <= NEAR_KM
    area_near = (t.parea[pa] | t.parea[pb]) & (t.padmin[pa] == t.padmin[pb]) & (t.padmin[pa] >= 0)
    band = np.where(
        point_near,
        1 + np.searchsorted(_BANDS_KM, np.nan_to_num(km)),
        np.where(area_near, _AREA_BAND, -1),
    )
    return np.where(pa == pb, 0, band).astype(np.int8)


def compare(
    t: EventTable, a: np.ndarray, b: np.ndarray, *, loose_types: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """For each pair (a[k], b[k]) of linkable events: whether the rules link them, and the cost.

    Rules: different documents; the same type (or SHELLING/AIRSTRIKE/ATTACK at the same place on
    the same day when `loose_types`); dates within one day when both are known to the day, else
    the same month; the same place, points within 25 km, or a governorate and a place in it;
    actors overlapping as parties, or unknown on one side. The cost orders links strongest first:
    same type, same day, overlapping actors, then distance band.
    """
    da, db = t.day[a], t.day[b]
    both_day = (da >= 0) & (db >= 0)
    gap = np.abs(da - db)
    date_ok = np.where(both_day, gap <= 1, (t.month[a] == t.month[b]) & (t.month[a] >= 0))
    pa, pb = t.place[a], t.place[b]
    same_place = pa == pb
    ta, tb = t.type[a], t.type[b]
    same_type = ta == tb
    type_ok = same_type
    if loose_types:
        type_ok = same_type | (_LOOSE[ta] & _LOOSE[tb] & same_place & both_day & (gap == 0))
    keep = (t.doc[a] != t.doc[b]) & date_ok & type_ok
    # the costlier tests only on what survived the cheap ones
    idx = np.flatnonzero(keep)
    a2, b2 = a[idx], b[idx]
    pa, pb = pa[idx], pb[idx]
    band = t.bands[pa, pb] if t.bands is not None else place_bands(t, pa, pb)
    overlap = ((t.parties[a2] & t.parties[b2]) != 0).any(axis=1)
    actors_ok = overlap | t.anonymous[a2] | t.anonymous[b2]
    keep[idx] = (band >= 0) & actors_ok
    cost = np.zeros(len(a), dtype=np.int8)
    cost[idx] = (
        (~same_type[idx]) * _COST_TYPE
        + np.where(both_day[idx], gap[idx], 2) * _COST_DAY
        + (~overlap) * _COST_ACTOR
        + band
    )
    return keep, cost


@dataclass
class Links:
    """Pairs of linked events (i < j) with their costs, and how many pairs were compared."""

    i: np.ndarray
    j: np.ndarray
    cost: np.ndarray
    compared: int = 0

    def __len__(self) -> int:
        return len(self.i)

    def pairs(self) -> set[tuple[int, int]]:
        return set(zip(self.i.tolist(), self.j.tolist(), strict=True))

    def in_order(self, chunk: int = 1 << 20) -> Iterator[tuple[list[int], list[int]]]:
        """The pairs strongest first (by cost, then i, then j), in chunks of Python lists."""
        n = int(max(self.j.max(), 0)) + 1 if len(self) else 0
        bits = max(1, n.bit_length())
        if 8 + 2 * bits <= 63:  # one packed int64 key sorts in place, without an index array
            key = self.cost.astype(np.int64)
            key <<= 2 * bits
            for s in range(0, len(key), chunk):  # in slices: no second full-size temporary
                key[s : s + chunk] |= self.i[s : s + chunk].astype(np.int64) << bits
            key |= self.j
            key.sort()
            mask = (1 << bits) - 1
            for s in range(0, len(key), chunk):
                part = key[s : s + chunk]
                yield ((part >> bits) & mask).tolist(), (part & mask).tolist()
            return
        order = np.lexsort((self.j, self.i, self.cost))
        for s in range(0, len(order), chunk):
            part = order[s : s + chunk]
            yield self.i[part].tolist(), self.j[part].tolist()


def _collect(
    t: EventTable, batches: Iterable[tuple[np.ndarray, np.ndarray]], loose_types: bool
) -> Links:
    kept_i: list[np.ndarray] = []
    kept_j: list[np.ndarray] = []
    kept_c: list[np.ndarray] = []
    compared = 0
    for a, b in batches:
        if not len(a):
            continue
        compared += len(a)
        keep, cost = compare(t, a, b, loose_types=loose_types)
        a, b, cost = a[keep], b[keep], cost[keep]
        dtype = np.int32 if len(t) < 2**31 else np.int64
        kept_i.append(np.minimum(a, b).astype(dtype))
        kept_j.append(np.maximum(a, b).astype(dtype))
        kept_c.append(cost)
    if not kept_i:
        return Links(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.int8), compared)
    return Links(np.concatenate(kept_i), np.concatenate(kept_j), np.concatenate(kept_c), compared)


def naive_links(t: EventTable, *, loose_types: bool = True, chunk: int = 512) -> Links:
    """Every linked pair, found by comparing all pairs of linkable events (the reference)."""
    ids = np.flatnonzero(t.linkable)

    def batches() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for start in range(0, len(ids), chunk):
            rows = ids[start : start + chunk]
            for k, i in enumerate(rows):
                rest = ids[start + k + 1 :]
                yield np.full(len(rest), i, dtype=np.int64), rest

    return _collect(t, _rebatch(batches()), loose_types)


def _rebatch(
    batches: Iterable[tuple[np.ndarray, np.ndarray]],
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Concatenate small batches into ones of about `_BATCH` pairs (fewer numpy calls)."""
    pend_a: list[np.ndarray] = []
    pend_b: list[np.ndarray] = []
    size = 0
    for a, b in batches:
        pend_a.append(a)
        pend_b.append(b)
        size += len(a)
        if size >= _BATCH:
            yield np.concatenate(pend_a), np.concatenate(pend_b)
            pend_a, pend_b, size = [], [], 0
    if pend_a:
        yield np.concatenate(pend_a), np.concatenate(pend_b)


# -- blocking ----------------------------------------------------------------------------------


def _type_groups(loose_types: bool) -> np.ndarray:
    loose_group = min(_TYPE_CODE[t] for t in LOOSE_TYPES)
    return np.array(
        [loose_group if loose_types and t in LOOSE_TYPES else i for i, t in enumerate(EVENT_TYPES)],
        dtype=np.int64,
    )


@lru_cache(maxsize=64)
def _triu(n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(n, 1)


@lru_cache(maxsize=4096)
def _month_days(month: int) -> tuple[int, ...]:
    first = dt.date(month // 12, month % 12 + 1, 1)
    nxt = dt.date(month // 12 + (month % 12 == 11), (month + 1) % 12 + 1, 1)
    return tuple(range(first.toordinal(), nxt.toordinal()))


@lru_cache(maxsize=65536)
def _month_of_day(day: int) -> int:
    d = dt.date.fromordinal(day)
    return d.year * 12 + d.month - 1


def candidate_links(t: EventTable, *, loose_types: bool = True) -> Links:
    """Every linked pair, comparing only events in neighbouring blocks (type, time, area).

    Blocks: type group × time bucket (a day, or a month for month-precision dates) × area bucket
    (a grid cell at least 25 km on each side for points, or a governorate for governorate-level
    places). A block is compared with itself and with the blocks next to it: days ±1 and the
    day's month; the 3×3 cells around and the governorates of the points in the cell.
    """
    ids = np.flatnonzero(t.linkable)
    if len(ids) < 2:
        return Links(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.int8))
    group = _type_groups(loose_types)[t.type[ids]]
    tkey = np.where(t.day[ids] >= 0, t.day[ids] * 2, t.month[ids] * 2 + 1)
    skey, neighbours = _area_buckets(t, ids)
    key = (group << 48) | (tkey << 24) | skey
    order = np.argsort(key, kind="stable")
    key, ids = key[order], ids[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    ends = np.r_[starts[1:], len(key)]
    blocks = dict(
        zip(key[starts].tolist(), zip(starts.tolist(), ends.tolist(), strict=True), strict=True)
    )

    def batches() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for k, (s, e) in blocks.items():
            members = ids[s:e]
            if e - s > 1:
                iu, ju = _triu(e - s)
                yield members[iu], members[ju]
            g, tk, sk = k >> 48, (k >> 24) & 0xFFFFFF, k & 0xFFFFFF
            if tk % 2 == 0:
                d = tk // 2
                times = [(d - 1) * 2, d * 2, (d + 1) * 2, _month_of_day(d) * 2 + 1]
            else:
                times = [day * 2 for day in _month_days(tk // 2)] + [tk]
            cands = []
            for tt in times:
                for ss in neighbours[sk]:
                    other = (g << 48) | (tt << 24) | ss
                    if other > k and other in blocks:
                        os_, oe = blocks[other]
                        cands.append(ids[os_:oe])
            if cands:
                c = np.concatenate(cands) if len(cands) > 1 else cands[0]
                yield np.repeat(members, len(c)), np.tile(c, len(members))

    return _collect(t, _rebatch(batches()), loose_types)


def _area_buckets(t: EventTable, ids: np.ndarray) -> tuple[np.ndarray, dict[int, list[int]]]:
    """Area bucket of each event and, per bucket, the buckets that may hold its neighbours."""
    places = t.place[ids]
    lat, lon = np.degrees(t.plat[places]), np.degrees(t.plon[places])
    is_point = ~np.isnan(lat)
    max_lat = float(np.max(np.abs(lat[is_point]))) if is_point.any() else 0.0
    lat_step = NEAR_KM / _DEG_KM * 1.01
    lon_step = lat_step / math.cos(math.radians(min(max_lat + 1.0, 89.0)))
    cy = np.floor(np.nan_to_num(lat) / lat_step).astype(np.int64)
    cx = np.floor(np.nan_to_num(lon) / lon_step).astype(np.int64)
    admin = t.padmin[places]
    bucket = np.zeros(len(ids), dtype=np.int64)
    cells: dict[tuple[int, int], int] = {}
    areas: dict[int, int] = {}
    lone: dict[int, int] = {}  # places known only by id (no coordinates): near themselves
    admins: dict[int, set[int]] = {}  # bucket → governorates of its non-area places
    for k, (p, y, x, a, pt, ar) in enumerate(
        zip(
            places.tolist(),
            cy.tolist(),
            cx.tolist(),
            admin.tolist(),
            is_point.tolist(),
            t.parea[places].tolist(),
            strict=True,
        )
    ):
        fresh = len(cells) + len(areas) + len(lone)
        if ar:
            b = areas.setdefault(a, fresh)
        else:
            b = cells.setdefault((y, x), fresh) if pt else lone.setdefault(p, fresh)
            if a >= 0:
                admins.setdefault(b, set()).add(a)
        bucket[k] = b
    neighbours: dict[int, list[int]] = {b: [b] for b in (*areas.values(), *lone.values())}
    for (y, x), b in cells.items():
        neighbours[b] = [
            cells[(y + dy, x + dx)]
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            if (y + dy, x + dx) in cells
        ]
    for b, governorates in admins.items():
        for a in governorates:
            if a in areas:  # a governorate-level report may be about any place in it
                neighbours[b].append(areas[a])
                neighbours[areas[a]].append(b)
    return bucket, neighbours


# -- clustering --------------------------------------------------------------------------------


def cluster(t: EventTable, links: Links) -> np.ndarray:
    """Incident label of every event: links merged strongest first, under complete linkage.

    Two groups merge only if every pair across them stays within the rules on date and place,
    comes from different documents, and (when types differ) shares one place and one day; actors
    need only agree along the link itself. So chains of daily reports cannot grow into one
    month-long incident, while an "unidentified aircraft" report can join reports naming a
    perpetrator. Labels are 0..k-1 in order of each incident's first event.
    """
    n = len(t)
    parent = list(range(n))
    days = t.day.tolist()
    far = 1 << 40
    dmin = [d if d >= 0 else far for d in days]
    dmax = [d if d >= 0 else -far for d in days]
    mon = [m if d < 0 else -1 for d, m in zip(days, t.month.tolist(), strict=True)]
    near_of = _near_sets(t)  # place code → codes of the places near it (itself included)
    one_place = [frozenset({p}) for p in range(len(near_of))]
    one_type = [frozenset({k}) for k in range(len(EVENT_TYPES))]
    # per group root: its documents (an int for a lone event), places and types
    doc: list[Any] = t.doc.tolist()
    place: list[frozenset[int]] = [
        one_place[p] if p >= 0 else frozenset() for p in t.place.tolist()
    ]
    typ: list[frozenset[int]] = [one_type[k] for k in t.type.tolist()]
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]
        return x

    for chunk_i, chunk_j in links.in_order():
        for ra, rb in zip(chunk_i, chunk_j, strict=True):
            while parent[ra] != ra:  # find with path halving, inline: this loop is hot
                parent[ra] = ra = parent[parent[ra]]
            while parent[rb] != rb:
                parent[rb] = rb = parent[parent[rb]]
            if ra == rb:
                continue
            lo, hi = min(dmin[ra], dmin[rb]), max(dmax[ra], dmax[rb])
            ma, mb = mon[ra], mon[rb]
            m = ma if ma >= 0 else mb
            pa, pb = place[ra], place[rb]
            da, db = doc[ra], doc[rb]
            if size[ra] == 1 and size[rb] == 1:  # the link itself passed every pairwise rule
                docs: Any = {da, db}
            else:
                if hi - lo > 1:
                    continue
                if m >= 0 and (
                    (ma >= 0 and mb >= 0 and ma != mb)
                    or (hi >= lo and (_month_of_day(lo) != m or _month_of_day(hi) != m))
                ):
                    continue
                if len(pa) <= len(pb):
                    if not all(pb <= near_of[p] for p in pa):
                        continue
                elif not all(pa <= near_of[p] for p in pb):
                    continue
                if type(da) is set:
                    if (db in da) if type(db) is not set else not da.isdisjoint(db):
                        continue
                    docs = da | db if type(db) is set else da | {db}
                elif type(db) is set:
                    if da in db:
                        continue
                    docs = db | {da}
                else:
                    docs = {da, db}
                if typ[ra] is not typ[rb] and (len(pa | pb) > 1 or hi != lo or m >= 0):
                    continue
            if size[ra] < size[rb]:  # attach the smaller group under the larger
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            dmin[ra], dmax[ra], mon[ra] = lo, hi, m
            doc[ra] = docs
            place[ra] = pa | pb if pa is not pb else pa
            typ[ra] = typ[ra] if typ[ra] is typ[rb] else typ[ra] | typ[rb]
    roots = np.fromiter((find(x) for x in range(n)), dtype=np.int64, count=n)
    _, first, inverse = np.unique(roots, return_index=True, return_inverse=True)
    rank = np.argsort(np.argsort(first))
    return rank[inverse]


def _near_sets(t: EventTable, chunk: int = 256) -> list[frozenset[int]]:
    """For each place code of `t`, the codes of the places near it (itself included)."""
    n = len(t.plat)
    codes = np.arange(n)
    out: list[frozenset[int]] = []
    for start in range(0, n, chunk):
        rows = codes[start : start + chunk]
        bands = (
            t.bands[rows] if t.bands is not None else place_bands(t, rows[:, None], codes[None, :])
        )
        out.extend(frozenset(np.flatnonzero(r >= 0).tolist()) for r in bands)
    return out
