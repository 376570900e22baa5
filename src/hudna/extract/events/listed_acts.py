"""Acts told through other acts: an example of one told before it ("including", بينها), the items
of a list under a lead (each the lead's act at its place, by its doers, on its day), one act
shared out by doer (each at its own places), an act at "the same positions" as the one before,
and places an act's toll goes on to without repeating it ("..., and two in Khan Shaykhun")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from hudna.extract.context import Context, title_end, words_between
from hudna.extract.entities import affiliation
from hudna.extract.events.common import _at, _Candidate, _place_rank
from hudna.extract.events.places import _dates_told
from hudna.extract.matcher import Match
from hudna.extract.numbers import fatalities, is_count
from hudna.models import HOSTILE_TYPES

# ", and two in Khan Shaykhun", "، وخمسة آخرون في بنش": a count, then the place
_COUNT_IN = re.compile(
    r"(?:[,،;؛]\s*|\s[وف]?(?P<among>بينهم|منهم|among\s+them|including)\s+|\sو)(?:and\s+)?"
    r"(?P<count>[^\W_]+)\s+(?:(?:more|others|other|people|civilians|"
    r"اخرون|اخرين|مدنيين|اشخاص)\s+)?(?:in|at|في)\s+(?:حي\s+)?$"
)
# "; in Kafranbel, a hospital was put out of service; and in Binnish, a family died"
_CLAUSE_IN = re.compile(r"[;؛]\s*(?:and\s+)?in\s+$")
_TOLL = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|destroyed|damaged|out of service|collapsed)\b"
)


def _clause_end(folded: str, start: int, end: int) -> int:
    semicolon = folded.find(";", start, end)
    return end if semicolon < 0 else semicolon


def _elided_places(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "Seven more died in raids on Saraqib, and two in Khan Shaykhun", "In Saraqib, an air strike
    killed eight people; in Kafranbel, a hospital was put out of service": the toll goes on at
    another place with no act told there, so the act before struck there too."""
    folded = ctx.folded
    for cand in candidates:
        if cand.type not in HOSTILE_TYPES or not cand.places or cand.negated:
            continue
        later = [  # an act told after it has places of its own
            c.trigger.start
            for c in candidates
            if cand.trigger.end <= c.trigger.start < cand.sentence.end
        ]
        hi = min([cand.sentence.end, *later])
        shared = False  # "بينهم ١٦ في حي الشعار و١٢ في حي طريق الباب": the toll shared out
        for p in ctx.mentions_in(cand.trigger.end, hi, "place"):
            if p.id in cand.places:
                continue
            before = folded[max(cand.trigger.end, p.start - 40) : p.start]
            count = _COUNT_IN.search(before)
            word = count.group("count") if count else ""
            if (count and (is_count(word) or is_count(word.removeprefix("و")))) or (
                not cand.arabic
                and _CLAUSE_IN.search(before)
                and re.match(r"\s*,", folded[p.end : p.end + 3])
                and _TOLL.search(folded, p.end, _clause_end(folded, p.end, cand.sentence.end))
            ):
                shared = shared or bool(count and count.group("among"))
                cand.places.append(p.id)
        if shared:
            # among the dead over a city, so many in each quarter: the act at each quarter
            places = ctx.lexicon.places
            parts = [x for x in cand.places if places[x].kind == "neighbourhood"]
            if parts and all(
                places[x].kind != "neighbourhood"
                and all(places[q].admin1 == places[x].admin1 for q in parts)
                for x in cand.places
                if x not in parts
            ):
                cand.places = parts


def _listed_nouns_share_place(ctx: Context, candidates: list[_Candidate]) -> None:
    """ "في قصف مدفعي لقوات النظام وغارات للطيران الحربي على حي الوعر": acts named by nouns joined
    by و, the first with no place, struck where the next one did."""
    for cand, nxt in itertools.pairwise(candidates):
        if (
            cand.arabic
            and not cand.verb
            and not nxt.verb
            and cand.type in HOSTILE_TYPES
            and nxt.type in HOSTILE_TYPES
            and not cand.places
            and nxt.places
            and cand.sentence == nxt.sentence
            and _AND_NEXT.search(ctx.folded, cand.trigger.end, nxt.trigger.start)
            and len(words_between(ctx.folded, cand.trigger.end, nxt.trigger.start)) <= 4
        ):
            cand.places = list(nxt.places)


_AND_NEXT = re.compile(r"\sو$")


_OTHER = re.compile(r"(?:اخر|اخري|other)(?![^\W\d_])")


def _same_positions(ctx: Context, candidates: list[_Candidate]) -> None:
    """`وأعقب الغارات هجوم لتنظيم داعش على المواقع ذاتها`, `attacked the same positions`: an act
    with no place of its own struck where the hostile act before it did, and whom it struck."""
    for i, c in enumerate(candidates):
        if c.type not in HOSTILE_TYPES:
            continue
        spot = _at(ctx, "same_spot").match(ctx.folded[c.trigger.end : c.trigger.end + 80])
        if not spot:
            continue
        if c.places and _OTHER.search(spot.group()):
            continue  # "قصفت المدفعية 87 هدفاً آخر قرب بلدة تادف": other targets, at their own place
        # a place of its own may be where the fire came from ("استهدف الأحياء ذاتها من مواقع
        # قوات النظام في درعا المحطة"): the same spot, told first, is where it struck
        before = [p for p in candidates[:i] if p.type in HOSTILE_TYPES and p.places]
        if before:
            c.places = list(before[-1].places)
            c.target = c.target or before[-1].target


def _examples(ctx: Context, candidates: list[_Candidate]) -> None:
    """`accused government forces of 15 violations ..., including artillery fire on Talbiseh`,
    `خروقات ... بينها قصف مدفعي على`: an act given as an example of one told before it in its
    sentence has that act's doers and source."""
    for prev, cand in itertools.pairwise(candidates):
        if (
            cand.sentence == prev.sentence
            and not cand.actors
            and prev.actors
            and prev.type in HOSTILE_TYPES
            and cand.type in HOSTILE_TYPES
            and _at(ctx, "including").search(ctx.folded, prev.trigger.end, cand.trigger.start)
        ):
            cand.actors = list(prev.actors)
            cand.asserted_by = cand.asserted_by or prev.asserted_by


_LIST_ITEM = re.compile(
    r"^[ \t]*[-–•*·][ \t]*|^(?=[^\n:]{2,50}:[ \t])|^[ \t]*\d{1,2}[.)][ \t]+(?=[^\n.:]{2,80}\.[ \t])",
    re.MULTILINE,
)


# "1. Maarat al-Numan, Idlib province (15 February). A hospital was hit ...": a numbered item's
# label ends at its first full stop
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
# a bullet opening on where it happened, up to its comma ("-- Near Raqqa, two strikes destroyed")
_BULLET_PLACE = re.compile(r"[-–\s]*(?:near|in|at|around|قرب|في|بمحيط|محيط)\s+[^,،:\n]{2,40}[,،]")


def _line_end(folded: str, pos: int) -> int:
    end = folded.find("\n", pos)
    return len(folded) if end < 0 else end


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
        # a siege is the state the toll is told in, not the act it sums ("المحاصرة")
        if c.type in HOSTILE_TYPES and c.type != "SIEGE" and c.trigger.start >= title_end(ctx)
    ]
    items = [
        i
        for i in _LIST_ITEM.finditer(folded)
        if i.start() >= title_end(ctx)
        and (
            i.end() > i.start()  # a bullet
            # "ريف دمشق: 4 مدنيين ...", "Raqqa: Seven civilians ...": a paragraph under a place
            or ctx.mentions_in(i.end(), folded.find(":", i.end()), "place")
        )
    ]
    lines = [(i.start(), _line_end(folded, i.end())) for i in items]
    # the lead is told before the list, not in one of its items ("- حي الصاخور: ... مروحيات النظام"
    # gives no doer to "- حي باب النيرب: ٤ قتلى بقذائف صاروخية مجهولة المصدر")
    hostile = [c for c in hostile if not any(s <= c.trigger.start < e for s, e in lines)]
    # the day the lead tells ("وثّق المرصد اليوم الخميس مقتل ٣١ مدنياً ...")
    told = [
        d
        for d in _dates_told(ctx)  # not "منذ دخول الاتفاق حيز التنفيذ في 27 شباط"
        if lines and lines[0][0] - 400 <= d.start < lines[0][0] and d.precision == "day"
    ]
    intro = max(
        (x for x in ctx.sentences if lines and x.end <= lines[0][0]),
        key=lambda x: x.end,
        default=None,
    )
    if intro is not None and not any(intro.start <= d.start < intro.end for d in told):
        # "carried out 11 strikes ... on Aug. 8, officials reported today. ... struck as
        # follows:": with no day in the words that open the list, the day of the acts told
        # before it, over the day they were reported
        told = [
            c.date
            for c in hostile
            if c.date is not None
            and c.date.precision == "day"
            and lines[0][0] - 400 <= c.trigger.start < lines[0][0]
        ][-1:] or told
    for item in items:
        end = _line_end(folded, item.end())
        colon = folded.find(":", item.end(), end)
        numbered = colon < 0 and _NUMBERED.fullmatch(folded, item.start(), item.end()) is not None
        if numbered:
            colon = folded.find(".", item.end(), end)
        opening = _BULLET_PLACE.match(folded, item.end(), end) if colon < 0 else None
        if opening and item.end() > item.start():
            colon = opening.end() - 1  # "-- Near Raqqa, two strikes destroyed ...": its label
        places = ctx.mentions_in(item.end(), colon, "place") if colon > 0 else []
        before = [c for c in hostile if c.trigger.start < item.start()]
        if (
            before
            and lines
            and sum(1 for s in ctx.sentences if before[-1].sentence.end <= s.start < lines[0][0])
            >= 2
        ):
            # "Turkish jets carried out 26 air strikes ... The SDF said ... Our field network
            # recorded the following incidents today:": told two sentences before the list, an act
            # is not its lead ("وتوزعت الحصيلة على النحو الآتي:" alone goes on the toll's lead)
            before = []
        if places:
            # an act of the item is at its label's most specific place ("Khan Touman (southern
            # Aleppo countryside): 2 rebel fighters killed in clashes ...")
            label = [p.id for p in places]
            finest = min(label, key=lambda p: _place_rank(ctx, p))
            for c in candidates:
                if (
                    item.end() <= c.trigger.start < end
                    and (c.places or numbered)  # a numbered case file: all of it at its place
                    and set(c.places) <= set(label)
                ):
                    c.places = [finest]
            dated = [d for d in ctx.dates if item.end() <= d.start < colon and d.value]
            for c in candidates:
                if numbered and dated and item.end() <= c.trigger.start < end:
                    c.date = dated[0]  # "2. Azaz, Aleppo province (15 February).": its day
        if places and not before:
            # no act told in the lead: the items still happened on its day
            for c in candidates:
                if item.end() <= c.trigger.start < end and told:
                    c.date = c.date or told[-1]
            continue
        if not places:
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
        leads = [c for c in before if c.sentence == lead.sentence]
        for c in own:
            c.date = c.date or lead.date or (told[-1] if told else None)  # the lead's day
            if (
                c.type in HOSTILE_TYPES
                and not c.actors
                and not _at(ctx, "unknown_doer").search(folded, c.trigger.start, end)
            ):
                # "غارات شنتها طائرات روسية ...، وقصف مدفعي مصدره قوات النظام ... - عربين: ستة
                # قتلى بقذائف مدفعية": an item's weapon fired from the ground is the lead's act
                # of its own kind, or none of the lead's ("برصاص رشاشات ثقيلة"); any other ("a
                # missile struck") is the lead's act
                ground = _at(ctx, "ground_weapons").search(folded, item.end(), end)
                kin = next((x for x in leads if x.type == c.type), None)
                if ground is None:
                    c.actors = list(lead.actors)
                    if c.type in ("SHELLING", "ATTACK") and lead.type == "AIRSTRIKE":
                        c.type = lead.type
                elif kin is not None:
                    c.actors = list(kin.actors)
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


_IN_PLACES = re.compile(r"(?:^|\s)(?:in|at|في)\s+")


def _parts_hit(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Warplanes pounded eastern Aleppo, hitting the districts of Bab al-Nairab and al-Kalasa",
    "شنت طائرات غارات على حلب، مستهدفة حيي باب النيرب والكلاسة": an act over a city whose
    participle names quarters of it is an act at each quarter."""
    out: list[_Candidate] = []
    for c in candidates:
        parts = _quarters_hit(ctx, c)
        taken = {p for x in candidates if x is not c and x.sentence == c.sentence for p in x.places}
        parts = [p for p in parts if p not in taken]
        if parts:
            out.extend(replace(c, places=[p]) for p in parts)
        else:
            out.append(c)
    return out


def _quarters_hit(ctx: Context, c: _Candidate) -> list[str]:
    """The quarters of the act's city that a participle after it names (`_parts_hit`)."""
    if c.type not in HOSTILE_TYPES or len(c.places) != 1:
        return []
    city = ctx.lexicon.places[c.places[0]]
    clause = _at(ctx, "parts_hit").search(ctx.folded, c.trigger.end, c.sentence.end)
    if city.kind != "city" or clause is None:
        return []
    brk = _at(ctx, "clause_break").search(ctx.folded, clause.end(), c.sentence.end)
    named = ctx.mentions_in(clause.end(), brk.start() if brk else c.sentence.end, "place")
    return list(
        dict.fromkeys(
            m.id
            for m in named
            if ctx.lexicon.places[m.id].kind == "neighbourhood"
            and ctx.lexicon.places[m.id].admin1 == city.admin1
        )
    )


def _distributed(ctx: Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "areas under siege: by government forces in Madaya and Zabadani; by non-State armed groups
    in Foua and Kefraya", "محاصرة من قبل قوات النظام في مضايا، ومن قبل الفصائل في الفوعة": one act
    shared out by doer, each doer at its own places."""
    folded = ctx.folded
    out: list[_Candidate] = []
    for c in candidates:
        if c.type not in HOSTILE_TYPES:
            out.append(c)
            continue
        markers = [
            m
            for m in ctx.once(  # "by", "من قبل", "من جانب" (not a bare "من")
                "agent markers by",
                lambda: [
                    m
                    for m in ctx.cues_of("agent_marker")
                    if m.text == "by" or m.text.startswith("من ")
                ],
            )
            if c.trigger.end <= m.start < c.sentence.end
        ]
        shares = []
        for i, m in enumerate(markers):
            end = markers[i + 1].start if i + 1 < len(markers) else c.sentence.end
            # the doers right after the marker, then the places after "in"
            locative = _IN_PLACES.search(folded, m.end, end)
            if locative is None:
                break
            actors = ctx.mentions_in(m.end, locative.start(), "actor")
            places = ctx.mentions_in(locative.end(), end, "place")
            if not actors or not places:
                break
            shares.append(([affiliation(ctx, a.id) for a in actors], [p.id for p in places]))
        gap = words_between(folded, c.trigger.end, markers[0].start) if markers else []
        if len(shares) < 2 or len(gap) > 6:
            shares = _places_then_doers(ctx, c, markers)
        if len(shares) < 2:
            out.append(c)
            continue
        for doers, where in shares:
            out.append(replace(c, actors=list(dict.fromkeys(doers)), places=where))
    return out


def _places_then_doers(
    ctx: Context, c: _Candidate, markers: list[Match]
) -> list[tuple[list[str], list[str]]]:
    """ "besieged: Madaya and Zabadani in Rural Damascus by Government of Syria forces and
    Hezbollah, and Foah and Kefraya in Idlib by armed opposition groups": each share's places
    (the province after "in" only locates them), then its doers."""
    folded, start = ctx.folded, c.trigger.end
    shares: list[tuple[list[str], list[str]]] = []
    for m in markers:
        places = ctx.mentions_in(start, m.start, "place")
        located = _IN_PLACES.search(folded, start, m.start)
        if located and any(p.end <= located.start() for p in places):
            places = [p for p in places if p.end <= located.start()]
        after = [p.start for p in ctx.mentions_in(m.end, c.sentence.end, "place")]
        actors = ctx.mentions_in(m.end, min([c.sentence.end, *after]), "actor")
        if not places or not actors or len(words_between(folded, start, places[0].start)) > 2:
            break
        shares.append(([affiliation(ctx, a.id) for a in actors], [p.id for p in places]))
        start = actors[-1].end
    return shares
