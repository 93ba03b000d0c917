"""The SHACL shapes accept a well-formed graph and catch each kind of breakage where meant."""

import re

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.errors import InputError, ValidationFailed
from kg.namespaces import KG, OA, PROV, SCHEMA, SH
from kg.validate import Report, Violation, load_shapes, partition, validate

PREFIXES = """
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix article: <https://w3id.org/newskg/id/article/> .
@prefix work: <https://w3id.org/newskg/id/work/> .
@prefix person: <https://w3id.org/newskg/id/person/> .
@prefix character: <https://w3id.org/newskg/id/character/> .
@prefix org: <https://w3id.org/newskg/id/org/> .
@prefix place: <https://w3id.org/newskg/id/place/> .
@prefix role: <https://w3id.org/newskg/id/role/> .
@prefix claim: <https://w3id.org/newskg/id/claim/> .
"""

SPARQL_PREFIXES = PREFIXES.replace("@prefix", "PREFIX").replace("> .", ">")

HASH_A = "a" * 64
HASH_B = "b" * 64

# Two articles; a film and its sequel, a series, a play, a song; two persons, a character, two
# organizations, a place; three roles (one supported by two articles) and two claims.
VALID = (
    PREFIXES
    + f"""
article:aaaaaaaaaaaaaaaa a schema:NewsArticle ;
    schema:identifier "sha256:{HASH_A}" ;
    schema:datePublished "2025-01-30"^^xsd:date ;
    schema:url <https://example.com/news/a> ;
    schema:headline "Jane Doe boards Big sequel" ;
    schema:publisher org:variety ;
    schema:citation org:deadline ;
    schema:mentions person:jane-doe, work:big-2, character:josh, place:london .

article:bbbbbbbbbbbbbbbb a schema:NewsArticle ;
    schema:identifier "sha256:{HASH_B}" ;
    schema:mentions work:big, work:the-show, work:the-play, work:the-song, org:variety .

org:variety a schema:Organization ; schema:name "Variety" .
org:deadline a schema:Organization ; schema:name "Deadline"@en .
place:london a schema:Place ; schema:name "London" .

work:big a schema:Movie ; schema:name "Big" ; schema:datePublished "1988"^^xsd:gYear .
work:big-2 a schema:Movie, schema:CreativeWork ; schema:name "Untitled Big sequel" ;
    kg:sequelOf work:big ; schema:isBasedOn work:big ; schema:productionCompany org:variety ;
    schema:actor person:jane-doe ; schema:director person:john-roe ;
    schema:producer org:variety .
work:the-show a schema:TVSeries ; schema:name "The Show" ;
    schema:datePublished "2024-09-01"^^xsd:date ; schema:creator person:john-roe .
work:the-play a kg:Play ; schema:name "The Play" ; schema:datePublished "2019"^^xsd:gYear .
work:the-song a schema:CreativeWork ; schema:name "The Song" .

person:jane-doe a schema:Person ; schema:name "Jane Doe" ; schema:alternateName "Doe" ;
    owl:sameAs <http://www.wikidata.org/entity/Q1> .
person:john-roe a schema:Person ; schema:name "John Roe"@en .
character:josh a kg:Character ; schema:name "Josh Baskin" ; kg:appearsIn work:big, work:big-2 .

role:r1 a kg:Role ;
    kg:work work:big-2 ; kg:agent person:jane-doe ; kg:roleType kg:Actor ;
    kg:status kg:Confirmed ; kg:character character:josh ;
    prov:wasDerivedFrom article:aaaaaaaaaaaaaaaa, article:bbbbbbbbbbbbbbbb ;
    kg:supportedBy claim:c1 ;
    kg:evidence [ a oa:SpecificResource ; oa:hasSource article:aaaaaaaaaaaaaaaa ;
        kg:statedStatus kg:InTalks ; kg:statedCharacter character:josh ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Jane Doe" ; oa:prefix "" ;
                         oa:suffix " boards" ] ,
                       [ a oa:TextPositionSelector ; oa:start "0"^^xsd:nonNegativeInteger ;
                         oa:end "8"^^xsd:nonNegativeInteger ] ] ,
                [ a oa:SpecificResource ; oa:hasSource article:bbbbbbbbbbbbbbbb ;
        kg:statedStatus kg:Confirmed ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Doe" ] ,
                       [ a oa:TextPositionSelector ; oa:start "12"^^xsd:nonNegativeInteger ;
                         oa:end "15"^^xsd:nonNegativeInteger ] ] .

role:r2 a kg:Role ;
    kg:work work:big-2 ; kg:agent person:john-roe ; kg:roleType kg:Director ;
    kg:status kg:Rumored ; prov:wasDerivedFrom article:aaaaaaaaaaaaaaaa .

role:r3 a kg:Role ;
    kg:work work:the-show ; kg:agent org:variety ; kg:roleType kg:Producer ;
    kg:status kg:Credited ; prov:wasDerivedFrom article:bbbbbbbbbbbbbbbb .

claim:c1 a kg:Claim ;
    schema:text "Jane Doe says she has signed on" ; kg:quote "I'm in!" ;
    schema:author person:jane-doe ; kg:statedIn org:deadline ;
    schema:appearance article:aaaaaaaaaaaaaaaa ; schema:about work:big-2, role:r1 ;
    schema:dateCreated "2025-01"^^xsd:gYearMonth ;
    kg:evidence [ a oa:SpecificResource ; oa:hasSource article:aaaaaaaaaaaaaaaa ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "I'm in!" ] ,
                       [ a oa:TextPositionSelector ; oa:start "40"^^xsd:nonNegativeInteger ;
                         oa:end "47"^^xsd:nonNegativeInteger ] ] .

claim:c2 a kg:Claim ; schema:text "The studio denied it"@en ;
    schema:appearance article:bbbbbbbbbbbbbbbb ; schema:dateCreated "2024"^^xsd:gYear ;
    kg:evidence [ a oa:SpecificResource ; oa:hasSource article:bbbbbbbbbbbbbbbb ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "denied" ] ,
                       [ a oa:TextPositionSelector ; oa:start "5"^^xsd:nonNegativeInteger ;
                         oa:end "11"^^xsd:nonNegativeInteger ] ] .
"""
)

ID = "https://w3id.org/newskg/id/"
ARTICLE_A = ID + "article/aaaaaaaaaaaaaaaa"
ARTICLE_B = ID + "article/bbbbbbbbbbbbbbbb"
ROLE_1 = URIRef(ID + "role/r1")


def sh(name: str) -> str:
    return str(SH[name + "ConstraintComponent"])


@pytest.fixture()
def graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def broken(update: str) -> Graph:
    """VALID changed by a SPARQL update (operations separated by ``} ;``)."""
    g = Graph().parse(data=VALID, format="turtle")
    # one request per operation: rdflib applies the prologue's prefixes to the first one only
    for operation in re.split(r"(?<=\})\s*;", update):
        g.update(SPARQL_PREFIXES + operation)
    return g


@pytest.fixture(scope="module")
def messages() -> set[str]:
    shapes = load_shapes()
    return {str(m) for m in shapes.objects(None, SH.message)}


# ---------------------------------------------------------------------------------------------
# The valid graph
# ---------------------------------------------------------------------------------------------


def test_valid_graph_conforms(graph):
    report = validate(graph)
    assert report.conforms, report.text()
    assert report.violations == []
    assert (None, SH.conforms, Literal(True)) in report.graph
    assert "Conforms" in report.text()


def test_validate_takes_a_shapes_path_or_graph(graph):
    from kg.resources import shapes_file

    assert validate(graph, shapes=shapes_file()).conforms
    assert validate(graph, shapes=load_shapes()).conforms


# ---------------------------------------------------------------------------------------------
# Broken graphs: each caught by the property shape / constraint meant for it
# ---------------------------------------------------------------------------------------------

# (id, SPARQL update on VALID, expected focus (IRI, or a class for a blank node), path, component)
CASES = [
    (
        "role-without-derivedFrom",
        "DELETE WHERE { role:r2 prov:wasDerivedFrom ?a }",
        ID + "role/r2", "prov:wasDerivedFrom", "MinCount",
    ),
    (
        "role-derivedFrom-not-an-article",
        "DELETE WHERE { role:r2 prov:wasDerivedFrom ?a } ;"
        "INSERT DATA { role:r2 prov:wasDerivedFrom org:variety }",
        ID + "role/r2", "prov:wasDerivedFrom", "Class",
    ),
    (
        "role-unknown-status",
        "DELETE WHERE { role:r1 kg:status ?s } ; INSERT DATA { role:r1 kg:status kg:Maybe }",
        ID + "role/r1", "kg:status", "In",
    ),
    (
        "role-two-statuses",
        "INSERT DATA { role:r1 kg:status kg:Rumored }",
        ID + "role/r1", "kg:status", "MaxCount",
    ),
    (
        "role-status-is-a-string",
        "DELETE WHERE { role:r2 kg:status ?s } ; INSERT DATA { role:r2 kg:status \"Rumored\" }",
        ID + "role/r2", "kg:status", "In",
    ),
    (
        "role-unknown-role-type",
        "DELETE WHERE { role:r2 kg:roleType ?t } ; INSERT DATA { role:r2 kg:roleType kg:Gaffer }",
        ID + "role/r2", "kg:roleType", "In",
    ),
    (
        "role-without-role-type",
        "DELETE WHERE { role:r2 kg:roleType ?t }",
        ID + "role/r2", "kg:roleType", "MinCount",
    ),
    (
        "role-without-work",
        "DELETE WHERE { role:r2 kg:work ?w }",
        ID + "role/r2", "kg:work", "MinCount",
    ),
    (
        "role-two-works",
        "INSERT DATA { role:r2 kg:work work:the-show }",
        ID + "role/r2", "kg:work", "MaxCount",
    ),
    (
        "role-work-is-a-person",
        "DELETE WHERE { role:r2 kg:work ?w } ; INSERT DATA { role:r2 kg:work person:jane-doe }",
        ID + "role/r2", "kg:work", "Or",
    ),
    (
        "role-agent-is-a-character",
        "DELETE WHERE { role:r2 kg:agent ?a } ; INSERT DATA { role:r2 kg:agent character:josh }",
        ID + "role/r2", "kg:agent", "Or",
    ),
    (
        "role-without-agent",
        "DELETE WHERE { role:r2 kg:agent ?a }",
        ID + "role/r2", "kg:agent", "MinCount",
    ),
    (
        "character-pointing-to-a-person",
        "DELETE WHERE { role:r1 kg:character ?c } ;"
        "INSERT DATA { role:r1 kg:character person:john-roe }",
        ID + "role/r1", "kg:character", "Class",
    ),
    (
        "role-two-characters",
        "INSERT DATA { character:susan a kg:Character ; schema:name \"Susan\" ."
        " role:r1 kg:character character:susan }",
        ID + "role/r1", "kg:character", "MaxCount",
    ),
    (
        "role-supported-by-a-non-claim",
        "INSERT DATA { role:r2 kg:supportedBy article:aaaaaaaaaaaaaaaa }",
        ID + "role/r2", "kg:supportedBy", "Class",
    ),
    (
        "role-evidence-untyped",
        "INSERT DATA { role:r2 kg:evidence [ oa:hasSource article:aaaaaaaaaaaaaaaa ] }",
        ID + "role/r2", "kg:evidence", "Class",
    ),
    (
        "two-names-on-a-person",
        "INSERT DATA { person:jane-doe schema:name \"Janet Doe\" }",
        ID + "person/jane-doe", "schema:name", "MaxCount",
    ),
    (
        "person-without-name",
        "DELETE WHERE { person:john-roe schema:name ?n }",
        ID + "person/john-roe", "schema:name", "MinCount",
    ),
    (
        "name-is-a-number",
        "DELETE WHERE { place:london schema:name ?n } ;"
        "INSERT DATA { place:london schema:name 42 }",
        ID + "place/london", "schema:name", "Or",
    ),
    (
        "name-in-french",
        "DELETE WHERE { org:variety schema:name ?n } ;"
        "INSERT DATA { org:variety schema:name \"Variété\"@fr }",
        ID + "org/variety", "schema:name", "Or",
    ),
    (
        "name-empty",
        "DELETE WHERE { work:the-song schema:name ?n } ;"
        "INSERT DATA { work:the-song schema:name \"\" }",
        ID + "work/the-song", "schema:name", "MinLength",
    ),
    (
        "person-also-a-character",
        "INSERT DATA { person:jane-doe a kg:Character }",
        ID + "person/jane-doe", "rdf:type", "Not",
    ),
    (
        "film-also-a-series",
        "INSERT DATA { work:big a schema:TVSeries }",
        ID + "work/big", "rdf:type", "Not",
    ),
    (
        "organization-also-a-place",
        "INSERT DATA { org:variety a schema:Place }",
        ID + "org/variety", "rdf:type", "Not",
    ),
    (
        "sameAs-literal",
        "INSERT DATA { person:john-roe owl:sameAs \"Q2\" }",
        ID + "person/john-roe", "owl:sameAs", "NodeKind",
    ),
    (
        "film-datePublished-plain-string",
        "DELETE WHERE { work:big schema:datePublished ?d } ;"
        "INSERT DATA { work:big schema:datePublished \"1988\" }",
        ID + "work/big", "schema:datePublished", "Or",
    ),
    (
        "film-datePublished-datetime",
        "DELETE WHERE { work:big schema:datePublished ?d } ;"
        "INSERT DATA { work:big schema:datePublished \"1988-01-01T00:00:00\"^^xsd:dateTime }",
        ID + "work/big", "schema:datePublished", "Or",
    ),
    (
        "article-datePublished-gYear",
        "DELETE WHERE { article:aaaaaaaaaaaaaaaa schema:datePublished ?d } ;"
        "INSERT DATA { article:aaaaaaaaaaaaaaaa schema:datePublished \"2025\"^^xsd:gYear }",
        ARTICLE_A, "schema:datePublished", "Datatype",
    ),
    (
        "article-datePublished-ill-formed",
        "DELETE WHERE { article:aaaaaaaaaaaaaaaa schema:datePublished ?d } ;"
        "INSERT DATA { article:aaaaaaaaaaaaaaaa schema:datePublished \"30/01/2025\"^^xsd:date }",
        ARTICLE_A, "schema:datePublished", "Datatype",
    ),
    (
        "article-without-identifier",
        "DELETE WHERE { article:bbbbbbbbbbbbbbbb schema:identifier ?i }",
        ARTICLE_B, "schema:identifier", "MinCount",
    ),
    (
        "article-identifier-not-a-hash",
        "DELETE WHERE { article:bbbbbbbbbbbbbbbb schema:identifier ?i } ;"
        "INSERT DATA { article:bbbbbbbbbbbbbbbb schema:identifier \"article-7\" }",
        ARTICLE_B, "schema:identifier", "Pattern",
    ),
    (
        "article-url-is-a-string",
        "DELETE WHERE { article:aaaaaaaaaaaaaaaa schema:url ?u } ;"
        "INSERT DATA { article:aaaaaaaaaaaaaaaa schema:url \"https://example.com\" }",
        ARTICLE_A, "schema:url", "NodeKind",
    ),
    (
        "article-publisher-is-a-person",
        "DELETE WHERE { article:aaaaaaaaaaaaaaaa schema:publisher ?p } ;"
        "INSERT DATA { article:aaaaaaaaaaaaaaaa schema:publisher person:john-roe }",
        ARTICLE_A, "schema:publisher", "Class",
    ),
    (
        "article-mentions-a-role",
        "INSERT DATA { article:aaaaaaaaaaaaaaaa schema:mentions role:r2 }",
        ARTICLE_A, "schema:mentions", "Node",
    ),
    (
        "sequel-of-a-person",
        "INSERT DATA { work:the-play kg:sequelOf person:jane-doe }",
        ID + "work/the-play", "kg:sequelOf", "Or",
    ),
    (
        "actor-shortcut-to-an-organization",
        "INSERT DATA { work:the-show schema:actor org:variety }",
        ID + "work/the-show", "schema:actor", "Class",
    ),
    (
        "character-appears-in-a-place",
        "INSERT DATA { character:josh kg:appearsIn place:london }",
        ID + "character/josh", "kg:appearsIn", "Or",
    ),
    (
        "claim-without-evidence",
        "DELETE { claim:c2 kg:evidence ?e } WHERE { claim:c2 kg:evidence ?e }",
        ID + "claim/c2", "kg:evidence", "MinCount",
    ),
    (
        "claim-without-appearance",
        "DELETE WHERE { claim:c2 schema:appearance ?a }",
        ID + "claim/c2", "schema:appearance", "MinCount",
    ),
    (
        "claim-without-text",
        "DELETE WHERE { claim:c1 schema:text ?t }",
        ID + "claim/c1", "schema:text", "MinCount",
    ),
    (
        "claim-two-texts",
        "INSERT DATA { claim:c1 schema:text \"another gist\" }",
        ID + "claim/c1", "schema:text", "MaxCount",
    ),
    (
        "claim-author-is-a-character",
        "DELETE WHERE { claim:c1 schema:author ?a } ;"
        "INSERT DATA { claim:c1 schema:author character:josh }",
        ID + "claim/c1", "schema:author", "Or",
    ),
    (
        "claim-stated-in-a-person",
        "DELETE WHERE { claim:c1 kg:statedIn ?o } ;"
        "INSERT DATA { claim:c1 kg:statedIn person:john-roe }",
        ID + "claim/c1", "kg:statedIn", "Class",
    ),
    (
        "claim-dateCreated-datetime",
        "DELETE WHERE { claim:c2 schema:dateCreated ?d } ;"
        "INSERT DATA { claim:c2 schema:dateCreated \"2024-05-01T10:00:00\"^^xsd:dateTime }",
        ID + "claim/c2", "schema:dateCreated", "Or",
    ),
    (
        "claim-about-an-article",
        "INSERT DATA { claim:c2 schema:about article:aaaaaaaaaaaaaaaa }",
        ID + "claim/c2", "schema:about", "Node",
    ),
    (
        "evidence-without-exact-text",
        "DELETE { ?q oa:exact ?x }"
        " WHERE { claim:c2 kg:evidence/oa:hasSelector ?q . ?q oa:exact ?x }",
        OA.TextQuoteSelector, "oa:exact", "MinCount",
    ),
    (
        "evidence-without-source",
        "DELETE { ?e oa:hasSource ?a } WHERE { claim:c2 kg:evidence ?e . ?e oa:hasSource ?a }",
        OA.SpecificResource, "oa:hasSource", "MinCount",
    ),
    (
        "evidence-source-not-an-article",
        "DELETE { ?e oa:hasSource ?a } INSERT { ?e oa:hasSource org:variety }"
        " WHERE { claim:c2 kg:evidence ?e . ?e oa:hasSource ?a }",
        OA.SpecificResource, "oa:hasSource", "Class",
    ),
    (
        "evidence-without-position",
        "DELETE { ?e oa:hasSelector ?p } WHERE { claim:c2 kg:evidence ?e ."
        " ?e oa:hasSelector ?p . ?p a oa:TextPositionSelector }",
        OA.SpecificResource, "oa:hasSelector", "QualifiedMinCount",
    ),
    (
        "evidence-two-quotes",
        "INSERT { ?e oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact \"x\" ] }"
        " WHERE { claim:c2 kg:evidence ?e }",
        OA.SpecificResource, "oa:hasSelector", "QualifiedMaxCount",
    ),
    (
        "evidence-unknown-stated-status",
        "INSERT { ?e kg:statedStatus kg:Sure } WHERE { role:r1 kg:evidence ?e ."
        " ?e oa:hasSource article:bbbbbbbbbbbbbbbb }",
        OA.SpecificResource, "kg:statedStatus", "In",
    ),
    (
        "evidence-stated-character-is-a-person",
        "INSERT { ?e kg:statedCharacter person:john-roe } WHERE { role:r1 kg:evidence ?e ."
        " ?e oa:hasSource article:bbbbbbbbbbbbbbbb }",
        OA.SpecificResource, "kg:statedCharacter", "Class",
    ),
    (
        "position-start-after-end",
        "DELETE { ?p oa:start ?s } INSERT { ?p oa:start \"20\"^^xsd:nonNegativeInteger }"
        " WHERE { claim:c2 kg:evidence/oa:hasSelector ?p . ?p oa:start ?s }",
        OA.TextPositionSelector, "oa:start", "LessThanOrEquals",
    ),
    (
        "position-negative",
        "DELETE { ?p oa:start ?s } INSERT { ?p oa:start \"-1\"^^xsd:nonNegativeInteger }"
        " WHERE { claim:c2 kg:evidence/oa:hasSelector ?p . ?p oa:start ?s }",
        OA.TextPositionSelector, "oa:start", "MinInclusive",
    ),
    (
        "position-plain-integer",
        "DELETE { ?p oa:end ?s } INSERT { ?p oa:end 11 }"
        " WHERE { claim:c2 kg:evidence/oa:hasSelector ?p . ?p oa:end ?s }",
        OA.TextPositionSelector, "oa:end", "Datatype",
    ),
    (
        "position-without-end",
        "DELETE { ?p oa:end ?s } WHERE { claim:c2 kg:evidence/oa:hasSelector ?p . ?p oa:end ?s }",
        OA.TextPositionSelector, "oa:end", "MinCount",
    ),
]  # fmt: skip


def _focus_matches(graph: Graph, violation: Violation, expected) -> bool:
    if not isinstance(expected, URIRef):
        return violation.focus == expected
    # a blank node: check its type instead of its (arbitrary) label
    assert violation.focus.startswith("_:")
    return (BNode(violation.focus[2:]), RDF.type, expected) in graph


# breaks that remove the very links a node's articles are found through
UNTRACEABLE = {"role-without-derivedFrom"}


@pytest.mark.parametrize(
    ("case", "update", "focus", "path", "component"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_broken_graph_is_caught(case, update, focus, path, component, messages):
    g = broken(update)
    report = validate(g)
    assert not report.conforms
    hits = [
        v
        for v in report.violations
        if v.path == path and v.constraint == sh(component) and _focus_matches(g, v, focus)
    ]
    assert hits, report.text()
    for v in hits:
        assert v.severity == "Violation"
        assert v.message in messages, "the shape's own sh:message is reported"
        assert v.shape and v.shape.startswith("https://w3id.org/newskg/shapes#")
        if case not in UNTRACEABLE:
            assert v.articles, "every violation is traced to an article"
    # the damage stays local: every result is about the node the case broke
    assert all(_focus_matches(g, v, focus) for v in report.violations), report.text()


def test_person_also_a_character_is_caught_by_both_shapes():
    report = validate(broken("INSERT DATA { person:jane-doe a kg:Character }"))
    shapes = {v.shape.rsplit("#", 1)[-1] for v in report.violations}
    assert shapes == {"PersonShape", "CharacterShape"}
    values = {v.value for v in report.violations}
    assert values == {"kg:Character", "schema:Person"}


def test_ill_formed_offset_in_turtle_is_caught():
    text = VALID.replace('"47"^^xsd:nonNegativeInteger', '"x"^^xsd:nonNegativeInteger')
    g = Graph().parse(data=text, format="turtle")
    report = validate(g)
    assert {(v.path, v.constraint) for v in report.violations} >= {("oa:end", sh("Datatype"))}


def test_superclass_type_is_allowed():
    """A play may also be typed schema:CreativeWork (its superclass)."""
    assert validate(broken("INSERT DATA { work:the-play a schema:CreativeWork }")).conforms


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------


def test_report_text_names_node_rule_value_and_article():
    g = broken("DELETE WHERE { role:r1 kg:status ?s } ; INSERT DATA { role:r1 kg:status kg:Maybe }")
    report = validate(g)
    assert isinstance(report, Report)
    [v] = report.violations
    assert v.focus == str(ROLE_1)
    assert v.value == "kg:Maybe"
    assert v.rule == "kg:status sh:in"
    assert set(v.articles) == {ARTICLE_A, ARTICLE_B}
    text = report.text()
    needles = [str(ROLE_1), "Jane Doe, Actor, Untitled Big sequel", "kg:status sh:in"]
    needles += ["kg:Maybe", ARTICLE_A, ARTICLE_B, "kgsh:RoleShape", v.message]
    for needle in needles:
        assert needle in text, needle
    # the W3C report graph is there too
    assert (None, SH.resultPath, KG.status) in report.graph


def test_report_on_blank_node_names_its_owner():
    g = broken(
        "DELETE { ?q oa:exact ?x }"
        " WHERE { claim:c2 kg:evidence/oa:hasSelector ?q . ?q oa:exact ?x }"
    )
    report = validate(g)
    [v] = report.violations
    assert v.articles == (ARTICLE_B,)
    assert "selector of evidence of claim: The studio denied it" in report.text()


def test_validation_failed_accepts_the_report():
    report = validate(broken("DELETE WHERE { role:r2 kg:agent ?a }"))
    assert "1 SHACL violation" in str(ValidationFailed(report))


# ---------------------------------------------------------------------------------------------
# Datasets: the union of the named graphs is validated
# ---------------------------------------------------------------------------------------------


def _split(graph: Graph) -> Dataset:
    """Spread the graph over named graphs: a role's links in one, its work in another."""
    ds = Dataset()
    a, b = URIRef(ARTICLE_A), URIRef(ARTICLE_B)
    for s, p, o in graph:
        if str(s).startswith(ID + "work/"):
            target = b
        elif str(s).startswith(ID + "role/") or isinstance(s, BNode):
            target = a
        else:
            target = None
        ds.add((s, p, o, target) if target else (s, p, o))
    return ds


def test_dataset_union_is_validated(graph):
    ds = _split(graph)
    assert len(list(ds.graphs())) >= 3
    report = validate(ds)
    assert report.conforms, report.text()


def test_dataset_articles_come_from_named_graphs(graph):
    graph.add((URIRef(ID + "work/the-song"), SCHEMA.name, Literal("Another name")))
    report = validate(_split(graph))
    [v] = report.violations
    assert v.focus == ID + "work/the-song"
    assert ARTICLE_B in v.articles  # the named graph the work's statements are in


# ---------------------------------------------------------------------------------------------
# Partition
# ---------------------------------------------------------------------------------------------


def _subtree(graph: Graph, node) -> set:
    triples = set(graph.triples((node, None, None)))
    for _, _, o in list(triples):
        if isinstance(o, BNode):
            triples |= _subtree(graph, o)
    return triples


def _as_graph(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_partition_drops_exactly_the_bad_role():
    g = broken("DELETE WHERE { role:r1 kg:status ?s } ; INSERT DATA { role:r1 kg:status kg:Maybe }")
    bad = _subtree(g, ROLE_1) | set(g.triples((None, None, ROLE_1)))
    valid, rejected, report = partition(g)
    assert not report.conforms and len(report.violations) == 1
    assert set(rejected) == bad
    kept = _as_graph(valid)
    assert len(kept) + len(rejected) == len(g)
    assert not set(kept.triples((ROLE_1, None, None)))
    assert not set(kept.triples((None, None, ROLE_1)))  # claim:c1 schema:about role:r1
    assert (URIRef(ID + "role/r2"), RDF.type, KG.Role) in kept
    assert (URIRef(ID + "claim/c1"), SCHEMA.about, URIRef(ID + "work/big-2")) in kept
    assert validate(valid).conforms


def test_partition_of_a_valid_graph_keeps_everything(graph):
    valid, rejected, report = partition(graph)
    assert report.conforms
    assert len(rejected) == 0
    assert isomorphic(_as_graph(valid), graph)


def test_partition_cascades():
    """Dropping a person breaks the roles that named it as agent; they go in a later round."""
    g = broken("INSERT DATA { person:john-roe a kg:Character }")
    valid, rejected, report = partition(g)
    assert {v.focus for v in report.violations} == {ID + "person/john-roe"}
    kept = _as_graph(valid)
    assert (URIRef(ID + "role/r2"), RDF.type, KG.Role) not in kept  # its agent is gone
    assert (URIRef(ID + "role/r1"), RDF.type, KG.Role) in kept
    assert (URIRef(ID + "work/big-2"), SCHEMA.director, None) not in kept
    assert validate(valid).conforms


def test_partition_keeps_named_graphs(graph):
    ds = _split(graph)
    ds.remove((URIRef(ID + "role/r2"), KG.work, None, None))
    valid, rejected, report = partition(ds)
    assert [v.focus for v in report.violations] == [ID + "role/r2"]
    names = {g.identifier for g in valid.graphs() if len(g)}
    assert {URIRef(ARTICLE_A), URIRef(ARTICLE_B)} <= names
    assert (URIRef(ID + "role/r1"), RDF.type, KG.Role, URIRef(ARTICLE_A)) in set(valid.quads())
    assert (URIRef(ID + "role/r2"), RDF.type, KG.Role) in rejected
    assert validate(valid).conforms


def test_partition_drops_bad_evidence_only():
    """Evidence with a broken selector goes; the role keeps its other provenance."""
    g = broken(
        "DELETE { ?q oa:exact ?x } WHERE { role:r1 kg:evidence ?e . ?e oa:hasSource"
        " article:bbbbbbbbbbbbbbbb ; oa:hasSelector ?q . ?q oa:exact ?x }"
    )
    valid, rejected, _ = partition(g)
    kept = _as_graph(valid)
    assert (ROLE_1, RDF.type, KG.Role) in kept
    assert len(list(kept.objects(ROLE_1, KG.evidence))) == 1
    assert (ROLE_1, PROV.wasDerivedFrom, URIRef(ARTICLE_B)) in kept
    assert validate(valid).conforms


# ---------------------------------------------------------------------------------------------
# Loading shapes
# ---------------------------------------------------------------------------------------------


def test_load_shapes_default():
    shapes = load_shapes()
    assert (None, RDF.type, SH.NodeShape) in shapes


def test_load_shapes_syntax_error_has_line(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<a> sh:path <b> <c> .\n")
    with pytest.raises(InputError) as info:
        load_shapes(path)
    assert info.value.source == str(path)
    assert info.value.location == "3"


def test_load_shapes_missing_file(tmp_path):
    with pytest.raises(InputError):
        load_shapes(tmp_path / "nope.ttl")
