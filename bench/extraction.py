"""Extraction throughput and memory on a corpus built from the bundled reports.

Prints documents per second for the Hudna extractor over N copies of the demo corpus and the seeds
(varied by a suffix so nothing is cached), with peak memory. Ratios against a spaCy baseline are
added in the extraction-quality work (issue 3).
"""

from __future__ import annotations

import argparse
import resource
import time

from hudna.data import data_path
from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import read_paths
from hudna.models import Document


def corpus(n: int) -> list[Document]:
    base = [d for d in read_paths([data_path("corpus")]) if isinstance(d, Document)]
    docs = []
    for i in range(n):
        d = base[i % len(base)]
        docs.append(
            d.model_copy(update={"id": f"{d.id}-{i}", "text": d.text + f"\n\n[{i}]", "raw": None})
        )
    return docs


def run(args: argparse.Namespace) -> None:
    t0 = time.perf_counter()
    extractor = Extractor()
    build = time.perf_counter() - t0
    docs = corpus(args.extract_docs)
    t0 = time.perf_counter()
    events = sum(len(extractor(d).events) for d in docs)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"lexicon build: {build * 1000:.0f} ms")
    print(
        f"hudna extract: {len(docs)} documents in {elapsed:.2f} s = {len(docs) / elapsed:.0f} docs/s ({events} events)"
    )
    print(f"peak memory: {peak_mb:.0f} MB")



def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--extract-docs", type=int, default=2000, help="documents for the extraction benchmark")
