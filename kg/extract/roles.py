"""Roles: who is attached to which work, in what capacity, with what status.

Reads ``doc._.kg_entities`` and writes ``doc._.kg_roles`` (a list of :class:`Role`). Triggers
are role verbs ("set to direct", "penned", "starred"), role nouns before a name ("Friends
actress Lisa Kudrow", "the creator of X, Tim Federle"), cast pairs ("Romy (Sorvino)") and
negotiation or interest cues with no role word ("in final talks for a sequel": an actor).
"""

import itertools
import re

from kg.extract.claims import is_owner
from kg.extract.entities import title_qualifies_a_person
from kg.extract.given_names import full_name_gender
from kg.extract.lexicon import (
    AWARD_ALIASES,
    NOMINAL_ANAPHORS,
    ROLE_NOUNS,
    ROLE_VERBS,
    SEQUEL_WORDS,
    STATUS_CUES,
    WORK_HEAD_NOUNS,
    outlet_name,
)
from kg.names import fold
from kg.records import STATUS_RANK, Role

OFFICIAL = re.compile(
    r"\b(confirmed|announced|officially|it's official|it’s official|series order|ordered|"
    r"greenlit|green-lit|renewed|unveiled|(has|have) (ordered|greenlit|"
    r"green-lit|renewed|cast|set the cast|unveiled|tapped|hired|closed|picked up|landed))\b"
)
MONTH_MAY = re.compile(r"(?<=\w )May\b|(?<=\w, )May\b")
SAID_OFFICIALLY = re.compile(r"\b(confirmed|announced|unveiled|revealed)\b")
# What is said only of a work that is out: nominated, premiered, in cinemas, streaming.
RELEASED_CUES = re.compile(
    r"\b(nominations?|nominated|premiered|grossed|box office|opened (to|with)|debuted|"
    r"now streaming|is streaming|runner-up|audience award|jury prize|best picture)\b")
# A prize given right before the title: "took home the top prize for “Gull Season”"
PRIZE_FOR = re.compile(r"\b(prize|award|trophy|nod|nomination)s?( in \d{4})? for "
                       r"(the |her |his |their )?"
                       r"[\w' -]{0,30}?[\"“‘']?$")
MODIFIED_NOUNS = {"partner", "co-star", "costar", "castmate", "colleague", "collaborator",
                  "company", "banner", "team", "fan", "franchise", "universe", "alum", "cast"}
PRIZE_VERBS = ("pick", "take", "collect", "scoop", "claim", "snag", "accept", "share")
PRIZE_NOUNS = {"prize", "award", "nod", "nomination", "trophy", "honor", "honour", "statuette"}
STINT_NOUNS = {"season", "year", "episode", "stint", "run"}
PRAISE_NOUNS = {"rave", "review", "praise", "acclaim", "notice", "plaudit"}
MUSIC_WORDS = {"song", "single", "track", "soundtrack", "album", "tune", "anthem", "ballad"}
PRIZE_WORDS = re.compile(r"\b(prizes?|awards?|won|wins|winners?|nominat\w+)\b")
SPOKES_WORDS = {"spokesperson", "spokeswoman", "spokesman", "representative", "studio",
                "network", "streamer"}
REPORTED = re.compile(  # ("The Hollywood Reporter" is no hedge)
    r"\b(according to|sources?|reportedly|report(s|ed|ing)?\b|is said to|rumou?r)")
LATER_SEASON = re.compile(
    r"\b((second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|new|next|latest) "
    r"season|season (two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)|renewed)\b", re.I)
STAYS = re.compile(r"\b(remain\w*|stay\w*|continu\w+|still)\b")
EXIT_WORDS = {"exit", "depart", "quit", "leave", "drop", "departure"}
DEFAULT_WORK_NOUNS = {"showrunner", "creator", "co-creator", "host", "producer", "director",
                      "helmer"}
RETURN_CUE = re.compile(r"\b(back to|return(s|ing)? to|repris\w*)\s*$", re.I)
CAST_NOUNS = ("cast", "ensemble", "lineup", "line-up")
# "The married actors, who met on the set of X, will co-star": people named just before
PLURAL_ANAPHORS = {"actors", "actresses", "stars", "pair", "duo", "couple", "siblings",
                   "filmmakers", "producers", "writers", "directors", "co-stars", "brothers",
                   "sisters", "twins", "creators", "co-creators"}
GENERIC_ORIGINAL = {"original", "film", "movie", "comedy", "picture", "feature", "drama"}
# "Season two adds Jane Roe as ...": the person is the object.
HIRE_VERBS = ("add", "tap", "enlist", "recruit", "hire", "bring", "cast")
# What a studio does to someone it wants: "is eyeing X to direct", "courting X for the lead"
COURT_VERBS = ("eye", "court", "target", "woo")
# "documentary producer X", "veteran director Y": a profession, not a role on the work
PROFESSION_WORDS = {"documentary", "music", "veteran", "longtime", "reality", "theater",
                    "theatre", "television", "tv", "film", "commercial", "indie", "award-winning",
                    "acclaimed", "celebrated", "prolific", "famed",
                    # not of a work: "casting director", "the festival's artistic directors"
                    "casting", "artistic", "festival", "managing", "creative", "program",
                    "programme"}
SCRIPT_NOUNS = {"script", "screenplay", "draft", "teleplay"}
WRITTEN_WORKS = ("play", "novel", "book", "memoir", "script", "screenplay", "musical")
# Kinds of work that say nothing of who made them; the owner's title does ("Playwright X's").
# "with Tobias Wren on board to direct", "with Noor Hadley set to star": the role's person
ATTACHED_WITH = re.compile(
    r"\bwith\s+((?:[A-Z][\w'’.-]*\s+){1,4})(?:also\s+)?(?:on board|onboard|attached|set|poised|"
    r"tapped|expected|signed on|in talks|in negotiations)\s+to\s+$")
# "her breakout turn in X", "his performance on Y": an acting credit
ACTING_NOUNS = {"turn", "performance", "role", "part", "stint", "run", "roles", "turns",
                "breakout"}
# Verbs that say a sentence lists who plays whom
CAST_CUES = {"play", "star", "join", "cast", "round", "feature", "include", "portray", "voice"}
AWARD_VERBS = ("win", "earn", "receive", "nab", "land", "garner", "nominate", "score")
AWARD_CATEGORIES = {"screenplay": "Writer", "writing": "Writer", "director": "Director",
                    "directing": "Director", "actress": "Actor", "actor": "Actor",
                    "performance": "Actor", "score": "Composer"}
SCREEN_WORKS = ("film", "movie", "feature", "series", "show", "documentary")
GENRE_NOUNS = ("hander", "drama", "comedy", "tragedy", "thriller", "farce", "satire", "romance")
NEW_WORK_WORDS = {"spin-off", "spinoff", "reboot", "remake", "revival"}
MAKER_TYPES = ("Writer", "Creator", "Producer", "ExecutiveProducer")
# Verbs that credit an actor only when a titled work follows: "recurred on Hollow Point",
# "headlined FX's Ironwood", "recently wrapped The Undertaking", "appeared in The Vault"
# "made her name with X", "broke through in Y", "rose to fame with Z": a breakthrough credit
BREAKTHROUGH = {"make": ("name", "waves", "splash", "mark", "debut"), "break": ("through", "out"),
                "rise": ("fame", "prominence"), "burst": ("scene",), "shoot": ("fame",)}
# Groups of makers: "the sibling team behind X", "the duo behind Y"
MAKER_GROUPS = ("team", "duo", "trio", "pair", "mind", "force", "sibling", "brother", "sister")
# "set to star", "poised to direct": a person's job to come
SET_TO = ("attach", "set", "board", "sign", "tap", "hire", "poise", "slate")
TITLED_ACTING_VERBS = ("appear", "recur", "headline", "wrap", "guest")
NEGOTIATION_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions",
                     "deal", "conversation", "conversations"}
# Someone saying they want to take part: "would love to", "wants in", "up for it"
WANTS_BACK = re.compile(
    r"\b(?:wants? (?:in|to (?:return|come back|be (?:in|part))|back)|would (?:love|like|happily|"
    r"jump|be (?:up for|open to|thrilled|happy))|(?:be |'d be )?up for it|open to (?:return|"
    r"coming back|it)|hop(?:es|ing) to (?:return|be)|keen to|dreams? of|lobb(?:ied|ying)|"
    r"campaign(?:ed|ing) (?:for|to)|no secret of want|pitched|in a heartbeat|would return|"
    r"would reprise|willing to return|not ruling out)", re.IGNORECASE)
# "has been promoted to showrunner", "was named host", "upped to series regular"
PROMOTE_VERBS = {"promote", "name", "appoint", "elevate", "up", "install", "bump", "tap"}
# "play the game", "play a key role": objects of "play" that are no part in a story
NOT_A_PART = {"role", "part", "game", "games", "music", "piano", "guitar", "drums", "ball",
              "field", "match", "song", "songs", "card", "cards", "odds", "system", "market",
              "long", "fool", "host", "victim", "blame"}
# "her writing credits": the trade a kind of credit names
TRADE_WORDS = {"writing": "Writer", "directing": "Director", "directorial": "Director",
               "producing": "Producer", "acting": "Actor", "screen": "Actor",
               "screenwriting": "Writer"}
# "has joined the film", "boarded the project": objects that are the work in the news
WORK_OBJECTS = {"film", "movie", "project", "series", "show", "cast", "ensemble", "sequel",
                "feature", "pic", "production", "drama", "comedy", "thriller", "remake",
                "reboot", "revival", "adaptation", "spinoff", "spin-off", "miniseries"}
# "ran the series": what a showrunner runs
SERIES_NOUNS = {"series", "show", "drama", "comedy", "sitcom", "docuseries", "procedural",
                "room", "it"}
# "HBO has ordered X", "the festival will screen X": a paragraph that opens so is about X
TOPIC_VERBS = {"order", "renew", "greenlight", "cancel", "screen", "pick", "release", "acquire",
               "buy", "premiere", "debut", "open"}
# "will play his mother": parts named by kinship or bond
KIN_NOUNS = {"mother", "father", "wife", "husband", "daughter", "son", "brother", "sister",
             "sibling", "parent", "grandmother", "grandfather", "aunt", "uncle", "niece",
             "nephew", "cousin", "mentor", "boss", "partner", "girlfriend", "boyfriend",
             "lover", "rival", "friend", "fiancé", "fiancee", "fiance", "mom", "dad", "widow",
             "stepmother", "stepfather", "nemesis", "sidekick", "love", "interest", "twin",
             "grandson", "granddaughter", "assistant", "bodyguard"}
FOLLOW_ON = ("as well as", "also", "plus", "along with")


def is_sequel_word(tok) -> bool:
    """ "sequel", "follow-up" (which the tokenizer may split into three tokens)."""
    if tok.lower_ in SEQUEL_WORDS:
        return True
    doc = tok.doc
    return (
        tok.lower_ == "follow"
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lower_ == "up"
    )


def is_new_work_word(tok) -> bool:
    """ "spin-off" (three tokens), "reboot", "remake", "revival"."""
    if tok.lower_ in NEW_WORK_WORDS:
        return True
    doc = tok.doc
    return tok.lower_ == "spin" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "off"


class RoleFinder:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.table = doc._.kg_entities
        self.finder_pairs = getattr(self.table, "pairs", [])
        self.speech = self.table.speech
        self.roles: list[Role] = []
        date = doc.user_data.get("kg_date")
        self.year = int(date[:4]) if date else None
        self._persons = {}  # token index -> person entity id
        self._released: dict[str | None, bool] = {}
        self._prizes: list[tuple] = []  # (work, person, sentence): a prize with no category
        self.local_work: str | None = None  # the work the current paragraph opens on

    # --- lookups -------------------------------------------------------------------------
    def in_speech(self, tok) -> bool:
        return any(q.inner_start <= tok.idx < q.inner_end for q in self.speech)

    def entity_at_token(self, tok, family: str):
        return self.table.at(tok.idx, tok.idx + 1, family)

    def person(self, tok):
        entity = self.entity_at_token(tok, "person")
        return entity.id if entity else None

    def persons_in(self, tokens) -> list[str]:
        found = []
        for tok in tokens:
            pid = self.person(tok)
            if pid and pid not in found and not self.in_speech(tok):
                found.append(pid)
        return found

    # --- status --------------------------------------------------------------------------
    def status_for(self, sent, trigger, past: bool) -> str:
        """The status a sentence gives the role of ``trigger``: a cue ("in talks", "set to")
        decides; otherwise the tense: past is a credit, the present an ongoing job."""
        lo = sent.start_char
        clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl"
                       and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        if clause is not None:  # "…, the Western that Crowe is directing": its own tense
            lo = max(lo, min(t.idx for t in clause.subtree))
        # (the month is no hedge: "confirmed in May that…"; a modal May opens a sentence; the
        # same length, since offsets into the window are kept)
        window = MONTH_MAY.sub("Mth", self.text[lo : trigger.idx + len(trigger.text) + 12])
        window = self._outside_speech(lo, window.lower())
        if re.search(r"\bwould\b", window) and re.search(r"\bif\b", sent.text.lower()) or \
                re.search(r"\b(not|n't) ruling out\b", window):
            return "Interested"  # "he would reprise the role if the studio came calling"
        if trigger.head.lower_ == "for" and trigger.head.head.lower_ in (
                "known", "famous", "remembered", "recognized", "praised", "acclaimed"):
            return "Credited"  # "Sable is best known for playing Lily on Pelham Bay"
        for status, cues in STATUS_CUES:
            if any(cue in window for cue in cues):
                return status
        if past:
            return "Credited"
        if (trigger.tag_ in ("VBZ", "VBP", "VBG") or self._verb_mistagged(trigger)) and not any(
            c.lower_ in ("will", "would", "to", "could") for c in trigger.children
        ):
            return "Confirmed"
        if trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s")
                                         for c in trigger.children):
            return "Confirmed"  # "The Salt Road is produced by A": the present, in the passive
        return "Expected"

    def _first_in(self, person: str, sent) -> int:
        """Where ``person`` is first named in ``sent`` (after it when not named there)."""
        return next((t.i for t in sent if self.person(t) == person), sent.end)

    def _paragraph_topic(self, sent) -> str | None:
        """The work a paragraph opens on when it is not the article's own ("Also in competition
        is X, directed by…", "HBO has ordered X, a limited series…"): what the paragraph's
        unnamed roles are on. Only the first title of the opening sentence counts, and only as
        its subject, its object of ordering or screening, or its first words."""
        for tok in sent:
            work = self.entity_at_token(tok, "work")
            if work is None or self.in_speech(tok):
                continue
            if work.id in (self.table.main_work, self.table.sequel) or \
                    self.is_credit_mention(tok, work) or _in_parentheses(tok) or any(
                        t.lower_ == "whose" for t in sent if t.i < tok.i):
                return None  # ("X, whose feature debut Y premiered…": Y is X's credit)
            head = tok
            while head.dep_ in ("compound", "amod", "det", "poss", "nmod", "punct") and \
                    head.head != head:
                head = head.head
            root = sent.root
            topic = head.dep_ in ("nsubj", "nsubjpass", "attr") and head.head == root or \
                head.dep_ == "dobj" and head.head.lemma_ in TOPIC_VERBS or tok.i == sent.start
            return work.id if topic else None
        return None

    def _outside_speech(self, lo: int, window: str) -> str:
        chars = list(window)
        for q in self.speech:
            for i in range(max(q.inner_start, lo), min(q.inner_end, lo + len(window))):
                chars[i - lo] = " "
        return "".join(chars)

    # --- works ---------------------------------------------------------------------------
    def default_work(self, status: str) -> str | None:
        if self.local_work:  # a roundup's paragraph about another work
            return self.local_work
        if status != "Credited" and self.table.sequel:
            return self.table.sequel
        main = self.table.get(self.table.main_work) if self.table.main_work else None
        if status == "Credited" and main is not None and (main.based_on or main.sequel_of):
            # "X: Last Call, a film continuing the series": who played in it played in X
            return main.based_on or main.sequel_of
        return self.table.main_work

    def work_near(self, tokens, status: str) -> str | None:
        """The work named in ``tokens``: a title or a sequel word first, then "the film"."""
        tokens = [t for t in tokens if not self.in_speech(t)]
        for n, tok in enumerate(tokens):
            if (is_sequel_word(tok) or is_new_work_word(tok)) and self.table.sequel:
                return self.table.sequel  # "developed the spin-off": the new work
            work = self.entity_at_token(tok, "work")
            if work:
                following = [
                    t for t in tokens[n + 1 : n + 12] if self.entity_at_token(t, "work") is not work
                ][:3]
                if any(is_sequel_word(t) for t in following) and self.table.sequel:
                    return self.table.sequel
                return work.id
        for tok in tokens:
            low = tok.lower_
            if low in GENERIC_ORIGINAL and tok.i > 0 and tok.nbor(-1).like_num:
                year = tok.nbor(-1).text
                dated = [w for w in self.table.of_family("work") if str(w.year) == year]
                if dated:
                    return dated[0].id
            if low in GENERIC_ORIGINAL and tok.pos_ == "NOUN":
                if low == "original" or status == "Credited":
                    return self.table.main_work
                return self.default_work(status)
        return None

    def titled_work(self, tokens) -> str | None:
        """A work named by its title in ``tokens`` (a credit like "[Title] helmer" aside)."""
        for tok in tokens:
            if self.in_speech(tok):
                continue
            work = self.entity_at_token(tok, "work")
            if work is None or self.is_credit_mention(tok, work):
                continue
            after = [t for t in tok.doc[tok.i + 1 : tok.i + 6] if not t.is_punct
                     and self.entity_at_token(t, "work") is not work]
            if after and is_sequel_word(after[0]) and self.table.sequel:
                return self.table.sequel  # "the “Fog Harbor” sequel"
            if work.sequel_of is None or work.id == self.table.sequel:
                return work.id
        return None

    def is_credit_mention(self, tok, work) -> bool:
        """ "'The Conservatory' helmer Hollis Brandt", "Jordan Reyes (Grave Season)": the title
        only qualifies a person."""
        for s, e in work.mentions:
            if s <= tok.idx < e:
                return title_qualifies_a_person(self.text, e) or any(
                    w == work.id for _p, w, _t in getattr(self.table, "credits", [])
                ) and self.text[max(0, s - 3) : s].rstrip("“\"‘'").endswith("(")
        return False

    # --- agents --------------------------------------------------------------------------
    def subjects(self, verb) -> list:
        tok = verb
        for _ in range(4):
            subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            subs = subs or [  # "Pollard will executive produce": the parse hangs it lower
                g for c in tok.children if c.dep_ in ("amod", "advmod") and c.i < tok.i
                for g in c.children if g.dep_ == "nsubj"
            ]
            if subs:
                return subs
            if tok is verb and (stranded := self._stranded_subject(verb)):
                return stranded
            if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl",
                            "acomp") and \
                    tok.head != tok:
                tok = tok.head
                if tok.dep_ == "prep":
                    tok = tok.head
                continue
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                tok = tok.head.head
                continue
            break
        return []

    def _stranded_subject(self, verb) -> list:
        """ "A will helm, and screenwriter B, who wrote the first film, is writing the script":
        a finite verb after "and" whose subject the parser hung elsewhere is the last name
        between the "and" and the verb (relative clauses and appositions left out)."""
        if verb.dep_ != "conj" or not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return []
        between = self.doc[verb.head.i + 1 : verb.i]
        cc = next((t for t in reversed(between) if t.dep_ == "cc"), None)
        if cc is None:
            return []
        aside = {x.i for t in self.doc[cc.i + 1 : verb.i] if t.dep_ in ("relcl", "acl", "appos")
                 for x in t.subtree}
        names = [t for t in self.doc[cc.i + 1 : verb.i] if t.i not in aside and self.person(t)]
        return names[-1:]

    def expand(self, toks) -> list:
        """The tokens of noun phrases and their lists, not of clauses or prepositions inside."""
        out = []

        def walk(t):
            out.append(t)
            for c in t.children:
                if c.dep_ not in ("relcl", "acl", "advcl", "prep", "ccomp", "xcomp", "poss"):
                    walk(c)

        for t in toks:
            walk(t)
            for c in t.conjuncts:
                walk(c)
        return out

    def agents_of(self, verb) -> tuple[list[str], str | None]:
        """(person ids, work id when the subject is a work) for a role verb."""
        passive = [c for c in verb.children if c.dep_ == "agent"] or [
            # "Written and directed by X": the agent hangs on the last verb of the pair
            c for v in verb.conjuncts if v.i > verb.i and v.tag_ == "VBN"
            for c in v.children if c.dep_ == "agent"] if verb.tag_ == "VBN" else []
        if passive:
            objs = [g for p in passive for g in p.children if g.dep_ == "pobj"]
            names = sorted(set(self.expand(objs)) | self._listed_after_firm(objs),
                           key=lambda t: t.i)
            verb_at = next((t.i for t in names if t.pos_ == "VERB" and t.i > passive[0].i
                            and t.nbor(-1).text != "-"), None)  # (not "Oslo-based")
            if verb_at is not None:  # "directed by A and starred B": B is not a director
                names = [t for t in names if t.i < verb_at]
            return self.persons_in(names), None
        attached = ATTACHED_WITH.search(self.text[max(0, verb.idx - 80) : verb.idx])
        if attached:  # "fast-tracking with Tobias Wren on board to direct": Wren directs
            at = verb.idx - len(self.text[max(0, verb.idx - 80) : verb.idx]) + attached.start(1)
            people = self.persons_in([t for t in verb.sent if at <= t.idx < verb.idx])
            if people:
                return people, None
        subs = self.subjects(verb)
        work = None
        people = []
        for sub in subs:
            if sub.lower_ in ("who", "that") and sub.head.dep_ == "relcl":
                head = sub.head.head
                if head.dep_ == "appos" and head.lower_ in PLURAL_ANAPHORS | NOMINAL_ANAPHORS:
                    head = head.head  # "Lou and Deb Farber, the siblings who created…"
                people += self.persons_in(self.expand([head])) or (
                    self.antecedents(head) if self._is_anaphor(head) else [])
            elif sub.lower_ in ("which", "that") and verb.dep_ == "relcl":
                work = self._work_of_token(verb.head)
            elif self._is_anaphor(sub) and not self.persons_in(self.expand([sub])):
                people += self.antecedents(sub)  # "The director, whose debut X …, is set to"
            else:
                w = self._work_of_token(sub)
                if w and not self.persons_in(self.expand([sub])):
                    work = w
                else:
                    named = self.persons_in(self.expand([sub]))
                    people += named
                    if not named and (sub.lower_ in ("they", "she", "he", "both")
                                      or self._is_anaphor(sub)):
                        people += self.antecedents(sub)
        if work or (subs and not people and verb.lemma_ in ("star", "feature") + HIRE_VERBS):
            objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
            people = self.persons_in(self.expand(objs)) or self.persons_in(
                [t for t in verb.sent if t.i > verb.i]
            )
        return people, work

    def _listed_after_firm(self, objs) -> set:
        """ "by A of Fjordlys Film and B of Les Films du Quai": B hangs on A's firm."""
        firms = [g for t in self.expand(objs) for p in t.children if p.dep_ == "prep"
                 and p.lower_ in ("of", "at") for g in p.children if g.dep_ == "pobj"]
        return {t for f in firms for c in f.conjuncts if self.person(c)
                for t in self.expand([c])}

    def _own_objects(self, verb) -> list:
        """The verb's objects, without a relative clause about one of them ("co-wrote the
        script with Hanna Sorel, who penned Paper Suns": Paper Suns is hers)."""
        clauses = {t.i for c in verb.subtree if c.dep_ in ("relcl", "acl") and c != verb
                   for t in c.subtree}
        if _has_own_object(verb):  # "wrote two episodes and co-ran X"
            clauses |= {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        for t in c.subtree}
        # the parse may hang the clause's words elsewhere: nothing after ", who" counts
        stop = next((t.i for t in verb.sent if t.i > verb.i and t.i > 0
                     and t.lower_ in ("who", "which", "whose") and t.nbor(-1).text == ","),
                    len(verb.doc))
        return [t for t in verb.subtree if verb.i < t.i < stop and t.i not in clauses]

    def _unnamed_other_work(self, verb, objs) -> bool:
        """ "to develop a feature", "to write another film": a work the text does not name."""
        direct = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(direct) and direct[0].lower_ in GENERIC_ORIGINAL | {"project", "series"} \
            and any(c.lower_ in ("a", "an", "another") for c in direct[0].children) \
            and not self.titled_work(objs) \
            and not any(is_sequel_word(t) or is_new_work_word(t) for t in direct[0].subtree)

    def _work_of_head(self, head) -> str | None:
        """The work a noun stands for: its title, or the title it is in apposition to."""
        appositions = [c for c in head.children if c.dep_ == "appos"]  # "the series X"
        for tok in (head, head.head if head.dep_ == "appos" else None, *appositions):
            work = self.entity_at_token(tok, "work") if tok is not None else None
            if work:
                return work.id
        if head.lower_ in WORK_HEAD_NOUNS:  # "Ironvale, the Apple TV+ series" however parsed
            before = list(head.doc[max(head.sent.start, head.i - 6) : head.i])
            comma = next((t for t in reversed(before) if t.text == ","), None)
            if comma is not None and comma.i > 0:
                work = self.entity_at_token(comma.nbor(-1), "work")
                if work and all(t.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT", "NUM")
                                for t in head.doc[comma.i + 1 : head.i]):
                    return work.id
        return None

    @staticmethod
    def _is_anaphor(tok) -> bool:
        """ "the actress", "this director", "the married actors": a noun standing for people
        named before (not "A and B, the siblings who…", in apposition to the names)."""
        return (tok.lower_ in NOMINAL_ANAPHORS or tok.lower_ in PLURAL_ANAPHORS) and any(
            c.lower_ in ("the", "this", "these", "both") for c in tok.children) and \
            tok.dep_ != "appos"

    def _work_of_token(self, tok) -> str | None:
        work = self.entity_at_token(tok, "work")
        if work:
            return work.id
        for t in tok.subtree:
            work = self.entity_at_token(t, "work")
            if work:
                return work.id
        if tok.lower_ in GENERIC_ORIGINAL | {"sequel"}:
            return self._subject_before(tok) or self.work_near([tok], "Credited")
        return None

    def _subject_before(self, tok) -> str | None:
        """ "Kittiwake leads the nominations. Directed by X, the film stars Y…": "the film" as
        a subject is the work the sentence before, in the same paragraph, was about."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ == "original" or not any(
                c.lower_ == "the" for c in tok.children) or tok.sent.start == 0:
            return None
        before = self.doc[tok.sent.start - 1].sent
        if "\n" in self.text[before.end_char : tok.sent.start_char]:
            return None
        subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head == before.root), None)
        work = self._work_of_head(subject) if subject is not None else None
        return work if work not in (None, self.table.main_work, self.table.sequel) else None

    def antecedents(self, pronoun) -> list[str]:
        """The people a pronoun subject points to: the sentence's own subject, else the last."""
        sent = pronoun.sent
        before = [t for t in sent if t.i < pronoun.i]
        same = next((t for t in before if t.lower_ == pronoun.lower_ and t.lower_ in (
            "he", "she") and t.dep_ in ("nsubj", "nsubjpass")), None)
        if same is not None:  # "she begins X, from filmmaker Y, in which she plays": one she
            return self.antecedents(same)
        owners = [p for p in self.persons_in([t for t in before if is_owner(t)])
                  if self._agrees(p, pronoun)]
        people = [p for p in self.persons_in(before) if p not in owners and
                  self._agrees(p, pronoun)]
        plural = pronoun.lower_ == "they" or pronoun.lower_ in PLURAL_ANAPHORS
        if people:
            if pronoun.lower_ not in NOMINAL_ANAPHORS | PLURAL_ANAPHORS:
                return people if plural else people[:1]
        prev = self.doc[: sent.start]
        told = [s for s in prev.sents if not all(self.in_speech(t) or t.is_punct for t in s)]
        for s in reversed(told[-3:]):  # sentences all in quotes name nobody outside them
            people = self.persons_in(
                [
                    t
                    for t in s
                    if t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")
                ]
            ) or self.persons_in([t for t in s if t.i < s.root.i])[:1] or (  # misparsed
                self.persons_in([t for t in s if "attr" in (t.dep_, t.head.dep_)])[:1]
            )  # "Stepping into the void is Whitney Sable": the subject comes last
            people = [p for p in people if self._agrees(p, pronoun)]
            if people:
                return people if plural else people[:1]
        return owners[:1]  # "Kim's drama, in which she starred": Kim, when nobody else fits

    def _agrees(self, person: str, pronoun) -> bool:
        """ "he" is not "Miriam Pell", "she" not "Augustin Pell" (when the first name says)."""
        want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(pronoun.lower_)
        entity = self.table.get(person)
        return want is None or entity is None or full_name_gender(entity.name) in (None, want)

    # --- emitting ------------------------------------------------------------------------
    def add(self, work, agent, rtype, status, sent, character=None) -> None:
        if not work or not agent:
            return
        if rtype == "Creator" and status in ("Confirmed", "Expected") and self.is_released(work):
            status = "Credited"  # a series that has aired was created already
        year = self.table.get(work).year
        if status in ("Confirmed", "Expected") and year and self.year and year < self.year:
            status = "Credited"  # "went on to direct the 2006 thriller Salt Flats": it is out
        text = sent.text
        start = sent.start_char + len(text) - len(text.lstrip())
        end = sent.start_char + len(text.rstrip())  # the evidence is the sentence, trimmed
        self.roles.append(
            Role(
                work=work,
                agent=agent,
                type=rtype,
                status=status,
                start=start,
                end=end,
                character=character,
            )
        )

    def characters_after(self, tok, sent) -> list[str]:
        """Characters named after a cue ("played", "as", "role of") following ``tok``."""
        cues = ("play", "played", "plays", "playing", "portray", "portrayed", "portrays", "voice",
                "voices", "voiced")
        chars, cued = [], tok.lower_ in cues or tok.lower_ in ("as", "role")
        for t in sent:
            if t.i <= tok.i or self.in_speech(t) or t.i > tok.i + 14:
                continue
            if t.lower_ in ("as", "play", "played", "plays", "playing", "portray", "portrays",
                            "portrayed", "voice", "voices", "voiced", "characters"):
                cued = True
            if not cued:
                continue
            ent = self.entity_at_token(t, "character")
            if ent and t.i + 1 < len(t.doc) and t.nbor(1).lower_ in ("'s", "’s"):
                continue  # "as Walt's daughter, Rosie": Walt is not the part
            if ent and self._named_in_description(t):
                continue  # "to play a bounty hunter hired by Grieve": Grieve is not the part
            if ent and ent.id not in chars:
                chars.append(ent.id)
        return chars

    @staticmethod
    def _named_in_description(tok) -> bool:
        """``tok`` names someone inside the description of a part ("a bounty hunter hired by
        Grieve", "the widow of Tom Crane"), not the part ("the role of Agnes Pell")."""
        head = tok
        while head.dep_ in ("compound", "flat") and head.head != head:
            head = head.head
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ == "as":
            return False
        return prep.lower_ != "of" or prep.head.lemma_ not in NOT_A_PART | {"character", "version"}

    def part_after(self, person: str, tokens, sent) -> str | None:
        """The character named by "as" right after the person's name among ``tokens``."""
        last = max((x.i for x in tokens if self.person(x) == person), default=None)
        if last is None:  # "They return as …": a pronoun, no name to follow
            return None
        as_tok = next((x for x in sent if last < x.i <= last + 2 and x.lower_ == "as"), None)
        chars = self.characters_after(as_tok, sent)[:1] if as_tok is not None else []
        return chars[0] if chars else None

    def characters_of_subject(self, verb) -> list[str]:
        """ "X, who originated the role of Agnes Pell, will reprise it": the part named in the
        subject's own relative clause."""
        chars = []
        for sub in self.subjects(verb):
            for clause in (c for c in sub.children if c.dep_ in ("relcl", "acl", "appos")):
                for t in clause.subtree:
                    ent = self.entity_at_token(t, "character")
                    if ent and ent.id not in chars and not self.in_speech(t):
                        chars.append(ent.id)
        return chars[:1]

    # --- the passes ----------------------------------------------------------------------
    def run(self) -> list[Role]:
        prev_roles: list[Role] = []
        paragraph_confirmed = False
        last_para = None
        for sent in self.doc.sents:
            para = self.text.rfind("\n", 0, sent.start_char)
            if para != last_para:
                paragraph_confirmed, last_para = False, para
                self.local_work = self._paragraph_topic(sent)
            before = len(self.roles)
            self.verb_triggers(sent)
            self.noun_triggers(sent)
            self.possessive_works(sent)
            self.by_credits(sent)
            self.played_by(sent)
            self.is_part(sent)
            self.cast_members(sent)
            self.cast_includes(sent)
            self.role_of(sent)
            self.as_part_in(sent, before)
            self.credits_include(sent)
            self.known_for(sent, before)
            self.made_a_name(sent, before)
            self.behind(sent, before)
            self.credits_in_passing(sent, before)
            self.serve_as(sent)
            self.with_doing(sent)
            self.directors_chair(sent)
            self.steps_down(sent)
            self.debuts(sent, before)
            self.awards(sent)
            self.with_as(sent, before)
            self.listed_parts(sent, before)
            self.co_stars(sent)
            self.cue_only(sent, before)
            self.follow_on(sent, before, prev_roles)
            self.wants_back(sent, before)
            self.courted_for(sent, before)
            new = self.roles[before:]
            outside = self._outside_speech(sent.start_char, sent.text.lower())
            # "X will direct, Netflix confirmed" (not "…, and Variety reports that Y will…")
            official = paragraph_confirmed or SAID_OFFICIALLY.search(outside)
            if official and not REPORTED.search(outside):
                for role in new:
                    if role.status == "Expected":
                        role.status = "Confirmed"
            if re.search(r"\bconfirm(ed|s)\b", outside):
                paragraph_confirmed = True
            prev_roles = new or prev_roles
        self.pairs()
        self.prizes()
        self.credits_in_parentheses()
        self.drop_exits()
        self.settle_official()
        self.settle_released()
        return self.merge()

    def settle_official(self) -> None:
        """In an official announcement ("Paramount+ has ordered…", "Lionsgate confirmed…")
        what will happen is confirmed, except where a sentence relays a report or a hedge."""
        paragraphs = [p for p in self.text.split("\n") if p.strip()]
        lede = paragraphs[0].lower() if paragraphs else ""
        if len(lede) < 150 and len(paragraphs) > 1:  # a teaser first ("X is coming home.")
            lede += " " + paragraphs[1].lower()
        announced = bool(OFFICIAL.search(lede)) and not REPORTED.search(lede)
        # (a scoop its maker confirms later: what it will do on the work in the news)
        if not announced and not self._confirmed_by_maker():
            return
        focus = {self.table.main_work, self.table.sequel} - {None}
        for role in self.roles:
            words = self.text[role.start : role.end].lower()
            if role.status == "Expected" and not REPORTED.search(words) and \
                    "expected" not in words and (announced or role.work in focus):
                role.status = "Confirmed"
            elif announced and role.status == "Credited" and role.work in focus and \
                    not self.is_released(role.work) and \
                    self.table.get(role.work).type != "CreativeWork":  # a novel is written
                role.status = "Confirmed"  # "created the adaptation" the studio just ordered

    def settle_released(self) -> None:
        """A film said to be out ("earned five nominations", "premiered at Sundance") is a
        credit for everyone in it, whatever the tense ("the film stars A"). A series may still
        be running: its present is kept; a work with a year was dated when it was found."""
        for role in self.roles:
            work = self.table.get(role.work)
            if role.status == "Confirmed" and work is not None and work.type != "TVSeries" \
                    and work.year is None and self.is_released(role.work):
                role.status = "Credited"

    def _confirmed_by_maker(self) -> bool:
        """ "A Searchlight spokesperson confirmed the project to THR", "A24 confirmed the
        casting change": the company behind the work confirms what a scoop reported."""
        for tok in self.doc:
            if tok.lemma_ not in ("confirm", "announce") or tok.pos_ != "VERB" or \
                    self.in_speech(tok) or REPORTED.search(tok.sent.text.lower()):
                continue
            for sub in (c for c in tok.children if c.dep_ == "nsubj"):
                org = self.entity_at_token(sub, "org")
                if sub.lower_ in SPOKES_WORDS or org and not outlet_name(fold(org.name)):
                    return True  # (an outlet confirming is a report)
        return False

    def drop_exits(self) -> None:
        """Who exits a project or is replaced on it keeps no role on it (a credit stays)."""
        gone = {}
        for tok in self.doc:
            if self.in_speech(tok) or tok.pos_ not in ("VERB", "NOUN"):
                continue
            if tok.lemma_ in EXIT_WORDS:
                people = self.persons_in(self.expand(self.subjects(tok))) if tok.pos_ == "VERB" \
                    else self.persons_in([c for c in tok.children if c.dep_ == "poss"])
            elif tok.lemma_ == "replace" and tok.pos_ == "VERB":
                people = self.persons_in(self.expand(
                    [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]))
            else:
                continue
            # what is left is named in the exit's own phrase ("exited X", "her exit from X"),
            # not in its cause ("a conflict with the second season of Y")
            own = [t for t in tok.subtree if t.i > tok.i][:10]
            work = self.titled_work(own) or self.default_work("Expected")
            gone.update({(work, person): tok.sent.end_char for person in people})
        # (what a later sentence says they keep stays: "He will remain on it as a producer")
        self.roles = [r for r in self.roles if (r.work, r.agent) not in gone or
                      r.status == "Credited" or r.start >= gone[(r.work, r.agent)] and
                      STAYS.search(self.text[r.start : r.end])]

    def verb_triggers(self, sent) -> None:
        for tok in sent:
            if self.in_speech(tok) or _hyphened(tok):
                continue  # "a coming-of-age drama" comes nowhere
            if tok.pos_ not in ("VERB", "AUX") and not (
                tok.lower_.startswith("produc") and _after_executive(tok)
            ) and not self._verb_mistagged(tok):
                continue
            rtype = ROLE_VERBS.get(tok.lemma_.lower()) or ROLE_VERBS.get(tok.lower_)
            if (tok.lemma_ == "break" and any(c.lower_ == "out" for c in tok.children)
                    or tok.lemma_ in TITLED_ACTING_VERBS or self._seen_in(tok)) and \
                    self.titled_work([t for t in tok.subtree if t.i > tok.i]) and not any(
                    t.lower_ in TRADE_WORDS for t in tok.subtree if t.i > tok.i):
                rtype = "Actor"  # "who broke out in Cold Sunday", "recurred on Hollow Point"
                # (not "broke out with her directorial debut": made_a_name reads the trade)
            if tok.lemma_ in HIRE_VERBS + ("join",) and re.match(
                    r"\s*(?:\w+\s+){0,3}?in an? (?:recurring|guest|lead|leading|starring|"
                    r"supporting|key|major|series regular) (?:role|part)",
                    self.text[tok.idx + len(tok.text) : tok.idx + 80]):
                rtype = "Actor"  # "Season three will add Ben Osei in a recurring role"
            joins = ("join", "replace", "return", "board", "sign", "come") + HIRE_VERBS
            back_as = tok.lemma_ == "be" and tok.i + 2 < len(self.doc) and \
                self.doc[tok.i + 1].lower_ == "back" and self.doc[tok.i + 2].lower_ == "as"
            if (tok.lemma_ in joins or back_as) and self.characters_after(tok, sent):
                rtype = "Actor"  # "X returns as Y", "X is back as Y"
            if tok.lemma_ in ("round", "join", "lead", "complete", "fill", "head", "top",
                              "topline", "front", "anchor") and any(
                c.lower_ in CAST_NOUNS for c in tok.subtree if c.i > tok.i
            ):
                rtype = "Actor"
            joined = [c for c in tok.children if c.dep_ == "dobj" and self.person(c)] \
                if tok.lemma_ == "join" else []
            if joined:  # "have joined previously announced lead Regina Vos in the series"
                rtype = "Actor"
            rtype = rtype or self._acting_object(tok)
            if self._is_back(tok):  # "Original director X is also back" (not "back as Y")
                self.bare_return(sent, tok)
                continue
            if tok.lemma_ == "return" and not self.characters_after(tok, sent) and not any(
                ROLE_VERBS.get(c.lemma_) for c in tok.children if c.dep_ in ("xcomp", "advcl")
            ):
                self.bare_return(sent, tok)
                continue
            if tok.lower_.startswith("produc") and _after_executive(tok):
                rtype = "ExecutiveProducer"
            if tok.lemma_ == "run" and any(  # "ran the FX drama X", "in talks to run the series"
                    c.dep_ == "dobj" and (c.lower_ in SERIES_NOUNS or self._work_of_head(c))
                    for c in tok.children):
                rtype = "Showrunner"
            if tok.lemma_ == "play" and not self.characters_after(tok, sent) and not (
                any(c.dep_ == "dobj" and any(d.lower_ in ("a", "an", "the") for d in c.children)
                    for c in tok.children)
                and (self.titled_work(list(sent)) or any(
                    t.lower_ in ("film", "movie", "series", "show", "sequel", "remake", "play")
                    for t in sent if t.i > tok.i))
            ) and not self._plays_kin(tok) and not self._plays_a_part(tok):
                continue  # "will play the vampire in the film" is a part; "play a role in" not
            if not rtype or self._is_speech_verb(tok):
                continue
            if tok.lemma_ in ("shoot", "adapt") and not any(
                    c.dep_ == "agent" for c in tok.children) and (tok.lemma_ == "shoot" or any(
                    c.lower_ == "from" for c in tok.children) and not any(
                    c.dep_ == "nsubj" for c in tok.children)):
                continue  # "shot in Calgary", not "shot by Jane Doe"; "adapted from Y's play"
            if rtype == "Writer" and not self._writes_a_work(tok):
                continue
            present_passive = tok.tag_ == "VBN" and any(
                c.dep_ in ("auxpass", "aux") and c.lower_ in ("is", "are", "being", "'s")
                for c in tok.children
            )
            past = (
                tok.tag_ in ("VBD", "VBN")
                and not present_passive
                and not any(c.lower_ in ("will", "to") for c in tok.children)
                or (
                    tok.tag_ in ("VBZ", "VBP")
                    and tok.lemma_ == "star"
                    and self._released_context(sent)
                )
            )
            status = self.status_for(sent, tok, past)
            if status == "Credited" and tok.tag_ == "VBN" and any(
                c.lower_ in ("has", "have") for c in tok.children
            ) and any(t.lower_ == "since" for t in tok.subtree):
                status = "Confirmed"  # "who has written for the series since 2023": ongoing
            if past and status in ("Expected",) and tok.tag_ == "VBD":
                status = "Credited"
            wrapped = tok.lemma_ == "wrap" and rtype == "Actor" and not any(
                t.lower_ in ("run", "stint") for t in tok.subtree)
            # ("wrapped a two-season run on X": a series done, not a film shot)
            if status == "Confirmed" and present_passive:
                named = self.titled_work([t for t in sent])
                if named and self.is_released(named):
                    status = "Credited"
            script = rtype == "Writer" and (any(
                t.lower_ in SCRIPT_NOUNS for t in tok.subtree if t.i > tok.i
            ) or tok.dep_ == "relcl" and tok.head.lower_ in SCRIPT_NOUNS)
            if script and status == "Credited" and not self.titled_work(
                self._own_objects(tok)
            ):
                status = "Confirmed"  # "co-wrote the screenplay": of the film in the news
            people, work = self.agents_of(tok)
            named = self._named_before_set_to(tok)
            people = [named] if named else people  # "with A set to star and B poised to direct"
            serving = tok.head.head if tok.pos_ == "NOUN" and tok.head.lower_ == "as" else tok
            done = self._done_with(serving)
            if done:  # "with X producing", "with X serving as producer": X, not the subject
                people = done[0]
                rtype = done[1] if serving == tok else rtype
            to_do = tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(  # "hired X to direct"
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            hirer = tok.head if to_do else (
                tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" else None)
            if hirer is not None and hirer.lemma_ in HIRE_VERBS + ("set", "sign", "pick") + \
                    COURT_VERBS:  # "is eyeing Tom Voss to direct": Voss
                # "Netflix has tapped Dana Whitlock to write and executive produce": the object
                hired = self.persons_in(self.expand(
                    [c for c in hirer.children if c.dep_ in ("dobj", "nsubjpass")]))
                people = hired or people
            if not people:  # "Warner Bros. is in negotiations with X to direct Y": X
                people = self._negotiating_with(tok)
            if tok.tag_ == "VBG" and tok.i == sent.start:
                # "Joining the cast are A as X and B as Y": the subject comes after the verb
                be = next((t for t in sent if t.i > tok.i and t.lemma_ == "be"), None)
                if be is not None:
                    people = self.persons_in([t for t in sent if t.i > be.i])
            if tok.lower_ in ("starring", "featuring") and tok.dep_ in ("acl", "advcl", "conj"):
                # "Lowland, her first feature, starring Jane Doe": the object is the actor
                people = self.persons_in(self.expand(
                    [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]))
                before = [t for t in sent if t.i < tok.i]
                work = work or self._work_of_head(tok.head) or self.titled_work(before[::-1])
            if not people and tok.dep_ == "relcl":
                people = self.persons_in([tok.head])
            if not people and tok.lemma_ in ("star", "feature") and not self.subjects(tok):
                # "The film was directed by A and starred B as X": the name after the verb
                after = list(itertools.takewhile(  # "… stars Ben Cole and Cara Diaz."
                    lambda t: t.text not in (".", ";", "(") and t.pos_ != "VERB",
                    self.doc[tok.i + 1 : sent.end]))
                named = self.persons_in(after[:3])[:1]
                listed = [t for t in after if t.dep_ == "conj" or t.lower_ in ("and", ",")]
                people = self.persons_in(after) if named and listed else named
            subs = self.subjects(tok)
            # "which Apple Original Films is producing": a company, no person (but "Focus
            # Features is producing with Oren Blackwood" has a co-producer)
            company = not people and any(self.entity_at_token(t, "org") for t in subs)
            if company and tok.dep_ == "ccomp":  # "Warner Bros. announced that A, best
                that = [t for t in sent if t.i < tok.i and t.lower_ == "that"]  # known for…,
                if that:  # would direct X": the first person after "that"
                    named = self.persons_in([t for t in sent if that[-1].i < t.i < tok.i])[:1]
                    people, company = named, not named
            if not people and not company:
                # the parse found no subject: the sentence's first free-standing name
                free = [t for t in sent if t.i < tok.i and not any(
                    a.dep_ == "prep" or a.lower_ in ("with", "alongside", "by")
                    for a in t.ancestors
                )]
                first = self.persons_in(free)[:1]
                heads = [t for t in free if self.person(t) in first and t.dep_ != "compound"]
                people = self.persons_in(self.expand(heads[:1])) or first
            if not people and not company:
                people = self.persons_in([t for t in sent if t.i < tok.i][-6:])[-1:]
            clause = tok.head if tok.dep_ == "conj" else tok  # "which she wrote and directed"
            if not work and (clause.dep_ == "relcl" or clause.dep_ == "acl" and
                             clause.tag_ == "VBN"):  # "Ironvale, the series he stars in",
                work = self._work_of_head(clause.head)  # "Fallow Creek, a drama created by X"
            if not work and tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i < tok.head.i:
                # "Directed by X, the film stars Y": the work is the main clause's subject
                subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                work = self._work_of_token(subject) if subject is not None else None
            # (a title in parentheses after a name is that person's credit, not the object)
            objs = [t for t in self._own_objects(tok) if not _in_parentheses(t)]
            if not work and self._unnamed_other_work(tok, objs):
                continue  # "stepping back to develop a feature at Searchlight"
            if not work:
                ahead = _own_clause_ahead(tok, sent)
                work = (
                    self.titled_work(objs)
                    or self.titled_work(ahead)
                    or self.work_near(objs, status)
                    or self._episodes_of(sent, tok, objs)
                    or self.default_work(status)
                )
            reduced = tok.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children)  # "Directed by X, the play…"
            if (rtype in MAKER_TYPES or reduced) and status == "Credited" and work in (
                self.table.main_work, self.table.sequel
            ) and not self.is_released(work):
                status = "Confirmed"  # "wrote", "developed" the work in the news: done, not out
            if wrapped and status == "Credited" and not self.is_released(work):
                status = "Confirmed"  # "recently wrapped X": shot, not yet out
            if tok.lemma_ in ("reprise", "return") and work == self.table.main_work and \
                    self.table.sequel:
                work = self.table.sequel  # one reprises a role in the new film, not the old
            chars = self.characters_after(tok, sent) if rtype == "Actor" else []
            if rtype == "Actor" and not chars and tok.lemma_ in ("reprise", "return"):
                chars = self.characters_of_subject(tok)
            if (
                tok.lemma_ in ("star",)
                and work
                and self.table.get(work)
                and self.table.get(work).sequel_of is None
                and status != "Credited"
                and self._released_context(sent)
            ):
                status = "Credited"
            counted = self.counted_works(tok) if not work or work == self.default_work(status) \
                else []
            if counted:
                work, more = counted[0], counted[1:]
            else:
                more = []
            if len(chars) == len(people) > 1:  # "A and B … as X and Y": in the order named
                people = sorted(people, key=lambda p: self._first_in(p, sent))
            if joined and rtype == "Actor":  # the one joined is in it too
                people = people + [p for p in self.persons_in(self.expand(joined))
                                   if p not in people]
            for n, person in enumerate(people):
                for other in more:
                    self.add(other, person, rtype, status, sent)
                if len(chars) == len(people):
                    char = chars[n]
                elif len(people) == 1:
                    char = chars[0] if chars else None
                else:  # "A as X, a nurse; B as Y, a surgeon": each name's own part
                    char = self.part_after(person, list(sent), sent) if chars else None
                self.add(work, person, rtype, status, sent, char)
                returning = RETURN_CUE.search(self.text[max(0, tok.idx - 20) : tok.idx]) or (
                    tok.lemma_ in ("reprise", "return") or back_as
                    or tok.lemma_ == "come" and any(c.lower_ == "back" for c in tok.children)
                ) or re.search(r"\bas (s?he|they) did on the (original|first)", sent.text)
                if returning and work == self.table.sequel and self.table.main_work and \
                        work != self.table.main_work:
                    # coming back means having been there: a credit on the original
                    self.add(self.table.main_work, person, rtype, "Credited", sent, char)
                for other in self.listed_works(sent, tok, work):
                    self.add(other, person, rtype, status, sent, char)
            self._alongside(sent, tok, work, rtype, status)

    def _episodes_of(self, sent, verb, objs) -> str | None:
        """ "Fallow Creek, a drama created by Ana Roe, who also wrote the first two episodes":
        the episodes of the title before the verb (else of the work in the news)."""
        if any(t.lemma_ == "episode" and t.dep_ in ("dobj", "pobj") for t in objs):
            return self.titled_work([t for t in sent if t.i < verb.i][::-1])
        return None

    def _acting_object(self, verb) -> str | None:
        """ "has joined Silver Harbor", "boarded the film", "will topline the series", "landed
        the lead role", "is circling the lead", "will lend her voice to the film": acting,
        unless the verb goes on to another trade ("joined … as a producer", "to direct")."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        heads = [o for o in objs if self._work_of_head(o) or o.lower_ in WORK_OBJECTS]
        lemma = verb.lemma_
        if lemma in ("lead", "headline", "front", "topline") and heads:
            return "Actor"  # "will lead the series Stone Harbor", whatever follows
        later = verb.doc[verb.i + 1 : min(verb.i + 7, verb.sent.end)]
        if any(t.lower_ == "as" or t.dep_ == "xcomp" or t.lower_ == "to" and t.i + 1 <
               len(t.doc) and t.nbor(1).pos_ == "VERB" for t in later):
            return None
        if lemma in ("join", "board") and heads:
            return "Actor"
        if lemma in ("land", "snag", "nab", "score", "book", "circle", "win") and any(
                o.lower_ in ("role", "lead", "part") for o in objs):
            return "Actor"
        if lemma == "lend" and any(o.lower_ == "voice" for o in objs):
            return "Actor"
        return None

    def _plays_a_part(self, verb) -> bool:
        """ "is eyed to play the villain", "the frontrunner to play the mayor": a part still to
        be cast, named by what the character is ("the", no other work in sight)."""
        to_come = any(c.lower_ in ("to", "will", "would") for c in verb.children)
        return to_come and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ not in NOT_A_PART and (any(
                d.lower_ == "the" for d in c.children) or c.lemma_ == "version" or
                self._a_someone(c))
            for c in verb.children)  # ("a younger version of the hero")

    @staticmethod
    def _a_someone(noun) -> bool:
        """ "a bounty hunter hired by Grieve", "a detective": a person, with "a" (unlike "a
        concert", "a prank"): a noun of someone who does something, or one described further."""
        return any(d.lower_ in ("a", "an") for d in noun.children) and (
            noun.lower_.endswith(("er", "or", "ist", "ian", "ess", "ant", "ent")) or
            any(d.dep_ in ("acl", "relcl") for d in noun.children))

    def _plays_kin(self, verb) -> bool:
        """ "will play his mother", "in talks to play Bishop's long-suffering ex-wife": a part
        named by whose relative it is, still to be played."""
        to_come = any(c.lower_ in ("will", "to", "would") for c in verb.children)
        objs = [c for c in verb.children if c.dep_ == "dobj"]  # "ex - wife": three, as parsed
        return to_come and any(c.lemma_.lower().split("-")[-1] in KIN_NOUNS for c in objs) \
            and any(d.dep_ == "poss" for c in objs for d in c.children)

    def _negotiating_with(self, verb) -> list[str]:
        """The people a company is in talks with to do what ``verb`` says."""
        for w in verb.head.subtree:
            if w.lower_ == "with" and w.head.lemma_ in NEGOTIATION_NOUNS and w.i < verb.i:
                objs = [c for c in w.children if c.dep_ == "pobj"]
                return self.persons_in([t for t in self.expand(objs) if t.dep_ != "appos"])
        return []

    def counted_works(self, verb) -> list[str]:
        """ "All three were produced by…", "Both films were shot by…": the works the sentence
        before named, when their number is the one the subject gives."""
        subs = self.subjects(verb)
        words = {t.lower_ for s in subs for t in s.subtree}
        if not words & {"both", "all", "three", "two", "four"}:
            return []
        want = 2 if "both" in words or "two" in words else 4 if "four" in words else 3
        sent = verb.sent
        prev = [s for s in self.doc[: sent.start].sents][-1:] if sent.start else []
        found = []
        for s in prev:
            for t in s:
                work = self.entity_at_token(t, "work")
                if work and work.id not in found and not self.in_speech(t):
                    found.append(work.id)
        return found if len(found) == want else []

    def listed_works(self, sent, tok, first) -> list[str]:
        """Titles listed with ``first`` after the verb: "in Starfall (2004), Starfall II (2006)
        and Starfall: Last Light (2009)" credits all three; "X and Y, both of which she
        directed" credits both."""
        clause = tok.head if tok.dep_ == "conj" else tok
        between = clause.doc[min(clause.head.i + 1, clause.i) : clause.i]
        if clause.dep_ == "relcl" and re.search(r"\b(both|all|each) of which\b", between.text):
            heads = [clause.head, *clause.head.conjuncts]
            return [w for h in heads for w in [self._work_of_head(h)] if w and w != first]
        seen, found, last_end = {first}, [], None
        for t in sent:
            if t.i <= tok.i or self.in_speech(t):
                continue
            work = self.entity_at_token(t, "work")
            if work is None:
                if last_end is not None and t.i > last_end and not (
                    t.is_punct or t.like_num or t.lower_ in ("and", "or", "the", "a")
                    or t.lower_ in WORK_HEAD_NOUNS  # "… and the film Night Train"
                ):
                    break  # the list ended
                continue
            if work.id == first:
                last_end = t.i
            elif last_end is not None and work.id not in seen:
                seen.add(work.id)
                found.append(work.id)
                last_end = t.i
        return found

    def bare_return(self, sent, tok) -> None:
        """ "Screenwriter Jane Doe ... will also return": the capacity comes from her title
        (and "will not return", "won't be back" is no role)."""
        status = self.status_for(sent, tok, past=False)
        if status == "Credited" or any(c.dep_ == "neg" for c in tok.children) or any(
                c.dep_ == "neg" for c in tok.head.children if tok.dep_ == "acomp"):
            return
        for sub in self.expand(self.subjects(tok)):
            person = self.person(sub)
            if not person:
                continue
            near = [ROLE_NOUNS[t.lower_] for t in sent
                    if abs(t.i - sub.i) <= 3 and t.lower_ in ROLE_NOUNS]
            near = near or (["Director"] if any(t.i > tok.i and t.lower_ == "helm"
                                                for t in sent) else [])
            near = near or self._trades_in_clause(sub)  # "X, who directed the original, …"
            named = self.titled_work([t for t in sent if tok.i < t.i <= tok.i + 4])
            work = named or self.default_work(status)  # "will return in Brine II"
            if near:
                for rtype in dict.fromkeys(near):
                    self.add(work, person, rtype, status, sent)
            elif (self.table.sequel or named) and any(
                t.lemma_ in ("play", "star", "portray") for t in sent if t.i < tok.i
            ) or self._is_series(work):
                # "X, who played Y in the original, is in talks to return"; "X and Y return
                # alongside her" (a renewed series: its cast)
                chars = self.characters_of_subject(tok)
                self.add(work, person, "Actor", status, sent, chars[0] if chars else None)

    def _is_back(self, verb) -> bool:
        """ "X is back", "X is also back at the helm" (but not "is back as Y", a part)."""
        if verb.lemma_ != "be":
            return False
        after = [t for t in verb.doc[verb.i + 1 : verb.i + 4] if t.lower_ not in ("also",)]
        return bool(after) and after[0].lower_ == "back" and not (
            len(after) > 1 and after[1].lower_ in ("as", "in", "on", "with", "to", "from"))

    @staticmethod
    def _trades_in_clause(sub) -> list[str]:
        """The trades a relative clause on ``sub`` names: "who wrote and directed it"."""
        return [ROLE_VERBS[v.lemma_] for c in sub.children if c.dep_ == "relcl"
                for v in [c, *(d for d in c.children if d.dep_ == "conj")]
                if v.lemma_ in ROLE_VERBS and ROLE_VERBS[v.lemma_] != "Actor"]

    def possessive_works(self, sent) -> None:
        """ "her 1988 play, Ladies' Room": the person is the play's writer."""
        toks = list(sent)
        for k, tok in enumerate(toks):
            owner = self.person(toks[k - 1]) if tok.lower_ in ("'s", "’s") and k else None
            if tok.lower_ == "whose" and k > 1 and toks[k - 1].text == ",":
                owner = self.person(toks[k - 2])  # "Benedikt Lorne, whose 2022 drama X won"
            if tok.lower_ not in ("his", "her", "their") and not owner or self.in_speech(tok):
                continue
            rest = [t for t in toks[k + 1 : k + 9]
                    if t.text not in (",", "'", "’", "‘", "“", "”", '"')]
            while len(rest) > 1 and rest[0].lower_ not in WRITTEN_WORKS + GENRE_NOUNS + \
                    SCREEN_WORKS and (rest[0].like_num or rest[0].pos_ == "ADJ" or rest[0].dep_ in (
                    "amod", "compound", "npadvmod") and rest[0].is_lower or rest[0].text == "-"
                    or rest[0].dep_ == "compound" and rest[0].ent_type_ in ("ORG", "GPE", "NORP")
                    or rest[0].tag_ in ("VBG", "VBN") and any(  # "'s bestselling 2009 novel"
                        t.lower_ in WRITTEN_WORKS for t in rest[1:3])
                    or rest[0].is_lower and rest[1].lower_ in WRITTEN_WORKS):  # "stage play"
                rest = rest[1:]  # "her 1988 play", "Quill's bestselling novel", "two-hander",
                # "whose 2022 period drama", "whose 2010 Sundance drama"
            noun = rest[0].lower_ if len(rest) >= 2 else ""
            turn = next((t for t in rest[:3] if t.lower_ in ACTING_NOUNS and t.i + 2 < len(
                t.doc) and (t.nbor(1).lower_ in ("in", "on") or t.nbor(1).lemma_ in (
                    "come", "be") and t.nbor(2).lower_ in ("in", "on"))), None)  # "came in"
            if turn is not None:  # "coming off her breakout turn in The Quiet Season"
                self._acting_credit(sent, turn, owner, toks[:k], tok)
                continue
            first = rest[1:2] if rest and rest[0].lower_ in (
                "debut", "upcoming", "forthcoming", "latest", "next") else rest[:1]
            if owner and tok.lower_ != "whose" and self.titled_work(first):
                if self._title_stands_alone(first[0]) and not any(
                        t.lower_ in MUSIC_WORDS for t in toks[max(0, k - 6) : k]):
                    self._owned_title(sent, owner, self.titled_work(first))
                continue
            if noun not in WRITTEN_WORKS + GENRE_NOUNS + SCREEN_WORKS:
                continue
            # "her 1988 play, Ladies' Room", "Ashby's previous play, the 2019 comedy X"
            work = next((w for t in rest[1:6] for w in [self.entity_at_token(t, "work")] if w),
                        None)
            people = [owner] if owner else self.persons_in([t for t in toks[:k]])
            if not work or not people:
                continue
            if noun in WRITTEN_WORKS:
                rtype = "Writer"
            elif noun in GENRE_NOUNS:  # "Playwright Ann Roe's 2014 two-hander X": her title
                title = toks[k - 1].left_edge
                rtype = ROLE_NOUNS.get(title.lower_) if owner and title.i < k - 1 else None
                rtype = rtype or self._usual_role(people[0]) or self._trade_of(people[0])
            else:  # "Crowe's previous film, Hollow Creek": what Crowe does, a director
                rtype = self._usual_role(people[0]) or self._trade_of(people[0])
            if rtype:
                self.add(work.id, people[0], rtype, "Credited", sent)

    def _title_stands_alone(self, tok) -> bool:
        """The title at ``tok`` is not used as a modifier ("Ana's Salt Road co-star", "with
        Hennessy's Ninth Wave partners"): no noun of someone's trade or company follows it
        (any noun would be too many: the tagger reads "X shoots in June" as one)."""
        entity = self.entity_at_token(tok, "work")
        span = next((self.doc.char_span(s, e, alignment_mode="expand")
                     for s, e in entity.mentions if s <= tok.idx < e), None)
        if span is None or span.end >= len(self.doc):
            return True
        nxt = self.doc[span.end]
        nxt = nxt.nbor(1) if nxt.text in ("”", '"', "’", "'") and nxt.i + 1 < len(self.doc) else nxt
        return not (nxt.lower_ in ROLE_NOUNS or nxt.lemma_ in MODIFIED_NOUNS or
                    nxt.lower_ in WORK_HEAD_NOUNS)  # ("Obi's Image Comics series X")

    def _owned_title(self, sent, person: str, work: str, *, rtype: str | None = None) -> None:
        """ "Neil Bancroft's “Halfway to Anywhere”", "Ana Roe's debut Salt Flats": her work, in
        her trade if the article gives one, else what makes a work someone's: a film's
        director, a series' creator, a play's or a book's writer."""
        kind = self.table.get(work).type
        maker = {"TVSeries": "Creator", "Play": "Writer", "CreativeWork": "Writer"}
        rtype = rtype or self._trade(person, default=maker.get(kind, "Director"))
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sent.text)]
        out = self.is_released(work) or PRIZE_WORDS.search(sent.text.lower()) or \
            self.year and any(y < self.year for y in years)  # "was a surprise hit in 2021"
        self.add(work, person, rtype, "Credited" if out else "Confirmed", sent)

    def _acting_credit(self, sent, turn, owner, before, pronoun) -> None:
        work = next((w for t in turn.doc[turn.i + 2 : turn.i + 10]
                     for w in [self.entity_at_token(t, "work")] if w), None)
        if work is None or work.id in (self.table.main_work, self.table.sequel):
            return  # a turn in the work the article is about is its news, found elsewhere
        people = [owner] if owner else self.persons_in(before)[-1:] or \
            self.antecedents(pronoun)[:1]
        for person in people:
            self.add(work.id, person, "Actor", "Credited", sent)

    def _trade_of(self, person: str) -> str | None:
        """The trade the article gives a person before a mention ("filmmaker Ana Roe",
        "the Argentine filmmaker Ana Roe"): a filmmaker's drama is one she directed."""
        entity = self.table.get(person)
        for start, _end in entity.mentions if entity else []:
            before = re.search(r"([a-z-]+)\s+$", self.text[max(0, start - 30) : start].lower())
            if before and ROLE_NOUNS.get(before.group(1)) in ("Director", "Writer"):
                return ROLE_NOUNS[before.group(1)]  # ("Writer Ana Roe" opening a sentence)
        return None

    def known_for(self, sent, before: int) -> None:
        """ "X, best known for the cult '90s series Witch Hazel", "known for her turn in HBO's
        Iron Lullaby": the title is X's credit, in X's trade (acting unless the article says
        otherwise)."""
        toks = list(sent)
        for k, tok in enumerate(toks[:-2]):
            if tok.lower_ != "known" or self.in_speech(tok):
                continue
            # "known to international audiences for", "known internationally for"
            at = next((j for j in range(k + 1, min(k + 6, len(toks)))
                       if toks[j].lower_ in ("for", "as") or toks[j].is_punct), None)
            if at is None or toks[at].is_punct:
                continue
            if toks[at].lower_ == "as":
                self._known_as(sent, toks, k, at)
                continue
            k = at - 1
            ahead = [t for t in toks[k + 2 : k + 14] if not _in_parentheses(t)]
            stop = next((n for n, t in enumerate(ahead) if t.text in (",", ";", ".")
                         and n and self.entity_at_token(ahead[n - 1], "work")), len(ahead))
            works = self._works_in(ahead[:stop])
            person = next(iter(self.persons_in(toks[:k])[-1:]), None)
            if person is None or not works:
                continue
            rtype = self._trade_of(person) or (  # "known for directing X"
                "Director" if any(t.lemma_ == "direct" for t in ahead[:stop]) else "Actor")
            if any(r.agent == person and r.work in works for r in self.roles[before:]):
                continue  # a rule of its own read it already
            for work in works:
                self.add(work, person, rtype, "Credited", sent)

    def _known_as(self, sent, toks, k: int, at: int) -> None:
        """ "X, best known as Nurse Tilly Brogan on the BBC soap Ashford Green": the part, in
        the work after "on" or "in"."""
        person = next(iter(self.persons_in(toks[:k])[-1:]), None)
        ahead = list(itertools.takewhile(lambda t: t.text not in (",", ";", ".", "("),
                                         toks[at + 1 : at + 16]))
        char = next((c for t in ahead for c in [self.entity_at_token(t, "character")] if c), None)
        prep = next((t for t in ahead if t.lower_ in ("on", "in")), None)
        work = self.titled_work([t for t in ahead if prep is not None and t.i > prep.i])
        if person and work:
            self.add(work, person, "Actor", "Credited", sent, char.id if char else None)

    def _trade(self, person: str, *, default: str) -> str:
        """What the person does, as the article tells it: the capacity it gives them most
        (producing aside), else the trade before their name, else ``default``."""
        return self._usual_role(person, makers=False) or self._trade_of(person) or default

    def _usual_role(self, person: str, *, makers: bool = True) -> str | None:
        """The capacity the article gives a person most often so far (None if none); without
        ``makers``, producing does not count (a star who produces made her name acting)."""
        kinds = [r.type for r in self.roles if r.agent == person and
                 (makers or r.type not in ("Producer", "ExecutiveProducer"))]
        return max(sorted(set(kinds)), key=kinds.count) if kinds else None

    def cast_members(self, sent) -> None:
        """ "joins previously announced cast members Priya Nand and Will Carver": actors."""
        toks = list(sent)
        for k, tok in enumerate(toks[:-1]):
            if tok.lower_ not in ("member", "members", "mates") or k == 0 or \
                    toks[k - 1].lower_ not in ("cast", "castmates", "co-stars") or \
                    self.in_speech(tok):
                continue
            after = []
            for t in toks[k + 1 : k + 12]:
                if t.text in (".", ";") or t.pos_ == "VERB":
                    break
                after.append(t)
            status = self.status_for(sent, tok, past=False)
            work = self.titled_work(after) or self.default_work(status)
            for person in self.persons_in(after):
                self.add(work, person, "Actor", status, sent)

    def cast_includes(self, sent) -> None:
        """ "The cast also includes A (Credit), B and British newcomer C": all actors."""
        for tok in sent:
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in ("members", "players", "stars") and \
                    any(c.lower_ == "cast" for c in subject.children):
                subject = next(c for c in subject.children if c.lower_ == "cast")
            if tok.lemma_ not in ("include", "feature") or self.in_speech(tok) or \
                    subject is None or subject.lower_ not in CAST_NOUNS:
                continue
            returning = self.table.sequel is not None and any(
                t.lower_ in ("returning", "original") for t in subject.head.subtree if t.i < tok.i)
            after = list(itertools.takewhile(lambda t: t.text not in (".", ";"),
                                             tok.doc[tok.i + 1 : sent.end]))
            status = self.status_for(sent, tok, past=tok.tag_ == "VBD")
            work = self.titled_work(list(sent)[: tok.i - sent.start]) or \
                self.default_work(status)
            parts = {t.i for t in after if t.i > 0 and (t.nbor(-1).lower_ == "as" or (
                t.nbor(-1).pos_ == "PROPN" and t.i > 1 and t.nbor(-2).lower_ == "as"))}
            if returning:  # "Returning cast members include A and B": the new work's
                work = self.table.sequel
            for person in self.persons_in([t for t in after if not _in_parentheses(t)
                                           and t.i not in parts]):
                self.add(work, person, "Actor", status, sent)
                if returning and self.table.main_work != work:  # and the original's
                    self.add(self.table.main_work, person, "Actor", "Credited", sent)

    def is_part(self, sent) -> None:
        """ "Okafor-Bell is Dr. Ruth Adebayo, the county's medical examiner": the person plays
        the part named after "is", in the work of her other part in the paragraph."""
        for tok in sent:
            if tok.lemma_ != "be" or tok.dep_ != "ROOT" or self.in_speech(tok):
                continue
            attr = next((c for c in tok.children if c.dep_ == "attr"), None)
            char = self.entity_at_token(attr, "character") if attr is not None else None
            people = self.persons_in([c for c in tok.children if c.dep_ == "nsubj"])
            if char is None or not people:
                continue
            acting = [r for r in self.roles if r.type == "Actor" and r.character
                      and r.status != "Credited"]  # the paragraph's parts are on one work
            work = acting[-1].work if acting else self.default_work("Confirmed")
            status = acting[-1].status if acting else "Confirmed"
            self.add(work, people[0], "Actor", status, sent, char.id)

    def played_by(self, sent) -> None:
        """ "the wife of a rancher, played by Jon Hale": Hale is an actor in the work."""
        toks = list(sent)
        for k, tok in enumerate(toks[:-2]):
            if tok.lower_ not in ("played", "portrayed", "voiced") or \
                    toks[k + 1].lower_ != "by" or self.in_speech(tok):
                continue
            people = self.persons_in(toks[k + 2 : k + 5])[:1]
            chars = [c for t in toks[max(0, k - 4) : k]
                     for c in [self.entity_at_token(t, "character")] if c]
            status = self.status_for(sent, toks[-1], past=False)
            work = self.titled_work(toks) or self.default_work(status)
            for person in people:
                self.add(work, person, "Actor", status, sent, chars[-1].id if chars else None)

    def _head_verb(self, tok):
        for anc in tok.ancestors:
            if anc.pos_ in ("VERB", "AUX"):
                return anc
        return None

    def _clause_of(self, tok) -> set:
        """The tokens of other verbs' phrases under ``tok`` (conjoined clauses)."""
        return {t for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                for t in c.subtree}

    def _named_before_set_to(self, tok) -> str | None:
        """The person right before "set to" / "poised to" and the role verb ``tok``: "with
        Noor Haddadi set to star and Rafe Dunmore poised to direct" (however parsed)."""
        if tok.i < 3 or tok.nbor(-1).lower_ != "to" or tok.nbor(-2).lemma_ not in SET_TO:
            return None
        return self.person(tok.nbor(-3))

    def _verb_mistagged(self, tok) -> bool:
        """ "Anouk Delacourt stars as Elspeth": a tagger may call "stars" a noun; "will write
        and direct Ninefold": it may call "direct" an adjective."""
        if tok.lower_ in ("direct", "produce", "star", "write", "host", "helm") and \
                tok.i > 1 and tok.nbor(-1).lower_ in ("and", "or", "&") and \
                tok.nbor(-2).pos_ == "VERB" and ROLE_VERBS.get(tok.nbor(-2).lemma_):
            return True
        if tok.lower_ in ("star", "co-star") and 0 < tok.i < len(tok.doc) - 1 and \
                tok.nbor(1).lower_ in ("as", "in", "opposite", "alongside") and \
                tok.nbor(-1).pos_ == "PROPN":
            return True  # "A and B star as X and Y": a plural verb read as a noun
        if tok.i > 1 and tok.nbor(-1).lower_ == "to" and ROLE_VERBS.get(tok.lower_) and (
                tok.nbor(-1).head.lemma_ in SET_TO or tok.nbor(-2).lemma_ in SET_TO):
            return True  # "is attached to star", "signed on to produce": the infinitive
        if tok.lower_ in ("round", "rounds", "rounding") and tok.i + 2 < len(tok.doc) and \
                tok.nbor(1).lower_ == "out" and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN":
            return True  # "A, B and C round out the cast"
        if tok.lower_ not in ("stars", "plays", "directs", "writes", "hosts", "helms", "pens",
                              "produces", "joins", "voices", "returns"):
            return False
        return tok.i > 0 and (self.person(tok.nbor(-1)) is not None or  # "Ironvale stars X"
                              self.entity_at_token(tok.nbor(-1), "work") is not None)

    def _is_speech_verb(self, tok) -> bool:
        """ "she wrote" after a quotation is speech, not screenwriting."""
        if tok.lemma_ not in ("write", "post", "pen"):
            return False
        for q in self.speech:
            if 0 <= tok.idx - q.end <= 25 and "\n" not in self.text[q.end : tok.idx]:
                return True
            if 0 <= q.start - (tok.idx + len(tok.text)) <= 3:
                return True
        return any(
            c.lower_ in ("on",)
            and any(g.lower_ in ("x", "instagram", "twitter") for g in c.children)
            for c in tok.children
        )

    def _writes_a_work(self, tok) -> bool:
        words = {
            "script",
            "screenplay",
            "draft",
            "sequel",
            "film",
            "movie",
            "story",
            "episode",
            "pilot",
            "book",
            "novel",
            "play",
            "follow-up",
            "series",
            "original",
            "adaptation",
        }
        sub = [t for t in tok.subtree if t.i > tok.i][:12]
        sub += [t for t in tok.doc[tok.i + 1 : tok.i + 7] if t.sent == tok.sent]
        if tok.lemma_ == "adapt" and any(  # "with Dev Anand attached to adapt" (the novel)
                t.lower_ in ("novel", "book", "play", "memoir", "story") for t in tok.sent):
            return True
        if tok.dep_ in ("relcl", "acl") and (  # "a thriller she penned", "written by",
            tok.head.lower_ in WORK_HEAD_NOUNS | SCRIPT_NOUNS  # "a script he co-wrote"
            or self.entity_at_token(tok.head, "work")
        ):
            return True
        if tok.dep_ == "advcl" and tok.i < tok.head.i and any(  # "Written and directed by X,
                c.dep_ in ("nsubj", "nsubjpass") and self.entity_at_token(c, "work")  # Title
                for c in tok.head.children):  # starred…"
            return True
        sub += [c for c in tok.children if c.dep_ == "nsubjpass"]  # "a script is being
        return any(t.lower_ in words or t.lemma_.lower() in words  # written"; "four episodes"
                   or is_new_work_word(t)  # "will write the revival"
                   or self.entity_at_token(t, "work") for t in sub)

    @staticmethod
    def _seen_in(tok) -> bool:
        """ "was last seen in X", "will next be seen in X": an actor's credit."""
        return tok.lemma_ == "see" and any(c.dep_ == "auxpass" for c in tok.children) and \
            any(c.lower_ in ("in", "on", "opposite") for c in tok.children)

    def _released_context(self, sent) -> bool:
        low = sent.text.lower()
        return bool(
            re.search(r"\b(also star|also starred|original|(19|20)\d\d)\b", low)
        ) and not any(w in low for w in SEQUEL_WORDS)

    def _alongside(self, sent, tok, work, rtype, status) -> None:
        """"... alongside Barry Kemp", "co-wrote the screenplay with Farah Kellaway"."""
        for t in sent:
            co = (
                t.lower_ == "with"
                and (t.head == tok or t.head.head == tok and t.head.dep_ == "dobj"
                     # "will serve as showrunner and executive produce with X": a noun
                     or tok.pos_ == "NOUN" and t.head == self._head_verb(tok))
                and (rtype in ("Writer", "Creator", "ExecutiveProducer", "Producer")
                     or tok.lower_.startswith("co-"))  # "co-directed X with Lise Oberman"
                and not any(g.tag_ == "VBG" for p in t.children for g in p.children)
                and not any(x.tag_ == "VBG" for x in t.subtree if x.i > t.i)
            )
            in_clause = self._head_verb(t) == tok or t not in self._clause_of(tok) and not any(
                x.pos_ in ("VERB", "AUX") and x.dep_ in ("ROOT", "conj", "relcl", "ccomp")
                and not is_sequel_word(x)
                for x in self.doc[tok.i + 1 : t.i]
            )
            if t.i > tok.i and in_clause and (t.lower_ in ("alongside", "opposite") or co) and \
                    not self.in_speech(t):
                after = list(itertools.takewhile(  # "alongside A, as well as B and C of Z"
                    lambda x: x.pos_ not in ("VERB", "AUX") and x.lower_ not in (
                        "who", "which", ";", "."), (x for x in sent if x.i > t.i)))[:16]
                owners = self._only_owners(after)
                doing = {self.person(x.nbor(-1)) for x in sent if x.i > t.i and (x.tag_ in (
                    "VBG", "VBN") or x.lower_.endswith("ing"))}  # "with A directing": his own
                doing |= {p for x in sent if x.i > t.i for done in [self._done_with(x)]
                          if done for p in done[0]}  # ("with X exec producing")
                for person in self.persons_in(after):
                    if person in owners or person in doing:
                        continue  # "with Reyes' company": the company, not Reyes
                    # "opposite Hattie Crowther as chef Sadie Brennan": her part too
                    part = self.part_after(person, after, sent) if rtype == "Actor" else None
                    self.add(work, person, rtype, status, sent, part)

    def _only_owners(self, tokens) -> set:
        """People named in ``tokens`` only as owners: "with Reyes' company" (but "with Lark
        Hennessy …, with Hennessy's partner" names Hennessy first)."""
        owned, named = set(), set()
        for x in tokens:
            person = self.person(x)
            if person is None or x.i + 1 < len(self.doc) and self.person(x.nbor(1)) == person:
                continue  # (a name's last word decides)
            nxt = x.nbor(1).lower_ if x.i + 1 < len(self.doc) else ""
            (owned if nxt in ("'", "’", "'s", "’s") else named).add(person)
        return owned - named

    def noun_triggers(self, sent) -> None:
        """ "[Work] actress Jane Doe", "the creator of [Work], John Roe", "the film's writer X"."""
        toks = list(sent)
        for k, tok in enumerate(toks):
            low = tok.lower_
            plural = low not in ROLE_NOUNS and tok.tag_ == "NNS" and \
                ROLE_NOUNS.get(tok.lemma_.lower()) in ("Creator", "Showrunner")
            low = tok.lemma_.lower() if plural else low  # "co-creators A and B"
            regular = low == "regular" and k > 0 and toks[k - 1].lower_ == "series"
            # ("creator and showrunner X": the tagger may read the second noun as a verb)
            if low not in ROLE_NOUNS or self.in_speech(tok) or tok.pos_ not in (
                    "NOUN", "PROPN") and not regular and not _paired_trades(toks, k):
                continue
            if _after_executive(tok) and low == "producer":
                rtype = "ExecutiveProducer"
            else:
                rtype = ROLE_NOUNS[low]
            status = "Confirmed" if rtype in ("Showrunner", "Host") else "Credited"
            nxt = [t for t in toks[k + 1 : k + 3]]
            person = next((self.person(t) for t in nxt if self.person(t)), None)
            det = k - 1  # "Lucinda Marsh, a (longtime) writer on the original"
            while det > 0 and det > k - 5 and (toks[det].pos_ == "ADJ" or toks[det].text == "-"
                                               or toks[det].dep_ in ("amod", "npadvmod")):
                det -= 1  # (or "the Emmy-nominated star of")
            appositive = person is None and det >= 2 and toks[det].lower_ in ("a", "the") and \
                toks[det - 1].text == ","
            if appositive:
                person = self.person(toks[det - 2])
            if person is None and k >= 2 and toks[k - 1].text == "," and k + 1 < len(toks) and \
                    toks[k + 1].lower_ == "of":  # "Beatrix Lane, star of Dark Corridor"
                person = self.person(toks[k - 2])
            work = None
            costar = low in ("costar", "co-star")  # "her Kestrel Bay co-star X"
            prev = [
                t for t in toks[max(0, k - 3) : k] if t.text not in ("'", "’", "‘", "“", "”", '"')
            ]
            if prev:
                w = self.entity_at_token(prev[-1], "work")
                if w:
                    work = w.id
                elif (
                    prev[-1].lower_ in ("'s", "’s")
                    and len(prev) > 1
                    and prev[-2].lower_ in GENERIC_ORIGINAL
                    or prev[-1].lower_ == "original"
                ):
                    work = self.table.main_work
            if not work and k + 2 < len(toks) and toks[k + 1].lower_ in ("on", "of") and \
                    toks[k + 2].lower_ == "the" and k + 3 < len(toks) and \
                    toks[k + 3].lower_ == "original":
                work = self.table.main_work
            if not work and k + 2 < len(toks) and toks[k + 1].lower_ == "of":
                # "the creator of Ironvale", "the showrunner of the Netflix docuseries X"
                phrase = [t for t in toks[k + 1].subtree if t.i > toks[k + 1].i][:10] + [
                    t for c in tok.children if c.dep_ == "appos" and c.i > k for t in c.subtree]
                w = next((w for t in phrase for w in [self.entity_at_token(t, "work")] if w), None)
                if w:
                    work = w.id
                    after = [t for t in toks[k + 2 :] if not self.entity_at_token(t, "work")][:4]
                    person = person or next((self.person(t) for t in after if self.person(t)), None)
                    if person is None and tok.dep_ == "attr" and tok.head.lemma_ == "be":
                        # "X was previously the showrunner of Y": the copula's subject
                        person = next(iter(self.persons_in(self.expand(
                            self.subjects(tok.head)))), None)
                        if tok.head.tag_ == "VBD":
                            status = "Credited"
            lead = next((j for j in range(k - 1, max(-1, k - 5), -1)
                         if toks[j].pos_ not in ("ADJ", "PROPN", "DET", "NOUN")), None)
            from_maker = lead is not None and toks[lead].lower_ == "from" and \
                not self.persons_in(toks[lead + 1 : k])  # "from the Irish filmmaker X"
            profession = k > 0 and toks[k - 1].lower_ in PROFESSION_WORDS
            owned = person is not None and any(  # "director Ana Roe's debut X": hers
                t.lower_ in ("'s", "’s") and self.person(t.nbor(-1)) == person
                for t in toks[k + 1 : k + 5])
            if not work and person and (low in DEFAULT_WORK_NOUNS or from_maker) and \
                    not profession and not owned:  # "documentary producer Jane Doe"
                status = self.status_for(sent, toks[-1], past=False)  # the sentence's status
                named = [  # "creator Beatrix Solano (The Ferryman's Hours)": her credit
                    w for t in toks if not self.in_speech(t)
                    for w in [self.entity_at_token(t, "work")] if w
                    and not self.is_credit_mention(t, w) and not _in_parentheses(t)
                ]
                before = [w for t in toks[:k] if not self.in_speech(t)
                          for w in [self.entity_at_token(t, "work")] if w]
                if from_maker and before:  # "Title, a thriller from director X": that one
                    named = before[-1:]
                if named:  # "a thriller from director Jane Doe": the work of the sentence
                    work = named[0].id
                    status = "Confirmed" if status == "Expected" else status
                    if self.is_released(work) or appositive and work not in (
                            self.table.main_work, self.table.sequel):
                        # "Producer X, who worked with Y on [2019 film]"; "X, the director
                        # behind The Glass Orchard, is in talks": what describes X is done
                        status = "Credited"
                if status == "Expected" and not re.search(r"\b(will|set to|expected)\b",
                                                          sent.text.lower()):
                    status = "Confirmed"
                work = work or self.default_work(status)
            if not work and person and costar and prev and \
                    prev[-1].lower_ in ("her", "his", "their", "'s", "’s"):
                # "her co-star X": in the work she is in (the original, when the article is
                # about a new one), as far along as the acting roles already found on it
                status = "Credited" if self.table.sequel or any(
                    t.lower_ in ("former", "onetime") for t in prev) else "Confirmed"
                work = self.default_work(status)
                theirs = [r.status for r in self.roles if r.work == work and r.type == "Actor"]
                work, status = (work, theirs[-1]) if theirs else (None, status)
            noun = tok.head if tok.dep_ == "amod" else tok  # "a series regular": "series"
            if not work and not person and noun.dep_ == "attr" and noun.head.lemma_ == "be":
                work, person, status = self._role_noun_on(noun)
            named = [person] if person else []
            if plural and person:  # every name listed after the noun
                named = self.persons_in(list(itertools.takewhile(
                    lambda t: t.text in (",", "and", "&") or t.pos_ == "PROPN",
                    toks[k + 1 :])))
            for person in named if work else []:
                self.add(work, person, rtype, status, sent)
                for other in _paired_trades(toks, k):  # "writer-director X", "co-creator
                    self.add(work, person, other, status, sent)  # and showrunner X"

    def _role_noun_on(self, noun):
        """ "Mensah was a series regular on Hulu's Halfway to Clover": (work, person, status)
        from the copula's subject and the title after "on"/"in"."""
        after = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                 for t in c.subtree]
        work = self.titled_work(after)
        if work is None and noun.lower_ in DEFAULT_WORK_NOUNS and not any(
                c.dep_ == "prep" for c in noun.children) and any(
                d.lower_ == "the" for d in noun.children):
            work = self.default_work("Confirmed")  # "Alicia Marrow is the new showrunner"
        people = self.persons_in(self.expand(self.subjects(noun.head))) if work else []
        if not people:
            return None, None, None
        past = noun.head.tag_ == "VBD" or self.is_released(work)
        return work, people[0], self.status_for(noun.sent, noun.head, past=past)

    def by_credits(self, sent) -> None:
        """ "from a screenplay by Jane Doe", "music by John Roe": a credit on that work."""
        toks = list(sent)
        kinds = {"screenplay": "Writer", "script": "Writer", "teleplay": "Writer",
                 "rewrite": "Writer", "polish": "Writer", "draft": "Writer",
                 "story": "Writer", "music": "Composer", "score": "Composer",
                 "play": "Writer", "novel": "Writer", "musical": "Writer", "book": "Writer"}
        for k, tok in enumerate(toks[:-2]):
            kind = kinds.get(tok.lower_) or (  # ("the novels by")
                kinds.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None)
            if kind is None or self.in_speech(tok):
                continue
            # "a screenplay by X", "the script is by X", "the script for “Title” is by X"
            by = next((j for j in range(k + 1, min(k + 9, len(toks)))
                       if toks[j].lower_ == "by"), None)
            if by is None or any(t.pos_ == "VERB" or self.person(t) or t.text in (".", ";")
                                 for t in toks[k + 1 : by]):
                continue
            people = self.persons_in(self.expand([c for c in toks[by].children])) or \
                self.persons_in(toks[by + 1 : by + 4])[:1]
            if tok.lemma_.lower() in ("play", "novel", "musical", "book"):
                # "the 1962 novel by X": X wrote the novel, which must be named right there:
                # "Title, a new play by X", "the novel Title by X"
                work = self.titled_work(toks[k + 1 : by]) or \
                    self.titled_work(toks[max(0, k - 7) : k])
                if work is None:
                    continue
            else:  # (not "a rewrite by Naomi Strand, who penned Bitter Root": that is hers)
                own = list(itertools.takewhile(lambda t: not (
                    t.lower_ in ("who", "whose") and t.i > 0 and t.nbor(-1).text == ","), toks))
                # the title nearest before "script" ("would direct X from a script by Y"), else
                # one after it
                work = self.titled_work(own[:k][::-1]) or self.titled_work(own[k:]) or \
                    self.default_work("Confirmed")
            # (a novel or a book being adapted is out: its writing is a credit)
            status = "Credited" if self.is_released(work) or tok.lemma_.lower() in (
                "novel", "book") else "Confirmed"
            for person in people:
                self.add(work, person, kind, status, sent)

    def role_of(self, sent) -> None:
        """ "eyeing Jane Doe for the role of the son", "tapped to play": an acting role."""
        toks = list(sent)
        for k, tok in enumerate(toks[:-2]):
            turn = tok.lower_ in ("turn", "performance", "portrayal") and \
                toks[k + 1].lower_ == "as"  # "her chilling turn as the witch Mother Sable"
            if not turn and (tok.lower_ != "role" or toks[k + 1].lower_ not in ("of", "as")) or \
                    self.in_speech(tok):
                continue
            if turn:
                self._turn_as(sent, toks, k)
                continue
            if tok.head.lemma_ in ("write", "pen", "create", "tailor", "craft", "design"):
                continue  # "he wrote the role of Marianne with her in mind": not an actor
            known = re.search(r"\b(known for|famous for|remembered for|breakout|nominat\w+ for|"
                              r"nomination for|won \w+ \w+ for|award for|praised for)\b",
                              sent.text[: tok.idx - sent.start_char])
            if not known and any(r.type == "Actor" and r.status != "Credited"
                                 and r.start <= tok.idx < r.end for r in self.roles):
                continue  # a credit ("[Title] star Jane Doe") is not the role on offer
            people = self.persons_in(toks[:k])[-1:]
            status = "Credited" if known else self.status_for(sent, tok, past=False)
            work = self.titled_work(toks[k:]) or self.default_work(status)
            if toks[k + 1].lower_ == "as" and not known and not self.titled_work(toks[k:]):
                continue  # "in the role as …" with no title: the sentence's verb decides
            chars = self.characters_after(tok, sent)
            for person in people:
                self.add(work, person, "Actor", status, sent, chars[0] if chars else None)

    def _turn_as(self, sent, toks, k: int) -> None:
        """ "Mara Quist's turn as Lou Tate made her a star": a part played, in the work named
        after it or the article's, done if the sentence tells of it in the past."""
        chars = self.characters_after(toks[k], sent)
        owner = next((t for t in toks[max(0, k - 4) : k] if t.lower_ in ("her", "his", "their")
                      or self.person(t)), None)
        if not chars or owner is None:
            return
        people = [self.person(owner)] if self.person(owner) else self.antecedents(owner)
        work = self.titled_work(toks[k + 2 : k + 12])
        past = sent.root.tag_ in ("VBD", "VBN") or work is not None and self.is_released(work)
        status = "Credited" if past else self.status_for(sent, toks[k], past=False)
        work = work or self.default_work(status)
        for person in people[:1]:
            self.add(work, person, "Actor", status, sent, chars[0])

    def credits_include(self, sent) -> None:
        """ "Marrow's previous writing credits include FX's Leftover Saints and NBC's Dinner
        Shift", "her credits include A and B": a credit on each title listed."""
        for tok in sent:
            if tok.lemma_ != "include" or self.in_speech(tok):
                continue
            noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in (
                "credits", "credit", "films", "roles", "work")), None)
            if noun is None:
                continue
            owner = [self.person(d) for d in noun.subtree if d.dep_ == "poss"]
            people = [p for p in owner if p] or self.antecedents(next(
                (d for d in noun.children if d.dep_ == "poss"), noun))[:1]
            kind = next((TRADE_WORDS[d.lower_] for d in noun.children if d.lower_ in TRADE_WORDS),
                        None)
            after = [t for t in sent if t.i > tok.i]
            works = self._works_in(after)
            for person in people[:1]:
                rtype = kind or self._usual_role(person) or self._trade_of(person) or "Actor"
                for work in works:
                    self.add(work, person, rtype, "Credited", sent)

    def as_part_in(self, sent, before: int) -> None:
        """ "She spent four seasons as Lena Ostrowski on the NBC drama Copper Hills": a part
        named after "as" and the work after "on"/"in" make an acting role, whatever the verb."""
        toks = list(sent)
        for k, tok in enumerate(toks[:-2]):
            char = self.entity_at_token(toks[k + 1], "character")
            if tok.lower_ != "as" or char is None or self.in_speech(tok) or any(
                    r.character == char.id for r in self.roles[before:]):
                continue
            rest = toks[k + 2 : k + 16]
            at = next((n for n, t in enumerate(rest) if t.lower_ in ("on", "in")), None)
            work = self.titled_work(rest[at:]) if at is not None and \
                all(self.entity_at_token(t, "character") is char for t in rest[:at]) else None
            verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
            people = self.agents_of(verb)[0] if verb is not None else []
            people = people or self.persons_in(toks[:k])[-1:]
            if work is None or not people:
                continue
            past = verb is not None and verb.tag_ in ("VBD", "VBN") or self.is_released(work)
            status = "Credited" if past else self.status_for(sent, tok, past=False)
            self.add(work, people[0], "Actor", status, sent, char.id)

    def with_as(self, sent, before: int) -> None:
        """ "Jane Doe stars as Elspeth, with John Roe as her brother, Callum": John plays Callum."""
        actors = [r for r in self.roles[before:] if r.type == "Actor"]
        if not actors:
            return
        toks = list(sent)
        for k, tok in enumerate(toks[:-1]):
            if tok.lower_ != "as" or k == 0 or self.in_speech(tok):
                continue
            person = self.person(toks[k - 1])
            if person is None or any(r.agent == person for r in actors):
                continue
            chars = self.characters_after(tok, sent)
            # "A would return as X and B as Y": B has every part A has in this sentence (the
            # new film and, coming back, the original)
            for model in (r for r in actors if r.agent == actors[0].agent) if chars else ():
                self.add(model.work, person, "Actor", model.status, sent, chars[0])

    def co_stars(self, sent) -> None:
        """ "Rafael Duarte, Tess Whitlow and Oren Falk co-star (in X).": the parser reads a
        noun."""
        m = re.search(r"\b(will\s+)?(?:also\s+)?co-?star(?:\.?$|\s+(?:in|on)\b)",
                      sent.text.rstrip())
        if not m:
            return
        at = sent.start_char + m.start()
        people = self.persons_in([t for t in sent if t.idx < at])
        status = "Expected" if m.group(1) else "Confirmed"
        work = self.titled_work([t for t in sent if t.idx > at]) or self.default_work(status)
        for person in people:
            self.add(work, person, "Actor", status, sent)

    def listed_parts(self, sent, before: int) -> None:
        """ "The newcomers will play the regulars: Holt (Blue Hour) as Tess; Ivers as Walt": a
        list item gives its part to the actor's role named before (or a new one here)."""
        toks = list(sent)
        items = sum(1 for k, t in enumerate(toks[1:], 1) if t.lower_ == "as" and
                    self.person(toks[k - 1]) and self.characters_after(t, sent))
        for k, tok in enumerate(toks[:-1]):
            if tok.lower_ != "as" or k == 0 or self.in_speech(tok):
                continue
            at = k - 1
            if toks[at].text == ")":  # "Holt (Blue Hour) as": her credit stands between
                at = next((j - 1 for j in range(at, max(0, at - 8), -1) if toks[j].text == "("),
                          -1)
            person = self.person(toks[at]) if at >= 0 else None
            if person is None or any(r.agent == person and r.character
                                     for r in self.roles[before:]):
                continue
            chars = self.characters_after(tok, sent)
            if not chars:
                continue
            known = [r for r in self.roles if r.agent == person and r.type == "Actor"
                     and r.status != "Credited"]
            if known:
                self.add(known[-1].work, person, "Actor", known[-1].status, sent, chars[0])
            elif cue := next((t for t in toks[:k] if t.lemma_ in CAST_CUES), None) or \
                    self._list_verb(toks, k, items):
                status = self.status_for(sent, cue, past=cue.tag_ == "VBD")
                self.add(self.default_work(status), person, "Actor", status, sent, chars[0])

    @staticmethod
    def _list_verb(toks, k: int, items: int):
        """The verb a cast list hangs on whatever it is ("will reunite the trio: A as X, B as
        Y", "confirmed the return of A as X"): a list of two or more, or an item after "of"."""
        name_start = next((j for j in range(k - 1, -1, -1) if toks[j].ent_type_ != "PERSON"
                           and toks[j].pos_ != "PROPN"), -1)
        after_of = name_start >= 0 and toks[name_start].lower_ == "of"
        if items < 2 and not after_of:
            return None
        return next((t for t in reversed(toks[:k]) if t.pos_ in ("VERB", "AUX")
                     and t.dep_ in ("ROOT", "conj", "ccomp")), None)

    def debuts(self, sent, before: int) -> None:
        """ "whose debut feature Saltmarsh", "her 2024 debut “Winter Wheat”": a directing credit."""
        toks = list(sent)
        for k, tok in enumerate(toks):
            if tok.lower_ != "debut" or self.in_speech(tok) or tok.pos_ == "VERB":
                continue
            if tok.head.lemma_ == "mark" and tok.dep_ == "dobj":
                self._marks_a_debut(sent, tok)
                continue
            if k + 2 < len(toks) and toks[k + 1].lower_ == "of" and any(
                t.lower_ in ("directorial", "directing", "feature") for t in toks[k - 2 : k]
            ):  # "X, the feature directorial debut of Ava Pell"
                maker = self.person(toks[k + 2])
                before = self.titled_work(list(reversed(toks[:k])))
                if maker and before:
                    status = "Credited" if self.is_released(before) else \
                        self.status_for(sent, toks[0].sent.root, past=False)
                    self.add(before, maker, "Director", status, sent)
                continue
            owner = next((t for t in toks[max(0, k - 4) : k]
                          if t.lower_ in ("whose", "her", "his", "their")), None)
            work = next((self.entity_at_token(t, "work") for t in toks[k + 1 : k + 5]
                         if self.entity_at_token(t, "work")), None)
            if owner is None or work is None:
                continue
            if owner.lower_ == "whose":
                people = self.persons_in([owner.head.head] + list(owner.head.head.subtree)[:4])
                people = people or self.persons_in(toks[:k])[-1:]
                if not people and self._is_anaphor(owner.head.head):
                    people = self.antecedents(owner.head.head)
            else:
                people = self.persons_in(toks[:k])[:1] or self.antecedents(owner)
            for person in people[:1]:
                if not any(r.agent == person and r.work == work.id
                           for r in self.roles[before:]):  # (made_a_name found it)
                    self.add(work.id, person, "Director", "Credited", sent)

    def _marks_a_debut(self, sent, debut) -> None:
        """ "Lowwater marks Vollmer's English-language debut": the subject is the debut of the
        owner, in the trade the words say ("directorial", "acting") or hers."""
        verb = debut.head
        subjects = self.subjects(verb)  # ("The drama Lowwater": its title first)
        work = self.titled_work([t for s in subjects for t in s.subtree]) or next(
            (w for s in subjects for w in [self._work_of_token(s)] if w), None)
        owner = [c for c in debut.children if c.dep_ == "poss"] + [
            g for c in debut.children if c.lower_ == "of" for g in c.children]
        people = self.persons_in(self.expand(owner)) or [
            a for c in owner if c.lower_ in ("her", "his", "their") for a in self.antecedents(c)]
        if work is None or not people:
            return
        words = [t.lower_ for t in debut.subtree if t.i < debut.i]
        trade = next((TRADE_WORDS[w] for w in words if w in TRADE_WORDS), None)
        status = "Credited" if self.is_released(work) else \
            self.status_for(sent, verb, past=verb.tag_ == "VBD")
        for person in people[:1]:
            rtype = trade or self._trade(person, default="Director")
            self.add(work, person, rtype, status, sent)

    def awards(self, sent) -> None:
        """ "who won the screenplay Oscar for her 2019 drama X", "earned a best actress
        nomination for X", "picked up a nod for Y", "Best actor went to A for Z", "nominated
        for W": the category says what the winner did on the work."""
        for tok in sent:
            if tok.tag_ not in ("VBD", "VBN") or self.in_speech(tok):
                continue  # won, earned: a prize is given for a released work
            went = tok.lemma_ == "go" and any(c.lower_ == "to" for c in tok.children)
            if tok.lemma_ not in AWARD_VERBS + PRIZE_VERBS and not went:
                continue
            fors = [t for t in sent if tok.i < t.i <= tok.i + 14 and t.lower_ == "for"]
            at = next((f for f in fors if self.titled_work(
                [t for t in sent if f.i < t.i <= f.i + 8])), None)
            if at is None:
                continue
            words = [t for t in sent if tok.i < t.i < at.i]
            if went:  # "Best actor went to A for Z": the category is the subject
                words += [t for s in self.subjects(tok) for t in s.subtree]
            kinds = [AWARD_CATEGORIES[t.lower_] for t in words if t.lower_ in AWARD_CATEGORIES]
            prize = tok.lemma_ == "nominate" or any(
                t.lower_ in AWARD_ALIASES or t.lemma_ in PRIZE_NOUNS for t in words)
            if not kinds and not prize:
                continue
            work = self.titled_work([t for t in sent if at.i < t.i <= at.i + 8])
            if went:
                people = self.persons_in(self.expand(
                    [g for c in tok.children if c.lower_ == "to" for g in c.children]))
            else:
                people, _ = self.agents_of(tok)
            if not people and tok.dep_ in ("acl", "appos") and self.person(tok.head):
                people = [self.person(tok.head)]  # "… Noa Brandt, nominated for X"
            if work and people and kinds:
                self.add(work, people[0], kinds[0], "Credited", sent)
            elif work and people:
                self._prizes.append((work, people[0], sent))

    def prizes(self) -> None:
        """ "Okoro won an Oscar for Lantern Street": with no category, the prize was for what
        the winner does in the article (an actor cast in it won for acting)."""
        for work, person, sent in self._prizes:
            kinds = [r.type for r in self.roles if r.agent == person and r.work != work]
            para = self.text[self.text.rfind("\n", 0, sent.start_char) + 1 : sent.end_char]
            rtype = max(sorted(set(kinds)), key=kinds.count) if kinds else \
                self._trade_of(person) or (  # "…, nominated for Quarry Girls" among actors
                    "Actor" if re.search(r"\b(actor|actress|performance)\b", para) else None)
            if rtype:
                self.add(work, person, rtype, "Credited", sent)

    def made_a_name(self, sent, before: int) -> None:
        """ "X made his name with the horror film A (2016) and the comedy B (2018)", "broke
        through in C", "rose to fame with D": credits, in the trade the article gives X."""
        for tok in sent:
            if tok.lemma_ not in BREAKTHROUGH or tok.tag_ not in ("VBD", "VBN") or \
                    self.in_speech(tok):
                continue
            near = tok.doc[tok.i + 1 : min(tok.i + 7, sent.end)]  # "her English-language"
            if not any(t.lower_ in BREAKTHROUGH[tok.lemma_] for t in near):
                continue
            clause = itertools.takewhile(lambda t: t.text not in (",", ";", "and"),
                                         tok.doc[tok.i + 1 : min(tok.i + 14, sent.end)])
            prep = next((t for t in clause if t.lower_ in ("with", "in") and t.dep_ == "prep"
                         and not (t.nbor(1).like_num and t.nbor(2).lower_ not in ("'s", "’s"))),
                        None)  # (not "in 2012", but "in 2017's X")
            if prep is None:
                continue
            # ("made her directorial debut with": that trade)
            trade = next((TRADE_WORDS[t.lower_] for t in near if t.lower_ in TRADE_WORDS), None)
            self._credit_in_trade(sent, tok, self._works_in(prep.subtree), trade, before)

    def behind(self, sent, before: int) -> None:
        """ "X and Y, the sibling team behind Tumbleweed Parish", "Z is the filmmaker behind
        Red Dust": the makers of the work, in the noun's trade (else the person's, else the
        work's maker's)."""
        for tok in sent:
            noun = tok.head
            if tok.lower_ != "behind" or tok.dep_ != "prep" or self.in_speech(tok) or not (
                    noun.lower_ in ROLE_NOUNS or noun.lemma_ in MAKER_GROUPS):
                continue
            if noun.dep_ == "appos":
                named = noun.head
                while named.dep_ == "conj":  # "A and B, the team behind": on B, for both
                    named = named.head
                people = self.persons_in(self.expand([named]))
            elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
                people = self.persons_in(self.expand(self.subjects(noun.head)))
            else:
                people = []
            # (the title's own words, however parsed: "behind the SXSW hit X (2019),")
            works = self._works_in(itertools.takewhile(
                lambda t: t.text not in (",", ";", "(", "."), self.doc[tok.i + 1 : sent.end]))[:1]
            for person in people:
                for work in works:
                    if not any(r.agent == person and r.work == work
                               for r in self.roles[before:]):
                        self._owned_title(sent, person, work, rtype=ROLE_NOUNS.get(noun.lower_))

    def credits_in_passing(self, sent, before: int) -> None:
        """ "who spent seven seasons on the CBS drama County Line", "spent six years writing for
        X", "was last seen in Y", "drew raves for Z", "is coming off W": credits, in the trade
        the clause or the article gives the person (acting unless it says otherwise)."""
        for tok in sent:
            if self.in_speech(tok) or tok.pos_ not in ("VERB", "AUX"):
                continue
            after = list(itertools.takewhile(lambda t: t.text not in (";", "."),
                                             tok.doc[tok.i + 1 : min(tok.i + 14, sent.end)]))
            stint = tok.lemma_ == "spend" and any(t.lemma_ in STINT_NOUNS for t in after[:4])
            praised = tok.lemma_ in ("earn", "draw", "win", "garner", "receive", "get") and any(
                t.lower_.rstrip("s") in PRAISE_NOUNS for t in after[:5])  # ("raves": lemma "raf")
            seen = tok.lemma_ == "see" and tok.i > 0 and tok.nbor(-1).lower_ == "last"
            off = tok.lemma_ == "come" and bool(after) and after[0].lower_ == "off"
            if not (stint or praised or seen or off):
                continue
            prep = next((t for t in after if t.lower_ in ("on", "in", "for", "off", "of")
                         and (t.dep_ == "prep" or off) and not t.nbor(1).like_num), None)
            if prep is None:
                continue
            span = after if off else prep.subtree  # ("off" may hang alone, as a particle)
            trade = next((TRADE_WORDS[t.lower_] for t in after if t.lower_ in TRADE_WORDS
                          and t.i < prep.i), None)  # "spent six years writing for X"
            ongoing = any(c.lower_ in ("has", "have") for c in tok.children)
            self._credit_in_trade(sent, tok, self._works_in(span), trade, before,
                                  ongoing=ongoing, settle=True, part_after=prep)

    def _credit_in_trade(self, sent, verb, works: list[str], trade: str | None, before: int, *,
                         ongoing: bool = False, settle: bool = False, part_after=None) -> None:
        """Each of ``works`` is a credit of the verb's subject (an ongoing job if ``ongoing``),
        in ``trade`` or the one the article gives them. A role the sentence gave already is
        kept; with ``settle`` it becomes a credit ("spent six years writing for X": done).
        An actor's part is the one named after ``part_after``, when there is one work."""
        people, _ = self.agents_of(verb)
        for person in people[:1]:
            rtype = trade or self._trade(person, default="Actor")
            chars = self.characters_after(part_after, sent)[:1] \
                if rtype == "Actor" and part_after is not None and len(works) == 1 else []
            for work in works:  # (", playing a park ranger named Josie Amberfield")
                found = [r for r in self.roles[before:] if r.agent == person and r.work == work]
                for role in found if settle and not ongoing else []:
                    role.status = "Credited"
                if not found:
                    self.add(work, person, rtype, "Confirmed" if ongoing else "Credited", sent,
                             chars[0] if chars else None)

    def _works_in(self, tokens) -> list[str]:
        """The works named in ``tokens`` outside quoted speech, once each, in order."""
        return list(dict.fromkeys(w.id for t in tokens if not self.in_speech(t)
                                  for w in [self.entity_at_token(t, "work")] if w))

    def with_doing(self, sent) -> None:
        """ "…, with Adrian Vollmer directing", where the tagger took the "-ing" word for a noun
        (as a verb, verb_triggers reads it, with these people)."""
        for tok in sent:
            done = self._done_with(tok) if tok.pos_ != "VERB" else None
            if done is None:
                continue
            people, rtype = done
            status = self.status_for(sent, sent.root, past=sent.root.tag_ == "VBD")
            work = self.titled_work([t for t in sent if t.i < tok.i]) or \
                self.default_work(status)
            for person in people:
                self.add(work, person, rtype, status, sent)

    def _done_with(self, tok) -> tuple[list[str], str] | None:
        """(people, role type) when ``tok`` is the "-ing" job in "with X directing", "with A
        and B producing", "with Hennessy's partner Y exec producing" (the sentence's subject
        has none of it)."""
        if not tok.lower_.endswith("ing") or tok.i < 3 or self.in_speech(tok):
            return None
        stem = tok.lower_[:-3]
        rtype = ROLE_VERBS.get(stem) or ROLE_VERBS.get(stem + "e") or \
            ROLE_VERBS.get(tok.lemma_.lower())  # ("starring": "star")
        if _after_executive(tok) and stem.startswith("produc"):
            rtype = "ExecutiveProducer"
        name = tok.nbor(-2) if _after_executive(tok) else tok.nbor(-1)
        if tok.lower_ == "serving" and tok.i + 2 < len(self.doc) and tok.nbor(1).lower_ == "as":
            # "with Ruth Pike, the author's daughter, serving as executive producer"
            job = self.doc[tok.i + 2 : tok.i + 4]
            rtype = "ExecutiveProducer" if job[0].lower_ in ("executive", "exec") else \
                ROLE_NOUNS.get(job[0].lower_)
            name = next((t for t in reversed(self.doc[max(0, tok.i - 9) : tok.i])
                         if self.person(t)), name)
        person = self.person(name)
        lead = next((t for t in reversed(self.doc[max(tok.sent.start, tok.i - 12) : name.i])
                     if t.lower_ == "with"), None)
        between = self.doc[lead.i + 1 : name.i] if lead is not None else []
        if not rtype or not person or lead is None or any(
                x.pos_ in ("VERB", "AUX") and not x.lower_.endswith("ing") for x in between):
            return None
        owners = self._only_owners(self.doc[lead.i + 1 : name.i + 1])
        # (in "with A directing and B starring", B's job is starring)
        last = max((x.i for x in between if x.lower_.endswith("ing") and x.is_lower),
                   default=lead.i)
        people = [p for p in self.persons_in(self.doc[last + 1 : name.i + 1]) if p not in owners]
        return (people, rtype) if person in people else None

    def directors_chair(self, sent) -> None:
        """ "X is back in the director's chair", "Y steps behind the camera for Z": directing
        (coming back to it on a sequel: a credit on the original too)."""
        toks = list(sent)
        for k, tok in enumerate(toks[2:], 2):
            chair = tok.lower_ == "chair" and toks[k - 1].lower_ in ("'s", "’s") and \
                toks[k - 2].lower_ == "director"
            camera = tok.lower_ == "camera" and toks[k - 2].lower_ == "behind"
            verb = self._head_verb(tok) if chair or camera else None
            if verb is None or self.in_speech(tok):
                continue
            people, work = self.agents_of(verb)
            status = self.status_for(sent, verb, past=verb.tag_ == "VBD")
            work = work or self.titled_work([t for t in toks if t.i > tok.i]) or \
                self.default_work(status)
            back = any(t.lower_ in ("back", "returns", "return", "returning") for t in toks[:k])
            negated = any(c.dep_ == "neg" for c in verb.children)  # "won't be back behind…"
            for person in people:
                if not negated:
                    self.add(work, person, "Director", status, sent)
                if back and work == self.table.sequel and self.table.main_work not in (
                        None, work):
                    self.add(self.table.main_work, person, "Director", "Credited", sent)

    def serve_as(self, sent) -> None:
        """ "Marsh will serve as showrunner": the capacity is the noun after "as"."""
        toks = list(sent)
        for k, tok in enumerate(toks[:-1]):
            promoted = tok.lemma_ in PROMOTE_VERBS and tok.pos_ == "VERB"
            back = tok.lemma_ == "be" and toks[k + 1].lower_ == "back"  # "is back as producer"
            taking = tok.lemma_ == "take" and toks[k + 1].lower_ == "over"  # "takes over as"
            if tok.lemma_ not in ("serve", "act", "come", "sign", "board", "join", "stay",
                                  "remain", "return") and not promoted and not back and \
                    not taking or \
                    self.in_speech(tok):
                continue
            rest = toks[k + 2 : k + 8] if back or taking else toks[k + 1 : k + 7]
            if promoted and rest and rest[0].lower_ in ("to", "as", "new", "its", "the"):
                rest = [toks[k]] + rest  # "has been promoted to showrunner", "named showrunner"
            elif promoted and rest and rest[0].lower_ in ROLE_NOUNS:
                rest = [toks[k]] + rest
            if rest and rest[0].lower_ in ("attached", "on", "aboard"):
                rest = rest[1:]  # "remain attached as co-stars", "stay on the project as"
                at = next((n for n, t in enumerate(rest[:4]) if t.lower_ == "as"), None)
                rest = rest[at:] if at is not None and all(
                    t.text not in (",", ";") for t in rest[:at]) else rest
                if tok.lemma_ in ("remain", "stay") and (not rest or rest[0].lower_ != "as"):
                    self.stays_attached(sent, tok)
                    continue
            if rest and rest[0].lower_ != "as" and tok.lemma_ in ("join", "board", "sign",
                                                                 "come", "return"):
                # "boards the project as a producer": past the object to its "as"
                at = next((n for n, t in enumerate(rest[:5]) if t.lower_ == "as"), None)
                rest = rest[at:] if at is not None and not any(
                    t.text in (",", ";") for t in rest[:at]) else rest
            if not rest or rest[0].lower_ != "as" and not promoted:
                continue
            noun = next((t for t in rest[1:] if t.lower_ in ROLE_NOUNS
                         or t.lemma_.lower() in ROLE_NOUNS and t.tag_ == "NNS"), None)
            if noun is None:
                continue
            rtype = ROLE_NOUNS.get(noun.lower_) or ROLE_NOUNS[noun.lemma_.lower()]
            if noun.lemma_ == "producer" and _after_executive(noun):
                rtype = "ExecutiveProducer"
            people, work = self.agents_of(tok)
            done = self._done_with(tok)  # "with Ruth Pike, …, serving as executive producer"
            people = done[0] if done else people
            status = self.status_for(sent, tok, past=tok.tag_ == "VBD")
            work = work or self.titled_work([t for t in toks if t.i > noun.i]) or \
                self.default_work(status)
            again = (tok.lemma_ == "return" or back) and work == self.table.sequel and \
                self.table.main_work not in (None, work)  # "returns as producer": as before
            for person in people:
                self.add(work, person, rtype, status, sent)
                if again:
                    self.add(self.table.main_work, person, rtype, "Credited", sent)

    def steps_down(self, sent) -> None:
        """ "X is stepping down as showrunner, handing the job to Y": X keeps the credit for
        what aired, Y has the job now."""
        toks = list(sent)
        for k, tok in enumerate(toks[:-3]):
            if tok.lemma_ != "step" or toks[k + 1].lower_ != "down" or \
                    toks[k + 2].lower_ != "as" or self.in_speech(tok):
                continue
            noun = next((t for t in toks[k + 3 : k + 6] if t.lower_ in ROLE_NOUNS), None)
            if noun is None:
                continue
            rtype = ROLE_NOUNS[noun.lower_]
            people, work = self.agents_of(tok)
            work = work or self.titled_work(toks[noun.i - sent.start :]) or self.table.main_work
            for person in people:
                self.add(work, person, rtype, "Credited", sent)
            handed = re.search(r"\b(hand|pass)\w* (the |over the )?(job|reins|baton|role|post) "
                               r"to\b", sent.text)
            if handed:
                at = sent.start_char + handed.end()
                after = [t for t in toks if t.idx >= at][:4]
                for person in self.persons_in(after)[:1]:
                    self.add(work, person, rtype, "Confirmed", sent)

    def stays_attached(self, sent, tok) -> None:
        """ "Screenwriter Jane Doe, who wrote the first film, remains attached": the capacity
        is the title before the name; the work, the one in the news."""
        people, work = self.agents_of(tok)
        for person in people:
            first = min((t.i for t in sent if self.person(t) == person), default=None)
            if first is None:
                continue  # "She remains attached": a pronoun, no title before a name
            noun = next((t for t in self.doc[max(sent.start, first - 2) : first]
                         if t.lower_ in ROLE_NOUNS), None)
            if noun is not None:
                rtype = ROLE_NOUNS[noun.lower_]
                self.add(work or self.default_work("Confirmed"), person, rtype, "Confirmed", sent)

    def cue_only(self, sent, before: int) -> None:
        """ "X is in final talks for a sequel", "Y expressed interest in a sequel": an actor."""
        if any(r.work == self.table.sequel for r in self.roles[before:]):
            return
        low = self._outside_speech(sent.start_char, sent.text.lower())
        status = None
        for st, cues in STATUS_CUES[:2]:
            if any(cue in low for cue in cues):
                status = st
                break
        joining = any(t.lemma_ == "join" for t in sent) and self.titled_work(list(sent))
        if not status or not (any(is_sequel_word(t) for t in sent) or joining):
            return  # "in talks for the sequel", "in early talks to join X in [Title]"
        subj = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and not self.in_speech(t)
                and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors)]
        people = self.persons_in(self.expand(subj))
        work = self.work_near(list(sent), status) or self.default_work(status)
        for person in people:
            self.add(work, person, "Actor", status, sent)

    def courted_for(self, sent, before: int) -> None:
        """ "Summit is eyeing Beckett Hale for Ash Delmont, the deserter pilot": wanted for a
        part (the status comes from the verb: eyeing is a rumor)."""
        done = {r.agent for r in self.roles[before:]}
        for tok in sent:
            if tok.lemma_ not in COURT_VERBS or tok.pos_ != "VERB" or self.in_speech(tok):
                continue
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            people = [p for p in self.persons_in(self.expand(objs)) if p not in done]
            aim = [g for c in tok.children if c.lower_ == "for" for g in c.subtree]
            part = next((g for g in aim if self.entity_at_token(g, "character")), None)
            if not people or part is None and not any(
                    g.lower_ in ("role", "part", "lead", "villain") for g in aim):
                continue
            status = self.status_for(sent, tok, past=False)
            character = self.entity_at_token(part, "character").id if part is not None else None
            work = self.titled_work([t for t in sent if t.i > tok.i]) or \
                self.default_work(status)
            for person in people:
                self.add(work, person, "Actor", status, sent, character)

    def wants_back(self, sent, before: int) -> None:
        """ "Ferrante has long said he'd be up for it", "the actress has made it clear she
        wants in": someone credited on the original who wants to take part in the new work
        (with the part they played) is interested in it."""
        new = self.table.sequel
        if not new or new == self.table.main_work:
            return
        outside = self._outside_speech(sent.start_char, sent.text)
        if not WANTS_BACK.search(outside):
            return
        done = {r.agent for r in self.roles[before:]}
        for person in self._subjects_of(sent):
            credits = [r for r in self.roles if r.agent == person and r.status == "Credited"
                       and r.work == self.table.main_work]
            if person in done or not credits or any(
                    r.agent == person and r.work == new for r in self.roles):
                continue
            self.add(new, person, credits[0].type, "Interested", sent, credits[0].character)

    def _subjects_of(self, sent) -> list[str]:
        """The people a sentence is about: its named subjects, or what its pronoun subjects
        point to."""
        people = []
        for tok in sent:
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.in_speech(tok):
                continue
            named = self.persons_in(self.expand([tok]))
            if not named and (tok.lower_ in ("he", "she", "they") or self._is_anaphor(tok)):
                named = self.antecedents(tok)
            people += [p for p in named if p not in people]
        return people

    def follow_on(self, sent, before: int, prev: list[Role]) -> None:
        """ "As well as A and B." continues the previous sentence's list."""
        if len(self.roles) > before or not prev:
            return
        if not sent.text.strip().lower().startswith(FOLLOW_ON):
            return
        model = prev[0]
        for person in self.persons_in(list(sent)):
            self.add(model.work, person, model.type, model.status, sent)

    def pairs(self) -> None:
        """ "Romy (Sorvino)": an actor credit with the character, on the work in the sentence."""
        for person_name, _actor_span, char_span in self.finder_pairs:
            person = self.table.find(person_name, "person")
            char_tok = self.doc.char_span(*char_span, alignment_mode="expand")[0]
            char = self.entity_at_token(char_tok, "character")
            if not person or not char:
                continue
            sent = char_tok.sent
            work = self.work_near([t for t in sent if t.i < char_tok.i and not _in_parentheses(t)],
                                  "Credited")  # (not another's credit in parentheses)
            work = work or self.table.main_work
            sequel = self.table.sequel
            if sequel and work in (self.table.main_work, sequel) and re.search(
                r"\b(returning|returns?|reprising|reprises?|back)\b",
                (self._lead_in(sent) + sent.text).lower()
            ):  # "The returning cast includes A (B)": the new film, and a credit on the old
                if self.table.main_work and self.table.main_work != sequel:
                    self.add(self.table.main_work, person.id, "Actor", "Credited", sent, char.id)
                work = sequel
            if self.is_released(work):
                status = "Credited"
            else:  # a cast list of a work still to come: as the sentence says, else current
                root = sent.root
                status = self.status_for(sent, root, past=root.tag_ == "VBD")
                status = "Confirmed" if status == "Expected" and root.tag_ != "MD" and not \
                    re.search(r"\b(will|would|set to|expected)\b", sent.text.lower()) else status
            self.add(work, person.id, "Actor", status, sent, char.id)

    def _lead_in(self, sent) -> str:
        """The line that opens the list ``sent`` is an item of ("The returning cast includes:"
        over lines of "Ezra Colt (Dana Roe)"), or "" when ``sent`` is in no such list."""
        doc, start = self.doc, sent.start
        while start > 0:
            prev = doc[start - 1].sent
            if prev.text.rstrip().endswith(":"):
                return prev.text + " "
            if len(prev) > 12 or not any(t.text == "(" for t in prev):
                return ""
            start = prev.start
        return ""

    def credits_in_parentheses(self) -> None:
        """ "Nadia Colfax (Harbor Nights) has joined…": an acting credit on the title."""
        for person, work, rtype in getattr(self.table, "credits", []):
            entity = self.table.get(work)
            s, e = entity.mentions[0]
            sent = self.doc.char_span(s, e, alignment_mode="expand").sent
            self.add(work, person, rtype, "Credited", sent)

    def is_released(self, work_id: str | None) -> bool:
        """A work with an earlier year, or one that has a sequel or a remake, is out (asked
        for every role added: remembered per work, the table does not change meanwhile)."""
        if work_id not in self._released:
            self._released[work_id] = self._is_released(work_id)
        return self._released[work_id]

    def _is_released(self, work_id: str | None) -> bool:
        work = self.table.get(work_id)
        if work is None:
            return False
        if any(w.sequel_of == work.id or w.based_on == work.id for w in self.table.entities):
            return True
        if work.type == "TVSeries" and self._later_season(work):
            return True
        if work.year is not None:
            return self.year is None or work.year < self.year
        return any(RELEASED_CUES.search(self._said_of(work, s, e).lower())
                   or PRIZE_FOR.search(self.text[max(0, s - 60) : s].lower())
                   for s, e in work.mentions
                   if not any(q.inner_start <= s < q.inner_end for q in self.speech))

    def _said_of(self, work, start: int, end: int) -> str:
        """The words around a mention of ``work`` in its sentence, up to the next other work
        ("…seeing a cut of Paper Orchards, which earned a nomination" is not said of X)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return ""
        lo, hi = max(span.sent.start_char, start - 60), min(span.sent.end_char, end + 120)
        for other in self.table.of_family("work"):
            if other is not work:
                for s, e in other.mentions:
                    if end <= s < hi:
                        hi = s
                    elif lo < e <= start:
                        lo = e
        # (a clause that starts right after the title is about it: "X, which premiered…")
        after = self.text[end:hi]
        lead = len(after) - len(after.lstrip("”\"’'"))
        clause = re.search(r"(?<!^)(?<!^,)(?<!^, )\b(which|who|that)\b|\b(since|after|before|"
                           r"because|while|when)\b", after[lead:])
        return self.text[lo : end + lead + clause.start() if clause else hi]

    def _is_series(self, work_id) -> bool:
        work = self.table.get(work_id)
        return work is not None and work.type == "TVSeries"

    def _later_season(self, work) -> bool:
        """A series renewed or in its second season has aired."""
        texts = [self.doc.char_span(s, e, alignment_mode="expand").sent.text
                 for s, e in work.mentions]
        if work.id == self.table.main_work:
            texts.append(self._outside_speech(0, self.text))
        return any(LATER_SEASON.search(t) for t in texts)

    def merge(self) -> list[Role]:
        """One role per (work, agent, type) per article, keeping the strongest status."""
        best: dict[tuple, Role] = {}
        for role in self.roles:
            key = (role.work, role.agent, role.type)
            have = best.get(key)
            if have is None:
                best[key] = role
                continue
            credit = "Credited" in (role.status, have.status) and self.is_released(role.work) \
                and not self._is_series(role.work)  # a running series goes on: its news wins
            if credit:  # a released film's credit is not undone by a looser mention
                have.status = "Credited"
                have.character = have.character or role.character
            elif STATUS_RANK.index(role.status) > STATUS_RANK.index(have.status):
                role.character = role.character or have.character
                best[key] = role
            elif role.character and not have.character:
                have.character = role.character
        return list(best.values())


def _own_clause_ahead(verb, sent) -> list:
    """Up to eight tokens after ``verb`` in its own clause: "wrote the screenplay, and Gwen
    Lattimore, who produced Ironclad, is back" stops at ", and"."""
    ahead = []
    for t in sent:
        if t.i <= verb.i:
            continue
        if t.i > verb.i + 8 or t.text == ";" or t.text == "," and t.i + 1 < sent.end and \
                t.nbor(1).lower_ in ("and", "but", "while", "who", "which", "whose"):
            break
        if t.dep_ == "conj" and t.head == verb and t.pos_ == "VERB" and _has_own_object(verb):
            break  # "wrote two episodes and co-ran X": X is the second verb's
        ahead.append(t)
    return ahead


def _has_own_object(verb) -> bool:
    """The verb has an object of its own, so a verb joined to it has its own too: "wrote two
    episodes and co-ran X" (but "wrote the script and will direct X": the script is X's)."""
    return any(c.dep_ == "dobj" and c.lower_ not in SCRIPT_NOUNS or c.dep_ == "agent"
               for c in verb.children)  # ("directed by X and adapted from Y's play Z")


def _paired_trades(toks, k: int) -> list[str]:
    """The trades joined before role noun ``k``: "writer" in "writer-director", "creator" in
    "co-creator and showrunner"."""
    found, j = [], k
    while j >= 2 and toks[j - 1].text in ("-", "/", "and", "&") and \
            toks[j - 2].lower_ in ROLE_NOUNS:
        found.append(ROLE_NOUNS[toks[j - 2].lower_])
        j -= 2
    return found


def _in_parentheses(tok) -> bool:
    """The token stands inside "( … )" within its sentence."""
    before = [t.text for t in tok.sent if t.i < tok.i]
    opened = max((i for i, t in enumerate(before) if t == "("), default=-1)
    return opened >= 0 and ")" not in before[opened:]


def _hyphened(tok) -> bool:
    """A word inside a hyphened compound: "coming-of-age", "star-making"."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and \
        tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("amod", "compound")


def _after_executive(tok) -> bool:
    """ "executive produce", "exec producing", "executive producer"."""
    return tok.i > 0 and tok.nbor(-1).lower_ in ("executive", "exec")


def find_roles(doc) -> list[Role]:
    return RoleFinder(doc).run()
