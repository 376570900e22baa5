"""HTML pages (Jinja2, autoescaped): the document list and one document with its evidence."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from hudna.store import Store
from hudna.web.highlight import marks_of, segments

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
router = APIRouter()


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/", response_class=HTMLResponse)
def index(request: Request, q: str | None = None) -> HTMLResponse:
    store = _store(request)
    hits = store.search(q) if q else None
    docs = store.documents()
    summary = store.summary()
    return templates.TemplateResponse(
        request, "index.html", {"docs": docs, "summary": summary, "q": q or "", "hits": hits}
    )


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    store = _store(request)
    doc = store.document(doc_id)
    ex = store.extraction(doc_id)
    segs = segments(doc.text, marks_of(ex))
    return templates.TemplateResponse(
        request, "document.html", {"doc": doc, "ex": ex, "segments": segs}
    )
