"""Commitments: a named party's statement of a future act, with its due date.

A commitment is signalled by a future marker (`سوف`, `سيتم`, `من المقرر`, `will`, `plans to`),
an Arabic verb with the future prefix سـ (`سنقدم`, `سيواصل`), or, inside a statement, a future time
(`الشهر القادم`). Demands, conditions, hopes and relative clauses before the marker rule it out.
The party is an actor right before the marker (`دي ميستورا، سيدفع`), right after it
(`من المقرر أن يزور كيري`), else the speaker of the enclosing statement (`سنقدم`, `سيواصل خبراؤنا`).
`due` comes from a date in the commitment, resolved against the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from hudna.data import load_yaml
from hudna.extract.context import (
    TIME_STAMP,
    Context,
    Mention,
    abbreviation_at,
    title_end,
    words_between,
)
from hudna.extract.dates import DateMention, bare_weekday, points_ahead
from hudna.extract.entities import affiliation, is_minister, side
from hudna.models import Commitment
from hudna.text import alternation, fold, is_arabic

# A word opening with the future prefix سـ, after و or ف or not (`سنقدم`, `وسيواصل`, `سأزور`). Each
# branch starts with its letter and checks the start of the word after it (`(?<![^\W_].)`), so that
# the search skips straight to those letters instead of trying every position of the text.
_FUTURE_VERB = re.compile(r"(?:و(?<![^\W_].)س|ف(?<![^\W_].)س|س(?<![^\W_].))[يتنا][^\W\d_]{2,}")
# (but "ما إذا", whether, asks and sets no condition: "سنرى ما إذا كانت ستُترجم")
_CONDITION = re.compile(r"(?:^|(?<!\sما)(?<!^ما)\s)(?:اذا|إذا|في حال|لو|ان لم|if|unless)\s")
_SUBSENTENCE = re.compile(r"[.!?؟]\s+")
_MORE_FORCES = re.compile(
    r"(?:more|additional|further|extra|fresh)\s+(?:[a-z-]+\s+)?(?:tanks|troops|soldiers|jets|warplanes|"
    r"aircraft|planes|forces|units|advisers|advisors|special forces)"
)
_HAD_BEFORE = re.compile(r"(?:^|\s)had\s+(?:[a-z]+ly\s+)?$")
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml("lexicons", "commitments.yaml")


@lru_cache(maxsize=1)
def _processes() -> frozenset[str]:
    return frozenset(fold(w) for w in _data().get("processes", []))


@lru_cache(maxsize=1)
def _config() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _data()
    not_future = frozenset(
        fold(w)
        for w in [
            *data.get("not_future_ar", []),
            *data.get("suffered", {}).get("ar", []),
            *data.get("waited", {}).get("ar", []),
        ]
    )
    passive = frozenset(fold(w) for w in [*data.get("passive_ar", []), *data.get("passive_en", [])])
    opening = frozenset(fold(w) for w in data.get("opening_ar", []))
    return not_future, passive, opening


@lru_cache(maxsize=1)
def in_force_words() -> str:
    """The words of an accord taking effect (commitments.yaml `in_force`: "حيز التنفيذ", "took
    effect"), folded, as one alternation; the events read them too (the day an accord starts)."""
    return alternation(
        fold(w) for lang in ("ar", "en") for w in _data().get("in_force", {}).get(lang, [])
    )


@lru_cache(maxsize=1)
def _in_force() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{in_force_words()})(?![^\W_])")


def future_markers(ctx: Context) -> list[tuple[int, int, bool]]:
    """Where the text speaks of the future (`start`, `end`, whether the marker has no subject of
    its own): the markers of commitments.yaml, Arabic verbs with the prefix سـ, future times
    inside statements, and the outlet's present verbs opening the clause of a time to come. Read once per document; the event rules ask for them too (a planned
    attack is not an attack)."""
    return ctx.once("future markers", lambda: _future_markers(ctx))


def _future_markers(ctx: Context) -> list[tuple[int, int, bool]]:
    not_future, passive, opening = _config()
    folded = ctx.folded
    entity_spans = [(m.start, m.end) for m in ctx.mentions]
    speech = ctx.cues_of("speech")
    markers: list[tuple[int, int, bool]] = [
        (m.start, m.end, m.text in passive or _PASSIVE_FUTURE.match(folded, m.end) is not None)
        for m in ctx.cues_of("future")
        # "وشدد الجعفري ... على أن «الإرهابيين» يستخدمون": after a speech verb, على أن opens what
        # was said, not a term to come
        if not (
            folded[m.start : m.end] in opening
            and any(
                v.end <= m.start
                and _STRESSED.match(v.text)
                and len(words_between(folded, v.end, m.start)) <= 8
                and not re.search(r"[،,.:؛]", folded[v.end : m.start])
                for v in speech
            )
        )
    ]
    # "متفقون على أن الحل سياسي", "دليل جديد على أن إيران قوة احتلال": على أن before a clause
    # with no verb of its own to open is what is agreed or shown, not a term to come
    markers = [
        (s, e, p)
        for s, e, p in markers
        if folded[s:e] not in opening or _TERM_VERB.match(folded, e)
    ]
    passive_at = {start for start, _end, is_passive in markers if is_passive}
    stems = tuple(n for n in not_future if len(n) >= 4)
    for fm in _FUTURE_VERB.finditer(folded):
        word = fm.group()
        bare = word[1:] if word[0] in "وف" else word
        if (
            # "سأزور", the first person, with its hamza written (folded away): not "ساعة", "سابق"
            (bare[1] == "ا" and "سأ" not in ctx.original(fm.start(), fm.end()))
            or bare in not_future
            or word in not_future
            # "سيطرتها", "سياساتها": a noun of the list with its endings (but "سيرافقون" is a
            # verb, not "سيرا" and more)
            or any(bare.startswith(s) and bare[len(s) :] in _NOUN_ENDINGS for s in stems)
            or any(s <= fm.start() < e for s, e in entity_spans)
            or fm.start() in passive_at  # "سيتم الإعلان": the passive marker already read
        ):
            continue
        markers.append((fm.start(), fm.end(), False))
    for s, e, _speaker in ctx.statement_spans:
        for d in ctx.dates:
            if s <= d.start < e and _time_ahead(ctx, d, s):
                markers.append((d.start, d.end, True))  # a future time in a statement
    markers += [(start, end, False) for start, end in outlet_plans(ctx)]
    return sorted(markers)


def _time_ahead(ctx: Context, d: DateMention, floor: int) -> bool:
    """Whether a relative date names a time to come when a party acts: after the publication
    date, or pointing ahead with no day of its own; not the end of a time ("تمديد الهدنة حتى
    السابعة من مساء غد"), looked for back to `floor`."""
    folded = ctx.folded
    return (
        d.kind == "relative"
        and bool(
            (d.value and ctx.published and d.value > ctx.published)
            or (d.value is None and points_ahead(folded[d.start : d.end]))
        )
        and not _UNTIL.search(folded, max(floor, d.start - 30), d.start)
    )


def outlet_plans(ctx: Context) -> list[tuple[int, int]]:
    """ "ويجري رئيس الأركان التركي مباحثات في موسكو الأسبوع المقبل": the outlet's own present
    verb opening the clause of a time to come, outside anyone's words (the verb's span, its
    subject after it). Read once per document."""
    return ctx.once("outlet plans", lambda: _outlet_plans(ctx))


def _outlet_plans(ctx: Context) -> list[tuple[int, int]]:
    folded = ctx.folded
    said = [(s, e) for s, e, _speaker in ctx.statement_spans]
    plans = []
    for d in ctx.dates:
        if not any(s <= d.start < e for s, e in said) and _time_ahead(ctx, d, 0):
            clause = _clause_start(ctx, ctx.sentence_of(d.start).start, d.start)
            verb = _OPENING_PRESENT.match(folded, clause)
            if verb:
                plans.append((verb.start(1), verb.end(1)))
    return plans


# a clause opening with a present verb (with its و), the outlet telling what is to come
_OPENING_PRESENT = re.compile(r"\s*[وف]?([يت](?!ذكر)[^\W\d_]{2,})\s")


_TERM_VERB = re.compile(r"\s+[يتن]")  # "على أن يتوجه", "على أن تدخل", "على أن يُسمح"


_UNTIL = re.compile(r"(?:^|\s)(?:حتي|لغايه|until|till)\s+(?:\S+\s+){0,4}$")


# what a noun of `not_future_ar` may end with (folded: ة is ه)
_NOUN_ENDINGS = frozenset(
    {
        "",
        "ا",
        "ه",
        "ها",
        "هم",
        "هما",
        "نا",
        "ات",
        "اته",
        "اتها",
        "اتهم",
        "ي",
        "يه",
        "يا",
        "ين",
        "يون",
    }
    | {"ون", "يات", "وا", "ت", "تا", "ته", "تها", "تهم"}  # "سياسيون", "سيطروا", "سيطرتها"
)
_QUESTION_END = re.compile(r"[?؟]")
# the speech verbs whose words على أن opens ("شدد على أن", "مؤكداً على أن"), not the accords
_STRESSED = re.compile(r"[وف]?(?:شدد|مشدد|اكد|أكد|يؤكد|يوكد|مؤكد|موكد|ركز|حرص|اصر|أصر|نوه|حث)")
_BY_END = re.compile(r"(?<!\S)by\s+$")
# "the plan will be announced next month": a passive future has no subject of its own (the party
# that will act is the speaker's)
_PASSIVE_FUTURE = re.compile(
    r"\s+(?:not\s+)?be\s+(?:[a-z]+ed|held|made|sent|given|taken|shown|built|done|set|put|"
    r"brought|kept|drawn|sought|met|reached|opened|begun|undertaken|withdrawn)\b"
)


def find_commitments(ctx: Context) -> None:
    _not_future, _passive, opening = _config()
    folded = ctx.folded
    markers = future_markers(ctx)
    marker_starts = [start for start, _end, _passive in markers]
    plans = set(outlet_plans(ctx))
    actors = [m for m in ctx.mentions if m.kind == "actor"]
    # ("The WHO said it will": the UN agency, folded to the relative "who", excludes nothing)
    excluders = [
        x
        for x in ctx.cues_of("not_commitment")
        if not any(a.start <= x.start < a.end for a in actors)
    ]
    # "Russian and Turkish officials will meet": a nationality joined to the subject is a party
    parties = [m for m in ctx.mentions if m.kind in ("actor", "adjective")]
    found: list[tuple[int, int, list[str]]] = []
    title_end = _title_end(ctx)
    rejected: list[tuple[int, int]] = []
    for start, end, is_passive in markers:
        if start < title_end:
            continue  # the headline's promise is the body's, told again
        if _QUESTION_END.match(folded, ctx.sentence_of(start).end - 1):
            continue  # "Will the Secretary still go to Brussels?": asked, not promised
        if _NEGATED_FUTURE.search(folded[max(0, start - 8) : end + 20]) or _NOT_BEFORE.search(
            folded, max(0, start - 6), start
        ):
            continue  # "لن نعود", "will not wait", "would not discuss", "«لا تنوي التوقف»": a
            # refusal, not a promise
        if _RETALIATION.match(folded, start, start + 80) or _PRICE.match(folded, start, start + 60):
            continue  # "سترد بقوة على أي تصعيد", "would respond to any violation", "سيدفع ثمن
            # هذا العدوان": a threat
        if _HAD_BEFORE.search(folded, max(0, start - 12), start):
            continue  # "as Washington had promised to do under the agreement": a past pledge
        if _RELATIVE_THAT.search(folded, max(0, start - 60), start):
            continue  # "a fragile deal that will need": what the deal will need, no one's promise
        if any(
            x.end <= start
            and len(words_between(folded, x.end, start)) <= 3
            and x.start >= _floor(ctx, start)
            and "،" not in folded[x.end : start]
            and "," not in folded[x.end : start]
            # "called the concert "a sign of gratitude, remembrance and hope" and said Russia
            # would send": a word inside quoted words, before a speech verb of its own
            and not _QUOTE_CLOSED.search(folded, x.end, start)
            for x in excluders
        ):
            continue  # a demand, condition or relative clause right before the marker
        span = _span(ctx, start, marker_starts)
        if folded[start:end] in opening:
            span = (end + 1, max(span[1], end + 1))  # the promise is the clause it opens
        elif (start, end) in plans:
            span = (start, span[1])  # the outlet's plan is the clause its verb opens
        speaker = ctx.statement_at(start, end) or _continued_speaker(ctx, start)
        near = [
            a
            for a in actors
            if span[0] <= a.start
            and a.end <= start
            and (
                len(words_between(folded, a.end, start)) <= 2
                # "Sergei Rudskoy, the head of the centre, is expected to meet": an appositive
                or _APPOSITIVE.fullmatch(folded, a.end, start) is not None
                # "rebel fighters and their families would leave": those who go with them
                or _WITH_FAMILIES.fullmatch(folded, a.end, start) is not None
            )
            # "نحن على تواصل مع الأصدقاء الروس، وسيجري الرئيس أردوغان اتصالاً": a new clause
            and not _NEW_CLAUSE.fullmatch(folded, a.end, start + 1)
        ]
        before = [a for a in near if not _object_of_preposition(folded, a)]
        if not before:
            # "U.S. and Russian officers would meet": people or forces named by nationality alone
            before = [
                n
                for n in parties
                if span[0] <= n.start
                and n.end <= start
                and (
                    _agent_head(folded, n, start)
                    if n.kind == "adjective"
                    # ("Turkish military, diplomatic and intelligence officials": a party's name
                    # read as the first of the kinds, the English noun after them)
                    else _agent_heads()[0].fullmatch(folded, n.end, start) is not None
                )
                and not _object_of_preposition(folded, n)
            ][-1:]
        after = [
            a
            for a in actors
            if end <= a.start < span[1]
            and (
                len(words_between(folded, end, a.start)) <= 2
                # (an outlet's present verb may have its subject's title before the name:
                # "ويجري رئيس الأركان التركي خلوصي أكار مباحثات")
                or (
                    (start, end) in plans
                    and len(words_between(folded, end, a.start)) <= 4
                    and not re.search(r"[،,.]", folded[end : a.start])
                )
                # "من المقرر أن يلتقي ممثلون عن الأسايش والحكومة السورية": those represented
                or (
                    _REPRESENTATIVES_OF.search(folded, end, a.start) is not None
                    and len(words_between(folded, end, a.start)) <= 4
                )
            )
        ]
        if not after and (is_passive or (start, end) in plans):
            # "من المقرر أن يلتقي خبراء عسكريون روس وأمريكيون": people named by their
            # nationality after the verb the marker opens
            after = [
                n
                for n in parties
                if n.kind == "adjective"
                and end <= n.start < span[1]
                and len(words_between(folded, end, n.start)) <= 4
                and not re.search(r"[،,.]", folded[end : n.start])
                and _agent_heads()[1].search(folded, max(end, n.start - 30), n.start)
            ][:1]
            if after:
                after = [n for n in parties if n.kind == "adjective" and n.start >= after[0].start]
        clause_start = _clause_start(ctx, span[0], start)
        if any(d.start == start and d.end == end for d in ctx.dates) and any(
            clause_start <= x.start and x.end <= start for x in excluders
        ):
            continue  # "Moscow was ready to resume talks next week": the time of a hope or offer
        if _ANY_SUBJECT.match(folded, clause_start, start):
            continue  # "أي هجوم على وادي بردى سيعني نهاية الاتفاق", "any strike would put ... at
            # risk": what any act would bring, no one's promise
        if _CONDITION.search(folded[clause_start:start]) or _CONDITION.search(
            # "«ستنطلق في السابع من آذار إذا صمدت الهدنة»، مضيفاً أنه سيتوجه": a condition inside
            # words quoted before is theirs
            _QUOTED.sub(" ", folded[_floor(ctx, start) : start])
        ):
            continue  # إذا تعطلت الهدنة فستكون هناك عواقب: a condition, not a promise
        counted = _counted_parties(ctx, clause_start, start) if not before and not after else None
        agreed = _AGREED_THAT_THEY.search(folded, max(0, start - 60), start)
        if not before and not after and not counted and agreed:
            # "Russia and the United States agreed that they will share maps", "اتفقتا على
            # أنهما ستتبادلان": the promise is of those who agreed, from "they" on
            counted = _agreeing_parties(ctx, start)
            if counted:
                span = (agreed.start("they"), span[1])
        if counted:
            # "the three countries would draft the text": those who just met or agreed
            if not _overlaps(found, span):
                found.append((span[0], span[1], counted))
            continue
        if not before and not after and _fighters_subject(ctx, clause_start, start, end, span[1]):
            # "سيخرج نحو 700 مقاتل بسلاحهم الفردي إلى إدلب": the fighters of a local deal
            if not _overlaps(found, span):
                found.append((span[0], span[1], ["SYR_OPP"]))
            continue
        if not before and not is_passive and _non_party_subject(ctx, clause_start, start, speaker):
            rejected.append((clause_start, span[1]))
            continue  # الهدنة ستدخل حيز التنفيذ: no party acts
        if is_passive and any(s <= start < e for s, e in rejected):
            continue  # the future time of a clause whose subject is no party
        if is_passive and _in_force().search(folded, clause_start, start):
            continue  # "to take effect at midnight on Friday": when the accord starts
        if (
            near
            and _PASSIVE_FUTURE.match(folded, end)
            and not _BY_END.search(folded, max(0, near[-1].start - 4), near[-1].start)
        ):
            continue  # "Assad will be defeated": done to the party, not promised by it
        if _no_act_of_its_own().match(folded, end):
            continue  # "the YPG would face the harshest reaction": a threat to it; "we will see
            # whether": an outcome waited for
        if _unspecified().match(folded, end):
            continue  # "ستفعل ما يلزم", "will do what is necessary": no act named, a threat
        pronoun = re.search(
            r"(?:انها|أنها|انه|أنه|انهم|أنهم)\s*$", folded[max(0, span[0] - 8) : span[0]]
        )
        same_sentence = [f for f in found if ctx.sentence_of(f[0]) == ctx.sentence_of(start)]
        second = _SECOND_COMPLEMENT.search(folded, max(0, span[0] - 10), span[0])
        first_subject = (
            _first_complement_subject(ctx, parties, second.start())
            if second and not before and not same_sentence
            else None
        )
        if (pronoun or _AND_GOES_ON.search(folded, max(0, span[0] - 8), span[0])) and (
            not before and same_sentence
        ):
            # "أن موسكو ستواصل ...، وأنها ستطرح ...", "Russia and the United States would work
            # together ..., and would set up a hotline": the same subject again
            by = list(same_sentence[-1][2])
        elif first_subject:
            by = first_subject  # "أن المستشارين الإيرانيين موجودون ...، وأنهم سيواصلون مهامهم"
        elif (chairs := _chairs(ctx, parties, clause_start, end)) and not before:
            by = chairs  # "فريق عمل برئاسة أميركية روسية مشتركة سيجتمع": the states that chair it
        elif before and (not is_passive or not is_arabic(folded[start:end])):
            # "Moscow is expected to host ...": the English subject, with those joined to it
            # ("Russia, Turkey and Iran will act as guarantors")
            by = _coordinated(folded, parties, before[-1])
        elif after and (is_passive or not speaker):
            # "أن يجتمع كيري ولافروف", "خبراء روس وأمريكيون"
            named = after if after[0].kind == "adjective" else actors
            by = _coordinated_after(folded, named, after[0])
        elif speaker:
            by = [speaker]
            if any(
                _OWN_COUNTRY.match(w) for w in words_between(folded, clause_start, start)
            ):  # "قال أردوغان إن بلاده ستقيم مخيمات": his country, not the man
                by = [affiliation(ctx, speaker)]
        else:
            continue
        by = list(dict.fromkeys([*by, *_met(ctx, actors, start, span[1], set(by))]))
        if _overlaps(found, span):
            continue
        found.append((span[0], span[1], by))
    ctx.commitments = [_commitment(ctx, s, e, by) for s, e, by in found]


def _overlaps(found: list[tuple[int, int, list[str]]], span: tuple[int, int]) -> bool:
    """Whether a promise already found shares text with `span` (two markers of one promise)."""
    return any(s < span[1] and span[0] < e for s, e, _ in found)


# the verb a future marker governs ("من المقرر أن يغادر", "would leave")
_VERB_AFTER = re.compile(r"\s*(?:ان\s+|أن\s+|to\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)")


@lru_cache(maxsize=1)
def _agent_heads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The nouns of people or forces a nationality may stand with: English after it, Arabic
    before it (both folded)."""
    heads = _data().get("agent_heads", {})
    # (an empty list is a pattern that never matches)
    en = alternation(fold(w) for w in heads.get("en", [])) or "(?!)"
    ar = alternation(fold(w) for w in heads.get("ar", [])) or "(?!)"
    kinds = alternation(fold(w) for w in _data().get("agent_kinds", [])) or "(?!)"
    return (
        # ("Russian and Turkish military, diplomatic and intelligence officials would meet":
        # the kinds of people between, commitments.yaml `agent_kinds`)
        re.compile(rf",?\s+(?:and\s+)?(?:(?:{kinds}),?\s+(?:and\s+)?){{0,4}}(?:{en})\s+$"),
        re.compile(rf"(?<!\S)(?:ال)?(?:{ar})(?:\s+\S+){{0,2}}\s+$"),
    )


def _agent_head(folded: str, n: Mention, marker: int) -> bool:
    """Whether the nationality `n` stands with a noun of people or forces right before the future
    marker at `marker` ("Russian investigators would", "خبراء روس سيجتمعون")."""
    english, arabic = _agent_heads()
    if english.fullmatch(folded, n.end, marker):
        return True
    return bool(
        not folded[n.end : marker].strip() and arabic.search(folded, max(0, n.start - 40), n.start)
    )


@lru_cache(maxsize=1)
def _no_act_of_its_own() -> re.Pattern[str]:
    """Right after an English future marker, what a party will suffer ("would face":
    commitments.yaml `suffered`) or an outcome waited for ("will see whether": `waited`). (The
    Arabic words of both lists are future verbs that are no markers, read in `_config`; a
    negated "will not see whether" is a refusal before it gets here.)"""
    data = _data()
    listed = [*data.get("suffered", {}).get("en", []), *data.get("waited", {}).get("en", [])]
    # (an empty list names nothing, and must not match after every marker)
    words = alternation(fold(w) for w in listed) or "(?!)"
    return re.compile(rf"\s+(?:not\s+)?(?:{words})\b")


@lru_cache(maxsize=1)
def _unspecified() -> re.Pattern[str]:
    """An act left unnamed within three words after the future marker (commitments.yaml
    `unspecified`: "ستفعل ما يلزم", "will take all necessary measures")."""
    lists = _data().get("unspecified", {})
    words = alternation(fold(w) for w in [*lists.get("en", []), *lists.get("ar", [])]) or "(?!)"
    return re.compile(rf"[«“\"]?(?:\s+[«“\"]?\S+){{0,3}}?\s+[«“\"]?(?:{words})(?![^\W\d_])")


@lru_cache(maxsize=1)
def _departures() -> re.Pattern[str]:
    """The verbs of leaving (commitments.yaml `departures`), as one pattern compiled once."""
    words = alternation(fold(d) for d in _data().get("departures", []))
    return re.compile(rf"(?:^|\s|س){words}(?:\s|$)")


@lru_cache(maxsize=1)
def _counted_subjects() -> tuple[re.Pattern[str], frozenset[str]]:
    """commitments.yaml `counted_subjects` as one pattern (group `n<count>` per count), and
    `states_counted`, folded."""
    data = _data()
    groups = [
        f"(?P<n{n}>{alternation(fold(w) for w in words)})"
        for n, words in data.get("counted_subjects", {}).items()
    ]
    pattern = re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(groups) + r")(?:\s|$)")
    return pattern, frozenset(fold(w) for w in data.get("states_counted", []))


def _counted_parties(ctx: Context, clause_start: int, pos: int) -> list[str] | None:
    """ "the three countries would ...", "الجانبان سيعملان": the parties of the last meeting or
    accord told before with that many parties (countries: their states)."""
    pattern, states = _counted_subjects()
    found = pattern.search(ctx.folded, max(0, clause_start - 1), pos)
    if found is None or len(words_between(ctx.folded, found.end(), pos)) > 2:
        return None
    count = int(next(k for k, v in found.groupdict().items() if v)[1:])
    at = ctx.to_original(pos, pos + 1)[0]
    ministers = any(w.startswith(("minister", "الوزير", "الوزراء")) for w in found.group().split())
    told = [
        e
        for e in ctx.events
        if e.type in ("MEET", "AGREE")
        and len(e.actors) == count
        and e.span[0] < at
        and (not ministers or all(is_minister(ctx, a) for a in e.actors))
    ]
    counted_states = any(w in states for w in found.group().split())
    if not told:
        if ministers or counted_states:
            return None
        # "اتفاق بين الحكومة السورية وفصائل المعارضة ... بضمانة روسية وتركية، مضيفاً أن الطرفين
        # سيبدآن": the sides named first, each its own, before the sponsors added after them
        sides = [
            e
            for e in ctx.events
            if e.type == "AGREE"
            and len(e.actors) > count
            and e.span[0] < at
            and len({side(ctx, a) for a in e.actors[:count]}) == count
        ]
        return list(dict.fromkeys(sides[-1].actors[:count])) if sides else None
    actors = told[-1].actors
    if counted_states:
        actors = [affiliation(ctx, a) for a in actors]
    return list(dict.fromkeys(actors))


_AGREED_THAT_THEY = re.compile(
    r"(?:^|\s)(?:agreed|agree|agrees|agreeing|اتفق\S*)\s+(?:\S+\s+){0,3}?"
    r"(?:that\s+|علي\s+)(?P<they>they|انهما|انهم)\s+$"
)


def _agreeing_parties(ctx: Context, pos: int) -> list[str] | None:
    """The parties of the accord told in the sentence of `pos`, before it."""
    at = ctx.to_original(pos, pos + 1)[0]
    told = [e for e in ctx.events if e.type == "AGREE" and e.span[0] <= at < e.span[1]]
    return list(dict.fromkeys(told[-1].actors)) if told and len(told[-1].actors) >= 2 else None


def _fighters_subject(ctx: Context, clause_start: int, start: int, end: int, hi: int) -> bool:
    """Fighters named with no party as the subject of a future verb: just before it, or
    (Arabic) just after it."""
    folded = ctx.folded
    verb = _VERB_AFTER.match(folded, end, end + 30)
    said = folded[start:end] + " " + (verb.group(1) if verb else "")
    if not _departures().search(said):
        return False  # the fighters' promise of a deal is that they leave
    if re.search(r"[«“\"]\s*$", folded[max(0, clause_start - 3) : clause_start]):
        # "الدفعة الأولى من المسلحين ... «ستخرج»": the subject before the quotation the verb opens
        clause_start = _clause_start(ctx, ctx.sentence_of(start).start, clause_start - 1)
    return any(
        (
            clause_start <= f.start
            and f.end <= start
            and (
                len(words_between(folded, f.end, start)) <= 2
                # "الدفعة الأولى من المسلحين الراغبين بمغادرة حي الوعر «ستخرج»": a batch of
                # them, with what they wish
                or (
                    _BATCH_BEFORE.search(folded, max(0, f.start - 24), f.start) is not None
                    and len(words_between(folded, f.end, start)) <= 6
                )
            )
            and not re.search(r"[،,]", folded[f.end : start])
        )
        or (
            end <= f.start < hi
            and (
                len(words_between(folded, end, f.start)) <= 2
                # "من المقرر أن تخرج الدفعة الثانية من المقاتلين": a batch of them
                or _BATCH_OF.fullmatch(folded, end, f.start) is not None
            )
        )
        for f in ctx.cues_of("fighters")
    )


# the verb, then "الدفعة الثانية من" right before the fighters (folded: ة is ه); an Arabic word
# order: the English fighters stand before the marker
_BATCH_BEFORE = re.compile(r"(?:ال)?دفعه\s+(?:\S+\s+)?من\s+$")
_BATCH_OF = re.compile(r"\s*\S+\s+(?:ال)?دفعه\s+(?:\S+\s+)?من\s+")


# "النظام سيدفع ثمن هذا العدوان", "will pay a heavy price": what another will suffer, a threat
_PRICE = re.compile(
    r"(?:[وف]?س(?:ي|ت)دفع\S*|(?:will|would)\s+pay)\s+(?:ال)?(?:ثمن|(?:a|the)\s+(?:heavy\s+)?price)"
)
# a reply ("سيرد بحزم على مصادر إطلاق القذائف", "سترد بأقسى الطرق", "would continue to respond
# to attacks") is a threat to the other side, not a promise of an act (annotation guide)
_RETALIATION = re.compile(
    r"(?:will\s+|would\s+|سوف\s+)?(?:continue\s+to\s+)?"
    r"(?:[وف]?س?[تين]رد(?:ون|ان)?|(?:respond|retaliate|react)(?:s|ed|ing)?)(?![^\W\d_])"
)
# a pronoun subject, with the adverbs that may stand beside it ("he still planned to")
_ADVERBS = frozenset({"still", "also", "now", "already"})
_SUBJECT_PRONOUNS = (
    frozenset(
        {"و", "ف", "قد", "هو", "هي", "انا", "اما", "نحن", "he", "she", "it", "they", "we", "i"}
    )
    | _ADVERBS
)
_APPOSITIVE = re.compile(r"\s*,\s+(?:the|a|an|who|which)\s[^,;:\"“”]{1,60},\s*")
_QUOTE_CLOSED = re.compile(r"[»”\"]")
_AND_GOES_ON = re.compile(r"[,،]\s*and\s+$")  # ", and would ...": the subject goes on
_WITH_FAMILIES = re.compile(r"\s+(?:and|with)\s+(?:their|his)\s+famil(?:y|ies)\s+")
_ANY_WORDS = ("اي", "any", "no")  # "أي هجوم", "any strike", "no civilian": no one's act
_ANY_SUBJECT = re.compile(rf"\s*[«“\"]?(?:{'|'.join(_ANY_WORDS)})\s")
_NEW_CLAUSE = re.compile(r"[\s\"”»]*[,،]\s*و")  # between a party and the future verb it opens
_COMMA_AND = re.compile(r"[,،]\s*(?:and\s+|و(?=\S))")
# "a fragile deal that will", "the only force that would": "that" after a noun phrase opens a
# relative clause (after a verb, "said that Russia will", it opens the words)
_RELATIVE_THAT = re.compile(
    r"(?<!\S)(?:a|an|the|any|every|this|these|those)\s+(?:[a-z-]+\s+){1,3}that\s+$"
)
_CLAUSE_OPENERS = re.compile(r"[،,;:«“\"]|(?:^|\s)(?:و?ان|و?أن|و?إن|و?انه|و?أنه|that|and)\s")


# "Turkish troops and allied Syrian rebels": up to two words describe the party after "and"
_JOINED = re.compile(r"\s*(?:[,،]\s*(?:and\s+|و)?|and\s+(?:[a-z-]+\s+){0,2}?|و)\s*")


def _coordinated(folded: str, actors: list[Mention], last: Mention) -> list[str]:
    """The actors coordinated with `last` before it ("Russia, Turkey and Iran"), in order."""
    group = [last]
    for a in reversed([a for a in actors if a.end <= last.start]):
        if not _JOINED.fullmatch(folded, a.end, group[0].start):
            break
        group.insert(0, a)
    return list(dict.fromkeys(a.id for a in group))


def _coordinated_after(folded: str, actors: list[Mention], first: Mention) -> list[str]:
    """`first` and the actors coordinated with it after it ("كيري ولافروف"), in order."""
    group = [first]
    for a in [a for a in actors if a.start >= first.end]:
        if not _JOINED.fullmatch(folded, group[-1].end, a.start):
            break
        group.append(a)
    return list(dict.fromkeys(a.id for a in group))


def _met(ctx: Context, actors: list[Mention], start: int, end: int, bound: set[str]) -> list[str]:
    """ "is expected to meet Russian Foreign Minister Sergei Lavrov", "سيلتقي نظيره الروسي": who is
    to be met is bound by the meeting too (past the subject an Arabic verb may put first: "أن
    يلتقي كيري لافروف")."""
    folded = ctx.folded
    meetings = [
        t
        for t in ctx.cues_of("trigger")
        if t.payload.key == "MEET"
        and start <= t.start < end
        and len(words_between(folded, start, t.start)) <= 3
    ]
    if not meetings:
        return []
    trig = meetings[0]
    return [
        a.id
        for a in actors
        if trig.end <= a.start < end
        and a.id not in bound
        and len(words_between(folded, trig.end, a.start)) <= 4
        and not re.search(r"[،,.;]", folded[trig.end : a.start])
    ][:1]


# "، وأنهم": a second complement whose subject is a pronoun (not "معلنة أنها" after a speech verb)
_SECOND_COMPLEMENT = re.compile(r"(?<!\S)و(?:ان|أن|إن)(?:ه|ها|هم|هما)\s*$")


_CHAIRED_BY = re.compile(r"(?<!\S)(?:برياسه|(?:co-)?chaired\s+by)\s+(?:(?:مشتركه|the)\s+)?")


def _chairs(ctx: Context, parties: list[Mention], lo: int, end: int) -> list[str]:
    """The parties co-chairing the body that is the promise's subject ("مجموعة عمل برئاسة
    مشتركة أميركية روسية ستجتمع", "وستعقد مجموعة عمل برئاسة واشنطن وموسكو اجتماعها"), named
    within a few words around the future marker ending at `end`."""
    folded = ctx.folded
    chaired = _CHAIRED_BY.search(folded, lo, min(len(folded), end + 40))
    if chaired is None:
        return []
    named = [
        n
        for n in parties
        if chaired.end() <= n.start < chaired.end() + 40
        and not re.search(r"[,،.]", folded[chaired.end() : n.start])
    ]
    if not named or len(words_between(folded, chaired.end(), named[0].start)) > 1:
        return []
    chain = [named[0]]
    for n in named[1:]:
        if re.fullmatch(r"\s*(?:و|and\s+)?", folded[chain[-1].end : n.start]):
            chain.append(n)
    chairs = list(dict.fromkeys(n.id for n in chain))
    # (one chair heads a delegation: "سيلتقي وفد الحكومة السورية برئاسة بشار الجعفري")
    return chairs if len(chairs) >= 2 else []


def _first_complement_subject(ctx: Context, parties: list[Mention], pos: int) -> list[str]:
    """ "أن وحدات الجيش «تواصل ملاحقة الإرهابيين»، وأنها ستستكمل": the party opening the words
    said before a second complement whose subject is a pronoun (at `pos`), within its
    sentence."""
    folded = ctx.folded
    floor = ctx.sentence_of(pos).start
    opened = [c for c in ctx.cues_of("complementiser") if floor <= c.start and c.end <= pos - 3]
    if not opened:
        return []
    start = opened[-1].end
    subject = [
        n
        for n in parties
        if start <= n.start < pos
        and len(words_between(folded, start, n.start)) <= 3
        and not _object_of_preposition(folded, n)
    ]
    return _coordinated_after(folded, parties, subject[0]) if subject else []


def _clause_start(ctx: Context, floor: int, pos: int) -> int:
    """Start of the clause holding `pos`: after the last comma, quote or أن/that before it."""
    last = floor
    for m in _CLAUSE_OPENERS.finditer(ctx.folded, floor, pos):
        last = m.end()
    return last


def _non_party_subject(ctx: Context, clause_start: int, pos: int, speaker: str | None) -> bool:
    """Words stand before the future verb in its clause and none of them names a party."""
    words = words_between(ctx.folded, clause_start, pos)
    if not words and re.search(r"[«“\"]\s*$", ctx.folded[max(0, clause_start - 3) : clause_start]):
        # "إن الحملة «ستستمر حتى عزل الرقة»": a process quoted to go on, which no party promises
        before = words_between(
            ctx.folded, _clause_start(ctx, ctx.sentence_of(pos).start, clause_start - 1), pos
        )
        # ("أي هجوم على وادي بردى «سيعني نهاية الاتفاق»": what any act would bring)
        return bool(before) and (before[0] in _processes() or before[0] in _ANY_WORDS)
    if any(_own_party_word(w) for w in words):
        return False  # "بلاده ستقيم مخيمات", "خبراؤنا": the speaker's own country or people
    if _MORE_FORCES.fullmatch(" ".join(words)):
        return False  # "Turkish officials said more tanks would cross": the speaker's own forces
    if not words or all(w in _SUBJECT_PRONOUNS for w in words):
        return False
    subject = [w for w in words if w not in _ADVERBS]
    if subject and subject[-1] in ("he", "she", "they"):
        return False  # "said on Thursday he still planned to": the pronoun right before the verb
    # "Russian servicemen will escort", said by Russia: the speaker's own people, named by
    # its adjective; but what two states share is neither's own ("العلاقات التركية الروسية
    # ستعود أقوى"), unless they are people ("الجيشين الروسي والسوري سيفتحان")
    own = affiliation(ctx, speaker) if speaker is not None else None
    nationals = [n for n in ctx.cues_of("nationality") if clause_start <= n.start < pos]
    shared = len({n.payload.key for n in nationals}) > 1 and not _agent_heads()[1].search(
        ctx.folded, max(0, nationals[0].start - 40), nationals[0].start
    )
    return not any(
        clause_start <= m.start < pos and not _object_of_preposition(ctx.folded, m)
        for m in ctx.mentions
        if m.kind == "actor"
    ) and not (not shared and any(n.payload.key == own for n in nationals))


# "its support for the YPG would harm relations", "الحملة ضد داعش ستستمر", "الدعم الأمريكي
# للوحدات الكردية سيضر": a party named after a preposition is not the subject of the future verb
@lru_cache(maxsize=1)
def _preposition_before() -> re.Pattern[str]:
    words = _data()["prepositions"]
    return re.compile(
        rf"(?:^|\s)(?:(?:{alternation(words['en'])})\s+(?:the\s+)?"
        rf"|(?:{alternation([fold(w) for w in words['ar']])})\s+|[وف]?[لب])$"
    )


def _object_of_preposition(folded: str, m: Mention) -> bool:
    return _preposition_before().search(folded, max(0, m.start - 16), m.start) is not None


# the speaker's own country ("بلاده ستقيم", "his country will"): the state it serves
_OWN_COUNTRY = re.compile(r"^(?:بلاد(?:ه|ها|هم|نا)|دولت(?:ه|ها|هم|نا)|country)$")
_OWN_PARTY = re.compile(
    r"^(?:بلاد|حكوم|قوات|جيش|طايرات|وزار|خبرا|دولت|وفد|وحدات|his|its|our|their)\S*?(?:ه|ها|هم|نا|country|government|forces|army|experts)?$"
    r"|^(?:ال)?خبراء\S*$"
)


@lru_cache(maxsize=1)
def _own_bodies() -> frozenset[str]:
    """commitments.yaml `own_bodies`, folded: the speaker's body named again by its kind."""
    return frozenset(fold(w) for w in _data().get("own_bodies", []))


@lru_cache(maxsize=1)
def _own_people() -> re.Pattern[str]:
    """commitments.yaml `own_people` with a pronoun ending: "مقاتلينا", "ضباطه"."""
    stems = alternation(fold(w) for w in _data().get("own_people", [])) or "(?!)"
    return re.compile(rf"^[وف]?(?:{stems})\S*(?:ه|ها|هم|نا)$")


def _own_party_word(word: str) -> bool:
    """ "بلاده", "خبراؤنا", "مقاتلينا", "المصرف": a word naming the speaker's own country, people
    or body."""
    return (
        _OWN_PARTY.match(word) is not None
        or _own_people().match(word) is not None
        or word.removeprefix("ال") in _own_bodies()
    )


# a refusal ("لن نعود", "will never use") or what would have been ("a resolution that would have
# demanded"): no promise
_NOT_BEFORE = re.compile(r"(?:^|[\s«“\"])(?:لا|لم)\s+$")
_NEGATED_FUTURE = re.compile(
    r"(?:^|\s)(?:لن|will not|would not|won't|wouldn't)\s|(?:will|would)\s+[«“\"]?(?:not|never)\s"
    r"|(?:would|could)\s+(?:only\s+)?have\s+[a-z]+(?:ed|en)\s"
)
_AND_THAT_INSIDE = re.compile(
    r"(?:(?:[،,]|[»”\"](?=\s*و))\s*(?:و(?:ان|أن|إن)(?:ه|ها|هم|هما)?|and that)|\s+and that)\s"
)
_AND_THAT = re.compile(r"^[\s\"”»]*[،,]?\s*(?:و(?:ان|انه|انها)|and that)?\s*$")


def _continued_speaker(ctx: Context, pos: int) -> str | None:
    """`أن موسكو ستواصل ...، وأنها ستطرح ...`: a second complement after a statement in the same
    sentence has the same speaker."""
    sentence = ctx.sentence_of(pos)
    earlier = [(s, e, sp) for s, e, sp in ctx.statement_spans if sentence.start <= s and e <= pos]
    if earlier and _AND_THAT.match(ctx.folded[earlier[-1][1] : pos]):
        return earlier[-1][2]
    return None


def _title_end(ctx: Context) -> int:
    return title_end(ctx)


def _floor(ctx: Context, pos: int) -> int:
    return ctx.sentence_of(pos).start


_REPRESENTATIVES_OF = re.compile(
    r"(?:ممثل\S*|مندوب\S*|وفد\S*|representatives|delegations?)\s+(?:عن|من|of|from)\s+(?:the\s+)?$"
)
_ON_TERMS = re.compile(r"[،,]\s*(?=علي\s+ان\s)")  # folded: "، على أن"


def _narrowed(
    lo: int, hi: int, pos: int, cuts: Iterable[re.Match[str]], keep_end: int = 0
) -> tuple[int, int]:
    """`lo`-`hi` cut at the boundaries around `pos`: the last one before it opens the span, the
    first one after it closes it (keeping `keep_end` characters of that boundary)."""
    for m in cuts:
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start() + keep_end
            break
    return lo, hi


def _span(ctx: Context, pos: int, markers: list[int] | None = None) -> tuple[int, int]:
    """The commitment's text: the sub-sentence of the statement (or sentence) holding `pos`, up
    to a clause joined with ", and" that holds a future marker (`markers`) of its own."""
    folded = ctx.folded
    sentence = ctx.sentence_of(pos)
    lo, hi = sentence.start, sentence.end
    for s, e, _ in ctx.statement_spans:
        if s <= pos < e:
            lo, hi = s, e
            break
    else:
        # "وأشار المحافظ إلى أن المسلحين سيسلمون": words said by someone Hudna does not name
        # start after the speech verb's complementiser all the same
        said = [
            c.end
            for c in ctx.cues_of("complementiser")
            if lo <= c.start
            and c.end <= pos
            and any(lo <= v.start < c.start for v in ctx.cues_of("speech"))
        ]
        if said:
            lo = said[-1]
            while lo < hi and folded[lo].isspace():
                lo += 1
    # "to U.S. officials next week": an abbreviation's full stop ends no sub-sentence
    subsentences = (
        m
        for m in _SUBSENTENCE.finditer(folded, lo, hi)
        if not abbreviation_at(folded, m.start() + 1)
    )
    lo, hi = _narrowed(lo, hi, pos, subsentences, keep_end=1)
    # "UNRWA would resume distributions ..., and that it would send a mobile clinic ...": each
    # complement is a promise of its own
    lo, hi = _narrowed(lo, hi, pos, _AND_THAT_INSIDE.finditer(folded, lo, hi))

    # "Russia would help clear the city of mines, and Russian sappers are expected to arrive",
    # ", and would expand the programme": two promises (so is "، وسيـ", an Arabic verb opening
    # its own clause)
    def joins_two_promises(m: re.Match[str]) -> bool:
        before_it = any(lo <= p < m.start() for p in markers or [])
        after_it = any(m.end() <= p < hi for p in markers or [])
        return before_it and after_it

    lo, hi = _narrowed(lo, hi, pos, filter(joins_two_promises, _COMMA_AND.finditer(folded, lo, hi)))

    # "ستخرج دفعات أخرى من مقاتلي المعارضة، على أن تدخل قوات النظام إلى الحي": the term after
    # "على أن" is a promise of its own when it names its own subject ("على أن يُسمح لكل منهم"
    # goes on with the promise before)
    def names_its_party(m: re.Match[str]) -> bool:
        return any(
            len(words_between(folded, m.end(), a.start)) <= 3
            for a in ctx.mentions_in(m.end(), hi, "actor")
        )

    lo, hi = _narrowed(lo, hi, pos, filter(names_its_party, _ON_TERMS.finditer(folded, lo, hi)))
    while hi > lo and ctx.folded[hi - 1] in ' .،,"”»':
        hi -= 1
    # "..., the Defence Ministry said": an attribution no statement took is not promised
    tail = _SAID_TAIL.search(folded, lo, hi)
    if tail and tail.start() > pos:
        hi = tail.start()
    stamp = TIME_STAMP.match(ctx.folded, lo, hi)
    if stamp:
        lo = stamp.end()  # "13:30 Iran's foreign minister will travel": a live blog's time
    return lo, hi


_SAID_TAIL = re.compile(
    r",\s+(?:[^\W\d_][\w'.-]*\s+){1,6}(?:said|says|told\s+\S+|added)(?:\s+on\s+\w+)?$"
)


@lru_cache(maxsize=1)
def _since() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{alternation(_data()['since'])})\s+(?:\S+\s+)?$")


def _next_year(day: dt.date) -> dt.date:
    return day.replace(year=day.year + 1, day=min(day.day, 28) if day.month == 2 else day.day)


def _commitment(ctx: Context, start: int, end: int, by: list[str]) -> Commitment:
    due = due_text = None
    limit = max(end, ctx.sentence_of(start).end)
    said = [v.start for v in ctx.cues_of("speech") if end <= v.start < limit]
    if said:
        limit = max(end, said[0])  # "Russia plans to ..., the Kremlin said on Monday": when said
    past_end = -1
    told = [d for d in ctx.dates if start <= d.start < limit]
    for d in told:
        if d.kind not in ("absolute", "anchored") or d.value:
            if d.kind == "vague" and any(
                o.start > d.start
                and o.precision == "day"
                and len(words_between(ctx.folded, d.end, o.start)) <= 2
                for o in told
            ):
                continue  # "later on Saturday", "no later than April 9": the day told after it
            if _since().search(ctx.folded, max(0, d.start - 8), d.start):
                continue  # "not a single strike since 18 October": a day past
            if (
                d.kind == "absolute"
                and d.value
                and ctx.published
                and d.value.replace(day=1) == ctx.published.replace(day=1)
                and d.precision == "day"
                and d.value < ctx.published
            ):
                continue  # "reached in Geneva on the 9th", said on the 19th: a day past
            if (
                d.kind == "relative"
                and d.value
                and ctx.published
                and (d.until or d.value) < ctx.published
                and not bare_weekday(d.text)
            ) or d.start <= past_end + 1:
                # "would push on to al-Bab after taking Dabiq last week", "فجر أمس الجمعة": a day
                # past (and the weekday that names it)
                past_end = d.end
                continue
            due_text = ctx.original(d.start, d.end)
            if (
                d.kind == "absolute"
                and d.value
                and ctx.published
                and d.value < ctx.published.replace(day=1)
                and not re.search(r"(?:19|20)\d\d", d.text)
            ):
                # "talks in February", said in September: a promise is due next February
                d = replace(d, value=_next_year(d.value))
            elif (
                d.kind == "relative"
                and d.value
                and ctx.published
                and d.value < ctx.published
                and bare_weekday(d.text)
            ):
                # "he will speak with Lavrov again on Tuesday", said on a Monday: the next one
                d = replace(d, value=d.value + dt.timedelta(days=7))
            if (
                d.value
                and d.value == ctx.published
                and d.precision == "day"
                and bare_weekday(d.text)
                and any(
                    o.start > d.end and o.kind == "absolute" and o.value and o.value > d.value
                    for o in told
                )
            ):
                # "agreed on Tuesday that ... by June 1": the day it was said, then the day due
                continue
            due = d.due()
            break
    s, e = ctx.to_original(start, end)
    return Commitment(by=by, text=ctx.doc.text[s:e], due=due, due_text=due_text, span=(s, e))
