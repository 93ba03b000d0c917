"""Scoring an export against gold annotations (the README's "Gold annotations" format).

Names match after folding case, accents, punctuation, curly apostrophes and "&"/"and"; an
untitled sequel is "<Original> sequel" on both sides ("Untitled X sequel" and "sequel to X"
become "X sequel"). Across several gold files the union is the reference, and a role's
expected status is the one of the most recent article stating it.

Nothing here prints or exits: an unusable gold folder or file raises InputError naming it.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import InputError
from kg.names import fold

ROLE_NAMES = {
    "actor": "Actor",
    "director": "Director",
    "writer": "Writer",
    "producer": "Producer",
    "executive_producer": "ExecutiveProducer",
    "creator": "Creator",
    "showrunner": "Showrunner",
    "host": "Host",
    "composer": "Composer",
    "other": "OtherRole",
}
STATUS_NAMES = {
    "past": "Credited",
    "confirmed": "Confirmed",
    "in_talks": "InTalks",
    "expected": "Expected",
    "rumored": "Rumored",
    "interested": "Interested",
}
CATEGORIES = ("people", "works", "characters", "organizations", "roles")
NAME_LISTS = ("people", "characters", "organizations", "places")
GOLD_KEYS = (*NAME_LISTS, "works", "roles", "claims")


@dataclass
class Gold:
    people: set = field(default_factory=set)
    works: set = field(default_factory=set)
    characters: set = field(default_factory=set)
    organizations: set = field(default_factory=set)
    roles: dict = field(default_factory=dict)  # (work, person, type) -> [status, {chars}, date]
    quotes: list = field(default_factory=list)  # (claimant, quote, outlet)
    display: dict = field(default_factory=dict)  # folded -> as written
    files: int = 0


@dataclass
class Facts:
    people: set = field(default_factory=set)
    works: set = field(default_factory=set)
    characters: set = field(default_factory=set)
    organizations: set = field(default_factory=set)
    roles: dict = field(default_factory=dict)  # (work, person, type) -> ({statuses}, {chars})
    quotes: list = field(default_factory=list)  # (frozenset authors, quote, frozenset outlets)
    display: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------- names

_SEQUEL = (
    (re.compile(r"^(?:the )?untitled (.+) sequel$"), r"\1 sequel"),
    (re.compile(r"^(?:the )?(?:untitled )?sequel to (.+)$"), r"\1 sequel"),
)


def _key(name) -> str | None:
    return (fold(str(name)) or None) if name else None


def work_key(title) -> str | None:
    """The matching key of a work title: ``Untitled Paper Lanterns Sequel`` and ``sequel to
    Paper Lanterns`` are ``paper lanterns sequel``, as the data model names an untitled sequel."""
    key = _key(title)
    for pattern, repl in _SEQUEL:
        if key:
            key = pattern.sub(repl, key)
    return key


def _remember(display: dict, name, key=_key) -> str | None:
    folded = key(name)
    if folded:
        display.setdefault(folded, str(name))
    return folded


# ----------------------------------------------------------------------------- gold


def load_gold(folder: str | Path) -> Gold:
    """The union of every ``*.json`` gold file in ``folder``.

    Raises InputError (naming the folder or the file) when the folder is missing or holds no
    gold file, or when a file cannot be read or does not follow the format.
    """
    folder = Path(folder)
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "no such folder"
        raise InputError(f"{what}; give the folder of gold annotations", source=str(folder))
    files = sorted(p for p in folder.glob("*.json") if p.is_file())
    if not files:
        raise InputError(
            "no gold files (*.json) in this folder; give the folder of gold annotations",
            source=str(folder),
        )
    gold = Gold()
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from None
        except UnicodeDecodeError:
            raise InputError("invalid UTF-8; re-save the file as UTF-8", source=str(path)) from None
        except json.JSONDecodeError as exc:
            raise InputError(
                f"malformed JSON at column {exc.colno}: {exc.msg}",
                source=str(path),
                location=f"line {exc.lineno}",
            ) from None
        problem = gold_problem(doc)
        if problem:
            raise InputError(f"not a gold annotation file: {problem}", source=str(path))
        _add_gold(gold, doc)
        gold.files += 1
    return gold


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def gold_problem(doc) -> str | None:
    """What is wrong with one parsed gold file, or None when it follows the format."""
    if not isinstance(doc, dict):
        return "the top level must be a JSON object"
    if not any(k in doc for k in GOLD_KEYS):
        return f"none of the keys {', '.join(GOLD_KEYS)}"
    for key in GOLD_KEYS:
        if not isinstance(doc.get(key, []), list):
            return f"'{key}' must be a list"
    for key in NAME_LISTS:
        for i, name in enumerate(doc.get(key, [])):
            if not _text(name):
                return f"{key}[{i}] must be a name (a non-empty string)"
    for i, work in enumerate(doc.get("works", [])):
        if not isinstance(work, dict) or not _text(work.get("title")):
            return f'works[{i}] must be an object with a "title"'
    for i, role in enumerate(doc.get("roles", [])):
        problem = _role_problem(role)
        if problem:
            return f"roles[{i}]: {problem}"
    for i, claim in enumerate(doc.get("claims", [])):
        if not isinstance(claim, dict):
            return f"claims[{i}] must be an object"
        for key in ("claimant", "quote", "outlet"):
            if claim.get(key) is not None and not _text(claim[key]):
                return f"claims[{i}]: '{key}' must be a string or null"
    return None


def _role_problem(role) -> str | None:
    if not isinstance(role, dict):
        return "must be an object"
    for key in ("work", "person"):
        if not _text(role.get(key)):
            return f"'{key}' is missing"
    if role.get("role") not in ROLE_NAMES:
        return f"unknown role {role.get('role')!r} (one of {', '.join(ROLE_NAMES)})"
    if role.get("status") is not None and role["status"] not in STATUS_NAMES:
        return f"unknown status {role['status']!r} (one of {', '.join(STATUS_NAMES)} or null)"
    if role.get("character") is not None and not _text(role["character"]):
        return "'character' must be a name or null"
    return None


def _add_gold(gold: Gold, doc: dict) -> None:
    date = str(doc.get("date") or "")
    show = gold.display
    for cat in ("people", "characters", "organizations"):
        getattr(gold, cat).update(_remember(show, n) for n in doc.get(cat, []))
    gold.works.update(_remember(show, w["title"], work_key) for w in doc.get("works", []))
    for r in doc.get("roles", []):
        key = (
            _remember(show, r["work"], work_key),
            _remember(show, r["person"]),
            ROLE_NAMES[r["role"]],
        )
        status = STATUS_NAMES.get(r.get("status") or "")
        char = _remember(show, r.get("character"))
        have = gold.roles.setdefault(key, [None, set(), ""])
        if char:
            have[1].add(char)
        if status and date >= have[2]:  # the most recent article stating a status wins
            have[0], have[2] = status, date
    for c in doc.get("claims", []):
        if c.get("quote"):
            speaker = _remember(show, c.get("claimant"))
            gold.quotes.append((speaker, c["quote"], _remember(show, c.get("outlet"))))
    for cat in CATEGORIES[:4]:
        getattr(gold, cat).discard(None)


# ----------------------------------------------------------------------------- the graph

FACTS_QUERY = {
    "people": "SELECT ?n WHERE { ?x a schema:Person ; schema:name ?n }",
    "works": "SELECT ?n WHERE { VALUES ?t { schema:Movie schema:TVSeries kg:Play "
    "schema:CreativeWork } ?x a ?t ; schema:name ?n }",
    "characters": "SELECT ?n WHERE { ?x a kg:Character ; schema:name ?n }",
    "organizations": "SELECT ?n WHERE { ?x a schema:Organization ; schema:name ?n }",
}
ROLES_QUERY = """SELECT ?w ?p ?t ?s ?c WHERE {
  ?r a kg:Role ; kg:work/schema:name ?w ; kg:agent/schema:name ?p ; kg:roleType ?t .
  OPTIONAL { ?r kg:status ?s } OPTIONAL { ?r kg:character/schema:name ?c } }"""
QUOTES_QUERY = """SELECT ?x ?q ?a ?o WHERE { ?x a kg:Claim ; kg:quote ?q .
  OPTIONAL { ?x schema:author/schema:name ?a } OPTIONAL { ?x kg:statedIn/schema:name ?o } }"""
PREFIXES = {"kg": "https://w3id.org/newskg/ontology#", "schema": "https://schema.org/"}


def _local(iri) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _union(graph: Graph) -> Graph:
    """A dataset's statements of every graph (default and named) as one graph."""
    if not graph.context_aware:
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def graph_facts(graph: Graph) -> Facts:
    """What an export says, in the terms of the gold format (a Dataset's graphs are merged)."""
    graph = _union(graph)
    facts = Facts()
    show = facts.display
    for cat, query in FACTS_QUERY.items():
        key = work_key if cat == "works" else _key
        getattr(facts, cat).update(
            _remember(show, r[0], key) for r in graph.query(query, initNs=PREFIXES)
        )
        getattr(facts, cat).discard(None)
    for w, p, t, s, c in graph.query(ROLES_QUERY, initNs=PREFIXES):
        key = (_remember(show, w, work_key), _remember(show, p), _local(t))
        statuses, chars = facts.roles.setdefault(key, (set(), set()))
        if s is not None:
            statuses.add(_local(s))
        if c is not None:
            chars.add(_remember(show, c))
    claims: dict = {}
    for x, q, a, o in graph.query(QUOTES_QUERY, initNs=PREFIXES):
        authors, outlets = claims.setdefault((x, str(q)), (set(), set()))
        if a is not None:
            authors.add(_remember(show, a))
        if o is not None:
            outlets.add(_remember(show, o))
    facts.quotes = sorted(
        ((frozenset(a), q, frozenset(o)) for (_x, q), (a, o) in claims.items()),
        key=lambda f: (f[1], sorted(f[0]), sorted(f[2])),
    )
    return facts


# ----------------------------------------------------------------------------- scores


def prf(found: set, gold: set) -> dict:
    tp = len(found & gold)
    p = tp / len(found) if found else (1.0 if not gold else 0.0)
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "found": len(found),
        "gold": len(gold),
        "matched": tp,
    }


def quote_match(a: str, b: str) -> bool:
    """Two quotations match when one contains the other, word for word (after folding)."""
    x, y = fold(a), fold(b)
    return bool(x and y) and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")


def _best_quote(gold_quote: str, quotes: list):
    """The extracted quote that matches a gold one most closely (None when none does)."""
    size = len(fold(gold_quote))
    hits = [f for f in quotes if quote_match(f[1], gold_quote)]
    return min(hits, key=lambda f: abs(len(fold(f[1])) - size), default=None)


def _right_speaker(g, f) -> bool:
    return f[0] == ({g[0]} if g[0] else set())


def _right_outlet(g, f) -> bool:
    return f[2] == ({g[2]} if g[2] else set())


def _status_scored(gold: Gold, facts: Facts) -> list:
    matched = set(facts.roles) & set(gold.roles)
    return sorted(k for k in matched if gold.roles[k][0])


def _character_scored(gold: Gold, facts: Facts) -> list:
    matched = set(facts.roles) & set(gold.roles)
    return sorted(k for k in matched if gold.roles[k][1] or facts.roles[k][1])


def score(gold: Gold, facts: Facts) -> dict:
    """Precision/recall/F1 per category, role detail accuracy and quote attribution."""
    out = {cat: prf(getattr(facts, cat), getattr(gold, cat)) for cat in CATEGORIES[:4]}
    out["roles"] = prf(set(facts.roles), set(gold.roles))
    chars = _character_scored(gold, facts)
    statuses = _status_scored(gold, facts)
    right_chars = sum(1 for k in chars if facts.roles[k][1] == gold.roles[k][1])
    right_statuses = sum(1 for k in statuses if facts.roles[k][0] == {gold.roles[k][0]})
    out["character_accuracy"] = _share(right_chars, len(chars))
    out["characters_right"], out["characters_scored"] = right_chars, len(chars)
    out["status_accuracy"] = _share(right_statuses, len(statuses))
    out["statuses_right"], out["statuses_scored"] = right_statuses, len(statuses)
    hits = [(g, f) for g in gold.quotes if (f := _best_quote(g[1], facts.quotes))]
    real = [f for f in facts.quotes if any(quote_match(f[1], g[1]) for g in gold.quotes)]
    out["quotes"] = {
        "gold": len(gold.quotes),
        "found": len(hits),
        "recall": _share(len(hits), len(gold.quotes)),
        "right_speaker": sum(1 for g, f in hits if _right_speaker(g, f)),
        "speaker_accuracy": _share(sum(1 for g, f in hits if _right_speaker(g, f)), len(hits)),
        "right_outlet": sum(1 for g, f in hits if _right_outlet(g, f)),
        "outlet_accuracy": _share(sum(1 for g, f in hits if _right_outlet(g, f)), len(hits)),
        "extracted": len(facts.quotes),
        "real": len(real),
        "precision": _share(len(real), len(facts.quotes)),
    }
    return out


def details(gold: Gold, facts: Facts) -> dict:
    """What was missed, what was spurious and what was wrong, per category: gold names as the
    gold writes them, kg's as the graph does."""
    as_gold = {**facts.display, **gold.display}
    as_kg = {**gold.display, **facts.display}

    def name(key, show=as_gold) -> str:
        return show.get(key, key) if key else "(none)"

    def names(keys, show=as_kg) -> str:
        return " & ".join(sorted(name(k, show) for k in keys)) or "(none)"

    def role(k, show=as_gold) -> str:
        return f"{name(k[1], show)} / {k[2]} / {name(k[0], show)}"

    out = {}
    for cat in CATEGORIES[:4]:
        g, f = getattr(gold, cat), getattr(facts, cat)
        out[cat] = {
            "missed": sorted(name(k) for k in g - f),
            "spurious": sorted(name(k, as_kg) for k in f - g),
        }
    out["roles"] = {
        "missed": sorted(role(k) for k in set(gold.roles) - set(facts.roles)),
        "spurious": sorted(role(k, as_kg) for k in set(facts.roles) - set(gold.roles)),
    }
    wrong_status = [
        f"{role(k)}: status {names(facts.roles[k][0])} (gold {gold.roles[k][0]})"
        for k in _status_scored(gold, facts)
        if facts.roles[k][0] != {gold.roles[k][0]}
    ]
    wrong_char = [
        f"{role(k)}: character {names(facts.roles[k][1])} (gold {names(gold.roles[k][1], as_gold)})"
        for k in _character_scored(gold, facts)
        if facts.roles[k][1] != gold.roles[k][1]
    ]
    out["roles"]["wrong"] = sorted(wrong_status + wrong_char)
    misattributed = []
    for g in gold.quotes:
        f = _best_quote(g[1], facts.quotes)
        if f and not (_right_speaker(g, f) and _right_outlet(g, f)):
            misattributed.append(
                f"\u201c{_clip(g[1])}\u201d by {names(f[0])} @ {names(f[2])} "
                f"(gold {name(g[0])} @ {name(g[2])})"
            )
    out["quotes"] = {
        "missed": [g[1] for g in gold.quotes if not _best_quote(g[1], facts.quotes)],
        "spurious": [
            f[1] for f in facts.quotes if not any(quote_match(f[1], g[1]) for g in gold.quotes)
        ],
        "wrong": misattributed,
    }
    return out


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 1.0


# ----------------------------------------------------------------------------- text


def table(scores: dict) -> str:
    """A plain-text table of the scores, for a person."""
    lines = [f"{'category':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'found':>7}{'gold':>6}"]
    for cat in CATEGORIES:
        s = scores[cat]
        lines.append(
            f"{cat:<16}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}"
            f"{s['found']:>7}{s['gold']:>6}"
        )
    q = scores["quotes"]

    def row(label: str, value: float, n: int, d: int, what: str = "") -> str:
        return f"{label:<25}{value:.3f}  ({n} of {d}{what})"

    lines += [
        "",
        row(
            "role character accuracy",
            scores["character_accuracy"],
            scores["characters_right"],
            scores["characters_scored"],
            " matched roles with a character",
        ),
        row(
            "role status accuracy",
            scores["status_accuracy"],
            scores["statuses_right"],
            scores["statuses_scored"],
            " matched roles with a gold status",
        ),
        row("gold quotes found", q["recall"], q["found"], q["gold"]),
        row("  right speaker", q["speaker_accuracy"], q["right_speaker"], q["found"]),
        row("  right outlet", q["outlet_accuracy"], q["right_outlet"], q["found"]),
        row("extracted quotes real", q["precision"], q["real"], q["extracted"]),
    ]
    return "\n".join(lines)


def details_text(found: dict) -> str:
    """The output of :func:`details` as lines ``category  missed|spurious|wrong  item``."""
    lines = []
    for cat, kinds in found.items():
        for kind in ("missed", "spurious", "wrong"):
            lines += [f"{cat:<14}{kind:<10}{item}" for item in kinds.get(kind, [])]
    return "\n".join(lines)
