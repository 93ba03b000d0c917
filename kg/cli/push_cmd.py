"""``kg push``: a dataset to another store over the SPARQL 1.1 Graph Store Protocol."""

import click

from kg.cli.common import Run, handle_errors, open_data, quiet_option, store_option


@click.command("push")
@click.argument("inputs", nargs=-1, metavar="[FILE...]")
@store_option
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store endpoint (Oxigraph: http://host:7878/store).")
@click.option("--header", "headers", multiple=True, metavar="'NAME: VALUE'",
              help="An HTTP header to send, e.g. 'Authorization: Bearer TOKEN' (repeatable).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds to wait for each request.")
@quiet_option
@handle_errors
def command(inputs, store_path, endpoint, headers, timeout, quiet):
    """Push a dataset to a SPARQL 1.1 Graph Store endpoint, article by article.

    Each article's named graph replaces the graph of that name on the server; the merged
    facts replace its default graph; other graphs there are left alone. Push a whole store
    or a whole TriG/N-Quads export (the merge of a part is not the merge of the whole).

    \b
    Examples:
      kg push --store kgdb --endpoint http://localhost:7878/store
      kg push graph.trig --endpoint https://example.org/store \\
          --header 'Authorization: Bearer TOKEN'

    Exit status: 0 done, 2 usage error, 3 an input cannot be read or the server refused.
    """
    from kg.push import parse_headers, push

    extra = parse_headers(list(headers))
    store, _base = open_data(inputs, store_path)
    done = push(store, endpoint, headers=extra, timeout=timeout)
    Run(quiet).info(f"kg: {len(done.graphs)} graph(s), {done.triples} triples -> {endpoint}")
