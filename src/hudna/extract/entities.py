"""Actors and places: resolve the automaton's entity matches into mentions and records.

Names and descriptions map straight to an actor; a title (`وزير الخارجية الروسي`) maps to whoever
held it on the document's date; a capital (`موسكو`) is a place after a locative word (`في`, `إلى`,
`in`, a visit verb) and otherwise stands for its government. Overlapping matches keep the longest.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import replace

from hudna.extract.context import Context, Mention
from hudna.extract.matcher import Match, longest_non_overlapping
from hudna.geo import place_km as km
from hudna.models import Actor, Place
from hudna.text import alternation, is_arabic

_ENTITY_KINDS = {"actor", "title", "place", "metonym", "member"}
_LOCATIVE = {
    # nouns whose genitive is a place: "أحياء دمشق", "وسط دمشق", "central Damascus"
    "احياء",
    "ضواحي",
    "اطراف",
    "وسط",
    "شوارع",
    "سماء",
    "central",
    "downtown",
    "of",
    "east",
    "west",
    "north",
    "south",
    "شرق",
    "غرب",
    "شمال",
    "جنوب",
    "محيط",
    "ريف",
    "في",
    "من",
    "داخل",
    "نحو",
    "قرب",
    "زار",
    "زاره",
    "زيارته",
    "زياره",
    "وصل",
    "استضافته",
    "استضافتها",
    "تستضيفه",
    "تستضيفها",
    "in",
    "to",
    "at",
    "from",
    "near",
    "around",
    "across",
    "toward",
    "towards",
    "باتجاه",
    "visited",
    "visit",
    "hosted",
    "inside",
    "outside",
    "into",
}


def find_entities(ctx: Context) -> None:
    """Fill `ctx.mentions`, `ctx.actors` and `ctx.places` from the automaton's matches."""
    words = [m for m in ctx.cues if m.payload.kind in ("nationality", "adjective")]
    in_words = {i for w in words for i in range(w.start, w.end)}  # a quick test before the scan
    entity_matches = [
        m
        for m in [*map(_name_after_locative, ctx.cues), *_quoted_names(ctx)]
        if m.payload.kind in _ENTITY_KINDS
        and not (
            m.start in in_words
            and any(  # "سورية" inside "والسورية" (the Syrian ...) is not the country
                w.start <= m.start and m.end <= w.end and w.end - w.start > m.end - m.start
                for w in words
            )
        )
    ]
    adjectives = longest_non_overlapping(m for m in ctx.cues if m.payload.kind == "adjective")
    by_span: dict[tuple[int, int], list[Match]] = {}
    for m in entity_matches:
        by_span.setdefault((m.start, m.end), []).append(m)
    mentions: list[Mention] = []
    for chosen in longest_non_overlapping(entity_matches):
        mention = _resolve(ctx, by_span[(chosen.start, chosen.end)])
        if mention is not None:
            mentions.append(mention)
    mentions = _disambiguate_places(ctx, mentions, by_span)
    mentions = _governorates_of_lists(ctx, mentions)
    mentions = [
        m
        for m in mentions
        if not _inside_unknown_name(ctx, m)
        and not _unidentified(ctx, m)
        and not (m.kind == "actor" and no_party_beside(ctx, m.start, m.end))
    ]
    mentions = [m for m in mentions if not _appositive_modifier(ctx, m, mentions)]
    mentions = [m for m in mentions if not _parent_before_member(ctx, m, mentions)]
    mentions = [_source_within(ctx, m, mentions) for m in mentions]
    partitives = {(c.start, c.end) for c in ctx.cues_of("partitive")}
    if partitives:
        mentions = [m for m in mentions if not _part_of_group_after(ctx, m, mentions, partitives)]
    mentions = _titles_of_others(ctx, mentions)
    mentions = _members_as_named(ctx, mentions)
    mentions = _post_holders(ctx, adjectives, mentions)
    taken = [(m.start, m.end) for m in mentions]
    for ana in _resolve_anaphors(ctx, mentions, taken):
        mentions.append(ana)
        taken.append((ana.start, ana.end))
    for group in _local_groups(ctx, mentions, taken):
        mentions.append(group)
        taken.append((group.start, group.end))
    for unit in _affiliated_units(ctx, mentions, taken):
        mentions.append(unit)
        taken.append((unit.start, unit.end))
    for short in _family_names(ctx, mentions, taken):
        mentions.append(short)
        taken.append((short.start, short.end))
    for adj in adjectives:
        if not any(s <= adj.start < e for s, e in taken) and not no_party_beside(
            ctx, adj.start, adj.end
        ):
            mentions.append(Mention(adj.start, adj.end, "adjective", adj.payload.key, "adjective"))
    mentions.sort(key=lambda m: m.start)
    described = [m for m in mentions if _ally_described(ctx, m, mentions)]
    ctx.mentions = [m for m in mentions if m not in described]
    ctx.actors = _actor_records(ctx, described)
    ctx.places = _place_records(ctx)


def _name_after_locative(m: Match) -> Match:
    """A place cue matched with the locative before it ("قرب الباب"): the name alone."""
    extra = m.payload.extra
    if m.payload.kind != "place" or not (isinstance(extra, tuple) and extra[0] == "after_locative"):
        return m
    return Match(m.end - extra[1], m.end, m.payload, m.text[len(m.text) - extra[1] :])


def _inside_unknown_name(ctx: Context, m: Mention) -> bool:
    """A place named right after the first word of a compound place name the gazetteer lacks
    ("the village of Tal Shaer", "قرية تل شعير"): part of that other place, not itself."""
    return (
        m.kind == "place"
        and _name_head(ctx.lexicon.name_heads).search(ctx.folded, max(0, m.start - 8), m.start)
        is not None
    )


def _unidentified(ctx: Context, m: Mention) -> bool:
    """A generic actor noun the text says is unknown ("مسلحون مجهولون", "unidentified gunmen"):
    it names no party."""
    if m.kind != "actor" or ctx.lexicon.actors[m.id].kind == "person":
        return False
    after = ctx.folded[m.end : m.end + 16].split(maxsplit=1)
    before = ctx.folded[max(0, m.start - 16) : m.start].split()
    return bool(
        (after and after[0].strip(".,،") in ctx.lexicon.unidentified)
        or (before and before[-1] in ctx.lexicon.unidentified)
    )


def _local_groups(
    ctx: Context, mentions: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """`فصائل داريا`, `ثوار حي الوعر`: fighters of a place are its party (actors.yaml
    `local_groups`), when no longer name holds the words."""
    return [
        Mention(c.start, c.end, "actor", c.payload.key, "local")
        for c in ctx.cues_of("local_group")
        if not any(s < c.end and c.start < e for s, e in taken)
        and _place_follows(ctx, c.end, mentions, ctx.cues)
    ]


def _affiliated_units(
    ctx: Context, mentions: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """A unit the list does not name, said to belong to a party ("مقاتلو الفرقة الساحلية الأولى،
    التابعة للجيش السوري الحر"), is that party; so is its bare head later in the text ("بحسب ما
    أعلنت الفرقة", "the brigade said"): actors.yaml `unit_heads`."""
    heads = ctx.lexicon.unit_heads
    if not heads:
        return []
    folded = ctx.folded
    actors = [m for m in mentions if m.kind == "actor"]
    out: list[Mention] = []
    party_of: dict[str, str] = {}  # the bare head ("الفرقة", "the brigade") -> the party
    for u in _unit_pattern(heads).finditer(folded):
        if any(s < u.end("name") and u.start("head") < e for s, e in taken):
            continue
        owner = [a for a in actors if u.end() <= a.start <= u.end() + 2]
        if owner:
            party = affiliation(ctx, owner[0].id)
            out.append(Mention(u.start("head"), u.end("name"), "actor", party, "member"))
            head = u.group("head").removeprefix("ال")
            party_of["ال" + head] = party_of["the " + head] = party
    if not out:
        return out
    first = out[0].start  # the bare head names the unit only after the unit is named
    for b in _BARE_UNIT.finditer(folded, first + 1):
        told = party_of.get(b.group(1))
        if told is None or any(
            s < b.end(1) and b.start(1) < e for s, e in [*taken, *((m.start, m.end) for m in out)]
        ):
            continue
        out.append(Mention(b.start(1), b.end(1), "actor", told, "anaphor"))
    return out


@functools.cache
def _unit_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![^\s«“\"])[وفبل]?(?P<head>{alternation(heads)})\s+"
        r"(?P<name>(?:[^\s،,.:«»\"]+\s+){0,3}?[^\s،,.:«»\"]+)\s*[،,]?\s*"
        r"(?:(?:ال)?(?:تابع|تابعه|التابع|التابعه)\s+ل|(?:affiliated\s+with|part\s+of|loyal\s+to)\s+)"
    )


_BARE_UNIT = re.compile(r"(?<![^\s«“\"])[وفبل]?(ال\S+|the\s+\S+)(?=[\s.,،:»\"]|$)")


@functools.cache
def _name_head(heads: frozenset[str]) -> re.Pattern[str]:
    """The first word of an unknown compound name right before a place (places.yaml
    `name_heads`): "Tal X", "Kafr X", "شارع X"."""
    return re.compile(rf"(?:^|[\s«“\"])(?:{alternation(heads)})\s+$", re.IGNORECASE)


def _members_as_named(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A member group (`«جيش العزة»`) is its umbrella (FSA) in a document that names the
    umbrella, and the umbrella's own party (SYR_OPP) in any other."""
    umbrellas = {m.id for m in mentions if m.kind == "actor" and m.via != "member"}
    return [
        m
        if m.via != "member" or m.id in umbrellas
        else Mention(m.start, m.end, m.kind, ctx.lexicon.actors[m.id].affiliation or m.id, "name")
        for m in mentions
    ]


# "near the Turkish border", "قرب الحدود التركية": a nationality that locates, no party
_ELECT = re.compile(r"-(?:elect|designate)\b")


def no_party_beside(ctx: Context, start: int, end: int) -> bool:
    """A nationality or a party with a word beside it that makes it no party (actors.yaml
    `not_parties_after`/`_before`): "the Turkish border", "U.S.-made missiles", "three Russian
    citizens", "regime media", "الحدود التركية", "صواريخ أمريكية الصنع", "مواطنين روس", "بحسب
    وسائل إعلام النظام"."""
    after, before = _beside_patterns(ctx.lexicon.not_parties_after, ctx.lexicon.not_parties_before)
    return bool(
        (after and after.match(ctx.folded, end))
        or (before and before.search(ctx.folded, max(0, start - 16), start))
    )


@functools.cache
def _beside_patterns(
    after: frozenset[str], before: frozenset[str]
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return (
        re.compile(rf"\s*(?:{alternation(after)})\b") if after else None,
        # (on the same line: "Syria truce\n\nWashington and Moscow ..." is a headline, then a party)
        re.compile(rf"(?:^|\s)[وبل]?(?:ال)?(?:{alternation(before)})[ \t]+(?:ال)?$")
        if before
        else None,
    )


# "محافظتي حلب وإدلب", "ريفي حلب وإدلب" / "Aleppo and Idlib governorates": a plural head noun makes
# every place of the list a governorate.
_PLURAL_HEAD_BEFORE = re.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:محافظتي|محافظات|ريفي|ارياف)\s+$"
    r"|(?:^|\s)(?:governorates|provinces)\s+of\s+$"  # "in the provinces of Idlib, Latakia"
)
_PLURAL_HEAD_AFTER = re.compile(r"\s+(?:governorates|provinces|countrysides)\b")
# "in Idlib market town", "an Aleppo village": an English city before a settlement noun says in
# which governorate the settlement is.
_SETTLEMENT_AFTER = re.compile(r"\s+(?:market\s+|border\s+|frontier\s+)?(?:towns?|villages?)\b")
_LIST_LINK = re.compile(r"\s*(?:[,،]\s*(?:and\s+|و)?|and\s+|و)")


# "the foreign ministers of Russia, Iran and Turkey", "وزراء خارجية روسيا وإيران وتركيا": each
# state's holder of the one post named
_MINISTERS_OF = re.compile(
    r"(?:^|\s)(?:foreign|defen[cs]e)\s+ministers\s+of\s+(?:the\s+)?$"
    r"|(?:^|\s)[وبل]?وزراء\s+(?:ال)?(?:خارجيه|دفاع)\s+$"
)


# "وزيرا الخارجية الأميركي والروسي", "الرئيسان الروسي والتركي", "the U.S. and Russian foreign
# ministers": a dual or plural post with the nationalities of its holders
_MINISTERS_BEFORE_NATIONALITIES = re.compile(
    r"(?:^|\s)[وبل]?(?:(?:وزيرا|وزيري|وزراء)\s+(?:ال)?(?:خارجيه|دفاع)|ال(?:رييسان|رييسين))\s+(?:ال)?$"
)
_MINISTERS_AFTER_NATIONALITIES = re.compile(
    r"\s+(?:(?:foreign|defen[cs]e)\s+ministers|presidents)\b"
)


def _post_holders(ctx: Context, adjectives: list[Match], mentions: list[Mention]) -> list[Mention]:
    """A list of states after a plural post ("the foreign ministers of Russia, Iran and Turkey",
    "وزراء خارجية روسيا وإيران وتركيا"), or two or more nationalities around a dual or plural
    post ("وزيرا الخارجية الأميركي والروسي", "the U.S. and Russian foreign ministers", "الرئيسان
    الروسي والتركي"), stand for the person of each state who held that post at the time (Lavrov
    for Russia in 2016), where the lexicon knows one; the others stay as they were."""
    taken = [(m.start, m.end) for m in mentions]
    states = [
        Mention(a.start, a.end, "adjective", a.payload.key, "adjective")
        for a in adjectives
        if not any(s <= a.start < e for s, e in taken)
    ] + [m for m in mentions if m.kind == "actor" and ctx.lexicon.actors[m.id].kind == "state"]
    chains: list[list[Mention]] = []
    for m in sorted(states, key=lambda m: m.start):
        if chains and _LIST_LINK.fullmatch(ctx.folded, chains[-1][-1].end, m.start):
            chains[-1].append(m)
        else:
            chains.append([m])
    when = ctx.ref_date or ctx.lexicon.default_date
    holders: dict[Mention, Mention] = {}
    for chain in chains:
        named = [m for m in chain if m.kind == "actor"]
        head = (
            _MINISTERS_OF.search(ctx.folded, max(0, named[0].start - 24), named[0].start)
            if named and named[0] is chain[0]
            else None
        )
        if head is None and len(chain) >= 2:
            head = _MINISTERS_BEFORE_NATIONALITIES.search(
                ctx.folded, max(0, chain[0].start - 24), chain[0].start
            ) or _MINISTERS_AFTER_NATIONALITIES.match(ctx.folded, chain[-1].end)
        if head is None:
            continue
        role = next(r for r, pattern in _ROLES if pattern.search(head.group().strip()))
        for m in chain:
            if (person := _holder(ctx, m.id, {role}, when)) is not None:
                holders[m] = Mention(
                    m.start, m.end, "actor", person, "title" if m.kind == "adjective" else m.via
                )
    return [holders.get(m, m) for m in mentions] + [
        h for m, h in holders.items() if m.kind == "adjective"
    ]


def _governorates_of_lists(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    places = ctx.lexicon.places
    chains: list[list[Mention]] = []
    for m in sorted((m for m in mentions if m.kind == "place"), key=lambda m: m.start):
        if chains and _LIST_LINK.fullmatch(ctx.folded, chains[-1][-1].end, m.start):
            chains[-1].append(m)
        else:
            chains.append([m])
    wider: dict[int, str] = {}
    for chain in chains:
        first, last = chain[0], chain[-1]
        listed = len(chain) >= 2 and (
            _PLURAL_HEAD_BEFORE.search(ctx.folded, max(0, first.start - 24), first.start)
            or _PLURAL_HEAD_AFTER.match(ctx.folded, last.end)
        )
        located = (
            len(chain) == 1
            and places[first.id].kind == "city"
            and _SETTLEMENT_AFTER.match(ctx.folded, first.end)
        )
        if not (listed or located):
            continue
        for m in chain:
            gov = places[m.id].admin1
            if places[m.id].kind != "governorate" and gov in places:
                wider[m.start] = gov
    if not wider:
        return mentions
    return [
        Mention(m.start, m.end, m.kind, wider[m.start], m.via)
        if m.kind == "place" and m.start in wider
        else m
        for m in mentions
    ]


def _appositive_modifier(ctx: Context, m: Mention, mentions: list[Mention]) -> bool:
    """ "Daraya, the Damascus suburb retaken by the army": the city only says which suburb the
    place before it is; what is told of the suburb is told of that place."""
    if m.kind != "place" or not _PLACE_NOUN_AFTER.match(ctx.folded, m.end):
        return False
    comma = re.search(r"[,،]\s*(?:the\s+)?$", ctx.folded[max(0, m.start - 8) : m.start])
    if comma is None:
        return False
    at = max(0, m.start - 8) + comma.start()
    return any(p.kind == "place" and at - 1 <= p.end <= at for p in mentions)


# "Russia, the main ally of the Syrian government, accused ...", "روسيا، الحليف الأبرز للنظام،":
# the apposition after a party says whose friend it is, and the friend is no party to the act
_ALLY_OPENING = re.compile(
    r"^\s*[,،]\s*(?:(?:the|a|an|its|their)\s+)?(?:(?:ال)?(?:ابرز|اكبر|اقرب|اهم)\s+)?"
    r"(?:(?:main|key|chief|closest|close|staunch|staunchest|principal|major|strongest|top|"
    r"traditional|foremost)\s+)?"
    r"(?:ally|allies|backer|backers|patron|sponsor|supporter|protector|"
    r"(?:ال)?(?:حليف|حليفه|حليفا|حليفتا|حلفاء|داعم|داعمه|داعمي|راعي|راعيه|حامي|حاميه)|"
    r"(?:which|who|that)\s+(?:backs|supports|sponsors|arms)|"
    r"(?:التي|الذي)\s+(?:تدعم|يدعم|تساند|يساند))"
    r"(?:\s+(?:ال)?(?:ابرز|اكبر|اقرب|اهم|رييسي|رييسيه|اساسي|اساسيه|اول|وثيق|وثيقه|قوي))?"
    r"(?:\s+of)?(?:\s+the)?(?:\s+\S+){0,2}?\s+(?:ل)?$"
)
_APPOSITION_CLOSED = re.compile(r"(?:\s*[^\s,،.]+){0,2}\s*[,،]")
# "Russia, Assad's closest ally, ...": the same told with the possessive
_ALLY_OWNED = re.compile(
    r"['’]s\s+(?:\S+\s+)?(?:ally|allies|backer|backers|patron|sponsor|supporter|protector)\s*,"
)


def _ally_described(ctx: Context, m: Mention, mentions: list[Mention]) -> bool:
    """A party named only as whose ally the party before it is (`_ALLY_OPENING`), in an
    apposition closed by a comma."""
    if m.kind != "actor":
        return False
    if _ALLY_OWNED.match(ctx.folded, m.end):
        return any(
            p.kind == "actor" and p.end < m.start and not ctx.folded[p.end : m.start].strip(" ,")
            for p in mentions
        )
    return _APPOSITION_CLOSED.match(ctx.folded, m.end) is not None and any(
        p.kind == "actor"
        and p.end < m.start <= p.end + 60
        and _ALLY_OPENING.match(ctx.folded[p.end : m.start]) is not None
        for p in mentions
    )


def _parent_before_member(ctx: Context, m: Mention, mentions: list[Mention]) -> bool:
    """ "the opposition High Negotiations Committee": a party named right before one of its own
    bodies only says whose body it is; the body is the one named."""
    if m.kind != "actor":
        return False
    return any(
        n.kind == "actor"
        and n.start > m.end
        and not ctx.folded[m.end : n.start].strip()
        and ctx.lexicon.actors[n.id].affiliation == m.id
        for n in mentions
        if m.end <= n.start <= m.end + 2
    )


# "مصدر عسكري في الجيش الحر", "a military source in the Free Syrian Army": an unnamed source
# (alone, the government's) said to be within another party is that party's
_SOURCE = re.compile(r"(?:ال)?(?:مصدر|مصادر)(?:\s|$)|(?:an?\s+|the\s+)?(?:military\s+)?sources?$")
_WITHIN = re.compile(r"\s+(?:في|من|داخل|in|within)\s+(?:the\s+)?[«\"“]?")


_FROM_GROUP = re.compile(r"\s+(?:من|from)\s+(?:the\s+)?[«\"“]?")


def _part_of_group_after(
    ctx: Context, m: Mention, mentions: list[Mention], partitives: set[tuple[int, int]]
) -> bool:
    """ "مجموعات إرهابية من «جبهة النصرة»", "militants from Islamic State": a generic description
    (actors.yaml `partitives`, at the spans given) of part of the group named right after
    "من"/"from" names that group only."""
    if m.kind != "actor" or (m.start, m.end) not in partitives:
        return False
    gap = _FROM_GROUP.match(ctx.folded, m.end)
    return gap is not None and any(
        n.kind == "actor"
        and n.start == gap.end()
        and n.id != m.id
        and ctx.lexicon.actors[n.id].kind == "group"
        for n in mentions
    )


def _source_within(ctx: Context, m: Mention, mentions: list[Mention]) -> Mention:
    """An unnamed source named as within another party is that party's mention."""
    if m.kind != "actor" or not _SOURCE.match(ctx.folded, m.start, m.end):
        return m
    within = next(
        (
            n
            for n in mentions
            if m.end < n.start <= m.end + 12
            and n.kind == "actor"
            and _WITHIN.fullmatch(ctx.folded, m.end, n.start)
        ),
        None,
    )
    return replace(m, id=within.id) if within else m


_PERSONAL_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def _personal_name(ctx: Context, m: Mention) -> bool:
    """An English name written as a person's ("Samantha Power", "John Kirby") under a party's
    names: its family name may name the party's speaker again."""
    written = ctx.original(m.start, m.end)
    words = written.lower().split()
    return (
        _PERSONAL_NAME.fullmatch(written) is not None
        and words[-1] not in ctx.lexicon.body_words
        and not any(c.start == m.start for c in ctx.cues_of("nationality"))
    )


def _family_names(
    ctx: Context, mentions: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "رياض حجاب" then "وقال حجاب": a person named in full is named again by the family name
    alone. Arabic names without the article, and English names of people in the lexicon."""
    folded = ctx.folded
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "actor" or m.via != "name":
            continue
        words = folded[m.start : m.end].split()
        arabic = is_arabic(words[0]) if words else False
        person = ctx.lexicon.actors[m.id].kind == "person"
        if not 2 <= len(words) <= 3 or len(words[-1]) < 4:
            continue
        if arabic and any(w.startswith("ال") or w.startswith("لل") for w in words):
            continue
        if not arabic and not person and not _personal_name(ctx, m):
            continue  # "Islamic State" then "State Department": a body's name, no person's
        if folded.find(words[-1], m.end) < 0:
            continue  # not named again (a quick test before the search below)
        family = re.escape(words[-1])
        pattern = (
            rf"(?<!\w)(?:[وفبلك](?=\w))?({family})(?!\w)" if arabic else rf"(?<!\w)({family})(?!\w)"
        )
        for found in re.finditer(pattern, folded[m.end :]):
            start, end = m.end + found.start(1), m.end + found.end(1)
            if not arabic and not ctx.original(start, end)[:1].isupper():
                continue  # "air power" is not Samantha Power
            if not any(
                s < end and start < e for s, e in [*taken, *((o.start, o.end) for o in out)]
            ):
                out.append(Mention(start, end, "actor", m.id, "name"))
    return out


def _titles_of_others(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """`الأمين العام لحزب الله`, "the secretary-general of Hezbollah": a title followed by
    another party is that party's official, not the title's usual holder (the UN's)."""
    offices = {o.start for o in ctx.cues_of("official")}
    out = []
    for m in mentions:
        nxt = next((n for n in mentions if n.start >= m.end and n.kind == "actor"), None)
        if (
            (m.via == "title" or m.start in offices)
            and nxt is not None
            and re.fullmatch(r"\s+(?:ل|of\s+(?:the\s+)?)\s*[«“\"]?", ctx.folded[m.end : nxt.start])
        ):
            continue
        out.append(m)
    return out


def _disambiguate_places(
    ctx: Context, mentions: list[Mention], by_span: dict[tuple[int, int], list[Match]]
) -> list[Mention]:
    """`صوران` is a town near Azaz and one in Hama: the one in the province the rest of the text
    is about (the governorate shared with the other places named, else the nearest to them)."""
    places = ctx.lexicon.places
    settled = [
        places[m.id]
        for m in mentions
        if m.kind == "place"
        and len({c.payload.key for c in by_span[(m.start, m.end)] if c.payload.kind == "place"})
        == 1
    ]
    out = []
    for m in mentions:
        options = list(
            dict.fromkeys(
                c.payload.key
                for c in by_span.get((m.start, m.end), [])
                if c.payload.kind == "place"
            )
        )
        if m.kind != "place" or len(options) < 2 or not settled:
            out.append(m)
            continue

        def closeness(pid: str) -> tuple[int, float]:
            p = places[pid]
            shared = sum(
                1 for o in settled if p.admin1 and (o.admin1 == p.admin1 or o.id == p.admin1)
            )
            return (-shared, min(km(p, o) for o in settled))

        best = min(options, key=closeness)
        out.append(Mention(m.start, m.end, "place", best, m.via))
    return out


_DUAL = re.compile(r"\S+(?:تان|تين)$|^(?:the two|both)\s")


_OWNER_S = re.compile(r"['’]s\s+")


_NISBA_AFTER = re.compile(r"\s+(ال[^\W\d_]{2,}(?:ي|يه))(?![^\W\d_])")


_BARE_GOVERNMENT = ("the government", "الحكومه")  # as the text is folded
_FOREIGN_STATES = ("TUR", "RUS", "IRN", "USA")
_SYRIA_AFTER = re.compile(r"\s+(?:in|of)\s+(?:damascus|syria)\b")


def _speakers_government(
    ctx: Context, cue: Match, before: list[Mention], candidates: list[str]
) -> str | None:
    """ "Syria's ambassador accused Turkey and Saudi Arabia of ..., and said the government will
    open additional corridors": "the government" in the words of the party that opens the
    sentence, and is one the anaphor may mean, is that party's own, whoever was named between."""
    sentence = ctx.sentence_of(cue.start)
    opening = next((m for m in before if m.start >= sentence.start and m.kind == "actor"), None)
    if opening is None or affiliation(ctx, opening.id) not in candidates:
        return None
    said = any(opening.end <= v.start and v.end <= cue.start for v in ctx.cues_of("speech"))
    return affiliation(ctx, opening.id) if said else None


_PRONOUN_OPENS = re.compile(r"\s*(?:he|she)\s")


def _government_of_speaker(
    ctx: Context, cue: Match, before: list[Mention], mentions: list[Mention]
) -> str | None:
    """ "Turkish Finance Minister Naci Agbal said the government would ...": in a text that tells
    nothing of Syria, a sentence that names one other state's officials means that state's
    government ("Russia urged the government to allow aid into Aleppo" means Syria's)."""
    pos = cue.start
    sentence = ctx.sentence_of(pos)
    if _SYRIA_AFTER.match(ctx.folded, cue.end) or any(
        (m.kind == "place" and ctx.lexicon.places[m.id].country == ctx.lexicon.theatre_country)
        or (m.kind == "actor" and affiliation(ctx, m.id) in ("SYR_GOV", "SYR_OPP"))
        for m in mentions
    ):
        return None
    if _PRONOUN_OPENS.match(ctx.folded, sentence.start) and not any(
        m.start >= sentence.start and m.kind in ("actor", "adjective") for m in before
    ):
        # "He said ... the government would announce new incentives": the sentence before says
        # who "he" is
        sentence = ctx.sentence_before(sentence) or sentence
    named = [
        m.id for m in before if sentence.start <= m.start < pos and m.kind in ("actor", "adjective")
    ]
    named += [
        c.payload.key
        for c in ctx.cues_of("nationality")
        if sentence.start <= c.start < pos and c.payload.key not in named
    ]
    states = {affiliation(ctx, n) for n in named}
    if len(states) == 1 and (state := states.pop()) in _FOREIGN_STATES:
        return state
    return None


def _resolve_anaphors(
    ctx: Context, mentions: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """`التنظيم` after `تنظيم داعش`, `المدينة` after `مدينة جرابلس`: the last fitting antecedent."""
    out: list[Mention] = []
    cues = [
        c
        for c in ctx.cues
        if c.payload.kind in ("anaphor", "short_form", "headed_form", "place_anaphor")
    ]
    for cue in longest_non_overlapping(cues):
        if any(s < cue.end and cue.start < e for s, e in taken):
            continue
        before = sorted((m for m in [*mentions, *out] if m.end <= cue.start), key=lambda m: m.start)
        if cue.payload.kind == "anaphor":
            candidates = cue.payload.extra
            named = [m.id for m in before if m.kind == "actor" and m.id in candidates]
            owner = [  # "Turkey's army": the army of the party named just before it
                m.id
                for m in before[-1:]
                if m.kind == "actor"
                and (
                    _OWNER_S.fullmatch(ctx.folded, m.end, cue.start)
                    # "Hezbollah militants": the party's own fighters
                    or (not is_arabic(cue.text) and ctx.folded[m.end : cue.start] == " ")
                )
            ]
            chosen = owner[0] if owner else named[-1] if named else candidates[0]
            chosen = _named_with_head(ctx, cue, before) or chosen
            if not owner and ctx.folded[cue.start : cue.end] in _BARE_GOVERNMENT:
                chosen = _speakers_government(ctx, cue, before, candidates) or chosen
            if chosen == "SYR_GOV" and ctx.folded[cue.start : cue.end] in _BARE_GOVERNMENT:
                chosen = _government_of_speaker(ctx, cue, before, mentions) or chosen
            nisba = _NISBA_AFTER.match(ctx.folded, cue.end)
            if nisba and nisba.group(1) not in ctx.lexicon.anaphor_adjectives:
                # "الجيش اللبناني", "الحزب الإسلامي التركستاني": another body, or the party
                # the adjective names ("الحكومة الروسية")
                of = [
                    c.payload.key
                    for c in ctx.cues_of("nationality")
                    if c.start == nisba.start(1) and c.end == nisba.end(1)
                ]
                if not of:
                    continue
                chosen = of[0]
            out.append(Mention(cue.start, cue.end, "actor", chosen, "anaphor"))
        elif cue.payload.kind == "headed_form":
            # "واعتبرت الوزارة" after "وجّهت وزارة الخارجية والمغتربين": the body named with its
            # head, in the last 1,500 characters
            body = _named_with_head(ctx, cue, before, floor=cue.start - 1500)
            if body:
                out.append(Mention(cue.start, cue.end, "actor", body, "anaphor"))
        elif cue.payload.kind == "short_form":
            named = [m.id for m in before if m.kind == "actor" and m.id in cue.payload.extra]
            if named:  # "الوحدات" in a football report is a club, not the YPG named before
                out.append(Mention(cue.start, cue.end, "actor", named[-1], "anaphor"))
        else:
            if re.match(r"\s+of\s", ctx.folded[cue.end : cue.end + 5]) or _place_follows(
                ctx, cue.end, [*mentions, *out], cues
            ):
                continue  # "the town of Mhardeh", "الأحياء الجنوبية للمعضمية" name their place
            kinds = cue.payload.extra
            country = ctx.lexicon.theatre_country  # "the town" is one of the theatre's towns
            fitting = [
                m
                for m in before
                if m.kind == "place"
                and ctx.lexicon.places[m.id].kind in kinds
                and ctx.lexicon.places[m.id].country == country
                # "فرّوا باتجاه مدينة جرابلس ... في الأطراف الشمالية للمدينة": where they fled to
                # is not the city the report is in
                and not _TOWARDS_BEFORE.search(ctx.folded, max(0, m.start - 16), m.start)
                # "باتجاه بلدة السخنة ومدينة دير الزور": each place of the list it goes towards
                and not _TOWARDS_LIST.search(ctx.folded, max(0, m.start - 60), m.start)
            ]
            fitting = [
                m
                for prev, m in zip([None, *fitting], fitting, strict=False)
                if not _locates(ctx, prev, m, cue.text, kinds[0])
            ]
            # "المدينة" is the last place introduced as "مدينة ..." when there is one
            headed = [m for m in fitting if _introduced_by(ctx.folded, m.start, cue.text)]
            antecedents = headed or fitting
            pair = list(dict.fromkeys(m.id for m in reversed(antecedents)))[:2][::-1]
            # "بلدتي الفوعة وكفريا ... وتحاصر قوات النظام مضايا، فيما تحاصر الفصائل البلدتين":
            # the last two named together, before any named alone since
            joined = [
                (a.id, b.id)
                for a, b in itertools.pairwise(fitting)
                if a.id != b.id and _AND_ONLY.fullmatch(ctx.folded, a.end, b.start)
            ]
            if joined and _DUAL.search(ctx.folded[cue.start : cue.end]):
                pair = list(joined[-1])
            between = re.search(
                r"(?:^|\s)(?:بين|between)\s+$", ctx.folded[max(0, cue.start - 9) : cue.start]
            )
            if between:
                continue  # "الطريق الواصل بين المدينتين": neither of them
            if len(pair) == 2 and _DUAL.search(ctx.folded[cue.start : cue.end]):
                # "البلدتان", "the two towns": the last two, one mention on each half of the word
                mid = (cue.start + cue.end) // 2
                out.append(Mention(cue.start, mid, "place", pair[0], "dual"))
                out.append(Mention(mid, cue.end, "place", pair[1], "dual"))
            elif antecedents:
                out.append(Mention(cue.start, cue.end, "place", antecedents[-1].id, "anaphor"))
    return out


_THE_ARMY = re.compile(r"the\s+(?:army|military)")
# (or its guns: "Turkish artillery also fired ..., the army said"; not "Russian forces", who fight
# beside the army that speaks)
_ARMY_HEAD = re.compile(r"\s(?:army|military|armed\s+forces|artillery|tanks)$")


def _named_with_head(
    ctx: Context, cue: Match, before: list[Mention], floor: int | None = None
) -> str | None:
    """ "قال المتحدث باسم «جيش الإسلام» إن مقاتلي الجيش صدّوا": a definite noun that is the head
    of a group named before it in its sentence (or after `floor`) is that group, not the party it
    usually is."""
    english = _THE_ARMY.fullmatch(ctx.folded, cue.start, cue.end)
    if english:
        # "the Turkish military said ... the army said in a statement": the army named last
        armies = [
            m.id
            for m in before
            if m.kind == "actor"
            and m.start >= cue.start - 600
            and _ARMY_HEAD.search(ctx.folded, m.start, m.end)
        ]
        return armies[-1] if armies else None
    word = re.fullmatch(r"ال(\S+)", ctx.folded[cue.start : cue.end])
    if word is None:
        return None
    if floor is None:
        floor = ctx.sentence_of(cue.start).start
    near = [m for m in before if m.kind == "actor" and m.start >= floor]
    # "وحدات الجيش العربي السوري تصدت لهجوم شنه «جيش الفتح» ... وأكد أن «الجيش سيواصل»": a
    # party named with the definite noun itself is the one it names again
    same = [m.id for m in near if ctx.folded.startswith(f"ال{word.group(1)} ", m.start)]
    headed = [m.id for m in near if ctx.folded.startswith(word.group(1) + " ", m.start)]
    named = same or headed
    return named[-1] if named else None


# "towards" and the settlement word a place may take after it ("باتجاه مدينة", "towards the town
# of"), right before a place, or before the last of a list of two
_TOWARDS = r"(?:^|\s)(?:باتجاه|نحو|صوب|towards?)\s+"
_SETTLEMENT_WORD = r"(?:(?:مدينه|بلده|the town of|the city of)\s+)?"
_TOWARDS_BEFORE = re.compile(rf"{_TOWARDS}{_SETTLEMENT_WORD}$")
_TOWARDS_LIST = re.compile(
    rf"{_TOWARDS}{_SETTLEMENT_WORD}[^\s،,.]+(?:\s+[^\s،,.]+)?\s+(?:و|and\s+){_SETTLEMENT_WORD}$"
)
_AND_ONLY = re.compile(r"\s*(?:و|and\s+)")
# (the word is taken whole, `++`: only its end can be followed by a space, and giving back its
# letters one by one at every word of the text was most of the search)
_QUOTED_NAME = re.compile(r"(?<!\S)([^\W\d_]++)\s+[«“\"]([^»”\"\n]{2,40})[»”\"]")


def _quoted_names(ctx: Context) -> list[Match]:
    """`فصائل «درع الفرات»`, `تنظيم «داعش»`: a name whose second part is quoted is still the
    name; the whole span, quotes included, is matched as one entity."""
    out: list[Match] = []
    for q in _QUOTED_NAME.finditer(ctx.folded):
        joined = f"{q.group(1)} {q.group(2).strip()}"
        for m in ctx.lexicon.matcher.find(joined):
            if m.start == 0 and m.end == len(joined) and m.payload.kind in ("actor", "place"):
                out.append(Match(q.start(), q.end(), m.payload, m.text))
    return out


_PLACE_HEAD = re.compile(
    r"\s+(?:(?:من|في|of|in)\s+)?(?:(?:ل|لل)?(?:مدينه|بلده|قريه|حي|مخيم|منطقه)\s+)?"
)


def _place_follows(ctx: Context, end: int, mentions: list[Mention], cues: list[Match]) -> bool:
    """Whether the next words are a place or another place anaphor, bare, with the genitive ل, with
    ب ("الأحياء الشرقية بحلب") or after a head noun ("الأحياء الجنوبية لمدينة درعا")."""
    head = _PLACE_HEAD.match(ctx.folded, end)
    if head is None:
        return False
    nxt = head.end()
    starts = [m.start for m in mentions if m.kind == "place"]
    starts += [c.start for c in cues if c.payload.kind == "place_anaphor"]
    return any(
        (
            nxt <= s <= nxt + 2 and ctx.folded[nxt:s] in ("", "ل", "لل", "ب")
        )  # "الأحياء الشرقية بحلب"
        or (end < s < nxt and not ctx.folded[end:s].strip())  # a name with its head ("حي الوعر")
        for s in starts
    )


def _locates(ctx: Context, located: Mention | None, m: Mention, anaphor: str, kind: str) -> bool:
    """Whether `m` only locates the place before it, which the anaphor fits ("مدينة التل شمال
    دمشق ... في المدينة": al-Tall, a place called a city, is the city; "Urum al-Kubra, west of
    Aleppo ... the city": a town located by the city leaves the city the anaphor's)."""
    if located is None or not 0 <= m.start - located.end <= 30:
        return False
    fits = (
        ctx.lexicon.places[located.id].kind == kind
        or _introduced_by(ctx.folded, located.start, anaphor)
        or ctx.folded.startswith(_ARTICLE.sub("", anaphor, count=1) + " ", located.start)
    )
    return fits and locator(ctx).search(ctx.folded, located.end, m.start) is not None


def locator(ctx: Context) -> re.Pattern[str]:
    """The compass words right before a place that another place locates ("northwest of",
    "غرب", "غربي": places.yaml `compass`)."""
    return _locator_pattern(ctx.lexicon.compass_en, ctx.lexicon.compass_ar)


@functools.cache
def _locator_pattern(english: frozenset[str], arabic: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:{alternation(english)})\s+of\s+$|(?:^|\s)(?:{alternation(arabic)})(?:ي)?\s+$"
    )


def _introduced_by(folded: str, start: int, anaphor: str) -> bool:
    """Whether the place at `start` follows the anaphor's head noun ("لمدينة داريا" for
    "المدينة", "the town of Zabadani" for "the town")."""
    head = _ARTICLE.sub("", anaphor, count=1)
    before = folded[max(0, start - len(head) - 8) : start]
    gap = _OF_END.search(before)
    if gap is None:
        return False
    stem = before[: gap.start()]
    return stem.endswith(head) and _CLITICS_END.search(stem, 0, len(stem) - len(head)) is not None


_ARTICLE = re.compile(r"^(?:ال|the\s+)")
_OF_END = re.compile(r"\s+(?:of\s+)?$")
_CLITICS_END = re.compile(r"(?:^|\s)[وفبلك]{0,2}$")


def _resolve(ctx: Context, candidates: list[Match]) -> Mention | None:
    first = candidates[0]
    kinds = {m.payload.kind: m for m in candidates}
    if "place" in kinds and "metonym" in kinds:
        if _after_locative(ctx, first.start) or _PLACE_NOUN_AFTER.match(ctx.folded, first.end):
            return Mention(first.start, first.end, "place", kinds["place"].payload.key, "name")
        return Mention(first.start, first.end, "actor", kinds["metonym"].payload.key, "metonym")
    if "actor" in kinds:
        return Mention(first.start, first.end, "actor", kinds["actor"].payload.key, "name")
    if "member" in kinds:
        return Mention(first.start, first.end, "actor", kinds["member"].payload.key, "member")
    if "title" in kinds:
        ids, ranges = kinds["title"].payload.extra
        when = ctx.ref_date or ctx.lexicon.default_date
        holder = ctx.lexicon.resolve_title(ids, ranges, when)
        if _ELECT.match(ctx.folded, first.end):
            return None  # "U.S. President-elect Donald Trump": not the holder at the time
        if holder and _modified_title(ctx, first):
            # نائب وزير الخارجية الروسي, the former US president: not the holder, but the party
            holder = ctx.lexicon.actors[holder].affiliation or holder
        return Mention(first.start, first.end, "actor", holder, "title") if holder else None
    if "place" in kinds:
        return Mention(first.start, first.end, "place", kinds["place"].payload.key, "name")
    if "metonym" in kinds:
        return Mention(first.start, first.end, "actor", kinds["metonym"].payload.key, "metonym")
    return None


def _modified_title(ctx: Context, title: Match) -> bool:
    for m in ctx.cues_of("title_modifier"):
        if 0 <= title.start - m.end <= 2 or 0 <= m.start - title.end <= 2:
            return True
    return False


# "a Damascus suburb", "Damascus airport": the capital named as a place, not its government
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:suburbs?|countryside|province|governorate|airport|outskirts|neighbou?rhoods?|districts?)\b"
)


# "loyal to", "allied with": the party after it is whose side the forces before it are on
ALLEGIANCE = r"(?:loyal|allied|aligned|answerable)\s+(?:to|with)\s+"
# "militias loyal to Damascus", "الميليشيات الموالية لدمشق": whose side, not where
_ALLEGIANCE_BEFORE = re.compile(
    r"(?:^|\s)(?:" + ALLEGIANCE + r"|(?:ال)?(?:موالي|موالين|موالون|مواليه|تابعه|تابع)\s+ل)$"
)  # folded: ة → ه


# "اتهامات روسية لواشنطن", "انتقادات تركية حادة لموسكو", "lashed out at Washington": the
# accused, not a place
_CHARGED = re.compile(
    r"(?:^|\s)(?:ال)?(?:اتهامات|اتهام|انتقادات|انتقاد)(?:\s+\S+){0,2}\s+ل$"
    r"|(?:^|\s)(?:lashed|lashes|lashing|hit|hits|hitting)\s+out\s+at\s+$"
)


def _after_locative(ctx: Context, start: int) -> bool:
    folded = ctx.folded
    if _ALLEGIANCE_BEFORE.search(folded, max(0, start - 24), start) or _CHARGED.search(
        folded, max(0, start - 40), start
    ):
        return False
    if start > 0 and folded[start - 1] in "بل":  # بموسكو، لموسكو
        return True
    before = re.split(r"[.!?؟\n]", folded[max(0, start - 40) : start])[-1].split()
    words = [w.strip("،,") for w in before[-2:]]  # "... in February. Moscow is": a new sentence
    if any(w in _LOCATIVE or (w[:1] in "وف" and w[1:] in _LOCATIVE) for w in words):
        return True
    # "وصل إلى دمشق": right after "إلى" only ("وأشار إلى أن موسكو ستعمل" names the party)
    if words and words[-1].removeprefix("و") in ("الي", "حتي"):
        return True
    # "زار المبعوث الأممي دمشق": the visitor named between the verb and where it went
    return any(w.removeprefix("و") in _VISITED for w in before[-4:-2])


_VISITED = {"زار", "زارت", "يزور", "تزور"}


def _actor_records(ctx: Context, described: list[Mention]) -> list[Actor]:
    """The parties named, with where: those that only describe another party count too."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in sorted([*ctx.mentions, *described], key=lambda m: m.start):
        if m.kind == "actor":
            spans.setdefault(m.id, []).append(ctx.to_original(m.start, m.end))
    out = []
    for actor_id, mentions in spans.items():
        entry = ctx.lexicon.actors[actor_id]
        out.append(
            Actor(
                id=actor_id,
                name=entry.name,
                name_ar=entry.name_ar,
                kind=entry.kind,
                affiliation=entry.affiliation,
                mentions=mentions,
            )
        )
    return out


def _place_records(ctx: Context) -> list[Place]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        if m.kind == "place":
            spans.setdefault(m.id, []).append(ctx.to_original(m.start, m.end))
    out = []
    for place_id, mentions in spans.items():
        p = ctx.lexicon.places[place_id]
        out.append(
            Place(
                id=place_id,
                name=p.name,
                name_ar=p.name_ar,
                country=p.country,
                lat=p.lat,
                lon=p.lon,
                admin1=p.admin1,
                mentions=mentions,
            )
        )
    return out


_POST = re.compile(r"(?:^|\s)(?:لدي|(?:ambassador|envoy) to(?: the)?)\s+$")


_OWN_POST_BEFORE = re.compile(r"['’]s\s+(?:deputy\s+|permanent\s+)?$")
_OWN_POST_AFTER = re.compile(r"\s+(?:ambassador|envoy|representative|delegate)\b")


def in_post(folded: str, start: int, end: int | None = None) -> bool:
    """Whether the actor named at `start` (ending at `end`) only completes someone's post
    ("المندوبة الأميركية لدى الأمم المتحدة", "ambassador to the UN", "Russia's deputy UN
    ambassador"): no party to what is said or done."""
    if _POST.search(folded[max(0, start - 20) : start]) is not None:
        return True
    return (
        end is not None
        and _OWN_POST_AFTER.match(folded, end) is not None
        and _OWN_POST_BEFORE.search(folded[max(0, start - 20) : start]) is not None
    )


_ROLES = (
    ("foreign", re.compile(r"خارجي|دبلوماسي|foreign|secretary of state|diplomat", re.I)),
    ("defence", re.compile(r"دفاع|defen[cs]e", re.I)),
    ("president", re.compile(r"^(?:ال)?ر[ئي]يس(?!\s+ال?دبلوماسي)|president", re.I)),  # or folded
)


def _roles(ctx: Context, actor_id: str, when: dt.date) -> set[str]:
    """The roles (foreign minister, defence minister, head of state) an actor held on `when`."""
    held = [t for t in ctx.lexicon.actors[actor_id].titles if t.from_ <= when <= t.to]
    return {
        role
        for t in held
        for role, pattern in _ROLES
        for spec in [*t.ar, *t.en]
        if pattern.search(spec)
    }


def is_minister(ctx: Context, actor_id: str) -> bool:
    """Whether an actor is a state, or a person who was a foreign or defence minister at the
    time ("the two ministers" are not the two presidents)."""
    entry = ctx.lexicon.actors[actor_id]
    if entry.kind != "person":
        return entry.kind == "state"
    when = ctx.ref_date or ctx.lexicon.default_date
    return bool(_roles(ctx, actor_id, when) & {"foreign", "defence"})


def counterpart(ctx: Context, owner: str, state: str) -> str:
    """`نظيره الروسي` said of Kerry: the person of `state` who held Kerry's role at the time
    (Lavrov), else the state itself."""
    if ctx.lexicon.actors[owner].kind != "person":
        return state
    when = ctx.ref_date or ctx.lexicon.default_date
    return _holder(ctx, state, _roles(ctx, owner, when), when) or state


def _holder(ctx: Context, state: str, roles: set[str], when: dt.date) -> str | None:
    """The one person of `state` who held one of `roles` on `when`, or None (no one, or several)."""
    peers = [
        a.id
        for a in ctx.lexicon.actors.values()
        if a.kind == "person" and a.affiliation == state and roles & _roles(ctx, a.id, when)
    ]
    return peers[0] if len(peers) == 1 else None


def affiliation(ctx: Context, actor_id: str) -> str:
    """The state or group an actor belongs to (itself when it is one)."""
    entry = ctx.lexicon.actors.get(actor_id)
    return entry.affiliation if entry and entry.kind == "person" and entry.affiliation else actor_id


def side(ctx: Context, actor_id: str) -> str:
    """The side an actor fights on: a person's state, and also a faction's wider group (the FSA
    fights on the opposition's), where `affiliation` keeps factions apart."""
    entry = ctx.lexicon.actors.get(actor_id)
    return entry.affiliation if entry and entry.affiliation else actor_id
