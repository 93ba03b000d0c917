"""Tests for ``kg convert`` (kg.cli.convert), through click's CliRunner and one real process."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import kg.serialize as ks
from kg import formats
from kg.cli.convert import command

ROOT = Path(__file__).resolve().parent.parent

TRIG = """\
@prefix schema: <https://schema.org/> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix id: <https://w3id.org/newskg/id/> .

id:ada-quill a schema:Person ; schema:name "Ada Quill", "エイダ"@ja .

id:article-1 {
    id:article-1 a schema:NewsArticle ;
        schema:headline "Ada Quill cast"@en ;
        schema:datePublished "2024-03-05"^^<http://www.w3.org/2001/XMLSchema#date> .
    _:role1 a kg:Role ; kg:agent id:ada-quill ;
        kg:evidence [ <http://www.w3.org/ns/oa#start> 10 ; <http://www.w3.org/ns/oa#end> 19 ] .
}

id:article-2 {
    id:article-2 a schema:NewsArticle ; schema:mentions id:ada-quill .
}
"""

CONTEXT = {
    "@context": {
        "@version": 1.1,
        "id": "@id",
        "type": "@type",
        "schema": "https://schema.org/",
        "kg": "https://w3id.org/newskg/ontology#",
        "name": "schema:name",
        "Person": "schema:Person",
    }
}


@pytest.fixture(autouse=True)
def test_context(tmp_path, monkeypatch):
    path = tmp_path / "context.jsonld"
    path.write_text(json.dumps(CONTEXT), encoding="utf-8")
    monkeypatch.setattr(ks, "context_file", lambda: path)
    return path


@pytest.fixture
def trig(tmp_path):
    path = tmp_path / "graph.trig"
    path.write_text(TRIG, encoding="utf-8")
    return path


def run(*args, input=None):
    return CliRunner().invoke(command, [str(a) for a in args], input=input)


def graphs_of(ds: Dataset) -> dict:
    out = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        out.setdefault(None if g == DATASET_DEFAULT_GRAPH_ID else g, Graph()).add((s, p, o))
    return out


def reference() -> Dataset:
    ds = Dataset()
    ds.parse(data=TRIG, format="trig")
    return ds


@pytest.mark.parametrize("fmt", formats.FORMATS, ids=lambda f: f.name)
def test_convert_to_every_format(fmt, trig, tmp_path):
    out = tmp_path / f"out{fmt.extension}"
    result = run(trig, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"to {out}" in result.stderr
    parsed = Dataset()
    parsed.parse(out, format=fmt.rdflib_name)
    want = graphs_of(reference())
    if fmt.dataset:
        got = graphs_of(parsed)
        assert set(got) == set(want)
        for name in want:
            assert isomorphic(got[name], want[name])
    else:
        union = Graph()
        for graph in want.values():
            for triple in graph:
                union.add(triple)
        assert isomorphic(Graph().parse(out, format=fmt.rdflib_name), union)
        assert "merged 2 graph(s)" in result.stderr


def test_output_is_deterministic(trig, tmp_path):
    outputs = []
    for name in ("a.nq", "b.nq"):
        assert run(trig, "-o", tmp_path / name).exit_code == 0
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    assert b"_:b0 " in outputs[0] and b"_:role1 " in outputs[0]  # [] numbered, labels kept


def test_stdout_carries_only_the_data(trig):
    result = run(trig, "-o", "-", "--format", "nt", "-q")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    assert len(Graph().parse(data=result.stdout, format="nt")) == len(lines)


def test_stdin_with_from(trig):
    result = run("-", "--from", "trig", "-o", "-", "--format", "nquads", input=trig.read_bytes())
    assert result.exit_code == 0, result.output
    assert "<https://w3id.org/newskg/id/article-2> ." in result.stdout


def test_explicit_format_wins_over_the_extension(trig, tmp_path):
    out = tmp_path / "graph.txt"
    assert run(trig, "-o", out, "--format", "json-ld").exit_code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"] == CONTEXT["@context"]


def test_several_inputs_are_merged(trig, tmp_path):
    extra = tmp_path / "extra.nt"
    extra.write_text('<https://w3id.org/newskg/id/x> <https://schema.org/name> "X" .\n')
    out = tmp_path / "all.trig"
    result = run(trig, extra, "-o", out)
    assert result.exit_code == 0, result.output
    merged = Dataset()
    merged.parse(out, format="trig")
    assert (URIRef("https://w3id.org/newskg/id/x"), None, Literal("X")) in merged.default_graph


@pytest.mark.parametrize(
    "args, message",
    [
        (["-o", "out.yaml"], "cannot tell the RDF format"),
        (["-o", "-"], "--format"),
        (["-o", "out.ttl", "--format", "n3"], "unknown RDF format 'n3'"),
        (["-o", "out.ttl", "--from", "csv"], "unknown RDF format 'csv'"),
    ],
)
def test_usage_errors_exit_2(args, message, trig, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(trig, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "out.ttl").exists()


def test_stdin_without_from_is_a_usage_error():
    result = run("-", "-o", "-", "--format", "nt", input=b"")
    assert result.exit_code == 2
    assert "--from" in result.stderr


def test_no_input_is_a_usage_error():
    assert run("-o", "out.ttl").exit_code == 2


def test_syntax_error_exits_3_with_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n')
    out = tmp_path / "out.nt"
    out.write_text("previous\n")
    result = run(bad, "-o", out)
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"kg: error: {bad}:line 3: invalid Turtle: ")
    assert out.read_text() == "previous\n"


def test_missing_input_exits_3(tmp_path):
    result = run(tmp_path / "missing.ttl", "-o", tmp_path / "out.nt")
    assert result.exit_code == 3
    assert "missing.ttl" in result.stderr and "cannot read" in result.stderr


def test_unwritable_output_exits_2(trig, tmp_path):
    result = run(trig, "-o", tmp_path / "no" / "such" / "dir.ttl")
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_help_has_an_example():
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "kg convert graph.trig -o graph.jsonld" in result.stdout
    assert "--from FORMAT" in result.stdout and "--format FORMAT" in result.stdout


def _kg_cli_importable() -> bool:
    if not (ROOT / "kg" / "__main__.py").is_file():
        return False
    try:
        return importlib.util.find_spec("kg.cli") is not None and bool(
            __import__("kg.cli", fromlist=["main"]).main
        )
    except ImportError:
        return False


@pytest.mark.skipif(not _kg_cli_importable(), reason="kg/__main__.py or kg.cli not ready yet")
def test_python_dash_m_kg_convert(trig, tmp_path):
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path}
    out = tmp_path / "graph.nq"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "convert", str(trig), "-o", str(out)],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    assert run(trig, "-o", tmp_path / "in-process.nq").exit_code == 0
    assert out.read_bytes() == (tmp_path / "in-process.nq").read_bytes()
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://ex.org/a> <http://ex.org/b>\n")
    done = subprocess.run(
        [sys.executable, "-m", "kg", "convert", str(bad), "-o", "-", "--format", "ttl"],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 3
    assert done.stdout == b""
    assert done.stderr.decode().count("\n") == 1 and f"{bad}:line " in done.stderr.decode()
