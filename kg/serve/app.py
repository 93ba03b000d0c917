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
        path = request.url.path.lstrip("/")
        store = source.store()
        stem, dot, ext = path.rpartition(".")
        if dot and f".{ext}" in EXTENSIONS and data.exists(store, base + stem):
            return _document(store, base + stem, EXTENSIONS[f".{ext}"], local, request)
        iri = base + path
        if not path or not data.exists(store, iri):
            return _not_found(iri)
        media = _negotiate(request, OFFERED)
        if media is None:
            return _not_acceptable(list(DOCUMENTS))
        target = "/" + quote(path) + DOCUMENTS[media]
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

    async def sparql(request: Request) -> Response:
        params = dict(request.query_params)
        if request.method == "POST":
            kind = request.headers.get("content-type", "").split(";")[0].strip()
            if kind == "application/sparql-query":
                params["query"] = (await request.body()).decode("utf-8")
            elif kind == "application/sparql-update":
                return _read_only()
            elif kind in ("application/x-www-form-urlencoded", ""):
                from urllib.parse import parse_qsl

                body = (await request.body()).decode("utf-8", errors="replace")
                params.update(dict(parse_qsl(body, keep_blank_values=True)))
            else:
                return _error(415, "POST a query as application/x-www-form-urlencoded or "
                                   "application/sparql-query")
        if "update" in params:
            return _read_only()
        query = params.get("query")
        if not query:
            return _service_description(request, base)
        store = source.store()

        def evaluate():
            return run(store, query, base=base, timeout=settings.timeout, limit=settings.limit)

        try:
            with anyio.fail_after(settings.timeout + 1):
                answer = await anyio.to_thread.run_sync(evaluate, abandon_on_cancel=True)
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


def _answer(answer, request: Request, params: dict, base: str) -> Response:
    asked = params.get("format") or params.get("output")
    if answer.kind == "graph":
        offered = [f.media_type for f in formats.FORMATS]
        media = _named_or_negotiated(asked, request, offered, formats.TURTLE.media_type)
        if media is None:
            return _not_acceptable(offered)
        fmt = formats.by_media_type(media)
        return Response(graph_bytes(answer, fmt, base=base), media_type=fmt.media_type)
    offered = list(RESULT_TYPES)
    media = _named_or_negotiated(asked, request, offered, RESULT_FORMATS["json"][1])
    if media is None:
        return _not_acceptable(offered)
    name = RESULT_TYPES.get(media) or media
    body = results_bytes(answer, name)
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return Response(body, media_type=media + charset)


def _named_or_negotiated(asked, request, offered, default):
    if asked:
        key = asked.strip().lower()
        if key in RESULT_FORMATS:
            return RESULT_FORMATS[key][1]
        try:
            return formats.by_name(key).media_type
        except KgError:
            return key if key in offered else None
    if not request.headers.get("accept"):
        return default
    match = _negotiate(request, offered[::-1])
    return match


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
    media = _negotiate(request, [formats.NTRIPLES.media_type, formats.JSONLD.media_type,
                                 formats.TURTLE.media_type]) or formats.TURTLE.media_type
    return Response(serialize(g, formats.by_media_type(media)), media_type=media)
