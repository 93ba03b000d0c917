"""Claims: direct quotations with their speaker, outlet and date, and reported statements.

Reads ``doc._.kg_entities`` and writes ``doc._.kg_claims``. A quotation's speaker is the subject
of the speech verb right after it ("…,” she told Variety) or before it (Cumming said, “…”); a
pronoun or "the actress" points to the person last spoken of (subjects first, gender kept), "the
studio" to the organization; an unattributed quote that continues a speaker's words keeps that
speaker. The outlet is where the words were said to ("told Us Weekly", "wrote on Instagram", "in
a chat with The A.V. Club", "told the outlet"), never the speaker; "in a statement" has none.
A speaker or outlet the entity tagger missed is added to the entity table when the attribution
names it plainly ("Reid Aldermere said", "told Collider").
"""

import re
from dataclasses import dataclass

from kg.extract.entities import family_of
from kg.extract.given_names import full_name_gender
from kg.extract.lexicon import (
    KNOWN_OUTLETS,
    NAME_PREFIXES,
    NOMINAL_ANAPHORS,
    ORG_WORDS,
    PLATFORMS,
    SAY_VERBS,
    outlet_name,
)
from kg.names import fold
from kg.records import Claim

SCARE_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "my"}
# Speech verbs beyond the shared lexicon (lemmas).
CLAIM_VERBS = SAY_VERBS | {
    "add",
    "concede",
    "laugh",
    "muse",
    "offer",
    "predict",
    "promise",
    "recount",
    "reflect",
    "remark",
    "stress",
    "warn",
    "whisper",
    "caption",
    "speak",
    "talk",
    "disagree",
    "counter",
    "maintain",
    "boast",
    "vow",
    "sigh",
    "rave",
    "lament",
    "confess",
    "clarify",
    "elaborate",
    "assert",
    "comment",
    "chime",
}
# Words that introduce where something was said, best first.
OUTLET_PREPS = {"on": 1, "via": 1, "with": 2, "during": 2, "to": 3, "in": 4}
# "with"/"to"/"in"/"during" only name an outlet after words like these ("in a chat with").
SETTING_NOUNS = {
    "interview",
    "chat",
    "conversation",
    "sit-down",
    "sitdown",
    "appearance",
    "episode",
    "podcast",
    "statement",
    "profile",
    "segment",
    "show",
    "broadcast",
    "q&a",
    "remarks",
    "comments",
    "post",
    "video",
    "story",
    "letter",
}
SETTING_VERBS = {"speak", "talk", "chat", "say", "appear", "tell", "write", "post", "share"}
# "she told the outlet": the outlet last named.
OUTLET_ANAPHORS = {
    "outlet",
    "publication",
    "magazine",
    "trade",
    "site",
    "paper",
    "newspaper",
    "website",
    "podcast",
}
PLATFORM_NAMES = {
    "x": "X",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "linkedin": "LinkedIn",
}
# Nouns standing for a person already named ("the actress said"), with a gender when they
# carry one.
PERSON_ANAPHORS = NOMINAL_ANAPHORS | {
    "winner",
    "nominee",
    "playwright",
    "author",
    "novelist",
    "screenwriter",
    "rapper",
    "musician",
    "veteran",
    "newcomer",
    "co-star",
    "costar",
    "executive",
    "chief",
    "artist",
    "alum",
    "scribe",
}
ANAPHOR_GENDER = {"actress": "f", "he": "m", "she": "f", "businesswoman": "f", "businessman": "m"}
# Nouns standing for an organization already named ("the studio said"), with the words its
# name may hold.
ORG_ANAPHORS = {
    "studio": ("studio", "studios", "pictures", "films", "entertainment"),
    "network": ("network", "networks", "television", "tv", "broadcasting", "channel"),
    "streamer": (),
    "company": ("company",),
    "festival": ("festival",),
    "academy": ("academy",),
    "guild": ("guild",),
    "distributor": ("distribution", "releasing"),
    "broadcaster": ("broadcasting",),
    "label": ("records",),
    "publisher": ("books", "press"),
    "agency": ("agency",),
    "theater": ("theater", "theatre"),
    "theatre": ("theater", "theatre"),
    "production company": ("productions",),
}
# Nouns of kin and rivalry: "his sister" is rarely the speaker himself.
RELATION_NOUNS = {
    "brother",
    "sister",
    "mother",
    "father",
    "husband",
    "wife",
    "son",
    "daughter",
    "rival",
    "nemesis",
    "boss",
    "friend",
    "boyfriend",
    "girlfriend",
    "partner",
    "co-star",
    "costar",
    "sibling",
    "twin",
    "cousin",
    "mentor",
    "assistant",
    "lover",
    "fiance",
    "fiancee",
    "love",
    "ex",
}
SOURCES = r"sources? (?:close to (?:the \w+|\w+) )?"
# Nouns that only stand for an organization whose name says so ("the festival").
STRICT_ORG_ANAPHORS = {"festival", "academy", "guild", "agency", "theater", "theatre"}
STATEMENT_NOUNS = {"statement", "release", "memo"}
# Who speaks for someone else: "a spokesperson for the network said" is the network speaking
SPOKES_NOUNS = {"spokesperson", "spokeswoman", "spokesman", "representative", "rep", "reps",
                "publicist", "spokespeople", "representatives"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_DEPS = ("ccomp", "relcl", "acl", "csubj", "parataxis", "advcl")
NOT_FIRST_NAMES = {"the", "a", "an", "by", "and", "with", "from", "for", "star", "director"}
MONTHS = "january february march april may june july august september october november december"
MONTH_NUM = {m: i for i, m in enumerate(MONTHS.split(), 1)}
LAST_YEAR = "last-year"  # resolved against the article's date when the record is made
LAST_MONTH = "last-month"
THIS_MONTH = "this-month"


@dataclass
class Ref:
    """A mention of a person or organization (a name, or a pronoun resolved to it)."""

    start: int
    who: str
    family: str  # person or org
    subject: bool
    says: bool = False  # the subject of a verb of saying ("and Brandt said…")
    owner: bool = False  # only a possessive: "Whitcombe's drama, in which she played"


def _subjects_first(refs: list[Ref]) -> list[Ref]:
    """Who says something first ("Mercer died, and Brandt said…": Brandt), then subjects,
    then other mentions, owners last ("Kim's film, in which she starred" is rarely Kim's)."""
    return [r for r in refs if r.says] + [r for r in refs if r.subject and not r.says] + \
        [r for r in refs if not r.subject and not r.owner] + \
        [r for r in refs if not r.subject and r.owner]


def is_owner(tok) -> bool:
    """The token is (part of) a possessive name outside the subject: "…, Dana J. Whitcombe's
    drama, in which she played" ("Marlow's reaction arrived" is about Marlow)."""
    head = tok.head if tok.dep_ in ("compound", "flat") else tok
    return head.dep_ == "poss" and head.head.dep_ not in SUBJECT_DEPS


def _words(name: str) -> list[str]:
    """The words of a name, possessive endings dropped ("Farrow's" -> "farrow")."""
    return [fold(re.sub(r"['\u2019]s\b", "", w)) for w in name.split()]


class ClaimFinder:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.table = doc._.kg_entities
        self.speech = sorted(self.table.speech, key=lambda q: q.start)
        self.claims: list[Claim] = []
        self.sents = list(doc.sents)
        self.sent_of_token = {}
        for i, sent in enumerate(self.sents):
            for tok in sent:
                self.sent_of_token[tok.i] = i
        self.gender: dict[str, str] = {}
        self.statement: set[int] = set()  # claims said "in a statement"
        self._add_missing_speakers()
        self._index_entities()
        self.refs: list[list[Ref]] = [self._explicit_refs(i) for i in range(len(self.sents))]
        self._genders()
        self.refs = []
        for i in range(len(self.sents)):
            self.refs.append(self._refs(i))
        self.outlet_events = self._outlet_events()

    # --- entities ----------------------------------------------------------------------------
    def in_speech(self, pos: int) -> bool:
        return any(q.inner_start <= pos < q.inner_end for q in self.speech)

    def _index_entities(self) -> None:
        self.owned = []  # (start, end, entity) of person and organization mentions
        for entity in self.table.entities:
            if family_of(entity.type) in ("person", "org"):
                self.owned.extend((s, e, entity) for s, e in entity.mentions)

    def entity_at(self, tok, families=("person", "org")):
        for s, e, entity in self.owned:
            if s <= tok.idx < e and family_of(entity.type) in families:
                return entity
        return None

    def _name_match(self, word: str, family: str):
        """The one person whose surname (or organization whose first word) is ``word``."""
        key = fold(re.sub(r"['\u2019]s$", "", word))
        if not key:
            return None
        found = []
        for entity in self.table.entities:
            if family_of(entity.type) != family:
                continue
            words = _words(entity.name)
            if family == "person" and len(words) > 1 and key in words[1:]:
                found.append(entity)
            elif family == "org" and len(words) > 1 and words[0] == key:
                found.append(entity)
        return found[0] if len(found) == 1 else None

    def named(self, tok):
        """The person or organization a name token stands for, tagged or not."""
        ent = self.entity_at(tok)
        if ent is not None:
            words = _words(ent.name)
            if len(words) == 1:  # "Halcyon" for "Halcyon Pictures" named in full
                ent = self._name_match(ent.name, family_of(ent.type)) or ent
            return ent
        if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return None
        return self._name_match(tok.text, "person") or self._name_match(tok.text, "org")

    def _add_missing_speakers(self) -> None:
        """A person the tagger missed who is the subject of a speech verb gets an entity:
        "Reid Aldermere said", or "Varga told Variety" with "Ines Varga" named earlier."""
        self._index_entities()
        for tok in self.doc:
            if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "PROPN" or self.in_speech(tok.idx):
                continue
            if tok.head.lemma_.lower() not in CLAIM_VERBS or not tok.text[:1].isupper():
                continue
            parts = [c for c in tok.children if c.dep_ in ("compound", "flat") and c.i < tok.i]
            first = parts[0] if parts else tok
            span = self.doc[first.i : tok.i + 1]
            if self.table.at(span.start_char, span.end_char) is not None:
                continue  # a name already known (a work's "The Glass Orchard, which…, told")
            if any(not t.text[:1].isupper() or not t.text.isalpha() for t in span):
                continue
            if any(t.lower_ in ORG_WORDS or fold(t.text) in KNOWN_OUTLETS for t in span):
                continue
            if self._name_match(tok.text, "person") or self._name_match(tok.text, "org"):
                continue
            if len(span) == 1:
                full = self._full_name(tok)
                if full is None:
                    continue
                name, start = full
            elif len(span) <= 3:
                name, start = span.text, span.start_char
            else:
                continue
            entity = self.table.add("Person", name, start, start + len(name))
            if [tok.idx, tok.idx + len(tok.text)] not in entity.mentions:
                entity.mentions.append([tok.idx, tok.idx + len(tok.text)])
            self._drop_places_in(entity)
            self._index_entities()

    def _drop_places_in(self, person) -> None:
        """A one-word place that is a word of the speaker's name ("Marta", "Zielinska") was
        the tagger misreading the name."""
        words = set(person.name.split())
        for place in [e for e in self.table.of_family("place") if e.name in words]:
            self.table.drop(place)

    def _full_name(self, tok) -> tuple[str, int] | None:
        """ "Firstname Surname" named before a bare surname, outside quotes."""
        skip = NOT_FIRST_NAMES | NAME_PREFIXES
        for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(tok.text)}\b", self.text):
            if m.start() >= tok.idx:
                break
            if m.group(1).lower() not in skip and not self.in_speech(m.start()):
                return f"{m.group(1)} {tok.text}", m.start()
        return None

    def _find_or_add_org(self, name: str, start: int, end: int):
        entity = self.table.find(name, "org")
        if entity is None:
            entity = self.table.add("Organization", name, start, end)
        elif [start, end] not in entity.mentions:
            entity.mentions.append([start, end])
        self._index_entities()
        return entity

    # --- who is spoken of, in order ----------------------------------------------------------
    def _explicit_refs(self, i: int) -> list[Ref]:
        refs = []
        for tok in self.sents[i]:
            if self.in_speech(tok.idx):
                continue
            ent = self.named(tok)
            if ent is None:
                continue
            subject = self._is_subject(tok)
            if refs and refs[-1].who == ent.id and refs[-1].start >= tok.idx - 40:
                refs[-1].subject = refs[-1].subject or subject
                refs[-1].owner = refs[-1].owner and is_owner(tok)
                continue
            refs.append(Ref(tok.idx, ent.id, family_of(ent.type), subject,
                            subject and self._says(tok), is_owner(tok)))
        return refs

    @staticmethod
    def _says(tok) -> bool:
        verb = tok.head if tok.dep_ in SUBJECT_DEPS else tok.head.head
        return verb.lemma_ in SAY_VERBS

    @staticmethod
    def _is_subject(tok) -> bool:
        if tok.dep_ in SUBJECT_DEPS:
            return True
        return tok.dep_ in ("compound", "flat", "conj", "appos") and tok.head.dep_ in SUBJECT_DEPS

    def _genders(self) -> None:
        """He or she, from "her"/"his"/"herself"/"himself" in a sentence about one person, "the
        actress", and he/she right after a sentence about one person."""
        votes: dict[str, list[str]] = {}
        for i, sent in enumerate(self.sents):
            # a name only as an owner ("Kim's drama, in which she played") gets no vote
            people = {r.who for r in self.refs[i] if r.family == "person" and not r.owner}
            first = min((r.start for r in self.refs[i] if r.family == "person"), default=None)
            outside = [t for t in sent if not self.in_speech(t.idx)]
            if len(people) == 1:
                who = next(iter(people))
                for t in outside:
                    if t.idx < first:
                        continue
                    low = t.lower_
                    if low in ("his", "her") and t.tag_ == "PRP$" and self._about_another(t):
                        continue
                    if low in ("he", "she") and t.dep_ in SUBJECT_DEPS:
                        votes.setdefault(who, []).append(ANAPHOR_GENDER[low])  # "X said she …"
                    elif (
                        low in ("himself", "herself") or low in ("his", "her") and t.tag_ == "PRP$"
                    ):
                        votes.setdefault(who, []).append("m" if low.startswith("hi") else "f")
                    elif low == "actress" and (t.head.i != t.i and self.named(t.head)):
                        votes.setdefault(who, []).append("f")
            if people or i == 0:
                continue
            before = {r.who for r in self.refs[i - 1] if r.family == "person" and not r.owner}
            if len(before) != 1:
                continue
            for t in outside:
                if t.lower_ in ("he", "she") and t.dep_ in SUBJECT_DEPS:
                    weak = ANAPHOR_GENDER[t.lower_] + "?"  # counts half of a direct cue
                    votes.setdefault(next(iter(before)), []).append(weak)
                    break
        for person in self.table.of_family("person"):
            got = votes.get(person.id, [])
            m = 2 * got.count("m") + got.count("m?")
            f = 2 * got.count("f") + got.count("f?")
            # a first name the census gives to one sex outweighs "she" in the sentence after
            guess = full_name_gender(person.name)
            if guess and not ({"m", "f"} & set(got)):
                self.gender[person.id] = guess
            elif m != f:
                self.gender[person.id] = "m" if m > f else "f"

    @staticmethod
    def _about_another(tok) -> bool:
        """ "her brother", "will play his rival": a possessive that likely means someone else."""
        noun = tok.head
        if noun.lemma_.lower() in RELATION_NOUNS:
            return True
        return noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in (
            "play",
            "portray",
            "voice",
            "replace",
        )

    def _refs(self, i: int) -> list[Ref]:
        """The sentence's mentions with pronouns and "the actress"/"the studio" resolved."""
        refs = []
        for tok in self.sents[i]:
            if self.in_speech(tok.idx):
                continue
            who = self.referent(tok, i, refs)
            if who is None:
                continue
            subject = self._is_subject(tok)
            if refs and refs[-1].who == who and refs[-1].start >= tok.idx - 40:
                refs[-1].subject = refs[-1].subject or subject
                refs[-1].owner = refs[-1].owner and is_owner(tok)
                continue
            family = family_of(self.table.get(who).type)
            refs.append(Ref(tok.idx, who, family, subject, subject and self._says(tok),
                            is_owner(tok)))
        return refs

    def referent(self, tok, i: int, current: list[Ref]) -> str | None:
        """The entity a token stands for: a name, or a pronoun or noun pointing back."""
        low = tok.lower_
        if low in ("he", "she") and tok.pos_ == "PRON":
            return self.resolve(i, tok.idx, current, "person", ANAPHOR_GENDER[low])
        if self._anaphoric(tok):
            if low in PERSON_ANAPHORS:
                return self.resolve(i, tok.idx, current, "person", ANAPHOR_GENDER.get(low))
            return self.resolve_org(i, tok, current)
        ent = self.named(tok)
        return ent.id if ent else None

    def _anaphoric(self, tok) -> bool:
        """ "The actress", "the studio": a noun with "the" and no name of its own."""
        if tok.lower_ not in PERSON_ANAPHORS and tok.lower_ not in ORG_ANAPHORS:
            return False
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.text.islower()):
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            return False
        return not any(self.named(c) for c in tok.children) and not self.named(tok.head)

    def _pools(self, i: int, pos: int, current: list[Ref]):
        """Candidates for a pronoun at ``pos``: this sentence before it, then the sentences
        before, each with subjects first."""
        here = [r for r in current if r.start < pos]
        yield _subjects_first(here)
        for j in range(i - 1, max(-1, i - 8), -1):
            yield _subjects_first(self.refs[j])

    def resolve(self, i: int, pos: int, current, family: str, gender: str | None):
        """The nearest fitting mention, one named only as an owner ("Kim's drama, in which
        she played") when no other fits in the sentences before."""
        pools = list(self._pools(i, pos, current))
        for owners in (False, True):
            for pool in pools:
                for ref in pool:
                    if ref.family != family or ref.owner != owners:
                        continue
                    if gender and self.gender.get(ref.who) not in (None, gender):
                        continue
                    return ref.who
        return None

    def resolve_org(self, i: int, tok, current) -> str | None:
        """ "The studio"/"the festival": the organization last named that fits the noun (not an
        outlet), or failing that one named so earlier in the text ("… Film Festival")."""
        words = ORG_ANAPHORS.get(tok.lower_, ())
        outlets = {e for _, _, e in getattr(self, "outlet_events", [])}
        fallback = None
        for pool in self._pools(i, tok.idx, current):
            for ref in pool:
                if ref.family != "org" or ref.who in outlets:
                    continue
                entity = self.table.get(ref.who)
                if fold(entity.name) in KNOWN_OUTLETS or fold(entity.name) in PLATFORMS:
                    continue
                if not words or set(_words(entity.name)) & set(words):
                    return ref.who
                if tok.lower_ not in STRICT_ORG_ANAPHORS:
                    fallback = fallback or ref.who
        if words and (not fallback or tok.lower_ in STRICT_ORG_ANAPHORS):
            heads = "|".join(re.escape(w.capitalize()) for w in words if w not in ("tv", "co"))
            pattern = rf"\b((?:[A-Z][\w.&'\u2019-]*\s+){{1,5}}(?:{heads}))\b"
            found = None
            for m in re.finditer(pattern, self.text[: tok.idx]):
                if not self.in_speech(m.start()) and "\n" not in m.group(1):
                    found = m
            if found:
                name = re.sub(r"^(?:The|A|An|At|In|On|By)\s+", "", found.group(1))
                start = found.start(1) + found.group(1).index(name)
                return self._find_or_add_org(name, start, start + len(name)).id
        return fallback

    # --- attribution -------------------------------------------------------------------------
    def speaker_of_verb(self, verb) -> str | None:
        aged = self._aged_anaphor(verb)
        if aged is not None:  # "…," the 33-year-old says: the person the story is about
            return self.resolve(self.sent_of_token[verb.i], aged.idx, [], "person", None)
        tok = verb
        for _ in range(4):
            subs = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            if len(subs) > 1:  # "Her co-star Theo Maddox calls her…", parsed as two subjects
                subs.sort(key=lambda c: self.named(c) is None)
            if subs and subs[0].tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                subs = [tok.head]  # "Kim, who told Variety …": Kim
            who = self.speaker_of_token(subs[0]) if subs else None
            if who or subs and tok is verb:
                return who
            if tok.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp") and tok.head != tok:
                tok = tok.head
                continue
            break
        return self._name_before(verb)

    def _name_before(self, verb) -> str | None:
        """The name right before a verb the parse gave no subject, past an age ("…," Pike,
        80, told People: the tagger read "Pike" as an adverb)."""
        j = verb.i - 1
        while j > 0 and (self.doc[j].text == "," or self.doc[j].like_num):
            j -= 1
        if j == verb.i - 1 or self.in_speech(self.doc[j].idx):
            return None  # (only past an age or a comma: "Pike told" has its subject)
        if self.doc[j].pos_ == "PRON":
            return None
        return self.speaker_of_token(self.doc[j])

    def _aged_anaphor(self, verb):
        """The "the" of "the 33-year-old says" right before ``verb`` (the tagger may read the
        whole as a noun phrase with no subject)."""
        words = self.doc[max(0, verb.i - 6) : verb.i]
        text = "".join(t.text_with_ws for t in words)
        m = re.search(r"\bthe (?:\d+|[a-z]+)-year-old\s*$", text)
        if m is None:
            return None
        start = words[0].idx + m.start()
        return next((t for t in words if t.idx == start), None)

    def speaker_of_token(self, tok) -> str | None:
        i = self.sent_of_token[tok.i]
        if tok.lower_ in SPOKES_NOUNS and tok.pos_ == "NOUN":
            return self.principal(tok, i)
        for ref in self.refs[i]:
            if ref.start == tok.idx or any(
                ref.start == t.idx for t in tok.children if t.dep_ in ("compound", "flat")
            ):
                return ref.who
        who = self.referent(tok, i, [r for r in self.refs[i] if r.start < tok.idx])
        if who:
            return who
        for t in tok.children:
            if t.dep_ in ("compound", "flat", "appos"):
                ent = self.named(t)
                if ent:
                    return ent.id
        return None

    def principal(self, tok, i: int) -> str | None:
        """Whom a spokesperson speaks for: "a spokesperson for the network" (the network),
        "Netflix's spokesperson", "an NBC spokesperson"; "the spokesperson" again is the one
        named before."""
        current = [r for r in self.refs[i] if r.start < tok.idx]
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                   for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            who = self.referent(owner, i, current)
            if who is None:
                ent = self.entity_at(owner)
                who = ent.id if ent is not None else None
            if who is not None:
                self.last_principal = who
                return who
        if any(c.lower_ in ("the", "this") for c in tok.children):
            return getattr(self, "last_principal", None)
        return None

    def say_verbs(self, lo: int, hi: int):
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        if span is None:
            return []
        return [
            t
            for t in span
            if t.lemma_.lower() in CLAIM_VERBS
            and (t.pos_ in ("VERB", "AUX") or t.lower_ in ("says", "said"))  # the tagger's noun
            and not self.in_speech(t.idx)
        ]

    def according_to(self, lo: int, hi: int) -> str | None:
        m = re.search(r"\baccording to\s+", self.text[lo:hi], re.I)
        if not m:
            return None
        span = self.doc.char_span(lo + m.end(), hi, alignment_mode="expand")
        if span is not None and len(span):
            i = self.sent_of_token[span[0].i]
            who = self.referent(span[0], i, [r for r in self.refs[i] if r.start < span[0].idx])
            if who is None and len(span) > 1:
                who = self.referent(span[1], i, [r for r in self.refs[i] if r.start < span[0].idx])
            return who
        return None

    def attribute(self, q, prev_end: int, para_start: int):
        """(speaker, verb token) for quote ``q``."""
        tail_end = min(self._next_quote_start(q.end), self._para_end(q.end))
        after = self.doc.char_span(q.end, tail_end, alignment_mode="contract")
        if after is not None and len(after):
            sent_end = after[0].sent.end_char
            inner = self.text[q.inner_start : q.inner_end].rstrip()
            words_after = [t for t in after if not t.is_punct and not t.is_space]
            if (
                inner.endswith((".", "!", "?"))
                and words_after
                and words_after[0].text[:1].isupper()
            ):
                # a new sentence after the quote: only an attribution right there ("Kim said")
                sent_end = words_after[min(3, len(words_after) - 1)].idx + 1
            for verb in self.say_verbs(q.end, min(tail_end, sent_end)):
                who = self.speaker_of_verb(verb)
                if who:
                    return who, verb
        if re.match(r"[\s,]*according to\b", self.text[q.end : q.end + 30], re.I):
            who = self.according_to(q.end, tail_end)
            if who:
                return who, None
        head_start = max(prev_end, para_start)
        verbs = self.say_verbs(head_start, q.start)
        for verb in reversed(verbs):
            who = self.speaker_of_verb(verb)
            if who:
                return who, verb
        who = self.according_to(head_start, q.start)
        if who:
            return who, None
        return self._introduced(q, para_start), None

    def _introduced(self, q, para_start: int) -> str | None:
        """Who a quote with no verb of saying is given to by the words that lead to it: the
        subject of the sentence it follows after a colon ("Ellery left a comment on the video:
        “…”"), or of the sentence that closes the paragraph before, when the quote opens its
        own paragraph ("Okonjo didn't hesitate.\n\n“In a heartbeat…”")."""
        sent = self._sentence_at(q.start)
        lead = self.text[max(sent.start_char, para_start) : q.start].rstrip() if sent else ""
        if lead.endswith(":") and not any(o.end <= q.start and o.start >= sent.start_char
                                          for o in self.speech):
            return self._subject_person(sent.root)
        if self.text[para_start : q.start].strip() or sent is None:
            return None
        before = self._previous_sentence(sent, 0)
        if before is None or any(before.start_char <= o.start < before.end_char
                                 for o in self.speech):
            return None  # (a quote of its own there: the carry-on rule's case)
        return self._subject_person(before.root)

    def _subject_person(self, root) -> str | None:
        subs = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        who = self.speaker_of_token(subs[0]) if subs else None
        ent = self.table.get(who) if who else None
        return who if ent is not None and ent.type == "Person" else None

    def _next_quote_start(self, pos: int) -> int:
        for q in self.speech:
            if q.start >= pos:
                return q.start
        return len(self.text)

    def _para_end(self, pos: int) -> int:
        i = self.text.find("\n", pos)
        return len(self.text) if i < 0 else i

    def _para_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    # --- outlet and date ---------------------------------------------------------------------
    def _attached(self, tok, verb) -> bool:
        """True when ``tok`` hangs on ``verb`` outside its content clause ("told X that …")."""
        t = tok
        for _ in range(12):
            if t.i == verb.i:
                return True
            if t.dep_ in CLAUSE_DEPS or t.head.i == t.i:
                return False
            t = t.head
        return False

    def outlet_near(self, lo: int, hi: int, verb=None, lenient=True) -> str | None:
        """The outlet named in [lo, hi): by "told", "on", "in an interview with" …, attached
        to ``verb`` when given (or, ``lenient``, anywhere in the stretch)."""
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return None
        best = None
        for attached_only in (True, False) if verb is not None else (False,):
            if best or not attached_only and not lenient:
                break
            for tok in span:
                told = tok.lemma_.lower() == "tell" and tok.pos_ in ("VERB", "AUX")
                if self.in_speech(tok.idx) or not told and tok.lower_ not in OUTLET_PREPS:
                    continue
                if attached_only and not self._attached(tok, verb):
                    continue
                rank = 0 if told else OUTLET_PREPS[tok.lower_]
                if best is not None and best[0] <= rank:
                    continue
                outlet = self.outlet_after(tok)
                if outlet and not attached_only and not told and self._in_content(tok, verb):
                    if fold(self.table.get(outlet).name) not in PLATFORMS:
                        continue  # "… the show, which airs on HBO": not where it was said
                if outlet:
                    best = (rank, outlet)
        return best[1] if best else None

    @staticmethod
    def _in_content(tok, verb) -> bool:
        """True inside a content or relative clause that the speech verb is not part of."""
        keep = {verb.i, *(t.i for t in verb.ancestors)} if verb is not None else set()
        return any(
            t.dep_ in ("ccomp", "relcl", "acl", "csubj") and t.i not in keep
            for t in [tok, *tok.ancestors]
        )

    def _setting(self, tok) -> bool:
        """ "with"/"to"/"in"/"during" introduce an outlet after "interview", "spoke" …"""
        if tok.lemma_.lower() == "tell" or tok.lower_ in ("on", "via"):
            return True
        head = tok.head
        if head.lemma_.lower() in SETTING_NOUNS or head.lemma_.lower() in SETTING_VERBS:
            return True
        return tok.lower_ == "during"

    def outlet_after(self, tok) -> str | None:
        """The outlet right after an outlet word, tagged or not."""
        setting = self._setting(tok)
        toks = list(self.doc[tok.i + 1 : tok.i + 10])
        k = 0
        while k < len(toks) and (
            toks[k].lower_ in ("the", "a", "an", "her", "his", "their", "its", "an")
            or toks[k].is_quote
            or toks[k].lower_ in SETTING_NOUNS
            and (toks[k].lower_ != "podcast" or k + 1 < len(toks) and toks[k + 1].is_title
                 or k + 2 < len(toks) and toks[k + 1].text == "," and toks[k + 2].is_title)
            or toks[k].text == "," and k and toks[k - 1].lower_ == "podcast"  # "podcast, X"
            # "on an October episode of": a month or a day before a setting word
            or toks[k].ent_type_ == "DATE" and k + 1 < len(toks) and toks[k + 1].lower_ in
            SETTING_NOUNS
            or toks[k].lower_ in ("latest", "recent", "new", "weekly", "of", "'s", "’s")
            # "on Monday's episode of the podcast X" (but "told TODAY" names the show)
            or toks[k].ent_type_ == "DATE" and k + 1 < len(toks) and toks[k + 1].lower_ in (
                "'s", "’s")
        ):
            if toks[k].lower_ in SETTING_NOUNS:
                setting = True
                if k + 1 < len(toks) and toks[k + 1].lower_ in ("with", "to", "on"):
                    return None  # "in an interview with X": X is found from its own word
            k += 1
        if k >= len(toks):
            return None
        host = self.entity_at(toks[k], ("person",))
        owned = next((n for n in range(k + 1, min(k + 4, len(toks)))
                      if toks[n].lower_ in ("'s", "’s")), None) if host else None
        if owned is not None and owned + 1 < len(toks) and \
                self.entity_at(toks[owned + 1], ("org",)):
            k = owned + 1  # "on Ben Farraday's Couch Notes podcast": the host's show
        first = toks[k]
        told = tok.lemma_.lower() == "tell"
        if (
            told
            and first.lower_ in OUTLET_ANAPHORS
            and k
            and toks[k - 1].lower_
            in (
                "the",
                "a",
            )
        ):
            before = [o for pos, _, o in getattr(self, "outlet_events", []) if pos < tok.idx]
            return before[-1] if before else self._last_outlet_before(tok.idx)
        ent = self.entity_at(first, ("org",))
        if ent is None:
            for nxt in toks[k + 1 : k + 3]:
                if told or tok.lower_ == "to" or self.entity_at(first, ("person", "work")):
                    break
                ent = self.entity_at(nxt, ("org",))
                if ent:
                    first = nxt
                    break
        if ent is not None:
            if not setting and fold(ent.name) not in PLATFORMS:
                return None
            end = max(e for s, e in ent.mentions if s <= first.idx < e)
            if self.text[end : end + 2] in ("'s", "\u2019s"):
                return None
            return ent.id
        if k and toks[k - 1].text == "The":  # "on The Talk": the article is the show's
            k -= 1
        return self._untagged_outlet(tok, toks[k:], setting)

    @staticmethod
    def _appearance(tok) -> bool:
        """ "appeared on X", "during an appearance on X", "stopped by X": X is a show."""
        return tok.lower_ in ("on", "by") and (
            tok.head.lemma_ in ("appear", "appearance", "stop", "visit", "guest")
            or tok.head.lower_ in ("episode", "edition"))

    def _untagged_outlet(self, tok, toks, setting: bool) -> str | None:
        """ "told Collider", "on X", "in a statement to People": an outlet the tagger missed."""
        run = []
        for t in toks:
            if t.text[:1].isupper() or t.text in ("&", "!") or t.text[:1].isdigit() and run:
                run.append(t)
            elif run and t.text == "." and run[-1].text in ("A.V", "E"):
                run.append(t)
            else:
                break
        if not run or self.in_speech(run[0].idx):
            return None
        key = fold(run[0].text.rstrip("."))
        if key in PLATFORMS and tok.lower_ in ("on", "via"):  # "on her Instagram Story"
            start = run[0].idx
            name = PLATFORM_NAMES.get(key, run[0].text.rstrip("."))
            return self._find_or_add_org(name, start, start + len(run[0].text.rstrip("."))).id
        if self.entity_at(run[0], ("person",)):
            return None
        if run[0].lower_ in ("the",) and len(run) == 1:
            return None
        while run:
            name = self.text[run[0].idx : run[-1].idx + len(run[-1].text)]
            after = self.text[run[-1].idx + len(run[-1].text) :][:2]
            if after in ("'s", "\u2019s"):
                return None
            key = fold(name)
            display = outlet_name(key)
            if display is None and key in PLATFORMS and tok.lower_ in ("on", "via"):
                display = PLATFORM_NAMES.get(key, name)
            if display is None and len(run) >= 2 and (self._appearance(tok) or tok.lower_ == "on"
                                                      and tok.head.lemma_ in SAY_VERBS) and \
                    not self.entity_at(run[0], ("person", "work")) and \
                    run[0].ent_type_ not in ("DATE", "TIME"):
                display = name  # "appeared on Watch What Happens Live", "said on The Talk"
            if display is None and tok.lemma_.lower() == "tell" and len(run) == 1:
                if not self._name_match(name, "person") and run[0].pos_ == "PROPN":
                    if not any(fold(name) in _words(e.name) for e in self.table.entities):
                        display = name
            if display is not None:
                if name.endswith(".") and not display.endswith("."):
                    name = name[:-1]  # "on X." is one token
                start = run[0].idx
                return self._find_or_add_org(display, start, start + len(name)).id
            run = run[:-1]
        return None

    def _last_outlet_before(self, pos: int) -> str | None:
        last = None
        for claim in self.claims:
            if claim.start < pos and claim.stated_in:
                last = claim.stated_in
        return last

    def date_in(self, lo: int, hi: int) -> str | None:
        outside = "".join(
            " " if self.in_speech(i) else c for i, c in enumerate(self.text[lo:hi], lo)
        )
        m = re.search(rf"\b({MONTHS.replace(' ', '|')})\s+((?:19|20)\d\d)\b", outside, re.I)
        if m:
            return f"{m.group(2)}-{MONTH_NUM[m.group(1).lower()]:02d}"
        m = re.search(r"\bin\s+((?:19|20)\d\d)\b", outside)
        if m:
            return m.group(1)
        if re.search(r"\blast year\b", outside, re.I):
            return LAST_YEAR
        if re.search(r"\blast month\b", outside, re.I):
            return LAST_MONTH
        if re.search(r"\b(?:earlier|later) this month\b", outside, re.I):
            return THIS_MONTH
        return None

    def date_of_verb(self, verb) -> str | None:
        """A date said of the verb itself ("told Variety in 2023", "… last year")."""
        parts = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp"))]
        for part in parts:
            for child in part.children:
                if child.dep_ in ("prep", "npadvmod", "advmod") and child.i > part.i:
                    sub = list(child.subtree)
                    found = self.date_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
                    if found:
                        return found
        return None

    # --- the pass ----------------------------------------------------------------------------
    def is_scare_quote(self, q) -> bool:
        inner = self.text[q.inner_start : q.inner_end]
        if len(inner.split()) > 3:
            return False
        before = self.text[max(0, q.start - 12) : q.start].split()
        return bool(before) and before[-1].lower() in SCARE_DETERMINERS

    def _sentence_at(self, pos: int):
        span = self.doc.char_span(pos, min(len(self.text), pos + 1), alignment_mode="expand")
        return span[0].sent if span is not None and len(span) else None

    def run(self) -> list[Claim]:
        prev = None  # (claim, quote, verb) of the previous quotation
        for q in self.speech:
            if any(
                o is not q and o.inner_start <= q.start and q.end <= o.inner_end
                for o in self.speech
            ) or self.is_scare_quote(q):
                continue
            inner = self.text[q.inner_start : q.inner_end]
            words = inner.rstrip().rstrip(",").rstrip()
            if not words.strip():
                continue
            start = q.inner_start + (len(inner) - len(inner.lstrip()))
            end = q.inner_start + len(words)
            sent = self._sentence_at(q.start)
            if sent is None:
                continue
            para_start = self._para_start(q.start)
            prev_end = prev[1].end if prev else 0
            who, verb = self.attribute(q, prev_end, para_start)
            if (
                prev
                and prev[0].author
                and (
                    verb is not None
                    and prev[2] is not None
                    and verb.i == prev[2].i
                    or who is None
                    and self._continues(prev[1], q)
                )
            ):
                self._carry_on(prev[0], start, end)
                prev = (prev[0], q, prev[2])
                continue
            claim = Claim(
                text=self.text[start:end], start=start, end=end, quote=self.text[start:end]
            )
            claim.author = who
            self._place(claim, len(self.claims), q, sent, verb, para_start)
            if (
                claim.date is None
                and prev
                and prev[0].author == who
                and self.text[prev[1].end : q.start].count("\n") <= 2
            ):
                claim.date = prev[0].date  # the same speaker, still in the same interview
            self.claims.append(claim)
            prev = (claim, q, verb)
        self._fill_from_same_speaker()
        self._reported()
        self._statements()
        return self.claims

    def _carry_on(self, claim, start: int, end: int) -> None:
        """The words of one utterance go on after its attribution or into the next paragraph:
        one claim whose quote joins the spans, "…" standing for the attribution left out."""
        last = claim.parts[-1][1] if claim.parts else claim.end
        gap = self.text[last:start].strip(" \n\t\u201c\u201d\"\u2018\u2019',")
        joint = " … " if gap else " "
        claim.parts.append([start, end])
        claim.quote = claim.text = f"{claim.quote}{joint}{self.text[start:end]}"

    def _place(self, claim, index: int, q, sent, verb, para_start: int) -> None:
        """The outlet and date of a quote: from its attribution, else from the sentence before
        when it is about the same speaker."""
        lo, hi = sent.start_char, max(sent.end_char, q.end)
        if verb is not None:
            lo, hi = min(lo, verb.sent.start_char), max(hi, verb.sent.end_char)
        claim.stated_in = self.outlet_near(lo, hi, verb)
        if self._said_in_statement(lo, hi, verb):
            self.statement.add(index)
        if claim.stated_in == claim.author:
            claim.stated_in = None
        claim.date = self.date_in(lo, hi)
        if claim.stated_in is None and verb is not None and verb.lemma_ == "tweet":
            claim.stated_in = self._find_or_add_org("Twitter", verb.idx,
                                                    verb.idx + len(verb.text)).id  # "tweeted"
        first = verb.sent if verb is not None and verb.sent.start_char < sent.start_char else sent
        # a paragraph that opens with the quote goes on from the paragraph before ("Carl made
        # his feelings clear on X.\n\n“…,” he wrote.")
        opens = not self.text[para_start : q.start].strip()
        before = self._previous_sentence(first, 0 if opens else para_start)
        # a quote's own "said in a statement" wins over an outlet named before it
        if index in self.statement:
            return
        if claim.stated_in is None and before is not None and claim.author:
            i = self.sents.index(before)
            people = [r for r in self.refs[i] if r.family == "person"]
            # the sentence is about the speaker: the speaker is its subject, or its first
            # person however parsed ("Felsted, in an interview with X, teased…")
            about = any(r.who == claim.author and (r.subject or r is people[0]) for r in people)
            # "Speaking to Screen Daily, the siblings finished each other's sentences." names
            # nobody but sets the interview the next quotes come from
            group = not people and re.search(r"\b(speaking|talking|spoke|talked) (to|with)\b",
                                             before.text, re.IGNORECASE)
            if about or group:
                root = before.root
                outlet = self.outlet_near(before.start_char, before.end_char, root)
                if outlet and outlet != claim.author:
                    claim.stated_in = outlet
                    claim.date = claim.date or self.date_of_verb(root)
                elif self._said_in_statement(before.start_char, before.end_char, root):
                    self.statement.add(index)

    def _said_in_statement(self, lo: int, hi: int, verb) -> bool:
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return False
        for tok in span:
            if tok.lemma_.lower() in STATEMENT_NOUNS and not self.in_speech(tok.idx):
                if verb is None or self._attached(tok, verb):
                    return True
        return False

    def _continues(self, before, q) -> bool:
        """An unattributed quote right after another (same or next paragraph) continues it."""
        between = self.text[before.end : q.start]
        if before.open_ended:
            return between.count("\n") <= 2 and not between.strip()
        return between.count("\n") <= 2 and len(between.strip()) < 80

    def _previous_sentence(self, sent, para_start: int):
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        if not prev.text.strip() and prev.start > 0:
            prev = self.doc[prev.start - 1].sent
        return prev if prev.start_char >= para_start else None

    def _outlet_events(self) -> list[tuple[int, str, str]]:
        """(position, speaker, outlet) for every "X told Outlet" in the article, quoted or not."""
        events = []
        self.outlet_events = events
        self.dated_events: set[int] = set()  # "told Us Weekly in 2019": that interview only
        for sent in self.sents:
            verbs = self.say_verbs(sent.start_char, sent.end_char) + [
                t for t in sent if t.lemma_ in ("appear", "stop", "visit", "guest")
                and t.pos_ == "VERB" and not self.in_speech(t.idx)]  # "appeared on X"
            for verb in verbs:
                who = self.speaker_of_verb(verb)
                outlet = who and self.outlet_near(sent.start_char, sent.end_char, verb, False)
                if outlet and outlet != who:
                    events.append((verb.idx, who, outlet))
                    if self.date_of_verb(verb) or self._of_another_year(verb):
                        self.dated_events.add(verb.idx)
        return sorted(events)

    def _in_dated_event(self, claim) -> bool:
        """The claim's outlet comes from a dated occasion earlier in its paragraph."""
        para = self.text.rfind("\n", 0, claim.start)
        return any(pos in self.dated_events and who == claim.author and outlet == claim.stated_in
                   and para < pos < claim.start for pos, who, outlet in self.outlet_events)

    def _of_another_year(self, verb) -> bool:
        """ "Appearing on a podcast in 2021, she …", "back in 2019 she told…": the verb's own
        clause (not a relative clause in it) tells of an earlier year."""
        about = {t.i for c in verb.subtree if c.dep_ in ("relcl", "acl") and c != verb
                 for t in c.subtree}
        clause = [t for t in verb.subtree if t.i not in about and not self.in_speech(t.idx)]
        words = "".join(t.text_with_ws for t in clause)
        date = self.doc.user_data.get("kg_date")
        year = str(date)[:4] if date else None
        return any(y != year for y in re.findall(r"\b(?:19|20)\d\d\b", words)) or \
            re.search(r"\b(last year|years ago|back in)\b", words, re.I) is not None

    def _fill_from_same_speaker(self) -> None:
        """A speaker's words without an outlet (and not given in a statement) were most likely
        said to the outlet she was last said to speak to (or, failing that, the next one)."""
        events = sorted(
            self.outlet_events
            + [(c.start, c.author, c.stated_in) for c in self.claims if c.author and c.stated_in]
        )
        # words dated to an earlier interview ("…," she said at the time) lend it to no others
        dated = self.dated_events | {c.start for c in self.claims if c.stated_in and (
            c.date or self._in_dated_event(c))}
        for index, claim in enumerate(self.claims):
            if claim.stated_in or not claim.author or index in self.statement:
                continue
            mine = [(pos, outlet) for pos, who, outlet in events if who == claim.author
                    and (pos not in dated or claim.date)]
            before = [o for pos, o in mine if pos < claim.start]
            after = [o for pos, o in mine if pos >= claim.start]
            if before or after:
                claim.stated_in = before[-1] if before else after[0]

    def _statements(self) -> None:
        """ "Lionsgate confirmed that Ruby Tam will star", "Netflix announced the cast to
        Variety": a reported statement (no quotation) by a named company or person."""
        for sent in self.sents:
            if any(q.start < sent.end_char and sent.start_char < q.end for q in self.speech):
                continue  # quoted words are claims of their own
            if any(c.overlaps(sent.start_char, sent.end_char) for c in self.claims):
                continue
            verb = next((t for t in sent if _statement_verb(t)), None)
            if verb is None:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"
                        and c.pos_ in ("PROPN", "NOUN")]
            who = next((e for c in subjects
                        for t in [c, *(x for x in c.children if x.dep_ in ("compound", "flat"))]
                        for e in [self.entity_at(t)] if e), None)
            if who is None:
                continue
            outlet = None
            for prep in (c for c in verb.children if c.dep_ in ("prep", "dative")):
                for obj in prep.children:
                    found = self.entity_at(obj, ("org",))
                    if found and found.id != who.id:
                        outlet = found.id
            body = sent.text.strip()
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            self.claims.append(Claim(text=body, start=start, end=start + len(body), quote=None,
                                     author=who.id, stated_in=outlet,
                                     date=self.date_in(sent.start_char, sent.end_char)))
        self.claims.sort(key=lambda c: c.start)

    def _reported(self) -> None:
        """ "According to Deadline, …", "…, sources told Variety.": the outlet reports it."""
        for sent in self.sents:
            text = sent.text
            m = (
                re.match(r"\s*(according to\s+)(.+?),\s", text, re.I)
                or re.search(rf"\b({SOURCES}(?:told|tell|tells)\s+)(.+?)\s+that\b", text, re.I)
                or re.search(r",[”\"’']?\s+(according to\s+)([^,]+?)[.,]", text, re.I)
                or re.search(rf",[”\"’']?\s+({SOURCES}(?:told|tell|tells)\s+)([^,]+?)\.\s*$",
                             text, re.I)
            )
            if not m:
                continue
            span = self.doc.char_span(
                sent.start_char + m.start(2), sent.start_char + m.end(2), alignment_mode="expand"
            )
            if span is None or not len(span):
                continue
            ent = self.entity_at(span[0], ("org",))
            if ent is None and m.group(1).lower().startswith("source"):
                outlet = self._untagged_outlet(span[0], list(span), True)
                ent = self.table.get(outlet) if outlet else None
            if ent is None or any(
                c.start >= sent.start_char and c.end <= sent.end_char for c in self.claims
            ):
                continue
            body = sent.text.strip()
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            self.claims.append(
                Claim(
                    text=body,
                    start=start,
                    end=start + len(body),
                    quote=None,
                    author=ent.id,
                    stated_in=ent.id,
                    date=self.date_in(sent.start_char, sent.end_char),
                )
            )
        self.claims.sort(key=lambda c: c.start)


STATEMENT_VERBS = {"confirm", "announce", "say", "reveal", "state", "deny"}


def _statement_verb(tok) -> bool:
    """A verb of saying with what was said ("confirmed the casting"), not negated ("has not
    announced plans": nobody said anything)."""
    return tok.pos_ == "VERB" and tok.lemma_ in STATEMENT_VERBS and (
        any(c.dep_ in ("ccomp", "dobj") for c in tok.children)) and not any(
        c.dep_ == "neg" for c in tok.children)


def find_claims(doc) -> list[Claim]:
    return ClaimFinder(doc).run()


def settle_dates(claims: list[Claim], article_date: str | None) -> None:
    """Relative dates become absolute, and undated claims take the article's date."""
    for claim in claims:
        if claim.date == LAST_YEAR:
            claim.date = str(int(article_date[:4]) - 1) if article_date else None
        elif claim.date in (LAST_MONTH, THIS_MONTH):
            if article_date and len(article_date) >= 7:
                year, month = int(article_date[:4]), int(article_date[5:7])
                if claim.date == LAST_MONTH:
                    year, month = (year, month - 1) if month > 1 else (year - 1, 12)
                claim.date = f"{year}-{month:02d}"
            else:
                claim.date = article_date
        elif claim.date is None:
            claim.date = article_date
