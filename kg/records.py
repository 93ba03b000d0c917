"""The intermediate record of one article: what extraction found, readable and correctable JSON.

``kg extract`` writes these records (JSON Lines, one article per line) and ``kg map`` reads them,
so a user can review or correct the extraction before it becomes RDF.
"""

import json
from dataclasses import asdict, dataclass, field

from kg.article import Article
from kg.errors import InputError

RECORD_VERSION = 1
ENTITY_TYPES = (
    "Person",
    "Movie",
    "TVSeries",
    "Play",
    "CreativeWork",
    "Character",
    "Organization",
    "Place",
)
WORK_TYPES = ("Movie", "TVSeries", "Play", "CreativeWork")
ROLE_TYPES = (
    "Actor",
    "Director",
    "Writer",
    "Producer",
    "ExecutiveProducer",
    "Creator",
    "Showrunner",
    "Host",
    "Composer",
    "OtherRole",
)
STATUSES = ("Credited", "Confirmed", "InTalks", "Expected", "Rumored", "Interested")
# When one source states a role twice, the more decided status wins (weakest first).
STATUS_RANK = ("Credited", "Rumored", "Interested", "Expected", "InTalks", "Confirmed")


@dataclass
class Entity:
    """One real-world thing named in the article; ``mentions`` are [start, end] offsets."""

    id: str
    type: str
    name: str
    mentions: list[list[int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # why partial forms were merged
    year: int | None = None
    sequel_of: str | None = None
    based_on: str | None = None
    appears_in: str | None = None  # characters: the work they belong to
    in_quote_only: bool = False


@dataclass
class Role:
    """One person's attachment to one work, as this article states it."""

    work: str
    agent: str
    type: str
    status: str
    start: int
    end: int
    character: str | None = None
    claims: list[int] = field(default_factory=list)  # indexes into the record's claims


@dataclass
class Claim:
    """A quotation or reported statement, with who said it and where."""

    text: str
    start: int
    end: int
    quote: str | None = None
    author: str | None = None
    stated_in: str | None = None
    date: str | None = None
    about: list[str] = field(default_factory=list)
    # Further [start, end] spans of the same utterance: a quote split by its attribution
    # ("…,” she said. “…”) or carried on into the next paragraph is one claim.
    parts: list[list[int]] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int]]:
        """Every passage the claim was read from, in order."""
        return [(self.start, self.end), *map(tuple, self.parts)]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans())


@dataclass
class Record:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def to_dict(self) -> dict:
        art = self.article
        return {
            "kg_record": RECORD_VERSION,
            "article": {
                "id": f"sha256:{art.sha256}",
                "source": art.source,
                "date": art.date,
                "url": art.url,
                "title": art.title,
                "publisher": art.publisher,
                "text": art.text,
            },
            "entities": [_compact(asdict(e)) for e in self.entities],
            "roles": [_compact(asdict(r)) for r in self.roles],
            "claims": [_compact(asdict(c)) for c in self.claims],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)


def _compact(d: dict) -> dict:
    """Leave out empty fields (but keep 0: an offset at the start of the text)."""
    return {k: v for k, v in d.items() if v is not None and v is not False and v != []}


def record_from_dict(data: dict, *, source: str = "<record>") -> Record:
    """Rebuild a record, checking what a hand edit may have broken; raises InputError."""
    try:
        if data.get("kg_record") != RECORD_VERSION:
            raise ValueError(f"not a kg record (kg_record must be {RECORD_VERSION})")
        a = data["article"]
        article = Article(
            text=a["text"],
            source=a.get("source") or source,
            date=a.get("date"),
            url=a.get("url"),
            title=a.get("title"),
            publisher=a.get("publisher"),
        )
        entities = [Entity(**e) for e in data.get("entities", [])]
        roles = [Role(**r) for r in data.get("roles", [])]
        claims = [Claim(**c) for c in data.get("claims", [])]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"malformed record: {exc}", source=source) from None
    record = Record(article, entities, roles, claims)
    _check(record, source)
    return record


def _check(record: Record, source: str) -> None:
    ids = {e.id for e in record.entities}
    for e in record.entities:
        if e.type not in ENTITY_TYPES:
            raise InputError(f"entity {e.id}: unknown type {e.type!r}", source=source)
    for r in record.roles:
        for ref in (r.work, r.agent, r.character):
            if ref is not None and ref not in ids:
                raise InputError(f"role refers to unknown entity {ref!r}", source=source)
        if r.type not in ROLE_TYPES or r.status not in STATUSES:
            raise InputError(
                f"role has unknown type or status ({r.type}, {r.status})", source=source
            )
    size = len(record.article.text)
    for c in record.claims:
        for ref in (c.author, c.stated_in):
            if ref is not None and ref not in ids:
                raise InputError(f"claim refers to unknown entity {ref!r}", source=source)
        for span in c.spans():
            if not (len(span) == 2 and all(isinstance(x, int) for x in span)
                    and 0 <= span[0] <= span[1] <= size):
                raise InputError(
                    f"claim span {list(span)} is not [start, end] within the article text "
                    f"(0-{size})",
                    source=source,
                )
