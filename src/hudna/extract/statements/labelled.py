"""Statements labelled by their speaker rather than told by a verb: captions (`لافروف: ...`),
a live blog's time-stamped labels (`13:05 - منسق الأمم المتحدة ...: ...`), a transcript's
turns (`MR KIRBY: ...`, `Mr Toner: ...`) and an Arabic dialogue's guests (`الزعبي: ...`, who
speaks for the party the lead introduced him with); and where the document's title line ends,
since the title's own statements repeat the body."""

from __future__ import annotations

import re

from hudna.extract.context import (
    TIME_STAMP,
    Context,
    Mention,
    Sentence,
    title_end,
    word_start,
    words_between,
)
from hudna.extract.statements.ends import _trim
from hudna.text import is_arabic

_FROM_PLACE = re.compile(r"\s+(?:من|في|from|in)\s+[^\s:]+(?:\s+[^\s:]+)?(?=\s*:)")
_TICKER = re.compile(r"\s*(?:عاجل|urgent|breaking)\s*[|:\-–—]\s*")
_REMARKS = frozenset({"تصريح", "تصريحات", "بتصريح", "بتصريحات"})


def _title_end(ctx: Context) -> int:
    """End of the title line when the text starts with the document's title, else 0."""
    return title_end(ctx)


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
        # the name opening the line, or after a person's title ("الرئيس الأسد: نأخذ كل تهديد"),
        # past a ticker's "عاجل |"
        ticker = _TICKER.match(folded, sentence.start)
        opens = ticker.end() if ticker else sentence.start
        titles = [h.end for h in ctx.cues_of("person_head") if opens <= h.start < opens + 3]
        head = [
            a for a in actors if opens <= a.start < opens + 3 or _after_title(folded, titles, a)
        ]
        stamp = TIME_STAMP.match(folded, sentence.start, sentence.end)
        if not head and stamp:
            # a live blog's "13:05 - منسق الأمم المتحدة للشؤون الإنسانية في سوريا: ...": the
            # party its label names, up to the colon
            colon_at = folded.find(":", stamp.end(), min(sentence.end, stamp.end() + 90))
            head = [
                a
                for a in actors
                if stamp.end() <= a.start
                and a.end <= colon_at
                and (
                    len(words_between(folded, stamp.end(), a.start)) <= 2
                    # "16:45 - المتحدث باسم الأمين العام للأمم المتحدة: ...": an official's post
                    or (
                        any(o.start == stamp.end() for o in ctx.cues_of("official"))
                        and len(words_between(folded, stamp.end(), a.start)) <= 5
                    )
                )
            ]
            if head and not any(
                stamp.end() <= v.start < colon_at
                # "17:20 — لافروف في تصريحات للصحافيين بموسكو: ...": where he spoke, no verb
                and v.text not in _REMARKS
                for v in verbs
            ):
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
        elif where := _FROM_PLACE.match(folded, colon):
            colon = where.end()  # "بوتين من طوكيو: ...": where the caption's speaker spoke
        else:
            # "مصدر عسكري سوري: ...": the nationality after a voice names its party
            colon = next(
                (
                    n.end
                    for n in ctx.cues_of("nationality")
                    if n.start == colon + 1 and folded[colon] == " "
                ),
                colon,
            )
        while colon < sentence.end and folded[colon] == " ":
            colon += 1
        if colon < sentence.end and folded[colon] == ":":
            turn_end = _turn_end(
                folded, sentence, head[0], colon, _after_title(folded, titles, head[0])
            )
            # "دي ميستورا: الهدنة «...».. ودعا المبعوث الأممي ...": a sentence of the line that
            # opens on a speech verb is the outlet telling again, not the turn
            turn_end = min(
                (
                    s.start
                    for s in ctx.sentences
                    if colon < s.start < turn_end
                    and any(
                        s.start <= v.start
                        and not words_between(folded, s.start, word_start(folded, v.start))
                        for v in verbs
                    )
                ),
                default=turn_end,
            )
            start, end = _trim(folded, colon + 1, turn_end)
            if end - start > 5:
                out.append((start, end, head[0].id, "direct", True, []))
    return out


# the kind of outlet right after a name: the label is the interviewer's ("Nordlys TV"), folded
_OUTLET_AFTER = re.compile(
    r"\s+(?:tv|television|radio|channel|news|newspaper|daily|magazine|agency|network)\b"
)
_TURN = re.compile(r"(?m)^[ \t]*(?:(?:mr|ms|mrs|dr)\.?\s+)?([^\W\d_][^\n:]{1,30}?)\s*:\s*")

_CAPS_WITH_PREFIX = re.compile(r"(?:[A-Z]+\.?\s+)*(?:Mc|Mac)[A-Z][A-Z'-]+")
# ("Mr. de Mistura", "Mr. al-Jaafari", "Ms. van der Berg": a name may open on its particle)
_PARTICLE = r"(?:(?:de|da|di|du|del|della|van|von|der|den|le|la|bin|ibn|al|el)[\s-])*"
_HONORIFIC_LABEL = re.compile(
    rf"(?:Mr|Ms|Mrs|Dr)\.?\s+{_PARTICLE}[A-Z][\w'’-]+(?:\s+{_PARTICLE}[A-Z][\w'’-]+){{0,2}}"
)
_NAME_LABEL = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s+)+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}")


def _transcript_turns(
    ctx: Context, actors: list[Mention]
) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """A transcript's turns ("MR KIRBY: ...", "QUESTION: ..."): a line opening on a label in
    capitals gives the floor to the actor it names until the next label; a question or an
    unknown speaker's turn is nobody's statement. Without two such labels, the answers of a
    question-and-answer transcript (`_answers`)."""
    folded = ctx.folded
    title_end = _title_end(ctx)
    lines = [m for m in _TURN.finditer(folded) if m.start() >= title_end]  # opening on a label
    labels = [
        m
        for m in lines
        if (
            ctx.original(m.start(1), m.end(1)).isupper()
            # "MR. McGURK: ...": a name in capitals but for its Mc or Mac
            or _CAPS_WITH_PREFIX.fullmatch(ctx.original(m.start(1), m.end(1))) is not None
            # "Lt. Gen. Sergei Rudskoy: ...": a rank and a name, each word capitalised
            or _NAME_LABEL.fullmatch(ctx.original(m.start(1), m.end(1))) is not None
            # "Mr Toner: ...", "Ms. Zakharova: ...": an honorific and a capitalised name
            or _HONORIFIC_LABEL.fullmatch(ctx.original(m.start(), m.end(1)).strip()) is not None
        )
        and not is_arabic(m.group(1))
    ]
    if len(labels) < 2:
        return _answers(ctx, actors) + _guests_turns(ctx, actors, lines)
    out: list[tuple[int, int, str, str, bool, list[str]]] = []
    # ("Q: Moscow says ...": a one-letter question label ends the answer before it too)
    bounds = sorted({m.start() for m in labels} | {m.start() for m in _QA_LABEL.finditer(folded)})
    for turn in labels:
        end = next((b for b in bounds if b > turn.start()), len(folded))
        speaker = next((a.id for a in actors if turn.start() <= a.start < turn.end()), None)
        if speaker is None:
            speaker = _introduced_speaker(ctx, actors, turn.group(1).split()[-1])
        start, stop = _trim(folded, turn.end(), end)
        if speaker and len(words_between(folded, start, stop)) >= 3:
            out.append((start, stop, speaker, "direct", False, []))
    return out


# an Arabic dialogue's labels that give the floor to no one: the host, the reporter, a question
# (labels have two letters at least: a one-letter "س:" is `_QA_LABEL`'s)
_HOSTS = frozenset({"المذيع", "المذيعه", "المقدم", "مقدم البرنامج", "الصحفي", "الصحفيه", "سوال"})


def _guests_turns(
    ctx: Context, actors: list[Mention], lines: list[re.Match[str]]
) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """ "المذيع: ... الزعبي: هذه ليست ممرات إنسانية ...": in an Arabic dialogue (three lines or
    more opening on a label of one or two words, one label coming back), a guest the lexicon
    does not name speaks for the party the lead introduced him with ("وضيفاها عضو الهيئة العليا
    للمفاوضات العميد أسعد الزعبي"), to the next label; a label that names an actor is a caption
    (`_headline_statements`), the host's lines are no one's. `lines`: those past the title that
    open on a label (`_TURN`), as `_transcript_turns` found them."""
    folded = ctx.folded
    labels = [m for m in lines if is_arabic(m.group(1)) and len(m.group(1).split()) <= 2]
    names = [m.group(1) for m in labels]
    if len(labels) < 3 or max((names.count(n) for n in names), default=0) < 2:
        return []
    out: list[tuple[int, int, str, str, bool, list[str]]] = []
    for i, turn in enumerate(labels):
        if turn.group(1) in _HOSTS or any(turn.start() <= a.start < turn.end() for a in actors):
            continue
        speaker = _guest_party(ctx, actors, turn.group(1).split()[-1], labels[0].start())
        end = labels[i + 1].start() if i + 1 < len(labels) else len(folded)
        start, stop = _trim(folded, turn.end(), end)
        if speaker and len(words_between(folded, start, stop)) >= 3:
            out.append((start, stop, speaker, "direct", False, []))
    return out


def _guest_party(ctx: Context, actors: list[Mention], surname: str, before: int) -> str | None:
    """The party a guest is introduced with before the dialogue: the actor named at most three
    words before the guest's name, nothing but a title and the first name between ("عضو الهيئة
    العليا للمفاوضات العميد أسعد الزعبي"), not a party named before a comma ("..., والباحث في
    الشؤون الروسية كمال حداد")."""
    folded = ctx.folded
    if len(surname) < 3:
        return None
    for m in re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)").finditer(folded, 0, before):
        posts = [
            a
            for a in actors
            if a.end <= m.start()
            and len(words_between(folded, a.end, m.start())) <= 3
            and not re.search(r"[،,.:؛]", folded[a.end : m.start()])
        ]
        if posts:
            return posts[-1].id
        # "مع الدكتور منذر الحلبي، عضو الهيئة العليا للمفاوضات": the post in apposition after
        # the name (but "..., والباحث كمال حداد" introduces another guest)
        apposed = [
            a
            for a in actors
            if a.start >= m.end()
            and len(words_between(folded, m.end(), a.start)) <= 4
            and _APPOSED_POST.fullmatch(folded, m.end(), a.start)
        ]
        if apposed:
            return apposed[0].id
    return None


_APPOSED_POST = re.compile(r"\s*[،,]\s*(?!و)[^\s،,.:؛]+(?:\s+[^\s،,.:؛]+){0,3}\s+")


def _after_title(folded: str, titles: list[int], a: Mention) -> bool:
    """Whether the actor `a` follows right after one of the titles ending at `titles`."""
    return any(e <= a.start and not folded[e : a.start].strip() for e in titles)


def _turn_end(folded: str, sentence: Sentence, name: Mention, colon: int, titled: bool) -> int:
    """Where the words after `name: ` end: a line opening on the name (or on a title and the name:
    `titled`) is its turn, to the line's end ("كوناشينكوف: شن نحو أربعة آلاف مسلح ... وخلال
    الليلة الماضية نفذت قاذفاتنا"); a caption inside a line ends with its sentence."""
    opens_line = folded[sentence.start - 1 : sentence.start] in ("\n", "")
    if (name.start - sentence.start > 2 and not titled) or not opens_line:
        return sentence.end
    line_end = folded.find("\n", colon)
    return len(folded) if line_end == -1 else line_end


# the labels of a question-and-answer transcript ("س: ... ج: ...", "Q: ... A: ...")
_QA_LABEL = re.compile(r"(?m)^[ \t]*(?:(س|سوال|السوال|q|question)|(ج|جواب|الجواب|a|answer))\s*:\s*")


def _answers(
    ctx: Context, actors: list[Mention]
) -> list[tuple[int, int, str, str, bool, list[str]]]:
    """A question-and-answer transcript ("س: هل انتهت الهدنة؟ ج: الهدنة لم تنته"): each answer is
    the words of the one its lead (else its title) gives the floor to: the person it names first,
    else the party it names first."""
    folded, title_ends = ctx.folded, _title_end(ctx)
    labels = list(_QA_LABEL.finditer(folded, title_ends))
    if not any(m.group(1) for m in labels) or not any(m.group(2) for m in labels):
        return []
    # the lead after the title first ("عقد نائب وزير الخارجية ... مؤتمراً صحفياً"), then the title
    told = [a for a in actors if a.end <= labels[0].start()]
    lead = [a for a in told if a.start >= title_ends] or told
    people = [a for a in lead if ctx.lexicon.actors[a.id].kind == "person"]
    host = (people or lead)[0].id if lead else None
    if host is None:
        return []
    out: list[tuple[int, int, str, str, bool, list[str]]] = []
    for i, turn in enumerate(labels):
        if not turn.group(2):
            continue
        end = labels[i + 1].start() if i + 1 < len(labels) else len(folded)
        start, stop = _trim(folded, turn.end(), end)
        if len(words_between(folded, start, stop)) >= 3:
            out.append((start, stop, host, "direct", False, []))
    return out


def _introduced_speaker(ctx: Context, actors: list[Mention], surname: str) -> str | None:
    """The party of a speaker introduced earlier: the person named right after the label's title
    ("President Barack Obama held ..." before the turns "THE PRESIDENT: ..."), else the actor
    named just before the name ("Pentagon Press Secretary Peter Cook" before "MR. COOK: ...")."""
    folded = ctx.folded
    if len(surname) < 3 or surname in ("question", "q"):
        return None
    for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", folded):
        titled = [  # "President Barack Obama held ..." before the turns "THE PRESIDENT: ..."
            a
            for a in actors
            if m.end() < a.start <= m.end() + 2
            and ctx.lexicon.actors[a.id].kind == "person"
            and folded[m.end() : m.end() + 1] != ":"  # (not a turn's label)
        ]
        if titled:
            return titled[0].id
        if _OUTLET_AFTER.match(folded, m.end()):
            # "the interview Bashar al-Assad gave Nordlys TV ... NORDLYS: ...": the outlet asks
            return None
        before = [a for a in actors if m.start() - 60 <= a.start and a.end <= m.start()]
        if before and not _TURN.match(folded, m.start() - 4 if m.start() >= 4 else 0):
            return before[-1].id
    return None
