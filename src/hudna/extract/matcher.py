"""One-pass multi-pattern matching over folded text with Arabic clitic handling (Aho-Corasick).

A pattern is written as data in one of these shapes (after folding):

- `كيري`, `Kerry`   a word or phrase: may take the Arabic proclitics و ف ب ل ك ال (and لل for
                     patterns that begin with ال); must end at a word boundary.
- `غارة*`, `shell*`  may also take any suffix (the match is extended to the end of the word).
- `~قصف*`           a verb: may take the conjunctions و ف, the future س and the imperfect prefixes
                     ي ت ن ا instead of the nominal ones, and a verb's endings (ت ا و ن ه ك ...),
                     not a noun's (`~طلب*` is not `طلبات`, `~أضاف*` not `إضافية`).
- `~شن* غارات`       a * inside a phrase lets that word take the usual endings (ت وا ا ...).

English patterns never take prefixes; an acronym (`WHO`, `U.N.`) matches only in capitals, so
"who" is not the World Health Organization. Word boundaries are checked here rather than by listing
every clitic variant, so the lexicons stay short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from hudna.text import fold, is_arabic

_NOUN_PREFIX = re.compile(r"[وف]?[بلك]?(?:ال)?")
_NOUN_PREFIX_ARTICLE = re.compile(r"[وف]?[بك]?")  # for patterns that already start with ال
_LAM_PREFIX = re.compile(r"[وف]?ل")  # لل + pattern without its alef
_VERB_PREFIX = re.compile(r"[وف]?(?:[سل]?[يتنا])?")
_LONGEST_PREFIX = 4  # وبال: no prefix above is longer, so a match deeper in a word is no word


# Endings a word inside a phrase may take (`شن* غارات` → شنت غارات، شنوا غارات ...).
_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z])+\.?")
_INNER_ENDINGS = ("", "ت", "تا", "ا", "وا", "ن", "نا", "ه", "ها", "هم", "s", "ed", "ing")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern: what it stands for (`payload`) and how it may attach to a word."""

    text: str
    payload: Any
    arabic: bool
    verb: bool = False
    suffix: bool = False
    lam_variant: bool = False
    acronym: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    payload: Any
    text: str


@dataclass
class Matcher:
    """Aho-Corasick automaton over folded patterns; `find` returns boundary-checked matches."""

    _automaton: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)
    _entries: dict[str, list[Pattern]] = field(default_factory=dict)
    _built: bool = False

    def add(self, spec: str, payload: Any) -> None:
        """Add a pattern written in the lexicon notation (see module docstring)."""
        spec = spec.strip()
        inner = spec.strip("~*")
        if "*" in inner:  # شن* غارات: a word inside a phrase may take the usual verb endings
            head, _, rest = inner.partition("*")
            for ending in _INNER_ENDINGS:
                self.add(
                    f"{spec[0] if spec.startswith('~') else ''}{head}{ending}{rest}{'*' if spec.endswith('*') else ''}",
                    payload,
                )
            return
        verb = spec.startswith("~")
        suffix = spec.endswith("*")
        text = fold(spec.strip("~*").strip())
        text = re.sub(r"\s+", " ", text)
        if not text:
            return
        arabic = is_arabic(text)
        acronym = _ACRONYM.fullmatch(spec.strip("~*").strip()) is not None
        self._add(Pattern(text, payload, arabic, verb, suffix, acronym=acronym))
        if arabic and not verb and text.startswith("ال") and len(text) > 3:
            self._add(Pattern("ل" + text[2:], payload, True, False, suffix, lam_variant=True))

    def add_all(self, specs: Iterable[str], payload: Any) -> None:
        for spec in specs:
            self.add(spec, payload)

    def _add(self, pattern: Pattern) -> None:
        self._entries.setdefault(pattern.text, []).append(pattern)
        self._built = False

    def build(self) -> Matcher:
        self._automaton = ahocorasick.Automaton()
        for key, patterns in self._entries.items():
            # with what `find` checks before each pattern: the key's length, and whether any of
            # its patterns may run on into the rest of a word
            self._automaton.add_word(key, (len(key), any(p.suffix for p in patterns), patterns))
        if self._entries:
            self._automaton.make_automaton()
        self._built = True
        return self

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, folded: str, cased: Callable[[int, int], str] | None = None) -> list[Match]:
        """All boundary-valid matches in `folded` (text already passed through `fold`); `cased`
        gives the original text of a folded span, for acronyms to be matched in capitals only."""
        if not self._built:
            self.build()
        if not self._entries:
            return []
        out: list[Match] = []
        n = len(folded)
        for end_idx, (length, suffix, patterns) in self._automaton.iter(folded):
            end = end_idx + 1
            after_is_letter = end < n and folded[end].isalnum()
            if after_is_letter and not suffix:
                continue  # the word goes on, and none of the patterns may take a suffix
            start = end - length
            word_start = start
            while word_start > 0 and folded[word_start - 1].isalnum():
                word_start -= 1
                if start - word_start > _LONGEST_PREFIX:
                    break
            if start - word_start > _LONGEST_PREFIX:
                continue  # too deep inside a word for any prefix to pass `_prefix_ok`
            prefix = folded[word_start:start]
            word_end = end
            if after_is_letter:
                while word_end < n and folded[word_end].isalnum():
                    word_end += 1
            for p in patterns:
                if after_is_letter and not p.suffix:
                    continue
                if p.verb and p.arabic and not _verb_ending_ok(folded, end, after_is_letter):
                    continue  # "طلبات", "إضافية", "وعدد": a noun's ending, no verb form
                if p.verb and prefix.endswith("ا") and p.text.startswith("ل"):
                    continue  # "الفتح" is the article and فتح, not the verb لفت
                if (prefix or p.lam_variant) and not _prefix_ok(p, prefix):
                    continue
                if p.acronym and cased is not None and not cased(start, end).isupper():
                    continue
                out.append(Match(start, word_end if p.suffix else end, p.payload, p.text))
        return out


def _verb_ending_ok(folded: str, end: int, after_is_letter: bool) -> bool:
    """A verb's endings begin with ت ا و ن ه ك (قالت، قالا، قالوا، أبلغنا، أبلغه، أبلغكم); the
    plural noun's ات is none of them."""
    if not after_is_letter:
        return True
    return folded[end] in _VERB_ENDING_START and not folded.startswith("ات", end)


_VERB_ENDING_START = frozenset("تاونهك")


def _prefix_ok(p: Pattern, prefix: str) -> bool:
    if not p.arabic:
        return False
    if len(p.text) <= 2:  # particles (لم، لا، ما): only a conjunction may precede them
        return prefix in ("و", "ف")
    if p.lam_variant:
        return _LAM_PREFIX.fullmatch(prefix) is not None
    if p.verb:
        return _VERB_PREFIX.fullmatch(prefix) is not None
    if p.text.startswith("ال"):
        return _NOUN_PREFIX_ARTICLE.fullmatch(prefix) is not None
    return _NOUN_PREFIX.fullmatch(prefix) is not None


def longest_non_overlapping(matches: Iterable[Match]) -> list[Match]:
    """Leftmost-longest selection: drop every match that overlaps an earlier or longer one."""
    chosen: list[Match] = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen
