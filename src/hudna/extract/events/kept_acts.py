"""What is kept: the fighting that led up to an act told just before is part of it, and a party
said to have taken part in "the attack" joins the act told before; a meeting within one side,
fighting named as the backdrop and acts with nothing to tell are no events; and hostile acts are
read only in documents about the theatre (and not a sports report's attacks). After merging, an
attack told nowhere and a meeting of no one are dropped (`_still_worth_keeping`)."""

from __future__ import annotations

import re

from hudna.extract.context import Context, word_end
from hudna.extract.entities import affiliation
from hudna.extract.events.common import (
    _at,
    _Candidate,
    _definite,
    _prefix,
    _time_frame_before,
    _unnamed_accused,
)
from hudna.extract.numbers import count_value
from hudna.models import HOSTILE_TYPES

# the verb of a relative clause that says who launched an attack ("هجوم معاكس شنه", "an
# offensive launched by")
_LAUNCHED_BY = re.compile(
    r"\s+(?:\S+\s+)?(?:شنه|شنها|شنته|شنتها|شنوه|شنوها|نفذه|نفذها|نفذته|نفذتها|launched\s+by|mounted\s+by)\s"
)
_AFTER_SPELL = re.compile(
    r"(?:^|\s)(?:after|following)\s+(?:\S+\s+)?(?:days|weeks|months|hours)\s+of\s+(?:\S+\s+)?$"
)


# "two days after", "بعد يومين من": a count of time parts the act after it from the one before
_DAYS_BEFORE_IT = re.compile(
    r"(?:^|\s)(?:(?:two|three|four|five|six|several|a few|\d+)\s+(?:days|weeks|months)|a\s+(?:day|week|month))"
    r"\s+after\s+$"
    r"|(?:^|\s)بعد\s+(?:يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|يوم)(?:\s+\S+)?\s+من\s+$"
)


# "imposed a full siege on the eastern districts by cutting the Castello Road", "عبر قطع طريق":
# the means of the act before it
_BY_MEANS = re.compile(r"(?:^|\s)(?:by|through|عبر|من\s+خلال)\s+$")


def _means_of_act_before(ctx: Context, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """Whether the act is told as the way the act before it in its clause was done."""
    folded = ctx.folded
    if not _BY_MEANS.search(folded, max(0, c.trigger.start - 12), c.trigger.start):
        return False
    if not c.arabic and not c.trigger_word.endswith("ing"):
        return False
    return any(
        o is not c
        and o.type in HOSTILE_TYPES
        and o.sentence == c.sentence
        and o.trigger.end <= c.trigger.start
        and not re.search(r"[,،.;؛:]", folded[o.trigger.end : c.trigger.start])
        for o in candidates
    )


def _lead_up(ctx: Context, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """`سيطرت الفصائل على حلفايا بعد معارك عنيفة مع قوات النظام`: the fighting that led to an act
    told just before it in the sentence is part of that act."""
    if c.type != "ATTACK" or not (
        _time_frame_before(ctx, c.trigger.start)
        # "captured the district overnight, ..., after days of heavy fighting"
        or _AFTER_SPELL.search(ctx.folded, max(0, c.trigger.start - 40), c.trigger.start)
    ):
        return False
    if c.actors and _LAUNCHED_BY.match(ctx.folded, word_end(ctx.folded, c.trigger.end)):
        return False  # "إثر هجوم معاكس شنه تنظيم «داعش»": an attack of its own, launched by them
    if _DAYS_BEFORE_IT.search(ctx.folded, max(0, c.trigger.start - 40), c.trigger.start):
        return False  # "two days after retaking Masaken Hanano": an earlier act of its own
    return any(
        o is not c
        and o.type == "ATTACK"
        and o.sentence == c.sentence
        and o.trigger.end <= c.trigger.start
        for o in candidates
    )


# "وشاركت جبهة النصرة في الهجوم", "Nusra fighters took part in the offensive": a party's share in
# an act already told (past only: "سيشاركون في الهجوم المضاد" is an act to come)
_TOOK_PART = re.compile(r"[وف]?(?:شارك|شاركت|شاركوا)|took part|participated")
_IN_THE = re.compile(r"(?:^|\s)(?:في\s+ال|in\s+the\s+)$")


def _joined_acts(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """`وشاركت «جبهة النصرة» و«الحزب الإسلامي التركستاني» في الهجوم`: "the attack" a party is said
    to have taken part in is the one told before; those named join its doers and it is not told
    twice."""
    kept: list[_Candidate] = []
    for c in candidates:
        sentence = c.sentence
        took_part = (
            c.type == "ATTACK"
            and _IN_THE.search(ctx.folded, max(0, c.trigger.start - 8), c.trigger.start)
            and any(
                sentence.start <= p.start < c.trigger.start
                and _TOOK_PART.fullmatch(_prefix(ctx.folded, p.start) + p.text)
                for p in ctx.cues_of("participation")
            )
        )
        earlier = (
            [o for o in kept if o.type == c.type and o.sentence.end <= sentence.start and o.actors]
            if took_part
            else []
        )
        if not earlier:
            kept.append(c)
            continue
        # the act the last sentence telling one opens with, not the fighting that led up to it
        told = next(o for o in earlier if o.sentence == earlier[-1].sentence)
        # "، إلى جانب «أحرار الشام»" still names those who took part; "، فيما تكبدت ..." does not
        brk = _at(ctx, "clause_break").search(ctx.folded, c.trigger.end, sentence.end)
        named = [
            affiliation(ctx, m.id)
            for m in ctx.mentions_in(sentence.start, brk.start() if brk else sentence.end, "actor")
            if not (c.trigger.start <= m.start < c.trigger.end)
        ]
        told.actors = list(dict.fromkeys([*told.actors, *named]))
    return kept


def _battle_as_frame(ctx: Context, c: _Candidate) -> bool:
    """`منذ بدء المعركة`, `لعبت طائرات التحالف دوراً حاسماً في المعركة`, `كأن المعركة محسومة`:
    "the battle", with the article and no place after it, is the war told of as a frame, not an
    act (its subject still carries to the acts told in it, so it is dropped only here). Without
    the article, right before a place, it names the campaign ("معركة حلب الكبرى بدأت",
    "انشغلت بمعركة الباب", "يلوّح بمعركة إدلب"), not one act of it."""
    if not c.arabic or not _at(ctx, "battle_frame").fullmatch(c.trigger_word):
        return False
    placed = any(
        m.kind == "place" and m.start >= c.trigger.end and m.start - c.trigger.end <= 3
        for m in ctx.mentions
    )
    return placed != _definite(ctx.folded, c.trigger)


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


def _sports_report(ctx: Context) -> bool:
    """A report with three or more different sports words: its unowned attacks and sieges are the
    game's ("withstood wave after wave of South Korean attacks")."""
    found = {m.group() for m in _at(ctx, "sport_words").finditer(ctx.folded)}
    return len(found) >= 3


def _within_one_side(ctx: Context, c: _Candidate) -> bool:
    """ "بوتين خلال لقائه وزيري الخارجية والدفاع": a leader meeting his own ministers is no
    meeting between parties."""
    return (
        c.type == "MEET"
        and len(c.actors) >= 2
        and len({affiliation(ctx, a) for a in c.actors}) == 1
        and all(ctx.lexicon.actors[a].kind == "person" for a in c.actors)
    )


def _background(ctx: Context, c: _Candidate) -> bool:
    """ "Residents fled the fighting in eastern Aleppo", "أدت المعارك في حلب إلى نزوح": fighting
    named as the backdrop (definite, nobody, no day, no toll) is no act of its own."""
    return (
        c.type == "ATTACK"
        and not c.actors
        and c.date is None
        and not c.fatalities
        and _at(ctx, "backdrop").fullmatch(c.trigger.text) is not None
        and (
            _definite(ctx.folded, c.trigger)
            or ctx.folded[max(0, c.trigger.start - 4) : c.trigger.start] == "the "
        )
    )


def _backed_retold(ctx: Context, c: _Candidate) -> bool:
    """ "the coalition had supported the offensive with air strikes": an act named again as what
    a party backed, with no place of its own, is the act told before, not a new one by the
    backer."""
    return c.type in HOSTILE_TYPES and not c.places and _right_before(ctx, c, "backed_act")


def _any_act(ctx: Context, c: _Candidate) -> bool:
    """ "أي توغل تركي سيكون انتهاكاً", "any strike on Turkish troops": an act of a kind, none
    told, unless denied (events.yaml `any_act`)."""
    return c.type in HOSTILE_TYPES and not c.negated and _right_before(ctx, c, "any_act")


def _right_before(ctx: Context, c: _Candidate, words: str) -> bool:
    """Whether an events.yaml positional list ends right before the act's word."""
    start = c.trigger.start
    return _at(ctx, words).search(ctx.folded, max(0, start - 24), start) is not None


_COUNT_BEFORE = re.compile(r"(?:^|\s)(\S+)\s+(?:separate\s+|other\s+|more\s+|new\s+)?$")


def _tally(ctx: Context, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """ "our monitors documented 14 attacks on health facilities in the governorates of Aleppo,
    Idlib and Hama": generic attacks counted (two or more) sum up acts the report tells one by
    one, not one act of their own."""
    if c.type != "ATTACK" or not _at(ctx, "tallied").fullmatch(c.trigger_word):
        return False
    count = _COUNT_BEFORE.search(ctx.folded, max(0, c.trigger.start - 24), c.trigger.start)
    if count is None or count_value(count.group(1)) in (None, 0, 1):
        return False
    return any(o.type in HOSTILE_TYPES and o.trigger.start != c.trigger.start for o in candidates)


def _worth_keeping(ctx: Context, c: _Candidate) -> bool:
    if c.type == "MEET":
        # "Kerry spoke with reporters in Geneva": speaking is a meeting only between parties
        spoken = _at(ctx, "speaking").fullmatch(c.trigger.text) is not None
        return len(c.actors) >= 2 or bool(c.actors and c.places and not spoken)
    if c.type == "AGREE":
        # an accord is between parties: "an agreement was reached" said with none refers to a deal
        # told elsewhere, and one party alone ("Putin agreed", "the opposition agreed to the
        # truce") accepts a deal, it does not make one
        return len(c.actors) >= 2
    if c.type == "ACCUSE":
        # "متهماً دولاً لم يسمها بـ«دعم الإرهاب»": an accusation of parties the speaker leaves
        # unnamed; "متهماً الآلية بـ«الانحياز»": of a body the record does not name, charged
        return bool(c.actors and (c.target or _unnamed_accused(ctx, c) or _charged(ctx, c)))
    # "attacks on medical facilities had become a disturbing norm", said with no doer, place or
    # toll, is a generality; "all parties violate the ceasefire" is still an allegation of breach
    said = c.asserted_by and (c.negated or c.type == "CEASEFIRE_VIOLATION")
    return bool(c.actors or c.places or c.fatalities or said)


_OBJECT_AND_CHARGE = re.compile(r"\s+(?:\S+\s+){1,3}?(?:ب\S|of\s)")


def _charged(ctx: Context, c: _Candidate) -> bool:
    """An accusing verb, a short object and its charge (events.yaml `charging`)."""
    return _at(ctx, "charging").match(c.trigger_word) is not None and bool(
        _OBJECT_AND_CHARGE.match(ctx.folded, word_end(ctx.folded, c.trigger.end))
    )


def _still_worth_keeping(ctx: Context, c: _Candidate, merged: list[_Candidate]) -> bool:
    """After merging, when every mention of a happening has lent it what it told: an attack told
    nowhere, a meeting of no one and an incursion named again with no place are no events."""
    return not (_attack_nowhere(c) or _no_one_met(ctx, c) or _incursion_named_again(c, merged))


def _incursion_named_again(c: _Candidate, merged: list[_Candidate]) -> bool:
    """ "Free Syrian Army factions taking part in Operation Euphrates Shield also seized Soran",
    "Turkish tanks and special forces accompanied the rebel advance": a state's incursion named
    again with no place, when the text tells it at a place, is that one, not another."""
    return (
        c.type == "INCURSION"
        and not c.places
        and any(
            o is not c and o.type == "INCURSION" and o.places and set(o.actors) & set(c.actors)
            for o in merged
        )
    )


def _attack_nowhere(c: _Candidate) -> bool:
    """An attack or shelling the text tells, merged, with no place, no one it was done to and no
    one asserting it: "the rebels launched a counter-offensive", a campaign in general, not a
    happening a monitor can check. One alleged by a speaker stays, as the seeds' "the regime
    attacks"; so does one on a named party: "launched a ground assault on rebel positions", "shot
    down a Russian jet". (Air strikes told so are kept: the gold codes them, measured.)"""
    return (
        c.type in ("ATTACK", "SHELLING")
        and not c.places
        and not c.asserted_by
        and not c.negated
        and not c.target
    )


def _no_one_met(ctx: Context, c: _Candidate) -> bool:
    """A meeting told by a noun that, merged, still names one party, no person and no
    counterpart: "a Security Council meeting in New York", "the talks at the Russian base at
    Hmeimim". (A person meets someone the text need not name as a party: "Kerry, speaking after
    meeting his British counterpart"; so does a party said to meet a counterpart: "التقى نظيره
    الروسي في موسكو".)"""
    return (
        c.type == "MEET"
        and not c.verb  # "المبعوثة الأسترالية التقت وفد الحكومة": someone met the party
        and len(c.actors) < 2
        and all(ctx.lexicon.actors[a].kind != "person" for a in c.actors)
        and not _COUNTERPART.search(ctx.folded, max(0, c.sentence.start - 1), c.sentence.end)
    )


_COUNTERPART = re.compile(r"(?:^|\s)(?:[وف]?(?:ب|ل)?نظير\S*|counterparts?)(?:\s|$)")
