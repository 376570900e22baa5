"""Speakers: who said the words around a speech verb.

The actor named between the verb and its content (`قال لافروف إن`), resolved through `_Speakers`
when only a title, a nationality or a name learnt earlier stands there; the actor just before
the verb (`Lavrov said`, `أما دمشق فقد طالبت`), past an aside (`Russia, which voted against the
text, said`); the first actor of the clause; and which actor mentions may speak at all.
"""

from __future__ import annotations

import re

from hudna.extract.context import WORD, Context, Mention, after_dateline, word_end, words_between
from hudna.extract.entities import affiliation, in_post
from hudna.extract.matcher import Match
from hudna.text import is_arabic

_SPOKESMAN_FOR = re.compile(
    r"(?:المتحدث|الناطق|المتحدثه|الناطقه|spokes(?:man|woman|person))\s+"
    r"(?:الرسمي\s+)?(?:باسم|for|of|to)\s+(?:\S+\s+){0,2}$"
)
_PUNCTUATION = re.compile(r"[،,;:\"“”«»]")
# an adverb between "and" (or a pronoun) and the speech verb: "and afterwards said", "he later told"
_ADVERB = (
    r"(?:(?:also|later|then|afterwards|subsequently|again|separately|further|repeatedly|publicly|"
    r"earlier|previously|immediately|reportedly|recently)\s+)?"
)
_AND_END = re.compile(r"(?:^|\s)and\s+" + _ADVERB + "$")
_COMMA_END = re.compile(r"[,،]\s*$")
_COMMA_RANK_END = re.compile(
    r"[,،]\s*(?:(?:col|gen|lt|maj|brig|capt|adm|dr|mr|mrs|ms)\.?\s+"
    r"|(?:major|lieutenant|brigadier|general|colonel|captain|admiral|rear)\s+)*$"
)  # (", Maj. Gen.", ", Major General" before the name)

_PREPOSITIONS = {
    "الي",
    "في",
    "خلال",
    "عبر",
    "امام",
    "ل",
    "له",
    "لها",
    "على",
    "علي",  # على as the text is folded
    "من",  # "وحذر من أن ...": what the warning is of
    "to",
    "in",
    "at",
    "on",
    "during",
    "reporters",
    "journalists",
    "the",
    "a",
    "an",
    "press",
    "conference",
}
_PRONOUN = re.compile(
    r"(?:^|\s)(?:he|she|they|it|and|but)\s+(?:(?:has|have|had)\s+)?" + _ADVERB + "$"
)  # ("He has said", "she had repeatedly said")


_POSTED_IN = re.compile(r"(?:(?:^|\s)(?:في|لدي|الي|من|in|to|at)\s+|(?<!\S)[وف]?[بل])$")
_IN_CAPITAL = re.compile(r"\s*in\s+")
# "the ministry", "the Defence Ministry": a body named by its head noun, its field before it
_THE_END = re.compile(r"(?<!\S)the\s+(?:(?:defen[cs]e|foreign)\s+)?$")
_BODY_HEADS = frozenset({"ministry", "office", "military", "government", "centre", "center"})
_IN_SEAT = re.compile(r"\s+(?:in|from)\s+")
_COMMA_THE = re.compile(r",\s+the(?:\s+[a-z]+)?\s*")  # ", the foreign ministry"
_PHRASE_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?")  # "ministry said", "ministry spokesman said"


class _Speakers:
    """Resolves the speaker phrase between a speech verb and its content.

    In order: an actor named in the phrase; a nationality adjective (`مصدر عسكري سوري`,
    `وزير الدفاع الروسي`); a name learnt earlier in the document (`وأضاف كوناشينكوف` after
    `اللواء إيغور كوناشينكوف`); an official's title with no party (`المتحدث باسم الوزارة`): the
    party the text was just speaking of. The words of a phrase resolved by the last three rules
    are learnt as names of that speaker. An actor naming a post before its own person speaks
    through the person (`_holder_after`). `phrase_before` reads an English subject phrase with no
    actor in it ("the Russian economy ministry said", "In Moscow, the foreign ministry said").
    """

    def __init__(self, ctx: Context, actors: list[Mention]) -> None:
        self.ctx = ctx
        self.actors = actors
        self.nationality = ctx.cues_of("nationality")
        self.officials = ctx.cues_of("official")
        self.person_heads = ctx.cues_of("person_head")
        self.source_heads = ctx.cues_of("source_head")
        self.foreign = ctx.cues_of("foreign_state")
        self.non_state = ctx.cues_of("non_state_body")
        self.learnt: dict[str, str] = {}
        self.previous: str | None = None
        self.function_words = _PREPOSITIONS | {
            "باسم",
            "الوزاره",
            "في",
            "بيان",
            "امس",
            "اليوم",
            "حكومه",
        }

    def phrase_before(self, floor: int, verb: Match) -> str | None:
        """English "the Russian economy ministry said", "Turkish officials said": a subject
        phrase right before the verb, of a state's adjective and an official's head noun."""
        folded = self.ctx.folded
        head = next(
            (
                o
                for o in (*self.officials, *self.source_heads)
                if floor <= o.start and _PHRASE_GAP.fullmatch(folded, o.end, verb.start)
            ),
            None,
        )
        if head is None:
            return self._body_in_capital(floor, verb)
        nat = [
            n
            for n in self.nationality
            if floor <= n.start < head.start
            and len(words_between(folded, n.end, head.start)) <= 2
            and not re.search(r"[,;:\"”]", folded[n.end : head.start])
        ]
        if nat:
            return nat[-1].payload.key
        # "In Moscow, the foreign ministry said": the ministry of the capital the sentence opens in
        opening = _IN_CAPITAL.match(folded, floor)
        capital = opening and next(
            (c for c in self.ctx.cues_of("metonym") if c.start == opening.end()), None
        )
        if (
            capital
            and _COMMA_THE.fullmatch(folded, capital.end, head.start - 1)
            and len(words_between(folded, capital.end, head.start)) <= 2
        ):
            return capital.payload.key
        if _THE_END.search(folded, max(floor, head.start - 18), head.start):
            # "The Russian Centre for Reconciliation registered ..., the centre said": the party
            # last named by that noun; else "the ministry said", "The source said": the one that
            # spoke just before, a body after a person ("the ministry" after Lavrov) being the
            # person's state
            noun = head.text.lower()
            named = [
                a
                for a in self.actors
                if a.end <= head.start and noun in folded[a.start : a.end].split()
            ]
            if named:
                return named[-1].id
            if self.previous:
                body = noun in _BODY_HEADS
                return affiliation(self.ctx, self.previous) if body else self.previous
        return None

    def _body_in_capital(self, floor: int, verb: Match) -> str | None:
        """ "..., the ministry in Moscow stressed": a body's noun, then the capital it sits in,
        right before the verb: the capital's state."""
        folded = self.ctx.folded
        for o in self.officials:
            if floor <= o.start < verb.start and _THE_END.search(
                folded, max(floor, o.start - 6), o.start
            ):
                seat = _IN_SEAT.match(folded, o.end)
                capital = seat and next(
                    (
                        c
                        for c in self.ctx.cues_of("metonym")
                        if c.start == seat.end() and not folded[c.end : verb.start].strip()
                    ),
                    None,
                )
                if capital:
                    return capital.payload.key
        return None

    def in_gap(self, start: int, end: int) -> str | None:
        actor = _speaker_in_gap(self.actors, start, end)
        if actor:
            actor = _holder_after(self.ctx, self.actors, actor, start, end)
        if actor and self.ctx.lexicon.actors[actor].kind == "person":
            named = next(a for a in self.actors if start <= a.start and a.id == actor)
            if _through_spokesman(self.ctx, start, named.start):
                # "المتحدث باسم مكتب المبعوث الأممي", "a spokesman for de Mistura": someone
                # speaking for the person, so for the party the person serves (read here too, not
                # only in `spoken_for`, so that the turn passes to the party: "وأضاف أن ...")
                actor = affiliation(self.ctx, actor)
        if actor:
            self._learn(start, end, actor)
            return actor
        if self.unnamed_official(start, end):
            return None
        heads = [
            o
            for o in (*self.officials, *self.person_heads, *self.source_heads)
            if start <= o.start < end
        ]
        nat = (
            [n for n in self.nationality if start <= n.start and n.end <= end + 1] if heads else []
        )
        words = words_between(self.ctx.folded, start, end)
        if nat:
            speaker = nat[0].payload.key
            if any(start <= h.start < end for h in self.person_heads):
                speaker = self._recent_person(nat[0].payload.key, start) or speaker
        else:
            speaker = next((self.learnt[w] for w in words if w in self.learnt), None)
            if speaker is None and any(start <= o.start < end for o in self.officials):
                speaker = self._recent_person_or_party(start, end)
        if speaker:
            self._learn(start, end, speaker)
        return speaker

    def quoted_by_state_media(self, start: int, source: int, end: int) -> str | None:
        """ "نقلت وسائل إعلام رسمية سورية عن قائد ميداني قوله": an official with no party named,
        quoted by a state's own media (speech.yaml `state_media`, with the state's nationality
        before `source`), speaks for that state."""
        if any(source <= a.start < end for a in self.actors) or not self.official_in(source, end):
            return None
        media = [m for m in self.ctx.cues_of("state_media") if start <= m.start < source]
        if not media:
            return None
        nat = [
            n
            for n in self.nationality
            if media[0].start <= n.start < source
            and len(words_between(self.ctx.folded, media[0].end, n.start)) <= 2
        ]
        return nat[0].payload.key if nat else None

    def official_in(self, start: int, end: int) -> bool:
        """Whether an official's or a source's head noun (`وزير`, `مصدر`) starts in [start, end)."""
        return any(start <= o.start < end for o in (*self.officials, *self.source_heads))

    def unnamed_official(self, start: int, end: int) -> bool:
        """`وزير الزراعة المصري`, `المدير الفني للمنتخب السوري`: an official's head in the phrase,
        of a state that is no party or of a body that is none (speech.yaml `foreign_states`,
        `non_state_bodies`)."""
        folded = self.ctx.folded
        return self.official_in(start, end) and (
            any(
                start <= f.start < end
                # "ممثل المنظمة في القاهرة", "السفير الروسي لدى القاهرة": where the official
                # sits, not whose
                and not _POSTED_IN.search(folded, max(0, f.start - 6), f.start)
                for f in self.foreign
            )
            or any(start <= b.start < end for b in self.non_state)
        )

    def _learn(self, start: int, end: int, speaker: str) -> None:
        """Learn the names in a resolved speaker phrase: the family name of a multi-word name
        ("رياض حجاب" → حجاب) and the words after a title ("اللواء إيغور كوناشينكوف")."""
        folded = self.ctx.folded
        for m in self.ctx.mentions:
            if (
                m.kind == "actor"
                and start <= m.start < end
                and affiliation(self.ctx, m.id) == affiliation(self.ctx, speaker)
            ):
                words = WORD.findall(folded[m.start : m.end])
                if len(words) >= 2 and len(words[-1]) >= 4:
                    self.learnt.setdefault(words[-1], speaker)
        taken = [(m.start, m.end) for m in self.ctx.mentions]
        for o in self.officials:
            if not (start <= o.start < end):
                continue
            after = list(WORD.finditer(folded, o.end, min(end, o.end + 40)))[:2]
            for w in after:
                word = w.group()
                if (
                    len(word) >= 4
                    and word not in self.function_words
                    and not any(s <= w.start() < e for s, e in taken)
                ):
                    self.learnt.setdefault(word, speaker)

    def _recent_person_or_party(self, start: int, end: int) -> str | None:
        """ "الوزير" after a minister spoke: that minister; other titles: the speaker's party."""
        if self.previous and any(start <= h.start < end for h in self.person_heads):
            return self.previous
        return self._recent_party(start)

    def _recent_party(self, pos: int) -> str | None:
        """The party the text was just speaking of: the previous speaker's."""
        return affiliation(self.ctx, self.previous) if self.previous else None

    def _recent_person(self, party: str, pos: int) -> str | None:
        """`الوزير الروسي`: the last person of `party` named before `pos`."""
        for a in reversed(self.actors):
            if (
                a.start < pos
                and self.ctx.lexicon.actors[a.id].kind == "person"
                and affiliation(self.ctx, a.id) == party
            ):
                return a.id
        return None


def _english_subject_phrase(folded: str, floor: int, pos: int) -> bool:
    """English puts the speaker before the verb: words (not a quote, comma or pronoun) right
    before "said" mean an unnamed subject ("activists said"), so an actor after it is not the speaker."""
    before = folded[max(floor, pos - 40) : pos].rstrip()
    if not before or before[-1] in "\"”’',:":
        return False  # "..." said Lavrov / , said Lavrov
    return _PRONOUN.search(folded[max(floor, pos - 30) : pos]) is None


# "Russia's UN envoy Vitaly Churkin": the body of a post after a possessive party
def _speaking_actors(ctx: Context) -> list[Mention]:
    """The actor mentions that may speak: not the body of a post ("المندوبة الأميركية لدى الأمم
    المتحدة سامانثا باور", "Russia's UN ambassador" speak for their states, not the UN)."""
    return [
        m for m in ctx.mentions if m.kind == "actor" and not in_post(ctx.folded, m.start, m.end)
    ]


def _speaker_in_gap(actors: list[Mention], start: int, end: int) -> str | None:
    inside = [a for a in actors if start <= a.start and a.end <= end + 1]
    return inside[0].id if inside else None


def _holder_after(ctx: Context, actors: list[Mention], actor: str, start: int, end: int) -> str:
    """ "المبعوث الخاص للأمين العام إلى سوريا ستيفان دي ميستورا": a body naming someone's post,
    then its own person, a few words on: the person is the one speaking."""
    if ctx.lexicon.actors[actor].kind == "person":
        return actor
    first = next(a for a in actors if start <= a.start and a.id == actor)
    person = next(
        (
            a
            for a in actors
            if first.end <= a.start <= end
            and ctx.lexicon.actors[a.id].kind == "person"
            and affiliation(ctx, a.id) == actor
            and len(words_between(ctx.folded, first.end, a.start)) <= 4
            and not re.search(r"[،,.:]", ctx.folded[first.end : a.start])
        ),
        None,
    )
    return person.id if person else actor


def spoken_for(ctx: Context, speaker: str, start: int, end: int) -> str:
    """ "A spokesman for President Recep Tayyip Erdogan said ...": words whose speaker is a person
    named in their sentence after "spokesman for" are said through someone, so for the party the
    person serves."""
    if ctx.lexicon.actors[speaker].kind != "person":
        return speaker
    sentence = ctx.sentence_of(start)
    named = [
        m
        for m in ctx.mentions_in(sentence.start, sentence.end, "actor")
        if m.id == speaker and not start <= m.start < end
    ]
    if named and all(_through_spokesman(ctx, sentence.start, m.start) for m in named):
        return affiliation(ctx, speaker)
    return speaker


def _through_spokesman(ctx: Context, floor: int, start: int) -> bool:
    """Whether a person named at `start` follows "spokesman for" (not before `floor`)."""
    return _SPOKESMAN_FOR.search(ctx.folded, max(floor, start - 40), start) is not None


def _first_actor(actors: list[Mention], floor: int, verb: Match) -> str | None:
    before = [a for a in actors if floor <= a.start and a.end <= verb.start]
    return before[0].id if before else None


def _sentence_subject(
    ctx: Context, actors: list[Mention], own_start: int, verb: Match
) -> str | None:
    """The party an English sentence opens with (its person: "US Secretary of State John
    Kerry"), unless a pronoun or an opening phrase comes first ("After talks with Lavrov, Kerry";
    "In Geneva, UN envoy Staffan de Mistura" is fine: the phrase is closed by its comma)."""
    folded = ctx.folded
    opener = [a for a in actors if own_start <= a.start < verb.start]
    if (
        not opener
        or len(words_between(folded, own_start, opener[0].start)) > 3
        or re.match(r"\s*(?:he|she|they|it|we)\b", folded[own_start:])
        or re.search(
            r"\b(?:in|after|with|for|to|by|on|at|from|of|during|before|as|like|unlike)\b",
            folded[own_start : opener[0].start].rsplit(",", 1)[-1],
        )
    ):
        return None
    phrase = [opener[0]]
    for a in opener[1:]:
        if len(words_between(folded, phrase[-1].end, a.start)) > 4 or re.search(
            r"[,،.;]", folded[phrase[-1].end : a.start]
        ):
            break
        phrase.append(a)
    people = [a for a in phrase if ctx.lexicon.actors[a.id].kind == "person"]
    return (people or phrase)[0].id


# "Russia, which voted against the text, said", "John Kerry, speaking at the State Department,
# says", "Churkin, quoted by Russian agencies, says", "Iran, for its part, announced": an aside
# between the speaker and the verb
_POST_OF = re.compile(
    r"[،,]\s*(?:the\s+)?(?:\S+\s+)?(?:leader|head|chief|spokes(?:man|woman|person)|commander|co-chair|"
    r"co-leader|coordinator|adviser|advisor|"
    r"director|representative|envoy|member|official)\s+(?:of|for|at)\s"
)
_ASIDE = re.compile(
    r"[،,]\s*(?:which|who|الذي|التي|speaking|quoted|quoting|writing|asked|addressing|visiting|meeting|receiving|hosting|meanwhile|however|"
    r"in|at|during|citing|for|the|leader|head|chief|spokes\w+|commander|one\s+of\b|an?\b|من|بدوره|"
    r"part\s+of\b|members?\s+of\b|"  # "The Manbij Military Council, part of the SDF alliance, said"
    # "Riad Hijab, general coordinator of the High Negotiations Committee, said"
    r"(?:general|senior|chief|top|former|special|main|lead|military|political)\s+"
    r"(?:coordinator|leader|head|commander|adviser|advisor|envoy|negotiator|spokes\w+)|"
    r"coordinator|co-leader|co-chair|deputy|adviser|advisor|envoy|his|her|its|"
    r"briefing|talking|testifying|appearing|responding|answering|commenting|"
    r"بدورها)\s*"
    # "..., which includes the former Nusra Front, now called Jabhat Fateh al-Sham, said": a
    # relative clause may take a second apposition of its own
    r"[^،,]{0,120}(?:[،,]\s*(?:now|formerly|then|also)\s[^،,]{0,40})?[،,]\s*"
    r"(?:on\s+\w+\s+|يوم\s+\S+\s+|امس\s+)?(?:has\s+|have\s+|had\s+)?"
    # "أما نائب الرئيس الأميركي جو بايدن، الذي وصل إلى أنقرة أمس، فقال": the topic's fa'
    r"(?:فقد\s+|ف)?$"
)


def _speaker_before(
    folded: str, actors: list[Mention], verb: Match, floor: int, max_words: int = 2
) -> str | None:
    floor = after_dateline(folded, floor)  # "واشنطن - أعرب كيري": the city is no speaker
    before = [a for a in actors if floor <= a.start and a.end <= verb.start]
    if not before:
        return None
    end = verb.start
    # "Russia, which voted against the text, said": the relative clause between them
    relative = _ASIDE.search(folded[floor:end])
    if relative:
        aside = [a for a in before if a.start >= floor + relative.start()]
        if (
            len(aside) == 1
            and not is_arabic(verb.text)
            and _THE_NAME_ASIDE.fullmatch(folded, floor + relative.start(), aside[0].start)
            and _COMMA_ONLY.fullmatch(folded, aside[0].end, verb.start)
        ):
            # "Syria's main opposition bloc, the High Negotiations Committee, said": the name in
            # apposition is the speaker the description before it stands for
            return aside[0].id
        end = floor + relative.start()
        before = [a for a in before if a.end <= end]
        if not before:
            # "Salih Muslim, leader of the Syrian Kurdish PYD, warned": a person the lexicon does
            # not know, named by his post in a party
            posted = _POST_OF.match(folded, end)
            return aside[0].id if posted and aside else None
    last = before[-1]
    if is_arabic(verb.text) and _POST_AND_QAD.fullmatch(folded, last.end, end):
        return last.id  # "وكان مندوب الاتحاد الروسي الدائم لدى الأمم المتحدة قد أعلن"
    if is_arabic(verb.text) and _FOR_HIS_PART.fullmatch(folded, last.end, end):
        return last.id  # "ولافروف من جهته قال", "والجعفري بدوره أكد"
    if _TOPIC_FA.fullmatch(folded, last.end, end) and _AMMA_END.search(
        folded[max(floor, last.start - 8) : last.start]
    ):
        return last.id  # "أما دمشق فقد طالبت مجلس الأمن": the topic is the speaker
    if (
        is_arabic(verb.text)
        and _AMMA_SPOKESMAN_END.search(folded[max(floor, last.start - 30) : last.start])
        and _NAMED_THEN_FA.fullmatch(folded, last.end, end)
        and (verb.text.startswith("ف") or folded[last.end : end].rstrip().endswith("ف"))
    ):
        return last.id  # "أما المتحدث باسم التحالف الكولونيل كريس غارفر فأكد": whose spokesman
    if not is_arabic(verb.text) and _POSTED_AT.fullmatch(folded, last.end, end):
        return last.id  # "A Free Syrian Army commander in Hama province tells": posted there
    if not is_arabic(verb.text) and _QUOTED_BY.fullmatch(folded, last.end, end):
        return last.id  # "A Syrian military source quoted by the state news agency says"
    between = words_between(folded, last.end, end)
    if (
        not is_arabic(verb.text)
        and (
            # "Russia's reconciliation centre at the Hmeymim air base said": the party's body
            _OWNED_BODY.fullmatch(folded, last.end, end)
            # "Opposition negotiator Mohammed Alloush, of the High Negotiations Committee, said"
            or (
                _COMMA_ONLY.fullmatch(folded, last.end, end)
                and _OF_ASIDE.search(folded[max(floor, last.start - 12) : last.start])
            )
        )
    ):
        return last.id
    if not is_arabic(verb.text) and _UNKNOWN_NAME_APPOSED.fullmatch(folded, last.end, end):
        # "A spokesman for the Levant Front rebel group, Abu Bakr al-Halabi, denied": a person
        # the lexicon does not know, in apposition to his party's post
        return last.id
    if (
        _PUNCTUATION.search(folded[last.end : end])
        and not (
            # "Russia's ambassador, Vladimir Safronkov, accused": an apposition set off by commas
            _APPOSITION_END.fullmatch(folded, last.end, end)
            # ", Col. John Dorrian, said": a rank may stand between the comma and the name
            and _COMMA_RANK_END.search(folded[max(floor, last.start - 24) : last.start])
        )
    ):
        return None
    return last.id if len(between) <= max_words else None


# "تصريحات أردوغان الثلاثاء الماضي، التي قال فيها إن": the words' owner speaks in the relative
_RELATIVE_BEFORE = re.compile(r"[،,]?\s*(?:التي|الذي|اللتين|اللذين|التي\s+كان)\s+$")
_IN_IT_AFTER = re.compile(r"\s*(?:فيهما|فيها|فيه|خلالهما|خلالها|خلاله)(?:\s|$)")


def said_in_it(folded: str, verb: Match) -> re.Match[str] | None:
    """The relative pronoun before a speech verb said "in" the noun it follows ("تصريحات ...، التي
    قال فيها إن", "في كلمته التي أكد فيها"): words of their own, not a relative naming its object."""
    rel = _RELATIVE_BEFORE.search(folded, max(0, verb.start - 14), verb.start)
    return rel if rel and _IN_IT_AFTER.match(folded, word_end(folded, verb.end)) else None


def relative_owner(folded: str, actors: list[Mention], verb: Match, floor: int) -> str | None:
    """Who speaks in a relative clause said "in" a noun: the party named last within a few words
    before the relative pronoun ("تصريحات أردوغان الثلاثاء الماضي، التي قال فيها")."""
    rel = said_in_it(folded, verb)
    if rel is None or rel.start() < floor:
        return None
    before = [a for a in actors if floor <= a.start and a.end <= rel.start()]
    if not before or len(words_between(folded, before[-1].end, rel.start())) > 3:
        return None
    return before[-1].id


# between a party and an English verb: its official posted somewhere ("commander in Hama province")
_QUOTED_BY = re.compile(
    r"\s+quoted\s+by\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:agency|media|television|tv|newspaper|daily|outlet|channel|radio|website)\s+"
)
_POSTED_AT = re.compile(
    r"\s+(?:commander|official|spokesman|spokeswoman|source|leader|chief)s?\s+(?:in|at|from)"
    r"(?:\s+[a-z'-]+){1,3}?(?:\s+(?:province|countryside|city))?\s+"
)
# between a speaker and an Arabic verb: a post at a body and the pluperfect's قد
_POST_AND_QAD = re.compile(
    r"(?:\s+(?:الدايم\s+)?لدي(?:\s+[^\W\d_]+){1,2})?(?:\s+[«“\"]?[^\W\d_]+[»”\"]?)?\s+قد\s+"
)
_FOR_HIS_PART = re.compile(
    r"\s*[،,]?\s*(?:من\s+جهت|من\s+ناحيت|بدور|هو\s+الاخر|هي\s+الاخري)(?:ه|ها|هم)?\s*[،,]?\s*"
    r"(?:فقد\s+|قد\s+)?"
)
# "أما دمشق فقد طالبت", "أما قوات سوريا الديمقراطية، فقال"
_TOPIC_FA = re.compile(r"[»”\"]?\s*[،,]?\s*(?:فقد|فان|ف|وقد)\s*")
_AMMA_SPOKESMAN_END = re.compile(
    r"(?:^|\s)[وف]?اما\s+(?:المتحدث|الناطق|المتحدثه|الناطقه)\s+(?:الرسمي\s+)?باسم\s+[«“\"]?$"
)
_NAMED_THEN_FA = re.compile(r"[»”\"]?(?:\s+[^\W\d_]+){0,4}\s*[،,]?\s*(?:فقد\s+|ف)?")
_AMMA_END = re.compile(r"(?:^|\s)[وف]?اما\s+[«“\"]?$")
_OWNED_BODY = re.compile(
    r"['’]s(?:\s+[^\W\d_-]+){1,4}(?:\s+(?:at|in)(?:\s+[^\W\d_-]+){1,4})?\s+"
    # (or a body named whole, at its seat: "Russia's reconciliation centre at the Hmeimim air base")
    r"|\s+at\s+(?:the\s+)?(?:[^\W\d_-]+\s+){0,2}(?:air\s+base|airbase|base|airport)\s+"
)
_COMMA_ONLY = re.compile(r"\s*,\s*")
_THE_NAME_ASIDE = re.compile(r",\s*the\s+")
_OF_ASIDE = re.compile(r",\s*of\s+(?:the\s+)?$")
# a word of a name, or of an aside of the same length ("carried by state media"): no article or
# particle, no verb in -ing ("played down the loss")
_NAME_WORD = (
    r"(?!(?:the|a|an|of|to|in|on|at|for|with|and|or|that|which|who|down|up|out)\b)"
    r"(?![\w'’.-]*ing\b)[^\W\d_][\w'’.-]*"
)
_UNKNOWN_NAME_APPOSED = re.compile(
    r"(?:\s+(?:rebel|militant|armed|opposition)?\s*(?:group|alliance|faction|brigade|movement|militia)"
    # "UNESCO's director-general, Irina Bokova, said": the post, then the name
    r"|['’]s\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})?"
    rf"\s*,\s*(?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}\s*,\s*"
)
_APPOSITION_END = re.compile(r"(?:['’]s(?:\s+[^\W\d_]+){1,3})?\s*,\s*")


def unnamed_after(ctx: Context, verb: Match) -> bool:
    """An Arabic verb whose subject, right after it, is someone unnamed (`ناشطون`, `سكان`)."""
    return any(
        not ctx.folded[word_end(ctx.folded, verb.end) : u.start].strip()
        for u in ctx.cues_of("unnamed_speaker")
        if verb.end <= u.start < verb.end + 20
    )
