"""Organizations and places: names the tagger cut short, acronyms, award bodies,
streamers and platforms.

A mixin of :class:`kg.extract.entities.EntityFinder`.
"""

import re

from kg.extract.lexicon import (
    AWARD_ALIASES,
    KNOWN_ACRONYM_ORGS,
    ORG_WORDS,
    PLATFORMS,
    STREAMERS,
    STUDIOS,
    outlet_name,
)
from kg.extract.table import Mention, family_of
from kg.names import clean_name, fold

# "is repped by CAA and Anonymous Content", "is with WME": the firms that represent someone
REPPED = re.compile(r"\b(?:repped|represented)\s+by\s+|\b(?:is|are)\s+(?:also\s+|both\s+)?"
                    r"with\s+(?=[A-Z])")
# "; Lasko by APA and Artists First": the next person of the same list
REPPED_NEXT = re.compile(r"\s*(?:and\s+)?[A-Z][\w'’-]+(?:\s+(?:is|are))?\s+"
                         r"(?:(?:repped|represented)\s+by|by|with)\s+")
# "attorney Lena Cho of Hansen Jacobson": a person in the list, and maybe her firm
REP_PERSON = re.compile(r"(?:attorney|lawyer|manager|agent|publicist)\s+[^,;]*?(?:\s+of\s+|$)")


# "BBC One", "HBO Max", "BBC Films": a network's channel or arm after its initials
CHANNEL_AFTER = re.compile(r" (?:One|Two|Three|Four|America|Max|Films|Studios|Pictures|"
                           r"Television|Entertainment|Documentary Films)\b")


# "the Screen Actors Guild (SAG) Awards": the name goes on after its initials
AWARDS_AFTER_INITIALS = re.compile(r"\s*\([A-Z]{2,6}\)\s+(Awards?)\b")
# Where things happen rather than who does them: "Santa Monica's Barker Hangar"
VENUE_WORDS = {"hangar", "arena", "stadium", "ballroom", "pavilion", "amphitheatre",
               "amphitheater", "auditorium"}


class OrgRules:
    """The organization and place rules of the entity finder."""

    def _firms(self) -> None:
        """The agencies, management companies and law firms of a representation line are
        organizations, however much their names look like people's ("Ziffren Brittenham")."""
        self.firm_spans: list[tuple[int, int]] = []
        for m in REPPED.finditer(self.text):
            if self.in_speech(m.start()):
                continue
            ends = [e for e in (self.text.find(".", m.end()), self.text.find("\n", m.end()))
                    if e > 0]
            end = min(ends) if ends else len(self.text)
            at, parts = m.end(), self.text[m.end() : end].split(";")
            for n, part in enumerate(parts):
                lead = REPPED_NEXT.match(part) if n else None
                if n and lead is None:
                    break
                self._firm_items(at + (lead.end() if lead else 0),
                                 part[lead.end() if lead else 0 :])
                at += len(part) + 1

    def _firm_items(self, at: int, items: str) -> None:
        pos = 0
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", items):
            start = at + items.index(item, pos)
            pos = items.index(item, pos) + len(item)
            person = REP_PERSON.match(item)
            if person:  # the person stays a person; her firm follows "of"
                start, item = start + person.end(), item[person.end() :]
            client = REPPED_NEXT.match(item)  # "…, and Pratt by Gersh": the next client's firm
            if client:
                start, item = start + client.end(), item[client.end() :]
            item = item.strip()
            if not item[:1].isupper() or self.table.at(start, start + len(item), "work"):
                continue
            self.table.add("Organization", clean_name(item), start, start + len(item))
            self.firm_spans.append((start, start + len(item)))

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

    def _others(self, others: list[Mention]) -> None:
        candidates = others + [m for m in getattr(self, "leftover", []) if m.kind != "skip"]
        # streamers by name, awards by their short names ("Emmy-winning", "a Tony")
        for m in re.finditer(r"(?<![\w-])([A-Z][A-Za-z]+\+?(?: TV\+)?)(?![\w+])", self.text):
            if m.group(1).lower() in STREAMERS - {"max", "amazon", "neon"} and not self.in_speech(
                    m.start(1)):
                candidates.append(Mention(m.start(1), m.end(1), m.group(1), "ORG"))
        award = r"\b(Oscar|Emmy|Golden Globe|BAFTA|Grammy)s?(?=[\s-]|\b)|\b(Tony)(?=-| Award)"
        for m in re.finditer(award, self.text):
            word = m.group(1) or m.group(2)
            if fold(word) in AWARD_ALIASES and not self.in_speech(m.start()) and \
                    not self.table.at(m.start(), m.end(), "person") and \
                    not re.match(r" [A-Z][a-z]", self.text[m.end() : m.end() + 3]):  # Oscar Vey
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
        # "his Instagram Story", "on TikTok Live": the platform
        for m in re.finditer(r"\b([A-Z][A-Za-z]+)\s+(?:Story|Stories|Live|Reels?)\b", self.text):
            if fold(m.group(1)) in PLATFORMS and not self.in_speech(m.start(1)):
                candidates.append(Mention(m.start(1), m.end(1), m.group(1), "ORG"))
        # a streamer or studio that does what companies do ("Neon has acquired", "Neon said")
        for m in re.finditer(r"\b([A-Z][\w+]*)\s+(?:has|have|had|will|said|says|announced|"
                             r"confirmed|acquired|bought|released|picked up|is releasing)\b",
                             self.text):
            if fold(m.group(1)) in STREAMERS | STUDIOS and not self.in_speech(m.start(1)):
                candidates.append(Mention(m.start(1), m.end(1), m.group(1), "ORG"))
        # a podcast is where words are said: an outlet ("on the podcast Couch Talk", "on
        # her Couch Talk podcast")
        name = r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|the|and|with|&))*"
        named = [m.span(1) for m in re.finditer(rf"\bpodcast,? ({name})", self.text)] + \
            [m.span(1) for m in re.finditer(rf"({name}) podcast\b", self.text)]
        for start, end in sorted(set(named)):  # (two searches: "On the podcast X" has both)
            host = re.match(r"[A-Z][\w-]+ [A-Z][\w-]+['’]s ", self.text[start:end])
            if host:  # "Ben Farraday's Couch Notes podcast": the host's name is not the show's
                start += host.end()
            words = self.text[start:end]
            if words.split()[0] not in ("The", "A", "His", "Her", "Their", "On", "In") and \
                    not self.in_speech(start):
                self._free(start, end)  # "his podcast, Rewind with Gordon": no Gordon there
                candidates.append(Mention(start, end, words, "OUTLET"))
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
                    run = nxt.i
                    while run < len(self.doc) and (self.doc[run].text[:1].isupper() or
                                                   self.doc[run].text == "&"):
                        run += 1  # "told Entertainment Tonight at a press event": the name
                    if run > nxt.i:
                        span = self.doc[nxt.i : run]
                        candidates.append(
                            Mention(span.start_char, span.end_char, span.text, "OUTLET")
                        )
        orgs, taken = [], []
        # where the same words are a podcast or an outlet and a place, they are the outlet
        for m in sorted(candidates, key=lambda m: (m.start, -m.end, m.kind != "OUTLET")):
            if self.table.at(m.start, m.end) or any(s < m.end and m.start < e for s, e in taken):
                continue
            taken.append((m.start, m.end))
            if m.text.startswith("the ") and m.text[4:5].isupper():
                # "at the Sundance Film Festival": the tagger's span takes the article in
                m = Mention(m.start + 4, m.end, m.text[4:], m.kind, m.in_quote)
            if m.kind == "ORG" and re.search(r"\bAward$", m.text):
                continue  # "the Career Achievement Award": a prize, not who gives it
            awards = AWARDS_AFTER_INITIALS.match(self.text, m.end)
            if awards and m.kind == "ORG":  # "the Screen Actors Guild (SAG) Awards": the
                # name goes on after the initials (the mention stays the tagger's words)
                m = Mention(m.start, m.end, f"{m.text} {awards.group(1)}", m.kind, m.in_quote)
            if m.kind == "ORG" and m.text.split()[-1].lower() in VENUE_WORDS:
                m = Mention(m.start, m.end, m.text, "FAC", m.in_quote)  # "Barker Hangar"
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
            if key in STUDIOS:  # "Searchlight", short for "Searchlight Pictures" in the text
                full = next((clean_name(c.text) for c in candidates
                             if fold(c.text).startswith(key + " ")), name)
                self.table.add("Organization", full, m.start, m.end, form=name)
                continue
            if m.kind in ("GPE", "LOC", "FAC"):
                self.table.add("Place", name, m.start, m.end)
                continue
            if m.kind == "OUTLET" or m.kind == "ORG" and outlet_name(key):
                full = outlet_name(key) or name  # "the Guardian" is The Guardian
                self.table.add("Organization", full, m.start, m.end, form=name)
                continue
            if m.kind in ("ORG", "EVENT", "PRODUCT") or (m.kind == "NORP" and "award" in key):
                tidy = self._tidy(m, name)
                if tidy is not None:
                    orgs.append(self._with_article(*tidy))
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
                    channel = CHANNEL_AFTER.match(self.text[m.end :])
                    end = m.end + (channel.end() if channel else 0)  # "BBC One", "BBC Films"
                    self.table.add("Organization", self.text[m.start : end], m.start, end)
                continue
            name = self._extend_org(m, name)
            self.table.add("Organization", name, m.start, m.end)

    def _free(self, start: int, end: int) -> None:
        """Forget the person mentions inside [start, end), a name that is someone else's."""
        for entity in [e for e in self.table.entities if family_of(e.type) == "person"]:
            kept = [m for m in entity.mentions if not (start <= m[0] and m[1] <= end)]
            if not kept:
                self.table.drop(entity)  # "her podcast, Off Script": no person at all
            elif len(kept) < len(entity.mentions):
                entity.mentions = kept

    def _tidy(self, m: Mention, name: str) -> tuple[Mention, str] | None:
        """The tagger's span cut to the name: no sentence-opening "The" ("The Venice Film
        Festival unveiled…"), no edition number of a festival ("40th Toronto International
        Film Festival"), nothing after a comma ("Deadline, Saoirse Hale")."""
        cut = re.match(r"(?:The |\d+(?:st|nd|rd|th) (?=.*\b(?:Festival|Awards?)$))", name)
        if cut and (cut.group(0) != "The " or self._opens_sentence(m.start)):
            m = Mention(m.start + cut.end(), m.end, m.text[cut.end() :], m.kind, m.in_quote)
            name = name[cut.end() :]
        if ", " in name:
            head = name.split(", ")[0]
            m = Mention(m.start, m.start + len(head), head, m.kind, m.in_quote)
            name = head
        return (m, name) if name[:1].isupper() or name[:1].isdigit() else None

    def _opens_sentence(self, start: int) -> bool:
        span = self.span(start, start + 1)
        return span is not None and span[0].is_sent_start

    def _with_article(self, m: Mention, name: str) -> tuple[Mention, str]:
        """ "an interview with The Bookseller": a capitalized "The" inside a sentence is part of
        the name (a sentence's first word may just be the article)."""
        if self.text[max(0, m.start - 4) : m.start] != "The " or name.startswith("The "):
            return m, name
        span = self.span(m.start - 4, m.start - 1)
        if span is None or span[0].is_sent_start:
            return m, name
        return Mention(m.start - 4, m.end, "The " + m.text, m.kind, m.in_quote), "The " + name

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
        if lead and not re.search(r"\b(?:Festival|Awards?)$", name):  # "the 40th X Festival":
            # an edition, not the name
            return f"{lead.group(1)} {name}"
        return name
