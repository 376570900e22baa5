"""Every line `hudna extract` prints validates against the contract's JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from hudna.extract.pipeline import Extractor
from hudna.ingest.readers import read_paths
from hudna.models import Document
from tests.conftest import DEMO, SEEDS


@pytest.fixture(scope="module")
def corpus_docs() -> list[Document]:
    return [d for d in read_paths([SEEDS, DEMO]) if isinstance(d, Document)]


def test_every_extraction_validates(
    extractor: Extractor, corpus_docs: list[Document], extraction_schema: dict
) -> None:
    validator = jsonschema.Draft202012Validator(extraction_schema)
    assert len(corpus_docs) >= 22
    for doc in corpus_docs:
        line = json.loads(json.dumps(extractor(doc).to_json_dict(), ensure_ascii=False))
        errors = sorted(validator.iter_errors(line), key=str)
        assert not errors, f"{doc.id}: {errors[0].message}"


def test_schema_rejects_a_wrong_event_type(extraction_schema: dict) -> None:
    bad = {
        "schema": 1,
        "id": "x",
        "language": "ar",
        "title": None,
        "published": None,
        "published_source": None,
        "actors": [],
        "places": [],
        "statements": [],
        "commitments": [],
        "events": [
            {
                "type": "BOMBING",
                "actors": [],
                "target": None,
                "place": None,
                "date": None,
                "date_precision": None,
                "asserted_by": None,
                "negated": False,
                "span": [0, 1],
            }
        ],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, extraction_schema)


def test_extraction_is_deterministic(extractor: Extractor, corpus_docs: list[Document]) -> None:
    first = [extractor(d).to_json_dict() for d in corpus_docs[:8]]
    second = [extractor(d).to_json_dict() for d in corpus_docs[:8]]
    assert first == second
