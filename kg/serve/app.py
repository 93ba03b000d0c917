"""The linked-data server: an ASGI application (Starlette) over a kg store or RDF files.

URLs and IRIs: the path of a request under the server is appended to the base IRI, so with the
base ``https://w3id.org/newskg/id/`` the URL ``/person/lisa-kudrow`` stands for
``https://w3id.org/newskg/id/person/lisa-kudrow`` (export with ``--base http://host:port/`` and
they are one and the same).

The Cool-URIs pattern is 303 See Other: the IRI of a thing answers with a redirect to the
document that describes it, chosen by the Accept header (``.html``, ``.ttl``, ``.jsonld``,
``.nt``); those extension URLs answer with the document. An Accept header none of them meets
gets 406 with the list of types; an IRI the data does not describe gets 404.

``/sparql`` is a read-only SPARQL 1.1 Protocol endpoint (GET and POST, results in JSON, XML,
CSV or TSV; graphs in any RDF format) with a time limit and a result-size limit, and a service
description on a bare GET; ``/.well-known/void`` describes the dataset in VoID and DCAT.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import quote

import anyio
import anyio.to_thread
import mimeparse
import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from kg import formats
from kg.errors import KgError
from kg.namespaces import DEFAULT_BASE
from kg.query import (
    RESULT_FORMATS,
    QueryError,
    QueryTimeout,
    QueryTooLarge,
    graph_bytes,
    result_format,
    results_bytes,
    run,
)
from kg.serve import data, pages

HTML = "text/html"
# what an entity URL can be had as: media type -> extension (the table in kg.formats)
DOCUMENTS = {
    formats.TURTLE.media_type: formats.TURTLE.extension,
    formats.JSONLD.media_type: formats.JSONLD.extension,
    formats.NTRIPLES.media_type: formats.NTRIPLES.extension,
    HTML: ".html",
}
# mimeparse prefers the later of equal matches: a browser's */* gets HTML, a client that
# asks for RDF gets RDF
OFFERED = [formats.NTRIPLES.media_type, formats.JSONLD.media_type, formats.TURTLE.media_type,
           HTML]
EXTENSIONS = {ext: media for media, ext in DOCUMENTS.items()}
RESULT_TYPES = {media: name for name, (_, media) in RESULT_FORMATS.items()}


class Source:
    """Where the data comes from: a kg store (re-opened when ``kg load`` changes it) or RDF
    files read once into memory."""

    def __init__(self, *, store_path: str | None = None, files: list[str] | None = None,
                 base: str | None = None):
        from kg.query import open_files
        from kg.store import KgStore

        self._lock = threading.Lock()
        self.kg_store = KgStore(store_path) if store_path else None
        if self.kg_store is not None:
            self.base = base or self.kg_store.base
            self._store = self.kg_store.read()
        else:
            self.base = base or DEFAULT_BASE
            self._store = open_files(files or [])

    def store(self) -> ox.Store:
        if self.kg_store is not None:
            with self._lock:
                fresh = self.kg_store.refresh()
                if fresh is not None:
                    self._store = fresh
        return self._store


@dataclass
class Settings:
    timeout: float = 10.0  # seconds a SPARQL query may run
    limit: int = 10_000  # rows (or triples) an answer may have
    workers: int = 2  # queries evaluated at once (the others wait their turn)
    title: str = "kg linked data"


def create_app(source: Source, settings: Settings | None = None) -> Starlette:
    """The ASGI application serving ``source``."""
    settings = settings or Settings()
    base = source.base

    def local(iri: str) -> str:
        """The URL path of an IRI under the base (other IRIs stay as they are)."""
        return "/" + iri[len(base):] if iri.startswith(base) else iri

    async def home(request: Request) -> Response:
        store = source.store()
        body = pages.index_page(data.entities(store), local, title=settings.title)
        return Response(body, media_type=HTML)

    async def void(request: Request) -> Response:
        from kg.describe import describe

        endpoint = str(request.url_for("sparql"))
        graph = describe(source.store(), base=base, endpoint=endpoint,
                         homepage=str(request.url_for("home")))
        media = _negotiate(request, [formats.NTRIPLES.media_type, formats.JSONLD.media_type,
                                     formats.TURTLE.media_type])
        if media is None:
            return _not_acceptable([formats.TURTLE.media_type, formats.JSONLD.media_type,
                                    formats.NTRIPLES.media_type])
        from kg.serialize import serialize

        return Response(serialize(graph, formats.by_media_type(media), base=base),
                        media_type=media, headers={"Vary": "Accept"})

    async def resource(request: Request) -> Response:
        # the IRI keeps the path as the client wrote it ("%C3%A9" stays percent-encoded)
        path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
        path = path.split("?", 1)[0].lstrip("/")
        store = source.store()
        stem, dot, ext = path.rpartition(".")
        if dot and f".{ext}" in EXTENSIONS and _exists(store, base + stem):
            return _document(store, base + stem, EXTENSIONS[f".{ext}"], local, request)
        iri = base + path
        if not path or not _exists(store, iri):
            return _not_found(iri)
        media = _negotiate(request, OFFERED)
        if media is None:
            return _not_acceptable(list(DOCUMENTS))
        target = "/" + quote(path, safe="/%:@!$&'()*+,;=-._~") + DOCUMENTS[media]
        return RedirectResponse(target, status_code=303, headers={"Vary": "Accept"})

    def _document(store, iri, media, link, request) -> Response:
        if media == HTML:
            alternates = [(m, link(iri) + e) for m, e in DOCUMENTS.items() if m != HTML]
            body = pages.entity_page(data.entity(store, iri), link, alternates=alternates)
            return Response(body, media_type=HTML)
        triples = data.describe_triples(store, iri)
        from kg.query import Answer

        body = graph_bytes(Answer("graph", triples=triples), formats.by_media_type(media),
                           base=base)
        return Response(body, media_type=media)

    limiter = anyio.CapacityLimiter(settings.workers)

    async def sparql(request: Request) -> Response:
        try:
            params = await _sparql_params(request)
        except UnicodeDecodeError:
            return _error(400, "the request body is not UTF-8")
        except ValueError as exc:
            return _error(int(exc.args[1]) if len(exc.args) > 1 else 400, str(exc.args[0]))
        if "update" in params:
            return _read_only()
        queries = params.get("query", [])
        if len(queries) > 1:
            return _error(400, "give one query parameter, not several")
        if not queries:
            return _service_description(request, base)
        query = queries[0]
        if _uses_service(query):
            return _error(403, "SERVICE is not allowed on this endpoint: it would make the "
                               "server fetch other URLs")
        store = source.store()
        try:
            graphs = _dataset_params(params)
        except ValueError as exc:
            return _error(400, str(exc))

        def evaluate():
            return run(store, query, base=base, timeout=settings.timeout, limit=settings.limit,
                       **graphs)

        try:
            with anyio.fail_after(settings.timeout + 1):
                answer = await anyio.to_thread.run_sync(evaluate, abandon_on_cancel=True,
                                                        limiter=limiter)
        except TimeoutError:
            return _error(503, f"the query ran longer than {settings.timeout:g} s")
        except QueryTimeout as exc:
            return _error(503, str(exc))
        except QueryTooLarge as exc:
            return _error(413, str(exc))
        except QueryError as exc:
            return _error(400, str(exc))
        return _answer(answer, request, params, base)

    routes = [
        Route("/", home, name="home"),
        Route("/sparql", sparql, methods=["GET", "POST"], name="sparql"),
        Route("/.well-known/void", void, name="void"),
        Route("/{path:path}", resource),
    ]
    app = Starlette(routes=routes)
    app.state.source = source
    app.state.settings = settings
    return app


async def _sparql_params(request: Request) -> dict[str, list[str]]:
    """The protocol's parameters (query, update, format, default-graph-uri…), from the URL
    and, for POST, the form body or a direct query/update body. Raises ValueError(message,
    status) for a body kg does not take."""
    from urllib.parse import parse_qsl

    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8")
        if kind == "application/sparql-query":
            params.setdefault("query", []).append(body)
        elif kind == "application/sparql-update":
            params.setdefault("update", []).append(body)
        elif kind in ("application/x-www-form-urlencoded", ""):
            for key, value in parse_qsl(body, keep_blank_values=True):
                params.setdefault(key, []).append(value)
        else:
            raise ValueError("POST a query as application/x-www-form-urlencoded or "
                             "application/sparql-query", 415)
    return params


def _dataset_params(params: dict[str, list[str]]) -> dict:
    """default-graph-uri and named-graph-uri as pyoxigraph's arguments (ValueError if bad)."""
    default = [ox.NamedNode(g) for g in params.get("default-graph-uri", [])]
    named = [ox.NamedNode(g) for g in params.get("named-graph-uri", [])]
    out = {}
    if default:
        out["default_graph"] = default
    if named:
        out["named_graphs"] = named
    return out


def _uses_service(query: str) -> bool:
    """True if the query has a SERVICE clause (strings, IRIs and comments aside)."""
    import re

    bare = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                  r"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*", " ", query)
    return re.search(r"\bSERVICE\b", bare, re.I) is not None


def _answer(answer, request: Request, params: dict, base: str) -> Response:
    asked = params.get("format", []) + params.get("output", [])
    headers = {"Vary": "Accept"}
    if answer.kind == "graph":
        offered = [f.media_type for f in formats.FORMATS]
        media = _asked_media(asked, offered, _rdf_media)
        if media is None:
            media = _negotiate(request, offered[::-1]) if request.headers.get("accept") \
                else formats.TURTLE.media_type
        if media is None:
            return _not_acceptable(offered)
        fmt = formats.by_media_type(media)
        return Response(graph_bytes(answer, fmt, base=base), media_type=fmt.media_type,
                        headers=headers)
    offered = list(RESULT_TYPES)
    default = RESULT_FORMATS["json"][1]
    media = _asked_media(asked, offered, _results_media)
    if media is None:
        media = _negotiate(request, offered[::-1]) if request.headers.get("accept") else default
    if media is None:
        return _not_acceptable(offered)
    body = results_bytes(answer, RESULT_TYPES[media])
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return Response(body, media_type=media + charset, headers=headers)


def _asked_media(asked: list[str], offered: list[str], resolve) -> str | None:
    """The first format= / output= value that names one of the ``offered`` types."""
    for name in asked:
        media = resolve(name.strip().lower())
        if media in offered:
            return media
    return None


def _results_media(name: str) -> str | None:
    try:
        return RESULT_FORMATS[result_format(name)][1]
    except KgError:
        return None


def _rdf_media(name: str) -> str | None:
    try:
        return formats.by_name(name).media_type
    except KgError:
        return None


def _negotiate(request: Request, offered: list[str]) -> str | None:
    accept = request.headers.get("accept") or "*/*"
    try:
        match = mimeparse.best_match(offered, accept)
    except (ValueError, IndexError):
        return None
    return match or None


def _not_acceptable(offered: list[str]) -> Response:
    return PlainTextResponse(
        "406 Not Acceptable: this resource is available as " + ", ".join(offered) + "\n",
        status_code=406)


def _exists(store, iri: str) -> bool:
    try:
        return data.exists(store, iri)
    except ValueError:  # not an IRI at all ("%20", "{"): nothing is known about it
        return False


def _not_found(iri: str) -> Response:
    return PlainTextResponse(f"404 Not Found: nothing is known about <{iri}>\n", status_code=404)


def _read_only() -> Response:
    return _error(403, "this endpoint is read-only: SPARQL Update is not accepted")


def _error(status: int, message: str) -> Response:
    return PlainTextResponse(f"{message}\n", status_code=status)


def _service_description(request: Request, base: str) -> Response:
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF

    from kg.serialize import serialize

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    fmt = Namespace("http://www.w3.org/ns/formats/")
    endpoint = URIRef(str(request.url_for("sparql")))
    g = Graph()
    g.bind("sd", sd)
    g.bind("void", Namespace("http://rdfs.org/ns/void#"))
    g.add((endpoint, RDF.type, sd.Service))
    g.add((endpoint, sd.endpoint, endpoint))
    g.add((endpoint, sd.supportedLanguage, sd.SPARQL11Query))
    g.add((endpoint, sd.feature, sd.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                 "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples"):
        g.add((endpoint, sd.resultFormat, fmt[name]))
    dataset = URIRef(f"{base}dataset")
    g.add((endpoint, sd.defaultDataset, dataset))
    g.add((dataset, RDF.type, sd.Dataset))
    g.add((dataset, URIRef("http://rdfs.org/ns/void#inDataset"),
           URIRef(str(request.url_for("void")))))
    g.add((endpoint, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
           Literal("Read-only SPARQL 1.1 Query endpoint of kg; the default graph is the union "
                   "of all graphs.")))
    offered = [formats.NTRIPLES.media_type, formats.JSONLD.media_type, formats.TURTLE.media_type]
    media = _negotiate(request, offered)
    if media is None:
        return _not_acceptable(offered[::-1])
    return Response(serialize(g, formats.by_media_type(media)), media_type=media,
                    headers={"Vary": "Accept"})
