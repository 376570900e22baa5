"""Speech verbs with nothing after them marking where their words start (no complementiser,
colon, quotation or party called on): the words are a quotation just before the verb
(`"...," Lavrov said`), the clause before an English attribution (`The truce is holding,
Konashenkov said.`), or the verb's nominal object (`نفى مصدر عسكري سوري استخدام ...`,
`Lavrov said the ...`); the speaker is the subject before the verb, the speaker continuing, the
accuser of a charge, or the actor after the verb."""

from __future__ import annotations

import re
from itertools import pairwise

from hudna.extract.context import (
    Context,
    Mention,
    Sentence,
    after_dateline,
    words_between,
)
from hudna.extract.entities import affiliation
from hudna.extract.matcher import Match
from hudna.extract.statements.about import _about
from hudna.extract.statements.calls import (
    _AIMED_VERB,
    _accuser,
    _charged_object,
    _is_charge,
    _opening_subject,
    _participle_after_comma,
)
from hudna.extract.statements.content import (
    _after_adverbials,
    _attribution_tail,
    _nominal_content,
    _quote_before,
)
from hudna.extract.statements.ends import (
    _before_comment,
    _before_new_clause,
    _before_next_speaker,
    _trim,
)
from hudna.extract.statements.speakers import (
    _ADVERB,
    _ASIDE,
    _PREPOSITIONS,
    _PRONOUN,
    _english_subject_phrase,
    _first_actor,
    _sentence_subject,
    _speaker_before,
    _Speakers,
    spoken_for,
    unnamed_after,
)
from hudna.text import is_arabic

_SAYING = re.compile(r"(?:said|says|say|told|tells|added|adds)$")
# a document standing for who issued it, in an attribution's tail ("..., the statement added")
_DOCUMENT_TAIL = re.compile(
    r",\s*(?:the|its)\s+(?:statement|communique|communiqué|release|bulletin)\s+$"
)
_EN_TAIL = re.compile(
    r"(?:\s+(?:and|but|on\s+\w+day|in\s+a\s+(?:statement|speech|briefing)))+\s*[,.]?\s*$"
)
_AND_OR_BUT_END = re.compile(r"(?:^|\s)(?:and|but)\s+" + _ADVERB + "$")
_AS_IT_HAD = re.compile(r"(?:^|\s)as\s+(?:it|he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?$")


def _unmarked(
    ctx: Context,
    verb: Match,
    sentence: Sentence,
    next_stop: int,
    quotes: list[tuple[int, int]],
    actors: list[Mention],
    speakers: _Speakers,
    continuation_at: set[int],
    found: list[tuple[int, int, str, str, bool, list[str]]],
    previous: str | None,
) -> str | None:
    """The statement of a speech verb with no marked content, added to `found`; returns the
    speaker the text continues with."""
    folded = ctx.folded
    clause_end = next_stop
    content = _quote_before(folded, verb, quotes, sentence.start, verb.start in continuation_at)
    english = not is_arabic(verb.text)
    subject = _speaker_before(folded, actors, verb, sentence.start, max_words=4 if english else 2)
    if subject is None and english:
        subject = speakers.phrase_before(sentence.start, verb)
    if subject is None and english and _unnamed_said(ctx, verb, sentence):
        # "..., killing three civilians, a local activist said. ... eight raids ..., he said.":
        # the turn passes to someone Hudna does not name, and "he" is that one
        speakers.previous = None
        return None
    own_start = after_dateline(folded, sentence.start)
    first_actor = _first_actor(actors, own_start, verb)
    if english and _AND_OR_BUT_END.search(
        folded[max(sentence.start, verb.start - 30) : verb.start]
    ):
        # "The Russian foreign ministry called the decision 'unfortunate' and said ...": the
        # subject named first in the sentence; else "Lavrov said ... and accused Washington":
        # the same speaker
        said_before = any(sentence.start <= f[0] < verb.start for f in found)
        # (but "..., while the UN coordinator said ... and called on all parties to": the
        # speaker of the clause the verb is joined to, when its words were just told)
        subject = (
            previous
            if said_before and previous
            else _sentence_subject(ctx, actors, own_start, verb) or previous
        )
    pronoun = english and _PRONOUN.search(folded[max(sentence.start, verb.start - 30) : verb.start])
    if pronoun and subject is None:
        subject = previous or _person_before(ctx, actors, sentence, verb)
    if (
        english
        and subject is None
        and previous
        and _DOCUMENT_TAIL.search(folded, max(sentence.start, verb.start - 30), verb.start)
    ):
        subject = previous  # "..., the statement added": the words of who issued it
    if (
        english
        and subject
        and not content
        and _attribution_tail(folded, verb.end, clause_end, told=verb.text in ("told", "tells"))
        # "... from the Nusra Front as it had promised": a comparison, not an attribution
        and not _AS_IT_HAD.search(folded, max(sentence.start, verb.start - 20), verb.start)
        # "..., the third day of an offensive that the Syrian army command announced on
        # Thursday": a relative clause on a noun, not who said the words before it
        and not _RELATIVE_WORD.search(
            folded, max(sentence.start, folded.rfind(",", sentence.start, verb.start)), verb.start
        )
    ):
        # "..., de Mistura said." : the content is what came before the attribution,
        # up to the comma that opens the speaker's phrase ("The truce is holding,
        # Russian Defence Ministry spokesman Igor Konashenkov said")
        # "A Russian frigate also fired ..., he said": a pronoun is the whole speaker phrase;
        # not so in an aside ("Moadamiyeh, where, he said, Government forces ...")
        aside = re.match(r"\s*,\s*(?!adding|saying)[^\W\d_]", folded[verb.end : verb.end + 12])
        last_comma = folded.rfind(",", sentence.start, verb.start)
        named_before_aside = False
        if not folded[last_comma + 1 : verb.start].strip():
            # "..., Jan Egeland, senior adviser to the UN envoy, told": the speaker's name is
            # before the aside that closes right before the verb
            opens = folded.rfind(",", sentence.start, last_comma)
            if opens > sentence.start and _ASIDE.match(folded, opens, last_comma + 1):
                last_comma = folded.rfind(",", sentence.start, opens)
                named_before_aside = True
        head = (
            []
            if pronoun and not aside
            # the speaker phrase after the last comma ("..., militants launched ..., the
            # ministry said": the militants are in the words)
            else [
                a
                for a in actors
                if max(sentence.start, last_comma) <= a.start and a.start < verb.start
            ]
        )
        end_at = (head[0] if named_before_aside else head[-1]).start if head else verb.start
        cut = folded.rfind(",", sentence.start, end_at)
        # "Kerry ... urged Moscow to help end the fighting, the State Department said": the
        # source of the words of a speaker the sentence has named, who tells the acts around them
        # but says no words of its own
        source_of = (
            max((i for i, f in enumerate(found) if sentence.start <= f[0] < cut), default=None)
            if cut > sentence.start
            else None
        )
        if source_of is not None:
            _end_words(found, source_of, cut)
        if cut > sentence.start:
            end_at = cut
        opening = next((q for q in quotes if q[0] == sentence.start and q[1] <= end_at), None)
        if opening:  # '"We will not allow ...," a spokesman ... told reporters': quoted
            start, end = _trim(folded, opening[0] + 1, opening[1])
            mode = "direct"
        elif pronoun and aside:  # "Moadamiyeh, where, he said, Government forces have ...": after
            start, end = _trim(folded, verb.end + aside.end() - 1, sentence.end)
            mode = "reported"
        elif last_comma < sentence.start:
            # "WASHINGTON – Pentagon Press Secretary Peter Cook briefed reporters on Wednesday.":
            # no comma closes words before the speaker phrase, which opens the sentence
            return previous
        else:
            start, end = _trim(folded, own_start, end_at)
            mode = "source" if source_of is not None else "reported"
        if len(words_between(folded, start, end)) >= 3:
            found.append((start, end, subject, mode, False, []))
            previous = speakers.previous = subject
        return previous
    if (
        english
        and subject is None
        and not pronoun
        and not content
        and (inverted := _inverted_speaker(ctx, verb, sentence, clause_end, speakers))
    ):
        # "The truce is holding, said Lavrov": the words before the comma, the speaker after
        start, end = _trim(folded, own_start, folded.rfind(",", own_start, verb.start))
        if len(words_between(folded, start, end)) >= 3:
            found.append((start, end, inverted, "reported", False, []))
            previous = speakers.previous = inverted
        return previous
    named = False  # the verb names a new speaker (its subject or the party right after it)
    if (
        english
        and verb.text.endswith("ing")
        and first_actor
        # "Putin ordered the withdrawal of the Russian military contingent from Syria, saying
        # ...": after a comma, the subject of the participle's clause, not the party before it
        and (not subject or re.search(r",\s*$", folded[max(0, verb.start - 3) : verb.start]))
    ):
        speaker = subject = first_actor  # "Kirby criticised it, saying Moscow had ..."
    elif (
        not english
        and _participle_after_comma(ctx, verb)
        and (opener := _opening_subject(ctx, actors, own_start, verb))
    ):
        # "وكانت واشنطن قد علقت محادثاتها مع موسكو، متهمة إياها": the party the sentence opens
        # with, not the one who spoke before
        speaker = subject = opener
    elif verb.start in continuation_at and previous and not unnamed_after(ctx, verb):
        speaker, subject = previous, previous
    elif (
        not subject
        and not is_arabic(verb.text)
        and _english_subject_phrase(folded, sentence.start, verb.start)
    ):
        speaker = None
    elif (
        not subject
        and (previous or first_actor or _is_charge(verb))
        and _charged_object(ctx, actors, verb, clause_end)
        # ("ويطالب المرصد مجلس الأمن بـ": the unnamed subject before the party called on)
        and not unnamed_after(ctx, verb)
    ):
        # "...، واتهم الولايات المتحدة بـ«دعم الإرهاب»", "ووثّقت الهيئة ...، متهمة النظام
        # بـ«استخدام الكلور»": the accused is not the speaker, even when no one else is known
        speaker = _accuser(ctx, actors, verb, sentence.start, previous, named=True)
    elif not subject and unnamed_after(ctx, verb):
        speaker = None  # "ويطالب ناشطون الأمم المتحدة بالضغط": the UN is called on
    else:
        speaker = subject or (
            # 'The army statement ... said "terrorist groups" had violated': a quotation right
            # after an English verb opens its words; a party in it is no speaker
            None
            if english and re.match(r"\s*[\"“]", folded[verb.end : verb.end + 3])
            else speakers.in_gap(verb.end, min(clause_end, verb.end + 60))
        )
        named = (
            speaker is not None
            and speaker != previous
            and (
                subject is not None
                # right after the verb ("ودان وزير الخارجية الأميركي جون كيري الهجوم"), not in the
                # words ("وأعلن الفيلق مقتل ١١ عنصراً من قوات النظام"); after a charge or a call,
                # the party is its object ("ناشطون يتهمون الطيران الروسي")
                or (
                    not _AIMED_VERB.match(verb.text)
                    and any(
                        a.id == speaker and len(words_between(folded, verb.end, a.start)) <= 1
                        for a in actors
                        if verb.end <= a.start < verb.end + 40
                    )
                )
            )
        )
    if content and speaker:
        holder = next(
            (
                i
                for i, f in enumerate(found)
                if sentence.start <= f[0] < content[0] < f[1] and f[2] != speaker
            ),
            None,
        )
        if holder is not None:
            # 'Lavrov called the strike "a provocation," the ministry said': the quotation ends
            # the words of the speaker the sentence named; the ministry is their source
            _end_words(found, holder, content[1] + 1)
            found.append((*_trim(folded, *content), speaker, "source", False, []))
            return previous
        found.append((*_trim(folded, *content), speaker, "direct", False, []))
        previous = speakers.previous = speaker
        return previous
    # a nominal object as content: نفى مصدر عسكري سوري استخدام الجيش ...; Lavrov said the ...
    nominal = (
        (_after_adverbials(ctx, _past_audience(ctx, verb, clause_end), clause_end), clause_end)
        if subject
        else _nominal_content(ctx, verb, clause_end)
    )
    if nominal and any(c.start == verb.start for c in ctx.cues_of("marked_only")):
        nominal = None  # "وتابعت الفصائل تقدمها": an act goes on, no words said
    if nominal and speaker and _joint_announcers(ctx, actors, verb.end, nominal[0]):
        # "أعلنت الولايات المتحدة وروسيا، في بيان مشترك، التوصل إلى اتفاق": a joint
        # announcement has no single speaker; the act is the agreement it tells
        return previous
    if nominal and speaker:
        start, end = _trim(folded, nominal[0], _before_comment(folded, *nominal, quotes))
        if _CONTRAST_OPENS.match(folded, start):
            # "رحبت الهيئة بحذر بالاتفاق، لكن منسقها العام رياض حجاب قال": past the adverbials,
            # a clause of contrast opens, with a subject and a verb of its own
            return previous
        # "أعلن الجيش السوري انتهاء الهدنة": a construct of two Arabic nouns can be what
        # was announced
        said = words_between(folded, start, end)
        if english:
            # "announced the truce on Thursday", "welcomed the pause but": the day, the venue
            # and a conjunction left before the next verb are no words of the speaker
            said = words_between(folded, start, start + len(_EN_TAIL.sub("", folded[start:end])))
        if len(said) >= 3 or (
            len(said) == 2
            and is_arabic(verb.text)
            and said[1].startswith("ال")
            and said[0][0] not in "بلفو"
            and said[0] not in _PREPOSITIONS
        ):
            if english:  # "denied attacking hospitals, and the Russian Ministry of Defence"
                end = _before_next_speaker(folded, start, end, actors)
                if not _SAYING.match(verb.text):  # "said A, and B": B is still said
                    end = _before_new_clause(ctx, start, end)
            # "A spokesman for de Mistura said ... He added": the turn is the party's
            speaker = spoken_for(ctx, speaker, start, end)
            about = _about(ctx, actors, start, end, speaker, verb, sentence.start)
            found.append((start, end, speaker, "reported", False, about))
            previous = speakers.previous = speaker
            return previous
    if named:
        # "ودان كيري الهجوم، واصفاً إياه بأنه ...": too short to be a statement, the verb still
        # names who goes on speaking
        previous = speakers.previous = speaker
    elif speaker is None and speakers.unnamed_official(verb.end, min(clause_end, verb.end + 60)):
        # "رحب المتحدث باسم وزارة الخارجية المصرية بالاتفاق، معرباً ...": the turn passes to
        # someone Hudna does not name
        previous = speakers.previous = None
    return previous


def _end_words(found: list[tuple[int, int, str, str, bool, list[str]]], i: int, at: int) -> None:
    """The words of statement `i` end at `at` at the latest: their source is told after them."""
    start, end, speaker, mode, headline, about = found[i]
    found[i] = (start, min(end, at), speaker, mode, headline, about)


def _joint_announcers(ctx: Context, actors: list[Mention], start: int, end: int) -> bool:
    """Two parties of different sides joined by و in the speaker phrase of an Arabic verb
    (`الولايات المتحدة وروسيا`, `كيري ونظيره الروسي سيرغي لافروف`)."""
    inside = [a for a in actors if start <= a.start and a.end <= end]
    return any(
        affiliation(ctx, b.id) != affiliation(ctx, a.id)
        # "طلبت من الولايات المتحدة وروسيا عقد اجتماع": the parties asked, not the speakers
        and not _ASKED.search(ctx.folded, start, a.start)
        and _AND_NEXT_PARTY.fullmatch(ctx.folded, a.end, b.start) is not None
        for a, b in pairwise(inside)
    )


_HE_OR_SHE_END = re.compile(r"(?:^|\s)(?:he|she)\s+\S*$")
_ASKED = re.compile(r"(?:^|\s)(?:من|الي|علي|مع|عن)(?:\s|$)")
_AND_NEXT_PARTY = re.compile(r"\s*و(?:نظير(?:ه|ها)\s+\S+\s*)?")


def _person_before(
    ctx: Context, actors: list[Mention], sentence: Sentence, verb: Match
) -> str | None:
    """ "President Bashar al-Assad performed Eid prayers in Daraya. "...," he told state
    television": with no one speaking before, "he" or "she" is the last person named in the
    sentence before."""
    if not _HE_OR_SHE_END.search(ctx.folded[max(sentence.start, verb.start - 12) : verb.start]):
        return None
    before = ctx.sentence_before(sentence)
    if before is None:
        return None
    people = [
        a
        for a in actors
        if before.start <= a.start < before.end and ctx.lexicon.actors[a.id].kind == "person"
    ]
    return people[-1].id if people else None


_HEARERS = re.compile(
    r"\s*(?:reporters|journalists|a news conference|a press conference|the press|parliament|"
    r"lawmakers|state (?:television|media|news agency))\b"
)


_THE_ONLY = re.compile(r"\s*(?:the\s+)?")


def _past_audience(ctx: Context, verb: Match, end: int) -> int:
    """ "Churkin told the Security Council the report was biased": after "told", the audience
    (a party or reporters) comes before the words."""
    if verb.text not in ("told", "tells"):
        return verb.end
    heard = _HEARERS.match(ctx.folded, verb.end, end)
    if heard:
        return heard.end()
    party = next(
        (
            m
            for m in ctx.mentions_in(verb.end, end, "actor")
            if _THE_ONLY.fullmatch(ctx.folded, verb.end, m.start)
        ),
        None,
    )
    return party.end if party else verb.end


def _inverted_speaker(
    ctx: Context, verb: Match, sentence: Sentence, clause_end: int, speakers: _Speakers
) -> str | None:
    """ "..., said Russian Foreign Minister Sergei Lavrov." or "..., said Lavrov, adding": an
    English verb after a comma, its speaker right after it and nothing else in its phrase."""
    folded = ctx.folded
    if verb.text not in ("said", "says", "added", "adds", "stated") or not re.search(
        r",\s*$", folded[max(sentence.start, verb.start - 3) : verb.start]
    ):
        return None
    stop = re.compile(r"[,.;]").search(folded, verb.end, clause_end)
    phrase_end = stop.start() if stop else clause_end
    named = [
        m
        for m in ctx.mentions_in(verb.end, phrase_end, "actor")
        if not folded[m.end : phrase_end].strip()
    ]  # the phrase ends with the speaker's name
    if (
        not named
        or len(words_between(folded, verb.end, phrase_end)) > 8
        or _FUNCTION_WORD.search(folded, verb.end, named[0].start)
    ):
        return None
    return speakers.in_gap(verb.end, phrase_end)


_FUNCTION_WORD = re.compile(r"\s(?:for|of|to|that|on|in|with|at|by|from)\s")


# a clause of contrast opening on a subject of its own (folded: "غير أن" is "غير ان"); not
# "لكنه", whose pronoun is the same subject going on, nor "فيما", "بينما", "while", which also
# open an aside or a topic ("فيما يخص")
_CONTRAST_OPENS = re.compile(r"(?:[وف]?لكن|غير ان|الا ان|but)\s")


_RELATIVE_WORD = re.compile(r"\s(?:that|which|whom)\s")


def _unnamed_said(ctx: Context, verb: Match, sentence: Sentence) -> bool:
    """ "..., a local activist said", "residents told Reuters": an English speech verb right after
    a phrase, opened by the sentence or a comma, of people Hudna does not name and no party."""
    folded = ctx.folded
    floor = max(sentence.start, folded.rfind(",", sentence.start, verb.start) + 1)
    return (
        len(words_between(folded, floor, verb.start)) <= 4
        and any(floor <= u.start < verb.start for u in ctx.cues_of("unnamed_speaker"))
        and not ctx.mentions_in(floor, verb.start, "actor")
    )
