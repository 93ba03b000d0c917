"""``kg export``: articles in, a validated graph out (the whole pipeline)."""

import click

from kg.cli.common import (
    Run,
    base_option,
    emit_graph,
    handle_errors,
    model_option,
    output_options,
    progress_bar,
    quiet_option,
    validation_options,
)


@click.command("export")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@output_options
@base_option
@model_option
@validation_options
@quiet_option
@handle_errors
def command(inputs, output, format_name, base, model, shapes, drop_invalid, report_path, quiet):
    """Export news articles to a validated knowledge graph.

    INPUT is an article file (.txt, .md, .html, .json, .jsonl), a folder (read recursively)
    or - for stdin. The output format comes from the file's extension or --format; TriG and
    N-Quads keep one named graph per article.

    \b
    Examples:
      kg export examples/articles -o graph.ttl
      kg export news/ -o graph.trig --base https://example.org/kg/
      cat story.txt | kg export - -o - --format jsonld
    """
    from kg.extract import load_pipeline
    from kg.formats import for_path
    from kg.pipeline import build_dataset, extract_records, read_articles

    fmt = for_path(output, name=format_name)
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
    ds = build_dataset(records, base=base)
    summary = f"kg: {len(records)} article(s) exported, {run.skipped} skipped"
    code = emit_graph(ds, output, fmt, base=base, shapes=shapes, drop_invalid=drop_invalid,
                      report_path=report_path, run=run, summary=summary)
    raise click.exceptions.Exit(code)


def _nothing(run: Run) -> int:
    from kg.cli.common import EXIT_INPUT, say

    say("kg: error: no article could be read; nothing written")
    return EXIT_INPUT
