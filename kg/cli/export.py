"""``kg export``: articles in, a validated graph out (the whole pipeline)."""

import click

from kg.cli.common import (
    Run,
    base_option,
    emit_graph,
    handle_errors,
    model_option,
    optional_output_options,
    progress_bar,
    quiet_option,
    validation_options,
)
from kg.errors import UsageError


@click.command("export")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@optional_output_options
@click.option("--store", "store_path", metavar="DIR",
              help="Also (or instead of -o) load the articles into this kg store.")
@base_option
@model_option
@validation_options
@quiet_option
@handle_errors
def command(inputs, output, format_name, store_path, base, model, shapes, drop_invalid,
            report_path, quiet):
    """Export news articles to a validated knowledge graph.

    INPUT is an article file (.txt, .md, .html, .json, .jsonl), a folder (read recursively)
    or - for stdin. The output format comes from the file's extension or --format; TriG and
    N-Quads keep one named graph per article.

    \b
    Examples:
      kg export examples/articles -o graph.ttl
      kg export news/ -o graph.trig --base https://example.org/kg/
      cat story.txt | kg export - -o - --format jsonld
      kg export news/ --store kgdb
    """
    from kg.extract import load_pipeline
    from kg.formats import for_path
    from kg.pipeline import build_dataset, extract_records, read_articles

    if not output and not store_path:
        raise UsageError("give -o FILE, --store DIR, or both")
    fmt = for_path(output, name=format_name) if output else None
    run = Run(quiet)
    articles = read_articles(inputs, on_problem=run.problem)
    if not articles:
        raise click.exceptions.Exit(_nothing(run))
    nlp = load_pipeline(model)
    with progress_bar(len(articles), quiet) as bar:
        step = bar.update if bar is not None else None
        records = list(extract_records(articles, nlp=nlp, on_problem=run.problem, progress=step))
    if not records:
        raise click.exceptions.Exit(_nothing(run))
    if store_path:
        from kg.cli.common import given_base

        _into_store(records, store_path, base=given_base(base), shapes=shapes, run=run)
        if not output:
            raise click.exceptions.Exit(run.exit_code())
    ds = build_dataset(records, base=base)
    summary = f"kg: {len(records)} article(s) exported, {run.skipped} skipped"
    code = emit_graph(ds, output, fmt, base=base, shapes=shapes, drop_invalid=drop_invalid,
                      report_path=report_path, run=run, summary=summary)
    raise click.exceptions.Exit(code)


def _into_store(records, store_path, *, base, shapes, run: Run) -> None:
    from kg.store import KgStore

    store = KgStore(store_path, create=True, base=base)
    change = store.load(records, shapes=shapes)
    run.info(f"kg: {len(change.added)} added, {len(change.replaced)} replaced in the store; "
             f"it holds {change.articles} article(s) -> {store_path}")


def _nothing(run: Run) -> int:
    from kg.cli.common import EXIT_INPUT, say

    say("kg: error: no article could be read; nothing written")
    return EXIT_INPUT
