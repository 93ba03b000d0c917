"""``kg eval`` and kg.evaluate: exact scores on small hand-written graphs and gold files (every
name in them is invented), an end-to-end run on a few dev-set articles, and one on ../shared."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import run_kg, stderr_lines

from kg.cli.eval_cmd import command
from kg.evaluate import (
    CATEGORIES,
    gold_problem,
    graph_facts,
    load_gold,
    quote_match,
    score,
    work_key,
)
from kg.serialize import load

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "data" / "devset"
SHARED = Path(__file__).resolve().parents[2] / "shared"

# ----------------------------------------------------------------------------- gold and graphs

# Two articles of one story: the later one (b) confirms what the earlier one (a) had in talks.
GOLD_A = {
    "article": "a.txt",
    "url": None,
    "date": "2024-05-01",
    "people": ["Dana Whitfield", "Marcus Oyelaran", "Zoë O'Hara"],
    "characters": ["Ilse Varn"],
    "works": [
        {"title": "The Paper Crane", "type": "Movie", "year": None},
        {"title": "Harbor Lights", "type": "Movie", "year": 2019},
        {"title": "Harbor Lights sequel", "type": "Movie", "year": None},
    ],
    "organizations": ["Variety"],
    "places": ["Lisbon"],
    "roles": [
        {
            "work": "The Paper Crane",
            "person": "Dana Whitfield",
            "role": "director",
            "character": None,
            "status": "confirmed",
        },
        {
            "work": "The Paper Crane",
            "person": "Marcus Oyelaran",
            "role": "actor",
            "character": "Ilse Varn",
            "status": "in_talks",
        },
    ],
    "claims": [
        {
            "claimant": "Dana Whitfield",
            "quote": "I have wanted to make this film for ten years,",
            "summary": "A long-held wish.",
            "outlet": "Variety",
            "date": "2024-05-01",
        },
        {
            "claimant": "Variety",
            "quote": None,
            "summary": "The casting talks.",
            "outlet": "Variety",
            "date": "2024-05-01",
        },
    ],
}
GOLD_B = {
    "article": "b.txt",
    "url": None,
    "date": "2024-06-01",
    "people": ["Marcus Oyelaran", "Zoë O'Hara"],
    "characters": [],
    "works": [
        {"title": "The Paper Crane", "type": "Movie", "year": None},
        {"title": "Salt & Stone", "type": "Play", "year": None},
        {"title": "Harbor Lights sequel", "type": "Movie", "year": None},
    ],
    "organizations": ["Halden Pictures"],
    "places": [],
    "roles": [
        {
            "work": "The Paper Crane",
            "person": "Marcus Oyelaran",
            "role": "actor",
            "character": None,
            "status": "confirmed",
        },
        {
            "work": "Harbor Lights sequel",
            "person": "Zoë O'Hara",
            "role": "writer",
            "character": None,
            "status": "in_talks",
        },
        {
            "work": "Salt & Stone",
            "person": "Halden Pictures",
            "role": "producer",
            "character": None,
            "status": "expected",
        },
    ],
    "claims": [
        {
            "claimant": "Marcus Oyelaran",
            "quote": "It's a story about family.",
            "summary": "On the film's theme.",
            "outlet": None,
            "date": "2024-06-01",
        },
    ],
}

PREFIXES = """\
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix id: <https://example.org/id/> .
"""
# What a perfect export of GOLD_A + GOLD_B says, written the way other tools might name
# things: no accent, curly apostrophes, "and" for "&", an "Untitled ... Sequel".
ENTITIES = """\
id:dana a schema:Person ; schema:name "Dana Whitfield" .
id:marcus a schema:Person ; schema:name "Marcus Oyelaran" .
id:zoe a schema:Person ; schema:name "Zoe O\u2019Hara" .
id:crane a schema:Movie ; schema:name "The Paper Crane" .
id:harbor a schema:Movie ; schema:name "Harbor Lights" .
id:sequel a schema:Movie ; schema:name "Untitled Harbor Lights Sequel" .
id:salt a kg:Play ; schema:name "Salt and Stone" .
id:ilse a kg:Character ; schema:name "Ilse Varn" .
id:variety a schema:Organization ; schema:name "Variety" .
id:halden a schema:Organization ; schema:name "Halden Pictures" .
id:lisbon a schema:Place ; schema:name "Lisbon" .
"""
ROLES = """\
id:r1 a kg:Role ; kg:work id:crane ; kg:agent id:dana ; kg:roleType kg:Director ;
    kg:status kg:Confirmed .
id:r2 a kg:Role ; kg:work id:crane ; kg:agent id:marcus ; kg:roleType kg:Actor ;
    kg:status kg:Confirmed ; kg:character id:ilse .
id:r3 a kg:Role ; kg:work id:sequel ; kg:agent id:zoe ; kg:roleType kg:Writer ;
    kg:status kg:InTalks .
id:r4 a kg:Role ; kg:work id:salt ; kg:agent id:halden ; kg:roleType kg:Producer ;
    kg:status kg:Expected .
"""
CLAIMS = """\
id:c1 a kg:Claim ; kg:quote "I have wanted to make this film for ten years" ;
    schema:author id:dana ; kg:statedIn id:variety .
id:c2 a kg:Claim ; kg:quote "It\u2019s a story about family." ; schema:author id:marcus .
"""
PERFECT = PREFIXES + ENTITIES + ROLES + CLAIMS

# The same export gone wrong: a person misspelt (and so their role and quote), a role
# dropped, a status out of date, a quote given to the wrong speaker, a quote that is none.
WRONG = (
    PREFIXES
    + ENTITIES.replace('"Dana Whitfield"', '"Dana Whitfeld"')
    + ROLES.replace(
        "kg:roleType kg:Actor ;\n    kg:status kg:Confirmed",
        "kg:roleType kg:Actor ;\n    kg:status kg:InTalks",
    ).split("id:r4")[0]
    + CLAIMS.replace("schema:author id:marcus", "schema:author id:zoe")
    + 'id:c3 a kg:Claim ; kg:quote "Nobody said this." ; schema:author id:dana .\n'
)


@pytest.fixture
def gold_dir(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(GOLD_A, ensure_ascii=False), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(GOLD_B, ensure_ascii=False), encoding="utf-8")
    (folder / "README.md").write_text("Not a gold file.\n", encoding="utf-8")
    return folder


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def scores_of(gold_dir: Path, graph: Path) -> dict:
    return score(load_gold(gold_dir), graph_facts(load([graph])))


def run(*args):
    return CliRunner().invoke(command, [str(a) for a in args])


def run_json(*args) -> dict:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ----------------------------------------------------------------------------- exact scores


def test_a_perfect_graph_scores_one(gold_dir, tmp_path):
    s = scores_of(gold_dir, write(tmp_path, "perfect.ttl", PERFECT))
    for cat in CATEGORIES:
        assert (s[cat]["precision"], s[cat]["recall"], s[cat]["f1"]) == (1.0, 1.0, 1.0), cat
    assert s["people"]["gold"] == 3 and s["works"]["gold"] == 4 and s["roles"]["gold"] == 4
    assert s["character_accuracy"] == 1.0 and s["characters_scored"] == 1
    assert s["status_accuracy"] == 1.0 and s["statuses_scored"] == 4
    q = s["quotes"]
    assert (q["gold"], q["found"], q["right_speaker"], q["right_outlet"]) == (2, 2, 2, 2)
    assert (q["extracted"], q["real"], q["precision"]) == (2, 2, 1.0)


def test_a_wrong_export_scores_lower_where_it_is_wrong(gold_dir, tmp_path):
    perfect = run_json("--gold", gold_dir, "--graph", write(tmp_path, "perfect.ttl", PERFECT))
    wrong = run_json("--gold", gold_dir, "--graph", write(tmp_path, "wrong.ttl", WRONG))
    assert (wrong["people"]["precision"], wrong["people"]["recall"]) == (0.667, 0.667)
    assert (wrong["roles"]["precision"], wrong["roles"]["recall"], wrong["roles"]["f1"]) == (
        0.667,
        0.5,
        0.571,
    )
    assert wrong["status_accuracy"] == 0.5  # Marcus's role is confirmed by the later article
    assert wrong["quotes"]["speaker_accuracy"] == 0.0
    assert wrong["quotes"]["precision"] == 0.667
    for key in ("people", "roles"):
        assert wrong[key]["f1"] < perfect[key]["f1"]
    assert wrong["status_accuracy"] < perfect["status_accuracy"]
    assert wrong["quotes"]["speaker_accuracy"] < perfect["quotes"]["speaker_accuracy"]
    assert wrong["quotes"]["precision"] < perfect["quotes"]["precision"]
    # ... and not where it is right
    for key in ("works", "characters", "organizations"):
        assert wrong[key] == perfect[key], key
    assert wrong["quotes"]["recall"] == perfect["quotes"]["recall"] == 1.0
    assert wrong["quotes"]["outlet_accuracy"] == 1.0


def test_a_dataset_is_scored_on_all_its_graphs(gold_dir, tmp_path):
    """Claims in an article's named graph, the people they name in the default graph."""
    trig = PREFIXES + ENTITIES + ROLES + "id:article {\n" + CLAIMS + "}\n"
    s = run_json("--gold", gold_dir, "--graph", write(tmp_path, "graph.trig", trig))
    assert s["quotes"]["found"] == 2 and s["quotes"]["speaker_accuracy"] == 1.0
    assert s["roles"]["f1"] == 1.0


def test_the_most_recent_article_gives_a_roles_status(gold_dir):
    gold = load_gold(gold_dir)
    assert gold.roles[("the paper crane", "marcus oyelaran", "Actor")][:2] == [
        "Confirmed",
        {"ilse varn"},
    ]
    (gold_dir / "b.json").rename(gold_dir / "0.json")  # file order does not matter, dates do
    assert load_gold(gold_dir).roles[("the paper crane", "marcus oyelaran", "Actor")][0] == (
        "Confirmed"
    )


@pytest.mark.parametrize(
    "a, b",
    [
        ("Untitled Harbor Lights Sequel", "Harbor Lights sequel"),
        ("untitled Harbor Lights sequel", "Harbor Lights sequel"),
        ("Sequel to Harbor Lights", "Harbor Lights sequel"),
        ("Salt & Stone", "salt and stone"),
        ("Romy and Michele\u2019s", "Romy & Michele's"),
        ("Zoë O'Hara", "ZOE O\u2019HARA"),
    ],
)
def test_names_match_after_folding(a, b):
    assert work_key(a) == work_key(b)


def test_an_untitled_work_is_not_a_sequel():
    assert work_key("Untitled Harbor Lights project") != work_key("Harbor Lights sequel")


@pytest.mark.parametrize(
    "extracted, gold, match",
    [
        ("It\u2019s a story about family.", "It's a story about family", True),
        ("a story about family", "It's a story about family.", True),
        ("\u201cI have wanted this,\u201d", "I have wanted this", True),
        ("I", "It is the film I wanted", True),
        ("I", "This is it", False),  # word for word, not letter for letter
        ("story", "It's a storyboard", False),
        ("", "anything", False),
    ],
)
def test_quotes_match_word_for_word(extracted, gold, match):
    assert quote_match(extracted, gold) is match


# ----------------------------------------------------------------------------- the command


def test_json_has_every_score(gold_dir, tmp_path):
    s = run_json("--gold", gold_dir, "--graph", write(tmp_path, "perfect.ttl", PERFECT))
    assert set(CATEGORIES) <= set(s)
    for cat in CATEGORIES:
        assert {"precision", "recall", "f1", "found", "gold", "matched"} <= set(s[cat])
    assert {"character_accuracy", "status_accuracy", "quotes"} <= set(s)
    assert {
        "gold",
        "found",
        "recall",
        "speaker_accuracy",
        "outlet_accuracy",
        "extracted",
        "precision",
    } <= set(s["quotes"])
    assert "details" not in s


def test_the_table_is_for_people(gold_dir, tmp_path):
    result = run("--gold", gold_dir, "--graph", write(tmp_path, "wrong.ttl", WRONG))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["category", "precision", "recall", "F1", "found", "gold"]
    assert lines[1].split() == ["people", "0.667", "0.667", "0.667", "3", "3"]
    assert any(line.startswith("role status accuracy") and "0.500" in line for line in lines)


def test_details_list_what_was_missed_and_spurious(gold_dir, tmp_path):
    graph = write(tmp_path, "wrong.ttl", WRONG)
    result = run("--gold", gold_dir, "--graph", graph, "--details")
    assert result.exit_code == 0, result.output
    listed = result.stdout.split("\n\n")[-1]  # after the table
    rows = [line.split(None, 2) for line in listed.splitlines()]
    assert ["people", "missed", "Dana Whitfield"] in rows
    assert ["people", "spurious", "Dana Whitfeld"] in rows
    assert ["roles", "missed", "Halden Pictures / Producer / Salt & Stone"] in rows
    assert ["quotes", "spurious", "Nobody said this."] in rows
    assert any(r[:2] == ["roles", "wrong"] and "Marcus Oyelaran" in r[2] for r in rows)
    assert any(r[:2] == ["quotes", "wrong"] and "by Zoe O\u2019Hara @ (none)" in r[2] for r in rows)
    assert not any(r[:1] == ["works"] for r in rows)
    details = run_json("--gold", gold_dir, "--graph", graph, "--details")["details"]
    assert details["people"] == {"missed": ["Dana Whitfield"], "spurious": ["Dana Whitfeld"]}


@pytest.mark.parametrize(
    "name, content, says",
    [
        (None, None, "no such folder"),
        ("empty", None, "no gold files"),
        ("a.json", "{not json", "malformed JSON"),
        ("a.json", "[1, 2]", "JSON object"),
        ("a.json", '{"roles": [{"work": "W", "person": "P", "role": "acter"}]}', "acter"),
        (
            "a.json",
            '{"roles": [{"work": "W", "person": "P", "role": "actor", "status": "signed"}]}',
            "signed",
        ),
        ("a.json", '{"people": "Dana Whitfield"}', "'people' must be a list"),
        ("a.json", '{"name": "package"}', "none of the keys"),
    ],
    ids=["missing", "empty", "malformed", "array", "role", "status", "names", "other-json"],
)
def test_a_bad_gold_folder_is_one_line_and_exit_3(tmp_path, name, content, says):
    folder = tmp_path / "gold"
    if name:
        folder.mkdir()
        if content is not None:
            (folder / "z.json").write_text(json.dumps(GOLD_A), encoding="utf-8")
            (folder / name).write_text(content, encoding="utf-8")
    graph = write(tmp_path, "perfect.ttl", PERFECT)
    result = run_kg("eval", "--gold", folder, "--graph", graph)
    assert result.returncode == 3
    assert result.stdout == b""
    lines = stderr_lines(result)
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), lines
    assert says in lines[0]
    assert str(folder / name if content is not None else folder) in lines[0]


def test_an_unreadable_graph_is_exit_3(gold_dir, tmp_path):
    result = run_kg("eval", "--gold", gold_dir, "--graph", write(tmp_path, "bad.ttl", "id:x ."))
    assert result.returncode == 3
    assert len(stderr_lines(result)) == 1 and b"bad.ttl" in result.stderr


@pytest.mark.parametrize("both", [False, True], ids=["neither", "both"])
def test_neither_or_both_of_input_and_graph_is_a_usage_error(gold_dir, tmp_path, both):
    graph = write(tmp_path, "perfect.ttl", PERFECT)
    args = ["eval", "--gold", gold_dir] + ([graph, "--graph", graph] if both else [])
    result = run_kg(*args)
    assert result.returncode == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and "--graph" in lines[0], lines


def test_the_readme_example_is_a_valid_gold_file():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Gold annotations (for kg eval)", 1)[1].split("\n## ", 1)[0]
    example = re.search(r"```json\n(.*?)```", section, re.S).group(1)
    assert gold_problem(json.loads(example)) is None


# ----------------------------------------------------------------------------- real runs


DEV_ARTICLES = [
    "001_paper_lanterns_sequel_talks",
    "002_paper_lanterns_sequel_greenlit",
    "012_maple_and_main_reboot",
]


@pytest.fixture
def devset_sample(tmp_path):
    """Three dev-set articles and their gold, copied apart."""
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    for stem in DEV_ARTICLES:
        shutil.copy(DEVSET / "articles" / f"{stem}.txt", articles)
        shutil.copy(DEVSET / "gold" / f"{stem}.json", gold)
    return articles, gold


def test_eval_runs_kg_on_articles_as_export_would(devset_sample, tmp_path):
    articles, gold = devset_sample
    result = run_kg("eval", "--gold", gold, articles, "--json")
    assert result.returncode == 0, result.stderr.decode()
    direct = json.loads(result.stdout)
    assert direct["people"]["gold"] > 0 and direct["people"]["matched"] > 0
    assert direct["quotes"]["gold"] > 0
    # the same numbers as scoring what kg export writes
    graph = tmp_path / "graph.trig"
    exported = run_kg("export", articles, "-o", graph, "-q")
    assert exported.returncode == 0, exported.stderr.decode()
    assert run_json("--gold", gold, "--graph", graph) == direct
    table = run_kg("eval", "--gold", gold, articles, "-q")
    assert table.returncode == 0 and table.stderr == b""
    assert table.stdout.decode().splitlines()[1].split()[0] == "people"


def test_an_unreadable_input_is_reported_and_scored_without_it(devset_sample):
    articles, gold = devset_sample
    result = run_kg("eval", "--gold", gold, articles, articles / "missing.txt", "--json")
    assert result.returncode == 3
    assert json.loads(result.stdout)["people"]["matched"] > 0
    assert any("missing.txt" in line for line in stderr_lines(result))


def test_shared_corpus_people_are_all_found():
    if not (SHARED / "gold").is_dir() or not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} not present (CI has it): the shared corpus and gold live there")
    result = run_kg("eval", "--gold", "../shared/gold", "../shared/corpus", "--json", cwd=ROOT)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["people"]["f1"] == 1.0
