"""Commitments: future markers, their parties and their spans."""

from __future__ import annotations

import datetime as dt

from hudna.extract.pipeline import Extractor
from tests.conftest import make_doc


def test_each_complement_is_a_promise_of_its_own(extractor: Extractor) -> None:
    text = (
        "لافروف يعد بمشروع قرار\n\n"
        "ولفت وزير الخارجية الروسي سيرغي لافروف إلى أن موسكو ستواصل دعم الجيش السوري، وأنها ستطرح "
        "على مجلس الأمن مشروع قرار جديداً بشأن حلب خلال الأسبوع الجاري.\n\n"
        "وقال إن الإدارة الأميركية لم تحدد سياساتها بعد، مشيراً إلى سيطرتها على القرار."
    )
    doc = make_doc(text, dt.date(2016, 10, 3))
    promises = extractor(doc).commitments
    assert [(c.by, c.text.split()[0]) for c in promises] == [(["RUS"], "موسكو"), (["RUS"], "ستطرح")]


def test_due_dates_lie_ahead_and_are_not_the_day_it_was_said(extractor: Extractor) -> None:
    text = (
        "Russia plans to reduce its military presence in Syria, the Kremlin said on Monday. "
        "De Mistura said he intends to convene a new round of talks in February. Moscow is "
        "expected to host a meeting of Russian, Turkish and Iranian foreign ministers on "
        "December 20."
    )
    doc = make_doc(text, dt.date(2016, 9, 20), "en")
    found = [(c["by"], c["due"]) for c in extractor(doc).to_json_dict()["commitments"]]
    assert found == [
        (["RUS"], None),  # Monday is when the Kremlin spoke
        (["de_mistura"], "2017-02"),  # the next February
        (["RUS"], "2016-12-20"),  # an English subject before "is expected to"
    ]
    text = "وأكد المعلم أن الحكومة السورية مستعدة للمشاركة في محادثات أستانا."
    doc = make_doc(text, dt.date(2016, 12, 30))
    assert extractor(doc).to_json_dict()["events"] == []  # readiness to attend is no meeting


def test_a_promise_for_a_bare_weekday_is_due_on_the_next_one(extractor: Extractor) -> None:
    def due(text: str, language: str) -> list[str | None]:
        doc = make_doc(text, dt.date(2016, 9, 12), language)  # Monday
        return [c.due for c in extractor(doc).commitments]

    english = "John Kerry says he will speak with Foreign Minister Sergei Lavrov again on Tuesday."
    assert due(english, "en") == ["2016-09-13"]
    assert due("وقال لافروف إنه سيلتقي كيري يوم الثلاثاء.", "ar") == ["2016-09-13"]


def test_every_party_joined_in_the_subject_is_bound(extractor: Extractor) -> None:
    doc = make_doc(
        "Russia, Turkey and Iran will act as guarantors of the truce, Putin said.",
        dt.date(2016, 12, 29),
        "en",
    )
    assert [c.by for c in extractor(doc).commitments] == [["RUS", "TUR", "IRN"]]


def test_who_is_to_be_met_is_bound_by_the_meeting(extractor: Extractor) -> None:
    text = (
        "Talks\n\n"
        "Secretary of State John Kerry is expected to meet Russian Foreign Minister Sergei Lavrov "
        "on Friday in Geneva."
    )
    doc = make_doc(text, dt.date(2016, 9, 20), "en")
    (promise,) = extractor(doc).to_json_dict()["commitments"]
    assert promise["by"] == ["kerry", "lavrov"]


def test_a_question_about_a_plan_is_no_promise(extractor: Extractor) -> None:
    text = (
        "Briefing\n\n"
        "QUESTION: Will the Secretary still go to Brussels?\n\n"
        "MR KIRBY: The Secretary will travel to Brussels on Tuesday for the conference."
    )
    promises = extractor(make_doc(text, dt.date(2016, 10, 3), "en")).commitments
    assert [(c.by, c.text.startswith("The Secretary will travel")) for c in promises] == [
        (["kerry"], True)
    ]


def test_a_question_whether_a_party_will_act_is_no_promise(extractor: Extractor) -> None:
    text = (
        "Moadamiyeh\n\nDe Mistura said he had asked the Government and the Russian Federation "
        "whether they would be ready to allow local administrations to remain in place."
    )
    doc = make_doc(text, dt.date(2016, 10, 20), "en")
    assert extractor(doc).commitments == []


def test_the_speakers_own_body_named_by_its_kind_makes_the_promise(extractor: Extractor) -> None:
    text = (
        "مضايا\n\nوقال المتحدث باسم الأمم المتحدة إن المنظمة ستعمل على إدخال قافلة ثانية خلال "
        "الأيام المقبلة. وقال مصدر عسكري روسي إن المركز سيواصل تسليم المساعدات للسكان. وقالت "
        "الأمم المتحدة إن الهدنة ستدخل حيز التنفيذ غداً."
    )
    doc = make_doc(text, dt.date(2016, 1, 12))
    assert [(c.by, c.text.split()[0]) for c in extractor(doc).commitments] == [
        (["UN"], "المنظمة"),
        (["RUS"], "المركز"),
    ]


def test_a_reply_to_whatever_the_other_side_may_do_is_a_threat(extractor: Extractor) -> None:
    text = (
        "وقال قائد في الجبهة الجنوبية إن فصائل الجبهة «سترد بقوة» على أي تصعيد، وإنها ستفتح "
        "ممراً لخروج المدنيين غداً. The rebels were committed to the truce but would respond to "
        "any violation."
    )
    doc = make_doc(text, dt.date(2016, 9, 13))
    assert [c.text for c in extractor(doc).commitments] == ["ستفتح ممراً لخروج المدنيين غداً"]
    # any reply, to whatever it answers, threatens ("سيرد بحزم على مصادر إطلاق القذائف")
    firm = (
        "وقال مصدر عسكري إن الجيش «سيرد بحزم» على مصادر إطلاق القذائف، وإن أنقرة «سترد بأقسى "
        "الطرق». The army would continue to respond to attacks by Nusra Front fighters, and the "
        "government will reactivate the water station next week."
    )
    doc = make_doc(firm, dt.date(2016, 9, 13))
    assert [c.text for c in extractor(doc).commitments] == [
        "the government will reactivate the water station next week"
    ]


def test_a_process_quoted_to_go_on_is_no_promise(extractor: Extractor) -> None:
    text = (
        "وقال المتحدث باسم التحالف إن الحملة «ستستمر حتى عزل الرقة بالكامل»، وإن المحافظة "
        "«ستبدأ إدخال الحافلات خلال ساعات»."
    )
    doc = make_doc(text, dt.date(2016, 11, 8))
    assert [c.text for c in extractor(doc).commitments] == [
        "المحافظة «ستبدأ إدخال الحافلات خلال ساعات"
    ]


def test_a_clause_joined_with_and_that_holds_its_own_promise_is_another(
    extractor: Extractor,
) -> None:
    text = (
        "Peskov said Russia would help clear the city of mines, and Russian sappers are expected "
        "to arrive in Palmyra within days. The UN said it would fund a tour next year, and "
        "would expand the programme to the camps."
    )
    doc = make_doc(text, dt.date(2016, 3, 28), "en")
    assert [c.text for c in extractor(doc).commitments] == [
        "Russia would help clear the city of mines",
        "Russian sappers are expected to arrive in Palmyra within days",
        "it would fund a tour next year",
        "would expand the programme to the camps",  # ", and would": a second promise
    ]


def test_an_abbreviation_does_not_cut_a_promise(extractor: Extractor) -> None:
    text = (
        "Turkey plans to present evidence of YPG activity in Manbij to U.S. officials next week, "
        "a Turkish diplomat said."
    )
    (promise,) = extractor(make_doc(text, dt.date(2016, 11, 20), "en")).commitments
    assert promise.text.endswith("to U.S. officials next week")


def test_a_plan_to_be_announced_next_month_is_the_speakers_promise(extractor: Extractor) -> None:
    english = (
        "Lavrov said the plan will be announced next month. Kerry said Assad will be defeated."
    )
    arabic = "وقال لافروف إن الخطة سيتم الإعلان عنها الشهر المقبل."
    found = [
        (c.by, c.due, c.text)
        for text, language in ((english, "en"), (arabic, "ar"))
        for c in extractor(make_doc(text, dt.date(2016, 8, 20), language)).commitments
    ]
    # the issue's own example: due the month after publication; "Assad will be defeated" is
    # done to Assad, no one's promise
    assert found == [
        (["lavrov"], "2016-09", "the plan will be announced next month"),
        (["lavrov"], "2016-09", "الخطة سيتم الإعلان عنها الشهر المقبل"),
    ]


def test_a_past_day_is_no_due_and_allied_parties_are_bound_together(extractor: Extractor) -> None:
    text = (
        "Turkish President Tayyip Erdogan said on Tuesday that Turkish troops and allied Syrian "
        "rebels would push on to al-Bab, after taking Dabiq last week."
    )
    (promise,) = extractor(make_doc(text, dt.date(2016, 10, 25), "en")).commitments
    assert (promise.by, promise.due, promise.due_text) == (["TUR", "SYR_OPP"], None, None)


def test_ala_anna_after_a_speech_verb_opens_the_words_not_a_term(extractor: Extractor) -> None:
    said = (
        "وشدد الجعفري في كلمته أمام مجلس الأمن على أن «الإرهابيين» يستخدمون المدنيين دروعاً بشرية."
    )
    assert extractor(make_doc(said, dt.date(2016, 9, 26))).commitments == []


def test_a_hope_is_no_promise(extractor: Extractor) -> None:
    hoped = "وأعرب دي ميستورا عن أمله في أن تستأنف المفاوضات الشهر المقبل."
    assert extractor(make_doc(hoped, dt.date(2016, 8, 20))).commitments == []


def test_a_live_blog_time_is_no_part_of_a_promise(extractor: Extractor) -> None:
    text = "13:30 Iran's foreign minister Javad Zarif will travel to Moscow next week."
    (promise,) = extractor(make_doc(text, dt.date(2016, 12, 15), "en")).commitments
    assert promise.text.startswith("Iran's foreign minister")


def test_fighters_of_a_local_deal_promise_to_leave(extractor: Extractor) -> None:
    ar = "وبحسب بنود الاتفاق، سيخرج نحو 700 مقاتل بسلاحهم الفردي إلى محافظة إدلب."
    (promise,) = extractor(make_doc(ar, dt.date(2016, 8, 26))).commitments
    assert promise.by == ["SYR_OPP"]
    en = 'The remaining fighters would leave in stages "within weeks", the governor said.'
    (promise,) = extractor(make_doc(en, dt.date(2016, 12, 10), "en")).commitments
    assert promise.by == ["SYR_OPP"]
    # fighters who will go on fighting promise no departure of a deal
    fight = "وقال إن المقاتلين سيواصلون القتال."
    assert extractor(make_doc(fight, dt.date(2016, 8, 26))).commitments == []


def test_paying_the_price_is_a_threat_not_a_promise(extractor: Extractor) -> None:
    threats = (
        "وقال إن النظام ارتكب خطأً كبيراً، وسيدفع ثمنه غالياً. The regime will pay a heavy price."
    )
    assert extractor(make_doc(threats, dt.date(2016, 8, 20))).commitments == []


def test_the_government_of_another_states_official_is_that_state(extractor: Extractor) -> None:
    text = (
        "Iran's sports minister told reporters in Rio that the government will hold a reception "
        "for the medallists."
    )
    (promise,) = extractor(make_doc(text, dt.date(2016, 8, 22), "en")).commitments
    assert promise.by == ["IRN"]
    # in a text about Syria, the government a foreign state addresses is Syria's
    syria = "Russia said the government will allow aid into Aleppo next week."
    (promise,) = extractor(make_doc(syria, dt.date(2016, 8, 22), "en")).commitments
    assert promise.by == ["SYR_GOV"]


def test_the_speakers_own_people_named_by_its_adjective_promise(extractor: Extractor) -> None:
    text = (
        "Russia to escort convoys\n\n"
        'Russian Defence Ministry spokesman Igor Konashenkov said "Russian servicemen will escort '
        'humanitarian convoys along the Castello road".\n\n'
        "Russia's agriculture watchdog said Turkish tomatoes would stay banned for now."
    )
    found = [
        (c.by, c.text) for c in extractor(make_doc(text, dt.date(2016, 9, 18), "en")).commitments
    ]
    assert found == [
        (["RUS"], "Russian servicemen will escort humanitarian convoys along the Castello road")
    ]


def test_that_after_a_noun_opens_a_relative_clause_not_a_promise(extractor: Extractor) -> None:
    text = "Putin said the truce was a fragile deal that will need special attention and patience."
    assert extractor(make_doc(text, dt.date(2016, 12, 29), "en")).commitments == []
    text = "Putin said that Russia will reduce its military deployment in Syria."
    assert len(extractor(make_doc(text, dt.date(2016, 12, 29), "en")).commitments) == 1


def test_readiness_with_a_future_time_is_no_promise(extractor: Extractor) -> None:
    # the annotation guide: readiness is not a commitment, even with a day ahead in its clause
    # (and "Washington", right before "next week", is not the one promising)
    for text, lang in (
        ("Lavrov said Moscow was ready to resume talks with Washington next week.", "en"),
        ("وقال لافروف إن موسكو مستعدة لاستئناف المحادثات مع واشنطن الأسبوع المقبل.", "ar"),
    ):
        doc = make_doc(text, dt.date(2016, 10, 3), lang)
        assert extractor(doc).commitments == []
    doc = make_doc(
        "Lavrov said Moscow would resume talks with Washington next week.",
        dt.date(2016, 10, 3),
        "en",
    )
    assert [c.by for c in extractor(doc).commitments] == [["RUS", "USA"]]


def test_parties_joined_after_the_marker_are_all_bound(extractor: Extractor) -> None:
    text = "ومن المقرر أن يلتقي وفدا الحكومة والمعارضة في أستانة الأسبوع المقبل."
    doc = make_doc(text, dt.date(2016, 12, 28))
    assert [c.by for c in extractor(doc).commitments] == [["SYR_GOV", "SYR_OPP"]]


def test_a_nationality_joined_to_the_subject_is_bound(extractor: Extractor) -> None:
    text = "Russian and Turkish officials will meet in Ankara next week to discuss the ceasefire."
    doc = make_doc(text, dt.date(2016, 12, 20), "en")
    assert [c.by for c in extractor(doc).commitments] == [["RUS", "TUR"]]


def test_the_speakers_country_is_the_state_it_serves(extractor: Extractor) -> None:
    # the annotation of "بلاده ستقيم مخيمات": by the state, not the man who said it
    for text, lang in (
        ("وقال أردوغان إن بلاده ستقيم مخيمات في ريف إدلب.", "ar"),
        ("Erdogan said his country would set up camps in Idlib.", "en"),
    ):
        doc = make_doc(text, dt.date(2016, 12, 10), lang)
        assert [c.by for c in extractor(doc).commitments] == [["TUR"]]


def test_arabic_markers_of_expectation_and_intent(extractor: Extractor) -> None:
    # the Arabic of "is expected to", "plans to" and "announced its intention to"
    cases = (
        ("ومن المنتظر أن يصل وفد المعارضة إلى جنيف الأحد.", ["SYR_OPP"]),
        ("وتخطط الولايات المتحدة لإرسال مزيد من القوات الخاصة إلى سوريا.", ["USA"]),
        ("وأعلنت روسيا عزمها إرسال قوافل مساعدات إلى حلب.", ["RUS"]),
        # the verb's subject comes first: the one to be met is the party after it
        ("ومن المتوقع أن يلتقي كيري لافروف في جنيف.", ["kerry", "lavrov"]),
    )
    for text, by in cases:
        doc = make_doc(text, dt.date(2016, 9, 20))
        assert [c.by for c in extractor(doc).commitments] == [by], text
    # an expected toll is no one's promise
    doc = make_doc("ومن المتوقع أن ترتفع حصيلة القتلى.", dt.date(2016, 9, 20))
    assert extractor(doc).commitments == []


def test_a_term_on_another_party_is_its_own_promise(extractor: Extractor) -> None:
    text = (
        "وبحسب الاتفاق، ستخرج دفعات أخرى من مقاتلي المعارضة خلال الأسابيع المقبلة، على أن تدخل "
        "قوات النظام إلى الحي بعد إتمام عمليات الإخلاء."
    )
    promises = extractor(make_doc(text, dt.date(2016, 9, 20))).commitments
    assert [(c.by, c.text.split()[0]) for c in promises] == [
        (["SYR_OPP"], "وبحسب"),
        (["SYR_GOV"], "تدخل"),
    ]
    # a term with no party of its own goes on with the promise before it
    text = "وقال المتحدث إن المسلحين سيسلمون أسلحتهم الثقيلة قبل خروجهم، على أن يُسمح لكل منهم باصطحاب سلاحه الفردي."
    promises = extractor(make_doc(text, dt.date(2016, 9, 20))).commitments
    assert len(promises) == 1


def test_the_speaker_s_own_delegation_promises_for_its_party(extractor: Extractor) -> None:
    text = (
        "وقال رئيس وفد الحكومة السورية بشار الجعفري إن انسحاب وفد الرياض «لن يؤثر على سير الحوار»، "
        "وإن وفده سيواصل لقاءاته مع المبعوث الدولي حتى نهاية الجولة."
    )
    promises = extractor(make_doc(text, dt.date(2016, 4, 19))).commitments
    assert [(c.by, c.text.split()[0]) for c in promises] == [(["SYR_GOV"], "وفده")]


def test_representatives_of_parties_due_to_meet(extractor: Extractor) -> None:
    text = (
        "ومن المقرر أن يلتقي ممثلون عن الأسايش والحكومة السورية، غداً الأحد، في قاعدة حميميم "
        "بوساطة روسية."
    )
    promises = extractor(make_doc(text, dt.date(2016, 8, 20))).commitments
    assert [(c.by, c.due) for c in promises] == [(["SDF", "SYR_GOV"], "2016-08-21")]


def test_a_future_verb_is_not_taken_for_a_noun_it_starts_like(extractor: Extractor) -> None:
    # "سيرافقون" starts like "سيرا" (on foot), "سيطروا" is past, "سياسياً" a noun
    text = (
        "وأعلنت وزارة الدفاع الروسية أن المسلحين وعائلاتهم سيغادرون الأحياء الشرقية لحلب خلال "
        "ساعات، وأن الجنود الروس سيرافقون الحافلات حتى خروجها من المدينة."
    )
    promises = extractor(make_doc(text, dt.date(2016, 12, 15))).commitments
    assert [c.by for c in promises] == [["SYR_OPP"], ["RUS"]]
    text = "وقالت الهيئة إن النظام لا يريد حلاً سياسياً، وإن مسلحي التنظيم «سيطروا على كامل المدينة»."
    assert not extractor(make_doc(text, dt.date(2016, 12, 15))).commitments


def test_a_first_person_future_verb_promises(extractor: Extractor) -> None:
    text = "وقال دي ميستورا في مؤتمر صحفي: «سأزور خلال الأيام المقبلة موسكو ودمشق وطهران»."
    promises = extractor(make_doc(text, dt.date(2016, 3, 24))).commitments
    assert [c.by for c in promises] == [["de_mistura"]]
    # the hamza tells the prefix from a word that starts like it
    text = "وقال مسؤول روسي إن الاجتماع عقد بعد ساعات من وصول الوفد."
    assert not extractor(make_doc(text, dt.date(2016, 3, 24))).commitments


def test_the_day_an_accord_takes_effect_is_no_promise(extractor: Extractor) -> None:
    # "Friday, Feb. 26" is the weekday of the date after it, four days ahead; the accord starts
    # then, and no party promises it by that
    text = (
        "The United States and Russia announced on Monday that they had agreed on the terms of a "
        'nationwide "cessation of hostilities" in Syria, to take effect at midnight Damascus time '
        "on Friday, Feb. 26, but excluding Islamic State and the Nusra Front."
    )
    assert not extractor(make_doc(text, dt.date(2016, 2, 22))).commitments


def test_an_attribution_no_statement_took_is_not_promised(extractor: Extractor) -> None:
    text = "Russia will begin withdrawing its first aircraft from Hmeimim on Tuesday, the Defence Ministry said."
    promises = extractor(make_doc(text, dt.date(2016, 3, 14))).commitments
    assert [c.text for c in promises] == [
        "Russia will begin withdrawing its first aircraft from Hmeimim on Tuesday"
    ]


def test_the_speaker_s_body_named_by_its_kind_promises(extractor: Extractor) -> None:
    cases = [
        (
            "وقال محافظ حمص طلال البرازي إن المحافظة ستؤمن مياه الشرب للأحياء المتضررة عبر 100 "
            "صهريج بدءاً من صباح غد الأحد.",
            ["SYR_GOV"],
        ),
        (
            "وقالت المتحدثة باسم برنامج الأغذية العالمي إن البرنامج سيكرر المحاولة بعد تعديل "
            "الارتفاع.",
            ["UN"],
        ),
    ]
    for text, by in cases:
        promises = extractor(make_doc(text, dt.date(2016, 12, 24), "ar")).commitments
        assert [c.by for c in promises] == [by]
    # another party's administration, to be invited, promises nothing of the speaker's
    text = "وقال لافروف إن الإدارة الجديدة ستُدعى إلى المشاركة بعد تسلمها مهامها."
    assert extractor(make_doc(text, dt.date(2016, 12, 24), "ar")).commitments == []


def test_fighters_scheduled_to_leave_promise_once(extractor: Extractor) -> None:
    # the verb the marker governs is read after the marker ("من المقرر أن يغادر"), and the two
    # markers "من المقرر" and "من المقرر أن" give one promise
    text = (
        "داريا\n\nومن المقرر أن يغادر المقاتلون مع أسلحتهم الخفيفة صباح اليوم الجمعة على متن "
        "حافلات."
    )
    promises = extractor(make_doc(text, dt.date(2016, 8, 26), "ar")).commitments
    assert [(c.by, c.due) for c in promises] == [(["SYR_OPP"], "2016-08-26")]


def test_a_promise_said_by_someone_unnamed_starts_after_the_complementiser(
    extractor: Extractor,
) -> None:
    text = "داريا\n\nوأشار المحافظ إلى أن المسلحين سيسلمون أسلحتهم المتوسطة والثقيلة قبل خروجهم."
    promises = extractor(make_doc(text, dt.date(2016, 8, 26), "ar")).commitments
    assert [(c.by, c.text) for c in promises] == [
        (["SYR_OPP"], "المسلحين سيسلمون أسلحتهم المتوسطة والثقيلة قبل خروجهم")
    ]


def test_counted_parties_promise_for_those_who_just_met(extractor: Extractor) -> None:
    text = (
        "The foreign ministers of Russia, Iran and Turkey met in Moscow on Tuesday. Lavrov said "
        "the three countries would draft the text of a nationwide ceasefire agreement in the "
        "coming days."
    )
    promises = extractor(make_doc(text, dt.date(2016, 12, 20))).commitments
    assert [c.by for c in promises] == [["RUS", "IRN", "TUR"]]  # countries: their states
    # "the two ministers" are not the two presidents who spoke last
    text = (
        "Kerry and Lavrov met in Geneva on Friday. Putin and Obama spoke by phone on Saturday. "
        "The two ministers would meet again in Geneva later this week, officials said."
    )
    promises = extractor(make_doc(text, dt.date(2016, 9, 10))).commitments
    assert [c.by for c in promises] == [["kerry", "lavrov"]]


def test_an_english_speaker_s_body_named_by_its_kind_promises(extractor: Extractor) -> None:
    text = (
        "A spokesman for the UN humanitarian office said the organisation will ask all parties "
        "for a 72-hour pause."
    )
    promises = extractor(make_doc(text, dt.date(2016, 11, 15))).commitments
    assert [(c.by, c.text) for c in promises] == [
        (["UN"], "the organisation will ask all parties for a 72-hour pause")
    ]


def test_an_intention_and_a_deal_s_terms_bind(extractor: Extractor) -> None:
    cases = [
        ("De Mistura said he intended to convene talks in Geneva in February.", ["de_mistura"]),
        ("Under the deal, rebels are to leave eastern Aleppo within three days.", ["SYR_OPP"]),
    ]
    for text, by in cases:
        doc = make_doc(f"Headline\n{text}", dt.date(2016, 12, 13), "en")
        assert [c.by for c in extractor(doc).commitments] == [by], text


def test_a_party_after_an_english_preposition_does_not_promise(extractor: Extractor) -> None:
    text = (
        "Headline\n\nLavrov said channels with Washington would remain open. He said the Russian "
        "campaign against ISIS would continue."
    )
    doc = make_doc(text, dt.date(2016, 10, 3), "en")
    assert [(c.by, c.text) for c in extractor(doc).commitments] == [
        (["lavrov"], "the Russian campaign against ISIS would continue")
    ]


def test_a_party_after_an_arabic_preposition_does_not_promise(extractor: Extractor) -> None:
    text = (
        "عنوان\n\nوقال لافروف إن قنوات الاتصال مع واشنطن ستبقى مفتوحة. وحذرت أنقرة من أن الدعم "
        "الأمريكي للوحدات الكردية سيضر بالعلاقات. وأكد لافروف أن موسكو ستواصل دعم الجيش السوري."
    )
    doc = make_doc(text, dt.date(2016, 10, 3))
    assert [(c.by, c.text.split()[0]) for c in extractor(doc).commitments] == [(["RUS"], "موسكو")]


def test_the_due_is_a_day_to_come_told_after_any_vague_word(extractor: Extractor) -> None:
    text = (
        "Headline\n\nDe Mistura said he would reconvene the talks no later than April 9. "
        "Konashenkov said Russian aircraft would keep away from Aleppo, as they had since "
        "18 October."
    )
    doc = make_doc(text, dt.date(2016, 3, 19), "en")
    assert [c.due for c in extractor(doc).commitments] == ["2016-04-09", None]


def test_the_day_said_gives_way_to_the_date_due(extractor: Extractor) -> None:
    text = (
        "Headline\n\nThe members of the support group agreed on Tuesday that Russia would host "
        "the talks on June 1."
    )
    doc = make_doc(text, dt.date(2016, 5, 17), "en")  # a Tuesday
    assert [c.due for c in extractor(doc).commitments] == ["2016-06-01"]


def test_the_who_in_capitals_is_the_un_agency_not_a_relative(extractor: Extractor) -> None:
    doc = make_doc(
        "The WHO said it will dispatch emergency surgical supplies to hospitals in western "
        "Aleppo this week.",
        dt.date(2016, 11, 15),
        "en",
    )
    out = extractor(doc).to_json_dict()
    assert [s["speaker"] for s in out["statements"]] == ["UN"]
    assert [(c["by"], c["due"]) for c in out["commitments"]] == [(["UN"], "2016-11-20")]


def test_a_forecast_or_a_relative_clause_promises_nothing(extractor: Extractor) -> None:
    text = (
        "Headline\n\nAnalysts at a sports data firm forecast that Russia will win around 57 "
        "medals. Moscow, whose veto would be decisive, has been guarded. Lavrov said Russia "
        "would host the talks on June 1."
    )
    doc = make_doc(text, dt.date(2016, 5, 17), "en")
    assert [(c.by, c.due) for c in extractor(doc).commitments] == [(["RUS"], "2016-06-01")]


def test_the_government_in_a_speakers_words_is_the_speakers_own(extractor: Extractor) -> None:
    text = (
        "Council\n\nSyria's ambassador, Bashar Ja'afari, accused Turkey and Saudi Arabia of "
        '"feeding the fire" by arming the groups in Aleppo, and said the government "will open '
        'additional corridors" for civilians who want to leave.'
    )
    doc = make_doc(text, dt.date(2016, 10, 26), "en")
    assert [c.by for c in extractor(doc).commitments] == [["SYR_GOV"]]
    # the Turkish minister's words: Ankara's
    turkish = "Jarablus\n\nCavusoglu said the government would keep its troops near Jarablus."
    doc = make_doc(turkish, dt.date(2016, 8, 24), "en")
    assert [c.by for c in extractor(doc).commitments] == [["TUR"]]


def test_what_a_party_will_suffer_is_a_threat_not_its_promise(extractor: Extractor) -> None:
    english = (
        'Manbij\n\nErdogan said the YPG would face "the harshest reaction" if it approached '
        "the town. Cavusoglu said Turkey would send more tanks to Jarablus on Friday."
    )
    doc = make_doc(english, dt.date(2016, 8, 24), "en")
    assert [c.by for c in extractor(doc).commitments] == [["TUR"]]
    arabic = (
        "منبج\n\nوقال بايدن إن على المقاتلين الأكراد العودة إلى شرق نهر الفرات، وإلا فإنهم "
        "«سيخسرون دعم الولايات المتحدة»."
    )
    assert not extractor(make_doc(arabic, dt.date(2016, 8, 24), "ar")).commitments


def test_people_named_by_their_nationality_promise_for_their_party(extractor: Extractor) -> None:
    text = (
        "Geneva\n\nKerry said U.S. and Russian officers would meet in Geneva next week to review "
        "the monitoring arrangements. Turkish tomatoes would stay banned for now."
    )
    doc = make_doc(text, dt.date(2016, 9, 20), "en")
    assert [c.by for c in extractor(doc).commitments] == [["USA", "RUS"]]
    # the kinds of people between the nationality and the noun, a party's name among them
    kinds = (
        "Moscow\n\nPeskov said separately that Russian and Turkish military, diplomatic and "
        "intelligence officials would meet on Wednesday to discuss Syria. Lavrov said Russian and "
        "U.S. military and diplomatic experts would meet in Geneva on Thursday."
    )
    doc = make_doc(kinds, dt.date(2016, 12, 20), "en")
    assert [c.by for c in extractor(doc).commitments] == [["RUS", "TUR"], ["RUS", "USA"]]


def test_later_this_month_or_week_is_due_in_that_month_or_week(extractor: Extractor) -> None:
    text = (
        "Geneva\n\nLavrov is expected to meet Kerry again in Geneva later this month. Kerry plans "
        "to call Lavrov later this week."
    )
    doc = make_doc(text, dt.date(2016, 9, 28), "en")  # a Wednesday
    assert [(c.due, c.due_text) for c in extractor(doc).commitments] == [
        ("2016-09", "later this month"),
        ("2016-10-02", "later this week"),
    ]


def test_the_two_sides_of_an_accord_with_guarantors_are_its_first_two(
    extractor: Extractor,
) -> None:
    text = (
        "أستانة\n\nوأعلن بوتين التوصل إلى اتفاق بين الحكومة السورية وفصائل المعارضة المسلحة، "
        "بضمانة روسية وتركية، مضيفاً أن الطرفين سيبدآن مفاوضات سلام في أستانة."
    )
    doc = make_doc(text, dt.date(2016, 12, 30), "ar")
    assert [c.by for c in extractor(doc).commitments] == [["SYR_GOV", "SYR_OPP"]]


def test_a_party_before_a_comma_and_wa_ends_its_clause(extractor: Extractor) -> None:
    text = (
        "أنقرة\n\nوقال رئيس الوزراء التركي بن علي يلدريم: «نحن على تواصل مع الأصدقاء الروس، "
        "وسنرسل وفداً عسكرياً إلى موسكو الأسبوع المقبل»."
    )
    doc = make_doc(text, dt.date(2016, 11, 26), "ar")
    assert [c.by for c in extractor(doc).commitments] == [["TUR"]]


def test_what_any_act_would_bring_is_no_ones_promise(extractor: Extractor) -> None:
    text = (
        "Moscow\n\nKonashenkov said any U.S. strike on Syrian government forces would put "
        "Russian servicemen at risk. He said Russia would send more air defence systems."
    )
    doc = make_doc(text, dt.date(2016, 10, 6), "en")
    assert [c.text for c in extractor(doc).commitments] == [
        "Russia would send more air defence systems"
    ]


def test_ala_anna_before_a_clause_with_no_verb_opens_no_term(extractor: Extractor) -> None:
    text = (
        "موسكو\n\nوقال بوتين إن «مواقفنا لا تتطابق دائماً، لكننا متفقون على أن الحل سياسي». "
        "ورأت الهيئة أن مقتلهم «دليل جديد على أن إيران قوة احتلال». وقال لافروف إن الوزراء "
        "ناقشوا الهدنة، على أن يلتقي كيري ولافروف في جنيف غداً."
    )
    doc = make_doc(text, dt.date(2016, 8, 10), "ar")
    assert [c.by for c in extractor(doc).commitments] == [["kerry", "lavrov"]]


def test_an_act_left_unnamed_or_a_quagmire_to_sink_in_is_a_threat(extractor: Extractor) -> None:
    arabic = (
        "أنقرة\n\nوقال أردوغان إن بلاده «ستفعل ما يلزم» إذا لم تنسحب الوحدات الكردية، وإن "
        "الولايات المتحدة «ستتخذ كل الإجراءات اللازمة». وقال الأسد إن تركيا «ستغرق في المستنقع "
        "السوري». وأعلنت أنقرة أنها سترسل 300 خيمة إلى جرابلس غداً."
    )
    doc = make_doc(arabic, dt.date(2016, 8, 24), "ar")
    assert [c.by for c in extractor(doc).commitments] == [["TUR"]]
    english = (
        "Ankara\n\nCavusoglu said Turkey would do whatever is necessary to protect its border."
    )
    assert not extractor(make_doc(english, dt.date(2016, 8, 24), "en")).commitments
    # a stance names no act either
    stance = (
        'Truce\n\nThe High Negotiations Committee said it will "deal positively" with the truce.'
    )
    assert not extractor(make_doc(stance, dt.date(2016, 9, 12), "en")).commitments


def test_the_speakers_own_people_named_with_a_pronoun_promise_for_it(extractor: Extractor) -> None:
    text = (
        "حلب\n\nوقال قائد في «جيش الفتح» إن مقاتلينا سيتقدمون نحو حي الحمدانية خلال الساعات "
        "المقبلة. وقال المركز الروسي للمصالحة إن ضباطه سيلتقون غداً وجهاء بلدات في ريف حمص."
    )
    doc = make_doc(text, dt.date(2016, 8, 6), "ar")
    assert [c.by for c in extractor(doc).commitments] == [["SYR_OPP"], ["RUS"]]


def test_a_second_complement_opened_by_a_pronoun_goes_on_with_the_first_ones_subject(
    extractor: Extractor,
) -> None:
    text = (
        "طهران\n\nوأكد قاسمي أن المستشارين العسكريين الإيرانيين موجودون في سوريا «بطلب رسمي من "
        "الحكومة الشرعية»، وأنهم سيواصلون مهامهم «ما دامت دمشق بحاجة إليهم». وقال المتحدث "
        "باسم «جيش الفتح» إن الفصائل «لن تسلّم حلب» وإنها سوف تشن هجمات معاكسة خلال ساعات."
    )
    doc = make_doc(text, dt.date(2016, 12, 1), "ar")
    assert [(c.by, c.text.split()[0]) for c in extractor(doc).commitments] == [
        (["IRN"], "سيواصلون"),
        (["SYR_OPP"], "سوف"),
    ]
    # after a speech verb's participle the pronoun is the speaker's
    said = (
        "مضايا\n\nوأعلنت الأمم المتحدة أنها تلقت موافقة الحكومة السورية على إدخال قوافل إلى "
        "مضايا، مؤكدة أنها ستُرسل الشاحنات «خلال الأيام القليلة المقبلة»."
    )
    assert [c.by for c in extractor(make_doc(said, dt.date(2016, 1, 8), "ar")).commitments] == [
        ["UN"]
    ]


def test_never_and_what_would_have_been_promise_nothing(extractor: Extractor) -> None:
    text = (
        "Council\n\nJaafari said the Syrian Arab Republic has never used, and will never use, "
        "chemical weapons. Russia on Saturday vetoed a French-drafted resolution that would have "
        "demanded an end to air strikes. Churkin said Russia would table a draft of its own."
    )
    doc = make_doc(text, dt.date(2016, 10, 9), "en")
    assert [c.by for c in extractor(doc).commitments] == [["RUS"]]


def test_the_end_of_a_time_is_no_time_a_party_acts(extractor: Extractor) -> None:
    text = (
        "حلب\n\nوقال رودسكوي إن القيادة الروسية قررت تمديد «الهدنة الإنسانية» في حلب 24 ساعة "
        "إضافية، حتى السابعة من مساء غد السبت."
    )
    doc = make_doc(text, dt.date(2016, 10, 21), "ar")
    assert not extractor(doc).commitments


def test_and_that_without_a_comma_opens_a_second_promise(extractor: Extractor) -> None:
    text = (
        "Idlib\n\nTurkish President Tayyip Erdogan said he would speak to Vladimir Putin again on "
        "Friday evening and that Turkey would set up a camp for 80,000 displaced people near the "
        'border. The army said "no civilian will be harmed" in the operation.'
    )
    doc = make_doc(text, dt.date(2016, 12, 16), "en")
    assert [(c.by, c.text.split()[0]) for c in extractor(doc).commitments] == [
        (["erdogan"], "Turkish"),
        (["TUR"], "Turkey"),
    ]


def test_a_hope_inside_quoted_words_excludes_no_promise_said_after_them(
    extractor: Extractor,
) -> None:
    text = (
        'Palmyra\n\nPresident Vladimir Putin called the concert "a sign of gratitude, remembrance '
        'and hope" and said Russia would send additional mine-clearing teams to Syria.'
    )
    doc = make_doc(text, dt.date(2016, 5, 6), "en")
    assert [c.by for c in extractor(doc).commitments] == [["RUS"]]


def test_a_body_two_states_chair_promises_for_them(extractor: Extractor) -> None:
    text = (
        "جنيف\n\nوقال دي ميستورا للصحفيين: وستعقد مجموعة عمل برئاسة مشتركة أميركية روسية "
        "اجتماعها الأول في جنيف الأسبوع المقبل. وأضاف أنه سيلتقي وفد الحكومة السورية برئاسة "
        "بشار الجعفري غداً الخميس."
    )
    doc = make_doc(text, dt.date(2016, 2, 24), "ar")
    assert [c.by for c in extractor(doc).commitments] == [["USA", "RUS"], ["de_mistura"]]


def test_an_appositive_stands_between_a_party_and_its_promise(extractor: Extractor) -> None:
    text = (
        "Amman\n\nThe centre said the truce held. Sergei Rudskoy, the head of the centre, is "
        "expected to meet Jordanian military officials in Amman next week."
    )
    doc = make_doc(text, dt.date(2016, 6, 10), "en")
    assert [c.by for c in extractor(doc).commitments] == [["RUS"]]


def test_a_person_pronoun_right_before_the_verb_is_its_subject(extractor: Extractor) -> None:
    text = (
        'Geneva\n\nDe Mistura said on Thursday he still planned to send out invitations "in the '
        'coming days". Obama said the gaps remained in a way where we think it would not work.'
    )
    doc = make_doc(text, dt.date(2016, 1, 22), "en")
    assert [c.by for c in extractor(doc).commitments] == [["de_mistura"]]


def test_an_outcome_waited_for_is_no_promise(extractor: Extractor) -> None:
    arabic = (
        "جنيف\n\nوقال كيري: «ما اتفقنا عليه هو التزامات على الورق، وسنعرف خلال الأيام المقبلة ما "
        "إذا كانت ستتحول إلى أفعال على الأرض»."
    )
    assert not extractor(make_doc(arabic, dt.date(2016, 9, 10), "ar")).commitments
    english = (
        'Geneva\n\nKerry said: "In a week we will see who wants peace." The Secretary will see '
        "Foreign Minister Lavrov in New York on Thursday."
    )
    doc = make_doc(english, dt.date(2016, 9, 19), "en")
    assert [c.text.split()[0] for c in extractor(doc).commitments] == ["The"]


def test_relations_named_by_nationality_are_no_party(extractor: Extractor) -> None:
    text = (
        "موسكو\n\nوقال أردوغان إن العلاقات التركية الروسية ستعود أقوى مما كانت عليه، وإن "
        "الجيش التركي سيفتح معبراً جديداً الأسبوع المقبل."
    )
    doc = make_doc(text, dt.date(2016, 8, 10), "ar")
    assert [c.text.split()[0] for c in extractor(doc).commitments] == ["الجيش"]
    own = "Moscow\n\nShoigu said the Russian side will continue to deliver aid to the population."
    assert [c.by for c in extractor(make_doc(own, dt.date(2016, 8, 10), "en")).commitments] == [
        ["RUS"]
    ]


def test_forces_a_state_backs_promise_for_the_rebels_not_the_state(extractor: Extractor) -> None:
    # "Turkish-backed forces" are rebels Turkey backs, as "Turkish-backed rebels" are
    # (heldout-10, h10-en-006); Turkey's own troops are still Turkey's
    text = (
        "Erdogan on al-Bab\n\n"
        "President Recep Tayyip Erdogan said on Thursday that Turkish-backed forces would advance "
        "on al-Bab and then on Manbij. The Turkish army will send more tanks, he added."
    )
    doc = make_doc(text, dt.date(2016, 9, 8), "en")
    assert [c.by for c in extractor(doc).commitments] == [["SYR_OPP"], ["TUR"]]


def test_what_any_act_or_its_going_on_would_bring_in_quotes_is_no_promise(
    extractor: Extractor,
) -> None:
    # a quoted future verb whose subject, before the quote, is any act or an act going on:
    # a warned outcome, not the speaker's promise (blind-k bk-ar-015, blind-a ba-ar-015, blind-n
    # bn-ar-002); the speaker's own promise in the same sentence is still one
    for subject in ("أي هجوم لقوات النظام على وادي بردى", "استمرار الهجوم على وادي بردى"):
        text = (
            "وادي بردى\n\n"
            "وقال المتحدث باسم «الجيش السوري الحر» إن الفصائل «ستلتزم بالهدنة ما التزم بها "
            f"النظام»، محذّراً من أن {subject} «سيعني نهاية الاتفاق»."
        )
        doc = make_doc(text, dt.date(2016, 12, 30))
        promises = extractor(doc).commitments
        assert [c.text.split()[0] for c in promises] == ["الفصائل"], promises


def test_whether_in_the_sentence_sets_no_condition_on_a_later_promise(
    extractor: Extractor,
) -> None:
    # "ما إذا" asks whether; it is no "if" making the promise said after it conditional
    # (heldout-10 h10-ar-016, blind-a ba-ar-002); a real "إذا" still is
    text = (
        "ميونيخ\n\n"
        "وقال كيري إن «ما لدينا الآن هو التزامات على الورق، وسنرى في الأيام المقبلة ما إذا كانت "
        "ستُترجم على الأرض»، مضيفاً أن مجموعة عمل برئاسة واشنطن وموسكو ستجتمع في جنيف خلال أيام."
    )
    doc = make_doc(text, dt.date(2016, 2, 12))
    assert [c.by for c in extractor(doc).commitments] == [["USA", "RUS"]]
    conditional = text.replace(
        "إن «ما لدينا الآن هو التزامات على الورق، وسنرى في الأيام المقبلة ما إذا كانت "
        "ستُترجم على الأرض»، مضيفاً أن",
        "إنه إذا صمدت الهدنة في الأيام المقبلة فإن",
    )
    assert "إذا صمدت" in conditional
    assert extractor(make_doc(conditional, dt.date(2016, 2, 12))).commitments == []


def test_a_condition_inside_words_quoted_before_is_theirs(extractor: Extractor) -> None:
    # "«ستنطلق في السابع من آذار إذا صمدت الهدنة»، مضيفاً أنه سيتوجه إلى نيويورك": the "if"
    # conditions the quoted words, not the promise told after them (blind-m bm-ar-001)
    text = (
        "جنيف\n\n"
        "أما المبعوث الأممي ستيفان دي ميستورا فأكد من جنيف أن الجولة المقبلة من المفاوضات "
        "«ستنطلق في السابع من آذار إذا صمدت الهدنة»، مضيفاً أنه سيتوجه إلى نيويورك الأسبوع "
        "المقبل لإطلاع مجلس الأمن على حصيلة المراقبة."
    )
    promises = extractor(make_doc(text, dt.date(2016, 2, 28))).commitments
    assert [(c.by, c.due_text) for c in promises] == [(["de_mistura"], "الأسبوع المقبل")]


def test_they_who_agreed_promise_what_they_agreed_to_do(extractor: Extractor) -> None:
    # "the Russian Federation and the United States agreed that they will share maps by
    # Saturday": "they" are those who agreed, not the speaker telling it (blind-p bp-en-004)
    for text, language in (
        (
            "Geneva\n\nDe Mistura said that this morning the Russian Federation and the United "
            "States agreed that they will share more detailed maps by Saturday.",
            "en",
        ),
        (
            "جنيف\n\nوقال دي ميستورا إن روسيا والولايات المتحدة اتفقتا صباح اليوم على أنهما "
            "ستتبادلان خرائط مفصلة بحلول السبت.",
            "ar",
        ),
    ):
        promises = extractor(make_doc(text, dt.date(2016, 3, 3), language)).commitments
        assert [(c.by, c.due, c.text.split()[0]) for c in promises] == [
            (["RUS", "USA"], "2016-03-05", "they" if language == "en" else "أنهما")
        ], promises


def test_a_refusal_quoted_after_its_future_verb_is_no_promise(extractor: Extractor) -> None:
    # 'Turkey would "not allow a terror corridor"': the quotation opens on the negation, so the
    # future verb refuses (heldout-17 h17-en-003, blind-d bd-en-008); unquoted, the same
    text = (
        "Ankara\n\nErdogan said Turkey would {q}not allow a terror corridor to be established{q} "
        "on its southern border."
    )
    for q in ('"', "“"):
        quoted = text.format(q=q).replace("“ on", "” on")
        assert extractor(make_doc(quoted, dt.date(2016, 8, 24), "en")).commitments == []
    promise = text.format(q="").replace("not allow", "set up")
    assert [c.by for c in extractor(make_doc(promise, dt.date(2016, 8, 24), "en")).commitments] == [
        ["TUR"]
    ]


def test_a_pledge_told_as_past_is_no_new_promise(extractor: Extractor) -> None:
    # "as Washington had promised to do under the September 9 agreement": a pledge made before,
    # told in the past perfect (heldout-21 h21-en-003); "has promised to" still promises
    text = (
        "Moscow\n\nLavrov accused the coalition of failing to separate the opposition from "
        "Nusra, as Washington had promised to do under the September 9 agreement."
    )
    assert extractor(make_doc(text, dt.date(2016, 10, 13), "en")).commitments == []
    text = "Geneva\n\nWashington has promised to deliver aid to Daraya next week."
    assert [c.by for c in extractor(make_doc(text, dt.date(2016, 10, 13), "en")).commitments] == [
        ["USA"]
    ]


def test_doing_all_one_can_names_no_act(extractor: Extractor) -> None:
    # 'Russia would "do everything necessary"', "«ستبذل كل ما في وسعها»": no act named
    # (heldout-21 h21-en-007, heldout-3 h3-ar-004)
    text = (
        'Moscow\n\nPutin said Russia would "do everything necessary" to ensure that Damascus '
        "respected the truce."
    )
    assert extractor(make_doc(text, dt.date(2016, 12, 29), "en")).commitments == []
    text = "أنقرة\n\nوقال أردوغان إن بلاده «ستبذل كل ما في وسعها» لضمان خروج المدنيين بأمان."
    assert extractor(make_doc(text, dt.date(2016, 12, 15))).commitments == []


def test_doubt_that_another_will_act_is_no_promise(extractor: Extractor) -> None:
    # "he did not believe Assad's forces would abide by it", "يستبعد أن تلتزم قوات النظام":
    # a doubt about others (heldout-21 h21-en-007; annotation guide: forecasts)
    text = "Geneva\n\nHijab said he did not believe Assad's forces would abide by the truce."
    assert extractor(make_doc(text, dt.date(2016, 12, 29), "en")).commitments == []
    text = "الرياض\n\nوقال حجاب إنه يستبعد أن قوات النظام ستلتزم بالهدنة."
    assert extractor(make_doc(text, dt.date(2016, 12, 29))).commitments == []


def test_a_relative_clause_between_commas_does_not_part_the_subject_from_its_promise(
    extractor: Extractor,
) -> None:
    # "Staffan de Mistura, who briefed members by video from Geneva, will brief the Council
    # again on Wednesday": the aside between commas says who he is (heldout-21 h21-en-005)
    text = (
        "New York\n\nStaffan de Mistura, who briefed members by video from Geneva, will brief the "
        "Council again on Wednesday, 12 October."
    )
    promises = extractor(make_doc(text, dt.date(2016, 10, 8), "en")).commitments
    assert [(c.by, c.due) for c in promises] == [(["de_mistura"], "2016-10-12")]


def test_people_named_by_nationality_after_a_planned_verb_are_bound(
    extractor: Extractor,
) -> None:
    # "ومن المقرر أن يلتقي خبراء عسكريون روس وأمريكيون في جنيف يوم الأربعاء المقبل": the
    # experts' states, named after the verb (heldout-21 h21-ar-006), as "Russian and American
    # experts are expected to meet" names them before it
    text = "لوزان\n\nومن المقرر أن يلتقي خبراء عسكريون روس وأمريكيون في جنيف يوم الأربعاء المقبل."
    promises = extractor(make_doc(text, dt.date(2016, 10, 16))).commitments
    assert [(c.by, c.due) for c in promises] == [(["RUS", "USA"], "2016-10-19")]


def test_more_forces_said_to_come_are_the_speakers_own(extractor: Extractor) -> None:
    # "Turkish officials said more tanks would cross the border next week": the speaker's own
    # forces, more of them (heldout-22 h22-en-006)
    text = (
        "Ankara\n\nTurkish officials said more tanks would cross the border next week to clear "
        "the area of mines."
    )
    promises = extractor(make_doc(text, dt.date(2016, 8, 25), "en")).commitments
    assert [c.by for c in promises] == [["TUR"]]


def test_a_batch_of_fighters_before_a_quoted_departure_is_the_fighters(
    extractor: Extractor,
) -> None:
    # "إن الدفعة الأولى من المسلحين الراغبين بمغادرة حي الوعر «ستخرج يوم الخميس المقبل»": the
    # fighters' side leaves, though the governor says so and the verb opens a quotation
    # (heldout-22 h22-ar-005)
    text = (
        "حمص\n\n"
        "وقال محافظ حمص طلال البرازي إن الدفعة الأولى من المسلحين الراغبين بمغادرة حي الوعر "
        "«ستخرج يوم الخميس المقبل مع عائلاتهم باتجاه ريف إدلب»."
    )
    promises = extractor(make_doc(text, dt.date(2016, 9, 18))).commitments
    assert [(c.by, c.due) for c in promises] == [(["SYR_OPP"], "2016-09-22")]


def test_fighters_and_their_families_promise_for_the_fighters(extractor: Extractor) -> None:
    # "and their families" between the party and its verb (blind-g bg-en-003): the fighters'
    # side leaves, not the speaker's
    text = (
        "Aleppo deal\n\n"
        "Russia's U.N. ambassador Vitaly Churkin said rebel fighters and their families would "
        "leave eastern Aleppo under a deal reached with Turkey."
    )
    doc = make_doc(text, dt.date(2016, 12, 13), "en")
    assert [c.by for c in extractor(doc).commitments] == [["SYR_OPP"]]


def test_and_would_after_a_comma_is_a_second_promise_of_the_same_subject(
    extractor: Extractor,
) -> None:
    # ", and would ...": a promise of its own, whose subject goes on from the first (held-out 6
    # ho5-en-009, blind-o bo-en-005)
    text = (
        "Geneva\n\n"
        "Kerry said Russia and the United States would work together to delineate the territory "
        "held by Islamic State, and would set up a hotline to exchange information on violations."
    )
    doc = make_doc(text, dt.date(2016, 2, 23), "en")
    found = [(c.by, c.text.split()[0]) for c in extractor(doc).commitments]
    assert found == [(["RUS", "USA"], "Russia"), (["RUS", "USA"], "would")]


def test_an_outlets_present_verb_with_a_time_to_come_is_a_plan(extractor: Extractor) -> None:
    # "ويجري رئيس الأركان التركي خلوصي أكار مباحثات ... الأسبوع المقبل": no future marker, but a
    # present verb opening its clause with a time ahead is what is to come (blind-h bh-ar-009);
    # a time past is no plan, nor a present verb in someone's words that name no party
    text = (
        "أنقرة\n\n"
        "ويجري رئيس الأركان التركي خلوصي أكار مباحثات مع نظيره الروسي في موسكو الأسبوع المقبل."
    )
    (plan,) = extractor(make_doc(text, dt.date(2016, 9, 10))).commitments
    assert plan.by[0] == "TUR" and plan.due == "2016-09-18"
    past = text.replace("الأسبوع المقبل", "الأسبوع الماضي")
    assert extractor(make_doc(past, dt.date(2016, 9, 10))).commitments == []


def test_an_outlets_plan_after_a_clause_of_its_own_starts_at_its_verb(
    extractor: Extractor,
) -> None:
    # "...، فيما من المقرر أن يجري رئيس الأركان التركي خلوصي أكار مباحثات ... الأسبوع المقبل": the
    # plan is the clause its verb opens, with its subject's title after it and its own due, not
    # the sentence's earlier clause and its "اليوم" (blind-a ba-ar-013)
    text = (
        "أنقرة\n\n"
        "ولم يصدر أي تعليق رسمي من دمشق حتى ظهر اليوم، فيما من المقرر أن يجري رئيس الأركان "
        "التركي خلوصي أكار مباحثات مع نظيره الروسي في موسكو الأسبوع المقبل."
    )
    (plan,) = extractor(make_doc(text, dt.date(2016, 9, 10))).commitments
    assert plan.by[0] == "TUR"
    assert plan.text.startswith("يجري رئيس الأركان")
    assert (plan.due_text, plan.due) == ("الأسبوع المقبل", "2016-09-18")


def test_a_un_delegation_or_team_is_the_uns(extractor: Extractor) -> None:
    # "وفد أممي", "فريقاً فنياً أممياً": a UN delegation or team acts for the UN (blind-l
    # bl-ar-009, blind-j bj-ar-010)
    for subject in ("وفد أممي", "فريق فني أممي"):
        text = (
            "دمشق\n\n"
            f"ومن المقرر أن يزور {subject} مدينة دوما الأسبوع المقبل لتقييم الأوضاع الإنسانية."
        )
        (plan,) = extractor(make_doc(text, dt.date(2016, 9, 10))).commitments
        assert plan.by == ["UN"] and plan.due_text == "الأسبوع المقبل"


def test_the_council_is_the_council_named_before(extractor: Extractor) -> None:
    # "المجلس" after "مجلس الأمن" is the Security Council, after "مجلس منبج العسكري" the SDF's
    # council, as "الوزارة" is the ministry named before (blind-g bg-ar-012)
    for named, party in (("مجلس الأمن", "UN"), ("مجلس منبج العسكري", "SDF")):
        text = (
            "نيويورك\n\n"
            f"تسلّم {named} تقرير اللجنة أمس.\n\n"
            "ومن المقرر أن يناقش المجلس التقرير في جلسة مغلقة الخميس المقبل."
        )
        (plan,) = extractor(make_doc(text, dt.date(2016, 10, 21))).commitments
        assert plan.by == [party]


def test_going_to_and_a_fronted_i_are_the_speakers_promise(extractor: Extractor) -> None:
    # "we're going to keep striking" is a future marker, "we're not going to suspend" a refusal
    # (blind-h bh-en-003); "أما أنا فسأزور الأسبوع المقبل" is the speaker's own plan, the pronoun
    # no other subject (held-out 10 h10-ar-017)
    text = (
        "WASHINGTON\n\n"
        "\"We're not going to suspend operations. We're going to keep striking ISIL positions in "
        'Manbij until the city is cleared," the spokesman, Peter Cook, said.'
    )
    found = extractor(make_doc(text, dt.date(2016, 6, 3), "en")).commitments
    assert [(c.by, c.text.startswith("We're going to keep")) for c in found] == [(["USA"], True)]
    text = "جنيف\n\nوقال دي ميستورا للصحفيين: «أما أنا فسأزور الأسبوع المقبل موسكو ودمشق وطهران»."
    (plan,) = extractor(make_doc(text, dt.date(2016, 9, 10))).commitments
    assert plan.by == ["de_mistura"] and plan.due_text == "الأسبوع المقبل"


def test_the_state_a_head_of_state_speaks_of_is_his_own(extractor: Extractor) -> None:
    # "Assad ... said the state would take back every area": the speaker's own state, as
    # "بلاده" and "the ministry" are (blind-j bj-en-001)
    text = (
        "DAMASCUS\n\n"
        "President Bashar al-Assad, who prayed in the Damascus suburb of Daraya on Monday, said "
        "the state would take back \u201cevery area from the terrorists\u201d."
    )
    (promise,) = extractor(make_doc(text, dt.date(2016, 9, 13), "en")).commitments
    assert promise.by == ["assad"] and promise.text.startswith("the state would take back")


def test_advice_to_a_party_or_an_effect_is_no_promise(extractor: Extractor) -> None:
    # "the regime would be "well advised" not to ..." (held-out 2 h2-en-004, blind-f bf-en-001),
    # "would "further complicate the situation"" (blind-i bi-en-006); "would send" still is one
    for words, promised in (
        (
            "the Syrian regime would be \u201cwell advised\u201d not to endanger coalition personnel",
            [],
        ),
        ('Russia would "further complicate the situation" in Syria', []),
        ("Russia would send more aid to Aleppo", [["RUS"]]),
    ):
        text = f"WASHINGTON\n\nThe spokesman said {words}."
        found = extractor(make_doc(text, dt.date(2016, 8, 20), "en")).commitments
        assert [c.by for c in found] == promised


def test_an_intention_denied_is_no_promise(extractor: Extractor) -> None:
    # "موسكو «لا تنوي التوقف» عن دعم الجيش السوري": a marker right after لا or لم is a refusal,
    # as "لن" is (held-out 12 h12-ar-003); "تنوي" alone is still a plan
    for words, promised in (("«لا تنوي التوقف» عن", []), ("تنوي مواصلة", [["RUS"]])):
        text = f"موسكو\n\nوقال المتحدث إن موسكو {words} دعم الجيش السوري في حربه على الإرهاب."
        found = extractor(make_doc(text, dt.date(2016, 6, 20))).commitments
        assert [c.by for c in found] == promised


def test_the_government_after_he_is_the_government_of_the_one_told_before(
    extractor: Extractor,
) -> None:
    # "Erdogan told a business gathering ... He said ... the government would announce new
    # incentives next week": in a text that tells nothing of Syria, "he" names Turkey's
    # government through the sentence before (held-out 7 h7-en-011)
    text = (
        "ISTANBUL\n\n"
        '"Let the lira gain value," Erdogan told a business gathering in Istanbul.\n\n'
        "He said the fall was the result of speculation, and added that the government would "
        "announce new incentives for exporters next week."
    )
    (promise,) = extractor(make_doc(text, dt.date(2016, 12, 2), "en")).commitments
    assert promise.by == ["TUR"]


def test_a_batch_of_fighters_to_leave_is_the_fighters_promise(extractor: Extractor) -> None:
    # "من المقرر أن تخرج الدفعة الثانية من المقاتلين خلال أسبوعين": the fighters of a local deal,
    # named through the batch they leave in (held-out 8 h8-ar-012)
    text = "حمص\n\nووفق بنود الاتفاق، من المقرر أن تخرج الدفعة الثانية من المقاتلين خلال أسبوعين."
    (promise,) = extractor(make_doc(text, dt.date(2016, 3, 18))).commitments
    assert promise.by == ["SYR_OPP"]
