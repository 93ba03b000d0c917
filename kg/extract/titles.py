"""Titles: where a work is named (quoted, after "the film", before "helmer", in a colon
subtitle…), how far a title runs, what type of work it is, and which work is the sequel.

A mixin of :class:`kg.extract.entities.EntityFinder`; the functions are also used by roles.
"""

import itertools
import re

from kg.extract.given_names import is_given_name
from kg.extract.lexicon import (
    AWARD_ALIASES,
    CHARACTER_TRIGGERS,
    FILM_WORDS,
    KNOWN_ACRONYM_ORGS,
    OF_WORK_NOUNS,
    ON_WORK_NOUNS,
    ORG_WORDS,
    OTHER_WORK_WORDS,
    PLAY_WORDS,
    ROLE_NOUNS,
    SAY_VERBS,
    SEQUEL_WORDS,
    SERIES_ONLY_WORDS,
    STREAMERS,
    STUDIOS,
    TV_WORDS,
    WORK_HEAD_NOUNS,
    WORK_PART_NOUNS,
    is_known_org,
)
from kg.extract.quotes import SMALL_WORDS
from kg.extract.table import family_of
from kg.names import clean_name, fold
from kg.records import Entity

# Verbs whose object is a work: "will direct Crossing Lines", "set to star in Cold Harbor".
TITLE_VERBS = {"direct", "helm", "produce", "write", "pen", "star", "headline", "appear",
               "co-write", "adapt", "script", "lead", "topline", "front", "shoot", "film",
               "wrap",
               # what a studio or network does to a work: "NBC has renewed Engine 44"
               "renew", "cancel", "greenlight", "revive", "reboot", "remake", "option", "order",
               "create"}
# Nouns a title follows or stands in apposition to: "the comedy X", "X, her feature debut"
TITLE_HEADS = WORK_HEAD_NOUNS | {"debut"}
# "X is getting a reboot": what only a work gets
REMAKE_WORDS = {"sequel", "remake", "reboot", "makeover", "revival", "reimagining", "spinoff",
                "spin-off", "prequel", "adaptation"}
# ", directed by X", ", which she wrote and directed", ", in which she played": said of a work
MADE_CLAUSE = re.compile(
    r",\s+(?:(?:written|directed|produced|created|co-written|co-directed|helmed|penned)"
    r"(?: and \w+)? by\b|starring\b|(?:in )?which (?:s?he|they|[A-Z]\w+) (?:also )?"
    r"(?:wrote|directed|co-wrote|co-directed|produced|created|played|starred|stars|plays))")
# "Sear Me Out is getting a new host": what only a show or a film gets
GOT_BY_WORKS = {"host", "showrunner", "season", "director", "title", "trailer", "premiere"}
# "It's been 20 years since X hit theaters": what a work did when it came out
SINCE_VERBS = {"send", "turn", "hit", "premiere", "debut", "open", "arrive", "introduce",
               "air", "bow", "land", "launch", "become", "first", "give", "win", "change",
               "roll", "come", "bring", "make"}
# What is said in the lede of the work the news is about: "has been cast in X", "to direct X"
NEWS_BEFORE = re.compile(
    r"\b(?:(?:been )?cast in|to (?:star|co-star|appear) in|(?:to|will) (?:direct|helm|write|"
    r"produce|lead|topline|headline)|(?:has |have )?(?:joined|boarded)(?: the cast of)?|"
    r"(?:has |have )?signed on to (?:star in|direct)|(?:has |have )?(?:exited|left|"
    r"departed|dropped out of|withdrawn from))\s+(?:the\s+)?(?:[A-Z][\w.+&-]*(?:'s|’s|')\s+)?"
    r"(?:[a-z-]+\s+){0,3}[“\"]?$")  # ("exited Sony Pictures' action comedy "X"")
# "based on Lorne Abernathy's comic series X": X is the source, not the work in the news
SOURCE_BEFORE = re.compile(r"\b(?:based on|adapted from|adaptation of|inspired by)\b"
                           r"(?:[^.;]|\b[A-Z]\.)*$")  # "Philippa N. Strand's novel X"
# where a work comes out: "is coming to theaters", "hits Netflix"
RELEASE_VENUES = {"theaters", "theatres", "cinemas", "screens", "broadway", "streaming",
                  "theaters.", "multiplexes"}
STRONG_WORK_VERBS = {"gross", "premiere", "debut", "stream", "air"}
WORK_VERBS = {"gross", "premiere", "open", "debut", "stream", "air", "follow", "center",
              "earn", "get", "hit", "land", "launch", "return", "wrap", "shoot", "film"}
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


# "Oscar for", "an Emmy nomination for", "the BAFTA for": an award, then its work
AWARD_FOR = re.compile(
    r"(?:(?:an?|the|his|her|their)\s+)?(?:" + "|".join(sorted(AWARD_ALIASES, key=len, reverse=True))
    + r")(?:\s+(?:nomination|nod|win|award))?\s+for\s+(?=[A-Z\d\"“])", re.IGNORECASE)


POSSESSIVES = ("'s", "’s", "'", "’")
# "Storm Crossing 2", "Iron Tide III": a sequel's number (a count or a part is not)
NUMBERED = re.compile(r"[2-9]|[1-9]\d{1,2}|II|III|IV|V|VI")  # "Engine 44", not a year
NOT_NUMBERED = {"season", "seasons", "part", "episode", "chapter", "volume", "vol", "book",
                "game", "week", "day", "phase", "round", "act", "number", "no", "year", "years",
                "page", "level", "stage", "top", "the", "of", "and"}
# "coming off her breakout turn in X", "star of X", "his HBO series X": X is someone's credit,
# not what the article is about
CREDIT_WORDS_BEFORE = re.compile(
    r"\b(?:turn|performance|stint|breakout|work|roles?)\s+(?:in|on)\s+$|"
    r"\b(?:star|director|creator|veteran|alum|helmer) of\s+(?:the\s+)?[“\"]?$|"
    r"\b(?:known for|credits include|broke out in|breakout in)\s+(?:[\w'’-]+\s+){0,4}[“\"]?$|"
    r"\b(?:his|her|their) (?:[\w+-]+ ){0,3}(?:series|show|film|movie|drama|comedy|sitcom|"
    r"thriller)\s+[“\"]?$")


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


# "Hennessy's Ninth Wave partner": nouns a company name qualifies, not a title
COMPANY_NOUNS = {"partner", "colleague", "company", "banner", "shingle", "founder",
                 "co-founder", "executive", "boss", "label"}
# "her feature debut", "his English-language debut": a debut on screen
SCREEN_DEBUTS = ("feature", "directorial", "language", "film", "screen", "big-screen",
                 "acting", "writing", "screenwriting")


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
            and not (  # "co-directed Twin Rivers with Lise Oberman": a partner, not the title
                tok.lower_ in ("with", "for", "by", "from") and (
                    doc[j + 1].ent_type_ == "PERSON" or j + 2 < len(doc) and _is_cap(doc[j + 2])
                    and is_given_name(doc[j + 1].text))  # (the tagger may miss the name)
                or tok.lower_ == "with" and _doing_after(doc, j + 1)
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


def _doing_after(doc, i: int) -> bool:
    """ "with Priya Ramaswamy directing": capitalized words, then what they are doing (a
    name however unknown, not the rest of a title)."""
    j = i
    while j < len(doc) and j - i < 4 and _is_cap(doc[j]):
        j += 1
    return i < j < len(doc) and doc[j].is_lower and doc[j].lower_.endswith("ing")  # (the
    # tagger may read "directing" as a noun)


def _a_full_name(span) -> bool:
    """ "Nadia Feld", "Marcus J. Avery": a common first name and a capitalized surname."""
    words = span.text.split()
    return 2 <= len(words) <= 3 and is_given_name(words[0]) and all(
        re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*|[A-Z]\.", w) for w in words)


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


def is_title_tail(short: str, long: str) -> bool:
    """True when ``short`` is the one word ending ``long`` after "the" ("Palomino" of
    "Midnight at the Palomino"), the way a story shortens a title. Longer tails are often a
    new work's title ("Pine Ridge", the reboot of "The Hollisters of Pine Ridge")."""
    a, b = fold(short).split(), fold(long).split()
    return len(a) == 1 and len(b) > 2 and b[-1] == a[0] and b[-2] == "the"


class TitleRules:
    """The title rules of the entity finder (uses its doc, text, table and title_tokens)."""

    def _add_work(self, start: int, end: int, why: str | None = None, *,
                  quoted: bool = False) -> Entity | None:
        whole = self.span(start, end)  # its tokens are used up, owner and prize included
        raw = self.text[start:end]
        prize = AWARD_FOR.match(raw)
        if prize:  # "won an Oscar for Lantern Street (2019)": the title follows "for"
            start += prize.end()
            raw = self.text[start:end]
        studio = re.search(r" for ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)$", raw)
        if studio and self._is_owner_name(studio.group(1), start + studio.start(1)):
            end = start + studio.start()  # "Overtime for Sony": the studio made the work
            raw = self.text[start:end]
        owner = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*)*\+?)['’]s\s+(?=[A-Z])", raw)
        if owner and self._is_owner_name(owner.group(1), start):
            start += owner.end()  # "Vell's Iron Tide", "FX's Ironwood": "Iron Tide", "Ironwood"
            raw = self.text[start:end]
        dated = re.search(r"\s+(?:in|on|from|since)\s+(?:19|20)\d\d$", raw)
        if dated:  # "There was Fever Season in 2013": the year is not in the title
            end -= len(raw) - dated.start()
            raw = self.text[start:end]
        name = clean_name(raw).rstrip(",.")
        if quoted and raw.rstrip(",.").endswith(("'s", "’s")) and not name.endswith("'s"):
            name += "'s"  # “Weekend at Orson’s”: in quotes the possessive is the title's own
        if not name or fold(name) in ("the", "a") or is_known_org(name):
            return None  # "direct the film, Netflix confirmed": the streamer is no title
        if fold(name) in WORK_HEAD_NOUNS | REMAKE_WORDS:
            return None  # "Series creator Ada Roe": a sentence's first word, no title
        existing = self.table.find(name)
        if existing is not None and family_of(existing.type) not in ("work",):
            return None
        entity = self.table.add("Movie", name, start, end, form=name, why=why)
        for span in (whole, self.span(start, end)):
            if span is not None:
                self.title_tokens.update(range(span.start, span.end))
        return entity

    def _is_owner_name(self, name: str, start: int) -> bool:
        """A person's surname, a studio, network or streamer: someone who has a title."""
        span = self.span(start, start + len(name))
        tagged = span is not None and any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in span)
        return (name.lower() in self._surnames() | STREAMERS | STUDIOS or fold(name) in STREAMERS
                or tagged
                or name.rstrip("+").isupper() or name.split()[-1].lower() in ORG_WORDS)

    def _in_parentheses(self, start: int, end: int) -> bool:
        """ "(Title)", "(“Title”)": a credit after a name."""
        return self.text[max(0, start - 2) : start].rstrip("“\"‘'").endswith("(") and \
            self.text[end : end + 2].lstrip("”\"’'").startswith(")")

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
            work = self._add_work(q.inner_start, q.inner_start + len(stripped), quoted=True)
            if work:
                self.quoted_works.add(work.id)
                if re.search(r"\b(re)?titled,?\s*$", before):
                    self.new_titles.add(fold(work.name))

    def _titles_from_patterns(self) -> None:
        doc = self.doc
        stop = {i for i, t in enumerate(doc) if "\n" in t.text}
        rules = (
            self._title_before_role_noun,
            self._title_after_behind,
            self._title_after_trade_of,
            self._title_after_work_noun,
            self._title_after_breakthrough,
            self._title_before_apposition,
            self._title_after_season_of,
            self._title_after_played_in,
            self._title_after_sequel_to,
            self._title_subject_of_work_verb,
            self._title_that_stars,
            self._title_after_years_since,
            self._title_with_seasons,
            self._title_that_ran,
            self._title_after_role_verb,
            self._title_after_owner,
            self._title_after_dated_noun,
            self._title_after_year_possessive,
            self._title_after_working_title,
            self._title_after_titled,
            self._title_after_rights_or_developed,
            self._title_after_colon,
            self._work_only_slots,
            self._copula_title,
            self._title_a_clause_describes,
            self._titles_credits_include,
            self._title_with_number,
            self._title_before_year,
        )
        for i in range(len(doc)):
            if i in self.title_tokens:
                continue
            for rule in rules:
                rule(i, stop)
        for ent in doc.ents:
            if ent.label_ == "WORK_OF_ART" and not (
                set(range(ent.start, ent.end)) & self.title_tokens
            ):
                if self.in_speech(ent.start_char) or any(
                        s <= ent.start_char < e for s, e in self.nicknames.values()):
                    continue  # 'Beatrice "Bea" Carver' is a name
                if len([t for t in ent if t.is_alpha]) < 2 and not self.table.find(ent.text):
                    continue
                if ent.start > 0 and doc[ent.start - 1].lower_ in CHARACTER_TRIGGERS | {
                    "as", "by", "and", "with", "producer", "director", "writer"
                }:
                    continue
                if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and \
                        doc[ent.start - 2].lower_ in ("role", "part"):
                    continue  # "the role of Marianne": a character
                if ent.end < len(doc) and doc[ent.end].lemma_ in SAY_VERBS or any(
                        t.lemma_ in SAY_VERBS and t.pos_ == "VERB" for t in ent):
                    continue  # "Reid Aldermere said", "Vega told Deadline": not a title
                self._add_work(ent.start_char, ent.end_char)

    def _title_before_role_noun(self, i: int, stop: set[int]) -> None:
        """A title in "[Title] actress Jane Doe", "[Title] helmer John Roe"."""
        doc, tok = self.doc, self.doc[i]
        low = tok.lower_
        name_follows = i + 1 < len(doc) and (
            doc[i + 1].ent_type_ == "PERSON"
            or doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper()
        )
        if low in ROLE_NOUNS and name_follows and tok.text.islower():
            run = title_run_left(doc, i, stop | self.title_tokens, through_names=True)
            if run and run[1] - run[0] > 4:  # too long for a title: a list of names
                run = title_run_left(doc, i, stop | self.title_tokens)
            while run and (doc[run[1] - 1].ent_type_ == "NORP" or doc[run[1] - 1].pos_ == "ADJ"
                           and doc[run[1] - 1].ent_type_ in ("GPE", "LANGUAGE")):
                # "and Spanish star X", "to Ukrainian director Y" (tagged a place)
                run = (run[0], run[1] - 1) if run[1] - 1 > run[0] else None
            if run and doc[run[1] - 1].lower_ in TITLE_CONNECTORS:
                run = None
            if run and not self._is_person_run(run):
                self._add_run(run, "title before a role noun")

    def _title_after_behind(self, i: int, stop: set[int]) -> None:
        """A title in "the showrunner behind the critically adored Lanterns of Vell"."""
        doc = self.doc
        low = self.doc[i].lower_
        if low == "behind" and i > 0 and (doc[i - 1].lower_ in ROLE_NOUNS or doc[i - 1].lemma_
                                          in ("team", "duo", "mind", "trio", "people")):
            j = i + 1
            while j < len(doc) and j - i < 6 and (doc[j].is_lower or doc[j].text == "-"):
                j += 1
            run = title_run_right(doc, j, stop | self.title_tokens) if j < len(doc) else None
            if run and not self._is_person_run(run) and doc[run[0]].ent_type_ != "DATE":
                self._add_run(run, "title after 'behind'")

    def _title_after_trade_of(self, i: int, stop: set[int]) -> None:
        """A title in "the creator of Title, Jane Doe", "has found its director for Title"."""
        doc = self.doc
        low = self.doc[i].lower_
        if low in ROLE_NOUNS and i + 1 < len(doc) and (doc[i + 1].lower_ == "of" or (
                doc[i + 1].lower_ == "for" and i > 0 and doc[i - 1].lower_ in (
                    "its", "their", "a", "new"))):
            run = title_run_right(doc, i + 2, stop | self.title_tokens)
            if run and not self._is_person_run(run):
                self._add_run(run, "title after 'of'")

    def _title_after_work_noun(self, i: int, stop: set[int]) -> None:
        """A title in "her 1988 play, Title" / "the comedy Title"."""
        doc, tok = self.doc, self.doc[i]
        low = tok.lower_
        spin_off = low == "off" and i > 1 and doc[i - 1].text == "-" and \
            doc[i - 2].lower_ == "spin"
        named_sequel = low in ("sequel", "follow-up", "prequel") and i + 2 < len(doc) and \
            doc[i + 1].text in (",", ":")  # "the legacy sequel, Redline: Reload"
        if (
            (low in TITLE_HEADS - {"sequel", "follow-up", "prequel", "original"}
             or spin_off or named_sequel)
            and tok.text.islower()
            and not (low == "play" and tok.pos_ in ("VERB", "AUX"))  # "will play X"
            and (
                tok.pos_ == "NOUN"
                or any(t.pos_ in ("DET", "NUM", "PRON") for t in doc[max(0, i - 5) : i])
                or any(t.lower_ in POSSESSIVES for t in doc[max(0, i - 3) : i])
            )  # "CBS's procedural Code Three Dispatch"
        ):
            j = i + 1
            if j < len(doc) and doc[j].text in (",", ":"):
                j += 1
            if j < len(doc) and j not in self.title_tokens:
                run = title_run_right(doc, j, stop | self.title_tokens)
                if (
                    run
                    and not self._is_person_run(run)
                    and not self._a_date(run)
                    and (j == i + 1 or doc[run[0]].ent_type_ != "PERSON"
                         or any(t.text == ":" for t in doc[run[0] : run[1]]))
                    and not self._subject_of_a_clause(i, run)
                ):
                    self._add_run(run, "title after a work noun")

    def _title_after_breakthrough(self, i: int, stop: set[int]) -> None:
        """ "made his debut in the micro-budget Dogwood", "her directorial debut with Gull
        Season", "made her name with Salt Flats": what a career started with is a work."""
        doc, tok = self.doc, self.doc[i]
        k = i - 1  # (past "last year", "in 2019": "made her debut last year with X")
        while k > 0 and i - k <= 3 and (doc[k].ent_type_ == "DATE" or doc[k].lower_ == "in"):
            k -= 1
        if tok.lower_ not in ("with", "in") or k < 0 or \
                doc[k].lower_ not in ("debut", "name", "through", "breakthrough"):
            return
        # "her feature debut with X", "English-language debut": a film's, whatever the tagger
        screen = doc[k].lower_ == "debut" and k > 0 and doc[k - 1].lower_ in SCREEN_DEBUTS
        j, described = i + 1, False
        while j < min(i + 6, len(doc)) and (doc[j].text in ("the", "-") or
                                           doc[j].is_lower and doc[j].is_alpha):
            j, described = j + 1, True  # "the micro-budget", "the scrappy indie"
        if any(t.lower_ in TITLE_HEADS for t in doc[i + 1 : j]) or doc[j].like_num:
            return  # "the 2022 horror film X": the work noun's rule
        run = title_run_right(doc, j, stop | self.title_tokens)
        if run is None or self._is_person_run(run, slot=True) or self._a_date(run):
            return
        kind = doc[run[0]].ent_type_
        if kind in ("GPE", "LOC", "FAC", "DATE", "ORG") and not described and not screen or \
                kind == "PERSON" and _a_full_name(doc[run[0] : run[1]]):
            return  # "made her debut in London", "made his name with Ana Roe"
        self._add_run(run, "title after a debut or breakthrough")

    def _maker_follows(self, noun: int) -> bool:
        """ "a thriller Lionsgate is fast-tracking": a name and its verb after the noun."""
        run = title_run_right(self.doc, noun + 1, set())
        return run is not None and self._subject_of_a_clause(noun, run)

    def _subject_of_a_clause(self, noun: int, run) -> bool:
        """ "a thriller Lionsgate is fast-tracking": after "a" and a work noun, a name with a
        verb of its own is the one who makes the work, not its title."""
        doc = self.doc
        indefinite = any(t.lower_ in ("a", "an") for t in doc[max(0, noun - 3) : noun])
        return indefinite and run[1] < len(doc) and doc[run[1]].pos_ in ("AUX", "VERB") and \
            doc[run[1]].tag_ not in ("VBN", "VBG")

    def _title_before_apposition(self, i: int, stop: set[int]) -> None:
        """A title in "Title, an animated adventure", "Ironvale, the Apple TV+ series"."""
        doc, tok = self.doc, self.doc[i]
        if tok.text != "," or i + 1 >= len(doc):
            return
        # "Jackpot Junction, CBS' new game show", "High Water Mark, Universal Pictures'
        # disaster drama": an owner's possessive may open the noun phrase
        owner = self._owner_end(i + 1)
        if doc[i + 1].lower_ in ("a", "an", "the", "her", "his", "their", "its") or owner:
            ahead = list(itertools.takewhile(  # the noun phrase: "a six-episode series"
                lambda t: (t.pos_ not in ("VERB", "AUX", "ADP", "PRON", "SCONJ")
                           or t.nbor(-1).text == "-")  # "its long-gestating adaptation"
                and t.lower_ not in ("whose", "who", "which", "that"),
                doc[(owner or i + 1) + 1 : i + 10]))
            head = next((t for t in ahead if t.text in TITLE_HEADS and (
                t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN")
                or self._maker_follows(t.i))), None)
            is_head = head is not None
            if head is not None and is_head and head.lower_ not in ("sequel", "original"):
                # "Midnight Kitchens, a food-travel series": a title whatever a tagger says
                run = title_run_left(doc, i, stop | self.title_tokens, through_names=True)
                run = self._after_a_name(run)  # "opposite Lena Marsh in The Quiet Field,"
                if run and not self._is_person_run(run) and run[1] - run[0] <= 6:
                    self._add_run(run, "title before an apposition")

    def _title_after_season_of(self, i: int, stop: set[int]) -> None:
        """A title in "the third season of Title", "the cast of Title"."""
        doc = self.doc
        low = self.doc[i].lower_
        numbered = i > 1 and doc[i - 2].lower_ in ("season", "series", "episode") and (
            doc[i - 1].like_num or doc[i - 1].ent_type_ == "ORDINAL")  # "season one of X"
        if low == "of" and i > 0 and (doc[i - 1].lower_ in OF_WORK_NOUNS or numbered) and \
                i + 1 < len(doc):
            run = title_run_right(doc, i + 1, stop | self.title_tokens)
            seasons = numbered or doc[i - 1].lower_ in ("season", "seasons", "episode",
                                                         "episodes", "finale")
            if (
                run
                and not self._is_person_run(run, slot=seasons)  # a person has no seasons
                and doc[run[0]].ent_type_ != "DATE"
                and not self._is_owner(run)
            ):
                self._add_run(run, "title after 'season of'")

    def _title_after_played_in(self, i: int, stop: set[int]) -> None:
        """A title in "who played Jane Roe in Title", "her turn as Jane Roe in Title", "played
        Jane Roe on Title" (a series)."""
        doc = self.doc
        low = self.doc[i].lower_
        if (
            low == "in"
            and i + 1 < len(doc)
            and any(
                t.lemma_ in ("play", "star", "appear", "portray", "voice")
                or t.lower_ == "out" and t.i > 0 and t.nbor(-1).lemma_ == "break"
                or t.lower_ in ("turn", "performance", "stint") and t.i == i - 1
                or t.lower_ in ("turn", "performance", "portrayal", "role") and t.i + 1 < i
                and doc[t.i + 1].lower_ == "as"  # "her turn as Lou Tate in Cold Water"
                for t in doc[max(0, i - 8) : i]
            )
            or low == "on" and i + 1 < len(doc) and any(  # "played Rae Molina on Glass Town"
                t.lemma_ in ("play", "portray", "voice", "recur", "star") and t.pos_ == "VERB"
                for t in doc[max(0, i - 6) : i]
            ) and doc[i + 1].lower_ not in ("broadway", "stage", "screen", "set", "location")
        ):
            j = i + 1  # "broke out in last year's Cold Sunday"
            if j + 2 < len(doc) and doc[j].lower_ in ("last", "this") and \
                    doc[j + 1].lower_ == "year" and doc[j + 2].lower_ in ("'s", "’s"):
                j += 3
            run = title_run_right(doc, j, stop | self.title_tokens)
            owned = [t.i for t in doc[run[0] : run[1]] if t.lower_ in ("'s", "’s")] if run else []
            # "recurred on The CW's Westbrook": the network owns the title, which comes after
            if owned and low == "on":
                run = (owned[-1] + 1, run[1]) if owned[-1] + 1 < run[1] else None
            if (
                run
                and not self._is_person_run(run)
                and (doc[run[0]].ent_type_ not in ("DATE", "GPE", "ORG")
                     or doc[run[0]].text == "The" and doc[run[0]].ent_type_ == "GPE")
            ):  # "her breakout turn in The Quiet Season", whatever the tagger says
                self._add_run(run, f"title after 'played ... {low}'")

    def _title_after_sequel_to(self, i: int, stop: set[int]) -> None:
        """A title in "a sequel to Title", "a remake of Title", "based on Title"."""
        doc = self.doc
        low = self.doc[i].lower_
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

    def _title_subject_of_work_verb(self, i: int, stop: set[int]) -> None:
        """A title in "Title is getting a sequel", "Title grossed", "Title premiered in 2021"."""
        doc, tok = self.doc, self.doc[i]
        debut = tok.lemma_ == "mark" and any(t.lower_ == "debut" for t in doc[i + 1 : i + 8])
        if tok.pos_ in ("VERB", "AUX") and (tok.lemma_ in WORK_VERBS or self._released(i)
                                            or debut) and i > 0:  # "X marks Y's debut"
            nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            remade = tok.lemma_ == "get" and nxt in ("a", "an") and any(
                t.lower_ in WORK_HEAD_NOUNS | REMAKE_WORDS | GOT_BY_WORKS
                for t in itertools.takewhile(lambda t: not t.is_punct or t.text == "-",
                                             doc[i + 1 : i + 9]))
            if tok.lemma_ != "get" or remade:
                end = i - 1 if doc[i - 1].lemma_ in ("be", "have") else i
                # people do not gross $90 million, nor get a song-and-dance makeover
                strong = tok.lemma_ in STRONG_WORK_VERBS or remade or debut
                released = self._released(i)  # people come to Broadway too: no name
                run = title_run_left(doc, end, stop | self.title_tokens, through_names=strong)
                proper = all(t.pos_ == "PROPN" or t.lower_ in TITLE_CONNECTORS
                             # "Sweet Violet Avenue is getting", "The Last Watch is coming"
                             or (remade or released) and _is_cap(t)
                             for t in doc[run[0] : run[1]]) if run else False
                tagged = doc[run[0]].ent_type_ if run else ""
                if run and proper and (strong or not self._is_person_run(run)
                                       and not self._a_surname(run)) and (
                    tagged not in ("PERSON", "DATE", "ORG", "NORP", "GPE")
                    or strong and tagged == "PERSON" or (remade or released) and tagged == "ORG"
                ) and (
                    run[0] == doc[run[0]].sent.start or doc[run[0] - 1].text in (":", "—")
                    # "Three decades after it lit up the jukebox, Midnight at the Palomino
                    # is getting a sequel": after an opening clause, the verb's own subject
                    or self._after_opening_clause(run, tok)
                ):
                    self._add_run(run, "title as the subject of a work verb")

    def _after_last_comma(self, run):
        """The part of a run after its last comma ("Set in Ohio, The Long Division")."""
        commas = [t.i + 1 for t in self.doc[run[0] : run[1]] if t.text == ","] if run else []
        return (commas[-1], run[1]) if commas and commas[-1] < run[1] else run

    def _after_opening_clause(self, run, verb) -> bool:
        """The run follows an opening phrase and its comma ("Released in 2017, X was…", "Three
        decades after it lit up the jukebox, X is getting…") and is the verb's subject, as far
        as the parse goes (it may hang the run on the phrase)."""
        doc = self.doc
        if run[0] < 2 or doc[run[0] - 1].text != ",":
            return False
        opening = doc[doc[run[0]].sent.start : run[0] - 1]
        opens = len(opening) > 0 and (opening[0].tag_ in ("VBN", "VBG", "IN") or any(
            t.dep_ == "mark" for t in opening))
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
        return opens and subject and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > run[1] for c in verb.children)

    def _released(self, i: int) -> bool:
        """Verb ``i`` brings a work out: "is coming to theaters", "hits Netflix", "opens in
        cinemas on Friday", "heads to Broadway"."""
        doc = self.doc
        if doc[i].lemma_ not in ("come", "hit", "open", "head", "arrive", "return", "move"):
            return False
        ahead = doc[i + 1 : i + 4]
        return any(t.lower_ in RELEASE_VENUES or t.lower_ in STREAMERS and t.text[:1].isupper()
                   for t in ahead) and not any(t.text in (",", ".", ";") for t in ahead[:1])

    def _title_that_stars(self, i: int, stop: set[int]) -> None:
        """A title in "Set in Ohio, The Long Division stars Maya Celestine as…": a work stars
        people.
        """
        doc = self.doc
        low = self.doc[i].lower_
        if low in ("stars", "starred") and i + 3 < len(doc) and (
                doc[i + 1].ent_type_ == "PERSON" or doc[i + 1].pos_ == doc[i + 2].pos_ ==
                "PROPN" and doc[i + 3].lower_ == "as") and i not in self.title_tokens:
            run = self._after_last_comma(
                title_run_left(doc, i, stop | self.title_tokens, through_names=True))
            if run and (run[0] == doc[run[0]].sent.start or doc[run[0] - 1].text in (
                    ",", ":")) and not self._is_person_run(run) and \
                    doc[run[0]].ent_type_ not in ("PERSON", "DATE", "NORP"):
                self._add_run(run, "title that stars a person")

    def _title_after_years_since(self, i: int, stop: set[int]) -> None:
        """A title in "It's been 25 years since Marnie & Jo's Road to Nowhere sent two friends…"."""
        doc = self.doc
        low = self.doc[i].lower_
        if low in ("since", "after") and i > 1 and doc[i - 1].lower_ in (
                "years", "decades", "year") and i + 1 < len(doc):  # "Fifteen years after X"
            run = title_run_right(doc, i + 1, stop | self.title_tokens)
            verb = doc[run[1]] if run and run[1] < len(doc) else None
            if verb is not None and verb.tag_ == "VBD" and verb.lemma_ in SINCE_VERBS and \
                    not self._is_person_run(run) and (doc[run[0]].ent_type_ != "PERSON" or
                                                      run[1] - run[0] > 2):
                self._add_run(run, "title after 'years since'")

    def _title_that_ran(self, i: int, stop: set[int]) -> None:
        """ "Saltwater Prep ran for four seasons on The WB": what ran or aired for seasons is a
        series, whatever the tagger says of its words."""
        doc, tok = self.doc, self.doc[i]
        if not tok.is_sent_start or i in self.title_tokens:
            return
        run = title_run_right(doc, i, stop | self.title_tokens)
        if run is None or run[1] >= len(doc) or doc[run[1]].lemma_ not in ("run", "air", "last"):
            return
        ahead = [t.lower_ for t in doc[run[1] + 1 : run[1] + 6]]
        if ("seasons" in ahead or "episodes" in ahead) and run[1] - run[0] <= 6 and \
                not self._is_person_run(run, slot=True) and not self._is_owner(run):
            self._add_run(run, "a series that ran for seasons")

    def _title_with_seasons(self, i: int, stop: set[int]) -> None:
        """A title in "Mercy Line is shuffling its staff", "Blackwater Sound will be without one of
        its stars when it returns for season 4": a subject that is an "it" with seasons.
        """
        tok = self.doc[i]
        if tok.is_sent_start and i not in self.title_tokens:
            self._subject_with_seasons(i, stop)

    def _title_after_role_verb(self, i: int, stop: set[int]) -> None:
        """A title in "will direct Crossing Lines", "to star in Cold Harbor": a title after a role
        verb.
        """
        doc, tok = self.doc, self.doc[i]
        if tok.pos_ == "VERB" and tok.lemma_ in TITLE_VERBS and i + 1 < len(doc):
            j = i + 2 if doc[i + 1].lower_ == "in" and tok.lemma_ in ("star", "appear") \
                else i + 1
            run = title_run_right(doc, j, stop | self.title_tokens)
            owner = self._owner_end(run[0]) if run else None
            if owner is not None:  # "wrapped Focus Features' The Undertaking": its title
                run = (owner + 1, run[1]) if owner + 1 < run[1] else None
            if run and tok.lemma_ in ("shoot", "film", "wrap") and run[1] + 1 < len(doc) and \
                    doc[run[1]].lower_ in ("at", "in", "on", "of") and _is_cap(doc[run[1] + 1]):
                return  # "shooting Low Tide at Carrow, a thriller": where the title ends is
                # for the apposition to say
            # what a network renews or cancels is a work whatever the tagger says ("NBC has
            # renewed Fallow Creek"), unless it reads as a person's name
            made = tok.lemma_ in ("renew", "cancel", "greenlight", "order", "revive",
                                  "create") and \
                run is not None and not _a_full_name(doc[run[0] : run[1]])
            if run and not self._is_person_run(run) and not self._is_owner(run) and \
                    (doc[run[0]].ent_type_ not in ("PERSON", "DATE", "GPE", "NORP") or made) and \
                    not self.table.find(doc[run[0] : run[1]].text) and not re.match(
                        r"\s+as\s+[A-Z]", self.text[doc[run[1] - 1].idx + len(
                            doc[run[1] - 1]) :]):  # "starred Renata Cole as Violet"
                self._add_run(run, "title after a role verb")

    def _title_after_owner(self, i: int, stop: set[int]) -> None:
        """A title in "Netflix's The Palisade": a studio's or a streamer's title."""
        doc = self.doc
        low = self.doc[i].lower_
        network = i > 0 and self._network_at(i - 1)
        studio = i > 0 and doc[i - 1].ent_type_ == "ORG"
        j = i + 1
        while (network or studio) and j < len(doc) and j - i < 5 and (
                doc[j].is_lower or doc[j].text == "-"):
            j += 1  # "NBC's culinary competition The Final Plate"
        if j > i + 1 and j < len(doc) and doc[j].text in (",", ":") and doc[j - 1].pos_ == \
                "NOUN":
            j += 1  # "Warner Bros.' legacy sequel, Redline Protocol: Reload"
        if j > i + 1 and doc[j - 1].pos_ != "NOUN" and doc[j - 2].pos_ != "NOUN" or \
                j > i + 1 and not network and not {t.lower_ for t in doc[i + 1 : j]} & (
                    TITLE_HEADS | REMAKE_WORDS):  # a studio's "upcoming remake, X"
            j = len(doc)
        if low in POSSESSIVES and i > 0 and (
            doc[i - 1].ent_type_ in ("ORG", "GPE", "FAC") or network
        ) and j < len(doc) and doc[j].ent_type_ not in (
            ("DATE",) if network and doc[i - 2].lower_ in ("on", "in", "from", "of")
            else ("PERSON", "DATE") if network  # "NBC's Station 9", "on CBS' Pelham Bay"
            else ("PERSON", "DATE", "ORG")
        ):
            run = title_run_right(doc, j, stop | self.title_tokens)
            run = run and self._before_next_owner(run)
            if run and not self._is_person_run(run) and all(
                t.pos_ in ("PROPN", "NUM") or t.lower_ in TITLE_CONNECTORS
                or network and _is_cap(t)  # "NBC's The Last Crumb"
                for t in doc[run[0] : run[1]]
            ) and not {t.lower_ for t in doc[run[0] : run[1]]} & ORG_WORDS and not (
                    run[1] < len(doc) and doc[run[1]].lemma_ in COMPANY_NOUNS):
                self._add_run(run, "title after a studio's possessive")

    def _title_after_dated_noun(self, i: int, stop: set[int]) -> None:
        """A title in "Sallow's 2014 two-hander Small Hours at the Linden": a year names a work."""
        doc = self.doc
        low = self.doc[i].lower_
        if low in ("'s", "’s") and i + 2 < len(doc) and \
                re.fullmatch(r"(19|20)\d\d", doc[i + 1].text):
            j = i + 2
            while j < len(doc) and j - i < 7 and (doc[j].is_lower or doc[j].text == "-"):
                j += 1
            run = title_run_right(doc, j, stop | self.title_tokens) if j > i + 2 else None
            if run and not self._is_person_run(run):
                self._add_run(run, "title after a dated work noun")

    def _title_after_year_possessive(self, i: int, stop: set[int]) -> None:
        """A title in "1974's Kingfisher Rising": a year's title is a work."""
        doc, tok = self.doc, self.doc[i]
        if re.fullmatch(r"(19|20)\d\d", tok.text) and i + 2 < len(doc) and \
                doc[i + 1].lower_ in ("'s", "’s") and _is_cap(doc[i + 2]):
            run = title_run_right(doc, i + 2, stop | self.title_tokens)
            if run and not self._is_person_run(run):
                self._add_run(run, "title after a year's")

    def _title_after_working_title(self, i: int, stop: set[int]) -> None:
        """A title in "which carries the working title Low Country"."""
        doc, tok = self.doc, self.doc[i]
        low = tok.lower_
        if low == "title" and tok.pos_ == "NOUN" and i + 1 < len(doc) and \
                doc[i - 1].lower_ in ("working", "new", "official", "final", "the"):
            j = i + 2 if doc[i + 1].text in (",", ":") else i + 1
            run = title_run_right(doc, j, stop | self.title_tokens) if j < len(doc) else None
            if run and not self._is_person_run(run) and doc[run[0]].ent_type_ != "DATE":
                self._add_run(run, "title after 'working title'")

    def _title_after_titled(self, i: int, stop: set[int]) -> None:
        """A title in "the film, retitled Title", "a remake, titled Title"."""
        doc = self.doc
        low = self.doc[i].lower_
        if low in ("titled", "retitled", "dubbed", "called") and i + 1 < len(doc) and any(
            t.lower_ in WORK_HEAD_NOUNS | {"remake", "reboot", "project", "spinoff", "version"}
            for t in doc[max(0, i - 6) : i]  # "the new series, which will be titled X"
        ):
            j = i + 2 if i + 2 < len(doc) and doc[i + 1].tag_ == "RB" else i + 1  # "simply"
            run = title_run_right(doc, j, stop | self.title_tokens)
            if run and not self._is_person_run(run):
                self._add_run(run, "title after 'titled'")
                self.new_titles.add(fold(doc[run[0] : run[1]].text))

    def _title_after_rights_or_developed(self, i: int, stop: set[int]) -> None:
        """ "acquired North American rights to Borrowed Weather", "developed Borrowed Weather at
        the Lab": what rights are sold to, or a film developed, is a work."""
        doc, tok = self.doc, self.doc[i]
        rights = tok.lower_ == "to" and i > 0 and doc[i - 1].lower_ == "rights"
        developed = tok.lemma_ == "develop" and tok.pos_ == "VERB" or tok.lower_ == "with" and \
            i > 1 and doc[i - 1].lower_ in ("forward", "ahead") and \
            doc[i - 2].lemma_ in ("move", "push", "press", "go")  # "moving forward with X"
        if not (rights or developed) or i + 1 >= len(doc):
            return
        run = title_run_right(doc, i + 1, stop | self.title_tokens)
        if run and not self._is_person_run(run) and not self._is_owner(run) and not any(
                t.ent_type_ in ("ORG", "GPE", "NORP", "DATE") for t in doc[run[0] : run[1]]) \
                and not _a_full_name(doc[run[0] : run[1]]):
            self._add_run(run, "title after 'rights to' or 'developed'")

    def _title_after_colon(self, i: int, stop: set[int]) -> None:
        """A title in "one of the best comedies ever made: Title"."""
        doc, tok = self.doc, self.doc[i]
        if tok.text == ":" and i + 1 < len(doc) and i + 1 not in self.title_tokens:
            before = doc[max(0, i - 10) : i]
            if {t.lower_ for t in before if t.pos_ != "VERB"} & WORK_HEAD_NOUNS or \
                    {t.lower_ for t in before} & {"starred", "stars", "directed", "wrote"}:
                run = title_run_right(doc, i + 1, stop | self.title_tokens)
                if run and not self._is_person_run(run) and not (
                        doc[run[0]].ent_type_ == "PERSON" and run[1] < len(doc)
                        and doc[run[1]].text == ","):  # "returns: Alicia Marrow, who…"
                    self._add_run(run, "title after a colon")

    def _titles_credits_include(self, i: int, stop: set[int]) -> None:
        """ "Her credits include Blue Moon and Red Sky": each listed name is a title."""
        doc = self.doc
        if doc[i].lemma_ != "include" or not any(t.lower_ in ("credits", "credit", "films")
                                                 for t in doc[max(0, i - 3) : i]):
            return
        j = i + 1
        while j < len(doc) and j not in stop:
            run = title_run_right(doc, j, stop | self.title_tokens)
            if run is None:
                break
            parts = [p for p in re.split(r",\s+(?:and\s+)?|\s+and\s+",
                                         doc[run[0] : run[1]].text) if p]
            at = doc[run[0]].idx
            for part in parts:
                start = self.text.find(part, at)
                span = self.span(start, start + len(part)) if start >= 0 else None
                if span is not None and not self._is_person_run((span.start, span.end)):
                    self._add_run((span.start, span.end), "a title among credits")
                at = start + len(part)
            j = run[1]
            while j < len(doc) and doc[j].lower_ in (",", "and", "'s", "’s") or (
                    j < len(doc) and self._network_at(j)):
                j += 1  # "FX's Leftover Saints and NBC's Dinner Shift"

    def _title_with_number(self, i: int, stop: set[int]) -> None:
        """A title in "Storm Crossing 2 is officially happening": a title and its number."""
        doc, tok = self.doc, self.doc[i]
        if NUMBERED.fullmatch(tok.text) and i > 0 and self._numbers_a_title(i):
            run = self._numbered_run(i, stop | self.title_tokens)
            if run and not self._a_surname(run):
                self._add_run((run[0], i + 1), "title with a number")
                self._numbered_base(doc[run[0] : run[1]])

    def _title_before_year(self, i: int, stop: set[int]) -> None:
        """A title in "Title (1997)"."""
        doc, tok = self.doc, self.doc[i]
        if (
            tok.text == "("
            and i + 2 < len(doc)
            and re.fullmatch(r"(19|20)\d\d", doc[i + 1].text)
        ):
            run = self._after_a_name(
                title_run_left(doc, i, stop | self.title_tokens, through_names=True))
            if run and run[1] - run[0] <= 8:
                self._add_run(run, "title before a year")

    def _work_only_slots(self, i: int, stop: set[int]) -> None:
        """Slots only a work fills, whatever the tagger says of the words in them: "the Ember
        Falls cast", "Ember Falls fans", "production on Ember Falls", "attached to X"."""
        doc, tok = self.doc, self.doc[i]
        low, taken = tok.lower_, stop | self.title_tokens
        run = None
        if low in WORK_PART_NOUNS and tok.is_lower and tok.pos_ in ("NOUN", "VERB") and i > 0 \
                and doc[i - 1].pos_ in ("PROPN", "NUM") and _is_cap(doc[i - 1]):  # "the X cast"
            run = title_run_left(doc, i, taken, through_names=True)
            if run and run[0] == doc[run[0]].sent.start and doc[run[0]].pos_ not in (
                    "PROPN", "DET", "NUM"):
                run = None  # "Plans for the sequel", "New to the cast": a sentence's words
            if run and doc[run[0]].text == "The" and run[0] == doc[run[0]].sent.start:
                rest = doc[run[0] + 1 : run[1]].text  # "The Ember Falls franchise": the
                if re.search(rf"(?<!The )(?<!the ){re.escape(rest)}", self.text):  # article
                    run = (run[0] + 1, run[1])
            starts = ("the",) if tok.pos_ == "VERB" else (  # "Netflix cast Ida Roe": a verb
                "the", "a", "an", "its", "of", "'s", "’s", "for", "in", "on", "and")
            person_noun = low in ("star", "stars", "alum", "alums")  # "Ada Roe stars as X"
            if run and person_noun and doc[run[0]].text == "The" and run[1] - run[0] > 1:
                run = (run[0] + 1, run[1])  # "The Palm Row star, 41,": the article's "The"
            if run and not (run[0] == doc[run[0]].sent.start and tok.pos_ == "NOUN" and
                            not person_noun or doc[run[0] - 1].lower_ in starts):
                run = None  # "fans of A and B Roe fans": a run must start a noun phrase
        elif (low == "on" and i > 0 and doc[i - 1].lower_ in ON_WORK_NOUNS or low == "to" and
              i > 0 and doc[i - 1].lower_ == "attached") and i + 1 < len(doc):
            run = title_run_right(doc, i + 1, taken)
        if run and not self._is_person_run(run) and not self._a_date(run) and \
                not _a_full_name(doc[run[0] : run[1]]) and not self._is_owner(run) and \
                not self._surname_alone(run) and not {t.lower_ for t in doc[run[0] : run[1]]} & \
                NOT_NUMBERED and \
                not any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in doc[run[0] : run[1]]):
            self._add_run(run, "title in a slot only a work fills")

    def _title_a_clause_describes(self, i: int, stop: set[int]) -> None:
        """A title that a clause after it says was made ("Sunday Girls, directed by Noreen
        Healy, did modest business", "Little Lighthouses, which she wrote and directed",
        "Then came Saint Agathe in 2021, in which she played a nun")."""
        doc = self.doc
        if doc[i].text != "," or i == 0 or i + 3 >= len(doc):
            return
        after = self.text[doc[i].idx : doc[i].idx + 60]
        if not MADE_CLAUSE.match(after):
            return
        end = i
        if doc[i - 1].like_num and i > 2 and doc[i - 2].lower_ == "in":  # "X in 2021, in which"
            end = i - 2
        run = title_run_left(doc, end, stop | self.title_tokens, through_names=True)
        if run and not self._is_person_run(run) and not _a_full_name(doc[run[0] : run[1]]) \
                and not self._surname_alone(run) and run[1] - run[0] <= 6 and not any(
                    t.ent_type_ in ("GPE", "LOC", "NORP") for t in doc[run[0] : run[1]]) \
                and not self._a_date(run):
            self._add_run(run, "title a clause says was made")

    def _copula_title(self, i: int, stop: set[int]) -> None:
        """ "Lantern Hollow was one of the breakout horror hits of 2017", "Harbor Lights is a
        thriller": a sentence's subject said to be a work."""
        doc, tok = self.doc, self.doc[i]
        if tok.lemma_ != "be" or tok.dep_ not in ("ROOT", "ccomp") or i == 0:
            return  # (ccomp: "X was one of the hits of 2017, so it was only a matter of time")
        attr = next((c for c in tok.children if c.dep_ == "attr"), None)
        if attr is not None and attr.lower_ == "one":  # "one of the … hits"
            attr = next((g for c in attr.children if c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), None)
        if attr is None or attr.lemma_.lower() not in WORK_HEAD_NOUNS - {"special", "single"}:
            return
        # "Released in 2017, Ironbark was a surprise smash": an opening phrase may come first
        run = self._after_last_comma(
            title_run_left(doc, i, stop | self.title_tokens, through_names=True))
        opens = run and (run[0] == doc[run[0]].sent.start or self._after_opening_clause(run, tok))
        if opens and not self._is_person_run(run) and \
                not _a_full_name(doc[run[0] : run[1]]) and not self._surname_alone(run) and \
                not is_known_org(doc[run[0] : run[1]].text):
            self._add_run(run, "title said to be a work")

    def _surname_alone(self, run) -> bool:
        """ "Anouk Delacourt fans" when "Delacourt" stands alone elsewhere: people are named by
        their surname, titles seldom by their last word."""
        words = self.doc[run[0] : run[1]].text.split()
        if len(words) < 2:
            return False
        last = re.escape(words[-1])
        return any(  # (not "the Hollow": a surname takes no article)
            not self.text[max(0, m.start() - 4) : m.start()].lower().endswith("the ")
            for m in re.finditer(rf"(?<!{re.escape(words[-2])} )\b{last}\b", self.text))

    def _a_date(self, run) -> bool:
        """ "March 2019" is a date; "Summer at Kettle Lake" only starts like one."""
        span = self.doc[run[0] : run[1]]
        return span[0].ent_type_ == "DATE" and (span[0].like_num or all(
            t.ent_type_ == "DATE" or not t.is_alpha or t.is_lower for t in span))

    def _numbered_run(self, i: int, stop: set[int]):
        """The capitalized words before a title's number ("Storm Crossing 2"), not a list
        ("Fallow Creek, Dispatch 19") nor a company ("WME and Management 360")."""
        j = i
        while j > 0 and j - 1 not in stop and (_is_cap(self.doc[j - 1]) and not self.doc[
                j - 1].like_num or self.doc[j - 1].lower_ in ("of", "the", "&", ":")):
            j -= 1
        while j < i and self.doc[j].lower_ in ("of", "&", ":"):
            j += 1
        words = {t.lower_ for t in self.doc[j:i]}
        if j == i or words & ORG_WORDS or self.doc[j].is_sent_start and self.doc[j].pos_ in (
                "VERB", "AUX", "ADP", "PRON"):
            return None
        return j, i

    def _numbered_base(self, base) -> None:
        """ "Storm Crossing 2" has a first film: "Storm Crossing" written alone is that work."""
        pattern = rf"(?<![\w'’]){re.escape(base.text)}(?![\w'’])(?!\s+(?:{NUMBERED.pattern})\b)"
        for m in re.finditer(pattern, self.text):
            span = self.span(m.start(), m.end())
            if span is not None and not set(range(span.start, span.end)) & self.title_tokens:
                self._add_work(m.start(), m.end())

    def _numbers_a_title(self, i: int) -> bool:
        """Token ``i``, a small number or a Roman numeral, ends a title ("Storm Crossing 2",
        "Iron Tide II"), not a count ("2 million", "Season 2", "Cole, 64")."""
        doc, prev = self.doc, self.doc[i - 1]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if not _is_cap(prev) or prev.lower_ in NOT_NUMBERED or prev.ent_type_ == "DATE":
            return False
        if nxt is not None and (nxt.pos_ in ("NOUN", "NUM", "PROPN") or nxt.text in ("-", "%")):
            return False
        return not (i > 1 and doc[i - 2].lower_ in ("season", "part", "episode"))

    def _after_a_name(self, run):
        """A run read back through a person's name and a preposition starts after them:
        "worked with Lind on The Pale Orchard (2019)" -> "The Pale Orchard"."""
        if not run:
            return run
        doc = self.doc
        def a_name(tok) -> bool:
            return tok.ent_type_ == "PERSON" or tok.i > 0 and tok.nbor(-1).lower_ in (
                "with", "alongside", "opposite", "and") or bool(
                self.table.at(tok.idx, tok.idx + 1, "person"))

        cut = [t.i + 1 for t in doc[run[0] : run[1]] if t.lower_ in ("in", "at", "on", "with")
               and t.i > run[0] and a_name(doc[t.i - 1])]
        return (cut[-1], run[1]) if cut and cut[-1] < run[1] else run

    def _network_at(self, i: int) -> bool:
        """Token ``i`` ends the name of a network or a streamer ("NBC", "Apple TV+")."""
        doc = self.doc
        return doc[i].lower_ in STREAMERS | KNOWN_ACRONYM_ORGS or i > 0 and \
            f"{doc[i - 1].lower_} {doc[i].lower_}" in STREAMERS

    def _network_owner(self, k: int) -> bool:
        """A network's possessive starts at token ``k`` ("CBS' new game show")."""
        doc = self.doc
        return any(k + n < len(doc) and self._network_at(k + n - 1) and
                   doc[k + n].lower_ in POSSESSIVES for n in (1, 2))

    def _owner_end(self, k: int) -> int | None:
        """The possessive token of an owner named from token ``k`` ("CBS'", "Universal
        Pictures'", "A24's"), if one is there."""
        doc = self.doc
        if self._network_owner(k):
            return next(k + n for n in (1, 2) if doc[k + n].lower_ in POSSESSIVES)
        n = k
        while n < min(k + 4, len(doc)) and (doc[n].text[:1].isupper() or doc[n].text[:1].isdigit()):
            n += 1
        if n > k and n < len(doc) and (self._is_owner((k, n)) or doc[n].text in POSSESSIVES
                                       and self._is_owner_name(doc[k:n].text, doc[k].idx)):
            return n  # (a studio's title: "Focus Features' The Undertaking")
        return None

    def _before_next_owner(self, run):
        """ "FX's Leftover Saints and NBC's Dinner Shift": a run ends before the next owner."""
        toks = self.doc[run[0] : run[1]]
        for t in toks:
            if t.lower_ in ("and", ",", "&") and any(
                    u.lower_ in ("'s", "’s") for u in self.doc[t.i + 1 : min(t.i + 4, run[1])]):
                return (run[0], t.i) if t.i > run[0] else None
        return run

    def _is_owner(self, run) -> bool:
        """ "the second season of Netflix's drama": a name with a possessive owns the work."""
        if run[1] >= len(self.doc):
            return False
        after = self.doc[run[1]]
        return after.lower_ in ("'s", "’s") or (  # "Focus Features' thriller"
            after.text in ("'", "’") and self.doc[run[1] - 1].lower_.rstrip(".").endswith("s")
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

    def _split_joined_titles(self) -> None:
        """ "directed Cold Water and Night Train": two titles read as one are split when the
        article names one of them alone elsewhere."""
        works = self.table.of_family("work")
        names = {fold(w.name) for w in works}
        for work in works:
            if " and " not in work.name:
                continue
            left, right = work.name.split(" and ", 1)
            if not ({fold(left), fold(right)} & names) or not right[:1].isupper() or \
                    any(self.text[s:e] != work.name for s, e in work.mentions):
                continue  # (a mention written otherwise would have no half to go to)
            for s, e in work.mentions:
                self.table.add(work.type, left, s, s + len(left))
                self.table.add(work.type, right, e - len(right), e)
            self.table.drop(work)

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

    def _subject_with_seasons(self, i: int, stop: set[int]) -> None:
        """A sentence's subject that is an "it" with seasons or episodes is a series' title."""
        doc = self.doc
        run = title_run_right(doc, i, stop | self.title_tokens)
        if run is None or run[1] >= len(doc) or doc[run[1]].pos_ not in ("AUX", "VERB"):
            return
        sent = doc[i].sent
        rest = [t for t in sent if t.i >= run[1]]
        after = doc[sent.end].sent if sent.end < len(doc) else sent
        its = next((t for t in rest if t.lower_ == "its"), None)
        # "X has exited Y ahead of its third season": that "its" is Y's
        own = its is not None and not any(
            t.text[:1].isupper() or t.is_quote for t in rest if t.i < its.i)
        seasons = any(t.lower_ in ("season", "seasons", "episode", "episodes", "series")
                      for t in [*rest, *after])  # "X is shuffling its staff. … season 2"
        words = list(doc[run[0] : run[1]])
        tagged = {t.ent_type_ for t in words} & {"ORG", "GPE", "NORP", "DATE", "CARDINAL"}
        if not (own and seasons) or tagged or len(words) > 6:
            return
        if any(t.lower_ in ORG_WORDS or t.lower_ in STREAMERS or fold(t.text) in STREAMERS
               for t in words):
            return  # "Netflix is expanding its slate of series": a company
        if not self._is_person_run(run):
            self._add_run(run, "a subject with seasons of its own")
            work = self.table.at(doc[run[0]].idx, doc[run[1] - 1].idx + 1, "work")
            if work is not None:
                self.with_seasons.add(work.id)

    def _a_surname(self, run) -> bool:
        """ "Ruiz-Whitaker earned an Emmy": one word written elsewhere after a first name
        ("Gemma Ruiz-Whitaker") is a surname the tagger missed."""
        span = self.doc[run[0] : run[1]]
        if len(span.text.split()) > 1:
            return False
        before = rf"\b[A-Z][a-z]+ {re.escape(span.text)}\b"
        return any(m.group(0).split()[0].lower() not in SMALL_WORDS | {"in", "on", "at"}
                   for m in re.finditer(before, self.text))

    def _is_person_run(self, run, *, slot: bool = False) -> bool:
        """A run made only of words of other people's names ("Sorvino's") is not a title (two
        names joined by "&" are one: "Marlow & Finch", named after its characters)."""
        span = self.doc[run[0] : run[1]]
        if any(t.text == "&" for t in span) and not span[-1].text == "&":
            return False
        title_key = re.sub(r"^the ", "", fold(span.text))
        person_words = {
            t.lower_
            for e in self.doc.ents
            if e.label_ == "PERSON"
            and len([t for t in e if t.is_alpha]) >= 2
            and re.sub(r"^the ", "", fold(e.text)) != title_key  # other mentions of this name
            and not self.table.find(e.text, "work")  # "Crossing Kilburn" is a title
            and not is_subtitled(span.text, e.text)  # "X: Reload", the tagger's PERSON
            and not (e.start < run[1] and run[0] < e.end)  # nor the run itself
            and not (e.start > 1 and re.fullmatch(r"(19|20)\d\d", self.doc[e.start - 2].text)
                     and self.doc[e.start - 1].lower_ in POSSESSIVES)  # "1974's Kingfisher X"
            for t in e
        }
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in SMALL_WORDS]
        slot = slot or span.start > 0 and self.doc[span.start - 1].lower_ in WORK_HEAD_NOUNS
        return bool(words) and all(w in person_words for w in words) or \
            not slot and _a_full_name(span)  # "the hospital series Ward Nine West" is a title

    def _add_run(self, run, why: str) -> None:
        span = self.doc[run[0] : run[1]]
        nxt = self.doc[run[1] : run[1] + 2]
        if len(nxt) == 2 and nxt[0].lower_ in ("'s", "’s") and (nxt[1].is_lower
                                                              or nxt[1].like_num):
            return  # "Grace Penner's memoir", "Oona Feld's 1998 novel": an owner, not a title
        if run[1] < len(self.doc) and self.doc[run[1]].text == "-" or span.text.endswith("-"):
            return  # "Co-creator": a prefix, not a title
        if len(span) == 1 and span[0].pos_ != "PROPN" and span[0].is_sent_start:
            return  # "Original director Luca Farren": a capitalized word, not a title
        before = self.text[max(0, span.start_char - 16) : span.start_char].lower()
        if why in ("title before an apposition", "title before a year",
                   "title in a slot only a work fills", "title after 'played ... on'"):
            # "on Lowland, her first feature", "on The Pale Orchard (2019)": no platform
            before = re.sub(r"\bon\s+$", "", before)
        if re.search(r"\b(according to|told|telling|tells|via|on|by)\s+$", before):
            return  # an outlet, a platform or a maker ("created by Ines Varga"), not a title
        trade = self.doc[span.start - 1] if span.start > 0 else None
        if trade is not None and trade.lower_ in ROLE_NOUNS and trade.is_lower and \
                trade.pos_ == "NOUN":
            return  # "by playwright Nadia Feld": a person named by her trade
        self._add_work(span.start_char, span.end_char)

    def _partial_titles(self) -> None:
        """Short forms of a known title in a work context ("a Romy & Michele sequel")."""
        works = self.table.of_family("work")
        if not works:
            return
        for short in list(works):
            if short.id in self.quoted_works or fold(short.name) in self.new_titles:
                continue  # ("its adaptation, titled simply Kilburn": a title of its own)
            for full in works:
                if (
                    short is not full
                    and (is_title_prefix(short.name, full.name)
                         or is_title_tail(short.name, full.name))
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
            if work.id in self.with_seasons:
                votes["TVSeries"] += 3
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

        credits = [span for _person, span, _rtype in getattr(self, "credit_pairs", [])]

        def weight(w):
            counted = [m for m in w.mentions if not title_qualifies_a_person(self.text, m[1])
                       and not self._in_parentheses(*m)  # "Brandt (Title)": her credit
                       and not any(s <= m[0] < e for s, e in credits)
                       and not SOURCE_BEFORE.search(self.text[max(0, m[0] - 100) : m[0]])
                       and not CREDIT_WORDS_BEFORE.search(self.text[max(0, m[0] - 30) : m[0]])]
            in_lede = bool(counted) and counted[0][0] < lede_end
            older = year is not None and w.year is not None and w.year < year
            # "has been cast in X", "will direct X" in the lede: X is the news
            news = any(m[0] < lede_end and NEWS_BEFORE.search(
                self.text[max(0, m[0] - 40) : m[0]]) for m in counted)
            return (len(counted) + (1.5 if in_lede else 0) - (1.5 if older else 0)
                    + (1.5 if news else 0), -w.mentions[0][0])

        main = max((w for w in works if fold(w.name) not in self.new_titles), key=weight,
                   default=max(works, key=weight))
        self.table.main_work = main.id
        for w in works:  # "Back on Maple & Main, a reboot of the 2003 sitcom Maple & Main"
            for _s, e in w.mentions:
                m = re.match(r"[”\"’]?,[”\"’]?\s+(?:a|an|the|[A-Z][\w+]*(?:'s|’s|'))\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:reboot|remake|revival|"
                             r"spin-?off|adaptation|reimagining)(\s+of\s+)?", self.text[e : e + 60])
                if not m:
                    continue
                old = [o for o in works for os, _ in o.mentions if m.group(1)
                       and o is not w and 0 <= os - (e + m.end()) <= 30] or [
                    o for o in works if o is not w and is_subtitled(o.name, w.name)] or [
                    o for o in works if o is not w and not m.group(1)  # "Back on Pine Street,
                    and re.search(rf"\b{re.escape(o.name)}$", w.name)]  # Peacock's revival"
                # ("“Hartley Heights: Homecoming,” a revival of the NBC family sitcom")
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
        for a in works:  # "Storm Crossing 2" is the sequel of "Storm Crossing"
            for b in works:
                if b.name.startswith(a.name + " ") and \
                        NUMBERED.fullmatch(b.name[len(a.name) + 1 :]):
                    b.sequel_of = a.id
                    self.table.sequel, self.table.main_work = b.id, a.id
                    return
        sequel_words = [
            m for w in SEQUEL_WORDS for m in re.finditer(rf"\b{re.escape(w)}\b", low)
            if not re.search(r"\b(her|his|their|my|your|next|whose)\s+$", low[max(0, m.start() - 8):
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
        subtitled = [(a, b) for a in works for b in works  # "Vanguard Rising: Ashfall" is
                     if a is not b and is_subtitled(a.name, b.name)]  # "Vanguard Rising"'s sequel
        for a, b in subtitled:
            b.sequel_of = a.id
        if subtitled:  # of "Ironbark: The Last Watch" and "Ironbark: Outriders", the one news
            a, b = max(subtitled, key=lambda pair: weight(pair[1]))  # is about
            self.table.sequel, self.table.main_work = b.id, a.id
        if self.table.sequel:
            return
        # the work named right before "sequel" or right after "sequel to" is the original
        votes = {}
        for m in re.finditer(r"\b(sequel|follow-up|followup)\b( to)?", low):
            for w in works:
                for s, e in w.mentions:
                    before = m.start() - e
                    after = s - m.end()
                    gets = re.fullmatch(r"\s+(?:is |will |has )?(?:getting|gets|get|got|"
                                        r"received) (?:a|an|its) (?:[\w-]+ )?",
                                        self.text[e : m.start()])  # "X is getting a sequel"
                    if 0 <= before <= 3 or gets or (m.group(2) and 0 <= after <= 3):
                        votes[w.id] = votes.get(w.id, 0) + 1
        original = max(
            works, key=lambda w: (votes.get(w.id, 0), len(w.mentions), -w.mentions[0][0])
        )
        first = re.search(r"\b(sequel|follow-up|followup)\b", low)
        near = self._work_before(first.start()) if not votes else None
        opening = [m.end() for m in re.finditer(r"\n\s*\n", self.text)][2:3] or [len(low)]
        if near is not None and near is not main and first.start() > opening[0]:
            # "Ferreira saw Starfall Academy, the 2023 hit, and has a pitch for the sequel":
            # a sequel of a work mentioned in passing, not what the article is about
            aside = self.table.add("Movie", f"{near.name} sequel", first.start(), first.end(),
                                   form=first.group(0))
            aside.sequel_of = near.id
            return
        sequel_name = f"{original.name} sequel"
        sequel = self.table.add(
            "Movie", sequel_name, first.start(), first.end(), form=first.group(0)
        )
        sequel.sequel_of = original.id
        self.table.sequel = sequel.id
        self.table.main_work = original.id

    def _work_before(self, offset: int):
        """The work named last before ``offset`` in the same sentence, if any."""
        sent = self.doc.char_span(offset, offset + 1, alignment_mode="expand").sent
        named = [(s, w) for w in self.table.of_family("work") for s, _e in w.mentions
                 if sent.start_char <= s < offset]
        return max(named, key=lambda pair: pair[0])[1] if named else None

    # people and characters -----------------------------------------------------------------
