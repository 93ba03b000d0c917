"""People and characters: the tagger's names cleaned, names it missed, surnames joined to
the full name, characters after "played" / "as", and "Name (Name)" cast pairs.

A mixin of :class:`kg.extract.entities.EntityFinder`.
"""

import re

from kg.extract.given_names import is_given_name
from kg.extract.lexicon import (
    AWARD_ALIASES,
    CHARACTER_TRIGGERS,
    NAME_PREFIXES,
    ORG_WORDS,
    PLATFORMS,
    ROLE_NOUNS,
    ROLE_VERBS,
    is_known_org,
)
from kg.extract.quotes import SMALL_WORDS
from kg.extract.table import Mention
from kg.names import clean_name, fold

RANK = re.compile(
    r"(?:Detective|Det\.|Sergeant|Sgt\.|Captain|Capt\.|Officer|Doctor|Dr\.|Agent|Lieutenant|"
    r"Lt\.|Professor|Prof\.|Judge|Sheriff|Inspector|Nurse|Father|Sister|Mr\.|Mrs\.|Ms\.|"
    r"Miss|Lord|Lady|General|Colonel|Major|Commander|Chief|Deputy|Coach|Principal|Prince|"
    r"Princess|King|Queen|Emperor|Empress|Duke|Duchess|Mother|Aunt|Uncle)\s+(?=[A-Z])"
)
# "Name (Title) is directing / will write / stars": the parentheses hold a credit.
ROLE_VERB_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:is|are|will|would|has|have|had|was|were)\s+)?(?:also\s+)?"
    r"(?:been\s+)?(?:set\s+to\s+|attached\s+to\s+|expected\s+to\s+|tapped\s+to\s+|"
    r"hired\s+to\s+|in\s+(?:final\s+|early\s+)?(?:talks|negotiations)\s+to\s+|to\s+)?"
    r"(direct(?:s|ing)?|writ(?:es|e|ing)|produc(?:es|e|ing)|helm(?:s|ing)?|pen(?:s|ning)?|"
    r"adapt(?:s|ing)?)\b")
VERB_STEMS = (("direct", "Director"), ("helm", "Director"), ("writ", "Writer"),
              ("pen", "Writer"), ("produc", "Producer"), ("adapt", "Writer"))
# "co-wrote the screenplay with X (Title)", "a rewrite by X (Title)": the writing is X's
WRITING_BEFORE = re.compile(r"\b(?:co-?wrote|wrote|written|rewrite|polish|script|screenplay)"
                            r"\b[^.;()]{0,40}\b(?:with|by)\s+(?:\w+\s+){0,2}$")
CASTING_LEMMAS = {"join", "cast", "star", "return", "reprise", "replace", "play", "appear",
                  "voice", "sign", "tap", "board", "portray", "come", "recast", "debut", "be",
                  "add", "enlist", "recruit", "hire", "bring", "recur", "guest", "cameo",
                  "feature"}
# "Inés and Teo Barragán": two first names and the surname they share
SHARED_SURNAME = re.compile(r"\b([A-Z][^\W\d_]+) and ([A-Z][^\W\d_]+ [A-Z][\w'’-]+)")
# "Callum Fay (Eleven Minutes to Dawn)", "Grady Poll (“The Iron Mile”)": a title in parentheses
_PERSON = r"(?<![\w.])[A-Z][\w'’-]*(?: (?:[A-Z]\.|[A-Z][\w'’-]*)){1,2}"
_SMALL = r"of|the|to|in|on|at|a|an|and|for|from|with|&"
_TITLE = rf"[A-Z0-9][\w'’.:&-]*(?: (?:[A-Z0-9][\w'’.:&-]*|{_SMALL}))*"
TITLE_IN_PARENTHESES = re.compile(rf"({_PERSON}) \([“\"]?({_TITLE})[,.]?[”\"]?\)")
# "Leo Brandt (Glass Town, Dust Road)": a list of credits in parentheses
_ITEM = rf"[“\"]?{_TITLE}[,.]?[”\"]?"
_NEXT = r"(?:[,;] |(?<=[,;][”\"]) |(?<![,;]) and )(?:and )?"
CREDIT_LIST = re.compile(rf"({_PERSON}) \(({_ITEM}(?:{_NEXT}{_ITEM}){{1,5}})\)")
# "Okafor-Bell is Dr. Ruth Adebayo, the county's medical examiner": a part named and described
IS_PART = re.compile(r"\b([A-Z][\w'’-]+) is (?:(?:Dr|Det|Sgt|Sheriff|Deputy|Detective|Officer|"
                     r"Agent|Captain|Father|Sister)\.? )?([A-Z][a-z]+(?: [A-Z][\w'’-]+)+), "
                     r"(?:a|an|the|his|her)\b")
# "Ana Ruiz (Blue Hour) as": a name and a credit in parentheses just before "as".
CREDIT_BEFORE = re.compile(r"[A-Z][\w'’-]+ \([^()]+\)\s*$")
# "Ana Ruiz (Blue Hour) as charge nurse Tess Garrity,": the part follows, the parentheses
# hold a credit (but "as Bramble's brother" describes the part in the parentheses).
AS_PART_AFTER = re.compile(r"\s+as\s+(?:[a-z][\w-]*\s+){0,3}[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
                           r"(?=[\s,.;:]|$)")
# After "Name (Title)": a verb of joining says the parentheses hold a credit, not a character.
JOIN_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:has|have|is|are|will|was|were|had)\s+(?:also\s+)?(?:been\s+)?)?"
    r"(?:joined|join|joins|joining|boarded|board|signed|set to (?:star|join)|tapped)\b")


def _name_like(word: str) -> bool:
    """A capitalized word of a name in any alphabet ("Inés", "Orlov-Tate", "O'Hara"), or an
    initial ("T.")."""
    if re.fullmatch(r"[A-Z]\.", word):
        return True
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return len(letters) > 1 and letters.isalpha() and word[0].isupper() and \
        any(c.islower() for c in letters) and not word.endswith("-")


def _name_word(tok) -> bool:
    """A word of a name: "Buck", or a rank written short ("Sgt.", "Dr.")."""
    return tok.is_alpha or tok.text.endswith(".") and RANK.match(tok.text + " X") is not None


# " Dani Ruiz in the HBO Max series Night Shift", " Lena Ostrowski on the NBC drama X": after
# "as", a name and the work it is a part in
PART_IN_WORK = re.compile(
    r"\s*(?:[A-Z][\w'’.-]+\s+){1,3}(?:in|on)\s+(?:the\s+|\w+['’]s\s+)?(?:[\w+-]+\s+){0,3}?"
    r"(?:series|film|movie|show|drama|comedy|sitcom|soap|thriller|franchise|play|musical|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*[,.;(])")
# "The story follows X": nouns whose following is a plot's
STORY_NOUNS = {"story", "film", "movie", "series", "show", "plot", "novel", "drama", "comedy",
               "thriller", "sequel", "book", "play", "musical", "episode", "season", "pilot"}


def _name_hyphen(doc, k: int) -> bool:
    """ "Ashby" "-" "Quinn": the hyphen of a double-barrelled name, no space on either side."""
    return k + 1 < len(doc) and doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper()


def _past_apposition(doc, k: int) -> int:
    """After a name at token ``k``: skip ", the scrap-metal scavenger" when a list goes on
    after it (", and"), so the next part in the list is found."""
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in (
            "the", "a", "an", "his", "her", "their", "its"):
        return k
    m = k + 2
    while m < len(doc) and m - k < 9 and (doc[m].is_lower or doc[m].text == "-"):
        m += 1
    if m + 1 < len(doc) and doc[m].text == "," and doc[m + 1].lower_ == "and":
        return m
    return k


def _past_descriptors(doc, k: int) -> int:
    """ "hacker Jo Lindqvist", "sky pirate Captain Rook": up to three lower-case words that
    describe the part before its name."""
    m = k
    while m < len(doc) and m - k < 3 and doc[m].is_lower and doc[m].pos_ in ("NOUN", "ADJ"):
        m += 1
    return m if m < len(doc) and doc[m].text[:1].isupper() else k


def _short_rank(doc, k: int) -> bool:
    """ "Sgt" "." "Buck": a rank written short, its period a token of its own."""
    return k + 2 < len(doc) and doc[k + 1].text == "." and doc[k + 2].text[:1].isupper() and \
        RANK.match(doc[k].text + ". X") is not None


class PeopleRules:
    """The person and character rules of the entity finder."""

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
            j, words = i, 0
            while j < len(self.doc) and words < 3 and j not in taken and (
                self.doc[j].pos_ == "PROPN" or words and is_given_name(self.doc[i].text)
                or words and self.doc[i].pos_ == "PROPN" and self.doc[j].pos_ in ("ADJ", "NOUN")
            ) and _name_like(self.doc[j].text):  # ("Priya Ramaswamy": the tagger's adjective)
                j += 1
                words += 1
                if j + 1 < len(self.doc) and self.doc[j].text == "-" and \
                        not self.doc[j - 1].whitespace_ and _name_like(self.doc[j + 1].text):
                    j += 2  # "Cole-Whitford": one word of a name
            if j - i == 1 and j < len(self.doc) and self._lone_tag(j):
                j, words = j + 1, 2  # "Renata [Cole]": the tagger took the surname for a thing
            if words >= 2 or j - i >= 2 and words == 1 and self.doc[i + 1].text == "-":
                span = self.doc[i:j]
                candidates.append(Mention(span.start_char, span.end_char, span.text, "PROPN"))
            i = max(j, i + 1)
        for m in candidates:
            parts = m.text.split()
            if not 2 <= len(parts) <= 4 or any(p.lower().strip(".") in ORG_WORDS for p in parts):
                continue
            if not all(_name_like(p) for p in parts):  # "Gemma Orlov-Tate", "Inés Barragán"
                continue
            if parts[0].endswith("ing") or parts[0].lower() in SMALL_WORDS | {"also", "then"}:
                continue  # "Joining Fitch are ...": a verb, not a first name
            if self.in_speech(m.start) or self.table.at(m.start, m.end):
                continue
            alone = counts.get(parts[-1], 0) - self.text.count(m.text)  # "Cole, 64, told"
            if alone >= 1 or self._person_context(m) or is_given_name(parts[0]):
                found.append(Mention(m.start, m.end, m.text, "person", False))
        return found

    def _topic_of_shared_surname(self, hits: list[str], persons) -> str | None:
        """Of two people sharing a surname, the one the story opens with, when the writer
        calls the other by first name ("June Ferreira … her brother, Mateo Ferreira … Mateo
        gave me my first job," Ferreira says)."""
        lede_end = self.text.find("\n")
        lede_end = len(self.text) if lede_end < 0 else lede_end
        opening = [h for h in hits if any(m.text == h and m.start < lede_end for m in persons)]
        if len(opening) != 1:
            return None
        others = [h for h in hits if h != opening[0]]
        by_first_name = all(re.search(
            rf"\b{re.escape(h.split()[0])}\b(?! {re.escape(h.split()[-1])})", self.text)
            for h in others)
        return opening[0] if by_first_name else None

    def _shared_surnames(self) -> None:
        """ "sibling filmmakers Inés and Teo Barragán": the first name before "and" shares the
        surname of the full name after it (a person of its own, never merged with it)."""
        for m in SHARED_SURNAME.finditer(self.text):
            first, full = m.group(1), m.group(2)
            part = re.search(r"\b(?:as|play|plays|played|playing)\s+$",
                             self.text[max(0, m.start(1) - 12) : m.start(1)])
            if part:  # "reprise their roles as Walt and Donna Hartley": two characters
                other = self.table.at(m.start(2), m.end(2))
                if other is not None and not self.in_speech(m.start(1)):
                    surname = m.group(2).split()[-1]
                    for entity in (other, None):
                        if entity is not None and entity.type == "Person" and \
                                len(entity.mentions) == 1:
                            entity.type = "Character"
                    alone = self.table.at(m.start(1), m.end(1), "character")
                    whole = self.table.add("Character", f"{first} {surname}", m.start(1),
                                           m.end(1), form=first)
                    if alone is not None and alone is not whole and \
                            len(alone.name.split()) == 1:
                        self.table.absorb(alone, whole, f"'{first}' shares '{surname}'")
                continue
            person = self.table.at(m.start(2), m.end(2), "person")
            if person is None or len(person.name.split()) < 2 or self.in_speech(m.start(1)):
                continue
            if self.table.at(m.start(1), m.end(1)) is not None:
                continue  # "Netflix and Ana Ruiz": already someone or something
            tok = self.span(m.start(1), m.end(1))
            if tok is None or first.lower() in SMALL_WORDS | {"both", "but"} or not (
                    is_given_name(first) or tok[0].pos_ == "PROPN" and not tok[0].ent_type_):
                continue
            surname = person.name.split()[-1]
            if full.split()[0] == person.name.split()[0]:
                self.table.add("Person", f"{first} {surname}", m.start(1), m.end(1),
                               form=first, why=f"'{first} and {full}' share the surname")

    def _lone_tag(self, j: int) -> bool:
        """Token ``j`` is a capitalized word the tagger alone took for a thing or a company."""
        tok = self.doc[j]
        ent = next((e for e in self.doc.ents if e.start <= j < e.end), None)
        return ent is not None and len(ent) == 1 and ent.label_ in ("PRODUCT", "ORG", "GPE",
                                                                     "NORP", "FAC") and \
            re.fullmatch(r"[A-Z][a-z'’-]+", tok.text) is not None and j not in self.title_tokens

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
        if span.start > 2 and self.doc[span.start - 1].lower_ in ("and", "&") and \
                self.doc[span.start - 2].ent_type_ == "PERSON":
            return True  # "Gregor Baillie and Ottilie Fairbanks", however the parse joins them
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
        if re.match(r" (?:directing|producing|writing|starring|co-starring|hosting)\b",
                    self.text[m.end : m.end + 14]):
            return True  # "with Priya Ramaswamy directing"
        if re.match(r" (?:is |was |are )?(?:set|poised|tapped|attached|expected|on board|"
                    r"in (?:early |final )?(?:talks|negotiations)) to (?:star|direct|write|"
                    r"produce|helm|play|lead|co-star)\b", self.text[m.end : m.end + 60]):
            return True  # "with Noor Haddadi set to star"
        after = self.text[m.end : m.end + 6]
        if re.match(r" as (?:her|his|their|a|an|the|[A-Z])", self.text[m.end : m.end + 12]):
            return True  # "with John Roe as her brother"
        return (
            after.startswith((", who", " ("))
            and not after.startswith(" (1")
            and not after.startswith(" (2")
        )

    def _clean_ner(self, ent) -> tuple[int, int, str] | None:
        tokens = list(ent)
        if ent.label_ == "PERSON" and len(ent.text.split()) == 1:  # "Newcomer [Jamal] [Everett]",
            # "Priya [Malhotra-Quinn]": one word of a name, hyphened or not
            k = ent.start - 1
            if k >= 0 and self.doc[k].pos_ == "PROPN" and self.doc[k].text[:1].isupper() and \
                    not self.doc[k].ent_type_ and self.doc[k].lower_ not in NAME_PREFIXES and \
                    k not in self.title_tokens and self.doc[k].is_alpha:
                tokens = [self.doc[k], *tokens]
        while len(tokens) > 1 and (
            tokens[0].lower_ in NAME_PREFIXES and not (  # "Oscar Delmont" is a name
                tokens[0].lower_ in AWARD_ALIASES and len(tokens) == 2 and tokens[1].is_title)
            or tokens[0].tag_ in ("VBG", "VBD", "VBZ", "IN")  # "Joining Fitch are …"
        ):
            tokens = tokens[1:]
        if ent.label_ == "PERSON":  # "Gideon Farrow's Tony": the name ends at the possessive
            cut = next((k for k, t in enumerate(tokens) if t.text in ("'s", "’s") and k), None)
            tokens = tokens[:cut] if cut else tokens
        while tokens and (tokens[-1].text in ("'s", "’s", "'", "’", "(", ")", ",", "-", "\u2014",
                                              ".", ";", ":") or tokens[-1].is_space):
            tokens = tokens[:-1]  # "starred Boris Thane." at the end of the text
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
            if set(range(ent.start, ent.end)) & self.title_tokens or any(
                    s < ent.end_char and ent.start_char < e for s, e in self.firm_spans):
                continue  # a title, or a firm of a representation line
            cleaned = self._clean_ner(ent)
            if not cleaned or ent.label_ == "PERSON" and ent.text.isupper() and len(ent) > 1:
                continue  # "LOS ANGELES (AP) —": a dateline, no person
            start, end, text = cleaned
            nick = next(((s, e) for s, e in self.nicknames.values() if s <= start < e), None)
            if nick and start > nick[0]:
                continue  # the nickname or the surname of 'Walter "Dutch" Hollister'
            if nick:
                start, end = nick
                text = clean_name(self.text[start:end])
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
            if len(words) > 1 and fold(words[0]) in PLATFORMS:
                continue  # "his Instagram Story": the platform's, no one's name
            pair = re.fullmatch(r"([A-Z][^\s,]*(?: [A-Z][^\s,]*)+),? (?:and|&) "
                                r"([A-Z][^\s,]*(?: [A-Z][^\s,]*)+)", text)
            if ent.label_ == "PERSON" and pair:  # "Grant Whitaker and Sofia Delane": two
                for g in (1, 2):
                    persons.append(Mention(start + pair.start(g), start + pair.end(g),
                                           pair.group(g), "person", quote))
                continue
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
        for s, e in self.nicknames.values():  # 'Rosalind "Roz" Achebe', untagged
            if not any(s <= m.start < e for m in persons + others + partials) and \
                    not self.in_speech(s, e):
                persons.append(Mention(s, e, clean_name(self.text[s:e]), "person", False))
        # capitalized tokens the tagger missed may still be surnames
        tagged = {t.i for e in self.doc.ents for t in e} | self.title_tokens
        tagged |= {t.i for s, e in self.nicknames.values() for t in self.span(s, e)}
        for tok in self.doc:
            if tok.i in tagged or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            partials.append(
                Mention(
                    tok.idx, tok.idx + len(tok.text), tok.text, "PROPN", self.in_speech(tok.idx)
                )
            )
        return persons, partials, others

    def _characters(self) -> None:
        """Character names: "played Jane Roe", "Jane (Actor Name)", "the characters A and B"."""
        doc, text = self.doc, self.text
        self.character_names: list[tuple[int, int, str]] = []
        self.actor_character_pairs: list[tuple[int, int, int, int]] = []  # actor, char spans
        self.credit_pairs: list[tuple] = []  # (person span, work span, role type)
        cast_sentence = -1  # the sentence where the last character cue was seen
        for i, tok in enumerate(doc):
            if self.in_speech(tok.idx):
                continue
            trigger = tok.lower_ in CHARACTER_TRIGGERS or (
                tok.lower_ == "as"
                and i > 0
                and (
                    doc[i - 1].lower_
                    in ("role", "roles", "stars", "star", "starring", "starred", "cast", "back",
                        "turn", "performance", "stint", "co-starred", "costarred", "attached",
                        "through", "out",  # "is attached as", "broke through as"
                        "returns", "return", "returning")  # the tagger may read "returns" as a noun
                    or doc[i - 1].lower_ == "known" and re.match(  # "best known as X on Y"
                        r"\s+(?:[\w'’.-]+\s+){1,4}?(?:on|in)\s+(?:the\s+)?[A-Z\w]",
                        text[tok.idx + 2 : tok.idx + 80])
                    or any(
                        t.lemma_ in CASTING_LEMMAS - {"be"} and t.pos_ == "VERB"
                        or t.lower_ in ("stars", "plays", "joins", "voices", "includes")
                        for t in doc[max(0, i - 14) : i]
                    )
                )
            )
            if tok.lower_ in ("role", "roles", "part") and i + 1 < len(doc) and \
                    doc[i + 1].lower_ == "of":  # "the role of X", "eyeing the part of Y"
                trigger = True
            if tok.lower_ == "as" and PART_IN_WORK.match(text, tok.idx + 2):
                trigger = True  # "broke out as Dani Ruiz in the HBO Max series Night Shift"
            if tok.lemma_ in ("follow", "center", "centre", "revolve") and any(
                    c.dep_ == "nsubj" and c.lower_ in STORY_NOUNS for c in tok.children):
                trigger = True  # "The 1930s-set story follows Evangeline Marsh, a widowed…"
            if tok.lower_ == "as" and i > 0 and doc[i - 1].pos_ == "PROPN" and (
                    cast_sentence == tok.sent.start or doc[i - 1].ent_type_ == "PERSON"):
                trigger = True  # "…; Bashir Haddad as Omar Saleh", "Cal Thorne as the exiled X"
            if tok.lower_ == "as" and i > 2 and doc[i - 1].text == ")" and \
                    CREDIT_BEFORE.search(text[max(0, tok.idx - 60) : tok.idx]):
                trigger = True  # "Ana Ruiz (Blue Hour) as Tess Garrity"
            if trigger:
                cast_sentence = tok.sent.start
            if not trigger:
                continue
            if tok.lower_ == "played" and i + 1 < len(doc) and doc[i + 1].lower_ == "by":
                continue
            if tok.lower_.startswith("character") and i + 1 < len(doc) and \
                    doc[i + 1].lower_ in ("actor", "actress", "actors", "actresses"):
                continue  # "veteran character actor X" is a person
            for start, end in self._names_after(i + 1):
                self.character_names.append((start, end, text[start:end]))
        # "Romy (Sorvino)" and "Mira Sorvino (Romy)"
        name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
        # "the remake has found its Lena Morrow": a work finds an actor for its character
        found_its = r"\b(?:found|finds|find|landed|lands) (?:its|their) (?:(?:new|next|young) )?"
        for m in re.finditer(found_its + r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})", text):
            if not self.in_speech(m.start()):
                self.character_names.append((m.start(1), m.end(1), m.group(1)))
        # "Okafor-Bell is Dr. Ruth Adebayo, the county's medical examiner": in a paragraph of
        # parts, an actor's surname "is" the part named and described after it
        parts = list(IS_PART.finditer(text))
        surnames = {m.group(1) for m in re.finditer(r"\b[A-Z][a-z]+ ([A-Z][\w'’-]+)", text)
                    } if parts else set()  # (read only where a part may be named)
        for m in parts:
            paragraph = text[text.rfind("\n", 0, m.start()) + 1 : text.find("\n", m.end())]
            if m.group(1) in surnames and not self.in_speech(m.start()) and \
                    re.search(r"\b(plays?|will play|as)\b", paragraph):
                self.character_names.append((m.start(2), m.end(2), m.group(2)))
        # "a drifting boat mechanic, Eli Cutter, played by Theo Hughes": the name is a part
        for m in re.finditer(rf"({name}),? (?:who (?:is|was) )?(?:played|portrayed|voiced) by ",
                             text):
            if not self.in_speech(m.start()) and len(m.group(1).split()) >= 1:
                self.character_names.append((m.start(1), m.end(1), m.group(1)))
        for m in re.finditer(rf"({name}) \(({name})\)", text):
            if self.in_speech(m.start()):
                continue
            left, right = self._without_trade(m.start(1), m.end(1)), (m.start(2), m.end(2))
            if re.fullmatch(r"[A-Z]{2,6}", m.group(2)) or re.fullmatch(r"(19|20)\d\d", m.group(2)):
                continue  # an acronym or a year, not an actor
            rest = self._rest_of_line(m.end())
            rest = re.sub(rf"^(?:\s*(?:,|and|, and)\s+{name} \({name}\))*", "", rest)
            rtype = self._credit_type(left[0], rest)
            titled = m.group(2).startswith("The ") and len(m.group(2).split()) > 2
            if JOIN_AFTER.match(rest) or rtype or AS_PART_AFTER.match(rest) or titled:
                # ("Benedetti (The Last Lemon Grove) will play…": a character is not "The …")
                # "Nadia Colfax (Harbor Nights) has joined the cast", "director Paul Akers
                # (Dust Country)": the parentheses hold the person's credit
                work = self._add_work(*right, why="a credit in parentheses")
                if work is not None:
                    self.credit_pairs.append((left, right, rtype or "Actor"))
                continue
            self.actor_character_pairs.append((*left, *right))
        # "Callum Fay (Eleven Minutes to Dawn) to direct", "Grady Poll (“The Iron Mile”) has
        # boarded": small words or quote marks make the parentheses a title, so a credit
        for m in TITLE_IN_PARENTHESES.finditer(text):
            title = m.group(2)
            quoted = m.group(0).count("(") and re.search(r"\([“\"]", m.group(0))
            if self.in_speech(m.start()) or not (quoted or re.search(
                    r" (?:of|the|to|in|on|at|a|an|and|for|from|with|&) ", f" {title} ")):
                continue
            rest = self._rest_of_line(m.end())
            work = self._add_work(m.start(2), m.end(2), why="a credit in parentheses")
            person = self._without_trade(m.start(1), m.end(1))
            if work is not None:
                self.credit_pairs.append((person, (m.start(2), m.end(2)),
                                          self._credit_type(person[0], rest) or "Actor"))
        self._credit_lists()

    def _credit_lists(self) -> None:
        """ "Leo Brandt (Glass Town, Dust Road) has joined": two or more titles in parentheses
        after a name are the person's credits (a part in parentheses is one name; agencies,
        networks and years are not titles)."""
        text = self.text
        for m in CREDIT_LIST.finditer(text):
            if self.in_speech(m.start()):
                continue
            person = self._without_trade(m.start(1), m.end(1))
            if not re.search(r"[,;]", m.group(2)):
                continue  # "(Pride and Prejudice)" is one title, for the single-title rule
            items = [(i.start() + m.start(2), i.end() + m.start(2))
                     for i in re.finditer(r"[^,;]+", m.group(2))]
            last = re.search(r" and (?=\S)", self.text[items[-1][0] : items[-1][1]])
            if last and not self.text[items[-1][0] : items[-1][1]].lstrip().startswith("and "):
                s, e = items.pop()  # "(A, B and C)": "and" parts the last two only
                items += [(s, s + last.start()), (s + last.end(), e)]
            items = [self._title_item(s, e) for s, e in items]
            if not all(items):
                continue
            rest = self._rest_of_line(m.end())
            rtype = self._credit_type(person[0], rest) or "Actor"
            for s, e in items:
                if self._add_work(s, e, why="a credit in parentheses") is not None:
                    self.credit_pairs.append((person, (s, e), rtype))

    def _rest_of_line(self, pos: int) -> str:
        """The text from ``pos`` to the end of its line."""
        end = self.text.find("\n", pos)
        return self.text[pos : end if end > 0 else len(self.text)]

    def _without_trade(self, start: int, end: int) -> tuple[int, int]:
        """ "Director Jo Lark": the name's span without a capitalized trade word before it."""
        first, _, rest = self.text[start:end].partition(" ")
        if first.lower() in ROLE_NOUNS and len(rest.split()) >= 2:
            return start + len(first) + 1, end
        return start, end

    def _title_item(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of one title of a credit list, without "and", quote marks or the comma;
        None when it is an agency, a network or a year rather than a title."""
        junk = " “”\",.;"
        raw = self.text[start:end]
        start += len(raw) - len(raw.lstrip(junk))
        raw = raw.strip(junk)
        if raw.startswith("and "):
            start += 4
            raw = raw[4:]
        end = start + len(raw)
        if not raw or re.fullmatch(r"[A-Z]{2,6}|(19|20)\d\d", raw) or is_known_org(raw):
            return None
        return start, end

    def _credit_type(self, start: int, rest: str) -> str | None:
        """The capacity a "Name (Credit)" pair gives: the trade noun before the name ("director
        Paul Akers (Dust Country)") or the verb after it ("(Grave Season) is directing")."""
        noun = re.search(r"\b([A-Za-z-]+)\s+$", self.text[max(0, start - 20) : start])
        rtype = ROLE_NOUNS.get(noun.group(1).lower()) if noun else None
        verb = ROLE_VERB_AFTER.match(rest)
        if not rtype and WRITING_BEFORE.search(self.text[max(0, start - 70) : start]):
            rtype = "Writer"
        if verb and not rtype:
            word = verb.group(1).lower()
            rtype = next(kind for stem, kind in VERB_STEMS if word.startswith(stem))
        return rtype

    def _names_after(self, i: int):
        """Capitalized names after a trigger, skipping descriptive words ("the geeky ... X")."""
        doc = self.doc
        j, skipped = i, 0
        while j < len(doc) and skipped < 10:
            t = doc[j]
            if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and _name_word(t):
                break
            following = doc[j + 1] if j + 1 < len(doc) else t
            hyphened = following.text == "-" or j > 0 and doc[j - 1].text == "-"
            descriptive = t.tag_ in ("VBN", "VBG") and (
                t.dep_ in ("amod", "compound")
                # "played wisecracking eldest son X", however parsed
                or following.is_lower and following.pos_ in ("ADJ", "NOUN")
                or following.pos_ == "PROPN" and following.text[:1].isupper()
            ) or t.lower_ in ("named", "called") or hyphened or (  # "landlord-turned-love"
                t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD") and following.pos_ == "PROPN"
                and following.text[:1].isupper() and j > i  # "off-again sweethearts X",
                and doc[j - 1].is_lower  # "uptight bridesmaid X": nouns the tagger misread
                and not any(c.dep_ == "nsubj" and c.i == j - 1 for c in t.children)) or (
                # not "sources told THR"; "who played outlaw Silas Crane" (read as a verb)
                t.pos_ == "VERB" and t.tag_ == "VB" and j == i and i > 0 and
                doc[i - 1].lower_ in CHARACTER_TRIGGERS and following.text[:1].isupper())
            if (t.pos_ in ("VERB", "AUX") and not descriptive) or t.text in (".", ";", ":") \
                    or "\n" in t.text:  # "will play its regulars: Holt as X" lists actors
                return
            if t.lower_ in ("in", "on", "for", "from", "at", "by", "to", "with", "opposite",
                            "alongside", "against") and not hyphened:
                return  # ("on-again, off-again sweethearts X" goes on)
            if t.text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in (
                    "and", "or", "while", "but", "who", "which"):
                return  # "play the mayor, and Tim Oduya as…": the part had no name
            j += 1
            skipped += 1
        k = j
        while k < len(doc) and doc[k].text[:1].isupper() and _name_word(doc[k]):
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in ("'s", "’s"):  # "as Walt's daughter, Rosie X"
            m = k + 1
            while m < len(doc) and m - k < 10 and (doc[m].is_lower or doc[m].text == "-"):
                m += 1
            if m + 1 < len(doc) and doc[m].text == ",":  # ("bitter brother-in-law, X")
                m += 1  # "Mrs P's arch-nemesis, rival inspector Desmond Crabbe"
                while m < len(doc) and m - k < 10 and doc[m].is_lower and doc[m].pos_ in (
                        "ADJ", "NOUN"):
                    m += 1
                if m < len(doc) and doc[m].text[:1].isupper():
                    j = m
        names = []
        # "stars in the title role as Agnes Pryce": the part bears the work's name
        title_role = i > 2 and doc[i - 1].lower_ == "as" and doc[i - 2].lower_ == "role" and \
            doc[i - 3].lower_ == "title"
        while j < len(doc):
            k = j
            while (
                k < len(doc)
                and doc[k].text[:1].isupper()
                and _name_word(doc[k])
                and (doc[k].i not in self.title_tokens or title_role)
            ):
                k += 2 if _short_rank(doc, k) or _name_hyphen(doc, k + 1) else 1
            nick = self.nicknames.get(doc[k].idx) if k > j and k < len(doc) else None
            if nick:  # 'Walter "Dutch" Hollister': the name goes on after the nickname
                k = self.span(*nick).end
            if k == j:
                break
            names.append((doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text)))
            k = _past_apposition(doc, k)  # "as Pip Calloway, the scavenger, and Juniper Vex"
            if k < len(doc) and doc[k].lower_ in (",", "and") and k + 1 < len(doc):
                nxt = k + 1 if doc[k].lower_ == "and" else k + 1
                if doc[nxt].lower_ == "and":
                    nxt += 1
                if doc[k].lower_ == "and" or doc[k + 1].lower_ == "and":
                    nxt = _past_descriptors(doc, nxt)  # "… and hacker Jo Lindqvist"
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
        # 'Boone "Two-Bit" Castellano (B)': the nickname cut the name, no lone surname
        nicknamed = re.search(r"[A-Z][\w-]* [\"“][^\"”]{1,20}[\"”]\s*$",
                              self.text[max(0, pair_span[0] - 40) : pair_span[0]])
        if len(b.split()) == 1 and len(a.split()) >= 1 and self._is_known_surname(b):
            return -10
        if len(a.split()) == 1 and len(b.split()) >= 2 and self._is_known_surname(a) and \
                not nicknamed:
            return 10
        chars = list(self.text)
        masked = [pair_span] + [tuple(m) for w in self.table.of_family("work") for m in w.mentions]
        for s, e in masked:
            chars[s:e] = " " * (e - s)
        outside = "".join(chars)

        def uses(word: str, *, as_part: bool = False) -> int:
            """Times ``word`` stands alone (not inside a longer capitalized name), or, with
            ``as_part``, is named as a part ("return as Brannigan", "the role of Brannigan")."""
            count = 0
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", outside):
                before = re.search(r"(\S+)\s+$", outside[: m.start()][-40:])
                after = re.match(r"\s+(\S+)", outside[m.end() : m.end() + 40])
                joined = any(x and x.group(1)[:1].isupper() and x.group(1)[-1:].isalpha()
                             for x in (before, after))
                part = before is not None and before.group(1).lower() in ("as", "of", "playing")
                count += part if as_part else not (joined or part)
            return count

        def actorness(name: str) -> int:
            parts = name.split()
            score = uses(parts[-1]) if len(parts) > 1 else uses(parts[0])
            named_as_part = sum(uses(p, as_part=True) for p in {parts[0], parts[-1]})
            return score - (uses(parts[0]) if len(parts) > 1 else 0) - 2 * named_as_part

        return actorness(a) - actorness(b)

    def _is_known_surname(self, word: str) -> bool:
        return any(fold(word) == fold(n).split()[-1] for n in getattr(self, "_full_names", {}))

    def _persons(self, persons: list[Mention], partials: list[Mention]) -> None:
        credited = [w for _p, w, _t in self.credit_pairs]  # "(Glass Town)" is no person
        persons = [m for m in persons if not any(s < m.end and m.start < e for s, e in credited)]
        char_keys = {fold(clean_name(n)) for _, _, n in self.character_names}
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
            key = fold(word)  # "Lachance-Morrow" folds to two words: the name's last two
            hits = [n for k, n in full.items() if k.split()[-len(key.split()) :] == key.split()
                    and len(k.split()) > len(key.split())]
            if not hits:
                hits = [
                    n
                    for k, n in full.items()
                    if k.split()[0] == key and key not in {fold(c.split()[0]) for c in char_keys}
                ]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:  # two people share a surname: the one named most recently
                topic = self._topic_of_shared_surname(hits, persons)
                if topic:
                    return topic
                best, best_pos = None, -1
                for m in persons:
                    if m.text in hits and m.start < at and m.start > best_pos:
                        best, best_pos = m.text, m.start
                return best or hits[0]
            return None

        for (p_s, p_e), _work, _rtype in self.credit_pairs:  # "Jordan Reyes (Grave Season)"
            name = self.text[p_s:p_e]
            if len(name.split()) >= 2 and fold(name) not in full:
                full[fold(name)] = name
                persons.append(Mention(p_s, p_e, name, "person"))
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
            together = sum(  # (each pair's vote capped: one sure pair does not decide all)
                max(-3, min(3, sc)) for sc, at in zip(scores, sentence_of, strict=True)
                if at == sentence_of[n]
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
            (s + len(m.group(0)), e, n[len(m.group(0)) :])
            if (m := RANK.match(n)) and len(n[len(m.group(0)) :].split()) >= 2  # "Mother Sable"
            else (s, e, n)
            for s, e, n in self.character_names
        ]
        char_keys = {fold(clean_name(n)) for _, _, n in self.character_names}
        for key in list(full):
            if key in char_keys:
                del full[key]
        char_keys = {fold(clean_name(n)) for _, _, n in self.character_names}
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
            why = None if canonical == n else f"'{n}' is the first name of character '{canonical}'"
            family = lasts.get(head, set()) if len(n.split()) == 1 and canonical == n else set()
            if len(family) == 1 and head not in {k.split()[-1] for k in full}:
                canonical = next(iter(family))  # "played Vance": Orrin Vance, named in full
                why = f"'{n}' is the family name of character '{canonical}'"
            if len(n.split()) > 1 or canonical == n:
                firsts.setdefault(head, canonical)
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
            elif len(family := [c for c in self.table.of_family("character")
                                if len(c.name.split()) > 1
                                and fold(c.name).split()[-1] == key]) == 1:
                self.table.add("Character", family[0].name, m.start, m.end, form=word,
                               why=f"'{word}' is the family name of character "
                                   f"'{family[0].name}'")
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
