"""``kg convert``: RDF from one format to another (like ``riot --output``)."""

import click

from kg import formats
from kg.cli.common import handle_errors, output_options, quiet_option, say
from kg.namespaces import DEFAULT_BASE
from kg.serialize import load, write


@click.command("convert")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--from",
    "from_name",
    metavar="FORMAT",
    help="Input format; default: from each input's extension (needed for '-').",
)
@output_options
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    metavar="IRI",
    help="Namespace written with the id: prefix (Turtle, TriG, RDF/XML).",
)
@quiet_option
@handle_errors
def command(inputs, from_name, output, format_name, base, quiet):
    """Convert RDF files from one format to another.

    Reads every INPUT ('-' for stdin) into one dataset and writes it to the output, in the
    format --format names or the output's extension says: turtle (.ttl), ntriples (.nt),
    nquads (.nq), trig (.trig), jsonld (.jsonld, .json) or xml (.rdf, .owl, .xml). TriG and
    N-Quads keep named graphs; the other formats get the union of all graphs. The output is
    deterministic (sorted) and replaces an existing file atomically.

    \b
    Examples:
      kg convert graph.trig -o graph.jsonld
      kg convert a.nq b.nq -o all.trig
      cat graph.nt | kg convert - --from nt -o - --format turtle

    Exit status: 0 done, 2 usage error (unknown format, unwritable output), 3 an input cannot
    be read or parsed.
    """
    out_fmt = formats.for_path(output, name=format_name)  # fail before reading anything
    in_fmt = formats.by_name(from_name) if from_name else None
    dataset = load(inputs, fmt=in_fmt)
    write(dataset, output, fmt=out_fmt, base=base)
    if quiet:
        return
    quads = list(dataset.quads((None, None, None, None)))
    graphs = {g for _, _, _, g in quads if g is not None and g != dataset.default_graph.identifier}
    if out_fmt.dataset:
        count = len(quads)
    else:
        count = len({(s, p, o) for s, p, o, _ in quads})
        if graphs:
            say(f"kg: {out_fmt.label} has no named graphs: merged {len(graphs)} graph(s)")
    where = "stdout" if output == "-" else output
    say(f"kg: wrote {count} statement(s) to {where} ({out_fmt.label})")
