"""Speech verbs followed by what marks their words (a complementiser, a colon, a quotation or a
party called on): who said them, among the subject before the verb, the speaker continuing
(`مضيفاً`), the clause's own subject, the accuser of a charge and the actor named after the verb;
and the span, a quotation or reported content to the end of its clause."""

from __future__ import annotations

import re

from hudna.extract.context import WORD, Context, Mention, Sentence, word_end, words_between
from hudna.extract.matcher import Match
from hudna.extract.statements.about import _about
from hudna.extract.statements.calls import (
    _COMMA_WAW_END,
    _accuser,
    _charged_object,
    _is_charge,
    _opening_subject,
    _participle_after_comma,
)
from hudna.extract.statements.content import _inside_quote
from hudna.extract.statements.ends import _before_next_speaker, _reported_end, _trim
from hudna.extract.statements.speakers import (
    _AND_END,
    _IN_IT_AFTER,
    _PREPOSITIONS,
    _PRONOUN,
    _english_subject_phrase,
    _first_actor,
    _holder_after,
    _speaker_before,
    _speaker_in_gap,
    _Speakers,
    relative_owner,
    said_in_it,
    unnamed_after,
)
from hudna.extract.statements.unmarked import _past_audience
from hudna.text import is_arabic

_KANA_QAD = re.compile(r"\s*[وف]?(?:كان|كانت|كانوا)\s+([^،,.«»\"]{3,80}?)\s+قد\s+")
_FEMININE_PAST = re.compile(r"[وف]?(?:قالت|اعلنت|اكدت|ذكرت|اوضحت|افادت)")


def _outside_quotes(actors: list[Mention], quotes: list[tuple[int, int]]) -> list[Mention]:
    """The parties not named inside a quotation."""
    return [a for a in actors if _inside_quote(quotes, a.start) is None]


def _subject_outside_quotes(
    actors: list[Mention], quotes: list[tuple[int, int]], sentence: Sentence, verb: Match
) -> str | None:
    """The first party of the sentence before `verb`, not one named inside a quotation."""
    return _first_actor(_outside_quotes(actors, quotes), sentence.start, verb)


def _said_before(
    ctx: Context, sentence: Sentence, verb: Match, quotes: list[tuple[int, int]]
) -> bool:
    """Whether a speech verb before `verb` in its sentence said words: a complementiser, a colon
    or a quotation follows it ("ورحب المدير العام لليونسكو باستعادة المدينة، معلناً أن" has
    none; a quotation right after "بـ" names what was praised, "أشاد بـ«الانتصار»")."""
    folded = ctx.folded
    return any(
        sentence.start <= v.start < verb.start
        and (
            any(v.end <= c.start < verb.start for c in ctx.cues_of("complementiser"))
            or ":" in folded[v.end : verb.start]
            or any(v.end <= q[0] < verb.start and folded[q[0] - 1] != "ب" for q in quotes)
        )
        for v in ctx.cues_of("speech")
    )


_FRONTED = re.compile(r"\s*[وف]?(?:في|خلال|عقب|بعد|اثر|لدي|اثناء)\s")  # a phrase before the clause
_AMMA_OPENS = re.compile(r"\s*[وف]?اما\s+[«“\"]?")


def _amma_topic(ctx: Context, actors: list[Mention], sentence: Sentence, verb: Match) -> str | None:
    """The party a sentence opening with "أما" is about, named right after it (before `verb`)."""
    opens = _AMMA_OPENS.match(ctx.folded, sentence.start)
    if opens is None:
        return None
    return next((a.id for a in actors if a.start == opens.end() and a.end <= verb.start), None)


def _marked(
    ctx: Context,
    verb: Match,
    sentence: Sentence,
    content_start: int,
    mode: str,
    gap_end: int,
    called: bool,
    quotes: list[tuple[int, int]],
    actors: list[Mention],
    verbs: list[Match],
    stops: list[Match],
    speakers: _Speakers,
    continuation_at: set[int],
    found: list[tuple[int, int, str, str, bool, list[str]]],
    previous: str | None,
) -> str | None:
    """The statement of a speech verb whose content starts at `content_start`, added to `found`;
    returns the speaker the text continues with."""
    folded = ctx.folded
    gap = (verb.end, gap_end)
    # "دانت الخارجية ما وصفته بـ«...»": what the subject called it, in a relative of its own
    continuing = verb.start in continuation_at or (
        _WHAT_BEFORE.search(folded, max(0, verb.start - 5), verb.start) is not None
        and previous is not None
    )
    if verb.text.endswith("ing") and any(
        sentence.start <= u.start < verb.start
        and len(words_between(folded, sentence.start, u.start)) <= 1
        for u in ctx.cues_of("unnamed_speaker")
    ):
        return None  # "Analysts cautioned ..., noting that": people Hudna does not name
    topic = _amma_topic(ctx, actors, sentence, verb) if continuing else None
    if topic is not None:
        # "أما واشنطن، التي باركت العملية، فقد عادت لتصف ...، داعيةً الطرفين": the sentence's
        # topic goes on speaking, not the speaker before it
        previous = topic
    said_before = _said_before(ctx, sentence, verb, quotes)
    if _unnamed_subject(ctx, verb, sentence, gap):
        # "واتهم ناشطون في مضايا عناصر «حزب الله» بقتل", "ويخشى ناشطون ...، حيث حذّروا من أن":
        # people Hudna does not name speak; the turn passes to them
        speakers.previous = None
        return None
    speaker = _marked_speaker(
        ctx,
        verb,
        sentence,
        gap,
        continuing,
        called,
        quotes,
        actors,
        verbs,
        speakers,
        previous,
        said_before,
    )
    after_comma = _participle_after_comma(ctx, verb, said_before=said_before)
    if continuing and speaker == previous and not said_before and after_comma:
        # "وفي اتصال هاتفي أجراه اليوم مع الرئيس الأسد، هنّأ الرئيس الروسي بوتين الشعب السوري
        # ...، مؤكداً أن": the subject of the clause the participle closes, past the phrase
        # that fronts it, not the speaker of the sentence before
        fronted = _FRONTED.match(ctx.folded, sentence.start)
        comma = ctx.folded.find("،", sentence.start, verb.start) if fronted else -1
        floor = comma + 1 if comma >= 0 else sentence.start
        own = [
            a for a in _outside_quotes(actors, quotes) if floor <= a.start and a.end <= verb.start
        ][:1]
        # (the clause's verb, then its subject: "هنّأ الرئيس الروسي فلاديمير بوتين")
        if own and len(words_between(ctx.folded, floor, own[0].start)) <= 2:
            speaker = own[0].id
    if speaker is None and after_comma:
        # "وعلقت واشنطن محادثاتها مع موسكو، معتبرةً أن": the subject of the clause before
        speaker = _subject_outside_quotes(actors, quotes, sentence, verb)
    if speaker is None and not continuing:
        speaker = _speaker_before(folded, actors, verb, sentence.start) or relative_owner(
            folded, actors, verb, sentence.start
        )
        if speaker is None and not is_arabic(verb.text):
            speaker = speakers.phrase_before(sentence.start, verb)
        if (
            speaker is None
            and (kana := _KANA_QAD.fullmatch(folded, sentence.start, verb.start))
            and any(kana.start(1) <= n.start < kana.end(1) for n in speakers.nationality)
        ):
            # "وكان رئيس الوزراء الروسي دميتري مدفيديف قد قال": the pluperfect's subject, named
            # by a title and a nationality between كان and قد
            speaker = speakers.in_gap(kana.start(1), kana.end(1))
    if speaker is None and re.fullmatch(r"[وف]?قول(?:ه|ها|هم)", verb.text):
        # "نقلت الوكالة عن مصدر عسكري سوري قوله إن": the source quoted, named before "قوله"
        quoted_from = folded.rfind(" عن ", sentence.start, verb.start)
        if quoted_from >= 0:
            speaker = speakers.quoted_by_state_media(
                sentence.start, quoted_from, verb.start
            ) or speakers.in_gap(quoted_from + 4, verb.start)
    if speaker is None:
        # "ووصفتها بأنها": the verb's own object pronoun and the ب of "بأن" name no one
        gap_words = words_between(folded, word_end(folded, verb.end), gap[1])
        if (
            previous is None
            and not gap_words
            and _FEMININE_PAST.fullmatch(folded, verb.start, word_end(folded, verb.end))
        ):
            # "أعلنت رئاسة الأركان التركية مقتل ثلاثة من جنودها في غارة قالت إن طائرات النظام
            # شنتها": a feminine verb with no subject of its own speaks for the party before it
            previous = _subject_outside_quotes(actors, quotes, sentence, verb)
        if (
            not gap_words
            or gap_words == ["ب"]
            or gap_words[0] in _PREPOSITIONS
            or continuing
            or (
                _COMMA_WAW_END.search(folded[max(0, verb.start - 3) : verb.start])
                and gap_words[0].startswith("ال")
                and not ctx.mentions_in(verb.end, gap[1], "actor")
                and any(sentence.start <= v.start < verb.start for v in verbs)
                and not speakers.official_in(verb.end, gap[1])
            )
        ):
            speaker = previous
        else:
            previous = None  # a speaker we do not know: the turn passes to them
            return previous
    if speaker is None:
        return previous
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
        if not is_arabic(verb.text):
            # "told reporters the Russian move was "a stunt"": the hearers are no part of the words
            start = max(start, _past_audience(ctx, verb, sentence.end))
        end = _reported_end(folded, start, sentence.end, stops, quotes)
    start, end = _trim(folded, start, end)
    if not is_arabic(verb.text):
        end = _before_next_speaker(folded, start, end, actors)
    if end - start < 3:
        return previous
    about = _about(ctx, actors, start, end, speaker, verb, sentence.start)
    found.append((start, end, speaker, mode, False, about))
    previous = speaker
    speakers.previous = speaker
    return previous


def _opening_official(ctx: Context, speakers: _Speakers, floor: int, verb: Match) -> str | None:
    """ "وأشاد المبعوث الرئاسي الأميركي لدى التحالف بـ...": the party of the official a sentence
    opens with, by the nationality after the official's head (its first three words)."""
    words = list(WORD.finditer(ctx.folded, floor, verb.start))[:4]
    head = words[1] if len(words) >= 3 else None
    if head is None or not (
        speakers.official_in(head.start(), head.end())
        or any(head.start() <= h.start < head.end() for h in speakers.person_heads)
    ):
        return None
    nat = [n for n in speakers.nationality if head.end() <= n.start < words[-1].end()]
    return nat[0].payload.key if nat else None


# "ما وصفته" (what it called), but not "وهو ما وصفه ناشطون" (the outlet's comment: its subject follows)
_WHAT_BEFORE = re.compile(r"(?<!هو)(?<!هي)(?<!هذا)(?:^|\s)[وب]?ما\s+$")
# a pronoun opening a sentence (read in place: no copy of the rest of the text per verb)
_HE_OPENS = re.compile(r"\s*(?:he|she)\b")
_PRONOUN_OPENS = re.compile(r"\s*(?:he|she|they|it|we)\b")
# "وهو ما رفضه ظريف", "ما ردّ عليه": a verb of answer whose subject a participle then follows
_REJOINED = re.compile(r"(?:^|\s)(?:وهو|وهي|وهذا)?\s*ما\s+\S+\s*$")


def _marked_speaker(
    ctx: Context,
    verb: Match,
    sentence: Sentence,
    gap: tuple[int, int],
    continuing: bool,
    called: bool,
    quotes: list[tuple[int, int]],
    actors: list[Mention],
    verbs: list[Match],
    speakers: _Speakers,
    previous: str | None,
    said_before: bool = True,
) -> str | None:
    """Who said the words whose speaker phrase is `gap` (between the verb and its content): the
    first rule that names someone, else None."""
    folded = ctx.folded
    english = not is_arabic(verb.text)
    subject = _speaker_before(folded, actors, verb, sentence.start, max_words=3 if english else 0)
    if (
        english
        and subject is None
        and _PRONOUN.search(folded[max(sentence.start, verb.start - 30) : verb.start])
    ):
        subject = previous  # "He said ..."
        # "UN envoy Staffan de Mistura has stayed cautious. He has said ...": the person the
        # sentence before opened on, when it said no words of its own
        if _HE_OPENS.match(folded, sentence.start) and (
            told := _person_told_before(ctx, actors, verbs, sentence)
        ):
            subject = told
        named_openers = [
            a
            for a in actors
            if sentence.start <= a.start < verb.start
            and len(words_between(folded, sentence.start, a.start)) <= 3
        ]
        # "He accused the Assad government of ..., and said": the pronoun opening it is the
        # speaker before
        pronoun_first = _PRONOUN_OPENS.match(folded, sentence.start)
        named_first = named_openers[0].id if named_openers and not pronoun_first else None
        if named_first and _AND_END.search(folded, max(0, verb.start - 30), verb.start):
            # "Putin called the killing a provocation and said ...": the subject named first
            # in the sentence, not the speaker before it
            subject = named_first
    named = _speaker_in_gap(actors, *gap) if continuing and not english else None
    named = named and _holder_after(ctx, actors, named, *gap)
    # a participle (مضيفاً، داعياً) keeps the speaker; a verb (وأضاف بيسكوف) may name a new one
    participle = verb.text.startswith("م") or verb.text.endswith(("ا", "ه"))
    first_actor = _first_actor(actors, sentence.start, verb) if english else None
    clause_subject = (
        _subject_outside_quotes(actors, quotes, sentence, verb)
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
        # "تلقى الأسد اتصالاً من بوتين ...، وأكد بوتين خلاله أن": a subject of its own after it
        and not any(
            verb.end <= a.start < gap[1] and not words_between(folded, verb.end, a.start)
            for a in actors
        )
        else None
    )
    # "وجهت الخارجية رسالتين ... طالبت فيهما بإدانة": words said in a thing the subject sent
    # (no relative pronoun after an indefinite noun), so the subject's
    in_it_subject = (
        _opening_subject(ctx, _outside_quotes(actors, quotes), sentence.start, verb)
        if not english
        and not participle
        and _IN_IT_AFTER.match(folded, word_end(folded, verb.end))
        and not said_in_it(folded, verb)
        else None
    )
    speaker: str | None
    if in_it_subject:
        speaker = in_it_subject
    elif joined_subject and not subject:
        speaker = joined_subject
    elif clause_subject and not subject:
        # "In Washington, spokesman John Kirby called the move 'too little', saying ...": the
        # subject of the participle's own clause, not the speaker of the sentence before
        speaker = clause_subject
    elif (
        continuing
        and participle
        and (
            just_before := [
                a
                for a in actors
                if sentence.start <= a.start
                and a.end <= verb.start
                and re.fullmatch(r"\s*[،,]\s*", folded[a.end : verb.start])
                and _REJOINED.search(folded, max(sentence.start, a.start - 20), a.start)
            ]
        )
    ):
        speaker = just_before[-1].id  # "وهو ما رفضه ظريف، معتبراً أن": who answered
    elif (
        continuing
        and not english
        and _participle_after_comma(ctx, verb, said_before=said_before)
        and (
            opening := _opening_subject(ctx, _outside_quotes(actors, quotes), sentence.start, verb)
            or _opening_official(ctx, speakers, sentence.start, verb)
        )
    ):
        # "هنأ الرئيس بوتين الرئيس الأسد بهذا الإنجاز، مؤكداً أن", "وكانت واشنطن قد علقت
        # محادثاتها مع موسكو، متهمة إياها": the subject its clause opens with, not the speaker
        # of the sentence before
        speaker = opening
    elif continuing and previous and not (named and not participle):
        speaker = previous  # مضيفاً، داعياً واشنطن إلى: the actor after the verb is its object
    elif (
        not called
        and _charged_object(ctx, actors, verb, gap[1])
        and (
            (accuser := _accuser(ctx, actors, verb, sentence.start, previous, named=bool(named)))
            or _is_charge(verb)
        )
    ):
        # the accused is not the speaker: "قال لافروف ...، واتهم الولايات المتحدة بـ«العجز»"
        # (the one who spoke before); "ووثّقت الهيئة ...، متهمة النظام بـ«استخدام الكلور»"
        # (a participle: else the subject of its clause); else no one we know
        speaker = accuser
    elif named:
        speaker = named  # "وأضاف بيسكوف أن ...": a new speaker named after the verb
    elif subject:
        speaker = subject  # لافروف دعا واشنطن إلى ...
    elif (
        english
        and verb.text.endswith("ing")
        and previous
        and any(sentence.start <= v.start < verb.start for v in verbs if v is not verb)
    ):
        # "IS fighters overran the ridge, the Syrian army said, calling the strike proof that
        # Washington supports the jihadists": the participle goes on with the one who said
        speaker = previous
    elif verb.text.endswith("ing") and first_actor:
        # "Kirby called the move 'too little', saying Moscow had ...": a participle's
        # speaker is the subject of its clause, never the actor after it
        speaker = first_actor
    elif english and first_actor and _AND_END.search(folded, max(0, verb.start - 30), verb.start):
        # "Putin called the killing a provocation and said Russia would ...": the subject of
        # the verbs joined, named first
        speaker = first_actor
    elif english and _english_subject_phrase(folded, sentence.start, verb.start):
        speaker = None  # "activists in Aleppo said ...": a subject we do not know
    else:
        speaker = speakers.in_gap(*gap)
    return speaker


def _person_told_before(
    ctx: Context, actors: list[Mention], verbs: list[Match], sentence: Sentence
) -> str | None:
    """The person the sentence before `sentence` opens on (within its first four words), if
    that sentence holds no speech verb."""
    before = ctx.sentence_before(sentence)
    if before is None or any(before.start <= v.start < before.end for v in verbs):
        return None
    opening = [
        a
        for a in actors
        if before.start <= a.start < before.end
        and len(words_between(ctx.folded, before.start, a.start)) <= 4
    ]
    # ("UN envoy Staffan de Mistura": the body named in the title first)
    people = [a for a in opening if ctx.lexicon.actors[a.id].kind == "person"]
    return people[0].id if people else None


def _unnamed_subject(ctx: Context, verb: Match, sentence: Sentence, gap: tuple[int, int]) -> bool:
    """Whether an Arabic speech verb's subject is people Hudna does not name: right after the verb
    ("واتهم ناشطون", `speakers.unnamed_after`), or, for a plural verb with no subject of its own
    ("حذّروا"), told before it in its sentence ("ويخشى ناشطون ...، حيث حذّروا")."""
    if not is_arabic(verb.text):
        return False
    if unnamed_after(ctx, verb):
        return True
    unnamed = ctx.cues_of("unnamed_speaker")
    folded = ctx.folded
    return (
        folded[verb.start : word_end(folded, verb.end)].endswith("وا")
        and all(
            w in ("من", "ب", "علي")
            for w in words_between(folded, word_end(folded, verb.end), gap[1])
        )
        and any(sentence.start <= u.start < verb.start for u in unnamed)
        and not ctx.mentions_in(sentence.start, verb.start, "actor")
    )
