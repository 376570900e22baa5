"""Near-duplicate documents: syndicated copies of one report count as one source.

Each document's text is folded (`hudna.text.fold`: Arabic letter variants, diacritics, case),
whitespace is collapsed, and the set of its character 5-grams is its fingerprint. MinHash LSH
(datasketch) proposes candidate pairs without comparing all pairs; each candidate is then checked
with the exact Jaccard similarity of the two 5-gram sets, and pairs at or above `THRESHOLD` are
grouped (transitively). Every other member of a group points at its first document (earliest
publication, then input order). The threshold was measured on the demo corpus (docs/incidents.md):
the syndicated copy demo-014 of demo-012 scores 0.89; any two distinct reports score at most 0.19,
including three outlets' reports of the same strike (0.11).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from datasketch import MinHash, MinHashLSH

from hudna.text import fold

THRESHOLD = 0.5
SHINGLE = 5
NUM_PERM = 128
_SPACE_RE = re.compile(r"\s+")


class HasText(Protocol):
    """What deduplication reads from a document (`hudna.models.Document` has it)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...


@dataclass(frozen=True)
class Duplicate:
    """`doc_id` is a near-copy of `duplicate_of` (the first document of its group)."""

    doc_id: str
    duplicate_of: str
    similarity: float  # exact Jaccard similarity of the two documents' 5-gram sets


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """The character k-grams of `text` after folding and collapsing whitespace."""
    flat = _SPACE_RE.sub(" ", fold(text)).strip()
    return {flat[i : i + k] for i in range(len(flat) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def minhash(grams: set[str], num_perm: int = NUM_PERM) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch([g.encode("utf-8") for g in grams])
    return m


def find_duplicates(
    docs: Sequence[HasText], *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM
) -> list[Duplicate]:
    """Every document that is a near-copy of an earlier one, pointing at its group's first."""
    grams = [shingles(d.text) for d in docs]
    # the LSH band threshold sits below the verified one, so that MinHash's estimation error
    # costs extra exact checks rather than missed copies
    lsh = MinHashLSH(threshold=max(0.05, threshold * 0.8), num_perm=num_perm)
    hashes: dict[int, MinHash] = {}
    for k, g in enumerate(grams):
        if g:
            hashes[k] = minhash(g, num_perm)
            lsh.insert(k, hashes[k])
    parent = list(range(len(docs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]
        return x

    def first(k: int) -> tuple[dt.date, int]:
        return (docs[k].published or dt.date.max, k)

    for k, m in hashes.items():
        for other in lsh.query(m):
            if other <= k or jaccard(grams[k], grams[other]) < threshold:
                continue
            ra, rb = find(k), find(other)
            if ra != rb:
                if first(rb) < first(ra):
                    ra, rb = rb, ra
                parent[rb] = ra
    return [
        Duplicate(docs[k].id, docs[find(k)].id, round(jaccard(grams[k], grams[find(k)]), 4))
        for k in range(len(docs))
        if find(k) != k
    ]
