"""Arabic-aware text folding and tokenising, shared by extraction (matching) and the store (search).

Folding maps the spellings a reader treats as the same word onto one form: alef variants (أ إ آ ٱ)
to ا, ى to ي, ة to ه, hamza carriers ؤ ئ to و ي, Persian/Urdu letter forms to Arabic ones,
Arabic-Indic digits to ASCII, ASCII letters to lower case and accented Latin letters to their
base letter; Arabic diacritics and tatweel are dropped.
Every fold keeps a map back to the original offsets, because evidence is cited in the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

_DELETE = (
    "\u0640"
    + "".join(chr(c) for c in range(0x064B, 0x0653))
    + "\u0670\u0654\u0655\u200c\u200d\u200e\u200f"
)
_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ک": "ك",
    "\u00a0": " ",
    "\u2019": "'",  # "Ja’afari": the typographic apostrophe is the apostrophe
}
_MAP.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_MAP.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Eastern Arabic-Indic digits
_MAP.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
# Latin letters with diacritics to their base letter ("Çavuşoğlu", "Mevlüt", "Bağdadi" as they are
# spelt without), one character for one, so that offsets stay aligned
_MAP.update(
    {
        chr(c): base.lower()
        for c in range(0x00C0, 0x0180)
        if (base := unicodedata.normalize("NFD", chr(c))[0]).isascii() and base.isalpha()
    }
)
_MAP.update({"ı": "i"})
_TABLE = str.maketrans({**_MAP, **{c: None for c in _DELETE}})
# The same table as a list indexed by code point, up to the end of General Punctuation: translate
# then finds every character it keeps instead of raising a KeyError for each (a character past
# the list raises IndexError, which translate also reads as "keep as is").
_DENSE_TABLE = [_TABLE.get(c, c) for c in range(0x2070)]
_DELETED_RE = re.compile(f"[{re.escape(_DELETE)}]+")

ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Fold `text` for matching and search (see module docstring)."""
    return text.translate(_DENSE_TABLE)


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Fold `text` and return, when the length changed, the original offset of each folded char.

    The returned list has one extra entry, `len(text)`, so that an end offset maps too. `None` means
    the folded text is aligned with the original (the common case for news without diacritics).
    """
    folded = text.translate(_DENSE_TABLE)
    if len(folded) == len(text):
        return folded, None
    offsets: list[int] = []
    kept = 0  # the kept characters run from here to the next deleted run
    for m in _DELETED_RE.finditer(text):
        offsets.extend(range(kept, m.start()))
        kept = m.end()
    offsets.extend(range(kept, len(text) + 1))  # with the extra entry `len(text)`
    return folded, offsets


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words` that prefers the longest, as the words sorted by length
    would, written as a trie (`ا(?:ب|ذار)`) so that the engine tries one branch per letter
    rather than every word.

    The words that match at one place are each a prefix of the longer ones, and the trie tries
    the longer continuations before the end of a word: the same order, so the same matches."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if "" in node:
        branches.append("")  # the word may end here: tried after its longer continuations
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=4096)  # asked again and again of the same trigger and name words
def is_arabic(word: str) -> bool:
    return ARABIC_LETTER_RE.search(word) is not None


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script, 0.0 for text without letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ARABIC_LETTER_RE.match(c)) / len(letters)


_PROCLITICS_RE = re.compile(r"^([وف]?)(بال|كال|لل|ال|[بلك])?")
_LIGHT_RE = re.compile(r"^[وف]?(?:ال)?(?=\w{3,})")


def clitic_variants(word: str) -> set[str]:
    """Every reading of a folded Arabic word with a leading cluster of و ف ب ل ك ال removed.

    `ولافروف` gives {ولافروف, لافروف, افروف}; the matcher and the index keep all of them because
    a letter such as ل may be a preposition or part of the name.
    """
    variants = {word}
    m = _PROCLITICS_RE.match(word)
    if m:
        conj, prep = m.group(1), m.group(2) or ""
        if conj and len(word) - len(conj) >= 2:
            variants.add(word[len(conj) :])
        if prep:
            rest = word[len(conj) + len(prep) :]
            if len(rest) >= 2:
                variants.add(rest)
                if prep == "لل":  # لل + noun: the article's alef is dropped after ل
                    variants.add("ال" + rest)
    return variants


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(lang)


@lru_cache(maxsize=65536)
def index_terms(word: str) -> tuple[str, ...]:
    """The terms a full-text index stores for one raw word: folded clitic readings and their
    Snowball stems, so that `لافروف` finds `ولافروف` and `حلب` finds `لحلب`."""
    if is_arabic(word):
        variants = clitic_variants(fold(word))
        stem = _stemmer("arabic").stemWord
        terms = variants | {fold(stem(v)) for v in variants}
    else:
        terms = {_stemmer("english").stemWord(word.lower())}
    return tuple(sorted(t for t in terms if len(t) >= 2))


@lru_cache(maxsize=4096)
def query_terms(word: str) -> tuple[str, ...]:
    """The alternatives a search for one word looks for: the folded word without a leading
    conjunction or article, and its stem. Each must be among some document word's index terms."""
    if is_arabic(word):
        light = _LIGHT_RE.sub("", fold(word), count=1)
        terms = {light, fold(_stemmer("arabic").stemWord(light))}
    else:
        terms = {_stemmer("english").stemWord(word.lower())}
    return tuple(sorted(t for t in terms if len(t) >= 2))


def search_text(text: str) -> str:
    """The text a full-text index stores for `text`: every word replaced by its index terms."""
    out: list[str] = []
    for m in WORD_RE.finditer(fold(text)):  # fold first: diacritics would split words
        out.extend(index_terms(m.group()))
    return " ".join(out)
