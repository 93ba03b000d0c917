"""Extraction (kg.extract): each pattern of entertainment reporting on a sentence or two.

Every text is invented for this file and runs through the real pipeline (the session-scoped
``nlp`` fixture of conftest.py). Claims have their own file (tests/test_claims.py); here they
appear only as far as roles and evidence need them.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import KG_COMPONENTS, extract
from kg.extract.entities import EntityTable
from kg.names import fold
from kg.read import read_text
from kg.records import Claim, Record, Role

# --------------------------------------------------------------------------- helpers


def run(nlp, text: str) -> Record:
    """The record of ``text`` read as a plain-text article."""
    return extract(read_text(text, source="t.txt"), nlp)


def name_of(record: Record, entity_id: str | None) -> str | None:
    entity = record.entity(entity_id)
    return entity.name if entity else None


def roles(record: Record) -> dict[tuple[str, str, str], tuple[str, str | None]]:
    """{(work name, person name, role type): (status, character name)} of a record."""
    out = {}
    for r in record.roles:
        key = (name_of(record, r.work), name_of(record, r.agent), r.type)
        assert key not in out, f"two roles {key} in one record"
        out[key] = (r.status, name_of(record, r.character))
    return out


def role_of(record: Record, work: str, person: str, rtype: str) -> tuple[str, str | None]:
    """(status, character) of the role (work, person, type); fails listing every role."""
    found = roles(record)
    assert (work, person, rtype) in found, f"no role {(work, person, rtype)} in {found}"
    return found[(work, person, rtype)]


def entities(record: Record, family: str | None = None) -> dict[str, str]:
    """{name: type} of a record's entities (of one family: person, work, character...)."""
    families = {
        "person": ("Person",),
        "work": ("Movie", "TVSeries", "Play", "CreativeWork"),
        "character": ("Character",),
        "org": ("Organization",),
    }
    chosen = [e for e in record.entities if family is None or e.type in families[family]]
    names = [e.name for e in chosen]
    assert len(names) == len(set(names)), [(e.id, e.type, e.name) for e in chosen]
    return {e.name: e.type for e in chosen}


def listing(record: Record) -> list[tuple[str, str, str]]:
    return [(e.id, e.type, e.name) for e in record.entities]


def entity(record: Record, name: str, etype: str | None = None):
    hits = [e for e in record.entities if e.name == name and etype in (None, e.type)]
    assert len(hits) == 1, f"{len(hits)} entities named {name!r} in {listing(record)}"
    return hits[0]


def work_of(record: Record, name: str):
    hits = [e for e in record.entities if e.name == name and e.type in
            ("Movie", "TVSeries", "Play", "CreativeWork")]
    assert len(hits) == 1, f"{len(hits)} works named {name!r} in {listing(record)}"
    return hits[0]


# --------------------------------------------------------------------------- the pipeline


def test_pipeline_composes_kg_components_after_the_model(nlp):
    """``nlp`` is ``load_pipeline()``: the model's components, then kg's four, in order (a blank
    pipeline cannot run them: they read the parse and the named entities)."""
    names = nlp.pipe_names
    assert tuple(names[-len(KG_COMPONENTS):]) == KG_COMPONENTS
    assert KG_COMPONENTS == ("kg_quotes", "kg_entities", "kg_roles", "kg_claims")
    for needed in ("parser", "ner"):
        assert needed in names, f"kg's components need the model's {needed}"
        assert names.index(needed) < names.index("kg_quotes")
    assert names.index("kg_paragraphs") < names.index("parser")
    assert names[0] == "kg_co_prefix"  # before the model reads a word

    text = (
        "Orla Fennimore is set to direct “Salt Meridian” for Halvorsen Pictures.\n"
        "“It is a gentle story,” Fennimore told Variety."
    )
    doc = nlp(text)
    for attr in ("kg_quoted", "kg_entities", "kg_roles", "kg_claims"):
        assert Doc.has_extension(attr)
        assert getattr(doc._, attr) is not None, attr
    assert isinstance(doc._.kg_entities, EntityTable)
    assert {e.name for e in doc._.kg_entities.entities} >= {"Orla Fennimore", "Salt Meridian"}
    assert all(isinstance(r, Role) for r in doc._.kg_roles) and doc._.kg_roles
    assert all(isinstance(c, Claim) for c in doc._.kg_claims)
    quoted = {text[q.inner_start : q.inner_end].rstrip(",.") for q in doc._.kg_quoted}
    assert quoted == {"Salt Meridian", "It is a gentle story"}
    # kg_paragraphs: a line break always ends a sentence
    assert [s.text.strip() for s in doc.sents] == text.split("\n")


def test_co_prefix_joins_a_co_word_into_one_read_as_its_stem(nlp):
    """kg_co_prefix on its own, in a pipeline built here: "co-wrote" becomes one token whose
    norm and lemma are the stem's; "co-op" and a spaced "co - wrote" are left alone."""
    blank = spacy.blank("en")
    blank.add_pipe("kg_co_prefix")
    doc = blank("She co-wrote it and co-directed; a co-op, co - wrote.")
    merged = [(t.text, t.norm_, t.lemma_) for t in doc if t.text.startswith("co-")]
    assert merged == [("co-wrote", "wrote", "write"), ("co-directed", "directed", "direct")]
    assert "co" in [t.text for t in doc]  # the spaced one stays three tokens
    # in the full pipeline the parse then finds the verb's subject
    doc = nlp("Tom Vale, who co-wrote the screenplay with Ana Ruiz, will direct.")
    verb = next(t for t in doc if t.text == "co-wrote")
    assert verb.lemma_ == "write" and verb.dep_ == "relcl" and verb.head.text == "Vale"


@pytest.mark.parametrize("sentence, person, rtype", [
    ("The original was directed by Tom Vale, who co-wrote the screenplay with Ana Ruiz.",
     "Tom Vale", "Writer"),
    ("Ana and Rui Ferreira made their debut with Gull Season, which they co-wrote and "
     "co-directed.", "Rui Ferreira", "Director"),
])
def test_co_verbs_are_read_as_the_verb(nlp, sentence, person, rtype):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    assert any(p == person and t == rtype for (_w, p, t) in roles(rec)), roles(rec)


def test_a_co_star_named_after_the_word_is_the_speaker(nlp):
    rec = run(nlp, "date 2024-05-01 Mara Quist stars in Silver Harbor, a thriller.\n\n"
                   "Her co-star Theo Maddox calls her “the least precious person I know.”")
    claim = next(c for c in rec.claims if c.quote)
    assert name_of(rec, claim.author) == "Theo Maddox"


# --------------------------------------------------------------------------- works


def test_quoted_title_is_a_work(nlp):
    text = (
        "Corin Vale has joined the cast of “The Paper Crane,” the new drama from "
        "Halvorsen Pictures."
    )
    rec = run(nlp, text)
    work = entity(rec, "The Paper Crane", "Movie")
    assert [text[s:e] for s, e in work.mentions] == ["The Paper Crane"]  # no quotes, no comma
    assert entities(rec, "person") == {"Corin Vale": "Person"}
    assert role_of(rec, "The Paper Crane", "Corin Vale", "Actor")[0] == "Confirmed"


@pytest.mark.parametrize(
    "text, title",
    [
        pytest.param(
            "Corin Vale will star in the series “The Paper Crane.”", "The Paper Crane",
            id="the-series-X",
        ),
        pytest.param(
            "Priya Anand will executive produce “The Ferryman's Daughter,” a limited series "
            "for HBO.",
            "The Ferryman's Daughter",
            id="X-a-limited-series",
        ),
        pytest.param(
            "Corin Vale will star in “The Paper Crane,” a new comedy series from Halvorsen "
            "Pictures.",
            "The Paper Crane",
            id="X-a-new-comedy-series",
            marks=pytest.mark.xfail(
                strict=True, raises=AssertionError,
                reason="an apposition 'X, a new comedy series' is not read as calling X a "
                "series (the typing window is 4 tokens): works == {'The Paper Crane': 'Movie'}",
            ),
        ),
    ],
)
def test_work_called_a_series_is_a_tv_series(nlp, text, title):
    rec = run(nlp, text)
    assert entities(rec, "work") == {title: "TVSeries"}


def test_work_called_a_film_is_a_movie(nlp):
    rec = run(nlp, "Corin Vale will star in the film “The Paper Crane.”")
    assert entities(rec, "work") == {"The Paper Crane": "Movie"}


@pytest.mark.xfail(
    strict=True, raises=AssertionError,
    reason="a quoted title closing a sentence is taken for speech when the next sentence opens "
    "with 'Marsh said': entities == {'Gideon Marsh': 'Person'}, roles == {}, and a claim with "
    "quote 'Harbor Lights.' by Gideon Marsh",
)
def test_quoted_title_ending_a_sentence_before_name_said_is_still_a_title(nlp):
    text = "Gideon Marsh will star in “Harbor Lights.” Marsh said the script was a gift."
    rec = run(nlp, text)
    assert entities(rec, "work") == {"Harbor Lights": "Movie"}
    assert role_of(rec, "Harbor Lights", "Gideon Marsh", "Actor")[0] == "Confirmed"
    assert not [c.quote for c in rec.claims if c.quote and "Harbor Lights" in c.quote]


# --------------------------------------------------------------------------- people


def test_surname_after_the_full_name_is_the_same_person(nlp):
    text = (
        "Orla Fennimore is set to direct the thriller “Salt Meridian.” Fennimore previously "
        "made two documentaries."
    )
    rec = run(nlp, text)
    assert entities(rec, "person") == {"Orla Fennimore": "Person"}
    orla = entity(rec, "Orla Fennimore")
    assert orla.forms == ["Orla Fennimore", "Fennimore"]
    assert orla.merged == ["'Fennimore' is the surname of Orla Fennimore, named in full"]
    assert sorted(text[s:e] for s, e in orla.mentions) == ["Fennimore", "Orla Fennimore"]


def test_two_people_sharing_a_surname_stay_two(nlp):
    text = "Gideon Marsh will star in “Harbor Lights.” Tilly Marsh will direct it."
    rec = run(nlp, text)
    assert entities(rec, "person") == {"Gideon Marsh": "Person", "Tilly Marsh": "Person"}
    for name in ("Gideon Marsh", "Tilly Marsh"):
        person = entity(rec, name)
        assert person.forms == [name] and person.merged == []
    assert roles(rec) == {
        ("Harbor Lights", "Gideon Marsh", "Actor"): ("Confirmed", None),
        ("Harbor Lights", "Tilly Marsh", "Director"): ("Expected", None),
    }


def test_two_people_in_talks_together_both_get_the_role(nlp):
    rec = run(nlp, "Gideon Marsh and Tilly Brook are in talks to star in “Harbor Lights.”")
    assert roles(rec) == {
        ("Harbor Lights", "Gideon Marsh", "Actor"): ("InTalks", None),
        ("Harbor Lights", "Tilly Brook", "Actor"): ("InTalks", None),
    }


# --------------------------------------------------------------------------- characters


@pytest.mark.parametrize(
    "cast",
    [
        pytest.param("Dana Holt (Mara Quill) and Wes Brody (Teddy Finch)", id="actor-first"),
        pytest.param("Mara Quill (Dana Holt) and Teddy Finch (Wes Brody)", id="character-first"),
    ],
)
def test_cast_pairs_in_either_order(nlp, cast):
    text = f"The comedy “Dinner at Eight Bells” stars {cast}. Holt said the shoot was a joy."
    rec = run(nlp, text)
    assert entities(rec, "person") == {"Dana Holt": "Person", "Wes Brody": "Person"}
    assert entities(rec, "character") == {"Mara Quill": "Character", "Teddy Finch": "Character"}
    assert entity(rec, "Dana Holt").forms == ["Dana Holt", "Holt"]
    assert roles(rec) == {
        ("Dinner at Eight Bells", "Dana Holt", "Actor"): ("Confirmed", "Mara Quill"),
        ("Dinner at Eight Bells", "Wes Brody", "Actor"): ("Confirmed", "Teddy Finch"),
    }


@pytest.mark.xfail(
    strict=True, raises=AssertionError,
    reason="when both characters are Quills the pairs are read backwards: entities e2 "
    "Character 'Dana Holt', e3 Person 'Mara Quill', e4 Character 'Wes Brody', e5 Person "
    "'Teddy Quill', t7 Person 'Dana Holt'; roles (Mara Quill as Dana Holt), (Teddy Quill as "
    "Wes Brody)",
)
def test_cast_pairs_whose_characters_share_a_family_name(nlp):
    text = (
        "The comedy “Dinner at Eight Bells” stars Dana Holt (Mara Quill) and Wes Brody "
        "(Teddy Quill). Holt said the shoot was a joy."
    )
    rec = run(nlp, text)
    assert entities(rec, "person") == {"Dana Holt": "Person", "Wes Brody": "Person"}
    assert entities(rec, "character") == {"Mara Quill": "Character", "Teddy Quill": "Character"}
    assert roles(rec) == {
        ("Dinner at Eight Bells", "Dana Holt", "Actor"): ("Confirmed", "Mara Quill"),
        ("Dinner at Eight Bells", "Wes Brody", "Actor"): ("Confirmed", "Teddy Quill"),
    }


@pytest.mark.parametrize(
    "text, status",
    [
        pytest.param("Tomas Reiner stars as Lena Marsh in “Harrow Point.”", "Confirmed",
                     id="stars-as"),
        pytest.param("Tomas Reiner will star as Lena Marsh in “Harrow Point.”", "Confirmed",
                     id="will-star-as"),
        pytest.param(
            "Tomas Reiner will play Lena Marsh in “Harrow Point.”", "Expected", id="will-play",
        ),
        pytest.param("Tomas Reiner played Lena Marsh in “Harrow Point.”", "Credited",
                     id="played"),
        pytest.param("Tomas Reiner has been cast as Lena Marsh in “Harrow Point.”",
                     "Confirmed", id="has-been-cast-as"),
    ],
)
def test_character_played_is_not_a_person(nlp, text, status):
    rec = run(nlp, text)
    assert entities(rec, "person") == {"Tomas Reiner": "Person"}
    assert entities(rec, "character") == {"Lena Marsh": "Character"}
    assert roles(rec) == {("Harrow Point", "Tomas Reiner", "Actor"): (status, "Lena Marsh")}


@pytest.mark.parametrize("words", ["has found its Ada Quill", "finally finds its new Ada Quill",
                                   "have landed their Ada Quill"])
def test_a_work_finding_its_character_names_a_character(nlp, words):
    rec = run(nlp, f"Jonah Verlaine will direct the remake, and the producers {words}.")
    assert entities(rec, "character") == {"Ada Quill": "Character"}
    assert "Ada Quill" not in entities(rec, "person")


def test_reprise_her_role_as(nlp):
    text = (
        "Sofia Lindqvist will reprise her role as Greta Moll in the sequel to “Winter Garden.” "
        "Lindqvist played Greta in the 2018 original."
    )
    rec = run(nlp, text)
    assert entities(rec, "person") == {"Sofia Lindqvist": "Person"}
    greta = entity(rec, "Greta Moll", "Character")
    assert greta.forms == ["Greta Moll", "Greta"]
    assert greta.merged == ["'Greta' is the first name of character 'Greta Moll'"]
    assert roles(rec) == {
        ("Winter Garden sequel", "Sofia Lindqvist", "Actor"): ("Expected", "Greta Moll"),
        ("Winter Garden", "Sofia Lindqvist", "Actor"): ("Credited", "Greta Moll"),
    }


# --------------------------------------------------------------------------- roles


ROLE_CASES = [
    pytest.param(
        "Orla Fennimore is set to direct the thriller “Salt Meridian.”",
        ("Salt Meridian", "Orla Fennimore", "Director"), ("Expected", None),
        id="set-to-direct",
    ),
    pytest.param(
        "Jonah Pike is in final negotiations to star in “The Long Thaw.”",
        ("The Long Thaw", "Jonah Pike", "Actor"), ("InTalks", None),
        id="final-negotiations",
    ),
    pytest.param(
        "Maren Solberg has been cast as Ilse Brandvold in “Cold Harbor.”",
        ("Cold Harbor", "Maren Solberg", "Actor"), ("Confirmed", "Ilse Brandvold"),
        id="has-been-cast-as",
    ),
    pytest.param(
        "Delia Marchetti starred in the 2019 film “Glass Orchard.”",
        ("Glass Orchard", "Delia Marchetti", "Actor"), ("Credited", None),
        id="starred-in-the-2019-film",
    ),
    pytest.param(
        "“Glass Orchard” actress Delia Marchetti will headline the new comedy “Second Spring.”",
        ("Glass Orchard", "Delia Marchetti", "Actor"), ("Credited", None),
        id="title-actress-name",
    ),
    pytest.param(
        "The creator of Lantern Street, Teodor Blum, has signed an overall deal with Hulu.",
        ("Lantern Street", "Teodor Blum", "Creator"), ("Credited", None),
        id="creator-of-X-name",
    ),
    pytest.param(
        "The creator of “Lantern Street,” Teodor Blum, has signed an overall deal with Hulu.",
        ("Lantern Street", "Teodor Blum", "Creator"), ("Credited", None),
        id="creator-of-quoted-X-name",
    ),
    pytest.param(
        "Priya Anand will executive produce “The Ferryman's Daughter,” a limited series "
        "for HBO.",
        ("The Ferryman's Daughter", "Priya Anand", "ExecutiveProducer"), ("Expected", None),
        id="will-executive-produce",
    ),
]


# Patterns found while measuring the development set, each rewritten with new names.
ROLE_CASES += [
    pytest.param(
        "Season two of the hospital drama “Brass Lantern” adds Tobias Merel as Ivo Stark, "
        "a surgeon with a secret.",
        ("Brass Lantern", "Tobias Merel", "Actor"), ("Confirmed", "Ivo Stark"),
        id="adds-X-as-Y",
    ),
    pytest.param(
        "Della Quayle spoke about her return. “It felt like home,” Quayle said.\n\n"
        "“I missed the crew.”\n\nThe “Brass Lantern” actress, who played the duchess Amara "
        "Holt in the 2015 miniseries “Crown of Salt,” said she was thrilled.",
        ("Crown of Salt", "Della Quayle", "Actor"), ("Credited", "Amara Holt"),
        id="the-actress-who-played-after-quotes",
    ),
    pytest.param(
        "Netflix renewed “Brass Lantern” for a third season. Created by Ottilie Marsh, the "
        "2021 series follows a surgeon.",
        ("Brass Lantern", "Ottilie Marsh", "Creator"), ("Credited", None),
        id="creator-of-a-renewed-series",
    ),
    pytest.param(
        "Anton Reyes is directing “Cold Iron.” Lena Voss and Pavel Kir remain attached as "
        "co-stars.",
        ("Cold Iron", "Pavel Kir", "Actor"), ("Confirmed", None),
        id="remain-attached-as-co-stars",
    ),
    pytest.param(
        "Anton Reyes has exited “Cold Iron” as director, citing a scheduling conflict. He will "
        "remain on the project as an executive producer.",
        ("Cold Iron", "Anton Reyes", "ExecutiveProducer"), ("Expected", None),
        id="remains-on-the-project-as-a-producer",
    ),
    pytest.param(
        "Owen Tarrant has left the thriller “Cold Iron.” His exit stems from a conflict with "
        "the second season of Harbor Lights, the Hulu series he stars in.",
        ("Harbor Lights", "Owen Tarrant", "Actor"), ("Confirmed", None),
        id="the-series-he-stars-in",
    ),
    pytest.param(
        "Greta Holm broke through with The Salt Road (1999), which she wrote and directed, and "
        "followed it with Blue Ember (2004) and Night Ferry (2011), both of which she also "
        "directed.",
        ("Blue Ember", "Greta Holm", "Director"), ("Credited", None),
        id="both-of-which-she-directed",
    ),
    pytest.param(
        "Greta Holm broke through with The Salt Road (1999), which she wrote and directed.",
        ("The Salt Road", "Greta Holm", "Director"), ("Credited", None),
        id="which-she-wrote-and-directed",
    ),
    pytest.param(
        "Greta Holm broke through with The Salt Road (1999), Blue Ember (2004) and Night Ferry "
        "(2011). All three were produced by her brother, Anders Holm.",
        ("Night Ferry", "Anders Holm", "Producer"), ("Credited", None),
        id="all-three-were-produced-by",
    ),
    pytest.param(
        "Hulu has ordered Back to Elm Street, a reboot of the 1998 sitcom Elm Street. Joining "
        "the cast are Rosa Lind as baker Ada Finch and Tom Hale as Jonah Finch.",
        ("Back to Elm Street", "Tom Hale", "Actor"), ("Confirmed", "Jonah Finch"),
        id="joining-the-cast-are",
    ),
    pytest.param(
        "Milo Grant is stepping down as showrunner of “Harbor Lights,” handing the job to "
        "Naomi Fischer.",
        ("Harbor Lights", "Naomi Fischer", "Showrunner"), ("Confirmed", None),
        id="handing-the-job-to",
    ),
    pytest.param(
        "Milo Grant is stepping down as showrunner of “Harbor Lights,” handing the job to "
        "Naomi Fischer.",
        ("Harbor Lights", "Milo Grant", "Showrunner"), ("Credited", None),
        id="stepping-down-keeps-the-credit",
    ),
    pytest.param(
        "FX is developing a spin-off, Harbor Lights: Low Water, which Petra Vance will write.",
        ("Harbor Lights: Low Water", "Petra Vance", "Writer"), ("Expected", None),
        id="spin-off-title-which-she-will-write",
    ),
]


# Trade-press patterns checked on sentences written before any rule was added for them.
ROLE_CASES += [
    pytest.param(
        "Ryan Cole starred in “Iron Bay.” The actor said he would absolutely reprise his role "
        "as Captain Dex Miller in “Iron Bay 3” if the studio came calling.",
        ("Iron Bay 3", "Ryan Cole", "Actor"), ("Interested", "Dex Miller"),
        id="would-reprise-if-asked-is-interest",
    ),
    pytest.param(
        "Netflix has tapped Dana Whitlock to write and executive produce a limited series "
        "adaptation of Grace Penner's memoir “Small Rooms,” Variety has learned.",
        ("Small Rooms", "Dana Whitlock", "Writer"), ("Confirmed", None),
        id="a-company-tapped-X-to-write",
    ),
    pytest.param(
        "Netflix has tapped Dana Whitlock to write a limited series adaptation of Grace "
        "Penner's memoir “Small Rooms.”",
        ("Small Rooms", "Grace Penner", "Writer"), ("Credited", None),
        id="name's-memoir-title",  # the tagger misses her; her common first name does not
    ),
    pytest.param(
        "Felix Ardent will star in “Monster Hour,” which Jordan Reyes (Grave Season) is "
        "directing from a script by Amy Lorne and Kofi Boateng.",
        ("Grave Season", "Jordan Reyes", "Director"), ("Credited", None),
        id="name-(credit)-is-directing",
    ),
    pytest.param(
        "Felix Ardent will star in “Monster Hour,” which Jordan Reyes (Grave Season) is "
        "directing from a script by Amy Lorne and Kofi Boateng.",
        ("Monster Hour", "Kofi Boateng", "Writer"), ("Confirmed", None),
        id="a-script-by-A-and-B",
    ),
    pytest.param(
        "Oscar nominee Felix Ardent will play the vampire in the film “Monster Hour.”",
        ("Monster Hour", "Felix Ardent", "Actor"), ("Expected", None),
        id="will-play-the-vampire-in-the-film",
    ),
    pytest.param(
        "Felix Ardent joins “Monster Hour” and previously announced cast members Priya Nand "
        "and Will Carver.",
        ("Monster Hour", "Will Carver", "Actor"), ("Confirmed", None),
        id="cast-members-X-and-Y",
    ),
    pytest.param(
        "Mira Castell is in negotiations to join the cast of “The Long Field,” the Western that "
        "Ethan Crowe is directing for Warner Bros.",
        ("The Long Field", "Ethan Crowe", "Director"), ("Confirmed", None),
        id="a-relative-clause-has-its-own-status",
    ),
    pytest.param(
        "Mira Castell will star in “The Long Field.” Castell would play the wife of a rancher, "
        "played by Jon Hale.",
        ("The Long Field", "Jon Hale", "Actor"), ("Expected", None),
        id="played-by-X",
    ),
    pytest.param(
        "The script for “The Long Field” is by Lucy Voss, based on the 1962 novel by Arthur "
        "Penn Ross.",
        ("The Long Field", "Lucy Voss", "Writer"), ("Confirmed", None),
        id="the-script-is-by-X",
    ),
    pytest.param(
        "Ethan Crowe is directing “The Long Field.” Crowe's previous film, “Hollow Creek,” "
        "premiered at Venice in 2024.",
        ("Hollow Creek", "Ethan Crowe", "Director"), ("Credited", None),
        id="name's-previous-film-in-their-capacity",
    ),
    pytest.param(
        "Apple TV+ has renewed “Quiet Harbor” for a third season. Season three will also add "
        "Ben Osei in a recurring role.",
        ("Quiet Harbor", "Ben Osei", "Actor"), ("Confirmed", None),
        id="add-X-in-a-recurring-role",
    ),
    pytest.param(
        "Ben Osei previously appeared in Netflix's “The Vault” and the film “Night Train.”",
        ("Night Train", "Ben Osei", "Actor"), ("Credited", None),
        id="appeared-in-X-and-the-film-Y",
    ),
    pytest.param(
        "Rosa Ibarra is set to star in Crossing Lines, a thriller from director Paul Akers "
        "(Dust Country).",
        ("Dust Country", "Paul Akers", "Director"), ("Credited", None),
        id="director-name-(credit)",
    ),
    pytest.param(
        "Rosa Ibarra is set to star in Crossing Lines, a thriller from director Paul Akers "
        "(Dust Country).",
        ("Crossing Lines", "Paul Akers", "Director"), ("Confirmed", None),
        id="a-thriller-from-director-X-is-that-title",
    ),
    pytest.param(
        "Paul Akers will direct Crossing Lines. Akers co-wrote the script with Hanna Sorel, who "
        "penned the 2021 Sundance hit Paper Suns.",
        ("Crossing Lines", "Hanna Sorel", "Writer"), ("Confirmed", None),
        id="co-wrote-the-script-with-X",
    ),
    pytest.param(
        "Paul Akers will direct Crossing Lines. Akers co-wrote the script with Hanna Sorel, who "
        "penned the 2021 Sundance hit Paper Suns.",
        ("Paper Suns", "Hanna Sorel", "Writer"), ("Credited", None),
        id="who-penned-the-2021-hit-X",
    ),
    pytest.param(
        "Oscar winner Hedda Lind will write and direct Saltmark, a period thriller about a "
        "forger in 1920s Porto, for Searchlight Pictures.",
        ("Saltmark", "Hedda Lind", "Director"), ("Expected", None),
        id="will-write-and-direct",
    ),
    pytest.param(
        "Producer Emil Varga, who worked with Lind on The Pale Orchard (2019), will produce "
        "“Saltmark.”",
        ("The Pale Orchard", "Emil Varga", "Producer"), ("Credited", None),
        id="producer-X-who-worked-on-a-released-film",
    ),
    pytest.param(
        "Lionsgate has set Maya Okafor to direct Ember Street, a thriller written by Paul Jensen.",
        ("Ember Street", "Paul Jensen", "Writer"), ("Confirmed", None),
        id="a-thriller-written-by-X",
    ),
    pytest.param(
        "Kevin Lamb is in early talks to join Christopher Wren in Fox Searchlight's The "
        "Nightjar, Deadline has learned.",
        ("The Nightjar", "Kevin Lamb", "Actor"), ("InTalks", None),
        id="in-early-talks-to-join-X-in-title",
    ),
    pytest.param(
        "Anya Park, best known for her role as Kit in HBO's The Lodge, will lead the series "
        "Stone Harbor.",
        ("The Lodge", "Anya Park", "Actor"), ("Credited", "Kit"),
        id="best-known-for-her-role-as-X-in-Y",
    ),
    pytest.param(
        "Anya Park, best known for her role as Kit in HBO's The Lodge, will lead the series "
        "Stone Harbor.",
        ("Stone Harbor", "Anya Park", "Actor"), ("Expected", None),
        id="will-lead-the-series-X",
    ),
    pytest.param(
        "Warner Bros. has landed the rights to Mara Quill's bestselling novel The Salt Years, "
        "with Dev Anand attached to adapt.",
        ("The Salt Years", "Mara Quill", "Writer"), ("Credited", None),
        id="name's-bestselling-novel",
    ),
    pytest.param(
        "Emmy winner Petra Holm will star in and executive produce Hulu's limited series The "
        "Glass Ward, from writer Sam Ortiz.",
        ("The Glass Ward", "Sam Ortiz", "Writer"), ("Confirmed", None),
        id="from-writer-X",
    ),
    pytest.param(
        "Tobias Reyes, who broke out in last year's Cold Sunday, has been cast as the young "
        "Elias Grant in Netflix's The Long Winter.",
        ("Cold Sunday", "Tobias Reyes", "Actor"), ("Credited", None),
        id="broke-out-in-last-year's-X",
    ),
    pytest.param(
        "Nadia Colfax (Harbor Nights) has joined the cast of Focus Features' thriller The Long "
        "Orchard, which Tomas Weir is directing.",
        ("Harbor Nights", "Nadia Colfax", "Actor"), ("Credited", None),
        id="name-(credit)-has-joined",
    ),
    pytest.param(
        "Nadia Colfax (Harbor Nights) has joined the cast of Focus Features' thriller The Long "
        "Orchard, which Tomas Weir is directing.",
        ("The Long Orchard", "Nadia Colfax", "Actor"), ("Confirmed", None),
        id="has-joined-the-cast-of-a-studio's-title",
    ),
    pytest.param(
        "Gabriel Stroud is set to star opposite Lena Marsh in The Quiet Field, the feature "
        "directorial debut of Ava Pell.",
        ("The Quiet Field", "Lena Marsh", "Actor"), ("Expected", None),
        id="opposite-X-in-title",
    ),
    pytest.param(
        "Gabriel Stroud is set to star opposite Lena Marsh in The Quiet Field, the feature "
        "directorial debut of Ava Pell.",
        ("The Quiet Field", "Ava Pell", "Director"), ("Expected", None),
        id="directorial-debut-of-X",
    ),
    pytest.param(
        "Jamie Ferrante stars as Jamie Lockhart, the critic, opposite Hattie Crowther as chef "
        "Sadie Brennan in “Second Helpings.”",
        ("Second Helpings", "Hattie Crowther", "Actor"), ("Confirmed", "Sadie Brennan"),
        id="opposite-X-as-character",
    ),
    # found on the README examples (written late last session), each rule checked here on
    # new sentences
    pytest.param(
        "Silverline Pictures, which backed the first film, is producing “Red Summit” with "
        "Noor Castell.",
        ("Red Summit", "Noor Castell", "Producer"), ("Confirmed", None),
        id="company-producing-with-X",
    ),
    pytest.param(
        "Novelist Ruth Adebayo's 2011 comedy “The Cold Parlour” is being adapted for "
        "television.",
        ("The Cold Parlour", "Ruth Adebayo", "Writer"), ("Credited", None),
        id="novelist-X-s-2011-comedy",
    ),
    pytest.param(
        "Wes Harlan, who played the lighthouse keeper Magnus Ore in “Brine” (2012), will "
        "return in “Brine II.”",
        ("Brine II", "Wes Harlan", "Actor"), ("Expected", "Magnus Ore"),
        id="who-played-Y-will-return",
    ),
    pytest.param(
        "Tess Varga, who originated the role of the widow Ada Fell on stage, will reprise it "
        "in the film “Fell House.”",
        ("Fell House", "Tess Varga", "Actor"), ("Expected", "Ada Fell"),
        id="originated-the-role-of-Y-will-reprise-it",
    ),
    pytest.param(
        "Dara Wynn would come back as the pilot Rhea Sol and Col Ambry as the engineer Tam "
        "Okafor in a sequel to the 2018 film “Far Signal.”",
        ("Far Signal", "Col Ambry", "Actor"), ("Credited", "Tam Okafor"),
        id="A-as-X-and-B-as-Y-coming-back",
    ),
    pytest.param(
        "Mina Roark, who won the adapted screenplay Oscar for her 2017 drama “Hollow Pines,” "
        "is developing a new series.",
        ("Hollow Pines", "Mina Roark", "Writer"), ("Credited", None),
        id="won-the-screenplay-Oscar-for",
    ),
    pytest.param(
        "Ellis Vane earned a best director nomination for “Saltwater Road” in 2016.",
        ("Saltwater Road", "Ellis Vane", "Director"), ("Credited", None),
        id="best-director-nomination-for",
    ),
    pytest.param(
        "Paramount+ has ordered “Night Ferry,” created by Lotte Brandt, who will serve as "
        "showrunner and executive produce with Amos Kell.",
        ("Night Ferry", "Amos Kell", "ExecutiveProducer"), ("Confirmed", None),
        id="serve-as-showrunner-and-executive-produce-with-X",
    ),
    pytest.param(
        "Joss Ambler was previously the showrunner of the award-winning HBO drama “Dry "
        "Season.”",
        ("Dry Season", "Joss Ambler", "Showrunner"), ("Credited", None),
        id="was-previously-the-showrunner-of-the-X",
    ),
]


@pytest.mark.parametrize("text, key, expected", ROLE_CASES)
def test_role_pattern(nlp, text, key, expected):
    rec = run(nlp, text)
    assert role_of(rec, *key) == expected


def test_the_writer_after_and_is_the_writer_not_the_director_before(nlp):
    # the parser reads "screenwriter" as a verb and hangs "is writing" on the first clause
    rec = run(nlp, "Original director Priya Mandel is expected to helm again, and screenwriter "
                   "Hal Brennan, who wrote the first film, is writing the script for “Low "
                   "Country 2.”")
    found = roles(rec)
    assert ("Low Country 2", "Hal Brennan", "Writer") in found
    assert ("Low Country 2", "Priya Mandel", "Writer") not in found


def test_starred_in_the_2019_film_dates_the_work(nlp):
    rec = run(nlp, "Delia Marchetti starred in the 2019 film “Glass Orchard.”")
    assert work_of(rec, "Glass Orchard").year == 2019


def test_showrunner_on_a_series(nlp):
    rec = run(nlp, "Showrunner Callum Reyes will oversee the new series “Night Ferry.”")
    assert entities(rec, "work") == {"Night Ferry": "TVSeries"}
    assert roles(rec) == {("Night Ferry", "Callum Reyes", "Showrunner"): ("Confirmed", None)}


def test_screenplay_by_and_directed_by(nlp):
    rec = run(nlp, "“Ashgrove” will be directed by Nils Berg from a screenplay by Lena Hartwig.")
    assert roles(rec) == {
        ("Ashgrove", "Nils Berg", "Director"): ("Expected", None),
        ("Ashgrove", "Lena Hartwig", "Writer"): ("Confirmed", None),
    }


def test_exit_leaves_no_role_on_the_project(nlp):
    cast = "Jasper Loft and Cora Whitby were set to star in “The Glass Harbor.”"
    before = run(nlp, cast)
    assert roles(before) == {
        ("The Glass Harbor", "Jasper Loft", "Actor"): ("Expected", None),
        ("The Glass Harbor", "Cora Whitby", "Actor"): ("Expected", None),
    }
    after = run(nlp, cast + " Loft has exited the film over scheduling conflicts.")
    assert roles(after) == {("The Glass Harbor", "Cora Whitby", "Actor"): ("Expected", None)}
    assert entity(after, "Jasper Loft").forms == ["Jasper Loft", "Loft"]


# --------------------------------------------------------------------------- sequels


def test_untitled_sequel_is_named_after_its_original(nlp):
    rec = run(nlp, "Emil Strand is set to direct the sequel to “Fog Harbor.”")
    sequel = work_of(rec, "Fog Harbor sequel")
    original = work_of(rec, "Fog Harbor")
    assert sequel.type == "Movie"
    assert sequel.sequel_of == original.id and original.sequel_of is None
    assert roles(rec) == {("Fog Harbor sequel", "Emil Strand", "Director"): ("Expected", None)}


def test_title_sequel_puts_the_role_on_the_sequel(nlp):
    rec = run(nlp, "Emil Strand is set to direct the “Fog Harbor” sequel.")
    assert work_of(rec, "Fog Harbor sequel").sequel_of == work_of(rec, "Fog Harbor").id
    assert roles(rec) == {("Fog Harbor sequel", "Emil Strand", "Director"): ("Expected", None)}


def test_subtitled_title_is_the_sequel(nlp):
    text = (
        "Bruno Adler is in final negotiations to star in “Copper Lantern: Second Flame,” the "
        "sequel to the 2016 hit “Copper Lantern.”"
    )
    rec = run(nlp, text)
    sequel, original = work_of(rec, "Copper Lantern: Second Flame"), work_of(rec, "Copper Lantern")
    assert sequel.sequel_of == original.id
    assert original.year == 2016
    assert set(entities(rec, "work")) == {"Copper Lantern: Second Flame", "Copper Lantern"}
    assert roles(rec) == {
        ("Copper Lantern: Second Flame", "Bruno Adler", "Actor"): ("InTalks", None),
    }


def test_subtitled_title_is_the_sequel_across_sentences(nlp):
    text = (
        "Halvorsen Pictures has started work on “Copper Lantern: Second Flame.” The sequel "
        "reunites the cast of “Copper Lantern.”"
    )
    rec = run(nlp, text)
    assert work_of(rec, "Copper Lantern: Second Flame").sequel_of == \
        work_of(rec, "Copper Lantern").id
    assert "Copper Lantern sequel" not in entities(rec)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "“Iron Meadow,” the sequel to “Quiet Meadow,” is set to shoot this fall.",
            id="X-the-sequel-to-Y",
        ),
        pytest.param(
            "“Iron Meadow” is the sequel to “Quiet Meadow.”",
            id="X-is-the-sequel-to-Y",
        ),
    ],
)
def test_titled_sequel_of_an_original(nlp, text):
    rec = run(nlp, text)
    assert entities(rec, "work") == {"Iron Meadow": "Movie", "Quiet Meadow": "Movie"}
    assert work_of(rec, "Iron Meadow").sequel_of == work_of(rec, "Quiet Meadow").id


# --------------------------------------------------------------------------- claims, evidence


def test_reported_statement_has_the_outlet_as_author(nlp):
    text = "According to Deadline, Hollis Vance is in talks to direct “The Salt Road.”"
    rec = run(nlp, text)
    deadline = entity(rec, "Deadline", "Organization")
    assert len(rec.claims) == 1
    claim = rec.claims[0]
    assert (claim.author, claim.stated_in, claim.quote) == (deadline.id, deadline.id, None)
    assert text[claim.start : claim.end] == claim.text == text
    assert role_of(rec, "The Salt Road", "Hollis Vance", "Director") == ("InTalks", None)
    assert rec.roles[0].claims == [0]  # the role is supported by the report


EVIDENCE_ARTICLE = (
    "date 2024-05-02 Orla Fennimore is set to direct the thriller “Salt Meridian” for "
    "Halvorsen Pictures.\n"
    "Bruno Adler is in final negotiations to star, according to Deadline. “I have wanted to "
    "work with her for years,” Adler told Variety.\n\n"
    "Maren Solberg, who starred in the 2019 film “Glass Orchard,” has been cast as Ilse "
    "Brandvold. Lena Hartwig will write the screenplay."
)


def test_every_evidence_span_slices_the_article_text(nlp):
    article = read_text(EVIDENCE_ARTICLE, source="t.txt")
    assert article.date == "2024-05-02" and article.text.startswith("Orla Fennimore")
    rec = extract(article, nlp)
    text = article.text
    assert len(rec.roles) >= 5 and len(rec.claims) >= 2
    sentences = [s for line in text.split("\n") for s in line.split(". ") if s]
    for r in rec.roles:
        assert 0 <= r.start < r.end <= len(text)
        evidence = text[r.start : r.end]
        assert evidence == evidence.strip() and "\n" not in evidence
        assert any(evidence.startswith(s.rstrip(".")) for s in sentences), evidence
        agent = rec.entity(r.agent)
        assert any(r.start <= s and e <= r.end for s, e in agent.mentions), (agent.name, evidence)
    for c in rec.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == (c.quote if c.quote else c.text)
    quotes = [c.quote for c in rec.claims if c.quote]
    assert quotes == ["I have wanted to work with her for years"]
    for e in rec.entities:
        forms = {fold(f) for f in e.forms} | {fold(e.name)}
        for s, end in e.mentions:
            assert 0 <= s < end <= len(text)
            if e.sequel_of is None:
                assert fold(text[s:end]) in forms, (e.name, text[s:end])


def test_middle_initial_joins_the_name_and_says_why(nlp):
    rec = run(nlp, "Greta M. Holm will be honored in Venice. Greta Holm said she was surprised.")
    people = [e for e in rec.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Greta M. Holm"]
    assert any("middle initial" in why for why in people[0].merged)


def test_a_reboot_is_a_new_work_based_on_the_original(nlp):
    rec = run(nlp, "Hulu has ordered Back to Elm Street, a reboot of the 1998 sitcom Elm Street.")
    works = {e.name: e for e in rec.entities if e.type in ("Movie", "TVSeries")}
    assert works["Back to Elm Street"].based_on == works["Elm Street"].id


def test_possessive_owner_is_not_a_title(nlp):
    rec = run(nlp, "Reuben Hale joins the second season of Netflix's medical drama “Glasswing.”")
    assert "Netflix" not in entities(rec, "work")
    assert entities(rec, "work") == {"Glasswing": "TVSeries"}


def test_a_studio_with_a_plural_possessive_is_no_title(nlp):
    rec = run(nlp, "Ines Moreau has joined Focus Features' thriller The Long Orchard.")
    assert "Focus Features" not in entities(rec, "work")
    assert "The Long Orchard" in entities(rec, "work")


def test_a_profession_before_a_name_is_no_role_on_the_work(nlp):
    rec = run(nlp, "Hulu has ordered Night Larder, a food series. The series was created by "
                   "documentary producer Ilse Moreau.")
    found = roles(rec)
    assert ("Night Larder", "Ilse Moreau", "Creator") in found
    assert ("Night Larder", "Ilse Moreau", "Producer") not in found


def test_a_relative_clause_credit_is_not_the_verb_s_work(nlp):
    rec = run(nlp, "Paul Akers will direct Crossing Lines. Akers co-wrote the script with Hanna "
                   "Sorel, who penned the 2021 Sundance hit Paper Suns.")
    assert ("Paper Suns", "Paul Akers", "Writer") not in roles(rec)


def test_a_quote_attribution_is_no_title(nlp):
    rec = run(nlp, "“I read it in one sitting,” Vega told Deadline. Rosa Vega stars in Crossing "
                   "Lines.")
    assert not any("told" in name for name in entities(rec, "work"))


def test_the_novel_by_x_is_no_credit_on_the_film(nlp):
    rec = run(nlp, "The script for “The Long Field” is by Lucy Voss, based on the 1962 novel by "
                   "Arthur Penn Ross.")
    assert ("The Long Field", "Arthur Penn Ross", "Writer") not in roles(rec)


def test_sources_tell_an_outlet(nlp):
    rec = run(nlp, "Mira Castell is in talks to join “The Long Field,” sources tell The "
                   "Hollywood Reporter.")
    reported = [c for c in rec.claims if c.quote is None]
    assert [name_of(rec, c.author) for c in reported] == ["The Hollywood Reporter"]


def test_a_name_ends_before_the_final_period(nlp):
    rec = run(nlp, "The original “Monster Hour,” released in 1958, starred Boris Thane.\n")
    assert "Boris Thane" in entities(rec, "person")


def test_with_someone_s_company_is_no_co_producer(nlp):
    rec = run(nlp, "Jordan Reyes is directing “Monster Hour.” Blumhouse is producing with "
                   "Reyes' company, Nightfall Films.")
    assert ("Monster Hour", "Jordan Reyes", "Producer") not in roles(rec)


@pytest.mark.parametrize("owner", ["FX", "Apple TV+", "Bellwood Pictures"])
def test_a_studio_s_possessive_is_not_part_of_the_title(nlp, owner):
    rec = run(nlp, f"Tomas Reiner will star in {owner}'s Ironwood, a drama about loggers.")
    assert "Ironwood" in entities(rec, "work")
    assert not any(name.startswith(owner) for name in entities(rec, "work"))


@pytest.mark.parametrize("lede", [
    "Gull Harbor is shuffling its staff for season two.",
    "Gull Harbor will be without one of its stars when it returns for season 4.",
])
def test_a_series_named_as_the_subject_of_its_seasons(nlp, lede):
    rec = run(nlp, f"{lede} Tomas Reiner has been upped to series regular.")
    assert entities(rec, "work") == {"Gull Harbor": "TVSeries"}


def test_a_person_before_another_work_s_seasons_is_no_title(nlp):
    rec = run(nlp, "Tomas Reiner has exited “Gull Harbor” ahead of its third season.")
    assert "Tomas Reiner" in entities(rec, "person")
    assert set(entities(rec, "work")) == {"Gull Harbor"}


def test_a_cast_list_with_semicolons_keeps_every_character(nlp):
    rec = run(nlp, "“Gull Harbor” has added three players. Joining in recurring roles are Ada "
                   "Quill as Corinne Hale, a nurse; Bashir Tamm as Omar Vell, a surgeon; and "
                   "Greer Holm as Jude Kesh, a paramedic.")
    assert set(entities(rec, "character")) == {"Corinne Hale", "Omar Vell", "Jude Kesh"}
    assert role_of(rec, "Gull Harbor", "Bashir Tamm", "Actor")[1] == "Omar Vell"


def test_a_credit_in_parentheses_before_as_leaves_the_part_after_it(nlp):
    rec = run(nlp, "The newcomers will play the regulars: Ana Ruiz (Blue Hour) as Tess Garrity, a "
                   "dealer; Ned Lasko (Overtime) as Dwight Pruitt, a magician.")
    assert set(entities(rec, "character")) == {"Tess Garrity", "Dwight Pruitt"}
    assert {"Blue Hour", "Overtime"} <= set(entities(rec, "work"))


def test_a_description_after_the_parentheses_keeps_the_part_inside(nlp):
    rec = run(nlp, "The cast includes Juno Oakes (Pip Hale) as Bram's younger brother.")
    assert "Pip Hale" in entities(rec, "character")


def test_people_named_by_a_pronoun_with_fewer_parts_than_people(nlp):
    # "They" are two people and one part is named: no part is guessed, nothing breaks
    rec = run(nlp, "Ada Quill and Bo Tamm starred in “Far Signal.” They will return as the "
                   "pilot Rhea Sol in the sequel.")
    assert role_of(rec, "Far Signal sequel", "Ada Quill", "Actor") == ("Expected", None)


# ------------------------------------------------ titles the tagger misses (held-out set, 4th)


def test_a_credit_in_parentheses_before_to_direct_is_her_past_work(nlp):
    rec = run(nlp, "date 2025-02-03 Orion has hired Tova Brisk (The Copper Year) to direct "
                   "Ashgrove, a ghost story set in Ohio.")
    assert role_of(rec, "The Copper Year", "Tova Brisk", "Director")[0] == "Credited"
    assert role_of(rec, "Ashgrove", "Tova Brisk", "Director")[0] == "Confirmed"
    assert "The Copper Year" not in entities(rec, "character")


def test_an_award_for_a_title_names_the_title_only(nlp):
    rec = run(nlp, "date 2025-02-03 Universal has cast Pell Darrow to play the ferryman in "
                   "Ashgrove. Darrow won an Oscar for Brass Harbor (2017).")
    assert "Brass Harbor" in entities(rec, "work")
    assert not [w for w in entities(rec, "work") if "Oscar" in w]
    # no category: the prize was for what the winner does in the article
    assert role_of(rec, "Brass Harbor", "Pell Darrow", "Actor")[0] == "Credited"


def test_the_verb_play_does_not_make_a_title_a_stage_play(nlp):
    rec = run(nlp, "date 2025-02-03 Focus Features has tapped Ilse Marr to play Dora Quint "
                   "in Ashfall.")
    assert entities(rec, "work")["Ashfall"] == "Movie"


@pytest.mark.parametrize("text, title", [
    ("The novels began with 1981's Ember Street and sold millions of copies.", "Ember Street"),
    ("The remake, which carries the working title Night Ferry, shoots in May.", "Night Ferry"),
    ("Corin Vale, whose feature debut Quiet Acres won at Sundance, will produce.",
     "Quiet Acres"),
    ("Maud Ferris and Kit Alder are to lead The Iron Bell for Neon.", "The Iron Bell"),
])
def test_unquoted_titles_the_tagger_calls_something_else(nlp, text, title):
    assert title in entities(run(nlp, "date 2025-02-03 " + text), "work")


def test_a_nationality_before_star_is_no_title(nlp):
    rec = run(nlp, "date 2025-02-03 EXCLUSIVE: Irish actor Conal Reeve and Spanish star Lucia "
                   "Marin are to lead The Iron Bell, the English-language debut of Ana Sol.")
    works = entities(rec, "work")
    assert list(works) == ["The Iron Bell"], works
    assert role_of(rec, "The Iron Bell", "Lucia Marin", "Actor")


@pytest.mark.parametrize("text, titles", [
    ("Lark recurred on NBC's Harbor Nine and guest starred on CBS' Pell Crossing.",
     ["Harbor Nine", "Pell Crossing"]),
    ("Her credits include FX's Saint Olaf and NBC's Late Supper.", ["Saint Olaf", "Late Supper"]),
    ("Dunn starred in Apple TV+'s The Amber Line.", ["The Amber Line"]),
])
def test_a_network_s_title_the_tagger_calls_an_organization(nlp, text, titles):
    rec = run(nlp, "date 2025-02-03 " + text)
    assert sorted(entities(rec, "work")) == sorted(titles)
    assert "Apple TV+" not in entities(rec, "work")


def test_a_network_executive_is_no_title(nlp):
    rec = run(nlp, "date 2025-02-03 Netflix's Dana Frost said the streamer renewed Ironvale.")
    assert "Dana Frost" in entities(rec, "person")


@pytest.mark.parametrize("text, title", [
    ("NBC's baking competition The Last Crumb has found its new host.", "The Last Crumb"),
    ("Hale is leaving to focus on Lucky Streak, CBS' new primetime game show.", "Lucky Streak"),
    ("Starz has landed The Riptide, a six-episode limited series adaptation of a novel.",
     "The Riptide"),
    ("Ada Vance, the showrunner behind the critically adored Glass Towns, is in talks.",
     "Glass Towns"),
    ("Ruiz will reprise her role in Universal's legacy sequel, Night Shift: Overtime.",
     "Night Shift: Overtime"),
    ("Pell Orrin, known for the 2019 haunted-house hit The Still Rooms, will direct.",
     "The Still Rooms"),
])
def test_titles_after_descriptions(nlp, text, title):
    assert title in entities(run(nlp, "date 2025-02-03 " + text), "work")


def test_a_description_with_a_verb_is_no_apposition(nlp):
    rec = run(nlp, "date 2025-02-03 Ansel Moor replaces Tate as Jory Vance, the scheming "
                   "agent Tate played for the show's first two seasons.")
    assert "Jory Vance" not in entities(rec, "work")


def test_a_person_named_oscar_is_no_award(nlp):
    rec = run(nlp, "date 2025-02-03 Oscar Delmont will direct Ashfall for Neon.")
    assert "Academy Awards" not in entities(rec, "org")
    assert "Oscar Delmont" in entities(rec, "person")


def test_a_nickname_in_quotes_is_part_of_no_title(nlp):
    rec = run(nlp, 'date 2025-02-03 Ada Penn played Marjorie "Midge" Hollis in the 1999 comedy '
                   'Twin Peaks Motel. Beatrix "Trix" Okoye, who directed it, told People she '
                   'would return. Okoye said the script is done.')
    works = entities(rec, "work")
    assert "Midge" not in works and "Trix" not in works
    assert entities(rec, "character") == {"Marjorie Hollis": "Character"}
    assert "Beatrix Okoye" in entities(rec, "person")
    assert not [c for c in rec.claims if c.quote in ("Midge", "Trix")]


@pytest.mark.parametrize("text, character", [
    ("The comedy starred Dana Holt as a grumpy state trooper, Sgt. Buck Tallow.", "Buck Tallow"),
    ("Rupert Kingsley, who played Mrs Vole's arch-nemesis, rival inspector Desmond Crane, "
     "died in 2019.", "Desmond Crane"),
    ("The Iron Crown followed Callum Thorne as the exiled Prince Aldric Vane.", "Aldric Vane"),
    ("Jonah Reyes, who played on-again, off-again sweetheart Theodore Marsh, met his wife on "
     "set.", "Theodore Marsh"),
    ("Peter Haskin played her grumpy landlord-turned-love interest, August Brenner.",
     "August Brenner"),
])
def test_a_part_after_a_description(nlp, text, character):
    rec = run(nlp, "date 2025-02-03 " + text)
    assert character in entities(rec, "character")
    assert character not in entities(rec, "person")


def test_joining_a_person_as_a_regular_is_no_part(nlp):
    rec = run(nlp, "date 2025-02-03 Joining Monroe as a series regular is Theo Castell, who "
                   "will play Wes Harlan in Ironvale.")
    assert "Theo Castell" in entities(rec, "person")
    assert "Theo Castell" not in entities(rec, "character")


def test_a_surname_the_tagger_missed_is_no_title(nlp):
    rec = run(nlp, "date 2025-02-03 EXCLUSIVE: Gemma Orlov-Tate and Theo Lasko join the cast of "
                   "Last Call at the Starlight.\n\nOrlov-Tate earned an Emmy nomination in 2022.")
    assert "Orlov-Tate" not in entities(rec, "work")
    assert role_of(rec, "Last Call at the Starlight", "Gemma Orlov-Tate", "Actor")


def test_the_verb_play_before_a_colon_names_no_title(nlp):
    rec = run(nlp, "date 2025-02-03 Dana Holt and Mark Ivers join the cast of Night Circuit. "
                   "The newcomers will play its regulars: Holt as Tess Garrity and Ivers as Walt "
                   "Fenner.")
    assert list(entities(rec, "work")) == ["Night Circuit"]


def test_an_apposition_with_a_hyphened_adjective_names_the_title(nlp):
    rec = run(nlp, "date 2025-02-03 Orion is moving forward with Larkspur, its long-gestating "
                   "adaptation of the spy novels, with Noor Hadley set to star. The books began "
                   "with 1974's Larkspur Rising.")
    assert {"Larkspur", "Larkspur Rising"} <= set(entities(rec, "work"))
    assert role_of(rec, "Larkspur", "Noor Hadley", "Actor")


def test_a_cast_list_after_a_colon_gives_each_actor_a_part(nlp):
    rec = run(nlp, "date 2025-02-03 Dana Holt and Mark Ivers join the cast of Night Circuit. "
                   "The newcomers will play its regulars: Holt (Blue Hour) as Tess Garrity and "
                   "Ivers as Walt Fenner.")
    assert role_of(rec, "Night Circuit", "Dana Holt", "Actor") == ("Confirmed", "Tess Garrity")
    assert role_of(rec, "Night Circuit", "Mark Ivers", "Actor") == ("Confirmed", "Walt Fenner")
    assert role_of(rec, "Blue Hour", "Dana Holt", "Actor")[0] == "Credited"
    assert "Holt" not in entities(rec, "character")


@pytest.mark.parametrize("text, title", [
    ("It's been 25 years since Marla & Jun's Road to Ruin sent two friends across Utah.",
     "Marla & Jun's Road to Ruin"),
    ("It's been 20 years since Copperline Protocol turned a heist thriller into a hit.",
     "Copperline Protocol"),
    ("Lilac Lane Avenue is getting a song-and-dance makeover, and its star is back.",
     "Lilac Lane Avenue"),
])
def test_a_lede_that_names_a_work_by_what_it_did(nlp, text, title):
    assert title in entities(run(nlp, "date 2025-02-03 " + text), "work")


def test_years_since_a_person_did_something_names_no_work(nlp):
    rec = run(nlp, "date 2025-02-03 It's been ten years since Dana Holt won an Oscar.")
    assert not entities(rec, "work")
    assert "Dana Holt" in entities(rec, "person")


def test_the_firms_of_a_representation_line_are_organizations(nlp):
    rec = run(nlp, "date 2025-02-03 Dana Holt will star in Ashfall. Holt is repped by CAA, "
                   "Range Media Partners and attorney Greta Maur. Wren is with WME and Lichter "
                   "Brandvold; Okafor by APA and Artists First. Ives is repped by UTA and "
                   "attorney Lena Cho of Hansen Jacobson.")
    orgs, people = entities(rec, "org"), entities(rec, "person")
    for firm in ("CAA", "Range Media Partners", "WME", "Lichter Brandvold", "APA",
                 "Artists First", "UTA", "Hansen Jacobson"):
        assert firm in orgs and firm not in people
    assert {"Greta Maur", "Lena Cho"} <= set(people)


def test_a_work_that_stars_people_and_a_list_that_co_stars(nlp):
    rec = run(nlp, "date 2025-02-03 Set in Ohio, Ironvale stars Maya Cole as Joanna Pike. "
                   "Tess Whitlow and Ian Falk co-star.")
    assert "Ironvale" in entities(rec, "work")
    assert role_of(rec, "Ironvale", "Maya Cole", "Actor") == ("Confirmed", "Joanna Pike")
    assert role_of(rec, "Ironvale", "Tess Whitlow", "Actor")[0] == "Confirmed"
    assert role_of(rec, "Ironvale", "Ian Falk", "Actor")[0] == "Confirmed"


def test_a_pronoun_after_an_inverted_subject(nlp):
    rec = run(nlp, "date 2025-02-03 Rafael Duarte and Oren Falk co-star in the drama Ironvale. "
                   "Stepping into the void is Whitney Sable, who has been cast as a series "
                   "regular. She will play Renata Oduya, a district administrator.")
    assert role_of(rec, "Ironvale", "Whitney Sable", "Actor")[1] == "Renata Oduya"
    assert role_of(rec, "Ironvale", "Rafael Duarte", "Actor")[1] is None


def test_known_for_playing_is_a_credit(nlp):
    rec = run(nlp, "date 2025-02-03 Whitney Sable has joined the drama Ironvale as Renata "
                   "Oduya. Sable is known for playing Lily Baptiste on CBS' Pelham Bay.")
    assert role_of(rec, "Pelham Bay", "Whitney Sable", "Actor") == ("Credited", "Lily Baptiste")


def test_a_colon_before_a_person_names_no_title(nlp):
    rec = run(nlp, "date 2025-02-03 Ironvale will have a new showrunner when the series "
                   "returns: Alicia Marrow, who wrote four episodes, is taking over.")
    assert "Alicia Marrow" in entities(rec, "person")
    assert "Alicia Marrow" not in entities(rec, "work")


def test_a_studio_s_upcoming_remake_and_an_actor_before_as(nlp):
    rec = run(nlp, "date 2025-02-03 Gwen Talbot is in talks to appear in Warner Bros.' "
                   "upcoming remake, Beneath the Stairs. The 1987 original starred Renata Cole "
                   "as Violet Amsel.")
    works = entities(rec, "work")
    assert "Beneath the Stairs" in works
    assert not [w for w in works if "Warner" in w or "Renata" in w], works
    assert role_of(rec, "Beneath the Stairs", "Gwen Talbot", "Actor")[0] == "InTalks"


def test_a_description_the_tagger_reads_as_a_verb(nlp):
    rec = run(nlp, "date 2025-02-03 Celia Brandt, who played uptight bridesmaid Marnie Fisk in "
                   "the 1999 comedy Long Road Home, has confirmed she is returning for a sequel.")
    assert "Marnie Fisk" in entities(rec, "character")
    assert "Marnie Fisk" not in entities(rec, "person")


def test_sources_told_an_outlet_is_no_part(nlp):
    rec = run(nlp, "date 2025-02-03 Focus is eyeing Wendell Ashe for the role of the widow's "
                   "son in Low Tide, sources told THR, though no offer has been made.")
    assert "THR" not in entities(rec, "character")


def test_a_rank_s_period_ends_no_sentence_in_a_cast_list(nlp):
    rec = run(nlp, "date 2025-02-03 The comedy Long Road Home starred Dev Kapoor as her fiance, "
                   "Trevor Bright; Louis Farran as a grumpy state trooper, Sgt. Buck Tillman; and "
                   "Ada Mercer as her aunt, Rhoda Fisk.")
    assert role_of(rec, "Long Road Home", "Ada Mercer", "Actor")[1] == "Rhoda Fisk"
    assert role_of(rec, "Long Road Home", "Louis Farran", "Actor")[1] == "Buck Tillman"


def test_a_work_from_an_earlier_year_is_a_credit(nlp):
    rec = run(nlp, "date 2025-02-03 Hal Greer, who went on to direct the 2006 thriller Salt "
                   "Pans, will direct the sequel to Long Road Home.")
    assert role_of(rec, "Salt Pans", "Hal Greer", "Director")[0] == "Credited"


def test_a_pronoun_speaker_is_who_said_something_before(nlp):
    rec = run(nlp, 'date 2025-02-03 Actress Celia Brandt will return for the Long Road Home '
                   'sequel.\n\nAda Mercer died in 2020, and Brandt said the sequel will honor '
                   'her. "There is no version of this movie without Ada," she told Us Weekly.')
    claim = next(c for c in rec.claims if c.quote and c.quote.startswith("There is"))
    assert name_of(rec, claim.author) == "Celia Brandt"


def test_a_surname_the_tagger_took_alone_for_a_product(nlp):
    rec = run(nlp, "date 2025-02-03 The original Larkspur Lane starred Renata Colet as Violet "
                   "Amsel. Colet, 64, told People she would love a cameo.")
    assert "Renata Colet" in entities(rec, "person")


def test_a_place_named_twice_is_no_person(nlp):
    rec = run(nlp, "date 2025-02-03 The musical Larkspur Lane opens in New York in May, and "
                   "New York critics are waiting.")
    assert "New York" not in entities(rec, "person")


def test_a_song_and_dance_makeover_is_no_song(nlp):
    rec = run(nlp, "date 2025-02-03 Larkspur Lane Avenue is getting a song-and-dance makeover.")
    assert entities(rec, "work")["Larkspur Lane Avenue"] == "Movie"


def test_a_breakout_turn_is_an_acting_credit_and_not_the_news(nlp):
    rec = run(nlp, "date 2024-03-12 EXCLUSIVE: Maren Holt, coming off her breakout turn in The "
                   "Quiet Season, has signed on to star in Harbor Lights.")
    assert role_of(rec, "Harbor Lights", "Maren Holt", "Actor")[0] == "Confirmed"
    assert role_of(rec, "The Quiet Season", "Maren Holt", "Actor")[0] == "Credited"
    assert entities(rec, "work")["Harbor Lights"] == "Movie"  # "Season" is not its word


def test_exec_producing_is_executive_producing(nlp):
    rec = run(nlp, "date 2024-03-12 Bradley Fenn will produce Harbor Lights, with Delia Okafor "
                   "exec producing.")
    assert role_of(rec, "Harbor Lights", "Delia Okafor", "ExecutiveProducer")


def test_with_a_person_on_board_to_direct(nlp):
    rec = run(nlp, "date 2024-03-12 Dana Holt has signed on to star in Harbor Lights, a "
                   "thriller that Lionsgate is fast-tracking with Tobias Wren on board to direct.")
    assert role_of(rec, "Harbor Lights", "Tobias Wren", "Director")
    assert ("Harbor Lights", "Dana Holt", "Director") not in roles(rec)


@pytest.mark.parametrize("sentence, work, status", [
    ("Ivo Brandt, who most recently recurred on Hulu's Good Neighbors, is repped by APA.",
     "Good Neighbors", "Credited"),
    ("Brandt previously starred in Apple TV+'s The Glass Meridian and recurred on NBC's "
     "Hollow Point.", "Hollow Point", "Credited"),
    ("Brandt was last seen in Apple's war film Tin Soldiers.", "Tin Soldiers", "Credited"),
    ("Brandt, who headlined FX's Ironwood for three seasons, is repped by APA.", "Ironwood",
     "Credited"),
    ("Brandt recently wrapped Focus Features' The Undertaking.", "The Undertaking", "Confirmed"),
])
def test_acting_verbs_that_need_a_title(nlp, sentence, work, status):
    rec = run(nlp, f"date 2024-03-01 Ivo Brandt will star in Harbor Lights. {sentence}")
    assert role_of(rec, work, "Ivo Brandt", "Actor")[0] == status


def test_wrapped_opposite_a_co_star_and_a_shoot_that_wrapped(nlp):
    rec = run(nlp, "date 2024-03-01 Juno Pell will star in Harbor Lights. Pell recently wrapped "
                   "Focus Features' The Undertaking opposite Marcus Albright.")
    assert role_of(rec, "The Undertaking", "Marcus Albright", "Actor")[0] == "Confirmed"
    rec = run(nlp, "date 2024-03-01 The crew wrapped the shoot in May. Nadia Rhee will star in "
                   "Harbor Lights.")
    assert [r for r in roles(rec) if r[2] == "Actor"] == [("Harbor Lights", "Nadia Rhee", "Actor")]


def test_a_common_first_name_makes_a_person_of_what_the_tagger_called_a_company(nlp):
    rec = run(nlp, "date 2024-03-01 Peacock has ordered Cold Harbor, a drama. Created by "
                   "playwright Nadia Feld, the eight-episode series follows a harbor pilot. Feld "
                   "serves as showrunner and executive produces alongside Marcus Avery.")
    people = entities(rec, "person")
    assert people.keys() >= {"Nadia Feld", "Marcus Avery"}
    assert "Nadia Feld" not in entities(rec, "work")
    assert role_of(rec, "Cold Harbor", "Marcus Avery", "ExecutiveProducer")


def test_given_names_are_common_first_names_only():
    from kg.extract.given_names import is_given_name

    assert is_given_name("Nadia") and is_given_name("marcus")
    assert not any(is_given_name(w) for w in ("Winter", "Mercy", "Warner", "Saltwater"))


def test_a_sequel_named_by_its_number_and_its_first_film(nlp):
    rec = run(nlp, "date 2024-02-22 Storm Harbor 2 is officially happening. Ida Marsh, who "
                   "directed the 2018 original, will return to direct. When we first saw Storm "
                   "Harbor, it was a surprise hit.")
    sequel, first = work_of(rec, "Storm Harbor 2"), work_of(rec, "Storm Harbor")
    assert sequel.sequel_of == first.id
    assert role_of(rec, "Storm Harbor 2", "Ida Marsh", "Director")[0] == "Confirmed"
    assert role_of(rec, "Storm Harbor", "Ida Marsh", "Director")[0] == "Credited"


@pytest.mark.parametrize("text", [
    "date 2024-02-22 Season 2 of Cold Harbor premieres in May, with 2 million viewers.",
    "date 2024-02-22 Ida Marsh, 64, will direct Cold Harbor.",
])
def test_a_count_or_an_age_numbers_no_title(nlp, text):
    assert not [w for w in entities(run(nlp, text), "work") if w[-1:].isdigit()]


def test_a_pair_s_character_is_the_name_later_given_as_a_part(nlp):
    rec = run(nlp, "date 2024-02-22 The thriller trapped detective Colm Brannigan (Rafe Donnelly) "
                   "on a ferry. Rafe Donnelly is confirmed to return as Brannigan.")
    assert entities(rec, "character").get("Colm Brannigan") == "Character"
    assert entities(rec, "person").get("Rafe Donnelly") == "Person"


def test_a_streamer_after_a_work_noun_is_no_title(nlp):
    rec = run(nlp, "date 2025-07-02 The streamer has greenlit The Velvet Room, a film. Series "
                   "creator Odette Lachance-Morrow will write and direct the film, Netflix "
                   "confirmed on Wednesday. Lachance-Morrow said she was grateful.")
    works = entities(rec, "work")
    assert "Netflix" not in works and "Series" not in works
    assert entities(rec, "org").get("Netflix") == "Organization"
    assert role_of(rec, "The Velvet Room", "Odette Lachance-Morrow", "Director")
    assert "Lachance-Morrow" not in entities(rec, "org")  # her hyphened surname alone


def test_a_middle_initial_ends_no_sentence(nlp):
    doc = nlp("The film will reunite its trio: Bea Okoye as Hazel Marsh, Rufus T. Abernathy as "
              "Sonny Greaves, and Clem Hart as Opal Marsh. It shoots in May.")
    assert [s.text.split()[0] for s in doc.sents] == ["The", "It"]


def test_an_owner_with_a_year_and_a_title_with_a_year_after_it(nlp):
    rec = run(nlp, "date 2025-07-02 Rafe Dela will direct Saltwound, an adaptation of Oona "
                   "Feld's 1998 novel Salt in the Wound. There was Fever Season in 2013, the "
                   "thriller directed by her brother.")
    works = entities(rec, "work")
    assert "Oona Feld" not in works and "Fever Season in 2013" not in works
    assert "Fever Season" in works


def test_a_cast_list_on_any_verb(nlp):
    rec = run(nlp, "date 2025-07-02 Netflix has greenlit The Velvet Room, a film. The film will "
                   "reunite the show's core trio: Beatrice Okoye as nightclub owner Hazel "
                   "Marchbanks, Rufus T. Abernathy as bandleader Sonny Greaves, and Clem Hart "
                   "as Hazel's younger sister, Opal Marchbanks.")
    assert role_of(rec, "The Velvet Room", "Beatrice Okoye", "Actor")[1] == "Hazel Marchbanks"
    assert role_of(rec, "The Velvet Room", "Rufus T. Abernathy", "Actor")[1] == "Sonny Greaves"
    assert role_of(rec, "The Velvet Room", "Clem Hart", "Actor")[1] == "Opal Marchbanks"


def test_one_name_as_a_title_is_no_cast_list(nlp):
    rec = run(nlp, "date 2025-07-02 Netflix has greenlit The Velvet Room, a film. Ida Roe, known "
                   "to fans as Hazel Marchbanks, attended the premiere.")
    assert ("The Velvet Room", "Ida Roe", "Actor") not in roles(rec)


def test_what_a_network_renews_is_a_series(nlp):
    rec = run(nlp, "date 2021-06-08 NBC has renewed Engine 44 for a second season. Ida Roe, who "
                   "played paramedic Josie Kalinski, is exiting the series.")
    assert entities(rec, "work").get("Engine 44") == "TVSeries"
    assert role_of(rec, "Engine 44", "Ida Roe", "Actor") == ("Credited", "Josie Kalinski")


@pytest.mark.parametrize("text, name", [
    ("date 2024-01-01 Adaeze Cole-Whitford will direct Harbor Lights.", "Adaeze Cole-Whitford"),
    ("date 2024-01-01 Inés Barragán and Ana Pardo will star in Harbor Lights.", "Inés Barragán"),
    ("date 2024-01-01 The original film starred Renata Cole as Violet Amsel, a florist.",
     "Renata Cole"),
])
def test_hyphened_and_accented_names(nlp, text, name):
    assert entities(run(nlp, text), "person").get(name) == "Person"


def test_executive_producers_listed_after_alongside(nlp):
    rec = run(nlp, "date 2024-01-01 NBC has renewed Engine 44. Warren Ossig executive produces "
                   "alongside his brother, Ted Ossig, as well as Keisha Orr and Greta Holm of "
                   "Lodestar Television.")
    for name in ("Ted Ossig", "Keisha Orr", "Greta Holm"):
        assert role_of(rec, "Engine 44", name, "ExecutiveProducer")


@pytest.mark.parametrize("sentence, person, rtype, status", [
    ("Keisha Orr, who wrote four episodes, has been promoted to showrunner.", "Keisha Orr",
     "Showrunner", "Confirmed"),
    ("Keon Ridley, who recurred in season 3, has been upped to series regular.", "Keon Ridley",
     "Actor", "Confirmed"),
])
def test_promoted_to_a_capacity(nlp, sentence, person, rtype, status):
    rec = run(nlp, f"date 2024-01-01 NBC has renewed Engine 44. {sentence}")
    assert role_of(rec, "Engine 44", person, rtype)[0] == status


def test_a_series_regular_on_another_show_and_a_credit_in_parentheses(nlp):
    rec = run(nlp, "date 2024-01-01 NBC has renewed Engine 44. Calvin Mensah was a series "
                   "regular on Hulu's Halfway to Clover. The series comes from creator Bea "
                   "Solano (The Ferry Hours), who will serve as showrunner.")
    assert role_of(rec, "Halfway to Clover", "Calvin Mensah", "Actor")[0] == "Credited"
    assert role_of(rec, "Engine 44", "Bea Solano", "Creator")


def test_two_first_names_share_a_surname(nlp):
    rec = run(nlp, "date 2024-01-01 Joe and Anthony Russo will direct Harbor Lights.")
    assert role_of(rec, "Harbor Lights", "Joe Russo", "Director")
    assert role_of(rec, "Harbor Lights", "Anthony Russo", "Director")
    rec = run(nlp, "date 2024-01-01 Netflix and Ana Ruiz will make Harbor Lights.")
    assert "Netflix Ruiz" not in entities(rec, "person")


@pytest.mark.parametrize("sentence, person, character", [
    ("Ola Adeyemi will guest star in the season premiere as a fire investigator named Ray Odum.",
     "Ola Adeyemi", "Ray Odum"),
    ("Paloma Iturbe-Vance will recur as Nadia Kalinski, Josie's younger sister.",
     "Paloma Iturbe-Vance", "Nadia Kalinski"),
])
def test_guest_stars_and_recurring_parts(nlp, sentence, person, character):
    rec = run(nlp, f"date 2024-01-01 NBC has renewed Engine 44. {sentence}")
    assert role_of(rec, "Engine 44", person, "Actor")[1] == character


def test_seen_opposite_a_co_star_in_a_title(nlp):
    rec = run(nlp, "date 2024-01-01 Focus has won Lowwater. Tessa Hunt will next be seen opposite "
                   "Rafe Okonkwo in Netflix's limited series The Salt Wives.")
    assert role_of(rec, "The Salt Wives", "Tessa Hunt", "Actor")
    assert role_of(rec, "The Salt Wives", "Rafe Okonkwo", "Actor")


def test_a_sentence_that_says_it_is_confirmed_confirms(nlp):
    rec = run(nlp, "date 2025-07-02 Netflix has greenlit The Velvet Room, a film. Ida Roe will "
                   "direct the film, Netflix confirmed in a statement on Wednesday. Separately, "
                   "Variety reports that Lou Marsh will produce.")
    assert role_of(rec, "The Velvet Room", "Ida Roe", "Director")[0] == "Confirmed"
    assert role_of(rec, "The Velvet Room", "Lou Marsh", "Producer")[0] == "Expected"


def test_a_quoted_title_after_an_owner_is_no_nickname_and_keeps_its_possessive(nlp):
    rec = run(nlp, "date 2024-01-01 Ida Roe earned a nomination for the play “A Tenant of Mercy” "
                   "and next appears in Hulu’s “Nightjar Crossing.” The Roes made the 2021 "
                   "Netflix comedy “Weekend at Orson’s.”")
    works = entities(rec, "work")
    assert "Nightjar Crossing" in works and "Weekend at Orson's" in works
    assert not [p for p in entities(rec, "person") if "Hulu" in p]


@pytest.mark.parametrize("sentence, title", [
    ("He spent six years writing for CBS’s procedural Code Three Dispatch, then left.",
     "Code Three Dispatch"),
    ("He has since directed episodes of BBC One's hospital series Ward Nine West.",
     "Ward Nine West"),  # a title that starts with a first name, after its genre
])
def test_a_title_after_a_network_s_genre_noun(nlp, sentence, title):
    rec = run(nlp, f"date 2024-01-01 NBC has renewed Engine 44. {sentence}")
    assert title in entities(rec, "work")


@pytest.mark.parametrize("text, character", [
    ("date 2024-01-01 Nell Okafor’s chilling turn as the sea witch Mother Sable made her a "
     "household name.", "Mother Sable"),
    ("date 2024-01-01 Kit Harrow, best known as Nurse Tilly Brogan on the BBC soap Ashford "
     "Green, wants the role.", "Tilly Brogan"),
    ("date 2024-01-01 The 2004 film starred Cora Dell as Vivian Marsh, who falls for a boat "
     "mechanic, Eli Cutter, played by Theo Hughes.", "Eli Cutter"),
])
def test_parts_after_a_turn_a_known_as_and_before_played_by(nlp, text, character):
    rec = run(nlp, text)
    assert entities(rec, "character").get(character) == "Character"
    assert character not in entities(rec, "person")


def test_one_pronoun_one_referent_in_a_sentence_and_a_maker_after_from_the(nlp):
    rec = run(nlp, "date 2024-01-01 Ida Roe is busy. In November she begins shooting Low Tide at "
                   "Carrow, a thriller for A24 from the Irish filmmaker Isaac Brennard, in which "
                   "she is set to play Agnes Moule.")
    assert role_of(rec, "Low Tide at Carrow", "Ida Roe", "Actor")[1] == "Agnes Moule"
    assert role_of(rec, "Low Tide at Carrow", "Isaac Brennard", "Director")
    assert ("Low Tide at Carrow", "Isaac Brennard", "Actor") not in roles(rec)


def test_what_a_streamer_orders_is_a_work(nlp):
    rec = run(nlp, "date 2024-01-01 In January, Hulu ordered Kingsbridge Road: Night Shift, a "
                   "spin-off, with original star Marcus Thibo reprising his role as Dr. "
                   "Elliot Kwan.")
    assert role_of(rec, "Kingsbridge Road: Night Shift", "Marcus Thibo", "Actor")[1] == \
        "Elliot Kwan"


@pytest.mark.parametrize("text, title", [
    ("date 2024-01-01 Ida Moss, who starred as Cassidy Lowe in the 2005 teen comedy Summer at "
     "Kettle Lake, told Entertainment Tonight she would return.", "Summer at Kettle Lake"),
    ("date 2024-01-01 It is Renzi’s first feature since “Ferro e Miele” (2015), which played in "
     "competition.", "Ferro e Miele"),
])
def test_a_title_that_starts_like_a_date_or_has_foreign_small_words(nlp, text, title):
    assert title in entities(run(nlp, text), "work")


@pytest.mark.parametrize("text, title", [
    ("date 2024-01-01 Ida Roe joined the Ember Falls cast last year.", "Ember Falls"),
    ("date 2024-01-01 The Ember Falls franchise has grossed $1 billion. Ember Falls is back.",
     "Ember Falls"),
    ("date 2024-01-01 Ida Roe wrapped production on Ember Falls last month.", "Ember Falls"),
    ("date 2024-01-01 Ida Roe is also attached to Ember Falls, a Western.", "Ember Falls"),
    ("date 2024-01-01 Lantern Hollow was one of the breakout horror hits of 2017.",
     "Lantern Hollow"),
    ("date 2024-01-01 Sear Me Out is getting a new host. Ida Roe is stepping away.",
     "Sear Me Out"),
])
def test_slots_only_a_work_fills(nlp, text, title):
    assert title in entities(run(nlp, text), "work")


@pytest.mark.parametrize("text", [
    "date 2024-01-01 Taylor Swift fans and the Tom Hale cast were there. The Los Angeles "
    "premiere is Friday.",
    "date 2024-01-01 Anouk Delacourt fans were there. Delacourt waved.",
    "date 2024-01-01 Plans for the sequel are secret. New to the cast is Ida Roe.",
])
def test_people_places_and_sentence_words_fill_no_work_slot(nlp, text):
    assert not entities(run(nlp, text), "work")


def test_a_credit_title_in_parentheses_with_small_words_and_talks_with_a_person(nlp):
    rec = run(nlp, "date 2016-02-10 EXCLUSIVE: Warner Bros. is in negotiations with Callum Fay "
                   "(Eleven Minutes to Dawn) to direct The Harrowgate Affair, the studio's "
                   "adaptation.")
    assert role_of(rec, "The Harrowgate Affair", "Callum Fay", "Director")[0] == "InTalks"
    assert role_of(rec, "Eleven Minutes to Dawn", "Callum Fay", "Director")[0] == "Credited"


def test_a_quoted_credit_in_parentheses(nlp):
    rec = run(nlp, "date 2016-02-10 Netflix is making “Bishop & Vane.” Grady Poll (“The Iron "
                   "Mile”) has also boarded the cast as the casino owner, Lucius Crane.")
    assert role_of(rec, "The Iron Mile", "Grady Poll", "Actor")[0] == "Credited"
    assert role_of(rec, "Bishop & Vane", "Grady Poll", "Actor")[1] == "Lucius Crane"


@pytest.mark.parametrize("sentence, work, person, rtype", [
    ("A version with Beatrix Lane, star of Fahy's horror film Dark Corridor, stalled.",
     "Dark Corridor", "Beatrix Lane", "Actor"),
    ("Ida Roe, director of the 2019 hit Salt Flats, will helm.", "Salt Flats", "Ida Roe",
     "Director"),
])
def test_a_name_then_a_trade_noun_of_a_title(nlp, sentence, work, person, rtype):
    rec = run(nlp, f"date 2024-01-01 Amazon is making Kingfisher. {sentence}")
    assert role_of(rec, work, person, rtype)[0] == "Credited"


def test_a_numbered_title_in_a_list_and_an_agency_with_a_number(nlp):
    rec = run(nlp, "date 2024-01-01 CBS renewed Fallow Creek, Dispatch 19 and The Lanes. "
                   "Achterberg is with WME and Management 360.")
    works = entities(rec, "work")
    assert {"Fallow Creek", "Dispatch 19"} <= set(works) and "Management 360" not in works


def test_a_person_who_stars_as_a_part_is_no_title_but_the_x_star_names_one(nlp):
    rec = run(nlp, "date 2024-01-01 Ada Nwosu stars as Georgia Kettle. The Palm Row star, 41, "
                   "appeared on TV. The Season 2 premiere is in May.")
    assert set(entities(rec, "work")) == {"Palm Row"}


def test_someone_from_the_original_who_wants_back_in_is_interested(nlp):
    rec = run(nlp, "date 2024-01-01 A sequel to Midnight at the Palomino is in the works. The "
                   "1987 original starred Jon Ferrante as Dale Whitaker. Ferrante, who went on to "
                   "other shows, has long said he'd be up for it.")
    assert role_of(rec, "Midnight at the Palomino sequel", "Jon Ferrante", "Actor") == (
        "Interested", "Dale Whitaker")
    rec = run(nlp, "date 2024-01-01 A sequel to Midnight at the Palomino is in the works. The "
                   "1987 original starred Jon Ferrante as Dale Whitaker. Ferrante now runs a bar.")
    assert ("Midnight at the Palomino sequel", "Jon Ferrante", "Actor") not in roles(rec)


@pytest.mark.parametrize("text, title", [
    ("date 2021-08-03 Fifteen years after Sunday Girls rolled into theaters, Danica Rourke is "
     "still waiting.", "Sunday Girls"),
    ("date 2021-08-03 So far, nobody has. Sunday Girls, directed by Noreen Healy-Barnes, did "
     "modest business.", "Sunday Girls"),
    ("date 2021-08-03 There is also her debut. Little Lighthouses, which she wrote and directed "
     "last summer, stars her mother.", "Little Lighthouses"),
    ("date 2021-08-03 Then came Saint Agathe in 2021, in which she played a novice nun.",
     "Saint Agathe"),
    ("date 2021-08-03 Ida Roe (The Quiet Rooms) will play Luca Ferri, a detective.",
     "The Quiet Rooms"),
])
def test_a_title_a_clause_says_was_made(nlp, text, title):
    assert title in entities(run(nlp, text), "work")


def test_a_person_place_or_company_a_clause_describes_is_no_title(nlp):
    rec = run(nlp, "date 2021-08-03 Ida Roe, who directed it, spoke. Los Angeles, where she "
                   "lives, is hot. Netflix, which produced it, is happy.")
    assert not entities(rec, "work")


def test_a_studio_eyeing_someone_to_direct_or_for_the_lead(nlp):
    rec = run(nlp, "date 2019-01-01 Summit is making the thriller Hollow Stars. The studio is "
                   "eyeing Tom Voss to direct. Summit is also eyeing Beckett Hale for the lead "
                   "role.")
    assert role_of(rec, "Hollow Stars", "Tom Voss", "Director")[0] == "Rumored"
    assert role_of(rec, "Hollow Stars", "Beckett Hale", "Actor")[0] == "Rumored"


def test_returns_as_read_as_a_noun_and_is_back_as(nlp):
    rec = run(nlp, "date 2019-01-01 Universal is making Drowned Harbor 2, the sequel to Drowned "
                   "Harbor. Priya Malhotra-Quinn returns as Detective Nora Quill, and Desmond "
                   "Okoro is back as her long-suffering partner, Ray Castellan.")
    assert role_of(rec, "Drowned Harbor 2", "Priya Malhotra-Quinn", "Actor") == (
        "Confirmed", "Nora Quill")
    assert role_of(rec, "Drowned Harbor 2", "Desmond Okoro", "Actor") == (
        "Confirmed", "Ray Castellan")
    assert role_of(rec, "Drowned Harbor", "Desmond Okoro", "Actor")[0] == "Credited"


def test_a_title_of_two_names_joined_by_and_sign(nlp):
    rec = run(nlp, "date 2014-05-16 Protagonist Pictures has boarded sales on Marlow & Finch, a "
                   "heist comedy. Gregor Baillie and Ottilie Fairbanks star as Jack Marlow and "
                   "Winnie Finch, two piano tuners.")
    assert "Marlow & Finch" in entities(rec, "work")
    assert role_of(rec, "Marlow & Finch", "Gregor Baillie", "Actor")


def test_a_representation_line_that_names_the_next_client_inside_a_list(nlp):
    rec = run(nlp, "date 2020-01-01 Ida Roe stars. Ashcombe is repped by UTA and Ziffren "
                   "Brittenham, and Pratt by Gersh.")
    orgs = entities(rec, "org")
    assert {"UTA", "Ziffren Brittenham", "Gersh"} <= set(orgs)
    assert not [o for o in orgs if " by " in o]


def test_festivals_and_agencies_by_their_initials(nlp):
    rec = run(nlp, "date 2020-01-01 Ida Roe stars in Cold Harbor, which premiered at SXSW. Roe "
                   "is with CAA. The film later played at TIFF.")
    assert {"SXSW", "CAA", "TIFF"} <= set(entities(rec, "org"))


def test_two_characters_sharing_a_surname_after_as(nlp):
    rec = run(nlp, "date 2020-01-01 Paramount+ is reviving the sitcom Hartley Heights. Original "
                   "stars Gordon Pell and Renata Vukovic will reprise their roles as Walt and "
                   "Donna Hartley, now empty-nesters.")
    assert {"Walt Hartley", "Donna Hartley"} <= set(entities(rec, "character"))
    assert "Walt Hartley" not in entities(rec, "person")
    assert role_of(rec, "Hartley Heights", "Gordon Pell", "Actor")[1] == "Walt Hartley"


def test_double_barrelled_character_keeps_both_names(nlp):
    rec = run(nlp, "date 2024-01-01 Tessa Moran, who played chief of surgery Margaret "
                   "Ashby-Quinn in Westbrook General, will star in Harbor Lights.")
    assert entities(rec, "character").get("Margaret Ashby-Quinn") == "Character"
    assert role_of(rec, "Westbrook General", "Tessa Moran", "Actor")[1] == \
        "Margaret Ashby-Quinn"


def test_name_after_opposite_is_a_costar_not_the_part(nlp):
    rec = run(nlp, "date 2024-01-01 In Harbor Lights, Tessa Moran plays a widowed tailor "
                   "opposite Hugo Falstaff-Reid.")
    assert entities(rec, "person").get("Hugo Falstaff-Reid") == "Person"
    assert "Hugo Falstaff-Reid" not in entities(rec, "character")


def test_title_before_an_owners_apposition(nlp):
    rec = run(nlp, "date 2025-02-11 The scene is for High Water Mark, Universal Pictures' "
                   "disaster drama about a flooded town, in which Tessa Moran plays a surgeon.")
    assert "High Water Mark" in entities(rec, "work")


@pytest.mark.parametrize("text, title", [
    ("date 2022-06-29 Fans rejoice.\n\nReleased in 2017, Ironbark was a surprise smash for "
     "the studio.", "Ironbark"),
    ("date 2022-06-29 It's official: Ironbark: The Last Watch is coming to theaters on "
     "March 8, 2024.", "Ironbark: The Last Watch"),
    ("date 2022-06-29 The Quiet Field hits Netflix on Friday.", "The Quiet Field"),
])
def test_titles_said_to_be_a_hit_or_released(nlp, text, title):
    assert title in entities(run(nlp, text), "work")


def test_a_person_coming_to_broadway_is_no_title(nlp):
    rec = run(nlp, "date 2022-06-29 Maya Lund is coming to Broadway next spring.")
    assert entities(rec, "person").get("Maya Lund") == "Person"


def test_a_sequel_wished_for_late_in_a_profile_is_of_the_work_named_there(nlp):
    rec = run(nlp, "date 2025-02-11 Tessa Moran is having a moment.\n\nShe stars in High "
                   "Water Mark, a disaster drama, as a surgeon.\n\nShe trained for months.\n\n"
                   "She rarely rests.\n\nMoran saw Starfall Academy, the 2023 teen hit, three "
                   "times, and she has a pitch for the sequel.")
    assert role_of(rec, "High Water Mark", "Tessa Moran", "Actor")
    assert work_of(rec, "Starfall Academy sequel").sequel_of == work_of(rec, "Starfall Academy").id


@pytest.mark.parametrize("text, person, status", [
    ("Hollis Granger is in final negotiations to play Bishop's long-suffering ex-wife.",
     "Hollis Granger", "InTalks"),
    ("Tom Reyes will play Silas Crane, an eel-catcher; Maud Ebbrell will play his mother.",
     "Maud Ebbrell", "Expected"),
])
def test_a_part_named_by_kinship_is_an_acting_role(nlp, text, person, status):
    rec = run(nlp, f"date 2024-05-01 Paramount is making Harbor Lights, a thriller.\n\n{text}")
    assert role_of(rec, "Harbor Lights", person, "Actor") == (status, None)


def test_playing_a_role_in_something_is_no_part(nlp):
    rec = run(nlp, "date 2024-05-01 Paramount is making Harbor Lights, a thriller.\n\n"
                   "Tom Reyes will play a key role in his brother's campaign.")
    assert not any(k[1] == "Tom Reyes" for k in roles(rec))


def test_the_cast_includes_everyone_listed(nlp):
    rec = run(nlp, "date 2024-05-01 Paramount is making Harbor Lights, a thriller.\n\n"
                   "The cast also includes Viktor Lind (Winter Nights), Hanne Solberg and "
                   "British newcomer Rosie Akande.")
    for name in ("Viktor Lind", "Hanne Solberg", "Rosie Akande"):
        assert role_of(rec, "Harbor Lights", name, "Actor")[0] == "Confirmed"


def test_produced_by_two_people_each_of_a_firm(nlp):
    rec = run(nlp, "date 2024-05-01 Paramount is making Harbor Lights, a thriller.\n\nThe "
                   "film is produced by Kari Nystrom of Fjordlys Film and Antoine Bessette of "
                   "Les Films du Quai.")
    for name in ("Kari Nystrom", "Antoine Bessette"):
        assert role_of(rec, "Harbor Lights", name, "Producer") == ("Confirmed", None)


def test_a_credit_in_quoted_parentheses_is_not_the_article_subject(nlp):
    rec = run(nlp, "date 2023-05-19 Jonah Wexler (“Paper Kites”) has been cast in “Bishop & "
                   "Vane,” an action comedy.\n\nWexler starred in “Paper Kites” in 2019.\n\n"
                   "Hollis Granger is in talks to play Bishop's ex-wife.")
    assert role_of(rec, "Bishop & Vane", "Hollis Granger", "Actor")[0] == "InTalks"


def test_the_source_a_series_is_based_on_is_not_its_subject(nlp):
    rec = run(nlp, "date 2024-10-03 Prime Video has ordered The Marrow Street Irregulars, a "
                   "mystery drama based on Lorne Abbot and Chika Obi's comic series Marrow "
                   "Street.\n\nObi drew all 36 issues of Marrow Street.\n\nSources say Gwen "
                   "Aiyer is in talks to play Winnie's estranged mother.")
    assert role_of(rec, "The Marrow Street Irregulars", "Gwen Aiyer", "Actor")[0] == "InTalks"


def test_a_title_after_an_opening_clause_getting_a_sequel(nlp):
    rec = run(nlp, "date 2020-09-08 Three decades after it first lit up the jukebox, Midnight "
                   "at the Palomino is getting a sequel.\n\nThe cast gathered at the "
                   "Palomino set in 1987.")
    assert work_of(rec, "Midnight at the Palomino sequel").sequel_of == \
        work_of(rec, "Midnight at the Palomino").id
    assert "Palomino" not in entities(rec, "work")


def test_a_revival_which_will_be_titled(nlp):
    rec = run(nlp, "date 2023-12-05 Paramount+ has ordered a revival of the CBS family sitcom "
                   "Supper for Six, with original star Gina Torr returning to lead the new "
                   "series, which will be titled Supper for Seven.")
    assert role_of(rec, "Supper for Seven", "Gina Torr", "Actor")[0] == "Confirmed"
    assert role_of(rec, "Supper for Six", "Gina Torr", "Actor")[0] == "Credited"


def test_a_subtitled_revival_named_by_its_apposition(nlp):
    rec = run(nlp, 'date 2023-02-27 "Maple Heights" is coming home.\n\nParamount+ has given a '
                   'series order to "Maple Heights: Homecoming," a revival of the NBC family '
                   'sitcom. Original star Gordon Pell will reprise his role as Walt Maple.')
    assert role_of(rec, "Maple Heights: Homecoming", "Gordon Pell", "Actor") == \
        ("Confirmed", "Walt Maple")  # the order is official (the paragraph after the teaser)


def test_the_original_named_before_its_subtitled_sequel(nlp):
    rec = run(nlp, "date 2023-11-28 It's been 20 years since Blackout Protocol turned a heist "
                   "thriller into a juggernaut, and Kira Solano is ready to return.\n\n"
                   "Solano, who played hacker Jess Navarro in the 2003 hit, will reprise her role "
                   "in Warner Bros.' legacy sequel, Blackout Protocol: Reload.")
    assert role_of(rec, "Blackout Protocol", "Kira Solano", "Actor") == ("Credited", "Jess Navarro")
    assert role_of(rec, "Blackout Protocol: Reload", "Kira Solano", "Actor")[0] != "Credited"


def test_of_two_subtitled_works_the_news_is_the_one_most_named(nlp):
    rec = run(nlp, "date 2022-06-29 Ironbark: The Last Watch is coming to theaters in 2024.\n\n"
                   "Paramount revealed the sequel's title, and Tamsin Ward will return to "
                   "direct Ironbark: The Last Watch.\n\nReleased in 2017, Ironbark was a "
                   "surprise smash. It spawned Ironbark: Outriders, a series.\n\nDelia Munroe "
                   "has joined the cast.")
    assert role_of(rec, "Ironbark: The Last Watch", "Delia Munroe", "Actor")[0] == "Confirmed"


def test_whose_drama_is_a_filmmakers_credit(nlp):
    rec = run(nlp, "date 2024-05-01 Focus Features has found its director for Harbor Lights."
                   "\n\nBenedikt Lorne, whose 2022 period drama Winter in Ostend won the Grand "
                   "Prix at Cannes, has signed on to direct the movie.\n\nThe jury will be led "
                   "by the Argentine filmmaker Lucia Ferraro, whose 2012 drama Las Horas Quietas "
                   "premiered at San Sebastian.")
    assert role_of(rec, "Harbor Lights", "Benedikt Lorne", "Director")[0] == "Confirmed"
    assert role_of(rec, "Winter in Ostend", "Benedikt Lorne", "Director")[0] == "Credited"
    assert role_of(rec, "Las Horas Quietas", "Lucia Ferraro", "Director")[0] == "Credited"


def test_a_past_part_without_a_title_is_on_the_work_the_new_one_continues(nlp):
    rec = run(nlp, "date 2024-01-01 Netflix has greenlit Velvet Nights: Last Call, a film that "
                   "wraps up the drama.\n\nVelvet Nights followed the regulars of a Chicago "
                   "speakeasy.\n\nFans will also remember Abigail Renshaw, who played cigarette "
                   "girl Dot Pruett in the first two seasons.")
    assert role_of(rec, "Velvet Nights", "Abigail Renshaw", "Actor") == ("Credited", "Dot Pruett")


@pytest.mark.parametrize("text, person, work", [
    ("date 2024-01-01 Neon is making Kindling, a thriller.\n\nJune Ferro is in talks to star in "
     "Kindling, a psychological thriller from writer-director Hollis Brandauer.",
     "Hollis Brandauer", "Kindling"),
    ("date 2024-01-01 Fans rejoice.\n\nWritten and directed by Clement Ashdown, The Quiet "
     "Orchard starred Ruth Calloway as Delia Pike.", "Clement Ashdown", "The Quiet Orchard"),
])
def test_one_person_two_trades(nlp, text, person, work):
    rec = run(nlp, text)
    assert role_of(rec, work, person, "Director")
    assert role_of(rec, work, person, "Writer")


def test_a_script_credit_stops_at_the_next_clause(nlp):
    rec = run(nlp, "date 2024-01-01 Neon is making Hollow Saints, a remake of Ironclad.\n\n"
                   "Paolo Rinaldi and Keisha Baptiste wrote the screenplay, and Gwen Lattimore, "
                   "who produced Ironclad, is back as producer.")
    for name in ("Paolo Rinaldi", "Keisha Baptiste"):
        assert role_of(rec, "Hollow Saints", name, "Writer")[0] == "Confirmed"
        assert (("Ironclad", name, "Writer")) not in roles(rec)


@pytest.mark.parametrize("phrase", ["a rewrite by", "a recent polish by", "a new draft by"])
def test_a_rewrite_by_someone_who_wrote_another_film(nlp, phrase):
    rec = run(nlp, "date 2024-01-01 Neon is making Hollow Saints, a horror film.\n\nThe script "
                   f"got {phrase} Naomi Strand, who penned Neon's Bitter Root.")
    assert role_of(rec, "Hollow Saints", "Naomi Strand", "Writer")[0] == "Confirmed"


def test_what_a_network_renews_is_a_work_and_back_as_a_trade(nlp):
    rec = run(nlp, "date 2024-05-01 NBC has renewed Fallow Creek for a second season.\n\n"
                   "Gwen Lattimore, who produced the first season, is back as producer.")
    assert entities(rec, "work").get("Fallow Creek") in ("TVSeries", "Movie")
    assert role_of(rec, "Fallow Creek", "Gwen Lattimore", "Producer")[0] == "Confirmed"


def test_emceed_is_hosting(nlp):
    rec = run(nlp, "date 2024-05-01 NBC has renewed Jackpot Lane for a second season.\n\n"
                   "Darnell Brooks, who emceed the first season, will return.")
    assert role_of(rec, "Jackpot Lane", "Darnell Brooks", "Host")


def test_a_roundup_paragraph_is_about_the_work_it_opens_on(nlp):
    rec = run(nlp, "date 2017-07-27 The Venice Film Festival unveiled its lineup on Thursday, "
                   "led by the opening film Harbor Lights, directed by Ana Roe.\n\nAlso in "
                   "competition is The Weight of Rivers, a family saga. It stars Evangeline Ross "
                   "as a widowed farmer.")
    assert role_of(rec, "The Weight of Rivers", "Evangeline Ross", "Actor")
    assert ("Harbor Lights", "Evangeline Ross", "Actor") not in roles(rec)


@pytest.mark.parametrize("parts", [
    "as getaway driver Eddie Rask and hacker Jo Lind",
    "as Eddie Rask, the getaway driver, and Jo Lind, his hacker",
])
def test_two_parts_listed_go_to_the_two_actors_in_order(nlp, parts):
    rec = run(nlp, "date 2024-01-01 Universal is making Night Circuit 2, the sequel to Night "
                   f"Circuit.\n\nDev Castell and Tamsin Rourke will reprise their roles {parts}.")
    assert role_of(rec, "Night Circuit 2", "Dev Castell", "Actor")[1] == "Eddie Rask"
    assert role_of(rec, "Night Circuit 2", "Tamsin Rourke", "Actor")[1] == "Jo Lind"


def test_an_order_announced_after_a_teaser_line_makes_what_will_happen_confirmed(nlp):
    rec = run(nlp, 'date 2023-02-27 "Maple Heights" is coming home.\n\nParamount+ has given a '
                   'series order to "Maple Heights: Homecoming," a revival of the NBC sitcom.\n\n'
                   "Pam Eckhart will direct the first two episodes.")
    assert role_of(rec, "Maple Heights: Homecoming", "Pam Eckhart", "Director")[0] == "Confirmed"


def test_a_quoted_caption_of_two_sentences_is_no_title(nlp):
    rec = run(nlp, "date 2018-10-30 Screen Gems is making Lantern Hollow 2.\n\nThe teaser "
                   "poster reads “Back to the Hollow. Nobody is safe.” and shows a lighthouse.")
    assert not any("Nobody" in name for name in entities(rec, "work"))


def test_a_part_named_after_as_with_its_work(nlp):
    rec = run(nlp, "date 2025-02-11 Maya Ferro is having a moment.\n\nFerro broke out as Dani "
                   "Ruiz in the HBO Max series Night Shift. She then spent four seasons as Lena "
                   "Ostrowski on the NBC medical drama Copper Hills, which wrapped in 2022.")
    assert entities(rec, "character").keys() >= {"Dani Ruiz", "Lena Ostrowski"}
    assert role_of(rec, "Copper Hills", "Maya Ferro", "Actor") == ("Credited", "Lena Ostrowski")


def test_the_one_a_story_follows_is_a_character(nlp):
    rec = run(nlp, "date 2016-02-10 Warner Bros. is making The Harrow Affair.\n\nThe 1930s-set "
                   "story follows Evangeline Marsh, a widowed crossword compiler.")
    assert entities(rec, "character").get("Evangeline Marsh") == "Character"
    assert "Evangeline Marsh" not in entities(rec, "person")


def test_an_organization_name_without_the_sentence_opening_the_or_an_edition(nlp):
    rec = run(nlp, "date 2015-07-28 The Venice Film Festival unveiled its lineup on Tuesday. "
                   "Harbor Lights will open the 40th Toronto International Film Festival.")
    orgs = entities(rec, "org")
    assert "Venice Film Festival" in orgs and "The Venice Film Festival" not in orgs
    assert "40th Toronto International Film Festival" not in orgs


def test_running_a_series_is_showrunning(nlp):
    rec = run(nlp, "date 2019-10-15 FX is making Orchard, a series.\n\nBeatrix Lind, who ran the "
                   "FX drama Dogwood & Vine for its final three seasons, is in talks to run the "
                   "series. Dogwood & Vine ran for four seasons.")
    assert role_of(rec, "Dogwood & Vine", "Beatrix Lind", "Showrunner")[0] == "Credited"
    assert role_of(rec, "Orchard", "Beatrix Lind", "Showrunner")[0] == "InTalks"


@pytest.mark.parametrize("sentence, person, status", [
    ("Ben Cole is attached to star.", "Ben Cole", "Expected"),
    ("Cara Diaz will topline the film.", "Cara Diaz", "Expected"),
    ("Fay Gold will lend her voice to the film.", "Fay Gold", "Expected"),
    ("Gus Hale has landed the lead role.", "Gus Hale", "Confirmed"),
    ("Lia Marsh is circling the lead.", "Lia Marsh", "InTalks"),
    ("Sam Trent, Tia Urban and Uma Vance round out the cast.", "Uma Vance", "Confirmed"),
    ("Ben Cole has joined Silver Harbor.", "Ben Cole", "Confirmed"),
    ("Ben Cole is in early talks to join the film.", "Ben Cole", "InTalks"),
])
def test_everyday_casting_verbs(nlp, sentence, person, status):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    assert role_of(rec, "Silver Harbor", person, "Actor")[0] == status


def test_joining_as_a_producer_is_no_acting_role(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Ben Cole has joined the film as a producer.")
    assert ("Silver Harbor", "Ben Cole", "Actor") not in roles(rec)


@pytest.mark.parametrize("sentence, person", [
    ("Mo Nash is eyed to play the villain.", "Mo Nash"),
    ("Nia Olsen is the frontrunner to play the mayor.", "Nia Olsen"),
])
def test_a_part_named_by_what_the_character_is(nlp, sentence, person):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    assert role_of(rec, "Silver Harbor", person, "Actor") == ("Rumored", None)


def test_playing_the_piano_is_no_part(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Mo Nash will play the piano at the premiere.")
    assert not any(k[1] == "Mo Nash" for k in roles(rec))


def test_a_studio_announced_that_a_person_would_direct(nlp):
    rec = run(nlp, "date 2024-06-10 Warner Bros. is remaking The Cellar Door.\n\nWarner Bros. "
                   "announced in June that Oscar Delacroix, best known for the 2019 haunted-house "
                   "hit The Quiet Rooms, would direct Beneath the Cellar Door from a script by "
                   "Tessa Grange.")
    assert role_of(rec, "Beneath the Cellar Door", "Oscar Delacroix", "Director")
    assert role_of(rec, "Beneath the Cellar Door", "Tessa Grange", "Writer")
    assert ("The Quiet Rooms", "Tessa Grange", "Writer") not in roles(rec)


def test_credits_include_and_the_new_showrunner(nlp):
    rec = run(nlp, "date 2024-05-01 Apple is making The Long Division, a dramedy.\n\nAlicia "
                   "Marrow is the new showrunner. Marrow's previous writing credits include FX's "
                   "Leftover Saints and NBC's Dinner Shift. Ben Cole will star. Cole's credits "
                   "include Blue Moon and Red Sky.")
    assert role_of(rec, "The Long Division", "Alicia Marrow", "Showrunner")[0] == "Confirmed"
    for title in ("Leftover Saints", "Dinner Shift"):
        assert role_of(rec, title, "Alicia Marrow", "Writer")[0] == "Credited"
    for title in ("Blue Moon", "Red Sky"):
        assert role_of(rec, title, "Ben Cole", "Actor")[0] == "Credited"


@pytest.mark.parametrize("sentence, person, rtype, character", [
    ("The series, from creator Ada Roe, stars Ben Cole and Cara Diaz.", "Cara Diaz", "Actor",
     None),
    ("Nia Olsen takes over as showrunner.", "Nia Olsen", "Showrunner", None),
    ("The cast includes Yara Zane as Ada Bell and Bo Chan as Cy Dunn.", "Yara Zane", "Actor",
     "Ada Bell"),
    ("Dee Ellis will play a younger version of the hero.", "Dee Ellis", "Actor", None),
])
def test_more_everyday_credits(nlp, sentence, person, rtype, character):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    assert role_of(rec, "Silver Harbor", person, rtype)[1] == character
    assert ("Silver Harbor", "Ada Bell", "Actor") not in roles(rec)


def test_a_directors_previous_films(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Ana Ruiz will direct. Ruiz's previous films include Blue Moon and Red Sky.")
    for title in ("Blue Moon", "Red Sky"):
        assert role_of(rec, title, "Ana Ruiz", "Director")[0] == "Credited"


@pytest.mark.parametrize("sentence, person, rtype, titles", [
    ("Leo Brandt (Glass Town, Dust Road) has joined the cast.", "Leo Brandt", "Actor",
     ["Glass Town", "Dust Road"]),
    ("Leo Brandt (“Glass Town,” “Dust Road”) has joined the cast.", "Leo Brandt", "Actor",
     ["Glass Town", "Dust Road"]),
    ("Director Jo Lark (Night Train, The Hollow and Cold Water) is attached.", "Jo Lark",
     "Director", ["Night Train", "The Hollow", "Cold Water"]),
    ("Director Jo Lark (Night Train) is attached.", "Jo Lark", "Director", ["Night Train"]),
])
def test_credits_listed_in_parentheses_after_a_name(nlp, sentence, person, rtype, titles):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    for title in titles:
        assert role_of(rec, title, person, rtype)[0] == "Credited"
    assert role_of(rec, "Silver Harbor", person, rtype)[0] == "Confirmed"
    assert set(entities(rec, "person")) == {person}


def test_agencies_in_parentheses_are_no_credits(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Leo Brandt will star. He is repped by Jane Hale (CAA, WME).")
    assert set(entities(rec, "work")) == {"Silver Harbor"}


@pytest.mark.parametrize("sentence, title, character", [
    ("Mara Quist played Detective Rae Molina on Glass Town for five seasons.", "Glass Town",
     "Rae Molina"),
    ("Mara Quist previously starred on The CW's Westbrook.", "Westbrook", None),
])
def test_a_part_played_on_a_series(nlp, sentence, title, character):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    assert role_of(rec, title, "Mara Quist", "Actor") == ("Credited", character)
    assert ("Silver Harbor", "Mara Quist", "Actor") not in roles(rec)


def test_starring_on_broadway_is_no_title(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Mara Quist starred on Broadway in the play The Iron Door.")
    assert "Broadway" not in entities(rec, "work")
    assert role_of(rec, "The Iron Door", "Mara Quist", "Actor")[0] == "Credited"


SEQUEL_LEDE = ("date 2024-05-01 Paramount is making a sequel to Harbor Run, the 2012 heist "
               "comedy.\n\n")


@pytest.mark.parametrize("sentence, person, rtype", [
    ("Original director Leo Brandt is back at the helm.", "Leo Brandt", "Director"),
    ("Jo Lark, who directed every episode of the original, is also back.", "Jo Lark",
     "Director"),
    ("Ana Ruiz, who wrote the first film, is back.", "Ana Ruiz", "Writer"),
])
def test_being_back_on_a_sequel_in_the_same_trade(nlp, sentence, person, rtype):
    rec = run(nlp, SEQUEL_LEDE + sentence)
    assert role_of(rec, "Harbor Run sequel", person, rtype)[0] in ("Confirmed", "Expected")
    assert role_of(rec, "Harbor Run", person, rtype)[0] == "Credited"


def test_being_back_as_a_part_is_no_trade(nlp):
    rec = run(nlp, SEQUEL_LEDE + "Mara Quist is back as Lou Tate.")
    assert role_of(rec, "Harbor Run sequel", "Mara Quist", "Actor")[1] == "Lou Tate"


def test_returning_cast_members_played_in_the_original(nlp):
    rec = run(nlp, SEQUEL_LEDE + "Returning cast members include Mara Quist and Sam Pike.")
    for person in ("Mara Quist", "Sam Pike"):
        assert role_of(rec, "Harbor Run sequel", person, "Actor")[0] == "Confirmed"
        assert role_of(rec, "Harbor Run", person, "Actor")[0] == "Credited"


def test_the_month_of_may_is_no_hedge(nlp):
    rec = run(nlp, "date 2024-07-01 Peacock is developing Dust Riders, a prequel series. Peacock "
                   "confirmed in May that Priya Moore will serve as showrunner.")
    assert role_of(rec, "Dust Riders", "Priya Moore", "Showrunner")[0] == "Confirmed"
    rec = run(nlp, "date 2024-07-01 Peacock is developing Dust Riders, a prequel series. Priya "
                   "Moore may serve as showrunner.")
    assert role_of(rec, "Dust Riders", "Priya Moore", "Showrunner")[0] == "Rumored"


def test_a_longtime_writer_on_the_original(nlp):
    rec = run(nlp, SEQUEL_LEDE + "Sam Pike, a longtime writer on the original film, was "
                                 "tapped to write the sequel.")
    assert role_of(rec, "Harbor Run", "Sam Pike", "Writer")[0] == "Credited"
    assert role_of(rec, "Harbor Run sequel", "Sam Pike", "Writer")[0] == "Expected"


def test_a_name_inside_the_description_of_a_part_is_not_the_part(nlp):
    rec = run(nlp, SEQUEL_LEDE + "Sam Pike has joined the sequel as Thaddeus Grieve, a railroad "
                                 "baron. Bette Kowalski is in talks to play a bounty hunter hired "
                                 "by Grieve.")
    assert role_of(rec, "Harbor Run sequel", "Bette Kowalski", "Actor") == ("InTalks", None)
    assert role_of(rec, "Harbor Run sequel", "Sam Pike", "Actor")[1] == "Thaddeus Grieve"


def test_a_pronoun_that_stays_attached_is_no_error(nlp):
    rec = run(nlp, "date 2024-05-01 Lena Voss is directing “Cold Iron.” Pavel Kir has left the "
                   "thriller. She remains on the project.")
    assert role_of(rec, "Cold Iron", "Lena Voss", "Director")[0] == "Confirmed"


def test_a_name_with_its_own_verb_after_a_work_noun_is_no_title(nlp):
    rec = run(nlp, "date 2024-05-01 Mara Quist will star in Silver Harbor, a thriller Lionsgate "
                   "is fast-tracking.")
    assert set(entities(rec, "work")) == {"Silver Harbor"}
    assert role_of(rec, "Silver Harbor", "Mara Quist", "Actor")


def test_two_titles_joined_by_and_are_split_when_one_is_named_alone(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Ana Ruiz will direct. Ruiz is coming off the hit Night Train. She previously "
                   "directed Cold Water and Night Train.")
    assert "Cold Water and Night Train" not in entities(rec, "work")
    for title in ("Cold Water", "Night Train"):
        assert role_of(rec, title, "Ana Ruiz", "Director")[0] == "Credited"


@pytest.mark.parametrize("sentence", [
    "A script is reportedly being written by Ana Ruiz.",
    "The film is being written by Ana Ruiz.",
])
def test_a_script_being_written_by(nlp, sentence):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    assert role_of(rec, "Silver Harbor", "Ana Ruiz", "Writer")


def test_her_co_star_is_in_the_work_she_is_in(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Mara Quist has signed on to star. Her co-star Sam Pike calls her fearless.")
    assert role_of(rec, "Silver Harbor", "Sam Pike", "Actor")[0] == \
        role_of(rec, "Silver Harbor", "Mara Quist", "Actor")[0] == "Confirmed"


def test_her_co_star_in_a_sequel_story_is_a_co_star_of_the_original(nlp):
    rec = run(nlp, SEQUEL_LEDE + "Mara Quist, who starred in the original, is in talks to "
                                 "return. Her co-star Sam Pike has not been asked.")
    assert role_of(rec, "Harbor Run", "Sam Pike", "Actor")[0] == "Credited"
    assert ("Harbor Run sequel", "Sam Pike", "Actor") not in roles(rec)


@pytest.mark.parametrize("sentence, work, character", [
    ("Mara Quist's chilling turn as the witch Mother Sable made her a household name.",
     "Harbor Run", "Mother Sable"),
    ("Mara Quist drew raves for her turn as Lou Tate in Cold Water.", "Cold Water", "Lou Tate"),
    ("Mara Quist's performance as Lou Tate earned raves.", "Harbor Run", "Lou Tate"),
])
def test_a_turn_as_a_part(nlp, sentence, work, character):
    rec = run(nlp, SEQUEL_LEDE + sentence)
    assert role_of(rec, work, "Mara Quist", "Actor") == ("Credited", character)


@pytest.mark.parametrize("sentence, title", [
    ("Season one of Agnes Pryce premiered in January on Netflix.", "Agnes Pryce"),
    ("Saltwater Prep ran for four seasons on The WB.", "Saltwater Prep"),
    ("Dana Vos, who created Saltwater Prep, has a story in mind.", "Saltwater Prep"),
])
def test_a_name_in_a_slot_only_a_series_fills_is_a_title(nlp, sentence, title):
    rec = run(nlp, "date 2024-05-01 " + sentence)
    assert title in entities(rec, "work")
    assert title not in entities(rec, "person")


def test_running_for_office_is_no_series(nlp):
    rec = run(nlp, "date 2024-05-01 Ana Ruiz ran for office in 2019 and served two terms.")
    assert entities(rec, "person") == {"Ana Ruiz": "Person"}
    assert not entities(rec, "work")


def test_the_title_role_is_a_part_named_after_the_work(nlp):
    rec = run(nlp, "date 2024-05-01 Season one of Agnes Pryce premiered in January. Maren "
                   "Ostrowski stars in the title role as Agnes Pryce, a widowed bookbinder.")
    assert role_of(rec, "Agnes Pryce", "Maren Ostrowski", "Actor")[1] == "Agnes Pryce"


def test_a_title_said_to_be_a_hit_before_a_second_clause(nlp):
    rec = run(nlp, "date 2018-10-30 Marsh Light was one of the breakout horror hits of 2017, so "
                   "a sequel was only a matter of time.\n\nThe writer posted a notebook with "
                   "the caption \"Back to the Light. Nobody is safe.\"")
    assert "Marsh Light" in entities(rec, "work")
    assert "Marsh Light" not in entities(rec, "person")


def test_the_film_after_a_sentence_about_another_work_is_that_work(nlp):
    rec = run(nlp, "date 2024-01-09 The thriller Silver Harbor leads the Golden Globe "
                   "nominations this year. Ana Ruiz directed Silver Harbor for Universal."
                   "\n\nThe dramas fared well too. Kittiwake, a stark drama about a lighthouse "
                   "keeper, earned four nods. "
                   "Directed by Wendell Achterberg, the film stars Corinne Fairweather as the "
                   "keeper's widow.")
    for person, rtype in (("Corinne Fairweather", "Actor"), ("Wendell Achterberg", "Director")):
        role_of(rec, "Kittiwake", person, rtype)
        assert ("Silver Harbor", person, rtype) not in roles(rec)


def test_a_studio_after_for_is_no_part_of_the_title(nlp):
    rec = run(nlp, "date 2024-01-09 Ana Ruiz directed Silver Harbor for Universal, and Mara "
                   "Quist starred in The Long Field for Lionsgate.")
    assert set(entities(rec, "work")) == {"Silver Harbor", "The Long Field"}


def test_the_hollywood_reporter_is_no_hedge_of_a_hire(nlp):
    rec = run(nlp, "date 2024-10-07 Searchlight Pictures has tapped Ana Ruiz to direct the "
                   "thriller Paper Moon, The Hollywood Reporter has learned.\n\nTom Vale will "
                   "produce.")
    assert role_of(rec, "Paper Moon", "Tom Vale", "Producer")[0] == "Confirmed"


@pytest.mark.parametrize("confirmation, status", [
    ("A Searchlight spokesperson confirmed the project to THR.", "Confirmed"),
    ("Searchlight confirmed the casting on Tuesday.", "Confirmed"),
    ("Ana Ruiz confirmed the reports on Instagram.", "Expected"),
    ("Variety confirmed the news with sources close to the film.", "Expected"),
])
def test_a_scoop_the_maker_confirms_later(nlp, confirmation, status):
    rec = run(nlp, "date 2024-10-07 EXCLUSIVE: Ana Ruiz will star in Silver Harbor, a thriller "
                   "from Searchlight Pictures, sources say.\n\nTom Vale will produce the "
                   "thriller. " + confirmation)
    assert role_of(rec, "Silver Harbor", "Tom Vale", "Producer")[0] == status


def test_a_film_said_to_be_out_is_a_credit_whatever_the_tense(nlp):
    rec = run(nlp, "date 2024-12-09 The comedy race was led by “Table Manners,” a romance "
                   "starring Devika Rao and Jules Hart, with five nominations.")
    assert role_of(rec, "Table Manners", "Devika Rao", "Actor")[0] == "Credited"


def test_a_cue_about_another_work_in_the_sentence_releases_nothing(nlp):
    rec = run(nlp, "date 2016-03-08 Vera Hale will star in The Brass Meridian, a thriller "
                   "from Legendary. Martin Oduya, who will direct, said he had been developing "
                   "The Brass Meridian since seeing Paper Orchards, which earned Hale a "
                   "nomination.")
    assert role_of(rec, "The Brass Meridian", "Vera Hale", "Actor")[0] != "Credited"


def test_a_clause_right_after_the_title_is_about_it(nlp):
    rec = run(nlp, "date 2024-05-01 Ana and Rui Ferreira made Gull Season, which premiered at "
                   "the Edinburgh festival last year. Gull Season stars Mara Quist.")
    assert role_of(rec, "Gull Season", "Mara Quist", "Actor")[0] == "Credited"


def test_a_credit_describing_someone_in_talks_is_done(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Yusuf Adeyemi, the director behind the Netflix limited series The Glass "
                   "Orchard, is in early talks to helm the film.")
    assert role_of(rec, "The Glass Orchard", "Yusuf Adeyemi", "Director")[0] == "Credited"
    assert role_of(rec, "Silver Harbor", "Yusuf Adeyemi", "Director")[0] == "InTalks"


def test_lobbying_for_a_part_is_interest(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Kit Harlow has lobbied loudly for the role of lighthouse keeper Morag Baine.")
    assert role_of(rec, "Silver Harbor", "Kit Harlow", "Actor") == ("Interested", "Morag Baine")


@pytest.mark.parametrize("sentence, title", [
    ("Neon has acquired North American rights to Borrowed Weather, a drama.", "Borrowed Weather"),
    ("Her adaptation, titled simply Kilburn, will begin previews in February.", "Kilburn"),
])
def test_titles_after_rights_to_and_titled_simply(nlp, sentence, title):
    rec = run(nlp, "date 2020-01-28 " + sentence)
    assert title in entities(rec, "work")


def test_the_work_someone_is_cast_in_is_the_news_not_her_credits(nlp):
    rec = run(nlp, "date 2017-03-14 Delphine Argent, the Oscar-nominated star of “Salt Road” "
                   "and “A House in Winter,” has been cast in “The Lantern Keepers,” a drama "
                   "from Focus Features. Marcus Kell (“Ironside Bay,” “The Quiet Year”) is in "
                   "final negotiations to star opposite her.\n\nArgent will play Agnes Whitlow, "
                   "a young widow. Kell is set to play Samuel Dray, a customs inspector.")
    assert role_of(rec, "The Lantern Keepers", "Delphine Argent", "Actor")[1] == "Agnes Whitlow"
    assert role_of(rec, "The Lantern Keepers", "Marcus Kell", "Actor")[1] == "Samuel Dray"


def test_a_revival_named_after_the_show_it_revives(nlp):
    rec = run(nlp, "date 2024-06-18 Celeste Varga spent seven seasons on ABC's Pine Street. Now "
                   "she's reprising the role in Back on Pine Street, Peacock's 10-episode "
                   "revival. Tessa Lin joins the cast as Kelsey Kowalski.")
    assert role_of(rec, "Back on Pine Street", "Tessa Lin", "Actor")[1] == "Kelsey Kowalski"
    assert role_of(rec, "Pine Street", "Celeste Varga", "Actor")[0] == "Credited"


def test_a_stage_version_titled_after_the_film_is_its_own_work(nlp):
    rec = run(nlp, "date 2018-09-06 Crossing Kilburn, Alan Pemberton's 1998 film, is to be "
                   "adapted for the stage. Niamh Carrick's adaptation, titled simply Kilburn, "
                   "is to be directed by Jonah Elsworth.")
    assert {"Crossing Kilburn", "Kilburn"} <= set(entities(rec, "work"))
    assert role_of(rec, "Kilburn", "Jonah Elsworth", "Director")


def test_exiting_a_film_makes_it_the_news(nlp):
    rec = run(nlp, "date 2023-02-09 Theo Lindqvist has exited Sony Pictures' action comedy "
                   "\"Double Parked\" due to a conflict with his HBO series \"Stonewater,\" and "
                   "Dorian Okoye has been tapped to replace him.\n\nOkoye will play Benji "
                   "Castellano. Production on \"Stonewater\" was pushed, and \"Stonewater\" "
                   "will shoot in spring.")
    assert role_of(rec, "Double Parked", "Dorian Okoye", "Actor")[1] == "Benji Castellano"


def test_two_full_names_the_tagger_reads_as_one_are_two_people(nlp):
    rec = run(nlp, "date 2025-04-22 Grant Whitaker and Sofia Delane are heading back to work "
                   "— together.")
    assert set(entities(rec, "person")) == {"Grant Whitaker", "Sofia Delane"}


def test_the_married_actors_are_the_two_named_before(nlp):
    rec = run(nlp, "date 2025-04-22 Grant Whitaker and Sofia Delane are heading back to work."
                   "\n\nThe married actors, who met on the set of Emerald Falls, will co-star in "
                   "Summer at the Crosbys, a comedy series from Netflix.")
    for person in ("Grant Whitaker", "Sofia Delane"):
        assert role_of(rec, "Summer at the Crosbys", person, "Actor")


def test_the_siblings_in_apposition_to_their_names(nlp):
    rec = run(nlp, "date 2024-05-01 CBS is reviving Dinner for Six. Kira Banks will not return."
                   "\n\nLou Farber and Deb Farber, the siblings who created the original series, "
                   "will write the revival.")
    assert role_of(rec, "Dinner for Six", "Lou Farber", "Creator")
    assert ("Dinner for Six", "Kira Banks", "Creator") not in roles(rec)


def test_a_partner_after_with_is_no_part_of_the_title_and_shares_a_co_credit(nlp):
    rec = run(nlp, "date 2017-03-14 Desmond Achterberg co-directed the animated feature Twin "
                   "Rivers with Lise Oberman.")
    assert "Twin Rivers" in entities(rec, "work")
    for person in ("Desmond Achterberg", "Lise Oberman"):
        assert role_of(rec, "Twin Rivers", person, "Director")[0] == "Credited"


def test_organizations_the_tagger_reads_with_their_article(nlp):
    rec = run(nlp, "date 2017-03-14 Her debut premiered at the Sundance Film Festival and "
                   "screened at the Toronto International Film Festival. The pair presented a "
                   "prize at the Screen Actors Guild (SAG) Awards at Santa Monica's Barker "
                   "Hangar.")
    orgs = set(entities(rec, "org"))
    assert {"Sundance Film Festival", "Toronto International Film Festival",
            "Screen Actors Guild Awards"} <= orgs
    assert "Barker Hangar" not in orgs


def test_a_platform_feature_and_a_sales_agent_are_no_people(nlp):
    rec = run(nlp, "date 2016-05-12 Paris-based Lumière Noire Sales is handling sales. Grant "
                   "Whitaker reposted the photo to his Instagram Story. Jonas Weidmann of "
                   "Berlin's Nordlicht Filmproduktion co-produces.")
    people = set(entities(rec, "person"))
    assert people == {"Grant Whitaker", "Jonas Weidmann"}
    assert "Instagram" in entities(rec, "org")


def test_joining_a_lead_in_the_series_with_credits_in_parentheses(nlp):
    rec = run(nlp, "date 2024-05-01 Copperhead County, the new Netflix drama, has rounded out "
                   "its cast.\n\nTobias Whitlock (Glass Harbor), Amara Bell (The Night Desk) and "
                   "Lila Desrosiers (Kingsfield) have joined previously announced lead Regina Vos "
                   "in the series, with veteran Harold Bream (Judgment Row) set to recur.")
    for person in ("Tobias Whitlock", "Amara Bell", "Lila Desrosiers", "Regina Vos"):
        assert role_of(rec, "Copperhead County", person, "Actor")[0] == "Confirmed"
    assert role_of(rec, "Glass Harbor", "Tobias Whitlock", "Actor")[0] == "Credited"
    assert ("Glass Harbor", "Harold Bream", "Actor") not in roles(rec)


def test_a_title_with_and_in_a_credit_list_stays_whole(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Leo Brandt (Pride and Prejudice, Dust Road) will star.")
    for title in ("Pride and Prejudice", "Dust Road"):
        assert role_of(rec, title, "Leo Brandt", "Actor")[0] == "Credited"


def test_wrapping_a_run_on_a_series_is_a_credit(nlp):
    rec = run(nlp, "date 2021-08-05 Tobias Whitlock will star in Copperhead County, a drama.\n\n"
                   "Whitlock recently wrapped a two-season run on Hulu's Glass Harbor.")
    assert role_of(rec, "Glass Harbor", "Tobias Whitlock", "Actor")[0] == "Credited"


def test_an_actor_is_the_part_named_and_described_after_is(nlp):
    rec = run(nlp, "date 2021-08-05 Netflix's neo-Western drama Copperhead County has rounded "
                   "out its cast. Tobias Whitlock and Amara Okafor-Bell have joined the series."
                   "\n\nWhitlock will play Deputy Wade Corliss, Maggie's second-in-command. "
                   "Okafor-Bell is Dr. Ruth Adebayo, the county's overworked medical examiner.")
    assert role_of(rec, "Copperhead County", "Amara Okafor-Bell", "Actor")[1] == "Ruth Adebayo"
    assert "Ruth Adebayo" not in entities(rec, "person")


def test_someone_who_is_a_title_holder_is_no_part(nlp):
    rec = run(nlp, "date 2021-08-05 Ana Ruiz will play the sheriff in Copperhead County. "
                   "Netflix's Tom Vale is Head of Drama, the company said.")
    assert not entities(rec, "character")


def test_a_credit_in_a_whose_clause_opening_a_paragraph_is_no_topic(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   "Tomas Reyvald, whose feature debut “Thin Ice Saints” (2011) premiered at the "
                   "Sundance Film Festival, will direct.")
    assert role_of(rec, "Silver Harbor", "Tomas Reyvald", "Director")
    assert role_of(rec, "Thin Ice Saints", "Tomas Reyvald", "Director")[0] == "Credited"


@pytest.mark.parametrize("sentence, person, title", [
    ("Tova Lindgren, best known for her Emmy-nominated turn in HBO's Iron Lullaby, will play "
     "Mother Agathe.", "Tova Lindgren", "Iron Lullaby"),
    ("Gloria Ashdown, the veteran character actress best known for the cult '90s series Witch "
     "Hazel, appears in flashbacks.", "Gloria Ashdown", "Witch Hazel"),
])
def test_what_someone_is_best_known_for_is_a_credit(nlp, sentence, person, title):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller.\n\n"
                   + sentence)
    assert role_of(rec, title, person, "Actor")[0] == "Credited"


# ------------------------------------------------- making a sequel: who is back, and in what


def test_back_in_the_directors_chair(nlp):
    rec = run(nlp, SEQUEL_LEDE + "Wendell Haverford is back in the director's chair, working "
                                 "from a script he co-wrote with Lucinda Marr.")
    assert role_of(rec, "Harbor Run sequel", "Wendell Haverford", "Director")[0] == "Confirmed"
    assert role_of(rec, "Harbor Run", "Wendell Haverford", "Director")[0] == "Credited"
    for person in ("Wendell Haverford", "Lucinda Marr"):  # the script of the film in the news
        assert role_of(rec, "Harbor Run sequel", person, "Writer")[0] == "Confirmed"


def test_stepping_behind_the_camera_is_directing(nlp):
    rec = run(nlp, "date 2024-05-01 Tom Pike will step behind the camera for Dark Lake, a "
                   "thriller Lionsgate is developing.")
    assert role_of(rec, "Dark Lake", "Tom Pike", "Director")[0] == "Expected"


def test_returning_as_producer_and_others_executive_producing(nlp):
    rec = run(nlp, SEQUEL_LEDE + "Gail Frost returns as producer, while Ida Obuya and Bette "
                                 "Kowalczyk are executive producing this time around.")
    assert role_of(rec, "Harbor Run sequel", "Gail Frost", "Producer")[0] == "Confirmed"
    assert role_of(rec, "Harbor Run", "Gail Frost", "Producer")[0] == "Credited"
    for person in ("Ida Obuya", "Bette Kowalczyk"):
        assert role_of(rec, "Harbor Run sequel", person, "ExecutiveProducer")[0] == "Confirmed"
    assert ("Harbor Run sequel", "Gail Frost", "ExecutiveProducer") not in roles(rec)


@pytest.mark.parametrize("sentence, work, person, rtype", [
    pytest.param("Before Dark Lake, director Ana Pell made her name with the horror film "
                 "Rattlesnake Moon (2016) and the heist comedy The Cold Light of Tuesday (2018).",
                 "The Cold Light of Tuesday", "Ana Pell", "Director", id="made-her-name-with"),
    pytest.param("Rafe Dulac, 38, made his debut in the micro-budget Dogwood in 2012 and broke "
                 "through as a doomed boxer in 2017's Brass Knuckle Saints.",
                 "Dogwood", "Rafe Dulac", "Actor", id="made-his-debut-in"),
    pytest.param("Rafe Dulac, 38, made his debut in the micro-budget Dogwood in 2012 and broke "
                 "through as a doomed boxer in 2017's Brass Knuckle Saints.",
                 "Brass Knuckle Saints", "Rafe Dulac", "Actor", id="broke-through-in"),
    pytest.param("Tomas Reyes made his directorial debut with Gull Season in 2015.",
                 "Gull Season", "Tomas Reyes", "Director", id="directorial-debut-with"),
    pytest.param("Writer Ana Pell rose to fame with The Long Quiet, a thriller.",
                 "The Long Quiet", "Ana Pell", "Writer", id="rose-to-fame-in-her-trade"),
])
def test_where_a_career_started_is_a_credit(nlp, sentence, work, person, rtype):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. "
              + sentence)
    assert role_of(rec, work, person, rtype)[0] == "Credited"


def test_a_debut_in_a_place_is_no_title(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. Rafe "
                   "Dulac made his debut in London in 2012, and Ana Pell made her name with "
                   "the 2022 horror film “Marrowfield.”")
    assert "London" not in entities(rec, "work") and "2022" not in entities(rec, "work")
    assert role_of(rec, "Marrowfield", "Ana Pell", "Actor")[0] == "Credited"


# ---------------------------------------------------------- a person's title: "Ana Roe's X"


def test_a_persons_film_at_a_festival_is_hers_to_have_directed(nlp):
    rec = run(nlp, "date 2019-05-01 The festival closed on Sunday.\n\nThe runner-up was Neil "
                   "Bancroft's \"Halfway to Anywhere,\" a road movie. The top prize went to Hana "
                   "Kobayashi-Reid's \"Sister Salt,\" and the critics' prize to Ukrainian "
                   "director Bohdana Kovalchuk's debut \"A Field of Lanterns.\"")
    for work, person in (("Halfway to Anywhere", "Neil Bancroft"),
                         ("Sister Salt", "Hana Kobayashi-Reid"),
                         ("A Field of Lanterns", "Bohdana Kovalchuk")):
        assert role_of(rec, work, person, "Director")[0] == "Credited"
    assert "Ukrainian" not in entities(rec, "work")  # a nationality before "director"
    assert ("Sister Salt", "Bohdana Kovalchuk", "Director") not in roles(rec)


def test_a_persons_title_in_her_trade_and_when(nlp):
    rec = run(nlp, "date 2024-05-01 Paramount is making Dry Creek, a western. Kiera Lund is "
                   "directing. Lund's \"Salt Flats,\" a low-budget western, was a surprise hit "
                   "in 2021. Writer Ana Roe's upcoming \"Blue Hour\" shoots in June.")
    assert role_of(rec, "Salt Flats", "Kiera Lund", "Director")[0] == "Credited"
    assert role_of(rec, "Blue Hour", "Ana Roe", "Writer")[0] == "Confirmed"


@pytest.mark.parametrize("sentence", [
    pytest.param("The pair walked on to a soundtrack of Cyndi Lauper's 'Time After Time' in "
                 "matching suits.", id="a-singers-song"),
    pytest.param("Grimaldi produces with Lark Hennessy, with Hennessy's Ninth Wave partners "
                 "Ben Cole and Ida Marr.", id="a-title-used-as-a-modifier"),
])
def test_a_persons_title_that_is_no_credit(nlp, sentence):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. " + sentence)
    assert not [k for k in roles(rec) if k[0] == "Time After Time" or k[1] == "Lark Hennessy"
                and k[0] == "Ninth Wave"]


# ------------------------------------------------------------------------ an awards night

AWARDS_NIGHT = (
    "date 2024-03-02 The Spirit Awards were handed out on Saturday in Santa Monica.\n\n"
    "Mirela Vance won best actress in a drama for \"The Cellist's Wife,\" and Josephine Ardley "
    "earned her nomination for the 2009 drama A Quiet Inheritance.\n\n"
    "Best actor went to veteran funnyman Stan Kowicz for \"The Substitute King.\"\n\n"
    "In the television categories, Ellis Brandt picked up a nod for best actor in a drama "
    "series for HBO's \"Firebreak,\" and Corinne Fairweather will face, among others, Noa "
    "Brandt, nominated for \"Quarry Girls.\"\n\n"
    "Director Tomas Reyes took home the top prize for \"Gull Season,\" while the screenplay "
    "award went to Ana Pell for \"Blue Hour.\"")


@pytest.mark.parametrize("work, person, rtype", [
    ("The Cellist's Wife", "Mirela Vance", "Actor"),
    ("A Quiet Inheritance", "Josephine Ardley", "Actor"),  # no category: among actors
    ("The Substitute King", "Stan Kowicz", "Actor"),  # "Best actor went to X for Y"
    ("Firebreak", "Ellis Brandt", "Actor"),  # "a nod for best actor … for HBO's X"
    ("Quarry Girls", "Noa Brandt", "Actor"),  # "X, nominated for Y"
    ("Gull Season", "Tomas Reyes", "Director"),  # the prize makes it out: a credit
    ("Blue Hour", "Ana Pell", "Writer"),  # "the screenplay award went to X for Y"
])
def test_who_won_what_for_what(nlp, work, person, rtype):
    assert role_of(run(nlp, AWARDS_NIGHT), work, person, rtype)[0] == "Credited"


def test_a_prize_for_another_work_does_not_release_this_one(nlp):
    rec = run(nlp, "date 2024-01-20 Neon has bought Borrowed Weather, the debut feature of Hana "
                   "Okabe, which stars Rosa Elkind. It is a step up for Okabe, whose short Kite "
                   "Season won the jury prize for narrative short at SXSW in 2016 and who "
                   "developed Borrowed Weather at the Sundance Institute.")
    assert role_of(rec, "Borrowed Weather", "Rosa Elkind", "Actor")[0] == "Confirmed"


def test_he_is_not_the_woman_who_shares_his_surname(nlp):
    rec = run(nlp, "date 2021-03-02 Augustin Pell, the actor, has died at 81. His daughter "
                   "Miriam Pell, a playwright, confirmed the news. On stage he won a Tony Award "
                   "in 1987 for the Broadway drama “The Ferryman's Daughter.”")
    assert ("The Ferryman's Daughter", "Miriam Pell", "Writer") not in roles(rec)
    assert role_of(rec, "The Ferryman's Daughter", "Augustin Pell", "Actor")[0] == "Credited"
    rec = run(nlp, "date 2021-03-02 Augustin Pell has died at 81. His daughter Miriam Pell "
                   "confirmed the news. He starred in the 1987 drama Blue Hour.")
    assert role_of(rec, "Blue Hour", "Augustin Pell", "Actor")[0] == "Credited"
    assert ("Blue Hour", "Miriam Pell", "Actor") not in roles(rec)


# ------------------------------------------------- a career in passing: stints, praise, fame


@pytest.mark.parametrize("sentence, work, person, rtype, expected", [
    pytest.param("Jonathan Ferrante, who went on to spend seven seasons on the CBS drama County "
                 "Line, is up for it.", "County Line", "Jonathan Ferrante", "Actor",
                 ("Credited", None), id="spent-seasons-on"),
    pytest.param("Before her breakout, Margo Strand spent three seasons on the Hulu drama "
                 "\"Ridgeline,\" playing a park ranger named Josie Amberfield.", "Ridgeline",
                 "Margo Strand", "Actor", ("Credited", "Josie Amberfield"),
                 id="spent-seasons-playing"),
    pytest.param("Ben Cole has spent three seasons on the Hulu drama Ridgeline.", "Ridgeline",
                 "Ben Cole", "Actor", ("Confirmed", None), id="has-spent-seasons: ongoing"),
    pytest.param("Nadia Ferris spent six years writing for the CBS procedural Code Three "
                 "Dispatch.", "Code Three Dispatch", "Nadia Ferris", "Writer",
                 ("Credited", None), id="spent-years-writing-for"),
    pytest.param("Lena Salcedo, who earned raves last year for the stage drama Lantern Season, "
                 "has not commented.", "Lantern Season", "Lena Salcedo", "Actor",
                 ("Credited", None), id="earned-raves-for"),
    pytest.param("Tara Okonkwo was last seen in Apple's war film Tin Soldiers.", "Tin Soldiers",
                 "Tara Okonkwo", "Actor", ("Credited", None), id="last-seen-in"),
    pytest.param("Desmond Achterberg, a Dutch stage veteran, is best known to international "
                 "audiences for the BBC drama Holloway Fen.", "Holloway Fen",
                 "Desmond Achterberg", "Actor", ("Credited", None), id="known-to-audiences-for"),
    pytest.param("Kit Harrowgate, best known as Nurse Tilly Brogan on the long-running BBC soap "
                 "Ashford Green, has lobbied for a part.", "Ashford Green", "Kit Harrowgate",
                 "Actor", ("Credited", "Tilly Brogan"), id="known-as-a-part-on"),
])
def test_a_career_in_passing(nlp, sentence, work, person, rtype, expected):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. "
              + sentence)
    assert role_of(rec, work, person, rtype) == expected


@pytest.mark.parametrize("sentence, work, person, rtype, status", [
    pytest.param("Mara Quist is coming off of the Hulu drama Long Road.", "Long Road",
                 "Mara Quist", "Actor", "Credited", id="coming-off"),
    pytest.param("Nina Bell tops the cast of Dark Water, which wrapped in March.", "Dark Water",
                 "Nina Bell", "Actor", "Confirmed", id="tops-the-cast"),
    pytest.param("Adrian Vollmer is directing. The thriller Lowwater marked Vollmer's "
                 "English-language debut.", "Lowwater", "Adrian Vollmer", "Director",
                 "Credited", id="marks-his-debut"),
    pytest.param("Nina Bell is producing. The drama Lowwater will mark her acting debut.",
                 "Lowwater", "Nina Bell", "Actor", "Expected", id="will-mark-her-acting-debut"),
])
def test_more_ways_to_a_credit(nlp, sentence, work, person, rtype, status):
    rec = run(nlp, "date 2024-05-01 Universal is developing the thriller Silver Harbor. "
              + sentence)
    assert role_of(rec, work, person, rtype)[0] == status


def test_with_someone_directing_is_directing_not_developing(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing the thriller Silver Harbor, with "
                   "Adrian Vollmer directing.")
    assert role_of(rec, "Silver Harbor", "Adrian Vollmer", "Director")[0] == "Confirmed"
    assert ("Silver Harbor", "Adrian Vollmer", "Creator") not in roles(rec)


def test_what_is_shot_filmed_or_wrapped_is_a_work(nlp):
    rec = run(nlp, "date 2024-05-01 Juno Delacroix recently wrapped Focus Features' The "
                   "Undertaking opposite Marcus Albright. In November she begins shooting Low "
                   "Tide at Carrow, a slow-burn thriller for A24. Ana Pell is filming Cold "
                   "Harbor for Netflix.")
    works = entities(rec, "work")
    assert {"The Undertaking", "Low Tide at Carrow", "Cold Harbor"} <= set(works)
    assert not {"Focus Features' The Undertaking", "Low Tide", "Carrow"} & set(works)
    assert role_of(rec, "The Undertaking", "Marcus Albright", "Actor")


@pytest.mark.parametrize("sentence, person, part", [
    pytest.param("Jonah Whitcombe co-starred as Vivian's bitter brother-in-law, Amos Marsh.",
                 "Jonah Whitcombe", "Amos Marsh", id="as-someones-kin-comma-name"),
    pytest.param("Elodie Vasseur is attached as the biologist, Helene Dufresne.",
                 "Elodie Vasseur", "Helene Dufresne", id="attached-as"),
    pytest.param("Rafe Delacourt broke through as the doomed bare-knuckle boxer Jody Pruitt in "
                 "Brass Knuckle Saints.", "Rafe Delacourt", "Jody Pruitt", id="broke-through-as"),
    pytest.param("Ruben Achterberg, who played outlaw Silas Crane on the original series, "
                 "could turn up.", "Ruben Achterberg", "Silas Crane",
                 id="played-outlaw-read-as-a-verb"),
    pytest.param("Caleb Strand is in early talks to join the cast. He is eyeing the part of "
                 "Edwin Whitlow, the hero's brother-in-law.", "Caleb Strand", "Edwin Whitlow",
                 id="the-part-of"),
])
def test_a_part_described_before_its_name_is_no_person(nlp, sentence, person, part):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. "
              + sentence)
    assert entities(rec).get(part) == "Character"
    assert entities(rec).get(person) == "Person"


def test_short_speech_in_quotes_is_no_title(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. "
                   "\"Honestly,\" Mara Quist continued, \"I think she'd run the camp by now.\" "
                   "Sam Pike replied in the comments with a single word: \"Maybe.\" Dana Roe "
                   "told People, \"When he called, I said, 'Honey, my knees are older.'\"")
    assert not {"Honestly", "Maybe", "Honey, my knees are older"} & set(entities(rec, "work"))


def test_a_title_after_a_colon_or_in_single_quotes_stays_a_title(nlp):
    rec = run(nlp, "date 2024-05-01 EXCLUSIVE: “Harbor Nights” star Ana Roe has joined Silver "
                   "Harbor. The pair walked on to Cyndi Lauper's 'Time After Time'.")
    assert {"Harbor Nights", "Time After Time"} <= set(entities(rec, "work"))


@pytest.mark.parametrize("sentence, work, person, rtype, status", [
    pytest.param("Julian Pryce is leaving the series, creator and showrunner Rhea Castellane "
                 "confirmed Monday.", "Blackwater Sound", "Rhea Castellane", "Showrunner",
                 "Confirmed", id="creator-and-showrunner-read-as-a-verb"),
    pytest.param("The series will have a new showrunner: Alicia Marrow, who wrote four episodes "
                 "across the first two seasons.", "Blackwater Sound", "Alicia Marrow", "Writer",
                 "Credited", id="wrote-episodes-of-the-series"),
    pytest.param("CBS ordered Fallow Creek, a drama created by Beatriz Solano, who also wrote "
                 "the first two episodes.", "Fallow Creek", "Beatriz Solano", "Writer",
                 "Credited", id="wrote-episodes-of-the-title-before"),
    pytest.param("CBS ordered Fallow Creek, a drama created by Beatriz Solano.", "Fallow Creek",
                 "Beatriz Solano", "Creator", "Credited", id="a-drama-created-by"),
    pytest.param("Dana Roe previously co-ran the Peacock procedural The Tidewater Files.",
                 "The Tidewater Files", "Dana Roe", "Showrunner", "Credited", id="co-ran"),
])
def test_a_series_staff(nlp, sentence, work, person, rtype, status):
    rec = run(nlp, "date 2024-05-01 FX has renewed the drama Blackwater Sound. " + sentence)
    assert role_of(rec, work, person, rtype)[0] == status


def test_writing_episodes_is_not_writing_the_other_show_run_after(nlp):
    rec = run(nlp, "date 2024-05-01 FX has renewed the drama Blackwater Sound. Taking over is "
                   "Priyanka Sen, who wrote two episodes of Season 1 and previously co-ran "
                   "Peacock's supernatural procedural The Tidewater Files.")
    assert role_of(rec, "Blackwater Sound", "Priyanka Sen", "Writer")
    assert role_of(rec, "The Tidewater Files", "Priyanka Sen", "Showrunner")
    assert ("The Tidewater Files", "Priyanka Sen", "Writer") not in roles(rec)


@pytest.mark.parametrize("sentence, work, person, rtype", [
    pytest.param("Mara Quist and Leo Quist, the sibling team behind the SXSW hit "
                 "Tumbleweed Parish (2019), go bigger this time.", "Tumbleweed Parish",
                 "Leo Quist", "Director", id="the-team-behind"),
    pytest.param("Joaquin Sauceda, the Mexican filmmaker behind the 2017 thriller \"Red Port,\" "
                 "has signed on.", "Red Port", "Joaquin Sauceda", "Director",
                 id="the-filmmaker-behind"),
    pytest.param("Ana Pell is the writer behind Red Dust.", "Red Dust", "Ana Pell", "Writer",
                 id="is-the-writer-behind"),
    pytest.param("Regina Vos will star. Vos, the Emmy-nominated star of The Lowlands, was set "
                 "as the lead in May.", "The Lowlands", "Regina Vos", "Actor",
                 id="the-emmy-nominated-star-of"),
])
def test_the_makers_behind_a_work(nlp, sentence, work, person, rtype):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. "
              + sentence)
    assert role_of(rec, work, person, rtype)


@pytest.mark.parametrize("sentence, work, person", [
    pytest.param("It adapts novelist Imogen Hartley's bestselling 2009 novel What the Undertow "
                 "Keeps.", "What the Undertow Keeps", "Imogen Hartley", id="s-bestselling-novel"),
    pytest.param("It is adapted from Dorothea Quennell's 1981 stage play Lamps Out.", "Lamps Out",
                 "Dorothea Quennell", id="s-stage-play"),
    pytest.param("It is based on the novel A House on the Sound by Lorna Pike, first published "
                 "in 1979.", "A House on the Sound", "Lorna Pike", id="the-novel-title-by"),
    pytest.param("It is based on The Ashfall Cycle, the best-selling novels by Wendy Osborne.",
                 "The Ashfall Cycle", "Wendy Osborne", id="title-the-novels-by"),
])
def test_the_source_and_its_writer(nlp, sentence, work, person):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. "
              + sentence)
    assert role_of(rec, work, person, "Writer")[0] == "Credited"


def test_adapted_from_a_play_is_no_credit_on_the_play(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is remaking The Pale Hour. The original, "
                   "directed by Victor Salome and adapted from Dorothea Quennell's 1981 stage "
                   "play Lamps Out, flopped on release.")
    assert not {("Lamps Out", "Victor Salome", "Writer"), ("Lamps Out", "Victor Salome",
                                                           "Director")} & set(roles(rec))
    assert role_of(rec, "Lamps Out", "Dorothea Quennell", "Writer")


def test_with_an_unknown_name_directing_is_a_person_not_part_of_the_title(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor with Priya "
                   "Ramaswamy directing.")
    assert entities(rec).get("Silver Harbor") == "Movie"
    assert entities(rec).get("Priya Ramaswamy") == "Person"
    assert role_of(rec, "Silver Harbor", "Priya Ramaswamy", "Director")


@pytest.mark.parametrize("sentence, work", [
    pytest.param("Vollmer broke out with her directorial debut \"Paper Kites\" in 2019.",
                 "Paper Kites", id="broke-out-with-her-directorial-debut"),
    pytest.param("Vollmer made her English-language debut last year with The Ninth Floor.",
                 "The Ninth Floor", id="debut-last-year-with"),
    pytest.param("Anna Vollmer, the French director whose debut, Paper Moons (2014), won the "
                 "top prize at Cannes, is a fan of the book.", "Paper Moons",
                 id="the-director-whose-debut"),
])
def test_a_directors_debut(nlp, sentence, work):
    # (the-director-whose-debut passes without its change: the tagger knows "Anna")
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. Anna "
                   "Vollmer is attached to direct. " + sentence)
    assert entities(rec).get("Anna Vollmer") == "Person"
    assert role_of(rec, work, "Anna Vollmer", "Director")[0] == "Credited"


def test_a_name_before_the_director_whose_debut_is_no_title(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. Anouk "
                   "Vollmer, the French director whose debut, Paper Moons (2014), won the top "
                   "prize at Cannes, is a fan of the book. Vollmer will direct.")
    assert entities(rec).get("Anouk Vollmer") == "Person"
    assert role_of(rec, "Paper Moons", "Anouk Vollmer", "Director")[0] == "Credited"


def test_co_creators_listed_after_the_noun(nlp):
    rec = run(nlp, "date 2024-05-01 NBC has renewed Mercy Line. Dana Sorensen serves as "
                   "showrunner and executive produces with co-creators Bridget Okonkwo and Sam "
                   "Delacroix.")
    assert role_of(rec, "Mercy Line", "Bridget Okonkwo", "Creator")
    assert role_of(rec, "Mercy Line", "Sam Delacroix", "Creator")


def test_writing_the_revival_is_writing_the_new_work(nlp):
    rec = run(nlp, "date 2024-05-01 Paramount+ has ordered Dinner for Seven, a revival of the "
                   "sitcom Dinner for Six. The revival is being written by Fenella Marsh.")
    assert role_of(rec, "Dinner for Seven", "Fenella Marsh", "Writer")[0] == "Confirmed"


def test_a_casting_director_is_no_director_of_the_work(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing Silver Harbor, a thriller. Casting "
                   "director Ana Pell is looking for an unknown.")
    assert ("Silver Harbor", "Ana Pell", "Director") not in roles(rec)


def test_producers_with_a_partner_exec_producing(nlp):
    rec = run(nlp, "date 2024-05-01 A24 is making Hollow Saints, a thriller, from Ansel Grimaldi. "
                   "Grimaldi produces with Lark Hennessy for Ninth Wave Pictures, with "
                   "Hennessy's Ninth Wave partner Ravi Kulkarni exec producing.")
    assert "Ninth Wave" not in entities(rec, "work")
    assert role_of(rec, "Hollow Saints", "Lark Hennessy", "Producer")
    assert role_of(rec, "Hollow Saints", "Ravi Kulkarni", "ExecutiveProducer")
    assert ("Hollow Saints", "Ansel Grimaldi", "ExecutiveProducer") not in roles(rec)
    assert ("Hollow Saints", "Ravi Kulkarni", "Producer") not in roles(rec)


def test_with_two_people_producing(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing the thriller Silver Harbor, with "
                   "Marcus Thorne and Gideon Pell producing.")
    assert role_of(rec, "Silver Harbor", "Marcus Thorne", "Producer")
    assert role_of(rec, "Silver Harbor", "Gideon Pell", "Producer")


@pytest.mark.parametrize("sentence, people", [
    pytest.param("Dana Whitlock will produce alongside Felix Rhee, with Ruth Pike-Adair, the "
                 "author's daughter, serving as executive producer.", ["Ruth Pike-Adair"],
                 id="with-someone-described-serving-as"),
    pytest.param("It is produced by Fremantle, with Kyle Dunmore and Ren Ishida serving as "
                 "executive producers.", ["Kyle Dunmore", "Ren Ishida"],
                 id="with-two-serving-as-executive-producers"),
])
def test_with_people_serving_as_executive_producers(nlp, sentence, people):
    rec = run(nlp, "date 2024-05-01 Universal is developing Low Country, a thriller. "
              + sentence)
    executives = {p for (w, p, t) in roles(rec) if t == "ExecutiveProducer"}
    producers = {p for (w, p, t) in roles(rec) if t == "Producer"}
    assert executives == set(people)
    assert not producers & set(people)


def test_producers_of_firms_based_somewhere(nlp):
    rec = run(nlp, "date 2024-05-01 Universal is developing The Salt Road, a thriller. The Salt "
                   "Road is produced by Kari Nystrom of Oslo-based Fjordlys Film and Antoine "
                   "Bessette of Paris-based Les Films du Quai.")
    assert role_of(rec, "The Salt Road", "Antoine Bessette", "Producer")


@pytest.mark.parametrize("sentence, person, work, rtype", [
    pytest.param("The studio said that Yusuf Demirel (“Blackout Season”) would direct.",
                 "Yusuf Demirel", "Blackout Season", "Director", id="would-direct"),
    pytest.param("Reyvald co-wrote the screenplay with Nora Beckwith (“Low Tide”).",
                 "Nora Beckwith", "Low Tide", "Writer", id="co-wrote-with"),
    pytest.param("Tilda Grosvenor wrote the script, with a recent rewrite by Sam Okereke "
                 "(Ninety Seconds).", "Sam Okereke", "Ninety Seconds", "Writer",
                 id="a-rewrite-by"),
    pytest.param("Oona Castellane-Ruiz (The Vesper Line) had been hired to adapt the book.",
                 "Oona Castellane-Ruiz", "The Vesper Line", "Writer", id="hired-to-adapt"),
])
def test_a_credit_in_parentheses_in_the_sentence_s_trade(nlp, sentence, person, work, rtype):
    rec = run(nlp, "date 2024-05-01 Universal is developing Low Water, a thriller. " + sentence)
    assert role_of(rec, work, person, rtype)[0] == "Credited"
    assert (work, person, "Actor") not in roles(rec)


def test_with_people_set_and_poised_to_do_their_jobs(nlp):
    rec = run(nlp, "date 2024-05-01\n\nAmazon MGM Studios is moving forward with Kingfisher, "
                   "with Noor Haddadi set to star and Rafe Dunmore poised to direct, sources "
                   "tell Variety.")
    assert entities(rec).get("Kingfisher") == "Movie"
    assert role_of(rec, "Kingfisher", "Noor Haddadi", "Actor")
    assert role_of(rec, "Kingfisher", "Rafe Dunmore", "Director")
    assert ("Kingfisher", "Noor Haddadi", "Director") not in roles(rec)


@pytest.mark.parametrize("sentence, person, rtype", [
    pytest.param("Lewis Okonjo, who played the crooked cop Marcus Vail, will not return.",
                 "Lewis Okonjo", "Actor", id="will-not-return"),
    pytest.param("Original director Grant Whitaker won't be back behind the camera.",
                 "Grant Whitaker", "Director", id="won-t-be-back-behind-the-camera"),
])
def test_not_coming_back_is_no_role_on_the_sequel(nlp, sentence, person, rtype):
    rec = run(nlp, "date 2024-05-01\n\nUniversal is making Night Circuit 2, the sequel to "
                   "Night Circuit. " + sentence)
    assert ("Night Circuit 2", person, rtype) not in roles(rec)
    assert role_of(rec, "Night Circuit", person, rtype)[0] == "Credited"
