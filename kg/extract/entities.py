"""Entities of one article: find every mention, type it, and resolve partial forms.

Reads ``doc._.kg_quoted`` (from ``kg_quotes``) and writes ``doc._.kg_entities``, an
:class:`EntityTable`. The rules are general patterns of entertainment reporting: a title in
quotes is a work, "Name (Name)" pairs a character with an actor, a surname alone is the person
named in full earlier, an acronym is the organization whose initials it spells.
"""

import re
from dataclasses import dataclass, field

from kg.extract.lexicon import (
    AWARD_ALIASES,
    FILM_WORDS,
    KNOWN_ACRONYM_ORGS,
    NAME_PREFIXES,
    OF_WORK_NOUNS,
    ORG_WORDS,
    OTHER_WORK_WORDS,
    PLATFORMS,
    PLAY_WORDS,
    ROLE_NOUNS,
    ROLE_VERBS,
    SAY_VERBS,
    SEQUEL_WORDS,
    SERIES_ONLY_WORDS,
    STREAMERS,
    TV_WORDS,
    WORK_HEAD_NOUNS,
)
from kg.extract.quotes import SMALL_WORDS, looks_like_title
from kg.names import clean_name, fold
from kg.records import Entity

STRONG_WORK_VERBS = {"gross", "premiere", "debut", "stream", "air"}
WORK_VERBS = {"gross", "premiere", "open", "debut", "stream", "air", "follow", "center",
              "earn", "get", "hit", "land", "launch", "return", "wrap", "shoot", "film"}
RANK = re.compile(
    r"(?:Detective|Det\.|Sergeant|Sgt\.|Captain|Capt\.|Officer|Doctor|Dr\.|Agent|Lieutenant|"
    r"Lt\.|Professor|Prof\.|Judge|Sheriff|Inspector|Nurse|Father|Sister|Mr\.|Mrs\.|Ms\.|"
    r"Miss|Lord|Lady|General|Colonel|Major|Commander|Chief|Deputy|Coach|Principal)\s+(?=[A-Z])"
)
CASTING_LEMMAS = {"join", "cast", "star", "return", "reprise", "replace", "play", "appear",
                  "voice", "sign", "tap", "board", "portray", "come", "recast", "debut", "be",
                  "add", "enlist", "recruit", "hire", "bring"}
# After "Name (Title)": a verb of joining says the parentheses hold a credit, not a character.
JOIN_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:has|have|is|are|will|was|were|had)\s+(?:also\s+)?(?:been\s+)?)?"
    r"(?:joined|join|joins|joining|boarded|board|signed|set to (?:star|join)|tapped)\b")
CHARACTER_TRIGGERS = {
    "play",
    "portray",
    "voice",
    "played",
    "plays",
    "playing",
    "portrays",
    "portrayed",
    "portraying",
    "characters",
    "character",
    "voiced",
    "voices",
}
TITLE_CONNECTORS = {
    "and",
    "&",
    "of",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    ":",
    ",",
    "'s",
    "’s",
    "-",
    "vs",
    "vs.",
    "from",
    "is",
    "or",
    "!",
    "?",
}


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


# --- finding titles ---------------------------------------------------------------------


def _is_cap(token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _in_full_person(tok) -> bool:
    if tok.ent_type_ != "PERSON":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len([t for t in ent if t.is_alpha]) >= 2 and "," not in ent.text


def title_run_left(
    doc, i: int, stop: set[int], *, through_names: bool = False
) -> tuple[int, int] | None:
    """Token range of a title-cased run ending just before token ``i`` (a tagger's person
    name stops it, unless ``through_names``: "Iron Tide helmer" is a title whatever it says)."""
    j = i - 1
    while j >= 0 and j not in stop and (through_names or not _in_full_person(doc[j])):
        tok = doc[j]
        if _is_cap(tok) or (tok.lower_ in TITLE_CONNECTORS and j > 0 and tok.text != "\n"):
            j -= 1
            continue
        break
    lo = j + 1
    while lo < i and (
        (doc[lo].lower_ in TITLE_CONNECTORS and doc[lo].text != "The")
        or not _is_cap(doc[lo])
        or doc[lo].is_sent_start
        and doc[lo].pos_ in ("VERB", "ADP", "ADV", "SCONJ", "PRON", "AUX")
    ):
        lo += 1
    if lo >= i or doc[lo].is_sent_start and doc[lo].lower_ == "the" and i - lo < 2:
        return None
    return (lo, i) if any(_is_cap(t) and t.lower_ not in SMALL_WORDS for t in doc[lo:i]) else None


def title_run_right(doc, i: int, stop: set[int]) -> tuple[int, int] | None:
    """Token range of a title-cased run starting at token ``i``."""
    if i >= len(doc) or not _is_cap(doc[i]):
        return None
    j = i
    while j < len(doc) and j not in stop:
        tok = doc[j]
        if _is_cap(tok) and tok.text not in ("\n", "\n\n"):
            j += 1
        elif (
            (tok.lower_ in TITLE_CONNECTORS - {",", "is"} or tok.text in ("'", "’"))
            and j + 1 < len(doc)
            and doc[j + 1].text[:1].isupper()
            and not (  # "Harbour Songs in London next year": the place is not in the title
                tok.lower_ in ("in", "at", "on") and j - i >= 2
                and doc[j + 1].ent_type_ in ("GPE", "LOC", "FAC")
            )
        ):
            j += 1
        elif (  # "Midnight at the Palisade"
            tok.lower_ in ("at", "of", "in", "on", "from", "to", "for", "and")
            and j + 2 < len(doc)
            and doc[j + 1].lower_ in ("the", "a", "an")
            and doc[j + 2].text[:1].isupper()
        ):
            j += 2
        else:
            break
    while j > i and doc[j - 1].lower_ in TITLE_CONNECTORS:
        j -= 1
    return (i, j) if j > i else None


def title_qualifies_a_person(text: str, end: int) -> bool:
    """ "[Work] actress Jane Doe": the title ending at ``end`` is a credit of the person that
    follows, not what the sentence (or the article) is about."""
    after = re.match(r"[\s'\"’”,]*([a-z-]+)", text[end : end + 20])
    return bool(after) and after.group(1) in ROLE_NOUNS


def is_subtitled(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` with a subtitle or number ("X: Part Two", "X 2")."""
    if not long.startswith(short) or long == short:
        return False
    rest = long[len(short) :]
    return bool(re.match(r"\s*(:|-|\u2014|\d|[IVX]+\b|Part\b|Returns\b|Reborn\b|Again\b)", rest))


def is_title_prefix(short: str, long: str) -> bool:
    """True when ``short`` is the start of ``long`` ("Romy & Michele" of the full title)."""
    a, b = fold(short).split(), fold(long).split()
    if len(a) < 2 or len(a) >= len(b):
        return False
    for x, y in zip(a[:-1], b, strict=False):
        if x != y:
            return False
    last, other = a[-1], b[len(a) - 1]
    return last == other or (other.endswith("s") and other[:-1] == last)


# --- the component ------------------------------------------------------------------------


class EntityFinder:
    """Finds, types and resolves the entities of one doc."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.quoted = doc._.kg_quoted
        self.speech = [q for q in self.quoted if q.double and not self._is_title_quote(q)]
        self.table = EntityTable()
        self.char_to_token = {}
        self.title_tokens: set[int] = set()

    # helpers
    def in_speech(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(q.inner_start <= start and end <= q.inner_end for q in self.speech)

    def _is_title_quote(self, q) -> bool:
        inner = self.text[q.inner_start : q.inner_end].strip().rstrip(",.")
        if not looks_like_title(inner):
            return not q.double and len(inner.split()) <= 8 and inner[:1].isupper()
        tail = self.text[q.end : q.end + 30]
        return not re.match(r"\s*,?\s*(s?he|they|[A-Z]\w+)\s+(said|says|told|wrote|added)", tail)

    def span(self, start: int, end: int):
        return self.doc.char_span(start, end, alignment_mode="expand")

    def context(self, start: int, end: int, width: int = 6) -> list[str]:
        span = self.span(start, end)
        if span is None:
            return []
        lo, hi = max(0, span.start - width), min(len(self.doc), span.end + width)
        return [t.lower_ for t in self.doc[lo : span.start]] + [
            t.lower_ for t in self.doc[span.end : hi]
        ]

    def run(self) -> EntityTable:
        self.quoted_works: set[str] = set()
        self.new_titles: set[str] = set()  # "a remake, titled X": X is the new work
        self._titles_in_quotes()
        self._titles_from_patterns()
        self._propagate_titles()
        self._join_subtitles()
        persons, partials, others = self._ner_mentions()
        persons += self._unlisted_persons(others)
        self._characters()
        self._persons(persons, partials)
        self._others(others)
        self._untagged_surnames()
        self._partial_titles()
        self._type_works()
        self._sequel()
        self._mark_quote_only()
        self._order()
        self.table.pairs = getattr(self, "pairs", [])
        self.table.credits = [
            (person.id, work.id)
            for (ps, pe), (ws, we) in getattr(self, "credit_pairs", [])
            if (person := self.table.at(ps, pe, "person"))
            and (work := self.table.at(ws, we, "work"))
        ]
        self.table.speech = self.speech
        return self.table

    # works ------------------------------------------------------------------------------
    def _add_work(self, start: int, end: int, why: str | None = None) -> Entity | None:
        raw = self.text[start:end]
        owner = re.match(r"([A-Z][\w-]+)['’]s\s+(?=[A-Z])", raw)
        if owner and owner.group(1).lower() in self._surnames():
            start += owner.end()  # "Vell's Iron Tide": the title is "Iron Tide"
            raw = self.text[start:end]
        name = clean_name(raw).rstrip(",.")
        if not name or fold(name) in ("the", "a"):
            return None
        existing = self.table.find(name)
        if existing is not None and family_of(existing.type) not in ("work",):
            return None
        entity = self.table.add("Movie", name, start, end, form=name, why=why)
        span = self.span(start, end)
        if span is not None:
            self.title_tokens.update(range(span.start, span.end))
        return entity

    def _surnames(self) -> set[str]:
        """Last words of the names a tagger marked as people (for "Vell's Iron Tide")."""
        return {e[-1].lower_ for e in self.doc.ents if e.label_ == "PERSON" and len(e) >= 2}

    def _titles_in_quotes(self) -> None:
        for q in self.quoted:
            if not self._is_title_quote(q):
                continue
            inner = self.text[q.inner_start : q.inner_end]
            stripped = inner.rstrip(" ,.")
            after = self.text[q.end : q.end + 12].lower()
            before = self.text[max(0, q.start - 12) : q.start].lower()
            if after.lstrip().startswith("show") and ("during the" in before or "on the" in before):
                self.table.add(
                    "Organization",
                    clean_name(stripped),
                    q.inner_start,
                    q.inner_start + len(stripped),
                )
                continue
            if self.in_speech(q.start) and len(stripped.split()) == 1:
                continue  # 'Jamie' inside someone's words is a name being quoted
            work = self._add_work(q.inner_start, q.inner_start + len(stripped))
            if work:
                self.quoted_works.add(work.id)
                if re.search(r"\b(re)?titled,?\s*$", before):
                    self.new_titles.add(fold(work.name))

    def _titles_from_patterns(self) -> None:
        doc = self.doc
        stop = {i for i, t in enumerate(doc) if "\n" in t.text}
        for i, tok in enumerate(doc):
            low = tok.lower_
            if i in self.title_tokens:
                continue
            # "[Title] actress Jane Doe", "[Title] helmer John Roe"
            name_follows = i + 1 < len(doc) and (
                doc[i + 1].ent_type_ == "PERSON"
                or doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper()
            )
            if low in ROLE_NOUNS and name_follows and tok.text.islower():
                run = title_run_left(doc, i, stop | self.title_tokens, through_names=True)
                if run and run[1] - run[0] > 4:  # too long for a title: a list of names
                    run = title_run_left(doc, i, stop | self.title_tokens)
                if run and not self._is_person_run(run):
                    self._add_run(run, "title before a role noun")
            # "the creator of Title, Jane Doe"
            if low in ROLE_NOUNS and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
                run = title_run_right(doc, i + 2, stop | self.title_tokens)
                if run and not self._is_person_run(run):
                    self._add_run(run, "title after 'of'")
            # "her 1988 play, Title" / "the comedy Title"
            spin_off = low == "off" and i > 1 and doc[i - 1].text == "-" and \
                doc[i - 2].lower_ == "spin"
            if (
                (low in WORK_HEAD_NOUNS - {"sequel", "follow-up", "prequel", "original"}
                 or spin_off)
                and tok.text.islower()
                and (
                    tok.pos_ == "NOUN"
                    or any(t.pos_ in ("DET", "NUM", "PRON") for t in doc[max(0, i - 3) : i])
                )
            ):
                j = i + 1
                if j < len(doc) and doc[j].text in (",", ":"):
                    j += 1
                if j < len(doc) and j not in self.title_tokens:
                    run = title_run_right(doc, j, stop | self.title_tokens)
                    if (
                        run
                        and not self._is_person_run(run)
                        and doc[run[0]].ent_type_ != "DATE"
                        and (j == i + 1 or doc[run[0]].ent_type_ != "PERSON")
                    ):
                        self._add_run(run, "title after a work noun")
            # "Title, an animated adventure", "Ironvale, the Apple TV+ series"
            if tok.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in (
                "a", "an", "the", "her", "his", "their", "its"
            ):
                ahead = [t for t in doc[i + 2 : i + 7] if t.pos_ not in ("VERB", "AUX")]
                head = next((t for t in ahead if t.text in WORK_HEAD_NOUNS), None)
                is_head = head is not None and (
                    head.i + 1 >= len(doc) or doc[head.i + 1].pos_ not in ("NOUN", "PROPN"))
                if head is not None and is_head and head.lower_ not in ("sequel", "original"):
                    # "Midnight Kitchens, a food-travel series": a title whatever a tagger says
                    run = title_run_left(doc, i, stop | self.title_tokens, through_names=True)
                    if run:  # "opposite Lena Marsh in The Quiet Field, the …": the name is out
                        cut = [t.i + 1 for t in doc[run[0] : run[1]] if t.lower_ in ("in", "at")
                               and t.i > run[0] and doc[t.i - 1].ent_type_ == "PERSON"]
                        run = (cut[-1], run[1]) if cut and cut[-1] < run[1] else run
                    if run and not self._is_person_run(run) and run[1] - run[0] <= 6:
                        self._add_run(run, "title before an apposition")
            # "the third season of Title", "the cast of Title"
            if low == "of" and i > 0 and doc[i - 1].lower_ in OF_WORK_NOUNS and i + 1 < len(doc):
                run = title_run_right(doc, i + 1, stop | self.title_tokens)
                if (
                    run
                    and not self._is_person_run(run)
                    and doc[run[0]].ent_type_ != "DATE"
                    and not self._is_owner(run)
                ):
                    self._add_run(run, "title after 'season of'")
            # "who played Jane Roe in Title"
            if (
                low == "in"
                and i + 1 < len(doc)
                and any(
                    t.lemma_ in ("play", "star", "appear", "portray", "voice")
                    or t.lower_ == "out" and t.i > 0 and t.nbor(-1).lemma_ == "break"
                    for t in doc[max(0, i - 8) : i]
                )
            ):
                j = i + 1  # "broke out in last year's Cold Sunday"
                if j + 2 < len(doc) and doc[j].lower_ in ("last", "this") and \
                        doc[j + 1].lower_ == "year" and doc[j + 2].lower_ in ("'s", "’s"):
                    j += 3
                run = title_run_right(doc, j, stop | self.title_tokens)
                if (
                    run
                    and not self._is_person_run(run)
                    and doc[run[0]].ent_type_ not in ("DATE", "GPE", "ORG")
                ):
                    self._add_run(run, "title after 'played ... in'")
            # "a sequel to Title", "a remake of Title", "based on Title"
            if (
                low in ("to", "of", "on")
                and i > 0
                and doc[i - 1].lower_
                in (
                    "sequel",
                    "follow-up",
                    "remake",
                    "reboot",
                    "adaptation",
                    "prequel",
                    "spin-off",
                    "spinoff",
                    "based",
                )
                and i + 1 < len(doc)
            ):
                run = title_run_right(doc, i + 1, stop | self.title_tokens)
                if run and not self._is_person_run(run):
                    self._add_run(run, "title after 'sequel to'")
            # "Title is getting a sequel", "Title grossed", "Title premiered in 2021"
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_ in WORK_VERBS and i > 0:
                nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
                if tok.lemma_ != "get" or nxt in ("a", "an") and any(
                    t.lower_ in WORK_HEAD_NOUNS | {"sequel", "remake", "reboot"}
                    for t in doc[i + 1 : i + 4]
                ):
                    end = i - 1 if doc[i - 1].lemma_ in ("be", "have") else i
                    strong = tok.lemma_ in STRONG_WORK_VERBS  # people do not gross $90 million
                    run = title_run_left(doc, end, stop | self.title_tokens, through_names=strong)
                    proper = all(t.pos_ == "PROPN" or t.lower_ in TITLE_CONNECTORS
                                 for t in doc[run[0] : run[1]]) if run else False
                    tagged = doc[run[0]].ent_type_ if run else ""
                    if run and proper and (strong or not self._is_person_run(run)) and (
                        tagged not in ("PERSON", "DATE", "ORG", "NORP", "GPE")
                        or strong and tagged == "PERSON"
                    ) and (
                        run[0] == doc[run[0]].sent.start or doc[run[0] - 1].text in (":", "—")
                    ):
                        self._add_run(run, "title as the subject of a work verb")
            # "Netflix's The Palisade": a studio's or a streamer's title
            if low in ("'s", "’s", "'", "’") and i > 0 and (
                doc[i - 1].ent_type_ in ("ORG", "GPE", "FAC") or doc[i - 1].lower_ in STREAMERS
            ) and \
                    i + 1 < len(doc) and doc[i + 1].ent_type_ not in ("PERSON", "DATE", "ORG"):
                run = title_run_right(doc, i + 1, stop | self.title_tokens)
                if run and not self._is_person_run(run) and all(
                    t.pos_ == "PROPN" or t.lower_ in TITLE_CONNECTORS for t in doc[run[0] : run[1]]
                ):
                    self._add_run(run, "title after a studio's possessive")
            # "Sallow's 2014 two-hander Small Hours at the Linden": a year names a work
            if low in ("'s", "’s") and i + 2 < len(doc) and \
                    re.fullmatch(r"(19|20)\d\d", doc[i + 1].text):
                j = i + 2
                while j < len(doc) and j - i < 7 and (doc[j].is_lower or doc[j].text == "-"):
                    j += 1
                run = title_run_right(doc, j, stop | self.title_tokens) if j > i + 2 else None
                if run and not self._is_person_run(run):
                    self._add_run(run, "title after a dated work noun")
            # "the film, retitled Title", "a remake, titled Title"
            if low in ("titled", "retitled", "dubbed", "called") and i + 1 < len(doc) and any(
                t.lower_ in WORK_HEAD_NOUNS | {"remake", "reboot", "project", "spinoff", "version"}
                for t in doc[max(0, i - 4) : i]
            ):
                run = title_run_right(doc, i + 1, stop | self.title_tokens)
                if run and not self._is_person_run(run):
                    self._add_run(run, "title after 'titled'")
                    self.new_titles.add(fold(doc[run[0] : run[1]].text))
            # "one of the best comedies ever made: Title"
            if tok.text == ":" and i + 1 < len(doc) and i + 1 not in self.title_tokens:
                before = {t.lower_ for t in doc[max(0, i - 10) : i]}
                if before & (WORK_HEAD_NOUNS | {"starred", "stars", "directed", "wrote"}):
                    run = title_run_right(doc, i + 1, stop | self.title_tokens)
                    if run and not self._is_person_run(run):
                        self._add_run(run, "title after a colon")
            # "Title (1997)"
            if (
                tok.text == "("
                and i + 2 < len(doc)
                and re.fullmatch(r"(19|20)\d\d", doc[i + 1].text)
            ):
                run = title_run_left(doc, i, stop | self.title_tokens, through_names=True)
                if run and run[1] - run[0] <= 8:
                    self._add_run(run, "title before a year")
        for ent in doc.ents:
            if ent.label_ == "WORK_OF_ART" and not (
                set(range(ent.start, ent.end)) & self.title_tokens
            ):
                if self.in_speech(ent.start_char):
                    continue
                if len([t for t in ent if t.is_alpha]) < 2 and not self.table.find(ent.text):
                    continue
                if ent.start > 0 and doc[ent.start - 1].lower_ in CHARACTER_TRIGGERS | {
                    "as", "by", "and", "with", "producer", "director", "writer"
                }:
                    continue
                if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and \
                        doc[ent.start - 2].lower_ in ("role", "part"):
                    continue  # "the role of Marianne": a character
                if ent.end < len(doc) and doc[ent.end].lemma_ in SAY_VERBS:
                    continue  # "Reid Aldermere said": a person the tagger took for a title
                self._add_work(ent.start_char, ent.end_char)

    def _is_owner(self, run) -> bool:
        """ "the second season of Netflix's drama": a name with a possessive owns the work."""
        if run[1] >= len(self.doc):
            return False
        after = self.doc[run[1]]
        return after.lower_ in ("'s", "’s") or (  # "Focus Features' thriller"
            after.text in ("'", "’") and self.doc[run[1] - 1].lower_.endswith("s")
            and run[1] + 1 < len(self.doc) and self.doc[run[1] + 1].is_lower)

    def _propagate_titles(self) -> None:
        """Every other place a known title is written is a mention of that work too (a one-word
        title only when it was found outside quoted speech: "Jamie" may be a name)."""
        for work in list(self.table.of_family("work")):
            if len(work.name) < 3:
                continue
            if len(work.name.split()) == 1 and all(self.in_speech(s, e) for s, e in work.mentions):
                continue
            # "Maple & Main" is also written "Maple and Main"
            written = re.escape(work.name).replace(r"\&", "&").replace("&", "(?:&|and)")
            written = re.sub(r"\\? and\\? ", lambda _: r"\s+(?:&|and)\s+", written)
            pattern = re.compile(rf"(?<![\w'’]){written}(?![\w])")
            for m in pattern.finditer(self.text.replace("\u2019", "'")):
                if self.table.at(m.start(), m.end(), "work"):
                    continue
                self.table.add(work.type, work.name, m.start(), m.end())
                span = self.span(m.start(), m.end())
                if span is not None:
                    self.title_tokens.update(range(span.start, span.end))

    def _join_subtitles(self) -> None:
        """ "Night Market: Opening Hours": a known title, a colon and a title are one title."""
        works = self.table.of_family("work")
        for sub in list(works):
            for s, e in list(sub.mentions):
                if self.text[s - 2 : s] != ": ":
                    continue
                head = next((w for w in works if w is not sub
                             and [s - 2 - len(w.name), s - 2] in w.mentions), None)
                if head is None:
                    continue
                start = s - 2 - len(head.name)
                head.mentions.remove([start, s - 2])
                sub.mentions.remove([s, e])
                joined = self.table.add("Movie", self.text[start:e], start, e)
                joined.based_on = head.id  # a spin-off or a sequel of the head title
        for w in list(self.table.entities):
            if not w.mentions:
                self.table.drop(w)
        for head in works:  # "Night Market" and "Night Market: Opening Hours", however found
            for sub in works:
                if sub is not head and sub.mentions and head.mentions and \
                        sub.name.lower().startswith(head.name.lower() + ":") and \
                        not (sub.based_on or sub.sequel_of):
                    sub.based_on = head.id

    def _unlisted_persons(self, others: list[Mention]) -> list[Mention]:
        """Names the tagger missed or called an organization: "Beckett Lowry" when "Lowry"
        stands alone later, a name joined by "and" to a person, or after a role noun."""
        found = []
        words = re.findall(r"[A-Z][\w'’-]+", self.text)
        counts = {w: words.count(w) for w in set(words)}
        candidates = [m for m in others if m.kind in ("ORG", "GPE", "LOC", "FAC", "NORP")]
        taken = {t.i for e in self.doc.ents for t in e} | self.title_tokens
        i = 0
        while i < len(self.doc):  # untagged capitalized pairs and triples
            j = i
            while (
                j < len(self.doc)
                and j - i < 3
                and self.doc[j].pos_ == "PROPN"
                and j not in taken
                and re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", self.doc[j].text)
            ):
                j += 1
            if j - i >= 2:
                span = self.doc[i:j]
                candidates.append(Mention(span.start_char, span.end_char, span.text, "PROPN"))
            i = max(j, i + 1)
        for m in candidates:
            parts = m.text.split()
            if not 2 <= len(parts) <= 4 or any(p.lower().strip(".") in ORG_WORDS for p in parts):
                continue
            if not all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", p) for p in parts):
                continue
            if parts[0].endswith("ing") or parts[0].lower() in SMALL_WORDS | {"also", "then"}:
                continue  # "Joining Fitch are ...": a verb, not a first name
            if self.in_speech(m.start) or self.table.at(m.start, m.end):
                continue
            if counts.get(parts[-1], 0) >= 2 or self._person_context(m):
                found.append(Mention(m.start, m.end, m.text, "person", False))
        return found

    def _person_context(self, m: Mention) -> bool:
        span = self.span(m.start, m.end)
        if span is None:
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is not None and (
            before.lower_
            in set(ROLE_NOUNS)
            | NAME_PREFIXES
            | {"songwriter", "singer", "newcomer", "veteran", "co-stars", "costars"}
        ):
            return True
        for tok in span:
            if (
                tok.dep_ == "conj"
                and tok.head.ent_type_ == "PERSON"
                or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in tok.children)
            ):
                return True
        last = span[-1]
        if last.dep_ in ("nsubj", "nsubjpass") and (
            last.head.lemma_ in ROLE_VERBS or last.head.lemma_ in CASTING_LEMMAS - {"be"}
        ):
            return True  # "Lionel Ashgrove is producing."
        if before is not None and before.lower_ == "by" and before.i > 0 and \
                before.nbor(-1).lemma_ in ROLE_VERBS:
            return True  # "created by Ines Varga", "directed by Anton Rusk"
        after = self.text[m.end : m.end + 6]
        if re.match(r" as (?:her|his|their|a|an|the|[A-Z])", self.text[m.end : m.end + 12]):
            return True  # "with John Roe as her brother"
        return (
            after.startswith((", who", " ("))
            and not after.startswith(" (1")
            and not after.startswith(" (2")
        )

    def _is_person_run(self, run) -> bool:
        """A run made only of words of other people's names ("Sorvino's") is not a title."""
        span = self.doc[run[0] : run[1]]
        title_key = re.sub(r"^the ", "", fold(span.text))
        person_words = {
            t.lower_
            for e in self.doc.ents
            if e.label_ == "PERSON"
            and len([t for t in e if t.is_alpha]) >= 2
            and re.sub(r"^the ", "", fold(e.text)) != title_key  # other mentions of this name
            and not (e.start < run[1] and run[0] < e.end)  # nor the run itself
            for t in e
        }
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in SMALL_WORDS]
        return bool(words) and all(w in person_words for w in words)

    def _add_run(self, run, why: str) -> None:
        span = self.doc[run[0] : run[1]]
        if run[1] < len(self.doc) and self.doc[run[1]].text == "-" or span.text.endswith("-"):
            return  # "Co-creator": a prefix, not a title
        if len(span) == 1 and span[0].pos_ != "PROPN" and span[0].is_sent_start:
            return  # "Original director Luca Farren": a capitalized word, not a title
        before = self.text[max(0, span.start_char - 16) : span.start_char].lower()
        if why == "title before an apposition":  # "on Lowland, her first feature": no platform
            before = re.sub(r"\bon\s+$", "", before)
        if re.search(r"\b(according to|told|telling|tells|via|on|by)\s+$", before):
            return  # an outlet, a platform or a maker ("created by Ines Varga"), not a title
        self._add_work(span.start_char, span.end_char)

    def _partial_titles(self) -> None:
        """Short forms of a known title in a work context ("a Romy & Michele sequel")."""
        works = self.table.of_family("work")
        if not works:
            return
        for short in list(works):
            if short.id in self.quoted_works:
                continue
            for full in works:
                if (
                    short is not full
                    and is_title_prefix(short.name, full.name)
                    and not is_subtitled(short.name, full.name)
                ):
                    self.table.absorb(
                        short, full, f"'{short.name}' is a short form of the title '{full.name}'"
                    )
                    works.remove(short)
                    break
        doc = self.doc
        stop = {i for i, t in enumerate(doc) if "\n" in t.text} | self.title_tokens
        for i, tok in enumerate(doc):
            if i in self.title_tokens:
                continue
            nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            work_context = tok.lower_ in SEQUEL_WORDS | {"film", "movie", "reboot", "remake"} or (
                tok.lower_ in ("starred", "stars", "also", "saw") and tok.i > 0
            )
            if not work_context or nxt == "to" and tok.lower_ in SEQUEL_WORDS:
                continue
            run = title_run_left(doc, i, stop)
            if not run:
                continue
            text = doc[run[0] : run[1]].text
            for work in works:
                if is_title_prefix(text, work.name) or fold(text) == fold(work.name):
                    span = doc[run[0] : run[1]]
                    self.table.add(
                        work.type,
                        work.name,
                        span.start_char,
                        span.end_char,
                        form=clean_name(text),
                        why=f"'{clean_name(text)}' is a short form of the title '{work.name}'",
                    )
                    self.title_tokens.update(range(run[0], run[1]))
                    break

    def _type_works(self) -> None:
        for work in self.table.of_family("work"):
            votes = {"TVSeries": 0, "Play": 0, "Movie": 0, "CreativeWork": 0}
            for s, e in work.mentions:
                words = set(self.context(s, e, width=4))
                votes["TVSeries"] += len(words & TV_WORDS)
                wide = set(self.context(s, e, width=8))
                votes["TVSeries"] += 2 * len(wide & SERIES_ONLY_WORDS)
                votes["Play"] += 2 * len(words & PLAY_WORDS)
                votes["Movie"] += len(words & FILM_WORDS)
                votes["CreativeWork"] += 2 * len(words & OTHER_WORK_WORDS)
                year = re.search(r"\b(19\d\d|20\d\d)\b", self.text[max(0, s - 30) : s])
                after = re.match(r"\s*\((19\d\d|20\d\d)\)", self.text[e : e + 8])
                if after:
                    work.year = int(after.group(1))
                elif (
                    year
                    and work.year is None
                    and re.search(
                        r"(19|20)\d\d\s+(\w+\s+)?(film|movie|comedy|drama|play|series|original|debut|hit|"
                        r"breakout|feature|"
                        r"musical|thriller|show)\b[,:]?\s*['\"\u2018\u201c]?\s*$",
                        self.text[max(0, s - 30) : s],
                    )
                ):
                    work.year = int(year.group(1))
            best = max(votes.items(), key=lambda kv: (kv[1], kv[0] == "Movie"))
            work.type = best[0] if best[1] > 0 else "Movie"

    def _sequel(self) -> None:
        """An untitled sequel becomes "<Original> sequel" (the data model's convention)."""
        works = [w for w in self.table.of_family("work")]
        low = self.text.lower()
        if not works:
            return
        lede_end = self.text.find("\n")
        lede_end = len(self.text) if lede_end < 0 else lede_end


        date = self.doc.user_data.get("kg_date")
        year = int(date[:4]) if date else None

        def weight(w):
            counted = [m for m in w.mentions if not title_qualifies_a_person(self.text, m[1])]
            in_lede = bool(counted) and counted[0][0] < lede_end
            older = year is not None and w.year is not None and w.year < year
            return (len(counted) + (1.5 if in_lede else 0) - (1.5 if older else 0),
                    -w.mentions[0][0])

        main = max((w for w in works if fold(w.name) not in self.new_titles), key=weight,
                   default=max(works, key=weight))
        self.table.main_work = main.id
        for w in works:  # "Back on Maple & Main, a reboot of the 2003 sitcom Maple & Main"
            for _s, e in w.mentions:
                m = re.match(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:reboot|remake|revival|"
                             r"spin-?off|adaptation|reimagining)\s+of\s+", self.text[e : e + 60])
                if not m:
                    continue
                old = [o for o in works for os, _ in o.mentions
                       if o is not w and 0 <= os - (e + m.end()) <= 30]
                if old:
                    w.based_on = old[0].id
                    self.new_titles.add(fold(w.name))
                    main = old[0]
                    self.table.main_work = main.id
        new = [w for w in works if fold(w.name) in self.new_titles and w is not main]
        if new:  # "a remake, titled X", "the film, retitled X": X is based on the original
            new[0].based_on = main.id
            self.table.sequel = new[0].id
            return
        sequel_words = [
            m for w in SEQUEL_WORDS for m in re.finditer(rf"\b{re.escape(w)}\b", low)
            if not re.search(r"\b(her|his|their|my|your|next)\s+$", low[max(0, m.start() - 8):
                                                                       m.start()])
        ]
        if not sequel_words:
            return
        for m in re.finditer(r"\bthe (sequel|follow-up|prequel) to\b", low):
            # "Iron Meadow, the sequel to Quiet Meadow" / "Iron Meadow is the sequel to …"
            before = [w for w in works for s, e in w.mentions if 0 <= m.start() - e <= 6]
            after = [w for w in works for s, e in w.mentions if 0 <= s - m.end() <= 3]
            if before and after and before[0] is not after[0]:
                before[0].sequel_of = after[0].id
                self.table.sequel, self.table.main_work = before[0].id, after[0].id
                return
        for a in works:  # "Vanguard Rising: Ashfall" is the sequel of "Vanguard Rising"
            for b in works:
                if a is not b and is_subtitled(a.name, b.name):
                    b.sequel_of = a.id
                    self.table.sequel = b.id
                    self.table.main_work = a.id
        if self.table.sequel:
            return
        # the work named right before "sequel" or right after "sequel to" is the original
        votes = {}
        for m in re.finditer(r"\b(sequel|follow-up|followup)\b( to)?", low):
            for w in works:
                for s, e in w.mentions:
                    before = m.start() - e
                    after = s - m.end()
                    if 0 <= before <= 3 or (m.group(2) and 0 <= after <= 3):
                        votes[w.id] = votes.get(w.id, 0) + 1
        original = max(
            works, key=lambda w: (votes.get(w.id, 0), len(w.mentions), -w.mentions[0][0])
        )
        sequel_name = f"{original.name} sequel"
        first = re.search(r"\b(sequel|follow-up|followup)\b", low)
        sequel = self.table.add(
            "Movie", sequel_name, first.start(), first.end(), form=first.group(0)
        )
        sequel.sequel_of = original.id
        self.table.sequel = sequel.id
        self.table.main_work = original.id

    # people and characters -----------------------------------------------------------------
    def _clean_ner(self, ent) -> tuple[int, int, str] | None:
        tokens = list(ent)
        if ent.label_ == "PERSON" and len(tokens) == 1:  # "Newcomer [Jamal] [Everett]"
            k = ent.start - 1
            if k >= 0 and self.doc[k].pos_ == "PROPN" and self.doc[k].text[:1].isupper() and \
                    not self.doc[k].ent_type_ and self.doc[k].lower_ not in NAME_PREFIXES and \
                    k not in self.title_tokens and self.doc[k].is_alpha:
                tokens = [self.doc[k], *tokens]
        while len(tokens) > 1 and (
            tokens[0].lower_ in NAME_PREFIXES
            or tokens[0].tag_ in ("VBG", "VBD", "VBZ", "IN")  # "Joining Fitch are …"
        ):
            tokens = tokens[1:]
        if ent.label_ == "PERSON":  # "Gideon Farrow's Tony": the name ends at the possessive
            cut = next((k for k, t in enumerate(tokens) if t.text in ("'s", "’s") and k), None)
            tokens = tokens[:cut] if cut else tokens
        while tokens and tokens[-1].text in ("'s", "’s", "'", "’", "(", ")", ",", "-", "\u2014"):
            tokens = tokens[:-1]
        while tokens and tokens[0].text in ("'", "‘", "(", "\u2014", "-", '"', "“"):
            tokens = tokens[1:]
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = self.text[start:end]
        if text.endswith(("'s", "’s")):
            end -= 2
            text = text[:-2]
        return start, end, text

    def _ner_mentions(self):
        persons, partials, others = [], [], []
        for ent in self.doc.ents:
            if ent.label_ in (
                "DATE",
                "TIME",
                "CARDINAL",
                "ORDINAL",
                "MONEY",
                "PERCENT",
                "QUANTITY",
                "LANGUAGE",
                "WORK_OF_ART",
                "LAW",
            ):
                continue
            if set(range(ent.start, ent.end)) & self.title_tokens:
                continue
            cleaned = self._clean_ner(ent)
            if not cleaned:
                continue
            start, end, text = cleaned
            grown = self._organization_around(start, end)
            if grown and ent.label_ == "PERSON" and (
                re.match(r"\s+of\b", self.text[end:]) or re.search(r"\sof$", text)
            ):
                grown = None  # "Fitz Abernathy of Sixpence Pictures": a person and a company
            if grown:
                start, end, text = grown
                others.append(Mention(start, end, text, "ORG", self.in_speech(start, end)))
                continue
            dangling = re.search(r"\s+(of|and|the|&)$", text)
            if dangling:  # "Fitz Abernathy of" (Sixpence Pictures)
                text = text[: dangling.start()]
                end = start + len(text)
            lower = re.search(r"\s(?!(?:of|and|the|de|du|van|von|la|le|da|y|&)\b)[a-z]\w*", text)
            if lower and ent.label_ in ("ORG", "GPE", "PERSON"):
                text = text[: lower.start()]
                end = start + len(text)
                if not text:
                    continue
            quote = self.in_speech(start, end)
            words = [w for w in re.split(r"\s+", text) if w]
            if ent.label_ == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words):
                persons.append(Mention(start, end, text, "person", quote))
            elif (
                len(words) == 1
                and text[:1].isupper()
                and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "PRODUCT", "FAC")
            ):
                partials.append(Mention(start, end, text, ent.label_, quote))
            else:
                others.append(Mention(start, end, text, ent.label_, quote))
        # capitalized tokens the tagger missed may still be surnames
        tagged = {t.i for e in self.doc.ents for t in e} | self.title_tokens
        for tok in self.doc:
            if tok.i in tagged or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            partials.append(
                Mention(
                    tok.idx, tok.idx + len(tok.text), tok.text, "PROPN", self.in_speech(tok.idx)
                )
            )
        return persons, partials, others

    def _organization_around(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The whole name when a tagger cut an organization short: "The Hollywood Reporter"."""
        right = re.match(r"(?:\s+(?:of\s+|&\s+)?[A-Z][\w&+'’.-]*)+", self.text[end : end + 60])
        if not right:
            return None
        words = right.group(0).split()
        if words[-1].lower().strip(".'’") not in ORG_WORDS:
            return None
        lo = start - 4 if self.text[max(0, start - 4) : start] == "The " else start
        hi = end + right.end()
        if self.text[hi - 1] == "." and len(words[-1]) > 4:
            hi -= 1  # "told The Hollywood Reporter." ends a sentence, not an abbreviation
        return lo, hi, self.text[lo:hi]

    def _characters(self) -> None:
        """Character names: "played Jane Roe", "Jane (Actor Name)", "the characters A and B"."""
        doc, text = self.doc, self.text
        self.character_names: list[tuple[int, int, str]] = []
        self.actor_character_pairs: list[tuple[int, int, int, int]] = []  # actor, char spans
        self.credit_pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []  # actor, work
        for i, tok in enumerate(doc):
            if self.in_speech(tok.idx):
                continue
            trigger = tok.lower_ in CHARACTER_TRIGGERS or (
                tok.lower_ == "as"
                and i > 0
                and (
                    doc[i - 1].lower_
                    in ("role", "roles", "stars", "star", "starring", "starred", "cast", "back")
                    or any(
                        t.lemma_ in CASTING_LEMMAS - {"be"} and t.pos_ == "VERB"
                        or t.lower_ in ("stars", "plays", "joins", "voices")
                        for t in doc[max(0, i - 14) : i]
                    )
                )
            )
            if tok.lower_ in ("role", "roles") and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
                trigger = True
            if not trigger:
                continue
            if tok.lower_ == "played" and i + 1 < len(doc) and doc[i + 1].lower_ == "by":
                continue
            for start, end in self._names_after(i + 1):
                self.character_names.append((start, end, text[start:end]))
        # "Romy (Sorvino)" and "Mira Sorvino (Romy)"
        name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
        for m in re.finditer(rf"({name}) \(({name})\)", text):
            if self.in_speech(m.start()):
                continue
            left, right = (m.start(1), m.end(1)), (m.start(2), m.end(2))
            if re.fullmatch(r"[A-Z]{2,6}", m.group(2)) or re.fullmatch(r"(19|20)\d\d", m.group(2)):
                continue  # an acronym or a year, not an actor
            end = text.find("\n", m.end())
            rest = text[m.end() : end if end > 0 else len(text)]
            rest = re.sub(rf"^(?:\s*(?:,|and|, and)\s+{name} \({name}\))*", "", rest)
            if JOIN_AFTER.match(rest):  # "Nadia Colfax (Harbor Nights) has joined the cast"
                work = self._add_work(*right, why="a credit in parentheses")
                if work is not None:
                    self.credit_pairs.append((left, right))
                continue
            self.actor_character_pairs.append((*left, *right))

    def _names_after(self, i: int):
        """Capitalized names after a trigger, skipping descriptive words ("the geeky ... X")."""
        doc = self.doc
        j, skipped = i, 0
        while j < len(doc) and skipped < 8:
            t = doc[j]
            if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.is_alpha:
                break
            descriptive = t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound") or \
                t.lower_ in ("named", "called")  # "the hired hand X", "a ranger named X"
            if (t.pos_ in ("VERB", "AUX") and not descriptive) or t.text in (".", ";", "\n") \
                    or "\n" in t.text:
                return
            if t.lower_ in ("in", "on", "for", "from", "at", "by", "to", "with"):
                return
            if t.text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in (
                    "and", "or", "while", "but", "who", "which"):
                return  # "play the mayor, and Tim Oduya as…": the part had no name
            j += 1
            skipped += 1
        k = j
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in ("'s", "’s"):  # "as Walt's daughter, Rosie X"
            m = k + 1
            while m < len(doc) and m - k < 5 and doc[m].is_lower:
                m += 1
            if m + 1 < len(doc) and doc[m].text == "," and doc[m + 1].text[:1].isupper():
                j = m + 1
        names = []
        while j < len(doc):
            k = j
            while (
                k < len(doc)
                and doc[k].text[:1].isupper()
                and doc[k].is_alpha
                and doc[k].i not in self.title_tokens
            ):
                k += 1
            if k == j:
                break
            names.append((doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text)))
            if k < len(doc) and doc[k].lower_ in (",", "and") and k + 1 < len(doc):
                nxt = k + 1 if doc[k].lower_ == "and" else k + 1
                if doc[nxt].lower_ == "and":
                    nxt += 1
                if nxt < len(doc) and doc[nxt].text[:1].isupper():
                    after = nxt
                    while after < len(doc) and doc[after].text[:1].isupper():
                        after += 1
                    if after < len(doc) and (doc[after].lower_ == "as" or doc[after].pos_ in (
                            "VERB", "AUX") and doc[after].is_lower):
                        break  # "… June Merriday and Lisle as Abe Linwood": Lisle is an actor
                    j = nxt
                    continue
            break
        yield from names

    def _actor_first(self, a: str, b: str, pair_span: tuple[int, int]) -> int:
        """In "A (B)", how sure that A is the actor (negative: B is)? Actors come back by
        surname, characters by first name; a lone surname in parentheses is the actor."""
        char_surnames = {fold(n).split()[-1] for _, _, n in self.character_names
                         if len(n.split()) > 1}
        if len(a.split()) > 1 and fold(a).split()[-1] in char_surnames:
            return -10
        if len(b.split()) > 1 and fold(b).split()[-1] in char_surnames:
            return 10
        if len(b.split()) == 1 and len(a.split()) >= 1 and self._is_known_surname(b):
            return -10
        if len(a.split()) == 1 and len(b.split()) >= 2 and self._is_known_surname(a):
            return 10
        chars = list(self.text)
        masked = [pair_span] + [tuple(m) for w in self.table.of_family("work") for m in w.mentions]
        for s, e in masked:
            chars[s:e] = " " * (e - s)
        outside = "".join(chars)

        def uses(word: str) -> int:
            """Times ``word`` stands alone (not inside a longer capitalized name)."""
            count = 0
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", outside):
                before = re.search(r"(\S+)\s+$", outside[: m.start()][-40:])
                after = re.match(r"\s+(\S+)", outside[m.end() : m.end() + 40])
                joined = any(x and x.group(1)[:1].isupper() and x.group(1)[-1:].isalpha()
                             for x in (before, after))
                count += not joined
            return count

        def actorness(name: str) -> int:
            parts = name.split()
            score = uses(parts[-1]) if len(parts) > 1 else uses(parts[0])
            return score - (uses(parts[0]) if len(parts) > 1 else 0)

        return actorness(a) - actorness(b)

    def _is_known_surname(self, word: str) -> bool:
        return any(fold(word) == fold(n).split()[-1] for n in getattr(self, "_full_names", {}))

    def _persons(self, persons: list[Mention], partials: list[Mention]) -> None:
        char_keys = {fold(n) for _, _, n in self.character_names}
        pair_sides = []
        for a_s, a_e, b_s, b_e in self.actor_character_pairs:
            pair_sides.append(((a_s, a_e), (b_s, b_e)))
        # full names first: they define who the surnames point to
        full = {}
        for m in persons:
            if fold(m.text) in char_keys:
                continue
            full.setdefault(fold(m.text), m.text)
        for key in list(full):  # "Miriam Osterhout" is "Miriam K. Osterhout"
            words = key.split()
            longer = [n for k, n in full.items() if len(k.split()) == 3 and len(words) == 2
                      and k.split()[0] == words[0] and k.split()[-1] == words[-1]
                      and len(k.split()[1].strip(".")) == 1]
            if len(longer) == 1:
                full[key] = longer[0]
        self._full_names = dict(full)

        def person_for(word: str, at: int) -> str | None:
            key = fold(word)
            hits = [n for k, n in full.items() if k.split()[-1] == key]
            if not hits:
                hits = [
                    n
                    for k, n in full.items()
                    if k.split()[0] == key and key not in {fold(c.split()[0]) for c in char_keys}
                ]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:  # two people share a surname: the one named most recently
                best, best_pos = None, -1
                for m in persons:
                    if m.text in hits and m.start < at and m.start > best_pos:
                        best, best_pos = m.text, m.start
                return best or hits[0]
            return None

        # the "(Name)" pairs: the side that is a known person is the actor
        self.pairs: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
        scores = [
            self._actor_first(self.text[a_s:a_e], self.text[b_s:b_e], (a_s, b_e))
            for (a_s, a_e), (b_s, b_e) in pair_sides
        ]
        sentence_of = [self.text.rfind(".", 0, a_s) for (a_s, _), _ in pair_sides]
        for n, ((a_s, a_e), (b_s, b_e)) in enumerate(pair_sides):
            # pairs in one list share their order: "A (B), C (D)" weighs the whole list
            own = scores[n]
            together = sum(
                sc for sc, at in zip(scores, sentence_of, strict=True) if at == sentence_of[n]
            )
            first = own > 0 if abs(own) >= 10 else together >= 0
            if first:
                actor, char = (a_s, a_e), (b_s, b_e)
            else:
                actor, char = (b_s, b_e), (a_s, a_e)
            name = self.text[actor[0] : actor[1]]
            who = full.get(fold(name)) or person_for(name, actor[0])
            if who is None and len(name.split()) >= 2:
                who = name
                full[fold(name)] = name
                persons.append(Mention(actor[0], actor[1], name, "person"))
            if who is None:
                continue
            self.character_names.append((*char, self.text[char[0] : char[1]]))
            self.pairs.append((who, actor, char))
        # characters: ranks are not part of the name ("Detective Marco Bellamy")
        self.character_names = [
            (s + len(m.group(0)), e, n[len(m.group(0)) :]) if (m := RANK.match(n)) else (s, e, n)
            for s, e, n in self.character_names
        ]
        char_keys = {fold(n) for _, _, n in self.character_names}
        for key in list(full):
            if key in char_keys:
                del full[key]
        char_keys = {fold(n) for _, _, n in self.character_names}
        # characters: the fullest form of each name
        chars = sorted(
            {(s, e, clean_name(n)) for s, e, n in self.character_names}, key=lambda x: x[0]
        )
        firsts = {}
        lasts: dict[str, set[str]] = {}
        for _s, _e, n in chars:
            if len(n.split()) > 1:
                lasts.setdefault(fold(n).split()[-1], set()).add(n)
        for s, e, n in sorted(chars, key=lambda x: -len(x[2])):
            head = fold(n).split()[0]
            canonical = firsts.get(head, n)
            firsts.setdefault(head, n)
            why = None if canonical == n else f"'{n}' is the first name of character '{canonical}'"
            family = lasts.get(head, set()) if len(n.split()) == 1 and canonical == n else set()
            if len(family) == 1 and head not in {k.split()[-1] for k in full}:
                canonical = next(iter(family))  # "played Vance": Orrin Vance, named in full
                why = f"'{n}' is the family name of character '{canonical}'"
            self.table.add("Character", canonical, s, e, form=n, why=why)
        self.char_firsts = firsts
        for m in persons:
            key = fold(m.text)
            if self.table.at(m.start, m.end, "character"):
                continue  # "Ellery Voss" inside "Captain Ellery Voss"
            if key in char_keys or key.split()[0] in firsts and key not in full:
                head = key.split()[0]
                if head in firsts:
                    self.table.add("Character", firsts[head], m.start, m.end, form=m.text)
                continue
            if m.text.split()[-1].lower().strip(".") in ORG_WORDS:  # "Lowtide Films"
                self.leftover = getattr(self, "leftover", [])
                self.leftover.append(Mention(m.start, m.end, m.text, "ORG", m.in_quote))
                continue
            if key in full:
                why = None if fold(full[key]) == key else \
                    f"'{m.text}' is {full[key]} without the middle initial"
                self.table.add("Person", full[key], m.start, m.end, form=clean_name(m.text),
                               why=why)
        for m in partials:
            word = clean_name(m.text)
            key = fold(word)
            if self.table.at(m.start, m.end):
                continue
            who = person_for(word, m.start)
            if who:
                self.table.add(
                    "Person",
                    who,
                    m.start,
                    m.end,
                    form=word,
                    why=f"'{word}' is the surname of {who}, named in full",
                )
            elif key in firsts:
                self.table.add(
                    "Character",
                    firsts[key],
                    m.start,
                    m.end,
                    form=word,
                    why=f"'{word}' is the first name of character '{firsts[key]}'",
                )
            else:
                m.kind = m.kind if m.kind != "PROPN" else "skip"
                self.leftover = getattr(self, "leftover", [])
                self.leftover.append(m)

    def _untagged_surnames(self) -> None:
        """ "Saltire, who played…": a surname the tagger took for a common noun."""
        people = {}
        for person in self.table.of_family("person"):
            people.setdefault(fold(person.name.split()[-1]), []).append(person)
        for hits in people.values():
            if len(hits) != 1 or len(hits[0].name.split()) < 2:
                continue
            who = hits[0]
            last = who.name.split()[-1]  # "Sorensen-Blythe" is three tokens: match the text
            for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", self.text):
                span = self.span(m.start(), m.end())
                if span is None or any(t.i in self.title_tokens for t in span):
                    continue
                if self.table.at(m.start(), m.end()) is None:
                    self.table.add("Person", who.name, m.start(), m.end(), form=last,
                                   why=f"'{last}' is the surname of {who.name}, named in full")

    # organizations and places ---------------------------------------------------------------
    def _others(self, others: list[Mention]) -> None:
        candidates = others + [m for m in getattr(self, "leftover", []) if m.kind != "skip"]
        # streamers by name, awards by their short names ("Emmy-winning", "a Tony")
        for m in re.finditer(r"(?<![\w-])([A-Z][A-Za-z]+\+?(?: TV\+)?)(?![\w+])", self.text):
            if fold(m.group(1)) in STREAMERS - {"max", "amazon", "neon"} and not self.in_speech(
                    m.start(1)):
                candidates.append(Mention(m.start(1), m.end(1), m.group(1), "ORG"))
        award = r"\b(Oscar|Emmy|Golden Globe|BAFTA|Grammy)s?(?=[\s-]|\b)|\b(Tony)(?=-| Award)"
        for m in re.finditer(award, self.text):
            word = m.group(1) or m.group(2)
            if fold(word) in AWARD_ALIASES and not self.in_speech(m.start()):
                candidates.append(Mention(m.start(), m.start() + len(word), word, "ORG"))
        # "X (formerly Twitter)": the old name is a form of the new one
        for m in re.finditer(
            r"\b([A-Z][\w+]*) \(formerly (?:known as )?([A-Z][\w+]*)\)", self.text
        ):
            self.table.add("Organization", m.group(1), m.start(1), m.end(1))
            self.table.add(
                "Organization",
                m.group(1),
                m.start(2),
                m.end(2),
                form=m.group(2),
                why=f"{m.group(1)} was formerly called {m.group(2)}",
            )
        # platforms the tagger missed ("on X")
        for m in re.finditer(r"\b(?:on|via|to|at|from|for|with|and|by)\s+([A-Z][A-Za-z+]*)",
                             self.text):
            if fold(m.group(1)) in PLATFORMS | STREAMERS and not self.in_speech(m.start(1)):
                candidates.append(Mention(m.start(1), m.end(1), m.group(1), "ORG"))
        # "told Outlet" objects are organizations (a person would be resolved already)
        for tok in self.doc:
            according = tok.lower_ == "to" and tok.i > 0 and tok.nbor(-1).lower_ == "according"
            if (tok.lower_ in ("told", "telling", "tells") or according) and tok.i + 1 < len(
                self.doc
            ):
                nxt = tok.nbor(1)
                if (
                    nxt.text[:1].isupper()
                    and nxt.ent_type_ not in ("PERSON",)
                    and not self.table.at(nxt.idx, nxt.idx + 1)
                ):
                    run = title_run_right(self.doc, nxt.i, set())
                    if run:
                        span = self.doc[run[0] : run[1]]
                        candidates.append(
                            Mention(span.start_char, span.end_char, span.text, "OUTLET")
                        )
        orgs, taken = [], []
        for m in sorted(candidates, key=lambda m: (m.start, -m.end)):
            if self.table.at(m.start, m.end) or any(s < m.end and m.start < e for s, e in taken):
                continue
            taken.append((m.start, m.end))
            name = clean_name(m.text)
            name = re.sub(r"\s+(magazine|newspaper|podcast)$", "", name, flags=re.I)
            key = fold(name)
            if not key or not name[:1].isupper() and not name[:1].isdigit():
                continue
            if key in AWARD_ALIASES:
                self.table.add("Organization", AWARD_ALIASES[key], m.start, m.end, form=name)
                continue
            if key in PLATFORMS or key in STREAMERS:
                self.table.add("Organization", name, m.start, m.end)
                continue
            if m.kind in ("GPE", "LOC", "FAC"):
                self.table.add("Place", name, m.start, m.end)
                continue
            if m.kind == "OUTLET":
                self.table.add("Organization", name, m.start, m.end)
                continue
            if m.kind in ("ORG", "EVENT", "PRODUCT") or (m.kind == "NORP" and "award" in key):
                orgs.append((m, name))
        known = [n for _, n in orgs if len(n.split()) > 1] + [
            e.name for e in self.table.of_family("org") if len(e.name.split()) > 1]
        for m in [c for c in candidates if len(c.text.split()) == 1]:
            full = next((n for n in known if n.split()[0] == m.text and
                         n.split()[-1].lower() in ORG_WORDS), None)
            if full and not self.table.at(m.start, m.end):
                self.table.add("Organization", full, m.start, m.end, form=m.text,
                               why=f"'{m.text}' is short for {full}")
        for m, name in orgs:
            if re.fullmatch(r"[A-Z]{2,5}", name):
                expanded = self._expand_acronym(name, known)
                if expanded:
                    self.table.add(
                        "Organization",
                        expanded,
                        m.start,
                        m.end,
                        form=name,
                        why=f"'{name}' spells the initials of {expanded}",
                    )
                elif name.lower() in KNOWN_ACRONYM_ORGS:
                    self.table.add("Organization", name, m.start, m.end)
                continue
            name = self._extend_org(m, name)
            self.table.add("Organization", name, m.start, m.end)

    def _expand_acronym(self, acronym: str, names: list[str]) -> str | None:
        for name in names:
            words = [w for w in re.split(r"[\s.]+", name) if w]
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if initials.upper() == acronym:
                return name
        return None

    def _extend_org(self, m: Mention, name: str) -> str:
        """Take back the words a tagger cut off: "20th" of "20th Century Studios"."""
        before = self.text[max(0, m.start - 8) : m.start]
        lead = re.search(r"(\d+(?:st|nd|rd|th))\s+$", before)
        if lead:
            return f"{lead.group(1)} {name}"
        return name

    def _mark_quote_only(self) -> None:
        """Places and organizations named only inside someone's words are not the article's."""
        keep = []
        for entity in self.table.entities:
            entity.in_quote_only = all(self.in_speech(s, e) for s, e in entity.mentions)
            if entity.in_quote_only and entity.type in ("Place", "Organization"):
                continue
            keep.append(entity)
        self.table.entities = keep
        # single words the tagger called organizations that are words of a title or a name
        title_words = {
            w
            for e in keep
            if e.type in ("Movie", "TVSeries", "Play", "CreativeWork", "Character")
            for w in fold(e.name).split()
        }
        self.table.entities = [
            e
            for e in keep
            if not (
                e.type == "Organization"
                and len(e.name.split()) == 1
                and fold(e.name) in title_words
            )
        ]

    def _order(self) -> None:
        """Number entities by first mention, so records read in text order."""
        for entity in self.table.entities:
            entity.mentions.sort()
        ordered = sorted(self.table.entities, key=lambda e: (e.mentions[0][0], e.type, e.name))
        remap = {}
        for n, entity in enumerate(ordered, 1):
            remap[entity.id] = f"e{n}"
        for entity in ordered:
            entity.id = remap[entity.id]
            entity.sequel_of = remap.get(entity.sequel_of)
            entity.based_on = remap.get(entity.based_on)
        self.table.entities = ordered
        self.table.main_work = remap.get(self.table.main_work)
        self.table.sequel = remap.get(self.table.sequel)
        self.remap = remap
