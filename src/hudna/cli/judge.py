"""`hudna judge`: judge events from a JSON Lines file against a theatre's truces.

Input lines are events in the extraction contract's form (each with an `id`; optional `evidence`
and `published`) or whole lines of `hudna extract` (their `events` are judged; an optional `text`
gives the evidence). Each line is written back with a `judgement` added to every event.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from hudna.errors import HudnaError
from hudna.models import Event, Place
from hudna.truce import DEFAULT_THEATRE, Theatre, excerpt, judge, load_theatre

_EVENT_FIELDS = frozenset(Event.model_fields)


def _lines(path: Path) -> Iterator[str]:
    if str(path) == "-":
        yield from sys.stdin
        return
    with path.open(encoding="utf-8-sig") as fh:
        yield from fh


def _judged_event(
    item: dict[str, Any],
    theatre: Theatre,
    *,
    text: str | None,
    published: str | None,
    places: dict[str, Place] | None,
) -> dict[str, Any]:
    event = Event.model_validate({k: v for k, v in item.items() if k in _EVENT_FIELDS})
    evidence = item.get("evidence")
    if evidence is None and text is not None:
        evidence = excerpt(text, event.span, event.trigger)
    judgement = judge(
        event,
        theatre,
        evidence,
        published=item.get("published", published),
        places=places,
    )
    return {**item, "judgement": judgement.model_dump(mode="json")}


def _judge_line(obj: Any, theatre: Theatre) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ValueError("a line must be a JSON object")
    if "error" in obj and "events" not in obj:
        return obj  # a document `hudna extract` could not read: passed through as it is
    if "events" in obj:
        places = {p["id"]: Place.model_validate(p) for p in obj.get("places") or []}
        return {
            **obj,
            "events": [
                _judged_event(
                    e, theatre, text=obj.get("text"), published=obj.get("published"), places=places
                )
                for e in obj["events"]
            ],
        }
    if "type" in obj:
        return _judged_event(obj, theatre, text=None, published=None, places=None)
    raise ValueError("neither an event (with `type`) nor an extraction line (with `events`)")


def _message(e: Exception) -> str:
    if isinstance(e, HudnaError):
        return e.message
    if isinstance(e, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
        )
    return str(e)


def judge_command(
    events_file: Annotated[
        Path,
        typer.Argument(
            help="JSON Lines of events (contract form) or of `hudna extract` output; - for stdin."
        ),
    ],
    theatre: Annotated[
        str, typer.Option("--theatre", help="Theatre id or path of a theatre YAML file.")
    ] = DEFAULT_THEATRE,
) -> None:
    """Judge hostile events against a theatre's truces; print each line with its `judgement`."""
    try:
        th = load_theatre(theatre)
    except HudnaError as e:
        typer.echo(f"error: {e.message}", err=True)
        raise typer.Exit(1) from e
    if str(events_file) != "-" and not events_file.is_file():
        typer.echo(f"error: no such file: {events_file}", err=True)
        raise typer.Exit(2)
    judged = failed = 0
    for number, line in enumerate(_lines(events_file), start=1):
        if not line.strip():
            continue
        try:
            out = _judge_line(json.loads(line), th)
            judged += 1
        except (ValueError, ValidationError, HudnaError) as e:  # one bad line never stops the run
            failed += 1
            code = e.code if isinstance(e, HudnaError) else "bad_line"
            message = _message(e)
            out = {"line": number, "error": {"code": code, "message": message}}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    if failed and not judged:
        typer.echo("error: no line could be judged", err=True)
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command(name="judge")(judge_command)


__all__ = ["judge_command", "register"]
