"""Entities of one article: find every mention, type it, and resolve partial forms.

Reads ``doc._.kg_quoted`` (from ``kg_quotes``) and writes ``doc._.kg_entities``, an
:class:`EntityTable`. The rules are general patterns of entertainment reporting: a title in
quotes is a work, "Name (Name)" pairs a character with an actor, a surname alone is the person
named in full earlier, an acronym is the organization whose initials it spells.
"""

import re

from kg.extract.orgs import OrgRules
from kg.extract.people import PeopleRules
from kg.extract.quotes import looks_like_title
from kg.extract.table import EntityTable, Mention, family_of
from kg.extract.titles import (
    TitleRules,
    is_subtitled,
    is_title_prefix,
    title_qualifies_a_person,
    title_run_left,
    title_run_right,
)
from kg.names import NICKNAME, fold

__all__ = [
    "EntityFinder",
    "EntityTable",
    "Mention",
    "family_of",
    "is_subtitled",
    "is_title_prefix",
    "title_qualifies_a_person",
    "title_run_left",
    "title_run_right",
]


def _a_verb(tok) -> bool:
    """ "to play Silas in X", "will film in May": a verb that is also a word for a work (or
    a modifier: "a song-and-dance makeover" is no song)."""
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-":
        return True
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_ in ("play", "film", "show", "feature",
                                                            "stage", "record")


# words whose period ends no sentence inside a title ("Mr. Smith Goes to Washington")
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "No", "Vol", "Pt", "Lt", "Sgt",
                 "Capt", "Col", "Gen", "Prof", "Rev", "vs", "Mt", "Ft"}


# Words of speech, never of a title quoted inside it: a pronoun subject or a copula
SPOKEN = re.compile(r"\b(I|I'm|I’m|you|he|she|we|they|my|your|our|is|are|was|were)\b")


# "…,” she continued", "…,” Mara Quist said": what comes after speech, not after a title
SAID_AFTER = re.compile(r"\s*,?\s*(s?he|they|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s+(said|says|"
                        r"told|tells|wrote|writes|added|adds|continued|continues|explained|"
                        r"explains|recalled|joked|replied|admitted|insisted|laughed|quipped|"
                        r"noted|asked)\b")
SAID_BEFORE = re.compile(r"\b(words?|repl(y|ied)|respon(se|ded)|answer(ed)?|comments?|commented|"
                         r"wrote|said|posted|captioned|tweeted|message)\b[^.!?]*:$")


class EntityFinder(TitleRules, PeopleRules, OrgRules):
    """Finds, types and resolves the entities of one doc."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.quoted = doc._.kg_quoted
        # 'Walter "Dutch" Hollister': {where the quote opens: the whole name's span}
        self.nicknames = {m.start(1) + 1: m.span() for m in NICKNAME.finditer(self.text)}
        self.speech = [q for q in self.quoted if q.double and not self._is_title_quote(q)
                       and q.start not in self.nicknames]
        self.table = EntityTable()
        self.char_to_token = {}
        self.title_tokens: set[int] = set()

    # helpers

    def in_speech(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(q.inner_start <= start and end <= q.inner_end for q in self.speech)

    def _is_title_quote(self, q) -> bool:
        if q.start in self.nicknames:
            return False
        inner = self.text[q.inner_start : q.inner_end].strip().rstrip(",.")
        if any(m.group(1) not in ABBREVIATIONS
               for m in re.finditer(r"(\w*)[.!?]\s+[A-Z]", inner)):
            return False  # "Back to the Hollow. Nobody is safe.": a caption's two sentences
        if not looks_like_title(inner):  # a single-quoted title ('Time After Time'), but
            # not words someone quotes inside their own ('Honey, my knees are older.')
            return not q.double and len(inner.split()) <= 8 and inner[:1].isupper() and \
                not SPOKEN.search(inner)
        tail = self.text[q.end : q.end + 30]
        if SAID_AFTER.match(tail):
            return False  # "“Honestly,” she continued"
        # "replied in the comments with a single word: “Maybe.”" (not "EXCLUSIVE: “X”")
        lead = self.text[max(0, q.start - 60) : q.start].rstrip()
        return not (lead.endswith(":") and inner.count(" ") < 2 and SAID_BEFORE.search(lead))

    def span(self, start: int, end: int):
        return self.doc.char_span(start, end, alignment_mode="expand")

    def context(self, start: int, end: int, width: int = 6) -> list[str]:
        span = self.span(start, end)
        if span is None:
            return []
        lo, hi = max(0, span.start - width), min(len(self.doc), span.end + width)
        def counts(t) -> bool:  # "The Quiet Season" says nothing of the work beside it
            return not _a_verb(t) and t.i not in self.title_tokens

        return [t.lower_ for t in self.doc[lo : span.start] if counts(t)] + [
            t.lower_ for t in self.doc[span.end : hi] if counts(t)
        ]

    def run(self) -> EntityTable:
        self.quoted_works: set[str] = set()
        self.new_titles: set[str] = set()  # "a remake, titled X": X is the new work
        self.with_seasons: set[str] = set()  # works that are an "it" with seasons
        self._titles_in_quotes()
        self._titles_from_patterns()
        self._propagate_titles()
        self._join_subtitles()
        self._firms()
        persons, partials, others = self._ner_mentions()
        persons += self._unlisted_persons(others)
        self._characters()
        self._persons(persons, partials)
        self._shared_surnames()
        self._others(others)
        self._untagged_surnames()
        self._partial_titles()
        self._split_joined_titles()
        self._type_works()
        self._sequel()
        self._mark_quote_only()
        self._order()
        self.table.pairs = getattr(self, "pairs", [])
        self.table.credits = [
            (person.id, work.id, rtype)
            for (ps, pe), (ws, we), rtype in getattr(self, "credit_pairs", [])
            if (person := self.table.at(ps, pe, "person"))
            and (work := self.table.at(ws, we, "work"))
        ]
        self.table.speech = self.speech
        return self.table

    # works ------------------------------------------------------------------------------

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
