"""RDF namespaces of the public data model (see README, "Data model")."""

from rdflib import Namespace
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/newskg/ontology#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

DEFAULT_BASE = "https://w3id.org/newskg/id/"

PREFIXES = {
    "kg": KG,
    "schema": SCHEMA,
    "prov": PROV,
    "oa": OA,
    "skos": SKOS,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "sh": SH,
}


def bind_prefixes(graph, base: str | None = None) -> None:
    """Bind the data model's prefixes (and ``id:`` for the instance base) on ``graph``."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    if base:
        graph.bind("id", Namespace(base), override=True, replace=True)
