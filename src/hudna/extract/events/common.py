"""What the event rules share: the candidate record, the positional word lists of events.yaml
compiled once, and small tests on triggers, clauses and places used by every stage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from hudna.errors import LexiconError
from hudna.extract.context import Context, Sentence, title_end, word_end, words_between
from hudna.extract.dates import DateMention
from hudna.extract.entities import affiliation
from hudna.extract.matcher import Match
from hudna.extract.numbers import is_count
from hudna.geo import place_km
from hudna.text import is_arabic

# "قوات النظام وحزب الله", "ميليشيا «حزب الله» اللبناني وقوات النظام": a closing quote and an
# adjective may stand before the conjunction; an Arabic co-agent marker joins the same way
# ("اقتحمت قوات النظام بمساندة ميليشيات حزب الله", "بالتعاون مع", "برفقة", "إلى جانب")
_COORD_ACTORS = re.compile(
    r"^[\s،,»”\"()]*(?:the\s+)?(?:(?:ال\S+\s+)?(?:و|and|&|بمسانده|بمشاركه|برفقه|بالتعاون مع|الي جانب|بدعم من)\s*(?:(?:its|their)\s+\S+\s+all(?:y|ies)\s+|(?:[^\s،,]+\s+){0,2})ل?[«“\"]?)?$"
)  # "government forces and their Lebanese ally Hezbollah": a word more before the ally

# the English participles of backing an armed side ("backed by Russian air strikes")
BACKED = r"(?:backed|supported|aided|helped|covered)"

# right before a word: a comma and maybe و/ف, so the word opens a clause of its own ("...، ووصف")
CLAUSE_JOIN_END = re.compile(r"[،,]\s*[وف]?$")
# the Arabic relative pronouns, and the object pronoun a relative verb ends with when its head
# noun is its object ("الهدنة التي أعلنها", "الأحياء ... التي يحاصرها")
ARABIC_RELATIVE = r"(?:التي|الذي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي)"
OBJECT_PRONOUN_END = re.compile(r"(?:ها|هم|هما|ه)$")

# the future prefix س of an Arabic verb; "سيطرة", "سيارات", "ستين", "سنوات" are nouns and numbers
# that only look like one
FUTURE_PREFIX = r"(?!سيطر|سيار|سياس|سياد|سيد|ستين|ستون|سنوات|سنين|سنوي)س[يتن]"
# "معركة حلب ستكون": a verb in the future after the act
_FUTURE_AFTER = re.compile(
    rf"^\s*(?:\S+\s+){{0,2}}[وف]?{FUTURE_PREFIX}\S{{2,}}|^\s*(?:\S+\s+){{0,2}}(?:will|would)\s"
)

_COORD_PLACES = re.compile(  # "مطار منغ العسكري وبلدة تل رفعت": an adjective may close the first
    r"^(?:\s+ال\S+يه?|\s+(?:area|district))?\s*(?:[،,]\s*)?(?:(?:و|and|or|او|,|،|\s)*\s*|(?:[،,]\s*)?(?:و|and)\s*(?:علي|on)\s+)(?:(?:اطراف|محيط|ريف|the outskirts of|(?:اجزاء|جزء)\s+من|parts?\s+of)\s+)?(?:(?:مدينه|مدينتي|بلده|بلدتي|قريه|قريتي|حي|حيي|احياء|منطقه|مدن|بلدات|قري|the (?:towns?|city|cities|villages?|districts?|neighbou?rhoods?) of)\s+)?$"
)

_AGREEMENT_WORDS = ("MEET", "AGREE")
# the sides of a clash or of an accord follow "between"
BETWEEN = re.compile(r"(?:^|\s)(?:بين|between)\s")
# "after capturing the academies", "after meeting the HNC delegation": an English gerund's opener
GERUND_OPENER = re.compile(r"(?:^|\s)(?:after|before|while)\s+$")
# "in opposition-held areas", "the U.S.-backed SDF": a party compounded into a description, no
# party to the act
HELD_BY = re.compile(r"-(?:held|controlled|run|dominated|backed|supported|sponsored)\b")
# right before a party: the one backed ("الطيران الروسي المساند لقوات النظام"), not a doer
SUPPORTED_AFTER = re.compile(r"(?:^|\s)(?:ال)?(?:داعم|داعمه|مساند|مسانده)\s+ل$")

# "مدعومة بعناصر من «حزب الله»": the forces a party is backed with (ب, not من: the sponsor), also
# after the party's allies ("قوات النظام والميليشيات الموالية لها، مدعومة بعناصر من"); they share
# its act
BACKED_WITH = re.compile(
    r"(?:\s+[^\s،,]+){0,3}\s*[،,]?\s*(?:مدعوم|مسنود)\S*\s+ب\S*(?:\s+من)?\s*[«“\"]?\s*"
)
# right before an accord: those acting "under" it made it ("left Moadamiyeh under a deal reached
# with the government", "خرج المسلحون بموجب اتفاق مع الحكومة")
UNDER_A_DEAL = re.compile(
    r"(?:^|\s)(?:(?:under|بموجب|وبموجب|in\s+implementation\s+of)\s+(?:an?\s+|the\s+)?|تنفيذا\s+ل?ل?)$"
)


# "شنتها", "نفذته": a verb saying the party just named carried the act out
CARRIED_IT_OUT = r"(?:شنته|شنه|شنتها|شنها|نفذته|نفذه|نفذتها|نفذها|اطلقته|اطلقتها)"

# How specific a place kind is (lower: more specific): "the Sakhour district of Aleppo" is Sakhour.
_PLACE_RANK = {
    "neighbourhood": 0,
    "village": 1,
    "town": 1,
    "venue": 1,
    "city": 2,
    "district": 3,
    "region": 3,
    "governorate": 4,
    "country": 5,
}

# Where the positional word lists of events.yaml are looked for: `{words}` stands for the list.
_POSITIONS = {
    "contrast": r"[،,]\s*(?:{words})\s",
    # (a word at most between, or the end of a list of all acts halted: "ستوقف جميع العمليات
    # القتالية والغارات الجوية", "halt all combat operations and air strikes")
    "halt_before": r"(?:^|\s)[وف]?(?:{words})\s+(?:(?:\S+\s+)?(?:ال)?|(?:جميع|كل|all)\s+(?:\S+\s+){1,5}(?:و|and\s+)(?:ال)?)$",
    "held": r"[وف]?(?:{words})$",
    "accord_just_before": r"(?<!\S)[وب]?(?:{words})\s+$",
    "bare_act": r"(?:{words})",
    "until": r"(?<!\S)(?:{words})\s+(?:\S+\s+)?$",
    "planned": r"(?:{words})",
    "framed_aside": r"[،,]\s*(?:{words})\s",
    "remnant_of": r"\s+(?:{words})\s+(?:من|of)(?:\s|$)",
    "first_since": r"[,،]\s*(?:{words})\s+(?:[^\s,،]+\s+){0,2}$",
    "since_after": r"\s+(?:[^\s,،]+\s+)?(?:{since})\s",
    "realised_by": r"(?:{words})",
    "done_for": r"(?:^|\s)(?!(?:{words})\s)[a-z]+ed\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[^\s,.;]+\s$",
    "clause_break": r"(?<![\s.]\w)(?<!^\w)\.|[;؛!?؟\n]|[،,]\s*(?:{words})\s",
    "temporal_frame": r"(?:^|\s)(?:{words})\s+(?:ال|the\s+)?$",
    # between a place and the talks after it: the talks frame what came before ("a ceasefire in
    # Aleppo during talks in Lausanne")
    "framed_by": r"(?:^|\s)(?:{temporal_frame})\s",
    # a new clause: "; ", ", and", or a time clause ("..., a day after four Turkish soldiers were
    # killed": the dead of another act)
    "new_clause": r"[;؛]|[,،]\s*(?:و|and\s)|(?:^|\s)(?:{time_clause})\s",
    # "... إيرانياً في معارك", "Iranian advisers were killed in fighting": fallen in a battle
    "fell_in": r"\s*(?:(?:{words})\s+)?(?:في|خلال|in|during)\s+(?:the\s+)?",
    "act_subject": r"(?:^|\s)the\s+(?:{words})s?\s+$",
    "future_meeting": r"(?:^|\s)[وف]?(?:{words})(?:ان|ون|ا)?\s+(?:\S+\s+){0,7}$",
    "announced_meeting": (
        r"(?:^|\s)[وف]?(?:{words})\s+(?:(?!(?:after|following|during|at|in|with|on|عقب|بعد|"
        r"خلال|في|مع|اثر|إثر)\s)\S+\s+){0,4}$"
    ),
    "other_norm": r"\s*(?:\S+\s+)?(?:{words})",
    "lost_ground": r"\s+(?:(?:{words})\s+){0,4}",
    "break_siege": r"(?:^|\s)[وف]?ل?[يت]?(?:{words})(?:ت|وا|ا)?\s+(?:\S+\s+){0,2}?(?:ال|the\s+)?$",
    # "broke a three-year rebel siege": the besieger's adjective between
    "break_siege_far": r"(?<!\S)(?:{break_siege})\s+(?:\S+\s+){1,3}?$",
    # "وكسرت قوات النظام وحزب الله الحصار": the breaking verb before its subject
    "break_siege_verb": r"(?<!\S)[وف]?(?:{break_siege})(?:ت|وا|ا)?\s+$",
    "envoys_of": r"(?:^|\s)(?:with|مع)\s+(?:the\s+)?(?:{words})\s+(?:ال|the\s+)?$",
    # "قوات النظام والمسلحين الموالين لها من الإيرانيين": "من" of those loyal to it is partitive
    "loyal_of": r"(?:{belonging})\s+(?:لها|له|لهم)\s+من\s+$",
    "base_owner_before": r"(?:^|\s)[وبلف]?(?:ال)?(?:{base_nouns})\s+(?:[^\s،,.]+\s+){0,3}$",
    "base_in_country": (
        r"(?:^|\s)[وبلف]?(?:ال)?(?:{base_nouns})\s+(?:[^\s،,.]+\s+){0,3}(?:{in_country})\s+(?:the\s+)?$"
    ),
    "base_owner_after": r"'s\s+(?:[^\s,.]+\s+){0,2}(?:{base_nouns})\b",
    # "after a day of fierce fighting", "following weeks of clashes": the battle already told
    "duration_frame": (
        r"(?:^|\s)(?:after|following|amid)\s+(?:(?:a|an|one|two|three|four|five|several|\d+)\s+)?"
        r"(?:day|night|{duration_units})\s+of\s+(?:\S+\s+)?$"
    ),
    "non_agents": r"(?<![^\s«“\"])[وفل]?(?:an?\s+|the\s+)?(?:{words})(?:\s+\S+){0,3}\s+$",
    # right before any act's word: its subject ("الجفاف يحاصر سهل حوران")
    "non_agent_next": r"(?<![^\s«“\"])[وفل]?(?:the\s+)?(?:{non_agents})\s+$",
    # the Arabic verb's subject after it ("وقصفت الأسعار جيوب المواطنين")
    "non_agent_after": r"\s+(?:{non_agents})(?=[\s،,.]|$)",
    # "besieged by journalists and well-wishers", "hit by drought": done by no one
    "non_agent_by": (
        r"\s+(?:hard\s+|badly\s+)?by\s+(?:the\s+|an?\s+)?(?:\S+\s+)?(?:{non_agents})(?=[\s,.]|$)"
    ),
    "non_kinetic_means": r"\s+(?:[^\s،,.]+\s+){0,3}?(?:{words})(?=[\s،,.]|$)",
    "owned_means": r"(?:^|\s)لل?(?:{words})\s+$",
    "one_side": r"(?:^|\s)(?:{words})\s*[،,]?\s*(?:و|and\s+)(?:ال|the\s+)?$",
    # "وتمكنت قوات النظام بدعم من الطيران الروسي أمس من كسر الحصار": the managing verb before
    # its subject, and the breaking noun just before the siege
    "managed": r"(?<!\S)[وف]?(?:{words})\s+(?=(?:.*\s)?(?:من|في)\s+(?:{break_siege})\s+(?:ال)?$)",
    "capture": r"{words}",
    "battle_frame": r"(?:ال)?(?:{words})",
    "claimed": r"(?:^|\s)[وف]?(?:{words})(?=\s|[.,،]|$)",
    "negated_after": r"\s+(?:{words})\b",
    # "... ذاتها", "the same positions"; "أحد عشر موقعاً آخر", "other targets": more there
    "same_spot": r"^\s*(?:(?:\S+\s+){0,4}?(?:(?:علي|the same)\s+(?:\S+\s+)?|(?:الاحياء|المواقع|المنطقه|المناطق|البلده|المدينه|الحي|القريه|النقاط|المقرات)\s+)(?:{words})|(?:[^\s.،,]+\s+){0,8}?(?:موقعا|مواقع|هدفا|اهداف)\s+(?:اخر|اخري)(?![^\W\d_])|(?:\S+\s+){0,4}?other\s+(?:sites|targets|positions)\b)",
    "carried_out": r"{words}",
    "sponsor": r"(?:{words})\s+(?:\S+\s+)?$",
    "dual_people": r"(?:^|\s)(?:ال)?(?:{words})",
    "counted_parties": r"(?:^|\s)[وف]?(?:{words})(?:\s|[،,.]|$)",
    "talks_dated": r"(?:^|[\s\"“«])[وف]?(?:{words})\s+$",
    "same_occasion": r"^\s*(?:{words})",
    "same_day": r"(?:^|\s)(?:{words})(?:\s|[،,.]|$)",
    "same_session": r"(?:^|\s)(?:{words})(?:\s|[،,.]|$)",
    "where": r"[،,]\s*(?:{words})\s",
    # the whole aside, up to its closing comma
    "occasion_aside": r"[،,]\s*(?:{framed_aside})\s[^،,.؛;:\n]{1,150}[،,]",
    "air_words": r"{words}",
    "phone": r"{words}",
    "consent": r"{words}",
    # "تابعة لما يسمى «جيش الفتح»": the regime media's "so-called" between
    "belonging": r"(?:{words})\s+ل?\s*(?:ما\s+(?:يسمي|تسمي)\s+)?[«“\"]?$",
    "fired_from": r"(?:{words})\s+\S*\s*$",
    "hedges": r"{words}",
    "recorded_verb": r"(?<!\S)[وف]?(?:{recorded})\S*",
    "protected": r"(?:^|\s)[وفبل]?(?:{words})\s+[«“\"]?$",
    # the verb of a journey, and what joins the meeting to it ("and", "where", "حيث")
    "journey": r"(?<!\S)[وف]?(?:{travelled_to})(?=\s)",
    "journey_joined": r"(?:^|\s)(?:and|where|حيث|و)\s*(?:\S+\s+)?$",
    # the attributor may stand between the verb and "to" ("نسبها المرصد السوري ... إلى")
    "attributed_to": (
        r"(?<![^\W\d_])(?:{words})\s+(?:(?:them|it)\s+|(?:[^\s.,،a-z]+\s+){0,5}?)"
        r"(?:to|on|upon|الي)\s+"
    ),
    "passive": r"{words}",
    "operation": r"{words}",
    "stationed": r"(?:{words})\s+(?:\S+\s+)?$",
    "operating_in": r"(?:{words})\s+(?:\S+\s+)?$",
    "reciprocal": r"[وف]?(?:{words})",
    "ground_raid": r"(?:{words})$",
    "same_doers": r"(?:{words})",
    "means_again": r"(?<!\S)[وف]?(?:{words})\s+(?:{returned})(?:\s|$)",
    "nationwide": r"(?:{words})",
    "backdrop": r"(?:{words})",
    "tallied": r"(?:{words})",
    "purpose": r"(?:{words})",
    "topic": r"(?:^|\s)(?:{words})\s",
    "joined_by": r"(?:^|\s)[وف]?(?:{words})\s+(?:من\s+)?(?:ال)?$",
    "talks_held": r"(?:^|\s)[وف]?(?:{words})\s+(?:\S+\s+){0,3}?(?:ال)?$",
    "talks_end": r"(?:^|\s)(?:{words})\s+(?:\S+\s+)?$",
    "held_by": r"\s*(?:{words})\s",
    "recorded": r"(?<!\S)[وف]?(?:{words})\s+(?:\S+\s+){0,5}?$",
    "suspended": r"(?<![^\W\d_])[وف]?(?:{words})\s",
    "duration_units": r"(?:منذ|for|since)\s+(?:\S+\s+){0,4}?(?:{words})(?=\s|$)",
    "expel": r"[وف]?[يتن]?(?:{words})",
    "especially": r"\s*[،,]?\s*(?:{words})\s*(?:علي|في|ب|on|in|around)?\s*(?:(?:مدينه|بلده|مدينتي|بلدتي|the towns? of)\s+)?",
    "air_missiles": r"(?:{words})",
    "bombing": r"(?:{words})",
    "ground_fired": r"(?:{words})",
    "condemn": r"(?:^|\s)[وفب]?(?:{words})\s",
    "settlement_nouns": r"\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:{words})\b",
    "speaking": r"(?:{words})",
    "overlooking": r"(?:^|\s)(?:{words})\s+(?:(?:ال)?(?:مدينه|بلده|مطار|قاعده)\s+|the\s+)?$",
    "sport_words": r"(?<![^\W\d_])(?:{words})(?![^\W\d_])",
    "assassination": r"^(?:{words})",
    "origin": r"(?:^|\s)(?:{words})\s+(?:\S+\s+)?$",
    "instrument": r"(?:^|\s)(?:{words})\s+(?:\S+\s+)?(?:و|and\s+)?(?:ال|the\s+)?$",
    "casualty": r"(?:^|\s)[وف]?(?:{words})(?:\s|$)",
    "separately": r"(?:^|\s)(?:{words})(?:\s|[.,،]|$)",
    "unknown_doer": r"(?:{words})",
    "including": r"(?:^|\s|[،,])(?:{words})\s",
    "positions": r"(?:^|\s)(?:{words})(?:\s|$)",
    "held_areas": r"(?:{words})\b",
    "struck_objects": r"[»”\"]?\s+(?:لل|ل)?(?:{words})(?:\s|[،,.]|$)",
    "said_hedge": r"(?:^|\s)[وف]?(?:{hedge_said})\s+(?:[^\s،,.]+\s+){0,2}?(?:{hedge_copula})\s+$",
    "support": r"(?:^|\s)(?:{words})\s+(?:(?:من|جوي|ناري|مباشر)\s+)?(?:ال|the\s+)?$",
    "backing": r"(?:^|\s)(?:{words})\s+(?:من|by)\s+(?:ال|the\s+)?$",
    "seized": r"(?:{words})",
    "unnamed_accused": r"\s+(?:\S+\s+){0,5}?(?:{words})[»”\"]?\s+(?:\S+\s+){0,3}?(?:ب\S|of\s|for\s)",
    "looking_away": r"(?:^|\s)[\"“«]?(?:{words})[\"”»]?\s",
    "announced_about": r"(?:^|\s)[وف]?(?:{words})(?:\s|$)",
    "repelled": r"(?:^|\s)[«\"]?[وف]?(?:{words})\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:ل|لل|ال)?$",
    "w_nouns": r"(?:^|\s)(?:{words})(?:\s|$)",
    "party_nouns": r"^\s+(?:{words})\s*,?\s+and\s+(?:the\s+)?$",
    "speaking_titles": r"(?:^|\s)(?:{words})(?:\s|$)",
    # a call, its addressee (a few words), a halt word, then (a word at most between) the act
    "called_halt": r"(?<!\S)[وف]?(?:{calls})(\s+(?:\S+\s+){1,3}?)(?:الي\s+|to\s+)?(?:{halt_called})\s+(?:\S+\s+)?(?:ال)?$",
    "charging": r"^[وف]?(?:{words})",
    "ground_weapons": r"(?:^|\s)(?:{words})(?!\w)",
    "alongside": r"(?:^|\s)[وف]?(?:{words})\s+(?:\S+\s+)?$",
    "inquiry": r"(?:^|\s)(?:an\s+|a\s+)?(?:{words})(?:\s|$)",
    "parts_hit": r"[,،]\s*[وف]?(?:{words})\s",
    "headline_says": r"[,،]\s*(?:the\s+)?[^,،:]{2,60}?\s+(?:{words})\s*$",
    "support_aside": r"(?:^|\s)[وف]?(?:{words})(?=\s)",
    "because": r"(?:^|\s)[وف]?(?:{words})\s",
    "operation_backed": r"(?:\bthe\s+(?:{words})\b[^.;]{0,60}?\s"
    + BACKED
    + r"\s+by\s+|\s"
    + BACKED
    + r"\s+the\s+(?:{words})\s+with\s+)(?:\S+\s+){0,5}?$",
    "backed_act": r"(?:^|\s)(?:{words})\s+the\s+$",
    "any_act": r"(?:^|\s)[وفب]?(?:{words})\s+(?:\S+\s+)?$",
    "present_passive": r"(?:^|\s)(?:{words})\s+$",
    "owned_forces": r"(?:^|\s)(?:{words})\s+(?:\S+\s+){0,3}?$",
    # a question's opening word after a turn's label, if any ("Question: Did", "س: هل")
    "yes_no_opening": r"\s*(?:[^\s:]{1,12}(?:\s+\([^)]{0,40}\))?\s*:\s*)?[وف]?(?:{words})\s",
}


def _at(ctx: Context, name: str) -> re.Pattern[str]:
    """The rule `name` of `_POSITIONS`, compiled once per lexicon with its words from events.yaml."""
    pattern = ctx.lexicon.compiled_rules.get(name)
    if pattern is None:

        def words(placeholder: re.Match[str]) -> str:
            # "{words}" is the rule's own list; "{calls}" another list of the same section
            key = name if placeholder.group(1) == "words" else placeholder.group(1)
            found = ctx.lexicon.positional.get(key)
            if not found:
                raise LexiconError(
                    f"events.yaml: no positional word list {key!r}", path="lexicons/events.yaml"
                )
            return found

        pattern = ctx.lexicon.compiled_rules[name] = re.compile(
            re.sub(r"\{([a-z_]+)\}", words, _POSITIONS[name])
        )
    return pattern


@dataclass
class _Candidate:
    type: str
    trigger: Match
    sentence: Sentence
    lo: int
    hi: int
    actors: list[str] = field(default_factory=list)
    target: str | None = None
    places: list[str] = field(default_factory=list)
    date: DateMention | None = None
    asserted_by: str | None = None
    negated: bool = False
    fatalities: int | None = None
    subject_given: bool = False
    marked_agent: bool = False  # an agent named after a marker (من قبل، by، تابعة ل)
    joined: bool = False  # a meeting someone is later said to have taken part in: one meeting
    sentences: set[Sentence] = field(default_factory=set)  # of the candidates merged into this one
    triggers: list[Match] = field(default_factory=list)  # of the candidates merged into this one

    def __post_init__(self) -> None:
        self.sentences = self.sentences or {self.sentence}

    @property
    def verb(self) -> bool:
        if self.trigger.payload.extra == "verb":
            return True
        # English: a suffix pattern ("shell*") matched a past form ("shelled"), or a bare verb
        # after "to" ("continued to pound rebel positions")
        return not self.arabic and (self.trigger_word.endswith("ed") or self.after_to)

    trigger_word: str = ""
    after_to: bool = False

    @property
    def arabic(self) -> bool:
        return is_arabic(self.trigger.text)


def _place_rank(ctx: Context, place: str) -> int:
    """How specific a gazetteer place is (`_PLACE_RANK`; a kind not ranked there counts as 3)."""
    return _PLACE_RANK.get(ctx.lexicon.places[place].kind, 3)


def _time_frame_before(ctx: Context, pos: int) -> re.Match[str] | None:
    """A time word right before `pos` ("بعد", "خلال", "after the"): what follows frames a time,
    often an act told elsewhere (events.yaml `temporal_frame`)."""
    return _at(ctx, "temporal_frame").search(ctx.folded[max(0, pos - 12) : pos])


def _seized_aid(ctx: Context, t: Match) -> bool:
    """ "بالاستيلاء على المساعدات", "seized the aid": a capture word whose object is aid tells a
    theft, no attack on a place."""
    return (
        t.payload.key == "ATTACK"
        and _at(ctx, "seized").search(ctx.folded, t.start, t.end) is not None
        and any(
            t.end <= a.start
            and _aid_seized(ctx.folded, len(words_between(ctx.folded, t.end, a.start)), a.start)
            for a in ctx.cues_of("aid_object")
        )
    )


def _aid_seized(folded: str, gap: int, aid_at: int) -> bool:
    """Aid right after the seizing word, or after its subject and "على" ("استولت الجماعات
    المسلحة على المساعدات")."""
    return gap == 0 or (gap <= 6 and folded[max(0, aid_at - 4) : aid_at] == "علي ")  # folded


def _is_generic(ctx: Context, t: Match) -> bool:
    if t.text in ctx.lexicon.generic or _stem_generic(t.text, ctx.lexicon.generic):
        return True
    # "في واحد من أعنف الهجمات التي تشهدها المدينة", "one of the deadliest attacks": a comparison
    # that retells the act, it names no other (read once per trigger: rules ask often)
    compared: dict[int, bool] = ctx.once("compared triggers", dict)
    if t.start not in compared:
        compared[t.start] = (
            _SUPERLATIVE.search(ctx.folded, max(0, t.start - 30), t.start) is not None
        )
    return compared[t.start]


_SUPERLATIVE = re.compile(
    r"(?:^|\s)(?:واحد[هة]?|احدي?|one)\s+(?:من|of)\s+(?:the\s+)?(?:اعنف|اكبر|اسوا|اشد|اكثر|"
    r"deadliest|worst|fiercest|heaviest|biggest|bloodiest|most\s+\S+)\s+(?:ال)?$"
)


def _prefix(folded: str, start: int) -> str:
    word_start = start
    while word_start > 0 and folded[word_start - 1].isalnum():
        word_start -= 1
    return folded[word_start:start]


def _lam_before(folded: str, start: int) -> bool:
    """The preposition ل glued before the word at `start` ("لاستعادة", "للسيطرة"), not the lam of
    an article the match starts after ("الهجوم")."""
    prefix = _prefix(folded, start)
    return prefix.endswith("ل") and not prefix.endswith("ال")


def _accused_in(ctx: Context, trig: Match, s_start: int) -> bool:
    """Whether the statement starting at `s_start` is the words of the accusation `trig` opens."""
    return (
        trig.payload.key == "ACCUSE"
        and trig.end <= s_start
        and len(words_between(ctx.folded, trig.end, s_start)) <= 10
    )


# prepositions a verbal noun's phrase may end with ("السيطرة على"), folded
_PHRASE_PREPOSITIONS = frozenset({"علي", "الي", "عن", "من", "في"})


def _definite(folded: str, trig: Match) -> bool:
    if trig.payload.extra == "verb" or not is_arabic(trig.text):
        return False
    words = trig.text.split()
    if len(words) >= 3 and not words[-1].startswith("ال") and words[-1] not in _PHRASE_PREPOSITIONS:
        # "التوصل إلى اتفاق": a verbal noun with the article, whose indefinite object names a
        # new act, not one told before
        return False
    return trig.text.startswith("ال") or _prefix(folded, trig.start).endswith("ال")


def _last_break(ctx: Context, floor: int, pos: int) -> int:
    last = floor
    for m in _at(ctx, "clause_break").finditer(ctx.folded, floor, pos):
        last = m.end()
    return last


def aircraft_subject(ctx: Context, verb: Match) -> bool:
    """Whether aircraft are named right before the destroying `verb` (two words at most between,
    in its clause) as its subject: "إن الطائرات الروسية دمرت", "أن طائراته دمرت"."""
    if not any(d.start == verb.start for d in ctx.cues_of("destroy")):
        return False
    floor = _last_break(ctx, ctx.sentence_of(verb.start).start, verb.start)
    return any(
        floor <= a.start
        and a.end <= verb.start
        and len(words_between(ctx.folded, a.end, verb.start)) <= 2
        for a in ctx.cues_of("air_subject")
    )


@lru_cache(maxsize=4096)
def _stem_generic(text: str, generic: frozenset[str]) -> bool:
    """A generic verb with its endings ("قصفت", "targeting"), not a phrase that names the act
    better ("قصف مدفعي")."""
    return " " not in text and any(text.startswith(g) for g in generic if len(g) >= 3)


def _in_title(ctx: Context, c: _Candidate) -> bool:
    return c.trigger.start < title_end(ctx)


_CITY_KM = 15  # how far from a city's point its quarters and its outskirts lie


def _same_area(ctx: Context, a: _Candidate, b: _Candidate, near: bool = True) -> bool:
    """Whether `b`'s place lies in `a`'s (the governorate, the city and its neighbourhoods) or,
    with `near`, close to `a`'s town; a missing place fits any."""
    pa = a.places[0] if a.places else None
    pb = b.places[0] if b.places else None
    if pa is None or pb is None or pa == pb:
        return True
    return _within(ctx, pa, pb, near)


def _within(ctx: Context, outer: str, inner: str, near: bool = True) -> bool:
    """Whether place `inner` lies in place `outer` (or, with `near`, close to `outer`'s town)."""
    wide, narrow = ctx.lexicon.places[outer], ctx.lexicon.places[inner]
    if wide.kind == "country" and narrow.kind != "country":
        return wide.country == narrow.country  # "meet in Laos" / "met in Vientiane"
    if wide.admin1 != narrow.admin1:
        return False
    # the headline names the governorate or the city, the body the town or the neighbourhood
    return (
        wide.kind in ("governorate", "region")
        # (a quarter of that city, not of another in the governorate: al-Ansari is not al-Bab's)
        or (
            wide.kind == "city"
            and narrow.kind == "neighbourhood"
            and place_km(wide, narrow) <= _CITY_KM
        )
        or narrow.id == wide.admin1  # "violations in Hama" / "in Hama province"
        or (  # "غارة ... في دير الزور" / "في جبل الثردة قرب مطار دير الزور"
            near
            and wide.kind == "city"
            and narrow.kind not in ("governorate", "country", "city")
            and place_km(wide, narrow) <= _CITY_KM
        )
    )


def _same_day_anaphor(ctx: Context, d: DateMention) -> bool:
    """`اليوم نفسه`, "the same day": a day that points back to the one told before, not the day
    of publication."""
    return _at(ctx, "same_day").match(ctx.folded, max(0, d.start - 1)) is not None


def _broken_siege(ctx: Context, c: _Candidate) -> bool:
    """ "كسر الحصار", "لفك الحصار", "broke the siege": a siege being broken, not laid (but "lift
    its siege of Madaya": the besieger's, named by the possessive)."""
    return c.type == "SIEGE" and (
        (
            bool(
                _at(ctx, "break_siege").search(
                    ctx.folded[max(0, c.trigger.start - 30) : c.trigger.start]
                )
            )
            and not re.search(
                r"(?:^|\s)(?:its|their)\s+$",
                ctx.folded[max(0, c.trigger.start - 7) : c.trigger.start],
            )
        )
        or bool(_breakers_before(ctx, c))
    )


def _breakers_before(ctx: Context, c: _Candidate) -> list[str]:
    """ "وكسرت قوات النظام وحزب الله الحصار عن بلدتي نبل والزهراء": the parties named between an
    Arabic breaking verb and the siege it breaks; or the subject of a verb of managing before the
    breaking noun ("وتمكنت قوات النظام ... من كسر الحصار")."""
    if not c.arabic:
        return []
    folded, at = ctx.folded, c.trigger.start
    group: list[str] = []
    for m in reversed(ctx.mentions_in(c.sentence.start, at, "actor")):
        if [w for w in words_between(folded, m.end, at) if w not in ("و", "ال")]:
            break
        group.insert(0, affiliation(ctx, m.id))
        at = m.start
    if not group:
        managed = _at(ctx, "managed").search(folded, c.sentence.start, c.trigger.start)
        subject = managed and ctx.mentions_in(managed.end(), c.trigger.start, "actor")
        if not managed or not subject or words_between(folded, managed.end(), subject[0].start):
            return []
        return [affiliation(ctx, subject[0].id)]
    if not _at(ctx, "break_siege_verb").search(folded, c.sentence.start, at):
        return []
    return list(dict.fromkeys(group))


def _fired_from_ground(ctx: Context, c: _Candidate) -> bool:
    """Missiles fired from the ground or the sea: "A Russian frigate also fired Kalibr cruise
    missiles", "surface-to-surface missiles"; in Arabic the weapon's adjective after any trigger
    ("صواريخ بالستية", "قصف من بارجة")."""
    return bool(
        (c.arabic or _at(ctx, "air_missiles").fullmatch(c.trigger.text))
        and _at(ctx, "ground_fired").search(
            ctx.folded, max(0, c.trigger.start - 30), c.trigger.end + (16 if c.arabic else 0)
        )
    )


def _unnamed_accused(ctx: Context, cand: _Candidate) -> re.Match[str] | None:
    """ "اتهم المندوب الروسي الغرب بحماية الإرهابيين", "accused Western states of": the accused
    the accusation leaves unnamed, up to its charge (whose parties are not the accused)."""
    if cand.type != "ACCUSE":
        return None
    return _at(ctx, "unnamed_accused").match(ctx.folded, word_end(ctx.folded, cand.trigger.end))


def _journey_before(ctx: Context, cand: _Candidate) -> re.Match[str] | None:
    """The verb of the journey a meeting follows on from in its sentence ("ووصل دي ميستورا إلى
    دمشق حيث التقى", "De Mistura flew to Damascus and met"): the last one, joined to the meeting
    by "and", "where" or "حيث"."""
    folded, trig = ctx.folded, cand.trigger
    journeys = list(_at(ctx, "journey").finditer(folded, cand.sentence.start, trig.start))
    if journeys and _at(ctx, "journey_joined").search(folded, journeys[-1].end(), trig.start):
        return journeys[-1]
    return None


def _counted(folded: str, trig: Match) -> bool:
    """Whether a number comes right before the trigger ("12 violations", "١٥ خرقاً")."""
    words = words_between(folded, max(0, trig.start - 16), trig.start)
    return bool(words) and is_count(words[-1])
