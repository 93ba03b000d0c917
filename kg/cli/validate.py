"""``kg validate``: check any RDF file against the shapes (like ``pyshacl``)."""

import click

from kg.cli.common import EXIT_OK, EXIT_VIOLATIONS, handle_errors, quiet_option


@click.command("validate")
@click.argument("data", nargs=-1, required=True, metavar="DATA...")
@click.option("--shapes", metavar="FILE", help="SHACL shapes (default: the shapes kg ships).")
@click.option(
    "--from",
    "from_name",
    metavar="FORMAT",
    help="Input format when the extension does not say (needed for stdin).",
)
@click.option(
    "--report",
    "report_path",
    metavar="FILE",
    help="Write the W3C validation report graph (Turtle) to FILE ('-' for stdout).",
)
@quiet_option
@handle_errors
def command(data, shapes, from_name, report_path, quiet):
    """Validate RDF files against the data model's SHACL shapes.

    Exit code 0 when the data conforms, 1 on violations (the report is printed on stderr),
    2 for a usage error, 3 when an input cannot be read.

    \b
    Examples:
      kg validate graph.ttl
      kg validate graph.trig --report report.ttl
      kg validate mine.ttl --shapes shapes/kg-shapes.ttl
    """
    from kg.formats import by_name
    from kg.serialize import load, write
    from kg.validate import load_shapes, validate

    fmt = by_name(from_name) if from_name else None
    shapes_graph = load_shapes(shapes) if shapes else None
    ds = load(data, fmt=fmt)
    report = validate(ds, shapes=shapes_graph)
    if report_path:
        write(report.graph, report_path, fmt=by_name("turtle"))
    if not quiet or not report.conforms:
        click.echo(report.text().rstrip(), err=True)
    raise click.exceptions.Exit(EXIT_OK if report.conforms else EXIT_VIOLATIONS)
