"""Tests for the format table (kg.formats) and the serialization stage (kg.serialize).

The dataset is built here: a default graph of cross-article facts, two article graphs, literals
with language tags and datatypes, a tree of blank nodes with fixed ids, a blank node used twice,
one used by nobody, a list, and a property from a namespace the data model does not bind.
"""

import io
import json
import os
import random
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef, plugin
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import OWL, RDF, XSD
from rdflib.parser import Parser
from rdflib.serializer import Serializer

import kg.serialize as ks
from kg import formats
from kg.errors import InputError, UsageError
from kg.formats import FORMATS, RdfFormat
from kg.namespaces import KG, OA, PROV, SCHEMA
from kg.resources import context_file
from kg.serialize import atomic_write_bytes, load, serialize, write

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/newskg/id/"
ID = Namespace(BASE)
EX = Namespace("http://example.org/vocab#")  # bound by nobody: the writer makes up a prefix

# A small JSON-LD 1.1 context of the same shape as ontology/context.jsonld, so that these tests
# do not depend on the details of the real one (tested separately below).
TEST_CONTEXT = {
    "@context": {
        "@version": 1.1,
        "id": "@id",
        "type": "@type",
        "kg": str(KG),
        "schema": str(SCHEMA),
        "prov": str(PROV),
        "oa": str(OA),
        "xsd": str(XSD),
        "owl": str(OWL),
        "Person": "schema:Person",
        "Movie": "schema:Movie",
        "Role": "kg:Role",
        "Actor": "kg:Actor",
        "NewsArticle": {
            "@id": "schema:NewsArticle",
            "@context": {"datePublished": {"@id": "schema:datePublished", "@type": "xsd:date"}},
        },
        "name": "schema:name",
        "alternateName": {"@id": "schema:alternateName", "@container": "@set"},
        "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
        "headline": "schema:headline",
        "agent": {"@id": "kg:agent", "@type": "@id"},
        "work": {"@id": "kg:work", "@type": "@id"},
        "roleType": {"@id": "kg:roleType", "@type": "@vocab"},
        "evidence": "kg:evidence",
        "source": {"@id": "oa:hasSource", "@type": "@id"},
        "selector": "oa:hasSelector",
        "exact": "oa:exact",
        "start": {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"},
        "end": {"@id": "oa:end", "@type": "xsd:nonNegativeInteger"},
    }
}


def build_dataset(shuffle_seed=None) -> Dataset:
    """The test dataset; ``shuffle_seed`` adds the same statements in another order."""
    person, film, other = ID["person/ada-quill"], ID["film/lighthouse"], ID["person/bram-oakes"]
    art1, art2 = ID["article/0001"], ID["article/0002"]
    role, ev, sel = BNode("role3f2a"), BNode("ev3f2a"), BNode("sel3f2a")
    shared, lone = BNode("shared9"), BNode("lone7")
    default = [
        (person, RDF.type, SCHEMA.Person),
        (person, SCHEMA.name, Literal("Ada Quill")),
        (person, SCHEMA.alternateName, Literal("エイダ・クイル", lang="ja")),
        (person, SCHEMA.alternateName, Literal("Ada Q.", lang="en-GB")),
        (person, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q4115189")),
        (film, RDF.type, SCHEMA.Movie),
        (film, SCHEMA.name, Literal("The Lighthouse", lang="en")),
        (film, SCHEMA.name, Literal("Le Phare", lang="fr")),
        (film, SCHEMA.dateCreated, Literal("2024", datatype=XSD.gYear)),
        (film, EX.rating, Literal("7.5", datatype=XSD.decimal)),
        (film, EX.budget, Literal(2**60)),  # too big for a JSON number
        (film, EX.runtime, Literal(-3)),
        (film, EX.score, Literal("1.5E0", datatype=XSD.double)),
        (film, EX.released, Literal(True)),
        (film, EX.precise, Literal(1.2345678901234567)),  # rdflib's Turtle writer cuts digits
        (other, RDF.type, SCHEMA.Person),
        (other, SCHEMA.name, Literal("Bram Oakes")),
    ]
    graph1 = [
        (art1, RDF.type, SCHEMA.NewsArticle),
        (art1, SCHEMA.headline, Literal('Ada Quill "keeps" the light\\\n\ttab \u00e9 \U0001f3ac')),
        (art1, SCHEMA.datePublished, Literal("2024-03-05", datatype=XSD.date)),
        (role, RDF.type, KG.Role),
        (role, KG.agent, person),
        (role, KG.work, film),
        (role, KG.roleType, KG.Actor),
        (role, KG.evidence, ev),
        (ev, RDF.type, OA.SpecificResource),
        (ev, OA.hasSource, art1),
        (ev, OA.hasSelector, sel),
        (sel, RDF.type, OA.TextPositionSelector),
        (sel, OA.start, Literal(10, datatype=XSD.nonNegativeInteger)),
        (sel, OA.end, Literal(19, datatype=XSD.nonNegativeInteger)),
        (sel, OA.exact, Literal("Ada Quill")),
        (person, SCHEMA.name, Literal("Ada Quill")),  # also in the default graph
    ]
    graph2 = [
        (art2, RDF.type, SCHEMA.NewsArticle),
        (art2, SCHEMA.headline, Literal("Bram Oakes to direct", lang="en")),
        (art2, SCHEMA.mentions, shared),
        (art2, SCHEMA.about, shared),  # used twice: keeps its id everywhere
        (shared, SCHEMA.name, Literal("a shared node")),
        (lone, SCHEMA.text, Literal("used by nobody")),
        (lone, EX.flag, Literal(False)),
    ]
    statements = (
        [(t, None) for t in default] + [(t, art1) for t in graph1] + [(t, art2) for t in graph2]
    )
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(statements)
    ds = Dataset()
    for triple, graph in statements:
        (ds.default_graph if graph is None else ds.graph(graph)).add(triple)
    items = [Literal("first"), URIRef("http://example.org/second"), Literal(3)]
    cells = [BNode(f"list{i}") for i in range(len(items))]  # an RDF list: order matters
    for cell, item, rest in zip(cells, items, [*cells[1:], RDF.nil], strict=True):
        ds.graph(art2).add((cell, RDF.first, item))
        ds.graph(art2).add((cell, RDF.rest, rest))
    ds.graph(art2).add((art2, EX.ordered, cells[0]))
    return ds


def union(ds: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _lowercase_tags(graph: Graph) -> Graph:
    """Language tags are case-insensitive; pyoxigraph and pyld write them in lower case, while
    rdflib.compare hashes them as written."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out


def same(graph1: Graph, graph2: Graph) -> bool:
    return isomorphic(_lowercase_tags(graph1), _lowercase_tags(graph2))


def graphs_of(ds: Dataset) -> dict:
    """Graph name (None for the default graph) -> Graph, empty graphs left out."""
    out = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = None if g in (None, DATASET_DEFAULT_GRAPH_ID) else g
        out.setdefault(name, Graph()).add((s, p, o))
    return out


def assert_same_dataset(expected: Dataset, actual: Dataset) -> None:
    want, got = graphs_of(expected), graphs_of(actual)
    assert sorted(map(str, got)) == sorted(map(str, want))
    for name, graph in want.items():
        assert same(graph, got[name]), f"graph {name} differs"


@pytest.fixture
def test_context(tmp_path, monkeypatch):
    path = tmp_path / "context.jsonld"
    path.write_text(json.dumps(TEST_CONTEXT), encoding="utf-8")
    monkeypatch.setattr(ks, "context_file", lambda: path)
    return path


@pytest.fixture
def dataset():
    return build_dataset()


# --------------------------------------------------------------------------- the format table


def test_format_table_is_complete():
    assert [f.name for f in FORMATS] == ["turtle", "ntriples", "nquads", "trig", "jsonld", "xml"]
    assert {f.name for f in FORMATS if f.dataset} == {"trig", "nquads"}
    extensions = [ext for f in FORMATS for ext in f.extensions]
    assert len(extensions) == len(set(extensions))
    for fmt in FORMATS:
        assert fmt.extension.startswith(".")
        assert plugin.get(fmt.rdflib_name, Serializer) and plugin.get(fmt.rdflib_name, Parser)
        assert formats.by_name(fmt.name) is fmt
        assert formats.by_media_type(fmt.media_type) is fmt


@pytest.mark.parametrize(
    "name, expected",
    [
        ("ttl", "turtle"),
        ("Turtle", "turtle"),
        ("nt", "ntriples"),
        ("n-triples", "ntriples"),
        ("nq", "nquads"),
        ("TriG", "trig"),
        ("json-ld", "jsonld"),
        ("JSON", "jsonld"),
        ("rdfxml", "xml"),
        ("rdf/xml", "xml"),
        ("application/ld+json", "jsonld"),
    ],
)
def test_by_name_accepts_aliases(name, expected):
    assert formats.by_name(name).name == expected


def test_by_name_unknown_lists_the_known_names():
    with pytest.raises(UsageError) as info:
        formats.by_name("n3")
    message = str(info.value)
    assert "'n3'" in message
    for fmt in FORMATS:
        assert fmt.name in message


def test_by_media_type():
    assert formats.by_media_type("text/turtle; charset=utf-8").name == "turtle"
    assert formats.by_media_type("Application/N-Quads").name == "nquads"
    assert formats.by_media_type("application/json").name == "jsonld"
    with pytest.raises(UsageError):
        formats.by_media_type("text/html")


def test_for_path():
    assert formats.for_path("out/graph.ttl").name == "turtle"
    assert formats.for_path(Path("GRAPH.TRIG")).name == "trig"
    assert formats.for_path("g.json").name == "jsonld"
    assert formats.for_path("g.owl").name == "xml"
    assert formats.for_path("g.ttl", name="nq").name == "nquads"  # an explicit name wins
    assert formats.for_path("-", name="nt").name == "ntriples"
    with pytest.raises(UsageError, match="--format"):
        formats.for_path("-")
    with pytest.raises(UsageError, match="graph.txt"):
        formats.for_path("graph.txt")
    with pytest.raises(UsageError):
        formats.for_path("graph.ttl", name="yaml")


def test_rdf_format_is_frozen():
    with pytest.raises(AttributeError):
        formats.TURTLE.name = "x"
    assert isinstance(formats.TURTLE, RdfFormat)


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_round_trip_with_rdflib(fmt, dataset, test_context):
    data = serialize(dataset, fmt, base=BASE)
    parsed = Dataset()
    parsed.parse(data=data, format=fmt.rdflib_name)
    if fmt.dataset:
        assert_same_dataset(dataset, parsed)
    else:
        assert same(union(parsed), union(dataset))


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_round_trip_with_load(fmt, dataset, test_context, tmp_path):
    path = tmp_path / f"graph{fmt.extension}"
    write(dataset, path, base=BASE)
    loaded = load([path])
    if fmt.dataset:
        assert_same_dataset(dataset, loaded)
    else:
        assert same(union(loaded), union(dataset))
        assert set(graphs_of(loaded)) == {None}


def test_jsonld_round_trip_with_pyld(dataset, test_context):
    from pyld import jsonld

    document = json.loads(serialize(dataset, formats.JSONLD))
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})  # needs no network
    parsed = Graph().parse(data=nquads, format="nquads")
    # pyld 3.3 rewrites every xsd:double to its own 16-digit canonical form ("1.5E0"), even a
    # string value, which JSON-LD says to keep; the data model has no doubles.
    expected = union(dataset)
    for graph in (parsed, expected):
        for triple in [t for t in graph if getattr(t[2], "datatype", None) == XSD.double]:
            graph.remove(triple)
    assert len(expected) == len(union(dataset)) - 2
    assert same(parsed, expected)


def test_jsonld_reads_like_plain_json(dataset, test_context):
    text = serialize(dataset, formats.JSONLD).decode("utf-8")
    document = json.loads(text)
    assert document["@context"] == TEST_CONTEXT["@context"]  # inline, not a URL
    nodes = document["@graph"]
    ids = [node["id"] for node in nodes]
    assert ids == sorted(ids)
    by_id = {node["id"]: node for node in nodes}
    person = by_id[str(ID["person/ada-quill"])]
    assert person["type"] == "Person"
    assert person["name"] == "Ada Quill"
    assert person["sameAs"] == "http://www.wikidata.org/entity/Q4115189"
    # the single-use blank nodes are nested, without ids, like Turtle's [ ... ]
    roles = [node for node in nodes if node.get("type") == "Role"]
    assert len(roles) == 1 and roles[0]["roleType"] == "Actor"
    selector = roles[0]["evidence"]["selector"]
    assert selector == {
        "end": 19,
        "exact": "Ada Quill",
        "start": 10,
        "type": "oa:TextPositionSelector",
    }
    assert "_:ev3f2a" not in text
    # the blank node used twice keeps its id, the one used by nobody is a top-level node
    assert "_:shared9" in by_id and "_:lone7" in by_id
    film = by_id[str(ID["film/lighthouse"])]
    assert film["http://example.org/vocab#runtime"] == {"type": "xsd:integer", "@value": -3}
    assert film["http://example.org/vocab#budget"]["@value"] == str(2**60)  # stays a string
    assert film["http://example.org/vocab#precise"]["@value"] == "1.2345678901234567"
    assert film["http://example.org/vocab#released"]["@value"] is True
    assert text.endswith("}\n") and '\n  "@graph": [\n' in text
    assert json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n" == text


def test_jsonld_blank_node_loops_and_long_chains(test_context):
    graph = Graph()
    a, b, c = BNode("loopA"), BNode("loopB"), BNode("child")
    graph.add((a, EX.next, b))
    graph.add((b, EX.next, a))  # each used once, but nested in each other they would loop
    graph.add((b, EX.has, c))
    graph.add((c, EX.label, Literal("under the loop")))
    cells = [BNode(f"cell{i}") for i in range(80)]  # deeper than kg nests (64)
    graph.add((ID["long"], EX.list, cells[0]))
    for i, cell in enumerate(cells):
        graph.add((cell, RDF.first, Literal(i)))
        graph.add((cell, RDF.rest, cells[i + 1] if i + 1 < len(cells) else RDF.nil))
    data = serialize(graph, formats.JSONLD)
    document = json.loads(data)
    ids = [node["id"] for node in document["@graph"]]
    assert "_:loopA" in ids and "_:loopB" in ids and "_:child" not in ids
    assert same(Graph().parse(data=data, format="json-ld"), graph)
    again = Graph()
    for s, p, o in graph:
        again.add((s, p, o))
    assert serialize(again, formats.JSONLD) == data


def test_jsonld_with_the_project_context(dataset):
    path = context_file()
    if not path.is_file():
        pytest.skip("ontology/context.jsonld is not written yet")
    from pyld import jsonld

    data = serialize(dataset, formats.JSONLD)
    document = json.loads(data)
    assert document["@context"] == json.loads(path.read_text(encoding="utf-8"))["@context"]
    assert same(Graph().parse(data=data, format="json-ld"), union(dataset))
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    parsed = Graph().parse(data=nquads, format="nquads")
    assert len(parsed) == len(union(dataset))  # (pyld rewrites doubles: see above)


def test_ntriples_parse_with_pyoxigraph(dataset):
    ox = pytest.importorskip("pyoxigraph")
    data = serialize(dataset, formats.NTRIPLES)
    triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    assert len(triples) == len(union(dataset))
    again = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert same(Graph().parse(data=again, format="nt"), union(dataset))
    quads = list(ox.parse(serialize(dataset, formats.NQUADS), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == sum(1 for _ in dataset.quads((None, None, None, None)))


def test_triple_formats_write_the_union_once(dataset):
    lines = serialize(dataset, formats.NTRIPLES).decode().splitlines()
    assert len(lines) == len(set(lines)) == len(union(dataset))
    assert lines == sorted(lines)
    assert sum('"Ada Quill" .' in line and "schema.org/name" in line for line in lines) == 1


def test_nquads_keep_the_graphs_sorted(dataset):
    lines = serialize(dataset, formats.NQUADS).decode().splitlines()
    assert lines == sorted(lines)
    assert sum(line.endswith(f"<{ID['article/0001']}> .") for line in lines) == 16
    assert any(line.endswith('"Ada Quill" .') for line in lines)  # default graph: no name


def test_turtle_and_trig_have_the_prefixes(dataset):
    turtle = serialize(dataset, formats.TURTLE, base=BASE).decode()
    assert "@prefix schema: <https://schema.org/> ." in turtle
    assert "@prefix kg: <https://w3id.org/newskg/ontology#> ." in turtle
    assert "@base" not in turtle
    assert "ns1:" in turtle  # the made-up prefix for example.org, numbered deterministically
    trig = serialize(dataset, formats.TRIG, base=BASE).decode()
    assert "@prefix schema: <https://schema.org/> ." in trig
    assert trig.index("\n{") < trig.index("article/0001> {") < trig.index("article/0002> {")


def test_base_is_bound_to_the_id_prefix():
    ds = Dataset()
    ds.add((ID["ada"], SCHEMA.knows, ID["bram"]))
    turtle = serialize(ds, formats.TURTLE, base=BASE).decode()
    assert "id:ada schema:knows id:bram ." in turtle
    xml = serialize(ds, formats.XML, base=BASE).decode()
    assert 'rdf:about="https://w3id.org/newskg/id/ada"' in xml


def test_xml_refuses_what_xml_cannot_carry():
    ds = Dataset()
    ds.add((ID["ada"], SCHEMA.text, Literal("bell\x07")))
    with pytest.raises(UsageError, match="U\\+0007"):
        serialize(ds, formats.XML)
    assert b"\\u0007" in serialize(ds, formats.NTRIPLES)


def test_a_plain_graph_is_accepted():
    graph = Graph()
    graph.add((ID["ada"], SCHEMA.name, Literal("Ada")))
    for fmt in FORMATS:
        if fmt.name == "jsonld":
            continue
        assert b"Ada" in serialize(graph, fmt)


def test_serialize_does_not_touch_the_input(dataset):
    before = sorted(dataset.namespaces())
    serialize(dataset, formats.TURTLE, base=BASE)
    serialize(dataset, formats.TRIG, base=BASE)
    assert sorted(dataset.namespaces()) == before


def test_empty_dataset(test_context):
    for fmt in FORMATS:
        data = serialize(Dataset(), fmt)
        assert len(Dataset().parse(data=data, format=fmt.rdflib_name)) == 0
    assert json.loads(serialize(Dataset(), formats.JSONLD))["@graph"] == []


# --------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_insertion_order_does_not_matter(fmt, test_context):
    first = serialize(build_dataset(), fmt, base=BASE)
    for seed in (1, 2, 3):
        assert serialize(build_dataset(shuffle_seed=seed), fmt, base=BASE) == first


DETERMINISM_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path[:0] = [{tests!r}, {root!r}]
    import kg.serialize as ks
    from kg.formats import FORMATS
    from test_serialize import build_dataset
    ks.context_file = lambda: Path({context!r})
    out = Path(sys.argv[1])
    for fmt in FORMATS:
        data = ks.serialize(build_dataset(shuffle_seed=int(sys.argv[2])), fmt, base={base!r})
        (out / ("graph" + fmt.extension)).write_bytes(data)
    """
)


def test_byte_identical_across_processes_and_hash_seeds(tmp_path, test_context):
    script = DETERMINISM_SCRIPT.format(
        tests=str(ROOT / "tests"), root=str(ROOT), context=str(test_context), base=BASE
    )
    outputs = []
    for seed, shuffle in (("1", 0), ("2", 7), ("12345", 0)):
        out = tmp_path / f"seed{seed}"
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", script, str(out), str(shuffle)],
            check=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert len(outputs[0]) == len(FORMATS)
    assert outputs[0] == outputs[1] == outputs[2]
    here = {"graph" + f.extension: serialize(build_dataset(), f, base=BASE) for f in FORMATS}
    assert here == outputs[0]


# --------------------------------------------------------------------------- writing


def test_write_replaces_the_file(dataset, tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old\n")
    path.chmod(0o640)
    write(dataset, path, base=BASE)
    assert path.read_bytes() == serialize(dataset, formats.TURTLE, base=BASE)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_new_file_gets_the_umask_permissions(tmp_path):
    mask = os.umask(0o027)
    try:
        atomic_write_bytes(tmp_path / "new.nt", b"")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.nt").stat().st_mode) == 0o640


def test_write_uses_the_given_format_over_the_extension(dataset, tmp_path):
    path = tmp_path / "graph.txt"
    write(dataset, path, fmt=formats.NQUADS)
    assert path.read_bytes() == serialize(dataset, formats.NQUADS)
    with pytest.raises(UsageError):
        write(dataset, tmp_path / "graph.unknown")


class _DiskFullFile:
    """The real temporary file, failing halfway through the data like a full disk."""

    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.handle.close()

    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.handle, name)


@pytest.mark.parametrize("failure", ["disk-full", "interrupt", "rename", "serializer"])
def test_a_failed_write_leaves_the_old_file(failure, dataset, tmp_path, monkeypatch):
    path = tmp_path / "graph.nt"
    path.write_bytes(b"the previous graph\n")
    temps = []
    real_mkstemp, real_fdopen, real_replace = ks.tempfile.mkstemp, os.fdopen, os.replace

    def mkstemp(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        temps.append(Path(name))
        return fd, name

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        return _DiskFullFile(handle) if failure == "disk-full" else handle

    def fsync(fd):
        assert temps[-1].stat().st_size > 0  # the data is in the temporary file by now
        if failure == "interrupt":
            raise KeyboardInterrupt

    def replace(src, dst):
        if failure == "rename":
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    def exploding_serialize(data, fmt, *, base=None):
        raise RuntimeError("serializer broke")

    monkeypatch.setattr(ks.tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(ks.os, "fdopen", fdopen)
    monkeypatch.setattr(ks.os, "fsync", fsync)
    monkeypatch.setattr(ks.os, "replace", replace)
    if failure == "serializer":
        monkeypatch.setattr(ks, "serialize", exploding_serialize)
    expected = {
        "disk-full": UsageError,
        "interrupt": KeyboardInterrupt,
        "rename": UsageError,
        "serializer": RuntimeError,
    }[failure]
    with pytest.raises(expected):
        write(dataset, path)
    assert path.read_bytes() == b"the previous graph\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]  # no temporary file left
    if failure != "serializer":
        assert len(temps) == 1 and temps[0].parent == tmp_path and not temps[0].exists()


def test_write_to_a_missing_folder_is_a_usage_error(dataset, tmp_path):
    with pytest.raises(UsageError, match="nowhere"):
        write(dataset, tmp_path / "nowhere" / "graph.ttl")


def test_stdout_gets_the_data_and_nothing_else(dataset, capsysbinary):
    write(dataset, "-", fmt=formats.NQUADS)
    captured = capsysbinary.readouterr()
    assert captured.out == serialize(dataset, formats.NQUADS)
    assert captured.err == b""
    with pytest.raises(UsageError):
        write(dataset, "-")


# --------------------------------------------------------------------------- reading


def test_load_several_files_keeps_blank_nodes_apart(tmp_path):
    (tmp_path / "a.ttl").write_text('_:x <http://ex.org/p> "a" .\n[] <http://ex.org/p> "c" .\n')
    (tmp_path / "b.nt").write_text('_:x <http://ex.org/p> "b" .\n')
    loaded = load([tmp_path / "a.ttl", tmp_path / "b.nt"])
    subjects = {s for s, _, _ in union(loaded)}
    assert len(subjects) == 3
    assert BNode("x") in subjects  # a label written in the first file is kept
    again = load([tmp_path / "a.ttl", tmp_path / "b.nt"])
    assert serialize(loaded, formats.NQUADS) == serialize(again, formats.NQUADS)


def test_load_keeps_graphs_prefixes_and_lexical_forms(tmp_path):
    path = tmp_path / "g.trig"
    path.write_text(
        "@prefix ex: <http://example.org/> .\n"
        'ex:g { ex:a ex:p "007"^^<http://www.w3.org/2001/XMLSchema#integer>, "x"@en-GB . }\n'
        'ex:a ex:q "plain" .\n'
    )
    loaded = load([path])
    assert dict(loaded.namespaces())["ex"] == URIRef("http://example.org/")
    named = graphs_of(loaded)
    assert set(named) == {None, URIRef("http://example.org/g")}
    objects = {str(o) for o in named[URIRef("http://example.org/g")].objects()}
    assert objects == {"007", "x"}
    assert (None, None, Literal("plain")) in named[None]


@pytest.mark.parametrize(
    "name, text, line",
    [
        ("bad.ttl", '@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n', 3),
        ("bad.nt", "<http://ex.org/a> <http://ex.org/b> <http://ex.org/c> .\n<http://e> <p>\n", 2),
        ("bad.nq", '<http://ex.org/a> <http://ex.org/b> "x"@@en .\n', 1),
        ("bad.trig", "<http://ex.org/g> {\n<http://ex.org/a> <http://ex.org/b> .\n}\n", 2),
        ("bad.jsonld", '{"@id": "http://ex.org/a",\n "http://ex.org/b": \n}', 3),
    ],
)
def test_a_syntax_error_names_the_file_and_line(name, text, line, tmp_path):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(InputError) as info:
        load([path])
    error = info.value
    assert error.source == str(path)
    assert error.location == f"line {line}"
    assert "\n" not in str(error)
    assert str(error).startswith(f"{path}:line {line}: invalid ")


def test_other_unreadable_inputs(tmp_path):
    with pytest.raises(InputError, match="cannot read") as info:
        load([tmp_path / "missing.ttl"])
    assert info.value.source == str(tmp_path / "missing.ttl")
    xml = tmp_path / "bad.rdf"
    xml.write_text("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n<x>")
    with pytest.raises(InputError) as info:
        load([xml])
    assert "\n" not in str(info.value)
    remote = tmp_path / "remote.jsonld"
    remote.write_text('{"@context": "https://schema.org/", "name": "x"}')
    with pytest.raises(InputError, match="remote context"):
        load([remote])
    with pytest.raises(UsageError):
        load([tmp_path / "graph.unknown"])


def test_load_stdin_needs_a_format(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<http://a> <http://b> 1 .")))
    with pytest.raises(UsageError):
        load(["-"])
    loaded = load(["-"], fmt=formats.TURTLE)
    assert len(loaded) == 1
