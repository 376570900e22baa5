"""The extractor's own regular expressions and word sets run on folded text (`hudna.text.fold`):
an Arabic word written in them with a letter folding changes (أ, إ, آ, ى, ة, ؤ, ئ) never matches
unless its folded form is written too."""

from __future__ import annotations

import importlib
import pkgutil
import re

import hudna.extract
from hudna.extract.events.common import _POSITIONS
from hudna.text import fold

_UNFOLDED = re.compile(r"[\u0621-\u064A]*[أإآىةؤئ][\u0621-\u064A]*")
_CLASS = re.compile(r"\[[^\]]*\]")  # a character class ("[اإأ]") lists the letters on purpose


def _patterns() -> list[tuple[str, str]]:
    found = [(f"_POSITIONS[{name!r}]", source) for name, source in _POSITIONS.items()]
    for info in pkgutil.walk_packages(hudna.extract.__path__, "hudna.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{name}", value.pattern))
    return found


def test_every_arabic_word_of_a_pattern_is_written_folded() -> None:
    unmatched = [
        (where, word)
        for where, source in _patterns()
        for word in _UNFOLDED.findall(_CLASS.sub(" ", source))
        if fold(word) not in source
    ]
    assert unmatched == []


# word sets that are read against the lexicon's own spelling, not the folded text
_UNFOLDED_BY_DESIGN = {"hudna.extract.lexicon._PARTICLES"}


def test_every_arabic_word_of_a_word_set_is_written_folded() -> None:
    unmatched = []
    for info in pkgutil.walk_packages(hudna.extract.__path__, "hudna.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            where = f"{info.name}.{name}"
            if where in _UNFOLDED_BY_DESIGN or not isinstance(value, (set, frozenset, tuple)):
                continue
            words = [w for w in value if isinstance(w, str)]
            unmatched += [
                (where, w)
                for w in words
                if _UNFOLDED.search(w) and fold(w) != w and fold(w) not in words
            ]
    assert unmatched == []
