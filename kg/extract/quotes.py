"""Quotation marks: which quoted stretches are speech and which are titles.

Works on the raw text (character offsets), so it is exact about what a reader sees.
"""

import re
from dataclasses import dataclass

DOUBLE_OPEN, DOUBLE_CLOSE = "\u201c", "\u201d"
SINGLES = "'\u2018\u2019"
SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "vs",
    "is",
    "it",
    "as",
    "but",
    "nor",
    "&",
}
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner`` is the words inside."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    double: bool  # double quotation marks (speech or title), else single (mostly titles)
    open_ended: bool = False  # runs on to the next paragraph without a closing mark


# Small words of titles in other languages ("Ferro e Miele", "La Vie en Rose")
FOREIGN_SMALL_WORDS = {"e", "di", "da", "del", "della", "la", "le", "les", "de", "du", "des",
                       "y", "et", "und", "och", "el", "il", "lo", "en", "og", "van", "der"}


def looks_like_title(words: str) -> bool:
    """True for title-cased short phrases ("Emily in Paris"), false for speech."""
    tokens = _WORD.findall(words)
    if not tokens or len(tokens) > 10 or not tokens[0][0].isupper():
        return False
    content = [t for t in tokens if t.lower() not in SMALL_WORDS | FOREIGN_SMALL_WORDS]
    if not content:
        return False
    capped = sum(1 for t in content if t[0].isupper() or t[0].isdigit())
    stripped = words.strip()
    if len(tokens) > 3 and stripped.endswith((".", "!", "?")) and not stripped.endswith("..."):
        return False
    return capped / len(content) >= 0.75


def _paragraphs(text: str):
    start = 0
    for match in _PARAGRAPH.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _double_quotes(text: str, lo: int, hi: int) -> list[Quoted]:
    found, opened, _straight = [], None, False
    for i in range(lo, hi):
        c = text[i]
        if c == DOUBLE_OPEN or (c == '"' and opened is None):
            if opened is not None and c == DOUBLE_OPEN:
                continue  # a stray second opener: keep the first
            opened, _straight = i, c == '"'
        elif (c == DOUBLE_CLOSE or c == '"') and opened is not None:
            found.append(Quoted(opened, i + 1, opened + 1, i, True))
            opened = None
    if opened is not None and hi - opened > 2:
        found.append(Quoted(opened, hi, opened + 1, hi, True, open_ended=True))
    return found


def _is_opening_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([\u201c\u2014-:"') and not after.isspace()


def _is_closing_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalpha() and after.isalpha():
        return False  # an apostrophe inside a word
    return not before.isspace() and (
        after.isspace() or after in '.,;:!?)]\u201d"' or i + 1 == len(text)
    )


def _single_quotes(text: str, lo: int, hi: int) -> list[Quoted]:
    found, opened = [], None
    for i in range(lo, hi):
        c = text[i]
        if c not in SINGLES:
            continue
        if opened is None:
            if c != "\u2019" and _is_opening_single(text, i):
                opened = i
        elif _is_closing_single(text, i) and c != "\u2018":
            if len(_WORD.findall(text[opened + 1 : i])) <= 12:
                found.append(Quoted(opened, i + 1, opened + 1, i, False))
            opened = None
    return found


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch in ``text``, in order, double and single marks."""
    found = []
    for lo, hi in _paragraphs(text):
        found.extend(_double_quotes(text, lo, hi))
        found.extend(_single_quotes(text, lo, hi))
    return sorted(found, key=lambda q: (q.start, -q.end))
