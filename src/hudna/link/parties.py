"""Who an actor id stands for when Hudna attributes acts: persons → their state, members → their side.

Linking and commitment tracking compare *parties*: `kerry` acts for `USA`, `lavrov` for `RUS`, and
`FSA`/`HNC` are members of `SYR_OPP` (their `affiliation` in `data/lexicons/actors.yaml`).
`state_of` maps persons only (what an incident lists as its actors); `party_of` follows the
affiliation chain to the top (what compatibility and agreement between sources compare).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from pydantic import ValidationError

from hudna.data import load_yaml
from hudna.errors import LexiconError
from hudna.extract.lexicon import ActorsFile
from hudna.text import WORD_RE, fold


@dataclass(frozen=True)
class Parties:
    """Actor id → (kind, affiliation) from the actor lexicon; unknown ids stand for themselves."""

    kinds: Mapping[str, str]
    affiliations: Mapping[str, str]
    name_words: frozenset[str] = frozenset()  # folded words of actors' names and descriptions

    def state_of(self, actor: str) -> str:
        """A person's state (`kerry` → `USA`); any other actor id unchanged."""
        if self.kinds.get(actor) == "person":
            return self.affiliations.get(actor, actor)
        return actor

    def party_of(self, actor: str) -> str:
        """The top of `actor`'s affiliation chain (`kerry` → `USA`, `FSA` → `SYR_OPP`)."""
        seen = {actor}
        while actor in self.affiliations:
            actor = self.affiliations[actor]
            if actor in seen:  # a cycle in the data must not hang linking
                break
            seen.add(actor)
        return actor

    def states(self, actors: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({self.state_of(a) for a in actors}))

    def parties(self, actors: Iterable[str]) -> frozenset[str]:
        return frozenset(self.party_of(a) for a in actors)


@lru_cache(maxsize=4)
def load_parties(theatre: str = "syria-2016") -> Parties:
    """The parties of a theatre's actor lexicon (one lexicon for now: `lexicons/actors.yaml`)."""
    del theatre  # every theatre shares the actor lexicon until a second one ships
    try:
        actors = ActorsFile.model_validate(load_yaml("lexicons", "actors.yaml")).actors
    except ValidationError as err:
        raise LexiconError(f"invalid data file lexicons/actors.yaml: {err}") from err
    names = (n for a in actors for n in (a.name, a.name_ar or "", *a.ar, *a.en, *a.metonyms))
    return Parties(
        kinds={a.id: a.kind for a in actors},
        affiliations={a.id: a.affiliation for a in actors if a.affiliation},
        name_words=frozenset(w for n in names for w in WORD_RE.findall(fold(n))),
    )
