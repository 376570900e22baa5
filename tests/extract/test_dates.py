"""Date expressions: absolute (Levantine, Egyptian and combined month names, both digit kinds,
Hijri), relative to the publication date, and counted from the last day told before."""

from __future__ import annotations

import datetime as dt

import pytest

from hudna.extract.dates import find_dates, publication_date
from hudna.extract.pipeline import Extractor
from hudna.models import Document
from tests.conftest import make_doc

SAT = dt.date(2016, 8, 27)  # a Saturday


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    assert not [d for d in find_dates("on the 25th anniversary of the war", SAT) if d.value]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("27 اغسطس 2016", dt.date(2016, 8, 27), "day"),
        ("26 آب/أغسطس", dt.date(2016, 8, 26), "day"),
        ("٢٦/٨/٢٠١٦", dt.date(2016, 8, 26), "day"),
        ("منتصف يوليو/تموز الماضي", dt.date(2016, 7, 15), "month"),
        ("24 ذو القعدة 1437", dt.date(2016, 8, 27), "day"),
        ("أمس الجمعة", dt.date(2016, 8, 26), "day"),
        ("وثقت الشبكة خلال اليوم الماضي مقتل 12 مدنياً", dt.date(2016, 8, 26), "day"),  # not today
        ("air strikes overnight killed nine", dt.date(2016, 8, 26), "day"),
        ("they spoke by phone this evening", SAT, "day"),
        ("قبل يومين", dt.date(2016, 8, 25), "day"),
        ("فجر أمس الأول", dt.date(2016, 8, 25), "day"),  # the day before yesterday, at dawn
        ("قبل ثلاثة أيام", dt.date(2016, 8, 24), "day"),
        ("three days ago", dt.date(2016, 8, 24), "day"),
        ("في الثامن عشر من آب", dt.date(2016, 8, 18), "day"),
        ("on the nineteenth of August", dt.date(2016, 8, 19), "day"),
        ("on Aug. 19", dt.date(2016, 8, 19), "day"),
        ("the 19th of August", dt.date(2016, 8, 19), "day"),
        ("ويتقدم عناصر التنظيم حالياً باتجاه المطار", SAT, "day"),
        ("artillery hit 63 targets before dawn", SAT, "day"),
        ("في العشرين من الشهر الجاري", dt.date(2016, 8, 20), "day"),
        ("في 30 من الشهر الماضي", dt.date(2016, 7, 30), "day"),
        ("the arrangement reached in Geneva on the 9th, the two", dt.date(2016, 8, 9), "day"),
        ("the talks ended on the 29th.", dt.date(2016, 7, 29), "day"),
        ("ففي السابع عشر من الشهر، قصفت طائرات التحالف", dt.date(2016, 8, 17), "day"),
        ("وفي الثلاثين من الشهر", dt.date(2016, 7, 30), "day"),  # still to come: last month's
    ],
)
def test_dates_against_the_publication_date(text: str, value: dt.date, precision: str) -> None:
    found = [d for d in find_dates(text, SAT) if d.value]
    assert [(d.value, d.precision) for d in found][:1] == [(value, precision)]


@pytest.mark.parametrize("text", ["on Friday, September 16", "الجمعة، 16 أيلول"])
def test_a_weekday_before_a_date_is_that_date(text: str) -> None:
    assert {d.value for d in find_dates(text, SAT)} == {dt.date(2016, 9, 16)}


@pytest.mark.parametrize("text", ["ستعقد الجولة غداً الأحد", "talks resume tomorrow, Sunday"])
def test_tomorrow_and_its_weekday_are_one_day_to_come(text: str) -> None:
    assert [d.value for d in find_dates(text, SAT)] == [dt.date(2016, 8, 28)]


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("The next day Turkish tanks crossed", 1),
        ("Six days later, jets bombed", 6),
        ("وقبل ذلك بيوم، قُتل جندي", -1),
        ("في اليوم التالي", 1),  # not "today"
        ("بعد يومين من الغارات", 2),
        ("At the same briefing, he accused", 0),
    ],
)
def test_days_counted_from_another_day(text: str, shift: int) -> None:
    (mention,) = find_dates(text, SAT)
    assert (mention.kind, mention.value, mention.shift) == ("anchored", None, shift)


def test_an_act_dated_from_the_day_told_before(extractor: Extractor) -> None:
    text = (
        "On August 12 the Syrian Democratic Forces finished driving Islamic State out of Manbij. "
        "Six days later, Syrian government jets bombed positions of the Kurdish Asayish in "
        "Hasakah. On August 23 the government and the Kurdish forces agreed on a truce. The next "
        "day Turkish tanks crossed into Jarablus."
    )
    doc = make_doc(text, dt.date(2016, 9, 5), "en")
    dates = {e["type"]: e["date"] for e in extractor(doc).to_json_dict()["events"]}
    assert dates["AIRSTRIKE"] == "2016-08-18"
    assert dates["INCURSION"] == "2016-08-24"
    text = (
        "أعلنت القيادة العامة للجيش السوري اليوم انتهاء العمل بنظام التهدئة.\n\n"
        "وقبل ذلك بيوم، قُتل جندي تركي جراء قذائف صاروخية أطلقتها الوحدات الكردية قرب جرابلس."
    )
    doc = make_doc(text, dt.date(2016, 8, 29))
    (shelling,) = [e for e in extractor(doc).to_json_dict()["events"] if e["type"] == "SHELLING"]
    assert shelling["date"] == "2016-08-28"


def test_an_act_in_the_present_progressive_and_before_dawn_happens_on_publication(
    extractor: Extractor,
) -> None:
    def dates(text: str) -> list[str | None]:
        doc = make_doc(text, dt.date(2016, 12, 13), "en")
        return [e.date for e in extractor(doc).events]

    assert dates("Government artillery is pounding the Ansari district of Aleppo.") == [
        "2016-12-13"
    ]
    assert dates("Turkish artillery hit 63 targets around Jarablus before dawn.") == ["2016-12-13"]
    assert dates("Heavy shelling is reported on the rebel pocket in al-Ansari.") == ["2016-12-13"]
    # a past act with no date stays undated
    assert dates("Government artillery pounded the Ansari district of Aleppo.") == [None]


def test_a_datelines_date_is_not_the_day_of_the_act_told_after_it(extractor: Extractor) -> None:
    text = (
        "U.S. strike kills al Qaeda veteran\n\n"
        "WASHINGTON, Nov 21 (Capitol Newswire) - A U.S. air strike near Saraqib in northwestern "
        "Syria on Friday killed a long-time al Qaeda operative, the Pentagon said."
    )
    doc = make_doc(text, dt.date(2016, 11, 21), "en")
    assert [e.date for e in extractor(doc).events] == ["2016-11-18"]


def test_an_act_at_the_same_time_is_not_dated_by_a_similar_act_compared(
    extractor: Extractor,
) -> None:
    text = (
        "اختناق مدنيين بالكلور في حلب\n\n"
        "أصيب نحو ٨٠ مدنياً بحالات اختناق ظهر أمس الثلاثاء، بعد أن ألقت مروحية تابعة لقوات النظام "
        "برميلاً محملاً بغاز الكلور على حي السكري في مدينة حلب. وهو الهجوم الثاني على الحي، بعد "
        "هجوم مماثل في العاشر من آب الماضي.\n\n"
        "وتزامن الهجوم مع غارات لطائرات حربية روسية على حي الكلاسة."
    )
    doc = make_doc(text, dt.date(2016, 9, 7))
    strikes = [e for e in extractor(doc).events if e.place == "kalasa"]
    assert [e.date for e in strikes] == ["2016-09-06"]


def test_the_truces_twentieth_day_is_not_today() -> None:
    text = "في اليوم الثالث والعشرين لسريان الهدنة، قُصف اليوم حي جوبر."
    found = [d for d in find_dates(text, SAT) if d.value == SAT]
    assert len(found) == 1  # only the second "اليوم": today
    assert found[0].start > text.index("الهدنة")


def test_a_dateline_with_both_calendars_is_read_by_its_gregorian_day() -> None:
    text = (
        "الجيش في حندرات\n\nدمشق، الأحد 23 ذو الحجة 1437 هـ الموافق 25 أيلول/سبتمبر 2016 - «الشام»"
    )
    assert publication_date(text) == dt.date(2016, 9, 25)


def test_today_with_its_weekday_in_a_paper_dated_the_day_after() -> None:
    # "اليوم الجمعة" in a paper dated Saturday: the weekday says which day "today" was
    found = find_dates("قصفت طائرات روسية اليوم الجمعة حي الشعار.", SAT)
    assert [d.value for d in found] == [dt.date(2016, 8, 26)]
    assert [d.value for d in find_dates("قصف اليوم السبت حي الشعار.", SAT)] == [SAT]


def test_since_dawn_today_dates_today_s_act(extractor: Extractor) -> None:
    text = (
        "خان الشيح\n\n"
        "صعّدت قوات النظام، منذ فجر اليوم السبت، هجومها البري على بلدة خان الشيح في الغوطة الغربية."
    )
    events = extractor(make_doc(text, SAT, "ar")).events
    assert [(e.type, e.date) for e in events] == [("ATTACK", "2016-08-27")]


def test_a_dateline_with_the_two_calendars_side_by_side() -> None:
    # the tatweel of "هـ" is folded away: offsets into the folded text, not the original
    text = (
        "غارة\n\nدير الزور - «الأفق العربي»\n"
        "الأحد 16 ذو الحجة 1437 هـ - 18 أيلول/سبتمبر 2016\n\nقتل 62 جندياً."
    )
    assert publication_date(text) == dt.date(2016, 9, 18)


def test_today_is_the_dateline_s_day_in_a_report_filed_the_day_after(
    extractor: Extractor,
) -> None:
    text = "حلب\n\nدمشق، 26 آب/أغسطس 2016 (الوكالة) - قصفت طائرات روسية اليوم حي الشعار في حلب."
    events = extractor(make_doc(text, SAT, "ar")).events
    assert [(e.type, e.date) for e in events] == [("AIRSTRIKE", "2016-08-26")]
    # a report dated in its text long before it was filed keeps its filing date for "today"
    text = "حلب\n\nدمشق، 16 آب/أغسطس 2016 (الوكالة) - قصفت طائرات روسية اليوم حي الشعار في حلب."
    events = extractor(make_doc(text, SAT, "ar")).events
    assert [(e.type, e.date) for e in events] == [("AIRSTRIKE", "2016-08-27")]


def test_an_undated_act_of_the_headline_takes_the_day_told_before_its_body_telling(
    extractor: Extractor,
) -> None:
    text = (
        "المعارضة تسيطر على صوران وطيبة الإمام\n\n"
        "سيطرت فصائل المعارضة صباح أمس الأربعاء على بلدة صوران في ريف حماة الشمالي.\n\n"
        "وتابعت الفصائل تقدمها خلال ساعات المساء لتسيطر على مدينة طيبة الإمام."
    )
    doc = Document(id="t", title=text.split("\n", 1)[0], text=text, published=dt.date(2016, 9, 1))
    events = extractor(doc).events
    assert {(e.place, e.date) for e in events if e.type == "ATTACK"} == {
        ("souran", "2016-08-31"),
        ("taybat_al_imam", "2016-08-31"),
    }


def test_an_act_told_as_done_takes_no_day_still_to_come(extractor: Extractor) -> None:
    text = (
        "The foreign ministers of Russia, Turkey and Iran met in Moscow and agreed to hold talks "
        "between the government and rebels in Astana on January 23."
    )
    events = extractor(make_doc(text, dt.date(2017, 1, 8), "en")).events
    assert {e.type: e.date for e in events} == {"MEET": None, "AGREE": None}


def test_a_year_told_as_one_and_not_a_count() -> None:
    told = {
        "منذ عام 2014": "عام 2014",
        "في العام 2015": "العام 2015",
        "since 2012": "2012",
        "in early 2013": "2013",
    }
    for text, mention in told.items():
        (found,) = find_dates(text, SAT)
        assert (found.text, found.value, found.precision) == (
            mention,
            dt.date(int(mention[-4:]), 1, 1),
            "year",
        ), text
    assert find_dates("killing 2015 people", SAT) == []


def test_a_hold_since_a_year_long_gone_is_no_capture(extractor: Extractor) -> None:
    doc = make_doc("ويسيطر تنظيم داعش على مدينة الرقة منذ عام 2014.", SAT, "ar")
    assert [e.type for e in extractor(doc).events] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ستنشر نقاط مراقبة اعتباراً من يوم غد", dt.date(2016, 8, 28)),
        ("ستعقد جولة مشاورات جديدة في لندن غداً الأحد", dt.date(2016, 8, 28)),
        # said on the Friday before a Saturday paper: the weekday named decides
        ("ستبدأ الهدنة غداً السبت", SAT),
        ("tomorrow, Monday", dt.date(2016, 8, 29)),
    ],
)
def test_tomorrow_and_the_weekday_it_names(text: str, day: dt.date) -> None:
    assert [d.value for d in find_dates(text, SAT)] == [day]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ستوقف جميع الأعمال القتالية اعتباراً من منتصف الليل", dt.date(2016, 8, 28)),
        ("the army would halt all operations from midnight", dt.date(2016, 8, 28)),
        ("ستطهّر حوض اليرموك قبل نهاية الشهر", dt.date(2016, 8, 1)),
        ("more are expected to arrive before the end of the month", dt.date(2016, 8, 1)),
        ("خفض الرسوم اعتباراً من مطلع العام المقبل", dt.date(2017, 1, 1)),
        ("a regional tour early next year", dt.date(2017, 1, 1)),
    ],
)
def test_from_midnight_and_the_end_of_the_month(text: str, value: dt.date) -> None:
    found = find_dates(text, SAT)
    assert [d.value for d in found] == [value]
    if "year" in text or "العام" in text:  # the start of a year: its first month
        assert found[0].precision == "month"


def test_the_same_day_is_the_day_told_before_not_today(extractor: Extractor) -> None:
    text = (
        "الكرملين\n\nأمر الرئيس الروسي فلاديمير بوتين، مساء أمس الاثنين، بسحب القوات. وأوضح "
        "الكرملين أن بوتين أبلغ نظيره السوري بشار الأسد بالقرار في اتصال هاتفي أجراه معه في "
        "اليوم ذاته."
    )
    doc = make_doc(text, dt.date(2016, 3, 15), "ar")
    call = next(e for e in extractor(doc).events if e.type == "MEET")
    assert (call.date, call.date_precision) == ("2016-03-14", "day")
    # read as a day counted from the last one told, not as "اليوم" (today)
    found = find_dates(
        "أجراه معه في اليوم ذاته، وفي نفس اليوم the same day، وخلال اليوم نفسه، وبعد أقل من ساعة",
        SAT,
    )
    assert [(d.kind, d.shift) for d in found] == [("anchored", 0)] * 5
    # "اعتباراً من اليوم نفسه": today itself, in words said
    assert [d.kind for d in find_dates("ستبدأ العودة اعتباراً من اليوم نفسه", SAT)] == ["relative"]


def test_an_accusation_after_words_said_is_dated_by_the_briefing(extractor: Extractor) -> None:
    text = (
        "موسكو\n\nوأوضح المتحدث باسم الوزارة اللواء إيغور كوناشينكوف، في إفادة صحافية اليوم، أن "
        "«الإرهابيين» قصفوا خلال الليلة الماضية حي الحمدانية بقذائف الهاون، متهماً واشنطن "
        "بـ«العجز عن فصل المعارضة المعتدلة عن جبهة النصرة»."
    )
    doc = make_doc(text, dt.date(2016, 10, 19), "ar")
    events = {e.type: e for e in extractor(doc).events}
    assert (events["ACCUSE"].date, events["SHELLING"].date) == ("2016-10-19", "2016-10-18")


def test_the_day_a_truce_agreed_in_a_call_begins_is_not_the_calls(extractor: Extractor) -> None:
    text = (
        "بوتين وأوباما يتفقان هاتفياً على هدنة في سوريا تبدأ السبت\n\nاتفق الرئيس الروسي فلاديمير "
        "بوتين ونظيره الأمريكي باراك أوباما، خلال اتصال هاتفي مساء أمس الاثنين، على شروط «وقف "
        "الأعمال العدائية» في سوريا."
    )
    doc = make_doc(text, dt.date(2016, 2, 23), "ar")
    assert {e.date for e in extractor(doc).events if e.type in ("MEET", "AGREE")} == {"2016-02-22"}
    # the clause after the terms dates the accord again
    munich = (
        "ميونيخ\n\nاتفقت الولايات المتحدة وروسيا على «وقف للأعمال العدائية» في أنحاء سوريا يبدأ "
        "خلال أسبوع، وذلك في ختام اجتماع عُقد مساء أمس الخميس في ميونيخ."
    )
    doc = make_doc(munich, dt.date(2016, 2, 12), "ar")
    accord = next(e for e in extractor(doc).events if e.type == "AGREE")
    assert accord.date == "2016-02-11"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("a nationwide truce would take effect at midnight on Friday", dt.date(2016, 2, 26)),
        ("بوتين وأوباما يتفقان على هدنة في سوريا تبدأ السبت", dt.date(2016, 2, 27)),
        ("قصفت الطائرات البلدة يوم الجمعة", dt.date(2016, 2, 19)),  # an act told as done
        ("Kerry met Lavrov on Friday", dt.date(2016, 2, 19)),
        ("Erdogan said he would speak to Putin again on Tuesday evening", dt.date(2016, 2, 23)),
    ],
)
def test_a_weekday_after_words_of_a_time_to_come_is_the_next(text: str, day: dt.date) -> None:
    # published on Tuesday 23 February 2016
    assert [d.value for d in find_dates(text, dt.date(2016, 2, 23))] == [day]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        # the days of a charge do not date the accusation
        (
            "U.S. suspends talks\n\nWASHINGTON — The United States on Monday suspended its bilateral "
            "engagement with Russia on a Syria cease-fire, accusing Moscow of failing to live up to "
            "the September 9 arrangement.",
            dt.date(2016, 10, 3),
            "ACCUSE",
            "2016-10-03",
        ),
        # a truce's start after منذ dates no act told after it
        (
            "التقرير اليومي\n\nرصد المرصد مقتل ٥٢ شخصاً يوم أمس الإثنين، في أعنف يوم منذ بدء سريان "
            "الهدنة في الثاني عشر من الشهر الجاري.\n\nريف حماة الشمالي: قُتل أربعة مدنيين بقصف صاروخي "
            "لقوات النظام على مدينة اللطامنة.",
            dt.date(2016, 9, 20),
            "SHELLING",
            "2016-09-19",
        ),
        # a day counted back from an act, not from a truce's start
        (
            "الهدنة\n\nأعلنت القيادة العامة للجيش السوري اليوم انتهاء العمل بنظام التهدئة الذي بدأ "
            "سريانه مساء الاثنين الماضي.\n\nوجاء الإعلان بعد يومين من الغارات التي شنها التحالف "
            "الدولي بقيادة الولايات المتحدة على مواقع للجيش السوري في جبل الثردة بدير الزور.",
            dt.date(2016, 9, 19),
            "AIRSTRIKE",
            "2016-09-17",
        ),
        # hours after an announcement, not after the day a truce began
        (
            "الهدنة\n\nأعلنت القيادة العامة للجيش السوري، مساء أمس الاثنين، أن نظام التهدئة الذي "
            "بدأ قبل أسبوع «انتهى».\n\nوبعد ساعات من الإعلان، تعرضت قافلة مساعدات لقصف جوي في بلدة "
            "أورم الكبرى بريف حلب الغربي.",
            dt.date(2016, 9, 20),
            "AIRSTRIKE",
            "2016-09-19",
        ),
        # a day told in the pluperfect dates no act told after it
        (
            "درعا\n\nوفي خرق جديد للهدنة، ألقت مروحيات النظام برميلين متفجرين على حي درعا البلد صباح "
            "اليوم. وكانت طائرات حربية روسية قد استهدفت قبل يومين بلدة الحراك بريف درعا الشرقي.\n\n"
            "في المقابل، ردت فصائل «الجبهة الجنوبية» بقصف مواقع قوات النظام في حي درعا المحطة بقذائف "
            "الهاون.",
            dt.date(2016, 3, 2),
            "SHELLING",
            "2016-03-02",
        ),
    ],
)
def test_the_day_an_act_takes(
    extractor: Extractor, text: str, published: dt.date, kind: str, day: str
) -> None:
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    act = next(e for e in extractor(make_doc(text, published, lang)).events if e.type == kind)
    assert act.date == day


def test_a_time_of_day_before_a_named_day_is_that_days() -> None:
    monday = dt.date(2016, 3, 14)
    found = find_dates("Nusra overran the headquarters before dawn on Sunday.", monday)
    assert [(d.text, d.value) for d in found] == [("sunday", dt.date(2016, 3, 13))]
    # alone it is the day of the report
    found = find_dates("Nusra overran the headquarters before dawn.", monday)
    assert [d.value for d in found] == [monday]
    assert find_dates("no date here", monday) == []
