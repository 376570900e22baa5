"""`hudna` commands: init, ingest, extract, search, summary, serve, demo.

Each command parses its options, calls the library, and formats the result; errors become one
line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from hudna import __version__
from hudna.data import data_path
from hudna.errors import HudnaError
from hudna.store import Store, open_store

app = typer.Typer(
    name="hudna",
    help="Hudna: turn Arabic and English conflict reports into an attributable record of who broke a truce.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="HUDNA_DB", help="Database path or SQLAlchemy URL [default: ./hudna.db]."
    ),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def _open(db: str | None) -> Store:
    try:
        return open_store(db)
    except HudnaError as e:
        raise _fail(e.message) from e


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"hudna {__version__}")
        raise typer.Exit()


@app.command()
def init(db: DbOption = None) -> None:
    """Create the database (or bring its schema up to date)."""
    store = _open(db)
    out.print(f"database ready: {store.url} (schema {store.revision()})")


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or directories (.txt .html .jsonl .rss/.xml).")
    ],
    db: DbOption = None,
    input_format: Annotated[
        str, typer.Option("--input-format", help="txt|html|jsonl|rss|auto")
    ] = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    link: Annotated[
        bool,
        typer.Option(
            "--link/--no-link", help="Relink incidents and commitments afterwards (hudna link)."
        ),
    ] = True,
) -> None:
    """Read reports, extract, judge and store them, then relink incidents; the same report twice adds nothing."""
    from hudna.pipeline import count_files, ingest_paths

    store = _open(db)
    report = _run_ingest(store, paths, input_format, quiet, count_files, ingest_paths)
    for failure in report.failures:
        err.print(f"skipped {failure}", highlight=False, markup=False)
    out.print(report.summary_line(), highlight=False)
    if report.failures and not report.ingested and not report.duplicates:
        raise typer.Exit(2)
    if link and report.ingested:
        _relink(store)


def _relink(store: Store) -> None:
    from hudna.link import rebuild

    counts = rebuild(store).counts()
    out.print(
        f"linked {counts['events']} hostile events into {counts['incidents']} incidents "
        f"({counts['corroborated']} corroborated, {counts['contested']} contested) · "
        f"{counts['duplicates']} syndicated copies",
        highlight=False,
    )


def _run_ingest(
    store: Store,
    paths: list[Path],
    input_format: str,
    quiet: bool,
    count_files: Any,
    ingest_paths: Any,
) -> Any:
    total = count_files(paths)
    if quiet or total < 2:
        return ingest_paths(store, paths, input_format=input_format)
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=total)
        return ingest_paths(
            store, paths, input_format=input_format, progress=lambda n: progress.advance(task, n)
        )


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories to read.")],
    input_format: Annotated[
        str, typer.Option("--input-format", help="txt|html|jsonl|rss|auto")
    ] = "auto",
    theatre: Annotated[
        str, typer.Option("--theatre", help="Theatre whose actors and rules apply.")
    ] = "syria-2016",
) -> None:
    """Print one contract JSON line per document (see docs/extraction.md); no database needed."""
    from hudna.extract.pipeline import Extractor
    from hudna.ingest.readers import Failure, read_paths

    try:
        extractor = Extractor(theatre)
    except HudnaError as e:
        raise _fail(e.message) from e
    read_any = False
    write = sys.stdout.write
    for item in read_paths(paths, input_format):
        if isinstance(item, Failure):
            doc_id = Path(item.source).stem + (f"-{item.line}" if item.line else "")
            write(
                json.dumps(
                    {"id": doc_id, "error": {"code": item.code, "message": item.message}},
                    ensure_ascii=False,
                )
                + "\n"
            )
            continue
        read_any = True
        try:
            line = extractor(item).to_json_dict()
        except Exception as e:  # one document's failure must not stop the run
            line = {
                "id": item.id,
                "error": {"code": "extract_failed", "message": f"{type(e).__name__}: {e}"},
            }
        write(json.dumps(line, ensure_ascii=False) + "\n")
    if not read_any:
        raise _fail("no document could be read", 2)


@app.command()
def search(
    query: Annotated[
        str, typer.Argument(help="Words to find (Arabic spellings and clitics fold).")
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
) -> None:
    """Full-text search over stored documents (لافروف finds ولافروف and لافروف،)."""
    store = _open(db)
    hits = store.search(query, limit)
    if not hits:
        err.print("no match")
        raise typer.Exit(1)
    for hit in hits:
        out.print(f"[bold]{hit.id}[/bold]  {hit.title or ''}\n    {hit.snippet}", highlight=False)


@app.command()
def summary(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Counts per party, event type and place from the store."""
    store = _open(db)
    data = store.summary()
    if as_json:
        out.print_json(json.dumps(data, ensure_ascii=False))
        return
    print_summary(data)


def print_summary(data: dict[str, Any]) -> None:
    counts = data["counts"]
    out.print(
        f"[bold]{counts['documents']}[/bold] documents · {counts['events']} events · "
        f"{counts['statements']} statements · {counts['commitments']} commitments",
        highlight=False,
    )
    for title, key in (
        ("Events by type", "event_types"),
        ("Events by party", "parties"),
        ("Events by place", "places"),
    ):
        table = Table(title=title, show_header=False, title_justify="left")
        for name, value in list(data[key].items())[:15]:
            table.add_row(str(name), str(value))
        out.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
) -> None:
    """Serve the read-only web pages and JSON API (FastAPI + uvicorn)."""
    import uvicorn

    from hudna.api.app import create_app

    store = _open(db)
    out.print(f"serving {store.url} on http://{host}:{port}  (Ctrl+C to stop)")
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")


@app.command()
def demo(
    db: DbOption = None,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Stop after the summary.")] = False,
    port: Annotated[int, typer.Option(help="Port for the web pages.")] = 8080,
) -> None:
    """Ingest the bundled corpus (the two seeds and synthetic reports), summarise, and serve."""
    from hudna.pipeline import count_files, ingest_paths

    store = _open(db)
    corpus = [data_path("corpus")]
    report = _run_ingest(store, corpus, "auto", False, count_files, ingest_paths)
    for failure in report.failures:
        err.print(f"skipped {failure}", highlight=False, markup=False)
    out.print(report.summary_line(), highlight=False)
    _relink(store)
    print_summary(store.summary())
    if not no_serve:
        serve(db=db, port=port)


# Command groups of the later stages, each a module `hudna.cli.<name>` with `register(app)`.
COMMAND_MODULES = ("judge", "link", "report", "export", "evaluate")


def _register_command_modules() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"hudna.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"hudna.cli.{name}":
                continue  # not built yet
            raise
        module.register(app)


_register_command_modules()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
