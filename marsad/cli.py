"""`marsad` command line: argument handling and printing only; the work is in the Python API."""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import marsad
from marsad.ingest.read import iter_paths
from marsad.pipeline import analyze_many

app = typer.Typer(help="Marsad: Arabic news into an attributed, searchable knowledge base.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None)
out = Console()
err = Console(stderr=True)

DB_HELP = "SQLite file or postgresql:// URL"


def _version(value: bool):
    if value:
        print(f"marsad {marsad.__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")):
    """Marsad (مرصد): who said what, about whom, when; attacks and arrests; claims across outlets."""


def _progress(paths: list[str], quiet: bool):
    """A progress bar over the input files, only on a terminal and never with --quiet."""
    if quiet or not err.is_terminal or paths == ["-"]:
        return nullcontext(None), None
    total = sum(1 for _ in iter_paths(paths))
    if total < 2:
        return nullcontext(None), None
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True)
    return progress, total


def _run(paths: list[str], workers: int, quiet: bool, corpus=None):
    """Yield analysed articles with a progress bar; returns through the generator."""
    ctx, total = _progress(paths, quiet)
    with ctx as progress:
        task = progress.add_task("analysing", total=total) if progress else None
        for article in analyze_many(paths, workers=workers, corpus=corpus):
            if progress:
                progress.advance(task)
            yield article


def _summary_line(pages: int, failed: int, what: str) -> None:
    msg = f"{pages} page(s) {what}, {failed} failed"
    err.print(msg, style="red" if failed else None, highlight=False)


@app.command()
def analyze(paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
            output: Optional[Path] = typer.Option(None, "--output", "-o", help="JSONL file (default: stdout)."),
            workers: int = typer.Option(1, "--workers", "-w", help="Processes to analyse with."),
            fields: Optional[str] = typer.Option(None, "--fields",
                                                 help="Comma-separated record fields to keep, e.g. title,published,body."),
            quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary.")):
    """Analyse pages and write one JSON record per page."""
    keep = [f.strip() for f in fields.split(",")] if fields else None
    sink = open(output, "w", encoding="utf-8") if output else sys.stdout
    pages = failed = 0
    try:
        for article in _run(paths, workers, quiet):
            rec = article.to_dict()
            if keep:
                rec = {k: rec[k] for k in ["source", *keep] if k in rec}
            sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
            pages += 1
            if article.errors and not article.body:
                failed += 1
                if not quiet:
                    err.print(f"error: {article.source}: {'; '.join(article.errors)}", highlight=False)
    finally:
        if output:
            sink.close()
    if not quiet:
        _summary_line(pages, failed, "analysed")
    raise typer.Exit(1 if failed else 0)


@app.command()
def extract(paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin.")):
    """Print what extraction found (title, date, credits, body, related), for debugging pages."""
    for article in analyze_many(paths):
        out.rule(article.source)
        for key in ("title", "published", "published_source", "outlet", "agencies", "relayed_by", "author",
                    "dateline", "keywords", "errors"):
            out.print(f"[bold]{key}[/]: {getattr(article, key)}", highlight=False)
        out.print(article.body, highlight=False)
        for rel in article.related:
            out.print(f"[dim]related: {rel.title}[/]", highlight=False)


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
           db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
           workers: int = typer.Option(1, "--workers", "-w"),
           batch_size: int = typer.Option(100, "--batch-size", help="Pages per committed transaction."),
           quiet: bool = typer.Option(False, "--quiet", "-q")):
    """Analyse pages and store them; pages already stored are skipped."""
    store = marsad.open_store(db)
    try:
        report = store.add(_run(paths, workers, quiet, corpus=marsad.corpus_for(store)), batch_size=batch_size)
        summary = store.stats()
    finally:
        store.close()
    for source, message in report.errors:
        err.print(f"error: {source}: {message}", highlight=False)
    if not quiet:
        err.print(f"{report.added} added, {report.skipped} already stored, {report.failed} failed", highlight=False)
        _print_stats(summary)
    raise typer.Exit(1 if report.failed else 0)


def _print_stats(stats: dict) -> None:
    table = Table(title="Marsad store", show_header=False)
    for label, key in (("pages", "articles"), ("quotes", "quotes"), ("entities", "entities"),
                       ("events", "events"), ("claims", "claims")):
        table.add_row(label, str(stats[key]))
    speakers = ", ".join(f"{name} ({n})" for name, n in stats["top_speakers"]) or "—"
    table.add_row("top speakers", speakers)
    out.print(table)


@app.command()
def stats(db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
          as_json: bool = typer.Option(False, "--json")):
    """Counts of what the store holds, and the most quoted speakers."""
    with marsad.open_store(db) as store:
        s = store.stats()
    if as_json:
        print(json.dumps(s, ensure_ascii=False))
    else:
        _print_stats(s)


@app.command()
def search(query: str = typer.Argument(..., help="Words to find; spelling variants match."),
           db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
           limit: int = typer.Option(10, "--limit", "-n"),
           outlet: Optional[str] = typer.Option(None, "--outlet"),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
           until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD"),
           as_json: bool = typer.Option(False, "--json")):
    """Full-text search over stored articles, best first, with highlighted snippets."""
    with marsad.open_store(db) as store:
        hits = store.search(query, limit=limit, outlet=outlet, since=since, until=until)
    if as_json:
        for h in hits:
            print(json.dumps(h.__dict__, ensure_ascii=False))
        return
    if not hits:
        err.print("no matches")
        raise typer.Exit(1)
    for h in hits:
        out.print(f"[bold]{h.title or '(untitled)'}[/]  [dim]{h.published or ''} {h.source}[/]", highlight=False)
        snippet = h.snippet.replace("[", "\\[").replace("\\[\\[", "[reverse]").replace("]]", "[/reverse]")
        out.print("  " + snippet, highlight=False)


@app.command()
def export(db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
           format: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet"),
           output: Path = typer.Option(..., "--output", "-o")):
    """Write every stored record to a file."""
    from marsad.store.export import WRITERS

    if format not in WRITERS:
        err.print(f"unknown format {format!r}: choose jsonl, csv or parquet")
        raise typer.Exit(2)
    with marsad.open_store(db) as store:
        n = WRITERS[format](store.records(), output)
    err.print(f"{n} record(s) written to {output}")


@app.command()
def quotes(db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
           speaker: Optional[str] = typer.Option(None, "--speaker", help="Name in any spelling."),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
           limit: int = typer.Option(100, "--limit", "-n"),
           as_json: bool = typer.Option(False, "--json")):
    """Who said what, with source and date."""
    with marsad.open_store(db) as store:
        rows = store.quotes(speaker=speaker, since=since, limit=limit)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    for r in rows:
        via = f" via {r['via']}" if r.get("via") else ""
        out.print(f"[bold]{r['speaker'] or '?'}[/] ({r['kind']}, {r['cue'] or ''}{via}) "
                  f"[dim]{r['published'] or ''} {r['source']}[/]", highlight=False)
        out.print(f"  «{r['text']}»", highlight=False)


@app.command()
def entities(db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
             type: Optional[str] = typer.Option(None, "--type", "-t", help="PER | ORG | LOC | MISC"),
             limit: int = typer.Option(50, "--limit", "-n"),
             as_json: bool = typer.Option(False, "--json")):
    """Entities with their spellings and mention counts."""
    with marsad.open_store(db) as store:
        rows = store.entities(type=type, limit=limit)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table("id", "type", "name", "latin", "mentions", "articles", "variants")
    for r in rows:
        table.add_row(r["id"], r["type"], r["name"], r["latin"] or "", str(r["mentions"]), str(r["articles"]),
                      "، ".join(a for a in r["aliases"] if a != r["name"]))
    out.print(table)


@app.command()
def events(db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
           type: Optional[str] = typer.Option(None, "--type", "-t"),
           place: Optional[str] = typer.Option(None, "--place"),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
           limit: int = typer.Option(100, "--limit", "-n"),
           as_json: bool = typer.Option(False, "--json")):
    """Attacks, arrests and foiled plots with place, date and figures."""
    with marsad.open_store(db) as store:
        rows = store.events(type=type, place=place, since=since, limit=limit)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table("date", "type", "place", "killed", "injured", "arrested", "perpetrator", "source")
    for r in rows:
        table.add_row(r["date"] or "", r["type"], r["location"] or "", *(str(r[k]) if r[k] is not None else ""
                      for k in ("killed", "injured", "arrested")), r["perpetrator"] or "", r["source"])
    out.print(table)


if __name__ == "__main__":
    app()
