"""Claims: direct quotations with their speaker, outlet and date, and reported statements.

Reads ``doc._.kg_entities`` and writes ``doc._.kg_claims``. A quotation's speaker is the subject
of the speech verb right after it ("…,” she told Variety) or right before it (Cumming said,
“…”); a pronoun or "the actress" points to the person last spoken of; an unattributed quote that
continues a speaker's words keeps that speaker. The outlet is where the words were said to
("told Us Weekly", "wrote on Instagram", "in a chat with The A.V. Club"), never the speaker.
"""

import bisect
import re

from kg.extract.entities import family_of
from kg.extract.lexicon import NOMINAL_ANAPHORS, PRONOUNS, SAY_VERBS
from kg.names import fold
from kg.records import Claim

SCARE_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "my"}
OUTLET_PREPS = {
    "told": 0,
    "telling": 0,
    "tells": 0,
    "tell": 0,
    "on": 1,
    "with": 2,
    "during": 2,
    "to": 3,
    "via": 1,
    "in": 4,
}
MONTHS = "january february march april may june july august september october november december"
MONTH_NUM = {m: i for i, m in enumerate(MONTHS.split(), 1)}
LAST_YEAR = "last-year"  # resolved against the article's date when the record is made


class ClaimFinder:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.table = doc._.kg_entities
        self.speech = sorted(self.table.speech, key=lambda q: q.start)
        self.claims: list[Claim] = []
        self._events()

    # --- who was spoken of, in order ---------------------------------------------------------
    def in_speech(self, pos: int) -> bool:
        return any(q.inner_start <= pos < q.inner_end for q in self.speech)

    def entity_at(self, tok, families=("person", "org")):
        for entity in self.table.entities:
            if family_of(entity.type) not in families:
                continue
            for s, e in entity.mentions:
                if s <= tok.idx < e:
                    return entity
        return None

    def _events(self) -> None:
        """Positions where a person is the subject, pronouns resolved as we go."""
        self.positions, self.subjects = [], []
        self.gender: dict[str, str] = {}
        for sent in self.doc.sents:
            people = []
            for tok in sent:
                if self.in_speech(tok.idx):
                    continue
                ent = self.entity_at(tok, ("person",))
                if (
                    ent
                    and tok.dep_ in ("nsubj", "nsubjpass")
                    or ent
                    and tok.head.dep_ in ("nsubj", "nsubjpass")
                    and tok.dep_ in ("compound", "conj")
                ):
                    self._push(tok.idx, ent.id)
                    people.append(ent.id)
                elif tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
                    who = self.resolve_pronoun(tok.lower_, tok.idx)
                    if who:
                        self._push(tok.idx, who)
                        people.append(who)
                elif ent and tok.i > 0 and tok.nbor(-1).lower_ in ("actress",):
                    self.gender.setdefault(ent.id, "f")
            if len(set(people)) == 1:
                outside = [t.lower_ for t in sent if not self.in_speech(t.idx)]
                if any(w in outside for w in ("his", "him")) and "her" not in outside:
                    self.gender.setdefault(people[0], "m")
                elif "her" in outside and not any(w in outside for w in ("his", "him")):
                    self.gender.setdefault(people[0], "f")

    def _push(self, pos: int, who: str) -> None:
        i = bisect.bisect(self.positions, pos)
        self.positions.insert(i, pos)
        self.subjects.insert(i, who)

    def resolve_pronoun(self, word: str, pos: int) -> str | None:
        """The person a he/she/"the actress" at ``pos`` points to: the last compatible subject."""
        want = PRONOUNS.get(word) if word in PRONOUNS else ("f" if word == "actress" else None)
        i = bisect.bisect_left(self.positions, pos)
        for j in range(i - 1, -1, -1):
            who = self.subjects[j]
            if want is None or self.gender.get(who) in (None, want):
                return who
        return None

    # --- attribution -------------------------------------------------------------------------
    def speaker_of_verb(self, verb) -> str | None:
        tok = verb
        for _ in range(3):
            subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subs:
                return self.speaker_of_token(subs[0])
            if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp") and tok.head is not tok:
                tok = tok.head
                continue
            break
        return None

    def speaker_of_token(self, tok) -> str | None:
        low = tok.lower_
        if low in ("he", "she"):
            return self.resolve_pronoun(low, tok.idx)
        if low in NOMINAL_ANAPHORS:
            return self.resolve_pronoun(low, tok.idx)
        for t in [tok, *tok.children]:
            ent = self.entity_at(t)
            if ent:
                return ent.id
        # a surname the tagger did not mark: the person named in full with it
        if tok.text[:1].isupper():
            for entity in self.table.entities:
                if entity.type == "Person" and fold(entity.name).split()[-1] == fold(tok.text):
                    return entity.id
        return None

    def say_verbs(self, lo: int, hi: int):
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        if span is None:
            return []
        return [
            t
            for t in span
            if t.lemma_.lower() in SAY_VERBS
            and t.pos_ in ("VERB", "AUX")
            and not self.in_speech(t.idx)
        ]

    def according_to(self, lo: int, hi: int) -> str | None:
        m = re.search(r"\baccording to\s+", self.text[lo:hi], re.I)
        if not m:
            return None
        span = self.doc.char_span(lo + m.end(), hi, alignment_mode="expand")
        if span is not None and len(span):
            ent = self.entity_at(span[0])
            return ent.id if ent else None
        return None

    def attribute(self, q, prev_end: int, para_start: int, sent):
        """(speaker, verb token) for quote ``q``."""
        tail_end = min(self._next_quote_start(q.end), self._para_end(q.end), sent.end_char + 1)
        verbs = self.say_verbs(q.end, tail_end)
        if verbs:
            who = self.speaker_of_verb(verbs[0])
            if who:
                return who, verbs[0]
        head_start = max(prev_end, para_start)
        verbs = self.say_verbs(head_start, q.start)
        if verbs:
            who = self.speaker_of_verb(verbs[-1])
            if who:
                return who, verbs[-1]
        who = self.according_to(head_start, q.start)
        if who:
            return who, None
        verbs = self.say_verbs(max(sent.start_char, para_start), sent.end_char)
        for verb in verbs:
            who = self.speaker_of_verb(verb)
            if who:
                return who, verb
        return None, None

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
    def outlet_in(self, lo: int, hi: int) -> str | None:
        best = None
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return None
        for tok in span:
            if self.in_speech(tok.idx) or tok.lower_ not in OUTLET_PREPS:
                continue
            for nxt in self.doc[tok.i + 1 : tok.i + 5]:
                ent = self.entity_at(nxt, ("org",))
                if ent is None:
                    continue
                end = max(e for s, e in ent.mentions if s <= nxt.idx < e)
                if self.text[end : end + 2] in ("'s", "’s"):
                    break
                rank = OUTLET_PREPS[tok.lower_]
                if best is None or rank < best[0]:
                    best = (rank, ent.id)
                break
        return best[1] if best else None

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
        return None

    # --- the pass ----------------------------------------------------------------------------
    def is_scare_quote(self, q) -> bool:
        inner = self.text[q.inner_start : q.inner_end]
        if len(inner.split()) > 3:
            return False
        before = self.text[max(0, q.start - 12) : q.start].split()
        return bool(before) and before[-1].lower() in SCARE_DETERMINERS

    def run(self) -> list[Claim]:
        prev = None  # (claim, quote) of the previous quotation
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
            sent = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            sent = sent[0].sent if sent is not None and len(sent) else None
            if sent is None:
                continue
            para_start = self._para_start(q.start)
            prev_end = prev[1].end if prev else 0
            who, verb = self.attribute(q, prev_end, para_start, sent)
            if who is None and prev and self._continues(prev[1], q):
                who = prev[0].author
            claim = Claim(
                text=self.text[start:end],
                start=start,
                end=end,
                quote=self.text[start:end],
                author=who,
            )
            lo = min(sent.start_char, verb.idx) if verb is not None else sent.start_char
            hi = max(sent.end_char, verb.idx + 1) if verb is not None else sent.end_char
            claim.stated_in = self.outlet_in(lo, hi)
            if claim.stated_in is None:
                prev_sent = self._previous_sentence(sent, para_start)
                if prev_sent is not None:
                    claim.stated_in = self.outlet_in(prev_sent.start_char, prev_sent.end_char)
            claim.date = self.date_in(lo, hi)
            if (
                claim.date is None
                and prev
                and prev[0].author == who
                and self.text[prev[1].end : q.start].count("\n") <= 2
            ):
                claim.date = prev[0].date  # the same speaker, still in the same interview
            self.claims.append(claim)
            prev = (claim, q)
        self._fill_from_same_speaker()
        self._reported()
        return self.claims

    def _continues(self, before, q) -> bool:
        """An unattributed quote right after another (same or next paragraph) continues it."""
        between = self.text[before.end : q.start]
        return between.count("\n") <= 2 and len(between.strip()) < 80

    def _previous_sentence(self, sent, para_start: int):
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        return prev if prev.start_char >= para_start else None

    def _outlet_events(self) -> list[tuple[int, str, str]]:
        """(position, speaker, outlet) for every "X told Outlet" in the article, quoted or not."""
        events = [(c.start, c.author, c.stated_in) for c in self.claims if c.author and c.stated_in]
        for sent in self.doc.sents:
            for verb in self.say_verbs(sent.start_char, sent.end_char):
                who = self.speaker_of_verb(verb)
                outlet = who and self.outlet_in(sent.start_char, sent.end_char)
                if outlet:
                    events.append((verb.idx, who, outlet))
        return sorted(events)

    def _fill_from_same_speaker(self) -> None:
        """A speaker's words without an outlet were most likely said to the outlet she was
        last said to speak to (or, failing that, the next one named)."""
        events = self._outlet_events()
        for claim in self.claims:
            if claim.stated_in or not claim.author:
                continue
            mine = [(pos, outlet) for pos, who, outlet in events if who == claim.author]
            before = [o for pos, o in mine if pos < claim.start]
            after = [o for pos, o in mine if pos >= claim.start]
            if before or after:
                claim.stated_in = before[-1] if before else after[0]

    def _reported(self) -> None:
        """ "According to Deadline, …", "Sources told Variety that …": the outlet reports it."""
        for sent in self.doc.sents:
            text = sent.text
            m = re.match(r"\s*(according to\s+)(.+?),\s", text, re.I) or re.search(
                r"\b(sources? (?:close to the \w+ )?told\s+)(.+?)\s+that\b", text, re.I
            )
            if not m:
                continue
            span = self.doc.char_span(
                sent.start_char + m.start(2), sent.start_char + m.end(2), alignment_mode="expand"
            )
            if span is None or not len(span):
                continue
            ent = self.entity_at(span[0], ("org",))
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


def find_claims(doc) -> list[Claim]:
    return ClaimFinder(doc).run()


def settle_dates(claims: list[Claim], article_date: str | None) -> None:
    """Relative dates become absolute, and undated claims take the article's date."""
    for claim in claims:
        if claim.date == LAST_YEAR:
            claim.date = str(int(article_date[:4]) - 1) if article_date else None
        elif claim.date is None:
            claim.date = article_date
