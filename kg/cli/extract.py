"""``kg extract``: articles in, readable JSON records out (to review, correct, then map)."""

import click

from kg.cli.common import Run, handle_errors, model_option, progress_bar, quiet_option


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="FILE",
    help="JSON Lines file of records, one per article ('-' for stdout).",
)
@model_option
@quiet_option
@handle_errors
def command(inputs, output, model, quiet):
    """Extract entities, roles and claims from articles as JSON records.

    Each line is one article: its text and metadata, the entities found (with every mention's
    offsets, the forms seen and why partial forms were merged), the roles and the claims. Edit
    the records if you like, then turn them into RDF with `kg map`.

    \b
    Example:
      kg extract examples/articles -o records.jsonl
      kg map records.jsonl -o graph.ttl
    """
    from kg.extract import load_pipeline
    from kg.pipeline import extract_records, read_articles, write_records

    run = Run(quiet)
    articles = read_articles(inputs, on_problem=run.problem)
    records = []
    if articles:
        nlp = load_pipeline(model)
        with progress_bar(len(articles), quiet) as bar:
            step = bar.update if bar is not None else None
            records = list(
                extract_records(articles, nlp=nlp, on_problem=run.problem, progress=step)
            )
    write_records(records, output)
    run.info(f"kg: {len(records)} record(s) written, {run.skipped} skipped")
    raise click.exceptions.Exit(run.exit_code())
