"""``kg serve``: the graph as linked data and a SPARQL endpoint over HTTP."""

import click

from kg.cli.common import handle_errors, say, store_option


@click.command("serve")
@click.argument("inputs", nargs=-1, metavar="[FILE...]")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--base", metavar="IRI",
              help="Base IRI of the instance IRIs served (default: the store's, or kg's).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds a SPARQL query may run.")
@click.option("--limit", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows (or triples) a SPARQL answer may have.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1),
              help="SPARQL queries evaluated at once (the others wait).")
@handle_errors
def command(inputs, store_path, host, port, base, timeout, limit, workers):
    """Serve exported files or a store as linked data, with a SPARQL endpoint.

    \b
    Every IRI under the base dereferences (URL path = IRI minus the base):
      /person/lisa-kudrow        303 See Other to the document the Accept header asks for
      /person/lisa-kudrow.html   a page: name, roles with status and sources, claims, evidence
      /person/lisa-kudrow.ttl    Turtle (also .jsonld, .nt)
    /sparql is a read-only SPARQL 1.1 endpoint (GET/POST; JSON, XML, CSV, TSV results);
    /.well-known/void describes the dataset. A store is re-read when kg load changes it.

    \b
    Examples:
      kg serve graph.trig
      kg serve --store kgdb --port 8080 --timeout 5 --limit 1000

    Exit status: 0 stopped, 2 usage error, 3 an input cannot be read.
    """
    import uvicorn

    from kg.errors import UsageError
    from kg.serve.app import Settings, Source, create_app

    if bool(inputs) == bool(store_path):
        raise UsageError("give RDF files or --store DIR (one of them)")
    source = Source(store_path=store_path, files=list(inputs), base=base)
    app = create_app(source, Settings(timeout=timeout, limit=limit, workers=workers))
    say(f"kg: serving {store_path or ', '.join(inputs)} at http://{host}:{port}/ "
        f"(IRIs under {source.base}); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")
