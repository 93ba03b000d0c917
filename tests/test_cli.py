"""The ``kg`` command line as a user runs it: real ``python -m kg`` processes on small made-up
articles (every name in them is invented). Needs the spaCy model, not ../shared."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import kg_command, run_kg, run_kg_parallel, stderr_lines
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.article import Article
from kg.cli import main
from kg.namespaces import KG, SCHEMA, SH
from kg.read import read_text
from kg.validate import validate

# ----------------------------------------------------------------------------- the articles

# A role in the very first sentence (offset 0 once the date marker is removed).
DIRECTOR_BODY = (
    "Dana Whitfield will direct \u201cThe Paper Crane\u201d, Variety reported on Tuesday. "
    "Marcus Oyelaran is in talks to star in the drama, which Halden Pictures will produce. "
    "\u201cI have wanted to make this film for ten years,\u201d Whitfield told Variety."
)
DIRECTOR = f"date 2024-05-14 {DIRECTOR_BODY}\n"
# No role, claim or quote in the first sentence.
HARBOR_BODY = (
    "It was a long winter on the coast. The thriller \u201cWinter Harbor\u201d is directed by "
    "Tomas Brennick, who also wrote the script. Priya Castellane plays a lighthouse keeper in "
    "the film. \u201cIt is a story about family,\u201d Brennick told Deadline."
)
HARBOR = f"date 2024-06-02 {HARBOR_BODY}\n"
ORCHARD = (
    "It was a busy week for Bellwether Studios. The studio has hired Rosa Nakamura to write "
    "\u201cThe Glass Orchard\u201d, Deadline reported on Monday, and Owen Tarrant is expected "
    "to produce the film."
)
CALM = "The weather was mild and the river was calm.\n"

BIRTHDATE_SHAPES = """\
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <https://schema.org/> .
@prefix ex: <http://example.org/test-shapes#> .

ex:PersonHasBirthDate a sh:NodeShape ;
    sh:targetClass schema:Person ;
    sh:property [ sh:path schema:birthDate ; sh:minCount 1 ] .
"""

# Line 5 lacks the final dot of its statement: the parser stops on line 6.
BROKEN_TURTLE = """\
@prefix schema: <https://schema.org/> .

<http://example.org/ada> a schema:Person ;
    schema:name "Ada Quill" .
<http://example.org/bram> schema:name "Bram Oakes"
<http://example.org/cleo> schema:name "Cleo Marsh" .
"""

# A role with nothing it needs, and a person without a name.
VIOLATING_TURTLE = """\
@prefix schema: <https://schema.org/> .
@prefix kg: <https://w3id.org/newskg/ontology#> .

<http://example.org/role/1> a kg:Role .
<http://example.org/person/1> a schema:Person .
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def identifier(text: str) -> Literal:
    """The schema:identifier of the article ``text`` (a .txt file's content) gets."""
    article = read_text(text, source="x.txt")
    return Literal(f"sha256:{article.sha256}")


def names_of(g: Graph, cls) -> set[str]:
    return {str(g.value(s, SCHEMA.name)) for s in g.subjects(RDF.type, cls)}


def article_ids(g: Graph) -> set[Literal]:
    return set(g.objects(None, SCHEMA.identifier))


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in result.stderr, result.stderr.decode()


def only_file(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.fixture
def director(tmp_path) -> Path:
    return write(tmp_path, "director.txt", DIRECTOR)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """``kg export`` of the director and harbor articles to Turtle, once for the module."""
    folder = tmp_path_factory.mktemp("exported")
    write(folder, "director.txt", DIRECTOR)
    write(folder, "harbor.txt", HARBOR)
    result = run_kg("export", "director.txt", "harbor.txt", "-o", "graph.ttl", cwd=folder)
    assert result.returncode == 0, result.stderr.decode()
    return folder / "graph.ttl"


# ----------------------------------------------------------------------------- preconditions


def test_the_sample_articles_yield_people_works_and_roles(nlp):
    from kg.extract import extract_many

    texts = {"director": DIRECTOR, "harbor": HARBOR, "orchard": ORCHARD}
    articles = [read_text(text, source=name) for name, text in texts.items()]
    for record in extract_many(articles, nlp):
        types = {e.type for e in record.entities}
        assert "Person" in types and "Movie" in types, (record.article.source, types)
        assert record.roles, f"{record.article.source}: no role found"
    calm = next(extract_many([Article(text=CALM, source="calm")], nlp))
    assert not [e for e in calm.entities if e.type != "Place"]


def test_kg_failing_on_one_article_spares_the_others(nlp):
    """A bug that strikes one article (here a component that fails on a word) is reported
    for that article as an internal error, exit code 4, and the others are still extracted."""
    from spacy.language import Language

    from kg.cli.common import Run
    from kg.errors import ArticleFailed
    from kg.pipeline import extract_records

    @Language.component("kg_test_fails_on_harbor")
    def fails_on_harbor(doc):
        if "Harbor" in doc.text:
            raise ValueError("min() arg is an empty sequence")
        return doc

    articles = [read_text(t, source=n) for n, t in (("a", DIRECTOR), ("b", HARBOR),
                                                     ("c", ORCHARD))]
    problems = []
    nlp.add_pipe("kg_test_fails_on_harbor", after="kg_roles")
    try:
        records = list(extract_records(articles, nlp=nlp, on_problem=problems.append))
    finally:
        nlp.remove_pipe("kg_test_fails_on_harbor")
    assert [r.article.source for r in records] == ["a", "c"]
    assert [(p.source, type(p)) for p in problems] == [("b", ArticleFailed)]
    assert "kg_test_fails_on_harbor" in str(problems[0]) and "ValueError" in str(problems[0])
    run = Run(quiet=True)
    run.problem(problems[0])
    assert run.exit_code() == 4
    with pytest.raises(ValueError):  # and the pipeline raises again once the run is over
        nlp.add_pipe("kg_test_fails_on_harbor", after="kg_roles")
        try:
            next(iter(__import__("kg.extract").extract.extract_many(articles[1:2], nlp)))
        finally:
            nlp.remove_pipe("kg_test_fails_on_harbor")


def test_the_export_of_the_sample_articles_conforms(exported):
    g = Graph().parse(exported)
    assert {"Dana Whitfield", "Tomas Brennick"} <= names_of(g, SCHEMA.Person)
    assert article_ids(g) == {identifier(DIRECTOR), identifier(HARBOR)}
    result = run_kg("validate", exported)
    assert result.returncode == 0, result.stderr.decode()


# ----------------------------------------------------------------------------- help and usage


@pytest.mark.parametrize("command", [None, *sorted(main.commands)])
def test_help_has_an_example(command):
    args = ["--help"] if command is None else [command, "--help"]
    result = run_kg(*args)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Example" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["export", "director.txt", "-o", "out.ttl", "--format", "bogus"],
        ["export", "director.txt", "-o", "out.bogus"],
        ["export", "director.txt", "-o", "-"],
        ["map", "records.jsonl", "-o", "out.ttl", "--format", "bogus"],
        ["convert", "graph.ttl", "-o", "out.ttl", "--format", "bogus"],
        ["convert", "graph.ttl", "--from", "bogus", "-o", "out.ttl"],
        ["validate", "graph.ttl", "--from", "bogus"],
    ],
    ids=lambda a: " ".join(a),
)
def test_unknown_format_is_a_one_line_usage_error(tmp_path, args):
    write(tmp_path, "director.txt", DIRECTOR)
    write(tmp_path, "graph.ttl", "<http://example.org/a> <http://example.org/b> 1 .\n")
    before = only_file(tmp_path)
    result = run_kg(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr.decode()
    lines = stderr_lines(result)
    assert len(lines) == 1, lines
    no_traceback(result)
    assert result.stdout == b""
    assert only_file(tmp_path) == before  # nothing written


# ----------------------------------------------------------------------------- stdout


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_stdout_carries_only_the_rdf(tmp_path, director, fmt):
    ext = {"turtle": "ttl", "jsonld": "jsonld"}[fmt]
    to_stdout, to_file = run_kg_parallel(
        [["export", "director.txt", "-o", "-", "--format", fmt],
         ["export", "director.txt", "-o", f"graph.{ext}"]],
        cwd=tmp_path,
    )
    assert to_stdout.returncode == 0, to_stdout.stderr.decode()
    assert to_file.returncode == 0, to_file.stderr.decode()
    if fmt == "jsonld":
        json.loads(to_stdout.stdout)  # one JSON document, nothing around it
    g = Graph().parse(data=to_stdout.stdout, format="json-ld" if fmt == "jsonld" else fmt)
    assert "Dana Whitfield" in names_of(g, SCHEMA.Person)
    assert to_stdout.stdout == (tmp_path / f"graph.{ext}").read_bytes()
    assert b"exported" in to_stdout.stderr  # the summary goes to stderr, not into the data


# ----------------------------------------------------------------------------- bad inputs

BAD_INPUTS = {
    # id: (file name, content (None: do not create), words in the message, location)
    "empty": ("empty.txt", b"", "empty", None),
    "blank": ("blank.md", b"  \n\n\t\n", "empty", None),
    "binary": ("photo.txt", bytes(range(256)) * 4, "binary", None),
    "latin-1": ("latin.txt", "Caf\u00e9 news: Dana Whitfield will direct.\n".encode("latin-1"),
                "UTF-8", "byte 3"),
    "missing": ("missing.txt", None, "no such file", None),
    "not-a-folder": ("director.txt/inner.txt", None, "cannot read", None),
    "malformed-json": ("story.json", b'{"text": "Dana Whitfield will direct",\n  "date": }\n',
                       "JSON", "line 2"),
    "jsonl-bad-line": ("stories.jsonl",
                       (json.dumps({"text": ORCHARD, "date": "2024-07-01"}) + "\n"
                        + '{"text": "unterminated\n').encode("utf-8"),
                       "JSON", "line 2"),
    "no-entities": ("calm.txt", CALM.encode("utf-8"), "no people", None),
    "bad-date": ("baddate.txt", ("date 2024-13-45 " + HARBOR_BODY + "\n").encode("utf-8"),
                 "date", "line 1"),
    "date-form": ("dateform.txt", ("date 14/05/2024 " + HARBOR_BODY + "\n").encode("utf-8"),
                  "date", "line 1"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_a_bad_input_is_one_line_and_the_rest_is_exported(tmp_path, director, case):
    name, content, words, location = BAD_INPUTS[case]
    if content is not None:
        write(tmp_path, name, content)
    result = run_kg("export", "-q", name, "director.txt", "-o", "graph.ttl", cwd=tmp_path)
    no_traceback(result)
    lines = stderr_lines(result)
    assert len(lines) == 1, lines
    assert name in lines[0] and words.lower() in lines[0].lower(), lines[0]
    if location:
        assert f"{name}:{location}" in lines[0], lines[0]
    assert result.returncode == 3
    g = Graph().parse(tmp_path / "graph.ttl")
    assert identifier(DIRECTOR) in article_ids(g)
    assert "Dana Whitfield" in names_of(g, SCHEMA.Person)
    if case == "jsonl-bad-line":  # the good line of the same file is exported too
        assert Literal(f"sha256:{Article(ORCHARD, 'x').sha256}") in article_ids(g)
        assert "Rosa Nakamura" in names_of(g, SCHEMA.Person)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read a file whatever its mode")
def test_an_unreadable_file_is_one_line(tmp_path, director):
    secret = write(tmp_path, "secret.txt", HARBOR)
    secret.chmod(0)
    try:
        result = run_kg("export", "-q", "secret.txt", "director.txt", "-o", "graph.ttl",
                        cwd=tmp_path)
    finally:
        secret.chmod(0o644)
    lines = stderr_lines(result)
    assert len(lines) == 1 and "secret.txt" in lines[0] and "permission" in lines[0].lower()
    no_traceback(result)
    assert result.returncode == 3
    assert identifier(DIRECTOR) in article_ids(Graph().parse(tmp_path / "graph.ttl"))


def test_each_bad_input_is_named_once_without_quiet(tmp_path, director):
    names = []
    for name, content, _, _ in BAD_INPUTS.values():
        if content is not None:
            write(tmp_path, name, content)
        names.append(name)
    result = run_kg("export", *names, "director.txt", "-o", "graph.ttl", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 3
    lines = stderr_lines(result)
    for name in names:
        naming = [line for line in lines if name in line]
        assert len(naming) == 1, (name, naming)
    assert len(lines) == len(names) + 1  # one per problem, and the summary
    assert identifier(DIRECTOR) in article_ids(Graph().parse(tmp_path / "graph.ttl"))


# ----------------------------------------------------------------------------- atomic writes

OLD = b"# the previous output, which a failed run must leave alone\n"


def test_all_inputs_bad_leaves_the_output_untouched(tmp_path):
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "calm.txt", CALM)
    out = write(tmp_path, "graph.ttl", OLD)
    before = only_file(tmp_path)
    result = run_kg("export", "empty.txt", "calm.txt", "-o", "graph.ttl", cwd=tmp_path)
    assert result.returncode == 3
    no_traceback(result)
    assert out.read_bytes() == OLD
    assert only_file(tmp_path) == before


def test_violations_leave_the_output_untouched(tmp_path, director):
    write(tmp_path, "birth.ttl", BIRTHDATE_SHAPES)
    out = write(tmp_path, "graph.ttl", OLD)
    before = only_file(tmp_path)
    result = run_kg("export", "director.txt", "-o", "graph.ttl", "--shapes", "birth.ttl",
                    cwd=tmp_path)
    assert result.returncode == 1, result.stderr.decode()
    no_traceback(result)
    report = result.stderr.decode()
    assert "birthDate" in report and "Dana Whitfield" in report
    assert out.read_bytes() == OLD
    assert only_file(tmp_path) == before


def test_a_refused_export_does_not_claim_it_wrote_the_output(tmp_path, director):
    write(tmp_path, "birth.ttl", BIRTHDATE_SHAPES)
    result = run_kg("export", "director.txt", "-o", "graph.ttl", "--shapes", "birth.ttl",
                    cwd=tmp_path)
    assert result.returncode == 1
    assert not [line for line in stderr_lines(result) if "-> graph.ttl" in line]


def _cpu_seconds(pid: int) -> float | None:
    """CPU time used by process ``pid`` (Linux /proc), or None where that cannot be told."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _default_sigint() -> None:  # the child must not inherit an ignored SIGINT (e.g. from nohup)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_an_interrupted_export_leaves_the_output_untouched(tmp_path):
    inputs = tmp_path / "many"
    inputs.mkdir()
    bodies = [DIRECTOR_BODY, HARBOR_BODY, ORCHARD]
    for i in range(40):
        text = f"Item {i}. " + "\n\n".join(bodies[(i + k) % 3] for k in range(6)) + "\n"
        write(inputs, f"story-{i:02d}.txt", text)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = write(out_dir, "graph.ttl", OLD)

    proc = subprocess.Popen(kg_command("export", inputs, "-o", out), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    try:
        started = time.monotonic()
        while proc.poll() is None and time.monotonic() - started < 120:
            used = _cpu_seconds(proc.pid)
            if (used if used is not None else time.monotonic() - started) >= 2.0:
                break  # the model is loaded (about 1 s of CPU); extraction is under way
            time.sleep(0.05)
        assert proc.poll() is None, "kg export ended before it could be interrupted: give it " \
                                    "more input"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert b"Traceback" not in err, err.decode()
    assert proc.returncode == 130, (proc.returncode, err.decode())
    assert out.read_bytes() == OLD
    assert only_file(out_dir) == ["graph.ttl"]  # no temporary file left behind


def test_drop_invalid_writes_the_conforming_part_and_the_rejects(tmp_path, director):
    shapes = write(tmp_path, "birth.ttl", BIRTHDATE_SHAPES)
    result = run_kg("export", "director.txt", "-o", "graph.ttl", "--shapes", "birth.ttl",
                    "--drop-invalid", cwd=tmp_path)
    assert result.returncode == 1, result.stderr.decode()
    no_traceback(result)
    assert "rejected" in result.stderr.decode()
    assert only_file(tmp_path) == sorted(
        ["birth.ttl", "director.txt", "graph.ttl", "graph.ttl.rejected.ttl",
         "graph.ttl.rejected.txt"])
    kept = Graph().parse(tmp_path / "graph.ttl")
    assert not set(kept.subjects(RDF.type, SCHEMA.Person))
    assert "The Paper Crane" in names_of(kept, SCHEMA.Movie)
    assert identifier(DIRECTOR) in article_ids(kept)
    assert validate(kept, shapes=shapes).conforms
    rejected = Graph().parse(tmp_path / "graph.ttl.rejected.ttl")
    assert {"Dana Whitfield", "Marcus Oyelaran"} <= names_of(rejected, SCHEMA.Person)
    why = (tmp_path / "graph.ttl.rejected.txt").read_text(encoding="utf-8")
    assert "birthDate" in why and "Dana Whitfield" in why


# ----------------------------------------------------------------------------- extract + map


def _extract_map_export(folder: Path, names: list[str]):
    extract = run_kg("extract", *names, "-o", "records.jsonl", cwd=folder)
    assert extract.returncode == 0, extract.stderr.decode()
    mapped, exported = run_kg_parallel(
        [["map", "records.jsonl", "-o", "mapped.ttl"], ["export", *names, "-o", "exported.ttl"]],
        cwd=folder,
    )
    assert exported.returncode == 0, exported.stderr.decode()
    assert mapped.returncode == 0, mapped.stderr.decode()
    return Graph().parse(folder / "mapped.ttl"), Graph().parse(folder / "exported.ttl")


def test_extract_then_map_equals_export(tmp_path):
    write(tmp_path, "harbor.txt", HARBOR)
    write(tmp_path, "orchard.txt", ORCHARD)
    mapped, exported = _extract_map_export(tmp_path, ["harbor.txt", "orchard.txt"])
    assert len(exported) > 0
    assert isomorphic(mapped, exported)


def test_extract_then_map_keeps_a_role_at_offset_zero(tmp_path, director):
    mapped, exported = _extract_map_export(tmp_path, ["director.txt"])
    assert isomorphic(mapped, exported)


SPLIT_QUOTE = (
    "Tomas Brennick will direct the thriller Winter Harbor. \u201cWe shoot in March,\u201d "
    "Brennick told Deadline. \u201cThe lighthouse is already built.\u201d\n"
)


def test_extract_then_map_keeps_a_quote_split_by_its_attribution(tmp_path):
    write(tmp_path, "split.txt", SPLIT_QUOTE)
    mapped, exported = _extract_map_export(tmp_path, ["split.txt"])
    assert isomorphic(mapped, exported)
    quotes = {str(q) for q in exported.objects(None, KG.quote)}
    assert quotes == {"We shoot in March \u2026 The lighthouse is already built."}


def test_map_names_a_claim_span_outside_the_text(tmp_path):
    write(tmp_path, "split.txt", SPLIT_QUOTE)
    assert run_kg("extract", "split.txt", "-o", "records.jsonl", cwd=tmp_path).returncode == 0
    rec = json.loads((tmp_path / "records.jsonl").read_text(encoding="utf-8"))
    rec["claims"][0]["parts"] = [[5, 9999]]
    write(tmp_path, "edited.jsonl", json.dumps(rec) + "\n")
    result = run_kg("map", "edited.jsonl", "-o", "out.ttl", cwd=tmp_path)
    assert result.returncode == 3
    no_traceback(result)
    lines = stderr_lines(result)
    assert any("edited.jsonl:line 1" in line and "[5, 9999]" in line for line in lines), lines
    assert not (tmp_path / "out.ttl").exists()


# ----------------------------------------------------------------------------- kg validate


def test_validate_names_the_file_and_line_of_a_syntax_error(tmp_path):
    write(tmp_path, "broken.ttl", BROKEN_TURTLE)
    result = run_kg("validate", "broken.ttl", cwd=tmp_path)
    assert result.returncode == 3
    no_traceback(result)
    lines = stderr_lines(result)
    assert len(lines) == 1, lines
    assert "broken.ttl:line 6" in lines[0], lines[0]


def test_validate_reports_violations(tmp_path):
    write(tmp_path, "bad.ttl", VIOLATING_TURTLE)
    result = run_kg("validate", "bad.ttl", "--report", "report.ttl", cwd=tmp_path)
    assert result.returncode == 1
    no_traceback(result)
    text = result.stderr.decode()
    assert "http://example.org/role/1" in text and "kg:agent" in text
    report = Graph().parse(tmp_path / "report.ttl")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms).toPython() is False
    focus = {str(f) for f in report.objects(None, SH.focusNode)}
    assert {"http://example.org/role/1", "http://example.org/person/1"} <= focus


def test_validate_report_of_a_conforming_graph(exported, tmp_path):
    report_path = tmp_path / "report.ttl"
    result = run_kg("validate", exported, "--report", report_path)
    assert result.returncode == 0, result.stderr.decode()
    report = Graph().parse(report_path)
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms).toPython() is True
