"""Actors and places resolved from the text: ambiguous place names, quoted names, anaphors."""

from __future__ import annotations

import datetime as dt

from hudna.extract.pipeline import Extractor
from hudna.models import Document


def _places(extractor: Extractor, text: str) -> list[str]:
    doc = Document(id="t", text=text, published=dt.date(2016, 5, 29), language="ar")
    return [p.id for p in extractor(doc).places]


def test_a_town_name_two_towns_share_is_the_one_in_the_province_told(
    extractor: Extractor,
) -> None:
    north = "سيطر التنظيم على بلدة صوران قرب مدينة أعزاز في ريف حلب الشمالي."
    assert "soran_azaz" in _places(extractor, north)
    assert "souran" not in _places(extractor, north)
    south = "قصفت قوات النظام بلدة صوران في ريف حماة الشمالي قرب مدينة مورك."
    assert "souran" in _places(extractor, south)
    assert "soran_azaz" not in _places(extractor, south)
