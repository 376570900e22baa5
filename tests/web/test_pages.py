"""The served pages: evidence highlighted, Arabic right-to-left, untrusted text escaped."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from hudna.api.app import create_app
from hudna.extract.pipeline import Extractor
from hudna.ingest.readers.base import make_document
from hudna.models import Document
from hudna.store import Store


@pytest.fixture()
def client(store: Store, extractor: Extractor, seed_docs: dict[str, Document]) -> TestClient:
    for doc in seed_docs.values():
        store.add_document(doc, extractor(doc))
    evil = make_document(
        id="evil",
        raw=b"x",
        source="test",
        text="<script>alert('x')</script>\nقصفت قوات النظام بلدة داريا <img src=x onerror=alert(1)>",
        published=dt.date(2016, 3, 10),
    )
    store.add_document(evil, extractor(evil))
    return TestClient(create_app(store))


def test_index_lists_documents(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "كيري يلتقي لافروف" in page.text


def test_document_page_is_rtl_with_highlighted_evidence(client: TestClient) -> None:
    page = client.get("/doc/003_50da22164150d52a")
    assert page.status_code == 200
    assert 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    assert '<mark class="actor' in page.text or '<mark class="actor statement' in page.text
    assert "statement" in page.text and "MEET" in page.text
    assert "سنقدم للمجتمع الدولي" in page.text


def test_script_in_a_document_is_escaped(client: TestClient) -> None:
    page = client.get("/doc/evil")
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;" in page.text
    assert "<img src=x" not in page.text


def test_api_returns_contract_and_errors_as_json(client: TestClient) -> None:
    data = client.get("/api/documents/003_50da22164150d52a").json()
    assert data["extraction"]["schema"] == 1
    missing = client.get("/api/documents/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"


def test_search_page_folds_arabic(client: TestClient) -> None:
    page = client.get("/", params={"q": "ولافروف"})
    assert "000_90ba3c5774616069" in page.text
