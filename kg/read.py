"""The reading stage: turn files, folders and standard input into :class:`Article` objects.

This module is a library: it never prints and never exits. :func:`read_inputs` streams one
:class:`~kg.article.Article` per article and *yields* (does not raise) one
:class:`~kg.errors.InputError` per problem, so a caller can report it and carry on with the
other inputs.

Formats
-------
* Plain text (``.txt``) and markdown (``.md``): UTF-8, an optional leading date marker
  ``date YYYY-MM-DD`` sharing its line with the first sentence, and (markdown form) an
  optional front matter block between ``---`` lines with ``date``/``url``/``title``/
  ``publisher`` keys. See :func:`read_text`.
* HTML (``.html``, ``.htm``): main text and metadata extracted offline with trafilatura.
* JSON (``.json``): one object or an array of objects; JSON Lines (``.jsonl``, ``.ndjson``):
  one object per line. Each record needs a non-empty string ``text`` and may have ``date``,
  ``url``, ``title`` and ``publisher``.

Anything else named explicitly, and standard input (``-``), is sniffed: JSON / JSON Lines if
it starts with ``{`` or ``[``, HTML if it starts with ``<``, else plain text.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.article import Article
from kg.errors import InputError

__all__ = ["SUPPORTED_SUFFIXES", "read_inputs", "read_text"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson")

STDIN_SOURCE = "<stdin>"

_TEXT_SUFFIXES = (".txt", ".md")
_HTML_SUFFIXES = (".html", ".htm")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_RECORD_FIELDS = ("date", "url", "title", "publisher")

_BOM = "\ufeff"
_DATE_FORM = "write it as YYYY-MM-DD (e.g. 2025-01-30)"

# The date marker: optional white space, the word ``date``, spaces, one token (the value),
# and the white space after it. The token is checked separately so that a marker-like
# ``date`` followed by something else is reported, not silently kept as text.
_MARKER = re.compile(r"\A\s*date[ \t]+(?P<value>\S+)\s*")
_DATE = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\S+))?")

_FENCE = re.compile(r"---[ \t]*")
_FENCE_END = re.compile(r"(?:---|\.\.\.)[ \t]*")
_FM_KEY = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*))?[ \t]*")

# Share of characters (in the sample) that are control characters or undecodable bytes
# above which a file is taken to be binary rather than text.
_BINARY_SHARE = 0.30
_SNIFF_BYTES = 8192


# --------------------------------------------------------------------------- public API


def read_inputs(
    inputs: Iterable[str | Path], *, stdin: BinaryIO | None = None
) -> Iterator[Article | InputError]:
    """Read every input in order, yielding articles and the problems met on the way.

    ``inputs`` are paths (files or folders) or ``-`` for standard input (``stdin``, bytes;
    by default ``sys.stdin.buffer``). A folder is walked recursively in sorted path order,
    taking files whose suffix is in :data:`SUPPORTED_SUFFIXES` (case-insensitive) and
    skipping hidden files and folders. A file named explicitly with another suffix is
    sniffed. Nothing is ever modified.
    """
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(stdin)
            continue
        path = Path(item)
        source = str(item)
        try:
            info = path.stat()
        except FileNotFoundError:
            if os.path.islink(path):
                yield InputError(
                    "broken symbolic link (its target does not exist); fix or remove the link",
                    source=source,
                )
            else:
                yield InputError("no such file or folder; check the path", source=source)
            continue
        except PermissionError:
            yield InputError(
                "cannot reach this path: permission denied; check the folder permissions",
                source=source,
            )
            continue
        except OSError as exc:
            yield InputError(f"cannot read: {_reason(exc)}; check the path", source=source)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _read_folder(path)
        elif stat.S_ISREG(info.st_mode):
            yield from _read_file(path, source, sniff=path.suffix.lower() not in SUPPORTED_SUFFIXES)
        else:
            yield InputError(
                "not a regular file or folder; name a file, a folder or - for standard input",
                source=source,
            )


def read_text(text: str, *, source: str) -> Article:
    """Build an article from text in the plain-text/markdown form.

    A leading BOM is dropped. A front matter block (a first line ``---``, ``key: value``
    lines, a closing ``---`` or ``...`` line) gives ``date``, ``url``, ``title`` and
    ``publisher``; it and the blank lines after it are removed. Then an optional date
    marker ``date YYYY-MM-DD`` may stand first; it and the white space around it are
    removed. The rest is kept exactly as is (evidence offsets count code points in it).

    Raises :class:`InputError` for empty text, a malformed date, or a date marker that
    disagrees with the front matter.
    """
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        raise InputError("empty text; give the article text", source=source)
    meta: dict[str, str | None] = dict.fromkeys(_RECORD_FIELDS)
    line_base = 1  # line number (in the input) of the first line of ``text``
    front = _split_front_matter(text)
    if front is not None:
        fields, body, body_line = front
        for key, (value, line) in fields.items():
            if key == "date":
                meta["date"] = _check_date(
                    value, source=source, location=f"line {line}", where="in the front matter"
                )
            else:
                meta[key] = value
        stripped = body.lstrip()
        body_line += body[: len(body) - len(stripped)].count("\n")
        text, line_base = stripped, body_line
        if not text:
            raise InputError(
                "no article text after the front matter; add the text below the closing ---",
                source=source,
            )
    match = _MARKER.match(text)
    if match:
        value = match.group("value")
        line = line_base + text[: match.start("value")].count("\n")
        date = _check_date(
            value,
            source=source,
            location=f"line {line}",
            where="in the date marker (the text starts with the word date)",
        )
        if meta["date"] is not None and meta["date"] != date:
            raise InputError(
                f"date marker {date} disagrees with the front matter date {meta['date']}; "
                "keep one of them",
                source=source,
                location=f"line {line}",
            )
        meta["date"] = date
        text = text[match.end() :]
        if not text:
            raise InputError(
                "no article text after the date marker; put the text after the date on the "
                "same line",
                source=source,
                location=f"line {line}",
            )
    if meta["date"] is None:
        meta["date"] = dateline(text)
    return Article(text=text, source=source, **meta)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATELINE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b",
    re.IGNORECASE,
)


def dateline(text: str) -> str | None:
    """The date of a byline or dateline among the first four lines, if short ("By Ana Ruiz |
    March 3, 2019", "Published 3 March 2019", "2019-03-03"), as YYYY-MM-DD, or None. The
    text keeps the line; a story's own sentences (long lines) are not searched."""
    for line in text.splitlines()[:4]:
        if not line.strip() or len(line) > 120:
            continue
        m = _DATELINE.search(line)
        if not m:
            continue
        if m.group("iso"):
            value = m.group("iso")
        else:
            month = (m.group("month") or m.group("month2")).lower()[:3]
            day, year = m.group("day") or m.group("day2"), m.group("year") or m.group("year2")
            number = [x[:3] for x in _MONTHS].index(month) + 1
            value = f"{year}-{number:02d}-{int(day):02d}"
        try:
            return _check_date(value, source="", location=None, where="")
        except InputError:
            return None
    return None


# --------------------------------------------------------------------------- walking


def _read_folder(folder: Path) -> Iterator[Article | InputError]:
    found = False
    for entry in _walk(folder):
        if isinstance(entry, InputError):
            yield entry
            continue
        found = True
        yield from _read_file(entry, str(entry), sniff=False)
    if not found:
        yield InputError(
            "folder has no supported files ("
            + ", ".join(SUPPORTED_SUFFIXES)
            + "); add some or name the files directly",
            source=str(folder),
        )


def _walk(folder: Path) -> Iterator[Path | InputError]:
    """Supported, non-hidden files under ``folder``, depth first, entries sorted by name.

    Symbolic links to files are followed; symbolic links to folders are not descended into
    (they could loop).
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except PermissionError:
        yield InputError(
            "cannot read folder: permission denied; check its permissions", source=str(folder)
        )
        return
    except OSError as exc:
        yield InputError(f"cannot read folder: {_reason(exc)}", source=str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path)
        elif os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES:
            yield path


# --------------------------------------------------------------------------- files


def _read_stdin(stdin: BinaryIO | None) -> Iterator[Article | InputError]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read()
    except OSError as exc:
        yield InputError(f"cannot read standard input: {_reason(exc)}", source=STDIN_SOURCE)
        return
    if isinstance(data, str):  # a text stream was passed after all
        data = data.encode("utf-8")
    yield from _read_bytes(data, STDIN_SOURCE, kind=None)


def _read_file(path: Path, source: str, *, sniff: bool) -> Iterator[Article | InputError]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except PermissionError:
        yield InputError(
            "cannot read file: permission denied; check the file's permissions", source=source
        )
        return
    except FileNotFoundError:
        yield InputError("no such file (it vanished while reading); check the path", source=source)
        return
    except IsADirectoryError:
        yield InputError("is a folder, not a file", source=source)
        return
    except OSError as exc:
        yield InputError(f"cannot read file: {_reason(exc)}", source=source)
        return
    yield from _read_bytes(data, source, kind=None if sniff else _kind_of(path.suffix.lower()))


def _kind_of(suffix: str) -> str:
    if suffix in _TEXT_SUFFIXES:
        return "text"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    return "json"


def _read_bytes(data: bytes, source: str, *, kind: str | None) -> Iterator[Article | InputError]:
    """Decode ``data`` and dispatch on ``kind`` (None: sniff the format)."""
    try:
        text = _decode(data, source)
    except InputError as problem:
        yield problem
        return
    if kind is None:
        kind = _sniff(text)
    if kind == "html":
        yield _guard(_read_html, text, source)
    elif kind == "text":
        yield _guard(read_text, text, source=source)
    elif kind == "jsonl":
        yield from _read_json_lines(text, source)
    elif kind == "json":
        yield from _read_json(text, source)
    else:  # "json?": sniffed JSON, either a document or JSON Lines
        yield from _read_json_or_lines(text, source)


def _guard(func, *args, **kwargs) -> Article | InputError:
    try:
        return func(*args, **kwargs)
    except InputError as problem:
        return problem


def _decode(data: bytes, source: str) -> str:
    """UTF-8 text of ``data`` without its BOM; InputError for empty, binary or bad input."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("file is UTF-16 encoded, not UTF-8; re-save it as UTF-8", source=source)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            "binary file, not text (NUL byte); give a text, markdown, HTML or JSON file",
            source=source,
            location=f"byte {nul}",
        )
    if _mostly_non_text(data[:_SNIFF_BYTES]):
        raise InputError(
            "binary file, not text; give a text, markdown, HTML or JSON file", source=source
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"invalid UTF-8 (byte 0x{data[exc.start]:02x}); re-save the file as UTF-8",
            source=source,
            location=f"byte {exc.start}",
        ) from None
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(
            "empty file (nothing but white space); add the article text", source=source
        )
    return text


def _mostly_non_text(sample: bytes) -> bool:
    """True when control characters and undecodable bytes make up much of ``sample``.

    Very short samples are left to the UTF-8 check (a few accented Latin-1 letters in a
    short line must read as "invalid UTF-8", not "binary").
    """
    decoded = sample.decode("utf-8", errors="replace")
    if len(decoded) < 16:
        return False
    bad = sum(
        1
        for ch in decoded
        if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f\v") or ch == "\x7f"
    )
    return bad / len(decoded) > _BINARY_SHARE


def _sniff(text: str) -> str:
    head = text.lstrip()
    if head.startswith(("{", "[")):
        return "json?"
    if head.startswith("<"):
        return "html"
    return "text"


# --------------------------------------------------------------------------- plain text


def _split_front_matter(text: str) -> tuple[dict[str, tuple[str | None, int]], str, int] | None:
    """Split a well-formed front matter block off ``text``.

    Returns (fields, body, line number of the body's first line), or None when ``text``
    does not open with a front matter block (then it is plain text, kept as is). Only the
    keys date/url/title/publisher are kept; other keys, comments, indented and list lines
    are ignored. A block whose lines are not of that shape is not front matter.
    """
    lines = text.split("\n")
    if not lines or not _FENCE.fullmatch(lines[0].rstrip("\r")):
        return None
    fields: dict[str, tuple[str | None, int]] = {}
    for index in range(1, len(lines)):
        line = lines[index].rstrip("\r")
        if _FENCE_END.fullmatch(line):
            body = "\n".join(lines[index + 1 :])
            return fields, body, index + 2
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in (" ", "\t", "-"):
            continue
        match = _FM_KEY.fullmatch(line)
        if not match:
            return None
        key = match.group("key").lower()
        if key in _RECORD_FIELDS:
            fields[key] = (_unquote(match.group("value") or ""), index + 1)
    return None


def _unquote(value: str) -> str | None:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1].strip()
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    return value


def _check_date(value: object, *, source: str, location: str | None, where: str) -> str | None:
    """The date as YYYY-MM-DD, or InputError quoting the bad value.

    Accepts ``YYYY-MM-DD`` and an ISO 8601 date-time starting with it (the time is dropped).
    """
    if value is None:
        return None
    if isinstance(value, str):
        match = _DATE.fullmatch(value.strip())
        if match:
            try:
                _dt.date.fromisoformat(match.group("day"))
                if match.group("time"):
                    stamp = value.strip()
                    if stamp.endswith(("Z", "z")):
                        stamp = stamp[:-1] + "+00:00"
                    _dt.datetime.fromisoformat(stamp)
            except ValueError:
                pass
            else:
                return match.group("day")
        shown = value if len(value) <= 40 else value[:37] + "..."
        shown = json.dumps(shown, ensure_ascii=False)
    else:
        shown = json.dumps(value, ensure_ascii=False)[:40]
    raise InputError(
        f"malformed date {shown} {where}; {_DATE_FORM}", source=source, location=location
    )


# --------------------------------------------------------------------------- HTML


def _read_html(html: str, source: str) -> Article:
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml.html.clean missing
        raise InputError(
            f"cannot read HTML: trafilatura is not usable ({exc}); install it with its "
            "dependencies",
            source=source,
        ) from None
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,  # only dates marked up as such, no guessing
                "max_date": "2999-12-31",  # not "today": the same input reads the same
            },
        )
    except Exception as exc:  # a third-party parser: never let it take the run down
        raise InputError(
            f"cannot parse HTML ({type(exc).__name__}: {exc}); check the file", source=source
        ) from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(
            "no main text found in this HTML page; save the article page itself, or give "
            "its text as .txt",
            source=source,
        )
    date = _check_date(
        _blank_to_none(doc.date), source=source, location=None, where="in the HTML metadata"
    )
    return Article(
        text=text,
        source=source,
        date=date,
        url=_blank_to_none(doc.url),
        title=_blank_to_none(doc.title),
        publisher=_blank_to_none(doc.sitename),
    )


def _blank_to_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


# --------------------------------------------------------------------------- JSON


def _read_json_or_lines(text: str, source: str) -> Iterator[Article | InputError]:
    """Sniffed JSON: a whole document if it parses as one, else JSON Lines.

    It is taken as JSON Lines when the first non-blank line is a JSON object on its own
    (so a bad later line is reported for that line and the others still read).
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        first = next((line for line in text.split("\n") if line.strip()), "")
        try:
            first_value = json.loads(first)
        except json.JSONDecodeError:
            first_value = None
        if isinstance(first_value, dict):
            yield from _read_json_lines(text, source)
        else:
            yield _json_error(exc, source)
        return
    yield from _records_of(value, source)


def _read_json(text: str, source: str) -> Iterator[Article | InputError]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = _json_error(exc, source)
        if exc.msg == "Extra data":
            problem = InputError(
                problem.message + " (JSON Lines? name the file .jsonl)",
                source=problem.source,
                location=problem.location,
            )
        yield problem
        return
    yield from _records_of(value, source)


def _records_of(value: object, source: str) -> Iterator[Article | InputError]:
    if isinstance(value, dict):
        yield _guard(_record, value, source=source, location=None, article_source=source)
    elif isinstance(value, list):
        if not value:
            yield InputError("empty JSON array; give at least one record", source=source)
        for number, item in enumerate(value, start=1):
            location = f"item {number}"
            yield _guard(
                _record,
                item,
                source=source,
                location=location,
                article_source=f"{source}:{location}",
            )
    else:
        yield InputError(
            f"JSON {_json_type(value)} at top level; give an object or an array of objects",
            source=source,
        )


def _read_json_lines(text: str, source: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        location = f"line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(
                f"malformed JSON: {exc.msg}; fix or remove this line",
                source=source,
                location=f"{location}, column {exc.colno}",
            )
            continue
        yield _guard(
            _record, value, source=source, location=location, article_source=f"{source}:{location}"
        )


def _json_error(exc: json.JSONDecodeError, source: str) -> InputError:
    return InputError(
        f"malformed JSON: {exc.msg}; fix the JSON syntax",
        source=source,
        location=f"line {exc.lineno}, column {exc.colno}",
    )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _record(value: object, *, source: str, location: str | None, article_source: str) -> Article:
    """One JSON record as an article; InputError names ``source`` and ``location``."""
    if not isinstance(value, dict):
        raise InputError(
            f"record is a JSON {_json_type(value)}, not an object; give an object with a "
            '"text" field',
            source=source,
            location=location,
        )
    if "text" not in value:
        raise InputError(
            'record has no "text" field; add the article text as "text"',
            source=source,
            location=location,
        )
    text = value["text"]
    if not isinstance(text, str):
        raise InputError(
            f'"text" is a JSON {_json_type(text)}, not a string; give the article text as a string',
            source=source,
            location=location,
        )
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(
            '"text" is empty; give the article text or remove the record',
            source=source,
            location=location,
        )
    meta: dict[str, str | None] = {}
    for field in _RECORD_FIELDS:
        raw = value.get(field)
        if field == "date":
            if isinstance(raw, str) and not raw.strip():
                raw = None
            meta["date"] = _check_date(
                raw, source=source, location=location, where='in the "date" field'
            )
            continue
        if raw is not None and not isinstance(raw, str):
            raise InputError(
                f'"{field}" is a JSON {_json_type(raw)}, not a string; give it as a string or '
                "leave it out",
                source=source,
                location=location,
            )
        meta[field] = _blank_to_none(raw)
    return Article(text=text, source=article_source, **meta)


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)
