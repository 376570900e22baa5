"""Events: trigger words per type, then slot rules for actors, target, place, date and toll.

Rules, in the order they apply to one trigger in its sentence:
- a frame (`على هامش`, `on the sidelines of`) or irrealis word (`جهود`, `للتوصل`, `must`)
  before a MEET/AGREE trigger, or a warning/risk word before any trigger, drops it; a negation
  (`نفت`, `لم`, `denied`) marks it `negated`;
- the agent is an actor right after an Arabic trigger (`قصفت قوات النظام`, `هجوماً لقوات النظام`),
  after an agent marker (`من قبل`, `by`), an adjective beside the trigger (`غارات روسية`,
  `Russian airstrikes`), or the nearest actor before it in the clause (subject-verb order);
  an actor after a target marker (`على مواقع`, `against`) is the target;
- with no agent, the subject of the previous event in the sentence carries over (`كما شن ...`);
- the place is the first place after the trigger before the next trigger, else the nearest
  before it in the sentence; places coordinated by `و`/`،`/`and` give one event each;
- the date is the date expression nearest the trigger in its sentence, else the publication date
  for the lead paragraph, else null;
- `asserted_by` is the speaker whose statement contains the trigger.
Then events of one happening (same type, place and compatible actors) are merged.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from hudna.extract.context import Context, Mention, Sentence, words_between
from hudna.extract.dates import DateMention
from hudna.extract.entities import affiliation
from hudna.extract.matcher import Match, longest_non_overlapping
from hudna.extract.numbers import fatalities
from hudna.models import Event

_AIR_ACTOR_WORDS = re.compile(
    r"طيران|طائر|مقاتلات|مروحي|قاذفات|jets?\b|warplanes?|aircraft|helicopter|bombers|air force"
)
_CLAUSE_BREAK = re.compile(r"[،,;:\"“”«»]")
_COORD = re.compile(
    r"^\s*(?:[،,]\s*)?(?:و|and|,|،|\s)*\s*(?:(?:مدينه|مدينتي|بلده|بلدتي|قريه|قريتي|حي|حيي|منطقه|مدن|بلدات|قرى|احياء|the towns of|the town of)\s+)?$"
)
_NEW_CLAUSE = re.compile(r"[،,;]\s*(?:كما|ثم|حيث|اذ|بينما|فيما|while|as|and)\s")
_WHERE = re.compile(r"[،,]\s*(?:حيث|وهناك|where|there)\s")
_DUAL_PEOPLE = re.compile(
    r"(?:^|\s)(?:ال)?(?:وزيرين|طرفين|الجانبين|الوزيران|الطرفان|الجانبان)|the two ministers|both sides|the two sides"
)


@dataclass
class _Candidate:
    type: str
    trigger: Match
    sentence: Sentence
    actors: list[str] = field(default_factory=list)
    target: str | None = None
    places: list[str] = field(default_factory=list)
    date: DateMention | None = None
    asserted_by: str | None = None
    negated: bool = False
    fatalities: int | None = None


def find_events(ctx: Context) -> None:
    lex = ctx.lexicon
    triggers = longest_non_overlapping(ctx.cues_of("trigger"))
    negations = ctx.cues_of("negation")
    modality = ctx.cues_of("modality")
    frames = ctx.cues_of("frame")
    irrealis = ctx.cues_of("irrealis")
    agent_markers = ctx.cues_of("agent_marker")
    target_markers = ctx.cues_of("target_marker")
    actors = [m for m in ctx.mentions if m.kind in ("actor", "adjective")]
    places = [m for m in ctx.mentions if m.kind == "place" and not _is_theatre_country(ctx, m.id)]
    lede_end = _lede_end(ctx)
    triggers = [
        t
        for t in triggers
        if not (
            t.payload.key in ("MEET", "AGREE")
            and (
                _purpose_prefix(ctx.folded, t.start)
                if t.payload.key == "AGREE"
                else False
                or any(
                    f.end <= t.start
                    and len(words_between(ctx.folded, f.end, t.start)) <= 1
                    and f.start >= ctx.sentence_of(t.start).start
                    for f in (*frames, *irrealis)
                )
            )
        )
    ]
    candidates: list[_Candidate] = []
    for i, trig in enumerate(triggers):
        etype = trig.payload.key
        sentence = ctx.sentence_of(trig.start)
        clause_start = _clause_start(ctx.folded, sentence, trig.start)
        near_before = [
            c
            for c in (*modality, *negations, *irrealis)
            if clause_start <= c.start
            and c.end <= trig.start + 1
            and len(words_between(ctx.folded, c.end, trig.start)) <= 4
        ]
        if any(c.payload.kind == "modality" for c in near_before):
            continue
        if any(c.payload.kind == "irrealis" for c in near_before) and etype not in ("MEET",):
            continue
        cand = _Candidate(etype, trig, sentence)
        cand.negated = any(c.payload.kind == "negation" for c in near_before) or _denied(
            ctx, negations, sentence, trig
        )
        next_trigger = (
            triggers[i + 1].start
            if i + 1 < len(triggers) and triggers[i + 1].start < sentence.end
            else sentence.end
        )
        _fill_participants(
            ctx, cand, actors, agent_markers, target_markers, clause_start, next_trigger
        )
        generic = trig.text in lex.generic or trig.payload.extra == "generic"
        cand.places = _places_for(ctx, places, trig, sentence, next_trigger)
        if generic and not cand.actors and not cand.places:
            continue
        if etype == "ATTACK" and cand.actors and set(cand.actors) <= lex.incursion_states:
            cand.type = "INCURSION"
        if etype == "SHELLING" and (
            _air_context(ctx, cand, sentence)
            or any(
                t.payload.key == "AIRSTRIKE" and t.start >= sentence.start and t.end <= sentence.end
                for t in triggers
            )
        ):
            cand.type = "AIRSTRIKE"
        cand.date = _date_for(ctx, trig, sentence, next_trigger)
        if cand.date is None and trig.start < lede_end and ctx.published:
            cand.date = DateMention(trig.start, trig.end, ctx.published, "day", "relative", "")
        cand.asserted_by = ctx.statement_at(trig.start, trig.end)
        if (
            cand.asserted_by
            and cand.asserted_by in cand.actors
            and cand.type not in ("MEET", "AGREE")
        ):
            cand.actors = [a for a in cand.actors if a != cand.asserted_by]
        cand.fatalities = fatalities(
            ctx.folded[clause_start : _clause_end(ctx.folded, sentence, trig.end)]
        )
        candidates.append(cand)
    _carry_subjects(candidates)
    candidates = [
        c for c in candidates if c.type != "MEET" or len(c.actors) >= 2 or (c.actors and c.places)
    ]
    ctx.events = _merge(ctx, _split(candidates))


def _is_theatre_country(ctx: Context, place_id: str) -> bool:
    place = ctx.lexicon.places[place_id]
    return place.kind == "country" and place.country == ctx.lexicon.theatre_country


def _lede_end(ctx: Context) -> int:
    """End of the lead paragraph: the first paragraph of the body with more than a headline."""
    for sentence in ctx.sentences:
        if sentence.end - sentence.start > 120:
            para = ctx.folded.find("\n", sentence.start)
            return para if para > 0 else sentence.end
    return 0


def _clause_start(folded: str, sentence: Sentence, pos: int) -> int:
    return sentence.start


def _clause_end(folded: str, sentence: Sentence, pos: int) -> int:
    return sentence.end


def _purpose_prefix(folded: str, start: int) -> bool:
    """`للتوصل`: the trigger carries the purpose preposition ل (an agreement sought)."""
    word_start = start
    while word_start > 0 and folded[word_start - 1].isalnum():
        word_start -= 1
    return "ل" in folded[word_start:start]


def _denied(ctx: Context, negations: list[Match], sentence: Sentence, trig: Match) -> bool:
    """A denial verb governing the sentence (`نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت`)."""
    for n in negations:
        if sentence.start <= n.start < trig.start and n.text in (
            "نفي",
            "نفت",
            "ينفي",
            "تنفي",
            "نفوا",
            "denied",
            "denies",
            "deny",
        ):
            return True
    return False


def _fill_participants(
    ctx: Context,
    cand: _Candidate,
    actors: list[Mention],
    agent_markers: list[Match],
    target_markers: list[Match],
    floor: int,
    ceiling: int,
) -> None:
    trig, folded = cand.trigger, ctx.folded
    arabic_trigger = bool(re.search(r"[\u0600-\u06FF]", trig.text))
    in_statement = next(((s, e) for s, e, _ in ctx.statement_spans if s <= trig.start < e), None)
    lo = max(floor, in_statement[0]) if in_statement else floor
    hi = min(ceiling, in_statement[1]) if in_statement else ceiling
    agents: list[str] = []
    target: str | None = None
    group = cand.type in ("MEET", "AGREE")
    for a in actors:
        if a.start < lo or a.end > max(hi, trig.end) + 1:
            continue
        if a.kind == "adjective":
            gap = (
                words_between(folded, trig.end, a.start)
                if a.start >= trig.end
                else words_between(folded, a.end, trig.start)
            )
            if (trig.start <= a.start and a.end <= trig.end) or len(gap) <= 1:
                agents.append(a.id)
            continue
        if a.start >= trig.end:
            gap_text = folded[trig.end : a.start]
            gap = words_between(folded, trig.end, a.start)
            marker_before = [
                m
                for m in (*agent_markers, *target_markers)
                if trig.end <= m.start
                and m.end <= a.start
                and len(words_between(folded, m.end, a.start)) <= 2
            ]
            if (cand.type == "ACCUSE" and len(gap) <= 4 and not _CLAUSE_BREAK.search(gap_text)) or (
                marker_before and marker_before[-1].payload.kind == "target_marker" and not group
            ):
                target = target or a.id
            elif marker_before and marker_before[-1].payload.kind == "agent_marker":
                agents.append(a.id)
            elif group:
                framed = any(trig.end <= f.start < a.start for f in ctx.cues_of("frame"))
                if not framed and (not _CLAUSE_BREAK.search(gap_text) or len(gap) <= 3):
                    agents.append(a.id)
            elif len(gap) <= 2 and not _CLAUSE_BREAK.search(gap_text):
                if arabic_trigger:
                    agents.append(a.id)
                else:
                    target = target or a.id
        else:
            gap_text = folded[a.end : trig.start]
            gap = words_between(folded, a.end, trig.start)
            if group and len(gap) <= 5 and not _NEW_CLAUSE.search(gap_text):
                agents.append(a.id)
            elif not _CLAUSE_BREAK.search(gap_text) and len(gap) <= 10:
                agents = [x for x in agents if x != a.id]
                agents.insert(0, a.id) if not agents else agents.append(a.id)
    if not group and len(agents) > 1:
        # the nearest actor before the trigger, or the first after it, is the agent
        before = [
            a
            for a in actors
            if lo <= a.start and a.end <= trig.start and a.id in agents and a.kind == "actor"
        ]
        after = [a for a in actors if a.start >= trig.start and a.id in agents]
        keep = {before[-1].id} if before else set()
        keep |= {a.id for a in actors if a.kind == "adjective" and a.id in agents}
        if after:
            keep.add(after[0].id)
        agents = [a for a in agents if a in keep]
    if group and not agents:
        # "the two ministers" / "الوزيرين" before or just after the trigger: the last two people named
        sentence = cand.sentence
        dual = [m for m in _DUAL_PEOPLE.finditer(folded, sentence.start, min(hi, trig.end + 40))]
        if dual:
            agents = _last_two_people(ctx, dual[0].start())
    if not group:
        agents = [
            affiliation(ctx, a)
            if ctx.lexicon.actors[a].kind == "person" and cand.type not in ("ACCUSE",)
            else a
            for a in agents
        ]
    cand.actors = list(dict.fromkeys(a for a in agents if a != target))
    cand.target = target


def _last_two_people(ctx: Context, before: int) -> list[str]:
    people: list[str] = []
    for m in reversed([m for m in ctx.mentions if m.kind == "actor" and m.end <= before]):
        if ctx.lexicon.actors[m.id].kind == "person" and m.id not in people:
            people.append(m.id)
        if len(people) == 2:
            break
    return list(reversed(people)) if len(people) == 2 else []


def _places_for(
    ctx: Context, places: list[Mention], trig: Match, sentence: Sentence, next_trigger: int
) -> list[str]:
    after = [p for p in places if trig.end <= p.start < next_trigger]
    if after:
        chosen = [after[0]]
        for p in after[1:]:
            if _COORD.match(ctx.folded[chosen[-1].end : p.start]):
                chosen.append(p)
            else:
                break
        return list(dict.fromkeys(p.id for p in chosen))
    before = [
        p
        for p in places
        if sentence.start <= p.start
        and p.end <= trig.start
        and (
            not _CLAUSE_BREAK.search(ctx.folded[p.end : trig.start])
            or len(words_between(ctx.folded, sentence.start, p.start)) <= 3
            or _WHERE.search(ctx.folded[p.end : trig.start])
        )
    ]
    if before:
        return [before[-1].id]
    inside = [p for p in places if trig.start <= p.start and p.end <= trig.end]
    return [inside[0].id] if inside else []


def _air_context(ctx: Context, cand: _Candidate, sentence: Sentence) -> bool:
    window = ctx.folded[
        max(sentence.start, cand.trigger.start - 60) : min(sentence.end, cand.trigger.end + 60)
    ]
    return bool(_AIR_ACTOR_WORDS.search(window))


def _date_for(
    ctx: Context, trig: Match, sentence: Sentence, next_trigger: int
) -> DateMention | None:
    """The date after the trigger in its clause (before the next trigger), else the nearest."""
    dates = [
        d
        for d in ctx.dates
        if sentence.start <= d.start < sentence.end and d.value and d.kind != "vague"
    ]
    after = [d for d in dates if trig.end <= d.start < next_trigger]
    if after:
        return after[0]
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - trig.end), abs(trig.start - d.end)))


def _carry_subjects(candidates: list[_Candidate]) -> None:
    """Arabic drops a repeated subject: an event with no agent takes the previous one's
    (a meeting with no parties named: the parties of the sentence's first meeting)."""
    for prev, cand in itertools.pairwise(candidates):
        if cand.sentence == prev.sentence and not cand.actors and prev.actors:
            if cand.type in ("MEET", "AGREE") and prev.type not in ("MEET", "AGREE"):
                continue
            if cand.type == "MEET":
                first = next((c for c in candidates if c.sentence == cand.sentence and c.type == "MEET" and c.actors), None)
                cand.actors = list(first.actors) if first else []
                continue
            cand.actors = list(prev.actors)
        elif cand.sentence == prev.sentence and cand.type == "MEET" == prev.type and prev.actors:
            subject = prev.actors[0]
            if subject not in cand.actors and len(cand.actors) >= 1:
                cand.actors.insert(0, subject)


def _split(candidates: list[_Candidate]) -> list[_Candidate]:
    """One event per act and place; a person meeting several other persons: one MEET each."""
    out: list[_Candidate] = []
    for cand in candidates:
        for place in cand.places or [None]:
            if (
                cand.type == "MEET"
                and len(cand.actors) >= 3
                and all(a.islower() for a in cand.actors)
            ):
                subject, *others = cand.actors
                for other in others:
                    out.append(_copy(cand, place, [subject, other]))
            else:
                out.append(_copy(cand, place, cand.actors))
    return out


def _copy(cand: _Candidate, place: str | None, actors: list[str]) -> _Candidate:
    new = _Candidate(
        cand.type,
        cand.trigger,
        cand.sentence,
        list(actors),
        cand.target,
        [place] if place else [],
        cand.date,
        cand.asserted_by,
        cand.negated,
        cand.fatalities,
    )
    return new


def _merge(ctx: Context, candidates: list[_Candidate]) -> list[Event]:
    """Merge candidates describing one happening; keep the first mention's span."""
    merged: list[_Candidate] = []
    for cand in candidates:
        target = next((m for m in merged if _same_happening(m, cand)), None)
        if target is None:
            merged.append(cand)
            continue
        target.actors = list(dict.fromkeys([*target.actors, *cand.actors]))
        target.places = target.places or cand.places
        target.target = target.target or cand.target
        target.date = target.date or cand.date
        target.asserted_by = target.asserted_by or cand.asserted_by
        target.negated = target.negated and cand.negated
        target.fatalities = max(filter(None, [target.fatalities, cand.fatalities]), default=None)
    out = []
    for c in merged:
        s, e = ctx.to_original(c.sentence.start, c.sentence.end)
        date = c.date.value if c.date else None
        precision = c.date.precision if c.date else None
        if precision == "week":
            precision = "month"
            date = date + dt.timedelta(days=2) if date else None
        out.append(
            Event(
                type=c.type,
                actors=c.actors,
                target=c.target,
                place=c.places[0] if c.places else None,  # type: ignore[arg-type]
                date=date.isoformat() if date else None,
                date_precision=precision,  # type: ignore[arg-type]
                asserted_by=c.asserted_by,
                negated=c.negated,
                fatalities=c.fatalities,
                trigger=ctx.original(c.trigger.start, c.trigger.end),
                span=(s, e),
            )
        )
    return out


def _same_happening(a: _Candidate, b: _Candidate) -> bool:
    if a.type != b.type or a.negated != b.negated:
        return False
    pa, pb = (a.places or [None])[0], (b.places or [None])[0]
    if pa and pb and pa != pb:
        return False
    if (
        a.date
        and b.date
        and a.date.value
        and b.date.value
        and abs((a.date.value - b.date.value).days) > 1
    ):
        return False
    sa, sb = set(a.actors), set(b.actors)
    if a.type == "MEET":
        same_parties = sa == sb or (a.sentence == b.sentence and (sa <= sb or sb <= sa))
        return same_parties and (pa == pb or pa is None or pb is None)
    if sa and sb and not (sa & sb):
        return False
    if pa != pb and a.sentence != b.sentence and (sa and sb):
        return pa is None or pb is None
    return True
