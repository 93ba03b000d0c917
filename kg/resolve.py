"""Cross-article merge: one node per real entity, one role per (work, agent, capacity).

Extraction works on one article at a time; this step brings the records together. The same
person written differently ("Mira Sorvino", "Sorvino") becomes one node when the short form
points to exactly one full name; a character named by first name joins the one full name that
starts with it; a short title joins the title it begins. Each merge is recorded with its reason.
Role statuses are decided by the most recent source (an undated article counts as oldest).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.extract.entities import family_of, is_title_prefix
from kg.names import clean_name, digest, fold, slug
from kg.records import STATUS_RANK, Record

FAMILY_PATH = {
    "person": "person",
    "work": "work",
    "character": "character",
    "org": "org",
    "place": "place",
}
TYPE_PRIORITY = ["TVSeries", "Play", "CreativeWork", "Movie"]


@dataclass
class Node:
    iri: str
    family: str
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    forms: set = field(default_factory=set)
    merged: list = field(default_factory=list)
    year: int | None = None
    sequel_of: str | None = None
    based_on: str | None = None
    appears_in: str | None = None

    @property
    def name(self) -> str:
        return max(self.names.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]

    @property
    def type(self) -> str:
        counts = self.types
        best = max(counts.values())
        return (
            next(t for t in TYPE_PRIORITY + list(counts) if counts.get(t) == best)
            if self.family == "work"
            else next(iter(counts))
        )


@dataclass
class RoleNode:
    iri: str
    work: str
    agent: str
    type: str
    status: str = "Credited"
    character: str | None = None
    sources: list = field(default_factory=list)  # (record index, Role)


@dataclass
class Resolution:
    """The merged view of many records, ready to map to RDF."""

    base: str
    records: list[Record]
    nodes: dict[str, Node] = field(default_factory=dict)
    iri_of: dict[tuple[int, str], str] = field(default_factory=dict)
    roles: dict[str, RoleNode] = field(default_factory=dict)

    def entity_iri(self, record_index: int, local_id: str | None) -> str | None:
        return self.iri_of.get((record_index, local_id)) if local_id else None

    def article_iri(self, record: Record) -> str:
        return f"{self.base}article/{record.article.key}"

    def claim_iri(self, record: Record, index: int) -> str:
        claim = record.claims[index]
        return f"{self.base}claim/{digest(record.article.key, str(claim.start), str(claim.end))}"


def _canonical_keys(records: list[Record]) -> dict[tuple[int, str], tuple[str, str]]:
    """(family, folded name) for every entity, after cross-article short-form resolution."""
    keys = {}
    full_people = defaultdict(set)  # surname -> full names
    char_firsts = defaultdict(set)  # first name -> full character names
    titles = set()
    for ri, rec in enumerate(records):
        for e in rec.entities:
            fam = family_of(e.type)
            keys[(ri, e.id)] = (fam, fold(e.name))
            words = fold(e.name).split()
            if fam == "person" and len(words) >= 2:
                full_people[words[-1]].add(fold(e.name))
            if fam == "character" and len(words) >= 2:
                char_firsts[words[0]].add(fold(e.name))
            if fam == "work" and not e.sequel_of and not e.based_on:
                titles.add(clean_name(e.name))  # a spin-off's title is no long form of its source
    title_keys = {fold(t) for t in titles}
    for ri, rec in enumerate(records):
        acting = {r.agent for r in rec.roles} | {c.author for c in rec.claims}
        for e in rec.entities:
            fam, key = keys[(ri, e.id)]
            if fam == "person" and key in title_keys and e.id not in acting:
                # a title another article names as a work, which here never acts as a person
                keys[(ri, e.id)] = ("work", key)
                e.merged.append(f"'{e.name}' is a title in another article")
    for k, (fam, key) in list(keys.items()):
        words = key.split()
        if fam == "person" and len(words) == 1 and len(full_people.get(words[0], ())) == 1:
            keys[k] = (fam, next(iter(full_people[words[0]])))
        elif fam == "character" and len(words) == 1 and len(char_firsts.get(words[0], ())) == 1:
            keys[k] = (fam, next(iter(char_firsts[words[0]])))
        elif fam == "work":
            longer = [t for t in titles if is_title_prefix(key, t)]
            if len(longer) == 1:
                keys[k] = (fam, fold(longer[0]))
    return keys


def resolve(records: list[Record], *, base: str) -> Resolution:
    """Merge the records of many articles into one resolution (pure; raises nothing)."""
    res = Resolution(base=base, records=records)
    keys = _canonical_keys(records)
    by_key: dict[tuple[str, str], Node] = {}
    sequels = []
    for ri, rec in enumerate(records):
        for e in rec.entities:
            fam, key = keys[(ri, e.id)]
            original = rec.entity(e.sequel_of) if e.sequel_of else None
            if original is not None and fold(e.name) == fold(f"{original.name} sequel"):
                sequels.append((ri, e))  # untitled: named once the original is settled
                continue
            node = by_key.get((fam, key))
            if node is None:
                node = Node(iri="", family=fam)
                by_key[(fam, key)] = node
            if fold(e.name) == key:
                node.names[clean_name(e.name)] += 1
            node.types[e.type if family_of(e.type) == fam else "Movie"] += 1
            node.forms.update(clean_name(f) for f in e.forms)
            node.forms.add(clean_name(e.name))
            node.merged.extend(e.merged)
            node.year = node.year or e.year
            if e.based_on:
                node.based_on = keys[(ri, e.based_on)]  # a key for now
            if e.sequel_of:  # a titled sequel ("Vanguard Rising: Ashfall") keeps its title
                node.sequel_of = keys[(ri, e.sequel_of)]
            res.iri_of[(ri, e.id)] = (fam, key)  # replaced by the IRI below
    for node in by_key.values():
        if not node.names or sum(node.names.values()) == 0:
            full = max(node.forms, key=len)
            node.names[full] += 1
    # untitled sequels are named after their original, once the original is settled
    for ri, e in sequels:
        original_key = keys[(ri, e.sequel_of)]
        original = by_key[original_key]
        name = f"{original.name} sequel"
        key = ("work", fold(name))
        node = by_key.get(key)
        if node is None:
            node = Node(iri="", family="work")
            by_key[key] = node
        node.names[name] += 1
        node.types["Movie"] += 1
        node.sequel_of = original_key  # a key for now
        res.iri_of[(ri, e.id)] = key
    for (fam, _key), node in by_key.items():
        node.iri = f"{base}{FAMILY_PATH[fam]}/{slug(node.name)}"
    for node in by_key.values():
        if node.sequel_of:
            node.sequel_of = by_key[node.sequel_of].iri
        if node.based_on:
            target = by_key.get(node.based_on)
            node.based_on = target.iri if target and target is not node else None
    res.iri_of = {k: by_key[v].iri for k, v in res.iri_of.items()}
    res.nodes = {n.iri: n for n in by_key.values()}
    _roles(res)
    return res


def _date_key(record: Record) -> tuple:
    return (record.article.date is not None, record.article.date or "")


def _roles(res: Resolution) -> None:
    for ri, rec in enumerate(res.records):
        for role in rec.roles:
            work = res.entity_iri(ri, role.work)
            agent = res.entity_iri(ri, role.agent)
            if not work or not agent:
                continue
            iri = f"{res.base}role/{digest(work, agent, role.type)}"
            node = res.roles.get(iri)
            if node is None:
                node = res.roles[iri] = RoleNode(iri=iri, work=work, agent=agent, type=role.type)
            node.sources.append((ri, role))
    for node in res.roles.values():
        # one article may state the same role twice in a sentence (two of its entities turned
        # out to be the same node): keep one statement per sentence, the strongest
        kept: dict[tuple, tuple] = {}
        for ri, role in node.sources:
            key = (ri, role.start, role.end)
            have = kept.get(key)
            if have is None or STATUS_RANK.index(role.status) > STATUS_RANK.index(have[1].status):
                kept[key] = (ri, role)
        node.sources = list(kept.values())
        latest = max(_date_key(res.records[ri]) for ri, _ in node.sources)
        current = [r.status for ri, r in node.sources if _date_key(res.records[ri]) == latest]
        node.status = max(current, key=STATUS_RANK.index)
        chars = [res.entity_iri(ri, r.character) for ri, r in node.sources if r.character]
        if chars:
            node.character = max(chars, key=lambda iri: (len(res.nodes[iri].name), iri))
    _reprised_characters(res)
    for node in res.roles.values():
        if node.character and not res.nodes[node.character].appears_in:
            res.nodes[node.character].appears_in = node.work


def _reprised_characters(res: Resolution) -> None:
    """An actor attached to a sequel plays the character they played in the original."""
    played = {
        (n.work, n.agent): n.character
        for n in res.roles.values()
        if n.type == "Actor" and n.character
    }
    for node in res.roles.values():
        work = res.nodes.get(node.work)
        if node.type == "Actor" and not node.character and work and work.sequel_of:
            node.character = played.get((work.sequel_of, node.agent))
