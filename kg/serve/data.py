"""What the linked-data views need from the store: one entity's description, its roles,
claims and evidence, and the list of entities (SPARQL over a pyoxigraph store)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.query import prefixes, restore_datatypes

# The description of an entity in RDF: its own statements (with the blank nodes under them:
# evidence and selectors), and the roles and claims that point at it, with theirs.
DESCRIBE = """
CONSTRUCT { ?s ?p ?o . ?o ?p2 ?o2 . ?o2 ?p3 ?o3 }
WHERE {
  { BIND(?target AS ?s) ?s ?p ?o }
  UNION { ?s kg:agent|kg:work|kg:character|schema:author|schema:about ?target . ?s ?p ?o }
  UNION { ?target schema:appearance|kg:supportedBy ?s . ?s ?p ?o }
  OPTIONAL { FILTER(isBlank(?o)) ?o ?p2 ?o2 OPTIONAL { FILTER(isBlank(?o2)) ?o2 ?p3 ?o3 } }
}
"""


@dataclass
class Evidence:
    prefix: str
    exact: str
    suffix: str
    article: str
    start: int | None = None


@dataclass
class RoleView:
    iri: str
    role_type: str
    status: str
    work: str
    work_name: str
    agent: str
    agent_name: str
    character: str | None = None
    character_name: str | None = None
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ClaimView:
    iri: str
    text: str
    quote: str | None
    author: str | None
    author_name: str | None
    outlet: str | None
    outlet_name: str | None
    date: str | None
    articles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EntityView:
    iri: str
    names: list[str]
    types: list[str]
    alternate: list[str] = field(default_factory=list)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # property, iri, name
    values: list[tuple[str, str]] = field(default_factory=list)  # property, literal
    roles: list[RoleView] = field(default_factory=list)
    claims: list[ClaimView] = field(default_factory=list)
    articles: list[tuple[str, str]] = field(default_factory=list)  # iri, label

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.iri.rsplit("/", 1)[-1]


def _select(store: ox.Store, query: str, *, iri: str | None = None,
            base: str | None = None) -> list[dict]:
    """Rows of a SELECT as dicts of plain strings, for the IRI ?target and the base ?base."""
    rows = store.query(_bind(query, iri=iri, base=base), prefixes=prefixes(),
                       use_default_graph_as_union=True)
    names = [v.value for v in rows.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in rows]


def _bind(query: str, *, iri: str | None = None, base: str | None = None) -> str:
    """The query with ?target and ?base replaced by terms pyoxigraph wrote: an IRI it accepted
    as a NamedNode (no '>', space or quote can get in) and an escaped literal. Raises
    ValueError for an invalid IRI."""
    if iri is not None:
        query = query.replace("?target", str(ox.NamedNode(iri)))
    if base is not None:
        query = query.replace("?base", str(ox.Literal(base)))
    return query


def exists(store: ox.Store, iri: str) -> bool:
    """True if the store says anything about ``iri`` (as a subject, in any graph)."""
    node = ox.NamedNode(iri)
    return any(True for _ in store.quads_for_pattern(node, None, None, None)) or \
        store.contains_named_graph(node)


def describe_triples(store: ox.Store, iri: str) -> list:
    """The statements that describe ``iri`` (see DESCRIBE), deduplicated and sorted."""
    triples = store.query(_bind(DESCRIBE, iri=iri), prefixes=prefixes(),
                          use_default_graph_as_union=True)
    return sorted({restore_datatypes(t) for t in triples}, key=str)


def entity(store: ox.Store, iri: str) -> EntityView:
    """Everything an entity page shows."""
    props = _select(store, """SELECT ?p ?o ?name WHERE { ?target ?p ?o .
        OPTIONAL { FILTER(isIRI(?o)) ?o schema:name ?name } } ORDER BY ?p ?o""", iri=iri)
    view = EntityView(iri=iri, names=[], types=[])
    for row in props:
        p, o = row["p"], row["o"]
        if p == "https://schema.org/name":
            view.names.append(o)
        elif p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            view.types.append(o)
        elif p == "https://schema.org/alternateName":
            view.alternate.append(o)
        elif row["name"] is not None or o.startswith(("http://", "https://", "urn:")):
            view.links.append((p, o, row["name"] or o))
        elif not o.startswith("_:") and len(o) < 400:
            view.values.append((p, o))
    view.names = sorted(set(view.names))
    view.roles = _roles(store, iri)
    view.claims = _claims(store, iri)
    view.articles = [(r["a"], r["label"]) for r in _select(store, """
        SELECT DISTINCT ?a (COALESCE(?url, STR(?a)) AS ?label) WHERE {
          { ?target prov:wasDerivedFrom|schema:appearance ?a }
          UNION { ?r kg:agent|kg:work|kg:character ?target ; prov:wasDerivedFrom ?a }
          UNION { ?a schema:mentions ?target }
          ?a a schema:NewsArticle . OPTIONAL { ?a schema:url ?url } } ORDER BY ?a""", iri=iri)]
    return view


def _roles(store, iri: str) -> list[RoleView]:
    rows = _select(store, """
        SELECT ?r ?type ?status ?work ?wn ?agent ?an ?char ?cn WHERE {
          ?r a kg:Role ; kg:roleType ?type ; kg:status ?status ; kg:work ?work ; kg:agent ?agent .
          FILTER(?work = ?target || ?agent = ?target || EXISTS { ?r kg:character ?target }
                 || ?r = ?target)
          OPTIONAL { ?work schema:name ?wn } OPTIONAL { ?agent schema:name ?an }
          OPTIONAL { ?r kg:character ?char . OPTIONAL { ?char schema:name ?cn } }
        } ORDER BY ?wn ?an ?type""", iri=iri)
    out = {}
    for row in rows:
        view = out.get(row["r"])
        if view is None:
            out[row["r"]] = RoleView(
                iri=row["r"], role_type=local_name(row["type"]), status=local_name(row["status"]),
                work=row["work"], work_name=row["wn"] or row["work"], agent=row["agent"],
                agent_name=row["an"] or row["agent"], character=row["char"],
                character_name=row["cn"])
    for view in out.values():
        view.sources = [r["a"] for r in _select(
            store, "SELECT ?a WHERE { ?target prov:wasDerivedFrom ?a } ORDER BY ?a",
            iri=view.iri)]
        view.evidence = _evidence(store, view.iri)
    return list(out.values())


def _claims(store, iri: str) -> list[ClaimView]:
    rows = _select(store, """
        SELECT DISTINCT ?c ?text ?quote ?author ?an ?outlet ?on ?date WHERE {
          ?c a kg:Claim ; schema:text ?text .
          { ?c schema:author ?target } UNION { ?c schema:about ?target }
          UNION { ?c kg:statedIn ?target } UNION { ?c schema:appearance ?target }
          UNION { ?r kg:supportedBy ?c ; kg:agent|kg:work|kg:character ?target }
          UNION { BIND(?target AS ?c) }
          OPTIONAL { ?c kg:quote ?quote } OPTIONAL { ?c schema:dateCreated ?date }
          OPTIONAL { ?c schema:author ?author OPTIONAL { ?author schema:name ?an } }
          OPTIONAL { ?c kg:statedIn ?outlet OPTIONAL { ?outlet schema:name ?on } }
        } ORDER BY ?date ?c""", iri=iri)
    out = []
    for row in rows:
        if any(c.iri == row["c"] for c in out):
            continue
        view = ClaimView(iri=row["c"], text=row["text"], quote=row["quote"],
                         author=row["author"], author_name=row["an"], outlet=row["outlet"],
                         outlet_name=row["on"], date=row["date"])
        view.articles = [r["a"] for r in _select(
            store, "SELECT ?a WHERE { ?target schema:appearance ?a } ORDER BY ?a",
            iri=view.iri)]
        view.evidence = _evidence(store, view.iri)
        out.append(view)
    return out


def _evidence(store, iri: str) -> list[Evidence]:
    rows = _select(store, """
        SELECT ?src ?exact ?prefix ?suffix ?start WHERE {
          ?target kg:evidence ?ev . ?ev oa:hasSource ?src ; oa:hasSelector ?sel .
          ?sel a oa:TextQuoteSelector ; oa:exact ?exact .
          OPTIONAL { ?sel oa:prefix ?prefix } OPTIONAL { ?sel oa:suffix ?suffix }
          OPTIONAL { ?ev oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?start }
        } ORDER BY ?src ?start""", iri=iri)
    return [Evidence(prefix=r["prefix"] or "", exact=r["exact"], suffix=r["suffix"] or "",
                     article=r["src"], start=int(r["start"]) if r["start"] else None)
            for r in rows]


def entities(store: ox.Store) -> list[tuple[str, str, str]]:
    """(IRI, name, type) of every named entity, by type and name."""
    rows = _select(store, """SELECT DISTINCT ?e ?name ?type WHERE {
        ?e schema:name ?name ; a ?type } ORDER BY ?type ?name ?e""")
    return [(r["e"], r["name"], local_name(r["type"])) for r in rows]


def subjects(store: ox.Store, base: str) -> list[str]:
    """Every IRI under ``base`` the store describes (entities, roles, claims, articles)."""
    rows = _select(store, """SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)
        && STRSTARTS(STR(?s), ?base)) } ORDER BY ?s""", base=base)
    return [r["s"] for r in rows]


def local_name(iri: str | None) -> str:
    """The last segment of an IRI (\"Confirmed\" of kg:Confirmed)."""
    if not iri:
        return ""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
