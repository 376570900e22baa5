"""The one exception family of Hudna: every error a caller may catch derives from HudnaError."""

from __future__ import annotations

from typing import Any


class HudnaError(Exception):
    """Base of all Hudna errors. `code` is stable and machine-readable; `status` maps to HTTP."""

    code = "error"
    status = 500

    def __init__(self, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **self.fields}


class InputError(HudnaError):
    """Bad input from a user: a missing file, an unknown option value."""

    code = "bad_input"
    status = 400


class IngestError(InputError):
    """A document that cannot be read: binary, empty, undecodable, malformed."""

    code = "ingest_error"

    def __init__(self, message: str, *, code: str | None = None, **fields: Any) -> None:
        super().__init__(message, **fields)
        if code:
            self.code = code


class LexiconError(HudnaError):
    """A lexicon, gazetteer or rule file that does not load or does not validate."""

    code = "lexicon_error"


class TheatreError(HudnaError):
    """A theatre (truce rules) file that does not load or is unknown."""

    code = "theatre_error"
    status = 404


class StoreError(HudnaError):
    """The database cannot be opened, migrated or written."""

    code = "store_error"


class NotFound(HudnaError):
    """A record asked for by id does not exist."""

    code = "not_found"
    status = 404


class PermissionDenied(HudnaError):
    """The caller may not perform this action."""

    code = "permission_denied"
    status = 403
