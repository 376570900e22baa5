"""Statements and their speakers: speech verbs, quotations and reported speech.

A statement is a speech verb (or a headline `name: ...`) with its quoted or reported content.
The speaker is the actor between the verb and the content (`قال لافروف إن`, `وصرّح كيري أن`),
else the actor just before the verb (`Lavrov said`), else, for a verb with nothing but a
preposition before its content (`وأضاف:`, `مضيفاً`, `وقال إن`), the previous speaker.
An unknown named speaker (`قالت وكالة رويترز إن`) yields no statement and ends the turn.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hudna.extract.context import (
    CHARGE_AFTER,
    RESUMPTIVE_AFTER,
    WORD,
    Context,
    Mention,
    title_end,
    words_between,
)
from hudna.extract.entities import affiliation, in_post
from hudna.extract.matcher import Match, longest_non_overlapping
from hudna.models import Statement
from hudna.text import is_arabic

_TOPIC_MARKER = re.compile(r"(?:^|\s)(?:و?عن|حول|بشان|on|about)\s")
_JOINS_OR_OPENS = re.compile(r"(?:[،,]|^|[.!?؟\n])\s*[وف]?(?:كما\s+)?$")
_ACCUSE_VERB = re.compile(r"[وف]?(?:اتهم|يتهم|تتهم|متهم)")
# a call on a party (دعا، حثّ، طالب، ناشد): the party addressed, then إلى / على / بـ what it should do
_CALL_VERB = re.compile(
    r"[وف]?(?:دع|يدع|تدع|داعي|حث|يحث|تحث|حاث|طالب|يطالب|تطالب|مطالب|ناشد|يناشد|تناشد|مناشد)"
)
# laying blame on a party (حمّل، محمّلاً): the party blamed, then the responsibility
_BLAME_VERB = re.compile(r"[وف]?(?:حمل|يحمل|تحمل|محمل)")
_BLAME_AFTER = re.compile(
    r"\s*(?:[«“\"][^»”\"]{0,40}[»”\"]\s*)?[«“\"]?(?:ال)?مسوولي"
)  # folded: مسؤولية is مسووليه
_RESPONSIBILITY = re.compile(r"(?:^|[\s«“\"])(?:ال)?مسوولي")
_ADDRESS_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:الي|علي)\s|\s*ب")
_ARABIC_PARTICIPLE = re.compile(r"م[^\W\d_]{3,}[اه]")  # مطالبا، داعيه، محذرا (folded)
_PUNCTUATION = re.compile(r"[،,;:\"“”«»]")
_COMMA_WAW_END = re.compile(r"[،,]\s*و$")
_AND_END = re.compile(r"(?:^|\s)and\s+$")
_IN_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|خلال)\s+$")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?ال$")
_COMMA_END = re.compile(r"[,،]\s*$")

_GAP_LIMIT = 200  # characters between a speech verb and its content
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
_ATTRIBUTION = {"بحسب", "وفق", "وفقا ل", "according to"}
_TRAIL = " \t\n،,:;.-–\"“”«»'"


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


class _Speakers:
    """Resolves the speaker phrase between a speech verb and its content.

    In order: an actor named in the phrase; a nationality adjective (`مصدر عسكري سوري`,
    `وزير الدفاع الروسي`); a name learnt earlier in the document (`وأضاف كوناشينكوف` after
    `اللواء إيغور كوناشينكوف`); an official's title with no party (`المتحدث باسم الوزارة`): the
    party the text was just speaking of. The words of a phrase resolved by the last three rules
    are learnt as names of that speaker.
    """

    def __init__(self, ctx: Context, actors: list[Mention]) -> None:
        self.ctx = ctx
        self.actors = actors
        self.nationality = ctx.cues_of("nationality")
        self.officials = ctx.cues_of("official")
        self.person_heads = ctx.cues_of("person_head")
        self.source_heads = ctx.cues_of("source_head")
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

    def in_gap(self, start: int, end: int) -> str | None:
        actor = _speaker_in_gap(self.actors, start, end)
        if actor:
            self._learn(start, end, actor)
            return actor
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


def find_statements(ctx: Context) -> None:
    folded = ctx.folded
    quotes = quote_spans(folded, ctx.lexicon.quotes)
    allusions = ctx.cues_of("allusion")  # "في إشارة إلى ...": whom a statement meant, not a new one
    verbs = [
        v
        for v in longest_non_overlapping(ctx.cues_of("speech"))
        if not any(a.start <= v.start < a.end for a in allusions)
        # "للتهدئة المعلنة", "the declared truce": a participle with the article is an adjective
        and not _ARTICLE_BEFORE.search(folded, max(0, v.start - 3), v.start)
        # "وقال رياض حجاب، في تصريحات للصحفيين، إن": where the words were said, not new words
        and not (
            v.text.startswith("تصريح") and _IN_BEFORE.search(folded, max(0, v.start - 6), v.start)
        )
        # "قذائف محمّلة بمواد سامة": loaded, not laying blame
        and not (
            _BLAME_VERB.match(v.text) and not _RESPONSIBILITY.search(folded, v.end, v.end + 80)
        )
    ]
    continuation_at = {m.start for m in ctx.cues_of("continuation")}
    complementisers = ctx.cues_of("complementiser")
    actors = _speaking_actors(ctx)
    speakers = _Speakers(ctx, actors)
    stops = [*verbs, *ctx.cues_of("turn_opener")]
    # "وقال الأسد، بحسب الرئاسة السورية، إن ...": a source between the verb and its words
    gap_stops = [v for v in stops if not (v.payload.key in _ATTRIBUTION or v.text in _ATTRIBUTION)]
    found: list[
        tuple[int, int, str, str, bool, list[str]]
    ] = []  # start, end, speaker, mode, headline, about
    previous: str | None = None

    def inside_quote(pos: int) -> tuple[int, int] | None:
        for s, e in quotes:
            if s < pos < e:
                return (s, e)
        return None

    title_end = _title_end(ctx)
    body_found = found
    headline_sink: list[tuple[int, int, str, str, bool, list[str]]] = []
    for verb in verbs:
        if inside_quote(verb.start) or _after_relative(folded, verb.start):
            continue
        # a headline's verb ("كيري ولافروف يعلنان اتفاقاً") repeats the body: it names the
        # speaker the body continues with, but is not a statement of its own
        found = headline_sink if verb.start < title_end else body_found
        sentence = ctx.sentence_of(verb.start)
        next_stop = _clause_end(folded, verb.end, sentence.end, gap_stops)
        limit = min(next_stop, verb.end + _GAP_LIMIT)
        content_start, mode, gap_end = _content_start(
            folded, verb, limit, quotes, complementisers, actors
        )
        addressee = _addressee(ctx, actors, verb, limit, continuation_at)
        called = addressee is not None and (content_start is None or addressee < content_start)
        if called and addressee is not None:
            # "دعت الخارجية الأميركية أنقرة إلى وقف القصف", "داعياً روسيا إلى «الضغط على
            # النظام»": the call runs from the party called on to the end of what it should do
            content_start, mode, gap_end = addressee, "reported", addressee
        if verb.payload.key in _ATTRIBUTION or verb.text in _ATTRIBUTION:
            if any(
                sentence.start <= v.start < verb.start and v is not verb
                for v in verbs
                if not (v.payload.key in _ATTRIBUTION or v.text in _ATTRIBUTION)
            ):
                continue  # "وقال الأسد، بحسب الرئاسة السورية، إن ...": the source of his words
            speaker = speakers.in_gap(verb.end, min(sentence.end, verb.end + 60))
            if speaker and verb.start - sentence.start > 10:
                found.append((sentence.start, verb.start, speaker, "reported", False, []))
                previous = speaker
            elif verb.start - sentence.start <= 3:
                # "وبحسب المرصد، فإن الغارات ...", "According to the Pentagon, the strikes ...":
                # the source opens the sentence, its words follow the comma
                comma = re.search(r"[،,]\s*(?:ف?[إا]ن\s+)?", folded[verb.end : sentence.end])
                source = speakers.in_gap(verb.end, verb.end + comma.start()) if comma else None
                if comma and source:
                    speaker = source
                    start, end = _trim(folded, verb.end + comma.end(), sentence.end)
                    if len(words_between(folded, start, end)) >= 3:
                        found.append((start, end, speaker, "reported", False, []))
                        previous = speaker
            continue
        if content_start is None:
            clause_end = next_stop
            content = _quote_before(folded, verb, quotes, sentence.start)
            english = not is_arabic(verb.text)
            subject = _speaker_before(
                folded, actors, verb, sentence.start, max_words=4 if english else 2
            )
            and_prefix = folded[max(sentence.start, verb.start - 6) : verb.start]
            first_actor = _first_actor(actors, sentence.start, verb)
            if english and previous and re.search(r"(?:^|\s)(?:and|but)\s+$", and_prefix):
                subject = previous  # "Lavrov said ... and accused Washington": the same speaker
            if (
                english
                and subject is None
                and _PRONOUN.search(folded[max(sentence.start, verb.start - 12) : verb.start])
            ):
                subject = previous
            if (
                english
                and subject
                and not content
                and _attribution_tail(folded, verb.end, clause_end)
            ):
                # "..., de Mistura said." : the content is what came before the attribution,
                # up to the comma that opens the speaker's phrase ("The truce is holding,
                # Russian Defence Ministry spokesman Igor Konashenkov said")
                head = [a for a in actors if sentence.start <= a.start < verb.start]
                end_at = head[-1].start if head else verb.start
                cut = folded.rfind(",", sentence.start, end_at)
                if cut > sentence.start:
                    end_at = cut
                opening = next(
                    (q for q in quotes if q[0] == sentence.start and q[1] <= end_at), None
                )
                if opening:  # '"We will not allow ...," a spokesman ... told reporters': quoted
                    start, end = _trim(folded, opening[0] + 1, opening[1])
                    mode = "direct"
                else:
                    start, end = _trim(folded, sentence.start, end_at)
                    mode = "reported"
                if len(words_between(folded, start, end)) >= 3:
                    found.append((start, end, subject, mode, False, []))
                    previous = speakers.previous = subject
                continue
            if english and not subject and verb.text.endswith("ing") and first_actor:
                speaker = subject = first_actor  # "Kirby criticised it, saying Moscow had ..."
            elif verb.start in continuation_at and previous:
                speaker, subject = previous, previous
            elif (
                not subject
                and not is_arabic(verb.text)
                and _english_subject_phrase(folded, sentence.start, verb.start)
            ):
                speaker = None
            elif (
                not subject
                and (previous or first_actor)
                and _charged_object(folded, actors, verb, clause_end)
            ):
                # "...، واتهم الولايات المتحدة بـ«دعم الإرهاب»", "ووثّقت الهيئة ...، متهمة النظام
                # بـ«استخدام الكلور»": the accused is not the speaker
                speaker = _accuser(folded, actors, verb, sentence.start, previous, named=True)
            else:
                speaker = subject or speakers.in_gap(verb.end, min(clause_end, verb.end + 60))
            if content and speaker:
                found.append((content[0], content[1], speaker, "direct", False, []))
                previous = speakers.previous = speaker
                continue
            # a nominal object as content: نفى مصدر عسكري سوري استخدام الجيش ...; Lavrov said the ...
            nominal = (
                (_after_adverbials(ctx, verb.end, clause_end), clause_end)
                if subject
                else _nominal_content(ctx, verb, clause_end)
            )
            if nominal and speaker:
                start, end = _trim(folded, *nominal)
                # "أعلن الجيش السوري انتهاء الهدنة": a construct of two Arabic nouns can be what
                # was announced
                said = words_between(folded, start, end)
                if len(said) >= 3 or (
                    len(said) == 2
                    and is_arabic(verb.text)
                    and said[1].startswith("ال")
                    and said[0][0] not in "بلفو"
                    and said[0] not in _PREPOSITIONS
                ):
                    about = _about(ctx, actors, start, end, speaker, verb, sentence.start)
                    found.append((start, end, speaker, "reported", False, about))
                    previous = speakers.previous = speaker
            continue
        gap = (verb.end, gap_end)
        continuing = verb.start in continuation_at
        english = not is_arabic(verb.text)
        subject = _speaker_before(
            folded, actors, verb, sentence.start, max_words=3 if english else 0
        )
        if (
            english
            and subject is None
            and _PRONOUN.search(folded[max(sentence.start, verb.start - 12) : verb.start])
        ):
            subject = previous  # "He said ..."
            named_openers = [
                a
                for a in actors
                if sentence.start <= a.start < verb.start
                and len(words_between(folded, sentence.start, a.start)) <= 3
            ]
            # "He accused the Assad government of ..., and said": the pronoun opening it is the
            # speaker before
            pronoun_first = re.match(r"\s*(?:he|she|they|it|we)\b", folded[sentence.start :])
            named_first = named_openers[0].id if named_openers and not pronoun_first else None
            if named_first and _AND_END.search(folded, max(0, verb.start - 6), verb.start):
                # "Putin called the killing a provocation and said ...": the subject named first
                # in the sentence, not the speaker before it
                subject = named_first
        named = _speaker_in_gap(actors, *gap) if continuing and not english else None
        # a participle (مضيفاً، داعياً) keeps the speaker; a verb (وأضاف بيسكوف) may name a new one
        participle = verb.text.startswith("م") or verb.text.endswith(("ا", "ه"))
        first_actor = _first_actor(actors, sentence.start, verb) if english else None
        clause_subject = (
            _first_actor([a for a in actors if inside_quote(a.start) is None], sentence.start, verb)
            if english
            and verb.text.endswith("ing")
            # "Government forces ..., he said, adding that": the participle goes with "said"
            and not any(sentence.start <= v.start < verb.start for v in verbs if v is not verb)
            else None
        )
        # "ورفض قائد في «حركة الزنكي» العرض الروسي، وقال إن ...": the subject of the clause the
        # verb is joined to, not the speaker of the sentence before
        joined_subject = (
            _first_actor(actors, sentence.start, verb)
            if not english
            and not participle
            and not named
            and _COMMA_WAW_END.search(folded[max(0, verb.start - 3) : verb.start])
            and not any(sentence.start <= v.start < verb.start for v in verbs if v is not verb)
            else None
        )
        if joined_subject and not subject:
            speaker = joined_subject
        elif clause_subject and not subject:
            # "In Washington, spokesman John Kirby called the move 'too little', saying ...": the
            # subject of the participle's own clause, not the speaker of the sentence before
            speaker = clause_subject
        elif continuing and previous and not (named and not participle):
            speaker = previous  # مضيفاً، داعياً واشنطن إلى: the actor after the verb is its object
        elif (
            not called
            and _charged_object(folded, actors, verb, gap[1])
            and (
                accuser := _accuser(
                    folded, actors, verb, sentence.start, previous, named=bool(named)
                )
            )
        ):
            # the accused is not the speaker: "قال لافروف ...، واتهم الولايات المتحدة بـ«العجز»"
            # (the one who spoke before); "ووثّقت الهيئة ...، متهمة النظام بـ«استخدام الكلور»"
            # (a participle: else the subject of its clause)
            speaker = accuser
        elif named:
            speaker = named  # "وأضاف بيسكوف أن ...": a new speaker named after the verb
        elif subject:
            speaker = subject  # لافروف دعا واشنطن إلى ...
        elif verb.text.endswith("ing") and first_actor:
            # "Kirby called the move 'too little', saying Moscow had ...": a participle's
            # speaker is the subject of its clause, never the actor after it
            speaker = first_actor
        elif (
            english and first_actor and _AND_END.search(folded, max(0, verb.start - 6), verb.start)
        ):
            # "Putin called the killing a provocation and said Russia would ...": the subject of
            # the verbs joined, named first
            speaker = first_actor
        elif english and _english_subject_phrase(folded, sentence.start, verb.start):
            speaker = None  # "activists in Aleppo said ...": a subject we do not know
        else:
            speaker = speakers.in_gap(*gap)
        if speaker is None and not continuing:
            speaker = _speaker_before(folded, actors, verb, sentence.start)
        if speaker is None and re.fullmatch(r"[وف]?قول(?:ه|ها|هم)", verb.text):
            # "نقلت الوكالة عن مصدر عسكري سوري قوله إن": the source quoted, named before "قوله"
            quoted_from = folded.rfind(" عن ", sentence.start, verb.start)
            if quoted_from >= 0:
                speaker = speakers.in_gap(quoted_from + 4, verb.start)
        if speaker is None:
            gap_words = words_between(folded, *gap)
            if not gap_words or gap_words[0] in _PREPOSITIONS or continuing:
                speaker = previous
            else:
                previous = None  # a speaker we do not know: the turn passes to them
                continue
        if speaker is None:
            continue
        if mode == "direct":
            q = next(q for q in quotes if q[0] == content_start)
            start, end = q[0] + 1, q[1]
            if gap_end != content_start and re.match(
                r"\s*(?:و\S|[^\W\d_])", folded[q[1] + 1 : q[1] + 4]
            ):
                # أنه “غير بناء” ويؤدي إلى ...: the quotation is part of a longer reported clause
                mode = "reported"
                start = q[0]
                end = _reported_end(folded, q[1] + 1, sentence.end, stops, [])
        else:
            start = content_start
            end = _reported_end(folded, start, sentence.end, stops, quotes)
        start, end = _trim(folded, start, end)
        if end - start < 3:
            continue
        about = _about(ctx, actors, start, end, speaker, verb, sentence.start)
        found.append((start, end, speaker, mode, False, about))
        previous = speaker
        speakers.previous = speaker
    found = body_found
    found.extend(_coordinated_complements(ctx, found, stops, quotes))
    found.extend(_headline_statements(ctx, actors))
    turns = _transcript_turns(ctx, actors)
    if turns:  # a transcript: each answer is its speaker's words, whatever verbs it holds
        found = [f for f in found if not any(t[0] <= f[0] < t[1] for t in turns)] + turns
    _emit(ctx, found)


_PRONOUN = re.compile(r"(?:^|\s)(?:he|she|they|it|and|but)\s+(?:also\s+)?$")
_RELATIVE = re.compile(r"(?:التي|الذي|اللذين|الذين|اللتين|which|who)\s+(?:\S+\s+)?$")


_TAIL = re.compile(
    r"^\s*(?:(?:reporters|journalists|a (?:news conference|briefing)|the press|delegates|by phone|"
    r"levant wire|on \w+(?: morning| evening| night)?|in [\w\s.-]{1,25}?|late \w+|overnight)\s*)*(?:[,.;]|$)"
)


def _attribution_tail(folded: str, start: int, end: int) -> bool:
    """After an English speech verb, only the audience, a day or a place before the clause ends:
    "Cook told reporters on Wednesday." ends an attribution, it does not open content."""
    return _TAIL.match(folded[start:end]) is not None


def _english_subject_phrase(folded: str, floor: int, pos: int) -> bool:
    """English puts the speaker before the verb: words (not a quote, comma or pronoun) right
    before "said" mean an unnamed subject ("activists said"), so an actor after it is not the speaker."""
    before = folded[max(floor, pos - 40) : pos].rstrip()
    if not before or before[-1] in "\"”’',:":
        return False  # "..." said Lavrov / , said Lavrov
    return _PRONOUN.search(folded[max(floor, pos - 12) : pos]) is None


def _after_relative(folded: str, pos: int) -> bool:
    """`الحملة التي أعلنها الجيش`: a speech verb in a relative clause reports no statement."""
    return _RELATIVE.search(folded[max(0, pos - 30) : pos]) is not None


def _title_end(ctx: Context) -> int:
    """End of the title line when the text starts with the document's title, else 0."""
    return title_end(ctx)


def _clause_end(folded: str, pos: int, sentence_end: int, stops: list[Match]) -> int:
    """End of the clause after `pos`: the next speech verb or turn opener, a semicolon ("the
    government says rebels polluted the spring; rebels accuse ..."), or the sentence end."""
    nxt = [m.start for m in stops if pos < m.start < sentence_end]
    semicolon = _SEMICOLON.search(folded, pos, sentence_end)
    if semicolon:
        nxt.append(semicolon.start())
    return min(nxt) if nxt else sentence_end


_SEMICOLON = re.compile(r"[;؛]")


def _after_adverbials(ctx: Context, pos: int, end: int) -> int:
    """`أعلن لافروف مساء أمس في موسكو التوصل إلى اتفاق`: past the day and the venue that open
    what was announced, where it begins."""
    folded = ctx.folded
    while True:
        start = pos + len(folded[pos:end]) - len(folded[pos:end].lstrip(" ،,"))
        day = next((d for d in ctx.dates if start <= d.start <= start + 1 and d.end <= end), None)
        at = _AT_PLACE.match(folded, start, end)
        venue = (
            next((m for m in ctx.mentions if m.kind == "place" and m.start == at.end()), None)
            if at
            else None
        )
        if day is not None:
            pos = day.end
        elif venue is not None:
            pos = venue.end
        else:
            return pos


_AT_PLACE = re.compile(r"(?:في|ب)\s*")


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
    had_actor = False
    for part in speaker_parts:
        if part.start < pos:
            continue  # inside a part already taken (the adjective of a title)
        gap = len(words_between(folded, pos, part.start))
        joined = (
            re.match(r"\s*و", folded[pos : part.start]) is not None
        )  # "كيري ونظيره الروسي لافروف"
        if gap > 2 or (had_actor and gap > 0 and not isinstance(part, Match) and not joined):
            break  # "انتقد ظريف غياب الولايات المتحدة": the second actor is in the content
        pos = max(pos, part.end)
        had_actor = had_actor or not isinstance(part, Match)
        if isinstance(part, Match) and part.payload.kind == "nationality":
            break  # "مصدر عسكري سوري": the adjective closes the speaker's noun phrase
    if pos == verb.end:
        return None
    pos += len(folded[pos:clause_end]) - len(folded[pos:clause_end].lstrip("»”\"'"))  # «جيش الفتح»
    # "أعلنت فصائل «جيش الفتح» وغرفة عمليات «فتح حلب»، مساء أمس، ...": a second party joined
    # to the speaker before the adverbial
    joined_party = _JOINED_PARTY.match(folded, pos, clause_end)
    head = joined_party.end() if joined_party else pos
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
    comma = folded.find("،", pos, clause_end)
    if comma >= 0 and len(words_between(folded, pos, comma)) <= 2 and comma < clause_end - 2:
        pos = comma + 1  # an apposition: "وزير الخارجية الروسي، سيرغي لافروف، ..."
    return pos, clause_end


_COMMA_AHEAD = re.compile(r"\s*،")
_JOINED_PARTY = re.compile(r"\s*و[^\W\d_]+(?:\s+[«\"“]?[^\W\d_]+[»\"”]?){0,3}(?=\s*،)")


def _folded_key(verb: Match) -> str:
    return verb.text


def _addressee(
    ctx: Context, actors: list[Mention], verb: Match, limit: int, continuation_at: set[int]
) -> int | None:
    """Where the party called on by an Arabic call verb (دعا، حثّ، طالب، ناشد) begins, when the
    call (إلى، على، بـ) follows it, or the party blamed (محمّلاً روسيا مسؤولية ...): the first party after a participle, a continuing verb or a
    verb whose subject came first (داعياً روسيا إلى، كيري دعا موسكو إلى); after any other verb
    the first party is the speaker and the one called on is the next (دعا كيري موسكو إلى)."""
    folded = ctx.folded
    blaming = _BLAME_VERB.match(verb.text) is not None
    if not is_arabic(verb.text) or not (blaming or _CALL_VERB.match(verb.text)):
        return None
    after = [a for a in actors if verb.end <= a.start < limit]
    if not after:
        return None
    own_subject = (
        _ARABIC_PARTICIPLE.fullmatch(verb.text) is not None
        or verb.start in continuation_at
        # "كما دعت"، "، وحثّت": joined to the clause before, whose subject it shares
        or re.search(r"(?:^|\s)[وف]?كما\s+$", folded[max(0, verb.start - 8) : verb.start])
        is not None
        or _COMMA_WAW_END.search(folded[max(0, verb.start - 3) : verb.start]) is not None
        or _speaker_before(folded, actors, verb, ctx.sentence_of(verb.start).start, 0) is not None
    )
    groups: list[list[Mention]] = []
    for a in after:
        between = folded[groups[-1][-1].end : a.start] if groups else ""
        if (
            groups
            and re.fullmatch(r"\s*(?:و|\S+\s+)?", between)
            and (
                affiliation(ctx, a.id) == affiliation(ctx, groups[-1][-1].id)
                or between.strip().startswith("و")
            )
        ):
            groups[-1].append(a)  # "وزير الخارجية الروسي سيرغي لافروف", "واشنطن وموسكو"
        else:
            groups.append([a])
    first = 0 if own_subject else 1
    if len(groups) <= first:
        return None
    called = groups[first]
    if first and len(words_between(folded, groups[0][-1].end, called[0].start)) > 1:
        return None  # the speaker's phrase ends right before the party called on
    if not own_subject and len(words_between(folded, verb.end, groups[0][0].start)) > 3:
        return None
    if own_subject and len(words_between(folded, verb.end, called[0].start)) > 1:
        return None
    if not (_BLAME_AFTER if blaming else _CALL_AFTER).match(folded, called[-1].end):
        return None
    start = called[0].start
    while start > 0 and not folded[start - 1].isspace() and folded[start - 1] not in '«“"':
        start -= 1  # "المسلحين": the word the name is part of
    return start


_CALL_AFTER = re.compile(
    r"[»\"”]?\s*(?:(?:في\s+)?الوقت\s+(?:نفسه|ذاته)\s+)?(?:الي|علي)\s|[»\"”]?\s+ب(?!عد|ين|حسب)"
)  # "وحثّت الوحدات الكردية في الوقت نفسه على"


def _content_start(
    folded: str,
    verb: Match,
    limit: int,
    quotes: list[tuple[int, int]],
    complementisers: list[Match],
    actors: list[Mention],
) -> tuple[int | None, str, int]:
    """Where the content begins after `verb`, whether it is quoted (direct) or reported, and where
    the words between verb and content (the speaker's place) end."""
    pos = verb.end
    comp = next((c for c in complementisers if verb.end <= c.start < limit), None)
    colon = folded.find(":", pos, limit)
    quote = next(
        (
            q
            for q in quotes
            if verb.end <= q[0] < limit
            and not _is_name_quote(q, actors)
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


_ENGLISH_OBJECT = re.compile(
    r"\b(?:reporters|journalists|a news conference|the press|a briefing|the council|delegates|[:,])"
)


def _is_short_name(folded: str, q: tuple[int, int], comp_at: int | None, colon: int) -> bool:
    """A quotation of three words or fewer not introduced by أن/إن or a colon names something
    (`قائد في «ألوية الفرقان»`, `نفى «قطعياً»`): it is not the content."""
    introduced = (comp_at is not None and comp_at < q[0]) or (0 <= colon < q[0])
    return not introduced and len(folded[q[0] + 1 : q[1]].split()) <= 3


def _is_name_quote(q: tuple[int, int], actors: list[Mention]) -> bool:
    """A quotation holding only a name (`“لافروف”`), as some outlets write names."""
    return any(
        q[0] < a.start and a.end <= q[1] and q[1] - q[0] - (a.end - a.start) <= 3 for a in actors
    )


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


def _charged_object(folded: str, actors: list[Mention], verb: Match, end: int) -> bool:
    """Whether the actor right after an Arabic accusation or call verb is its object, the party
    accused or called on: the charge (بـ) or the call (إلى، على) follows it, and the verb joins
    the clause before ("، واتهم", "، متهمةً", "كما دعت"), opens its sentence with no subject of
    its own ("... في كلمة متلفزة. واتهم الولايات المتحدة بـ") or opens a relative clause
    ("رسالتين اتهمت فيهما النظام التركي بـ")."""
    accusing = _ACCUSE_VERB.match(verb.text) is not None
    blaming = _BLAME_VERB.match(verb.text) is not None
    if not (accusing or blaming or _CALL_VERB.match(verb.text)) or not (
        _JOINS_OR_OPENS.search(folded[max(0, verb.start - 10) : verb.start])
        or RESUMPTIVE_AFTER.match(folded, verb.end)
    ):
        return False
    after = [a for a in actors if verb.end <= a.start < end]
    if not after:
        return False
    first = after[0]
    # "، وحثّت الوحدات الكردية في الوقت نفسه على عدم ...": the party called on; but in "ودعت
    # الخارجية الأميركية أنقرة إلى" a second party follows: the first is the subject
    charge = (CHARGE_AFTER if accusing else _BLAME_AFTER if blaming else _ADDRESS_AFTER).match(
        folded, first.end, first.end + 60
    )
    return charge is not None and (
        accusing or blaming or not any(first.end <= a.start < charge.end() for a in after[1:])
    )


def _accuser(
    folded: str,
    actors: list[Mention],
    verb: Match,
    floor: int,
    previous: str | None,
    *,
    named: bool,
) -> str | None:
    """Who makes a charge whose accused follows the verb (see `_charged_object`): in a relative
    clause ("رسالتين اتهمت فيهما النظام التركي بـ"), the sentence's subject; else the one who
    spoke before; else, when a speaker is named after the verb, the sentence's subject."""
    subject = _first_actor(actors, floor, verb)
    if subject and RESUMPTIVE_AFTER.match(folded, verb.end):
        return subject
    return previous or (subject if named else None)


def _first_actor(actors: list[Mention], floor: int, verb: Match) -> str | None:
    before = [a for a in actors if floor <= a.start and a.end <= verb.start]
    return before[0].id if before else None


# "Russia, which voted against the text, said", "John Kerry, speaking at the State Department,
# says", "Churkin, quoted by Russian agencies, says", "Iran, for its part, announced": an aside
# between the speaker and the verb
_ASIDE = re.compile(
    r"[،,]\s*(?:which|who|الذي|التي|speaking|quoted|quoting|writing|asked|addressing|visiting|"
    r"in|at|during|citing|for|من|بدوره|بدورها)\s*[^،,]{0,80}[،,]\s*"
    r"(?:on\s+\w+\s+|يوم\s+\S+\s+|امس\s+)?$"
)


def _speaker_before(
    folded: str, actors: list[Mention], verb: Match, floor: int, max_words: int = 2
) -> str | None:
    before = [a for a in actors if floor <= a.start and a.end <= verb.start]
    if not before:
        return None
    end = verb.start
    # "Russia, which voted against the text, said": the relative clause between them
    relative = _ASIDE.search(folded[floor:end])
    if relative:
        end = floor + relative.start()
        before = [a for a in before if a.end <= end]
        if not before:
            return None
    last = before[-1]
    if is_arabic(verb.text) and _POST_AND_QAD.fullmatch(folded, last.end, end):
        return last.id  # "وكان مندوب الاتحاد الروسي الدائم لدى الأمم المتحدة قد أعلن"
    if _TOPIC_FA.fullmatch(folded, last.end, end) and _AMMA_END.search(
        folded[max(floor, last.start - 8) : last.start]
    ):
        return last.id  # "أما دمشق فقد طالبت مجلس الأمن": the topic is the speaker
    between = words_between(folded, last.end, end)
    if _PUNCTUATION.search(folded[last.end : end]) and not (
        # "Russia's ambassador, Vladimir Safronkov, accused": an apposition set off by commas
        _APPOSITION_END.fullmatch(folded, last.end, end)
        and _COMMA_END.search(folded[max(floor, last.start - 3) : last.start])
    ):
        return None
    return last.id if len(between) <= max_words else None


# between a speaker and an Arabic verb: a post at a body and the pluperfect's قد
_POST_AND_QAD = re.compile(
    r"(?:\s+(?:الدايم\s+)?لدي(?:\s+[^\W\d_]+){1,2})?(?:\s+[«“\"]?[^\W\d_]+[»”\"]?)?\s+قد\s+"
)
_TOPIC_FA = re.compile(r"[»”\"]?\s*(?:فقد|فان|ف|وقد)\s*")
_AMMA_END = re.compile(r"(?:^|\s)[وف]?اما\s+[«“\"]?$")
_APPOSITION_END = re.compile(r"(?:['’]s(?:\s+[^\W\d_]+){1,3})?\s*,\s*")


def _quote_before(
    folded: str, verb: Match, quotes: list[tuple[int, int]], floor: int
) -> tuple[int, int] | None:
    """English `“...,” Lavrov said`: the quotation that ends just before the verb (or its speaker).
    An Arabic participle after it (`«...»، مطالباً الوحدات الكردية بالانسحاب`) opens new words."""
    if _ARABIC_PARTICIPLE.fullmatch(verb.text):
        return None
    if _AND_END.search(folded, max(0, verb.start - 6), verb.start):
        return None  # "accused Washington of "turning a blind eye" ..., and said Moscow would"
    limit = 1 if is_arabic(verb.text) else 4
    for s, e in reversed(quotes):
        between = folded[e : verb.start]
        if (
            floor <= e < verb.start
            and len(words_between(folded, e, verb.start)) <= limit
            and not re.search(r"فيما|بينما|في حين|while|whereas", between)
            # 'said the pause was agreed "with the Syrian side" and accused ...': a new clause
            and not re.match(r"[\s”\"’']*(?:and|but|then)\s", between)
        ):
            return s + 1, e
    return None


def _reported_end(
    folded: str, start: int, sentence_end: int, stops: list[Match], quotes: list[tuple[int, int]]
) -> int:
    """Reported content runs to the next speech verb or turn opener, a semicolon ("...؛ ويوم
    السبت، اقتحمت قوات النظام"), or to the close of a quotation that opens inside it (a
    quotation may cross a sentence break), or the sentence end."""
    end = sentence_end
    for v in sorted(stops, key=lambda m: m.start):
        if start < v.start < end and not any(s < v.start < e for s, e in quotes):
            end = v.start
            break
    for semicolon in _SEMICOLON.finditer(folded, start, end):
        if not any(s < semicolon.start() < e for s, e in quotes):
            end = semicolon.start()
            break
    for s, e in quotes:
        # a quotation crossing the end carries the content on; a quoted name inside it does
        # not end it («داعش» in "أن ... يحاصر تنظيم «داعش» الأحياء الغربية")
        if start <= s < end and e >= end:
            return e + 1
    return end


_PAIRS = {"”": "“", "»": "«", '"': '"'}


def _strip_tail(folded: str, start: int, end: int) -> int:
    while end > start and folded[end - 1] in _TRAIL:
        closing = folded[end - 1]
        if closing in _PAIRS:
            opens = folded.count(_PAIRS[closing], start, end - 1)
            closes = 0 if closing == '"' else folded.count(closing, start, end - 1)
            if (opens % 2 == 1) if closing == '"' else opens > closes:
                break  # keep a closing quotation mark whose opening mark is inside the span
        end -= 1
    return end


_TRAILING_KAMA = re.compile(r"\s*[،,]?\s+(?:[وف]?كما|and)\s*$")


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    end = _strip_tail(folded, start, end)
    # a trailing conjunction left by cutting before the next verb ("... ، و")
    if end - start > 2 and folded[end - 1] == "و" and folded[end - 2] == " ":
        end = _strip_tail(folded, start, end - 1)
    # "... وقف القصف، كما" before "دعت", "..., and" before "said": the conjunction opens the
    # next clause
    joined = _TRAILING_KAMA.search(folded, start, end)
    if joined and len(words_between(folded, start, joined.start())) >= 3:
        end = _strip_tail(folded, start, joined.start())
    while start < end and folded[start] in " \t\n،,:":
        start += 1
    # an opening quotation mark whose close is not in the span is not part of the content
    if (
        start < end
        and folded[start] in '“«"'
        and not any(c in folded[start + 1 : end] for c in '”»"')
    ):
        start += 1
    return start, end


def _about(
    ctx: Context, actors: list[Mention], start: int, end: int, speaker: str, verb: Match, floor: int
) -> list[str]:
    own = {speaker, affiliation(ctx, speaker)}
    ids: list[str] = []
    topic = [
        a
        for a in ctx.mentions
        if floor <= a.start < verb.start
        and a.kind in ("actor", "adjective")
        and _TOPIC_MARKER.search(ctx.folded[floor : a.start])
    ]
    for m in [
        *topic,
        *[a for a in ctx.mentions if start <= a.start and a.end <= end and a.kind == "actor"],
    ]:
        party = affiliation(ctx, m.id)
        if party not in own and party not in ids and ctx.lexicon.actors[party].kind != "person":
            ids.append(party)
    return ids


_AND_THAT = re.compile(r"^[\s\"”»]*[،,]?\s*(?:و(?:ان|انه|انها|انّ)|and that)\s")


def _coordinated_complements(
    ctx: Context,
    found: list[tuple[int, int, str, str, bool, list[str]]],
    stops: list[Match],
    quotes: list[tuple[int, int]],
) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """`معتبراً أنّه "..."، وأن هناك "..."`: a second complement of the same verb is a second
    statement by the same speaker."""
    folded = ctx.folded
    out: list[tuple[int, int, str, str, bool, list[str]]] = []
    for _start, end, speaker, mode, _h, _about in list(found):
        m = _AND_THAT.match(folded[end : end + 20])
        if not m or mode != "direct":
            continue  # only a quotation followed by another quoted complement: "..."، وأن "..."
        begin = end + m.end()
        sentence = ctx.sentence_of(min(begin, len(folded) - 1))
        stop = _reported_end(folded, begin, sentence.end, stops, quotes)
        s2, e2 = _trim(folded, begin, stop)
        quoted = any(s2 <= q_start < e2 for q_start, _q_end in quotes)
        if (
            quoted
            and len(words_between(folded, s2, e2)) >= 3
            and not any(s <= s2 < e for s, e, *_ in found)
        ):
            out.append((s2, e2, speaker, "reported", False, []))
    return out


def _headline_statements(
    ctx: Context, actors: list[Mention]
) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """Captions of the form `لافروف: ...` (the title's own is the body's statement told again)."""
    out: list[tuple[int, int, str, str, bool, list[str]]] = []
    folded = ctx.folded
    title_end = _title_end(ctx)
    verbs = ctx.cues_of("speech")
    for sentence in ctx.sentences:
        if sentence.start < title_end:
            continue
        head = [a for a in actors if sentence.start <= a.start < sentence.start + 3]
        stamp = _STAMP.match(folded, sentence.start, sentence.end)
        if not head and stamp:
            # a live blog's "13:05 - منسق الأمم المتحدة للشؤون الإنسانية في سوريا: ...": the
            # party its label names, up to the colon
            colon_at = folded.find(":", stamp.end(), min(sentence.end, stamp.end() + 90))
            head = [
                a
                for a in actors
                if stamp.end() <= a.start
                and a.end <= colon_at
                and len(words_between(folded, stamp.end(), a.start)) <= 2
            ]
            if head and not any(stamp.end() <= v.start < colon_at for v in verbs):
                start, end = _trim(folded, colon_at + 1, sentence.end)
                quoted = re.match(r"\s*[«“\"]([^«»“”\"]+)[»”\"]", folded[start:end])
                if quoted and (
                    quoted.group(1).rstrip()[-1:] in ".!?؟"
                    or re.match(r"\s*(?:[.!?؟]|$)", folded[start + quoted.end() : end])
                ):
                    out.append(
                        (
                            start + 1,
                            start + 1 + len(quoted.group(1)),
                            head[0].id,
                            "direct",
                            False,
                            [],
                        )
                    )
                elif end - start > 5:
                    out.append((start, end, head[0].id, "reported", False, []))
            continue
        if not head:
            continue
        colon = head[0].end
        # "دي ميستورا (كلمة افتتاحية): ...": a label between the name and its colon
        label = re.match(r"\s*\([^()\n]{1,40}\)", folded[colon : sentence.end])
        if label:
            colon += label.end()
        while colon < sentence.end and folded[colon] == " ":
            colon += 1
        if colon < sentence.end and folded[colon] == ":":
            start, end = _trim(folded, colon + 1, sentence.end)
            if end - start > 5:
                out.append((start, end, head[0].id, "direct", True, []))
    return out


_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*[-–—]\s*")
_TURN = re.compile(r"(?m)^[ \t]*(?:(?:mr|ms|mrs|dr)\.?\s+)?([^\W\d_][^\n:]{1,30}?)\s*:\s*")


def _transcript_turns(
    ctx: Context, actors: list[Mention]
) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """A transcript's turns ("MR KIRBY: ...", "QUESTION: ..."): a line opening on a label in
    capitals gives the floor to the actor it names until the next label; a question or an
    unknown speaker's turn is nobody's statement."""
    folded = ctx.folded
    labels = [
        m
        for m in _TURN.finditer(folded)
        if m.start() >= _title_end(ctx)
        and ctx.original(m.start(1), m.end(1)).isupper()
        and not is_arabic(m.group(1))
    ]
    if len(labels) < 2:
        return []
    out: list[tuple[int, int, str, str, bool, list[str]]] = []
    for i, turn in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(folded)
        speaker = next((a.id for a in actors if turn.start() <= a.start < turn.end()), None)
        if speaker is None:
            speaker = _introduced_speaker(folded, actors, turn.group(1).split()[-1])
        start, stop = _trim(folded, turn.end(), end)
        if speaker and len(words_between(folded, start, stop)) >= 3:
            out.append((start, stop, speaker, "direct", False, []))
    return out


def _introduced_speaker(folded: str, actors: list[Mention], surname: str) -> str | None:
    """The party of a speaker introduced by title earlier ("Pentagon Press Secretary Peter Cook"
    before the turns "MR. COOK: ..."): the actor named just before the name."""
    if len(surname) < 3 or surname in ("question", "q"):
        return None
    for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", folded):
        before = [a for a in actors if m.start() - 60 <= a.start and a.end <= m.start()]
        if before and not _TURN.match(folded, m.start() - 4 if m.start() >= 4 else 0):
            return before[-1].id
    return None


def _emit(ctx: Context, found: list[tuple[int, int, str, str, bool, list[str]]]) -> None:
    """Keep one statement per speech act: a headline repeating a body statement is dropped."""
    kept: list[tuple[int, int, str, str, bool, list[str]]] = []
    for item in sorted(found, key=lambda f: (f[4], f[0])):  # body statements first
        start, end, speaker, _mode, headline, _about_ids = item
        words = set(ctx.folded[start:end].split())
        duplicate = False
        for k in kept:
            if k[2] != speaker:
                continue
            other = set(ctx.folded[k[0] : k[1]].split())
            overlap = len(words & other) / max(1, min(len(words), len(other)))
            if (k[0] <= start and end <= k[1]) or (headline and overlap >= 0.6):
                duplicate = True
                break
        if not duplicate:
            kept.append(item)
    kept.sort(key=lambda f: f[0])
    # every speech act, duplicates included, still attributes the events it contains
    ctx.statement_spans = sorted((s, e, speaker) for s, e, speaker, *_ in found)
    ctx.statements = [
        Statement(
            speaker=speaker,
            text=ctx.original(s, e),
            span=ctx.to_original(s, e),
            mode=mode,  # type: ignore[arg-type]
            about=about,
        )
        for s, e, speaker, mode, _h, about in kept
    ]
