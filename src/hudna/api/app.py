"""FastAPI application: JSON routes (`/api/...`), the web pages and one error handler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from hudna import __version__
from hudna.errors import HudnaError
from hudna.store import Store
from hudna.web import pages


def create_app(store: Store) -> FastAPI:
    """The Hudna server for `store` (read-only for now)."""
    app = FastAPI(title="Hudna", version=__version__)
    app.state.store = store

    @app.exception_handler(HudnaError)
    async def _hudna_error(_request: Request, err: HudnaError) -> JSONResponse:
        return JSONResponse(status_code=err.status, content={"error": err.to_dict()})

    @app.get("/api/documents")
    def list_documents(limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        return [
            d.model_dump(mode="json", exclude={"raw", "text"})
            for d in store.documents(limit, offset)
        ]

    @app.get("/api/documents/{doc_id}")
    def get_document(doc_id: str) -> dict[str, Any]:
        doc = store.document(doc_id)
        return {
            "document": doc.model_dump(mode="json", exclude={"raw"}),
            "extraction": store.extraction(doc_id).to_json_dict(),
        }

    @app.get("/api/search")
    def search(q: str, limit: int = 20) -> list[dict[str, Any]]:
        return [
            {"id": h.id, "title": h.title, "snippet": h.snippet} for h in store.search(q, limit)
        ]

    @app.get("/api/summary")
    def summary() -> dict[str, Any]:
        return store.summary()

    app.include_router(pages.router)
    app.mount(
        "/static",
        StaticFiles(directory=str(Path(pages.__file__).with_name("static"))),
        name="static",
    )
    return app
