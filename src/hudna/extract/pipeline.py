"""The extraction pipeline: named components run in order over one document's Context.

Each component declares what it needs and what it adds (as spaCy's `requires`/`assigns`), and
`Extractor` checks the chain when it is built. `extract(doc)` is the library entry point.
"""

from __future__ import annotations

import multiprocessing
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from hudna.errors import HudnaError
from hudna.extract.commitments import find_commitments
from hudna.extract.context import Context, split_sentences
from hudna.extract.dates import find_dates, publication_date
from hudna.extract.entities import find_entities
from hudna.extract.events import find_events
from hudna.extract.lexicon import Lexicon, load_lexicon
from hudna.extract.statements import find_statements
from hudna.ingest.cleanup import clean
from hudna.models import Document, Extraction
from hudna.text import fold_with_offsets


@dataclass(frozen=True)
class Component:
    """A named extraction step over a Context."""

    name: str
    func: Callable[[Context], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def _match(ctx: Context) -> None:
    ctx.cues = [
        c
        for c in ctx.lexicon.matcher.find(ctx.folded, cased=ctx.original)
        # "pounded the city's east that night": a demonstrative before a time, no complementiser
        if not (c.payload.kind == "complementiser" and _TIME_AFTER.match(ctx.folded, c.end))
    ]


_TIME_AFTER = re.compile(r"\s+(?:night|day|morning|evening|afternoon|week|weekend|month|year)\b")


def _sentences(ctx: Context) -> None:
    ctx.sentences = split_sentences(ctx.folded)


def _dates(ctx: Context) -> None:
    found = publication_date(ctx.text, folded=ctx.folded)
    if ctx.published is None and found is not None:
        ctx.published, ctx.published_source = found, "text"
    ctx.ref_date = ctx.published
    if found is not None and ctx.published is not None and 0 < (ctx.published - found).days <= 2:
        # a report dated in its text a day or two before it was filed: its "today" is that day
        ctx.ref_date = found
    ctx.dates = find_dates(ctx.text, ctx.ref_date, folded=ctx.folded)
    if ctx.ref_date is None:
        dated = [d.value for d in ctx.dates if d.kind == "absolute" and d.value]
        ctx.ref_date = max(dated) if dated else None


DEFAULT_COMPONENTS: tuple[Component, ...] = (
    Component("matcher", _match, (), ("cues",)),
    Component("sentences", _sentences, (), ("sentences",)),
    Component("dates", _dates, (), ("published", "dates")),
    Component("entities", find_entities, ("cues", "dates"), ("mentions", "actors", "places")),
    Component(
        "statements", find_statements, ("mentions", "sentences"), ("statements", "statement_spans")
    ),
    Component(
        "events", find_events, ("mentions", "sentences", "dates", "statement_spans"), ("events",)
    ),
    Component(
        "commitments", find_commitments, ("mentions", "dates", "statement_spans"), ("commitments",)
    ),
)


class Extractor:
    """Runs the components over documents; holds the compiled lexicon (built once)."""

    def __init__(
        self,
        theatre: str = "syria-2016",
        components: tuple[Component, ...] | None = None,
        lexicon: Lexicon | None = None,
        components_extra: list[str] | None = None,
        min_confidence: float = 0.0,
    ) -> None:
        from hudna.plugins import component_specs, load_components

        self.theatre = theatre
        self.lexicon = lexicon or load_lexicon(theatre)
        self.components = list(components or DEFAULT_COMPONENTS)
        self.min_confidence = min_confidence
        check_chain(self.components)
        for component, after in load_components(component_specs(components_extra)):
            self.add_component(component, after=after)

    def add_component(self, component: Component, *, after: str | None = None) -> None:
        """Insert a component (e.g. a local ML model) after `after`, or at the end."""
        index = len(self.components)
        if after is not None:
            names = [c.name for c in self.components]
            if after not in names:
                raise HudnaError(f"no component named {after!r}; have {names}")
            index = names.index(after) + 1
        candidate = [*self.components[:index], component, *self.components[index:]]
        check_chain(candidate)
        self.components = candidate

    def context(self, doc: Document) -> Context:
        text = clean(doc.text, doc.title)
        folded, offsets = fold_with_offsets(text)
        return Context(
            doc=doc,
            lexicon=self.lexicon,
            text=text,
            folded=folded,
            offsets=offsets,
            published=doc.published,
            published_source=doc.published_source or ("given" if doc.published else None),
        )

    def __call__(self, doc: Document) -> Extraction:
        ctx = self.context(doc)
        for component in self.components:
            component.func(ctx)
        events = [
            e for e in ctx.events if e.confidence is None or e.confidence >= self.min_confidence
        ]
        for i, event in enumerate(events, start=1):
            event.id = f"{doc.id}:e{i}"
        ctx.events = events
        return Extraction(
            id=doc.id,
            language=doc.language,
            title=doc.title,
            published=ctx.published.isoformat() if ctx.published else None,
            published_source=ctx.published_source if ctx.published else None,  # type: ignore[arg-type]
            actors=ctx.actors,
            places=ctx.places,
            statements=ctx.statements,
            events=ctx.events,
            commitments=ctx.commitments,
        )


_PROVIDED = {"doc", "text", "folded", "lexicon"}


def check_chain(components: list[Component]) -> None:
    """Fail early when a component needs something no earlier component assigns."""
    available = set(_PROVIDED)
    for component in components:
        missing = [r for r in component.requires if r not in available]
        if missing:
            raise HudnaError(
                f"component {component.name!r} requires {missing}, which no earlier component assigns"
            )
        available.update(component.assigns)


_DEFAULT: dict[str, Extractor] = {}
_WORKER: Extractor | None = None


def _init_worker(theatre: str) -> None:
    global _WORKER
    _WORKER = Extractor(theatre)


def _extract_in_worker(doc: Document) -> Extraction:
    assert _WORKER is not None, "initialised by _init_worker"
    return _WORKER(doc)


def extract_many(
    docs: Iterable[Document], *, workers: int = 1, theatre: str = "syria-2016", chunksize: int = 32
) -> Iterator[Extraction]:
    """Extract every document, in input order, on `workers` processes (1: in this process)."""
    if workers <= 1:
        extractor = Extractor(theatre)
        for doc in docs:
            yield extractor(doc)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(theatre,)) as pool:
        yield from pool.imap(_extract_in_worker, docs, chunksize=chunksize)


def extract(doc: Document, theatre: str = "syria-2016") -> Extraction:
    """Extract actors, places, statements, events and commitments from one document."""
    if theatre not in _DEFAULT:
        _DEFAULT[theatre] = Extractor(theatre)
    return _DEFAULT[theatre](doc)
