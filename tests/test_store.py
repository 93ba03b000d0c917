"""The persistent store (kg.store) and SPARQL over it (kg.query, kg query, kg load/unload).

The articles are written for this file; extraction runs the real pipeline, the store is a real
pyoxigraph database on disk. After every load, reload and unload the store must hold exactly
the dataset a fresh export of the same articles gives (compared graph by graph, by isomorphism).
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from conftest import run_kg, stderr_lines
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg import query as Q
from kg.errors import UsageError, ValidationFailed
from kg.extract import extract
from kg.pipeline import build_dataset
from kg.read import read_text
from kg.store import KgStore

A1 = (" date 2025-03-01 Orla Fennimore is set to direct the thriller “Salt Meridian.” "
      "Jonah Pike is in final negotiations to star in “Salt Meridian.”")
A2 = (" date 2025-03-09 Orla Fennimore is set to direct the thriller “Salt Meridian.” "
      "Tessa Grant will produce “Salt Meridian.”")
B = " date 2025-03-05 Maren Solberg has been cast as Ilse Brandvold in “Salt Meridian.”"


def record(nlp, text: str, source: str):
    return extract(read_text(text, source=source), nlp)


def as_dataset(store: ox.Store) -> Dataset:
    """The store's statements (with the offsets' datatype the store does not keep)."""
    quads = [Q.restore_datatypes(q) for q in store]
    ds = Dataset()
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    return ds


def graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            out[str(g.identifier)] = g
    return out


def assert_same_dataset(store: ox.Store, expected: Dataset) -> None:
    got, want = graphs(as_dataset(store)), graphs(expected)
    assert sorted(got) == sorted(want)
    for name in want:
        assert isomorphic(got[name], want[name]), f"graph {name} differs"


def names(store: ox.Store, cls: str) -> set[str]:
    answer = Q.run(store, f"SELECT ?n WHERE {{ ?x a {cls} ; schema:name ?n }}", union=False)
    return {row[0].value for row in answer.rows}


@pytest.fixture()
def articles(nlp, tmp_path):
    return {
        "a1": record(nlp, A1, str(tmp_path / "a.txt")),
        "a2": record(nlp, A2, str(tmp_path / "a.txt")),  # a new version of the same file
        "b": record(nlp, B, str(tmp_path / "b.txt")),
    }


def test_load_reload_and_unload_leave_exactly_the_right_statements(articles, tmp_path):
    store = KgStore(tmp_path / "db", create=True)
    change = store.load([articles["a1"], articles["b"]])
    assert len(change.added) == 2 and change.articles == 2
    assert_same_dataset(store.read(), build_dataset([articles["a1"], articles["b"]],
                                                    base=store.base))
    assert "Jonah Pike" in names(store.read(), "schema:Person")

    change = store.load([articles["a2"]])  # the edited file replaces its earlier version
    assert change.replaced == [change.replaced[0]] and not change.added
    assert_same_dataset(store.read(), build_dataset([articles["b"], articles["a2"]],
                                                    base=store.base))
    people = names(store.read(), "schema:Person")
    assert "Jonah Pike" not in people and "Tessa Grant" in people
    old_graph = ox.NamedNode(f"{store.base}article/{articles['a1'].article.key}")
    assert not store.read().contains_named_graph(old_graph)

    store.unload([str(tmp_path / "b.txt")])
    assert_same_dataset(store.read(), build_dataset([articles["a2"]], base=store.base))
    assert "Maren Solberg" not in names(store.read(), "schema:Person")
    # the work both articles named stays, now with one source
    sources = Q.run(store.read(), """SELECT DISTINCT ?a WHERE { ?r kg:work ?w ;
        prov:wasDerivedFrom ?a . ?w schema:name "Salt Meridian" }""")
    assert len(sources.rows) == 1


def test_a_refused_load_leaves_the_store_as_it_was(articles, tmp_path):
    store = KgStore(tmp_path / "db", create=True)
    store.load([articles["a1"]])
    before = store.meta["version"], store.read().dump(format=ox.RdfFormat.N_QUADS)
    strict = tmp_path / "strict.ttl"
    strict.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <https://schema.org/> .\n"
        "<#s> a sh:NodeShape ; sh:targetClass schema:Person ;"
        " sh:property [ sh:path schema:birthDate ; sh:minCount 1 ] .\n", encoding="utf-8")
    with pytest.raises(ValidationFailed):
        store.load([articles["b"]], shapes=str(strict))
    again = KgStore(tmp_path / "db")
    assert (again.meta["version"], again.read().dump(format=ox.RdfFormat.N_QUADS)) == before
    assert sorted(p.name for p in (tmp_path / "db").iterdir()) == [".lock", "kgstore.json", "v-1"]


def test_unload_of_an_unknown_article_is_a_usage_error(articles, tmp_path):
    store = KgStore(tmp_path / "db", create=True)
    store.load([articles["b"]])
    with pytest.raises(UsageError, match="no article 'nope'"):
        store.unload(["nope"])
    store.unload([articles["b"].article.key])  # the content hash prefix names it too
    assert store.articles() == []


def test_a_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="not an empty folder"):
        KgStore(tmp_path / "x", create=True)
    with pytest.raises(UsageError, match="not a kg store"):
        KgStore(tmp_path / "x")


# --------------------------------------------------------------------------- queries


@pytest.fixture()
def small_store(articles):
    store = ox.Store()
    ds = build_dataset([articles["a1"], articles["b"]], base="https://example.org/id/")
    from kg import formats
    from kg.serialize import serialize

    store.load(serialize(ds, formats.NQUADS), format=ox.RdfFormat.N_QUADS)
    return store


def test_select_ask_construct_describe(small_store):
    people = Q.run(small_store, "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } "
                                "ORDER BY ?n")
    assert [r[0].value for r in people.rows] == ["Jonah Pike", "Maren Solberg", "Orla Fennimore"]
    assert Q.run(small_store, "ASK { ?r kg:status kg:InTalks }").boolean is True
    assert Q.run(small_store, "ASK { ?r kg:status kg:Rumored }").boolean is False
    graph = Q.run(small_store, "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ;"
                               " schema:name ?n }")
    assert len(graph.triples) == 3
    described = Q.run(small_store,
                      "DESCRIBE ?p WHERE { ?p schema:name \"Orla Fennimore\" }")
    assert described.kind == "graph" and described.triples


def test_results_formats_parse_back(small_store):
    answer = Q.run(small_store, "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } "
                                "ORDER BY ?n")
    rows = list(csv.reader(io.StringIO(Q.results_bytes(answer, "csv").decode())))
    assert rows[0] == ["n"] and rows[1] == ["Jonah Pike"]
    tsv = Q.results_bytes(answer, "tsv").decode().splitlines()
    assert tsv[0] == "?n" and tsv[1] == '"Jonah Pike"'
    doc = json.loads(Q.results_bytes(answer, "json"))
    assert doc["results"]["bindings"][2]["n"]["value"] == "Orla Fennimore"
    root = ET.fromstring(Q.results_bytes(answer, "xml"))
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 3
    ask = Q.run(small_store, "ASK { ?s ?p ?o }")
    assert json.loads(Q.results_bytes(ask, "json"))["boolean"] is True


def test_syntax_error_names_line_and_column(small_store):
    with pytest.raises(Q.QueryError, match=r"line 2, column \d+"):
        Q.run(small_store, "SELECT ?n\nWHERE { ?p schema:name }")


def test_limit_refuses_a_larger_answer(small_store):
    with pytest.raises(Q.QueryTooLarge):
        Q.run(small_store, "SELECT * WHERE { ?s ?p ?o }", limit=5)
    assert len(Q.run(small_store, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", limit=5)) == 5


def test_table_for_people_shows_prefixed_names(small_store):
    answer = Q.run(small_store, "SELECT ?r ?s WHERE { ?r kg:status ?s } ORDER BY ?s LIMIT 1")
    text = Q.table(answer, base="https://example.org/id/")
    assert "kg:Confirmed" in text or "kg:Expected" in text or "kg:InTalks" in text
    assert "(1 row)" in text


# --------------------------------------------------------------------------- the CLI


def test_cli_load_query_unload(tmp_path):
    (tmp_path / "a.txt").write_text(A1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "db"
    done = run_kg("load", tmp_path / "a.txt", tmp_path / "b.txt", "--store", db)
    assert done.returncode == 0, done.stderr
    assert "2 added" in stderr_lines(done)[-1]
    asked = run_kg("query", "--store", db, "--results-format", "csv", "-q",
                   "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n")
    assert asked.stdout.decode().split() == ["n", "Jonah", "Pike", "Maren", "Solberg", "Orla",
                                             "Fennimore"]
    (tmp_path / "a.txt").write_text(A2, encoding="utf-8")
    again = run_kg("load", tmp_path / "a.txt", "--store", db)
    assert "1 replaced" in stderr_lines(again)[-1]
    gone = run_kg("unload", "--article", tmp_path / "b.txt", "--store", db)
    assert gone.returncode == 0 and "1 article(s) removed" in stderr_lines(gone)[-1]
    left = run_kg("query", "--store", db, "-q",
                  "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n")
    assert "Tessa Grant" in left.stdout.decode() and "Maren" not in left.stdout.decode()
    bad = run_kg("query", "--store", db, "-q", "SELECT ?n WHERE { ?p schema:name }")
    assert bad.returncode == 2
    lines = stderr_lines(bad)
    assert len(lines) == 1 and "line 1, column" in lines[0] and "Traceback" not in lines[0]


def test_cli_export_into_a_store_and_construct_to_a_file(tmp_path):
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "db"
    done = run_kg("export", tmp_path / "b.txt", "--store", db, "-o", tmp_path / "b.trig")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "people.jsonld"
    made = run_kg("query", tmp_path / "b.trig", "-o", out, "-q",
                  "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }")
    assert made.returncode == 0, made.stderr
    graph = Graph().parse(out, format="json-ld")
    assert {str(o) for o in graph.objects()} == {"Maren Solberg"}
    wrong = run_kg("query", tmp_path / "b.trig", "--format", "turtle", "-q",
                   "SELECT * WHERE { ?s ?p ?o }")
    assert wrong.returncode == 2 and "--results-format" in stderr_lines(wrong)[0]


def test_two_loads_at_once_both_land(tmp_path):
    from conftest import run_kg_parallel

    (tmp_path / "a.txt").write_text(A1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "db"
    assert run_kg("load", tmp_path / "a.txt", "--store", db).returncode == 0
    (tmp_path / "c.txt").write_text(A2.replace("Tessa Grant", "Ruth Bell"), encoding="utf-8")
    results = run_kg_parallel([["load", tmp_path / "b.txt", "--store", db],
                               ["load", tmp_path / "c.txt", "--store", db]])
    assert [r.returncode for r in results] == [0, 0]
    assert len(KgStore(db).articles()) == 3


def test_a_store_keeps_its_own_base(tmp_path):
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "db"
    made = run_kg("load", tmp_path / "b.txt", "--store", db, "--base", "https://example.org/x/")
    assert made.returncode == 0, made.stderr
    (tmp_path / "a.txt").write_text(A1, encoding="utf-8")
    again = run_kg("load", tmp_path / "a.txt", "--store", db)  # no --base: the store's
    assert again.returncode == 0, again.stderr
    assert {a["iri"].rsplit("/", 2)[0] for a in KgStore(db).articles()} == {
        "https://example.org/x"}
