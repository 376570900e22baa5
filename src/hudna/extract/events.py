"""Events: trigger words per type, then slot rules for actors, target, place, date and toll.

A trigger's arguments are looked for in its region: from the previous trigger (or the start of
its sentence, or of the statement that contains it) to the next one, cut at strong clause breaks
(`؛`, `، كما`, `، بينما`, `, while`). Within the region:

- agents: in Arabic the actors right after a verb (`قصفت قوات النظام`), after a noun with ل or
  `تابعة ل` (`هجوماً لقوات النظام`), after an agent marker (`من قبل`, `by`), or an adjective
  beside the trigger (`غارات روسية`, `Russian airstrikes`); else the actors just before it
  (subject first: `قوات النظام قصفت`, `Russian jets bombed`). Coordinated actors are all agents
  (`طائرات روسية وأخرى تابعة للنظام`). An actor after a target marker (`على مواقع`, `against`)
  is the target; in English the object of a verb is its target;
- a warning or risk before the trigger drops it; a negation or a denial marks it `negated`;
  planned meetings (`سيلتقي`, `will meet`) and frames (`على هامش`) are not events;
- the place is the first place after the trigger in its region (places coordinated by و/،/and
  give one event each), else the nearest before it; the date is the nearest date expression in
  the region, else in the sentence;
- `asserted_by` is the speaker whose statement contains the trigger, or the accuser when an
  accusation names the act (`اتهم الوزير فصائل جيش الفتح بقصف ...`).
- an accusation reads the accused inside its own quoted words and its venue outside them; one
  that names a nearby hostile act becomes that act, asserted by the accuser;
- a meeting or agreement with no venue after it takes the announcer's adverbial (`، فجر اليوم
  في جنيف،`) or, for named parties, the dateline; talks that end in an agreement are a meeting
  of its parties, and an agreement with no parties named was reached by those who just met;
- a contrast (`، بينما`, `, while`) stops a subject or a means from carrying to the next act.
Then events of one happening (same type, place and compatible actors) are merged, and one act
keeps the most specific type (chlorine barrels: CHEMICAL, not AIRSTRIKE); one act told at two
places stays two events.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from hudna.errors import LexiconError
from hudna.extract.context import Context, Mention, Sentence, title_end, words_between
from hudna.extract.dates import DateMention
from hudna.extract.entities import affiliation
from hudna.extract.lexicon import Cue
from hudna.extract.matcher import Match, longest_non_overlapping
from hudna.extract.numbers import fatalities, is_count
from hudna.geo import place_km
from hudna.models import HOSTILE_TYPES, Event
from hudna.text import is_arabic

_COORD_ACTORS = re.compile(r"^[\s،,]*(?:(?:و|and|&)\s*(?:[^\s،,]+\s+){0,2}ل?[«“\"]?)?$")
_FUTURE_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,2}[وف]?س[يتن]\S{2,}|^\s*(?:\S+\s+){0,2}(?:will|would)\s"
)
_COORD_PLACES = re.compile(
    r"^\s*(?:[،,]\s*)?(?:(?:و|and|,|،|\s)*\s*|(?:[،,]\s*)?(?:و|and)\s*(?:علي|on)\s+)(?:(?:اطراف|محيط|ريف|the outskirts of)\s+)?(?:(?:مدينه|مدينتي|بلده|بلدتي|قريه|قريتي|حي|حيي|احياء|منطقه|مدن|بلدات|قري|the towns? of|the city of)\s+)?$"
)
_AGREEMENT_WORDS = ("MEET", "AGREE")


# Where the positional word lists of events.yaml are looked for: `{words}` stands for the list.
_POSITIONS = {
    "contrast": r"[،,]\s*(?:{words})\s",
    "clause_break": r"(?<![\s.]\w)(?<!^\w)\.|[;؛!?؟\n]|[،,]\s*(?:{words})\s",
    "temporal_frame": r"(?:^|\s)(?:{words})\s+(?:ال)?$",
    "act_subject": r"(?:^|\s)the\s+(?:{words})s?\s+$",
    "future_meeting": r"(?:^|\s)[وف]?(?:{words})\s+(?:\S+\s+){0,7}$",
    "other_norm": r"\s*(?:\S+\s+)?(?:{words})",
    "break_siege": r"(?:^|\s)[وف]?ل?(?:{words})\s+(?:ال|the\s+)?$",
    "capture": r"{words}",
    "negated_after": r"\s+(?:{words})\b",
    "same_spot": r"^\s*(?:\S+\s+){0,4}?(?:علي|the same)\s+(?:\S+\s+)?(?:{words})",
    "carried_out": r"{words}",
    "sponsor": r"(?:{words})\s+(?:\S+\s+)?$",
    "dual_people": r"(?:^|\s)(?:ال)?(?:{words})",
    "same_occasion": r"^\s*(?:{words})",
    "where": r"[،,]\s*(?:{words})\s",
    "air_words": r"{words}",
    "phone": r"{words}",
    "consent": r"{words}",
    "belonging": r"(?:{words})\s+ل?$",
    "fired_from": r"(?:{words})\s+\S*\s*$",
    "hedges": r"{words}",
    "passive": r"{words}",
    "operation": r"{words}",
    "stationed": r"(?:{words})\s+(?:\S+\s+)?$",
    "backing": r"(?:^|\s)(?:{words})\s+(?:من|by)\s+(?:ال|the\s+)?$",
}


@lru_cache(maxsize=64)
def _compiled(template: str, words: str) -> re.Pattern[str]:
    return re.compile(template.replace("{words}", words))


def _at(ctx: Context, name: str) -> re.Pattern[str]:
    """The rule `name` of `_POSITIONS`, compiled once with its words from events.yaml."""
    words = ctx.lexicon.positional.get(name)
    if not words:
        raise LexiconError(
            f"events.yaml: no positional word list {name!r}", path="lexicons/events.yaml"
        )
    return _compiled(_POSITIONS[name], words)


@dataclass
class _Candidate:
    type: str
    trigger: Match
    sentence: Sentence
    lo: int
    hi: int
    actors: list[str] = field(default_factory=list)
    target: str | None = None
    places: list[str] = field(default_factory=list)
    date: DateMention | None = None
    asserted_by: str | None = None
    negated: bool = False
    fatalities: int | None = None
    subject_given: bool = False
    marked_agent: bool = False  # an agent named after a marker (من قبل، by، تابعة ل)
    joined: bool = False  # a meeting someone is later said to have taken part in: one meeting
    sentences: set[Sentence] = field(default_factory=set)  # of the candidates merged into this one
    triggers: list[Match] = field(default_factory=list)  # of the candidates merged into this one

    def __post_init__(self) -> None:
        self.sentences = self.sentences or {self.sentence}

    @property
    def verb(self) -> bool:
        if self.trigger.payload.extra == "verb":
            return True
        # English: a suffix pattern ("shell*") matched a past form ("shelled")
        return not self.arabic and self.trigger_word.endswith("ed")

    trigger_word: str = ""

    @property
    def arabic(self) -> bool:
        return is_arabic(self.trigger.text)


def find_events(ctx: Context) -> None:
    """Fill `ctx.events` from the trigger matches (see the module docstring for the rules)."""
    triggers = sorted(
        [*_usable_triggers(ctx), *_paired_triggers(ctx)],
        key=lambda t: t.start,
    )
    candidates: list[_Candidate] = []
    for i, trig in enumerate(triggers):
        cand = _candidate(ctx, trig, triggers, i)
        if cand is not None:
            candidates.append(cand)
    _lend_means_agents(ctx, triggers, candidates)
    candidates = _resolve_types(ctx, candidates)
    candidates = [c for c in candidates if not _lead_up(ctx, c, candidates)]
    candidates += _damning_statements(ctx, candidates)
    _accusations(ctx, candidates)
    _carry_subjects(ctx, candidates)
    _participants_joining(ctx, candidates)
    _alluded_agents(ctx, candidates)
    _supporters(ctx, candidates)
    _talks_of_agreement(candidates)
    _same_positions(ctx, candidates)
    candidates = _list_items(ctx, candidates)
    for c in candidates:  # "the forces fighting it (Daesh)": no one is their own target
        c.actors = [a for a in c.actors if a != c.target]
    candidates = [c for c in candidates if _worth_keeping(c)]
    if not _about_the_theatre(ctx):
        candidates = [c for c in candidates if c.type not in HOSTILE_TYPES]
    ctx.events = _merge(ctx, _split(candidates))


# -- triggers and regions -----------------------------------------------------------------------


def _usable_triggers(ctx: Context, keep_means: bool = False) -> list[Match]:
    folded = ctx.folded
    frames = [*ctx.cues_of("frame"), *ctx.cues_of("irrealis")]
    futures = ctx.cues_of("future")
    kept: list[Match] = []
    non_events = ctx.cues_of("non_event")
    names = [
        m
        for m in ctx.mentions
        if m.kind == "actor" and re.search(r"[«“\"]", ctx.folded[m.start : m.end])
    ]
    spans = [(n.start, n.end) for n in non_events] + [(n.start, n.end) for n in names]
    for t in longest_non_overlapping(ctx.cues_of("trigger")):
        if any(s <= t.start and t.end <= e for s, e in spans):
            continue  # "asthma attacks", "حرب الأسعار"; فصائل «درع الفرات» names a party
        if t.payload.key in _AGREEMENT_WORDS:
            floor = ctx.sentence_of(t.start).start
            if any(
                f.end <= t.start
                and f.start >= floor
                and len(words_between(folded, f.end, t.start)) <= 1
                for f in frames
            ):
                continue  # على هامش الاجتماع, هذا الاجتماع, جهود التوصل إلى اتفاق
            if (
                _future_verb(folded, t)
                or any(
                    f.end <= t.start
                    and f.start >= floor
                    and len(words_between(folded, f.end, t.start)) <= 3
                    for f in futures
                )
                or _at(ctx, "future_meeting").search(
                    folded[max(floor, _last_break(ctx, floor, t.start)) : t.start]
                )
            ):
                # سيلتقي, من المقرر أن يلتقي, will meet, وستعقد مجموعة العمل اجتماعها الأول: a plan
                continue
            if t.payload.key == "AGREE" and _prefix(folded, t.start).endswith("ل"):
                continue  # للتوصل إلى اتفاق: an agreement sought
        if (
            kept
            and _is_generic(ctx, t)
            and kept[-1].payload.key in HOSTILE_TYPES
            and not _is_generic(ctx, kept[-1])
            and kept[-1].text not in ctx.lexicon.means  # "warplanes struck": the verb is the act
            and kept[-1].end <= t.start
            and len(words_between(folded, kept[-1].end, t.start)) <= 2
            and "\n" not in folded[kept[-1].end : t.start]  # not the headline's last word
            and not re.search(r"(?:^|\s)(?:مع|with|and)\s", folded[kept[-1].end : t.start])
        ):
            continue  # "air strikes hit ...", "غارات استهدفت ...": the verb is the noun's predicate
        kept.append(t)
    # a means of attack ("طائرات حربية", "helicopters") is the act only when nothing else names it
    # "was hit by barrel bombs", "استُهدف بالبراميل": the generic verb is told by its instrument
    kept = [
        t
        for i, t in enumerate(kept)
        if not (
            _is_generic(ctx, t)
            and i + 1 < len(kept)
            and kept[i + 1].payload.key in HOSTILE_TYPES
            and kept[i + 1].payload.key != t.payload.key  # a like weapon is the act's own
            and not _is_generic(ctx, kept[i + 1])
            and re.fullmatch(
                r"\s*(?:\S+\s+)?(?:by|with|ب)\s*(?:the\s+|ال)?",
                folded[t.end : kept[i + 1].start],
            )
        )
    ]
    if keep_means:
        return kept
    acts = [t for t in kept if t.payload.key in HOSTILE_TYPES and t.text not in ctx.lexicon.means]
    return [
        t for t in kept if t.text not in ctx.lexicon.means or not _named_in_clause(ctx, t, acts)
    ]


def _named_in_clause(ctx: Context, means: Match, acts: list[Match]) -> bool:
    """Whether another word names the act of a means in its clause ("شنت طائرات حربية غارات");
    "إن مقاتلات تركية دمرت 17 هدفاً، وإن المدفعية قصفت ..." tells two acts."""
    sentence = ctx.sentence_of(means.start)
    bounds = [
        *(
            m.end()
            for m in _at(ctx, "clause_break").finditer(ctx.folded, sentence.start, sentence.end)
        ),
        *(
            c.start
            for c in ctx.cues_of("complementiser")
            if sentence.start < c.start < sentence.end
        ),
    ]
    lo = max([sentence.start, *(b for b in bounds if b <= means.start)])
    hi = min([sentence.end, *(b for b in bounds if b > means.end)])
    return any(lo <= t.start < hi for t in acts)


# Verbs read as event triggers when a word of a second list follows them in their sentence:
# (head cue, tail cue, event type, most words between them; None: anywhere in the sentence).
_PAIRED_TRIGGERS: tuple[tuple[str, str, str, int | None], ...] = (
    ("description", "pejorative", "ACCUSE", None),  # lexicon description_verbs + pejoratives
    ("blocking", "aid_object", "SIEGE", 8),  # lexicon blocking_verbs + aid_objects
    ("blame", "responsibility", "ACCUSE", 6),  # lexicon blame_verbs + responsibility
)


def _paired_triggers(ctx: Context) -> list[Match]:
    """`وصفت الهيئة الاتفاقات بأنها «تهجير قسري» تمارسه الحكومة` (a description verb, then a
    damning word): ACCUSE; `منع قوات الحكومة السورية وحزب الله وصول المساعدات` (a blocking verb,
    then an aid object within eight words): SIEGE. A head already inside a trigger of that type
    is left to it."""
    triggers = ctx.cues_of("trigger")
    out = []
    for head, tail, etype, within in _PAIRED_TRIGGERS:
        tails = ctx.cues_of(tail)
        for verb in longest_non_overlapping(ctx.cues_of(head)):
            if any(t.payload.key == etype and t.start <= verb.start < t.end for t in triggers):
                continue
            sentence = ctx.sentence_of(verb.start)
            if any(
                verb.end <= x.start < sentence.end
                and (within is None or len(words_between(ctx.folded, verb.end, x.start)) <= within)
                for x in tails
            ):
                # a participle ("محمّلة روسيا مسؤولية") is said of the speaker, its object follows
                form = "noun" if head == "blame" and verb.text.startswith("م") else "verb"
                out.append(Match(verb.start, verb.end, Cue("trigger", etype, form), verb.text))
    return out


def _is_generic(ctx: Context, t: Match) -> bool:
    return t.text in ctx.lexicon.generic or _stem_generic(t.text, ctx.lexicon.generic)


def _lend_means_agents(ctx: Context, triggers: list[Match], candidates: list[_Candidate]) -> None:
    """A means of attack left out for a word that names the act still names who attacked:
    "طائرات حربية يُعتقد أنها روسية نفذت ست غارات" → the غارات are Russian."""
    every = _usable_triggers(ctx, keep_means=True)
    kept = {(t.start, t.end) for t in triggers}
    for i, trig in enumerate(every):
        if (trig.start, trig.end) in kept:
            continue
        means = _candidate(ctx, trig, every, i)
        if means is None or not means.actors:
            continue
        for c in candidates:
            if (
                c.sentence == means.sentence
                and c.type in HOSTILE_TYPES
                and not c.actors
                and c.trigger.start > trig.start
                and not _at(ctx, "contrast").search(ctx.folded, trig.end, c.trigger.start)
            ):
                c.actors = list(means.actors)


def _prefix(folded: str, start: int) -> str:
    word_start = start
    while word_start > 0 and folded[word_start - 1].isalnum():
        word_start -= 1
    return folded[word_start:start]


def _future_verb(folded: str, t: Match) -> bool:
    return t.payload.extra == "verb" and "س" in _prefix(folded, t.start)


def _region(ctx: Context, trig: Match, triggers: list[Match], i: int) -> tuple[Sentence, int, int]:
    folded = ctx.folded
    sentence = ctx.sentence_of(trig.start)
    lo, hi = sentence.start, sentence.end
    for s, e, _ in ctx.statement_spans:
        if s <= trig.start < e:
            lo, hi = max(lo, s), min(hi, e)
    if i > 0 and triggers[i - 1].end > lo and triggers[i - 1].end <= trig.start:
        lo = triggers[i - 1].end
        # an actor named together with the previous trigger ("government helicopters dropped
        # barrel bombs") stays in reach
        for m in ctx.mentions:
            if (
                m.kind in ("actor", "adjective")
                and m.start < lo < m.end + 1
                and m.end <= trig.start
            ):
                lo = min(lo, m.start)
    if i + 1 < len(triggers) and triggers[i + 1].start < hi:
        hi = triggers[i + 1].start
    for s_start, _e, _sp in ctx.statement_spans:
        if _accused_in(ctx, trig, s_start):
            continue  # "اتهم لافروف الولايات المتحدة بالعجز": the accusation is said, the accused in it
        if trig.end <= s_start < hi:
            hi = s_start  # the words of a statement that follows are not this act's arguments
    for br in _at(ctx, "clause_break").finditer(folded, lo, trig.start):
        lo = max(lo, br.end())
    brk = _at(ctx, "clause_break").search(folded, trig.end, hi)
    if brk:
        hi = brk.start()
    return sentence, lo, hi


def _accused_in(ctx: Context, trig: Match, s_start: int) -> bool:
    """Whether the statement starting at `s_start` is the words of the accusation `trig` opens."""
    return (
        trig.payload.key == "ACCUSE"
        and trig.end <= s_start
        and len(words_between(ctx.folded, trig.end, s_start)) <= 10
    )


def _candidate(ctx: Context, trig: Match, triggers: list[Match], i: int) -> _Candidate | None:
    folded = ctx.folded
    sentence, lo, hi = _region(ctx, trig, triggers, i)
    clause_lo = max(sentence.start, _last_break(ctx, sentence.start, trig.start))
    idioms = ctx.cues_of("quantity_idiom")  # "ما لا يقل عن 30 برميلاً": not a negation
    near = [
        c
        for c in (*ctx.cues_of("modality"), *ctx.cues_of("negation"), *ctx.cues_of("irrealis"))
        if clause_lo <= c.start
        and c.end <= trig.start + 1
        and len(words_between(folded, c.end, trig.start)) <= 4
        and not any(q.start <= c.start < q.end for q in idioms)
    ]
    if any(
        c.payload.kind in ("modality", "irrealis") and not _perfective_qad(folded, c) for c in near
    ):
        return None
    if _at(ctx, "temporal_frame").search(
        folded[max(0, trig.start - 12) : trig.start]
    ) and _definite(folded, trig):
        return None  # "خلال المعارك", "after the attack": a time frame pointing back at an act told
    if any(
        trig.end <= c.start and len(words_between(folded, trig.end, c.start)) <= 2
        for c in ctx.cues_of("post_modality")
    ):
        return None  # "هجوم بري محتمل", "تفاهم قريب": possible, not done
    if _at(ctx, "act_subject").search(folded[max(0, trig.start - 30) : trig.start]):
        return None  # "The blast struck near a building": the act already told, not another
    if _gerund_with_object(ctx, trig):
        return None  # "focus on fighting Islamic State", "the forces fighting it": no act told
    if trig.payload.key in HOSTILE_TYPES and _FUTURE_AFTER.match(folded[trig.end : trig.end + 40]):
        return None  # "معركة حلب ستكون نقطة انطلاق": a prediction, not an act
    if trig.payload.key == "CEASEFIRE_VIOLATION" and (
        _at(ctx, "other_norm").match(folded, trig.end)
        or not any(sentence.start - 600 <= t.start < sentence.end for t in ctx.cues_of("truce"))
    ):
        return None  # "انتهاك صارخ للقانون الدولي" is not a breach of a truce; "15 violations"
        # after a paragraph about the truce is
    cand = _Candidate(trig.payload.key, trig, sentence, lo, hi)
    cand.trigger_word = folded[trig.start : trig.end]
    cand.negated = (
        any(c.payload.kind == "negation" for c in near)
        or _denied(ctx, sentence, trig)
        or _at(ctx, "negated_after").match(folded, trig.end) is not None
    )
    cand.asserted_by = ctx.statement_at(trig.start, trig.end) or _attribution(ctx, sentence, trig)
    _participants(ctx, cand)
    if cand.type == "SIEGE" and _at(ctx, "break_siege").search(
        folded[max(0, trig.start - 14) : trig.start]
    ):
        # "كسر الحصار", "لفك الحصار", "broke the siege": those who break it are the besieged
        cand.target = cand.target or (cand.actors[0] if cand.actors else None)
        cand.actors = []
    cand.places = _places(ctx, cand) or _siege_told_before(ctx, cand)
    cand.date = _date(ctx, cand)
    cand.fatalities = fatalities(folded[sentence.start : sentence.end])
    perfect = not cand.arabic and re.search(
        r"(?:^|\s)(?:have|has|had)\s+(?:\S+\s+)?$", folded[max(0, trig.start - 20) : trig.start]
    )  # "Government forces have besieged the camp": a verb, not a state
    if (
        trig.text in ctx.lexicon.stative
        and not perfect
        and not any(
            _marker_before(ctx, trig.end, m.start) == "agent"
            for m in ctx.mentions
            if m.kind == "actor" and trig.end <= m.start < hi
        )
    ):
        # "مضايا المحاصرة" tells a siege without its besieger; "المحاصرة من قبل قوات النظام"
        # names the besieger
        if not cand.places:
            return None
        cand.actors, cand.target = [], None
    own_place = any(m.kind == "place" and trig.end <= m.start < hi for m in ctx.mentions)
    if (
        _definite(folded, trig)
        and not own_place
        and not cand.marked_agent
        and not cand.subject_given
        and cand.type != "ACCUSE"
    ):
        return None  # "الهجمات", "خلال المعارك": a definite noun refers back to an act already told
    return cand


def _gerund_with_object(ctx: Context, trig: Match) -> bool:
    """An English -ing form with its object right after it and no auxiliary before it names an
    activity ("fighting Islamic State"), not an act that happened ("were shelling Aleppo")."""
    folded = ctx.folded
    word_end = trig.end
    while word_end < len(folded) and folded[word_end].isalpha():
        word_end += 1
    if is_arabic(trig.text) or not folded[trig.start : word_end].endswith("ing"):
        return False
    if re.search(
        r"(?:^|\s)(?:is|are|was|were|be|been|being)\s+$|[,،]\s*$",
        folded[max(0, trig.start - 9) : trig.start],
    ):
        return (
            False  # "were shelling Aleppo"; ", accusing Moscow of ...": a participle of the clause
        )
    after = folded[word_end : word_end + 40]
    return re.match(r"\s+(?:it|them)\b", after) is not None or any(
        m.start >= word_end and not words_between(folded, word_end, m.start)
        for m in ctx.mentions_in(word_end, word_end + 40, "actor")
    )


def _definite(folded: str, trig: Match) -> bool:
    if trig.payload.extra == "verb" or not is_arabic(trig.text):
        return False
    return trig.text.startswith("ال") or _prefix(folded, trig.start).endswith("ال")


def _perfective_qad(folded: str, cue: Match) -> bool:
    """`قد` before a past verb (`قد ألقت`) marks completion, not possibility (`قد يشهد`)."""
    if cue.text != "قد":
        return False
    nxt = re.match(r"\s*(\S+)", folded[cue.end : cue.end + 20])
    if re.search(
        r"(?:^|\s)و?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}$",
        folded[max(0, cue.start - 40) : cue.start],
    ):
        return True  # وكان الحي قد تعرض: a past perfect
    return nxt is not None and not re.match(r"[يتن]", nxt.group(1))


def _last_break(ctx: Context, floor: int, pos: int) -> int:
    last = floor
    for m in _at(ctx, "clause_break").finditer(ctx.folded, floor, pos):
        last = m.end()
    return last


def _denied(ctx: Context, sentence: Sentence, trig: Match) -> bool:
    """A denial verb governing the trigger (`نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت`)."""
    for n in ctx.cues_of("negation"):
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


def _attribution(ctx: Context, sentence: Sentence, trig: Match) -> str | None:
    """`بحسب ما أعلنت وزارة الدفاع الروسية`, `according to the Pentagon`: the source of the act."""
    for verb in ctx.cues_of("speech"):
        if sentence.start <= verb.start < sentence.end and verb.text in (
            "بحسب",
            "وفق",
            "according to",
        ):
            after = [
                m
                for m in ctx.mentions
                if m.kind == "actor"
                and verb.end <= m.start < verb.end + 60
                and m.start < sentence.end
            ]
            if after:
                return after[0].id
    return None


# -- participants -------------------------------------------------------------------------------


def _groups(ctx: Context, mentions: list[Mention]) -> list[list[Mention]]:
    """Coordinated actors (`قوات النظام وحزب الله`, `Russian and Syrian jets`) grouped together."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and _COORD_ACTORS.match(ctx.folded[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _marker_before(ctx: Context, start: int, end: int) -> str | None:
    """'target' or 'agent' when a marker stands within two words before `end` (after `start`)."""
    found = None
    for m in ctx.cues:
        kind = m.payload.kind
        if (
            kind in ("target_marker", "agent_marker")
            and start <= m.start
            and m.end <= end
            and len(words_between(ctx.folded, m.end, end)) <= 2
        ):
            if m.text in ("من", "from") and (
                len(words_between(ctx.folded, start, m.start)) > 3
                or _at(ctx, "consent").search(ctx.folded, max(start, m.start - 12), m.start)
            ):
                continue  # "من" names the source only right after the act, not "بلا موافقة من"
            found = "target" if kind == "target_marker" else "agent"
            if m.text == "from" and _at(ctx, "capture").search(
                ctx.folded[max(0, start - 25) : m.start]
            ):
                found = "target"  # "seized from rebels": the one who lost it
    tail = ctx.folded[max(start, end - 20) : end]
    if _at(ctx, "belonging").search(tail) or _at(ctx, "fired_from").search(tail):
        found = "agent"
    if _at(ctx, "backing").search(tail):
        found = "backer"  # "فصائل درع الفرات المدعومة من الجيش التركي": a backer, not a fighter
    return found


def _participants(ctx: Context, cand: _Candidate) -> None:
    folded, trig = ctx.folded, cand.trigger
    group = cand.type in _AGREEMENT_WORDS
    overlapping = [
        m for m in ctx.mentions if m.kind == "actor" and m.start < trig.end and trig.start < m.end
    ]
    mentions = [
        m
        for m in ctx.mentions
        if m.kind == "actor"
        and cand.lo <= m.start
        and m.end <= cand.hi
        and not (m.start < trig.end and trig.start < m.end)
    ]
    adjectives = [m for m in ctx.mentions if m.kind == "adjective" and cand.lo <= m.start < cand.hi]
    patient = any(p.start == trig.start for p in ctx.cues_of("patient_noun"))
    adjectives += _coordinated_nationalities(ctx, adjectives, cand)
    agents: list[str] = [
        m.id for m in overlapping if not group
    ]  # "Russian warplanes", "طائرات النظام"
    target: str | None = None
    # adjectives inside or right beside the trigger: غارات جوية روسية, Russian airstrikes, العملية التركية
    adjectives = [
        a
        for a in adjectives
        if not re.match(r"-(?:held|controlled|backed)", folded[a.end : a.end + 12])
    ]
    for adj in adjectives:
        believed = _at(ctx, "hedges").search(folded, trig.end, adj.start)
        after = adj.start >= trig.end and len(words_between(folded, trig.end, adj.start)) <= (
            2 if cand.arabic and not believed else 4
        )
        if after and ((not cand.arabic and cand.verb) or patient):
            target = target or adj.id  # shelled government positions; اغتيال السفير الروسي
        elif (
            trig.start <= adj.start < trig.end
            or after
            or (
                adj.end <= trig.start
                and len(words_between(folded, adj.end, trig.start)) <= (1 if cand.arabic else 3)
                # "... شارات الوحدات الكردية، ووصف الوزير": a new clause, not the act's subject
                and not re.search(r"[،,]\s*[وف]?$", folded[adj.end : trig.start])
            )
        ):
            agents.append(adj.id)
    right = _groups(ctx, [m for m in mentions if m.start >= trig.end])
    left = _groups(ctx, [m for m in mentions if m.end <= trig.start])
    anchor = trig.end
    svo = (
        bool(left)
        and cand.arabic
        and cand.verb
        and len(words_between(folded, left[-1][-1].end, trig.start)) <= 1
        and ":" not in folded[left[-1][-1].end : trig.start]  # "مركز حميميم: 23 خرقاً": speaker
        and not re.search(r"[،,]\s*[وف]?$", folded[left[-1][-1].end : trig.start])  # "...، ووصف"
    )
    if svo and not group:
        # قوات النظام قصفت ..., التحالف الدولي يقصف الرقة وداعش ...: the subject comes first
        agents += [m.id for m in left[-1]]
        cand.subject_given = True
        right = [g for g in right if _marker_before(ctx, trig.end, g[0].start) == "target"][:1]
    between = False
    for n, grp in enumerate(right):
        ids = list(
            dict.fromkeys(m.id for m in grp)
        )  # "وزير الخارجية الروسي سيرغي لافروف": one actor
        gap = words_between(folded, anchor, grp[0].start)
        marker = _marker_before(ctx, anchor, grp[0].start)
        lam = _prefix(folded, grp[0].start).endswith("ل") or bool(
            re.search(r"(?:^|\s)ل\s*$", folded[anchor : grp[0].start])
        )
        framed = any(
            anchor <= f.start < grp[0].start
            and not any(d.start <= f.start < d.end for d in ctx.cues_of("delegation"))
            for f in ctx.cues_of("frame")
        )
        if framed:
            break
        if group:
            if any(anchor <= c.start < grp[0].start for c in ctx.cues_of("complementiser")):
                break  # اتفقوا على أن يبدأ برنامج الأغذية ...: the rest is what was agreed
            if any(anchor <= c.start < grp[0].start for c in ctx.cues_of("irrealis")):
                break  # "التحضيرات لعقد لقاء بين الحكومة والمعارضة": the parties of a plan
            joined = any(anchor <= p.start < grp[0].start for p in ctx.cues_of("participation"))
            # "اتفاق أبرم بين لجنة التفاوض في الحي وممثلين عن الحكومة": a side named by description
            sides = re.search(r"(?:^|\s)(?:بين|between)\s", folded[anchor : grp[0].start])
            # "استقبل الأسد في دمشق، اليوم الثلاثاء، مساعد وزير الخارجية الإيراني": the venue and
            # the day between the verb and the guest do not count
            aside = [(m.start, m.end) for m in ctx.mentions_in(anchor, grp[0].start, "place")]
            aside += [(d.start, d.end) for d in ctx.dates if anchor <= d.start < grp[0].start]
            said = [
                w.group()
                for w in re.finditer(r"[^\W\d_]+", folded[anchor : grp[0].start])
                if not any(s <= anchor + w.start() < e for s, e in aside)
            ]
            if len(gap) <= 4 or joined or (sides and len(gap) <= 8) or len(said) <= 3:
                agents += ids
            anchor = grp[-1].end
            continue
        other_side = (
            between
            and len(gap) <= 5
            and re.match(r"\s*(?:[^\W\d_]+\s+)?(?:و|and\s)", folded[anchor : grp[0].start])
            is not None
        )  # "between Islamic State fighters and members of the Nusra Front"  # "بين فصائل المعارضة ومجموعات تابعة لتنظيم داعش": the second side
        if other_side or re.search(r"(?:^|\s)(?:بين|between)\s", folded[anchor : grp[0].start]):
            agents += ids  # اشتباكات بين فصائل المعارضة وقوات النظام: both sides
            anchor = grp[-1].end
            between = not other_side
            continue
        between = False
        if marker == "backer":
            anchor = grp[-1].end
            continue
        if marker == "target":
            target = target or ids[0]
        elif marker == "agent":
            agents += ids
            cand.marked_agent = True
        elif cand.type == "ACCUSE":
            if (
                n == 0
                and cand.verb
                and any(a.start >= trig.end and a.id in agents for a in adjectives)
            ):
                target = target or ids[0]  # اتهم الوزير الروسي فصائل ...: subject told, object
            elif n == 0 and cand.verb and cand.arabic and len(gap) <= 3 and not lam:
                agents.append(ids[0])  # اتهم لافروف واشنطن: verb, subject, object
                if len(ids) > 1:
                    target = target or ids[1]
                cand.subject_given = True
            elif len(gap) <= 4:
                target = target or ids[0]
        elif n == 0 and cand.arabic and cand.verb and lam and [w for w in gap if w not in "لل"]:
            target = target or ids[0]  # قصفت 67 هدفاً للتنظيم: the ل-object is what was hit
        elif n == 0 and not gap and patient:
            target = target or ids[0]  # اغتيال قائد الفصيل: the one killed
        elif n == 0 and cand.arabic and lam and len(gap) >= 2 and trig.text in ctx.lexicon.means:
            target = target or ids[0]  # "مقاتلات تركية دمرت 17 هدفاً للتنظيم": what they hit
        elif n == 0 and cand.arabic and (len(gap) <= 3 if cand.verb else (len(gap) <= 1 or lam)):
            agents += ids
        elif n == 0 and not cand.arabic and len(gap) <= 2:
            target = target or ids[0]  # Russian jets bombed rebels
        anchor = grp[-1].end
    passive = left and _at(ctx, "passive").search(folded, left[-1][-1].end, trig.start)
    if passive and not group:
        target = target or left[-1][0].id  # تعرضت مواقع المعارضة لقصف: the subject is the victim
        left = []
    if (
        not left
        and not cand.arabic
        and re.search(
            r"[,،]\s*(?:which|who|that)\s+(?:\S+\s+){0,2}$",
            folded[max(0, trig.start - 40) : trig.start],
        )
    ):
        antecedents = [
            m
            for m in ctx.mentions
            if m.kind == "actor" and cand.sentence.start <= m.start and m.end <= trig.start
        ]
        left = _groups(
            ctx, antecedents[-1:]
        )  # "the SDF, which are besieging ...": the antecedent acts
    english_adjectival = not cand.arabic and any(
        m.id in agents for m in adjectives if m.end <= trig.start
    )
    if (
        left
        and (group or not svo)
        and (not agents or group or (not cand.arabic and not english_adjectival))
    ):
        grp = left[-1]
        if (
            not cand.arabic
            and len(left) > 1
            and re.search(
                r"(?:^|\s)(?:to|with)\s+(?:the\s+)?$",
                folded[max(0, grp[0].start - 10) : grp[0].start],
            )
        ):
            grp = left[-2]  # "Syria's foreign ministry, in a letter to the U.N. Security Council,"
        gap = words_between(folded, grp[-1].end, trig.start)
        limit = 12 if group else (8 if cand.arabic else 10)
        governed = any(
            grp[-1].end <= v.start < trig.start
            for v in (*ctx.cues_of("speech"), *_accuse_verbs(ctx))
        )
        if (
            len(gap) <= limit
            and ":" not in folded[grp[-1].end : trig.start]  # "مركز حميميم: 23 خرقاً": the speaker
            and not (governed and not group)
            and (group or not any(m.id == target for m in grp))
        ):
            agents = (
                [*[m.id for m in grp], *agents] if not cand.arabic or group else [m.id for m in grp]
            )
            cand.subject_given = True
    if group and not agents and _nominal_object(ctx, cand):
        # أعلن كيري ولافروف ... التوصل إلى اتفاق: the announcers are the parties
        floor = _last_break(ctx, cand.sentence.start, trig.start)
        before = _groups(
            ctx,
            [
                m
                for m in ctx.mentions
                if m.kind == "actor" and floor <= m.start and m.end <= trig.start
            ],
        )
        if before and len(words_between(folded, before[-1][-1].end, trig.start)) <= 14:
            agents = [m.id for m in before[-1]]
            cand.subject_given = True
    if (
        group
        and _at(ctx, "dual_people").search(folded, cand.sentence.start, min(cand.hi, trig.end + 40))
        and len(set(agents)) < 2
    ):
        dual = _at(ctx, "dual_people").search(
            folded, cand.sentence.start, min(cand.hi, trig.end + 40)
        )
        assert dual is not None
        agents = list(dict.fromkeys([*agents, *_last_two_people(ctx, dual.start())]))
    if not agents and not group and cand.asserted_by:
        own = [
            f
            for f in ctx.cues_of("own_forces")
            if cand.lo <= f.start < cand.hi
            and len(
                words_between(folded, f.end, trig.start)
                if f.end <= trig.start
                else words_between(folded, trig.end, f.start)
            )
            <= 3
        ]
        if own:
            agents = [cand.asserted_by]  # "طائراتها نفذت 64 غارة", said by the Russian ministry
    if (
        not cand.arabic
        and cand.verb
        and re.search(r"(?:^|\s)and\s+$", folded[max(0, trig.start - 6) : trig.start])
    ):
        first = [
            m
            for m in ctx.mentions
            if m.kind == "actor" and cand.sentence.start <= m.start < trig.start
        ]
        if first:
            agents = [
                first[0].id
            ]  # "Lavrov said ... and accused Washington of ...": the same subject
            cand.subject_given = True
    # "الطيران الحربي الروسي والسوري": a nationality joined to an agent is an agent too
    agent_mentions = [
        m
        for m in ctx.mentions
        if m.kind == "actor" and m.id in agents and cand.lo <= m.start < cand.hi
    ]
    agent_adjectives = [a for a in adjectives if a.id in agents]
    for nat in _coordinated_nationalities(
        ctx, [*agent_mentions, *agent_adjectives], cand, with_actors=False
    ):
        if nat.id not in agents and nat.id != target:
            agents.append(nat.id)
    # "Russian and Syrian jets": a nationality joined to an agent named after it
    agent_starts = [m.start for m in agent_mentions] + [
        a.start for a in adjectives if a.id in agents
    ]
    for adj in adjectives:
        if (
            adj.id not in agents
            and adj.id != target
            and any(
                re.fullmatch(r"\s*(?:و|and)\s*", folded[adj.end : start])
                for start in agent_starts
                if adj.end <= start
            )
        ):
            agents.insert(0, adj.id)
    if not group and not agents and cand.type == "ATTACK":
        agents = _sides_elsewhere(ctx, cand)
    if (
        not group
        and not cand.arabic
        and re.search(
            r"(?:^|\s)(?:their|its)\s+(?:\S+\s+)?$", folded[max(0, trig.start - 20) : trig.start]
        )
    ):
        # "government forces recaptured ..., restoring their siege of the east": the subject's
        subject = ctx.mentions_in(cand.sentence.start, trig.start, "actor")
        if subject:
            agents = [subject[0].id]
    if cand.type == "AGREE":  # "اتفاق ... برعاية روسية", "a deal brokered by Russia"
        for m in ctx.mentions:
            if (
                m.kind in ("actor", "adjective")
                and trig.end <= m.start < cand.sentence.end
                and _at(ctx, "sponsor").search(folded[max(trig.end, m.start - 25) : m.start])
            ):
                agents.append(m.id)
    if cand.type == "ACCUSE" and agents and target is None:
        # "انتقدت أنقرة ارتداء الجنود الأميركيين شارات ...": the party named in the object
        accusers = [m for m in ctx.mentions if m.kind == "actor" and m.id in agents]
        # "وصفت الهيئة الاتفاقات بأنها «تهجير قسري» تمارسه الحكومة": the culprit comes later
        described_as = any(d.start == trig.start for d in ctx.cues_of("description"))
        described = sorted(
            [(m.start, m.id) for m in ctx.mentions if m.kind == "actor" and m.id not in agents]
            + [
                (c.start, c.payload.key)
                for c in ctx.cues_of("nationality")
                if c.payload.key not in agents
                and not any(m.start <= c.start < m.end for m in accusers)
            ]
        )
        described = [
            (start, key)
            for start, key in described
            if trig.end <= start < cand.sentence.end
            and len(words_between(folded, trig.end, start)) <= (12 if described_as else 5)
        ]
        target = described[0][1] if described else None
    word_end = trig.end
    while word_end < len(folded) and folded[word_end].isalpha():
        word_end += 1
    if (
        cand.type == "ACCUSE"
        and cand.arabic
        and cand.verb
        and re.search(r"(?:ها|هم|هما)$", folded[trig.start : word_end])
    ):
        # "لم يوفر الإدارة الأميركية من انتقاداته، إذ اتهمها بأنها ...": the pronoun is the party
        # named before, the sentence's subject accuses
        named = [
            m
            for m in ctx.mentions_in(cand.sentence.start, trig.start, "actor")
            if m.end <= trig.start
        ]
        if named:
            target = named[-1].id
            agents = [named[0].id] if named[0].id != target else []
    if (
        not agents
        and not cand.arabic
        and folded[trig.start : word_end].endswith("ing")
        and re.search(r"[,،]\s*$", folded[max(0, trig.start - 4) : trig.start])
    ):
        # "The United States suspended its talks with Russia, accusing Moscow of ...": the
        # participle's subject is the clause's
        floor = cand.sentence.start
        for s_start, s_end, _sp in ctx.statement_spans:
            if s_start <= trig.start < s_end:
                floor = max(floor, s_start)
        subject = ctx.mentions_in(floor, trig.start, "actor")
        if subject and subject[0].id != target:
            agents = [subject[0].id]
    if cand.type == "ACCUSE" and not agents:
        spoken = [
            sp for s, _e, sp in ctx.statement_spans if cand.sentence.start <= s < cand.sentence.end
        ]
        agents = spoken[:1]  # متهماً النظام بـ...: the one speaking accuses
    if not group:
        agents = [affiliation(ctx, a) if cand.type != "ACCUSE" else a for a in agents]
    else:
        agents = _people_over_their_states(ctx, agents)  # Kerry and the United States: Kerry
    cand.actors = [a for a in dict.fromkeys(agents) if a != target]
    cand.target = target


def _sides_elsewhere(ctx: Context, cand: _Candidate) -> list[str]:
    """A clash whose sides are named elsewhere in its sentence: "اشتباكات عنيفة بين الطرفين" (the
    two parties just named), "اشتباكات ... حيث تحاول قوات النظام التقدم" (those advancing)."""
    folded, trig = ctx.folded, cand.trigger
    rest = folded[trig.end : cand.sentence.end]
    both = _at(ctx, "dual_people").match(rest, 0, 40) or re.match(
        r"\s*(?:\S+\s+){0,2}?(?:بين|between)\s+(?:ال)?(?:طرفين|جانبين|the two sides|both sides)",
        rest,
    )
    if both:
        named = []
        for m in reversed(ctx.mentions_in(cand.sentence.start, trig.start, "actor")):
            party = affiliation(ctx, m.id)
            if party not in named:
                named.append(party)
        return named[:2][::-1] if len(named) >= 2 else []
    where = _at(ctx, "where").search(folded, trig.end, cand.sentence.end)
    if where:
        after = [
            m
            for m in ctx.mentions_in(where.end(), cand.sentence.end, "actor")
            if len(words_between(folded, where.end(), m.start)) <= 3
        ]
        if after:
            return [affiliation(ctx, after[0].id)]
    return []


def _people_over_their_states(ctx: Context, actors: list[str]) -> list[str]:
    """Parties of a meeting or agreement: a person named stands for the state they serve, which
    is then not listed again."""
    states = {affiliation(ctx, a) for a in actors if ctx.lexicon.actors[a].kind == "person"}
    return [a for a in actors if a not in states]


def _accuse_verbs(ctx: Context) -> list[Match]:
    return [t for t in ctx.cues_of("trigger") if t.payload.key == "ACCUSE"]


def _nominal_object(ctx: Context, cand: _Candidate) -> bool:
    """The trigger opens the object of a speech verb with no أن (`أعلن X التوصل إلى اتفاق`), or
    stands outside any statement."""
    for s, _e, _sp in ctx.statement_spans:
        if s <= cand.trigger.start < _e:
            if len(words_between(ctx.folded, s, cand.trigger.start)) > 3:
                return False
            return not any(0 <= s - c.end <= 2 for c in ctx.cues_of("complementiser"))
    return True


def _coordinated_nationalities(
    ctx: Context, adjectives: list[Mention], cand: _Candidate, *, with_actors: bool = True
) -> list[Mention]:
    """`الطيران الروسي والسوري`: a nationality joined by و to an adjective is one too."""
    out = []
    nationals = (
        [m for m in ctx.mentions if m.kind == "actor" and cand.lo <= m.start < cand.hi]
        if with_actors
        else []
    )
    for nat in ctx.cues_of("nationality"):
        if not (cand.lo <= nat.start < cand.hi):
            continue
        for adj in [*adjectives, *nationals]:  # الطيران الحربي الروسي والسوري
            if adj.end <= nat.start and re.fullmatch(
                r"\s*(?:و|and)\s*", ctx.folded[adj.end : nat.start]
            ):
                out.append(Mention(nat.start, nat.end, "adjective", nat.payload.key, "adjective"))
    return out


def _last_two_people(ctx: Context, before: int) -> list[str]:
    people: list[str] = []
    for m in reversed([m for m in ctx.mentions if m.kind == "actor" and m.end <= before]):
        if ctx.lexicon.actors[m.id].kind == "person" and m.id not in people:
            people.append(m.id)
        if len(people) == 2:
            break
    return list(reversed(people)) if len(people) == 2 else []


# -- place and date -----------------------------------------------------------------------------


def _is_theatre_country(ctx: Context, place_id: str) -> bool:
    place = ctx.lexicon.places[place_id]
    return place.kind == "country" and place.country == ctx.lexicon.theatre_country


def _places(ctx: Context, cand: _Candidate) -> list[str]:
    folded, trig = ctx.folded, cand.trigger
    if cand.type == "MEET" and _at(ctx, "phone").search(
        folded, cand.sentence.start, cand.sentence.end
    ):
        return []  # a phone call happens nowhere in particular
    places = [m for m in ctx.mentions if m.kind == "place" and not _is_theatre_country(ctx, m.id)]
    if cand.type in (
        *HOSTILE_TYPES,
        "ENTRY",
    ):  # acts of war in this theatre happen in its country, not at a venue abroad
        places = [
            m for m in places if ctx.lexicon.places[m.id].country == ctx.lexicon.theatre_country
        ]
    if cand.arabic and trig.text in ctx.lexicon.stative:
        # "بلدتي مضايا والزبداني المحاصرتين في ريف دمشق": the places the adjective follows
        chain = [
            p
            for p in places
            if p.end <= trig.start and len(words_between(folded, p.end, trig.start)) <= 1
        ][-1:]
        for p in reversed([p for p in places if chain and p.end <= chain[0].start]):
            if not _COORD_PLACES.match(folded[p.end : chain[0].start]) or ctx.lexicon.places[
                p.id
            ].kind in ("governorate", "region", "country"):
                break  # "... المحاصرتين في ريف دمشق، وبلدتي الفوعة": the province holds the first
            chain.insert(0, p)
        if chain:
            return list(dict.fromkeys(p.id for p in chain))
    hi = cand.hi
    if cand.type in (*_AGREEMENT_WORDS, "ACCUSE"):
        # "اتهم لافروف ... وقال في مؤتمر صحفي بموسكو": the venue may come after other verbs, but
        # not past a new clause ("، كما عقد لقاء آخر ... في لاوس")
        brk = _at(ctx, "clause_break").search(folded, trig.end, cand.sentence.end)
        hi = brk.start() if brk else cand.sentence.end
        for s_start, s_end, _sp in ctx.statement_spans:
            if cand.type == "ACCUSE":
                # words said (the accusation itself or what the accuser said before it) name
                # what is alleged, not where the accuser spoke
                places = [p for p in places if not s_start <= p.start < s_end]
            if trig.end <= s_start < hi and not _accused_in(ctx, trig, s_start):
                hi = s_start  # a statement that follows is someone's words, not the venue
    if cand.type == "AGREE":
        comp = [c.start for c in ctx.cues_of("complementiser") if trig.end <= c.start < hi]
        hi = min([hi, *comp])  # "اتفقا على أن يعمل خبراء البلدين في جنيف": what was agreed
        on = re.match(r"\s*(?:علي|on)\s", folded[trig.end : trig.end + 8])
        if on:
            hi = min(hi, trig.end)  # "اتفقا على ضرورة الحفاظ على الهدنة في حلب": what, not where
    if cand.type == "ACCUSE":
        acts = [
            t.start
            for t in ctx.cues_of("trigger")
            if trig.end <= t.start < hi and t.payload.key in HOSTILE_TYPES
        ]
        hi = min([hi, *acts])  # "اتهم ... بقصف الأحياء الغربية لحلب": where the act was, not he
        charges = [c for c in ctx.cues_of("pejorative") if trig.end <= c.start < hi]
        places = [  # "accuses Russia of 'barbarism' in Aleppo": where the charge lies
            p
            for p in places
            if not any(
                c.end <= p.start and len(words_between(folded, c.end, p.start)) <= 2
                for c in charges
            )
        ]
    after = [
        p
        for p in places
        if trig.end <= p.start < hi
        and not _at(ctx, "stationed").search(folded[max(trig.end, p.start - 30) : p.start])
    ]  # "صاروخ أطلقته قوات النظام المتمركزة في حي درعا المحطة": where they fire from
    if after:
        chosen = [after[0]]
        last_end = after[0].end
        for p in after[1:]:
            gap_start, gap = last_end, folded[last_end : p.start]
            last_end = p.end
            if _COORD_PLACES.match(gap):
                chosen.append(p)
            elif re.fullmatch(r"\s*(?:في|in|ب)\s*", gap) or gap.strip() == "":
                continue  # "حي الراموسة في حلب": the city that holds the place just named
            elif re.fullmatch(r"['’]s\s+(?:[a-z-]+\s+)?", gap) and len(chosen) == 1:
                chosen = [p]  # "Aleppo's southern Ramouseh district": the place inside the city
            elif (also := re.search(r"(?:^|\s)(?:و|and\s+)(?:علي|on|at)\s", gap)) and len(
                words_between(folded, gap_start + also.end(), p.start)
            ) <= 5:
                chosen.append(p)  # "على حي الراموسة في حلب وعلى مواقع الجيش قرب بلدة كفرزيتا"
            else:
                break
        return list(dict.fromkeys(p.id for p in chosen))
    lo = cand.sentence.start if cand.type == "ACCUSE" else cand.lo
    before = [p for p in places if lo <= p.start and p.end <= trig.start]
    if before and cand.type not in _AGREEMENT_WORDS:  # a meeting's venue follows it (في جنيف)
        if len(before) > 1 and re.fullmatch(
            r"\s*(?:(?:في|in|near|قرب)\s+(?:ريف|محافظه|مدينه|province of|the)?|(?:district|neighbourhood|area|town) of)\s*",
            folded[before[-2].end : before[-1].start],
        ):
            return [before[-2].id]  # "تعرضت مدينة أعزاز في ريف حلب الشمالي لقصف": the town
        return [before[-1].id]
    # "أعلن كيري ولافروف، فجر اليوم السبت في جنيف، التوصل إلى اتفاق": when and where they spoke
    venue = [
        p
        for p in places
        if cand.sentence.start <= p.start
        and p.end <= trig.start
        and re.search(r"(?:^|\s)(?:في|in)\s+$", folded[max(0, p.start - 4) : p.start])
        and re.match(r"\s*[،,]", folded[p.end : p.end + 3])
        and len(words_between(folded, p.end, trig.start)) <= 3
        and not any(  # "التحضيرات لعقد لقاء ... في أستانا، واتفقا": the plan's place
            cand.sentence.start <= i.start < p.start
            and len(words_between(folded, i.end, p.start)) <= 10
            for i in ctx.cues_of("irrealis")
        )
    ]
    if venue and cand.type in _AGREEMENT_WORDS:
        return [venue[-1].id]
    where = [
        p
        for p in places
        if cand.sentence.start <= p.start
        and p.end <= trig.start
        and _at(ctx, "where").search(folded[p.end : trig.start])
    ]
    if where:
        return [where[-1].id]
    inside = [p for p in places if trig.start <= p.start and p.end <= trig.end]
    if inside:
        return [inside[0].id]
    # وفي مدينة الزبداني، ...: a place opening the sentence frames all its acts
    opening = [
        p
        for p in places
        if cand.sentence.start <= p.start < trig.start
        and len(words_between(folded, cand.sentence.start, p.start)) <= 3
    ]
    if opening:
        return [opening[0].id]
    if cand.type == "MEET" and len(cand.actors) >= 2:
        return _dateline_place(ctx)  # "GENEVA (Reuters) - ... De Mistura met the delegations"
    if cand.type in HOSTILE_TYPES:  # "entered ... Daraya ..., but the authorities did not allow"
        earlier = [p for p in places if cand.sentence.start <= p.start and p.end <= trig.start]
        return [earlier[-1].id] if earlier else []
    return []


_DATELINE_TAIL = re.compile(r"[^\n]{0,40}?(?:\(|\s[-–—]\s)")


def _dateline_place(ctx: Context) -> list[str]:
    """The place of a dateline (`MOSCOW (Levant Wire) -`, `جنيف - «الأفق العربي»`) opening a
    line near the top of the document."""
    folded = ctx.folded
    for cue in ctx.cues_of("place"):  # a cue, not a mention: "MOSCOW" opening a dateline is a place
        if (
            cue.start < 400
            and (cue.start == 0 or folded[cue.start - 1] == "\n")
            and _DATELINE_TAIL.match(folded, cue.end)
        ):
            return [cue.payload.key]
    return []


def _siege_told_before(ctx: Context, cand: _Candidate) -> list[str]:
    """`ويعيش في هذه الأحياء ... تحت حصار`, `responsibility for the siege`: a siege with no place
    of its own is on the last place of the theatre named in the sentence before."""
    if cand.type != "SIEGE":
        return []
    before = [s for s in ctx.sentences if s.end <= cand.sentence.start]
    if not before:
        return []
    prev = before[-1]
    named = [
        m
        for m in ctx.mentions
        if m.kind == "place"
        and prev.start <= m.start < prev.end
        and ctx.lexicon.places[m.id].country == ctx.lexicon.theatre_country
        and not _is_theatre_country(ctx, m.id)
    ]
    return [named[-1].id] if named else []


def _date(ctx: Context, cand: _Candidate) -> DateMention | None:
    dates = [d for d in ctx.dates if d.value and d.kind != "vague" and not _since(ctx.folded, d)]
    in_region = [d for d in dates if cand.lo <= d.start < cand.hi]
    pool = in_region or [d for d in dates if cand.sentence.start <= d.start < cand.sentence.end]
    if not pool:
        return None
    trig = cand.trigger
    return min(pool, key=lambda d: min(abs(d.start - trig.end), abs(trig.start - d.end)))


def _since(folded: str, d: DateMention) -> bool:
    """`منذ تشرين الثاني 2012`, "since April": the start of a continuing state, not the act's date."""
    return (
        re.search(r"(?:منذ|since)\s+(?:\S+\s+)?$", folded[max(0, d.start - 15) : d.start])
        is not None
    )


# -- types, accusations, subjects ----------------------------------------------------------------


def _resolve_types(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    lex = ctx.lexicon
    out = []
    for i, c in enumerate(candidates):
        if c.type == "ENTRY" and not c.actors:
            # "Iranian military advisers had been deployed": the forces named just before
            earlier = [
                p
                for p in candidates[:i]
                if p.sentence == c.sentence and set(p.actors) & lex.incursion_states
            ]
            if earlier:
                c.actors = list(earlier[-1].actors)
        if c.type == "ENTRY":
            if not (set(c.actors) & lex.incursion_states):
                continue
            c.type = "INCURSION"
            c.actors = [a for a in c.actors if a in lex.incursion_states]
        elif (
            c.type == "ATTACK"
            and c.actors
            and set(c.actors) <= lex.incursion_states
            and _at(ctx, "operation").search(c.trigger.text)
        ):
            c.type = "INCURSION"
        elif c.type == "SHELLING" and _airborne(ctx, c):
            c.type = "AIRSTRIKE"
        generic = c.trigger.text in lex.generic or _stem_generic(c.trigger.text, lex.generic)
        if generic and not c.actors and not c.places and not c.asserted_by:
            continue
        out.append(c)
    # a breach told as a specific act is that act ("في خرق واضح للهدنة" after the attacks)
    out = [
        c
        for c in out
        if c.type != "CEASEFIRE_VIOLATION"
        or not _breach_as_manner(ctx, c)
        or not any(
            o.sentence == c.sentence and o.type in HOSTILE_TYPES and o.type != "CEASEFIRE_VIOLATION"
            for o in out
        )
    ]
    # one act, one type: chlorine barrels are CHEMICAL, not also AIRSTRIKE
    chemical = [c for c in out if c.type == "CHEMICAL"]
    kept = []
    for c in out:
        carriers = [ch for ch in chemical if _same_clause(ctx, ch, c)]
        if c.type in ("AIRSTRIKE", "SHELLING", "ATTACK") and carriers:
            # the barrels carry the chlorine told nearest to them, not every gas of the sentence
            ch = min(carriers, key=lambda ch: abs(ch.trigger.start - c.trigger.start))
            ch.actors = list(dict.fromkeys([*ch.actors, *c.actors]))
            ch.places = ch.places or c.places
            continue
        kept.append(c)
    # "غارات بصواريخ شديدة الانفجار", "استهدف الطيران الروسي مستشفى ... بأربعة صواريخ", "raids
    # with missiles": the weapon of the act told before in the clause, not a shelling of its own
    acts = [c for c in kept if c.type in HOSTILE_TYPES]
    return [c for c in kept if not (c.type == "SHELLING" and _weapon_of(ctx, c, acts))]


def _weapon_of(ctx: Context, c: _Candidate, acts: list[_Candidate]) -> bool:
    folded = ctx.folded
    before = folded[max(c.sentence.start, c.trigger.start - 25) : c.trigger.start]
    counted = re.search(r"(?:^|\s)ب(\S+)\s+$", before)
    instrumental = (
        _prefix(folded, c.trigger.start).endswith("ب")
        or (counted is not None and is_count(counted.group(1)))
        or re.search(r"(?:^|\s)(?:with|using)\s+(?:\S+\s+)?$", before)
    )
    if not instrumental:
        return False
    for act in reversed(acts):
        if (
            act is not c
            and act.sentence == c.sentence
            and act.trigger.end <= c.trigger.start
            and _same_clause(ctx, act, c)
        ):
            act.places = act.places or c.places
            act.fatalities = act.fatalities or c.fatalities
            return True
    return False


def _same_positions(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وأعقب الغارات هجوم لتنظيم داعش على المواقع ذاتها`, `attacked the same positions`: an act
    with no place of its own struck where the hostile act before it did, and whom it struck."""
    for i, c in enumerate(candidates):
        if c.type not in HOSTILE_TYPES or c.places:
            continue
        if not _at(ctx, "same_spot").match(ctx.folded[c.trigger.end : c.trigger.end + 80]):
            continue
        before = [p for p in candidates[:i] if p.type in HOSTILE_TYPES and p.places]
        if before:
            c.places = list(before[-1].places)
            c.target = c.target or before[-1].target


def _lead_up(ctx: Context, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """`سيطرت الفصائل على حلفايا بعد معارك عنيفة مع قوات النظام`: the fighting that led to an act
    told just before it in the sentence is part of that act."""
    if c.type != "ATTACK" or not _at(ctx, "temporal_frame").search(
        ctx.folded[max(0, c.trigger.start - 12) : c.trigger.start]
    ):
        return False
    return any(
        o is not c
        and o.type == "ATTACK"
        and o.sentence == c.sentence
        and o.trigger.end <= c.trigger.start
        for o in candidates
    )


def _breach_as_manner(ctx: Context, c: _Candidate) -> bool:
    """`في خرق واضح للهدنة`, "in violation of the truce": the breach describes another act."""
    before = ctx.folded[max(0, c.trigger.start - 6) : c.trigger.start]
    return re.search(r"(?:^|\s)(?:في|in)\s+$", before) is not None or _prefix(
        ctx.folded, c.trigger.start
    ).startswith("ب")


def _same_clause(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    """Two triggers of one sentence with no strong clause break between them (and no other place)."""
    if a.sentence != b.sentence or (
        a.places
        and b.places
        and a.places[0] != b.places[0]
        and not (_same_area(ctx, a, b) or _same_area(ctx, b, a))
    ):
        return False  # "on the Sukkari district" and the dateline's Aleppo are one place
    lo, hi = sorted((a.trigger.start, b.trigger.start))
    return _at(ctx, "clause_break").search(ctx.folded, lo, hi) is None


@lru_cache(maxsize=4096)
def _stem_generic(text: str, generic: frozenset[str]) -> bool:
    """A generic verb with its endings ("قصفت", "targeting"), not a phrase that names the act
    better ("قصف مدفعي")."""
    return " " not in text and any(text.startswith(g) for g in generic if len(g) >= 3)


def _airborne(ctx: Context, c: _Candidate) -> bool:
    """A generic `قصف`/`struck` is an air strike when aircraft are named beside it or are its agent."""
    trig = c.trigger
    window = ctx.folded[max(c.lo, trig.start - 40) : min(c.hi, trig.end + 40)]
    if _at(ctx, "air_words").search(window):
        return True
    return bool(c.actors) and set(c.actors) <= ctx.lexicon.air_powers


def _accusations(ctx: Context, candidates: list[_Candidate]) -> None:
    """An accusation that names a hostile act is that act, asserted by the accuser: the ACCUSE
    goes, the act takes the accuser as `asserted_by` and the accused as its agent if it has none."""
    for acc in [c for c in candidates if c.type == "ACCUSE"]:
        acts = [
            c
            for c in candidates
            if not _is_generic(ctx, c.trigger)
            if c is not acc
            and c.type in HOSTILE_TYPES
            and c.sentence == acc.sentence
            and (
                (
                    acc.trigger.end <= c.trigger.start
                    and len(words_between(ctx.folded, acc.trigger.end, c.trigger.start)) <= 8
                )
                or _in_title(ctx, acc)  # "Chlorine suspected in Aleppo attack; Kerry blames Assad"
            )
        ]
        if not acts:
            _blamed_for_act_before(ctx, acc, candidates)
            continue
        accuser = acc.actors[0] if acc.actors else acc.asserted_by
        if accuser is None:  # محمّلاً النظام مسؤولية ...: the speaker of the sentence accuses
            spoken = [
                sp for s, e, sp in ctx.statement_spans if acc.sentence.start <= s < acc.sentence.end
            ]
            accuser = spoken[0] if spoken else None
        for act in acts:
            if accuser and set(act.actors) <= {accuser, affiliation(ctx, accuser)}:
                act.actors = []  # "أدانت الأمم المتحدة الهجمات": the one condemning did not attack
                if _definite(ctx.folded, act.trigger) and not act.places:
                    candidates.remove(act)  # and "the attacks" are those already told
                    continue
            act.asserted_by = act.asserted_by or accuser
            if not act.actors and acc.target:
                act.actors = [affiliation(ctx, acc.target)]
        candidates.remove(acc)


def _blamed_for_act_before(ctx: Context, acc: _Candidate, candidates: list[_Candidate]) -> None:
    """`تعرضت أعزاز لقصف جوي ... وسط اتهامات من ناشطين للطائرات الروسية بتنفيذه`: the party blamed
    for carrying out the act told before the accusation in its sentence is that act's agent."""
    if not _at(ctx, "carried_out").search(ctx.folded, acc.trigger.end, acc.hi):
        return
    blamed = acc.target or (acc.actors[-1] if acc.actors else None)
    before = [
        c
        for c in candidates
        if c.type in HOSTILE_TYPES
        and c.sentence == acc.sentence
        and c.trigger.end <= acc.trigger.start
        and not c.actors
    ]
    if blamed and before:
        before[-1].actors = [affiliation(ctx, blamed)]
        candidates.remove(acc)


def _carry_subjects(ctx: Context, candidates: list[_Candidate]) -> None:
    """Arabic drops a repeated subject: an act with no agent takes the previous act's in its
    sentence (`قصفت قوات النظام X كما شنت غارات على Y`); a meeting with no parties named takes
    the parties of the sentence's first meeting."""
    for prev, cand in itertools.pairwise(candidates):
        if cand.sentence != prev.sentence or not prev.actors:
            continue
        if cand.actors:
            if (
                cand.type == prev.type == "MEET"
                and not cand.subject_given
                and prev.actors[0] not in cand.actors
            ):
                cand.actors.insert(0, prev.actors[0])  # زار كيري موسكو حيث التقى مع لافروف
            continue
        if ctx.statement_at(prev.trigger.start, prev.trigger.end) != ctx.statement_at(
            cand.trigger.start, cand.trigger.end
        ):
            continue
        if any(
            prev.trigger.end <= c.start < cand.trigger.start for c in ctx.cues_of("complementiser")
        ):
            continue  # "... shelled the town, and that helicopters dropped ...": a new subject
        if _at(ctx, "contrast").search(ctx.folded, prev.trigger.end, cand.trigger.start):
            continue  # "artillery shelled Douma, while a mortar round hit Damascus": another side
        if cand.type in _AGREEMENT_WORDS:
            first = next(
                (
                    c
                    for c in candidates
                    if c.sentence == cand.sentence and c.type == cand.type and c.actors
                ),
                None,
            )
            if first:
                cand.actors = list(first.actors)
            continue
        if prev.type in _AGREEMENT_WORDS or prev.type == "ACCUSE":
            continue
        cand.actors = list(prev.actors)


def _talks_of_agreement(candidates: list[_Candidate]) -> None:
    """`agreed ... after twelve hours of talks in Moscow`, `التوصل إلى اتفاق ... بعد محادثات`:
    talks that end in an agreement told in the same sentence were held by its parties, and the
    two share their venue; an agreement with no parties named was reached by those who just met."""
    for meet in [c for c in candidates if c.type == "MEET" and len(c.actors) < 2]:
        agree = next(
            (
                c
                for c in candidates
                if c.type == "AGREE" and c.sentence == meet.sentence and len(c.actors) >= 2
            ),
            None,
        )
        if agree is None:
            continue
        meet.actors = list(agree.actors)
        meet.places = meet.places or list(agree.places)
        agree.places = agree.places or list(meet.places)
    # "بحث لافروف ونظيره التركي في اتصال هاتفي ... واتفقا على": the dual verb's two are the two
    # who just met in its sentence, whoever else the sentence names
    for agree in [c for c in candidates if c.type == "AGREE" and c.verb]:
        word = agree.trigger_word.split()[0] if agree.trigger_word else ""
        if not (word.endswith("ا") and not word.endswith("وا")):
            continue
        pair = [
            c
            for c in candidates
            if c.type == "MEET"
            and len(c.actors) >= 2
            and c.sentence == agree.sentence
            and c.trigger.start < agree.trigger.start
        ]
        if pair:
            agree.actors = list(pair[0].actors)
    # "أجرى بوتين وأردوغان اتصالاً هاتفياً ... واتفقا على ...": those who met agreed
    for agree in [c for c in candidates if c.type == "AGREE" and not c.actors]:
        met = [
            c
            for c in candidates
            if c.type == "MEET"
            and len(c.actors) >= 2
            and (
                c.sentence == agree.sentence  # "اتفق الوزراء، خلال اجتماعهم ..., على"
                or (
                    c.trigger.start < agree.trigger.start
                    and agree.sentence.start - c.sentence.end < 300
                )
            )
        ]
        if met:
            agree.actors = list(met[-1].actors)


def _participants_joining(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وكان المبعوث الأممي قد شارك في الاجتماع`: a participant named in a sentence without a
    meeting of its own joins the last meeting told before it."""
    meets = [c for c in candidates if c.type == "MEET"]
    for cue in ctx.cues_of("participation"):
        sentence = ctx.sentence_of(cue.start)
        if any(
            sentence.start <= t.start < sentence.end
            and t.payload.key == "MEET"
            and not (_definite(ctx.folded, t) and not ctx.mentions_in(t.end, sentence.end, "place"))
            for t in ctx.cues_of("trigger")
        ):
            continue  # the sentence tells a meeting of its own (perhaps one only planned)
        # "شارك في الاجتماع" with nothing more: the meeting is the one already told
        meets = [m for m in meets if m.sentence != sentence]
        earlier = [m for m in meets if m.trigger.start < cue.start]
        if not earlier:
            continue
        named = [
            m.id
            for m in ctx.mentions
            if m.kind == "actor" and sentence.start <= m.start < sentence.end
        ]
        if named:
            earlier[-1].actors = list(dict.fromkeys([*earlier[-1].actors, named[0]]))
            earlier[-1].joined = True


def _damning_statements(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """`قال أردوغان إن القوات التركية دخلت «لإنهاء حكم الأسد الطاغية الذي يمارس إرهاب الدولة»`:
    words said that name another party and, within six words after it, a damning word
    (events.yaml `pejoratives`) are the speaker's accusation of that party."""
    folded = ctx.folded
    out: list[_Candidate] = []
    for s_start, s_end, speaker in ctx.statement_spans:
        sentence = ctx.sentence_of(s_start)
        for pej in ctx.cues_of("pejorative"):
            if not s_start <= pej.start < s_end or re.search(
                r"(?:^|\s)(?:هذا|هذه|ذلك|تلك|this|that)\s+(?:ال)?$",
                folded[max(0, pej.start - 8) : pej.start],
            ):
                continue  # "هذا العدوان": the act already told, condemned, not a new accusation
            named = [m for m in ctx.mentions_in(s_start, pej.start, "actor") if m.end <= pej.start]
            if not named or len(words_between(folded, named[-1].end, pej.start)) > 6:
                continue
            accused = named[-1].id
            if affiliation(ctx, accused) == affiliation(ctx, speaker) or any(
                c.type == "ACCUSE" and c.sentence == sentence and c.target == accused
                for c in [*candidates, *out]
            ):
                continue  # the speaker's own side, or an accusation verb already tells it
            trig = Match(pej.start, pej.end, Cue("trigger", "ACCUSE", "noun"), pej.text)
            cand = _Candidate("ACCUSE", trig, sentence, s_start, s_end, [speaker], accused)
            cand.date = _date(ctx, cand)
            out.append(cand)
            break
    return out


def _supporters(ctx: Context, candidates: list[_Candidate]) -> None:
    """`دخلت قوات خاصة تركية ... دعماً لفصائل الجيش الحر في هجوم على جرابلس`: a force that
    came in support of an attack told right after takes part in it."""
    hostile = [c for c in candidates if c.type in HOSTILE_TYPES]
    for cue in ctx.cues_of("support"):
        sentence = ctx.sentence_of(cue.start)
        helpers = [
            c for c in hostile if c.sentence == sentence and c.trigger.end <= cue.start and c.actors
        ]
        supported = [
            c
            for c in hostile
            if c.sentence == sentence
            and c.trigger.start >= cue.end
            and len(words_between(ctx.folded, cue.end, c.trigger.start)) <= 8
        ]
        if helpers and supported:
            act = supported[0]
            act.actors = list(dict.fromkeys([*act.actors, *helpers[-1].actors]))


_LIST_ITEM = re.compile(r"^[ \t]*[-–•*·][ \t]*", re.MULTILINE)


def _list_items(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """A toll listed under its lead ("وتوزعت الحصيلة على النحو التالي: - حي السكري: ١٦ قتيلاً",
    "- Kafr Takharim: eleven civilians were killed when a missile struck"): each item naming a
    place is the lead's act at that place, by the lead's doers; the lead, when it only sums the
    items up over a wider area, is no act of its own."""
    folded = ctx.folded
    out: list[_Candidate] = []
    summed: list[_Candidate] = []
    hostile = [
        c
        for c in candidates
        if c.type in HOSTILE_TYPES and c.actors and c.trigger.start >= title_end(ctx)
    ]
    for item in _LIST_ITEM.finditer(folded):
        end = folded.find("\n", item.end())
        end = len(folded) if end < 0 else end
        colon = folded.find(":", item.end(), end)
        places = ctx.mentions_in(item.end(), colon, "place") if colon > 0 else []
        before = [c for c in hostile if c.trigger.start < item.start()]
        if not places or not before:
            continue
        lead = next(c for c in before if c.sentence == before[-1].sentence)
        place = ctx.lexicon.places[places[0].id]
        wide = ctx.lexicon.places[lead.places[0]] if lead.places else None
        areas = {  # "on Idlib province and the western Aleppo countryside": either
            a
            for m in ctx.mentions_in(lead.sentence.start, lead.sentence.end, "place")
            for a in (m.id, ctx.lexicon.places[m.id].admin1)
        }
        if wide is not None and place.admin1 not in areas:
            continue
        if wide is not None and wide.kind in ("governorate", "region", "city") and wide != place:
            summed.append(lead)
        own = [c for c in candidates if item.end() <= c.trigger.start < end]
        for c in own:
            if c.type in HOSTILE_TYPES and not c.actors:
                c.actors = list(lead.actors)  # "a missile struck": the lead's warplanes
                if c.type in ("SHELLING", "ATTACK") and lead.type == "AIRSTRIKE":
                    c.type = lead.type
        toll = fatalities(folded[colon:end])
        if own or toll is None:
            continue
        sentence = ctx.sentence_of(item.end())
        out.append(
            replace(
                lead,
                places=[place.id],
                sentence=sentence,
                sentences={sentence},
                fatalities=toll,
                triggers=[lead.trigger],
            )
        )
    return [c for c in candidates if not any(c is s for s in summed)] + out


def _alluded_agents(ctx: Context, candidates: list[_Candidate]) -> None:
    """`"لوقف قصف الأحياء السكنية في حلب"، في إشارة إلى فصائل المعارضة`: an act told without its
    doer takes the party the allusion names."""
    for cue in ctx.cues_of("allusion"):
        named = [
            m
            for m in ctx.mentions_in(cue.end, ctx.sentence_of(cue.start).end, "actor")
            if len(words_between(ctx.folded, cue.end, m.start)) <= 1
        ]
        if not named:
            continue
        acts = [
            c
            for c in candidates
            if c.type in HOSTILE_TYPES
            and c.sentence.start <= c.trigger.start < cue.start
            and not c.actors
        ]
        if acts:
            acts[-1].actors = [affiliation(ctx, named[0].id)]


_THEATRE_PARTIES = frozenset(
    {"SYR_GOV", "SYR_OPP", "FSA", "HNC", "NUSRA", "ISIS", "SDF", "HEZBOLLAH", "assad"}
)


def _about_the_theatre(ctx: Context) -> bool:
    """Hostile acts are read only in documents about the theatre: naming one of its places or of
    its own armed parties (a football "siege" or a trade "battle" elsewhere is not one)."""
    country = ctx.lexicon.theatre_country
    for m in ctx.mentions:
        if m.kind == "place" and ctx.lexicon.places[m.id].country == country:
            return True
        if m.kind == "actor" and m.id in _THEATRE_PARTIES:
            return True
    return False


def _worth_keeping(c: _Candidate) -> bool:
    if c.type == "MEET":
        return len(c.actors) >= 2 or bool(c.actors and c.places)
    if c.type == "AGREE":
        return bool(c.actors or c.asserted_by)
    if c.type == "ACCUSE":
        return bool(c.actors and c.target)
    return bool(c.actors or c.places or c.asserted_by or c.fatalities)


# -- one event per act and place; one per happening ----------------------------------------------


def _split(candidates: list[_Candidate]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for cand in candidates:
        places: list[str | None] = [*cand.places] or [None]
        for place in places:
            persons = [a for a in cand.actors if a.islower()]
            if (
                cand.type == "MEET"
                and not cand.joined
                and len(persons) >= 3
                and len(persons) == len(cand.actors)
            ):
                subject, *others = cand.actors
                for other in others:
                    out.append(
                        replace(
                            cand,
                            actors=[subject, other],
                            places=[place] if place else [],
                            sentences=set(cand.sentences),
                            triggers=list(cand.triggers),
                        )
                    )
            else:
                out.append(
                    replace(
                        cand,
                        actors=list(cand.actors),
                        places=[place] if place else [],
                        sentences=set(cand.sentences),
                        triggers=list(cand.triggers),
                    )
                )
    return out


def _merge(ctx: Context, candidates: list[_Candidate]) -> list[Event]:
    merged: list[_Candidate] = []
    for cand in candidates:
        if (
            _at(ctx, "same_occasion").match(
                ctx.folded[cand.sentence.start : cand.sentence.start + 30]
            )
            and cand.date is None
            and merged
        ):
            cand.date = merged[-1].date
        same = [m for m in merged if _same_happening(m, cand, ctx)]
        into = next((m for m in same if m.places == cand.places), same[0] if same else None)
        if into is None:
            merged.append(cand)
            continue
        # the first retelling in the body says where the headline's act was; later ones may
        # only narrow it ("سيطرت ... على مدينة حلفايا" then "حتى الوصول إلى مدينة حماة")
        first_body = _in_title(ctx, into) and all(s.start < title_end(ctx) for s in into.sentences)
        if into.type != cand.type and (
            (into.type == "ATTACK" and not into.actors and _vague_retelling(ctx, into, cand))
            or (
                _is_generic(ctx, into.trigger)
                and (not _is_generic(ctx, cand.trigger) or (cand.actors and not into.actors))
            )
        ):
            into.type = cand.type  # the better word names the act
        into.sentences |= cand.sentences
        into.triggers.append(cand.trigger)
        if first_body and not _in_title(ctx, cand) and cand.actors:
            into.actors = list(cand.actors)  # the body says who; the headline may sum up several
        else:
            into.actors = list(dict.fromkeys([*into.actors, *cand.actors]))
        if into.type in _AGREEMENT_WORDS:  # Kerry and Lavrov, not also the United States and Russia
            into.actors = _people_over_their_states(ctx, into.actors)
        best = _more_specific(
            ctx, into.places[0] if into.places else None, cand.places[0] if cand.places else None
        )
        if first_body and not _in_title(ctx, cand) and cand.places:
            best = cand.places[0]  # the body says where; the headline abbreviates
        into.places = [best] if best else []
        into.target = into.target or cand.target
        into.date = into.date or cand.date
        into.asserted_by = into.asserted_by or cand.asserted_by
        into.fatalities = max(filter(None, [into.fatalities, cand.fatalities]), default=None)
    out = []
    for c in merged:
        s, e = ctx.to_original(c.sentence.start, c.sentence.end)
        date = c.date.value if c.date else None
        precision = c.date.precision if c.date else None
        if precision == "week":
            date, precision = None, None
        out.append(
            Event(
                type=c.type,  # type: ignore[arg-type]
                actors=[a for a in c.actors if a != c.target],
                target=c.target,
                place=c.places[0] if c.places else None,
                date=date.isoformat() if date else None,
                date_precision=precision,
                asserted_by=c.asserted_by,
                negated=c.negated,
                fatalities=c.fatalities,
                trigger=ctx.original(c.trigger.start, c.trigger.end),
                span=(s, e),
            )
        )
    return out


_PLACE_RANK = {
    "neighbourhood": 0,
    "village": 1,
    "town": 1,
    "venue": 1,
    "city": 2,
    "district": 3,
    "region": 3,
    "governorate": 4,
    "country": 5,
}


def _refers_back(ctx: Context, c: _Candidate) -> bool:
    """A definite noun ("the raids", "الغارات") names an act already told (an adjective such as
    "المحاصرتين" is definite by agreement, not by reference)."""
    if c.trigger.text in ctx.lexicon.stative:
        return False
    if c.arabic:
        return _definite(ctx.folded, c.trigger)
    return (
        re.search(
            r"(?:^|\s)the\s+(?:\S+\s+)?$",
            ctx.folded[max(0, c.trigger.start - 20) : c.trigger.start],
        )
        is not None
    )


def _more_specific(ctx: Context, a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    rank = lambda p: _PLACE_RANK.get(ctx.lexicon.places[p].kind, 3)  # noqa: E731
    return b if rank(b) < rank(a) else a


def _in_title(ctx: Context, c: _Candidate) -> bool:
    return c.trigger.start < title_end(ctx)


def _side(ctx: Context, actor_id: str) -> str:
    """The side an actor fights on: a person's state, a faction's wider group (FSA: opposition)."""
    entry = ctx.lexicon.actors.get(actor_id)
    return entry.affiliation if entry and entry.affiliation else actor_id


def _same_area(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    pa = a.places[0] if a.places else None
    pb = b.places[0] if b.places else None
    if pa is None or pb is None or pa == pb:
        return True
    wide, narrow = ctx.lexicon.places[pa], ctx.lexicon.places[pb]
    if wide.admin1 != narrow.admin1:
        return False
    # the headline names the governorate or the city, the body the town or the neighbourhood
    return (
        wide.kind in ("governorate", "region")
        or (wide.kind == "city" and narrow.kind == "neighbourhood")
        or narrow.id == wide.admin1  # "violations in Hama" / "in Hama province"
        or (  # "غارة ... في دير الزور" / "في جبل الثردة قرب مطار دير الزور"
            wide.kind == "city"
            and narrow.kind not in ("governorate", "country", "city")
            and place_km(wide, narrow) <= 15
        )
    )


def _vague_retelling(ctx: Context | None, a: _Candidate, b: _Candidate) -> bool:
    """A generic word ("استهداف", "targeted") retelling an act another word names better:
    "مجزرة ... بعد استهداف مستشفى" with nobody named, at the place of "استهدف الطيران الروسي
    مستشفى ..."; "the attack ... targeted the headquarters", with no place, by the same doers."""
    if ctx is None or a.type not in HOSTILE_TYPES or b.type not in HOSTILE_TYPES:
        return False
    for vague, other in ((a, b), (b, a)):
        # "the attack on the convoy ... all evidence says it was an air attack": a bare attack
        # with nobody named is the strike of the same sentence and area
        if (
            vague.type == "ATTACK"
            and other.type in ("AIRSTRIKE", "SHELLING", "CHEMICAL")
            and not vague.actors
            and not other.actors
            and vague.sentences & other.sentences
            and (_same_area(ctx, vague, other) or _same_area(ctx, other, vague))
        ):
            return True
        better = not _is_generic(ctx, other.trigger) or (other.actors and not vague.actors)
        if not better or not all(_is_generic(ctx, t) for t in [vague.trigger, *vague.triggers]):
            continue  # an act some better word already named is not vague any more
        if not vague.actors and vague.places and vague.places == other.places:
            return True
        if (
            (
                (not vague.places and vague.date is None)
                or (vague.places == other.places and vague.sentences & other.sentences)
            )
            and vague.actors
            and set(vague.actors) <= set(other.actors)
        ):
            return True  # "نفذت القاذفات الروسية 150 طلعة جوية ... استهدفت خلالها مستودعات"
    return False


def _relative_retelling(ctx: Context, a: _Candidate, b: _Candidate) -> bool:
    """ "غارات مكثفة لمروحيات النظام التي ألقت أكثر من أربعين برميلاً على البلدة": the relative
    clause tells the same act again, with its place."""
    if a.sentence != b.sentence or a.trigger.end > b.trigger.start:
        return False
    between = ctx.folded[a.trigger.end : b.trigger.start]
    if not re.search(r"(?:^|\s)(?:التي|الذي|الذين|which|that)\s", between):
        return False
    return len(words_between(ctx.folded, a.trigger.end, b.trigger.start)) <= 8 and (
        not a.places or not b.places or _same_area(ctx, a, b) or _same_area(ctx, b, a)
    )


def _same_happening(a: _Candidate, b: _Candidate, ctx: Context | None = None) -> bool:
    if a.negated != b.negated:
        return False
    if a.type != b.type:
        return _vague_retelling(ctx, a, b)
    if a.type == "ACCUSE" and a.target and b.target and a.target != b.target:
        return False  # "اتهم الأسد تركيا ...، مضيفاً أن الولايات المتحدة «لم تكن جادة»": two
    if ctx is not None and _relative_retelling(ctx, a, b):
        return True
    if (a.trigger == b.trigger or b.trigger in a.triggers) and a.places != b.places:
        return False  # one act told at two places ("على حيي الشعار ومساكن هنانو") stays two
    if (
        ctx is not None
        and _in_title(ctx, a)
        and not _in_title(ctx, b)
        and _same_area(ctx, a, b)
        and (
            not a.actors
            or not b.actors
            or {_side(ctx, x) for x in a.actors} & {_side(ctx, x) for x in b.actors}
        )
        and (a.type != "MEET" or set(a.actors) <= set(b.actors) or set(b.actors) <= set(a.actors))
    ):
        return True  # the headline summarises the body: "Aleppo barrel bomb attack" / "Sukkari"
    if (
        ctx is not None
        and _refers_back(ctx, b)
        and (not a.actors or not b.actors or set(a.actors) & set(b.actors))
    ):
        return True  # "Turkish warplanes struck ... The raids targeted the area around Tal Rifaat"
    pa: str | None = a.places[0] if a.places else None
    pb: str | None = b.places[0] if b.places else None
    if pa and pb and pa != pb:
        return False
    da = a.date.value if a.date else None
    db = b.date.value if b.date else None
    if da and db and abs((da - db).days) > 1:
        return False
    sa, sb = set(a.actors), set(b.actors)
    same_sentence = bool(a.sentences & b.sentences)
    if a.type == "MEET":
        parties = sa == sb or (same_sentence and (sa <= sb or sb <= sa))
        if ctx is not None and len(sa) >= 2 and (pa or pb):
            # "اجتماع الولايات المتحدة وروسيا في ميونيخ" and "كيري ... ترأس الاجتماع مع لافروف":
            # the states' meeting is the one of their ministers (but two ministers' meetings
            # with the same states on each side stay two)
            states_only = any(
                all(ctx.lexicon.actors[x].kind != "person" for x in side) for side in (sa, sb)
            )
            parties = parties or (
                states_only
                and {affiliation(ctx, x) for x in sa} == {affiliation(ctx, x) for x in sb}
            )
        return parties and (pa == pb or pa is None or pb is None)
    if sa and sb and not (sa & sb):
        return False
    if pa == pb and pa is not None:
        return True
    if same_sentence:
        return True
    # a retelling with neither place nor date joins the first such act with compatible parties
    retold = (pb is None and b.date is None) or (pa is None and a.date is None)
    if retold and (not sb or not sa or sa & sb):
        return True
    # no place on either side: the same allegation repeated (headline and body, two quotes)
    return pa is None and pb is None and sa == sb and a.asserted_by == b.asserted_by
