"""Attributions (`بحسب`, `وفق`, `according to`): the source named after the word is the speaker
of the words of its sentence, before it (`الغارات ...، بحسب المرصد`) or, when it opens the
sentence, after its comma (`وبحسب المرصد، فإن الغارات ...`); inside a sentence that already has a
speech verb it names the source of that speaker's words, not new ones."""

from __future__ import annotations

import re

from hudna.extract.context import Sentence, words_between
from hudna.extract.matcher import Match
from hudna.extract.statements.ends import _trim
from hudna.extract.statements.speakers import _Speakers

_ATTRIBUTION = {"بحسب", "وفق", "وفقا ل", "according to"}
# "بحسب ما أعلن", "وفق ما أعلنت", "كما قال": the verb of an attribution, which says nothing more
AS_SAID_BY = re.compile(r"(?:^|\s)[وف]?(?:بحسب|حسب|وفق|وفقا\s+ل|كما|مثلما)\s+ما?\s*$")


_SOURCE_END = re.compile(r"[،,;؛.]|\s(?:الذي|التي|who|which)\s")
# "وفق الاتفاق", "بموجب القرار", "according to the plan": in accordance with a text, not its words
_IN_ACCORDANCE = re.compile(
    r"\s*(?:ال|the\s+|a\s+|an\s+)?(?:اتفاق|اتفاقيه|قرار|خطه|بنود|تفاهم|هدنه|جدول|برنامج|"
    r"agreement|deal|plan|resolution|terms|timetable|schedule|accord|truce)\b"
)


def is_attribution(verb: Match) -> bool:
    """ "بحسب", "according to": a cue that attributes words, not a verb that says them."""
    return verb.payload.key in _ATTRIBUTION or verb.text in _ATTRIBUTION


def _attributed(
    folded: str,
    verb: Match,
    sentence: Sentence,
    verbs: list[Match],
    speakers: _Speakers,
    found: list[tuple[int, int, str, str, bool, list[str]]],
    previous: str | None,
) -> str | None:
    """The statement an attribution `verb` gives, added to `found`; returns the speaker the text
    continues with."""
    if any(
        sentence.start <= v.start < verb.start and v is not verb
        for v in verbs
        if not is_attribution(v)
    ):
        return previous  # "وقال الأسد، بحسب الرئاسة السورية، إن ...": the source of his words
    if _IN_ACCORDANCE.match(folded, verb.end):
        return previous  # "وفق الاتفاق الذي توصل إليه الوزيران", "under the terms": no one's words
    # "..., بحسب ناشطين، فيما أعلنت قوات سوريا الديمقراطية": the source ends at its comma, or
    # at a relative pronoun ("بحسب الدفاع المدني الذي أشار إلى أن قوات النظام ...")
    stop = _SOURCE_END.search(folded[verb.end : min(sentence.end, verb.end + 60)])
    source_end = verb.end + stop.start() if stop else min(sentence.end, verb.end + 60)
    if any(verb.end <= u.start < source_end for u in speakers.ctx.cues_of("unnamed_speaker")):
        return previous  # "according to opposition activists": people Hudna does not name
    speaker = speakers.in_gap(verb.end, source_end)
    if speaker and verb.start - sentence.start > 10:
        start, end = _trim(folded, sentence.start, verb.start)  # "..., according to X"
        found.append((start, end, speaker, "reported", False, []))
        previous = speakers.previous = speaker
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
                previous = speakers.previous = speaker
    return previous
