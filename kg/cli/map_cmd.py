"""``kg map``: JSON records (from ``kg extract``) in, a validated graph out."""

import click

from kg.cli.common import (
    Run,
    base_option,
    emit_graph,
    handle_errors,
    output_options,
    quiet_option,
    validation_options,
)


@click.command("map")
@click.argument("records", nargs=-1, required=True, metavar="RECORDS...")
@output_options
@base_option
@validation_options
@quiet_option
@handle_errors
def command(records, output, format_name, base, shapes, drop_invalid, report_path, quiet):
    """Map extraction records (JSON Lines from `kg extract`) to RDF.

    The cross-article merge runs here, so records of many articles become one graph.

    \b
    Example:
      kg map records.jsonl -o graph.jsonld
    """
    from kg.formats import for_path
    from kg.pipeline import build_dataset, read_records

    fmt = for_path(output, name=format_name)
    run = Run(quiet)
    loaded = read_records(records, on_problem=run.problem)
    if not loaded:
        from kg.cli.common import EXIT_INPUT, say

        say("kg: error: no record could be read; nothing written")
        raise click.exceptions.Exit(EXIT_INPUT)
    ds = build_dataset(loaded, base=base)
    summary = f"kg: {len(loaded)} record(s) mapped, {run.skipped} skipped"
    code = emit_graph(ds, output, fmt, base=base, shapes=shapes, drop_invalid=drop_invalid,
                      report_path=report_path, run=run, summary=summary)
    raise click.exceptions.Exit(code)
