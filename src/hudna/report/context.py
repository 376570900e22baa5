"""Gather an accountability report's data from the store: per party, per week, per governorate.

`gather(store, theatre, date_from, date_to, lang)` returns a `ReportContext`: plain dataclasses
with display names already in the report's language and nothing escaped (the templates escape).
The unit counted is the *incident*: a row of the `incidents` table when incident linking has run,
otherwise each single report (event) stands for its own ungraded incident.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from hudna import __version__
from hudna.errors import HudnaError
from hudna.models import EVENT_TYPES, HOSTILE_TYPES
from hudna.report.errors import ReportInputError
from hudna.report.i18n import Lang, Messages, Names
from hudna.store import Store
from hudna.store.reporting import (
    DocumentRow,
    EventRow,
    IncidentRow,
    ReportData,
    document_texts,
    load_report_data,
)

STATUS_ORDER = ("violation", "not_a_violation", "outside_truce", "undetermined", "unjudged")
GRADE_ORDER = ("confirmed", "fair", "weak", "contested", "discounted", "ungraded")
HOSTILE_ORDER = tuple(t for t in EVENT_TYPES if t in HOSTILE_TYPES)
TREND_PARTIES = 6
TOP_INCIDENTS = 5
QUOTES_PER_INCIDENT = 3
QUOTE_CHARS = 420
THEATRE_COUNTRY = "SY"


# -- dates ------------------------------------------------------------------------------------


def parse_when(value: str | None) -> tuple[dt.date | None, str | None]:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` → (first day it can mean, its precision)."""
    if not value:
        return None, None
    value = value.strip()
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10]), "day"
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1), "month"
        if len(value) == 4:
            return dt.date(int(value), 1, 1), "year"
    except ValueError:
        return None, None
    return None, None


def event_when(ev: EventRow, doc: DocumentRow | None) -> tuple[dt.date | None, str | None, str]:
    """The date an event is counted on: its own, else its document's publication date.

    Returns (date, precision, source) with source "event", "published" or "none".
    """
    when, precision = parse_when(ev.date)
    if when is not None:
        return when, ev.date_precision or precision, "event"
    if doc is not None and doc.published is not None:
        return doc.published, "day", "published"
    return None, None, "none"


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def clean_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The evidence span on one line, cut at `limit` characters with an ellipsis."""
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ResolvedPlace:
    """Where an event happened: the gazetteer's entry first, then what its document said."""

    admin1: str | None
    lat: float | None
    lon: float | None
    country: str | None
    kind: str | None  # gazetteer kind (city, town, governorate, country, ...); None if unknown
    known: bool  # the place is in the gazetteer


def resolve_place(names: Names, ev: EventRow) -> ResolvedPlace:
    """Governorate, coordinates and country of an event's place (no coordinates for a country)."""
    if not ev.place:
        return ResolvedPlace(None, None, None, None, None, False)
    entry = names.places.get(ev.place)
    row = ev.place_row
    admin1 = (entry.admin1 if entry else None) or (row.admin1 if row else None)
    if admin1 is None and ev.place in names.governorates:
        admin1 = ev.place
    lat = entry.lat if entry and entry.lat is not None else (row.lat if row else None)
    lon = entry.lon if entry and entry.lon is not None else (row.lon if row else None)
    country = (entry.country if entry else None) or (row.country if row else None)
    kind = entry.kind if entry else None
    if kind == "country":
        lat = lon = None  # a country is not a location to map
    return ResolvedPlace(admin1, lat, lon, country, kind, entry is not None)


# -- the records the templates read ------------------------------------------------------------


@dataclass
class Citation:
    doc_id: str
    outlet: str
    title: str
    published: str
    url: str | None
    language: str | None
    synthetic: bool


@dataclass
class Quote:
    text: str
    event_id: str
    cite: Citation
    asserted_by: str = ""
    status: str = "unjudged"
    status_label: str = ""
    explanation: str = ""
    negated: bool = False


@dataclass
class IncidentView:
    key: str
    linked: bool
    type: str
    type_label: str
    date: dt.date | None
    date_precision: str | None
    place_id: str | None
    place_name: str
    admin1: str | None
    admin1_name: str
    lat: float | None
    lon: float | None
    country: str | None
    parties: list[str]
    party_names: list[str]
    persons: list[str]
    target_name: str
    outlets: list[str]
    corroboration: int
    contested: bool
    grade: str
    grade_label: str
    grade_reason: str
    fatalities: int | None
    status: str
    status_label: str
    rule: str
    explanation: str
    grave: bool
    truce: str | None
    quotes: list[Quote] = field(default_factory=list)
    n_reports: int = 1
    event_ids: list[str] = field(default_factory=list)

    @property
    def in_theatre(self) -> bool:
        return self.country in (None, THEATRE_COUNTRY)


@dataclass
class StatementView:
    speaker: str
    speaker_id: str
    text: str
    mode: str
    about: list[str]
    date: dt.date | None
    cite: Citation


@dataclass
class AccusationView:
    by: list[str]
    against: str
    date: dt.date | None
    quote: Quote


@dataclass
class CommitmentView:
    by: list[str]
    text: str
    due: str | None
    due_text: str | None
    state: str  # fulfilled | overdue | pending | unknown
    state_label: str
    reason: str
    fulfilled_by: str | None
    date: dt.date | None
    cite: Citation


@dataclass
class CrossTab:
    """Rows by event type, columns by governorate, with totals."""

    columns: list[str]
    rows: list[tuple[str, list[int], int]]
    column_totals: list[int]
    total: int


@dataclass
class PartySection:
    id: str
    name: str
    other_name: str
    kind: str
    kind_label: str
    member_of: str
    persons: list[str]
    incidents: list[IncidentView]
    n_reports: int
    n_violations: int
    by_type_gov: CrossTab
    by_grade: list[tuple[str, int]]
    by_status: list[tuple[str, int]]
    statements_by: list[StatementView]
    statements_about: list[StatementView]
    accusations_by: list[AccusationView]
    accusations_against: list[AccusationView]
    commitments: list[CommitmentView]
    commitment_counts: dict[str, int]
    top_incidents: list[IncidentView]

    @property
    def anchor(self) -> str:
        return "party-" + re.sub(r"[^A-Za-z0-9_-]", "_", self.id)


@dataclass
class WeeklySeries:
    weeks: list[dt.date]
    series: list[tuple[str, str, list[int]]]  # (party id, name, counts per week)


@dataclass
class MapData:
    counts: dict[str, int]  # governorate id → incidents
    points: list[tuple[float, float, int, str]]  # (lon, lat, incidents, place name)
    no_location: int
    outside: int


@dataclass
class TruceView:
    id: str
    name: str
    start: dt.date
    end: dt.date | None
    basis: str


@dataclass
class SourceRow:
    outlet: str
    documents: int
    languages: list[str]
    synthetic: bool


@dataclass
class ReportContext:
    lang: Lang
    dir: str
    theatre: str
    date_from: dt.date
    date_to: dt.date
    generated_at: str
    version: str
    msg: Messages
    parties: list[PartySection]
    incidents: list[IncidentView]
    weekly: WeeklySeries
    map: MapData
    sources: list[SourceRow]
    truces: list[TruceView]
    n_documents_in_period: int
    n_synthetic: int
    n_undated_events: int
    counts: dict[str, int]
    languages: dict[str, int]
    linked: bool
    judged: bool
    tracked: bool

    @property
    def n_violations(self) -> int:
        return sum(1 for i in self.incidents if i.status == "violation")

    @property
    def n_attributed(self) -> int:
        return sum(1 for i in self.incidents if i.parties)

    @property
    def n_reports(self) -> int:
        return sum(i.n_reports for i in self.incidents)


# -- gathering ---------------------------------------------------------------------------------


class _Builder:
    def __init__(
        self,
        store: Store,
        data: ReportData,
        theatre: str,
        date_from: dt.date,
        date_to: dt.date,
        lang: Lang,
    ) -> None:
        self.store = store
        self.data = data
        self.theatre = theatre
        self.date_from = date_from
        self.date_to = date_to
        self.lang = lang
        self.msg = Messages(lang)
        self.names = Names(lang, theatre, data.actors)
        self.events = {e.pk: e for e in data.events}
        self._texts: dict[int, str] | None = None

    # helpers
    def in_window(self, day: dt.date | None) -> bool:
        return day is not None and self.date_from <= day <= self.date_to

    def texts(self) -> dict[int, str]:
        if self._texts is None:
            self._texts = document_texts(self.store, {e.doc_pk for e in self.data.events})
        return self._texts

    def cite(self, doc_pk: int) -> Citation:
        doc = self.data.documents[doc_pk]
        return Citation(
            doc_id=doc.id,
            outlet=doc.outlet or self.msg("no_outlet"),
            title=doc.title or "",
            published=doc.published.isoformat() if doc.published else "",
            url=doc.url,
            language=doc.language,
            synthetic=doc.synthetic,
        )

    def quote(self, ev: EventRow) -> Quote:
        text = self.texts().get(ev.doc_pk, "")
        j = ev.judgement
        status = j.status if j is not None and j.status else "unjudged"  # None: not judged
        explanation = ""
        if j is not None:
            explanation = j.explanation_ar if self.lang == "ar" else j.explanation_en
        return Quote(
            text=clean_quote(text[ev.start : ev.end]),
            event_id=ev.event_id,
            cite=self.cite(ev.doc_pk),
            asserted_by=self.names.actor(ev.asserted_by) if ev.asserted_by else "",
            status=status,
            status_label=self.msg.status(status),
            explanation=explanation,
            negated=ev.negated,
        )

    def parties_of(self, actor_ids: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(self.names.party_of(a) for a in actor_ids if a))

    @staticmethod
    def strongest_status(events: list[EventRow]) -> EventRow | None:
        best: tuple[int, EventRow] | None = None
        for ev in events:
            if ev.judgement is None or ev.judgement.status not in STATUS_ORDER:
                continue  # status None: the judge did not judge it (not hostile, or denied)
            rank = STATUS_ORDER.index(ev.judgement.status)
            if best is None or rank < best[0]:
                best = (rank, ev)
        return best[1] if best else None

    def incident_view(
        self, members: list[EventRow], row: IncidentRow | None
    ) -> IncidentView | None:
        if not members and row is None:
            return None
        lead = next((e for e in members if not e.negated), members[0] if members else None)
        docs = self.data.documents
        # date
        if row is not None and row.date:
            when, precision = parse_when(row.date)
            precision = row.date_precision or precision
        else:
            dated = [event_when(e, docs.get(e.doc_pk)) for e in members if not e.negated]
            dated = [d for d in dated if d[0] is not None] or [
                d for d in (event_when(e, docs.get(e.doc_pk)) for e in members) if d[0] is not None
            ]
            first = min(dated, key=lambda d: d[0]) if dated else (None, None, "none")  # type: ignore[arg-type,return-value]
            when, precision = first[0], first[1]
        etype = row.type if row is not None else (lead.type if lead else "CEASEFIRE_VIOLATION")
        actors = list(row.actors) if row is not None and row.actors else []
        if not actors:
            for e in members:
                if not e.negated:
                    actors.extend(a for a in e.actors if a not in actors)
        parties = self.parties_of(actors)
        persons = [self.names.actor(a) for a in actors if self.names.is_person(a)]
        target = row.target if row is not None else (lead.target if lead else None)
        # place
        place_id = row.place if row is not None and row.place else (lead.place if lead else None)
        admin1 = lat = lon = country = None
        if lead is not None:
            where = resolve_place(self.names, lead)
            admin1, lat, lon, country = where.admin1, where.lat, where.lon, where.country
        if row is not None:
            admin1 = row.admin1 or admin1
            if row.lat is not None and row.lon is not None:
                lat, lon = row.lat, row.lon
        fallback = lead.place_row.name if lead and lead.place_row else None
        # sources and grade
        if row is not None:
            outlets = list(row.outlets)
            corroboration = row.corroboration
            contested, grade, grade_reason = row.contested, row.grade, row.grade_reason
            fatalities = row.fatalities
        else:
            outlets = list(
                dict.fromkeys(self.cite(e.doc_pk).outlet for e in members if e.doc_pk in docs)
            )
            corroboration = len(outlets)
            contested, grade, grade_reason = False, "ungraded", self.msg("not_linked")
            fatalities = max((e.fatalities for e in members if e.fatalities), default=None)
        judged = self.strongest_status(members)
        if judged is not None and judged.judgement is not None:
            j = judged.judgement
            status = j.status or "unjudged"
            rule, grave, truce = j.rule, j.grave, j.truce
            explanation = j.explanation_ar if self.lang == "ar" else j.explanation_en
        else:
            status, rule, grave, truce, explanation = "unjudged", "", False, None, ""
        ordered = sorted(members, key=lambda e: (e.negated, e.pk))
        return IncidentView(
            key=row.incident_id if row is not None else (lead.event_id if lead else ""),
            linked=row is not None,
            type=etype,
            type_label=self.msg.event_type(etype),
            date=when,
            date_precision=precision,
            place_id=place_id,
            place_name=self.names.place(place_id, fallback),
            admin1=admin1,
            admin1_name=self.names.governorate(admin1) if admin1 else "",
            lat=lat,
            lon=lon,
            country=country,
            parties=parties,
            party_names=[self.names.actor(p) for p in parties],
            persons=persons,
            target_name=self.names.actor(target) if target else "",
            outlets=outlets,
            corroboration=corroboration,
            contested=contested,
            grade=grade,
            grade_label=self.msg.grade(grade),
            grade_reason=grade_reason,
            fatalities=fatalities,
            status=status,
            status_label=self.msg.status(status),
            rule=rule,
            explanation=explanation,
            grave=grave,
            truce=truce,
            quotes=[self.quote(e) for e in ordered[:QUOTES_PER_INCIDENT]],
            n_reports=max(len(members), 1),
            event_ids=[e.event_id for e in ordered],
        )

    def incidents(self) -> list[IncidentView]:
        out: list[IncidentView] = []
        for row in self.data.incidents.values():
            if row.type not in HOSTILE_TYPES:
                continue
            members = [self.events[pk] for pk in row.event_pks if pk in self.events]
            view = self.incident_view(members, row)
            if view is not None and self.in_window(view.date):
                out.append(view)
        for ev in self.data.events:
            if ev.incident_pk is not None or ev.negated or ev.type not in HOSTILE_TYPES:
                continue
            view = self.incident_view([ev], None)
            if view is not None and self.in_window(view.date):
                out.append(view)
        out.sort(key=lambda i: (i.date or dt.date.min, i.key))
        return out

    def statements(self) -> list[StatementView]:
        out = []
        for st in self.data.statements:
            doc = self.data.documents.get(st.doc_pk)
            if doc is None or not self.in_window(doc.published):
                continue
            out.append(
                StatementView(
                    speaker=self.names.actor(st.speaker),
                    speaker_id=st.speaker,
                    text=clean_quote(st.text),
                    mode=self.msg("mode_direct" if st.mode == "direct" else "mode_reported"),
                    about=list(st.about),
                    date=doc.published,
                    cite=self.cite(st.doc_pk),
                )
            )
        return out

    def accusations(self) -> list[tuple[list[str], str | None, AccusationView]]:
        out = []
        for ev in self.data.events:
            if ev.type != "ACCUSE" or ev.negated:
                continue
            when, _, _ = event_when(ev, self.data.documents.get(ev.doc_pk))
            if not self.in_window(when):
                continue
            by = self.parties_of(ev.actors)
            against = self.names.party_of(ev.target) if ev.target else None
            view = AccusationView(
                by=[self.names.actor(a) for a in ev.actors] or [self.msg("unknown")],
                against=self.names.actor(ev.target) if ev.target else self.msg("unknown"),
                date=when,
                quote=self.quote(ev),
            )
            out.append((by, against, view))
        return out

    def commitments(self) -> list[tuple[list[str], CommitmentView]]:
        out = []
        for c in self.data.commitments:
            doc = self.data.documents.get(c.doc_pk)
            due, _ = parse_when(c.due)
            if doc is None or not (self.in_window(doc.published) or self.in_window(due)):
                continue
            state = c.status if c.status in ("fulfilled", "overdue", "pending") else "unknown"
            view = CommitmentView(
                by=[self.names.actor(a) for a in c.by],
                text=clean_quote(c.text),
                due=c.due,
                due_text=c.due_text,
                state=state,
                state_label=self.msg.commitment_state(state),
                reason=c.reason or "",
                fulfilled_by=c.fulfilled_by,
                date=doc.published,
                cite=self.cite(c.doc_pk),
            )
            out.append((self.parties_of(c.by), view))
        return out

    def cross_tab(self, incidents: list[IncidentView]) -> CrossTab:
        unknown = self.msg("unknown_governorate")
        by_gov = Counter(i.admin1 or "" for i in incidents)
        govs = [g for g, _ in sorted(by_gov.items(), key=lambda kv: (kv[0] == "", -kv[1], kv[0]))]
        columns = [self.names.governorate(g, short=True) if g else unknown for g in govs]
        rows = []
        for etype in HOSTILE_ORDER:
            of_type = [i for i in incidents if i.type == etype]
            if not of_type:
                continue
            counts = Counter(i.admin1 or "" for i in of_type)
            rows.append(
                (self.msg.event_type(etype), [counts.get(g, 0) for g in govs], len(of_type))
            )
        return CrossTab(columns, rows, [by_gov[g] for g in govs], len(incidents))

    def party(
        self,
        pid: str,
        incidents: list[IncidentView],
        statements: list[StatementView],
        accusations: list[tuple[list[str], str | None, AccusationView]],
        commitments: list[tuple[list[str], CommitmentView]],
        active_persons: set[str],
    ) -> PartySection:
        names, msg = self.names, self.msg
        mine = [i for i in incidents if pid in i.parties]
        grades = Counter(i.grade for i in mine)
        statuses = Counter(i.status for i in mine)
        info = names.actors.get(pid)
        member_of = ""
        if info is not None and info.kind != "person" and info.affiliation:
            member_of = msg("party_member_of", parent=names.actor(info.affiliation))
        persons = sorted(
            {
                names.actor(a)
                for a, i in names.actors.items()
                if i.kind == "person" and i.affiliation == pid
            }
            & active_persons
        )
        my_commitments = [v for by, v in commitments if pid in by]
        counts = Counter(v.state for v in my_commitments)
        kind = names.kind(pid)
        return PartySection(
            id=pid,
            name=names.actor(pid),
            other_name=names.actor_other(pid),
            kind=kind,
            kind_label=msg(f"party_kind_{kind}") if kind in ("state", "group", "org") else "",
            member_of=member_of,
            persons=persons,
            incidents=mine,
            n_reports=sum(i.n_reports for i in mine),
            n_violations=statuses.get("violation", 0),
            by_type_gov=self.cross_tab(mine),
            by_grade=[(msg.grade(g), grades[g]) for g in GRADE_ORDER if grades.get(g)],
            by_status=[(msg.status(s), statuses[s]) for s in STATUS_ORDER if statuses.get(s)],
            statements_by=[s for s in statements if names.party_of(s.speaker_id) == pid],
            statements_about=[s for s in statements if pid in {names.party_of(a) for a in s.about}],
            accusations_by=[v for by, _, v in accusations if pid in by],
            accusations_against=[v for _, against, v in accusations if against == pid],
            commitments=my_commitments,
            commitment_counts={
                "made": len(my_commitments),
                "kept": counts.get("fulfilled", 0),
                "overdue": counts.get("overdue", 0),
                "pending": counts.get("pending", 0) + counts.get("unknown", 0),
            },
            top_incidents=sorted(mine, key=_importance)[:TOP_INCIDENTS],
        )

    def build(self, only: list[str] | None) -> ReportContext:
        incidents = self.incidents()
        statements = self.statements()
        accusations = self.accusations()
        commitments = self.commitments()
        names = self.names
        # people who appear (as actors or speakers) in the period, to list under their party
        active: set[str] = set()
        for ev in self.data.events:
            active.update(names.actor(a) for a in ev.actors if names.is_person(a))
        active.update(s.speaker for s in statements if names.is_person(s.speaker_id))

        party_ids: Counter[str] = Counter()
        for i in incidents:
            party_ids.update({p: 10 for p in i.parties})
        for s in statements:
            party_ids.update([names.party_of(s.speaker_id), *(names.party_of(a) for a in s.about)])
        for by, against, _ in accusations:
            party_ids.update(by)
            if against:
                party_ids.update([against])
        for by, _ in commitments:
            party_ids.update(by)
        if only:
            wanted = [names.party_of(p) for p in only]
            party_ids = Counter({p: party_ids.get(p, 0) for p in wanted})
        sections = [
            self.party(pid, incidents, statements, accusations, commitments, active)
            for pid in party_ids
            if not names.is_person(pid)
        ]
        sections.sort(key=lambda s: (-len(s.incidents), -party_ids[s.id], s.name))

        weekly = self.weekly(incidents, sections)
        docs_in_period = self.documents_in_period(incidents)
        langs = Counter(d.language or "?" for d in self.data.documents.values())
        return ReportContext(
            lang=self.lang,
            dir="rtl" if self.lang == "ar" else "ltr",
            theatre=self.theatre,
            date_from=self.date_from,
            date_to=self.date_to,
            generated_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            version=__version__,
            msg=self.msg,
            parties=sections,
            incidents=incidents,
            weekly=weekly,
            map=self.map_data(incidents),
            sources=self.sources(docs_in_period),
            truces=self.truces(),
            n_documents_in_period=len(docs_in_period),
            n_synthetic=sum(1 for d in docs_in_period if d.synthetic),
            n_undated_events=sum(
                1
                for e in self.data.events
                if event_when(e, self.data.documents.get(e.doc_pk))[0] is None
            ),
            counts=dict(self.data.counts),
            languages=dict(langs),
            linked=self.data.counts.get("incidents", 0) > 0,
            judged=self.data.counts.get("judgements", 0) > 0,
            tracked=self.data.counts.get("commitment_status", 0) > 0,
        )

    def weekly(self, incidents: list[IncidentView], sections: list[PartySection]) -> WeeklySeries:
        weeks = []
        day = week_start(self.date_from)
        while day <= self.date_to:
            weeks.append(day)
            day += dt.timedelta(days=7)
        series = []
        for section in [s for s in sections if s.incidents][:TREND_PARTIES]:
            per_week = Counter(week_start(i.date) for i in section.incidents if i.date)
            series.append((section.id, section.name, [per_week.get(w, 0) for w in weeks]))
        return WeeklySeries(weeks, series)

    def map_data(self, incidents: list[IncidentView]) -> MapData:
        counts: Counter[str] = Counter()
        at: Counter[tuple[float, float]] = Counter()
        place_names: dict[tuple[float, float], str] = {}
        no_location = outside = 0
        for i in incidents:
            if not i.in_theatre:
                outside += 1
                continue
            if i.admin1 is not None and i.admin1 in self.names.governorates:
                counts[i.admin1] += 1
            if i.lat is not None and i.lon is not None:
                key = (round(i.lon, 4), round(i.lat, 4))
                at[key] += 1
                place_names.setdefault(key, i.place_name)
            elif i.admin1 is None:
                no_location += 1
        return MapData(
            counts=dict(counts),
            points=[(lon, lat, n, place_names[(lon, lat)]) for (lon, lat), n in at.items()],
            no_location=no_location,
            outside=outside,
        )

    def truces(self) -> list[TruceView]:
        """The theatre's truces that overlap the period (from the truce stage's theatre file)."""
        try:
            from hudna.truce import load_theatre

            theatre = load_theatre(self.theatre)
        except (ImportError, HudnaError):
            return []  # no truce stage, or an unknown theatre: the section says nothing
        out = []
        for truce in theatre.truces:
            if truce.start > self.date_to or (truce.end is not None and truce.end < self.date_from):
                continue
            out.append(
                TruceView(
                    truce.id, truce.name[self.lang], truce.start, truce.end, truce.basis[self.lang]
                )
            )
        return out

    def documents_in_period(self, incidents: list[IncidentView]) -> list[DocumentRow]:
        by_event = {e.event_id: e.doc_pk for e in self.data.events}
        pks = {d.pk for d in self.data.documents.values() if self.in_window(d.published)}
        for i in incidents:
            pks.update(by_event[e] for e in i.event_ids if e in by_event)
        return [self.data.documents[pk] for pk in sorted(pks)]

    def sources(self, docs: list[DocumentRow]) -> list[SourceRow]:
        grouped: dict[str, list[DocumentRow]] = defaultdict(list)
        for d in docs:
            grouped[d.outlet or self.msg("no_outlet")].append(d)
        rows = [
            SourceRow(
                outlet=outlet,
                documents=len(ds),
                languages=sorted({d.language or "?" for d in ds}),
                synthetic=any(d.synthetic for d in ds),
            )
            for outlet, ds in grouped.items()
        ]
        rows.sort(key=lambda r: (-r.documents, r.outlet))
        return rows


def _importance(i: IncidentView) -> tuple[object, ...]:
    """Violations first, then better-graded, better-corroborated, deadlier, earlier."""
    return (
        STATUS_ORDER.index(i.status) if i.status in STATUS_ORDER else len(STATUS_ORDER),
        not i.grave,
        GRADE_ORDER.index(i.grade) if i.grade in GRADE_ORDER else len(GRADE_ORDER),
        -i.corroboration,
        -(i.fatalities or 0),
        i.date or dt.date.max,
        i.key,
    )


def parse_day(value: str | dt.date, what: str) -> dt.date:
    """A date option (`YYYY-MM-DD`) or a clear error."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise ReportInputError(f"{what}: expected a date YYYY-MM-DD, got {value!r}") from err


def gather(
    store: Store,
    theatre: str = "syria-2016",
    date_from: str | dt.date = "2016-07-01",
    date_to: str | dt.date = "2016-09-30",
    lang: Lang = "en",
    parties: list[str] | None = None,
) -> ReportContext:
    """Read the store and assemble the report for `theatre` between two dates (inclusive).

    `parties`, when given, limits the party sections to those actor ids (people roll up).
    """
    start, end = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    if end < start:
        raise ReportInputError(f"--to {end} is before --from {start}")
    data = load_report_data(store, theatre)
    return _Builder(store, data, theatre, start, end, lang).build(parties)


__all__ = [
    "AccusationView",
    "Citation",
    "CommitmentView",
    "CrossTab",
    "IncidentView",
    "MapData",
    "PartySection",
    "Quote",
    "ReportContext",
    "ResolvedPlace",
    "SourceRow",
    "StatementView",
    "TruceView",
    "WeeklySeries",
    "clean_quote",
    "event_when",
    "gather",
    "parse_day",
    "parse_when",
    "resolve_place",
    "week_start",
]
