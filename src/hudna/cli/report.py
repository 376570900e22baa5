"""`hudna report`: the accountability report of a theatre and period (HTML, PDF or Markdown)."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from hudna.errors import HudnaError


def register(app: typer.Typer) -> None:
    from hudna.cli.main import DbOption, _fail, _open, err

    @app.command("report")
    def report(
        db: DbOption = None,
        theatre: Annotated[str, typer.Option("--theatre", help="Theatre to report on.")] = (
            "syria-2016"
        ),
        date_from: Annotated[
            str, typer.Option("--from", help="First day of the period (YYYY-MM-DD).")
        ] = "2016-07-01",
        date_to: Annotated[
            str, typer.Option("--to", help="Last day of the period (YYYY-MM-DD), inclusive.")
        ] = "2016-09-30",
        lang: Annotated[str, typer.Option("--lang", help="ar (right-to-left) or en.")] = "en",
        fmt: Annotated[str, typer.Option("--format", help="html, pdf or md.")] = "html",
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="File to write [default: stdout].")
        ] = None,
        party: Annotated[
            list[str] | None,
            typer.Option("--party", help="Only this party (actor id; repeatable)."),
        ] = None,
    ) -> None:
        """Accountability report per party: incidents, trend, map, statements, commitments."""
        from hudna.report import build_report

        if fmt == "pdf" and output is None and sys.stdout.isatty():
            raise _fail("a PDF needs --output FILE (or redirect stdout)", 2)
        store = _open(db)
        try:
            content = build_report(
                store,
                theatre=theatre,
                date_from=date_from,
                date_to=date_to,
                lang=lang,
                fmt=fmt,
                parties=party or None,
            )
        except HudnaError as e:
            raise _fail(e.message, 2 if e.status == 400 else 1) from e
        if output is None:
            try:
                sys.stdout.buffer.write(content)
                sys.stdout.buffer.flush()
            except BrokenPipeError:  # `hudna report | head`: the reader has enough
                from hudna.cli.export import _silence_stdout

                _silence_stdout()
            return
        try:
            output.write_bytes(content)
        except OSError as e:
            raise _fail(f"cannot write {output}: {e}") from e
        err.print(f"wrote {output} ({len(content):,} bytes)", highlight=False, soft_wrap=True)
