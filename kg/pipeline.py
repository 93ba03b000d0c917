"""The whole flow as a library: read -> extract -> resolve -> map -> validate.

Nothing here prints or exits: problems with single inputs go to the ``on_problem`` callback
(the other articles carry on), fatal ones are raised as :mod:`kg.errors` exceptions.
"""

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.article import Article
from kg.errors import ArticleFailed, InputError, UsageError
from kg.map import to_dataset
from kg.read import read_inputs
from kg.records import Record, record_from_dict
from kg.resolve import resolve

Problem = Callable[[InputError], None]


@dataclass
class Outcome:
    """What a run did: how many articles became records, and what was skipped."""

    records: list[Record] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)


def read_articles(inputs: Iterable[str], *, on_problem: Problem) -> list[Article]:
    """Every readable article of ``inputs``; unreadable ones go to ``on_problem``."""
    articles = []
    for item in read_inputs(inputs):
        if isinstance(item, InputError):
            on_problem(item)
        else:
            articles.append(item)
    return articles


def extract_records(
    articles: list[Article],
    *,
    nlp,
    on_problem: Problem,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Record]:
    """Records of the articles, in order; an article with nothing in it is a problem, and so
    is one kg fails on (:class:`ArticleFailed`: the others carry on)."""
    from kg.extract import extract_many

    def failed(article: Article, component: str, exc: Exception) -> None:
        on_problem(ArticleFailed(
            f"internal error in {component}: {type(exc).__name__}: {exc}; the other articles "
            "carry on (please report this, with the article)", source=article.source))

    for record in extract_many(articles, nlp, on_error=failed):
        if progress:
            progress(1)
        if not any(e.type != "Place" for e in record.entities):
            on_problem(
                InputError(
                    "no people, works or organizations found; nothing to export "
                    "from this article (is it entertainment news in English?)",
                    source=record.article.source,
                )
            )
            continue
        yield record


def build_dataset(records: list[Record], *, base: str):
    """The RDF dataset of many records: cross-article merge, then mapping."""
    if not base.startswith(("http://", "https://", "urn:")) or base[-1] not in "/#:":
        raise UsageError(f"--base {base!r} must be an http(s) or urn IRI ending in '/', '#' or ':'")
    return to_dataset(resolve(records, base=base))


def read_records(paths: Iterable[str], *, on_problem: Problem) -> list[Record]:
    """Records from JSON Lines files written by ``kg extract`` (``-`` for stdin)."""
    import sys

    records = []
    for path in paths:
        try:
            handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            on_problem(InputError(f"cannot read: {exc.strerror}; check the path", source=path))
            continue
        with handle:
            for n, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    records.append(record_from_dict(json.loads(line), source=f"{path}:{n}"))
                except json.JSONDecodeError as exc:
                    on_problem(
                        InputError(
                            f"malformed JSON at column {exc.colno}: {exc.msg}; "
                            "fix or remove this line",
                            source=path,
                            location=f"line {n}",
                        )
                    )
                except InputError as exc:
                    exc.source, exc.location = path, f"line {n}"
                    on_problem(exc)
                except UnicodeDecodeError:
                    on_problem(InputError("invalid UTF-8; re-save the file as UTF-8", source=path))
                    break
    return records


def write_records(records: Iterable[Record], output: str | Path) -> None:
    """JSON Lines, one record per article (atomic, or stdout for ``-``)."""
    from kg.serialize import atomic_write_bytes

    data = "".join(r.to_json() + "\n" for r in records).encode("utf-8")
    if str(output) == "-":
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write_bytes(output, data)
