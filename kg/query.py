"""Query: SPARQL 1.1 over exported files or a kg store, answered by pyoxigraph.

``open_files`` parses RDF files into an in-memory store, ``kg.store.KgStore.read`` opens a
persistent one; ``run`` evaluates a query with the data model's prefixes predeclared and the
union of all graphs as the default graph (so a query written against the Turtle export works on
the TriG one too; ``GRAPH ?g`` still sees each article's graph). The answers are written in the
SPARQL results formats (CSV, TSV, JSON, XML), in any RDF format for CONSTRUCT and DESCRIBE,
or as a text table for people.

Nothing here prints or exits; failures are KgError subclasses.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import formats
from kg.errors import InputError, KgError, UsageError
from kg.namespaces import DEFAULT_BASE, PREFIXES

# name -> (pyoxigraph format, media type); the SPARQL 1.1 results formats
RESULT_FORMATS = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
}


# Oxigraph stores integers by value and gives every derived integer type back as xsd:integer
# (pyoxigraph 0.5: "5"^^xsd:nonNegativeInteger is read back as "5"^^xsd:integer). The data
# model types text offsets xsd:nonNegativeInteger (Web Annotation), so statements read back
# get that datatype again for these properties.
_NON_NEGATIVE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
OFFSET_PROPERTIES = {ox.NamedNode("http://www.w3.org/ns/oa#start"),
                     ox.NamedNode("http://www.w3.org/ns/oa#end")}


def restore_datatypes(statement):
    """A triple or quad read from pyoxigraph with the data model's datatype on offsets."""
    obj = statement.object
    if statement.predicate in OFFSET_PROPERTIES and isinstance(obj, ox.Literal) and \
            obj.datatype == _INTEGER:
        obj = ox.Literal(obj.value, datatype=_NON_NEGATIVE)
        if isinstance(statement, ox.Quad):
            return ox.Quad(statement.subject, statement.predicate, obj, statement.graph_name)
        return ox.Triple(statement.subject, statement.predicate, obj)
    return statement


# what ``-o FILE``'s extension asks for (as the oxigraph CLI reads it)
RESULT_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".srj": "json", ".json": "json",
                     ".srx": "xml", ".xml": "xml"}


class QueryError(KgError):
    """The query cannot be parsed or evaluated (a usage error: the query is the user's)."""

    exit_code = 2


class QueryTimeout(QueryError):
    """The query ran longer than its time limit."""


class QueryTooLarge(QueryError):
    """The answer has more rows than the result-size limit."""


def prefixes(base: str | None = None) -> dict[str, str]:
    """The prefixes every query may use without declaring them (``id:`` is the instance base)."""
    out = {name: str(ns) for name, ns in PREFIXES.items()}
    out["id"] = base or DEFAULT_BASE
    return out


def open_files(paths: Iterable[str | Path]) -> ox.Store:
    """An in-memory store holding the statements of RDF files (format from the extension).

    Triple formats go to the default graph; TriG and N-Quads keep their named graphs. Raises
    InputError naming the file (and line) that cannot be read or parsed, UsageError for a file
    whose format cannot be told.
    """
    from kg.serialize import _OX_FORMATS, _read, _syntax_error

    store = ox.Store()
    for path in paths:
        name = str(path)
        fmt = formats.for_path(name)
        raw = _read(name, name)
        try:
            store.load(raw, format=getattr(ox.RdfFormat, _OX_FORMATS[fmt.name]))
        except SyntaxError as exc:
            raise _syntax_error(exc, name, fmt) from None
        except (OSError, ValueError) as exc:
            raise InputError(" ".join(str(exc).split()), source=name) from None
    return store


@dataclass
class Answer:
    """A query's answer: ``kind`` is "select", "ask" or "graph"; rows are lists of terms."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)


def run(store: ox.Store, query: str, *, base: str | None = None, union: bool = True,
        timeout: float | None = None, limit: int | None = None, default_graph=None,
        named_graphs=None) -> Answer:
    """Evaluate ``query`` on ``store``.

    ``timeout`` (seconds) is checked as the answers stream in; ``limit`` caps the rows (or
    triples) of an answer. Raises QueryError with the position for a syntax error,
    QueryTimeout and QueryTooLarge when a limit is passed.
    """
    started = time.perf_counter()
    try:
        result = store.query(query, prefixes=prefixes(base),
                             use_default_graph_as_union=union and default_graph is None,
                             default_graph=default_graph, named_graphs=named_graphs)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {_position(str(exc))}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result), seconds=time.perf_counter() - started)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        answer = Answer("select", variables=names)
        for solution in _bounded(result, started, timeout, limit):
            answer.rows.append([solution[n] for n in names])
    else:
        answer = Answer("graph")
        answer.triples = [restore_datatypes(t) for t in _bounded(result, started, timeout, limit)]
    answer.seconds = time.perf_counter() - started
    return answer


def _bounded(results, started: float, timeout: float | None, limit: int | None):
    try:
        for n, item in enumerate(results):
            if limit is not None and n >= limit:
                raise QueryTooLarge(
                    f"the answer has more than {limit} rows; add a LIMIT or raise the limit")
            if timeout is not None and time.perf_counter() - started > timeout:
                raise QueryTimeout(f"the query ran longer than {timeout:g} s")
            yield item
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _position(message: str) -> str:
    """pyoxigraph says "error at 1:25: expected …"; people read "line 1, column 25: …"."""
    import re

    m = re.match(r"error at (\d+):(\d+): (.*)", message, re.S)
    if m:
        return f"line {m.group(1)}, column {m.group(2)}: {' '.join(m.group(3).split())}"
    return " ".join(message.split())


# --------------------------------------------------------------------------- writing answers


def result_format(name: str) -> str:
    """The canonical results-format name (csv, tsv, json, xml); raises UsageError."""
    key = name.strip().lower()
    for known, (_, media) in RESULT_FORMATS.items():
        if key in (known, media):
            return known
    raise UsageError(
        f"unknown results format {name!r} (known: {', '.join(RESULT_FORMATS)})")


def results_bytes(answer: Answer, name: str) -> bytes:
    """A SELECT or ASK answer in a SPARQL results format (csv, tsv, json, xml)."""
    fmt = RESULT_FORMATS[result_format(name)][0]
    if answer.kind == "ask":
        return _ask(answer.boolean, fmt)
    if answer.kind != "select":
        raise UsageError("a CONSTRUCT or DESCRIBE answer is a graph: give an RDF --format")
    return _select(answer, fmt)


def _select(answer: Answer, fmt) -> bytes:
    # pyoxigraph serializes its own result objects; rebuild one from the rows kept
    from io import BytesIO

    from pyoxigraph import parse_query_results

    json_rows = [
        {name: _json_term(term) for name, term in zip(answer.variables, row, strict=True)
         if term is not None}
        for row in answer.rows
    ]
    import json

    doc = {"head": {"vars": answer.variables}, "results": {"bindings": json_rows}}
    solutions = parse_query_results(json.dumps(doc).encode(),
                                    format=ox.QueryResultsFormat.JSON)
    out = BytesIO()
    solutions.serialize(out, format=fmt)
    return out.getvalue()


def _ask(value: bool, fmt) -> bytes:
    import json

    from pyoxigraph import parse_query_results

    if fmt in (ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV):
        return b"true\n" if value else b"false\n"  # the CSV/TSV note has no boolean form
    doc = json.dumps({"head": {}, "boolean": bool(value)}).encode()
    parsed = parse_query_results(doc, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=fmt)


def _json_term(term) -> dict:
    if isinstance(term, ox.Triple):  # RDF 1.2 triple terms
        return {"type": "triple", "value": {k: _json_term(getattr(term, k))
                                            for k in ("subject", "predicate", "object")}}
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def graph_bytes(answer: Answer, fmt: formats.RdfFormat, *, base: str | None = None) -> bytes:
    """A CONSTRUCT or DESCRIBE answer in an RDF format (statements sorted: same bytes each
    time)."""
    from rdflib import Graph

    from kg.serialize import serialize

    if answer.kind != "graph":
        raise UsageError("a SELECT or ASK answer is not a graph: use --results-format")
    graph = Graph()
    for triple in answer.triples:
        graph.add(tuple(_rdflib(t) for t in (triple.subject, triple.predicate, triple.object)))
    return serialize(graph, fmt, base=base)


def _rdflib(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def table(answer: Answer, *, base: str | None = None, width: int = 60) -> str:
    """A plain-text table for people: IRIs as prefixed names, literals as their text."""
    if answer.kind == "ask":
        return "yes" if answer.boolean else "no"
    if answer.kind == "graph":
        rows = [[t.subject, t.predicate, t.object] for t in answer.triples]
        names = ["subject", "predicate", "object"]
    else:
        rows, names = answer.rows, answer.variables
    short = prefixes(base)
    cells = [[_show(t, short, width) for t in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _show(term, short: dict[str, str], width: int) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        value = term.value
        for name, ns in sorted(short.items(), key=lambda kv: -len(kv[1])):
            if value.startswith(ns) and "/" not in value[len(ns):]:
                return f"{name}:{value[len(ns):]}"
        return f"<{value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    text = " ".join(term.value.split())
    return text if len(text) <= width else text[: width - 1] + "…"
