"""``kg describe``: the VoID/DCAT description of exported files or a store."""

import sys

import click

from kg.cli.common import handle_errors, open_data, store_option


@click.command("describe")
@click.argument("inputs", nargs=-1, metavar="[FILE...]")
@store_option
@click.option("--format", "format_name", default="turtle", show_default=True,
              metavar="FORMAT", help="RDF format of the description.")
@click.option("--endpoint", metavar="URL", help="The SPARQL endpoint to name in it.")
@click.option("--articles", is_flag=True, help="List the store's articles instead.")
@handle_errors
def command(inputs, store_path, format_name, endpoint, articles):
    """Describe a dataset in VoID and DCAT (what kg serve puts at /.well-known/void).

    Counts triples, entities per class and statements per property in the data.

    \b
    Examples:
      kg describe graph.trig
      kg describe --store kgdb --format jsonld
      kg describe --store kgdb --articles

    Exit status: 0 done, 2 usage error, 3 an input cannot be read.
    """
    from kg import formats
    from kg.describe import describe
    from kg.serialize import serialize

    if articles:
        _list_articles(store_path)
        return
    store, base = open_data(inputs, store_path)
    fmt = formats.by_name(format_name)
    sys.stdout.buffer.write(serialize(describe(store, base=base, endpoint=endpoint), fmt,
                                      base=base))


def _list_articles(store_path):
    from kg.errors import UsageError
    from kg.store import KgStore

    if not store_path:
        raise UsageError("--articles needs --store DIR")
    for a in KgStore(store_path).articles():
        click.echo(f"{a['iri']}\t{a['date'] or '-'}\t{a['id']}")
