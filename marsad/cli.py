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
err = Console(stderr=True, soft_wrap=True)  # one line per message: paths stay whole for grep

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


def _run(paths: list[str], workers: int, quiet: bool, corpus=None, exclude: tuple = (), skip=None):
    """Yield analysed articles with a progress bar; returns through the generator. Pages `skip`
    says are stored already count as done without analysis."""
    ctx, total = _progress(paths, quiet)
    with ctx as progress:
        task = progress.add_task("analysing", total=total) if progress else None

        def skipped(page) -> bool:
            if skip is None or not skip(page):
                return False
            if progress:
                progress.advance(task)
            return True

        for article in analyze_many(paths, workers=workers, corpus=corpus, exclude=exclude, skip=skipped):
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
        for article in _run(paths, workers, quiet, exclude=(output,) if output else ()):
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
    stored_pages = 0

    def stored(page) -> bool:  # analysed by an earlier ingest: skipped before any analysis
        nonlocal stored_pages
        known = store.has_page(page)
        stored_pages += known
        return known

    try:
        report = store.add(_run(paths, workers, quiet, corpus=marsad.corpus_for(store), skip=stored),
                           batch_size=batch_size)
        report.skipped += stored_pages
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
           about: Optional[str] = typer.Option(None, "--about", help="Only quotes that name this person, body or place (any spelling)."),
           via: Optional[str] = typer.Option(None, "--via", help="Only quotes relayed by this agency or outlet (any of its names)."),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
           limit: int = typer.Option(100, "--limit", "-n"),
           as_json: bool = typer.Option(False, "--json")):
    """Who said what, about whom, through which agency, with source and date."""
    with marsad.open_store(db) as store:
        rows = store.quotes(speaker=speaker, since=since, limit=limit, about=about, via=via)
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
           by: Optional[str] = typer.Option(None, "--by", help="Perpetrator, in any spelling stored (داعش finds تنظيم الدولة الإسلامية)."),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
           limit: int = typer.Option(100, "--limit", "-n"),
           merged: bool = typer.Option(False, "--merged", help="One row per event reported by several articles."),
           csv_path: Optional[Path] = typer.Option(None, "--csv", help="Write one CSV row per event to this file."),
           as_json: bool = typer.Option(False, "--json")):
    """Attacks, arrests and foiled plots with place, date and figures."""
    from marsad.nlp.events import merge_events, write_events_csv

    with marsad.open_store(db) as store:
        rows = store.events(type=type, place=place, since=since, limit=limit, by=by)
    if merged:
        rows = [{**r, "source": f"{len(r['reports'])} report(s)"} for r in merge_events(rows)]
    if csv_path:
        err.print(f"{write_events_csv(rows, csv_path)} event(s) written to {csv_path}")
        return
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table("date", "type", "place", "killed", "injured", "arrested", "perpetrator", "source")
    for r in rows:
        table.add_row(r["date"] or "", r["type"], r["location"] or "", *(str(r[k]) if r[k] is not None else ""
                      for k in ("killed", "injured", "arrested")), r["perpetrator"] or "", r["source"])
    out.print(table)


@app.command("spark-analyze")
def spark_analyze(inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                                    help="Files or directories (text, HTML, gz, WARC, RSS, JSONL)."),
                  output: str = typer.Argument(..., metavar="OUTPUT", help="Parquet directory to write."),
                  master: str = typer.Option("local[*]", "--master", help="Spark master URL."),
                  partitions: Optional[int] = typer.Option(None, "--partitions", help="Input slices (default: 4 per core)."),
                  overwrite: bool = typer.Option(False, "--overwrite", help="Replace OUTPUT if it exists.")):
    """Analyse pages with Spark (pyspark) and write Parquet records in the contract's schema."""
    from marsad.spark import analyze_to_parquet, session

    if Path(output).exists() and not overwrite:
        err.print(f"{output} already exists: choose another OUTPUT or pass --overwrite")
        raise typer.Exit(2)
    spark = session(master)
    try:
        report = analyze_to_parquet(inputs, output, spark=spark, partitions=partitions, overwrite=overwrite)
    finally:
        spark.stop()
    _summary_line(report.pages, report.failed, "analysed")
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def serve(db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
          host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default is this machine only."),
          port: int = typer.Option(8000, "--port"),
          token: Optional[str] = typer.Option(None, "--token", envvar="MARSAD_TOKEN",
                                              help="Token for POST /api/ingest; without one, ingest is off.")):
    """The Arabic web UI and JSON API over the store (docs at /docs)."""
    import uvicorn

    from marsad.web.app import create_app

    err.print(f"Marsad on http://{host}:{port}/ (db {db}; ingest {'on' if token else 'off'})", highlight=False)
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="warning")


@app.command()
def claims(db: str = typer.Option("marsad.db", "--db", help=DB_HELP),
           narrative: Optional[str] = typer.Option(None, "--narrative", help="Show one narrative's claims, e.g. n3."),
           limit: int = typer.Option(20, "--limit", "-n", help="Narratives to list."),
           as_json: bool = typer.Option(False, "--json")):
    """Narratives: claims that recur across outlets and years, with their label and timeline."""
    from marsad.nlp.claims import narratives

    with marsad.open_store(db) as store:
        rows, links = list(store.claim_rows()), store.duplicate_links()
    found = narratives(rows, links)
    if narrative is None:
        for n in found[:limit]:
            if as_json:
                print(json.dumps(n, ensure_ascii=False))
                continue
            out.print(f"[bold]{n['id']}[/] {n['label']}  [dim]{n['first_seen'] or '?'} → {n['last_seen'] or '?'}, "
                      f"{n['articles']} article(s), {n['claims']} claim(s)[/]", highlight=False)
            out.print(f"  outlets: {'، '.join(n['outlets']) or '—'}; speakers: {'، '.join(n['speakers']) or '—'}",
                      highlight=False)
        return
    chosen = next((n for n in found if n["id"] == narrative), None)
    if chosen is None:
        err.print(f"no narrative {narrative}")
        raise typer.Exit(1)
    members = sorted((r for r in rows if r["cluster"] in chosen["clusters"]),
                     key=lambda r: (r["date"] or r["published"] or "", r["source"]))
    if as_json:
        print(json.dumps({**chosen, "claims": members}, ensure_ascii=False))
        return
    out.print(f"[bold]{chosen['id']}[/] {chosen['label']}", highlight=False)
    out.print("  per month: " + ", ".join(f"{m} ({k})" for m, k in chosen["per_month"].items()), highlight=False)
    for r in members:
        out.print(f"[dim]{r['date'] or r['published'] or ''} {r['cluster']} {r['outlet'] or ''} {r['source']}[/]  "
                  f"[bold]{r['speaker'] or '?'}[/]: «{r['text']}»", highlight=False)


if __name__ == "__main__":
    app()
