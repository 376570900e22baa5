"""What the phases of `_participants` share: actors grouped by coordination, the marker
before a party, nationalities joined to a party, and the words of a gap that are neither dates
nor numbers."""

from __future__ import annotations

import re

from hudna.extract.context import WORD, Context, Mention, words_between
from hudna.extract.entities import ALLEGIANCE, affiliation
from hudna.extract.events.common import _COORD_ACTORS, HELD_BY, _at, _Candidate
from hudna.extract.matcher import Match
from hudna.text import is_arabic

# "الروسي والسوري", "روسية أو سورية", "طائرات روسية وأخرى سورية", "the government and its Russian ally"
_AND_ARTICLE = re.compile(r"\s*(?:و|and|او|or)\s*(?:ال|(?:its|their)\s+|(?:اخري|اخر)\s+)?")
_AND_OR_COMMA = re.compile(r"\s*(?:and|or|,)\s*")
_ON_OBJECT = re.compile(r"(?:^|\s)(?:علي|ضد|on|against)\s")  # folded: على is علي

_SPACES = re.compile(r"\s*")
_PUNCT = re.compile(r"[،,.:؛;«»\"“”]")


def _groups(
    ctx: Context, mentions: list[Mention], verb_object: bool = False
) -> list[list[Mention]]:
    """Coordinated actors (`قوات النظام وحزب الله`, `Russian and Syrian jets`) grouped together;
    with `verb_object`, two parties side by side with nothing joining them after an Arabic act
    verb are its subject and its object ("يستهدف فيها التحالف قوات النظام")."""
    groups: list[list[Mention]] = []
    for m in mentions:
        gap = ctx.folded[groups[-1][-1].end : m.start] if groups else ""
        if (
            groups
            # "YPG fighters and government forces": the fighters' noun between
            and (
                _COORD_ACTORS.match(gap)
                or _at(ctx, "party_nouns").match(gap)
                # "وحدات حماية الشعب من جهة، والحكومة السورية من جهة أخرى"
                or _at(ctx, "one_side").fullmatch(gap)
            )
            and not _at(ctx, "w_nouns").search(gap)
            # (a title and its holder's name are one party)
            and not (
                verb_object
                and not gap.strip()
                and is_arabic(ctx.folded[m.start : m.end])
                and affiliation(ctx, m.id) != affiliation(ctx, groups[-1][-1].id)
            )
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


# "by forces loyal to President ...": the words between the marker and the party
_ALLEGIANCE = re.compile(
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?" + ALLEGIANCE + r"(?:the\s+)?(?:president\s+)?$"
)


def _marker_before(ctx: Context, start: int, end: int) -> str | None:
    """'target' or 'agent' when a marker stands within two words before `end` (after `start`)."""
    found = None
    for m in ctx.cues_of("target_marker", "agent_marker"):
        kind = m.payload.kind
        if (
            kind in ("target_marker", "agent_marker")
            and start <= m.start
            and m.end <= end
            # "غارات على ١١ هدفاً للتنظيم": the ل of the party is no word of its own
            and len([w for w in words_between(ctx.folded, m.end, end) if w not in ("ل", "لل")])
            # "air strikes by what they describe as Russian jets": a hedge is no party's word;
            # "besieged by forces loyal to President Bashar al-Assad": nor is an allegiance
            <= (
                5
                if _at(ctx, "hedges").search(ctx.folded, m.end, end)
                or _ALLEGIANCE.match(ctx.folded, m.end, end)
                # "الطوق على ما تبقى من المجموعات المسلحة": what remains of them is them
                or _at(ctx, "remnant_of").match(ctx.folded, m.end, end)
                else 2
            )
        ):
            taken_from = m.text in ("from", "من") and _at(ctx, "capture").search(
                ctx.folded[max(0, start - 25) : start]
            )  # "recaptured the ancient city of Palmyra from government forces": who lost it
            if m.text in ("من", "from") and _at(ctx, "remnant_of").search(
                ctx.folded, max(start, m.start - 14), m.end
            ):
                continue  # "ما تبقى من المجموعات": a part of them, no source
            if m.text in ("من", "from") and (
                (len(words_between(ctx.folded, start, m.start)) > 3 and not taken_from)
                or _at(ctx, "consent").search(ctx.folded, max(start, m.start - 12), m.start)
                or ctx.folded.startswith("نوع", m.end + 1)  # "من نوعه": of its kind
            ):
                continue  # "من" names the source only right after the act, not "بلا موافقة من"
            found = "target" if kind == "target_marker" else "agent"
            if (
                kind == "target_marker"
                and _at(ctx, "fired_from").search(ctx.folded, max(start, m.start - 10), m.start)
                and not _at(ctx, "held_areas").match(ctx.folded, m.start)
            ):
                found = "agent"  # "مصدره حاجز لقوات النظام": the post the fire came from
            if m.text == "by" and re.search(
                r"(?:^|\s)(?:held|controlled|occupied|manned|run)\s+$",
                ctx.folded[max(0, m.start - 12) : m.start],
            ):
                found = "target"  # "pounded positions held by the Kurdish YPG": whose they are
            if m.text in ("from", "من") and _at(ctx, "capture").search(
                ctx.folded[max(0, start - 25) : m.start]
            ):
                found = "target"  # "seized from rebels", "انتزعته الوحدات من المعارضة": who lost it
    tail = ctx.folded[max(start, end - 20) : end]
    if _at(ctx, "belonging").search(tail):
        # "طائرات تابعة للنظام" are the regime's; "مواقع قالت أنقرة إنها تابعة للوحدات" are hit
        # "سيطرتها على كليات المدفعية التابعة لقوات النظام": the object the act is on is theirs
        found = (
            "target"
            if _at(ctx, "positions").search(ctx.folded, start, end)
            or _ON_OBJECT.search(ctx.folded, max(0, start - 5), end)
            else "agent"
        )
    elif _at(ctx, "fired_from").search(tail):
        found = "agent"
    if _at(ctx, "backing").search(tail):
        found = "backer"  # "فصائل درع الفرات المدعومة من الجيش التركي": a backer, not a fighter
    return found


def _coordinated_nationalities(
    ctx: Context, adjectives: list[Mention], cand: _Candidate, *, with_actors: bool = True
) -> list[Mention]:
    """`الطيران الروسي والسوري`: a nationality joined by و to an adjective is one too, and so is
    one joined to such a nationality ("Russian, Turkish and Iranian foreign ministers")."""
    out: list[Mention] = []
    nationals = (
        [m for m in ctx.mentions if m.kind == "actor" and cand.lo <= m.start < cand.hi]
        if with_actors
        else []
    )
    starts = ctx.once("actor starts", lambda: {m.start for m in ctx.mentions if m.kind == "actor"})
    pending = [n for n in ctx.cues_of("nationality") if cand.lo <= n.start < cand.hi]
    while joined := [
        n for n in pending if _joined_nationality(ctx, n, [*adjectives, *nationals, *out], starts)
    ]:
        out += [Mention(n.start, n.end, "adjective", n.payload.key, "adjective") for n in joined]
        pending = [n for n in pending if n not in joined]
    return sorted(out, key=lambda m: m.start)


def _joined_nationality(
    ctx: Context, nat: Match, adjectives: list[Mention], starts: set[int]
) -> bool:
    """Whether the nationality `nat` is joined by و, "and" or a comma to one of `adjectives`."""
    spaces = _SPACES.match(ctx.folded, nat.end)
    if spaces is not None and spaces.end() in starts:
        return False  # "Turkish troops and Syrian rebels": the nationality of the rebels
    if HELD_BY.match(ctx.folded, nat.end):
        return False  # "Kurdish fighters and Turkish-backed rebels": the rebels' sponsor
    for adj in adjectives:  # الطيران الحربي الروسي والسوري
        if adj.kind == "actor" and nat.start in starts:
            continue  # "Rebels and government forces clashed": a word of a party's name
        if (
            (adj.end <= nat.start and _AND_ARTICLE.fullmatch(ctx.folded[adj.end : nat.start]))
            or (  # "Syrian and Russian warplanes"
                nat.end <= adj.start and _AND_OR_COMMA.fullmatch(ctx.folded[nat.end : adj.start])
            )
        ):
            return True
    return False


def _undated_words(ctx: Context, start: int, end: int) -> list[str]:
    """The words between `start` and `end` that are neither a date expression nor a number."""
    dated = [(d.start, d.end) for d in ctx.dates if start <= d.start and d.end <= end]
    return [
        m.group()
        for m in WORD.finditer(ctx.folded, start, end)
        if not m.group().isdigit() and not any(s <= m.start() < e for s, e in dated)
    ]
