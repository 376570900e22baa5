"""Doers carried to acts told without their own: the subject Arabic drops within a sentence and
into the next one, "the same jets", a force that came in support of an attack, the nationality
said of the aircraft, the backer named in "backed by Russian air strikes", and the party an
allusion names (في إشارة إلى)."""

from __future__ import annotations

import itertools
import re

from hudna.extract.context import Context, Mention, words_between
from hudna.extract.entities import affiliation
from hudna.extract.events.common import (
    _AGREEMENT_WORDS,
    BACKED,
    CLAUSE_JOIN_END,
    _at,
    _broken_siege,
    _Candidate,
)
from hudna.extract.events.party_groups import _groups
from hudna.extract.numbers import in_toll
from hudna.models import HOSTILE_TYPES
from hudna.text import is_arabic

# an act's word that names its doer after ل ("غارات للطيران"): a doer of its own, even unnamed
_OWNED_IN_TRIGGER = re.compile(r"\sلل?\S")
_TIME_CONJUNCTION = re.compile(r"(?:^|\s)(?:قبل|بعد)\s+$")


def _carry_subjects(ctx: Context, candidates: list[_Candidate]) -> None:
    """Arabic drops a repeated subject: an act with no agent takes the previous act's in its
    sentence (`قصفت قوات النظام X كما شنت غارات على Y`); a meeting with no parties named takes
    the parties of the sentence's first meeting told before it."""
    for prev, cand in itertools.pairwise(candidates):
        if cand.sentence != prev.sentence or not prev.actors:
            continue
        if cand.actors:
            if (
                cand.type == prev.type == "MEET"
                and not cand.subject_given
                and prev.actors[0] not in cand.actors
                # "عقد وفد الهيئة اجتماعاً مع دي ميستورا، فيما التقى المبعوث الوفد الحكومي"
                and not _at(ctx, "contrast").search(
                    ctx.folded, prev.trigger.end, cand.trigger.start
                )
            ):
                cand.actors.insert(0, prev.actors[0])  # زار كيري موسكو حيث التقى مع لافروف
            continue
        if ctx.statement_at(prev.trigger.start, prev.trigger.end) != ctx.statement_at(
            cand.trigger.start, cand.trigger.end
        ):
            continue
        if cand.trigger.text in ctx.lexicon.stative and cand.places:
            continue  # "غارات ... على حي الفردوس في القسم الشرقي المحاصر": a state, no new act
        if cand.subject_given:
            continue  # "...، وسلاح الجو يدمّر عشرات الآليات": aircraft of no named party struck
        if _OWNED_IN_TRIGGER.search(cand.trigger.text):
            continue  # "قصف مدفعي لقوات النظام وغارات للطيران الحربي": the strikes name their own
        if _broken_siege(ctx, cand):
            continue  # "وتمكنت قوات النظام من فك الحصار عن نبل": not who laid it
        if any(
            prev.trigger.end <= c.start < cand.trigger.start
            # "حاصرت قوات النظام شرق حلب، قبل أن تبدأ هجوماً": a time clause keeps the subject
            # of the act it follows, when the act is its verb or that verb's object
            and not (
                prev.type in HOSTILE_TYPES
                and _TIME_CONJUNCTION.search(ctx.folded, max(0, c.start - 6), c.start)
                and len(words_between(ctx.folded, c.end, cand.trigger.start)) <= 4
            )
            for c in ctx.cues_of("complementiser")
        ):
            continue  # "... shelled the town, and that helicopters dropped ...": a new subject
        if _at(ctx, "contrast").search(ctx.folded, prev.trigger.end, cand.trigger.start):
            continue  # "artillery shelled Douma, while a mortar round hit Damascus": another side
        if not cand.arabic and _SEMICOLON_THEN_ARTICLE.search(
            ctx.folded, prev.trigger.end, cand.trigger.start
        ):
            continue  # "...; on May 5, an air strike on the camp killed 28": English says its subject
        if _at(ctx, "passive").search(ctx.folded, prev.trigger.end, cand.trigger.start):
            continue  # "فرضت قوات النظام حصاراً ...، وتعرضت المدينة لقصف": the city is the subject
        if _at(ctx, "unknown_doer").search(ctx.folded, prev.trigger.end, cand.hi) or any(
            prev.trigger.end <= m.start < cand.trigger.start
            for m in ctx.cues_of("trigger")
            if m.text in ctx.lexicon.means
        ):
            continue  # "وشنت طائرات لم تُعرف هويتها غارات": a subject of its own, unknown
        if cand.type in _AGREEMENT_WORDS:
            first = next(
                (
                    c
                    for c in candidates
                    if c.sentence == cand.sentence
                    and c.type == cand.type
                    and c.actors
                    # (told before it: "بعد محادثات ...، وجاءت غداة لقاء جمع كيري ببوتين" are
                    # not the later meeting's)
                    and c.trigger.start < cand.trigger.start
                ),
                None,
            )
            if first:
                cand.actors = list(first.actors)
            continue
        if prev.type in _AGREEMENT_WORDS or prev.type == "ACCUSE":
            continue
        if in_toll(ctx.folded, prev.trigger.start, prev.trigger.end):
            continue  # "وقتل 13 مستشاراً عسكرياً إيرانياً في معارك": the dead fought no one named
        if _at(ctx, "alongside").search(ctx.folded, prev.trigger.end, cand.trigger.start):
            # "اشتباكات بين عناصر الحزب وقوات النظام ومقاتلي «جيش الفتح» ...، بالتزامن مع غارات
            # جوية": an act told as happening alongside has a subject of its own
            continue
        cand.actors = list(prev.actors)


def _opening_subject_carried(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "واستغلت قوات النظام انشغال الفصائل بالاقتتال، فتقدمت أمس في الغوطة": an Arabic verb
    joined by "، ف" or "، و" with no subject of its own goes on with the party the sentence's
    first verb names right after it, when that verb told no act."""
    folded = ctx.folded
    for cand in candidates:
        if cand.actors or not cand.arabic or not cand.verb or cand.type not in HOSTILE_TYPES:
            continue
        if not CLAUSE_JOIN_END.search(
            folded, max(cand.sentence.start, cand.trigger.start - 4), cand.trigger.start
        ):
            continue
        if any(
            c is not cand and c.sentence == cand.sentence and c.trigger.start < cand.trigger.start
            for c in candidates
        ):
            continue  # an act told before it in its sentence lends its own doers (`_carry_subjects`)
        opening = ctx.mentions_in(cand.sentence.start, cand.trigger.start, "actor")
        if not opening:
            continue
        first = opening[0]
        if len(words_between(folded, cand.sentence.start, first.start)) != 1:
            continue  # "واستغلت قوات النظام": the verb, then its subject
        if ctx.statement_at(first.start, first.end) != ctx.statement_at(
            cand.trigger.start, cand.trigger.end
        ):
            continue
        cand.actors = [affiliation(ctx, first.id)]


def _carry_to_next_sentence(ctx: Context, candidates: list[_Candidate]) -> None:
    """A sentence that opens on its act with no subject goes on with the previous sentence's
    doer: `واصلت قوات النظام حملتها على الغوطة. وقصفت بلدة حزة ...` (Arabic drops the subject),
    "Government forces pressed their offensive. They shelled Harasta" (a subject pronoun)."""
    for cand in candidates:
        if cand.actors or cand.type not in HOSTILE_TYPES or not cand.verb:
            continue
        opening = ctx.folded[cand.sentence.start : cand.trigger.start]
        if cand.arabic:
            if not re.fullmatch(r"\s*(?:[وف]|ثم\s|كما\s)?\s*", opening):
                continue
            if _at(ctx, "passive").match(ctx.folded, cand.trigger.start):
                continue
        elif not re.fullmatch(r"\s*(?:they|it)\s+(?:\S+\s+)?", opening, re.IGNORECASE):
            continue
        if ctx.statement_at(cand.trigger.start, cand.trigger.end) is not None:
            continue
        before = ctx.sentence_before(cand.sentence)
        if before is None or "\n\n" in ctx.folded[before.end : cand.sentence.start]:
            continue  # a new paragraph starts afresh
        prev = [
            c for c in candidates if c.sentence == before and c.type in HOSTILE_TYPES and c.actors
        ]
        if prev and ctx.statement_at(prev[-1].trigger.start, prev[-1].trigger.end) is None:
            cand.actors = list(prev[-1].actors)


def _same_doers(ctx: Context, candidates: list[_Candidate]) -> None:
    """`تعرضت كفرنبل لثلاث غارات من الطائرات ذاتها`, "strikes by the same jets": the doers of the
    act of that type told before; so for aircraft named again as they come back ("أن المروحيات
    عادت ... لتستهدف", "the jets returned and hit"), when that act is told in the sentence before
    or the same one."""
    for i, cand in enumerate(candidates):
        if cand.actors or cand.type not in HOSTILE_TYPES:
            continue
        told = [c for c in candidates[:i] if c.type == cand.type and c.actors]
        if not told:
            continue
        if _at(ctx, "same_doers").search(ctx.folded, cand.sentence.start, cand.sentence.end) or (
            # "وأوضح الناشطون أن المروحيات عادت ... لتستهدف": the aircraft just told, back again
            _at(ctx, "means_again").search(ctx.folded, cand.sentence.start, cand.trigger.start)
            and _sentences_apart(ctx, told[-1], cand) <= 1
        ):
            cand.actors = list(told[-1].actors)


def _parts_of_wide_acts(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "Warplanes believed to be Russian carried out thirty air raids on towns in Idlib
    province ... Seven more died in raids on the outskirts of Saraqib": an act told without a
    doer, shortly after one of its type over the whole province, is a part of it, by the same doers
    and on the same day."""
    for i, cand in enumerate(candidates):
        if cand.actors or cand.type not in HOSTILE_TYPES or not cand.places or cand.negated:
            continue
        here = ctx.lexicon.places[cand.places[0]]
        for wide in reversed(candidates[:i]):
            if wide.type != cand.type or not wide.actors or not wide.places or wide.negated:
                continue
            area = ctx.lexicon.places[wide.places[0]]
            if (
                area.kind in ("governorate", "region")
                and here.id != area.id
                and here.admin1 == area.admin1
                and _sentences_apart(ctx, wide, cand) <= 2
            ):
                cand.actors = list(wide.actors)
                cand.date = cand.date or wide.date  # "on Sunday" was said of the whole
            break


def _sentences_apart(ctx: Context, a: _Candidate, b: _Candidate) -> int:
    """How many sentences `b` is told after `a`."""
    return sum(1 for s in ctx.sentences if a.sentence.start < s.start <= b.sentence.start)


_THEIR_MEANS = re.compile(
    r"(?<!\S)their\s+(?:aircraft|jets|warplanes|planes|helicopters|bombers|forces|troops|artillery)"
    r"\s+(?:\S+\s+){0,3}$|(?<!\S)[وف]?(?:طايراتهم|طايراتهما|قواتهم|قواتهما|مقاتلاتهم|مقاتلاتهما)"
    r"\s+(?:\S+\s+){0,3}$"
)


def _their_means(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "the regime and Russia have chosen a military course, and their aircraft have struck
    hospitals": "their" aircraft are those of the parties named together before them."""
    folded = ctx.folded
    for cand in candidates:
        if cand.type not in HOSTILE_TYPES:
            continue
        their = _THEIR_MEANS.search(
            folded, max(cand.sentence.start, cand.trigger.start - 60), cand.trigger.start
        )
        if their is None:
            continue
        floor = (ctx.sentence_before(cand.sentence) or cand.sentence).start
        owners = [
            grp
            for grp in _groups(ctx, ctx.mentions_in(floor, their.start(), "actor"))
            if len({m.id for m in grp}) >= 2
        ]
        if owners:
            cand.actors = list(dict.fromkeys(affiliation(ctx, m.id) for m in owners[-1]))


_DISOWNED = re.compile(r"(?<!\S)[وف]?(?:نفي|نفت|ينفي|تنفي|denied|denies|deny|rejected)\s")


_CLAIMED_BY = re.compile(r"(?<!\S)(?:was|were|been)\s+claimed\s+by\s+(?:the\s+)?")


def _claimed_acts(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "A car bomb exploded in Azaz ... Islamic State claimed responsibility (for the attack)",
    `وأعلن تنظيم «داعش» مسؤوليته عن الهجوم`: the party named right before the claim did the
    act told without a doer in its sentence or the one before."""
    folded = ctx.folded
    for claim in _at(ctx, "claimed").finditer(folded):
        sentence = ctx.sentence_of(claim.end())
        claimers = (
            [
                m
                for m in ctx.mentions_in(sentence.start, claim.start() + 1, "actor")
                if len(words_between(folded, m.end, claim.start())) <= 1
            ]
            or [  # "وتبنى تنظيم داعش التفجير": the verb before its subject
                m
                for m in ctx.mentions_in(claim.end(), sentence.end, "actor")
                if is_arabic(claim.group())
                and len(words_between(folded, claim.end(), m.start)) <= 1
            ][:1]
        )
        if not claimers or _DISOWNED.search(folded, sentence.start, claim.start()):
            continue  # "نفى التنظيم مسؤوليته عن": a denial claims nothing
        before = ctx.sentence_before(sentence)
        acts = [
            c
            for c in candidates
            if c.type in HOSTILE_TYPES
            and not c.actors
            and not c.negated
            and (c.sentence == sentence or c.sentence == before)
        ]
        for act in acts[-1:]:
            act.actors = [claimers[-1].id]
    for claim in _CLAIMED_BY.finditer(folded):
        # "A suicide car bombing at the Rukban camp, which killed seven soldiers, was claimed by
        # ISIS": the act its sentence told, past the relative clause
        by = ctx.mentions_in(claim.end(), claim.end() + 40, "actor")
        if not by or words_between(folded, claim.end(), by[0].start):
            continue
        sentence = ctx.sentence_of(claim.start())
        acts = [
            c
            for c in candidates
            if c.type in HOSTILE_TYPES
            and not c.actors
            and not c.negated
            and c.sentence == sentence
            and c.trigger.end <= claim.start()
        ]
        for act in acts[:1]:
            act.actors = [by[0].id]


_SEMICOLON_THEN_ARTICLE = re.compile(r"[;؛][^;؛]*?\b(?:an?|the)\s+$")


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


_BACKED_BY = re.compile(rf"(?:^|[\s,،]){BACKED}\s+by\s+[^,،.;]{{0,50}}$")


_MEANS_JOINED_IN_PHRASE = re.compile(r"\s*,?\s*(?:and|or|as well as)\s+(?:\S+\s+){0,2}$")


def _backing_means(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "Syrian government forces backed by Russian air strikes recaptured Palmyra": the strikes
    that backed an act are the backer's (the party named in the phrase, or no one; not the
    forces backed), at the place of the act they backed and against its target."""
    hostile = [c for c in candidates if c.type in HOSTILE_TYPES and not c.arabic]
    for k, means in enumerate(hostile):
        by = _BACKED_BY.search(ctx.folded, means.sentence.start, means.trigger.start)
        if by is None:
            continue
        # the act backed: the first one after the phrase, past the means joined to this one
        # ("backed by Russian air strikes and Iranian advisers launched an offensive")
        act, end = None, means.trigger.end
        for c in hostile[k + 1 :]:
            if c.sentence != means.sentence:
                break
            if _MEANS_JOINED_IN_PHRASE.match(ctx.folded[end : c.trigger.start]):
                end = c.trigger.end
                continue
            act = c
            break
        if (
            act is None
            or "." in ctx.folded[end : act.trigger.start]
            or len(words_between(ctx.folded, end, act.trigger.start)) > 4
        ):
            continue
        told_before = [c.trigger.end for c in hostile[:k] if c.trigger.end > by.start()]
        means.actors = list(
            dict.fromkeys(
                m.id
                for m in ctx.mentions_in(
                    max([by.start(), *told_before]), means.trigger.end, "actor", "adjective"
                )
            )
        )
        means.places = means.places or list(act.places)
        means.target = means.target or act.target
        # the act is done by the forces backed, named right before the phrase, not by a backer
        backers = {m.id for m in ctx.mentions_in(by.start(), act.trigger.start)}
        backed = [
            m.id
            for m in ctx.mentions_in(means.sentence.start, by.start(), "actor")
            if len(words_between(ctx.folded, m.end, by.start())) == 0
        ]
        if backed and set(act.actors) <= backers:
            act.actors = backed


def _operations_backed(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "The operation is backed by US air strikes", "the coalition had supported the offensive
    with air strikes": strikes told with no place of their own, backing an operation the text
    names again, struck where the last act with a place before them was fought."""
    for k, means in enumerate(candidates):
        if means.places or means.arabic or means.type not in HOSTILE_TYPES:
            continue
        if not _at(ctx, "operation_backed").search(
            ctx.folded, means.sentence.start, means.trigger.start
        ):
            continue
        fought = next(
            (
                c
                for c in reversed(candidates[:k])
                if c.places and c.type in ("ATTACK", "INCURSION") and c is not means
            ),
            None,
        )
        if fought is not None:
            means.places = list(fought.places)


_FELL_TO = re.compile(r"(?:fell|falls|fallen)\s+to")


def _fallen_to(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "Masaken Hanano fell to government forces": the party a place fell to took it; the word
    "to" that marks a target elsewhere names the doer here. `سقوط حي مساكن هنانو بيد قوات النظام`:
    the parties right after the hands took it."""
    for c in candidates:
        if c.type == "ATTACK" and not c.actors and c.target and _FELL_TO.fullmatch(c.trigger_word):
            c.actors, c.target = [c.target], None
        if c.trigger.payload.extra != "fall":
            continue
        hands = next(
            (h for h in ctx.cues_of("into_hands") if c.trigger.end <= h.start < c.sentence.end),
            None,
        )
        if hands is None:
            continue
        after = ctx.mentions_in(hands.end, c.sentence.end, "actor")
        if after and len(words_between(ctx.folded, hands.end, after[0].start)) <= 1:
            group = next(g for g in _groups(ctx, after) if after[0] in g)
            c.actors = list(dict.fromkeys(m.id for m in group))
            if c.target in c.actors:
                c.target = None


_MAKER_SAID = re.compile(
    r"(?:^|\s)(?:ال)?(?:طايرات|طايره|مروحيات|مقاتلات|قاذفات|طيران)(?:\s+(?:ال)?(?:مغيره|حربيه|المغيره|الحربيه))?"
    r"\s+(?:كانت\s+)?$"
    r"|(?:^|\s)(?:the\s+)?(?:jets|planes|aircraft|warplanes|helicopters|bombers)\s+(?:involved\s+)?"
    r"(?:were|was|had been)\s+(?:all\s+)?$"
)


def _attributed_means(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وأكد شهود عيان أن الطائرات المغيرة روسية`, "Witnesses said the jets were Russian": the
    nationality said of the aircraft names the doer of the air strike just told without one."""
    folded = ctx.folded
    for adj in ctx.mentions:
        if adj.kind != "adjective" or not re.match(
            r"\s*(?:[.،,؛;]|$)", folded[adj.end : adj.end + 2]
        ):
            continue
        sentence = ctx.sentence_of(adj.start)
        if not _MAKER_SAID.search(folded, max(sentence.start, adj.start - 40), adj.start):
            continue
        told = ctx.sentence_before(sentence)
        acts = [
            c
            for c in candidates
            if c.type == "AIRSTRIKE"
            and not c.actors
            and c.trigger.start < adj.start
            and (c.sentence == sentence or c.sentence == told)
        ]
        if acts:
            acts[-1].actors = [adj.id]


_OR_AND = re.compile(r"\s*(?:,|،)?\s*(?:or|and|او|و)\s*")


def _alluded_agents(ctx: Context, candidates: list[_Candidate]) -> None:
    """`"لوقف قصف الأحياء السكنية في حلب"، في إشارة إلى فصائل المعارضة`: an act told without its
    doer takes the party the allusion names."""
    for cue in ctx.cues_of("allusion"):
        sentence = ctx.sentence_of(cue.start)
        named: list[Mention] = []  # "Russian or Syrian aircraft": each side joined by "or"
        for m in ctx.mentions_in(cue.end, sentence.end, "actor", "adjective"):
            gap = ctx.folded[named[-1].end if named else cue.end : m.start]
            if (named and _OR_AND.fullmatch(gap)) or (
                not named and len(words_between(ctx.folded, cue.end, m.start)) <= 1
            ):
                named.append(m)
            else:
                break
        if not named:
            continue
        acts = [
            c
            for c in candidates
            if c.type in HOSTILE_TYPES and c.trigger.start < cue.start and not c.actors
        ]
        if acts:
            acts[-1].actors = list(dict.fromkeys(affiliation(ctx, m.id) for m in named))
