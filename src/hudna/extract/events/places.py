"""Where and when: the place of a candidate (after or before its trigger, venues, datelines,
stative sieges) and its date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from hudna.extract.commitments import future_markers, in_force_words
from hudna.extract.context import (
    CHARGE_AFTER,
    Context,
    Mention,
    title_end,
    word_end,
    words_between,
)
from hudna.extract.dates import DateMention, points_ahead
from hudna.extract.entities import locator
from hudna.extract.events.common import (
    _AGREEMENT_WORDS,
    _COORD_PLACES,
    ARABIC_RELATIVE,
    UNDER_A_DEAL,
    _accused_in,
    _at,
    _Candidate,
    _counted,
    _journey_before,
    _lam_before,
    _place_rank,
    _prefix,
    _same_day_anaphor,
    _within,
)
from hudna.extract.numbers import count_value
from hudna.models import HOSTILE_TYPES
from hudna.text import alternation, is_arabic

_TITLE_OF_PLACE = re.compile(r"(?:^|\s)(?:of\s+(?:the\s+)?|ل(?:مدينه|بلده|محافظه|منطقه)\s+)$")
_TIMED_BY_ANOTHER = re.compile(
    r"(?:^|\s)(?:(?:only|just|a few|two|three|several|\d+)\s+)?(?:hours|days|a day|minutes|"
    r"weeks|a week)\s+(?:after|before)\s"
    r"|(?:^|\s)(?:بعد|قبل)\s+(?:ساعات|ساعه|ساعتين|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع)"
    r"(?:\s+\S+)?\s+(?:من|علي)\s"
)
_WITHDRAWN_TO = re.compile(
    r"(?:^|\s)(?:انسحب\S*|فر|فروا|فرت|نزح\S*|withdrew|retreated|fled)\s+(?:\S+\s+)?"
    r"(?:نحو|باتجاه|الي|صوب|towards?|to)\s+(?:(?:مدينه|بلده|قريه|the\s+town\s+of)\s+)?$"
)
_SETTLEMENT_OF = re.compile(r"(?:city|town|resort|capital|village|port)\s+of\s+$")
# "a session called at Moscow's request", "بناء على طلب موسكو": the capital asking is a party
_REQUESTED_BY = re.compile(r"['’]s\s+(?:request|behest|demand|invitation|insistence|initiative)\b")
_REQUEST_OF = re.compile(r"(?:^|\s)(?:طلب|دعوه)\s+(?:من\s+)?$")
# "at Russia's Hmeimim air base", "at talks in Geneva", "at the UN in New York"
_AT_VENUE = re.compile(
    r"(?:^|\s)at\s+(?:the\s+|[^\W\d_]+['’]s\s+|(?:talks|a meeting|a summit)\s+in\s+)?$"
)
_SINCE_BEFORE = re.compile(r"(?:منذ|since)\s+(?:\S+\s+)?$")


@lru_cache(maxsize=1)
def _since_in_force() -> re.Pattern[str]:
    """ "منذ دخول اتفاق وقف الأعمال العدائية حيز التنفيذ في", "since the truce took effect on"
    (the words of commitments.yaml `in_force`)."""
    return re.compile(
        # (the accord may be named between: "منذ بدء سريان الهدنة في الثاني عشر من الشهر")
        rf"(?:^|\s)(?:منذ|since)\s+[^.،,؛;]{{0,60}}(?:{in_force_words()})(?:\s+[^\s.،,؛;]+){{0,2}}"
        r"\s+(?:في|on)\s+(?:\S+\s+)?$"
    )


@lru_cache(maxsize=1)
def _took_effect_on() -> re.Pattern[str]:
    """ "بدأ سريانه مساء", "took effect on": the words right before the day an accord started
    (commitments.yaml `in_force`)."""
    # (and a truce that began: "نظام التهدئة الذي بدأ قبل أسبوع")
    return re.compile(
        rf"(?:{in_force_words()}|(?<!\S)(?:بدا|بدات|began|started))\s+(?:(?:في|on|at)\s+)?(?:\S+\s+)?$"
    )


_RELATIVE = re.compile(
    r"(?:^|\s|[،,])\s*[وف]?(?:which|that|who|التي|الذي|اللتين|اللذين|اللتان|اللذان)\s"
)

_SPREAD_OVER = re.compile(
    r"(?:^|\s)(?:[وف]?(?:في|ب)\s*)?(?:ريفي|محافظتي|مدينتي|محافظات|provinces\s+of|governorates\s+of)"
    r"\s+(?:ال)?$"
)


# before the place of a tally: some of the acts counted ("32 of them in", "منها 32 في")
_PART_OF_TALLY = re.compile(
    r"(?:^|\s)(?P<n>\S+)\s+of\s+(?:them|which)\s+in\s+(?:the\s+)?$"
    r"|(?:^|\s)منها\s+(?P<m>\S+)\s+في\s+(?:ال)?$"
)


# before the places of a tally: where most were ("mainly in Latakia and Damascus provinces")
_MOSTLY_IN = re.compile(
    r"(?:^|\s)(?:mainly|mostly|largely|chiefly|most of them)\s+in\s+(?:the\s+)?$"
)


# after an act over a province: where most of it fell ("أربعين غارة على ريف حلب الشمالي، تركز
# معظمها على بلدتي عندان وحريتان", "30 raids on Idlib province, most of them on Saraqeb")
_FOCUS = re.compile(
    r"\s*[،,]?\s*(?:[وف]?تركزت?\s+|[وف]?استهدفت?\s+)?(?:معظمها|اغلبها|غالبيتها)\s+(?:علي|في)\s+"
    r"|\s*[،,]?\s*(?:most of them|mostly|mainly|concentrated)\s+(?:on|in)\s+"
)


# after an act on a city: its toll told in one of its quarters ("on western Aleppo, killing at least
# 8 civilians in Hamdaniyah")
_TOLL_IN = re.compile(
    r"[^.;؛]{0,60}?(?:killing|wounding|injuring|killed|wounded|injured|مقتل|اصابه)(?:\s[^.;؛]{0,60}?)?"
    r"\s(?:in|في)\s+(?:the\s+)?(?:(?:district|neighbou?rhood)\s+of\s+|حيي?\s+)?"
)


def _focused(
    ctx: Context, cand: _Candidate, chosen: list[Mention], places: list[Mention]
) -> list[Mention]:
    """The places inside the one province an act was told over, named right after it as where
    most of it fell: they, not the province, are its places; so is the quarter of a city its
    toll is told in."""
    if cand.type not in HOSTILE_TYPES or len(chosen) != 1:
        return []
    area = ctx.lexicon.places[chosen[0].id]
    if area.kind == "city":
        # "fired mortars and rockets on western Aleppo, killing at least 8 civilians in
        # Hamdaniyah": the toll tells the quarter of the city it fell on
        toll = [
            p
            for p in places
            if chosen[0].end < p.start < cand.sentence.end
            and _TOLL_IN.fullmatch(ctx.folded, chosen[0].end, p.start)
            and ctx.lexicon.places[p.id].kind == "neighbourhood"
            and _within(ctx, chosen[0].id, p.id, near=False)
        ]
        # "were killed in the Bustan al-Basha and Sakhour districts": each quarter joined
        return (
            [
                p
                for p in _joined_after(ctx.folded, places, toll[0])
                if ctx.lexicon.places[p.id].kind == "neighbourhood"
            ]
            if toll
            else []
        )
    if area.kind not in ("governorate", "region"):
        return []
    focus = _FOCUS.search(ctx.folded, chosen[0].end, min(cand.sentence.end, chosen[0].end + 60))
    if focus is None:
        return []
    inside = [
        p
        for p in places
        if focus.end() <= p.start < cand.sentence.end
        and (area.kind == "region" or ctx.lexicon.places[p.id].admin1 == area.id)
    ]
    if not inside or len(words_between(ctx.folded, focus.end(), inside[0].start)) > 1:
        return []
    return _joined_after(ctx.folded, places, inside[0])


def _fire_landed(ctx: Context, cand: _Candidate, place_id: str) -> bool:
    """A border town abroad where fire from the theatre landed ("rockets fired from Syria hit
    Kilis"): shelling or an attack there by others than the town's own state, whose fire from it
    lands in the theatre."""
    owner = ctx.lexicon.places[place_id].borders_theatre
    return owner is not None and cand.type in ("SHELLING", "ATTACK") and owner not in cand.actors


def _is_theatre_country(ctx: Context, place_id: str) -> bool:
    place = ctx.lexicon.places[place_id]
    return place.kind == "country" and place.country == ctx.lexicon.theatre_country


# what an agreement provides for: its places are the terms', not the venue
_TERMS = re.compile(
    r"(?:^|\s)[وف]?(?:لوقف|[يت]قضي|[يت]نص|ينصان|نصت?\s+علي|علي\s+ان|provides? for|calls? for|stipulat\w*|under which|covering"
    # "a deal has been reached for fighters and civilians to leave eastern Aleppo"
    r"|for\s+(?:[^\W\d_]+\s+){1,5}?to)\s"
    # what it is for: "a deal for the evacuation of rebels from eastern Aleppo", "a deal to
    # evacuate" (the Arabic "اتفاق لإجلاء" measured worse: ho-18 lost an accord's place)
    r"|(?:^|\s)(?:for\s+the\s+(?:evacuation|withdrawal|exit|departure)|to\s+(?:evacuate|withdraw))\s"
    # "an agreement for a ceasefire in Aleppo", "اتفاق لوقف إطلاق النار في حلب": the truce agreed
    r"|(?:^|\s)for\s+an?\s+(?:\S+\s+)?(?:ceasefire|cease-fire|truce)\s"
)
# what a deal covers names no place it was reached in (`الاتفاق ... يشمل إجلاء جرحى من الفوعة`)
# from a journey's verb to its end: "flew to", "ووصل دي ميستورا إلى", "arrived in the city of"
_TO_PLACE = re.compile(r"\s+(?:\S+\s+){0,3}?(?:to|in|into|الي|في)\s+(?:\S+\s+)?")
_COVERS = re.compile(r"(?:^|\s)(?:[يت]شمل|[يت]تضمن|includes)\s")


@lru_cache(maxsize=1)
def _terms_in_force() -> re.Pattern[str]:
    """An accord taking effect (commitments.yaml `in_force`) or starting from a day: its terms."""
    return re.compile(
        rf"(?:^|\s)(?:{in_force_words()}|اعتبارا\s+من|ابتداء\s+من|starting|effective\s+from|"
        # "هدنة تبدأ السبت", "a truce to begin on Saturday": the day its terms start
        r"from\s+midnight|[تي]بدا|to\s+begin|begins|starts)\s"
    )


_ASIDES = (
    r"[,،]\s*(?:on\s+the\s+(?:\S+\s+)?(?:edge|outskirts)\s+of|علي\s+(?:ال)?اطراف)\s[^,،.]{0,60}[,،]"
    # "In al-Waer, in Homs city, requests ...": the city only locates the district
    r"|[,،]\s*in\s+(?:the\s+)?[^,،.]{1,30}?\s(?:city|province|governorate|countryside)\s*[,،]"
    # "Moadamiyeh, a town southwest of Damascus, has been", "Daraya, a Damascus suburb under
    # government siege since 2012,": the aside describes the place before it
    r"|[,،]\s*an?\s+(?:[^\s,،.]+\s+){0,3}?(?:suburb|town|city|village|district|neighbou?rhood|area)"
    r"(?:\s[^,،.]{0,60})?(?=[,،]|$)"
)


@cache
def _asides_pattern(english: frozenset[str]) -> re.Pattern[str]:
    """The asides that locate the place before them, with "a hospital in Atarib, west of
    Aleppo, was hit": the city only locates the town (places.yaml `compass`)."""
    return re.compile(
        _ASIDES
        + r"|[,،]\s*(?:(?:some|about|\d+\s*(?:km|kilometres|kilometers|miles))\s+)?"
        + rf"(?:{alternation(english)})\s+of\s+[^,،.]{{1,40}}[,،]"
    )


def _locating_aside(ctx: Context) -> re.Pattern[str]:
    return _asides_pattern(ctx.lexicon.compass_en)


def _joined_before(
    folded: str,
    pool: list[Mention],
    last: Mention,
    stop: Callable[[Mention], bool] | None = None,
) -> list[Mention]:
    """`last` and the places of `pool` joined to it before it ("بلدتي الفوعة وكفريا", "Shaar and
    Sakhour"), in text order; the chain ends at the first place not joined, or one `stop` rejects."""
    chain = [last]
    for p in reversed([p for p in pool if p.end <= last.start]):
        if not _COORD_PLACES.match(folded[p.end : chain[0].start]) or (stop and stop(p)):
            break
        chain.insert(0, p)
    return chain


def _joined_after(folded: str, pool: list[Mention], first: Mention) -> list[Mention]:
    """`first` and the places of `pool` joined to it after it ("بلدتي عندان وحريتان", "Saraqeb
    and Maarat al-Numan"), in text order; the chain ends at the first place not joined."""
    chain = [first]
    for p in pool:
        if p.start >= chain[-1].end and _COORD_PLACES.match(folded[chain[-1].end : p.start]):
            chain.append(p)
        elif p.start >= chain[-1].end:
            break
    return chain


# "في المنطقة ذاتها", "في المنطقة نفسها", "in the same area": the place told just before
_SAME_AREA = re.compile(
    r"(?:^|\s)(?:في|ب)\s*(?:ال)?(?:منطقه|بلده|مدينه|قريه)\s+(?:ذاتها|نفسها)(?:\s|$|[.,،])"
    r"|\bin\s+the\s+same\s+(?:area|town|city|village|district)\b"
)


def _wide(ctx: Context, place: Mention, located: list[Mention]) -> bool:
    """Whether `place` is wide enough to locate the places told before it (`located`): a
    governorate or region, or a city right after a town of its province, which then names the
    province ("Foua and Kefraya in Idlib")."""
    wide = ctx.lexicon.places[place.id]
    if wide.kind in ("governorate", "region"):
        return True
    town = ctx.lexicon.places[located[-1].id] if located else None
    return (
        town is not None
        and wide.kind == "city"
        and town.kind in ("town", "village")
        and town.admin1 is not None
        and town.admin1 == wide.admin1
    )


def _undated(ctx: Context, start: int, end: int) -> str:
    """The folded text from `start` to `end` without its dates and the word that introduces
    them ("on Monday", "يوم الاثنين")."""
    text = ctx.folded[start:end]
    for d in sorted(ctx.dates, key=lambda d: -d.start):
        if start <= d.start and d.end <= end:
            lo = d.start - start
            lead = re.search(r"(?:on|يوم|في)\s+$", text[:lo])
            text = text[: lead.start() if lead else lo] + text[d.end - start :]
    return text


def _overlooked_by_a_place(ctx: Context, m: Mention) -> bool:
    """Whether the place `m` is what a place named just before overlooks."""
    over = _at(ctx, "overlooking").search(ctx.folded, max(0, m.start - 20), m.start)
    return over is not None and any(
        p.kind == "place" and 0 <= over.start() - p.end <= 2
        for p in ctx.mentions_in(max(0, over.start() - 60), over.start() + 1, "place")
    )


_LOCATIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:في|in|at|near|قرب)\s+(?:(?:ال)?(?:مدينه|بلده|قريه)\s+)?$"
)
# a second object of the act and the locative of its own place: "، وسوقاً شعبية في", " and a
# hospital in"
_SECOND_OBJECT = re.compile(
    r"\s*[,،]?\s*(?:و|and\s+)(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?\S+\s+(?:في|in|at|قرب|near)\s+"
)


_TOWARDS_BEFORE = re.compile(r"(?:^|\s)(?:for|to|towards?)\s+(?:the\s+)?$")


def _places(ctx: Context, cand: _Candidate) -> list[str]:
    folded, trig = ctx.folded, cand.trigger
    if (
        cand.type == "MEET"
        and _at(ctx, "phone").search(folded, cand.sentence.start, cand.sentence.end)
    ) or (cand.type == "AGREE" and _at(ctx, "phone").search(folded, trig.end, cand.sentence.end)):
        # a phone call happens nowhere in particular, nor an accord reached in one ("اتفقا على
        # ذلك خلال اتصالهما")
        return []
    places = ctx.once(  # the same for every candidate of the document: read once
        "places",
        lambda: [
            m
            for m in ctx.mentions
            if m.kind == "place"
            and not _is_theatre_country(ctx, m.id)
            # "جبل الثردة المطل على مطار دير الزور": what a place overlooks only locates it (but
            # "مجموعة من المباني المطلة على طريق الكاستيلو": unnamed buildings are where it is)
            and not _overlooked_by_a_place(ctx, m)
            # "the Russian Centre for Reconciliation at Hmeimim": the seat of the monitors
            and not _SEAT_OF.search(ctx.folded, max(0, m.start - 70), m.start)
        ],
    )
    if trig.payload.extra == "acted_under":
        # "rebel fighters left the Damascus suburb of Moadamiyeh for Idlib province under a deal
        # with the government": the deal is the place's, where they left, not where they went
        left = [
            p
            for p in places
            if cand.sentence.start <= p.start
            and p.end <= trig.start
            and not _TOWARDS_BEFORE.search(folded, max(0, p.start - 12), p.start)
        ]
        return [min(left, key=lambda p: _place_rank(ctx, p.id)).id] if left else []
    same = _SAME_AREA.search(folded, trig.end, cand.sentence.end)
    if same and not _at(ctx, "clause_break").search(folded, trig.end, same.start()):
        # "وقصفت المدفعية التركية مواقع قرب منبج، فيما ... دمّرت خمسة مبانٍ في المنطقة ذاتها":
        # the place named last before the act
        before = [m for m in places if cand.sentence.start <= m.start and m.end <= trig.start]
        previous = ctx.sentence_before(cand.sentence)
        if not before and previous is not None:
            # "وكان أردوغان قد التقى بوتين السبت في المدينة ذاتها": the city of the sentence before
            before = [m for m in places if previous.start <= m.start < previous.end]
        if before:
            return [before[-1].id]
    if cand.type in (*HOSTILE_TYPES, "ENTRY") and not (
        # "اغتيال السفير الروسي في أنقرة", "was shot dead at an art exhibition in Ankara": an
        # assassination may strike the war's parties abroad
        cand.type == "ATTACK" and _at(ctx, "assassination").search(cand.trigger_word)
    ):  # acts of war in this theatre happen in its country or on its border, not at a venue abroad
        places = [
            m
            for m in places
            if ctx.lexicon.places[m.id].country == ctx.lexicon.theatre_country
            or _fire_landed(ctx, cand, m.id)
        ]
    # "Nubl and Zahraa, two Shi'ite towns besieged by rebels": an English participle after its noun
    postnominal = (
        not cand.arabic
        and trig.text.lower() in ctx.lexicon.stative
        and re.match(r"\s+(?:by|since|for)\s", folded[trig.end : trig.end + 8]) is not None
        and not re.search(r"(?:^|\s)(?:the|a|an)\s+$", folded[max(0, trig.start - 5) : trig.start])
    )
    if (cand.arabic and trig.text in ctx.lexicon.stative) or postnominal:
        # "بلدتي مضايا والزبداني المحاصرتين في ريف دمشق": the places the adjective follows
        reach = 4 if postnominal else 1
        chain = [
            p
            for p in places
            if p.end <= trig.start and len(words_between(folded, p.end, trig.start)) <= reach
        ][-1:]
        located = [p for p in places if chain and p.end <= chain[0].start]
        if (
            chain
            # "Foua and Kefraya in Idlib are besieged": the city names its province
            and _wide(ctx, chain[0], located)
            and re.search(
                r"(?:^|\s)(?:في|in)\s+$", folded[max(0, chain[0].start - 5) : chain[0].start]
            )
            # "دوما وحمورية في الغوطة الشرقية المحاصرة": a singular adjective right after the
            # province describes the province
            and not (
                cand.arabic
                # not a dual or plural ("المحاصرتان", "المحاصرين"): those agree with the towns
                and not re.search(r"(?:ين|ان|ون)$", trig.text)
                and "،" not in folded[chain[0].end : trig.start]
            )
            # "بلدتا الفوعة وكفريا في ريف إدلب، المحاصرتان": the towns the province locates
            and located
            and (
                len(words_between(folded, located[-1].end, chain[0].start)) <= 1
                # "Fua and Kefraya, two Shia villages in Idlib province besieged by": apposition
                or _APPOSED.fullmatch(folded, located[-1].end, chain[0].start)
            )
        ):
            chain = located[-1:]
        if chain:
            # "... المحاصرتين في ريف دمشق، وبلدتي الفوعة": the province holds the first
            chain = _joined_before(
                folded,
                places,
                chain[0],
                stop=lambda p: (
                    ctx.lexicon.places[p.id].kind in ("governorate", "region", "country")
                ),
            )
            return list(dict.fromkeys(p.id for p in chain))
        if re.search(r"(?:^|\s)(?:ال)?مناطق\s*$", folded[max(0, trig.start - 12) : trig.start]):
            return []  # "إيصال المساعدات إلى المناطق المحاصرة": areas across the country
    hi = cand.hi
    if cand.type in (*_AGREEMENT_WORDS, "ACCUSE"):
        # "رئيس المجلس المحلي لمدينة حلب", "the mayor of Aleppo": a title, not a venue
        places = [
            p
            for p in places
            if not _lam_before(folded, p.start)
            and not (
                _TITLE_OF_PLACE.search(folded[max(0, p.start - 10) : p.start])
                # "in the Swiss city of Lausanne": a place named, no title
                and not _SETTLEMENT_OF.search(folded, max(0, p.start - 20), p.start)
            )
            and not _REQUESTED_BY.match(folded, p.end)
            and not _REQUEST_OF.search(folded[max(0, p.start - 10) : p.start])
        ]
        # "اتهم لافروف ... وقال في مؤتمر صحفي بموسكو": the venue may come after other verbs, but
        # not past a new clause ("، كما عقد لقاء آخر ... في لاوس")
        brk = _at(ctx, "clause_break").search(folded, trig.end, cand.sentence.end)
        hi = brk.start() if brk else cand.sentence.end
        for s_start, s_end, _sp in ctx.statement_spans:
            if cand.type == "ACCUSE":
                # words said (the accusation itself or what the accuser said before it) name
                # what is alleged, not where the accuser spoke
                places = [
                    p
                    for p in places
                    if not s_start <= p.start < s_end
                    or _OCCASION_BEFORE.search(folded, max(s_start, p.start - 50), p.start)
                ]
            if (
                trig.end <= s_start < hi
                and not _accused_in(ctx, trig, s_start)
                # "announced their deal in Geneva": the accord announced is the verb's object
                and not (cand.type == "AGREE" and not folded[trig.end : s_start].strip())
            ):
                hi = s_start  # a statement that follows is someone's words, not the venue
                locative = re.match(r"\s*(?:in|at|في|ب)\s*", folded[s_start : s_start + 6])
                leading = [p for p in places if locative and p.start == s_start + locative.end()]
                if leading:  # "announced in Geneva an agreement on ...": the venue opens them
                    hi = leading[0].end
    if cand.type == "MEET":
        # "اجتماعاً ثلاثياً خُصص لبحث تطورات الوضع في حلب", "met to discuss Aleppo": the topic
        topic = _at(ctx, "topic").search(folded, trig.end, hi)
        if topic:
            hi = topic.start()
        # "التقينا اليوم السيد دي ميستورا، وأبلغناه رفضنا ... في الأحياء الشرقية": the next verb's
        joined = _COMMA_AND_VERB.search(folded, trig.end, hi)
        if joined:
            hi = joined.start()
        # "والتقى نصر الله، ومن المقرر أن يتوجه إلى موسكو": where they are to go next
        hi = min([hi, *(s for s, _e, _p in future_markers(ctx) if trig.end <= s < hi)])
    if cand.type in _AGREEMENT_WORDS:
        # "met Lavrov only hours after Karlov was shot dead in Ankara", "بعد يوم واحد من اغتيال
        # السفير الروسي لدى أنقرة": the place of the act it is timed by
        timed = _TIMED_BY_ANOTHER.search(folded, trig.end, hi)
        if timed:
            hi = timed.start()
    if cand.type == "AGREE":
        comp = [c.start for c in ctx.cues_of("complementiser") if trig.end <= c.start < hi]
        hi = min([hi, *comp])  # "اتفقا على أن يعمل خبراء البلدين في جنيف": what was agreed
        # "agreed to coordinate efforts in Aleppo": what they agreed to do, not where
        after_with = trig.end
        partner = re.match(r"\s*(?:مع|with)\s+", folded[trig.end : trig.end + 8])
        if partner:
            # "اتفق مع بوتين على العمل لوقف إطلاق النار في حلب", "agreed with Putin to evacuate
            # civilians from Aleppo": the partner, then what was agreed
            named = [
                m
                for m in ctx.mentions_in(trig.end + partner.end(), hi, "actor")
                if not words_between(folded, trig.end + partner.end(), m.start)
                or _TITLE_WORDS_ONLY.fullmatch(folded, trig.end + partner.end(), m.start)
            ]
            after_with = named[0].end if named else trig.end
        # "اتفقت موسكو وواشنطن، أمس، على ضم حلب", "اتفقوا خلاله على": past the parties, the day
        # and "during it", what was agreed follows
        after_with = _past_subject_and_day(ctx, after_with, hi)
        on = re.match(r"\s*(?:علي|on|to)\s", folded[after_with : after_with + 8])
        if on:
            # "agreed on a truce at Russia's Hmeimim air base", "at talks in Geneva": "at" opens
            # the venue after what was agreed
            at = [
                p
                for p in places
                if trig.end <= p.start < hi
                and _AT_VENUE.search(folded, max(0, p.start - 30), p.start)
            ]
            if at:
                return [at[0].id]
            hi = min(hi, trig.end)  # "اتفقا على ضرورة الحفاظ على الهدنة في حلب": what, not where
        terms = _TERMS.search(folded, trig.end, hi) or _COVERS.search(folded, trig.end, hi)
        if terms:
            hi = terms.start()  # "اتفاق ... يقضي بوقف إطلاق النار في أحياء حلب": its terms
    if cand.type == "ACCUSE":
        # "accused Ankara of trying to prevent it from linking Afrin and Kobani", "اتهمت الهيئة
        # النظام باتباع سياسة تهجير ... في محيط دمشق": places in the charge are what is alleged
        # (the venue may follow it after a comma: ", telling the Security Council in New York")
        charged_from = None
        if not cand.arabic:
            charge = _CHARGE_OF.match(folded, trig.end, hi)
            charged_from = charge.end() if charge else None
            if charge:
                # "accused the rebels in Aleppo of ...": where an accused group is, no venue
                places = [
                    p
                    for p in places
                    if not (trig.end <= p.start < charge.end() and _where_a_group_is(ctx, p))
                ]
        else:
            charged = [
                m
                for m in ctx.mentions_in(trig.end, hi, "actor")
                if CHARGE_AFTER.match(folded, m.end)
            ]
            opened = CHARGE_AFTER.match(folded, charged[0].end) if charged else None
            # "واتهم الدول الغربية بـ«حماية الإرهابيين في شرق حلب»": a charge after any object
            opened = opened or _CHARGE_AR.match(folded, trig.end, hi)
            charged_from = opened.end() - 1 if opened else None
        if charged_from is not None:
            comma = _CLAUSE_COMMA.search(folded, charged_from, hi)
            charged_to = comma.start() if comma else hi
            places = [
                p
                for p in places
                if not charged_from <= p.start < charged_to
                # "accused Turkey of supporting Islamic State in an interview in Damascus": the
                # occasion's place is the venue, after the charge
                or _OCCASION_BEFORE.search(folded, max(charged_from, p.start - 50), p.start)
            ]
    if cand.type == "ACCUSE":
        # "أما فصائل المعارضة في حلب فاتهمت": where the accusing group is, not where it spoke
        places = [p for p in places if not (p.end <= trig.start and _where_a_group_is(ctx, p))]
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
    if cand.type == "CEASEFIRE_VIOLATION":
        recorded = _at(ctx, "recorded").search(folded, max(cand.lo, trig.start - 40), trig.start)
        if recorded:
            # "the centre at the Hmeimim airbase registered nine violations": where they are
            # counted, not where they happened
            places = [p for p in places if p.start >= trig.start]
        spread = [
            p
            for p in places
            if p.start >= trig.end and _SPREAD_OVER.search(folded, max(0, p.start - 20), p.start)
        ]
        if spread:
            # "تسعة خروقات ... معظمها في محافظتي اللاذقية ودمشق": a tally over two provinces
            # happened in neither alone
            return []
        after = [p for p in places if p.start >= trig.end and p.start < cand.hi]
        first = after[0] if after else None
        part = first and _PART_OF_TALLY.search(folded, max(0, first.start - 30), first.start)
        if part and count_value(part.group("n") or part.group("m")) is not None:
            return []  # "55 violations ..., 32 of them in Aleppo province": only some were there
        if (
            first is not None
            and len(after) > 1
            and _MOSTLY_IN.search(folded, max(0, first.start - 24), first.start)
            and _COORD_PLACES.match(folded[first.end : after[1].start])
        ):
            return []  # "nine violations, mainly in Latakia and Damascus provinces"
        if (
            len(after) > 1
            and _counted(folded, trig)
            and _COORD_PLACES.match(folded[after[0].end : after[1].start])
            # "ثلاثين خرقاً ...، معظمها في ريف دمشق وريف حماة": where most were, one event each
            and not _FOCUS.search(folded, trig.end, after[0].start)
        ):
            return []  # "12 violations ... in Damascus, Hama and Idlib provinces": in none alone
    antecedent = _relative_antecedent(ctx, cand, places) or _accord_of_antecedent(ctx, cand, places)
    if antecedent:
        return antecedent
    struck = [
        p
        for p in places
        if cand.type in HOSTILE_TYPES
        and cand.lo <= p.start
        and p.end <= trig.start
        and len(words_between(folded, p.end, trig.start)) <= 6
        and _at(ctx, "passive").search(folded, max(cand.lo, p.start - 12), trig.end)
    ]  # "تعرضت أطراف المدينة لقصف", "the town was hit by"
    if struck:
        # "وتعرضت أطراف المدينة لقصف مدفعي مصدره حواجز قوات النظام في بلدة حلفايا": the place
        # that suffered it, not where the fire came from
        near = [p for p in struck if p.end > struck[-1].start - 40]  # "Sakhour district of Aleppo"
        chain = _joined_before(folded, [p for p in places if cand.lo <= p.start], struck[-1])
        chain += _joined_after(folded, [p for p in places if p.end <= trig.start], chain[-1])[1:]
        if len(chain) > 1 and len({ctx.lexicon.places[p.id].kind for p in chain}) == 1:
            # "تعرض حيا الكلاسة وبستان القصر لغارات", "Shaar and Sakhour were hit": each place
            return list(dict.fromkeys(p.id for p in chain))
        return [min(near, key=lambda p: _place_rank(ctx, p.id)).id]
    if cand.type in _AGREEMENT_WORDS:
        # "اختُتم أمس في مدينة لوزان السويسرية الاجتماع الدولي": the venue just before its noun
        close = [
            p
            for p in places
            if cand.sentence.start <= p.start
            and p.end <= trig.start
            and len(words_between(folded, p.end, trig.start)) <= 2
            and not _CLAUSE_PUNCT.search(folded, p.end, trig.start)
            # "a ceasefire in Aleppo during talks in Lausanne": the place of what came before
            and not _at(ctx, "framed_by").search(folded, p.end, trig.start)
            and _LOCATED_IN.search(folded[max(0, p.start - 12) : p.start])
        ]
        if close:
            return [close[-1].id]
    after = []
    shooters_at = None  # the end of the last place the fire came from
    for p in [p for p in places if trig.end <= p.start < hi]:
        if (
            _at(ctx, "stationed").search(folded[max(trig.end, p.start - 30) : p.start])
            or (cand.type in HOSTILE_TYPES and _FIRED_FROM_PLACE.search(folded, trig.end, p.start))
            # "المتمركزة في بلدتي الفوعة وكفريا": both places they fire from; "في جبل الأكراد
            # قرى ريف اللاذقية" joins no list: the villages are what they shell
            or (
                shooters_at is not None
                and _COORD_PLACES.match(folded[shooters_at : p.start])
                and _JOINER.search(folded[shooters_at : p.start])
            )
        ):
            shooters_at = p.end
            continue
        shooters_at = None
        if _WITHDRAWN_TO.search(folded, max(trig.end, p.start - 40), p.start):
            continue  # "عناصر «داعش» الذين انسحبوا جنوباً نحو مدينة الباب": where others went
        # "الاجتماع الذي شارك فيه وزراء خارجية ... وقطر والأردن": a party listed, not the venue
        if not (cand.type in _AGREEMENT_WORDS and _listed_party(ctx, p)):
            after.append(p)
    # "صاروخ أطلقته قوات النظام المتمركزة في حي درعا المحطة": where they fire from
    if cand.type in HOSTILE_TYPES:
        # "قذائف أطلقتها فصائل المعارضة من جهة حي صلاح الدين": where the fire came from, when
        # the act's own place is named elsewhere
        aimed = [
            p
            for p in after
            if not _at(ctx, "origin").search(folded, max(trig.end, p.start - 30), p.start)
        ]
        before_it = any(cand.sentence.start <= p.start and p.end <= trig.start for p in places)
        if len(aimed) < len(after) and (aimed or before_it):
            after = aimed
    if after:
        chosen = [after[0]]
        last_end = after[0].end
        for p in after[1:]:
            gap_start, gap = last_end, folded[last_end : p.start]
            last_end = p.end
            if _COMMA_ONLY.fullmatch(gap) and (
                ctx.lexicon.places[chosen[-1].id].admin1 == p.id
                or _capital_locates(ctx, chosen[-1], p)
            ):
                continue  # "in Maarat al-Numan, Idlib province,": the province locates the town
            if (
                _at(ctx, "especially").fullmatch(_undated(ctx, gap_start, p.start))
                and len(chosen) == 1
            ):
                # "في ريف إدلب، ولا سيما على معرة النعمان وكفرنبل", "towns in the southern Aleppo
                # countryside on Monday, including al-Eis and al-Hadher": where exactly
                chosen = [p]
            elif _COORD_PLACES.match(gap):
                chosen.append(p)
            elif re.fullmatch(
                r"\s*(?:في|in|ب|(?:district|neighbourhood|neighborhood|quarter|area) of)\s*",
                gap,
            ) or (gap.strip() == "" and p.via != "dual"):
                continue  # "حي الراموسة في حلب", "the Salaheddine district of Aleppo": its city
            elif (
                re.fullmatch(r"['’]s\s+(?:[a-z-]+\s+)?", gap)
                or re.fullmatch(r"\s+(?:suburb|district|neighbou?rhood|town|village)\s+of\s+", gap)
            ) and len(chosen) == 1:
                # "Aleppo's southern Ramouseh district", "the Damascus suburb of Daraya": the
                # place inside the city
                chosen = [p]
            elif (
                also := re.search(
                    r"(?:^|\s)(?:و|and\s+|ثم\s+|then\s+)(?:علي|on|at|في|in|قرب|near)\s", gap
                )
            ) and len(words_between(folded, gap_start + also.end(), p.start)) <= 5:
                chosen.append(p)  # "على حي الراموسة في حلب وعلى مواقع الجيش قرب بلدة كفرزيتا",
                # "في محيط تل رفعت وفي مطار منغ"
            elif (
                _SECOND_OBJECT.fullmatch(gap)
                and cand.type != "CEASEFIRE_VIOLATION"  # "six violations in Latakia and three in"
                # the first object was located, not the place struck itself ("قصف على بلدة خان
                # الشيح ومخيمها في الغوطة الغربية": the region holds both)
                and _LOCATIVE_BEFORE.search(folded, max(0, chosen[-1].start - 12), chosen[-1].start)
                and not any(
                    gap_start <= t.start < p.start
                    for t in (*ctx.cues_of("trigger"), *ctx.cues_of("complementiser"))
                )
            ):
                chosen.append(p)  # "سوق الخضار في معرة النعمان وسوقاً شعبية في كفرنبل", "a
                # market in Maarat al-Numan and a hospital in Kafranbel": a second object there
            else:
                break
        chosen = _focused(ctx, cand, chosen, places) or chosen
        return list(dict.fromkeys(p.id for p in chosen))
    clause = _own_clause(ctx, cand)
    told_on = [
        p
        for p in places
        if clause is not None
        and hi <= p.start < clause[1]
        and not _at(ctx, "origin").search(folded, max(trig.end, p.start - 30), p.start)
    ]
    if told_on:
        # "air strikes resumed on Idlib, and rockets fired from rebel areas struck a school in
        # al-Hamdaniyah": the act's own clause names its place past the verb it is told with,
        # not the clause before
        return [told_on[0].id]
    lo = cand.sentence.start if cand.type == "ACCUSE" else cand.lo
    before = [p for p in places if lo <= p.start and p.end <= trig.start]
    asides = [
        a
        for a in _locating_aside(ctx).finditer(folded, lo, trig.start)
        if any(not folded[q.end : a.start()].strip() for q in before)  # right after a place
    ]
    located = [p for p in before if any(a.start() < p.start < a.end() for a in asides)]
    if located and len(located) < len(before):
        # "Daraya, on the south-western edge of Damascus, has been encircled": the aside only
        # locates the place before it
        before = [p for p in before if p not in located]
    if cand.type == "ACCUSE":
        # "أن «الإرهابيين» قصفوا حي الحمدانية وضاحية الأسد ...، متهماً واشنطن": where the act
        # said was, not where the accuser spoke; a venue is introduced as one
        own_clause = max(
            [lo, *(m.end() for m in _CLAUSE_JOINED.finditer(folded, lo, trig.start))]
        )  # "تجددت الاشتباكات ... في حي السكري، واتهمت أنقرة": the clash's place, not the venue
        before = [
            p
            for p in before
            if p.start >= own_clause
            # "غرفة عمليات ... التي تضم أبرز الفصائل العاملة في المنطقة": where they are
            and not _at(ctx, "operating_in").search(folded[max(lo, p.start - 30) : p.start])
            and (
                _prefix(folded, p.start).endswith("ب")
                or re.search(r"(?:^|\s)(?:في|in|at)\s+$", folded[max(0, p.start - 4) : p.start])
            )
        ]
    relative = _RELATIVE.search(folded, max(0, cand.lo - 14), cand.lo + 1)
    if not before and relative and cand.type not in _AGREEMENT_WORDS:
        # "Foua and Kefraya in Idlib province, which are surrounded by rebels": the clause that
        # begins at the relative pronoun is about the places just before it
        before = [
            p
            for p in places
            if cand.sentence.start <= p.start
            and p.end <= relative.start()
            and len(words_between(folded, p.end, relative.start())) <= 2
        ]
        before = [p for p in places if before and p.end <= before[-1].end]
    if before and cand.type not in _AGREEMENT_WORDS:  # a meeting's venue follows it (في جنيف)
        # "بلدة عين الفيجة في وادي بردى بريف دمشق": each place that only locates the one
        # before it, in turn
        last = len(before) - 1
        while last > 0 and _locates_the_one_before(ctx, before[: last + 1], trig.start):
            last -= 1
        told_of = (  # the places are what the act is told of: in its clause, or taken up
            not _CLAUSE_PUNCT.search(folded, before[-1].end, trig.start)
            # "أما الفوعة وكفريا، فتحاصرهما جماعات مسلحة": the topic, then the fa' of its comment
            or _TOPIC_THEN_FA.fullmatch(folded, before[-1].end, trig.start)
            or relative
            or _RELATIVE.search(folded, before[-1].end, trig.start)
            or re.match(r"\s*by\s", folded[word_end(folded, trig.end) :])
        )
        # "بلدتي الفوعة وكفريا ... اللتين تحاصرهما", "لا تزال بلدتا الفوعة وكفريا تحت حصار",
        # "towns encircled by": all the coordinated places
        chain = _joined_before(folded, before[:last] if told_of else [], before[last])
        return list(dict.fromkeys(p.id for p in chain))
    # "أعلن كيري ولافروف، فجر اليوم السبت في جنيف، التوصل إلى اتفاق": when and where they spoke
    venue = [
        p
        for p in places
        if cand.sentence.start <= p.start
        and p.end <= trig.start
        and re.search(r"(?:^|\s)(?:في|in)\s+$", folded[max(0, p.start - 4) : p.start])
        and (
            (
                re.match(r"\s*[،,]", folded[p.end : p.end + 3])
                and len(words_between(folded, p.end, trig.start)) <= 3
            )
            # "وكان كيري ولافروف قد أعلنا في جنيف فجر السبت التوصل إلى اتفاق": the venue of
            # the announcement, told between its verb and the accord
            or (
                cand.arabic
                and (
                    said := _at(ctx, "announced_about").search(
                        folded, max(0, cand.sentence.start - 1), p.start
                    )
                )
                is not None
                and len(words_between(folded, said.end(), p.start)) <= 5
                and len(words_between(folded, p.end, trig.start)) <= 4
                and not re.search(r"[،,.:]", folded[said.end() : trig.start])
            )
        )
        and not any(  # "التحضيرات لعقد لقاء ... في أستانا، واتفقا": the plan's place
            cand.sentence.start <= i.start < p.start
            and len(words_between(folded, i.end, p.start)) <= 10
            for i in ctx.cues_of("irrealis")
        )
    ]
    if venue and cand.type in _AGREEMENT_WORDS:
        return [venue[-1].id]
    if cand.type == "MEET":
        # "De Mistura flew to Damascus on Saturday and met Muallem", "وصل إلى موسكو حيث التقى":
        # where the one who met had just gone
        journey = _journey_before(ctx, cand)
        gone_to = [
            p
            for p in places
            if journey is not None
            and journey.end() <= p.start
            and p.end <= trig.start
            and _TO_PLACE.fullmatch(folded, journey.end(), p.start)
            and len(words_between(folded, p.end, trig.start)) <= 6
            and not re.search(r"[.;:؛]", folded[p.end : trig.start])
        ]
        if gone_to:
            return [gone_to[-1].id]
    where = [
        p
        for p in places
        if cand.sentence.start <= p.start
        and p.end <= trig.start
        and _at(ctx, "where").search(folded[p.end : trig.start])
        # "in Wadi Barada, northwest of Damascus, where": Damascus only locates the place
        and not locator(ctx).search(folded, max(0, p.start - 30), p.start)
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
        # "Islamic State retakes Palmyra as Moscow blames": the object of another act's verb
        and not any(
            cand.sentence.start <= t.start and t.end <= p.start for t in ctx.cues_of("trigger")
        )
        # "BEIRUT (Wire) - A ceasefire brokered by Russia and Turkey held": where the reporter
        # writes from, not where the accord told in passing was reached (but "VIENNA (Wire) -
        # The powers agreed on Tuesday")
        and not (
            cand.type == "AGREE"
            and _DATELINE_TAIL.match(folded, p.end)
            and not _REACHED.match(trig.text.casefold())
        )
    ]
    if opening:
        return [opening[0].id]
    if cand.type == "MEET" and len(cand.actors) >= 2:
        # "التقى بوتين أردوغان في سان بطرسبورغ ...، في أول لقاء بينهما": the meeting told again,
        # where it was told
        told = [
            p
            for p in places
            if cand.sentence.start <= p.start < trig.start
            and (
                re.search(r"(?:^|\s)(?:في|ب|in)\s*$", folded[max(0, p.start - 4) : p.start])
                or _SETTLEMENT_OF.search(folded, max(0, p.start - 20), p.start)
            )
            and ctx.lexicon.places[p.id].country != ctx.lexicon.theatre_country
        ]
        if told:
            return [told[-1].id]
        # "Russia, Turkey, Iran back Syria deal in Moscow" over "ANKARA - ...": the venue the
        # headline tells, before where the reporter files from
        return (not cand.arabic and _headline_venue(ctx, places)) or _dateline_place(ctx)
        # "GENEVA (Reuters) - ... De Mistura met the delegations"
    if cand.type in HOSTILE_TYPES:  # "entered ... Daraya ..., but the authorities did not allow"
        asides = list(_locating_aside(ctx).finditer(folded, cand.sentence.start, trig.start))
        earlier = [
            p
            for p in places
            if cand.sentence.start <= p.start
            and p.end <= trig.start
            and not _at(ctx, "contrast").search(folded, p.end, trig.start)
            # "in Maarat al-Numan, in Idlib province, was destroyed": the town, not its province
            and not any(a.start() < p.start < a.end() for a in asides)
        ]  # "غارات على جسر الشغور، بينما اتهمت الهيئة النظام بارتكاب 36 خرقاً": not there
        return [earlier[-1].id] if earlier else []
    return []


def _past_subject_and_day(ctx: Context, pos: int, hi: int) -> int:
    """Where the words after an accord's verb go on past its parties, its day, "خلاله" and the
    accord reached ("إلى تفاهم")."""
    folded = ctx.folded
    while True:
        start = pos + len(folded[pos:hi]) - len(folded[pos:hi].lstrip(" ،,"))
        end = None
        # (a party or a day joined by "و": "موسكو وواشنطن")
        for at in (start, start + 1) if folded.startswith("و", start) else (start,):
            party = next((m for m in ctx.mentions_in(at, hi, "actor") if m.start == at), None)
            day = next((d for d in ctx.dates if d.start == at and d.end <= hi), None)
            during = _DURING_IT.match(folded, at, hi)
            end = party.end if party else day.end if day else during.end() if during else None
            if end is not None:
                break
        if end is None or end <= pos:
            return start  # past the commas: "، على ضم حلب"
        pos = end


_DURING_IT = re.compile(
    r"(?:خلاله|خلالها|خلالهما|during it|(?:الي|to)\s+(?:اتفاق|تفاهم|توافق|an?\s+(?:agreement|deal|understanding)))(?!\S)"
)  # "التوصل مع موسكو إلى تفاهم على": the accord reached, then what it is on


def _locates_the_one_before(ctx: Context, before: list[Mention], act_at: int) -> int:
    """1 when the last of the places told before an act only locates the one before it ("مدينة
    أعزاز في ريف حلب", "حي الراشدين غرب حلب", "the district of X"), else 0."""
    folded = ctx.folded
    if len(before) < 2:
        return 0
    inner, outer = before[-2], before[-1]
    rank = lambda p: _place_rank(ctx, p.id)  # noqa: E731
    if rank(outer) < rank(inner):
        return 0  # "the Idlib town of Maarat al-Numan": the town names no wider place after it
    if re.fullmatch(
        r"\s*(?:(?:في|in|near|قرب)\s+(?:ريف|محافظه|مدينه|province of|the)?|ب|بريف|(?:district|neighbourhood|area|town) of)\s*",
        folded[inner.end : outer.start],
    ):
        return 1  # "تعرضت مدينة أعزاز في ريف حلب الشمالي لقصف": the town
    if (
        len(words_between(folded, inner.end, outer.start)) <= 3
        and locator(ctx).search(folded, inner.end, outer.start)
        # (not the object of an act in a clause before: "سيطرتها على منطقة الراموسة جنوب
        # غربي المدينة، والتقاء مقاتليها ... في الأحياء المحاصرة")
        and not _CLAUSE_JOINED.search(folded, outer.end, act_at)
    ):
        return 1  # "على جبهة حي الراشدين غرب حلب": the quarter, which the city locates
    if (
        _LOCATED_IN.search(folded, inner.end, outer.start)
        and len(words_between(folded, inner.end, outer.start)) <= 5
        and ctx.lexicon.places[outer.id].kind in ("city", "governorate", "region")
        and rank(inner) < rank(outer)
        and _within(ctx, outer.id, inner.id, near=False)
    ):
        # "إصابة ١٤ مدنياً في حي الحمدانية الخاضع لسيطرة النظام في حلب جراء سقوط قذائف":
        # the quarter, which its city only locates
        return 1
    return 0


# where words were said, right before their place: "in an interview in", "خلال مؤتمر صحافي في"
_OCCASION_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:in|at|during)\s+(?:an?\s+|the\s+)?(?:(?:televised|television|tv|press|news)\s+)?"
    r"(?:interview|conference|speech|briefing|statement)|(?:في|خلال)\s+(?:مقابله|موتمر|كلمه|حوار))"
    r"(?:\s+\S+){0,3}?\s+(?:in|at|في|ب)\s*$"
)
# a post or a nationality before a person's name ("الرئيس الروسي فلاديمير بوتين", "نظيره الروسي")
_TITLE_WORDS_ONLY = re.compile(r"(?:[^\s،,.]+\s+){1,3}")
_COMMA_AND_VERB = re.compile(r"[،,]\s*و(?!ال)[اأيتن][^\W\d_]{2,}")
_AID_BOUND_FOR = re.compile(
    r"(?:(?:^|\s)(?:لدخول|لايصالها الي|bound for)|\sto\s+enter)\s+(?:\S+\s+)?$"
)
_SEAT_OF = re.compile(
    r"(?:مصالحه|reconciliation)(?:\s+[^\s،,.:]+){0,5}\s+(?:في|at|in)\s+(?:قاعده\s+|the\s+)?$"
)
_JOINER = re.compile(r"[،,]|(?:^|\s)(?:و|(?:او|and|or)\s)")  # a word or mark that joins a list
_COMMA_ONLY = re.compile(r"\s*[،,]\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:[،,]\s*)?(?:(?:and|or)\s+|و\s*)?(?:the\s+)?")


# "... الخاضع لسيطرة النظام في", "..., held by the government, in": the city that locates a place
# (and "في مدينة لوزان": a venue)
_LOCATED_IN = re.compile(r"(?:^|\s)(?:في|in)\s+(?:مدينه\s+|the city of\s+)?$")


def _capital_locates(ctx: Context, town: Mention, city: Mention) -> bool:
    """ "the surgical hospital in Kafr Takharim, Idlib, killing": a province's capital named
    after a town of the province, with no list going on, stands for the province."""
    here, there = ctx.lexicon.places[town.id], ctx.lexicon.places[city.id]
    gov = ctx.lexicon.places.get(here.admin1 or "")
    return (
        there.kind == "city"
        and here.kind in ("town", "village", "neighbourhood")
        and gov is not None
        and gov.id == there.admin1
        and gov.name.split()[0] == there.name.split()[0]
        # "Saraqeb, Idlib and Maarat al-Numan": a list of places
        and not any(
            m.kind == "place" and _LIST_GOES_ON.fullmatch(ctx.folded, city.end, m.start)
            for m in ctx.mentions
            if m.start >= city.end
        )
    )


# "بقذائف مدفعية مصدرها مواقع قوات النظام في حي الراموسة", "بقذائف هاون أطلقتها فصائل المعارضة
# من حي بني زيد": where the shells came from
_FIRED_FROM_PLACE = re.compile(
    r"(?:^|\s)(?:مصدرها|مصدره|اطلقتها|اطلقته|اطلقها)\s+(?:(?!علي\s)[^\s،,.]+\s+){0,4}(?:من|في)\s+"
    r"(?:(?:حي|بلده|مدينه|قريه|منطقه|بلدتي)\s+)?$"
)
_CLAUSE_PUNCT = re.compile(r"[،,.;؛:]")
_TOPIC_THEN_FA = re.compile(r"\s*[،,]\s*ف[يتنا]?")
_CLAUSE_COMMA = re.compile(r"[,،]")
_CLAUSE_JOINED = re.compile(r"[,،]\s*(?:و|and\s|but\s|while\s|whereas\s|بينما|فيما|في\s+حين)|[;؛]")
_CHARGE_AR = re.compile(r"\s*(?:[^\s،,]+\s+){1,4}?ب(?=\S)")
_CHARGE_OF = re.compile(r"\s*(?:\S+\s+){0,5}?(?=(?:of|for)\s)")
_APPOSED = re.compile(
    r"\s*[،,]\s*(?:\S+\s+){0,3}?(?:towns|villages|cities|districts|بلدتان|بلدتين|قريتان|قريتين)"
    r"(?:\s+\S+)?\s+(?:in|في|ب)\s*(?:ريف\s+|محافظه\s+)?"
)
_DATELINE_TAIL = re.compile(r"[^\n]{0,40}?(?:\(|\s[-–—]\s)")


def _where_a_group_is(ctx: Context, p: Mention) -> bool:
    """ "the rebels in Aleppo", "مقاتلي المعارضة في حلب": the place right after an armed group
    says where the group is."""
    return any(
        m.kind == "actor"
        and ctx.lexicon.actors[m.id].kind == "group"
        and re.fullmatch(r"\s+(?:in|في)\s+(?:eastern\s+|western\s+)?", ctx.folded[m.end : p.start])
        for m in ctx.mentions_in(max(0, p.start - 60), p.start, "actor")
    )


def _listed_party(ctx: Context, p: Mention) -> bool:
    """A country joined by و/and/a comma to a party named just before it: one more party."""
    if ctx.lexicon.places[p.id].kind != "country":
        return False
    before = [m for m in ctx.mentions if m.kind == "actor" and m.end <= p.start]
    if not before:
        return False
    # "وإيران والسعودية وقطر والأردن", "Iran, Saudi Arabia, Qatar and Jordan": names between
    words = re.findall(r"[^\s،,]+", ctx.folded[before[-1].end : p.start])
    return len(words) <= 5 and all(
        w.startswith("و") if is_arabic(w) else w not in _NOT_IN_A_LIST for w in words
    )


_NOT_IN_A_LIST = frozenset(
    {"in", "at", "on", "of", "to", "for", "with", "from", "the", "by", "near", "said", "met"}
)


def _accord_of_antecedent(ctx: Context, cand: _Candidate, places: list[Mention]) -> list[str]:
    """ "وقبلهما داريا التي وقّع مجلسها المحلي اتفاق الإخلاء مع الحكومة": an accord signed in a
    relative clause about a place, by that place's own body ("مجلسها"), was the place's."""
    folded, trig = ctx.folded, cand.trigger
    if cand.type != "AGREE" or not cand.arabic:
        return []
    rel = _RELATIVE.search(folded, max(cand.sentence.start, trig.start - 12), trig.start)
    if rel is None or words_between(folded, rel.end(), trig.start):
        return []
    own = _ITS_BODY.match(folded, word_end(folded, trig.end))
    before = [
        p
        for p in places
        if cand.sentence.start <= p.start
        and p.end <= rel.start()
        and len(words_between(folded, p.end, rel.start())) <= 1
    ]
    return [before[-1].id] if own and before else []


_ITS_BODY = re.compile(r"\s+\S+(?:ها|ه)\s")


def _relative_antecedent(ctx: Context, cand: _Candidate, places: list[Mention]) -> list[str]:
    """`بلدة مضايا في ريف دمشق، التي تحاصرها قوات النظام`, "Foua and Kefraya, which are besieged
    by rebels": an act told in a relative clause about places is at those places, whatever
    places follow it."""
    folded, trig = ctx.folded, cand.trigger
    if cand.type not in HOSTILE_TYPES:
        return []
    rel = _RELATIVE.search(folded, max(cand.sentence.start, trig.start - 20), trig.start)
    if rel is None or len(words_between(folded, rel.end(), trig.start)) > 2:
        return []
    if cand.arabic:
        # the verb carries the antecedent as its object ("تحاصرها", "يحاصرهما")
        about = re.search(r"(?:ها|هما|هم)$", cand.trigger_word)
    else:
        about = re.fullmatch(
            r"\s*(?:is|are|was|were|has been|have been|had been)\s+(?:\S+\s+)?",
            folded[rel.end() : trig.start],
        )
    if not about:
        return []
    before = [
        p
        for p in places
        if cand.sentence.start <= p.start
        and p.end <= rel.start()
        and len(words_between(folded, p.end, rel.start())) <= 3
    ]
    if not before:
        return []
    head = before[-1]
    located = [p for p in places if p.end <= head.start]
    # "Foua and Kefraya in Idlib, which are encircled": the city names its province
    if (
        _wide(ctx, head, located)
        and located
        and re.fullmatch(r"\s*(?:في|in)\s+", folded[located[-1].end : head.start])
    ):
        head = located[-1]  # "بلدة مضايا في ريف دمشق، التي": the town the province locates
    return list(dict.fromkeys(p.id for p in _joined_before(folded, places, head)))


_REACHED = re.compile(r"agree|reach|sign")


def _headline_venue(ctx: Context, places: list[Mention]) -> list[str]:
    """A place abroad an English headline puts something "in" ("... back Syria deal in Moscow";
    an Arabic one names talks to come as often: "قبيل محادثات أستانة")."""
    end = title_end(ctx)
    return [
        p.id
        for p in places
        if p.end <= end
        and re.search(r"(?:^|\s)in\s+$", ctx.folded[max(0, p.start - 4) : p.start])
        and ctx.lexicon.places[p.id].country != ctx.lexicon.theatre_country
    ][:1]


# a neighbourhood named by its head noun ("على حي الميدان", "in the Midan district")
_DISTRICT = re.compile(
    r"(?:^|\s)(?:[وفبل]?حي|[وفبل]?حيي|احياء)\s+[^\W\d_]|\b(?:district|neighbourhood|neighborhood)\b"
)


def unlisted_district(ctx: Context, cand: _Candidate) -> list[str]:
    """ "قُتل 5 أشخاص بقذائف أطلقتها الفصائل على حي الميدان": an act on a neighbourhood the
    gazetteer lacks is in the city the text is about (the annotation guide's neighbourhood over
    its city): the last city named before it, else the dateline's."""
    folded, trig = ctx.folded, cand.trigger
    if cand.type not in HOSTILE_TYPES or not _DISTRICT.search(
        folded, max(cand.lo, cand.sentence.start), cand.hi
    ):
        return []  # ("قُتل أربعة مدنيين في حي الميدان جراء سقوط قذائف": before the act too)
    cities = [
        m.id
        for m in ctx.mentions
        if m.kind == "place"
        and m.end <= trig.start
        and ctx.lexicon.places[m.id].kind == "city"
        and ctx.lexicon.places[m.id].country == ctx.lexicon.theatre_country
    ]
    if cities:
        return cities[-1:]
    return [p for p in _dateline_place(ctx) if ctx.lexicon.places[p].kind == "city"]


def _dateline_place(ctx: Context) -> list[str]:
    """The place of a dateline (`MOSCOW (Levant Wire) -`, `جنيف - «الأفق العربي»`) opening a
    line near the top of the document."""
    folded = ctx.folded
    for cue in ctx.cues_of("place"):  # a cue, not a mention: "MOSCOW" opening a dateline is a place
        if (
            cue.start < 400
            and (cue.start == 0 or folded[cue.start - 1] == "\n")
            and (
                _DATELINE_TAIL.match(folded, cue.end)
                # "Moscow, early hours of 16 July 2016.": a place and a date open the line
                or (
                    folded.startswith(",", cue.end)
                    and any(cue.end < d.start <= cue.end + 30 for d in ctx.dates)
                )
            )
        ):
            return [cue.payload.key]
    return []


def _siege_told_before(ctx: Context, cand: _Candidate) -> list[str]:
    """`ويعيش في هذه الأحياء ... تحت حصار`, `responsibility for the siege`: a siege with no place
    of its own is on the place its sentence sends aid to, else on the last place of the theatre
    named in the sentence before."""
    if cand.type != "SIEGE" or _at(ctx, "nationwide").search(
        ctx.folded, cand.sentence.start, cand.sentence.end
    ):
        return []  # "15 منطقة محاصرة في أنحاء البلاد": sieges across the country, no one place
    # "شاحنة عالقة ... لدخول أحياء حلب الشرقية، فيما قال ... «لم تحصل بعد على الأذونات»": where
    # the aid was bound for, earlier in the sentence
    bound_for = [
        m
        for m in ctx.mentions
        if m.kind == "place"
        and cand.sentence.start <= m.start < cand.trigger.start
        and _AID_BOUND_FOR.search(ctx.folded, max(0, m.start - 20), m.start)
    ]
    if bound_for:
        return [bound_for[-1].id]
    prev = ctx.sentence_before(cand.sentence)
    if prev is None:
        return []
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
    if cand.trigger.text.lower() in ctx.lexicon.stative:
        # "غارات عصر أمس على الغوطة الشرقية المحاصرة", "left the besieged al-Waer district on
        # Thursday": a state, not that day's act
        return None
    # the same for every candidate of the document, read once; copied, as anchored dates are added
    dates = list(_told_days(ctx))
    dates += [
        a
        for d in ctx.dates
        if d.kind == "anchored" and cand.sentence.start <= d.start < cand.sentence.end
        if (a := _anchored(ctx, d, cand, dates)) is not None
    ]
    # "met in Moscow and agreed to hold talks in Astana on January 23": an act told as done took
    # place by the day of the report, not on a day still to come
    dates = [d for d in dates if not _to_come(ctx, d)]
    in_region = [d for d in dates if cand.lo <= d.start < cand.hi]
    clause = _own_clause(ctx, cand)
    told_on = [d for d in dates if clause is not None and cand.hi <= d.start < clause[1]]
    if clause is not None and told_on:
        # "air strikes resumed on Saturday, and rockets fired from rebel areas struck a school
        # on Monday": the day of the act's own clause, past the verb it is told with
        in_region = [d for d in in_region if d.start >= clause[0]] + told_on[:1]
    pool = in_region or [d for d in dates if cand.sentence.start <= d.start < cand.sentence.end]
    if cand.type in ("AGREE", "MEET"):
        # "أعلنتا، مساء أمس الاثنين، التوصل إلى اتفاق ... يبدأ سريانه منتصف ليل الجمعة": the day
        # it was reached, not the days of its terms (nor of the terms agreed in a meeting: "بوتين
        # وأوباما يتفقان هاتفياً على هدنة تبدأ السبت")
        terms = _TERMS.search(
            ctx.folded, cand.trigger.end, cand.sentence.end
        ) or _terms_in_force().search(ctx.folded, cand.trigger.end, cand.sentence.end)
        if terms:
            # (the terms' clause ends at the next comma: "يبدأ خلال أسبوع، وذلك في ختام اجتماع
            # عُقد مساء أمس الخميس" dates the accord again)
            comma = re.search(r"[،,]\s*و", ctx.folded[terms.end() : cand.sentence.end])
            after = terms.end() + comma.start() if comma else cand.sentence.end
            pool = _days_outside(cand, pool, dates, terms.start(), after)
    if cand.type == "ACCUSE":
        # "أوضح كوناشينكوف، في إفادة صحافية اليوم، أن الإرهابيين قصفوا خلال الليلة الماضية ...،
        # متهماً واشنطن": the days of other words said are those acts', not the accusation's
        pool = _outside_words(ctx, pool, cand.trigger.start) or pool
        # "accused Washington of failing to honour its pledge, made in the September 9
        # agreement": the charge's days are what is alleged, not the day of the accusation
        charge = (_CHARGE_AR if cand.arabic else _CHARGE_OF).match(ctx.folded, cand.trigger.end)
        if charge:
            pool = _days_outside(cand, pool, dates, charge.end())
    if not pool:
        if ctx.published and (
            _PROGRESSIVE.search(ctx.folded, max(0, cand.trigger.start - 12), cand.trigger.start)
            or _REPORTED_NOW.match(ctx.folded, word_end(ctx.folded, cand.trigger.end))
            # "11:20 — تعرضت أول قافلة لإطلاق نار": a live blog's entry, on its day
            or _stamped_entry(ctx, cand.trigger.start) is not None
        ):
            # "government artillery is pounding the Ansari district": happening as it is told
            return DateMention(
                cand.trigger.start, cand.trigger.end, ctx.published, "day", "relative", "now"
            )
        return None
    trig = cand.trigger
    if (
        cand.type == "AGREE"
        and UNDER_A_DEAL.search(ctx.folded, max(0, trig.start - 14), trig.start)
    ) or (cand.verb and _RELATIVE_BEFORE.search(ctx.folded, max(0, trig.start - 14), trig.start)):
        # "left Moadamiyeh on Wednesday under a deal reached with the government in early
        # September": the day the clause gives the deal, not the day of the leaving; so the day
        # of a relative clause's verb ("تنفيذاً للاتفاق الذي أبرمته لجنة ... مساء أمس الخميس")
        own = [d for d in pool if d.start >= trig.end and "," not in ctx.folded[trig.end : d.start]]
        if own:
            return own[0]
    own_day = day_of_place(ctx, cand, cand.places[0], pool) if cand.places else None
    if len(pool) > 1 and own_day:
        return own_day
    return min(pool, key=lambda d: min(abs(d.start - trig.end), abs(trig.start - d.end)))


def _days_outside(
    cand: _Candidate,
    pool: list[DateMention],
    dates: list[DateMention],
    cut: int,
    resume: int | None = None,
) -> list[DateMention]:
    """The days of `pool` before `cut`, or from `resume` on (what lies between is an accord's
    terms or an accusation's charge); with none, the days of the sentence before the cut and
    the trigger."""
    return [d for d in pool if d.start < cut or (resume is not None and d.start >= resume)] or [
        d for d in dates if cand.sentence.start <= d.start < min(cut, cand.trigger.start)
    ]


_RELATIVE_BEFORE = re.compile(
    rf"(?:^|\s)(?:{ARABIC_RELATIVE}|which|that)\s+(?:was\s+|were\s+|had\s+)?$"
)
_PROGRESSIVE = re.compile(r"(?:^|\s)(?:is|are)\s+(?:still\s+|now\s+)?$")
# "Heavy shelling is reported on al-Ansari": told as it happens
_REPORTED_NOW = re.compile(
    r"\s+(?:is|are|have been|has been)\s+(?:being\s+)?(?:reported|under way|continuing|ongoing)\b"
)
_STAMPED = re.compile(
    r"[ \t]*(?:\d{1,2}|[٠-٩]{1,2})(?::(?:\d\d|[٠-٩]{2})(?:\s*(?:gmt|utc|بتوقيت\s+\S+))?\s*[—–|-]?"
    r"|[.](?:\d\d|[٠-٩]{2})\s*[—–|-])\s"
)


def _to_come(ctx: Context, d: DateMention) -> bool:
    """Whether a date is after the day the report speaks from: no day of an act told as done."""
    return bool(ctx.ref_date and d.value and d.value > ctx.ref_date) or (
        # "غداً الأحد" said the day before a Sunday paper: the day to come, though it is the
        # paper's own
        d.kind == "relative" and points_ahead(ctx.folded[d.start : d.end])
    )


def day_of_undated_act(ctx: Context, cand: _Candidate) -> DateMention | None:
    """ "وفي الساعات ذاتها، ألقت مروحيات النظام ...": a hostile act, accusation, meeting or accord
    told with no day of its own happened on the last day told shortly before it (the day of the
    acts the report opened with). Read once the acts are merged, so that it joins no act of
    another day. (The merge's `_day_told_before` answers another question: the day "the same
    day" points back to.)"""
    if (
        cand.type not in (*HOSTILE_TYPES, "ACCUSE", "MEET", "AGREE")
        or cand.trigger.text.lower() in ctx.lexicon.stative
    ):
        return None
    if any(
        cand.sentence.start <= m_start < cand.trigger.start
        for m_start, _end, _passive in future_markers(ctx)
    ):
        return None  # "إن مقاتلي الحزب «سيشاركون في الهجوم المضاد»": an act to come
    # told in the headline and again in the body: the body's telling is the one dated before it
    told = [s for s in cand.sentences if s.start >= title_end(ctx)] or cand.sentences
    start = min(s.start for s in told) if told else cand.sentence.start
    before = [d for d in _days_of_acts(ctx) if d.end <= start and start - d.end <= 1200]
    if cand.type == "ACCUSE" and cand.asserted_by is None:
        # "told an emergency meeting of the Security Council today ... He reported that air
        # strikes had hit a hospital on Monday" then "Power accused ...": the day of the
        # occasion the outlet tells, not a day in someone's words
        before = _outside_words(ctx, before)
    return before[-1] if before else None


def _own_clause(ctx: Context, cand: _Candidate) -> tuple[int, int] | None:
    """A hostile act's own clause, when the candidate joins it to a clause told before ("air
    strikes resumed on Idlib, and rockets fired from rebel areas struck a school in
    al-Hamdaniyah"): from the word that joins it to the punctuation that closes it past its verb,
    that punctuation included. The place and day told there are the act's."""
    if cand.type not in HOSTILE_TYPES:
        return None
    joined = [m.end() for m in _CLAUSE_JOINED.finditer(ctx.folded, cand.lo, cand.trigger.start)]
    if not joined:
        return None
    stop = _CLAUSE_PUNCT.search(ctx.folded, cand.trigger.end, cand.sentence.end)
    return joined[-1], stop.end() if stop else cand.sentence.end


def _outside_words(
    ctx: Context, days: list[DateMention], at: int | None = None
) -> list[DateMention]:
    """The days told outside anyone's words (but for the words holding `at`): a day in someone's
    words dates what they tell, not the act or accusation the outlet tells around them."""
    said = [(s, e) for s, e, _sp in ctx.statement_spans if at is None or not s <= at < e]
    return [d for d in days if not any(s <= d.start < e for s, e in said)]


def _days_of_acts(ctx: Context) -> list[DateMention]:
    """The days an act told with no day of its own may take, the same for every act of the
    document: read once."""
    return ctx.once(
        "days of acts",
        lambda: [
            d
            for d in _told_days(ctx)
            if d.precision == "day"
            # "على أن تعقد جولة مشاورات جديدة في لندن غداً الأحد": a day still to come is no day
            # of an act told as done
            and not _to_come(ctx, d)
            # "الخروقات التي رصدها المرصد اليوم": the day of the report, not of the acts it lists
            and not _dates_a_report(ctx, d)
            # "وكانت طائرات حربية روسية قد استهدفت قبل يومين بلدة الحراك": a day told as
            # background, before the report's own acts
            and not _PLUPERFECT.match(ctx.folded, ctx.sentence_of(d.start).start)
        ],
    )


# a sentence opening in the pluperfect ("وكانت ... قد", "وكان ... قد"), folded
_PLUPERFECT = re.compile(r"\s*[وف]?(?:كان|كانت|كانوا)\s+[^.،,\n]{2,80}?\s+قد\s")


def _dates_a_report(ctx: Context, d: DateMention) -> bool:
    """Whether a day follows a monitor's verb of recording and the monitor ("الخروقات التي
    رصدها المرصد اليوم"): the day the list was made, not that of the acts it lists. (Verbs of
    saying measured: "said on Monday" dates the acts told, on read sets.)"""
    folded = ctx.folded
    return any(
        v.end() <= d.start
        and len(words_between(folded, v.end(), d.start)) <= 4
        and not any(v.end() <= t.start < d.start for t in ctx.cues_of("trigger"))
        for v in _at(ctx, "recorded_verb").finditer(folded, max(0, d.start - 60), d.start)
    )


# "على كفرزيتا في نيسان 2014": a place and its day, a preposition at most between them
_DAY_OF_PLACE = re.compile(r"\s*(?:(?:في|خلال|on|in)\s+)?")


def day_of_place(
    ctx: Context, cand: _Candidate, place: str, pool: list[DateMention] | None = None
) -> DateMention | None:
    """ "ألقت براميل كلور على كفرزيتا في نيسان 2014، وعلى اللطامنة في آذار 2015": in a list of
    places each with its day, the day told right after the act's place."""
    told_at = [m for m in ctx.mentions_in(cand.trigger.end, cand.hi, "place") if m.id == place]
    if not told_at:
        return None
    days = pool if pool is not None else _told_days(ctx)
    return next(
        (
            d
            for d in days
            if told_at[0].end <= d.start
            and _DAY_OF_PLACE.fullmatch(ctx.folded, told_at[0].end, d.start) is not None
        ),
        None,
    )


def _stamped_entry(ctx: Context, pos: int) -> int | None:
    """Where the line holding `pos` starts, when it is a live blog's time-stamped entry."""
    line = ctx.folded.rfind("\n", 0, pos) + 1
    return line if _STAMPED.match(ctx.folded, line) else None


def _told_days(ctx: Context) -> list[DateMention]:
    """The dates of the document an act may take (`_dates_told`), read once."""
    return ctx.once("dates told", lambda: _dates_told(ctx))


def _dates_told(ctx: Context) -> list[DateMention]:
    return [
        d
        for d in ctx.dates
        if d.value
        and d.kind != "vague"
        and not _since(ctx.folded, d)
        and not _same_day_anaphor(ctx, d)
        and not _in_dateline(ctx.folded, d)
    ]


def _in_dateline(folded: str, d: DateMention) -> bool:
    """ "WASHINGTON, Nov 21 (Capitol Newswire) - A U.S. air strike ... on Friday": the dateline's
    date is the day of filing, not of the act told after it."""
    line_start = folded.rfind("\n", 0, d.start) + 1
    return d.start - line_start <= 30 and _DATELINE_DASH.match(folded, d.end) is not None


_DATELINE_DASH = re.compile(r"[^\n]{0,40}?\)\s*[-–—]\s|\s*[-–—]\s")


def _days_accords_took_effect(ctx: Context) -> frozenset[int]:
    """Where the days an accord took effect or a truce began start ("بدأ سريانه مساء الاثنين
    الماضي"), read once for the document."""
    return ctx.once(
        "days accords took effect",
        lambda: frozenset(
            d.start
            for d in ctx.dates
            if _took_effect_on().search(ctx.folded, max(0, d.start - 30), d.start)
        ),
    )


def _anchored(
    ctx: Context, d: DateMention, cand: _Candidate, dates: list[DateMention]
) -> DateMention | None:
    """ "On August 23 ... The next day Turkish tanks crossed": a date counted from the last day
    told before it. "وجاء الإعلان بعد يومين من الغارات": the act named after "من"/"of" is the
    one counted from, so it lies that many days before."""
    base = [
        b
        for b in dates
        if b.end <= d.start
        and b.value
        and (ctx.published is None or b.value <= ctx.published)  # not a day still to come
        # "التهدئة الذي بدأ سريانه مساء الاثنين الماضي": the day an accord took effect
        and b.start not in _days_accords_took_effect(ctx)
    ]
    if not base or d.shift is None:
        return None
    here = [b for b in base if b.start >= ctx.sentence_of(d.start).start]
    if here and here[-1].precision != "day":
        # "الغارة ... الشهر الماضي ... بعد ساعة من الغارة": that month
        return replace(d, value=here[-1].value, precision=here[-1].precision)
    base = [b for b in base if b.precision == "day"]
    entry = _stamped_entry(ctx, d.start)
    if ctx.published and entry is not None and not any(b.start >= entry for b in base):
        # "21:15 ... dropped two barrel bombs on Latamneh «minutes after seven o'clock»": a live
        # blog's entry counts from its own day, not from a day told in an entry before
        return replace(d, value=ctx.published + dt.timedelta(days=d.shift))
    if not base:
        return None
    if _COMMA_ONLY.fullmatch(ctx.folded, base[-1].end, d.start):
        # "suspended the talks on Wednesday, two days after they formally began": an apposition
        # saying what the day was, not a day of its own
        return replace(d, value=base[-1].value)
    shift = d.shift
    if (
        re.search(r"(?:من|after|before)$", d.text)
        and d.end <= cand.trigger.start
        # "a day after Russia's ambassador to Turkey, Andrei Karlov, was shot dead": the act
        # named after it, its subject between
        and len(words_between(ctx.folded, d.end, cand.trigger.start))
        <= (1 if is_arabic(d.text) else 8)
        and not any(
            d.end <= t.start and t.end <= cand.trigger.start for t in ctx.cues_of("trigger")
        )
    ):
        shift = -shift
    value = base[-1].value
    assert value is not None
    return replace(d, value=value + dt.timedelta(days=shift))


_LAST_DAY = re.compile(r"(?:^|\s)(?:امس|البارحه|yesterday|last night)(?:\s|$)")


def _since(folded: str, d: DateMention) -> bool:
    """`منذ تشرين الثاني 2012`, "since April", `منذ دخول الاتفاق حيز التنفيذ في السابع والعشرين
    من شباط`: the start of a continuing state, not the act's date."""
    if folded.startswith(("اليوم", "today"), d.start) or _LAST_DAY.search(folded, d.start, d.end):
        # "منذ فجر اليوم الثلاثاء", "since this morning", "منذ صباح أمس": today's or
        # yesterday's act, going on since
        return False
    return (
        _SINCE_BEFORE.search(folded[max(0, d.start - 15) : d.start]) is not None
        or _since_in_force().search(folded[max(0, d.start - 90) : d.start]) is not None
    )
