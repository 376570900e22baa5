"""Statements and their speakers: speech verbs, quotations and reported speech.

A statement is a speech verb (or a headline `name: ...`) with its quoted or reported content.
The speaker is the actor between the verb and the content (`قال لافروف إن`, `وصرّح كيري أن`),
else the actor just before the verb (`Lavrov said`), else, for a verb with nothing but a
preposition before its content (`وأضاف:`, `مضيفاً`, `وقال إن`), the previous speaker.
An unknown named speaker (`قالت وكالة رويترز إن`) yields no statement and ends the turn.

This module keeps the entry point, which speech verbs count and the loop over them; the rest
lives beside it: `content` (quotations and where the words start), `ends` (where they end, and
trimming), `speakers` (who spoke), `calls` (the party called on, accused or blamed),
`attributions` (`بحسب`, `according to`), `unmarked` (verbs with no marked content), `marked`
(verbs followed by their content), `about` (the parties a statement is about) and `labelled`
(captions, live-blog labels and transcript turns).
"""

from __future__ import annotations

import re

from hudna.extract.context import TIME_STAMP, Context, word_end, word_start, words_between
from hudna.extract.matcher import Match, longest_non_overlapping
from hudna.extract.statements.attributions import AS_SAID_BY, _attributed, is_attribution
from hudna.extract.statements.calls import _BLAME_VERB, _addressee
from hudna.extract.statements.content import _content_start, _inside_quote
from hudna.extract.statements.content import quote_spans as quote_spans
from hudna.extract.statements.ends import CLAIM_COMMENT, _clause_end, _reported_end, _trim
from hudna.extract.statements.labelled import (
    _headline_statements,
    _title_end,
    _transcript_turns,
)
from hudna.extract.statements.marked import _marked
from hudna.extract.statements.speakers import (
    _Speakers,
    _speaking_actors,
    said_in_it,
    spoken_for,
)
from hudna.extract.statements.unmarked import _unmarked
from hudna.models import Statement

_RESPONSIBILITY = re.compile(r"(?:^|[\s«“\"])(?:ال)?مسوولي")
# شدد with its object right after (no على before it): it tightens a siege or a grip
_TIGHTEN_VERB = re.compile(r"[وف]?(?:شدد|يشدد|تشدد|شددت|شددوا)")
_TIGHTENED = re.compile(
    r"\s+(?:(?!علي\s)\S+\s+){0,3}(?:ال)?(?:حصار|قبض|خناق|طوق|اجراءات|رقاب|هجمات|هجوم|قصف|غارات|ضربات)"
)
_IN_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|خلال)\s+$")
_HE_BEFORE = re.compile(r"(?:^|\s)(?:he|she)\s+(?:also\s+)?$")


# a statement found: start, end, speaker, mode, from a headline, the parties it is about
_Found = tuple[int, int, str, str, bool, list[str]]


def _past_spaces(folded: str, pos: int) -> int:
    """Where the next word after `pos` starts, past spaces and commas."""
    while pos < len(folded) and (folded[pos].isspace() or folded[pos] in "،,"):
        pos += 1
    return pos


_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:علي|في|من|الي|عن|حول|بعد|قبل)\s+$")
_THAT_AFTER = re.compile(r"\S*\s+(?:ان|أن)\s")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?ال$")

# a conjunction of time: the verb after it tells when, inside the words it stands in
# (folded: "بعد أن" is "بعد ان")
_WHEN_BEFORE = re.compile(r"(?:^|\s)(?:[وف]?(?:بعد|قبل)\s+ان|بعدما|عندما|حين|حينما)\s+$")
_CONJUNCTION_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:بعد|قبل|رغم|برغم|الا|غير|بيد|كما)\s+$")
_THAT_CONJUNCTION = re.compile(r"(?<![^\W\d_])(?:provided|providing|given|so|now|except|such)\s+$")
_ADJECTIVE_PARTICIPLE = re.compile(r"م\S+")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[،,.;؛]|$)")
# "أبلغ" (informed) and the thing one is informed of, a noun with ب ("بالقرار")
_INFORMED = re.compile(r"[وف]?ابلغ\S*")  # (folded: "أبلغ" is "ابلغ")
_INFORMED_OF = re.compile(r"\sبال\S+|[.؛]")
_THAT_SAID = re.compile(r"\sب?ان(?:ه|ها|هم|هما|نا)?\s")
_WORTH_NOTING = re.compile(r"[وف]?(?:يذكر|تذكر)")
_GAP_LIMIT = 200  # characters between a speech verb and its content
_RELATIVE = re.compile(r"(?:التي|الذي|اللذين|الذين|اللتين|which|who)\s+(?:\S+\s+)?$")


def find_statements(ctx: Context) -> None:
    folded = ctx.folded
    quotes = quote_spans(folded, ctx.lexicon.quotes)
    verbs = _speech_verbs(ctx)
    continuation_at = {m.start for m in ctx.cues_of("continuation")}
    # "بان كي مون" folds to the "بأن" that opens a clause: inside a name it opens nothing
    complementisers = [
        c
        for c in ctx.cues_of("complementiser")
        if not any(m.start <= c.start < m.end for m in ctx.mentions if m.kind == "actor")
        # "بعد أن تراجعت الحكومة", "إلا أن": a conjunction of time or contrast, not the words
        and not _CONJUNCTION_BEFORE.search(folded, max(0, c.start - 8), c.start)
        # "provided that", "so that", "now that": a conjunction, not the words said
        and not _THAT_CONJUNCTION.search(folded, max(0, c.start - 10), c.start)
    ]
    actors = _speaking_actors(ctx)
    places = [m for m in ctx.mentions if m.kind == "place"]
    speakers = _Speakers(ctx, actors)
    comp_starts = {c.start for c in complementisers}
    stops = [
        *verbs,
        *(
            t
            for t in ctx.cues_of("turn_opener")
            # "وأعلنت منظمة الصحة العالمية من جهتها أنها": a turn's opener between the speaker
            # and the words opens no turn
            if _past_spaces(folded, t.end) not in comp_starts
        ),
    ]
    # "وقال الأسد، بحسب الرئاسة السورية، إن ...": a source between the verb and its words
    # "الجلسة الطارئة التي دعت إليها موسكو بأنها": nor does a verb in a relative clause that
    # names its object end the gap (but "الخارجية، التي أشارت إلى أن" says words of its own)
    gap_stops = [
        v
        for v in stops
        if not is_attribution(v)
        and not _after_restrictive_relative(ctx, v.start)
        # "وقال المسؤول التركي، الذي طلب عدم الكشف عن اسمه، إن": an aside that says no words
        and not (_after_relative(ctx, v.start) and not _says_words(folded, v, complementisers))
    ]
    found: list[_Found] = []
    previous: str | None = None

    title_end = _title_end(ctx)
    body_found = found
    headline_sink: list[_Found] = []
    captions = _headline_statements(ctx, actors)
    # a live blog's entries ("11:40 — The ICRC says ..."): each opens on its own speaker
    entries = [
        line.start()
        for line in re.finditer(r"(?m)^", folded)
        if TIME_STAMP.match(folded, line.start()) and line.start() >= title_end
    ]
    entry_of_previous = -1
    for verb in verbs:
        entry = next((e for e in reversed(entries) if e <= verb.start), -1)
        if entry != entry_of_previous:
            previous = speakers.previous = None
            entry_of_previous = entry
        # "17:24 De Mistura on the talks: "...". He adds that ...": a caption's speaker is the
        # one the text goes on with, when it is the last words told before the verb
        told = [c for c in captions if c[1] <= verb.start and c[0] >= title_end]
        if (
            told
            and (not body_found or told[-1][0] >= body_found[-1][1])
            and _HE_BEFORE.search(folded, max(0, verb.start - 12), verb.start)
        ):
            previous = told[-1][2]
        if _inside_quote(quotes, verb.start) or (
            _after_relative(ctx, verb.start) and not said_in_it(folded, verb)
        ):
            continue
        if verb.text.isascii() and any(
            u.end <= verb.start and not words_between(folded, u.end, verb.start)
            for u in ctx.cues_of("unnamed_speaker")
        ):
            previous = None  # "Analysts cautioned that ...": people Hudna does not name speak
            continue
        if AS_SAID_BY.search(folded, max(0, verb.start - 16), verb.start):
            continue  # "بحسب ما أعلن مكتب الأمم المتحدة": the attribution's own verb says nothing more
        if (
            verb.text == "asked"
            and not folded[ctx.sentence_of(verb.start).start : verb.start].strip()
        ):
            continue  # "Asked whether Russia would withdraw, Peskov said:": the reporter's question
        outer = next(
            (
                f
                for f in found
                if f[0] < verb.start
                and len(words_between(folded, f[0], verb.start)) <= 3
                # (or cut short right before it at the name of its subject: "أن كيري أبلغ
                # لافروف بأن")
                and (
                    verb.start < f[1]
                    or (
                        not folded[f[1] : verb.start].strip()
                        and any(
                            not words_between(folded, f[0], m.start)
                            and not words_between(folded, m.end, f[1])
                            for m in ctx.mentions_in(f[0], f[1], "actor")
                        )
                    )
                )
            ),
            None,
        )
        if outer is not None and not _person_speaks_inside(ctx, outer[0], verb):
            continue  # "said Moscow rejected claims that ...": inside the words just found
        if any(f[0] < verb.start < f[1] for f in found) and _WHEN_BEFORE.search(
            folded, max(0, word_start(folded, verb.start) - 10), word_start(folded, verb.start)
        ):
            continue  # "«أوقفت الغارة فوراً» بعد أن أبلغها الجانب الروسي بأن": when, inside them
        # a headline's verb ("كيري ولافروف يعلنان اتفاقاً") repeats the body: it names the
        # speaker the body continues with, but is not a statement of its own
        found = headline_sink if verb.start < title_end else body_found
        sentence = ctx.sentence_of(verb.start)
        # the verbs said inside this verb's words end neither its gap nor its words
        inside = [v for v in stops if _embedded(ctx, verb, v)]
        next_stop = _clause_end(
            folded, verb.end, sentence.end, [v for v in gap_stops if v not in inside]
        )
        limit = min(next_stop, verb.end + _GAP_LIMIT)
        content_start, mode, gap_end = _content_start(
            folded, verb, limit, quotes, complementisers, actors, places
        )
        addressee = _addressee(ctx, actors, verb, limit, continuation_at)
        called = addressee is not None and (content_start is None or addressee < content_start)
        if called and addressee is not None:
            # "دعت الخارجية الأميركية أنقرة إلى وقف القصف", "داعياً روسيا إلى «الضغط على
            # النظام»": the call runs from the party called on to the end of what it should do
            content_start, mode, gap_end = addressee, "reported", addressee
        if is_attribution(verb):
            previous = _attributed(folded, verb, sentence, verbs, speakers, found, previous)
            continue
        count = len(found)
        if content_start is None:
            previous = _unmarked(
                ctx,
                verb,
                sentence,
                next_stop,
                quotes,
                actors,
                speakers,
                continuation_at,
                found,
                previous,
            )
            _drop_reporting(found, count, outer)
            continue
        previous = _marked(
            ctx,
            verb,
            sentence,
            content_start,
            mode,
            gap_end,
            called,
            quotes,
            actors,
            verbs,
            [v for v in stops if v not in inside],
            speakers,
            continuation_at,
            found,
            previous,
        )
        _drop_reporting(found, count, outer)
    found = body_found
    found.extend(_coordinated_complements(ctx, found, stops, quotes))
    found.extend(captions)
    turns = _transcript_turns(ctx, actors)
    if turns:  # a transcript: each answer is its speaker's words, whatever verbs it holds
        found = [f for f in found if not any(t[0] <= f[0] < t[1] for t in turns)] + turns
    _emit(ctx, found)


def _drop_reporting(found: list[_Found], told: int, outer: _Found | None) -> None:
    """When a person's words were found (after `told`) inside the words of a body (`outer`),
    the body only reports them: its statement goes."""
    if outer is not None and len(found) > told:
        found[:told] = [f for f in found[:told] if f[0] != outer[0]]


def _person_speaks_inside(ctx: Context, start: int, verb: Match) -> bool:
    """ "وذكرت الخارجية الروسية أن لافروف شدد خلال الاتصال على ضرورة ...", "الخارجية الأميركية:
    الوزير كيري أبلغ لافروف ... أن": words reported by a body (starting at `start`) that open
    with a person named right before a speech verb are that person's words."""
    named = ctx.mentions_in(start, verb.start, "actor")
    return (
        len(named) == 1
        and ctx.lexicon.actors[named[0].id].kind == "person"
        and not words_between(ctx.folded, named[0].end, verb.start)
        and len(words_between(ctx.folded, start, named[0].start)) <= 1
    )


def _embedded(ctx: Context, verb: Match, other: Match) -> bool:
    """ "Peskov said Moscow "categorically" rejected claims that ...", "وأوضح لافروف أن واشنطن
    وعدت": a speech verb right after a subject in the words of `verb` is said inside them."""
    folded = ctx.folded
    if not other.text.isascii():
        # "وأوضح لافروف أن واشنطن وعدت بفصل المعارضة": a verb whose subject opens the words
        # after "أن" is told inside them
        if other.start <= verb.end or re.search(r"[,،;؛:.]", folded[verb.end : other.start]):
            return False
        opened = [
            c.end
            for c in ctx.cues_of("complementiser")
            if verb.end <= c.start and c.end <= other.start
        ]
        # (the speaker's phrase may be long: "وقال بوتين خلال لقائه وزيري الخارجية ... إن"; the
        # verb's word may start before its stem: "الهيئة ت|رحب")
        at = word_start(folded, other.start)
        if opened and _WHEN_BEFORE.search(folded, max(0, at - 10), at):
            return True  # "أن قوات التحالف «أوقفت الغارة فوراً» بعد أن أبلغها الجانب الروسي بأن"
        near = len(words_between(folded, verb.end, at)) <= 6
        return (
            bool(opened)
            and len(words_between(folded, opened[-1], at)) <= 5
            and (
                any(
                    not words_between(folded, m.end, at)
                    # (a person told of after a long phrase speaks: "ذكرت وزارة الخارجية الروسية
                    # في بيان أن لافروف دعا واشنطن إلى")
                    and (near or ctx.lexicon.actors[m.id].kind != "person")
                    for m in ctx.mentions_in(opened[-1], other.start, "actor")
                )
                # "إن انقطاع المياه يهدد حياة السكان": an imperfect with no conjunction after
                # words opened by "أن" is their own verb, whatever its subject
                or (at < other.start and folded[at] in "يت" and at > opened[-1])
            )
        )
    return (
        verb.end < other.start
        and not re.search(r"[,;:]", folded[verb.end : other.start])
        and len(words_between(folded, verb.end, other.start)) <= 3
        and bool(ctx.mentions_in(verb.end, other.start, "actor"))
    )


def _no_speech_verb(ctx: Context, verb: Match) -> bool:
    """ "يُذكر أن هدنة سابقة ..." (it is worth noting: the outlet's own background), "دون مقاومة
    تذكر" (worth mentioning), "وسط إجراءات أمنية مشددة، فيما" (an adjective): a speech verb's
    letters where no one speaks."""
    folded = ctx.folded
    word_at, word_to = word_start(folded, verb.start), word_end(folded, verb.end)
    if _WORTH_NOTING.fullmatch(folded, word_at, word_to) and not any(
        m.start <= word_to + 1 for m in ctx.mentions_in(verb.end, verb.end + 3, "actor")
    ):
        return True
    if _INFORMED.fullmatch(folded, word_at, word_to):
        # "وأبلغ بوتين نظيره السوري بشار الأسد بالقرار": informed of a thing, not told words
        # (but "أبلغ لافروف في اتصال هاتفي أن", "أبلغ لافروف بأن": what he was told)
        thing = _INFORMED_OF.search(folded, word_to, min(len(folded), word_to + 80))
        said = _THAT_SAID.search(folded, word_to, min(len(folded), word_to + 80))
        if thing and (said is None or thing.start() < said.start()):
            return True
    if _HEADQUARTERS.fullmatch(folded, word_at, word_to) and _OF_AFTER.match(folded, word_to):
        return True  # "بغارتين مقراً للتنظيم": a headquarters, not "admitting" (مقراً بأن)
    if _ACCORD_BEFORE.search(folded, max(0, verb.start - 30), verb.start) and verb.text.endswith(
        "ed"
    ):
        return True  # "the U.S.-Russian agreement announced in Geneva": a participle, no speaker
    return bool(
        _ADJECTIVE_PARTICIPLE.fullmatch(folded, word_at, word_to)
        and _CLAUSE_END_AFTER.match(folded, word_to)
    )


# "مقراً" (admitting, or a headquarters) and the ل of a headquarters' owner after it
_HEADQUARTERS = re.compile(r"مقرا")
_OF_AFTER = re.compile(r"\s+ل\S")
# an accord or a plan right before an English participle ("the agreement announced in Geneva")
_ACCORD_BEFORE = re.compile(
    r"(?:^|\s)(?:agreement|deal|truce|ceasefire|cease-fire|plan|pause|accord|arrangement|"
    r"initiative|decision|measures|hostilities)\s+$"
)


_AND_BEFORE = re.compile(r"(?:^|\s)and\s+$")
_ASIDE_BETWEEN = re.compile(r",\s*[^,;:\"“”]{1,60},\s*")


def _speech_verbs(ctx: Context) -> list[Match]:
    """The speech verbs of the document that may open a statement."""
    folded = ctx.folded
    allusions = ctx.cues_of("allusion")  # "في إشارة إلى ...": whom a statement meant, not a new one
    speech = ctx.cues_of("speech")
    labels = [  # "called the attack "an obvious war crime"": the words that name it
        v
        for v in ctx.cues_of("label_verb")
        if _QUOTE_SOON.match(folded, v.end)
        and not any(u.start <= v.start < u.end for u in speech)  # "called for", "calling for"
        # right after its subject, a party: "Power called Russia's conduct "barbarism""; or a
        # participle after a comma, whose subject is the sentence's ("..., calling the attack
        # "an obvious war crime"")
        and (
            any(
                m.end <= v.start
                and (
                    (
                        len(words_between(folded, m.end, v.start)) <= 2
                        and not re.search(r"[,;:]", folded[m.end : v.start])
                    )
                    # "Assad, quoted by the Syrian presidency, called the victory "...""
                    or _ASIDE_BETWEEN.fullmatch(folded, m.end, v.start) is not None
                )
                for m in ctx.mentions_in(max(0, v.start - 80), v.start, "actor")
            )
            or (
                v.text.endswith("ing")
                and _COMMA_BEFORE.search(folded, max(0, v.start - 3), v.start) is not None
            )
            # "denied that the army had ever used chemical weapons and called the reports
            # "lies"": a second verb of the speaker of the sentence's speech verb
            or (
                _AND_BEFORE.search(folded, max(0, v.start - 5), v.start) is not None
                and any(ctx.sentence_of(v.start).start <= u.start < v.start for u in speech)
            )
        )
    ]
    unnamed = ctx.cues_of("anonymity")  # "وقال عضو في اللجنة، طلب عدم ذكر اسمه، إن": no words
    # "إبراهيم قالن": a name's letters may spell a speech verb ("قال")
    names = [m for m in ctx.mentions if m.kind == "actor"]
    return [
        v
        for v in longest_non_overlapping([*speech, *labels])
        if not any(a.start <= v.start < a.end for a in [*allusions, *unnamed])
        and not any(m.start <= v.start < m.end for m in names)
        # "للتهدئة المعلنة", "the declared truce": a participle with the article is an adjective
        and not _ARTICLE_BEFORE.search(folded, max(0, v.start - 3), v.start)
        # "موافقة الحكومة على طلبها إدخال قوافل": after a preposition, a verb's letters are a noun
        and not (
            v.text.startswith(ctx.lexicon.speech_noun_stems)
            and (
                _PREPOSITION_BEFORE.search(folded, max(0, v.start - 6), v.start)
                # "تعتزم طلب إذن", "ستعيد تقديم طلب": the object of a verb or a verbal noun
                or "".join(folded[max(0, v.start - 20) : v.start].split()[-1:])
                in ctx.lexicon.speech_noun_governors
            )
        )
        # "وقال رياض حجاب، في تصريحات للصحفيين، إن", "في إفادة صحافية": where the words were
        # said, not new words
        and not (
            v.text.startswith(("تصريح", "افاد", "إفاد", "أفاد"))
            and _IN_BEFORE.search(folded, max(0, v.start - 6), v.start)
        )
        # "«حرب أسعار» متوقعة بين الفنادق": expected, an adjective; "متوقعاً أن" speaks
        and not (v.text.startswith("متوقع") and not _THAT_AFTER.match(folded, v.end))
        # "قذائف محمّلة بمواد سامة": loaded, not laying blame
        and not (
            _BLAME_VERB.match(v.text) and not _RESPONSIBILITY.search(folded, v.end, v.end + 80)
        )
        # "ويشدد النظام حصاره على الغوطة": tightening a grip, not stressing a point
        and not (_TIGHTEN_VERB.fullmatch(v.text) and _TIGHTENED.match(folded, v.end) is not None)
        # (nor, as no verb, do they end the words of one: "من دون مقاومة تذكر")
        and not _no_speech_verb(ctx, v)
        # "the plan will be announced next month": a passive participle, no one speaking
        and not _PASSIVE_BEFORE.search(folded, max(0, v.start - 12), v.start)
        # "stopped short of saying", "declined to say", "without saying": nothing said
        and not _UNSAID_BEFORE.search(folded, max(0, v.start - 20), v.start)
        # "ستطلب من جميع الأطراف", "سوف يعلن", "will announce": what is to be said is no
        # statement yet, and inside the words of another it ends nothing
        and not _FUTURE_BEFORE.search(folded, max(0, v.start - 8), v.start)
        # "ومن المقرر أن تعلن الهيئة موقفها", "إذا لم تعلن الهيئة شروطاً": a present verb after
        # "أن", "لم" or "لن" is to be said, or was not
        and not (
            v.text.lstrip("وف")[:1] in ("ي", "ت")
            and _UNSAID_PARTICLE.search(folded, max(0, v.start - 14), v.start)
        )
        # "rejected the claims", "such claims": a noun after a determiner, no one speaking
        and not _DETERMINER_BEFORE.search(folded, max(0, v.start - 8), v.start)
        # "..., a charge Damascus denied": the outlet's comment on the claim before it
        and not _CLAIM_COMMENTED.search(folded, max(0, v.start - 60), v.start)
        # "rejected claims that": the object of the verb before it
        and not (
            v.text.isascii()
            and any(u.end < v.start and not folded[u.end : v.start].strip() for u in speech)
        )
    ]


# the object, then its quoted name ("called a meeting on "the situation"" names no one)
_QUOTE_SOON = re.compile(
    r"\s+(?:(?!(?:on|about|for|to|at|into|over|with)\s)[^\s\"“«.,;:]+\s+){1,8}[\"“«]"
)
_PASSIVE_BEFORE = re.compile(r"(?<!\S)(?:be|been|being|is|are|was|were)\s+$")
_UNSAID_BEFORE = re.compile(r"(?<!\S)(?:short of|without|(?:declined|refused) to)\s+$")
_COMMA_BEFORE = re.compile(r",\s*$")
# (but "قبل أن يقول المتحدث", "بعد أن أعلن": the words were said, before or after another act)
_UNSAID_PARTICLE = re.compile(r"(?<!\S)(?<!قبل\s)(?<!بعد\s)[وف]?(?:ان|لم|لن|كي|لكي)\s+$")
_FUTURE_BEFORE = re.compile(r"(?:(?<![^\W\d_])[وف]?س[يتنا]?|(?<!\S)(?:سوف\s+[يتنا]?|will\s+))$")
_DETERMINER_BEFORE = re.compile(
    r"(?<!\S)(?:the|a|an|these|those|such|its|their|his|her|our|any)\s+$"
)
_CLAIM_COMMENTED = re.compile(CLAIM_COMMENT + r"(?:that\s+|which\s+)?(?:[^\s,;.]+\s+){1,4}$")


# "after which Dehghan said": a preposition before "which" opens a clause of time or place
_PREPOSITION_WHICH = re.compile(r"(?:after|during|at|following|before)\s+which\s+(?:\S+\s+)?$")


def _relative_before(ctx: Context, pos: int) -> re.Match[str] | None:
    """The relative pronoun within the 30 characters before `pos` (not "WHO", the UN agency,
    which folds to "who")."""
    lo = max(0, pos - 30)
    m = _RELATIVE.search(ctx.folded[lo:pos])
    if m is not None and any(a.start <= lo + m.start() < a.end for a in ctx.mentions):
        return None
    if m is not None and _PREPOSITION_WHICH.search(ctx.folded, lo, lo + m.end()):
        return None  # "after which Dehghan said": a clause of time, whose speaker says words
    return m


def _after_relative(ctx: Context, pos: int) -> bool:
    """`الحملة التي أعلنها الجيش`: a speech verb in a relative clause reports no statement."""
    return _relative_before(ctx, pos) is not None


def _says_words(folded: str, verb: Match, complementisers: list[Match]) -> bool:
    """Whether a complementiser, a colon or a quotation mark follows the verb within two words."""
    if re.match(r"\s*(?:\S+\s+){0,2}?[:«“\"]", folded[verb.end : verb.end + 40]):
        return True
    return any(
        verb.end <= c.start and len(words_between(folded, verb.end, c.start)) <= 2
        for c in complementisers
    )


def _after_restrictive_relative(ctx: Context, pos: int) -> bool:
    """`الجلسة الطارئة التي دعت إليها`: an Arabic relative clause right after its noun, no comma
    between; any English one (`by "terrorists", who he said had killed`)."""
    window = ctx.folded[max(0, pos - 30) : pos]
    m = _relative_before(ctx, pos)
    return m is not None and (
        m.group().isascii() or not window[: m.start()].rstrip().endswith(("،", ","))
    )


_AND_THAT = re.compile(r"^[\s\"”»]*[،,]?\s*(?:و(?:ان|انه|انها|انّ)|and that)\s")


def _coordinated_complements(
    ctx: Context,
    found: list[_Found],
    stops: list[Match],
    quotes: list[tuple[int, int]],
) -> list[_Found]:
    """`معتبراً أنّه "..."، وأن هناك "..."`: a second complement of the same verb is a second
    statement by the same speaker."""
    folded = ctx.folded
    out: list[_Found] = []
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


def _emit(ctx: Context, found: list[_Found]) -> None:
    """Keep one statement per speech act: a headline repeating a body statement is dropped."""
    # "A spokesman for President Erdogan said": said for the person's party
    found = [(s, e, spoken_for(ctx, sp, s, e), m, h, a) for s, e, sp, m, h, a in found]
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f[4], f[0])):  # body statements first
        start, end, speaker, mode, headline, _about_ids = item
        if mode == "source":
            continue  # the source of another speaker's words says none of its own
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
