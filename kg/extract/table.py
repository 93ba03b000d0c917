"""The entity table of one article, and the mention records the finders pass around."""

from dataclasses import dataclass, field

from kg.names import fold
from kg.records import Entity


@dataclass
class Mention:
    start: int  # character offsets in the article text
    end: int
    text: str
    kind: str  # person, org, place, work, character, partial
    in_quote: bool = False
    context: str = ""  # words around it, for typing works


@dataclass
class EntityTable:
    """The entities of one article and where each is mentioned."""

    entities: list[Entity] = field(default_factory=list)
    _by_key: dict = field(default_factory=dict)
    main_work: str | None = None
    sequel: str | None = None
    _count: int = 0

    def get(self, entity_id: str | None) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def add(
        self,
        etype: str,
        name: str,
        start: int,
        end: int,
        *,
        form: str | None = None,
        why: str | None = None,
    ) -> Entity:
        family = family_of(etype)
        key = (family, fold(name))
        entity = self._by_key.get(key)
        if entity is None:
            self._count += 1
            entity = Entity(id=f"t{self._count}", type=etype, name=name)
            self.entities.append(entity)
            self._by_key[key] = entity
        if [start, end] not in entity.mentions:
            entity.mentions.append([start, end])
        form = form or name
        if form not in entity.forms:
            entity.forms.append(form)
            if why and why not in entity.merged:
                entity.merged.append(why)
        return entity

    def drop(self, entity: Entity) -> None:
        """Forget an entity left with no mention."""
        self.entities.remove(entity)
        self._by_key = {k: v for k, v in self._by_key.items() if v is not entity}

    def absorb(self, part: Entity, whole: Entity, why: str) -> None:
        """Merge ``part`` into ``whole``: its mentions and forms become the whole's."""
        self.entities.remove(part)
        self._by_key = {k: v for k, v in self._by_key.items() if v is not part}
        whole.mentions.extend(m for m in part.mentions if m not in whole.mentions)
        for form in part.forms:
            if form not in whole.forms:
                whole.forms.append(form)
        whole.merged.append(why)

    def find(self, name: str, family: str | None = None) -> Entity | None:
        key = fold(name)
        for (fam, k), entity in self._by_key.items():
            if k == key and (family is None or fam == family):
                return entity
        return None

    def at(self, start: int, end: int, family: str | None = None) -> Entity | None:
        """The entity with a mention overlapping [start, end)."""
        for entity in self.entities:
            if family and family_of(entity.type) != family:
                continue
            for s, e in entity.mentions:
                if s < end and start < e:
                    return entity
        return None

    def of_family(self, family: str) -> list[Entity]:
        return [e for e in self.entities if family_of(e.type) == family]


def family_of(etype: str) -> str:
    if etype in ("Movie", "TVSeries", "Play", "CreativeWork"):
        return "work"
    return {
        "Person": "person",
        "Character": "character",
        "Organization": "org",
        "Place": "place",
    }.get(etype, etype.lower())
