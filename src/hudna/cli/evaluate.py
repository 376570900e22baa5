"""`hudna eval GOLD.jsonl DOCS.jsonl`: precision, recall and F1 of the extractor against gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from hudna.errors import HudnaError

out = Console()


def evaluate(
    gold: Annotated[
        Path, typer.Argument(help="Gold annotations (JSON Lines, contract form without offsets).")
    ],
    docs: Annotated[
        list[Path], typer.Argument(help="The documents (JSON Lines or any readable files).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write missed/extra items per document here.")
    ] = None,
) -> None:
    """Score `hudna extract` on DOCS against GOLD (rules in docs/evaluation.md)."""
    from hudna.extract.evaluation import read_jsonl, score
    from hudna.extract.pipeline import Extractor
    from hudna.ingest.readers import read_paths
    from hudna.models import Document

    try:
        gold_lines = read_jsonl(gold)
        extractor = Extractor()
    except HudnaError as e:
        typer.echo(f"error: {e.message}", err=True)
        raise typer.Exit(1) from e
    predicted = {
        d.id: extractor(d).to_json_dict() for d in read_paths(docs) if isinstance(d, Document)
    }
    wanted = {g["id"] for g in gold_lines}
    missing = wanted - set(predicted)
    if missing:
        typer.echo(
            f"error: {len(missing)} gold documents not found in DOCS, e.g. {sorted(missing)[:3]}",
            err=True,
        )
        raise typer.Exit(1)
    scores = score(gold_lines, predicted, keep_errors=errors is not None)
    if errors is not None:
        errors.write_text(
            "\n".join(json.dumps(e, ensure_ascii=False) for e in scores.errors) + "\n",
            encoding="utf-8",
        )
    if as_json:
        typer.echo(json.dumps(scores.as_dict(), ensure_ascii=False, indent=1))
        return
    table = Table(title=f"{scores.documents} documents", title_justify="left")
    for col in ("", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col else "left")
    for name, prf in (
        ("events", scores.events),
        ("statements", scores.statements),
        ("commitments", scores.commitments),
    ):
        table.add_row(
            name,
            f"{prf.precision:.3f}",
            f"{prf.recall:.3f}",
            f"{prf.f1:.3f}",
            str(prf.tp),
            str(prf.fp),
            str(prf.fn),
        )
    out.print(table)
    for label, ratio in (
        ("date accuracy", scores.dates),
        ("  event dates", scores.event_dates),
        ("  published", scores.published),
        ("asserted_by accuracy", scores.asserted_by),
        ("fatalities accuracy", scores.fatalities),
        ("due accuracy", scores.dues),
    ):
        out.print(f"{label:22} {ratio.value:.3f}  ({ratio.right}/{ratio.total})")
    out.print(
        f"hostile events on {scores.no_event_docs} documents without events: {scores.events_on_no_event_docs}"
    )
    out.print(
        "events matched on less: "
        + ", ".join(f"{name} F1 {prf.f1:.2f}" for name, prf in scores.relaxed.items())
    )
    types = Table(title="events by type", title_justify="left")
    for col in ("type", "P", "R", "F1", "tp", "fp", "fn"):
        types.add_column(col)
    for etype, prf in sorted(scores.per_type.items()):
        types.add_row(
            etype,
            f"{prf.precision:.2f}",
            f"{prf.recall:.2f}",
            f"{prf.f1:.2f}",
            str(prf.tp),
            str(prf.fp),
            str(prf.fn),
        )
    out.print(types)


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
