"""Mapping: a resolution of many articles becomes an RDF dataset in the public data model.

The default graph holds what the sources together establish (entities, roles with their
current status and character, the schema.org shortcuts); each article's named graph (named by
the article's IRI) holds what that article says: the article node, its claims, and each role's
provenance and evidence, with the status and character that source gave.
"""

from rdflib import RDF, BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.names import digest
from kg.namespaces import KG, OA, PROV, SCHEMA, bind_prefixes
from kg.records import Record
from kg.resolve import Resolution

CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector
CLASS = {
    "Person": SCHEMA.Person,
    "Movie": SCHEMA.Movie,
    "TVSeries": SCHEMA.TVSeries,
    "Play": KG.Play,
    "CreativeWork": SCHEMA.CreativeWork,
    "Character": KG.Character,
    "Organization": SCHEMA.Organization,
    "Place": SCHEMA.Place,
}
SHORTCUT = {
    "Actor": SCHEMA.actor,
    "Director": SCHEMA.director,
    "Writer": SCHEMA.author,
    "Producer": SCHEMA.producer,
    "Creator": SCHEMA.creator,
}


def date_literal(value: str) -> Literal:
    """YYYY, YYYY-MM or YYYY-MM-DD as the matching XSD type."""
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=kind)


def to_dataset(res: Resolution) -> Dataset:
    """The RDF of a resolution (pure: the same resolution gives the same statements)."""
    ds = Dataset()
    bind_prefixes(ds, res.base)
    default = ds.default_graph if hasattr(ds, "default_graph") else ds.graph(ds.default_context)
    _entities(default, res)
    _roles(default, res)
    for ri, record in enumerate(res.records):
        article = URIRef(res.article_iri(record))
        graph = ds.graph(article)
        _article(graph, res, ri, record)
    return ds


def _entities(g, res: Resolution) -> None:
    for node in res.nodes.values():
        s = URIRef(node.iri)
        g.add((s, RDF.type, CLASS[node.type]))
        g.add((s, SCHEMA.name, Literal(node.name)))
        if node.family == "person":
            for form in sorted(node.forms - {node.name}):
                g.add((s, SCHEMA.alternateName, Literal(form)))
        if node.year and node.family == "work":
            g.add((s, SCHEMA.datePublished, Literal(str(node.year), datatype=XSD.gYear)))
        if node.sequel_of:
            g.add((s, KG.sequelOf, URIRef(node.sequel_of)))
        if node.based_on:
            g.add((s, SCHEMA.isBasedOn, URIRef(node.based_on)))
        if node.appears_in:
            g.add((s, KG.appearsIn, URIRef(node.appears_in)))


def _roles(g, res: Resolution) -> None:
    for role in res.roles.values():
        r = URIRef(role.iri)
        g.add((r, RDF.type, KG.Role))
        g.add((r, KG.work, URIRef(role.work)))
        g.add((r, KG.agent, URIRef(role.agent)))
        g.add((r, KG.roleType, KG[role.type]))
        g.add((r, KG.status, KG[role.status]))
        if role.character:
            g.add((r, KG.character, URIRef(role.character)))
        if role.type in SHORTCUT and role.status in ("Credited", "Confirmed"):
            g.add((URIRef(role.work), SHORTCUT[role.type], URIRef(role.agent)))


def evidence(g, *, source: URIRef, text: str, start: int, end: int, salt: str) -> BNode:
    """A Web Annotation specific resource pointing at text[start:end] of the article."""
    key = digest(str(source), str(start), str(end), salt)
    ev, quote, pos = BNode(f"ev{key}"), BNode(f"tq{key}"), BNode(f"tp{key}")
    g.add((ev, RDF.type, OA.SpecificResource))
    g.add((ev, OA.hasSource, source))
    g.add((ev, OA.hasSelector, quote))
    g.add((ev, OA.hasSelector, pos))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[start:end])))
    g.add((quote, OA.prefix, Literal(text[max(0, start - CONTEXT_CHARS) : start])))
    g.add((quote, OA.suffix, Literal(text[end : end + CONTEXT_CHARS])))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((pos, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    return ev


def _article(g, res: Resolution, ri: int, record: Record) -> None:
    art = record.article
    a = URIRef(res.article_iri(record))
    g.add((a, RDF.type, SCHEMA.NewsArticle))
    g.add((a, SCHEMA.identifier, Literal(f"sha256:{art.sha256}")))
    if art.date:
        g.add((a, SCHEMA.datePublished, Literal(art.date, datatype=XSD.date)))
    if art.url:
        g.add((a, SCHEMA.url, URIRef(art.url)))
    if art.title:
        g.add((a, SCHEMA.headline, Literal(art.title)))
    if art.publisher:
        g.add((a, SCHEMA.publisher, Literal(art.publisher)))
    for e in record.entities:
        iri = res.entity_iri(ri, e.id)
        if iri:
            g.add((a, SCHEMA.mentions, URIRef(iri)))
    claim_iris = [URIRef(res.claim_iri(record, i)) for i in range(len(record.claims))]
    for i, claim in enumerate(record.claims):
        _claim(g, res, ri, record, a, claim_iris[i], claim)
    for role_node in res.roles.values():
        for src, role in role_node.sources:
            if src != ri:
                continue
            r = URIRef(role_node.iri)
            g.add((r, PROV.wasDerivedFrom, a))
            ev = evidence(
                g, source=a, text=art.text, start=role.start, end=role.end, salt=role_node.iri
            )
            g.add((r, KG.evidence, ev))
            g.add((ev, KG.statedStatus, KG[role.status]))
            char = res.entity_iri(ri, role.character)
            if char:
                g.add((ev, KG.statedCharacter, URIRef(char)))
            for ci in role.claims:
                g.add((r, KG.supportedBy, claim_iris[ci]))


def _claim(g, res, ri, record, article, c, claim) -> None:
    g.add((c, RDF.type, KG.Claim))
    g.add((c, SCHEMA.text, Literal(claim.text)))
    if claim.quote:
        g.add((c, KG.quote, Literal(claim.quote)))
    g.add((c, SCHEMA.appearance, article))
    for start, end in claim.spans():
        ev = evidence(
            g, source=article, text=record.article.text, start=start, end=end, salt=str(c)
        )
        g.add((c, KG.evidence, ev))
    author = res.entity_iri(ri, claim.author)
    if author:
        g.add((c, SCHEMA.author, URIRef(author)))
    outlet = res.entity_iri(ri, claim.stated_in)
    if outlet:
        g.add((c, KG.statedIn, URIRef(outlet)))
        g.add((article, SCHEMA.citation, URIRef(outlet)))
    if claim.date:
        g.add((c, SCHEMA.dateCreated, date_literal(claim.date)))
    for about in claim.about:
        iri = res.entity_iri(ri, about)
        if iri:
            g.add((c, SCHEMA.about, URIRef(iri)))
