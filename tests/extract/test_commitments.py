"""Commitments: future markers, their parties and their spans."""

from __future__ import annotations

import datetime as dt

from hudna.extract.pipeline import Extractor
from hudna.models import Document


def test_each_complement_is_a_promise_of_its_own(extractor: Extractor) -> None:
    text = (
        "لافروف يعد بمشروع قرار\n\n"
        "ولفت وزير الخارجية الروسي سيرغي لافروف إلى أن موسكو ستواصل دعم الجيش السوري، وأنها ستطرح "
        "على مجلس الأمن مشروع قرار جديداً بشأن حلب خلال الأسبوع الجاري.\n\n"
        "وقال إن الإدارة الأميركية لم تحدد سياساتها بعد، مشيراً إلى سيطرتها على القرار."
    )
    doc = Document(id="t", text=text, published=dt.date(2016, 10, 3), language="ar")
    promises = extractor(doc).commitments
    assert [(c.by, c.text.split()[0]) for c in promises] == [(["RUS"], "موسكو"), (["RUS"], "ستطرح")]
