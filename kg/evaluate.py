"""Scoring an export against gold annotations (the format of the README's "Gold format").

Names match after folding case, accents, punctuation, curly apostrophes and "&"/"and"; an
untitled sequel is "<Original> sequel" on both sides. Across several gold files the union is
the reference, and a role's expected status is the one of the most recent article stating it.
"""

import json
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


@dataclass
class Gold:
    people: set = field(default_factory=set)
    works: set = field(default_factory=set)
    characters: set = field(default_factory=set)
    organizations: set = field(default_factory=set)
    roles: dict = field(default_factory=dict)  # (work, person, type) -> (status, character, date)
    quotes: list = field(default_factory=list)  # (claimant, quote, outlet)
    display: dict = field(default_factory=dict)  # folded -> as written


@dataclass
class Facts:
    people: set = field(default_factory=set)
    works: set = field(default_factory=set)
    characters: set = field(default_factory=set)
    organizations: set = field(default_factory=set)
    roles: dict = field(default_factory=dict)  # (work, person, type) -> (status, character)
    quotes: list = field(default_factory=list)  # (author, quote, outlet)
    display: dict = field(default_factory=dict)


def _key(name) -> str | None:
    return fold(str(name)) if name else None


def load_gold(folder: str | Path) -> Gold:
    """The union of every ``*.json`` gold file in ``folder``; raises InputError."""
    folder = Path(folder)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise InputError(
            "no gold files (*.json) found; give the folder of gold annotations", source=str(folder)
        )
    gold = Gold()
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            _add_gold(gold, doc)
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"not a gold annotation file ({exc})", source=str(path)) from None
    return gold


def _remember(display: dict, name) -> str | None:
    key = _key(name)
    if key:
        display.setdefault(key, str(name))
    return key


def _add_gold(gold: Gold, doc: dict) -> None:
    date = doc.get("date") or ""
    for cat in ("people", "characters", "organizations"):
        getattr(gold, cat).update(_remember(gold.display, n) for n in doc.get(cat, []))
    gold.works.update(_remember(gold.display, w["title"]) for w in doc.get("works", []))
    for r in doc.get("roles", []):
        key = (
            _remember(gold.display, r["work"]),
            _remember(gold.display, r["person"]),
            ROLE_NAMES.get(r["role"], "OtherRole"),
        )
        status = STATUS_NAMES.get(r.get("status") or "", None)
        char = _remember(gold.display, r.get("character"))
        have = gold.roles.get(key)
        if have is None or (date, status is not None) >= (have[2], have[0] is not None):
            keep_char = char or (have[1] if have else None)
            gold.roles[key] = (status or (have[0] if have else None), keep_char, date)
        elif char and not have[1]:
            gold.roles[key] = (have[0], char, have[2])
    for c in doc.get("claims", []):
        if c.get("quote"):
            gold.quotes.append((_key(c.get("claimant")), c["quote"], _key(c.get("outlet"))))


FACTS_QUERY = {
    "people": "SELECT ?n WHERE { ?x a schema:Person ; schema:name ?n }",
    "works": "SELECT ?n WHERE { VALUES ?t { schema:Movie schema:TVSeries kg:Play "
    "schema:CreativeWork } ?x a ?t ; schema:name ?n }",
    "characters": "SELECT ?n WHERE { ?x a kg:Character ; schema:name ?n }",
    "organizations": "SELECT ?n WHERE { ?x a schema:Organization ; schema:name ?n }",
}
ROLES_QUERY = """SELECT ?w ?p ?t ?s ?c WHERE {
  ?r a kg:Role ; kg:work/schema:name ?w ; kg:agent/schema:name ?p ; kg:roleType ?t ;
     kg:status ?s . OPTIONAL { ?r kg:character/schema:name ?c } }"""
QUOTES_QUERY = """SELECT ?q ?a ?o WHERE { ?x a kg:Claim ; kg:quote ?q .
  OPTIONAL { ?x schema:author/schema:name ?a } OPTIONAL { ?x kg:statedIn/schema:name ?o } }"""
PREFIXES = {"kg": "https://w3id.org/newskg/ontology#", "schema": "https://schema.org/"}


def graph_facts(graph: Graph) -> Facts:
    """What an export says, in the terms of the gold format (union of all named graphs)."""
    facts = Facts()
    for cat, query in FACTS_QUERY.items():
        getattr(facts, cat).update(
            _remember(facts.display, r[0]) for r in graph.query(query, initNs=PREFIXES)
        )
    for w, p, t, s, c in graph.query(ROLES_QUERY, initNs=PREFIXES):
        key = (_remember(facts.display, w), _remember(facts.display, p), str(t).split("#")[-1])
        facts.roles[key] = (str(s).split("#")[-1], _remember(facts.display, c))
    for q, a, o in graph.query(QUOTES_QUERY, initNs=PREFIXES):
        facts.quotes.append((_key(a), str(q), _key(o)))
    return facts


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
    """Two quotations match when one contains the other (after folding)."""
    x, y = fold(a), fold(b)
    return bool(x and y) and (x in y or y in x)


def score(gold: Gold, facts: Facts) -> dict:
    """Precision/recall/F1 per category, role detail accuracy and quote attribution."""
    out = {cat: prf(getattr(facts, cat), getattr(gold, cat)) for cat in CATEGORIES[:4]}
    out["roles"] = prf(set(facts.roles), set(gold.roles))
    matched = set(facts.roles) & set(gold.roles)
    with_status = [k for k in matched if gold.roles[k][0]]
    out["character_accuracy"] = _share(
        sum(1 for k in matched if facts.roles[k][1] == gold.roles[k][1]), len(matched)
    )
    out["status_accuracy"] = _share(
        sum(1 for k in with_status if facts.roles[k][0] == gold.roles[k][0]), len(with_status)
    )
    found = [
        (g, next((f for f in facts.quotes if quote_match(f[1], g[1])), None)) for g in gold.quotes
    ]
    hits = [(g, f) for g, f in found if f]
    out["quotes"] = {
        "gold": len(gold.quotes),
        "found": len(hits),
        "recall": _share(len(hits), len(gold.quotes)),
        "speaker_accuracy": _share(sum(1 for g, f in hits if f[0] == g[0]), len(hits)),
        "outlet_accuracy": _share(sum(1 for g, f in hits if f[2] == g[2]), len(hits)),
        "extracted": len(facts.quotes),
        "precision": _share(
            sum(1 for f in facts.quotes if any(quote_match(f[1], g[1]) for g in gold.quotes)),
            len(facts.quotes),
        ),
    }
    return out


def details(gold: Gold, facts: Facts) -> dict:
    """What was missed and what was spurious, per category, as written."""
    show = {**facts.display, **gold.display}
    out = {}
    for cat in CATEGORIES[:4]:
        g, f = getattr(gold, cat), getattr(facts, cat)
        out[cat] = {
            "missed": sorted(show[k] for k in g - f),
            "spurious": sorted(show[k] for k in f - g),
        }

    def role(k):
        return f"{show.get(k[1], k[1])} / {k[2]} / {show.get(k[0], k[0])}"

    out["roles"] = {
        "missed": sorted(role(k) for k in set(gold.roles) - set(facts.roles)),
        "spurious": sorted(role(k) for k in set(facts.roles) - set(gold.roles)),
    }
    out["role_mismatches"] = sorted(
        f"{role(k)}: status {facts.roles[k][0]} (gold {gold.roles[k][0]}), character "
        f"{show.get(facts.roles[k][1])} (gold {show.get(gold.roles[k][1])})"
        for k in set(facts.roles) & set(gold.roles)
        if facts.roles[k][0] != gold.roles[k][0]
        and gold.roles[k][0]
        or facts.roles[k][1] != gold.roles[k][1]
    )
    out["quotes"] = {
        "missed": [
            g[1] for g in gold.quotes if not any(quote_match(f[1], g[1]) for f in facts.quotes)
        ],
        "spurious": [
            f[1] for f in facts.quotes if not any(quote_match(f[1], g[1]) for g in gold.quotes)
        ],
        "misattributed": [
            f"{g[1][:60]}: {f[0]} @ {f[2]} (gold {g[0]} @ {g[2]})"
            for g in gold.quotes
            for f in facts.quotes
            if quote_match(f[1], g[1]) and (f[0], f[2]) != (g[0], g[2])
        ],
    }
    return out


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 1.0


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
    lines += [
        "",
        f"role character accuracy  {scores['character_accuracy']:.3f}",
        f"role status accuracy     {scores['status_accuracy']:.3f}",
        f"quotes found             {q['found']}/{q['gold']} ({q['recall']:.3f})",
        f"  right speaker          {q['speaker_accuracy']:.3f}",
        f"  right outlet           {q['outlet_accuracy']:.3f}",
        f"quote precision          {q['precision']:.3f} of {q['extracted']} extracted",
    ]
    return "\n".join(lines)
