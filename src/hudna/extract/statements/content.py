"""Where a statement's words begin: quotations, complementisers, colons and nominal objects.

Quotation marks are paired once per document (`quote_spans`). After a speech verb the content
starts at the first complementiser (`أن`, `إن`, `that`), colon or quotation (`_content_start`),
unless a quotation only names something; with none of them, it is a quotation just before the
verb (`"...," Lavrov said`), a noun phrase after the speaker (`نفى مصدر عسكري سوري استخدام ...`,
`_nominal_content`) past the day and venue that open it (`_after_adverbials`), or, in English,
nothing when only the audience, a day or a place follows the verb (`_attribution_tail`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hudna.extract.context import Context, Mention, words_between
from hudna.extract.entities import side
from hudna.extract.matcher import Match
from hudna.extract.statements.calls import _ARABIC_PARTICIPLE
from hudna.extract.statements.speakers import _AND_END
from hudna.text import is_arabic


def quote_spans(folded: str, quotes: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """`[open, close]` positions of quotation marks, paired; unbalanced marks are ignored."""
    spans: list[tuple[int, int]] = []
    for open_q, close_q in quotes:
        if open_q == close_q:
            positions = [m.start() for m in _marks(open_q).finditer(folded)]
            spans.extend(zip(positions[::2], positions[1::2], strict=False))
            continue
        stack: list[int] = []
        for m in _marks(open_q, close_q).finditer(folded):
            if m.group() == open_q:
                stack.append(m.start())
            elif stack:
                spans.append((stack.pop(), m.start()))
    spans.sort()
    # drop quotes nested in others (a quote inside a quotation belongs to its content)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


@lru_cache(maxsize=64)
def _marks(*marks: str) -> re.Pattern[str]:
    """Any of the quotation `marks` (compiled once)."""
    return re.compile("|".join(re.escape(q) for q in marks))


def _inside_quote(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The quotation whose marks enclose `pos`, if any."""
    for s, e in quotes:
        if s < pos < e:
            return (s, e)
    return None


_TAIL = re.compile(
    r"^\s*(?:(?:reporters|journalists|a (?:news conference|briefing)|the press|delegates|by phone|"
    r"levant wire|(?:state |syrian |russian |turkish |iranian )?(?:television|tv|radio)|"
    r"on \w+(?: morning| evening| night)?|(?:in|at) [\w\s.-]{1,25}?|late \w+|overnight|this \w+)\s*)*"
    r"(?:[,.;]|$)"  # "told journalists at the Palais des Nations."
)


def _attribution_tail(folded: str, start: int, end: int, told: bool = False) -> bool:
    """After an English speech verb, only the audience, a day or a place before the clause ends:
    "Cook told reporters on Wednesday." ends an attribution, it does not open content; after
    "told", any audience of up to three words ("told RIA Novosti", "told the news agency")."""
    tail = folded[start:end]
    if told:
        tail = _AUDIENCE.sub("", tail, count=1)
    return _TAIL.match(tail) is not None


_AUDIENCE = re.compile(
    r"^\s*(?:the |a |an )?[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,3}?(?=\s*(?:[,.;]|$| on | in | at ))"
)


def _after_adverbials(ctx: Context, pos: int, end: int) -> int:
    """`أعلن لافروف مساء أمس في موسكو التوصل إلى اتفاق`: past the day, the venue and the medium
    ("in a statement") that open what was announced, where it begins."""
    folded = ctx.folded
    while True:
        start = pos + len(folded[pos:end]) - len(folded[pos:end].lstrip(" ،,"))
        on = _ON_DAY.match(folded, start, end)  # "said on Wednesday the operation would"
        if on is None and not any(d.start == start for d in ctx.dates):
            # "الخارجية الأمريكية أعلنت مساء اليوم التوصل": the time of day before the day
            on = _TIME_OF_DAY.match(folded, start, end)
        day_at = on.end() if on else start
        day = next((d for d in ctx.dates if day_at <= d.start <= day_at + 1 and d.end <= end), None)
        at = _AT_PLACE.match(folded, start, end)
        venue = (
            next((m for m in ctx.mentions if m.kind == "place" and m.start == at.end()), None)
            if at
            else None
        )
        medium = _IN_MEDIUM.match(folded, start, end)
        if day is not None:
            pos = day.end
        elif venue is not None:
            pos = venue.end
        elif medium is not None:
            pos = medium.end()  # "said in a statement it had summoned", "قال في بيان"
        else:
            return pos


_AT_PLACE = re.compile(r"(?:في|ب)\s*")
# the medium the words came in: "in a statement", "in an interview", "في بيان", "في تصريحات"
_IN_MEDIUM = re.compile(
    r"(?:in\s+(?:a|an|its|his|her|their)\s+(?:(?:written|joint|separate)\s+)?(?:statement|speech|"
    r"interview|briefing|press\s+conference|television\s+interview)"
    r"|(?:في|ب)\s*(?:بيان|تصريح\S*|موتمر\s+صحفي|كلمه|مقابله)(?:\s+(?:له|لها|مشترك))?)(?=[\s,،]|$)"
)
_ON_DAY = re.compile(r"(?:(?:late|early)\s+)?on\s+")


def _nominal_content(ctx: Context, verb: Match, clause_end: int) -> tuple[int, int] | None:
    """The object of a speech verb that takes a noun phrase (نفى، أعلن، اتهم، دعا), after the
    speaker phrase: from the first word that is not part of the speaker to the end of the clause."""
    folded = ctx.folded
    pos = verb.end
    speaker_parts = sorted(
        [m for m in ctx.mentions if verb.end <= m.start < clause_end]
        + [c for c in ctx.cues_of("nationality", "official") if verb.end <= c.start < clause_end],
        key=lambda m: m.start,
    )
    # the speaker phrase: leading mentions, titles and adjectives with at most two other words between
    had_actor = placed = closed = False
    sides: set[str] = set()
    for part in speaker_parts:
        if part.start < pos:
            continue  # inside a part already taken (the adjective of a title)
        gap = len(words_between(folded, pos, part.start))
        if closed and (gap or isinstance(part, Match) or part.kind != "actor"):
            break  # "مصدر عسكري سوري": the adjective closes the speaker's noun phrase
        closed = False
        joined = (
            re.match(r"\s*و", folded[pos : part.start]) is not None
        )  # "كيري ونظيره الروسي لافروف"
        if (
            had_actor
            and not isinstance(part, Match)
            and part.kind == "place"
            and _PLACE_OF_POST.fullmatch(folded, pos, part.start)
        ):
            pos = part.end  # "رئيس المجلس المحلي لمدينة حلب": the speaker's town
            placed = True
            continue
        if placed and not isinstance(part, Match):
            break  # "اتهم رئيس المجلس المحلي لمدينة حلب روسيا": the accused
        if gap > 2 or (had_actor and gap > 0 and not isinstance(part, Match) and not joined):
            break  # "انتقد ظريف غياب الولايات المتحدة": the second actor is in the content
        if (
            sides
            and not joined
            and not isinstance(part, Match)
            and part.kind == "actor"
            and side(ctx, part.id) not in sides
        ):
            break  # "واتهمت واشنطن الطائرات الروسية بـ": another side right after is the object
        if not isinstance(part, Match) and part.kind == "actor":
            sides.add(side(ctx, part.id))
        pos = max(pos, part.end)
        had_actor = had_actor or not isinstance(part, Match)
        # unless the name follows: "المبعوث الأممي ستافان دي ميستورا"
        closed = isinstance(part, Match) and part.payload.kind == "nationality"
    if pos == verb.end:
        return None
    pos += len(folded[pos:clause_end]) - len(folded[pos:clause_end].lstrip("»”\"'"))  # «جيش الفتح»
    venue = _VENUE_AHEAD.match(folded, pos, clause_end)
    if venue:
        pos = venue.end()  # "دانت الخارجية في بيان ما وصفته": where it was said, not what
    # "أعلنت فصائل «جيش الفتح» وغرفة عمليات «فتح حلب»، مساء أمس، ...": a second party joined
    # to the speaker before the adverbial
    joined_party = _JOINED_PARTY.match(folded, pos, clause_end)
    head = joined_party.end() if joined_party else pos
    # "الهيئة الفيدرالية الروسية للرقابة البيطرية والصحة النباتية، أمس الأربعاء، رفع الحظر": the
    # body's name runs on in a genitive the lexicon does not hold
    name_tail = _NAME_TAIL.match(folded, head, clause_end)
    if name_tail:
        head = name_tail.end()
    opening = _COMMA_AHEAD.match(folded[head:clause_end])
    closing = folded.find("،", head + opening.end(), clause_end) if opening else -1
    if (
        opening
        and closing > 0
        and len(words_between(folded, head, closing)) <= 6
        and (
            any(head <= d.start < closing for d in ctx.dates)
            or any(head <= m.start < closing for m in ctx.mentions if m.kind == "place")
        )
    ):
        return (
            closing + 1,
            clause_end,
        )  # "أعلن حجاب، أمس الاثنين في جنيف، تأجيل ...": when and where
    # "أعلن الجيش السوري مساء الاثنين انتهاء ...": when it was said, with no commas
    when = pos
    while True:
        daytime = _TIME_OF_DAY.match(folded, when, clause_end)
        date = next(
            (d for d in ctx.dates if d.start > when and not folded[when : d.start].strip()), None
        )
        if daytime:
            when = daytime.end()
        elif date is not None:
            when = date.end
        else:
            break
    if (
        when > pos
        and folded[when:clause_end].strip(" ،")
        and any(pos < d.end <= when for d in ctx.dates)
    ):
        pos = when
    comma = folded.find("،", pos, clause_end)
    if comma >= 0 and len(words_between(folded, pos, comma)) <= 2 and comma < clause_end - 2:
        pos = comma + 1  # an apposition: "وزير الخارجية الروسي، سيرغي لافروف، ..."
    # "اتهم رئيس المجلس المحلي لمدينة حلب، بريتا حاجي حسن، في تصريح صحافي اليوم، روسيا بـ":
    # the speaker's name and where he spoke, each between commas
    while (aside := _ASIDE_AHEAD.match(folded, pos, clause_end)) and (
        aside.group(1) or "،" in folded[max(0, pos - 2) : pos]  # the comma just passed
    ):
        inner = folded[aside.start(2) : aside.end(2)]
        named = any(
            aside.start(2) <= m.start < aside.end(2) for m in ctx.mentions if m.kind == "actor"
        )
        if not (_WHERE_SAID.match(inner) or (not named and len(inner.split()) <= 3)):
            break
        pos = aside.end()
    # "أعرب المبعوث الأممي ستافان دي ميستورا عن أسفه": what is expressed follows the preposition
    expressed = _ABOUT_AHEAD.match(folded, pos, clause_end)
    if expressed:
        pos = expressed.end()
    return pos, clause_end


_ABOUT_AHEAD = re.compile(r"\s*عن\s")


_COMMA_AHEAD = re.compile(r"\s*،")
_TIME_OF_DAY = re.compile(r"\s*(?:مساء|صباح|فجر|ظهر|عصر|ليل|ليله|امس|اليوم|يوم)(?!\S)")
_NAME_TAIL = re.compile(r"\s+لل[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?(?=\s*،)")
_PLACE_OF_POST = re.compile(r"\s*(?:ل(?:مدينه|محافظه|بلده)\s+)?ل?")
_ASIDE_AHEAD = re.compile(r"\s*(،)?\s*([^،«»\"]{2,60}?)\s*،\s*")
_WHERE_SAID = re.compile(r"(?:في|خلال)\s+(?:تصريح|افاده|موتمر|حديث|مقابله|كلمه|بيان|لقاء)")
# the same venue right ahead, with the adjective it may take ("في مؤتمر صحفي")
_VENUE_AHEAD = re.compile(
    r"\s*" + _WHERE_SAID.pattern + r"\S*(?:\s+(?:صحفي|صحافي|رسمي|مشترك|متلفز)\S*)?(?=\s)"
)
_JOINED_PARTY = re.compile(r"\s*و[^\W\d_]+(?:\s+[«\"“]?[^\W\d_]+[»\"”]?){0,3}(?=\s*،)")


def _content_start(
    folded: str,
    verb: Match,
    limit: int,
    quotes: list[tuple[int, int]],
    complementisers: list[Match],
    actors: list[Mention],
    places: list[Mention],
) -> tuple[int | None, str, int]:
    """Where the content begins after `verb`, whether it is quoted (direct) or reported, and where
    the words between verb and content (the speaker's place) end."""
    pos = verb.end
    comp = next((c for c in complementisers if verb.end <= c.start < limit), None)
    colon = next((m.start() for m in _COLON.finditer(folded, pos, limit)), -1)
    quote = next(
        (
            q
            for q in quotes
            if verb.end <= q[0] < limit
            and not _is_name_quote(folded, q, actors, places)
            and not _is_short_name(folded, q, comp.start if comp else None, colon)
        ),
        None,
    )
    candidates = []
    if comp:
        candidates.append((comp.start, "comp", comp.end))
    if colon >= 0:
        candidates.append((colon, "colon", colon + 1))
    if quote:
        candidates.append((quote[0], "quote", quote[0]))
    if not candidates:
        return None, "", limit
    at, kind, after = min(candidates)
    if kind == "quote":
        if (
            not is_arabic(verb.text)
            and len(_ENGLISH_OBJECT.sub(" ", folded[verb.end : at]).split()) >= 2
        ):
            # "told a news conference he would reconvene the talks "no later than April 9"":
            # the quotation ends a reported clause that starts right after the verb
            return verb.end, "reported", verb.end
        return at, "direct", at
    # a quotation right after the complementiser or colon makes it direct speech
    if quote and folded[after : quote[0]].strip(" ،,") == "":
        return quote[0], "direct", at
    return after, "reported", at


_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # not the colon of a time ("since 19:00")
_ENGLISH_OBJECT = re.compile(
    r"\b(?:reporters|journalists|a news conference|the press|a briefing|the council|delegates|[:,])"
)


def _is_short_name(folded: str, q: tuple[int, int], comp_at: int | None, colon: int) -> bool:
    """A quotation of three words or fewer not introduced by أن/إن or a colon names something
    (`قائد في «ألوية الفرقان»`, `نفى «قطعياً»`): it is not the content."""
    introduced = (comp_at is not None and comp_at < q[0]) or (0 <= colon < q[0])
    return not introduced and len(folded[q[0] + 1 : q[1]].split()) <= 3


def _is_name_quote(
    folded: str, q: tuple[int, int], actors: list[Mention], places: list[Mention]
) -> bool:
    """A quotation holding only a name (`“لافروف”`), as some outlets write names, or a body
    named by its region (`“غرفة عمليات ريف حمص الشمالي”`: the actor, then the place)."""
    for a in actors:
        if q[0] < a.start and a.end <= q[1] and a.start - q[0] <= 2:
            end = a.end
            for p in places:
                if end <= p.start <= end + 2 and p.end <= q[1]:
                    end = p.end
            # after a place, one word may qualify it ("الشمالي")
            return q[1] - end <= 2 or (end > a.end and len(folded[end : q[1]].split()) <= 1)
    return False


_DETERMINER_END = re.compile(r"(?:^|\s)(?:a|an|the|its|their|his|her|this|that)\s+$")


def _quote_before(
    folded: str, verb: Match, quotes: list[tuple[int, int]], floor: int, continuing: bool
) -> tuple[int, int] | None:
    """English `“...,” Lavrov said`: the quotation that ends just before the verb (or its speaker).
    An Arabic participle after it (`«...»، مطالباً الوحدات الكردية بالانسحاب`, `«...»، داعياً
    جميع الأطراف إلى`: a continuing one in the accusative) opens new words."""
    if _ARABIC_PARTICIPLE.fullmatch(verb.text) or (
        continuing and is_arabic(verb.text) and verb.text[-1] in "اه"
    ):
        return None
    if _AND_END.search(folded, max(0, verb.start - 30), verb.start):
        return None  # "accused Washington of "turning a blind eye" ..., and said Moscow would"
    if verb.text.endswith("ing") and re.search(
        r",[\"”’]?\s*$", folded[max(0, verb.start - 4) : verb.start]
    ):
        return None  # "accused Washington of "hypocrisy," saying the coalition's strikes ...": new words
    limit = 1 if is_arabic(verb.text) else 4
    for s, e in reversed(quotes):
        between = folded[e : verb.start]
        if (
            floor <= e < verb.start
            and len(words_between(folded, e, verb.start)) <= limit
            and not re.search(r"فيما|بينما|في حين|while|whereas", between)
            # 'said the pause was agreed "with the Syrian side" and accused ...', 'will "deal
            # positively" with the truce but warns ...': a new clause
            and not re.search(r"(?:^|[\s”\"’',])(?:and|but|then)\s", between)
            # 'hours after a "humanitarian pause" announced by Moscow expired': a term named
            and not (
                _DETERMINER_END.search(folded, max(0, s - 8), s)
                and len(words_between(folded, s, e)) <= 4
            )
            # "وفي تصريح لقناة «روسيا اليوم»، شدد لافروف": the outlet's name, not words said
            and not _OUTLET_END.search(folded, max(0, s - 12), s)
        ):
            return s + 1, e
    return None


_OUTLET_END = re.compile(
    r"(?:^|\s)[وفبل]*(?:قناه|وكاله|صحيفه|اذاعه|موقع|تلفزيون|شبكه|channel|agency|newspaper|radio|tv|daily)\s+$"
)
