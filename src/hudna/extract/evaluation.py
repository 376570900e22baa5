"""Scoring extraction against hand annotations (`hudna eval GOLD.jsonl DOCS.jsonl`).

Matching rules (also in docs/evaluation.md):
- events: one-to-one, greedy in document order; a predicted event matches a gold event of the same
  type when the places agree (equal ids; a governorate also matches its capital city, whose name it
  shares in Arabic news; both null) and the actors agree: every gold actor is matched by a
  predicted one and every predicted one by a gold one, where a person also matches the state or
  group it belongs to. Negated events (denials, warnings) are optional in the contract, so they
  are left out of the scores on both sides and counted apart.
- statements: same speaker, and the texts share at least half of the words of the shorter one
  (after Arabic folding).
- commitments: a party of `by` in common (persons match their state) and the same word overlap.
- date accuracy: over matched events whose gold has a date, the predicted date equals the gold one
  at the gold's precision (day, or the month for "YYYY-MM"); plus the publication date of every
  document whose gold gives one.
- asserted_by accuracy: over matched events, the same `asserted_by` (null included).
- fatalities accuracy: over matched events where the gold or the prediction gives a death toll,
  the same number.
- due accuracy: over matched commitments where the gold or the prediction gives a `due`, the
  same `due`.
- documents whose gold has no event must yield no hostile event.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hudna.errors import InputError
from hudna.extract.lexicon import Lexicon, load_lexicon
from hudna.models import HOSTILE_TYPES
from hudna.text import WORD_RE, fold


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 3), "right": self.right, "total": self.total}


@dataclass
class Scores:
    documents: int = 0
    events: PRF = field(default_factory=PRF)
    statements: PRF = field(default_factory=PRF)
    commitments: PRF = field(default_factory=PRF)
    dates: Ratio = field(default_factory=Ratio)
    event_dates: Ratio = field(default_factory=Ratio)
    published: Ratio = field(default_factory=Ratio)
    asserted_by: Ratio = field(default_factory=Ratio)
    fatalities: Ratio = field(default_factory=Ratio)
    dues: Ratio = field(default_factory=Ratio)
    no_event_docs: int = 0
    events_on_no_event_docs: int = 0
    negated_gold: int = 0
    negated_predicted: int = 0
    per_type: dict[str, PRF] = field(default_factory=dict)
    # events matched on less than the full rule: where extraction fails (type, place or actors)
    relaxed: dict[str, PRF] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": self.events.as_dict(),
            "statements": self.statements.as_dict(),
            "commitments": self.commitments.as_dict(),
            "date_accuracy": self.dates.as_dict(),
            "event_date_accuracy": self.event_dates.as_dict(),
            "published_accuracy": self.published.as_dict(),
            "asserted_by_accuracy": self.asserted_by.as_dict(),
            "fatalities_accuracy": self.fatalities.as_dict(),
            "due_accuracy": self.dues.as_dict(),
            "events_on_documents_without_events": self.events_on_no_event_docs,
            "documents_without_events": self.no_event_docs,
            "negated": {"gold": self.negated_gold, "predicted": self.negated_predicted},
            "per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())},
            "relaxed": {k: v.as_dict() for k, v in self.relaxed.items()},
        }


def _words(text: str) -> set[str]:
    return set(WORD_RE.findall(fold(text)))


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


class Matcher:
    """Equivalences the scoring rules need: persons to their state, governorates to capitals."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.affiliation = {a.id: a.affiliation for a in lexicon.actors.values() if a.affiliation}
        self.capital_of: dict[str, str] = {}
        for place in lexicon.places.values():
            if place.kind == "governorate":
                capital = place.id.removesuffix("_gov")
                if capital in lexicon.places:
                    self.capital_of[place.id] = capital

    def actor_eq(self, a: str, b: str) -> bool:
        return a == b or self.affiliation.get(a) == b or self.affiliation.get(b) == a

    def actors_eq(self, gold: Iterable[str], pred: Iterable[str]) -> bool:
        g, p = list(gold), list(pred)
        return all(any(self.actor_eq(x, y) for y in p) for x in g) and all(
            any(self.actor_eq(y, x) for x in g) for y in p
        )

    def place_eq(self, gold: str | None, pred: str | None) -> bool:
        if gold == pred:
            return True
        if gold is None or pred is None:
            return False
        return self.capital_of.get(gold) == pred or self.capital_of.get(pred) == gold

    def relaxed_matches(self) -> list[tuple[str, Callable[[Any, Any], bool]]]:
        """Weaker event matches, to see which slot fails: type only, type + place, type + actors."""
        actors = lambda g, p: self.actors_eq(g.get("actors") or [], p.get("actors") or [])  # noqa: E731
        place = lambda g, p: self.place_eq(g.get("place"), p.get("place"))  # noqa: E731
        return [
            ("type", lambda g, p: g["type"] == p["type"]),
            ("type + place", lambda g, p: g["type"] == p["type"] and place(g, p)),
            ("type + actors", lambda g, p: g["type"] == p["type"] and actors(g, p)),
        ]

    def event_eq(self, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
        return (
            gold["type"] == pred["type"]
            and self.place_eq(gold.get("place"), pred.get("place"))
            and self.actors_eq(gold.get("actors") or [], pred.get("actors") or [])
        )


_PRECISION_LENGTH = {"year": 4, "month": 7, "day": 10}


def _date_ok(gold: str, predicted: str | None, precision: str | None = None) -> bool:
    """Whether `predicted` equals `gold` at the gold's precision: its `date_precision` when given
    (a gold "2016-08-26" of precision "month" asks only for August 2016), else its length."""
    wanted = gold[: _PRECISION_LENGTH.get(precision or "", len(gold))]
    return bool(predicted) and str(predicted)[: len(wanted)] == wanted


def _match(
    golds: list[Any], preds: list[Any], eq: Callable[[Any, Any], bool]
) -> list[tuple[Any, Any]]:
    used: set[int] = set()
    pairs = []
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and eq(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def score(
    gold_lines: list[dict[str, Any]],
    predicted: dict[str, dict[str, Any]],
    lexicon: Lexicon | None = None,
    keep_errors: bool = False,
) -> Scores:
    """Score predicted contract objects (by document id) against gold lines."""
    m = Matcher(lexicon or load_lexicon())
    relaxed = m.relaxed_matches()
    s = Scores()
    for gold in gold_lines:
        pred = predicted.get(gold["id"], {})
        s.documents += 1
        if gold.get("published"):
            s.published.total += 1
            s.dates.total += 1
            if pred.get("published") == gold["published"]:
                s.published.right += 1
                s.dates.right += 1
        g_events = [e for e in gold.get("events", []) if not e.get("negated")]
        p_events = [e for e in pred.get("events", []) if not e.get("negated")]
        s.negated_gold += len(gold.get("events", [])) - len(g_events)
        s.negated_predicted += len(pred.get("events", [])) - len(p_events)
        if not gold.get("events"):
            s.no_event_docs += 1
            s.events_on_no_event_docs += sum(1 for e in p_events if e["type"] in HOSTILE_TYPES)
        pairs = _match(g_events, p_events, m.event_eq)
        for name, eq in relaxed:
            _count(
                s.relaxed.setdefault(name, PRF()),
                len(_match(g_events, p_events, eq)),
                len(p_events),
                len(g_events),
            )
        _count(s.events, len(pairs), len(p_events), len(g_events))
        for etype in {e["type"] for e in [*g_events, *p_events]}:
            prf = s.per_type.setdefault(etype, PRF())
            _count(
                prf,
                sum(1 for g, _ in pairs if g["type"] == etype),
                sum(1 for e in p_events if e["type"] == etype),
                sum(1 for e in g_events if e["type"] == etype),
            )
        for g, p in pairs:
            s.asserted_by.total += 1
            s.asserted_by.right += g.get("asserted_by") == p.get("asserted_by")
            if g.get("fatalities") is not None or p.get("fatalities") is not None:
                s.fatalities.total += 1
                s.fatalities.right += g.get("fatalities") == p.get("fatalities")
            if g.get("date"):
                ok = _date_ok(g["date"], p.get("date"), g.get("date_precision"))
                s.event_dates.total += 1
                s.event_dates.right += ok
                s.dates.total += 1
                s.dates.right += ok
        st_pairs = _match(
            gold.get("statements", []),
            pred.get("statements", []),
            lambda g, p: g["speaker"] == p["speaker"] and _overlap(g["text"], p["text"]) >= 0.5,
        )
        _count(
            s.statements,
            len(st_pairs),
            len(pred.get("statements", [])),
            len(gold.get("statements", [])),
        )
        c_pairs = _match(
            gold.get("commitments", []),
            pred.get("commitments", []),
            lambda g, p: (
                any(m.actor_eq(a, b) for a in g["by"] for b in p["by"])
                and _overlap(g["text"], p["text"]) >= 0.5
            ),
        )
        _count(
            s.commitments,
            len(c_pairs),
            len(pred.get("commitments", [])),
            len(gold.get("commitments", [])),
        )
        for g, p in c_pairs:
            if g.get("due") is not None or p.get("due") is not None:
                s.dues.total += 1
                s.dues.right += g.get("due") == p.get("due")
        if keep_errors:
            matched_p = [id(p) for _, p in pairs]
            matched_g = [id(g) for g, _ in pairs]
            s.errors.append(
                {
                    "id": gold["id"],
                    "missed_events": [g for g in g_events if id(g) not in matched_g],
                    "extra_events": [p for p in p_events if id(p) not in matched_p],
                    "missed_statements": [
                        g
                        for g in gold.get("statements", [])
                        if all(g is not x for x, _ in st_pairs)
                    ],
                    "extra_statements": [
                        p
                        for p in pred.get("statements", [])
                        if all(p is not y for _, y in st_pairs)
                    ],
                    "missed_commitments": [
                        g
                        for g in gold.get("commitments", [])
                        if all(g is not x for x, _ in c_pairs)
                    ],
                    "extra_commitments": [
                        p
                        for p in pred.get("commitments", [])
                        if all(p is not y for _, y in c_pairs)
                    ],
                }
            )
    return s


def _count(prf: PRF, tp: int, n_pred: int, n_gold: int) -> None:
    prf.tp += tp
    prf.fp += n_pred - tp
    prf.fn += n_gold - tp


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(f"cannot read {path}: {err}") from err
