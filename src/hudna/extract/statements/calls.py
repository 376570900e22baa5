"""Calls, charges and blame: the party a speech verb is aimed at, who is not its speaker.

A call (`دعا`, `حثّ`, `طالب`, `ناشد`) names the party called on before what it should do
(إلى، على، بـ); a charge (`اتهم`) names the accused before the charge (بـ); blame (`حمّل`)
names the party blamed before the responsibility. `_addressee` finds where the called or blamed
party begins (the content starts there), `_charged_object` whether the actor after the verb is
its object, and `_accuser` who makes the charge then.
"""

from __future__ import annotations

import re

from hudna.extract.context import CHARGE_AFTER, RESUMPTIVE_AFTER, Context, Mention, words_between
from hudna.extract.entities import affiliation
from hudna.extract.matcher import Match
from hudna.extract.statements.speakers import (
    _COMMA_END,
    _first_actor,
    _holder_after,
    _speaker_before,
)
from hudna.text import is_arabic

# ("، لكنه اتهم", "، إلا أنه دعا": the joined clause's subject is a pronoun, the one before)
_JOINS_OR_OPENS = re.compile(
    r"(?:[،,]|^|[.!?؟\n])\s*[وف]?(?:كما\s+|(?:لكن|الا\s+ان|غير\s+ان)(?:ه|ها|هم)\s+)?$"
)
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
# any verb aimed at a party named after it: a charge, a call or blame
_AIMED_VERB = re.compile("|".join(p.pattern for p in (_ACCUSE_VERB, _CALL_VERB, _BLAME_VERB)))
_ADDRESS_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:الي|علي)\s|\s*ب")
_ARABIC_PARTICIPLE = re.compile(r"م[^\W\d_]{3,}[اه]")  # مطالبا، داعيه، محذرا (folded)
_COMMA_WAW_END = re.compile(r"[،,]\s*و$")


_QUANTIFIED_CALLED = re.compile(
    r"\s*[«“\"]?((?:جميع|كل|كافه)\s+(?:[^\W\d_]+\s+){0,2}?)[»”\"]?\s*(?:الي|علي)\s"
)
_UNNAMED_CALLED = re.compile(r"\s*((?:[^\W\d_]+\s+){1,3}?)(?:الي|علي)\s")
# a demand (طالب) names what is wanted after بـ ("، وطالب السلطات الأردنية بالسماح")
_UNNAMED_DEMANDED = re.compile(r"\s*((?:[^\W\d_]+\s+){1,3}?)(?:ب(?!عد|ين|حسب|يان)[^\W\d_])")
_DEMAND_VERB = re.compile(r"[وف]?(?:طالب|يطالب|تطالب)")


def _unnamed_called(folded: str, pos: int, end: int | None = None) -> int | None:
    """Where the ones called on start when no party is named among them: the words right after
    `pos`, when a call's إلى or على follows within three words (and before `end`)."""
    m = _UNNAMED_CALLED.match(folded, pos, len(folded) if end is None else end)
    return m.start(1) if m else None


def _joined_call(folded: str, verb: Match, end: int) -> int | None:
    """Where a call joined to the speech verb before it begins, when no party is named among the
    ones called on (before `end`): the words after the verb ("، ودعا الدول المجاورة إلى"، "،
    وطالب السلطات الأردنية بالسماح"), or the call itself when it names no one ("، ودعا إلى")."""
    if _CALL_AFTER.match(folded, verb.end, end):
        pos = verb.end
        while pos < end and folded[pos].isspace():
            pos += 1
        return pos
    if _DEMAND_VERB.fullmatch(verb.text):
        demanded = _UNNAMED_DEMANDED.match(folded, verb.end, end)
        if demanded:
            return demanded.start(1)
    return _unnamed_called(folded, verb.end, end)


def _speech_verb_before(ctx: Context, verb: Match) -> bool:
    """Whether a speech verb comes before `verb` in its sentence."""
    floor = ctx.sentence_of(verb.start).start
    return any(floor <= v.start < verb.start for v in ctx.cues_of("speech"))


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
    own_subject = (
        _ARABIC_PARTICIPLE.fullmatch(verb.text) is not None
        or verb.start in continuation_at
        # "كما دعت"، "، وحثّت": joined to the clause before, whose subject it shares
        or re.search(r"(?:^|\s)[وف]?كما\s+$", folded[max(0, verb.start - 8) : verb.start])
        is not None
        or _COMMA_WAW_END.search(folded[max(0, verb.start - 3) : verb.start]) is not None
        # (or the verb's own و: "، ودعا")
        or (
            verb.text.startswith("و")
            and _COMMA_WAW_END.search(folded, max(0, verb.start - 3), verb.start + 1) is not None
        )
        or _speaker_before(folded, actors, verb, ctx.sentence_of(verb.start).start, 0) is not None
    )
    if not after:
        # "، ودعا الدول المجاورة إلى إغلاق حدودها": no party called on, but a call all the same
        # (joined to a speech verb before it in the sentence, whose speaker it shares)
        joined = own_subject and _speech_verb_before(ctx, verb)
        if blaming:
            return None
        if not joined:
            # "ودعا جميع الأطراف إلى": all of some kind are the ones called on, not a speaker;
            # the paragraph's speaker goes on
            quantified = _QUANTIFIED_CALLED.match(folded, verb.end)
            opens = folded[ctx.sentence_of(verb.start).start : verb.start].strip() in ("", "و", "ف")
            return quantified.start(1) if quantified and opens else None
        return _joined_call(folded, verb, len(folded))
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
    if blaming and len(groups) == 1 and _BLAME_AFTER.match(folded, groups[0][-1].end):
        # "فيما حمّلت تنظيم «داعش» مسؤولية الهجوم": one party before the responsibility is the
        # one blamed; the speaker is the clause's subject, told before
        own_subject = True
    first = 0 if own_subject else 1
    if len(groups) <= first:
        # "ودعا منسق الشؤون الإنسانية جميع الأطراف إلى": the speaker, then others called on;
        # "دعا وزير الخارجية وليد المعلم جميع الأطراف إلى": the speaker's title may come first
        titled = any(
            verb.end <= o.start and o.end <= groups[0][0].start for o in ctx.cues_of("official")
        )
        gap = words_between(folded, verb.end, groups[0][0].start)
        if first and not blaming and (not gap or (titled and len(gap) <= 4)):
            return _unnamed_called(folded, groups[0][-1].end)
        return None
    called = groups[first]
    if first and len(words_between(folded, groups[0][-1].end, called[0].start)) > 1:
        return None  # the speaker's phrase ends right before the party called on
    if not own_subject and len(words_between(folded, verb.end, groups[0][0].start)) > 3:
        return None
    if own_subject and len(words_between(folded, verb.end, called[0].start)) > 1:
        # "، ودعا الدول المجاورة إلى إغلاق حدودها أمام تدفق المسلحين": the ones called on are no
        # party, and the party named later is inside what they should do
        if blaming or not _speech_verb_before(ctx, verb):
            return None
        return _joined_call(folded, verb, called[0].start)
    if not (_BLAME_AFTER if blaming else _CALL_AFTER).match(folded, called[-1].end):
        return None
    start = called[0].start
    while start > 0 and not folded[start - 1].isspace() and folded[start - 1] not in '«“"':
        start -= 1  # "المسلحين": the word the name is part of
    return start


_CALL_AFTER = re.compile(
    r"[»\"”]?\s*(?:(?:في\s+)?الوقت\s+(?:نفسه|ذاته)\s+)?(?:الي|علي)\s|[»\"”]?\s+ب(?!عد|ين|حسب)"
)  # "وحثّت الوحدات الكردية في الوقت نفسه على"


_CALL_PARTICIPLE = re.compile(r"[وف]?(?:داعي|حاث|مطالب|مناشد)")


_PLACE_OPENER = re.compile(r"\s*[وف]?(?:في|من)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*،\s*")


def _opening_subject(ctx: Context, actors: list[Mention], floor: int, verb: Match) -> str | None:
    """The party a sentence opens with, as the subject of its first verb ("هنأ الرئيس بوتين",
    "وكانت واشنطن قد"): the first of `actors` from `floor`, named within four words of it, or of
    a place the sentence opens in ("وفي طهران، قدّم المتحدث باسم الخارجية الإيرانية")."""
    if opener := _PLACE_OPENER.match(ctx.folded, floor):
        floor = opener.end()
    before = [a for a in actors if floor <= a.start and a.end <= verb.start]
    if not before or len(words_between(ctx.folded, floor, before[0].start)) > 4:
        return None
    return before[0].id


def _participle_after_comma(ctx: Context, verb: Match, *, said_before: bool = True) -> bool:
    """ "وعلقت واشنطن محادثاتها مع موسكو، معتبرةً أن": an Arabic participle in the accusative
    after a comma, whose subject is the subject of the clause before it: a clause with no
    speech verb of its own (after "وقال وزير ... إن ...، مؤكداً" it goes on with that speaker),
    or whose speech verb said nothing that was read (`said_before` false: "ورحب المدير العام
    لليونسكو باستعادة المدينة، معلناً أن")."""
    return (
        is_arabic(verb.text)
        # (and "قائلاً", a participle of the plain verb: "رفض الجعفري التقرير، قائلاً إن")
        and verb.text.lstrip("وف").startswith(("م", "قايل"))
        and verb.text.endswith(("ا", "ه"))
        and _COMMA_END.search(ctx.folded, max(0, verb.start - 3), verb.start) is not None
        and not (said_before and _speech_verb_before(ctx, verb))
    )


def _is_charge(verb: Match) -> bool:
    """An accusation or blaming verb, or a participle of a call: the party after it is the one
    accused or called on, who never speaks (but after a finite call verb the party may be its
    speaker: "ودعا دي ميستورا إلى")."""
    return any(p.match(verb.text) for p in (_ACCUSE_VERB, _BLAME_VERB, _CALL_PARTICIPLE))


def _charged_object(ctx: Context, actors: list[Mention], verb: Match, end: int) -> bool:
    """Whether the actor right after an Arabic accusation or call verb is its object, the party
    accused or called on: the charge (بـ) or the call (إلى، على) follows it, and the verb joins
    the clause before ("، واتهم", "، متهمةً", "كما دعت"), opens its sentence with no subject of
    its own ("... في كلمة متلفزة. واتهم الولايات المتحدة بـ") or opens a relative clause
    ("رسالتين اتهمت فيهما النظام التركي بـ")."""
    folded = ctx.folded
    accusing = _ACCUSE_VERB.match(verb.text) is not None
    blaming = _BLAME_VERB.match(verb.text) is not None
    if not (accusing or blaming or _CALL_VERB.match(verb.text)) or not (
        _JOINS_OR_OPENS.search(folded[max(0, verb.start - 10) : verb.start])
        or RESUMPTIVE_AFTER.match(folded, verb.end)
    ):
        return False
    if any(
        o.end <= verb.start and not words_between(folded, o.end, verb.start)
        for o in ctx.cues_of("turn_opener")
    ):
        return False  # "في المقابل، دعت المندوبة الأميركية ... المجلس إلى": a new speaker's turn
    after = [a for a in actors if verb.end <= a.start < end]
    if not after:
        return False
    first = after[0]
    if _holder_after(ctx, actors, first.id, first.start, end) != first.id:
        return False  # "ودعا المبعوث الخاص للأمين العام إلى سوريا ستيفان دي ميستورا": the speaker
    # "، وحثّت الوحدات الكردية في الوقت نفسه على عدم ...": the party called on; but in "ودعت
    # الخارجية الأميركية أنقرة إلى" a second party follows: the first is the subject
    charge = (CHARGE_AFTER if accusing else _BLAME_AFTER if blaming else _ADDRESS_AFTER).match(
        folded, first.end, first.end + 60
    )
    if charge is None:
        return False
    between = [a for a in after[1:] if first.end <= a.start < charge.end()]
    if accusing or blaming:
        # "اتهم النظام وروسيا بـ": a second accused joined by و; but in "واتهمت الخارجية
        # الروسية واشنطن بـ" the party after the first is the accused, the first the accuser
        return all(folded[a.start - 1] == "و" for a in between)
    return not between


def _accuser(
    ctx: Context,
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
    if subject and RESUMPTIVE_AFTER.match(ctx.folded, verb.end):
        return subject
    return previous or (subject if named or _participle_after_comma(ctx, verb) else None)
