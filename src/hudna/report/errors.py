"""Errors of the report stage (a subclass of the one Hudna family)."""

from __future__ import annotations

from hudna.errors import HudnaError, InputError


class ReportError(HudnaError):
    """A report or export cannot be produced (e.g. WeasyPrint's system libraries are missing)."""

    code = "report_error"


class ReportInputError(InputError):
    """A report option a user gave is not valid (language, format, dates)."""

    code = "report_bad_input"


__all__ = ["ReportError", "ReportInputError"]
