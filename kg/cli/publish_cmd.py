"""``kg publish``: a static linked-data site for hosting without a server."""

import click

from kg.cli.common import Run, handle_errors, open_data, quiet_option, store_option


@click.command("publish")
@click.argument("inputs", nargs=-1, metavar="[FILE...]")
@store_option
@click.option("--out", required=True, metavar="DIR", help="The site folder to write.")
@click.option("--base", metavar="IRI",
              help="Base IRI of the instance IRIs (default: the store's, or kg's).")
@quiet_option
@handle_errors
def command(inputs, store_path, out, base, quiet):
    """Write a static linked-data site: one file per entity per format.

    For every IRI under the base: PATH.html (the page kg serve shows), PATH.ttl,
    PATH.jsonld, PATH.nt; index.html; .well-known/void and void.ttl; and sample Apache
    (.htaccess) and nginx (nginx.conf) configurations that answer the IRI itself with 303
    See Other by the Accept header. The folder is replaced atomically.

    \b
    Examples:
      kg publish graph.trig --out site
      kg publish --store kgdb --out /var/www/kg --base https://example.org/id/

    Exit status: 0 done, 2 usage error, 3 an input cannot be read.
    """
    from kg.namespaces import DEFAULT_BASE
    from kg.publish import publish

    store, store_base = open_data(inputs, store_path)
    site = publish(store, out, base=base or store_base or DEFAULT_BASE)
    Run(quiet).info(f"kg: {site.resources} resources, {site.files} files -> {site.folder}")
