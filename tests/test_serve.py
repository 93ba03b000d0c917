"""The linked-data server (kg serve), the Graph Store push and the static site, all for real.

A store is loaded from articles written for this file; ``kg serve`` runs as a subprocess on a
free loopback port; requests go through httpx, the SPARQL endpoint is queried with
SPARQLWrapper, an entity page is opened in headless Chromium (skipped with a reason where the
browser is not installed), and ``kg push`` writes to a real Oxigraph server (the ``oxigraph``
package's CLI) that the test starts and stops.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import run_kg, stderr_lines
from rdflib import Graph, URIRef

ARTICLES = {
    "meridian.txt": (
        " date 2025-03-01 Orla Fennimore is set to direct the thriller “Salt Meridian.” "
        "Jonah Pike is in final negotiations to star in “Salt Meridian.”\n\n"
        "“I have wanted to make this film for ten years,” Fennimore told Variety."
    ),
    "solberg.txt": (
        " date 2025-03-05 Maren Solberg has been cast as Ilse Brandvold in “Salt Meridian.”\n\n"
        "“Ilse is the hardest part I have ever played,” Solberg said in a statement."
    ),
}
BASE = "https://w3id.org/newskg/id/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {proc.stderr.read().decode()}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {seconds} s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "db"
    done = run_kg("load", *(folder / n for n in ARTICLES), "--store", db)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def server(store):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
         "--timeout", "2", "--limit", "50"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/", proc)
        yield url
    finally:
        stop(proc)


PERSON = "/person/orla-fennimore"


# --------------------------------------------------------------------------- dereferencing


@pytest.mark.parametrize("accept, ext", [
    ("text/turtle", ".ttl"),
    ("application/ld+json", ".jsonld"),
    ("application/n-triples", ".nt"),
    ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", ".html"),
    ("application/ld+json;q=0.5, text/turtle;q=0.9", ".ttl"),
])
def test_an_iri_answers_303_to_the_document_the_client_accepts(server, accept, ext):
    r = httpx.get(server + PERSON, headers={"Accept": accept})
    assert r.status_code == 303
    assert r.headers["location"] == PERSON + ext
    assert "Accept" in r.headers["vary"]


@pytest.mark.parametrize("ext, parse_as", [(".ttl", "turtle"), (".jsonld", "json-ld"),
                                           (".nt", "nt")])
def test_rdf_documents_describe_the_entity(server, ext, parse_as):
    r = httpx.get(server + PERSON + ext)
    assert r.status_code == 200
    graph = Graph().parse(data=r.text, format=parse_as)
    me = URIRef(BASE + PERSON.lstrip("/"))
    assert str(graph.value(me, URIRef("https://schema.org/name"))) == "Orla Fennimore"
    # the roles that point at her come along, with their status
    roles = set(graph.subjects(URIRef("https://w3id.org/newskg/ontology#agent"), me))
    assert roles and all(graph.value(r, URIRef("https://w3id.org/newskg/ontology#status"))
                         for r in roles)


def test_following_the_redirect_gives_the_document(server):
    r = httpx.get(server + PERSON, headers={"Accept": "text/turtle"}, follow_redirects=True)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")


def test_unacceptable_type_is_406_listing_the_acceptable_ones(server):
    r = httpx.get(server + PERSON, headers={"Accept": "image/png"})
    assert r.status_code == 406
    for media in ("text/turtle", "application/ld+json", "application/n-triples", "text/html"):
        assert media in r.text


def test_unknown_iri_is_404(server):
    assert httpx.get(server + "/person/nobody-at-all").status_code == 404
    assert httpx.get(server + "/person/nobody-at-all.ttl").status_code == 404


def test_entity_page_shows_roles_claims_and_evidence(server):
    r = httpx.get(server + PERSON + ".html")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "<h1>Orla Fennimore</h1>" in page
    assert "Salt Meridian" in page and "Expected" in page  # her role, with its status
    assert "I have wanted to make this film for ten years" in page  # her quote
    assert "Variety" in page  # the outlet she said it to
    assert "<mark>" in page  # the evidence highlighted in context
    assert 'href="/work/salt-meridian"' in page  # a link to a related entity


def test_void_description(server):
    r = httpx.get(server + "/.well-known/void", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    graph = Graph().parse(data=r.text, format="turtle")
    void = "http://rdfs.org/ns/void#"
    dataset = URIRef(BASE + "dataset")
    assert int(graph.value(dataset, URIRef(void + "triples"))) > 100
    assert str(graph.value(dataset, URIRef(void + "sparqlEndpoint"))).endswith("/sparql")


# --------------------------------------------------------------------------- SPARQL


PEOPLE = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparql_through_sparqlwrapper(server, method):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setMethod(method)
    client.setQuery(PEOPLE)
    client.setReturnFormat(JSON)
    names = [b["n"]["value"] for b in client.query().convert()["results"]["bindings"]]
    assert names == ["Jonah Pike", "Maren Solberg", "Orla Fennimore"]


def test_sparql_through_rdflib_sparqlstore(server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(server + "/sparql", returnFormat="xml"))
    rows = list(graph.query("PREFIX schema: <https://schema.org/> " + PEOPLE))
    assert [str(r[0]) for r in rows] == ["Jonah Pike", "Maren Solberg", "Orla Fennimore"]


@pytest.mark.parametrize("accept, check", [
    ("application/sparql-results+json", lambda t: json.loads(t)["results"]["bindings"]),
    ("application/sparql-results+xml", lambda t: "<sparql" in t),
    ("text/csv", lambda t: t.splitlines()[0] == "n"),
    ("text/tab-separated-values", lambda t: t.splitlines()[0] == "?n"),
])
def test_sparql_results_formats_by_accept(server, accept, check):
    r = httpx.get(server + "/sparql", params={"query": PEOPLE}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    assert check(r.text)


def test_sparql_construct_by_accept(server):
    r = httpx.post(server + "/sparql", content="CONSTRUCT WHERE { ?p a schema:Person }",
                   headers={"Content-Type": "application/sparql-query",
                            "Accept": "application/n-triples"})
    assert r.status_code == 200 and len(r.text.strip().splitlines()) == 3


def test_sparql_bare_get_is_a_service_description(server):
    r = httpx.get(server + "/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    graph = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph


def test_sparql_is_read_only(server):
    r = httpx.post(server + "/sparql", data={"update": "CLEAR ALL"})
    assert r.status_code == 403
    r = httpx.post(server + "/sparql", content="CLEAR ALL",
                   headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    assert httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"]


def test_sparql_syntax_error_is_400_with_the_position(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400 and "line 1, column" in r.text


def test_sparql_result_size_limit(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 413 and "more than 50 rows" in r.text


def test_sparql_timeout(server):
    # a cross product of every statement with itself, three times: far more than 2 s here
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
            "GRAPH ?x { ?j ?k ?l } }")
    started = time.monotonic()
    r = httpx.get(server + "/sparql", params={"query": slow}, timeout=30)
    assert r.status_code == 503 and "longer than 2 s" in r.text
    assert time.monotonic() - started < 10
    assert httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200


# --------------------------------------------------------------------------- a browser


def test_entity_page_in_headless_chromium(server, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Chromium is not installed (.ci/run installs Debian's chromium)")
    shot = tmp_path / "orla-fennimore.png"
    url = server + PERSON + ".html"
    common = [browser, "--headless=new", "--no-sandbox", "--disable-gpu",
              "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([*common, f"--screenshot={shot}", "--window-size=1200,1600", url],
                   capture_output=True, timeout=120, check=False)
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, timeout=120,
                         check=False).stdout.decode("utf-8", "replace")
    assert "Orla Fennimore" in dom
    assert "I have wanted to make this film for ten years" in dom


# --------------------------------------------------------------------------- push, publish


@pytest.fixture()
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "ox"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/", proc)
        yield url
    finally:
        stop(proc)


def count(url: str, pattern: str) -> int:
    r = httpx.post(url + "/query", data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"},
                   headers={"Accept": "application/sparql-results+json"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_push_to_a_real_oxigraph_server_and_read_back(store, oxigraph_server):
    done = run_kg("push", "--store", store, "--endpoint", oxigraph_server + "/store")
    assert done.returncode == 0, done.stderr
    total = count(oxigraph_server, "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }")
    local = run_kg("query", "--store", store, "--results-format", "json", "-q",
                   "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                   "--no-union")
    assert total == int(json.loads(local.stdout)["results"]["bindings"][0]["n"]["value"])
    assert count(oxigraph_server, "GRAPH ?g { ?a a <https://schema.org/NewsArticle> }") == 2
    # pushing again replaces each article's graph: nothing is doubled
    assert run_kg("push", "--store", store, "--endpoint",
                  oxigraph_server + "/store").returncode == 0
    assert count(oxigraph_server, "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }") == total
    # a graph of the server's own that kg did not write is left alone
    httpx.put(oxigraph_server + "/store?graph=urn:mine", content="<urn:a> <urn:b> <urn:c> .",
              headers={"Content-Type": "application/n-triples"})
    run_kg("push", "--store", store, "--endpoint", oxigraph_server + "/store")
    assert count(oxigraph_server, "GRAPH <urn:mine> { ?s ?p ?o }") == 1


def test_push_to_nowhere_is_one_clear_line(store):
    done = run_kg("push", "--store", store, "--endpoint", f"http://127.0.0.1:{free_port()}/store")
    assert done.returncode == 3
    lines = stderr_lines(done)
    assert len(lines) == 1 and "cannot reach the server" in lines[0]


def test_publish_writes_a_static_site(store, tmp_path):
    site = tmp_path / "site"
    done = run_kg("publish", "--store", store, "--out", site)
    assert done.returncode == 0, done.stderr
    page = (site / "person" / "orla-fennimore.html").read_text(encoding="utf-8")
    assert "<h1>Orla Fennimore</h1>" in page and 'href="../work/salt-meridian.html"' in page
    graph = Graph().parse(site / "person" / "orla-fennimore.ttl", format="turtle")
    assert (URIRef(BASE + "person/orla-fennimore"), None, None) in graph
    for name in ("orla-fennimore.jsonld", "orla-fennimore.nt"):
        assert (site / "person" / name).stat().st_size > 0
    assert (site / ".well-known" / "void").exists() and (site / "index.html").exists()
    assert "R=303" in (site / ".htaccess").read_text()
    assert "return 303" in (site / "nginx.conf").read_text()
    # published again: the folder is replaced, not mixed
    (site / "person" / "stale.html").write_text("old", encoding="utf-8")
    assert run_kg("publish", "--store", store, "--out", site).returncode == 0
    assert not (site / "person" / "stale.html").exists()


# --------------------------------------------------------------------------- hardening


def test_sparql_refuses_service(server):
    r = httpx.get(server + "/sparql", params={
        "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert r.status_code == 403 and "SERVICE" in r.text
    # the word inside a string is no SERVICE clause
    ok = httpx.get(server + "/sparql", params={"query": 'ASK { FILTER("SERVICE" != "") }'})
    assert ok.status_code == 200


def test_sparql_protocol_edges(server):
    two = httpx.get(server + "/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")])
    assert two.status_code == 400
    binary = httpx.post(server + "/sparql", content=b"\xff\xfe",
                        headers={"Content-Type": "application/sparql-query"})
    assert binary.status_code == 400
    graph = httpx.get(server + "/sparql", params={
        "query": "CONSTRUCT WHERE { ?p a schema:Person }", "format": "xml"})
    assert graph.status_code == 200 and "rdf+xml" in graph.headers["content-type"]
    picked = httpx.get(server + "/sparql", params={"query": PEOPLE},
                       headers={"Accept": "text/csv"})
    assert "Accept" in picked.headers["vary"]
    one_graph = httpx.get(server + "/sparql", params={
        "query": "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }",
        "default-graph-uri": "urn:no-such-graph"})
    assert one_graph.json()["results"]["bindings"][0]["n"]["value"] == "0"


@pytest.mark.parametrize("path", ["/person/a%20b", "/person/%7Bx", "/person/%3Cscript%3E"])
def test_paths_that_are_no_iri_are_404(server, path):
    assert httpx.get(server + path).status_code == 404


def test_pages_never_link_a_script_iri():
    from kg.serve.pages import anchor

    assert anchor("javascript:alert(1)", "x") == "x"
    assert anchor("https://example.org/a", "a") == '<a href="https://example.org/a">a</a>'
    assert anchor("../work/a.html", "<b>") == '<a href="../work/a.html">&lt;b&gt;</a>'


def test_query_results_format_from_the_output_extension(store, tmp_path):
    out = tmp_path / "people.csv"
    done = run_kg("query", "--store", store, "-o", out, "-q", PEOPLE)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").splitlines()[:2] == ["n", "Jonah Pike"]
