"""Words of entertainment reporting: general patterns, never particular names or titles."""

# Nouns that name a capacity on a work, with the role type they imply.
ROLE_NOUNS = {
    "actor": "Actor", "actress": "Actor", "star": "Actor", "co-star": "Actor", "costar": "Actor",
    "legend": "Actor", "alum": "Actor", "alumna": "Actor", "alumnus": "Actor", "lead": "Actor",
    "director": "Director", "helmer": "Director", "filmmaker": "Director",
    "writer": "Writer", "screenwriter": "Writer", "scribe": "Writer", "playwright": "Writer",
    "scriptwriter": "Writer", "author": "Writer", "novelist": "Writer",
    "producer": "Producer", "creator": "Creator", "co-creator": "Creator",
    "showrunner": "Showrunner", "host": "Host", "presenter": "Host", "composer": "Composer",
}
# Verbs (lemmas) that attach a person to a work, with the role type they imply.
ROLE_VERBS = {
    "star": "Actor", "play": "Actor", "portray": "Actor", "reprise": "Actor", "cast": "Actor",
    "costar": "Actor", "co-star": "Actor", "voice": "Actor",
    "direct": "Director", "helm": "Director",
    "write": "Writer", "pen": "Writer", "script": "Writer", "co-write": "Writer", "adapt": "Writer",
    "produce": "Producer", "create": "Creator", "co-create": "Creator",
    "host": "Host", "score": "Composer", "compose": "Composer",
}
# Titles before a name that are not part of it.
NAME_PREFIXES = {w.lower() for w in ROLE_NOUNS} | {
    "oscar", "emmy", "winner", "nominee", "oscar-winner", "oscar-winning", "emmy-winning",
    "mr", "mrs", "ms", "dr", "sir", "dame", "costar", "co-star", "former", "singer", "rapper",
    "comedian", "model", "musician", "executive", "filmmaker",
}
SAY_VERBS = {
    "say", "tell", "write", "post", "add", "continue", "explain", "tease", "share", "recall",
    "note", "admit", "insist", "confirm", "tweet", "reveal", "joke", "state", "declare",
    "quip", "muse", "gush", "caption", "respond", "reply", "announce", "describe", "call",
    "emphasize", "emphasise", "hint", "acknowledge", "tell", "deny", "agree", "argue", "ask",
}
PRONOUNS = {"he": "m", "she": "f", "they": None, "him": "m", "her": "f", "his": "m"}
NOMINAL_ANAPHORS = {"actress", "actor", "star", "director", "filmmaker", "writer", "producer",
                    "comedian", "singer", "host", "showrunner", "creator", "helmer", "performer"}

# Social platforms and broadcasters are organizations even when a tagger says otherwise.
PLATFORMS = {
    "x", "twitter", "instagram", "facebook", "tiktok", "threads", "youtube", "bluesky",
    "reddit", "snapchat", "linkedin", "substack", "patreon",
}
KNOWN_ACRONYM_ORGS = {"hbo", "cbs", "nbc", "abc", "amc", "fx", "bbc", "itv", "cnn", "pbs", "mgm",
                      "a24", "cw", "espn", "mtv", "vh1", "tnt", "tbs", "npr", "sag", "wga", "dga"}
# Popular short names of award bodies: general knowledge of the field.
AWARD_ALIASES = {
    "oscar": "Academy Awards", "oscars": "Academy Awards", "academy award": "Academy Awards",
    "emmy": "Emmy Awards", "emmys": "Emmy Awards", "golden globe": "Golden Globe Awards",
    "golden globes": "Golden Globe Awards", "tony": "Tony Awards", "tonys": "Tony Awards",
    "bafta": "BAFTA Awards", "baftas": "BAFTA Awards", "grammy": "Grammy Awards",
    "grammys": "Grammy Awards", "sag awards": "Screen Actors Guild Awards",
    "sag award": "Screen Actors Guild Awards",
}
ORG_SUFFIXES = {"magazine", "newspaper", "podcast", "network", "channel"}

# Context words that say what kind of work a title is.
TV_WORDS = {"series", "show", "sitcom", "season", "seasons", "episode", "episodes", "showrunner",
            "docuseries", "miniseries", "limited", "streaming", "tv", "television", "network",
            "reality", "drama-series", "spinoff", "spin-off", "host", "hosts", "hosted"}
PLAY_WORDS = {"play", "stage", "broadway", "off-broadway", "playwright", "theater", "theatre",
              "west"}
FILM_WORDS = {"film", "movie", "comedy", "drama", "thriller", "feature", "picture", "horror",
              "blockbuster", "biopic", "flick", "rom-com", "documentary", "animated", "sequel",
              "prequel", "remake", "reboot", "helmer", "box"}
OTHER_WORK_WORDS = {"song", "single", "track", "album", "book", "novel", "memoir", "record",
                    "soundtrack", "podcast", "game", "comic", "poem"}
WORK_HEAD_NOUNS = FILM_WORDS - {"helmer", "box"} | {"series", "show", "sitcom", "play", "musical", "novel", "book",
                                "song", "single", "album", "docuseries", "miniseries", "hit",
                                "adventure", "procedural", "franchise", "saga", "western",
                                "romance", "mystery", "satire", "revival", "adaptation",
                                "memoir", "podcast", "special", "epic", "caper", "dramedy",
                                "anthology", "telenovela", "opera", "musical"}
# "the third season of X", "the cast of X": X is a work
OF_WORK_NOUNS = {"season", "episode", "episodes", "cast", "premiere", "finale", "set", "version",
                 "remake", "reboot", "adaptation", "spinoff", "spin-off", "sequel", "prequel",
                 "revival", "producers", "director", "creator", "star", "stars", "showrunner",
                 "writers", "writer", "pilot", "installment", "run", "trailer"}
# words that make a capitalized name an organization, not a person
ORG_WORDS = {"entertainment", "studios", "studio", "pictures", "films", "film", "media",
             "network", "networks", "records", "group", "inc", "llc", "productions", "animation",
             "television", "tv", "news", "magazine", "weekly", "times", "post", "reporter",
             "club", "awards", "award", "festival", "academy", "guild", "company", "co", "corp",
             "channel", "radio", "books", "press", "university", "theatre", "theater",
             "foundation", "association", "agency", "partners", "capital", "games", "fund",
             "bank", "features", "releasing", "distribution", "broadcasting", "journal",
             "daily", "tribune", "herald", "review", "collective", "company", "ventures",
             "labs", "house", "arts", "music", "live", "plus", "council", "institute", "society"}
SEQUEL_WORDS = {"sequel", "follow-up", "followup", "part two", "second installment"}
GENERIC_WORK_NOUNS = {"film", "movie", "project", "comedy", "picture", "feature", "original",
                      "sequel", "follow-up", "drama", "series", "show", "reboot", "story"}

# Status cues, most decisive first: (status, phrases).
STATUS_CUES = [
    ("InTalks", ("in talks", "in final talks", "in early talks", "in negotiations",
                 "final negotiations", "early negotiations", "negotiating", "in discussions",
                 "in talks to", "circling", "in the running", "eyeing")),
    ("Interested", ("interest", "interested", "would love", "would like", "down to", "in for it",
                    "hopes to", "hoping to", "wants to", "open to", "keen to", "dreams of",
                    "would be up for", "up for")),
    ("Rumored", ("rumored", "rumoured", "reportedly", "rumor", "rumour", "speculat", "could",
                 "might", "may ", "possibly", "is said to")),
    ("Confirmed", ("confirmed", "officially", "has signed", "have signed", "signed on",
                   "has joined", "have joined", "joined", "announced", "boarded", "has been cast", "have been cast", "was cast", "were cast",
                   "will star", "is starring", "currently")),
    ("Expected", ("set to", "expected to", "will ", "is to ", "are to ", "slated", "tapped",
                  "attached", "plans to", "planned", "going to", "be back", "on board",
                  "returning to", "to return", "would", "likely", "poised")),
]
