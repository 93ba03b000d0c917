"""Tests for the reading stage (kg.read). All texts here are made up for the tests."""

import io
import json
import os
import random
import sys

import pytest

from kg.article import Article
from kg.errors import InputError
from kg.read import SUPPORTED_SUFFIXES, read_inputs, read_text

STORY = "Northlight Pictures cast Ada Quill in its lighthouse drama.\n"

HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Northlight casts Ada Quill | Reel Wire</title>
<meta property="og:title" content="Northlight casts Ada Quill">
<meta property="og:site_name" content="Reel Wire">
<meta property="og:url" content="https://reelwire.example/news/northlight-casting">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<article>
<h1>Northlight casts Ada Quill</h1>
<p>The made-up studio Northlight Pictures has cast Ada Quill as the keeper in its drama
about a remote lighthouse, the company said in a statement on Tuesday.</p>
<p>Filming of the untitled project is planned for next spring on a windy stretch of coast,
with Bram Oakes directing from his own script.</p>
</article>
<footer>All rights reserved.</footer>
</body></html>
"""


def run(*inputs, stdin=None):
    return list(read_inputs(list(inputs), stdin=stdin))


def articles(items):
    return [item for item in items if isinstance(item, Article)]


def errors(items):
    return [item for item in items if isinstance(item, InputError)]


def only_error(items) -> InputError:
    found = errors(items)
    assert len(found) == 1, items
    return found[0]


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- plain text


def test_plain_text_kept_exactly(tmp_path):
    text = "  Ada Quill joins the cast.\r\nMore later.\n\n"
    path = write(tmp_path / "a.txt", text)
    [article] = run(path)
    assert article == Article(text=text, source=str(path))


def test_date_marker_removed_and_offsets_start_at_first_word(tmp_path):
    path = write(tmp_path / "a.txt", " date 2025-01-30 The studio announced a sequel.\n")
    [article] = run(path)
    assert article.date == "2025-01-30"
    assert article.text == "The studio announced a sequel.\n"
    assert article.text.index("The") == 0
    assert article.text.index("studio") == 4


def test_date_marker_with_newline_and_bom(tmp_path):
    path = write(tmp_path / "a.txt", "\ufeff\n date 2024-12-01  \n" + STORY)
    [article] = run(path)
    assert (article.date, article.text) == ("2024-12-01", STORY)


def test_bom_dropped_without_marker(tmp_path):
    path = write(tmp_path / "a.txt", "\ufeff" + STORY)
    [article] = run(path)
    assert article.text == STORY and article.date is None


def test_word_dated_is_not_a_marker(tmp_path):
    path = write(tmp_path / "a.txt", "dated sets and props were sold.\n")
    [article] = run(path)
    assert article.text == "dated sets and props were sold.\n" and article.date is None


def test_read_text_function():
    article = read_text("date 2023-07-04 Fireworks on set.", source="memo")
    assert article == Article(text="Fireworks on set.", source="memo", date="2023-07-04")
    with pytest.raises(InputError) as info:
        read_text("   ", source="memo")
    assert info.value.source == "memo"


def test_marker_only_is_an_error(tmp_path):
    path = write(tmp_path / "a.txt", "date 2025-01-30\n")
    problem = only_error(run(path))
    assert (problem.source, problem.location) == (str(path), "line 1")
    assert "no article text after the date marker" in problem.message


# --------------------------------------------------------------------------- markdown


def test_markdown_front_matter(tmp_path):
    path = write(
        tmp_path / "post.md",
        "---\n"
        'title: "Quill signs on"\n'
        "date: 2024-02-03\n"
        "url: https://reelwire.example/quill\n"
        "publisher: 'Reel Wire'\n"
        "tags:\n"
        "  - casting\n"
        "---\n"
        "\n"
        "# Quill signs on\n\n*Ada Quill* joins the drama.\n",
    )
    [article] = run(path)
    assert article == Article(
        text="# Quill signs on\n\n*Ada Quill* joins the drama.\n",
        source=str(path),
        date="2024-02-03",
        url="https://reelwire.example/quill",
        title="Quill signs on",
        publisher="Reel Wire",
    )


def test_markdown_front_matter_then_marker(tmp_path):
    path = write(tmp_path / "post.md", "---\ntitle: T\n---\ndate 2024-02-03 Body here.\n")
    [article] = run(path)
    assert (article.title, article.date, article.text) == ("T", "2024-02-03", "Body here.\n")


def test_markdown_marker_disagrees_with_front_matter(tmp_path):
    path = write(tmp_path / "post.md", "---\ndate: 2024-02-03\n---\ndate 2024-02-04 Body.\n")
    problem = only_error(run(path))
    assert (problem.source, problem.location) == (str(path), "line 4")
    assert "disagrees" in problem.message


def test_markdown_leading_rule_without_front_matter_is_text(tmp_path):
    text = "---\nA rule, then prose that is not front matter.\n"
    path = write(tmp_path / "post.md", text)
    [article] = run(path)
    assert article.text == text


def test_markdown_front_matter_malformed_date(tmp_path):
    good = write(tmp_path / "a.md", STORY)
    bad = write(tmp_path / "b.md", "---\ntitle: T\ndate: 30/01/2025\n---\nBody.\n")
    items = run(tmp_path)
    problem = only_error(items)
    assert (problem.source, problem.location) == (str(bad), "line 3")
    assert '"30/01/2025"' in problem.message and "YYYY-MM-DD" in problem.message
    assert [a.source for a in articles(items)] == [str(good)]


# --------------------------------------------------------------------------- HTML


def test_html_main_text_and_metadata(tmp_path):
    path = write(tmp_path / "page.html", HTML_PAGE)
    [article] = run(path)
    assert isinstance(article, Article)
    assert article.source == str(path)
    assert "cast Ada Quill as the keeper" in article.text
    assert "All rights reserved" not in article.text
    assert article.date == "2024-03-05"
    assert article.url == "https://reelwire.example/news/northlight-casting"
    assert article.title == "Northlight casts Ada Quill"
    assert article.publisher == "Reel Wire"


def test_html_suffix_case_insensitive_in_folder(tmp_path):
    write(tmp_path / "dir" / "PAGE.HTM", HTML_PAGE)
    [article] = run(tmp_path / "dir")
    assert article.source.endswith("PAGE.HTM") and "Ada Quill" in article.text


def test_html_without_main_text(tmp_path):
    good = write(tmp_path / "a.txt", STORY)
    bad = write(tmp_path / "b.html", "<html><head><title>x</title></head><body></body></html>")
    items = run(good, bad)
    problem = only_error(items)
    assert problem.source == str(bad) and "no main text" in problem.message
    assert articles(items)[0].source == str(good)


def test_html_when_trafilatura_unusable(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises ImportError
    path = write(tmp_path / "page.html", HTML_PAGE)
    problem = only_error(run(path))
    assert problem.source == str(path) and "trafilatura" in problem.message


# --------------------------------------------------------------------------- JSON


def test_json_single_object(tmp_path):
    record = {
        "text": STORY,
        "date": "2025-01-30",
        "url": "https://x.example/1",
        "title": "T",
        "publisher": "P",
        "extra": 1,
    }
    path = write(tmp_path / "one.json", json.dumps(record))
    [article] = run(path)
    assert article == Article(
        text=STORY,
        source=str(path),
        date="2025-01-30",
        url="https://x.example/1",
        title="T",
        publisher="P",
    )


def test_json_array_sources_and_errors(tmp_path):
    records = [{"text": "first"}, {"title": "no text"}, {"text": 5}, "loose", {"text": "fifth"}]
    path = write(tmp_path / "many.json", json.dumps(records))
    items = run(path)
    assert [a.source for a in articles(items)] == [f"{path}:item 1", f"{path}:item 5"]
    found = [(e.source, e.location) for e in errors(items)]
    assert found == [(str(path), "item 2"), (str(path), "item 3"), (str(path), "item 4")]
    messages = [e.message for e in errors(items)]
    assert 'no "text" field' in messages[0]
    assert '"text" is a JSON number, not a string' in messages[1]
    assert "not an object" in messages[2]
    assert [str(e) for e in errors(items)][0].startswith(f"{path}:item 2: ")


def test_json_record_date_time_and_nulls(tmp_path):
    record = {"text": "x", "date": "2025-01-02T10:00:00Z", "url": None, "title": ""}
    [article] = run(write(tmp_path / "a.json", json.dumps(record)))
    assert (article.date, article.url, article.title) == ("2025-01-02", None, None)


@pytest.mark.parametrize("bad", ["2025-13-45", "30/01/2025", "2025-1-3", 20250130])
def test_json_record_malformed_date(tmp_path, bad):
    path = write(tmp_path / "a.json", json.dumps([{"text": "x", "date": bad}, {"text": "y"}]))
    items = run(path)
    problem = only_error(items)
    assert (problem.source, problem.location) == (str(path), "item 1")
    assert json.dumps(bad) in problem.message and "YYYY-MM-DD" in problem.message
    assert [a.text for a in articles(items)] == ["y"]


def test_json_record_empty_text_and_bad_field(tmp_path):
    path = write(tmp_path / "a.json", json.dumps([{"text": "  "}, {"text": "x", "title": 3}]))
    first, second = run(path)
    assert first.location == "item 1" and '"text" is empty' in first.message
    assert second.location == "item 2" and '"title" is a JSON number' in second.message


def test_json_malformed_gives_line_and_column(tmp_path):
    path = write(tmp_path / "a.json", '{\n  "text": "x",\n  "title": oops\n}\n')
    problem = only_error(run(path))
    assert (problem.source, problem.location) == (str(path), "line 3, column 12")
    assert "malformed JSON" in problem.message


def test_json_top_level_scalar_and_empty_array(tmp_path):
    scalar = write(tmp_path / "a.json", "42")
    empty = write(tmp_path / "b.json", "[]")
    first, second = run(scalar, empty)
    assert first.source == str(scalar) and "JSON number at top level" in first.message
    assert second.source == str(empty) and "empty JSON array" in second.message


def test_json_lines(tmp_path):
    path = write(
        tmp_path / "a.jsonl",
        '{"text": "one"}\n\n  \n{"text": "two", "date": "2024-05-06"}\n',
    )
    items = run(path)
    assert [(a.text, a.source, a.date) for a in items] == [
        ("one", f"{path}:line 1", None),
        ("two", f"{path}:line 4", "2024-05-06"),
    ]


def test_json_lines_bad_line_others_still_read(tmp_path):
    path = write(
        tmp_path / "a.ndjson",
        '{"text": "one"}\n{"text": "two",\n{"nope": 1}\n'
        '{"text": "four", "date": "2025-02-30"}\n{"text": "five"}\n',
    )
    items = run(path)
    assert [a.text for a in articles(items)] == ["one", "five"]
    found = [(e.source, e.location) for e in errors(items)]
    assert found == [
        (str(path), "line 2, column 16"),
        (str(path), "line 3"),
        (str(path), "line 4"),
    ]
    messages = [e.message for e in errors(items)]
    assert "malformed JSON" in messages[0]
    assert 'no "text" field' in messages[1]
    assert '"2025-02-30"' in messages[2] and "YYYY-MM-DD" in messages[2]


def test_json_lines_record_must_be_object(tmp_path):
    path = write(tmp_path / "a.jsonl", '["text"]\n{"text": "ok"}\n')
    items = run(path)
    assert only_error(items).location == "line 1"
    assert [a.text for a in articles(items)] == ["ok"]


# --------------------------------------------------------------------------- stdin and sniffing


def test_stdin_text_with_marker():
    [article] = run("-", stdin=io.BytesIO(b"date 2025-01-30 A short note.\n"))
    assert article == Article(text="A short note.\n", source="<stdin>", date="2025-01-30")


def test_stdin_json_object_array_and_lines():
    [one] = run("-", stdin=io.BytesIO(b'\xef\xbb\xbf  {"text": "solo"}'))
    assert (one.text, one.source) == ("solo", "<stdin>")
    many = run("-", stdin=io.BytesIO(b'\n[{"text": "a"}, {"text": "b"}]'))
    assert [a.source for a in many] == ["<stdin>:item 1", "<stdin>:item 2"]
    lines = run("-", stdin=io.BytesIO(b'{"text": "a"}\n{"text": \n{"text": "c"}\n'))
    assert [a.source for a in articles(lines)] == ["<stdin>:line 1", "<stdin>:line 3"]
    assert only_error(lines).location == "line 2, column 10"


def test_stdin_pretty_printed_malformed_json():
    problem = only_error(run("-", stdin=io.BytesIO(b'{\n  "text": "x"\n  "date": 1\n}')))
    assert (problem.source, problem.location) == ("<stdin>", "line 3, column 3")


def test_stdin_html():
    [article] = run("-", stdin=io.BytesIO(b"\n  " + HTML_PAGE.encode()))
    assert article.source == "<stdin>" and article.publisher == "Reel Wire"


def test_stdin_defaults_to_sys_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(STORY.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    [article] = run("-")
    assert (article.text, article.source) == (STORY, "<stdin>")


def test_stdin_empty():
    problem = only_error(run("-", stdin=io.BytesIO(b" \n\t")))
    assert problem.source == "<stdin>" and "empty" in problem.message


def test_explicit_file_with_other_suffix_is_sniffed(tmp_path):
    as_json = write(tmp_path / "feed.data", '{"text": "from json"}')
    as_html = write(tmp_path / "page.xhtml", HTML_PAGE)
    as_text = write(tmp_path / "NOTES", "date 2021-03-04 Plain words.")
    items = run(as_json, as_html, as_text)
    assert [a.source for a in items] == [str(as_json), str(as_html), str(as_text)]
    assert items[0].text == "from json"
    assert items[1].publisher == "Reel Wire"
    assert (items[2].text, items[2].date) == ("Plain words.", "2021-03-04")


# --------------------------------------------------------------------------- folders and order


def test_folder_recursion_order_and_filters(tmp_path):
    root = tmp_path / "in"
    names = [
        "b.txt",
        "a/z.md",
        "a/b/c.json",
        "a.txt",
        "c.JSONL",
        ".hidden.txt",
        ".secret/x.txt",
        "a/.cache/y.txt",
        "notes.doc",
        "d/readme",
    ]
    for name in names:
        content = '{"text": "t"}' if name.lower().endswith((".json", ".jsonl")) else name
        write(root / name, content)
    items = run(root)
    assert not errors(items)
    expected = [
        root / "a" / "b" / "c.json",
        root / "a" / "z.md",
        root / "a.txt",
        root / "b.txt",
    ]
    sources = [a.source for a in items]
    assert sources == [str(p) for p in expected] + [f"{root / 'c.JSONL'}:line 1"]


def test_inputs_in_given_order_and_folder_named_explicitly_hidden(tmp_path):
    first = write(tmp_path / "z.txt", "zed")
    second = write(tmp_path / ".hidden.txt", "named explicitly")
    items = run(first, second)
    assert [a.text for a in items] == ["zed", "named explicitly"]


def test_folder_without_supported_files(tmp_path):
    folder = tmp_path / "empty"
    write(folder / "notes.doc", "x")
    write(folder / ".hidden.txt", "x")
    good = write(tmp_path / "good.txt", STORY)
    items = run(folder, good)
    problem = only_error(items)
    assert problem.source == str(folder) and "no supported files" in problem.message
    assert ".jsonl" in problem.message
    assert articles(items)[0].source == str(good)


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson")


# --------------------------------------------------------------------------- bad inputs


def test_missing_path_and_others_still_read(tmp_path):
    good = write(tmp_path / "good.txt", STORY)
    missing = tmp_path / "nope.txt"
    items = run(missing, good)
    assert isinstance(items[0], InputError)
    assert items[0].source == str(missing) and "no such file" in items[0].message
    assert items[1].source == str(good)


def test_broken_symlink(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    problem = only_error(run(link))
    assert problem.source == str(link) and "broken symbolic link" in problem.message


def test_unreadable_file(tmp_path):
    bad = write(tmp_path / "locked.txt", STORY)
    good = write(tmp_path / "open.txt", STORY)
    bad.chmod(0)
    try:
        if os.access(bad, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        items = run(tmp_path)
    finally:
        bad.chmod(0o644)
    problem = only_error(items)
    assert problem.source == str(bad) and "permission denied" in problem.message
    assert articles(items)[0].source == str(good)


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    """The permission branch, also when the tests run as root."""
    bad = write(tmp_path / "locked.txt", STORY)
    good = write(tmp_path / "open.txt", STORY)
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == str(bad):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    items = run(bad, good)
    problem = only_error(items)
    assert problem.source == str(bad) and "permission denied" in problem.message
    assert problem.location is None
    assert articles(items)[0].source == str(good)


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    problem = only_error(run(fifo))
    assert problem.source == str(fifo) and "not a regular file" in problem.message


@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n", b"\xef\xbb\xbf \n"])
def test_empty_file(tmp_path, content):
    bad = write(tmp_path / "a.txt", content)
    good = write(tmp_path / "b.txt", STORY)
    items = run(tmp_path)
    problem = only_error(items)
    assert problem.source == str(bad) and "empty file" in problem.message
    assert articles(items)[0].source == str(good)


def test_empty_json_and_html_files(tmp_path):
    items = run(write(tmp_path / "a.json", "\n"), write(tmp_path / "b.html", ""))
    assert [("empty file" in e.message) for e in errors(items)] == [True, True]


def test_binary_file_with_nul(tmp_path):
    bad = write(tmp_path / "pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = write(tmp_path / "story.txt", STORY)
    items = run(tmp_path)
    problem = only_error(items)
    assert (problem.source, problem.location) == (str(bad), "byte 8")
    assert "binary file, not text" in problem.message
    assert articles(items)[0].source == str(good)


def test_binary_file_without_nul(tmp_path):
    rng = random.Random(7)
    noise = bytes(rng.randrange(1, 256) for _ in range(4000))
    bad = write(tmp_path / "noise.md", noise)
    problem = only_error(run(bad))
    assert problem.source == str(bad) and "binary file, not text" in problem.message


def test_utf16_file(tmp_path):
    bad = write(tmp_path / "a.txt", "\ufeffHello there".encode("utf-16-le"))
    problem = only_error(run(bad))
    assert problem.source == str(bad) and "UTF-16" in problem.message
    assert "re-save" in problem.message


def test_invalid_utf8_gives_byte_offset(tmp_path):
    bad = write(tmp_path / "a.txt", "Caf\u00e9 owner ".encode() + b"caf\xe9 society.\n")
    good = write(tmp_path / "b.txt", STORY)
    items = run(tmp_path)
    problem = only_error(items)
    assert (problem.source, problem.location) == (str(bad), "byte 15")
    assert "invalid UTF-8" in problem.message and "re-save the file as UTF-8" in problem.message
    assert str(problem) == f"{bad}:byte 15: {problem.message}"
    assert articles(items)[0].source == str(good)


def test_invalid_utf8_in_jsonl(tmp_path):
    bad = write(tmp_path / "a.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    problem = only_error(run(bad))
    assert (problem.source, problem.location) == (str(bad), "byte 28")


@pytest.mark.parametrize(
    ("content", "value"),
    [
        ("date 2025-13-45 The studio spoke.", "2025-13-45"),
        ("  date 30/01/2025 The studio spoke.", "30/01/2025"),
        ("date night drew a crowd.", "night"),
        ("\n\ndate 2025-02-29 Leap?", "2025-02-29"),
    ],
)
def test_malformed_date_marker(tmp_path, content, value):
    bad = write(tmp_path / "a.txt", content)
    good = write(tmp_path / "b.txt", "date 2024-02-29 A leap day.")
    items = run(tmp_path)
    problem = only_error(items)
    line = content.count("\n", 0, content.index("date")) + 1
    assert (problem.source, problem.location) == (str(bad), f"line {line}")
    assert f'"{value}"' in problem.message and "YYYY-MM-DD" in problem.message
    [article] = articles(items)
    assert (article.source, article.date) == (str(good), "2024-02-29")


def test_inputs_are_never_modified(tmp_path):
    paths = [
        write(tmp_path / "a.txt", "\ufeff date 2025-01-30 Text."),
        write(tmp_path / "b.md", "---\ntitle: T\n---\nBody."),
        write(tmp_path / "c.jsonl", '{"text": "x"}\nbad\n'),
        write(tmp_path / "d.html", HTML_PAGE),
    ]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    first = [str(x) for x in run(tmp_path)]
    second = [str(x) for x in run(tmp_path)]
    assert first == second  # deterministic
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before


def test_error_is_yielded_not_raised(tmp_path):
    generator = read_inputs([tmp_path / "missing"])
    assert isinstance(next(generator), InputError)
    with pytest.raises(StopIteration):
        next(generator)


@pytest.mark.parametrize("text, date", [
    ("Netflix Orders a Thriller\nBy Ana Ruiz | March 3, 2019\n\nThe streamer has ordered it.",
     "2019-03-03"),
    ("Netflix Orders a Thriller\nPublished 3 Sept. 2019\n\nThe streamer has ordered it.",
     "2019-09-03"),
    ("Netflix Orders a Thriller\n\nShe said in May 2019 that the streamer had ordered it.", None),
    ("Updated Feb 30, 2019\n\nNot a day.", None),
])
def test_a_byline_date_dates_an_article_without_a_marker(text, date):
    article = read_text(text, source="t.txt")
    assert article.date == date
    assert article.text == text  # the line stays in the text


def test_the_date_marker_wins_over_a_byline_date():
    assert read_text("date 2020-01-01 Headline\nBy Ana Ruiz | March 3, 2019\n\nText.",
                     source="t.txt").date == "2020-01-01"
