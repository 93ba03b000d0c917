"""``kg load`` and ``kg unload``: articles into and out of a persistent kg store."""

import click

from kg.cli.common import (
    Run,
    base_option,
    given_base,
    handle_errors,
    model_option,
    progress_bar,
    quiet_option,
    say,
)


@click.command("load")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--store", "store_path", required=True, metavar="DIR",
              help="The store folder (created if it does not exist).")
@click.option("--records", is_flag=True,
              help="INPUTs are record files written by kg extract (no spaCy run).")
@click.option("--shapes", metavar="FILE", help="SHACL shapes (default: the shapes kg ships).")
@base_option
@model_option
@quiet_option
@handle_errors
def command(inputs, store_path, records, shapes, base, model, quiet):
    """Load news articles into a persistent store, by article.

    INPUT is an article file, a folder or - (as for kg export), or with --records a JSON
    Lines file from kg extract. An article loaded again (same URL, or same file) replaces its
    earlier version: its named graph and its part of the merged facts. The change is atomic:
    the new data is validated and written beside the old, then made current; if anything
    fails (SHACL violations, an interruption) the store keeps its previous content.

    \b
    Examples:
      kg load examples/articles --store kgdb
      kg extract news/ -o news.jsonl && kg load --records news.jsonl --store kgdb

    Exit status: 0 done, 1 SHACL violations (store unchanged), 2 usage error, 3 an input
    could not be read (the others were loaded).
    """
    run = Run(quiet)
    found = _records(inputs, records, model, run)
    if not found:
        say("kg: error: no article could be read; the store is unchanged")
        raise click.exceptions.Exit(3)
    from kg.errors import ValidationFailed
    from kg.store import KgStore

    store = KgStore(store_path, create=True, base=given_base(base))
    try:
        change = store.load(found, shapes=shapes)
    except ValidationFailed as exc:
        say(exc.report.text().rstrip())
        say("kg: error: the new data does not conform to the shapes; the store is unchanged")
        raise click.exceptions.Exit(1) from None
    run.info(
        f"kg: {len(change.added)} added, {len(change.replaced)} replaced, "
        f"{len(change.unchanged)} unchanged; the store holds {change.articles} article(s), "
        f"{change.quads} quads -> {store_path}")
    raise click.exceptions.Exit(run.exit_code())


def _records(inputs, records, model, run):
    from kg.pipeline import extract_records, read_articles, read_records

    if records:
        return read_records(inputs, on_problem=run.problem)
    from kg.extract import load_pipeline

    articles = read_articles(inputs, on_problem=run.problem)
    if not articles:
        return []
    nlp = load_pipeline(model)
    with progress_bar(len(articles), run.quiet) as bar:
        step = bar.update if bar is not None else None
        return list(extract_records(articles, nlp=nlp, on_problem=run.problem, progress=step))


@click.command("unload")
@click.option("--article", "articles", multiple=True, required=True, metavar="ID",
              help="The article to remove: its URL, file path, IRI or content hash "
              "(repeatable).")
@click.option("--store", "store_path", required=True, metavar="DIR", help="The store folder.")
@quiet_option
@handle_errors
def unload(articles, store_path, quiet):
    """Remove articles from a store: their named graphs and their part of the merged facts.

    Facts that other articles also support stay (with those articles as their sources); the
    merge is recomputed from the articles left, atomically.

    \b
    Examples:
      kg unload --article news/story.txt --store kgdb
      kg unload --article https://example.com/story --store kgdb

    Exit status: 0 done, 2 usage error (no such store or article).
    """
    from kg.store import KgStore

    store = KgStore(store_path)
    change = store.unload(articles)
    Run(quiet).info(f"kg: {len(change.removed)} article(s) removed; the store holds "
                    f"{change.articles} article(s), {change.quads} quads")
