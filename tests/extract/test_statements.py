"""Statements: speakers found across relative clauses, reports of someone's words, praise."""

from __future__ import annotations

import datetime as dt

from hudna.extract.pipeline import Extractor
from tests.conftest import make_doc


def _statements(extractor: Extractor, text: str, language: str) -> list[tuple[str, str]]:
    doc = make_doc(text, dt.date(2016, 11, 22), language)  # type: ignore[arg-type]
    return [(s.speaker, s.text) for s in extractor(doc).statements]


def _speakers_and_promisers(
    extractor: Extractor, text: str, day: dt.date, language: str
) -> tuple[list[str], list[list[str]]]:
    """The speakers of a text's statements and the parties of its commitments, in order."""
    doc = make_doc(text, day, language)  # type: ignore[arg-type]
    extraction = extractor(doc)
    return [s.speaker for s in extraction.statements], [c.by for c in extraction.commitments]


def test_a_relative_clause_between_the_speaker_and_the_verb(extractor: Extractor) -> None:
    text = (
        "Council vote\n\n"
        'Russia, which voted against the text, said it was "politicised" and ignored the crimes '
        "of terrorist groups in the city."
    )
    said = _statements(extractor, text, "en")
    assert said and said[0][0] == "RUS" and "politicised" in said[0][1]


def test_words_reported_as_someones_saying_and_a_continuation_by_name(
    extractor: Extractor,
) -> None:
    text = (
        "الأسد يستقبل أنصاري\n\n"
        "ونقلت الرئاسة السورية عن الأسد قوله إن «الانتصار في حلب بات قريباً»، فيما أكد حسين جابري "
        "أنصاري أن طهران ستواصل تزويد سوريا بالمشتقات النفطية.\n\n"
        "وأضاف أنصاري أن بلاده «لن تتخلى عن حلفائها»."
    )
    said = dict((t[:10], sp) for sp, t in _statements(extractor, text, "ar"))
    assert said.get("الانتصار ف") == "assad"
    assert any(
        sp == "IRN" and t.startswith("بلاده") for sp, t in _statements(extractor, text, "ar")
    )


def test_a_source_opening_the_sentence_says_what_follows_the_comma(extractor: Extractor) -> None:
    text = (
        "غارات على إدلب\n\n"
        "وبحسب وزارة الدفاع الروسية، فإن الطائرات الروسية لم تنفذ أي طلعات فوق المدينة منذ أسبوع.\n\n"
        "وبحسب الاتفاق، ستخرج دفعات أخرى من مقاتلي المعارضة خلال الأسابيع المقبلة."
    )
    said = _statements(extractor, text, "ar")
    assert said[0][0] == "RUS" and said[0][1].startswith("الطائرات الروسية")
    assert all(sp != "SYR_OPP" for sp, _ in said)  # an agreement is no speaker


def test_transcript_turns_are_their_speakers_words_and_posts_do_not_speak(
    extractor: Extractor,
) -> None:
    text = (
        "WASHINGTON — Transcript Service\n\n"
        "MR KIRBY: Good afternoon. The United States is suspending its participation in "
        "bilateral channels with Russia.\n\n"
        "QUESTION: Are you cutting off all contact with the Russians?\n\n"
        "MR KIRBY: No. We will keep using the separate channel our militaries have."
    )
    doc = make_doc(text, dt.date(2016, 10, 3), "en")
    statements = extractor(doc).to_json_dict()["statements"]
    assert [(s["speaker"], s["mode"], s["text"][:6]) for s in statements] == [
        ("USA", "direct", "Good a"),
        ("USA", "direct", "No. We"),
    ]  # the question is nobody's statement
    text = (
        "وصف المندوب الروسي الدائم لدى الأمم المتحدة فيتالي تشوركين ما جرى بأنه «ليس صدفة»، "
        "داعياً إلى جلسة طارئة لمجلس الأمن."
    )
    doc = make_doc(text, dt.date(2016, 9, 18))
    speakers = {s["speaker"] for s in extractor(doc).to_json_dict()["statements"]}
    assert speakers == {"RUS"}


def test_words_before_an_attribution_end_at_its_comma(extractor: Extractor) -> None:
    text = (
        "The truce is holding, Russian Defence Ministry spokesman Igor Konashenkov said in a "
        'statement. "We will not allow the fall of Aleppo," a spokesman for the Russian defence '
        "ministry told reporters."
    )
    doc = make_doc(text, dt.date(2016, 9, 20), "en")
    found = [(s["speaker"], s["text"]) for s in extractor(doc).to_json_dict()["statements"]]
    assert found == [
        ("RUS", "The truce is holding"),
        ("RUS", "We will not allow the fall of Aleppo"),
    ]


def test_turns_of_a_speaker_introduced_by_title_and_a_possessive_post(
    extractor: Extractor,
) -> None:
    text = (
        "Department of Defense press briefing by Pentagon Press Secretary Peter Cook\n\n"
        "MR. COOK: That's simply not true. This was a mistake, and we've acknowledged it.\n\n"
        "Q: Does this affect the plan?\n\n"
        "MR. COOK: The coalition will conduct a full investigation."
    )
    doc = make_doc(text, dt.date(2016, 9, 19), "en")
    speakers = [s["speaker"] for s in extractor(doc).to_json_dict()["statements"]]
    assert speakers == ["USA", "USA"]
    text = 'Russia\'s UN envoy Vitaly Churkin says the reports are "unverified".'
    doc = make_doc(text, dt.date(2016, 12, 13), "en")
    assert {s["speaker"] for s in extractor(doc).to_json_dict()["statements"]} == {"RUS"}


def test_a_participles_speaker_is_its_clauses_subject_not_the_actor_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "State Department spokesman John Kirby on Monday criticised the move, saying Moscow had "
        "spent weeks bombing hospitals in Aleppo."
    )
    assert ("USA", "Moscow had spent weeks bombing hospitals in Aleppo") in _statements(
        extractor, text, "en"
    )


def test_an_aside_between_the_speaker_and_the_verb(extractor: Extractor) -> None:
    text = (
        "John Kerry, speaking at the State Department, says the first hours have seen some "
        "reduction in violence."
    )
    assert ("kerry", "the first hours have seen some reduction in violence") in _statements(
        extractor, text, "en"
    )


def test_but_said_continues_the_speaker_of_the_clause_before(extractor: Extractor) -> None:
    text = (
        "The Syrian army announced a halt to all combat operations from midnight, but said it "
        "would continue to fight Islamic State and Jabhat Fateh al-Sham."
    )
    assert (
        "SYR_GOV",
        "it would continue to fight Islamic State and Jabhat Fateh al-Sham",
    ) in _statements(extractor, text, "en")


def test_the_accused_after_a_joined_accusation_is_no_speaker(extractor: Extractor) -> None:
    text = (
        "من جانبه، قال لافروف للصحافيين إن النقاش كان «مثيراً للاهتمام»، واتهم الولايات المتحدة "
        "بـ«العجز عن فصل المعارضة المعتدلة عن جبهة النصرة» منذ أشهر."
    )
    speakers = {speaker for speaker, _text in _statements(extractor, text, "ar")}
    assert speakers == {"lavrov"}


def test_a_participle_goes_with_its_clauses_subject_or_with_the_verb_before_it(
    extractor: Extractor,
) -> None:
    text = (
        "Rudskoy said the pause had been agreed with the Syrian side. In Washington, State "
        "Department spokesman John Kirby criticised the move, saying Moscow had spent weeks "
        "bombing hospitals. Riad Hijab, who heads the HNC, on Wednesday accused the government "
        "of wanting to kill the political process."
    )
    found = _statements(extractor, text, "en")
    assert ("USA", "Moscow had spent weeks bombing hospitals") in found
    assert any(speaker == "HNC" and "political process" in words for speaker, words in found)
    continued = (
        "Government forces completed their encirclement of eastern Aleppo in July, O'Brien said, "
        "adding that food rations in the enclave would run out within ten days."
    )
    assert ("UN", "food rations in the enclave would run out within ten days") in _statements(
        extractor, continued, "en"
    )


def test_the_syrian_foreign_and_expatriates_ministry_speaks_for_the_government(
    extractor: Extractor,
) -> None:
    text = (
        "وطالبت وزارة الخارجية والمغتربين مجلس الأمن بإدانة هذه الاعتداءات فوراً ومن دون أي تسييس."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["SYR_GOV"]


def test_a_quoted_name_inside_reported_speech_does_not_end_it(extractor: Extractor) -> None:
    text = (
        "إحاطة أممية\n\n"
        "وأوضح أوبراين أن القوات الحكومية تحاصر معظم هذه المناطق، فيما يحاصر تنظيم «داعش» "
        "الأحياء الغربية من مدينة دير الزور، وتحاصر جماعات مسلحة من غير الدول بلدتي الفوعة "
        "وكفريا في ريف إدلب."
    )
    result = extractor(make_doc(text, dt.date(2016, 11, 22))).to_json_dict()
    (statement,) = result["statements"]
    assert statement["speaker"] == "UN"
    assert statement["text"].endswith("بلدتي الفوعة وكفريا في ريف إدلب")
    sieges = {(tuple(e["actors"]), e["place"]) for e in result["events"] if e["type"] == "SIEGE"}
    assert {(("ISIS",), "deir_ez_zor"), (("SYR_OPP",), "fua"), (("SYR_OPP",), "kefraya")} <= sieges


def test_and_said_after_a_clause_is_its_subjects_word(extractor: Extractor) -> None:
    text = (
        "الممرات الإنسانية\n\n"
        "وأعلنت وزارة الدفاع الروسية اليوم أن روسيا ستفتح ثلاثة «ممرات إنسانية». ورفض قائد "
        "عسكري في «حركة نور الدين الزنكي» العرض الروسي، وقال إن تلك الممرات «ممرات موت»."
    )
    statements = extractor(make_doc(text, dt.date(2016, 7, 28))).to_json_dict()["statements"]
    said = [s for s in statements if "ممرات موت" in s["text"]]
    assert [s["speaker"] for s in said] == ["SYR_OPP"]  # the commander, not the ministry before


def test_the_accused_of_a_quoted_charge_is_not_its_speaker(extractor: Extractor) -> None:
    text = (
        "المعلم في نيويورك\n\n"
        "وأكد المعلم أن سورية ماضية في حربها، واتهم الولايات المتحدة بـ«دعم التنظيمات الإرهابية»."
    )
    statements = extractor(make_doc(text, dt.date(2016, 9, 25))).to_json_dict()["statements"]
    charge = [s for s in statements if "دعم التنظيمات" in s["text"]]
    assert [s["speaker"] for s in charge] == ["SYR_GOV"]


def test_the_accused_after_an_accusing_participle_is_not_its_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "هجوم السكري\n\n"
        "ووثّقت الهيئة العليا للمفاوضات هجوم السكري في رسالة إلى مجلس الأمن، متهمة النظام "
        "بـ«استخدام الكلور مجدداً ضد المدنيين في حلب»."
    )
    result = extractor(make_doc(text, dt.date(2016, 9, 7))).to_json_dict()
    assert [s["speaker"] for s in result["statements"]] == ["HNC"]
    (chemical,) = [e for e in result["events"] if e["type"] == "CHEMICAL"]
    assert (chemical["actors"], chemical["asserted_by"]) == (["SYR_GOV"], "HNC")


def test_a_source_quoted_by_an_agency_before_qawluh_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "دمشق\n\n"
        "ونقلت وكالة الأنباء الرسمية عن مصدر عسكري سوري قوله إن «المجموعات الإرهابية» استهدفت "
        "بقذائف الهاون حي باب توما."
    )
    result = extractor(make_doc(text, dt.date(2016, 3, 8))).to_json_dict()
    assert [s["speaker"] for s in result["statements"]] == ["SYR_GOV"]
    (shelling,) = result["events"]
    assert (shelling["actors"], shelling["asserted_by"]) == (["SYR_OPP"], "SYR_GOV")


def test_a_transcripts_name_with_a_label_before_its_colon_speaks(extractor: Extractor) -> None:
    text = (
        "جنيف\n\n"
        "دي ميستورا (كلمة افتتاحية): التقيت صباح اليوم هنا في جنيف وفد الحكومة السورية برئاسة "
        "السفير بشار الجعفري، وكان اللقاء طويلاً وصريحاً."
    )
    result = extractor(make_doc(text, dt.date(2016, 4, 22))).to_json_dict()
    assert [s["speaker"] for s in result["statements"]] == ["de_mistura"]
    (meeting,) = result["events"]
    assert meeting["actors"] == ["de_mistura", "SYR_GOV"]


def test_an_apposition_set_off_by_commas_keeps_its_speaker(extractor: Extractor) -> None:
    for subject in (
        "At the same meeting, Russia's deputy UN ambassador, Vladimir Safronkov,",
        "Vladimir Safronkov, Russia's deputy envoy,",
    ):
        text = (
            f'Security Council\n\n{subject} accused O\'Brien of relying on "one-sided" '
            "information from opposition sources."
        )
        said = _statements(extractor, text, "en")
        assert [speaker for speaker, _ in said] == ["RUS"], said  # not the UN of his post


def test_an_opposition_figure_accuses_with_a_quoted_charge(extractor: Extractor) -> None:
    text = "حمص\n\nواتهم المعارض السوري البارز الأمم المتحدة بـ«توفير غطاء للتهجير القسري» في حمص."
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["SYR_OPP"]


def test_the_party_called_on_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "أعزاز\n\nودعت وزارة الخارجية الأميركية أنقرة إلى وقف القصف، كما دعت الوحدات الكردية "
        "إلى عدم استغلال الفوضى للاستيلاء على مناطق جديدة."
    )
    said = _statements(extractor, text, "ar")
    assert said and {speaker for speaker, _ in said} == {"USA"}, said


def test_the_turkish_prime_minister_speaks_for_turkey(extractor: Extractor) -> None:
    text = (
        "أعزاز\n\nوطالب رئيس الوزراء التركي الوحدات الكردية بالانسحاب فوراً من المناطق التي دخلتها."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["TUR"]


def test_a_participle_after_a_quote_opens_new_words(extractor: Extractor) -> None:
    text = (
        "أعزاز\n\nوقال رئيس الوزراء التركي إن بلاده «لن تسمح بسقوط أعزاز»، مطالباً الوحدات "
        "الكردية بالانسحاب فوراً من المناطق التي دخلتها."
    )
    said = _statements(extractor, text, "ar")
    assert [s for s, _ in said] == ["TUR", "TUR"], said
    assert said[1][1].startswith("الوحدات الكردية بالانسحاب")
    # a finite verb after a quote still says it: «...»، قال لافروف
    quoted = "هدنة\n\n«الهدنة صامدة»، قال لافروف للصحافيين في موسكو."
    assert _statements(extractor, quoted, "ar") == [("lavrov", "الهدنة صامدة")]


def test_a_second_verb_after_and_has_its_own_words(extractor: Extractor) -> None:
    text = (
        'Aleppo pause\n\nRudskoy said the pause had been agreed "with the Syrian side" and '
        "accused militants of shelling the government-held Hamdaniyah district on Sunday."
    )
    said = _statements(extractor, text, "en")
    assert [s for s, _ in said] == ["RUS", "RUS"], said
    assert said[1][1].startswith("militants of shelling")


def test_reported_words_end_at_a_semicolon(extractor: Extractor) -> None:
    text = (
        "Wadi Barada\n\nThe government says rebels polluted the Ain al-Fijeh spring with diesel; "
        "rebels accuse government aircraft of bombing it on Dec. 22."
    )
    said = dict(_statements(extractor, text, "en"))
    assert said.get("SYR_GOV") == "rebels polluted the Ain al-Fijeh spring with diesel", said


def test_a_plural_subject_accuses_in_the_present(extractor: Extractor) -> None:
    text = "Wadi Barada\n\nRebels accuse government aircraft of bombing the spring on Monday."
    assert [s for s, _ in _statements(extractor, text, "en")] == ["SYR_OPP"]


def test_an_announcement_starts_after_the_quoted_name_and_a_second_party(
    extractor: Extractor,
) -> None:
    text = (
        "حلب\n\n"
        "أعلنت فصائل «جيش الفتح» وغرفة عمليات «فتح حلب»، مساء أمس السبت، كسر الحصار المفروض على "
        "الأحياء الشرقية من مدينة حلب."
    )
    said = _statements(extractor, text, "ar")
    assert said == [("SYR_OPP", "كسر الحصار المفروض على الأحياء الشرقية من مدينة حلب")]
    text = "حلب\n\nونفت «جبهة فتح الشام» أي علاقة لها بالحادث."
    assert _statements(extractor, text, "ar") == [("NUSRA", "أي علاقة لها بالحادث")]


def test_a_turn_opener_set_off_between_the_speaker_and_the_verb(extractor: Extractor) -> None:
    text = "Hamadan\n\nIran, for its part, announced on Monday that the Russian use of the base had ended."
    assert _statements(extractor, text, "en")[0][0] == "IRN"


def test_words_reported_after_inna_end_at_a_semicolon(extractor: Extractor) -> None:
    text = (
        "الباب\n\n"
        "قُتل ثلاثة جنود أتراك في غارة جوية قال الجيش التركي إن طائرات النظام السوري نفذتها؛ ويوم "
        "السبت، اقتحمت قوات النظام حي مساكن هنانو."
    )
    assert _statements(extractor, text, "ar") == [("TUR", "طائرات النظام السوري نفذتها")]


def test_an_unqualified_military_source_is_the_syrian_army_a_qualified_one_its_party(
    extractor: Extractor,
) -> None:
    text = (
        "تدمر\n\nوقال مصدر عسكري في تصريح لمراسل الوكالة إن وحدات الهندسة تعمل على تفكيك العبوات "
        "الناسفة. وقال مصدر عسكري روسي إن الطائرات الروسية نفذت أربعين طلعة."
    )
    assert [sp for sp, _ in _statements(extractor, text, "ar")] == ["SYR_GOV", "RUS"]


def test_a_call_runs_from_the_party_called_on(extractor: Extractor) -> None:
    text = (
        "عفرين\n\nودعت وزارة الخارجية الأميركية أنقرة إلى وقف القصف، كما دعت الوحدات الكردية إلى "
        "عدم استغلال الفوضى. ودعا كيري موسكو إلى «الضغط على النظام». وقالت الأمم المتحدة إن الوضع "
        "كارثي، داعياً الحكومة السورية إلى ضمان خروج المدنيين."
    )
    assert _statements(extractor, text, "ar") == [
        ("USA", "أنقرة إلى وقف القصف"),
        ("USA", "الوحدات الكردية إلى عدم استغلال الفوضى"),
        ("kerry", "موسكو إلى «الضغط على النظام»"),
        ("UN", "الوضع كارثي"),
        ("UN", "الحكومة السورية إلى ضمان خروج المدنيين"),
    ]
    # with no party after the speaker, the call is what follows it
    assert _statements(extractor, "حلب\n\nودعا دي ميستورا إلى وقف القتال فوراً.", "ar") == [
        ("de_mistura", "إلى وقف القتال فوراً")
    ]


def test_blame_runs_from_the_party_blamed_and_a_loaded_shell_blames_no_one(
    extractor: Extractor,
) -> None:
    text = (
        "الحولة\n\nوقالت الفصائل إن قوات النظام خرقت التهدئة، محمّلة روسيا «بصفتها الطرف الضامن» "
        "مسؤولية استمرار الخروقات. وقال الجيش إن المسلحين استخدموا قذائف محمّلة بمواد سامة."
    )
    assert _statements(extractor, text, "ar") == [
        ("SYR_OPP", "قوات النظام خرقت التهدئة"),
        ("SYR_OPP", "روسيا «بصفتها الطرف الضامن» مسؤولية استمرار الخروقات"),
        ("SYR_GOV", "المسلحين استخدموا قذائف محمّلة بمواد سامة"),
    ]


def test_a_participle_with_the_article_is_no_speech_verb(extractor: Extractor) -> None:
    text = "حمص\n\nوارتكبت قوات النظام أربعين خرقاً للتهدئة المعلنة في المنطقة منذ مطلع الشهر."
    assert _statements(extractor, text, "ar") == []


def test_two_nouns_in_construct_can_be_what_was_announced(extractor: Extractor) -> None:
    text = "حلب\n\nوأعلن الجيش السوري انتهاء الهدنة. وقال المتحدث الروسي في بيان."
    assert _statements(extractor, text, "ar") == [("SYR_GOV", "انتهاء الهدنة")]


def test_a_topic_speaks_and_a_quoted_party_owns_its_secretary_general(
    extractor: Extractor,
) -> None:
    text = (
        "عزاز\n\nأما دمشق فقد طالبت مجلس الأمن بـ«وضع حد للجرائم التركية». وفي المقابل، نفى "
        "الأمين العام لـ«حزب الله» حسن نصر الله أن يكون الحزب مسؤولاً عن تجويع أهالي مضايا."
    )
    assert _statements(extractor, text, "ar") == [
        ("SYR_GOV", "مجلس الأمن بـ«وضع حد للجرائم التركية»"),
        ("HEZBOLLAH", "يكون الحزب مسؤولاً عن تجويع أهالي مضايا"),
    ]


def test_a_post_and_qad_between_the_speaker_and_the_verb_and_the_day_and_venue_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "حلب\n\nوكان مندوب الاتحاد الروسي الدائم لدى الأمم المتحدة قد أعلن مساء أمس في نيويورك "
        "التوصل إلى اتفاق مع الجانب التركي."
    )
    assert _statements(extractor, text, "ar") == [("RUS", "التوصل إلى اتفاق مع الجانب التركي")]


def test_where_words_were_said_opens_no_new_words(extractor: Extractor) -> None:
    text = (
        "جنيف\n\nوقال رئيس الهيئة رياض حجاب، في تصريحات للصحفيين بجنيف، إن «النظام لا يفهم إلا "
        "لغة القتل»."
    )
    assert _statements(extractor, text, "ar") == [("HNC", "النظام لا يفهم إلا لغة القتل")]


def test_a_second_english_verb_after_and_has_the_first_ones_subject_and_its_own_words(
    extractor: Extractor,
) -> None:
    text = (
        'Karlov\n\nForeign Ministry spokeswoman Maria Zakharova accused Washington of "turning a '
        'blind eye" to the offensive, and said Moscow would raise the matter at the UN Security '
        'Council next week. President Vladimir Putin called the killing a "provocation" and '
        'said Russia would "step up the fight against terrorism".'
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", 'Washington of "turning a blind eye" to the offensive'),
        ("RUS", "Moscow would raise the matter at the UN Security Council next week"),
        ("putin", 'the killing a "provocation"'),  # what he called it is said too
        ("putin", 'Russia would "step up the fight against terrorism"'),
    ]


def test_a_live_blog_line_labelled_with_its_speaker(extractor: Extractor) -> None:
    text = (
        "حلب\n\n13:05 - منسق الأمم المتحدة للشؤون الإنسانية في سوريا: فرق المنظمة ستراقب عمليات "
        "الإجلاء من الراموسة.\n\n17:40 - الرئيس بشار الأسد في تسجيل مصور: «ما يحدث اليوم في حلب "
        "هو كتابة للتاريخ».\n\n18:10 - وزير الخارجية التركي يؤكد أن بلاده ستقيم مخيماً، ويحذر من أن "
        "«أي عرقلة للإجلاء ستكون جريمة»."
    )
    assert _statements(extractor, text, "ar") == [
        ("UN", "فرق المنظمة ستراقب عمليات الإجلاء من الراموسة"),
        ("assad", "ما يحدث اليوم في حلب هو كتابة للتاريخ"),
        ("TUR", "بلاده ستقيم مخيماً"),
        ("TUR", "أي عرقلة للإجلاء ستكون جريمة"),
    ]


def test_a_participle_after_a_dateline_and_a_long_clause_is_the_subjects(
    extractor: Extractor,
) -> None:
    text = (
        "MOSCOW, 14 March 2016 (Eurasia Today) - President Vladimir Putin on Monday ordered the "
        "withdrawal of the main part of the Russian military contingent from Syria, saying the "
        'Aerospace Forces had "largely fulfilled" their tasks.'
    )
    assert _statements(extractor, text, "en") == [
        ("putin", 'the Aerospace Forces had "largely fulfilled" their tasks')
    ]


def test_and_said_goes_with_the_subject_named_first_not_a_party_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "On Monday, the State Department said it was suspending contacts with Russia. The "
        'Russian foreign ministry called the decision "unfortunate" and said Washington was '
        "looking for an excuse to shift the blame. In Geneva, UN envoy Staffan de Mistura met "
        "the government delegation on Monday and said he would see the opposition on Tuesday."
    )
    assert _statements(extractor, text, "en") == [
        ("USA", "it was suspending contacts with Russia"),
        ("RUS", 'the decision "unfortunate"'),  # what it called it is said too
        ("RUS", "Washington was looking for an excuse to shift the blame"),
        ("de_mistura", "he would see the opposition on Tuesday"),
    ]


def test_in_a_press_briefing_between_the_speaker_and_his_words_is_no_new_statement(
    extractor: Extractor,
) -> None:
    text = (
        "وأوضح المتحدث باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف، في إفادة صحافية اليوم، "
        "أن الإرهابيين قصفوا حي الحمدانية بقذائف الهاون."
    )
    assert _statements(extractor, text, "ar") == [
        ("RUS", "الإرهابيين قصفوا حي الحمدانية بقذائف الهاون")
    ]


def test_the_speakers_town_name_and_venue_are_not_what_he_charged(extractor: Extractor) -> None:
    text = (
        "اتهم رئيس المجلس المحلي لمدينة حلب، بريتا حاجي حسن، في تصريح صحافي اليوم، روسيا "
        "بـ«التواطؤ الكامل» مع النظام. واتهم رئيس المجلس المحلي لمدينة حلب روسيا بـ«التواطؤ»."
    )
    assert _statements(extractor, text, "ar") == [
        ("SYR_OPP", "روسيا بـ«التواطؤ الكامل» مع النظام"),
        ("SYR_OPP", "روسيا بـ«التواطؤ»"),
    ]


def test_the_source_refers_back_to_the_source_just_quoted(extractor: Extractor) -> None:
    text = (
        "وذكر مصدر عسكري اليوم أن وحدات الجيش استهدفت تحصينات الإرهابيين في محيط نبع عين الفيجة. "
        "وأشار المصدر إلى أن المجموعات الإرهابية أقدمت على تلويث النبع، واصفاً ذلك بأنه «جريمة "
        "حرب موصوفة»."
    )
    assert _statements(extractor, text, "ar") == [
        ("SYR_GOV", "وحدات الجيش استهدفت تحصينات الإرهابيين في محيط نبع عين الفيجة"),
        ("SYR_GOV", "المجموعات الإرهابية أقدمت على تلويث النبع"),
        ("SYR_GOV", "جريمة حرب موصوفة"),
    ]


def test_for_his_part_between_the_subject_and_the_verb_keeps_the_subject(
    extractor: Extractor,
) -> None:
    text = (
        "ولافروف من جهته قال خلال لقائه نظيره الأميركي جون كيري في موسكو اليوم إن «الهدنة صامدة "
        "في مجملها رغم الاستفزازات»."
    )
    assert _statements(extractor, text, "ar") == [
        ("lavrov", "الهدنة صامدة في مجملها رغم الاستفزازات")
    ]


def test_a_spokesman_for_a_person_speaks_for_the_persons_party(extractor: Extractor) -> None:
    text = (
        "وفي جنيف، قال المتحدث باسم مكتب المبعوث الأممي إن المنظمة الدولية «لم تُستشر» في الاتفاق."
    )
    assert _statements(extractor, text, "ar") == [("UN", "المنظمة الدولية «لم تُستشر» في الاتفاق")]


def test_who_rejected_the_words_says_what_follows_his_participle(extractor: Extractor) -> None:
    text = (
        "وأكد جاويش أوغلو أن بلاده «ستواصل دعم المعارضة المعتدلة»، لكنه شدد على أن «حزب الله» "
        "وسائر الميليشيات الأجنبية «يجب أن تغادر سوريا»، وهو ما رفضه ظريف، معتبراً أن «حزب الله "
        "موجود في سوريا بطلب من الحكومة الشرعية»."
    )
    assert _statements(extractor, text, "ar") == [
        ("TUR", "بلاده «ستواصل دعم المعارضة المعتدلة»"),
        ("TUR", "«حزب الله» وسائر الميليشيات الأجنبية «يجب أن تغادر سوريا»"),
        ("IRN", "حزب الله موجود في سوريا بطلب من الحكومة الشرعية"),
    ]


def test_the_delegation_refers_back_to_the_delegation_named_before(extractor: Extractor) -> None:
    text = (
        "وجاء الإعلان بعد ساعات من لقاء دي ميستورا وفد الهيئة العليا للمفاوضات في جنيف، حيث طالب "
        "الوفد مجدداً بتنفيذ البندين 12 و13 من القرار 2254 قبل الدخول في أي تفاوض."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["HNC"]


def test_as_it_had_promised_attributes_nothing(extractor: Extractor) -> None:
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on Monday that Washington was "
        'trying to "shift the blame" for the collapse of the deal, and had never separated '
        '"moderate" rebels from the Nusra Front as it had promised.'
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["RUS"]


def test_an_apposition_between_the_speaker_and_the_verb_and_a_quote_told_to_television(
    extractor: Extractor,
) -> None:
    text = (
        "Jan Egeland, the UN humanitarian adviser for Syria, said on Thursday that the evacuations "
        '"must be voluntary, safe and dignified."\n\nTurkey, which regards the YPG as a terrorist '
        "group, has demanded that Kurdish fighters play no role in the capture of the city.\n\n"
        '"Any citizen who lays down his weapon is welcome back," Syria\'s reconciliation minister '
        "Ali Haidar told state television this month."
    )
    assert _statements(extractor, text, "en") == [
        ("UN", 'the evacuations "must be voluntary, safe and dignified."'),
        ("TUR", "Kurdish fighters play no role in the capture of the city"),
        ("SYR_GOV", "Any citizen who lays down his weapon is welcome back"),
    ]


def test_a_person_named_by_his_post_in_a_party_speaks_for_it(extractor: Extractor) -> None:
    text = (
        "Salih Muslim, leader of the Syrian Kurdish PYD, warned on Twitter that Turkey "
        '"will be defeated in the Syrian quagmire".'
    )
    assert _statements(extractor, text, "en") == [
        ("SDF", 'Turkey "will be defeated in the Syrian quagmire"')
    ]


def test_the_russian_ministry_of_defence_speaks_for_russia(extractor: Extractor) -> None:
    text = (
        "The Russian Ministry of Defence told CUFW that Russian aircraft "
        '"do not carry out strikes on civilian objects".'
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", 'Russian aircraft "do not carry out strikes on civilian objects"')
    ]


def test_he_said_after_the_words_keeps_a_party_named_in_them(extractor: Extractor) -> None:
    text = (
        "Russian Defence Minister Sergei Shoigu has announced a large-scale operation in Idlib. "
        "A Russian frigate also fired Kalibr cruise missiles at targets in Homs province, he said. "
        "Jan Egeland said Daraya had endured years of starvation. He singled out Moadamiyeh, "
        "where, he said, government forces have again blocked deliveries."
    )
    said = _statements(extractor, text, "en")
    assert (
        "RUS",
        "A Russian frigate also fired Kalibr cruise missiles at targets in Homs province",
    ) in said
    # an aside "where, he said," does not make the whole sentence his words
    assert not any(words.startswith("He singled out") for _, words in said)


def test_words_told_to_a_named_audience_end_at_the_speaker(extractor: Extractor) -> None:
    text = (
        "The ceasefire is largely holding, a Russian military official told RIA Novosti. "
        "Rebels shelled the western districts, a Turkish official told the news agency Anadolu "
        "on Monday."
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", "The ceasefire is largely holding"),
        ("TUR", "Rebels shelled the western districts"),
    ]


def test_words_written_or_tweeted_are_statements(extractor: Extractor) -> None:
    text = (
        "وكتب الرئيس التركي رجب طيب أردوغان في تغريدة على تويتر أن بلاده لن تسمح بممر إرهابي. "
        "Kerry wrote on Twitter that the United States was ready to work with Russia."
    )
    assert _statements(extractor, text, "ar")[:1] == [("erdogan", "بلاده لن تسمح بممر إرهابي")]


def test_quoted_as_saying_names_the_speaker(extractor: Extractor) -> None:
    text = (
        "RIA news agency quoted Lavrov as saying that the truce was holding. The Interfax news "
        "agency quoted a Russian defence ministry source as saying the jets had not flown over "
        "Aleppo."
    )
    assert _statements(extractor, text, "en") == [
        ("lavrov", "the truce was holding"),
        ("RUS", "the jets had not flown over Aleppo"),
    ]


def test_a_live_blog_label_without_a_dash(extractor: Extractor) -> None:
    text = (
        "12:15 Russian Defence Ministry: more than 6,000 people, including 2,000 militants, "
        "have left eastern Aleppo."
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", "more than 6,000 people, including 2,000 militants, have left eastern Aleppo")
    ]


def test_words_before_according_to_end_without_their_comma(extractor: Extractor) -> None:
    text = "The truce is holding across most of Syria, according to Lavrov."
    assert _statements(extractor, text, "en") == [
        ("lavrov", "The truce is holding across most of Syria")
    ]


def test_an_adverb_between_and_and_the_speech_verb(extractor: Extractor) -> None:
    text = (
        "Sergei Lavrov hosted his Syrian counterpart in Moscow on Friday, and afterwards said "
        'Washington had "never been serious" about the truce. Kerry met Lavrov in Geneva and '
        "later told reporters that the talks had been constructive."
    )
    assert _statements(extractor, text, "en") == [
        ("lavrov", 'Washington had "never been serious" about the truce'),
        ("kerry", "the talks had been constructive"),
    ]


def test_holding_a_party_responsible_is_said_from_that_party(extractor: Extractor) -> None:
    text = (
        "حمّلت الولايات المتحدة روسيا مسؤولية الهجوم على القافلة. وقال لافروف إن الهجوم "
        "«استفزاز»، فيما حمّلت تنظيم «داعش» مسؤولية هجوم بغاز الخردل على مارع. وحملت "
        "الطائرات قنابل عنقودية."
    )
    assert _statements(extractor, text, "ar") == [
        ("USA", "روسيا مسؤولية الهجوم على القافلة"),
        ("lavrov", "الهجوم «استفزاز»"),
        ("lavrov", "تنظيم «داعش» مسؤولية هجوم بغاز الخردل على مارع"),
    ]


def test_claims_after_a_determiner_or_a_verb_are_a_noun(extractor: Extractor) -> None:
    text = (
        "Lavrov said the claims were false. Kremlin spokesman Dmitry Peskov said Russia "
        '"categorically" rejected claims that its aircraft had struck civilian targets.'
    )
    assert _statements(extractor, text, "en") == [
        ("lavrov", "the claims were false"),
        ("RUS", "its aircraft had struck civilian targets"),
    ]


def test_the_day_and_the_audience_after_the_verb_are_not_the_words(extractor: Extractor) -> None:
    text = (
        "Turkey's President Tayyip Erdogan said on Wednesday the operation would continue until "
        "all threats were removed. Churkin told the Security Council the report was biased."
    )
    assert _statements(extractor, text, "en") == [
        ("erdogan", "the operation would continue until all threats were removed"),
        ("RUS", "the report was biased"),
    ]


def test_the_speaker_after_the_verb_and_a_comma(extractor: Extractor) -> None:
    text = (
        "The truce is holding, said Russian Foreign Minister Sergei Lavrov, adding that talks "
        "would resume. A spokesman for the rebels blamed the regime, said the Observatory."
    )
    assert _statements(extractor, text, "en") == [
        ("lavrov", "The truce is holding"),
        ("lavrov", "talks would resume"),
    ]


def test_a_spokesperson_named_in_full_is_named_again_by_the_family_name(
    extractor: Extractor,
) -> None:
    text = (
        'U.S. Ambassador Samantha Power said the attack was barbaric. "This is barbarism," Power '
        "said. Russian air power was decisive, Lavrov said."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == [
        "USA",
        "USA",
        "lavrov",
    ]


def test_what_a_party_calls_something_in_quotes_is_said(extractor: Extractor) -> None:
    text = (
        'Washington called the pause "welcome but too short."\n\n'
        'Samantha Power called Russia\'s conduct "barbarism, not counter-terrorism".\n\n'
        'Russia called a meeting of the Security Council on "the situation in Aleppo".\n\n'
        'Moscow called the attack "a provocation".\n\n'
        "Russia's Foreign Ministry spokeswoman Maria Zakharova dismissed the reports as “unfounded”."
    )
    assert _statements(extractor, text, "en") == [
        ("USA", 'the pause "welcome but too short."'),
        ("USA", 'Russia\'s conduct "barbarism, not counter-terrorism"'),
        ("RUS", 'the attack "a provocation"'),  # what it calls an act, said
        ("RUS", "the reports as “unfounded”"),
    ]


def test_a_label_in_a_participle_after_a_comma_is_said_by_the_subject(
    extractor: Extractor,
) -> None:
    text = (
        "Hospital hit in Azaz\n\n"
        "Turkish Prime Minister Ahmet Davutoglu said the ballistic missiles had been fired by "
        'Russia, calling the attack "an obvious war crime".'
    )
    assert _statements(extractor, text, "en") == [
        ("TUR", "the ballistic missiles had been fired by Russia"),
        ("TUR", 'the attack "an obvious war crime"'),
    ]


def test_a_name_that_folds_to_a_complementiser_opens_no_words(extractor: Extractor) -> None:
    # "بان" (Ban Ki-moon) folds to the "بأن" that opens a clause
    text = (
        "الأمم المتحدة تدين\n\n"
        "وفي نيويورك، قال الأمين العام للأمم المتحدة بان كي مون إن استخدام التجويع سلاحاً "
        "«جريمة حرب»."
    )
    said = _statements(extractor, text, "ar")
    assert said and said[0] == ("UN", "استخدام التجويع سلاحاً «جريمة حرب»")


def test_a_body_named_in_quotes_by_its_region_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "فصائل ريف حمص تتهم النظام\n\n"
        "وقالت “غرفة عمليات ريف حمص الشمالي”، التي تضم أبرز الفصائل العاملة في المنطقة، في بيان، "
        "إن قوات النظام ارتكبت “أكثر من أربعين خرقاً” للتهدئة المعلنة في المنطقة."
    )
    said = _statements(extractor, text, "ar")
    assert said and said[0][0] == "SYR_OPP" and said[0][1].startswith("قوات النظام ارتكبت")


def test_a_call_in_the_accusative_after_a_quotation_opens_new_words(
    extractor: Extractor,
) -> None:
    text = (
        "الأمم المتحدة مستعدة\n\n"
        "وقال منسق الإغاثة الطارئة ستيفن أوبراين إن الأمم المتحدة «مستعدة للمساعدة في إجلاء "
        "المدنيين»، داعياً جميع الأطراف إلى السماح بوصول فرق المنظمة إلى شرق حلب دون عوائق."
    )
    said = _statements(extractor, text, "ar")
    assert ("UN", "جميع الأطراف إلى السماح بوصول فرق المنظمة إلى شرق حلب دون عوائق") in said


def test_a_speech_verb_in_the_future_is_no_statement_and_ends_no_words(
    extractor: Extractor,
) -> None:
    text = (
        "قوافل إلى مضايا\n\n"
        "وقال المتحدث باسم الأمم المتحدة إن المنظمة ستطلب إجلاء نحو 400 مريض من مضايا، وإن "
        "الولايات المتحدة سوف تتابع مع شركائها التزام فصائل المعارضة بالهدنة."
    )
    said = [t for _sp, t in _statements(extractor, text, "ar")]
    assert any(t.startswith("المنظمة ستطلب إجلاء نحو 400 مريض") for t in said)
    assert not any(t.endswith(("ست", "سوف ت")) for t in said)


def test_a_verb_too_short_for_words_still_names_who_goes_on_speaking(
    extractor: Extractor,
) -> None:
    text = (
        "كيري يدين\n\n"
        "وقال المتحدث باسم وزارة الدفاع الروسية إن الطائرات الروسية لم تحلق فوق حلب.\n\n"
        "ودان وزير الخارجية الأميركي جون كيري الهجوم، واصفاً إياه بأنه «هجوم مستهجن على مرفق طبي "
        "معروف»، وداعياً موسكو إلى «الضغط على النظام لوقف هذه الانتهاكات فوراً»."
    )
    said = dict((t[:12], sp) for sp, t in _statements(extractor, text, "ar"))
    assert said.get("هجوم مستهجن ") == "kerry"
    assert said.get("موسكو إلى «ا") == "kerry"


def test_a_body_naming_a_post_then_its_own_person_is_the_persons_phrase(
    extractor: Extractor,
) -> None:
    text = (
        "الأمم المتحدة تعلق قوافلها\n\n"
        "وقال وكيل الأمين العام للشؤون الإنسانية ستيفن أوبراين: «الهجوم يرقى إلى جريمة حرب».\n\n"
        "ودعا المبعوث الخاص للأمين العام إلى سوريا ستيفان دي ميستورا روسيا والولايات المتحدة "
        "إلى «إنقاذ ما تبقى من اتفاق وقف الأعمال العدائية».\n\n"
        "وقال مبعوث الأمم المتحدة الخاص إلى سوريا ستيفان دي ميستورا إن المحادثات ستستأنف."
    )
    said = _statements(extractor, text, "ar")
    assert [sp for sp, _t in said] == ["UN", "de_mistura", "de_mistura"]


def test_a_transcript_whose_turns_open_on_a_rank_and_a_name(extractor: Extractor) -> None:
    text = (
        "Russian Defence Ministry briefing (transcript)\n\n"
        "Lt. Gen. Sergei Rudskoy: Over the past day, the centre registered 55 ceasefire "
        "violations by armed opposition groups.\n\n"
        "Maj. Gen. Igor Konashenkov: Russian aircraft have carried out no strikes in the areas "
        "covered by the ceasefire.\n\n"
        "Note: figures are provisional and may change."
    )
    said = _statements(extractor, text, "en")
    assert [sp for sp, _t in said] == ["RUS", "RUS"]
    assert said[0][1].startswith("Over the past day") and said[1][1].startswith("Russian aircraft")


def test_the_colon_of_a_time_opens_no_words(extractor: Extractor) -> None:
    text = (
        "Truce live\n\n"
        "Russia's Hmeimim reconciliation centre says it has registered 23 violations by militant "
        "groups since 19:00, mostly in Aleppo province."
    )
    assert _statements(extractor, text, "en") == [
        (
            "RUS",
            "it has registered 23 violations by militant groups since 19:00, mostly in Aleppo "
            "province",
        )
    ]


def test_a_states_adjective_and_an_officials_head_before_an_english_verb(
    extractor: Extractor,
) -> None:
    text = (
        "Trade\n\n"
        "In Moscow, the Russian economy ministry said it expected Turkish exports to Russia to "
        "recover strongly in 2017.\n\n"
        "Local residents said the market had reopened on Sunday morning."
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", "it expected Turkish exports to Russia to recover strongly in 2017")
    ]


def test_the_ministry_of_the_capital_a_sentence_opens_in(extractor: Extractor) -> None:
    text = (
        "Reactions\n\n"
        'In Moscow, the foreign ministry said the Turkish shelling was "a provocation", and '
        "Kremlin spokesman Dmitry Peskov said Russia rejected the claims.\n\n"
        "In Aleppo, the health ministry said the hospital had been hit twice."
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", 'the Turkish shelling was "a provocation"'),
        ("RUS", "Russia rejected the claims"),
    ]


def test_an_apposition_a_charge_after_but_and_words_left_unsaid(extractor: Extractor) -> None:
    text = (
        "Deal\n\n"
        "Ahrar al-Sham, one of the most powerful rebel factions, said in a statement it would not "
        'accept a deal that "serves the regime and its allies", but stopped short of saying it '
        "would fight on.\n\n"
        'Russian Ambassador Vitaly Churkin said the proposal "deserves attention", but accused the '
        'rebels in Aleppo of "holding civilians hostage".'
    )
    said = _statements(extractor, text, "en")
    assert ("SYR_OPP", "serves the regime and its allies") in said
    assert ("RUS", 'the rebels in Aleppo of "holding civilians hostage"') in said
    assert not any("fight on" in t for _sp, t in said)


def test_deeming_likely_saying_only_and_a_new_topic(extractor: Extractor) -> None:
    text = (
        "القافلة\n\n"
        "في المقابل، نفى المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف أن تكون الطائرات "
        "الروسية قد نفذت أي غارات على القافلة، مرجحاً أن تكون الشاحنات قد احترقت بسبب «حريق».\n\n"
        "وقال كيري إن الولايات المتحدة «ستواصل الاتصالات مع روسيا»، أما لافروف فاكتفى بالقول إن "
        "«بعض الأفكار المثيرة للاهتمام» طُرحت."
    )
    said = _statements(extractor, text, "ar")
    assert ("RUS", "تكون الشاحنات قد احترقت بسبب «حريق»") in said
    assert ("kerry", "الولايات المتحدة «ستواصل الاتصالات مع روسيا»") in said
    assert ("lavrov", "«بعض الأفكار المثيرة للاهتمام» طُرحت") in said


def test_a_short_english_object_is_no_statement_but_names_the_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "Truce\n\n"
        "Russian President Vladimir Putin announced the truce on Thursday.\n\n"
        "The Syrian army confirmed the truce in a statement, saying it excluded Islamic State "
        "and the Nusra Front.\n\n"
        "The United Nations welcomed the pause but said it was too short for aid deliveries."
    )
    said = _statements(extractor, text, "en")
    assert said == [
        ("SYR_GOV", "it excluded Islamic State and the Nusra Front"),
        ("UN", "it was too short for aid deliveries"),
    ]


def test_what_the_subject_called_it_and_the_venue_before_the_object(
    extractor: Extractor,
) -> None:
    text = (
        "دمشق تدين\n\n"
        "دانت وزارة الخارجية السورية في بيان ما وصفته بـ«الخرق السافر للسيادة السورية»، معتبرة أن "
        "محاربة الإرهاب «لا تكون بإحلال تنظيمات إرهابية أخرى مكان داعش».\n\n"
        "وتوعد مصدر عسكري سوري بأن «الجيش سيستعيد كل النقاط»، وهو ما وصفه ناشطون بأنه محاولة "
        "لرفع معنويات العناصر."
    )
    said = _statements(extractor, text, "ar")
    assert said[:2] == [
        ("SYR_GOV", "الخرق السافر للسيادة السورية"),
        ("SYR_GOV", "محاربة الإرهاب «لا تكون بإحلال تنظيمات إرهابية أخرى مكان داعش»"),
    ]
    assert not any("معنويات" in t for _sp, t in said)


def test_a_live_blogs_present_tense_call_after_and(extractor: Extractor) -> None:
    text = (
        "Aleppo live\n\n"
        '13:45 UN Secretary-General Ban Ki-moon says the world "must not look away" from Aleppo '
        "and urges all parties to let the evacuation resume without conditions."
    )
    assert _statements(extractor, text, "en") == [
        ("UN", 'the world "must not look away" from Aleppo'),
        ("UN", "all parties to let the evacuation resume without conditions"),
    ]


def test_a_description_verb_with_an_object_pronoun_keeps_the_speaker(
    extractor: Extractor,
) -> None:
    # the verb's own object ("ووصفتها") names no one: the ministry that denied goes on speaking
    text = (
        "نفت وزارة الدفاع الروسية تقارير تحدثت عن غارات لطائرات روسية على بلدة الأتارب في ريف "
        'حلب الغربي السبت الماضي، ووصفتها بأنها "أخبار ملفقة".'
    )
    assert ("RUS", "أخبار ملفقة") in _statements(extractor, text, "ar")


def test_a_relative_clause_on_the_object_does_not_end_the_gap(extractor: Extractor) -> None:
    # "التي دعت إليها موسكو" says nothing: what Power called the session follows it
    text = (
        "وصفت المندوبة الأميركية لدى الأمم المتحدة سامانثا باور، مساء السبت، الجلسة الطارئة "
        "التي دعت إليها موسكو بأنها «حيلة رخيصة»."
    )
    assert _statements(extractor, text, "ar") == [("USA", "حيلة رخيصة")]
    # an English relative does not end the words: "who he said had killed ..." is part of them
    text = (
        "Churkin accused the UN secretariat of ignoring the shelling of western Aleppo by "
        '"terrorists", who he said had killed dozens of civilians in the past week.'
    )
    assert any(
        t.endswith("dozens of civilians in the past week")
        for _, t in _statements(extractor, text, "en")
    )


def test_a_joined_verb_with_its_object_first_keeps_the_clauses_speaker(
    extractor: Extractor,
) -> None:
    # "، ووصفت الاتهامات": the charges are what was described, not who spoke
    text = (
        "بينما نفت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أي علاقة لموسكو "
        "بالغارات، ووصفت الاتهامات بأنها «أكاذيب»."
    )
    assert ("RUS", "أكاذيب") in _statements(extractor, text, "ar")
    text = (
        "وقال المندوب الروسي فيتالي تشوركين خلال الجلسة إن المشروع الفرنسي «صُمم لكي يفشل»، "
        "واتهم الدول الغربية بـ«حماية الإرهابيين في شرق حلب»."
    )
    assert ("RUS", "حماية الإرهابيين في شرق حلب") in _statements(extractor, text, "ar")


def test_the_organisation_is_a_group_only_after_one_was_named(extractor: Extractor) -> None:
    # in a football report "بالتنظيم الجيد" is the organising of the match: no one speaks
    text = (
        "وأشاد رئيس رابطة الأندية بالتنظيم الجيد للمباراة، مؤكداً أن الجماهير ستعود إلى "
        "المدرجات «قريباً جداً»."
    )
    assert _statements(extractor, text, "ar") == []
    text = "سيطر تنظيم «داعش» على قرية جديدة. وقال التنظيم في بيان إن مقاتليه «يتقدمون»."
    assert ("ISIS", "مقاتليه «يتقدمون»") in _statements(extractor, text, "ar")


def test_after_that_is_a_conjunction_and_ends_the_words(extractor: Extractor) -> None:
    # "بعد أن" is no complementiser; a body's name runs on in a genitive before the date
    text = (
        "أعلنت الهيئة الفيدرالية الروسية للرقابة البيطرية والصحة النباتية، أمس الأربعاء، رفع "
        "الحظر المؤقت على واردات الموالح المصرية، بعد أن تراجعت الحكومة المصرية عن شروطها."
    )
    assert _statements(extractor, text, "ar") == [
        ("RUS", "رفع الحظر المؤقت على واردات الموالح المصرية")
    ]
    # "، قبل أن تعود الطائرات": the outlet's narrative goes on after the words
    text = (
        "وأعلن الجيش السوري مساء الاثنين انتهاء «نظام التهدئة»، قبل أن تعود الطائرات الروسية "
        "والسورية إلى قصف الأحياء الشرقية من حلب."
    )
    assert _statements(extractor, text, "ar") == [("SYR_GOV", "انتهاء «نظام التهدئة»")]


def test_unnamed_speakers_do_not_make_the_party_called_on_speak(extractor: Extractor) -> None:
    text = "ويطالب ناشطون الأمم المتحدة بالضغط لإدخال قافلة مساعدات عاجلة إلى البلدة المحاصرة."
    assert _statements(extractor, text, "ar") == []


def test_an_official_of_a_state_that_is_no_party_is_nobody_we_name(extractor: Extractor) -> None:
    # the Egyptian minister does not speak for the Russians the text was speaking of, and the
    # participle after him does not go back to them
    text = (
        "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن العلاقات التجارية مع القاهرة «تبقى أولوية». "
        "وقال وزير الزراعة المصري إن الحكومة ستلتزم بالمعايير الدولية، مؤكداً أن «صفحة الأزمة "
        "طويت». وفي القاهرة، رحب المتحدث باسم وزارة الخارجية المصرية بالاتفاق، معرباً عن أمل "
        'مصر في أن يشكل "خطوة أولى نحو حل سياسي شامل".'
    )
    assert _statements(extractor, text, "ar") == [
        ("RUS", "العلاقات التجارية مع القاهرة «تبقى أولوية»")
    ]


def test_it_is_worth_noting_is_the_outlets_background(extractor: Extractor) -> None:
    text = (
        "وقال لافروف إن موسكو أبلغت دمشق بتفاصيل الاتفاق. يذكر أن هدنة سابقة كانت قد دخلت حيز "
        "التنفيذ في 27 فبراير الماضي."
    )
    assert _statements(extractor, text, "ar") == [("lavrov", "موسكو أبلغت دمشق بتفاصيل الاتفاق")]


def test_a_foreign_states_name_makes_its_envoy_nobody_we_name_but_not_where_one_sits(
    extractor: Extractor,
) -> None:
    text = (
        "وقال المندوب الروسي فيتالي تشوركين إن المشروع الفرنسي «صُمم لكي يفشل». وقال مندوب مصر "
        "الدائم عمرو أبو العطا إن القاهرة صوتت لصالح المشروعين."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["RUS"]
    text = (
        "وقال ممثل منظمة الصحة العالمية في القاهرة إن «مصر أصبحت نموذجاً يحتذى به في الحرب على "
        "الفيروس»."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["UN"]


def test_a_joint_announcement_has_no_single_speaker(extractor: Extractor) -> None:
    # the agreement is the act told (AGREE), not one party's words
    text = (
        "أعلنت الولايات المتحدة وروسيا، مساء أمس الاثنين، في بيان مشترك، التوصل إلى اتفاق على "
        "وقف للأعمال العدائية في سوريا يبدأ سريانه منتصف ليل الجمعة."
    )
    doc = make_doc(text, dt.date(2016, 2, 23), "ar")
    result = extractor(doc)
    assert result.statements == []
    (agree,) = [e for e in result.events if e.type == "AGREE"]
    assert (sorted(agree.actors), agree.asserted_by) == (["RUS", "USA"], None)
    # the parties asked to do something are not announcing it
    text = "وقال دي ميستورا إنه طلب من الولايات المتحدة وروسيا عقد اجتماع عاجل لمجموعة الدعم."
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["de_mistura"]


def test_an_official_of_a_body_that_is_no_party_is_nobody_we_name(extractor: Extractor) -> None:
    # a Syrian football coach does not speak for the Syrian government
    text = (
        "وقال المدير الفني للمنتخب السوري أيمن الحكيم في المؤتمر الصحفي عقب اللقاء إن لاعبيه "
        "«قاتلوا كالجنود على كل كرة»، مضيفاً أن النقطة «تُهدى إلى الجماهير السورية»."
    )
    assert _statements(extractor, text, "ar") == []


def test_a_participle_after_a_quoted_charge_says_new_words(extractor: Extractor) -> None:
    text = (
        'Russian Defence Ministry spokesman Igor Konashenkov accused Washington of "hypocrisy," '
        'saying the US-led coalition\'s air strikes around Mosul had caused "far greater" '
        "civilian losses."
    )
    assert (
        "RUS",
        'the US-led coalition\'s air strikes around Mosul had caused "far greater" civilian losses',
    ) in _statements(extractor, text, "en")


def test_a_partys_official_posted_somewhere_speaks_for_it(extractor: Extractor) -> None:
    text = (
        "A Nusra Front official in Idlib province said the two men would be released "
        '"within hours, after questioning".'
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["NUSRA"]
    text = (
        "21:15 A Free Syrian Army commander in Hama province tells The Daily Levant by phone that "
        "regime helicopters dropped two barrel bombs on Latamneh."
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["FSA"]


def test_he_with_no_one_speaking_before_is_the_person_just_named(extractor: Extractor) -> None:
    text = (
        'President Bashar al-Assad performed Eid prayers in Daraya on Monday. "The Syrian state '
        'is determined to recover every area from the terrorists," he told state television.'
    )
    assert _statements(extractor, text, "en") == [
        ("assad", "The Syrian state is determined to recover every area from the terrorists")
    ]


def test_tightening_a_siege_is_no_statement(extractor: Extractor) -> None:
    assert _statements(extractor, "ويشدد النظام حصاره على الغوطة الشرقية.", "ar") == []
    stressed = _statements(extractor, "وشدد لافروف على ضرورة رفع الحصار عن مضايا.", "ar")
    assert [speaker for speaker, _ in stressed] == ["lavrov"]


def test_the_medium_of_the_words_is_not_part_of_them(extractor: Extractor) -> None:
    text = "Turkey's foreign ministry said in a statement it had summoned the Russian ambassador."
    assert _statements(extractor, text, "en") == [("TUR", "it had summoned the Russian ambassador")]
    text = "وأعلنت وزارة الدفاع الروسية في بيان التوصل إلى اتفاق."
    assert _statements(extractor, text, "ar") == [("RUS", "التوصل إلى اتفاق")]


def test_a_charge_denied_is_the_outlets_comment_not_new_words(extractor: Extractor) -> None:
    # the one who denies says nothing here, and the accusation ends before the comment
    text = "The opposition accused the government of using chlorine gas, a charge Damascus denied."
    assert _statements(extractor, text, "en") == [
        ("SYR_OPP", "the government of using chlorine gas")
    ]
    text = (
        "Russia said the rebels had fired chlorine shells, an allegation the rebel groups rejected."
    )
    assert _statements(extractor, text, "en") == [("RUS", "the rebels had fired chlorine shells")]


def test_the_accused_after_a_charge_never_speaks(extractor: Extractor) -> None:
    # "واتهم «المسلحين» بـ": the one who spoke before accuses; with no one known, no speaker
    text = (
        "ونفى وزير المصالحة علي حيدر وجود مجاعة في مضايا، واتهم «المسلحين» باحتكار المواد الغذائية."
    )
    assert ("SYR_GOV", "باحتكار المواد الغذائية") in _statements(extractor, text, "ar")
    text = (
        "وقال عضو في لجنة التفاوض إن الأهالي «أجبروا على الخروج»، "
        "متهماً الأمم المتحدة بـ«توفير غطاء للتهجير»."
    )
    assert "UN" not in {speaker for speaker, _ in _statements(extractor, text, "ar")}
    # nor is the party a participle calls on
    text = "وقال مسؤول محلي إن الوضع في المدينة كارثي، مطالباً الأمم المتحدة بالتدخل الفوري."
    assert "UN" not in {speaker for speaker, _ in _statements(extractor, text, "ar")}
    # but a party named after the first one is the accused: the first accuses
    text = "واتهمت وزارة الخارجية الروسية واشنطن بـ«التقاعس عن الضغط على حلفائها»."
    ((speaker, _),) = _statements(extractor, text, "ar")
    assert speaker == "RUS"


def test_a_participle_after_a_clause_speaks_for_its_subject(extractor: Extractor) -> None:
    text = "ورفضت دمشق المقترح الأممي، مؤكدة أن الحل يكمن في محاربة الإرهاب."
    assert _statements(extractor, text, "ar") == [("SYR_GOV", "الحل يكمن في محاربة الإرهاب")]
    text = "وعلقت واشنطن محادثاتها مع موسكو، متهمة روسيا بعدم الوفاء بالتزاماتها."
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["USA"]
    # after a speech verb of its own, it goes on with that verb's speaker (here unknown)
    text = "وقال وزير الزراعة المصري إن الحكومة ستلتزم بالمعايير، مؤكداً أن «صفحة الأزمة طويت»."
    assert "SYR_GOV" not in {s for s, _ in _statements(extractor, text, "ar")}


def test_suggested_that_is_speech(extractor: Extractor) -> None:
    text = (
        "The Russian Defence Ministry said no aircraft had struck the convoy. It suggested that the "
        "cargo had caught fire as militants launched an offensive in Aleppo."
    )
    said = _statements(extractor, text, "en")
    assert ("RUS", "the cargo had caught fire as militants launched an offensive in Aleppo") in said


def test_an_arabic_charge_is_told_from_the_accused(extractor: Extractor) -> None:
    # verb, accuser, accused, charge: the words start at the accused, as an annotator reads them
    for text, expected in (
        ("واتهمت واشنطن الطائرات الروسية بقصف القافلة.", ("USA", "الطائرات الروسية بقصف القافلة")),
        (
            "وتوقفت العملية أمس، واتهمت أنقرة الميليشيات الإيرانية بعرقلة التنفيذ.",
            ("TUR", "الميليشيات الإيرانية بعرقلة التنفيذ"),
        ),
    ):
        assert expected in _statements(extractor, text, "ar"), text


def test_a_kurdish_official_speaks_for_the_sdf(extractor: Extractor) -> None:
    text = "A truck bomb killed at least 44 people in Qamishli on Wednesday, a Kurdish security official said."
    assert _statements(extractor, text, "en") == [
        ("SDF", "A truck bomb killed at least 44 people in Qamishli on Wednesday")
    ]


def test_the_ministry_said_is_the_one_that_spoke_before(extractor: Extractor) -> None:
    text = (
        "Russian warplanes carried out 40 sorties near Palmyra, the Russian Defence Ministry said. "
        "Meanwhile, militants launched a large offensive on the outskirts of Aleppo on Friday, the "
        "ministry said."
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", "Russian warplanes carried out 40 sorties near Palmyra"),
        (
            "RUS",
            "Meanwhile, militants launched a large offensive on the outskirts of Aleppo on Friday",
        ),
    ]
    # a body after a person is the person's state
    text = (
        "Lavrov said Moscow was ready to resume talks. Russian and Syrian aircraft will provide "
        "air support to the garrison in Deir ez-Zor, the ministry said."
    )
    assert (
        "RUS",
        "Russian and Syrian aircraft will provide air support to the garrison in Deir ez-Zor",
    ) in (_statements(extractor, text, "en"))


def test_the_source_said_opening_a_sentence(extractor: Extractor) -> None:
    text = (
        "Government forces took full control of Palmyra, a Syrian military source said. The source "
        "said at least 400 Islamic State fighters had been killed."
    )
    assert ("SYR_GOV", "at least 400 Islamic State fighters had been killed") in _statements(
        extractor, text, "en"
    )


def test_a_party_s_body_and_an_aside_of_the_party_speak_for_it(extractor: Extractor) -> None:
    text = (
        "Russia's reconciliation centre at the Hmeymim air base said it had recorded nine "
        "violations by rebel groups on Saturday. Opposition negotiator Mohammed Alloush, of the "
        "High Negotiations Committee, said the meeting had achieved nothing new for Syrians."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["RUS", "HNC"]
    # "the centre said": the party that noun last named
    text = (
        "The Russian Centre for Reconciliation registered nine violations over the past 24 hours, "
        "the centre said in its daily bulletin on Monday."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["RUS"]


def test_officials_of_2016_are_known_by_name(extractor: Extractor) -> None:
    text = (
        "Lieutenant-General Sergei Kuralenko said Russian jets had completely stopped flights over "
        "the areas covered by the deal. Ilham Ahmed said the Kurds would not leave Manbij."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["RUS", "SDF"]


def test_feminine_present_speech_verbs(extractor: Extractor) -> None:
    # "تقول", "تؤكد", "تدعو" as "يقول", "يؤكد", "يدعو": a feminine subject (a state, a ministry)
    text = "وتقول موسكو إن الغارات تستهدف مواقع الإرهابيين فقط. وتدعو الخارجية الروسية واشنطن إلى فصل المعارضة عن النصرة."
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["RUS", "RUS"]


def test_a_live_blog_label_of_an_official_s_post(extractor: Extractor) -> None:
    text = (
        "تغطية مباشرة\n\n16:45 - المتحدث باسم الأمين العام للأمم المتحدة: المنظمة الدولية ستنشر "
        "20 موظفاً إضافياً في غرب حلب خلال الأيام المقبلة."
    )
    assert _statements(extractor, text, "ar") == [
        ("UN", "المنظمة الدولية ستنشر 20 موظفاً إضافياً في غرب حلب خلال الأيام المقبلة")
    ]


def test_a_topic_then_its_spokesman(extractor: Extractor) -> None:
    text = "أما قوات سوريا الديمقراطية، فقال متحدث باسمها إن تركيا «ستخرج مهزومة من الشمال»."
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["SDF"]


def test_a_rank_before_a_name_in_an_apposition(extractor: Extractor) -> None:
    text = (
        "A spokesman for the U.S.-led coalition, Col. John Dorrian, said the strikes had hit "
        "Islamic State positions."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["USA"]


def test_an_undated_wire_dateline_is_no_speaker(extractor: Extractor) -> None:
    # "واشنطن - قال كيري": the city of the dateline is where it was said, not a metonym speaking
    text = "واشنطن - قال وزير الخارجية الأميركي جون كيري إن العنف في حلب يجب أن يتوقف فوراً."
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["kerry"]


def test_what_a_speaker_expressed_follows_the_preposition(extractor: Extractor) -> None:
    text = (
        "جنيف - أعرب المبعوث الأممي ستافان دي ميستورا عن أسفه لعدم التزام الأطراف بالهدنة. "
        "وأعربت وزارة الخارجية الروسية عن «قلقها العميق» إزاء العملية التركية."
    )
    assert _statements(extractor, text, "ar") == [
        ("de_mistura", "أسفه لعدم التزام الأطراف بالهدنة"),
        ("RUS", "«قلقها العميق» إزاء العملية التركية"),
    ]


def test_a_tail_attribution_before_a_participle_of_claiming(extractor: Extractor) -> None:
    text = (
        "Turkish jets carried out 26 air strikes on Kurdish-led forces north of Aleppo overnight, "
        "the Turkish General Staff said on Thursday, claiming that 150 militants were killed."
    )
    assert _statements(extractor, text, "en") == [
        (
            "TUR",
            "Turkish jets carried out 26 air strikes on Kurdish-led forces north of Aleppo overnight",
        ),
        ("TUR", "150 militants were killed"),
    ]


def test_a_relative_clause_with_a_second_apposition_before_the_verb(extractor: Extractor) -> None:
    text = (
        "The Jaish al-Fatah alliance, which includes the former Nusra Front, now called Jabhat "
        "Fateh al-Sham, said its fighters had linked up with rebels inside the besieged districts."
    )
    assert _statements(extractor, text, "en") == [
        ("SYR_OPP", "its fighters had linked up with rebels inside the besieged districts")
    ]


def test_an_unnamed_source_within_a_party_and_a_un_official(extractor: Extractor) -> None:
    # "مصدر عسكري" alone is the government's; "في الجيش الحر" says whose source it is
    text = (
        "وقال مصدر عسكري في الجيش الحر لـ«عنب بلدي» إن النظام خرق الهدنة. "
        "وقال مسؤول أممي في دمشق إن القافلة لم تحصل على الموافقات اللازمة."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["FSA", "UN"]


def test_a_tail_attribution_s_words_start_after_the_dateline(extractor: Extractor) -> None:
    text = (
        "BEIRUT, 11 December 2016 (Levant Wire) – Islamic State fighters recaptured the ancient "
        "city of Palmyra on Sunday, the militants' Amaq news agency said."
    )
    assert _statements(extractor, text, "en") == [
        ("ISIS", "Islamic State fighters recaptured the ancient city of Palmyra on Sunday")
    ]


def test_an_announced_object_ends_at_a_clause_of_another_party(extractor: Extractor) -> None:
    # "that night" is no complementiser; ", and Russian and Syrian jets pounded" opens a clause
    # the announcement does not hold ("said A, and B" still says B)
    text = (
        "On September 22, government forces announced a new offensive on eastern Aleppo, and "
        "Russian and Syrian jets pounded the city's east that night with bunker-busting bombs."
    )
    assert _statements(extractor, text, "en") == [("SYR_GOV", "a new offensive on eastern Aleppo")]


def test_a_participle_speaks_for_the_subject_its_sentence_opens_with(extractor: Extractor) -> None:
    # not the speaker of the sentence before (al-Assad), nor the party congratulated
    text = (
        "تدمر\n\n"
        "أكد الرئيس بشار الأسد أن تحرير تدمر «إنجاز مهم».\n\n"
        "من جهته، هنأ الرئيس بوتين الرئيس الأسد بهذا الإنجاز، مؤكداً أن روسيا ستواصل دعم "
        "الجهود السورية في مكافحة الإرهاب."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["assad", "putin"]
    # a participle after a clause that holds a speech verb goes on with that speaker
    text = "وقال لافروف إن الهدنة صامدة، مؤكداً أن روسيا ستواصل دعم الجهود السورية."
    assert {speaker for speaker, _ in _statements(extractor, text, "ar")} == {"lavrov"}


def test_a_spokesman_for_a_person_speaks_for_the_person_s_party(extractor: Extractor) -> None:
    for text in [
        "A spokesman for President Recep Tayyip Erdogan said Turkey would not accept a ceasefire "
        "with the YPG.",
        'A spokesman for President Recep Tayyip Erdogan said: "We will not accept a ceasefire '
        'with the YPG under any circumstances."',
    ]:
        assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["TUR"]
    # the person named for himself still speaks
    text = "President Recep Tayyip Erdogan said Turkey would not accept a ceasefire with the YPG."
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["erdogan"]


def test_the_ministry_named_by_its_field_is_the_party_that_spoke_before(
    extractor: Extractor,
) -> None:
    text = (
        "Russia will keep its air base at Hmeimim, Kremlin spokesman Dmitry Peskov told "
        "reporters. Russia will begin withdrawing its first aircraft from Hmeimim on Tuesday, "
        "the Defence Ministry said."
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", "Russia will keep its air base at Hmeimim"),
        ("RUS", "Russia will begin withdrawing its first aircraft from Hmeimim on Tuesday"),
    ]


def test_a_finding_concluded_is_the_finder_s_word(extractor: Extractor) -> None:
    text = (
        "ويأتي ذلك بعد أن خلصت آلية التحقيق المشتركة بين الأمم المتحدة ومنظمة حظر الأسلحة "
        "الكيميائية، في تقرير صدر في آب/أغسطس الماضي، إلى أن مروحيات النظام ألقت براميل كلور على "
        "بلدة سرمين عام 2015."
    )
    assert _statements(extractor, text, "ar") == [
        ("UN", "مروحيات النظام ألقت براميل كلور على بلدة سرمين عام 2015")
    ]


def test_the_central_bank_and_a_governor_speak_for_the_government(extractor: Extractor) -> None:
    text = "وقال حاكم مصرف سورية المركزي في مؤتمر صحفي بدمشق إن التراجع «مفتعل ويقف وراءه مضاربون»."
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["SYR_GOV"]


def test_a_governor_and_syria_s_ministers_speak_for_the_government(extractor: Extractor) -> None:
    for text in [
        'The governor of Rif Dimashq said the town would be "fully returned to the state" within '
        "days.",
        "Syria's sports minister said in Damascus that the government would cover the team's "
        "travel costs.",
    ]:
        assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["SYR_GOV"]
    text = 'A Guards spokesman said Iran "will take revenge for the blood of our martyrs".'
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["IRN"]


def test_the_masdar_of_a_hollow_speech_verb_says_nothing(extractor: Extractor) -> None:
    # "إضافة إلى", "في إشارة إلى", "إفادة": nouns that fold like "أضاف", "أشار", "أفاد" with a suffix
    text = (
        "أعلن الرئيس الروسي فلاديمير بوتين أن الحكومة السورية وفصائل المعارضة وقعت اتفاقاً لوقف "
        "إطلاق النار، إضافة إلى وثيقة حول الاستعداد لبدء مفاوضات سلام."
    )
    said = _statements(extractor, text, "ar")
    assert [speaker for speaker, _ in said] == ["putin"]
    assert not any(words.startswith("إلى وثيقة") for _, words in said)


def test_the_verb_of_an_attribution_says_nothing_more(extractor: Extractor) -> None:
    text = (
        "وشن طيران التحالف الدولي، صباح اليوم، سبع غارات على مواقع التنظيم في محيط صوران، وفق ما "
        "أعلنت القيادة المركزية الأميركية في بيان، دون تحديد عدد القتلى."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["USA"]


def test_a_charge_participle_speaks_for_the_party_its_sentence_opens_with(
    extractor: Extractor,
) -> None:
    text = (
        "حلب\n\n"
        "وقال لافروف إن على واشنطن «فصل المعارضة المعتدلة عن الإرهابيين».\n\n"
        "وكانت واشنطن قد علقت مطلع الشهر الجاري محادثاتها الثنائية مع موسكو بشأن سوريا، متهمة "
        "إياها بعدم الوفاء بالتزاماتها بموجب اتفاق أيلول/سبتمبر."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["lavrov", "USA"]


def test_a_verb_that_speaks_only_with_marked_words(extractor: Extractor) -> None:
    # "تابع" with a noun goes on with an act; with a colon or "أن" it goes on speaking
    text = "وتابعت الفصائل تقدمها خلال ساعات المساء لتسيطر على مدينة طيبة الإمام."
    assert _statements(extractor, text, "ar") == []
    text = "وتابع لافروف أن روسيا مستعدة للحوار."
    assert _statements(extractor, text, "ar") == [("lavrov", "روسيا مستعدة للحوار")]


def test_a_participle_after_unnamed_people_is_not_the_last_speaker_s(extractor: Extractor) -> None:
    text = (
        "Putin said Russia would cut output. Analysts cautioned that the price war between "
        "producers was far from over, noting that Saudi Arabia and Iran still disagree over how "
        "to share out any cut."
    )
    assert _statements(extractor, text, "en") == [("putin", "Russia would cut output")]


def test_other_spellings_of_un_bodies_and_officials_speak_for_the_un(extractor: Extractor) -> None:
    for text in [
        "وقال برنامج الغذاء العالمي إن المساعدات لم تصل إلى المدينة.",
        "وقال ستيفن أوبرايان إن المساعدات لم تصل إلى المدينة.",
        "وقال المتحدث ستيفان دوغاريك إن المساعدات لم تصل إلى المدينة.",
        "وأوضح المكتب الأممي في بيان أن المساعدات لم تصل إلى المدينة.",
    ]:
        assert [s for s, _ in _statements(extractor, text, "ar")] == ["UN"], text


def test_an_officer_who_defected_from_the_army_speaks_for_the_opposition(
    extractor: Extractor,
) -> None:
    for text in [
        "وقال ضابط منشق عن الجيش السوري إن الفصائل صدت الهجوم.",
        "وقال العميد المنشق أحمد رحال إن الفصائل صدت الهجوم.",
    ]:
        assert [s for s, _ in _statements(extractor, text, "ar")] == ["SYR_OPP"], text


def test_what_a_statement_of_a_party_says_is_its_statement(extractor: Extractor) -> None:
    for text, speaker in [
        ("وجاء في بيان للخارجية الروسية أن موسكو تدين الهجوم على السفارة.", "RUS"),
        ("وجاء في تقرير للأمم المتحدة أن 600 ألف شخص يعيشون تحت الحصار.", "UN"),
    ]:
        assert [s for s, _ in _statements(extractor, text, "ar")] == [speaker], text


def test_a_spokesman_for_a_person_goes_on_speaking_for_the_party(extractor: Extractor) -> None:
    text = (
        "A spokesman for de Mistura said the talks would resume next week. He added that "
        "delegations would arrive in Geneva on Sunday."
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["UN", "UN"]


def test_a_promise_told_inside_reported_words_is_part_of_them(extractor: Extractor) -> None:
    # "وعدت" after "أن واشنطن" is Washington's promise in Lavrov's words, not Washington speaking;
    # "مشيراً" goes on with Lavrov
    text = (
        "وأوضح لافروف أن واشنطن وعدت بفصل المعارضة المعتدلة عن جبهة النصرة، مشيراً إلى أن ذلك "
        "«لم يحدث»."
    )
    found = _statements(extractor, text, "ar")
    assert [s for s, _ in found] == ["lavrov", "lavrov"]
    assert found[0][1].startswith("واشنطن وعدت")


def test_a_military_source_within_a_quoted_group_speaks_for_that_group(
    extractor: Extractor,
) -> None:
    text = "وقال مصدر عسكري في «الجيش الحر» إن قوات النظام قصفت مدينة درعا."
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["FSA"]


def test_the_un_human_rights_office_speaks_for_the_un(extractor: Extractor) -> None:
    text = "وقالت المتحدثة باسم مكتب حقوق الإنسان رافينا شمدساني إن قوات النظام قتلت مدنيين في حلب."
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["UN"]


def test_repeating_replying_and_pledging_verbs_report_speech(extractor: Extractor) -> None:
    # "ردّ نظيره الروسي بأن", "فتكرر أن", "متعهداً بأن": speech with a complementiser, while
    # "رداً على" (in response to) says nothing
    text = (
        "عنوان\n\nقال كيري إن على روسيا «وقف تحليق الطيران»، فيما ردّ لافروف بأن موسكو «لن تقبل "
        "بشروط أحادية الجانب».\n\nأما الخارجية الروسية فتكرر أن المعارضة «لم تنفصل يوماً عن جبهة "
        "النصرة».\n\nوقال مصدر عسكري سوري إن الطيران استهدف مقرات الحزب، رداً على «اعتداءات "
        "الأسايش المتكررة»."
    )
    found = _statements(extractor, text, "ar")
    assert ("lavrov", "موسكو «لن تقبل بشروط أحادية الجانب»") in found
    assert ("RUS", "المعارضة «لم تنفصل يوماً عن جبهة النصرة»") in found
    assert not any(t.startswith("اعتداءات") for _, t in found)


def test_words_said_in_a_relative_clause_are_its_owners(extractor: Extractor) -> None:
    # "تصريحات أردوغان ...، التي قال فيها إن": Erdogan's words, said in his statements
    text = (
        "عنوان\n\nغير أن تصريحات أردوغان الثلاثاء الماضي، التي قال فيها إن القوات التركية «دخلت "
        "سوريا لإنهاء حكم الأسد»، أربكت هذا التفاهم."
    )
    found = _statements(extractor, text, "ar")
    assert [s for s, t in found if t.startswith("القوات التركية")] == ["erdogan"]


def test_the_topic_of_amma_speaks_past_its_relative_aside(extractor: Extractor) -> None:
    # "أما نائب الرئيس الأميركي جو بايدن، الذي وصل إلى أنقرة أمس، فقال إن": the topic speaks,
    # not the speaker of the paragraph before
    text = (
        "عنوان\n\nقالت وزارة الخارجية السورية في بيان إن العملية «خرق سافر للسيادة السورية».\n\n"
        "أما نائب الرئيس الأميركي جو بايدن، الذي وصل إلى أنقرة أمس في زيارة رسمية، فقال إن على "
        "المقاتلين الأكراد «العودة إلى شرق الفرات»."
    )
    found = _statements(extractor, text, "ar")
    assert [s for s, t in found if t.startswith("على المقاتلين")] == ["USA"]


def test_a_participle_in_an_amma_sentence_goes_on_with_its_topic(extractor: Extractor) -> None:
    # "أما واشنطن، التي باركت العملية، فقد عادت لتصف ...، داعيةً الطرفين": Washington calls on
    # them, not the Turkish army quoted before
    text = (
        "عنوان\n\nقال الجيش التركي إن غاراته «استهدفت مسلحين فقط».\n\nأما واشنطن، التي باركت "
        "العملية في يومها الأول، فقد عادت لتصف الاشتباكات بين حليفيها بأنها «غير مقبولة»، داعيةً "
        "الطرفين إلى «التركيز على قتال داعش»."
    )
    found = _statements(extractor, text, "ar")
    assert [s for s, t in found if "قتال داعش" in t] == ["USA"]


def test_worth_mentioning_is_no_one_speaking(extractor: Extractor) -> None:
    # "دون مقاومة تذكر" (resistance worth mentioning), "يذكر أن" (it is worth noting): no
    # speaker, least of all the party named next
    text = (
        "عنوان\n\nسيطرت الفصائل على جرابلس في غضون ساعات، ومن دون مقاومة تذكر من تنظيم «داعش»، "
        "اتجهت الأرتال جنوباً نحو قرى تسيطر عليها قوات سوريا الديمقراطية."
    )
    assert _statements(extractor, text, "ar") == []


def test_a_participle_closing_its_phrase_is_an_adjective(extractor: Extractor) -> None:
    # "وسط إجراءات أمنية مشددة، فيما": strict measures, no one "stressing"
    text = (
        "عنوان\n\nقال دي ميستورا إن الأمم المتحدة لم تُستشر في الاتفاق.\n\nوشوهدت الحافلات وهي "
        "تعبر حاجز المدينة الشمالي وسط إجراءات أمنية مشددة، فيما وقف عدد من الأهالي يودّعون "
        "منازلهم المدمرة."
    )
    assert [t for _, t in _statements(extractor, text, "ar")] == [
        "الأمم المتحدة لم تُستشر في الاتفاق"
    ]


def test_the_hearers_after_told_are_no_part_of_quoted_words(extractor: Extractor) -> None:
    # "told reporters the Russian move was "a stunt"": the words begin after the hearers
    text = (
        'Title\n\nU.S. Ambassador Samantha Power told reporters the Russian move was "a stunt '
        'replete with moralism and grandstanding".'
    )
    texts = [t for _, t in _statements(extractor, text, "en")]
    assert texts == ['the Russian move was "a stunt replete with moralism and grandstanding"']


def test_the_government_after_turkey_is_ankara(extractor: Extractor) -> None:
    # "Erdogan ... added that the government would announce new incentives", after Turkey was
    # named: Turkey's
    doc = make_doc(
        'Title\n\nTurkey\'s lira fell to a record low on Friday.\n\n"Let the lira gain value," Erdogan told a business gathering in Istanbul.\n\n'
        'He said the lira\'s fall was the result of "an economic war" waged by foreign '
        "speculators, and added that the government would announce new incentives for exporters "
        "next week.",
        dt.date(2016, 12, 3),
        "en",  # type: ignore[arg-type]
    )
    assert [c.by for c in extractor(doc).commitments] == [["TUR"]]


def test_reiterating_and_cautioning_verbs_report_speech(extractor: Extractor) -> None:
    text = (
        "Title\n\nLavrov reiterated that Moscow would not abandon its ally. Peskov cautioned that "
        "the truce remained fragile."
    )
    speakers = [s for s, _ in _statements(extractor, text, "en")]
    assert speakers == ["lavrov", "RUS"]


def test_people_hudna_does_not_name_speak_for_no_party(extractor: Extractor) -> None:
    # "Residents said ...": not the words of the minister quoted before
    text = (
        "Title\n\nLavrov said Moscow would keep its jets in Syria. Residents said the strikes had "
        "hit a bakery in the town."
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["lavrov"]


def test_an_aside_asking_not_to_be_named_says_no_words(extractor: Extractor) -> None:
    text = (
        "عنوان\n\nوقال المسؤول التركي، الذي طلب عدم الكشف عن اسمه، إن أنقرة أبلغت موسكو بالعملية."
    )
    assert _statements(extractor, text, "ar") == [("TUR", "أنقرة أبلغت موسكو بالعملية")]


def test_a_term_in_quotes_is_no_one_s_words(extractor: Extractor) -> None:
    text = (
        "Headline\nRussian warplanes resumed air strikes on Thursday, hours after a "
        '"humanitarian pause" announced by Moscow expired.'
    )
    assert _statements(extractor, text, "en") == []


def test_the_source_of_a_named_speakers_words_says_none_of_its_own(
    extractor: Extractor,
) -> None:
    text = (
        "Headline\n\nSecretary of State John Kerry, in a phone call with Lavrov on Wednesday, "
        "urged Moscow to help end the fighting around Aleppo, the State Department said. "
        'Lavrov called the strike "a provocation," the ministry said.'
    )
    assert _statements(extractor, text, "en") == [
        ("kerry", "Moscow to help end the fighting around Aleppo"),
        ("lavrov", 'the strike "a provocation,"'),
    ]


def test_the_source_still_asserts_the_acts_it_tells(extractor: Extractor) -> None:
    text = (
        "Headline\n\nSecretary of State John Kerry, in a phone call with Lavrov on Wednesday, "
        "urged Moscow to help end the fighting around Aleppo, the State Department said."
    )
    doc = make_doc(text, dt.date(2016, 11, 22), "en")
    assert [(e.type, e.asserted_by) for e in extractor(doc).events] == [("MEET", "USA")]


def test_an_outlets_name_in_quotes_is_no_words_said(extractor: Extractor) -> None:
    text = (
        "عنوان\n\nوفي تصريح لقناة «روسيا اليوم»، شدد لافروف على ضرورة فصل المعارضة المعتدلة عن "
        "«جبهة النصرة»."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["lavrov"]
    assert "روسيا اليوم" not in _statements(extractor, text, "ar")[0][1]


def test_a_question_put_to_the_speaker_is_not_his(extractor: Extractor) -> None:
    text = (
        'Headline\n\nAsked whether Russia would withdraw, Peskov said: "There are no such plans."'
    )
    assert _statements(extractor, text, "en") == [("RUS", "There are no such plans")]


def test_a_name_in_apposition_speaks_for_the_description_before_it(
    extractor: Extractor,
) -> None:
    text = (
        "Syria's main opposition bloc, the High Negotiations Committee, said it would accept a "
        "temporary truce only if Russia stopped bombing civilians."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["HNC"]


def test_the_answers_of_a_question_and_answer_transcript_are_its_hosts(
    extractor: Extractor,
) -> None:
    """ "س: ... ج: ...": each answer is the words of whom the title gives the floor to; the
    questions are nobody's."""
    text = (
        "مؤتمر صحفي للمتحدثة باسم الخارجية الروسية\n\n"
        "س: هل انتهت الهدنة في حلب؟\n\n"
        "ج: الهدنة لم تنته، لكن الإرهابيين يخرقونها يومياً. وسنواصل العمل مع الجانب الأمريكي.\n\n"
        "س: ماذا عن قافلة المساعدات؟\n\n"
        "ج: لم تشارك الطائرات الروسية في أي ضربة على القافلة."
    )
    assert _statements(extractor, text, "ar") == [
        ("RUS", "الهدنة لم تنته، لكن الإرهابيين يخرقونها يومياً. وسنواصل العمل مع الجانب الأمريكي"),
        ("RUS", "لم تشارك الطائرات الروسية في أي ضربة على القافلة"),
    ]


def test_a_besieged_towns_negotiating_committee_speaks_for_the_opposition(
    extractor: Extractor,
) -> None:
    """ "عضو في لجنة التفاوض": the committee that negotiates a town's settlement is its fighters'."""
    text = (
        "وقال عضو في لجنة التفاوض لـ«نبض العاصي» إن النظام «ربط إدخال الغذاء بخروج دفعة جديدة من "
        "المقاتلين، وهذا ما لم نتفق عليه»."
    )
    assert [sp for sp, _t in _statements(extractor, text, "ar")] == ["SYR_OPP"]


def test_a_speakers_wish_to_stay_unnamed_says_no_words(extractor: Extractor) -> None:
    """ "وقال مسؤول روسي، طلب عدم ذكر اسمه، إن «...»": the aside's "طلب" asks for nothing said."""
    text = (
        "عنوان\n\nوقال مسؤول روسي، طلب عدم ذكر اسمه، إن «القبول بالاتفاق لم يكن خياراً بل إكراهاً»."
    )
    assert _statements(extractor, text, "ar") == [("RUS", "القبول بالاتفاق لم يكن خياراً بل إكراهاً")]


def test_a_bare_military_source_speaks_for_the_government_in_english_too(
    extractor: Extractor,
) -> None:
    """ "SANA quoted a military source as saying": as "مصدر عسكري", the army's; a source with a
    party's adjective is that party's."""
    quoted = (
        "Title\n\nSANA quoted a military source as saying army units had repelled an attack on "
        "Ramouseh."
    )
    assert [sp for sp, _t in _statements(extractor, quoted, "en")] == ["SYR_GOV"]
    turkish = "Title\n\nA Turkish military source said the jets struck Jarablus."
    assert [sp for sp, _t in _statements(extractor, turkish, "en")] == ["TUR"]


def test_a_request_after_a_preposition_is_a_noun_not_a_speech_verb(extractor: Extractor) -> None:
    """ "تلقت موافقة الحكومة السورية على طلبها إدخال قوافل": her request, no new words begin."""
    text = (
        "عنوان\n\n"
        "وكانت الأمم المتحدة قد أعلنت أنها تلقت موافقة الحكومة السورية على طلبها إدخال قوافل إلى "
        "مضايا، مؤكدة أنها ستُرسل الشاحنات «خلال الأيام القليلة المقبلة»."
    )
    assert _statements(extractor, text, "ar") == [
        ("UN", "تلقت موافقة الحكومة السورية على طلبها إدخال قوافل إلى مضايا"),
        ("UN", "ستُرسل الشاحنات «خلال الأيام القليلة المقبلة»"),
    ]


def test_a_charge_joined_by_but_he_is_the_speakers_before(extractor: Extractor) -> None:
    """ "قال لافروف إن ...، لكنه اتهم الولايات المتحدة بأنهم «...»": Lavrov charges, Washington
    is charged."""
    text = (
        "عنوان\n\n"
        "من جهته، قال وزير الخارجية الروسي سيرغي لافروف إن لقاء لوزان «كان مفيداً»، لكنه اتهم "
        "الولايات المتحدة وحلفاءها بأنهم «لا يفعلون شيئاً لإخراج مقاتلي النصرة من شرق حلب»."
    )
    assert [sp for sp, _t in _statements(extractor, text, "ar")] == ["lavrov", "lavrov"]


def test_a_joined_verb_with_its_own_subject_after_it_is_that_subjects(
    extractor: Extractor,
) -> None:
    """ "تلقى الأسد اتصالاً من بوتين ...، وأكد بوتين خلاله أن ...": Putin says it, not Assad."""
    text = (
        "عنوان\n\n"
        "وكان الرئيس الأسد تلقى اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين هنأه فيه باستعادة "
        "المدينة، وأكد بوتين خلاله أن روسيا ستواصل دعم الجيش السوري في مكافحة الإرهاب."
    )
    assert [sp for sp, _t in _statements(extractor, text, "ar")] == ["putin"]


def test_a_line_opening_on_a_speakers_name_is_the_whole_turn(extractor: Extractor) -> None:
    """ "كوناشينكوف: ... . وخلال الليلة الماضية نفذت قاذفاتنا ٦٤ غارة": the turn goes to the
    line's end, so the strike of "our bombers" is his side's, told by it."""
    text = (
        "إيجاز وزارة الدفاع الروسية\n\n"
        "سؤال: كيف عاد «داعش» إلى تدمر؟\n"
        "كوناشينكوف: شن نحو أربعة آلاف مسلح من التنظيم هجوماً واسعاً على المدينة. وخلال الليلة "
        "الماضية نفذت قاذفاتنا ٦٤ غارة على أرتالهم في محيط المدينة.\n"
    )
    said = _statements(extractor, text, "ar")
    assert [sp for sp, _t in said] == ["RUS"] and said[0][1].endswith("في محيط المدينة")


def test_a_turn_labelled_by_a_title_is_the_person_the_lead_gives_it(extractor: Extractor) -> None:
    """ "President Barack Obama held his news conference ..." then "THE PRESIDENT: ...": Obama's
    words, not merely his government's."""
    text = (
        "Obama: Assad cannot slaughter his way to legitimacy\n\n"
        "WASHINGTON - President Barack Obama held his end-of-year news conference on Friday. "
        "Excerpts:\n\n"
        "Q: Do you bear any responsibility for what happened in Aleppo?\n\n"
        "THE PRESIDENT: I always feel responsible. But the Assad regime and its allies chose this "
        "outcome.\n\n"
        "Q: Will you support sending monitors?\n\n"
        "THE PRESIDENT: Yes. Samantha Power will press for a Security Council vote this weekend."
    )
    said = _statements(extractor, text, "en")
    assert {sp for sp, _t in said} == {"obama"} and len(said) >= 2


def test_the_answers_go_to_whom_the_lead_names_first_not_last(extractor: Extractor) -> None:
    """ "قال المتحدث باسم الهيئة ... إن الهيئة «لن تعود ... قبل رفع الحصار الذي يفرضه النظام»"
    then "سؤال: ... جواب: ...": the HNC's spokesman answers, not the regime named last."""
    text = (
        "المسلط: لا عودة إلى المفاوضات قبل رفع الحصار\n\n"
        "قال المتحدث باسم الهيئة العليا للمفاوضات في مؤتمر صحفي عقده مساء اليوم في جنيف إن الهيئة "
        "«لن تعود إلى المفاوضات قبل رفع الحصار الذي يفرضه النظام». وهذه مقتطفات من الأجوبة:\n\n"
        "سؤال: هل هذا انسحاب نهائي من جنيف؟\n"
        "جواب: ليس انسحاباً، بل تعليق. سيغادر معظم أعضاء الوفد جنيف غداً.\n"
    )
    said = _statements(extractor, text, "ar")
    assert said[-1] == ("HNC", "ليس انسحاباً، بل تعليق. سيغادر معظم أعضاء الوفد جنيف غداً")


def test_the_ministry_is_the_body_named_before_with_that_head(extractor: Extractor) -> None:
    """ "وجّهت وزارة الخارجية والمغتربين ... رسالتين ... واعتبرت الوزارة أن ...": the Syrian
    ministry (actors.yaml `headed_forms`); with no ministry named before, "الوزارة" is no one."""
    text = (
        "عنوان\n\n"
        "وجّهت وزارة الخارجية والمغتربين اليوم رسالتين متطابقتين إلى الأمين العام للأمم المتحدة.\n\n"
        "واعتبرت الوزارة أن استهداف المشافي «جريمة حرب موصوفة» يتحمل مسؤوليتها داعمو الإرهاب."
    )
    said = _statements(extractor, text, "ar")
    assert said and {sp for sp, _t in said} == {"SYR_GOV"}
    alone = "عنوان\n\nواعتبرت الوزارة أن استهداف المشافي «جريمة حرب موصوفة»."
    assert _statements(extractor, alone, "ar") == []


def test_a_call_after_a_turn_opener_is_the_new_speakers(extractor: Extractor) -> None:
    """ "في المقابل، دعت المندوبة الأميركية سامانثا باور المجلس إلى «التحرك بسرعة»": the
    American envoy calls, the Russian one who spoke before does not."""
    text = (
        "عنوان\n\n"
        "أما المندوب الروسي فيتالي تشوركين فاعتبر أن الاستنتاجات «تحتاج إلى دراسة متأنية».\n\n"
        "في المقابل، دعت المندوبة الأميركية سامانثا باور المجلس إلى «التحرك بسرعة» لمحاسبة "
        "المسؤولين."
    )
    assert [sp for sp, _t in _statements(extractor, text, "ar")] == ["RUS", "USA"]


def test_a_turn_label_in_capitals_but_for_its_mc_is_a_label(extractor: Extractor) -> None:
    """ "MR. McGURK: ...": McGurk's turns, not part of the senator's question before them."""
    text = (
        "McGurk tells senators Manbij is encircled\n\n"
        "SEN. CORKER: Where does the Manbij operation stand?\n\n"
        "MR. McGURK: The Syrian Democratic Forces launched their offensive against ISIL in Manbij "
        "on May 31, and as of this morning their fighters have fully surrounded the city.\n\n"
        "SEN. CARDIN: What happened at al-Tanf?\n\n"
        "MR. McGURK: On June 16 Russian aircraft bombed a camp of rebels we support near al-Tanf."
    )
    said = _statements(extractor, text, "en")
    turns = [(sp, t[:20]) for sp, t in said if t.startswith(("The Syrian", "On June 16"))]
    assert turns == [("USA", "The Syrian Democrati"), ("USA", "On June 16 Russian a")]
    assert not any("McGURK" in t for _sp, t in said)


def test_he_after_a_live_blog_caption_is_the_captions_speaker(extractor: Extractor) -> None:
    """ "17:24 De Mistura on the talks: "...". He adds that ...": de Mistura adds, not the speaker
    of the entry before."""
    text = (
        "Live: Syria support group meets in Vienna\n\n"
        '17:18 Lavrov says Russia "is ready to help" with the logistics.\n\n'
        '17:24 De Mistura on the talks: "We need a credible date, and I am not giving you one '
        'today". He adds that the next round will not happen "just for the sake of meeting".'
    )
    said = _statements(extractor, text, "en")
    assert ("de_mistura", 'the next round will not happen "just for the sake of meeting"') in said


def test_a_tickers_urgent_stamped_entry_is_its_labels_words(extractor: Extractor) -> None:
    text = (
        "عاجل: «جيش الفتح» يسيطر على خان طومان\n\n"
        "عاجل | ١٨:٠٥ - مصدر عسكري سوري: الجيش أعاد تموضعه في محيط خان طومان و«سيستعيد البلدة خلال أيام».\n\n"
        "عاجل | ٢١:١٥ - ناشطون: قوات النظام تقصف بالمدفعية حي الشيخ سعيد."
    )
    assert (
        "SYR_GOV",
        "الجيش أعاد تموضعه في محيط خان طومان و«سيستعيد البلدة خلال أيام»",
    ) in _statements(extractor, text, "ar")


def test_a_present_tense_announcement_is_a_statement(extractor: Extractor) -> None:
    text = "عاجل\n\n20:40 - الخارجية الأمريكية تعلن مساء اليوم التوصل مع موسكو إلى تفاهم على تمديد التهدئة."
    assert _statements(extractor, text, "ar") == [
        ("USA", "التوصل مع موسكو إلى تفاهم على تمديد التهدئة")
    ]


def test_a_present_speech_verb_after_an_or_lam_says_nothing_yet(extractor: Extractor) -> None:
    planned = "ومن المقرر أن تعلن الهيئة العليا للمفاوضات موقفها النهائي بعد اجتماع في الرياض."
    assert _statements(extractor, planned, "ar") == []
    unsaid = "وحذّر خبراء من أزمة إذا لم تعلن الحكومة السورية شروطاً واضحة للمناقصات."
    assert _statements(extractor, unsaid, "ar") == []
    # "before he said": said
    said = "علّق المكتب إرسال القوافل، قبل أن يقول المتحدث باسم الأمم المتحدة إن المنظمة ستستأنفها."
    assert [speaker for speaker, _ in _statements(extractor, said, "ar")] == ["UN"]


def test_a_participle_after_an_attribution_goes_on_with_its_speaker(extractor: Extractor) -> None:
    text = (
        "Islamic State fighters overran the ridge shortly after the raid, the Syrian army said in a "
        'statement, calling the strike "conclusive proof" that Washington supports the jihadists.'
    )
    assert ("SYR_GOV", "Washington supports the jihadists") in _statements(extractor, text, "en")


def test_the_statement_as_an_attributions_subject_is_its_issuer(extractor: Extractor) -> None:
    text = (
        "The Turkish military said in a statement that Turkish jets had struck three targets. One "
        "FSA fighter was killed when Islamic State militants attacked their positions near "
        "Akhtarin, the statement added."
    )
    said = _statements(extractor, text, "en")
    assert [speaker for speaker, _ in said] == ["TUR", "TUR"]
    assert said[1][1].startswith("One FSA fighter was killed")


def test_a_source_quoted_by_an_agency_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Live\n\n07:40 A Syrian military source quoted by the state news agency says the army "
        '"killed hundreds" of IS fighters.'
    )
    assert _statements(extractor, text, "en") == [
        ("SYR_GOV", 'the army "killed hundreds" of IS fighters')
    ]


def test_a_meeting_aside_after_the_speaker_keeps_him_the_speaker(extractor: Extractor) -> None:
    text = (
        "Live\n\n10:20 Assad, meeting a visiting French parliamentary delegation in Damascus on "
        'Sunday, says that the recapture is "an important achievement".'
    )
    assert _statements(extractor, text, "en") == [
        ("assad", 'the recapture is "an important achievement"')
    ]


def test_unicef_speaks_for_the_un(extractor: Extractor) -> None:
    text = "ودعت اليونيسف جميع أطراف النزاع إلى «إبقاء المدارس خارج دائرة الاستهداف»."
    # (the call runs from those called on, as when a party is called on)
    assert _statements(extractor, text, "ar") == [
        ("UN", "جميع أطراف النزاع إلى «إبقاء المدارس خارج دائرة الاستهداف»")
    ]
    director = "وقال أنتوني ليك إن الهجوم «إذا كان متعمداً، يُعدّ جريمة حرب»."
    assert [speaker for speaker, _ in _statements(extractor, director, "ar")] == ["UN"]


def test_the_army_general_command_in_english_is_the_government(extractor: Extractor) -> None:
    text = (
        "The General Command of the Army and the Armed Forces announced on Thursday evening that "
        "army units had restored security and stability to all neighborhoods of Aleppo city."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["SYR_GOV"]


def test_russias_reconciliation_centre_at_its_base_speaks(extractor: Extractor) -> None:
    text = (
        'Russia\'s reconciliation centre at Hmeimim, meanwhile, accused "militant groups" of '
        "violating the truce 31 times in Hama province over the past 24 hours."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "en")] == ["RUS"]
    seat = (
        "Russia's reconciliation centre at the Hmeimim air base said it had counted 23 breaches by "
        "rebel factions during the first 24 hours."
    )
    assert [speaker for speaker, _ in _statements(extractor, seat, "en")] == ["RUS"]


def test_qailan_after_a_comma_is_the_clauses_subject_speaking(extractor: Extractor) -> None:
    text = (
        "ورفض مندوب سوريا لدى الأمم المتحدة بشار الجعفري نتائج التقرير، قائلاً إن التحقيق «اعتمد "
        "على شهود زور قدّمتهم جماعات إرهابية»."
    )
    assert _statements(extractor, text, "ar") == [
        ("SYR_GOV", "التحقيق «اعتمد على شهود زور قدّمتهم جماعات إرهابية»")
    ]


def test_a_kurdish_official_speaks_for_the_kurdish_forces(extractor: Extractor) -> None:
    text = (
        "دعت واشنطن الأطراف إلى «وقف التصعيد فوراً»، في حين أكد مسؤول كردي أن الوحدات «لن تنسحب "
        "من أي قرية حررتها»."
    )
    assert _statements(extractor, text, "ar")[-1] == (
        "SDF",
        "الوحدات «لن تنسحب من أي قرية حررتها»",
    )
    # "Kurdish sources" report, they are no party's voice
    sources = "وقتل ستة مدنيين في الحسكة، بحسب مصادر كردية مطلعة."
    assert [s for s, _ in _statements(extractor, sources, "ar")] != ["SDF"]


def test_a_participle_after_a_verb_that_said_nothing_has_its_clauses_subject(
    extractor: Extractor,
) -> None:
    # "رحبت ... باستعادة المدينة" names what was welcomed, no words: "معلنة أن" is the subject's
    text = (
        "ورحبت المديرة العامة لليونسكو إيرينا بوكوفا باستعادة المدينة، معلنة أن المنظمة ستوفد "
        "بعثة لتقييم الأضرار في المواقع الأثرية."
    )
    assert _statements(extractor, text, "ar") == [
        ("UN", "المنظمة ستوفد بعثة لتقييم الأضرار في المواقع الأثرية")
    ]
    # a verb whose words were said by someone Hudna does not name: the participle is theirs too
    unnamed = (
        "وقال وزير الزراعة المصري إن الحكومة ستلتزم بالمعايير الدولية، مؤكداً أن «صفحة الأزمة طويت»."
    )
    assert _statements(extractor, unnamed, "ar") == []


def test_a_participle_opening_with_a_place_has_the_subject_after_it(extractor: Extractor) -> None:
    text = (
        "أعلن حزب الله أن القائد مصطفى بدر الدين قتل في قصف قرب مطار دمشق.\n\n"
        "وفي طهران، قدّم المتحدث باسم الخارجية الإيرانية حسين جابري أنصاري تعازيه إلى قيادة "
        "الحزب، معتبراً أن «دماء الشهيد ستروي شجرة المقاومة في المنطقة»."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["HEZBOLLAH", "IRN"]


def test_the_source_of_an_attribution_goes_on_speaking(extractor: Extractor) -> None:
    text = (
        "أصيب سبعة مواطنين بحالات اختناق في حي الحمدانية، بحسب ما صرّح به مصدر عسكري لمراسلنا.\n\n"
        "وأوضح المصدر أن وحدات الجيش تصدت فجر اليوم لهجوم واسع شنه إرهابيو «جيش الفتح»."
    )
    assert _statements(extractor, text, "ar") == [
        ("SYR_GOV", "أصيب سبعة مواطنين بحالات اختناق في حي الحمدانية"),
        ("SYR_GOV", "وحدات الجيش تصدت فجر اليوم لهجوم واسع شنه إرهابيو «جيش الفتح»"),
    ]


def test_the_statement_speaks_for_who_issued_it(extractor: Extractor) -> None:
    text = (
        "أعلن حزب الله، صباح اليوم السبت، أن القائد مصطفى بدر الدين قتل في قصف مدفعي.\n\n"
        "وأكد البيان، الذي صدر بعد تحقيقات استمرت أكثر من يوم، أن هذه الجريمة «ستزيدنا عزماً»."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["HEZBOLLAH", "HEZBOLLAH"]


def test_the_pluperfects_subject_named_by_title_and_nationality(extractor: Extractor) -> None:
    text = (
        "وكان رئيس الوزراء الروسي دميتري مدفيديف قد قال في ميونيخ يوم السبت إن العالم «انزلق إلى "
        "حقبة حرب باردة جديدة»."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["RUS"]
    # a title with no party's nationality is no party's, not the one spoken of before
    saudi = (
        "وقال المعلم إن دمشق «لن توقف النار».\n\nوكان المتحدث باسم التحالف العربي في اليمن أحمد "
        "عسيري قد أعلن الخميس أن الرياض مستعدة للمشاركة في أي عملية برية ضد داعش."
    )
    assert [s for s, _ in _statements(extractor, saudi, "ar")] == ["SYR_GOV"]


def test_amma_with_a_spokesman_for_a_party_is_that_party(extractor: Extractor) -> None:
    text = (
        "وقال شرفان درويش إن «منبج لأهلها».\n\nأما المتحدث باسم التحالف الكولونيل كريس غارفر فأكد أن "
        "«المقاتلين العرب المحليين سيتولون أمن المدينة»."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["SDF", "USA"]


def test_words_said_in_letters_the_subject_sent_are_the_subjects(extractor: Extractor) -> None:
    text = (
        "وجّهت وزارة الخارجية والمغتربين اليوم رسالتين متطابقتين إلى الأمين العام للأمم المتحدة "
        "ورئيس مجلس الأمن، أكدت فيهما أن المجموعات الإرهابية المسلحة استهدفت أمس بالقذائف "
        "الصاروخية مشفى الضبيط في حي المحافظة."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["SYR_GOV"]


def test_a_participle_after_praise_of_a_quoted_thing_is_the_officials(
    extractor: Extractor,
) -> None:
    text = (
        'وقال المتحدث باسم «مجلس منبج العسكري» شرفان درويش إن المجلس "سيتسلم إدارة المدينة".\n\n'
        'وأشاد المبعوث الرئاسي الأميركي لدى التحالف الدولي بريت ماكغورك بـ"الانتصار الحاسم"، '
        "مؤكداً أن طائرات التحالف نفذت أكثر من ٤٥٠ غارة على مواقع التنظيم في المدينة."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["SDF", "USA"]


def test_a_pledge_inside_words_after_a_long_speaker_phrase_is_part_of_them(
    extractor: Extractor,
) -> None:
    text = (
        "وقال بوتين خلال لقائه وزيري الخارجية سيرغي لافروف والدفاع سيرغي شويغو في الكرملين إن "
        "روسيا وتركيا وإيران تعهدت بمراقبة تنفيذ الاتفاق وضمانه."
    )
    assert _statements(extractor, text, "ar") == [
        ("putin", "روسيا وتركيا وإيران تعهدت بمراقبة تنفيذ الاتفاق وضمانه")
    ]


def test_a_call_on_those_no_party_names_after_a_named_speaker(extractor: Extractor) -> None:
    text = (
        "تعرضت داريا لقصف بالبراميل، بحسب ما أفاد المجلس المحلي للمدينة.\n\n"
        "ودعا منسق الشؤون الإنسانية جميع الأطراف إلى السماح بوصول المساعدات دون شروط."
    )
    assert _statements(extractor, text, "ar")[-1] == (
        "UN",
        "جميع الأطراف إلى السماح بوصول المساعدات دون شروط",
    )
    # joined by و to a clause with no speech verb, its speaker is no one read
    egypt = (
        "وقالت الأمم المتحدة إنها تعتزم إرسال قافلة إلى الرستن.\n\n"
        "• الخارجية المصرية تعرب عن «قلق بالغ» إزاء التصعيد في حلب، وتدعو جميع الأطراف إلى ضبط "
        "النفس."
    )
    assert [s for s, _ in _statements(extractor, egypt, "ar")] == ["UN"]


def test_an_indefinite_spokeswoman_for_a_body_named_before(extractor: Extractor) -> None:
    text = (
        "أعلن برنامج الأغذية العالمي أن طائرة تابعة له أسقطت 20 طناً من الحصص الغذائية. وقالت "
        "متحدثة باسم البرنامج إن البرنامج «سوف ينفذ عمليات إسقاط إضافية خلال الأسابيع المقبلة»."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["UN", "UN"]


def test_replies_and_retorts_are_speech_but_a_military_response_is_not(
    extractor: Extractor,
) -> None:
    text = (
        "The State Department replied that it was not interested in joint operations with Russia. "
        "The Russian foreign ministry retorted that Washington wanted “to shift the blame” for its "
        'own failure. Moscow has made clear that its air force will keep striking "terrorists".'
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["USA", "RUS", "RUS"]
    fire = (
        "Turkish officials said its artillery had responded by shelling Islamic State positions "
        "near al-Rai, killing 20 militants."
    )
    assert len(_statements(extractor, fire, "en")) == 1


def test_a_live_blog_label_may_say_where_the_speaker_spoke(extractor: Extractor) -> None:
    text = (
        "17:20 — لافروف في تصريحات للصحافيين بموسكو اليوم: روسيا «لا تزال ملتزمة» باتفاق جنيف، "
        "لكن واشنطن «عاجزة عن فصل المعتدلين عن الإرهابيين»."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["lavrov"]


def test_a_name_spelt_with_turkish_letters_is_the_one_spelt_without(extractor: Extractor) -> None:
    text = (
        "Russia's defence ministry blamed rebels for the breakdown. Foreign Minister Mevlüt "
        "Çavuşoğlu said Turkey would raise the issue with his Russian and Iranian counterparts."
    )
    assert [s for s, _ in _statements(extractor, text, "en")][-1] == "TUR"


def test_an_aside_of_a_coordinator_or_co_leader_keeps_the_name_before_it(
    extractor: Extractor,
) -> None:
    text = (
        'The foreign ministry condemned the incursion as "a flagrant violation" of Syrian '
        "sovereignty. Salih Muslim, co-leader of the PYD, wrote on Twitter that Turkey would be "
        '"defeated in the Syrian quagmire".'
    )
    assert [s for s, _ in _statements(extractor, text, "en")][-1] == "SDF"
    hijab = (
        "Riyad Hijab, coordinator of the opposition High Negotiations Committee, said the "
        "opposition was ready to accept a truce."
    )
    assert [s for s, _ in _statements(extractor, hijab, "en")] == ["HNC"]


def test_provided_that_inside_the_words_does_not_open_them(extractor: Extractor) -> None:
    text = (
        "Riyad Hijab said the opposition was ready to accept a two- to three-week truce provided "
        "that all sides respected it."
    )
    assert _statements(extractor, text, "en") == [
        (
            "HNC",
            "the opposition was ready to accept a two- to three-week truce provided that all "
            "sides respected it",
        )
    ]


def test_an_english_aside_of_a_briefing_keeps_the_name_before_it_the_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "Council\n\nSpecial Envoy Staffan de Mistura, briefing by video link from Geneva, said he "
        "would travel to Damascus next week."
    )
    speakers, promisers = _speakers_and_promisers(extractor, text, dt.date(2016, 10, 26), "en")
    assert speakers == ["de_mistura"]
    assert promisers == [["de_mistura"]]


def test_an_interview_gives_the_floor_by_title_and_name_not_to_the_interviewer(
    extractor: Extractor,
) -> None:
    arabic = (
        "الأسد لـ«الأطلس»: أي دخول بري سيُواجَه كعدوان\n\n"
        "خص الرئيس السوري بشار الأسد صحيفة «الأطلس» بحوار أُجري في دمشق.\n\n"
        "«الأطلس»: كيف تنظرون إلى التهديدات التركية والسعودية الأخيرة؟\n"
        "الرئيس الأسد: نأخذ كل تهديد على محمل الجد. ولن يكون دخول أي قوة أجنبية أرضنا نزهة.\n"
    )
    out = extractor(make_doc(arabic, dt.date(2016, 2, 12), "ar")).to_json_dict()
    assert [(s["speaker"], s["text"]) for s in out["statements"]] == [
        ("assad", "نأخذ كل تهديد على محمل الجد. ولن يكون دخول أي قوة أجنبية أرضنا نزهة")
    ]
    english = (
        "Assad interview\n\nTranscript of the interview President Bashar al-Assad gave Nordlys TV "
        "in Damascus.\n\nNORDLYS: Mr President, what comes after Palmyra?\n\nPRESIDENT ASSAD: "
        "Palmyra was the beginning. Our army will now move east, toward Deir ez-Zor.\n\n"
        "NORDLYS: Many in Europe say Russia's jets did most of the work.\n\nPRESIDENT ASSAD: "
        "Without Russian support we could not have achieved this so quickly."
    )
    out = extractor(make_doc(english, dt.date(2016, 3, 31), "en")).to_json_dict()
    assert [s["text"][:20] for s in out["statements"]] == [
        "Palmyra was the begi",
        "Without Russian supp",
    ]


def test_an_unnamed_official_quoted_by_a_states_own_media_speaks_for_it(
    extractor: Extractor,
) -> None:
    text = (
        "حلب\n\nوقال رئيس الهيئة العليا للمفاوضات رياض حجاب إن «ما يجري في حلب حصار تجويع».\n\n"
        "في المقابل، نقلت وسائل إعلام رسمية سورية عن قائد ميداني قوله إن الجيش «أغلق كل طرق "
        "إمداد الإرهابيين»، وإنه سيمنح المسلحين فرصة «لتسليم أنفسهم»."
    )
    speakers, promisers = _speakers_and_promisers(extractor, text, dt.date(2016, 7, 18), "ar")
    assert speakers == ["HNC", "SYR_GOV"]
    assert promisers == [["SYR_GOV"]]
    # an officer is an official too ("ضابط ميداني")
    officer = (
        "حلب\n\nبث التلفزيون الرسمي السوري مشاهد لجنود في ساحة البلدة، ونقل عن ضابط ميداني "
        "قوله إن الجيش «سيتابع تقدمه نحو الحدود التركية»."
    )
    speakers, _ = _speakers_and_promisers(extractor, officer, dt.date(2016, 2, 4), "ar")
    assert speakers == ["SYR_GOV"]
    # a source the media name by its party is that party's
    named = "حلب\n\nونقلت وسائل إعلام رسمية سورية عن مسؤول في الهيئة العليا للمفاوضات قوله إن الوفد لن يعود."
    speakers, _ = _speakers_and_promisers(extractor, named, dt.date(2016, 7, 18), "ar")
    assert speakers == ["HNC"]


def test_a_turns_opener_between_the_speaker_and_the_words_opens_no_turn(
    extractor: Extractor,
) -> None:
    text = (
        "حلب\n\nوأعلنت منظمة الصحة العالمية من جهتها أنها سترسل شحنة من المستلزمات الجراحية "
        "إلى الأحياء الشرقية «فور فتح الطريق»."
    )
    speakers, promisers = _speakers_and_promisers(extractor, text, dt.date(2016, 11, 30), "ar")
    assert speakers == ["UN"]
    assert promisers == [["UN"]]


def test_a_persons_words_reported_by_a_body_are_the_persons(extractor: Extractor) -> None:
    text = (
        "موسكو\n\nوذكرت الخارجية الروسية أن لافروف شدد خلال الاتصال على ضرورة أن تفصل الولايات "
        "المتحدة الفصائل التي تدعمها عن «جبهة النصرة»."
    )
    speakers, _ = _speakers_and_promisers(extractor, text, dt.date(2016, 6, 17), "ar")
    assert speakers == ["lavrov"]
    english = (
        "Washington\n\nThe State Department said Kerry urged Lavrov to press Damascus to respect "
        "the cessation of hostilities."
    )
    speakers, _ = _speakers_and_promisers(extractor, english, dt.date(2016, 5, 2), "en")
    assert speakers == ["kerry"]


def test_a_name_that_spells_a_speech_verb_says_nothing(extractor: Extractor) -> None:
    text = (
        "أنقرة\n\nوفي أنقرة، وصف المتحدث باسم الرئاسة التركية إبراهيم قالن وحدات حماية الشعب "
        "بأنها «الذراع السورية لمنظمة إرهابية»، معتبراً أن إشراكها في معركة الرقة «خطأ استراتيجي»."
    )
    speakers, _ = _speakers_and_promisers(extractor, text, dt.date(2016, 11, 7), "ar")
    assert set(speakers) == {"TUR"}


def test_a_participle_closing_a_clause_with_its_own_subject_is_that_subjects(
    extractor: Extractor,
) -> None:
    text = (
        "تدمر\n\nوقال مصدر عسكري سوري إن وحدات الهندسة ستبدأ تفكيك الألغام.\n\n"
        "وفي اتصال هاتفي أجراه اليوم مع الرئيس بشار الأسد، هنّأ الرئيس الروسي فلاديمير بوتين "
        "الشعب السوري بتحرير تدمر، مؤكداً أن روسيا «ستواصل دعم سوريا في مكافحة الإرهاب»."
    )
    speakers, _ = _speakers_and_promisers(extractor, text, dt.date(2016, 3, 27), "ar")
    assert speakers == ["SYR_GOV", "putin"]
    # a clause with no subject of its own goes on with the speaker before
    goes_on = (
        "طهران\n\nوقال المتحدث باسم الخارجية الإيرانية إن المستشارين باقون.\n\nكما جدد الدعوة "
        "إلى إنهاء الحصار الذي "
        "تفرضه الجماعات المسلحة على الفوعة وكفريا، مؤكداً أن أي اتفاق للإجلاء «يجب أن يشمل الجرحى»."
    )
    speakers, _ = _speakers_and_promisers(extractor, goes_on, dt.date(2016, 12, 13), "ar")
    assert set(speakers) == {"IRN"}


def test_a_joined_call_on_no_party_before_a_party_in_what_to_do(extractor: Extractor) -> None:
    # the ones called on are no party; the party named after إلى is inside what they should do,
    # and the call is still the speaker's (blind-f, bf-ar-001)
    text = (
        "لافروف\n\n"
        "أما لافروف فأكد أن موسكو «لا تدافع عن أشخاص بل عن الدولة السورية ومؤسساتها»، ودعا الدول "
        "المجاورة إلى إغلاق حدودها أمام تدفق المسلحين والسلاح."
    )
    said = _statements(extractor, text, "ar")
    assert [s for s, _ in said] == ["lavrov", "lavrov"]
    assert said[1][1].startswith("الدول المجاورة إلى إغلاق حدودها")
    # nor need it name anyone called on (blind-i, bi-ar-013)
    # and a demand names what is wanted after بـ ("، وطالب السلطات الأردنية بالسماح")
    for verb, call in (
        ("ودعا", "إلى إغلاق الحدود"),
        ("وطالب", "بإغلاق الحدود"),
        ("وطالب", "السلطات الأردنية بإغلاق الحدود"),
    ):
        text = f"لافروف\n\nوقال لافروف إن الوضع صعب، {verb} {call} أمام تدفق المسلحين والسلاح."
        said = _statements(extractor, text, "ar")
        assert [s for s, _ in said] == ["lavrov", "lavrov"]
        assert said[1][1].startswith(call)


def test_a_paragraph_calling_on_all_goes_on_with_its_speaker(extractor: Extractor) -> None:
    # "ودعا جميع الأطراف إلى": all parties are the ones called on, not a speaker we do not know;
    # and "مذكّراً بأن" reminds of words of the speaker's own (heldout-10, h10-ar-010)
    text = (
        "قوافل إلى مضايا\n\n"
        "وأكد منسق الشؤون الإنسانية في سوريا يعقوب الحلو أن الأمم المتحدة ستعود بقافلة ثانية "
        "يوم الخميس المقبل.\n\n"
        "ودعا جميع الأطراف إلى «رفع الحصار عن كل المناطق المحاصرة في سوريا»، مذكّراً بأن تجويع "
        "المدنيين محظور بموجب القانون الدولي الإنساني."
    )
    said = _statements(extractor, text, "ar")
    assert [s for s, _ in said] == ["UN", "UN", "UN"], said
    assert said[1][1].startswith("جميع الأطراف إلى «رفع الحصار")
    assert said[2][1].startswith("تجويع المدنيين محظور")
    # a speaker named after the verb is still the speaker
    text = "خبر\n\nودعا وزير الخارجية الروسي جميع الأطراف إلى احترام الهدنة."
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["lavrov"]


def test_an_aside_saying_what_the_speaker_is_part_of(extractor: Extractor) -> None:
    # "X, part of Y, said": X speaks, and the party of the aside is not the speaker (blind-o
    # bo-en-005, held-out 17)
    for text, speaker in (
        (
            "Manbij\n\nThe Manbij Military Council, part of the SDF alliance, said it would hand "
            "the city to a civilian council.",
            "SDF",
        ),
        (
            "Aleppo\n\nHezbollah, part of the alliance that Iran leads, said it would send more "
            "fighters to Aleppo.",
            "HEZBOLLAH",
        ),
    ):
        assert [s for s, _ in _statements(extractor, text, "en")] == [speaker]


def test_a_bare_title_before_a_foreign_officials_name_is_no_partys(extractor: Extractor) -> None:
    # "وزير الخارجية سامح شكري": the title alone would be the party's own minister, or the one
    # told before; the name is Egypt's, a state that is no party (speech.yaml foreign_officials;
    # blind-e be-ar-006, blind-f bf-ar-012)
    text = (
        "الهدنة\n\n"
        "وقال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق جيد. وفي القاهرة، دعا وزير "
        "الخارجية سامح شكري جميع الأطراف السورية إلى «الالتزام الكامل» بالاتفاق، مؤكداً دعم مصر لأي "
        "جهد يحقن دماء الشعب السوري."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["IRN"]
    own = text.replace("سامح شكري", "وليد المعلم")
    assert [s for s, _ in _statements(extractor, own, "ar")] == ["IRN", "SYR_GOV", "SYR_GOV"]


def test_words_end_at_a_words_start_not_inside_it(extractor: Extractor) -> None:
    # "دون مقاومة تذكر" (worth mentioning) is no speech verb and ends no words; an imperfect
    # verb's prefix ("ت|رحب") is part of its word, which the words end before, whole
    text = (
        "جرابلس\n\n"
        "وقال المتحدث باسم الجيش التركي إن القوات دخلت المدينة من دون مقاومة تذكر.\n\n"
        "وقال المتحدث باسم «الجيش السوري الحر» إن الفصائل ترفض الاتفاق."
    )
    said = [t for _, t in _statements(extractor, text, "ar")]
    assert said[0] == "القوات دخلت المدينة من دون مقاومة تذكر"
    assert all(not t.endswith((" ت", " ي")) for t in said), said
    # and an imperfect speech verb right in the words after "أن" is their own verb (held-out 16
    # h16-ar-009: "إن الهيئة ترحب بالاتفاق")
    for words in ("الهيئة ترحب بالاتفاق", "انقطاع المياه يهدد حياة السكان"):
        text = f"خبر\n\nوقال مصدر في الأمم المتحدة إن {words}."
        assert [t for _, t in _statements(extractor, text, "ar")] == [words]


def test_a_named_speaker_with_a_title_aside_after_the_words(extractor: Extractor) -> None:
    # "..., Jan Egeland, senior adviser to the UN envoy, told journalists at the Palais des
    # Nations.": the words are before the name, and "at the Palais" is where, not what
    # (blind-c bc-en-003); "Riad Hijab, general coordinator of the HNC, said "..."" is Hijab's
    # though another spoke before (blind-i bi-en-007)
    text = (
        "Aleppo\n\n"
        "The evacuation began on Thursday, Jan Egeland, senior adviser to the UN envoy, told "
        "journalists at the Palais des Nations.\n\n"
        "The Russian Defence Ministry denied that its aircraft had bombed a field hospital.\n\n"
        'Riad Hijab, general coordinator of the High Negotiations Committee, said "no talks can '
        'resume while Idlib burns".'
    )
    said = _statements(extractor, text, "en")
    assert said == [
        ("UN", "The evacuation began on Thursday"),
        ("RUS", "its aircraft had bombed a field hospital"),
        ("HNC", "no talks can resume while Idlib burns"),
    ]


def test_the_army_after_turkeys_forces_is_turkeys(extractor: Extractor) -> None:
    # "the army" speaks for Turkey when Turkey's own guns were just named (blind-i bi-en-006),
    # as after "the Turkish military"; else it is still the Syrian army
    for forces, speaker in (("Turkish artillery", "TUR"), ("Syrian troops", "SYR_GOV")):
        text = (
            "Manbij\n\n"
            f"{forces} also fired overnight on positions of the Kurdish YPG militia near Manbij, "
            "the army said."
        )
        assert [s for s, _ in _statements(extractor, text, "en")] == [speaker]


def test_informed_that_is_speech_informed_of_a_thing_is_not(extractor: Extractor) -> None:
    # "أبلغ" (informed) says words when "أن" opens them (blind-f bf-ar-013, held-out 7
    # h7-ar-007): inside a body's words, the person informing speaks; informed "of the decision"
    # says none (blind-a ba-ar-003, held-out 2 h2-ar-016)
    text = (
        "واشنطن\n\n"
        "وذكرت وزارة الخارجية الأمريكية في بيان أن كيري أبلغ لافروف في اتصال هاتفي أن الولايات "
        "المتحدة ستعلّق تعاونها الثنائي مع روسيا ما لم تتوقف الغارات على حلب."
    )
    ((speaker, words),) = _statements(extractor, text, "ar")
    assert speaker == "kerry" and words.startswith("الولايات المتحدة ستعلّق")
    # (an aside between commas before "أن" is no thing informed of: blind-k bk-ar-011)
    text = (
        "نيويورك\n\n"
        "وكان المبعوث الأممي ستيفان دي ميستورا قد أبلغ المجلس، عبر دائرة تلفزيونية من جنيف، أن "
        "نحو 270 ألف شخص ما زالوا محاصرين في الأحياء الشرقية."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["de_mistura"]
    text = (
        "موسكو\n\n"
        "وذكر الكرملين أن بوتين أبلغ نظيره السوري بشار الأسد بالقرار في اتصال هاتفي، وأن الرئيسين "
        "اتفقا على مواصلة التنسيق."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["RUS"]


def test_a_speech_verb_after_a_conjunction_of_time_is_inside_the_words(
    extractor: Extractor,
) -> None:
    # "... «أوقفت الغارة فوراً» بعد أن أبلغها الجانب الروسي بأن ...": when it stopped, told in
    # the command's words, not Russia's own statement (dev-ar-036, held-out 2 h2-ar-006); so
    # with any speech verb after "بعد أن"
    text = (
        "واشنطن\n\n"
        "من جهتها، قالت القيادة المركزية الأميركية في بيان إن قوات التحالف «أوقفت الغارة فوراً» "
        "بعد أن أكد الجانب الروسي أن المستهدفين قد يكونون جنوداً سوريين، معربة عن «الأسف» "
        "لأي خسائر غير مقصودة."
    )
    found = _statements(extractor, text, "ar")
    assert [s for s, _ in found] == ["USA", "USA"]
    assert "المستهدفين قد يكونون" in found[0][1]


def test_a_captions_turn_ends_where_the_line_tells_again_with_a_verb(
    extractor: Extractor,
) -> None:
    # "• دي ميستورا: الهدنة «...».. ودعا المبعوث الأممي ...": the caption's words end with its
    # sentence when the next one opens on a speech verb, the outlet's (blind-n bn-ar-004); both
    # are the envoy's
    text = (
        "حلب\n\n"
        "أبرز التطورات:\n\n"
        "• دي ميستورا: الهدنة «لا تزال قائمة لكنها في خطر كبير».. ودعا المبعوث الأممي واشنطن "
        "وموسكو إلى التدخل «على أعلى مستوى» لإنقاذها.\n"
    )
    found = _statements(extractor, text, "ar")
    assert [s for s, _ in found] == ["de_mistura", "de_mistura"]
    assert found[0][1] == "الهدنة «لا تزال قائمة لكنها في خطر كبير»"


def test_the_centre_is_the_centre_named_before(extractor: Extractor) -> None:
    # "وفي سياق آخر، ذكر المركز أن ...": the Russian reconciliation centre named before, not the
    # governor who spoke last (blind-l bl-ar-011)
    text = (
        "حمص\n\n"
        "أعلن المركز الروسي للمصالحة بين الأطراف المتحاربة في سوريا أن ٢٧٥ مسلحاً غادروا اليوم "
        "حي الوعر.\n\n"
        "وقال محافظ حمص طلال البرازي للصحفيين إن الحافلات «ستعود الأسبوع المقبل».\n\n"
        "وفي سياق آخر، ذكر المركز أن «الإرهابيين» قصفوا أمس حي الزهراء بقذائف الهاون."
    )
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["RUS", "SYR_GOV", "RUS"]


def test_a_speaker_after_a_preposition_and_which_says_words(extractor: Extractor) -> None:
    # "..., after which Dehghan said the three had agreed ...": a clause of time, not a relative
    # clause that only names a verb (blind-k bk-en-008)
    text = (
        "TEHRAN\n\n"
        "Shoigu sat down in Tehran with his Iranian counterpart Hossein Dehghan, after which "
        'Dehghan said the two had agreed on "priority measures" against terrorist groups.'
    )
    assert _statements(extractor, text, "en") == [
        ("IRN", 'the two had agreed on "priority measures" against terrorist groups')
    ]


def test_countered_is_a_speech_verb(extractor: Extractor) -> None:
    # "Churkin countered that ...": his words, and the "He said" after them goes on with him
    # (blind-g bg-en-007)
    text = (
        "UNITED NATIONS\n\n"
        'Russia\'s envoy Vitaly Churkin countered that the French draft was "a propaganda stunt". '
        'He said Moscow was "ready to continue" talks with Washington in Geneva.'
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["RUS", "RUS"]


def test_he_has_said_goes_on_with_the_person_just_told_of(extractor: Extractor) -> None:
    # "He has said ...": a pronoun with its auxiliary is the speaker before (blind-l); after a
    # sentence that opens on a person and says no words ("UN envoy Staffan de Mistura has
    # stayed cautious."), it is that person (blind-g bg-en-006)
    text = (
        "GENEVA\n\n"
        "Kerry said the talks would resume. He has repeatedly said the truce must hold.\n\n"
        "The HNC asked the UN not to lend its name to the evacuations.\n\n"
        "UN envoy Staffan de Mistura has stayed cautious. He has said evacuations must be "
        '"voluntary, safe and dignified".'
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == [
        "kerry",
        "kerry",
        "HNC",
        "de_mistura",
    ]


def test_a_label_verb_joined_by_and_to_a_speech_verb_is_the_speakers(
    extractor: Extractor,
) -> None:
    # "denied that the army had ever used chemical weapons and called the reports "lies ..."":
    # the second verb of the same speaker ends the first words and opens its own (blind-g
    # bg-en-001)
    text = (
        "DAMASCUS\n\n"
        "A Syrian military source denied that the army had ever used chemical weapons and called "
        'the reports "lies fabricated to cover the terrorists\' defeats".'
    )
    found = _statements(extractor, text, "en")
    assert [s for s, _ in found] == ["SYR_GOV", "SYR_GOV"]
    assert found[0][1] == "the army had ever used chemical weapons"


def test_a_partys_spokesmen_speak_for_it(extractor: Extractor) -> None:
    # "Rebel spokesmen have denied ..., saying ...": the plural of "spokesman" is a voice of the
    # party named with it (blind-g bg-en-004)
    text = (
        "ALEPPO\n\n"
        "Rebel spokesmen have denied using toxic substances, saying the government had staged "
        "the incident."
    )
    assert _statements(extractor, text, "en") == [
        ("SYR_OPP", "using toxic substances"),
        ("SYR_OPP", "the government had staged the incident"),
    ]


def test_a_quote_before_and_or_but_is_not_the_next_verbs_words(extractor: Extractor) -> None:
    # 'says it will "deal positively" with the truce but warns the regime will ...': the quote
    # belongs to the first clause; "warns" opens words of its own (blind-f bf-en-006)
    text = (
        "ALEPPO\n\n"
        'The High Negotiations Committee says it will "deal positively" with the truce but warns '
        "the regime will use the lull to move troops towards Aleppo."
    )
    assert _statements(extractor, text, "en") == [
        ("HNC", 'it will "deal positively" with the truce'),
        ("HNC", "the regime will use the lull to move troops towards Aleppo"),
    ]


def test_a_participle_after_an_accord_says_no_words(extractor: Extractor) -> None:
    # "the U.S.-Russian agreement announced in Geneva", "the humanitarian pause declared by the
    # Russian Federation": a participle after an accord's noun, no one speaking (blind-p
    # bp-en-003)
    text = (
        "GENEVA\n\n"
        "The meeting comes after the collapse of the U.S.-Russian agreement announced in Geneva "
        "on Sept. 9."
    )
    assert _statements(extractor, text, "en") == []


def test_a_label_verb_after_an_aside_has_the_subject_before_it(extractor: Extractor) -> None:
    # "Assad, quoted by the Syrian presidency, called the victory "an important achievement"":
    # the aside between the subject and the label verb (blind-d bd-en-002)
    text = (
        "DAMASCUS\n\n"
        'Assad, quoted by the Syrian presidency, called the victory "an important achievement and '
        'further evidence of the success of the strategy".'
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["assad"]


def test_a_rank_in_words_before_a_name_in_apposition(extractor: Extractor) -> None:
    # "Russia's Defence Ministry spokesman, Major General Igor Konashenkov, said ...": a rank in
    # full words between the comma and the name, as ", Col. John Dorrian," (blind-p bp-en-001)
    for rank in ("Major General", "Lieutenant General"):
        text = (
            "MOSCOW\n\n"
            f"The ministry's spokesman, {rank} Igor Konashenkov, said on Monday that Russian "
            "aircraft do not use cluster munitions in Syria."
        )
        assert [s for s, _ in _statements(extractor, text, "en")] == ["RUS"]


def test_an_arabic_dialogues_guest_speaks_for_the_party_he_was_introduced_with(
    extractor: Extractor,
) -> None:
    # "وضيفاها عضو الهيئة العليا للمفاوضات العميد أسعد الزعبي، والباحث ... كمال حداد" then
    # "الزعبي: ..." turns: the High Negotiations Committee's words; the researcher's and the
    # host's are no one's (held-out 19 h19-ar-002)
    text = (
        "«على الخط»: ممرات حلب\n\n"
        "قناة الشهباء - مقتطفات من حلقة الجمعة، وضيفاها عضو الهيئة العليا للمفاوضات العميد أسعد "
        "الزعبي، والباحث في الشؤون الروسية كمال حداد.\n\n"
        "المذيع: مساء الخير. ما رأيكم في الممرات؟\n\n"
        "الزعبي: هذه ليست ممرات إنسانية، بل ممرات للتهجير القسري.\n\n"
        "المذيع: أستاذ كمال، هل موسكو جادة؟\n\n"
        "حداد: موسكو تريد أن تظهر أمام العالم بمظهر من فتح الأبواب.\n\n"
        "الزعبي: لن يقبل أهل حلب بالخروج تحت حراب الميليشيات.\n"
    )
    assert _statements(extractor, text, "ar") == [
        ("HNC", "هذه ليست ممرات إنسانية، بل ممرات للتهجير القسري"),
        ("HNC", "لن يقبل أهل حلب بالخروج تحت حراب الميليشيات"),
    ]


def test_a_dialogues_guest_speaks_for_the_party_of_the_post_after_his_name(
    extractor: Extractor,
) -> None:
    # "مع الدكتور منذر الحلبي، عضو الهيئة العليا للمفاوضات": the post in apposition after the
    # guest's name gives his party (heldout-21 h21-ar-001); a second guest joined by "و" after a
    # comma still gives the first none of his
    text = (
        "مقابلة\n\n"
        "نص مقابلة بثّها برنامج «حوار الساعة» مساء الاثنين، مع الدكتور منذر الحلبي، عضو الهيئة "
        "العليا للمفاوضات.\n\n"
        "المذيع: دكتور منذر، كيف تقيّمون الوضع على الأرض؟\n\n"
        "الحلبي: رصدنا منذ فجر السبت أكثر من تسعين خرقاً من جانب قوات النظام.\n\n"
        "المذيع: وماذا تنتظرون من واشنطن؟\n\n"
        "الحلبي: واشنطن تكتفي بالبيانات.\n"
    )
    assert _statements(extractor, text, "ar") == [
        ("HNC", "رصدنا منذ فجر السبت أكثر من تسعين خرقاً من جانب قوات النظام"),
        ("HNC", "واشنطن تكتفي بالبيانات"),
    ]


def test_an_unknown_name_in_apposition_speaks_for_the_party_before_it(
    extractor: Extractor,
) -> None:
    # "A spokesman for the Levant Front rebel group, Abu Bakr al-Halabi, denied that ...": the
    # person the lexicon does not know speaks for his group, not for the speaker before him
    # (heldout-22 h22-en-004)
    text = (
        "Aleppo\n\nU.S. State Department spokesman Mark Toner on Monday accused Moscow of "
        '"cynical and empty" diplomacy. A spokesman for the Levant Front rebel group, Abu Bakr '
        "al-Halabi, denied that fighters had abandoned Sakhour without a battle."
    )
    assert _statements(extractor, text, "en")[-1] == (
        "SYR_OPP",
        "fighters had abandoned Sakhour without a battle",
    )
    # "UNESCO's director-general, Irina Bokova, said she was ...": the post named with the
    # possessive (heldout-21 h21-en-006)
    text = (
        'Palmyra\n\nUNESCO\'s director-general, Irina Bokova, said she was "deeply worried" '
        "about the fate of the World Heritage site."
    )
    assert _statements(extractor, text, "en") == [
        ("UN", 'she was "deeply worried" about the fate of the World Heritage site')
    ]


def test_an_attributions_source_ends_at_its_comma(extractor: Extractor) -> None:
    # "..., بحسب ناشطين، فيما أعلنت قوات سوريا الديمقراطية أنها ستواصل": activists, whom Hudna
    # does not name, are the source; the party of the clause after the comma is not (heldout-22
    # h22-ar-013)
    text = (
        "حلب\n\n"
        "ميدانياً، شنّت طائرات روسية غارات على بلدتي عندان وحريتان شمال حلب اليوم، بحسب ناشطين، "
        "فيما أعلنت قوات سوريا الديمقراطية أنها ستواصل التقدم نحو مدينة أعزاز."
    )
    assert _statements(extractor, text, "ar") == [("SDF", "ستواصل التقدم نحو مدينة أعزاز")]
    # nor does it run past a relative pronoun ("بحسب الدفاع المدني الذي أشار إلى أن قوات النظام"),
    # and activists named with a party's adjective are still unnamed (blind-j bj-ar-005,
    # blind-l bl-en-004)
    text = (
        "حلب\n\n"
        "قُتل ١٩ مدنياً بقصف مدفعي على حي جب القبة، بحسب الدفاع المدني الذي أشار إلى أن قوات "
        "النظام المتمركزة في الشيخ نجار هي مصدر القصف."
    )
    assert _statements(extractor, text, "ar") == []
    text = (
        "Aleppo\n\n15:45 The first buses carrying fighters have reached Qalaat al-Madiq in Hama "
        "province, according to opposition activists."
    )
    assert _statements(extractor, text, "en") == []


def test_a_plural_verb_after_unnamed_people_gives_no_party_words(extractor: Extractor) -> None:
    # "ويخشى ناشطون أن يتكرر السيناريو ...، حيث حذّروا من أن قوات النظام تحشد": the activists
    # warned, not the UN that spoke before (heldout-21 h21-ar-005)
    text = (
        "معضمية\n\n"
        "وقال المتحدث باسم الأمين العام إن المنظمة «لم تُستشر» فيه. ويخشى ناشطون أن يتكرر "
        "السيناريو في معضمية الشام، حيث حذّروا من أن قوات النظام تحشد لاقتحامها."
    )
    assert _statements(extractor, text, "ar") == [("UN", "المنظمة «لم تُستشر» فيه")]


def test_in_accordance_with_an_accord_attributes_no_words(extractor: Extractor) -> None:
    # "بدأ سريان وقف الأعمال القتالية ...، وفق الاتفاق الذي توصل إليه وزيرا الخارجية": in
    # accordance with the accord, not words of those who reached it (heldout-15 h15-ar-014);
    # "وفق المرصد" still attributes
    text = (
        "دمشق\n\n"
        "بدأ سريان وقف الأعمال القتالية عند الساعة السابعة مساء بتوقيت دمشق، وفق الاتفاق الذي "
        "توصل إليه وزيرا الخارجية الأمريكي والروسي في جنيف."
    )
    assert _statements(extractor, text, "ar") == []
    text = "حلب\n\nقتل تسعة مدنيين في غارات على سوق الأتارب، وفق الهيئة العليا للمفاوضات."
    assert [s for s, _ in _statements(extractor, text, "ar")] == ["HNC"]


def test_unnamed_people_before_the_party_charged_or_called_speak_for_no_one(
    extractor: Extractor,
) -> None:
    # "واتهم ناشطون في مضايا عناصر «حزب الله» بقتل شاب" (heldout-21 h21-ar-009), "ويطالب
    # المرصد مجلس الأمن الدولي بفتح تحقيق" (heldout-15 h15-ar-005): activists and the
    # Observatory speak, not the party that spoke before them
    for second in (
        "واتهم ناشطون في مضايا عناصر «حزب الله» بقتل شاب برصاص قناص أمس.",
        "ويطالب المرصد مجلس الأمن الدولي بفتح تحقيق مستقل في مجزرة السوق.",
    ):
        text = "مضايا\n\nوقال مسؤول أممي إن المنظمة ستسيّر قافلة إلى البلدة يوم السبت. " + second
        assert [s for s, _ in _statements(extractor, text, "ar")] == ["UN"], second


def test_he_after_an_unnamed_speaker_is_that_one(extractor: Extractor) -> None:
    # "..., killing three civilians, a local activist said. Syrian warplanes also carried out at
    # least eight raids ..., he said.": the activist goes on, not the party before him
    # (blind-b bb-en-001)
    text = (
        "Quneitra\n\nThe Free Syrian Army said its men had advanced several hundred metres toward "
        "the town centre. Government forces responded by shelling the rebel-held village of "
        "Jubata al-Khashab, killing three civilians, a local activist said. Syrian warplanes also "
        "carried out at least eight raids on the outskirts of Khan Arnabah, he said."
    )
    assert _statements(extractor, text, "en") == [
        ("FSA", "its men had advanced several hundred metres toward the town centre")
    ]
    # (words between the unnamed people and the verb: "activists in the town said")
    text = text.replace("a local activist said", "activists in the town said")
    assert _statements(extractor, text, "en") == [
        ("FSA", "its men had advanced several hundred metres toward the town centre")
    ]


def test_a_relative_clause_after_a_comma_is_no_attribution(extractor: Extractor) -> None:
    # "..., the third day of an offensive that the Syrian army command announced on Thursday":
    # the army announced the offensive, not the words before the comma (blind-c bc-en-002)
    text = (
        "Aleppo\n\nThe deaths of at least 71 civilians were documented on Saturday, the third day "
        "of an offensive that the Syrian army announced on Thursday."
    )
    assert _statements(extractor, text, "en") == []
    text = "Aleppo\n\nThe offensive will go on until the city is liberated, the Syrian army said."
    assert [s for s, _ in _statements(extractor, text, "en")] == ["SYR_GOV"]


def test_expecting_that_is_a_speakers_participle(extractor: Extractor) -> None:
    # "إن الإدارة «تأمل ...»، متوقعاً أن تبدأ معركة الرقة «قبل نهاية العام»": the speaker's
    # second words (blind-h bh-ar-010); "«حرب أسعار» متوقعة بين الفنادق" is an adjective
    text = (
        "واشنطن\n\n"
        "وقال مسؤول في وزارة الخارجية الأميركية إن الإدارة «تأمل أن يبقى التركيز على قتال داعش»، "
        "متوقعاً أن تبدأ معركة الرقة «قبل نهاية العام»."
    )
    assert _statements(extractor, text, "ar") == [
        ("USA", "الإدارة «تأمل أن يبقى التركيز على قتال داعش»"),
        ("USA", "تبدأ معركة الرقة «قبل نهاية العام»"),
    ]
    text = (
        "موسكو\n\n"
        "وقال وزير السياحة الروسي إن أولى الرحلات تنطلق منتصف تموز، وسط «حرب أسعار» متوقعة بين "
        "الفنادق."
    )
    assert len(_statements(extractor, text, "ar")) == 1


def test_a_body_in_a_capital_speaks_for_the_capitals_state(extractor: Extractor) -> None:
    # "..., the ministry in Moscow stressed": the body sits in Moscow (blind-g bg-en-004)
    text = (
        "Aleppo\n\nRussian and Syrian aircraft have not carried out any strikes inside Aleppo for "
        "13 days, the ministry in Moscow stressed."
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["RUS"]


def test_reports_a_speaker_dismisses_are_his_words_of_denial(extractor: Extractor) -> None:
    # "He dismissed reports that Syrian helicopters had dropped barrel bombs ... as "lies"": the
    # denied claim is his statement (blind-b bb-en-007)
    text = (
        'Damascus\n\nAssad said relations with Moscow were "at their best". He dismissed reports '
        'that Syrian helicopters had dropped barrel bombs on residential areas of Daraa al-Balad as "lies".'
    )
    statements = _statements(extractor, text, "en")
    assert [s for s, _ in statements] == ["assad", "assad"]
    assert statements[1][1].startswith("Syrian helicopters had dropped barrel bombs")


def test_a_live_blogs_entry_opens_on_its_own_speaker(extractor: Extractor) -> None:
    # "11:40 — The ICRC says it is ready to help": a new entry, whose speaker Hudna does not
    # name, is not the words of the entry before (blind-p bp-en-006)
    text = (
        "Aleppo live\n\n11:05 — Turkey says it is ready to host the talks.\n"
        '11:40 — The ICRC says it is ready to help with the evacuation but has "not yet received '
        'the details" of the agreement.\n'
    )
    assert _statements(extractor, text, "en") == [("TUR", "it is ready to host the talks")]


def test_a_long_relative_aside_between_speaker_and_verb(extractor: Extractor) -> None:
    # "Sergei Lavrov, who discussed the talks with U.S. Secretary of State John Kerry by telephone
    # on Sunday, said ...": an aside of some ninety letters still parts the speaker from his verb
    # (blind-c bc-en-001); the party named after "said" is in his words
    text = (
        "Geneva\n\nRussian Foreign Minister Sergei Lavrov, who discussed the talks with U.S. "
        "Secretary of State John Kerry by telephone on Sunday, said the opposition delegation "
        "should include representatives of the Kurdish PYD party."
    )
    assert [s for s, _ in _statements(extractor, text, "en")] == ["lavrov"]


def test_and_called_goes_on_with_the_clause_just_told(extractor: Extractor) -> None:
    # "..., while the UN humanitarian coordinator for Syria said ... and called on all parties
    # to allow access": the coordinator calls, not the party the sentence opened with
    # (blind-c bc-en-007)
    text = (
        'Aleppo\n\nThe Fatah Halab rebel operations room vowed to reopen the road "within days", '
        'while the UN humanitarian coordinator for Syria said the United Nations was "extremely '
        'concerned" for the civilians trapped in the east and called on all parties to allow safe '
        "and unimpeded access."
    )
    assert _statements(extractor, text, "en")[-1] == (
        "UN",
        "all parties to allow safe and unimpeded access",
    )


def test_a_party_quoted_right_after_said_is_in_the_words(extractor: Extractor) -> None:
    # 'The army statement, carried by state television, said "terrorist groups" had violated the
    # truce': the quoted party is what the statement said, not who said it (heldout-17
    # h17-en-001)
    text = (
        'Damascus\n\nThe army statement, carried by state television, said "terrorist groups" '
        "had violated the truce more than 300 times."
    )
    assert "SYR_OPP" not in [s for s, _ in _statements(extractor, text, "en")]


def test_a_speaker_phrase_opening_its_sentence_has_no_words_before_it(
    extractor: Extractor,
) -> None:
    # "WASHINGTON – Pentagon Press Secretary Peter Cook briefed reporters on Wednesday.": no
    # comma closes words before the speaker, so "Pentagon Press Secretary" is no statement
    # (held-out 19 h19-en-004); "The truce is holding, Konashenkov told reporters." still is one
    text = (
        "WASHINGTON – Pentagon Press Secretary Peter Cook briefed reporters on Wednesday.\n\n"
        "The truce is largely holding across the country, Igor Konashenkov told reporters."
    )
    assert _statements(extractor, text, "en") == [
        ("RUS", "The truce is largely holding across the country")
    ]


def test_a_one_letter_question_label_ends_the_answer_before_it(extractor: Extractor) -> None:
    # "MR. COOK: ..." then "Q: Moscow says a U.S. Predator drone was in the area.": the answer
    # ends at the question, whose reported words are Moscow's (held-out 19 h19-en-004)
    text = (
        "WASHINGTON – Pentagon Press Secretary Peter Cook briefed reporters on Wednesday.\n\n"
        "Q: Does the Defense Department hold Russia responsible for the convoy?\n\n"
        "MR. COOK: Two Russian aircraft were in the skies above that convoy at the time.\n\n"
        "Q: Moscow says a U.S. Predator drone was in the area.\n\n"
        "MR. COOK: That is not accurate at all.\n"
    )
    assert _statements(extractor, text, "en") == [
        ("USA", "Two Russian aircraft were in the skies above that convoy at the time"),
        ("RUS", "a U.S. Predator drone was in the area"),
        ("USA", "That is not accurate at all"),
    ]


def test_a_transcript_label_with_an_honorific_gives_the_floor(extractor: Extractor) -> None:
    # "Mr Toner: ...", "Mr. Toner: ...": an honorific and a capitalised name open a turn, as
    # "MR TONER:" does (a briefing's format)
    for label in ("Mr Toner", "Mr. Toner"):
        text = (
            "Department Press Briefing by Mark Toner, Washington, October 6, 2016\n\n"
            "Question: Will the talks with the Russians continue?\n\n"
            f"{label}: We are ready to continue the dialogue, but Russia must stop the bombing.\n\n"
            "Question: And the convoy?\n\n"
            f"{label}: We have seen the reports and we are looking into them.\n"
        )
        assert _statements(extractor, text, "en") == [
            ("USA", "We are ready to continue the dialogue, but Russia must stop the bombing"),
            ("USA", "We have seen the reports and we are looking into them"),
        ]


def test_a_transcript_label_may_name_a_person_by_a_particle(extractor: Extractor) -> None:
    # "Mr. de Mistura: ...": a name opening on its particle in small letters (de, al-, van) is
    # still an honorific's name (blind-p bp-en-004)
    text = (
        "Transcript: envoy's press stakeout\n\n"
        "GENEVA, 3 March 2016 - Near-verbatim transcript of the press stakeout by the UN Special "
        "Envoy for Syria, Staffan de Mistura.\n\n"
        "Mr. de Mistura: The cessation of hostilities is holding in most of the country.\n\n"
        "Question: And Darayya?\n\n"
        "Mr. de Mistura: Darayya did not receive aid, because the government has still not given "
        "the green light.\n"
    )
    assert _statements(extractor, text, "en") == [
        ("de_mistura", "The cessation of hostilities is holding in most of the country"),
        (
            "de_mistura",
            "Darayya did not receive aid, because the government has still not given the green "
            "light",
        ),
    ]


def test_the_organisation_is_the_un_named_before_and_its_request_no_words(
    extractor: Extractor,
) -> None:
    # "وأعلن مكتب المنظمة في دمشق أن ..." after the UN was named: the UN speaks (blind-j
    # bj-ar-010); "تعتزم طلب إذن" and "ستعيد تقديم طلب" are a request to make, no words of
    # their own (blind-g bg-ar-008, heldout-4 h4_024)
    text = (
        "دمشق\n\n"
        "حذّرت الأمم المتحدة من أن انقطاع المياه يهدد أربعة ملايين شخص. وأعلن مكتب المنظمة في "
        "دمشق أن فريقاً فنياً أممياً سيتوجه إلى النبع قريباً. وقال المتحدث باسم المكتب إن "
        "المنظمة تعتزم طلب إذن بإدخال قافلة ثانية الشهر المقبل، وإنها ستعيد تقديم طلب لإدخال "
        "قافلة الوقود."
    )
    assert [speaker for speaker, _ in _statements(extractor, text, "ar")] == ["UN"] * 3
    assert _statements(extractor, text, "ar")[1] == (
        "UN",
        "فريقاً فنياً أممياً سيتوجه إلى النبع قريباً",
    )


def test_a_clause_of_contrast_after_a_welcome_is_no_words(extractor: Extractor) -> None:
    # "رحبت الهيئة العليا للمفاوضات بحذر بالاتفاق، لكن منسقها العام رياض حجاب قال إن ...": the
    # welcome says no words; the clause after "لكن" has its own speaker and verb (blind-k
    # bk-ar-004)
    text = (
        "جنيف\n\n"
        "في المقابل، رحبت الهيئة العليا للمفاوضات بحذر بالاتفاق، لكن منسقها العام رياض حجاب قال "
        "إن الهيئة «لا تثق بأي تعهد روسي»."
    )
    assert _statements(extractor, text, "ar") == [("HNC", "الهيئة «لا تثق بأي تعهد روسي»")]


def test_a_headquarters_is_no_admitting(extractor: Extractor) -> None:
    # "استهدف طيران التحالف بغارتين مقراً للتنظيم، دون معلومات عن الخسائر": "مقراً" is a
    # headquarters here, not "admitting" (blind-g bg-ar-006)
    text = (
        "دير الزور\n\n"
        "- مدينة البوكمال: استهدف طيران التحالف الدولي بقيادة الولايات المتحدة بغارتين مقراً "
        "للتنظيم، دون معلومات عن الخسائر."
    )
    assert _statements(extractor, text, "ar") == []


def test_a_caption_after_a_tickers_breaking_label(extractor: Extractor) -> None:
    # "عاجل | أردوغان: تركيا سوف تقيم مخيماً ...": the caption's name after the ticker's
    # "breaking" label (blind-n bn-ar-012)
    text = "حلب\n\nعاجل | أردوغان: تركيا سوف تقيم مخيماً لاستقبال النازحين من حلب في ريف إدلب.\n"
    assert _statements(extractor, text, "ar") == [
        ("erdogan", "تركيا سوف تقيم مخيماً لاستقبال النازحين من حلب في ريف إدلب")
    ]


def test_a_caption_of_a_voice_and_its_nationality(extractor: Extractor) -> None:
    # "عاجل | مصدر عسكري سوري: تأجيل تنفيذ الاتفاق ...": the voice's nationality after it is
    # part of the caption's name, before its colon (heldout-21 h21-ar-002)
    text = (
        "حلب\n\n"
        "عاجل | مصدر عسكري سوري: تأجيل تنفيذ اتفاق خروج المسلحين من الأحياء الشرقية لحلب.\n"
        "عاجل | الأمم المتحدة: نحو خمسين ألف مدني ما زالوا عالقين داخل الأحياء المحاصرة.\n"
    )
    assert _statements(extractor, text, "ar") == [
        ("SYR_GOV", "تأجيل تنفيذ اتفاق خروج المسلحين من الأحياء الشرقية لحلب"),
        ("UN", "نحو خمسين ألف مدني ما زالوا عالقين داخل الأحياء المحاصرة"),
    ]


def test_a_caption_with_where_its_speaker_spoke(extractor: Extractor) -> None:
    # "عاجل | بوتين من طوكيو: روسيا وتركيا ستعملان ...": the place between the name and the
    # colon says where he spoke (blind-n bn-ar-012)
    text = (
        "حلب\n\n"
        "عاجل | بوتين من طوكيو: روسيا وتركيا ستعملان على تنظيم جولة مفاوضات جديدة في أستانا.\n"
    )
    assert _statements(extractor, text, "ar") == [
        ("putin", "روسيا وتركيا ستعملان على تنظيم جولة مفاوضات جديدة في أستانا")
    ]
