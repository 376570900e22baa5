"""Meetings and agreements across sentences: a participant named later joins the meeting told
before, talks that end in an agreement are a meeting of its parties and those who just met
agreed, a participant's own words date his meeting, and a local deal is made in the one town its
sentence names."""

from __future__ import annotations

import re

from hudna.extract.context import Context
from hudna.extract.entities import locator
from hudna.extract.events.common import FUTURE_PREFIX, _at, _Candidate, _definite

_PRESENT_AT = re.compile(
    r"(?:^|\s)(?:بحضور|وبحضور|in the presence of|attended by)\s+(?:\S+\s+){0,2}?(?:ال|the\s+)?$"
)


def _talks_of_agreement(ctx: Context, candidates: list[_Candidate]) -> None:
    """`agreed ... after twelve hours of talks in Moscow`, `التوصل إلى اتفاق ... بعد محادثات`:
    talks that end in an agreement told in the same sentence were held by its parties, and the
    two share their venue; an agreement with no parties named was reached by those who just met."""
    for meet in [c for c in candidates if c.type == "MEET"]:
        agree = next(
            (
                c
                for c in candidates
                if c.type == "AGREE"
                and c.sentence == meet.sentence
                and len(c.actors) >= 2
                # "توصلت الأسايش وقوات النظام إلى اتفاق ... بعد مفاوضات ... برعاية روسية": the
                # talks' parties are the agreement's, its sponsor too
                and (len(meet.actors) < 2 or set(meet.actors) < set(c.actors))
            ),
            None,
        )
        if agree is None:
            continue
        meet.actors = list(agree.actors)
        meet.places = meet.places or list(agree.places)
        agree.places = agree.places or list(meet.places)
    # "اتفقت الولايات المتحدة وروسيا ... في ختام اجتماع ... بمشاركة ... إيران وتركيا": the
    # meeting that ended in the agreement had all of them, and all of them agreed
    for agree in [c for c in candidates if c.type == "AGREE" and len(c.actors) >= 2]:
        for meet in candidates:
            if (
                meet.type == "MEET"
                and meet.sentence == agree.sentence
                and agree.trigger.start < meet.trigger.start
                and meet.actors
                and _at(ctx, "talks_end").search(
                    ctx.folded, max(agree.trigger.end, meet.trigger.start - 20), meet.trigger.start
                )
            ):
                everyone = list(dict.fromkeys([*agree.actors, *meet.actors]))
                agree.actors, meet.actors = everyone, list(everyone)
    # "بحث لافروف ونظيره التركي في اتصال هاتفي ... واتفقا على": the dual verb's two are the two
    # who just met in its sentence, whoever else the sentence names; so are a plural verb's many
    # ("اختتم الوزراء اجتماعاً ترأسه كيري ولافروف بحضور دي ميستورا، واتفقوا على")
    for agree in [c for c in candidates if c.type == "AGREE" and c.verb]:
        word = agree.trigger_word.split()[0] if agree.trigger_word else ""
        if not word.endswith("ا"):
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
            # (one who only attended, "بحضور المبعوث الأممي", is no party to what they agreed)
            present = {
                m.id
                for m in ctx.mentions_in(agree.sentence.start, agree.trigger.start, "actor")
                if _PRESENT_AT.search(ctx.folded, max(0, m.start - 24), m.start)
            }
            agree.actors = [a for a in pair[0].actors if a not in present] or list(pair[0].actors)
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
            agree.date = (
                agree.date or met[-1].date
            )  # "spoke by phone this evening. ... the two agreed"
    # "استضاف لافروف نظيريه ... أن الدول الثلاث اتفقت": the three who just met, whoever else the
    # sentences between name
    for agree in [c for c in candidates if c.type == "AGREE"]:
        counted = _at(ctx, "counted_parties").search(
            ctx.folded, max(agree.sentence.start, agree.trigger.start - 30), agree.trigger.end + 30
        )
        met = [
            c
            for c in candidates
            if c.type == "MEET"
            and len(c.actors) >= 3
            and c.trigger.start < agree.trigger.start
            and agree.sentence.start - c.sentence.end < 600
        ]
        word = agree.trigger_word.split()[0] if agree.trigger_word else ""
        # "لافروف: «اتفقنا اليوم على وثيقة»", "we agreed": the speaker and those he met
        before = ctx.folded[max(0, agree.trigger.start - 12) : agree.trigger.start]
        we = (word.endswith("نا") or re.search(r"(?:^|[\s\"“«])we\s+(?:have\s+)?$", before)) and (
            bool(met) and agree.asserted_by in met[-1].actors
        )
        if (counted or we) and met:
            agree.actors = list(met[-1].actors)
            agree.date = agree.date or met[-1].date
            agree.places = agree.places or list(met[-1].places)
    # "اجتماع ثلاثي استضافته موسكو ... اتفقت فيه الدول الثلاث": agreed where they met
    for agree in [c for c in candidates if c.type == "AGREE" and not c.places]:
        venue = [
            c.places
            for c in candidates
            if c.type == "MEET" and c.places and c.sentence == agree.sentence
        ]
        if venue:
            agree.places = list(venue[0])


def _dated_by_participants(ctx: Context, candidates: list[_Candidate]) -> None:
    """`لافروف: «ناقشنا اليوم ...»`, "we discussed today": a participant's own words date an
    undated meeting of his at the day he names."""
    undated = [c for c in candidates if c.type == "MEET" and c.date is None and c.actors]
    if not undated:
        return
    for d in ctx.dates:
        if d.kind != "relative" or d.value is None or d.precision != "day":
            continue
        if not _at(ctx, "talks_dated").search(ctx.folded, max(0, d.start - 30), d.start):
            continue
        speaker = next((sp for s, e, sp in ctx.statement_spans if s <= d.start < e), None)
        meet = next((c for c in undated if speaker in c.actors and c.date is None), None)
        if meet is not None:
            meet.date = d


def _local_settlements(ctx: Context, candidates: list[_Candidate]) -> None:
    """`توصل المجلس المحلي لمدينة داريا والفصائل فيها إلى اتفاق مع النظام يقضي بإخلاء المدينة`:
    a deal among the sides fighting on the ground, with no venue told, was made in the one town,
    village or district its sentence names (the place it settles)."""
    for agree in candidates:
        if agree.type != "AGREE" or agree.places or not agree.actors:
            continue
        if not set(agree.actors) <= ctx.lexicon.ground_forces:
            continue
        local = {
            m.id
            for m in ctx.mentions
            if m.kind == "place"
            and agree.sentence.start <= m.start < agree.sentence.end
            and ctx.lexicon.places[m.id].kind in _LOCAL_KINDS
            and ctx.lexicon.places[m.id].country == ctx.lexicon.theatre_country
            # "بخروج المقاتلين من داريا إلى إدلب": where the fighters go is not what it settles
            and not _DESTINATION_BEFORE.search(ctx.folded, max(0, m.start - 20), m.start)
            # "the town of Moadamiyeh, south-west of Damascus": the city only locates the town
            and not locator(ctx).search(ctx.folded, max(0, m.start - 30), m.start)
        }
        if len(local) == 1:
            agree.places = [*local]


_DESTINATION_BEFORE = re.compile(
    r"(?:^|\s)(?:الي|نحو|باتجاه|to|for|towards)\s+(?:(?:مدينه|محافظه|ريف|the\s+city\s+of)\s+)?$"
)
_LOCAL_KINDS = ("city", "town", "village", "neighbourhood", "district")


def _participants_joining(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وكان المبعوث الأممي قد شارك في الاجتماع`: a participant named in a sentence without a
    meeting of its own joins the last meeting told before it."""
    meets = [c for c in candidates if c.type == "MEET"]
    for cue in ctx.cues_of("participation"):
        sentence = ctx.sentence_of(cue.start)
        # the meetings told before this sentence (the last one is what a participant joins)
        earlier = [m for m in meets if m.sentence != sentence and m.trigger.start < cue.start]
        venue = set(earlier[-1].places) if earlier else set()
        if any(
            sentence.start <= t.start < sentence.end
            and t.payload.key == "MEET"
            and not (
                (
                    _definite(ctx.folded, t)
                    # "at the end of the five-hour meeting": the meeting told before
                    or _THE_BEFORE.search(ctx.folded, max(0, t.start - 25), t.start)
                )
                # (at no other place than the one told: "وشارك في الاجتماع الذي عقد في لوزان")
                and {m.id for m in ctx.mentions_in(t.end, sentence.end, "place")} <= venue
            )
            for t in ctx.cues_of("trigger")
        ):
            continue  # the sentence tells a meeting of its own (perhaps one only planned)
        if _FUTURE_VERB.search(ctx.folded, cue.end, min(sentence.end, cue.end + 60)):
            continue  # "قوة عمل برئاسة الولايات المتحدة وروسيا ستجتمع في جنيف": a meeting to come
        # "شارك في الاجتماع" with nothing more: the meeting is the one already told (and no
        # meeting of this sentence is one for the participants of a later one)
        meets = [m for m in meets if m.sentence != sentence]
        if not earlier:
            continue
        named = [
            m.id
            for m in ctx.mentions
            if m.kind == "actor" and sentence.start <= m.start < sentence.end
        ]
        # "also attended by U.N. envoy Staffan de Mistura and the foreign ministers of Iran and
        # Turkey": all those named after the participation word, up to the clause's end
        brk = _at(ctx, "clause_break").search(ctx.folded, cue.end, sentence.end)
        # "co-chaired by the United States and Russia, also said violations would be reported to
        # the U.N. Security Council": the predicate of the sentence is not its participants
        predicate = _PREDICATE_AFTER.search(
            ctx.folded, cue.end, brk.start() if brk else sentence.end
        )
        brk = predicate or brk
        after = [
            m.id for m in ctx.mentions_in(cue.end, brk.start() if brk else sentence.end, "actor")
        ]
        if named:
            earlier[-1].actors = list(dict.fromkeys([*earlier[-1].actors, *(after or named[:1])]))
            earlier[-1].joined = True


_FUTURE_VERB = re.compile(rf"(?:^|\s)(?:[وف]?{FUTURE_PREFIX}[^\W\d_]{{3,}}|سوف|will|would)\s")


_PREDICATE_AFTER = re.compile(
    r"[,،]\s*(?:also\s+|then\s+)?(?:said|says|announced|stated|added|agreed|warned|noted|stressed|called)\b"
)


_THE_BEFORE = re.compile(r"(?:^|\s)the\s+(?:[^\W\d_]+-?[^\W\d_]*\s+)?$")
