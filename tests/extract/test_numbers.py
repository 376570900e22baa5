"""Death tolls read from a clause (hudna.extract.numbers), as the annotation guide counts them."""

from __future__ import annotations

import pytest

from hudna.extract.numbers import fatalities
from hudna.text import fold


@pytest.mark.parametrize(
    ("clause", "toll"),
    [
        ("ما أدى إلى مقتل 12 مدنياً", 12),
        ("ما أدى إلى مقتل امرأة وإصابة آخرين", 1),
        ("قناص من حزب الله يقتل شاباً في مضايا", 1),
        ("مقتل امرأة وطفلها", 2),
        ("مقتل امرأة وطفليها جراء انفجار", 3),
        ("مقتل مدنيَّين اثنين", 2),
        ("مقتل سائق واحد على الأقل", 1),
        ("استشهد مواطنان وأصيب خمسة آخرون", 2),
        ("killing a man and his daughter", 2),
        ("killing a mother and her two children", 3),
        ("killing a patient and a paramedic", 2),
        ("قُتل ثلاثة وعشرون مدنياً على الأقل", 23),
        ("معرة النعمان: سبعة وثلاثون قتيلاً، بينهم ستة أطفال", 37),
        ("killing twenty-two people", 22),
        ("killing a hundred people", 100),
        ("- بلدة التمانعة: مدنيان اثنان، بقصف مدفعي", 2),
        ("ريف دمشق: 4 مدنيين في مدينة دوما، جراء قصف صاروخي", 4),
        ("- بلدة كفرنبل: رجل وابنه جراء غارة للطيران الحربي", 2),
        ("حي الوعر: قتيلان بقصف مدفعي", 2),
        ("وقُتل أمس ستة مدنيين في غارات روسية", 6),
        ("الدفاع المدني: انتشال جثث ١٦ شخصاً من تحت الأنقاض", 16),
        ("Raqqa: Seven civilians, including two children, were killed when jets struck", 7),
        ("killing at least 22 children and six teachers", 28),
        ("hours after Russia's ambassador to Turkey was shot dead at an art gallery", 1),
        ("killing between 160 and 200 fighters in 18 raids", 160),
        ("Ankara says up to 200 killed", None),
        ("حماة: طفلة قضت بقذيفة هاون أطلقتها فصائل المعارضة", 1),
        ("قذائف أطلقها الإرهابيون على حي الحمدانية أوقعت قتيلين", 2),
        ("A man and a child died in the strike", 2),
        ("mortar rounds hit the district, wounding three", None),
        ("مقتل مدنيين في غارات", None),  # the plural, not the dual: no number
    ],
)
def test_the_dead_counted_by_number_or_one_by_one(clause: str, toll: int | None) -> None:
    assert fatalities(fold(clause)) == toll
