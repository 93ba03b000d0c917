"""``kg query``: SPARQL over exported files or a store (like ``riot``/``oxigraph query``)."""

import sys

import click

from kg.cli.common import handle_errors, open_data, store_option
from kg.errors import UsageError


@click.command("query")
@click.argument("inputs", nargs=-1, metavar="[FILE...]")
@store_option
@click.option("-q", "--query", "query_text", metavar="SPARQL", help="The query text.")
@click.option("--query-file", type=click.Path(dir_okay=False), metavar="F.rq",
              help="Read the query from a file ('-' for stdin).")
@click.option("--results-format", metavar="FORMAT",
              help="SELECT/ASK answers as csv, tsv, json or xml (default: from the -o file's "
              "extension, .csv .tsv .srj .srx, else a table).")
@click.option("--format", "format_name", metavar="FORMAT",
              help="CONSTRUCT/DESCRIBE answers in an RDF format (default: turtle).")
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE",
              help="Where to write the answer.")
@click.option("--no-union", is_flag=True,
              help="Query only the default graph (the merged facts), not every graph.")
@handle_errors
def command(inputs, store_path, query_text, query_file, results_format, format_name, output,
            no_union):
    """Run a SPARQL query over exported files or a kg store.

    FILE is an RDF file kg wrote (or any RDF: .ttl, .trig, .nq, .nt, .jsonld, .rdf). The
    data model's prefixes (kg:, schema:, prov:, oa:, rdf:, rdfs:, xsd:, owl:, skos:, sh:, and
    id: for instance IRIs) need no PREFIX lines. The default graph is the union of all graphs
    (give --no-union for the merged facts only); GRAPH ?g names each article's graph.

    \b
    Examples:
      kg query graph.trig -q 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }'
      kg query --store kgdb --query-file who.rq --results-format csv -o who.csv
      kg query graph.ttl -q 'DESCRIBE ?p WHERE { ?p schema:name "Lisa Kudrow" }' \
          --format jsonld

    Exit status: 0 done, 2 usage error (including a query syntax error, with its line and
    column), 3 an input cannot be read.
    """
    from kg import formats
    from kg.query import graph_bytes, results_bytes, run, table
    from kg.serialize import atomic_write_bytes

    text = _query_text(query_text, query_file)
    store, base = open_data(inputs, store_path)
    answer = run(store, text, base=base, union=not no_union)
    if answer.kind == "graph":
        if results_format:
            raise UsageError("a CONSTRUCT or DESCRIBE answer is a graph: use --format, "
                             "not --results-format")
        fmt = formats.for_path(output, name=format_name or (None if output != "-" else
                                                              "turtle"))
        data = graph_bytes(answer, fmt, base=base)
    elif results_format or _results_by_extension(output):
        data = results_bytes(answer, results_format or _results_by_extension(output))
    elif format_name:
        raise UsageError("a SELECT or ASK answer is a table: use --results-format, not --format")
    else:
        data = (table(answer, base=base) + "\n").encode("utf-8")
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write_bytes(output, data)


def _results_by_extension(output: str) -> str | None:
    """``-o who.csv`` asks for CSV, as the oxigraph CLI reads it."""
    from pathlib import PurePath

    from kg.query import RESULT_EXTENSIONS

    return None if output == "-" else RESULT_EXTENSIONS.get(PurePath(output).suffix.lower())


def _query_text(query_text, query_file) -> str:
    if bool(query_text) == bool(query_file):
        raise UsageError("give the query with -q/--query or --query-file (one of them)")
    if query_text:
        return query_text
    if query_file == "-":
        return sys.stdin.read()
    try:
        with open(query_file, encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        raise UsageError(f"cannot read the query file {query_file}: {exc.strerror}") from None
