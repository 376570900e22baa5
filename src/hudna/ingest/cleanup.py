"""Masking news boilerplate before extraction, without moving a single character.

Boilerplate (a repeated title glued to itself, `+ الخط -`, `قد يعجبك ايضا`, photo credits such as
`(الكسندرا بيير/Getty)`) is replaced by spaces, so every offset the extractor reports still points
into the original text; the stored original is never changed. The patterns are data
(`data/lexicons/boilerplate.yaml`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from hudna.data import load_yaml


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    data = load_yaml("lexicons", "boilerplate.yaml")
    lines = [re.compile(p, re.MULTILINE) for p in data.get("lines", [])]
    inline = [re.compile(p) for p in data.get("inline", [])]
    return lines, inline


def boilerplate_spans(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """The `[start, end)` spans of `text` that are boilerplate."""
    lines, inline = _patterns()
    spans: list[tuple[int, int]] = []
    for pattern in (*lines, *inline):
        spans.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
    spans.extend(_repeated_title_spans(text, title))
    return sorted(spans)


def _repeated_title_spans(text: str, title: str | None) -> list[tuple[int, int]]:
    """Copies of the title after its first occurrence near the top (seen glued to itself): each
    glued to the copy before it or opening a line, not the title's words said in a sentence
    ("دي ميستورا" then "أعرب المبعوث الأممي ستافان دي ميستورا عن أسفه")."""
    title = (title or first_line(text) or "").strip()
    if len(title) < 8:
        return []
    first = text.find(title)
    if first < 0:
        return []
    head_end = min(len(text), first + 4 * len(title) + 200)
    spans = []
    copy_end = first + len(title)
    pos = text.find(title, copy_end, head_end)
    while pos >= 0:
        if pos == copy_end or text[pos - 1] == "\n":
            spans.append((pos, pos + len(title)))
            copy_end = pos + len(title)
        pos = text.find(title, pos + len(title), head_end)
    return spans


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span replaced by spaces (newlines kept), same length."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def clean(text: str, title: str | None = None) -> str:
    """`text` with its boilerplate masked (same length as `text`)."""
    return mask(text, boilerplate_spans(text, title))


def first_line(text: str) -> str | None:
    """The first non-empty line of `text`, stripped: the title of a plain-text report."""
    for line in text.splitlines():
        if line.strip():
            return re.sub(r"\s+", " ", line.strip())
    return None
