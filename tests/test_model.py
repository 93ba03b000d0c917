"""The ontology, the SHACL shapes and the JSON-LD context describe the same data model."""

import json
import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.namespaces import KG, OA, PROV, SCHEMA, SH
from kg.resources import context_file, ontology_file, shapes_file

# The contract (DATA-MODEL.md), spelled out so a rename shows up here.
ENTITY_CLASSES = [
    SCHEMA.Person,
    SCHEMA.Movie,
    SCHEMA.TVSeries,
    KG.Play,
    SCHEMA.CreativeWork,
    KG.Character,
    SCHEMA.Organization,
    SCHEMA.Place,
]
MODEL_CLASSES = [*ENTITY_CLASSES, KG.Role, KG.Claim, SCHEMA.NewsArticle]
ROLE_TYPES = [
    "Actor",
    "Director",
    "Writer",
    "Producer",
    "ExecutiveProducer",
    "Creator",
    "Showrunner",
    "Host",
    "Composer",
    "OtherRole",
]
STATUSES = ["Credited", "Confirmed", "InTalks", "Expected", "Rumored", "Interested"]
KG_CLASSES = ["Play", "Character", "Role", "Claim"]
KG_PROPERTIES = [
    "sequelOf",
    "appearsIn",
    "work",
    "agent",
    "roleType",
    "status",
    "character",
    "evidence",
    "supportedBy",
    "quote",
    "statedIn",
    # extensions used by the export
    "statedStatus",
    "statedCharacter",
]

CONTEXT_TERMS = {
    # classes
    "Person": SCHEMA.Person,
    "Movie": SCHEMA.Movie,
    "TVSeries": SCHEMA.TVSeries,
    "Play": KG.Play,
    "CreativeWork": SCHEMA.CreativeWork,
    "Character": KG.Character,
    "Organization": SCHEMA.Organization,
    "Place": SCHEMA.Place,
    "Role": KG.Role,
    "Claim": KG.Claim,
    "NewsArticle": SCHEMA.NewsArticle,
    "SpecificResource": OA.SpecificResource,
    "TextQuoteSelector": OA.TextQuoteSelector,
    "TextPositionSelector": OA.TextPositionSelector,
    # properties
    "name": SCHEMA.name,
    "alternateName": SCHEMA.alternateName,
    "sameAs": OWL.sameAs,
    "datePublished": SCHEMA.datePublished,
    "sequelOf": KG.sequelOf,
    "isBasedOn": SCHEMA.isBasedOn,
    "productionCompany": SCHEMA.productionCompany,
    "appearsIn": KG.appearsIn,
    "work": KG.work,
    "agent": KG.agent,
    "roleType": KG.roleType,
    "status": KG.status,
    "character": KG.character,
    "evidence": KG.evidence,
    "supportedBy": KG.supportedBy,
    "derivedFrom": PROV.wasDerivedFrom,
    "text": SCHEMA.text,
    "appearance": SCHEMA.appearance,
    "quote": KG.quote,
    "author": SCHEMA.author,
    "statedIn": KG.statedIn,
    "about": SCHEMA.about,
    "dateCreated": SCHEMA.dateCreated,
    "identifier": SCHEMA.identifier,
    "url": SCHEMA.url,
    "publisher": SCHEMA.publisher,
    "citation": SCHEMA.citation,
    "headline": SCHEMA.headline,
    "actor": SCHEMA.actor,
    "director": SCHEMA.director,
    "producer": SCHEMA.producer,
    "creator": SCHEMA.creator,
    "source": OA.hasSource,
    "selector": OA.hasSelector,
    "exact": OA.exact,
    "prefix": OA.prefix,
    "suffix": OA.suffix,
    "start": OA.start,
    "end": OA.end,
    "statedStatus": KG.statedStatus,
    "statedCharacter": KG.statedCharacter,
    "mentions": SCHEMA.mentions,
    **{v: KG[v] for v in ROLE_TYPES + STATUSES},
}
VOCAB_TERMS = {"roleType", "status", "statedStatus"}
# Properties whose values are nodes. evidence and selector are deliberately not coerced to
# "@id": their values are blank nodes, and rdflib's JSON-LD serializer drops the statements of a
# blank node reached through an "@id"-coerced term (so they stay {"id": ...} / embedded).
ID_TERMS = {
    "sameAs", "sequelOf", "isBasedOn", "productionCompany", "appearsIn", "work", "agent",
    "character", "supportedBy", "derivedFrom", "appearance", "author", "statedIn", "about",
    "url", "publisher", "citation", "actor", "director", "producer", "creator", "source",
    "statedCharacter", "mentions",
}  # fmt: skip

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_file(), format="turtle")


@pytest.fixture(scope="module")
def context() -> dict:
    return json.loads(context_file().read_text(encoding="utf-8"))


def _english(graph: Graph, node, prop) -> list[Literal]:
    return [
        o
        for o in graph.objects(node, prop)
        if isinstance(o, Literal) and o.language == "en" and str(o).strip()
    ]


def _kg_terms(graph: Graph) -> set[URIRef]:
    return {
        t
        for triple in graph
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(str(KG))
    }


def _sh_in_values(shapes: Graph, path: URIRef) -> list[set[URIRef]]:
    """The sh:in lists of the property shapes on ``path``."""
    found = []
    for shape in shapes.subjects(SH.path, path):
        for lst in shapes.objects(shape, SH["in"]):
            found.append(set(Collection(shapes, lst)))
    return found


# ---------------------------------------------------------------------------------------------
# Ontology
# ---------------------------------------------------------------------------------------------


def test_ontology_header(ontology):
    onto = URIRef("https://w3id.org/newskg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert _english(ontology, onto, RDFS.label)
    assert _english(ontology, onto, RDFS.comment)


@pytest.mark.parametrize("name", KG_CLASSES)
def test_kg_classes_declared(ontology, name):
    assert (KG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", KG_PROPERTIES)
def test_kg_properties_declared(ontology, name):
    types = set(ontology.objects(KG[name], RDF.type))
    assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name


def test_every_kg_term_has_english_label_and_comment(ontology, shapes, context):
    """Every kg: term in the ontology, the shapes or the context is declared and documented."""
    terms = _kg_terms(ontology) | _kg_terms(shapes)
    kg_prefix = str(KG)
    for value in context["@context"].values():
        iri = value["@id"] if isinstance(value, dict) else value
        if isinstance(iri, str) and iri.startswith("kg:"):
            terms.add(URIRef(kg_prefix + iri[3:]))
    terms.discard(URIRef(kg_prefix))
    assert terms
    missing = sorted(
        str(t)
        for t in terms
        if not set(ontology.objects(t, RDF.type))
        or not _english(ontology, t, RDFS.label)
        or not _english(ontology, t, RDFS.comment)
    )
    assert not missing, f"undeclared or undocumented kg: terms: {missing}"


def test_superclasses(ontology):
    assert (KG.Play, RDFS.subClassOf, SCHEMA.CreativeWork) in ontology
    assert (KG.Claim, RDFS.subClassOf, SCHEMA.Claim) in ontology
    assert (KG.Role, RDFS.subClassOf, SCHEMA.Role) in ontology
    assert (KG.Role, RDFS.subClassOf, PROV.Entity) in ontology
    assert (KG.Claim, RDFS.subClassOf, PROV.Entity) in ontology
    assert (KG.Character, OWL.disjointWith, SCHEMA.Person) in ontology


def test_domains_and_ranges(ontology):
    assert (KG.character, RDFS.range, KG.Character) in ontology
    assert (KG.supportedBy, RDFS.range, KG.Claim) in ontology
    assert (KG.evidence, RDFS.range, OA.SpecificResource) in ontology
    assert (KG.work, RDFS.domain, KG.Role) in ontology


def test_wikidata_alignments(ontology):
    wd = "http://www.wikidata.org/entity/"
    wdt = "http://www.wikidata.org/prop/direct/"
    assert (KG.Character, SKOS.closeMatch, URIRef(wd + "Q95074")) in ontology
    assert (KG.Play, SKOS.closeMatch, URIRef(wd + "Q25379")) in ontology
    assert (SCHEMA.Movie, SKOS.closeMatch, URIRef(wd + "Q11424")) in ontology
    assert (SCHEMA.TVSeries, SKOS.closeMatch, URIRef(wd + "Q5398426")) in ontology
    expected = {
        "Actor": "P161",
        "Director": "P57",
        "Writer": "P58",
        "Producer": "P162",
        "ExecutiveProducer": "P1431",
        "Creator": "P170",
        "Host": "P371",
        "Composer": "P86",
    }
    for name, prop in expected.items():
        assert (KG[name], KG.wikidataProperty, URIRef(wdt + prop)) in ontology, name
    assert (KG.character, RDFS.seeAlso, URIRef(wdt + "P453")) in ontology
    # no logical equivalence with Wikidata items
    for _, _, o in ontology.triples((None, OWL.equivalentClass, None)):
        assert not str(o).startswith("http://www.wikidata.org/")


def test_shortcut_properties(ontology):
    shortcut = {
        "Actor": SCHEMA.actor,
        "Director": SCHEMA.director,
        "Writer": SCHEMA.author,
        "Producer": SCHEMA.producer,
        "Creator": SCHEMA.creator,
    }
    for name, prop in shortcut.items():
        assert (KG[name], KG.shortcutProperty, prop) in ontology


@pytest.mark.parametrize(
    ("scheme", "values"),
    [(KG.RoleTypeScheme, ROLE_TYPES), (KG.StatusScheme, STATUSES)],
)
def test_controlled_values_are_skos_concepts(ontology, scheme, values):
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
    members = set(ontology.subjects(SKOS.inScheme, scheme))
    assert members == {KG[v] for v in values}
    for v in values:
        concept = KG[v]
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert _english(ontology, concept, SKOS.prefLabel), v
        assert _english(ontology, concept, SKOS.definition), v
        assert len(_english(ontology, concept, SKOS.prefLabel)) == 1, v


def test_data_model_document_terms_declared(ontology):
    """If DATA-MODEL.md is in the tree, every kg: term it names is in the ontology."""
    candidates = [REPO / "DATA-MODEL.md", REPO / "docs" / "DATA-MODEL.md"]
    doc = next((p for p in candidates if p.is_file()), None)
    if doc is None:
        pytest.skip("DATA-MODEL.md not in the source tree")
    names = set(re.findall(r"`kg:(\w+)`", doc.read_text(encoding="utf-8")))
    names |= set(re.findall(r"\bkg:(\w+)\b", doc.read_text(encoding="utf-8")))
    missing = sorted(n for n in names if not set(ontology.objects(KG[n], RDF.type)))
    assert not missing


# ---------------------------------------------------------------------------------------------
# Shapes
# ---------------------------------------------------------------------------------------------


def test_shapes_are_valid_shacl(shapes):
    """The shapes graph itself conforms to SHACL-SHACL."""
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: str(c).rsplit("/", 1)[-1])
def test_every_model_class_has_a_shape(shapes, cls):
    targets = list(shapes.subjects(SH.targetClass, cls))
    assert targets, f"no sh:NodeShape targets {cls}"
    assert all((t, RDF.type, SH.NodeShape) in shapes for t in targets)


@pytest.mark.parametrize("cls", ENTITY_CLASSES, ids=lambda c: str(c).rsplit("/", 1)[-1])
def test_every_entity_shape_requires_one_name(shapes, cls):
    shape = shapes.value(predicate=SH.targetClass, object=cls)
    found = False
    for prop in shapes.objects(shape, SH.property):
        if shapes.value(prop, SH.path) == SCHEMA.name and shapes.value(prop, SH.minCount):
            assert shapes.value(prop, SH.minCount).toPython() == 1
            assert shapes.value(prop, SH.maxCount).toPython() == 1
            found = True
    assert found


def test_shapes_use_declared_classes(ontology, shapes):
    """Every kg: class a shape targets or requires is declared as an owl:Class."""
    used = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    for cls in used:
        if str(cls).startswith(str(KG)):
            assert (cls, RDF.type, OWL.Class) in ontology, cls


def test_sh_in_matches_the_schemes(ontology, shapes):
    role_types = set(ontology.subjects(SKOS.inScheme, KG.RoleTypeScheme))
    statuses = set(ontology.subjects(SKOS.inScheme, KG.StatusScheme))
    assert _sh_in_values(shapes, KG.roleType) == [role_types]
    assert _sh_in_values(shapes, KG.status) == [statuses]
    assert _sh_in_values(shapes, KG.statedStatus) == [statuses]


def test_every_property_shape_has_a_message(shapes):
    """Every property shape (not the helper shapes inside sh:or / sh:not) says what is wrong."""
    property_shapes = set(shapes.objects(None, SH.property))
    assert property_shapes
    for shape in property_shapes:
        messages = _english(shapes, shape, SH.message)
        assert messages, f"property shape on {shapes.value(shape, SH.path)} has no sh:message"


def test_work_links_accept_every_work_class(shapes):
    works = {SCHEMA.Movie, SCHEMA.TVSeries, KG.Play, SCHEMA.CreativeWork}
    for path in (KG.work, KG.sequelOf, SCHEMA.isBasedOn, KG.appearsIn):
        found = False
        for shape in shapes.subjects(SH.path, path):
            for lst in shapes.objects(shape, SH["or"]):
                members = {shapes.value(m, SH["class"]) for m in Collection(shapes, lst)}
                assert members == works, path
                found = True
        assert found, path


# ---------------------------------------------------------------------------------------------
# JSON-LD context
# ---------------------------------------------------------------------------------------------


def _no_network(url, options=None):
    raise AssertionError(f"the context tried to load {url}")


@pytest.fixture()
def offline_pyld():
    from pyld import jsonld

    previous = jsonld.get_document_loader()
    jsonld.set_document_loader(_no_network)
    yield jsonld
    jsonld.set_document_loader(previous)


SAMPLE = """
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix article: <https://w3id.org/newskg/id/article/> .
@prefix work: <https://w3id.org/newskg/id/work/> .
@prefix person: <https://w3id.org/newskg/id/person/> .
@prefix character: <https://w3id.org/newskg/id/character/> .
@prefix role: <https://w3id.org/newskg/id/role/> .
@prefix claim: <https://w3id.org/newskg/id/claim/> .
@prefix org: <https://w3id.org/newskg/id/org/> .

article:00112233aabbccdd a schema:NewsArticle ;
    schema:identifier "sha256:00112233aabbccdd00112233aabbccdd00112233aabbccdd00112233aabbccdd" ;
    schema:datePublished "2025-01-30"^^xsd:date ;
    schema:url <https://example.com/news/1> ;
    schema:headline "Star joins sequel" ;
    schema:publisher org:variety ;
    schema:mentions person:jane-doe, work:big-2 .
org:variety a schema:Organization ; schema:name "Variety" .
work:big a schema:Movie ; schema:name "Big" ; schema:datePublished "1988"^^xsd:gYear .
work:big-2 a schema:Movie ; schema:name "Untitled Big sequel"@en ; kg:sequelOf work:big ;
    schema:actor person:jane-doe .
person:jane-doe a schema:Person ; schema:name "Jane Doe" ; schema:alternateName "Doe" ;
    owl:sameAs <http://www.wikidata.org/entity/Q1> .
character:josh a kg:Character ; schema:name "Josh" ; kg:appearsIn work:big-2 .
role:r1 a kg:Role ; kg:work work:big-2 ; kg:agent person:jane-doe ; kg:roleType kg:Actor ;
    kg:status kg:Confirmed ; kg:character character:josh ;
    prov:wasDerivedFrom article:00112233aabbccdd ; kg:supportedBy claim:c1 ;
    kg:evidence [ a oa:SpecificResource ; oa:hasSource article:00112233aabbccdd ;
        kg:statedStatus kg:InTalks ; kg:statedCharacter character:josh ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Jane Doe" ; oa:prefix "" ;
                         oa:suffix " joins" ] ,
                       [ a oa:TextPositionSelector ; oa:start "0"^^xsd:nonNegativeInteger ;
                         oa:end "8"^^xsd:nonNegativeInteger ] ] .
claim:c1 a kg:Claim ; schema:text "Jane Doe will star" ; kg:quote "I'm in!" ;
    schema:author person:jane-doe ; kg:statedIn org:variety ;
    schema:appearance article:00112233aabbccdd ; schema:about work:big-2 ;
    schema:dateCreated "2025-01"^^xsd:gYearMonth ;
    kg:evidence [ a oa:SpecificResource ; oa:hasSource article:00112233aabbccdd ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "I'm in!" ] ,
                       [ a oa:TextPositionSelector ; oa:start "40"^^xsd:nonNegativeInteger ;
                         oa:end "47"^^xsd:nonNegativeInteger ] ] .
"""


@pytest.fixture()
def sample() -> Graph:
    return Graph().parse(data=SAMPLE, format="turtle")


def _term_iri(context: dict, term: str) -> str:
    value = context["@context"][term]
    iri = value["@id"] if isinstance(value, dict) else value
    prefix, _, local = iri.partition(":")
    return context["@context"][prefix] + local


def test_context_is_local_json_ld_11(context):
    ctx = context["@context"]
    assert isinstance(ctx, dict), "the context must be inline, not a remote reference"
    assert ctx["@version"] == 1.1
    assert ctx["id"] == "@id" and ctx["type"] == "@type"
    text = json.dumps(context)
    assert '"@import"' not in text
    for prefix, ns in [
        ("kg", KG),
        ("schema", SCHEMA),
        ("prov", PROV),
        ("oa", OA),
        ("xsd", XSD),
        ("skos", SKOS),
        ("rdfs", RDFS),
    ]:
        assert ctx[prefix] == str(ns)


@pytest.mark.parametrize("term", sorted(CONTEXT_TERMS))
def test_context_terms(context, term):
    assert _term_iri(context, term) == str(CONTEXT_TERMS[term])
    definition = context["@context"][term]
    if term in VOCAB_TERMS:
        assert definition["@type"] == "@vocab"
    elif term in ID_TERMS:
        assert definition["@type"] == "@id"


def test_context_offsets_are_non_negative_integers(context):
    for term in ("start", "end"):
        assert context["@context"][term]["@type"] == "xsd:nonNegativeInteger"


def test_context_round_trip_with_pyld(context, sample, offline_pyld):
    jsonld = offline_pyld
    expanded = jsonld.from_rdf(sample.serialize(format="nt"), {"format": "application/n-quads"})
    compacted = jsonld.compact(expanded, context)
    nodes = {n["id"]: n for n in compacted["@graph"]}
    role = nodes["https://w3id.org/newskg/id/role/r1"]
    assert role["type"] == "Role"
    assert role["roleType"] == "Actor" and role["status"] == "Confirmed"
    assert role["work"] == "https://w3id.org/newskg/id/work/big-2"
    assert nodes["https://w3id.org/newskg/id/article/00112233aabbccdd"]["datePublished"] == (
        "2025-01-30"
    )
    evidence = [n for n in compacted["@graph"] if n.get("type") == "SpecificResource"]
    assert any(e.get("statedStatus") == "InTalks" for e in evidence)
    # back to RDF, with pyld and with rdflib
    nquads = jsonld.to_rdf(compacted, {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nquads"), sample)
    parsed = Graph().parse(data=json.dumps(compacted), format="json-ld")
    assert isomorphic(parsed, sample)


def test_context_round_trip_with_rdflib(context, sample):
    text = sample.serialize(format="json-ld", context=context["@context"])
    assert isomorphic(Graph().parse(data=text, format="json-ld"), sample)


def test_context_reads_plain_json(context, offline_pyld):
    """A document written by hand against the context gives the triples of the model."""
    doc = {
        "@context": context["@context"],
        "@graph": [
            {
                "id": "https://w3id.org/newskg/id/role/r9",
                "type": "Role",
                "roleType": "Director",
                "status": "Rumored",
                "evidence": {
                    "type": "SpecificResource",
                    "statedStatus": "Expected",
                    "selector": {"type": "TextPositionSelector", "start": 3, "end": 9},
                },
            }
        ],
    }
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    role = URIRef("https://w3id.org/newskg/id/role/r9")
    assert (role, KG.roleType, KG.Director) in g
    assert (role, KG.status, KG.Rumored) in g
    evidence = g.value(role, KG.evidence)
    assert isinstance(evidence, BNode)
    assert (evidence, KG.statedStatus, KG.Expected) in g
    selector = g.value(evidence, OA.hasSelector)
    assert g.value(selector, OA.start) == Literal(3, datatype=XSD.nonNegativeInteger)
    nquads = offline_pyld.to_rdf(doc, {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nquads"), g)
