"""Loading and compiling the extraction data: actors, gazetteer, triggers, cues (one automaton).

Each data file under `hudna/data/` has a pydantic schema here; `load_lexicon()` validates them
all, compiles every pattern into one Aho-Corasick automaton and caches the result, so the
per-document path does no compiling.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hudna.data import data_path, load_yaml
from hudna.errors import LexiconError
from hudna.extract.matcher import Matcher
from hudna.models import EVENT_TYPES, HOSTILE_TYPES
from hudna.text import alternation, fold, is_arabic

# -- schemas of the data files ----------------------------------------------------------------


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TitleEntry(_Data):
    from_: dt.date = Field(alias="from")
    to: dt.date
    ar: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class ActorEntry(_Data):
    id: str
    kind: Literal["person", "state", "group", "org"]
    name: str
    name_ar: str | None = None
    affiliation: str | None = None
    ar: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    metonyms: list[str] = Field(default_factory=list)
    # groups under this umbrella: named as it only in a document that names the umbrella itself,
    # else as the umbrella's own party ("«جيش العزة» when the text calls them FSA")
    members: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    nationality: list[str] = Field(default_factory=list)
    titles: list[TitleEntry] = Field(default_factory=list)


class ActorsFile(_Data):
    default_date: dt.date
    anaphors: dict[str, list[str]] = Field(default_factory=dict)
    anaphor_adjectives: list[str] = Field(default_factory=list)
    unidentified: list[str] = Field(default_factory=list)
    unit_heads: list[str] = Field(default_factory=list)
    not_parties_after: list[str] = Field(default_factory=list)
    not_parties_before: list[str] = Field(default_factory=list)
    body_words: list[str] = Field(default_factory=list)
    partitives: list[str] = Field(default_factory=list)
    local_groups: dict[str, str] = Field(default_factory=dict)
    short_forms: dict[str, list[str]] = Field(default_factory=dict)
    headed_forms: list[str] = Field(default_factory=list)
    forces: dict[Literal["ar", "en"], list[str]] = Field(default_factory=dict)
    voices: dict[Literal["ar", "en"], list[str]] = Field(default_factory=dict)
    actors: list[ActorEntry]


class PlacesFile(_Data):
    anaphors: dict[str, list[str]] = Field(default_factory=dict)
    locatives: list[str] = Field(default_factory=list)
    compass: dict[Literal["ar", "en"], list[str]] = Field(default_factory=dict)
    name_heads: list[str] = Field(default_factory=list)


class PlaceEntry(_Data):
    id: str
    name: str
    name_ar: str | None = None
    aliases_en: list[str] = Field(default_factory=list)
    aliases_ar: list[str] = Field(default_factory=list)
    # names read as the place only right after a locative (places.yaml `locatives`): bare
    # "الباب" is also "the door", "قرب الباب" is the town
    after_locative: list[str] = Field(default_factory=list)
    # a town abroad on the theatre's border, where its fire lands ("قذائف صاروخية أطلقها التنظيم
    # من الأراضي السورية سقطت على كلس"): the party whose town it is; others' fire may land there
    borders_theatre: str | None = None
    kind: Literal[
        "country",
        "governorate",
        "district",
        "city",
        "town",
        "village",
        "neighbourhood",
        "venue",
        "region",
    ]
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: str | None = None


class GazetteerFile(_Data):
    origin: str
    places: list[PlaceEntry]


class Bilingual(_Data):
    ar: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)

    def all(self) -> list[str]:
        return [*self.ar, *self.en]


class EventsFile(_Data):
    model_config = ConfigDict(extra="allow")
    negation: Bilingual
    modality: Bilingual
    agent_markers: Bilingual
    target_markers: Bilingual
    frame_markers: Bilingual
    irrealis: Bilingual
    generic: list[str] = Field(default_factory=list)
    incursion_states: list[str] = Field(default_factory=list)
    crossing_parties: list[str] = Field(default_factory=list)
    named_operations: dict[str, list[str]] = Field(default_factory=dict)
    unarmed: list[str] = Field(default_factory=list)
    designated_groups: list[str] = Field(default_factory=list)
    air_powers: list[str] = Field(default_factory=list)
    air_forces: list[str] = Field(default_factory=list)
    ground_forces: list[str] = Field(default_factory=list)
    truce_words: Bilingual = Field(default_factory=Bilingual)
    participation: Bilingual = Field(default_factory=Bilingual)
    stative: list[str] = Field(default_factory=list)
    irregular_past: list[str] = Field(default_factory=list)
    non_events: Bilingual = Field(default_factory=Bilingual)
    own_forces: Bilingual = Field(default_factory=Bilingual)
    post_modality: Bilingual = Field(default_factory=Bilingual)
    means: list[str] = Field(default_factory=list)
    description_verbs: Bilingual = Field(default_factory=Bilingual)
    pejoratives: Bilingual = Field(default_factory=Bilingual)
    backing_verbs: Bilingual = Field(default_factory=Bilingual)
    backed_groups: Bilingual = Field(default_factory=Bilingual)
    terror_labels: Bilingual = Field(default_factory=Bilingual)
    congratulations: Bilingual = Field(default_factory=Bilingual)
    taking_verbs: Bilingual = Field(default_factory=Bilingual)
    taken_grounds: Bilingual = Field(default_factory=Bilingual)
    blocking_verbs: Bilingual = Field(default_factory=Bilingual)
    aid_objects: Bilingual = Field(default_factory=Bilingual)
    accord_verbs: Bilingual = Field(default_factory=Bilingual)
    discuss_verbs: Bilingual = Field(default_factory=Bilingual)
    verbal_attack_verbs: Bilingual = Field(default_factory=Bilingual)
    downing_verbs: Bilingual = Field(default_factory=Bilingual)
    stances: Bilingual = Field(default_factory=Bilingual)
    advance_verbs: Bilingual = Field(default_factory=Bilingual)
    gain_verbs: Bilingual = Field(default_factory=Bilingual)
    ground_subjects: Bilingual = Field(default_factory=Bilingual)
    eliminate_verbs: Bilingual = Field(default_factory=Bilingual)
    gains: Bilingual = Field(default_factory=Bilingual)
    launch_verbs: Bilingual = Field(default_factory=Bilingual)
    campaigns: Bilingual = Field(default_factory=Bilingual)
    fire_objects: Bilingual = Field(default_factory=Bilingual)
    clear_verbs: Bilingual = Field(default_factory=Bilingual)
    refusal_verbs: Bilingual = Field(default_factory=Bilingual)
    report_denials: Bilingual = Field(default_factory=Bilingual)
    allowing: Bilingual = Field(default_factory=Bilingual)
    cleared_of: Bilingual = Field(default_factory=Bilingual)
    towards: Bilingual = Field(default_factory=Bilingual)
    operations: Bilingual = Field(default_factory=Bilingual)
    falls: Bilingual = Field(default_factory=Bilingual)
    into_hands: Bilingual = Field(default_factory=Bilingual)
    against: Bilingual = Field(default_factory=Bilingual)
    advance_fronts: Bilingual = Field(default_factory=Bilingual)
    blocked_passive: Bilingual = Field(default_factory=Bilingual)
    aid_none: Bilingual = Field(default_factory=Bilingual)
    losses: Bilingual = Field(default_factory=Bilingual)
    arrivals: Bilingual = Field(default_factory=Bilingual)
    destroy_verbs: Bilingual = Field(default_factory=Bilingual)
    air_subjects: Bilingual = Field(default_factory=Bilingual)
    send_verbs: Bilingual = Field(default_factory=Bilingual)
    bear_verbs: Bilingual = Field(default_factory=Bilingual)
    copulas: Bilingual = Field(default_factory=Bilingual)
    to_blame: Bilingual = Field(default_factory=Bilingual)
    armour: Bilingual = Field(default_factory=Bilingual)
    with_words: Bilingual = Field(default_factory=Bilingual)
    accords: Bilingual = Field(default_factory=Bilingual)
    delegations: Bilingual = Field(default_factory=Bilingual)
    allusions: Bilingual = Field(default_factory=Bilingual)
    patient_nouns: Bilingual = Field(default_factory=Bilingual)
    support: Bilingual = Field(default_factory=Bilingual)
    particle_idioms: Bilingual = Field(default_factory=Bilingual)
    blame_verbs: Bilingual = Field(default_factory=Bilingual)
    responsibility: Bilingual = Field(default_factory=Bilingual)
    positional: dict[str, list[str]] = Field(default_factory=dict)


class SpeechFile(_Data):
    verbs: Bilingual
    continuation: Bilingual
    turn_openers: Bilingual
    official_heads: Bilingual
    source_heads: Bilingual
    person_heads: Bilingual
    title_modifiers: Bilingual
    complementisers: Bilingual
    label_verbs: Bilingual = Field(default_factory=Bilingual)
    unnamed_speakers: Bilingual = Field(default_factory=Bilingual)
    foreign_states: Bilingual = Field(default_factory=Bilingual)
    foreign_officials: Bilingual = Field(default_factory=Bilingual)
    non_state_bodies: Bilingual = Field(default_factory=Bilingual)
    marked_only: Bilingual = Field(default_factory=Bilingual)
    anonymity: Bilingual = Field(default_factory=Bilingual)
    state_media: Bilingual = Field(default_factory=Bilingual)
    noun_stems: list[str] = Field(default_factory=list)
    noun_governors: list[str] = Field(default_factory=list)
    quotes: list[tuple[str, str]]


class CommitmentsFile(_Data):
    future_prefix_ar: bool = True
    markers: Bilingual
    exclude: Bilingual
    not_future_ar: list[str] = Field(default_factory=list)
    passive_ar: list[str] = Field(default_factory=list)
    passive_en: list[str] = Field(default_factory=list)
    opening_ar: list[str] = Field(default_factory=list)
    processes: list[str] = Field(default_factory=list)
    own_bodies: list[str] = Field(default_factory=list)
    own_people: list[str] = Field(default_factory=list)
    counted_subjects: dict[str, list[str]] = Field(default_factory=dict)
    states_counted: list[str] = Field(default_factory=list)
    fighters: Bilingual = Field(default_factory=Bilingual)
    in_force: Bilingual = Field(default_factory=Bilingual)
    departures: list[str] = Field(default_factory=list)
    prepositions: Bilingual = Field(default_factory=Bilingual)
    since: list[str] = Field(default_factory=list)
    suffered: Bilingual = Field(default_factory=Bilingual)
    unspecified: Bilingual = Field(default_factory=Bilingual)
    waited: Bilingual = Field(default_factory=Bilingual)
    agent_heads: Bilingual = Field(default_factory=Bilingual)
    agent_kinds: list[str] = Field(default_factory=list)


# -- compiled lexicon -------------------------------------------------------------------------

# The contract's event types, plus ENTRY: entry verbs that become INCURSION with a foreign agent.
EVENT_TYPE_KEYS = (*EVENT_TYPES, "ENTRY")


@dataclass(frozen=True, slots=True)
class Cue:
    """What a matched pattern stands for: `kind` (actor, place, trigger, speech, ...) and `key`."""

    kind: str
    key: str
    extra: Any = None


@dataclass
class Lexicon:
    actors: dict[str, ActorEntry]
    places: dict[str, PlaceEntry]
    default_date: dt.date
    quotes: list[tuple[str, str]]
    matcher: Matcher
    generic: frozenset[str] = frozenset()
    incursion_states: frozenset[str] = frozenset()
    crossing_parties: frozenset[str] = frozenset()
    # the folded name of an operation → the state whose operation it is
    operation_states: dict[str, str] = field(default_factory=dict)
    unarmed: frozenset[str] = (
        frozenset()
    )  # parties that bear no arms: never the doer of a hostile act
    designated_groups: frozenset[str] = frozenset()  # listed as terrorist by the UN
    air_powers: frozenset[str] = frozenset()
    air_forces: frozenset[str] = frozenset()
    ground_forces: frozenset[str] = frozenset()
    stative: frozenset[str] = frozenset()
    means: frozenset[str] = frozenset()
    anaphor_adjectives: frozenset[str] = frozenset()
    unidentified: frozenset[str] = frozenset()  # "مسلحون مجهولون", "unidentified gunmen"
    unit_heads: frozenset[str] = frozenset()  # "الفرقة الساحلية الأولى، التابعة للجيش الحر"
    not_parties_after: frozenset[str] = frozenset()  # "the Turkish border", "U.S.-made missiles"
    not_parties_before: frozenset[str] = frozenset()  # "الحدود التركية", "مواطنين روس"
    body_words: frozenset[str] = frozenset()
    # compass words that locate a place by another (places.yaml `compass`)
    compass_en: frozenset[str] = frozenset()
    compass_ar: frozenset[str] = frozenset()
    # first words of unknown compound names before a known name (places.yaml `name_heads`)
    name_heads: frozenset[str] = frozenset()
    # speech verbs whose letters also spell a noun (speech.yaml `noun_stems`)
    speech_noun_stems: tuple[str, ...] = ()
    # words that make such a verb's letters a noun after them (speech.yaml `noun_governors`)
    speech_noun_governors: frozenset[str] = frozenset()
    # word lists read at fixed positions by the event rules, as regex alternations of folded words
    positional: dict[str, str] = field(default_factory=dict)
    # the event rules' patterns built from `positional`, compiled on first use (events/common.py)
    compiled_rules: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)
    theatre_country: str = "SY"
    stats: dict[str, int] = field(default_factory=dict)

    def resolve_title(
        self, actor_ids: tuple[str, ...], ranges: tuple[tuple[dt.date, dt.date], ...], when: dt.date
    ) -> str | None:
        """The actor holding a title on `when` (titles are listed with their periods)."""
        for actor_id, (start, end) in zip(actor_ids, ranges, strict=True):
            if start <= when <= end:
                return actor_id
        return None


def _validate(model: type[BaseModel], *parts: str) -> Any:
    try:
        return model.model_validate(load_yaml(*parts))
    except ValidationError as err:
        raise LexiconError(
            f"invalid data file {'/'.join(parts)}: {err}", path="/".join(parts)
        ) from err


_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|az|at|an)-", re.IGNORECASE)
_NISBA = re.compile(r"(?:iyah|iyeh|iya|iyya|iyyah)$", re.IGNORECASE)
_FEMININE_END = re.compile(r"(?<=[^aeiouy\W])(?:ah|eh)$", re.IGNORECASE)


_KAFR = re.compile(r"^كفر( ?)(\S{3,})$")  # "كفر نبل" / "كفرنبل", not "كفريا"


# the article inside an English name, as written before a sun letter or not: "Deir ez-Zor",
# "Deir al-Zor", "Deir el-Zor"; "Ras al-Ain", "Ras el-Ain"
_INNER_ARTICLE = re.compile(
    r"(?<= )(?:al|el|[ae](?:sh|th|dh|[tdrzsn]))-(?=(sh|th|dh|\w))", re.IGNORECASE
)
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


def _article_spellings(name: str) -> list[str]:
    """`name` with its inner article written each way the press writes it."""
    found = _INNER_ARTICLE.search(name)
    if found is None:
        return [name]
    letter = found.group(1).lower()
    sun = letter if letter in _SUN else None
    forms = ["al-", "el-", *((f"a{sun}-", f"e{sun}-") if sun else ())]
    return list(
        dict.fromkeys([name, *(name[: found.start()] + f + name[found.end() :] for f in forms)])
    )


def _spellings(name: str) -> list[str]:
    """A place name as the press also spells it: Arabic names in كفر written joined or apart
    ("كفر بطنا", "كفربطنا"); English ones with or without the article ("Al-Hamdaniyah",
    "Hamdaniyah"), with the article inside written al-, el- or as the sun letter makes it
    ("Deir ez-Zor", "Deir el-Zor"), and with the usual endings of -iyah ("Hamdaniyeh",
    "Hamdaniya")."""
    if is_arabic(name):
        joined = _KAFR.match(name)
        if joined is None:
            return [name]
        return [name, f"كفر{joined.group(2)}" if joined.group(1) else f"كفر {joined.group(2)}"]
    bases = [b for written in (name, _ARTICLE.sub("", name)) for b in _article_spellings(written)]
    out = []
    for base in bases:
        out.append(base)
        if _NISBA.search(base):
            out += [_NISBA.sub(end, base) for end in ("iyah", "iyeh", "iya")]
        elif _FEMININE_END.search(base):
            # the ta marbuta as the press writes it: "Kafr Nabudah", "Kafr Nabuda", "Kafr Nabudeh"
            out += [_FEMININE_END.sub(end, base) for end in ("ah", "eh", "a")]
    # a short form left by taking the article off is no name; one written so ("Fua", "T4") is
    return list(dict.fromkeys(b for b in out if len(b) >= 4 or b == name))


def load_gazetteer() -> dict[str, PlaceEntry]:
    """Every place of every gazetteer file, by id (ids are unique across files)."""
    places: dict[str, PlaceEntry] = {}
    folder = data_path("gazetteer")
    for path in sorted(folder.glob("*.yaml")):
        gaz = _validate(GazetteerFile, "gazetteer", path.name)
        for place in gaz.places:
            if place.id in places:
                raise LexiconError(
                    f"duplicate place id {place.id!r} in {path.name}", path=str(path)
                )
            places[place.id] = place
    return places


def _forces_of(adjectives: list[str], nouns: dict[Literal["ar", "en"], list[str]]) -> list[str]:
    """A party's adjective joined to a noun of armed forces names that party ("Russian
    frigate", "مروحيات حكومية"): English puts the adjective first; Arabic after, with the
    same article."""
    names = []
    for adj in adjectives:
        if adj.isascii():
            names += [f"{adj} {noun}" for noun in nouns.get("en", [])]
        else:
            definite = adj.startswith("ال")
            names += [
                f"{noun} {adj}" for noun in nouns.get("ar", []) if noun.startswith("ال") == definite
            ]
    return names


def _with_lam(names: list[str]) -> list[str]:
    """Arabic names as they stand and after the preposition لـ ("الإرهاب", "للإرهاب";
    "داعش", "لداعش")."""
    return [*names, *(("ل" + n[1:]) if n.startswith("ال") else "ل" + n for n in names)]


_PARTICLES = frozenset(
    {"في", "من", "على", "عن", "إلى", "الى", "مع", "ضد", "لا", "لم", "لن", "غير", "عدم"}
)


def _accusative(spec: str) -> str:
    """An Arabic indefinite phrase as the object of a verb ("تهجير قسري" -> "تهجيراً قسرياً");
    words with the article, particles and words ending in a vowel or ة stay."""
    if spec.startswith("~") or "*" in spec:
        return spec
    words = [
        w if len(w) < 3 or w in _PARTICLES or w.startswith("ال") or w[-1] in "اةهىيوً" else w + "اً"
        for w in spec.split()
    ]
    return " ".join(words)


@lru_cache(maxsize=4)
def load_lexicon(theatre: str = "syria-2016") -> Lexicon:
    """The compiled lexicon of a theatre (cached: compiled once per process)."""
    actors_file: ActorsFile = _validate(ActorsFile, "lexicons", "actors.yaml")
    places = load_gazetteer()
    events_raw = load_yaml("lexicons", "events.yaml")
    events_file: EventsFile = _validate(EventsFile, "lexicons", "events.yaml")
    speech: SpeechFile = _validate(SpeechFile, "lexicons", "speech.yaml")
    commit: CommitmentsFile = _validate(CommitmentsFile, "lexicons", "commitments.yaml")

    m = Matcher()
    actors = {a.id: a for a in actors_file.actors}
    titles: dict[str, list[tuple[str, tuple[dt.date, dt.date]]]] = {}
    for a in actors_file.actors:
        m.add_all([*a.ar, *a.en], Cue("actor", a.id))
        for name in a.metonyms:
            m.add(name, Cue("metonym", a.id))
        for name in a.members:
            m.add(name, Cue("member", a.id))
        for adj in a.adjectives:
            m.add(adj, Cue("adjective", a.id))
        m.add_all(_forces_of(a.adjectives, actors_file.forces), Cue("actor", a.id))
        m.add_all(_forces_of(a.adjectives, actors_file.voices), Cue("actor", a.id))
        for adj in [*a.adjectives, *a.nationality]:
            m.add(adj, Cue("nationality", a.id))
        for title in a.titles:
            for spec in [*title.ar, *title.en]:
                titles.setdefault(spec, []).append((a.id, (title.from_, title.to)))
    for spec, candidates in actors_file.anaphors.items():
        m.add(spec, Cue("anaphor", candidates[0], tuple(candidates)))
    m.add_all(actors_file.partitives, Cue("partitive", "partitive"))
    for spec, party in actors_file.local_groups.items():
        m.add(spec, Cue("local_group", party))
    for spec, candidates in actors_file.short_forms.items():
        m.add(spec, Cue("short_form", candidates[0], tuple(candidates)))
    for spec in actors_file.headed_forms:
        m.add(spec, Cue("headed_form", spec))
    places_file: PlacesFile = _validate(PlacesFile, "lexicons", "places.yaml")
    for spec, kinds in places_file.anaphors.items():
        m.add(spec, Cue("place_anaphor", spec, tuple(kinds)))
    for spec, holders in titles.items():
        ids = tuple(h[0] for h in holders)
        ranges = tuple(h[1] for h in holders)
        m.add(spec, Cue("title", ids[0], (ids, ranges)))
    written_names = {
        place.id: [
            place.name,
            *place.aliases_en,
            *([place.name_ar] if place.name_ar else []),
            *place.aliases_ar,
        ]
        for place in places.values()
    }
    # a spelling made up for one place never takes another place's own name ("Hama", "al-Hameh")
    given = {name.casefold() for names in written_names.values() for name in names}
    for place in places.values():
        names = written_names[place.id]
        own = {name.casefold() for name in names}
        for name in dict.fromkeys(s for written in names for s in _spellings(written)):
            if name.casefold() in given and name.casefold() not in own:
                continue
            m.add(name, Cue("place", place.id))
            if name.startswith("حي "):  # حيي الشعار ومساكن هنانو: the dual names two neighbourhoods
                m.add("حيي " + name[3:], Cue("place", place.id))
                if len(name) >= 8:  # "أحياء بستان القصر والفردوس والكلاسة": listed bare
                    m.add(name[3:], Cue("place", place.id))
    for place in places.values():
        for name in place.after_locative:
            for word in places_file.locatives:
                # the cue covers the locative too; `find_entities` keeps only the name
                m.add(f"{word} {name}", Cue("place", place.id, ("after_locative", len(fold(name)))))
    for etype in EVENT_TYPE_KEYS:
        block = events_raw.get(etype) or {}
        for spec in [*block.get("ar", []), *block.get("en", [])]:
            words = spec.rstrip("*").split()
            past = [w.endswith("ed") or w in events_file.irregular_past for w in words]
            verb = (
                spec.startswith("~")
                or (
                    spec.isascii()
                    # "jets struck", "sent armoured vehicles into": a hostile act's past verb after
                    # its means (an accord's "deal reached" is a participle)
                    and (past[0] or (etype in HOSTILE_TYPES and any(past[1:])))
                )
            )
            m.add(spec, Cue("trigger", etype, "verb" if verb else "noun"))
    for kind, words in (
        ("negation", events_file.negation),
        ("modality", events_file.modality),
        ("agent_marker", events_file.agent_markers),
        ("target_marker", events_file.target_markers),
        ("frame", events_file.frame_markers),
        ("truce", events_file.truce_words),
        ("participation", events_file.participation),
        ("non_event", events_file.non_events),
        ("own_forces", events_file.own_forces),
        ("post_modality", events_file.post_modality),
        ("description", events_file.description_verbs),
        ("pejorative", events_file.pejoratives),
        ("congratulate", events_file.congratulations),
        ("blocking", events_file.blocking_verbs),
        ("aid_object", events_file.aid_objects),
        ("accord_verb", events_file.accord_verbs),
        ("discuss", events_file.discuss_verbs),
        ("verbal_attack", events_file.verbal_attack_verbs),
        ("downing", events_file.downing_verbs),
        ("stance", events_file.stances),
        ("advance", events_file.advance_verbs),
        ("gain_verb", events_file.gain_verbs),
        ("ground_subject", events_file.ground_subjects),
        ("eliminate", events_file.eliminate_verbs),
        ("gain", events_file.gains),
        ("launch", events_file.launch_verbs),
        ("campaign", events_file.campaigns),
        ("fire", events_file.fire_objects),
        ("clear", events_file.clear_verbs),
        ("refuse", events_file.refusal_verbs),
        ("report_denial", events_file.report_denials),
        ("allowing", events_file.allowing),
        ("cleared_of", events_file.cleared_of),
        ("towards", events_file.towards),
        ("operation", events_file.operations),
        ("fall", events_file.falls),
        ("into_hands", events_file.into_hands),
        ("against", events_file.against),
        ("advance_front", events_file.advance_fronts),
        ("blocked_passive", events_file.blocked_passive),
        ("aid_none", events_file.aid_none),
        ("loss", events_file.losses),
        ("taking", events_file.taking_verbs),
        ("arrival", events_file.arrivals),
        ("destroy", events_file.destroy_verbs),
        ("air_subject", events_file.air_subjects),
        ("send", events_file.send_verbs),
        ("bear", events_file.bear_verbs),
        ("copula", events_file.copulas),
        ("to_blame", events_file.to_blame),
        ("armour", events_file.armour),
        ("with", events_file.with_words),
        ("accord", events_file.accords),
        ("delegation", events_file.delegations),
        ("allusion", events_file.allusions),
        ("patient_noun", events_file.patient_nouns),
        ("support", events_file.support),
        ("particle_idiom", events_file.particle_idioms),
        ("blame", events_file.blame_verbs),
        ("responsibility", events_file.responsibility),
        ("irrealis", events_file.irrealis),
        ("speech", speech.verbs),
        ("speech", speech.continuation),
        ("label_verb", speech.label_verbs),
        ("continuation", speech.continuation),
        ("marked_only", speech.marked_only),
        ("anonymity", speech.anonymity),
        ("turn_opener", speech.turn_openers),
        ("official", speech.official_heads),
        ("person_head", speech.person_heads),
        ("source_head", speech.source_heads),
        ("unnamed_speaker", speech.unnamed_speakers),
        ("state_media", speech.state_media),
        ("foreign_state", speech.foreign_states),
        ("foreign_state", speech.foreign_officials),
        ("non_state_body", speech.non_state_bodies),
        ("title_modifier", speech.title_modifiers),
        ("complementiser", speech.complementisers),
        ("future", commit.markers),
        ("not_commitment", commit.exclude),
        ("fighters", commit.fighters),
    ):
        for spec in words.all():
            m.add(spec, Cue(kind, spec))
    # phrases built from two lists: each word of the first, then each of the second
    for firsts, seconds, cue in (
        (
            events_file.backing_verbs.ar,
            _with_lam(events_file.backed_groups.ar),
            lambda phrase: Cue("pejorative", phrase),
        ),
        (
            events_file.backing_verbs.en,
            events_file.backed_groups.en,
            lambda phrase: Cue("pejorative", phrase),
        ),
        (
            events_file.taking_verbs.en,
            events_file.taken_grounds.en,
            lambda _phrase: Cue("trigger", "ATTACK", "verb"),
        ),
    ):
        for first in firsts:
            for second in seconds:
                m.add(f"{first} {second}", cue(f"{first} {second}"))
    for spec in events_file.terror_labels.all():
        m.add(spec, Cue("pejorative", spec, "terror"))
    for spec in events_file.pejoratives.ar:
        # "اعتبرته المعارضة «تهجيراً قسرياً»": the damning words as an object take -اً
        object_form = _accusative(spec)
        if object_form != spec:
            m.add(object_form, Cue("pejorative", spec))
    m.build()
    return Lexicon(
        actors=actors,
        places=places,
        default_date=actors_file.default_date,
        quotes=list(speech.quotes),
        matcher=m,
        generic=frozenset(fold(g.strip("~*")) for g in events_file.generic),
        incursion_states=frozenset(events_file.incursion_states),
        crossing_parties=frozenset(events_file.crossing_parties),
        unarmed=frozenset(events_file.unarmed),
        designated_groups=frozenset(events_file.designated_groups),
        operation_states={
            fold(name): state
            for state, names in events_file.named_operations.items()
            for name in names
        },
        air_powers=frozenset(events_file.air_powers),
        air_forces=frozenset(events_file.air_forces),
        ground_forces=frozenset(events_file.ground_forces),
        stative=frozenset(fold(w) for w in events_file.stative),
        means=frozenset(fold(w.rstrip("*")) for w in events_file.means),
        anaphor_adjectives=frozenset(fold(w) for w in actors_file.anaphor_adjectives),
        unidentified=frozenset(fold(w) for w in actors_file.unidentified),
        unit_heads=frozenset(fold(w) for w in actors_file.unit_heads),
        not_parties_after=frozenset(fold(w) for w in actors_file.not_parties_after),
        not_parties_before=frozenset(fold(w) for w in actors_file.not_parties_before),
        body_words=frozenset(w.lower() for w in actors_file.body_words),
        compass_en=frozenset(fold(w) for w in places_file.compass.get("en", [])),
        compass_ar=frozenset(fold(w) for w in places_file.compass.get("ar", [])),
        name_heads=frozenset(fold(w) for w in places_file.name_heads),
        speech_noun_stems=tuple(fold(w) for w in speech.noun_stems),
        speech_noun_governors=frozenset(fold(w) for w in speech.noun_governors),
        positional={
            name: alternation(fold(w) for w in words)
            for name, words in events_file.positional.items()
        },
        stats={"patterns": len(m), "actors": len(actors), "places": len(places)},
    )
