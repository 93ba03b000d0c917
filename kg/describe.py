"""A VoID and DCAT description of a dataset: what ``/.well-known/void`` serves and
``kg describe`` prints.

Counts come from SPARQL over the data (triples, entities per class, statements per property,
articles as named graphs), so the description is true of the data it describes.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, XSD

from kg.namespaces import DEFAULT_BASE, KG, SCHEMA, bind_prefixes
from kg.query import prefixes

VOID = Namespace("http://rdfs.org/ns/void#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { %s }"


def describe(store, *, base: str | None = None, endpoint: str | None = None,
             homepage: str | None = None) -> Graph:
    """The VoID/DCAT graph of the data in ``store`` (a pyoxigraph store)."""
    base = base or DEFAULT_BASE
    me = URIRef(f"{base}dataset")
    g = Graph()
    bind_prefixes(g, base)
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    g.bind("dcterms", DCTERMS)
    g.add((me, RDF.type, VOID.Dataset))
    g.add((me, RDF.type, DCAT.Dataset))
    g.add((me, DCTERMS.title, Literal("kg: films, persons, roles and claims from news")))
    g.add((me, DCTERMS.description, Literal(
        "A knowledge graph extracted from entertainment news articles by kg: every role "
        "and claim traced to the article and the words it came from.")))
    g.add((me, VOID.uriSpace, Literal(base)))
    g.add((me, VOID.vocabulary, URIRef(str(KG))))
    g.add((me, VOID.vocabulary, URIRef(str(SCHEMA))))
    g.add((me, VOID.feature, URIRef("http://www.w3.org/ns/formats/Turtle")))
    g.add((me, VOID.feature, URIRef("http://www.w3.org/ns/formats/JSON-LD")))
    g.add((me, VOID.feature, URIRef("http://www.w3.org/ns/formats/N-Triples")))
    total = _number(store, "GRAPH ?g { ?s ?p ?o }") + _number(store, "?s ?p ?o")
    g.add((me, VOID.triples, Literal(total, datatype=XSD.integer)))
    g.add((me, VOID.distinctSubjects, Literal(_number(
        store, "{ SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }"),
        datatype=XSD.integer)))
    articles = _number(store, "{ SELECT DISTINCT ?a WHERE { { ?a a schema:NewsArticle } UNION "
                              "{ GRAPH ?g { ?a a schema:NewsArticle } } } }")
    g.add((me, VOID.documents, Literal(articles, datatype=XSD.integer)))
    for cls, n in _classes(store):
        part = BNode(f"class-{_tail(cls)}")
        g.add((me, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for prop, n in _properties(store):
        part = BNode(f"property-{_tail(prop)}")
        g.add((me, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    example = _first(store, "SELECT ?p WHERE { ?p a schema:Person } ORDER BY ?p LIMIT 1")
    if example:
        g.add((me, VOID.exampleResource, URIRef(example)))
    if endpoint:
        g.add((me, VOID.sparqlEndpoint, URIRef(endpoint)))
        service = URIRef(endpoint)
        g.add((me, DCAT.distribution, service))
        g.add((service, RDF.type, DCAT.DataService))
        g.add((service, DCAT.endpointURL, service))
        g.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    if homepage:
        g.add((me, FOAF.homepage, URIRef(homepage)))
        g.add((me, DCAT.landingPage, URIRef(homepage)))
    return g


def _tail(iri: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _rows(store, query: str):
    return list(store.query(query, prefixes=prefixes(), use_default_graph_as_union=True))


def _number(store, pattern: str) -> int:
    rows = list(store.query(_COUNT % pattern, prefixes=prefixes()))
    return int(rows[0]["n"].value) if rows else 0


def _first(store, query: str) -> str | None:
    rows = _rows(store, query)
    return rows[0][0].value if rows else None


def _classes(store) -> list[tuple[str, int]]:
    rows = _rows(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } "
                        "GROUP BY ?c ORDER BY ?c")
    return [(r["c"].value, int(r["n"].value)) for r in rows]


def _properties(store) -> list[tuple[str, int]]:
    rows = _rows(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")
    return [(r["p"].value, int(r["n"].value)) for r in rows]
