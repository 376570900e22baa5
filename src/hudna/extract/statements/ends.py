"""Where a statement's words end, and trimming them.

A clause ends at the next speech verb or turn opener, a semicolon or the sentence end
(`_clause_end`); reported content runs to the same marks but is carried on by a quotation that
opens inside it (`_reported_end`). `_trim` strips the punctuation, trailing conjunctions
(`، و`, `، كما`, `, and`) and unpaired quotation marks left at the edges of a span.
"""

from __future__ import annotations

import re

from hudna.extract.context import SEMICOLON, Context, Mention, word_start, words_between
from hudna.extract.matcher import Match

_TRAIL = " \t\n،,:;.-–\"“”«»'"


def _clause_end(folded: str, pos: int, sentence_end: int, stops: list[Match]) -> int:
    """End of the clause after `pos`: the next speech verb or turn opener, a semicolon ("the
    government says rebels polluted the spring; rebels accuse ..."), or the sentence end."""
    nxt = [m.start for m in stops if pos < m.start < sentence_end]
    semicolon = SEMICOLON.search(folded, pos, sentence_end)
    if semicolon:
        nxt.append(semicolon.start())
    return min(nxt) if nxt else sentence_end


# "...، وهو ما رفضه ظريف": the outlet's comment; "...، أما لافروف فاكتفى": a new topic;
# "...، قبل أن تعود الطائرات", "...، بعد أن تراجعت الحكومة": the outlet's narrative goes on
# "..., a charge Damascus denied": the outlet's comment on the claim
CLAIM_COMMENT = r"[,،]\s*(?:a|an)\s+(?:charge|claim|allegation|accusation)s?\s+"
_COMMENT = re.compile(
    r"[،,]\s*(?:(?:وهو|وهي|وهذا)\s+ما|[وف]?اما|(?:بعد|قبل)\s+ان)\s|" + CLAIM_COMMENT
)


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
    for semicolon in SEMICOLON.finditer(folded, start, end):
        if not any(s < semicolon.start() < e for s, e in quotes):
            end = semicolon.start()
            break
    end = _before_comment(folded, start, end, quotes)
    for s, e in quotes:
        # a quotation crossing the end carries the content on; a quoted name inside it does
        # not end it («داعش» in "أن ... يحاصر تنظيم «داعش» الأحياء الغربية")
        if start <= s < end and e >= end:
            return e + 1
    return end


def _before_comment(folded: str, start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    """The words end before the outlet's comment on them or a new topic (`_COMMENT`)."""
    for comment in _COMMENT.finditer(folded, start, end):
        if not any(s < comment.start() < e for s, e in quotes):
            return comment.start()
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


_TRAILING_CONTRAST = re.compile(r"\s*[،,]\s*(?:[وف]?(?:فيما|بينما)|في\s+حين|while|whereas)\s*$")
_TRAILING_KAMA = re.compile(r"\s*[،,]?\s+(?:[وف]?كما|[وف]?لكن(?:ه|ها|هم)?|and|but)\s*$")


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    # the next verb's stem cut its word ("الهيئة ت|رفض"): the words end before that word
    if start < end < len(folded) and folded[end].isalpha():
        end = max(start, word_start(folded, end))
    end = _strip_tail(folded, start, end)
    # a trailing conjunction left by cutting before the next verb ("... ، و")
    if end - start > 2 and folded[end - 1] == "و" and folded[end - 2] == " ":
        end = _strip_tail(folded, start, end - 1)
    # "... وقف القصف، كما" before "دعت", "..., and" before "said": the conjunction opens the
    # next clause
    joined = _TRAILING_KAMA.search(folded, start, end)
    if joined and len(words_between(folded, start, joined.start())) >= 3:
        end = _strip_tail(folded, start, joined.start())
    # "الهجوم «استفزاز»، فيما" before "حمّلت": a contrast opens the next clause, whatever the length
    contrast = _TRAILING_CONTRAST.search(folded, start, end)
    if contrast and words_between(folded, start, contrast.start()):
        end = _strip_tail(folded, start, contrast.start())
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


_AND_NEXT = re.compile(r",\s+(?:and|but|while)\s+")


def _before_next_speaker(folded: str, start: int, end: int, actors: list[Mention]) -> int:
    """ "... was "a provocation", and Kremlin spokesman Dmitry Peskov" before "said": the next
    speaker's phrase, joined by ", and", ends the words before it."""
    last = None
    for m in _AND_NEXT.finditer(folded, start, end):
        last = m
    if (
        last is not None
        and len(words_between(folded, last.end(), end)) <= 6
        and not re.search(r"[\"“”«»]", folded[last.end() : end])
        and any(last.end() <= a.start < end for a in actors)
    ):
        return _strip_tail(folded, start, last.start())
    return end


_COMMA_AND = re.compile(r",\s+and\s+")


def _before_new_clause(ctx: Context, start: int, end: int) -> int:
    """ "announced a new offensive on eastern Aleppo, and Russian and Syrian jets pounded ...":
    a verb's nominal object ends where ", and" opens a clause with a party of its own."""
    for m in _COMMA_AND.finditer(ctx.folded, start, end):
        if any(
            len(words_between(ctx.folded, m.end(), a.start)) <= 2
            for a in ctx.mentions_in(m.end(), end, "actor", "adjective")
        ):
            return _strip_tail(ctx.folded, start, m.start())
    return end
