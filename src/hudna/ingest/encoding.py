"""Turning a report's bytes into text: BOMs, UTF-8, UTF-16 and legacy Arabic code pages.

Detection uses charset-normalizer; for Arabic the legacy code page windows-1256 is preferred over
look-alike guesses when it yields clearly more Arabic letters. Binary and empty inputs are refused
with an IngestError whose `code` says why.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from hudna.errors import IngestError
from hudna.text import arabic_ratio

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode(raw: bytes) -> tuple[str, str]:
    """Decode `raw` to text and return `(text, encoding)`; raise IngestError if it is not text."""
    if not raw.strip():
        raise IngestError("empty input", code="empty")
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(name), name)
            except UnicodeDecodeError as err:
                raise IngestError(f"invalid {name}: {err}", code="undecodable") from err
    if b"\x00" not in raw:  # NULs are valid UTF-8 but mean UTF-16/32 without a BOM (or binary)
        try:
            return _checked(raw.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    best = from_bytes(raw).best()
    if best is None:
        raise IngestError("not text: no character encoding fits", code="binary")
    text, name = str(best), best.encoding
    if name not in ("cp1256", "windows_1256"):
        try:
            alt = raw.decode("cp1256")
        except UnicodeDecodeError:
            alt = ""
        if alt and arabic_ratio(alt) > max(0.5, arabic_ratio(text) + 0.2):
            text, name = alt, "cp1256"
    return _checked(text, name)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise IngestError("empty input", code="empty")
    controls = sum(1 for c in text if ord(c) < 32 and c not in _ALLOWED_CONTROLS)
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise IngestError("binary content", code="binary")
    return text, encoding
