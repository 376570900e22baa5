"""`hudna export`: the stored events as ACLED-style CSV (+ HXL), GeoJSON or JSON Lines."""

import io
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from hudna.errors import HudnaError


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def register(app: typer.Typer) -> None:
    from hudna.cli.main import DbOption, _fail, _open, err

    @app.command("export")
    def export(
        db: DbOption = None,
        fmt: Annotated[str, typer.Option("--format", help="csv, geojson or jsonl.")] = "csv",
        hxl: Annotated[
            bool, typer.Option("--hxl", help="CSV: add a second row of HXL hashtags.")
        ] = False,
        excel: Annotated[
            bool, typer.Option("--excel", help="CSV: UTF-8 with a byte-order mark, for Excel.")
        ] = False,
        date_from: Annotated[
            str | None, typer.Option("--from", help="Only events on or after (YYYY-MM-DD).")
        ] = None,
        date_to: Annotated[
            str | None, typer.Option("--to", help="Only events on or before (YYYY-MM-DD).")
        ] = None,
        theatre: Annotated[
            str, typer.Option("--theatre", help="Theatre of the judgements and incidents.")
        ] = "syria-2016",
        include_negated: Annotated[
            bool, typer.Option("--include-negated", help="Keep events the text denies.")
        ] = False,
        abroad: Annotated[
            bool, typer.Option("--abroad", help="GeoJSON: keep places outside Syria.")
        ] = False,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="File to write [default: stdout].")
        ] = None,
    ) -> None:
        """Export events (ACLED-style columns, judgement, grade, evidence) for other tools."""
        from hudna.report.export import export as run_export

        store = _open(db)
        encoding = "utf-8-sig" if excel and fmt == "csv" else "utf-8"
        options = {
            "theatre": theatre,
            "date_from": date_from,
            "date_to": date_to,
            "include_negated": include_negated,
        }
        try:
            if output is None:
                stream = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="")
                try:
                    stats = run_export(store, fmt, stream, hxl=hxl, abroad=abroad, **options)
                finally:
                    stream.flush()
                    stream.detach()  # leave stdout open
            else:
                with output.open("w", encoding=encoding, newline="") as fh:
                    stats = run_export(store, fmt, fh, hxl=hxl, abroad=abroad, **options)
        except HudnaError as e:
            raise _fail(e.message, 2 if e.status == 400 else 1) from e
        except BrokenPipeError:  # `hudna export | head`: the reader has enough
            _silence_stdout()
            return
        except OSError as e:
            raise _fail(f"cannot write {output}: {e}") from e
        err.print(
            stats.message() + (f" to {output}" if output else ""), highlight=False, soft_wrap=True
        )
