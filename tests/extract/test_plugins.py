"""The extension point for a local ML component: off by default, added by name, checked chain."""

from __future__ import annotations

import pytest

from hudna.errors import HudnaError
from hudna.extract.pipeline import Extractor
from hudna.ingest.readers.base import make_document

TEXT = (
    "قصفت قوات النظام بلدة داريا أمس، ما أسفر عن مقتل خمسة مدنيين.\n\n"
    "وتعرضت بلدة مضايا لقصف مدفعي دون معرفة الجهة المنفذة."
)


def _doc():  # type: ignore[no-untyped-def]
    return make_document(id="plugin-doc", text=TEXT, raw=TEXT.encode(), source="test")


def test_components_are_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUDNA_COMPONENTS", raising=False)
    names = [c.name for c in Extractor().components]
    assert names == [
        "matcher",
        "sentences",
        "dates",
        "entities",
        "statements",
        "events",
        "commitments",
    ]
    assert all(e.confidence is None for e in Extractor()(_doc()).events)


def test_a_named_component_rescores_and_the_threshold_filters() -> None:
    plain = Extractor()(_doc())
    assert any(not e.actors for e in plain.events), (
        "the unattributed shelling is found by the rules"
    )
    scored = Extractor(components_extra=["tests.extract.fake_model:make"])(_doc())
    assert {e.confidence for e in scored.events} <= {0.2, 0.9}
    strict = Extractor(components_extra=["tests.extract.fake_model:make"], min_confidence=0.5)
    kept = strict(_doc()).events
    assert kept and all(e.actors for e in kept)
    assert len(kept) < len(plain.events)


def test_the_environment_names_components(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUDNA_COMPONENTS", "tests.extract.fake_model:make")
    assert "fake-rescorer" in [c.name for c in Extractor().components]


def test_a_component_whose_needs_are_unmet_is_refused() -> None:
    with pytest.raises(HudnaError, match="embeddings"):
        Extractor(components_extra=["tests.extract.fake_model:make_bad"])


def test_an_unknown_component_is_a_clear_error() -> None:
    with pytest.raises(HudnaError, match="no extraction component named"):
        Extractor(components_extra=["no-such-model"])
    with pytest.raises(HudnaError, match="cannot load"):
        Extractor(components_extra=["tests.extract.nope:make"])
