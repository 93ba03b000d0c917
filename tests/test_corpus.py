"""Acceptance tests on the export of ../shared/corpus (skipped when ../shared is absent).

The corpus is exported once per session by the real CLI (the ``corpus_export`` fixture); these
tests check that the export conforms to the shapes, reads back the same in every format and
with other RDF libraries, answers the competency questions of ../shared/competency as
expected.json says, is deterministic, and that every piece of evidence quotes its article.
"""

from __future__ import annotations

import difflib
import json
import re

import pyoxigraph as ox
import pytest
from conftest import SHARED, export_corpus, run_kg, stderr_lines
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from kg.article import Article
from kg.namespaces import KG, OA, PROV, SCHEMA
from kg.read import read_inputs
from kg.validate import validate

COMPETENCY = SHARED / "competency"
QUERIES = sorted(p.name for p in COMPETENCY.glob("*.rq")) or ["(../shared absent)"]
ENGINES = ["rdflib-turtle", "oxigraph-trig", "kg-store"]  # the last: kg load + KgStore


# --------------------------------------------------------------------------- loading


@pytest.fixture(scope="module")
def turtle(corpus_export) -> Graph:
    return Graph().parse(corpus_export.ttl, format="turtle")


@pytest.fixture(scope="module")
def trig(corpus_export) -> Dataset:
    ds = Dataset()
    ds.parse(corpus_export.trig, format="trig")
    return ds


@pytest.fixture(scope="module")
def jsonld_graph(corpus_export) -> Graph:
    return Graph().parse(corpus_export.jsonld, format="json-ld")


@pytest.fixture(scope="module")
def oxigraph_store(corpus_export) -> ox.Store:
    store = ox.Store()
    store.load(path=str(corpus_export.trig), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def kg_store(shared_dir, tmp_path_factory) -> ox.Store:
    """The corpus loaded with ``kg load`` into a persistent store."""
    from kg.store import KgStore

    db = tmp_path_factory.mktemp("store") / "db"
    done = run_kg("load", shared_dir / "corpus", "--store", db)
    assert done.returncode == 0, done.stderr
    return KgStore(db).read()


def union_of(ds: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


# --------------------------------------------------------------------------- shapes


def test_export_conforms_to_the_shapes(turtle, trig):
    for name, data in (("Turtle", turtle), ("TriG", trig)):
        report = validate(data)
        assert report.conforms, f"the {name} export does not conform:\n{report.text()}"


@pytest.mark.parametrize("ext", ["ttl", "trig", "jsonld"])
def test_kg_validate_accepts_the_export(corpus_export, ext):
    result = run_kg("validate", corpus_export.path(ext), "-q")
    assert result.returncode == 0, result.stderr.decode()
    assert stderr_lines(result) == [] and result.stdout == b""  # -q: nothing when it conforms


# --------------------------------------------------------------------------- formats


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser
def test_turtle_jsonld_and_trig_are_isomorphic(turtle, trig, jsonld_graph):
    union = union_of(trig)
    assert len(turtle) > 0
    assert len(turtle) == len(union) == len(jsonld_graph)
    assert isomorphic(turtle, union), "Turtle and the union of the TriG graphs differ"
    assert isomorphic(turtle, jsonld_graph), "Turtle and JSON-LD differ"
    assert isomorphic(jsonld_graph, union), "JSON-LD and the union of the TriG graphs differ"


def test_trig_has_one_named_graph_per_article(trig, turtle):
    names = {
        c.identifier
        for c in trig.graphs()
        if c.identifier != DATASET_DEFAULT_GRAPH_ID and len(c) > 0
    }
    articles = set(turtle.subjects(RDF.type, SCHEMA.NewsArticle))
    assert articles, "no schema:NewsArticle in the export"
    assert names == articles


def _no_remote_documents(url, options=None):
    raise AssertionError(f"pyld tried to load {url}: the export's context must be inline")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's N-Quads parser
def test_pyld_reads_the_jsonld_export(corpus_export, turtle):
    from pyld import jsonld

    document = json.loads(corpus_export.jsonld.read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(
        document, {"format": "application/n-quads", "documentLoader": _no_remote_documents}
    )
    lines = {line for line in nquads.splitlines() if line.strip()}
    assert len(lines) == len(turtle)
    assert isomorphic(Graph().parse(data=nquads, format="nquads"), turtle)


def test_pyoxigraph_reads_turtle_trig_and_nquads(corpus_export, turtle, trig):
    triples = set(ox.parse(path=str(corpus_export.ttl), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(turtle)
    rdflib_quads = len(list(trig.quads((None, None, None, None))))
    nquads = set(ox.parse(path=str(corpus_export.nq), format=ox.RdfFormat.N_QUADS))
    trig_quads = set(ox.parse(path=str(corpus_export.trig), format=ox.RdfFormat.TRIG))
    assert len(nquads) == len(trig_quads) == rdflib_quads
    named = {q.graph_name for q in nquads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert len(named) == len(set(turtle.subjects(RDF.type, SCHEMA.NewsArticle)))


# --------------------------------------------------------------------------- determinism


def test_a_second_export_is_byte_identical(corpus_export, tmp_path):
    again = export_corpus(corpus_export.corpus, tmp_path / "again")
    differ = []
    for ext in ("ttl", "jsonld", "trig", "nq"):
        first, second = corpus_export.path(ext).read_bytes(), again.path(ext).read_bytes()
        if first != second:
            diff = difflib.unified_diff(first.decode().splitlines(), second.decode().splitlines(),
                                        f"first.{ext}", f"second.{ext}", lineterm="", n=1)
            differ.append("\n".join(list(diff)[:30]))
    assert not differ, "the export differs between two runs:\n" + "\n".join(differ)


# --------------------------------------------------------------------------- evidence


@pytest.fixture(scope="module")
def articles_by_hash(corpus_export) -> dict[str, Article]:
    found = {}
    for item in read_inputs([corpus_export.corpus]):
        assert isinstance(item, Article), f"corpus article cannot be read: {item}"
        found[f"sha256:{item.sha256}"] = item
    return found


def _selectors(g: Graph, evidence) -> tuple[dict, dict]:
    quote, position = {}, {}
    for selector in g.objects(evidence, OA.hasSelector):
        if (selector, RDF.type, OA.TextQuoteSelector) in g:
            quote = {p: str(g.value(selector, OA[p]) or "") for p in ("exact", "prefix", "suffix")}
        if (selector, RDF.type, OA.TextPositionSelector) in g:
            position = {p: int(g.value(selector, OA[p])) for p in ("start", "end")}
    return quote, position


def test_every_role_and_claim_quotes_its_article(turtle, articles_by_hash):
    text_of = {}
    for article in turtle.subjects(RDF.type, SCHEMA.NewsArticle):
        identifier = str(turtle.value(article, SCHEMA.identifier))
        assert identifier in articles_by_hash, f"{article}: no corpus article has {identifier}"
        text_of[article] = articles_by_hash[identifier].text

    nodes = [(n, PROV.wasDerivedFrom) for n in turtle.subjects(RDF.type, KG.Role)]
    nodes += [(n, SCHEMA.appearance) for n in turtle.subjects(RDF.type, KG.Claim)]
    assert nodes
    problems = []
    for node, source_link in nodes:
        sources = set(turtle.objects(node, source_link))
        evidence = list(turtle.objects(node, KG.evidence))
        if not evidence:
            problems.append(f"{node}: no kg:evidence")
        for ev in evidence:
            article = turtle.value(ev, OA.hasSource)
            if article not in text_of:
                problems.append(f"{node}: evidence source {article} is not an article")
                continue
            if article not in sources:
                problems.append(f"{node}: evidence from {article}, not linked as its source")
            quote, position = _selectors(turtle, ev)
            if not quote or not position:
                problems.append(f"{node}: evidence lacks a quote or a position selector")
                continue
            text, start, end = text_of[article], position["start"], position["end"]
            if text[start:end] != quote["exact"]:
                problems.append(
                    f"{node}: [{start}, {end}) is {text[start:end]!r}, oa:exact {quote['exact']!r}"
                )
            if quote["prefix"] and not text[:start].endswith(quote["prefix"]):
                problems.append(f"{node}: oa:prefix {quote['prefix']!r} is not before {start}")
            if quote["suffix"] and not text[end:].startswith(quote["suffix"]):
                problems.append(f"{node}: oa:suffix {quote['suffix']!r} is not after {end}")
    assert not problems, "\n".join(problems[:20])


# --------------------------------------------------------------------------- competency


def fold(value: str | None) -> str | None:
    """The comparison key of a cell: case, curly apostrophes, '&'/'and' and punctuation folded.

    Punctuation is folded because the gold matching folds it: the corpus writes a title
    "Norma, Jean and Marilyn" where expected.json says "Norma Jean & Marilyn".
    """
    if value is None:
        return None
    text = value.replace("\u2019", "'").replace("\u2018", "'").casefold()
    text = text.replace("&", " and ")
    text = text.replace("'", "")  # "Michele's" and "Micheles" are the same key
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def local_name(iri: str) -> str:
    """An IRI compares by its local name (kg:InTalks -> InTalks)."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def rdflib_cell(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return local_name(str(term))
    return str(term)


def oxigraph_cell(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return local_name(term.value)
    return term.value


def run_query(engine: str, text: str, turtle: Graph, store: ox.Store):
    """(variables, rows as dicts of plain strings) or the boolean of an ASK."""
    if engine == "rdflib-turtle":
        result = turtle.query(text)
        if result.type == "ASK":
            return result.askAnswer
        names = [str(v) for v in result.vars]
        return names, [{n: rdflib_cell(row[n]) for n in names} for row in result]
    result = store.query(text, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    names = [v.value for v in result.variables]
    return names, [{n: oxigraph_cell(sol[n]) for n in names} for sol in result]


def check_answer(spec: dict, answer) -> None:
    mode = spec["mode"]
    if mode == "ask":
        assert answer is spec["answer"], f"ASK answered {answer}, expected {spec['answer']}"
        return
    assert not isinstance(answer, bool), "expected a SELECT query"
    names, rows = answer
    columns = spec["columns"]
    assert set(columns) <= set(names), f"the query selects {names}, expected.json uses {columns}"
    got = {tuple(fold(row[c]) for c in columns) for row in rows}
    if mode in ("exact", "includes"):
        want = {tuple(fold(cell) for cell in row) for row in spec["rows"]}
        if mode == "exact":
            assert got == want, f"missing {sorted(want - got, key=str)}, " \
                                f"unexpected {sorted(got - want, key=str)}"
        else:
            assert want <= got, f"missing {sorted(want - got, key=str)}"
        if "distinct_articles" in spec:
            articles = {row["article"] for row in rows}
            assert len(articles) == spec["distinct_articles"], f"articles: {sorted(articles)}"
    elif mode == "quotes":
        quote_col, outlet_col = columns[0], columns[1]
        assert len(rows) >= spec["min_rows"], f"{len(rows)} rows, expected >= {spec['min_rows']}"
        outlets = {fold(row[outlet_col]) for row in rows if row[outlet_col] is not None}
        assert outlets == {fold(o) for o in spec["outlets"]}
        quotes = [fold(row[quote_col]) or "" for row in rows]
        missing = [w for w in spec["must_contain"] if not any(fold(w) in q for q in quotes)]
        assert not missing, f"no quote contains {missing}"
    else:
        raise AssertionError(f"unknown comparison mode {mode!r} in expected.json")


def test_fold_matches_the_gold_conventions():
    assert fold("Norma, Jean and Marilyn") == fold("Norma Jean & Marilyn")
    assert fold("Romy and Michele\u2019s High School Reunion") == fold(
        "ROMY & MICHELE'S HIGH SCHOOL REUNION")
    assert fold(None) is None
    assert local_name("https://w3id.org/newskg/ontology#InTalks") == "InTalks"


@pytest.fixture(scope="module")
def expected(shared_dir) -> dict:
    return json.loads((shared_dir / "competency" / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("query", QUERIES)
def test_competency_question(query, engine, expected, turtle, oxigraph_store, request):
    assert query in expected, f"{query} has no entry in expected.json"
    text = (COMPETENCY / query).read_text(encoding="utf-8")
    store = request.getfixturevalue("kg_store") if engine == "kg-store" else oxigraph_store
    check_answer(expected[query], run_query(engine, text, turtle, store))


def test_every_competency_question_is_in_expected(expected, shared_dir):
    queries = {p.name for p in (shared_dir / "competency").glob("*.rq")}
    assert queries == {k for k in expected if not k.startswith("_")}
