"""Language of a document: Arabic or English, by script.

Hudna reads Arabic and English only; for those two, the share of Arabic-script letters is an exact
and deterministic test (statistical language-id models add nothing and may need downloads).
"""

from __future__ import annotations

from typing import Literal

from hudna.text import arabic_ratio


def detect_language(text: str) -> Literal["ar", "en"] | None:
    """`ar` when most letters are Arabic script, `en` when most are Latin, else None."""
    sample = text[:5000]
    ratio = arabic_ratio(sample)
    if ratio >= 0.5:
        return "ar"
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    letters = sum(1 for c in sample if c.isalpha())
    if letters and latin / letters >= 0.5:
        return "en"
    return None
