"""``kg eval``: score kg against gold annotations (precision, recall, F1 and attribution)."""

import json

import click

from kg.cli.common import (
    EXIT_INPUT,
    Run,
    base_option,
    handle_errors,
    model_option,
    progress_bar,
    quiet_option,
    say,
)
from kg.errors import UsageError


@click.command("eval")
@click.argument("inputs", nargs=-1, metavar="[INPUT...]")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    metavar="DIR",
    help="Folder of gold annotations, one JSON file per article (see the README).",
)
@click.option(
    "--graph",
    "graph_path",
    metavar="FILE",
    help="Score an existing export (any RDF format kg reads) instead of running the pipeline.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (for machines).")
@click.option(
    "--details",
    is_flag=True,
    help="Also list what was missed, what was spurious and what was wrong, per category.",
)
@base_option
@model_option
@quiet_option
@handle_errors
def command(inputs, gold_dir, graph_path, as_json, details, base, model, quiet):
    """Score kg against gold annotations of the same articles.

    With INPUT (article files or folders, as for kg export) the pipeline runs here and its
    graph is scored; with --graph FILE an existing export is scored. The report gives
    precision, recall and F1 for people, works, characters, organizations and roles (work,
    person, role type), the accuracy of each matched role's character and status, and for
    quotes how many gold quotes were found, how many with the right speaker and outlet, and
    what share of the extracted quotes are real. Scores go to stdout.

    \b
    Examples:
      kg eval --gold gold/ articles/
      kg eval --gold gold/ --graph graph.trig --details
      kg eval --gold gold/ articles/ --json > scores.json
    """
    from kg.evaluate import details as find_details
    from kg.evaluate import details_text, graph_facts, load_gold, score, table

    if inputs and graph_path:
        raise UsageError("give INPUT... or --graph FILE, not both")
    if not inputs and not graph_path:
        raise UsageError("give INPUT... (articles to run kg on) or --graph FILE (an export)")
    gold = load_gold(gold_dir)
    run = Run(quiet)
    if graph_path:
        from kg.serialize import load

        graph = load([graph_path])
    else:
        graph = _run_pipeline(inputs, base=base, model=model, run=run)
        if graph is None:
            say("kg: error: no article could be read; nothing to score")
            raise click.exceptions.Exit(EXIT_INPUT)
    facts = graph_facts(graph)
    scores = score(gold, facts)
    found = find_details(gold, facts) if details else None
    if as_json:
        click.echo(json.dumps({**scores, "details": found} if found else scores, indent=2))
    else:
        click.echo(table(scores))
        if found:
            click.echo("\n" + details_text(found))
    run.info(
        f"kg: scored against {gold.files} gold file(s)"
        + (f", {run.skipped} input(s) skipped" if run.skipped else "")
    )
    raise click.exceptions.Exit(run.exit_code())


def _run_pipeline(inputs, *, base: str, model: str, run: Run):
    """The dataset kg export would build from ``inputs`` (not validated, not written), or
    None when no article can be read. An article with nothing found in it is scored as such."""
    from kg.extract import load_pipeline
    from kg.pipeline import build_dataset, extract_records, read_articles

    articles = read_articles(inputs, on_problem=run.problem)
    if not articles:
        return None
    nlp = load_pipeline(model)
    with progress_bar(len(articles), quiet=run.quiet) as bar:
        step = bar.update if bar is not None else None
        records = list(
            extract_records(
                articles, nlp=nlp, on_problem=lambda p: run.info(f"kg: note: {p}"), progress=step
            )
        )
    run.info(f"kg: {len(records)} of {len(articles)} article(s) with something extracted")
    return build_dataset(records, base=base)
