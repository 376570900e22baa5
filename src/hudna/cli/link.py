"""`hudna link`: rebuild near-duplicates, incidents and commitment statuses from the store."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="HUDNA_DB", help="Database path or SQLAlchemy URL [default: ./hudna.db]."
    ),
]


def link(
    db: DbOption = None,
    theatre: Annotated[
        str, typer.Option("--theatre", help="Theatre whose actors and incidents to link.")
    ] = "syria-2016",
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Judge commitments as of this date, YYYY-MM-DD (default: the newest report's date).",
        ),
    ] = None,
    details: Annotated[
        bool,
        typer.Option(
            "--details",
            help="Also list copies, corroborated or contested incidents, and kept or overdue commitments.",
        ),
    ] = False,
) -> None:
    """Link reports: find syndicated copies, merge events into graded incidents, track commitments."""
    # imported here: `hudna.cli.main` imports this module while it builds the app
    from hudna.cli.main import _fail, _open, out
    from hudna.errors import HudnaError
    from hudna.link import rebuild

    try:
        day = dt.date.fromisoformat(as_of) if as_of else None
    except ValueError as e:
        raise _fail(f"--as-of must be a date YYYY-MM-DD, not {as_of!r}") from e
    store = _open(db)
    try:
        result = rebuild(store, theatre, day)
    except HudnaError as e:
        raise _fail(e.message) from e
    counts = result.counts()
    grades, status = counts["grades"], counts["commitments"]
    out.print(
        f"{counts['documents']} documents · {counts['duplicates']} near-duplicates · "
        f"{counts['events']} hostile events → {counts['incidents']} incidents "
        f"({counts['corroborated']} corroborated, {counts['contested']} contested)",
        highlight=False,
    )
    out.print(
        "grades: "
        + " · ".join(
            f"{g} {grades.get(g, 0)}"
            for g in ("confirmed", "fair", "weak", "contested", "discounted")
        ),
        highlight=False,
    )
    out.print(
        f"commitments as of {result.as_of.isoformat()}: "
        + " · ".join(f"{s} {status.get(s, 0)}" for s in ("fulfilled", "pending", "overdue")),
        highlight=False,
    )
    if details:
        for d in result.duplicates:
            out.print(
                f"copy  {d.doc_id} of {d.duplicate_of} (similarity {d.similarity:.2f})",
                highlight=False,
                markup=False,
            )
        for i in result.incidents:
            if i.corroboration >= 2 or i.contested:
                out.print(
                    f"incident  {i.id}  [{i.grade}] {i.grade_reason}", highlight=False, markup=False
                )
        for c in result.commitments:
            if c.status != "pending":
                out.print(
                    f"commitment  {c.commitment_id}  «{c.text}»\n    {c.reason}",
                    highlight=False,
                    markup=False,
                )


def register(app: typer.Typer) -> None:
    app.command(name="link")(link)
