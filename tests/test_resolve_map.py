"""The cross-article merge (kg.resolve) and the mapping to RDF (kg.map) on hand-built records.

No spaCy here: every Record is written out by hand (article text, entities, roles, claims), so
each test states exactly what extraction "found" and checks what resolve and map make of it.
All names and texts are invented.
"""

from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD

from kg.article import Article
from kg.formats import by_name
from kg.map import to_dataset
from kg.namespaces import KG, OA, PROV, SCHEMA
from kg.records import Claim, Entity, Record, Role
from kg.resolve import resolve
from kg.serialize import serialize
from kg.validate import validate

BASE = "https://example.org/kg/"


# --------------------------------------------------------------------------- building records


def span(text: str, words: str) -> tuple[int, int]:
    """The [start, end) offsets of ``words`` in ``text`` (which must contain them once)."""
    assert text.count(words) == 1, f"{words!r} must occur exactly once in {text!r}"
    start = text.index(words)
    return start, start + len(words)


def ent(eid: str, etype: str, name: str, text: str | None = None, **kw) -> Entity:
    """An entity; with ``text``, its one mention is where ``name`` is written."""
    mentions = [list(span(text, name))] if text and name in text else []
    return Entity(id=eid, type=etype, name=name, mentions=mentions, forms=[name], **kw)


def role(text: str, sentence: str, work: str, agent: str, rtype: str, status: str,
         character: str | None = None, claims: list[int] | None = None) -> Role:
    """A role whose evidence is ``sentence`` of ``text``."""
    start, end = span(text, sentence)
    return Role(work=work, agent=agent, type=rtype, status=status, start=start, end=end,
                character=character, claims=claims or [])


def claim(text: str, words: str, *, quote: bool = True, author: str | None = None,
          stated_in: str | None = None, date: str | None = None) -> Claim:
    start, end = span(text, words)
    return Claim(text=words, start=start, end=end, quote=words if quote else None,
                 author=author, stated_in=stated_in, date=date)


def record(text: str, entities: list[Entity], roles: list[Role] = (), claims: list[Claim] = (),
           *, date: str | None = None, source: str = "a.txt") -> Record:
    return Record(Article(text=text, source=source, date=date), list(entities), list(roles),
                  list(claims))


def attached(date: str | None, status: str, *, character: str | None = None,
             source: str = "a.txt") -> Record:
    """One article saying Dana Holt is attached (as an actor) to "The Paper Crane"."""
    sentence = f"Dana Holt and “The Paper Crane” ({status}, {character or 'no character'})."
    entities = [ent("p", "Person", "Dana Holt", sentence),
                ent("w", "Movie", "The Paper Crane", sentence)]
    if character:
        entities.append(Entity(id="c", type="Character", name=character))
    roles = [role(sentence, sentence, "w", "p", "Actor", status, "c" if character else None)]
    return record(sentence, entities, roles, date=date, source=source)


def only_role(res):
    assert len(res.roles) == 1, [(r.work, r.agent, r.type) for r in res.roles.values()]
    return next(iter(res.roles.values()))


def nodes_of(res, family: str) -> dict[str, str]:
    """{IRI: name} of the resolution's nodes of one family."""
    return {n.iri: n.name for n in res.nodes.values() if n.family == family}


# --------------------------------------------------------------------------- the dataset


def graphs(ds: Dataset) -> dict:
    """{graph name (None for the default graph): Graph} of a dataset."""
    out = {}
    for g in ds.graphs():
        name = None if g.identifier == DATASET_DEFAULT_GRAPH_ID else g.identifier
        if len(g) or name is None:
            out[name] = g
    return out


TEXT_A = (
    "Dana Holt is in talks to star in “Paper Boat Diaries.” Orla Fennimore will direct. "
    "“It is a gentle story about two sisters,” Fennimore told Variety."
)
TEXT_B = (
    "Holt has been cast as Mara Quill in “Paper Boat.” Lena Hartwig, who wrote “Cold Harbor,” "
    "is writing the script. According to Deadline, shooting starts in the spring. "
    "Ivo Brandt will produce."
)


def two_articles() -> list[Record]:
    """Two articles about one film: the second names the actor by surname and the film by a
    short title, and moves her from "in talks" to "cast"."""
    a = TEXT_A
    rec_a = record(
        a,
        [
            ent("e1", "Person", "Dana Holt", a),
            ent("e2", "Movie", "Paper Boat Diaries", a),
            ent("e3", "Person", "Orla Fennimore", a),
            ent("e4", "Organization", "Variety", a),
        ],
        [
            role(a, "Dana Holt is in talks to star in “Paper Boat Diaries.”",
                 "e2", "e1", "Actor", "InTalks"),
            role(a, "Orla Fennimore will direct.", "e2", "e3", "Director", "Expected",
                 claims=[0]),
        ],
        [claim(a, "It is a gentle story about two sisters", author="e3", stated_in="e4",
               date="2024-02-01")],
        date="2024-02-01",
        source="a.txt",
    )
    b = TEXT_B
    rec_b = record(
        b,
        [
            ent("e1", "Person", "Holt", b),
            ent("e2", "Character", "Mara Quill", b),
            ent("e3", "Movie", "Paper Boat", b),
            ent("e4", "Person", "Lena Hartwig", b),
            ent("e5", "Movie", "Cold Harbor", b, year=2019),
            ent("e6", "Organization", "Deadline", b),
            ent("e7", "Person", "Ivo Brandt", b),
        ],
        [
            role(b, "Holt has been cast as Mara Quill in “Paper Boat.”",
                 "e3", "e1", "Actor", "Confirmed", "e2"),
            role(b, "Lena Hartwig, who wrote “Cold Harbor,” is writing the script.",
                 "e5", "e4", "Writer", "Credited"),
            role(b, "Lena Hartwig, who wrote “Cold Harbor,” is writing the script.",
                 "e3", "e4", "Writer", "Confirmed"),
            role(b, "Ivo Brandt will produce.", "e3", "e7", "Producer", "Expected"),
        ],
        [
            claim(b, "According to Deadline, shooting starts in the spring.", quote=False,
                  author="e6", stated_in="e6", date="2024-03"),
        ],
        date="2024-03-05",
        source="b.txt",
    )
    return [rec_a, rec_b]


# =========================================================================== resolve


def test_same_name_in_two_records_is_one_node():
    text = "Dana Holt stars in “The Paper Crane.”"
    records = [
        record(text, [ent("p", "Person", "Dana Holt", text),
                      ent("w", "Movie", "The Paper Crane", text)], source="a.txt"),
        record(text + " ", [ent("x", "Movie", "The Paper Crane", text),
                            ent("y", "Person", "Dana Holt", text)], source="b.txt"),
    ]
    res = resolve(records, base=BASE)
    assert res.entity_iri(0, "p") == res.entity_iri(1, "y") == f"{BASE}person/dana-holt"
    assert res.entity_iri(0, "w") == res.entity_iri(1, "x") == f"{BASE}work/the-paper-crane"
    assert nodes_of(res, "person") == {f"{BASE}person/dana-holt": "Dana Holt"}
    assert nodes_of(res, "work") == {f"{BASE}work/the-paper-crane": "The Paper Crane"}


def test_iris_are_minted_from_family_and_normalized_name():
    text = "Zoë Marsh, Zoe Marsh, Holt & Quill's, Holt and Quills, Mara Quill."
    records = [
        record(text, [
            ent("a", "Person", "Zoë Marsh"),
            ent("b", "Movie", "Holt & Quill's"),
            ent("c", "Character", "Mara Quill"),
        ], source="a.txt"),
        record(text + " ", [
            ent("a", "Person", "ZOE MARSH"),
            ent("b", "TVSeries", "Holt and Quills"),  # another work type, the same family
            ent("c", "Person", "Mara Quill"),  # a person named like a character: two nodes
        ], source="b.txt"),
    ]
    res = resolve(records, base=BASE)
    assert res.entity_iri(0, "a") == res.entity_iri(1, "a") == f"{BASE}person/zoe-marsh"
    assert res.entity_iri(0, "b") == res.entity_iri(1, "b") == f"{BASE}work/holt-and-quills"
    assert res.nodes[f"{BASE}work/holt-and-quills"].type == "TVSeries"
    assert res.entity_iri(0, "c") == f"{BASE}character/mara-quill"
    assert res.entity_iri(1, "c") == f"{BASE}person/mara-quill"
    # deterministic: a fresh resolution under another base mints the same paths there
    other = resolve(records, base="urn:test:")
    assert other.entity_iri(0, "a") == "urn:test:person/zoe-marsh"
    assert resolve(records, base=BASE).iri_of == res.iri_of


def test_surname_joins_the_single_full_name_of_another_article():
    res = resolve(two_articles(), base=BASE)
    holt = f"{BASE}person/dana-holt"
    assert res.entity_iri(0, "e1") == res.entity_iri(1, "e1") == holt
    assert res.nodes[holt].name == "Dana Holt"
    assert {"Dana Holt", "Holt"} <= res.nodes[holt].forms
    assert f"{BASE}person/holt" not in res.nodes


def test_ambiguous_surname_does_not_merge():
    text = "Dana Holt and Wes Holt. Holt said nothing."
    records = [
        record(text, [ent("a", "Person", "Dana Holt", text)], source="a.txt"),
        record(text + " ", [ent("a", "Person", "Wes Holt", text)], source="b.txt"),
        record(text + "  ", [ent("a", "Person", "Holt")], source="c.txt"),
    ]
    res = resolve(records, base=BASE)
    assert nodes_of(res, "person") == {
        f"{BASE}person/dana-holt": "Dana Holt",
        f"{BASE}person/wes-holt": "Wes Holt",
        f"{BASE}person/holt": "Holt",
    }
    assert res.entity_iri(2, "a") == f"{BASE}person/holt"


def test_first_name_character_joins_the_one_full_character_name():
    text = "Mara Quill, Mara."
    joined = resolve(
        [
            record(text, [ent("c", "Character", "Mara Quill", text)], source="a.txt"),
            record(text + " ", [ent("c", "Character", "Mara")], source="b.txt"),
        ],
        base=BASE,
    )
    assert joined.entity_iri(1, "c") == joined.entity_iri(0, "c") == f"{BASE}character/mara-quill"
    assert nodes_of(joined, "character") == {f"{BASE}character/mara-quill": "Mara Quill"}
    # two full names start with "Mara": the first name alone could be either
    ambiguous = resolve(
        [
            record(text, [ent("c", "Character", "Mara Quill")], source="a.txt"),
            record(text + " ", [ent("c", "Character", "Mara Finch")], source="b.txt"),
            record(text + "  ", [ent("c", "Character", "Mara")], source="c.txt"),
        ],
        base=BASE,
    )
    assert ambiguous.entity_iri(2, "c") == f"{BASE}character/mara"
    assert len(nodes_of(ambiguous, "character")) == 3


def test_short_title_joins_the_title_it_begins_only_when_unambiguous():
    res = resolve(two_articles(), base=BASE)
    diaries = f"{BASE}work/paper-boat-diaries"
    assert res.entity_iri(1, "e3") == res.entity_iri(0, "e2") == diaries
    assert res.nodes[diaries].name == "Paper Boat Diaries"
    assert f"{BASE}work/paper-boat" not in res.nodes

    text = "Paper Boat Diaries, Paper Boat Nights, Paper Boat."
    ambiguous = resolve(
        [
            record(text, [ent("w", "Movie", "Paper Boat Diaries")], source="a.txt"),
            record(text + " ", [ent("w", "Movie", "Paper Boat Nights")], source="b.txt"),
            record(text + "  ", [ent("w", "Movie", "Paper Boat")], source="c.txt"),
        ],
        base=BASE,
    )
    assert ambiguous.entity_iri(2, "w") == f"{BASE}work/paper-boat"
    assert len(nodes_of(ambiguous, "work")) == 3


def test_titled_sequel_and_spin_off_keep_their_own_titles():
    text = "Iron Gate: Ashes follows Iron Gate. Iron Gate: Harbor spins off Iron Gate."
    rec = record(text, [
        ent("w1", "Movie", "Iron Gate"),
        ent("w2", "Movie", "Iron Gate: Ashes", sequel_of="w1"),
        ent("w3", "TVSeries", "Iron Gate: Harbor", based_on="w1"),
    ])
    res = resolve([rec], base=BASE)
    names = sorted(nodes_of(res, "work").values())
    assert names == ["Iron Gate", "Iron Gate: Ashes", "Iron Gate: Harbor"]
    sequel = res.nodes[res.entity_iri(0, "w2")]
    assert sequel.sequel_of == res.entity_iri(0, "w1")


def test_role_status_comes_from_the_most_recent_article():
    # the newer article is weaker: recency decides, not strength
    records = [
        attached("2024-01-10", "Confirmed", source="old.txt"),
        attached("2024-03-01", "InTalks", source="new.txt"),
        attached("2023-12-01", "Credited", source="older.txt"),
    ]
    assert only_role(resolve(records, base=BASE)).status == "InTalks"
    assert only_role(resolve(records[::-1], base=BASE)).status == "InTalks"


def test_undated_article_counts_as_older():
    records = [
        attached(None, "Confirmed", source="undated.txt"),
        attached("2021-06-01", "Rumored", source="dated.txt"),
    ]
    assert only_role(resolve(records, base=BASE)).status == "Rumored"
    assert only_role(resolve(records[::-1], base=BASE)).status == "Rumored"
    # with no date anywhere, every article is equally recent: the strongest status wins
    undated = [attached(None, "Rumored", source="x.txt"),
               attached(None, "Expected", source="y.txt")]
    assert only_role(resolve(undated, base=BASE)).status == "Expected"


def test_on_the_same_date_the_strongest_status_wins():
    records = [
        attached("2024-03-01", "InTalks", source="a.txt"),
        attached("2024-03-01", "Confirmed", source="b.txt"),
        attached("2024-03-01", "Rumored", source="c.txt"),
    ]
    assert only_role(resolve(records, base=BASE)).status == "Confirmed"
    assert only_role(resolve(records[::-1], base=BASE)).status == "Confirmed"


def test_role_character_is_the_fullest_form_seen():
    records = [
        attached("2024-01-01", "InTalks", character="Quill", source="a.txt"),
        attached("2024-02-01", "Confirmed", character="Mara Quill", source="b.txt"),
        attached("2024-03-01", "Confirmed", source="c.txt"),  # no character stated
    ]
    res = resolve(records, base=BASE)
    node = only_role(res)
    assert node.character == f"{BASE}character/mara-quill"
    assert res.nodes[node.character].appears_in == f"{BASE}work/the-paper-crane"
    # each article's evidence keeps the character that article gave
    ds = to_dataset(res)
    stated = {
        (g.identifier, o)
        for g in ds.graphs()
        for _, _, o in g.triples((None, KG.statedCharacter, None))
    }
    assert {o for _, o in stated} == {
        URIRef(f"{BASE}character/quill"),
        URIRef(f"{BASE}character/mara-quill"),
    }


def test_two_entities_merging_into_one_node_give_one_evidence_per_sentence():
    """Regression: "Dana Holt" and "Holt" left apart by extraction, both attached to the film
    in the same sentence, once gave one evidence node two kg:statedStatus values."""
    text = "Dana Holt is in talks to star in “The Paper Crane.” Holt is expected to sign soon."
    sentence = "Dana Holt is in talks to star in “The Paper Crane.”"
    rec = record(
        text,
        [
            ent("p1", "Person", "Dana Holt", text),
            ent("p2", "Person", "Holt"),
            ent("w", "Movie", "The Paper Crane", text),
        ],
        [
            role(text, sentence, "w", "p1", "Actor", "Expected"),
            role(text, sentence, "w", "p2", "Actor", "InTalks"),
        ],
        date="2024-04-02",
    )
    res = resolve([rec], base=BASE)
    assert res.entity_iri(0, "p1") == res.entity_iri(0, "p2")
    node = only_role(res)
    assert len(node.sources) == 1
    assert node.status == "InTalks"
    ds = to_dataset(res)
    article = graphs(ds)[URIRef(res.article_iri(rec))]
    evidence = list(article.objects(URIRef(node.iri), KG.evidence))
    assert len(evidence) == 1
    assert list(article.objects(evidence[0], KG.statedStatus)) == [KG.InTalks]
    report = validate(ds)
    assert report.conforms, report.text()


# =========================================================================== map


def test_dataset_validates():
    ds = to_dataset(resolve(two_articles(), base=BASE))
    report = validate(ds)
    assert report.conforms, report.text()
    assert not report.violations


def test_named_graphs_hold_claims_and_evidence_default_graph_entities_and_roles():
    records = two_articles()
    res = resolve(records, base=BASE)
    parts = graphs(to_dataset(res))
    articles = [URIRef(res.article_iri(r)) for r in records]
    assert set(parts) == {None, *articles}
    default = parts[None]

    # the default graph: every entity and every role, nothing an article says
    for node in res.nodes.values():
        assert (URIRef(node.iri), SCHEMA.name, Literal(node.name)) in default
    for role_node in res.roles.values():
        r = URIRef(role_node.iri)
        assert (r, RDF.type, KG.Role) in default
        assert (r, KG.status, KG[role_node.status]) in default
        assert (r, KG.work, URIRef(role_node.work)) in default
    for p in (KG.evidence, PROV.wasDerivedFrom, KG.statedStatus, KG.quote):
        assert not list(default.triples((None, p, None))), p
    assert not list(default.triples((None, RDF.type, KG.Claim)))
    assert not list(default.triples((None, RDF.type, SCHEMA.NewsArticle)))

    # each article's graph: the article, its claims, and the evidence of its roles
    for ri, (rec, iri) in enumerate(zip(records, articles, strict=True)):
        g = parts[iri]
        assert (iri, RDF.type, SCHEMA.NewsArticle) in g
        assert (iri, SCHEMA.identifier, Literal(f"sha256:{rec.article.sha256}")) in g
        claims = set(g.subjects(RDF.type, KG.Claim))
        assert claims == {URIRef(res.claim_iri(rec, i)) for i in range(len(rec.claims))}
        for c in claims:
            assert (c, SCHEMA.appearance, iri) in g
        derived = set(g.subjects(PROV.wasDerivedFrom, iri))
        expected = {n.iri for n in res.roles.values() for src, _ in n.sources if src == ri}
        assert {str(r) for r in derived} == expected
        for r in derived:
            assert list(g.objects(r, KG.evidence))
        # no other article's claims leak in
        other = set().union(*(set(parts[a].subjects(RDF.type, KG.Claim))
                              for a in articles if a != iri))
        assert not claims & other

    # the claim supports the role stated in its sentence... of its own article
    director = next(n for n in res.roles.values() if n.type == "Director")
    assert (URIRef(director.iri), KG.supportedBy, URIRef(res.claim_iri(records[0], 0))) \
        in parts[articles[0]]


def test_stated_status_is_on_the_evidence_the_status_on_the_role():
    records = two_articles()
    res = resolve(records, base=BASE)
    parts = graphs(to_dataset(res))
    actor = next(n for n in res.roles.values() if n.type == "Actor")
    assert actor.status == "Confirmed"  # the later article
    assert (URIRef(actor.iri), KG.status, KG.Confirmed) in parts[None]
    said = {}
    for rec in records:
        g = parts[URIRef(res.article_iri(rec))]
        evidence = list(g.objects(URIRef(actor.iri), KG.evidence))
        assert len(evidence) == 1
        said[rec.article.source] = set(g.objects(evidence[0], KG.statedStatus))
        assert not list(g.triples((URIRef(actor.iri), KG.status, None)))
    assert said == {"a.txt": {KG.InTalks}, "b.txt": {KG.Confirmed}}


def test_schema_shortcuts_only_for_credited_and_confirmed_roles():
    res = resolve(two_articles(), base=BASE)
    default = graphs(to_dataset(res))[None]
    work = URIRef(f"{BASE}work/paper-boat-diaries")
    cold = URIRef(f"{BASE}work/cold-harbor")
    holt, hartwig = URIRef(f"{BASE}person/dana-holt"), URIRef(f"{BASE}person/lena-hartwig")
    statuses = {(n.type, n.work): n.status for n in res.roles.values()}
    assert statuses == {
        ("Actor", str(work)): "Confirmed",
        ("Director", str(work)): "Expected",
        ("Writer", str(cold)): "Credited",
        ("Writer", str(work)): "Confirmed",
        ("Producer", str(work)): "Expected",
    }
    assert set(default.triples((None, SCHEMA.actor, None))) == {(work, SCHEMA.actor, holt)}
    assert set(default.triples((None, SCHEMA.author, None))) == {
        (work, SCHEMA.author, hartwig),
        (cold, SCHEMA.author, hartwig),
    }
    assert not list(default.triples((None, SCHEMA.director, None)))  # Expected
    assert not list(default.triples((None, SCHEMA.producer, None)))  # Expected


def test_claim_date_is_typed_by_its_length():
    text = "“One,” Dana Holt said. “Two,” she added. “Three,” she said later."
    rec = record(
        text,
        [ent("p", "Person", "Dana Holt", text)],
        claims=[
            claim(text, "One", author="p", date="2019"),
            claim(text, "Two", author="p", date="2019-05"),
            claim(text, "Three", author="p", date="2019-05-03"),
        ],
        date="2019-05-03",
    )
    res = resolve([rec], base=BASE)
    ds = to_dataset(res)
    g = graphs(ds)[URIRef(res.article_iri(rec))]
    dates = {str(g.value(URIRef(res.claim_iri(rec, i)), KG.quote)):
             g.value(URIRef(res.claim_iri(rec, i)), SCHEMA.dateCreated) for i in range(3)}
    assert dates == {
        "One": Literal("2019", datatype=XSD.gYear),
        "Two": Literal("2019-05", datatype=XSD.gYearMonth),
        "Three": Literal("2019-05-03", datatype=XSD.date),
    }
    assert validate(ds).conforms


def test_evidence_exact_equals_the_text_slice():
    records = two_articles()
    res = resolve(records, base=BASE)
    parts = graphs(to_dataset(res))
    seen = 0
    for rec in records:
        art = URIRef(res.article_iri(rec))
        g = parts[art]
        spans = {(r.start, r.end) for r in rec.roles} | {(c.start, c.end) for c in rec.claims}
        found = set()
        for ev in g.subjects(RDF.type, OA.SpecificResource):
            assert (ev, OA.hasSource, art) in g
            selectors = list(g.objects(ev, OA.hasSelector))
            pos = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g)
            quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g)
            start, end = g.value(pos, OA.start).toPython(), g.value(pos, OA.end).toPython()
            exact = str(g.value(quote, OA.exact))
            assert exact == rec.article.text[start:end]
            assert str(g.value(quote, OA.prefix)) == rec.article.text[:start][-32:]
            assert str(g.value(quote, OA.suffix)) == rec.article.text[end:][:32]
            found.add((start, end))
            seen += 1
        assert found == spans
    assert seen >= 6


def test_a_quote_split_by_its_attribution_is_one_claim_with_evidence_for_each_span():
    text = "“We start in May,” Dana Holt told Deadline. “The sets are already built.”"
    first, second = span(text, "We start in May"), span(text, "The sets are already built.")
    said = Claim(text="We start in May … The sets are already built.", start=first[0],
                 end=first[1], quote="We start in May … The sets are already built.",
                 author="p", stated_in="o", parts=[list(second)])
    rec = record(text, [ent("p", "Person", "Dana Holt", text), ent("o", "Organization",
                 "Deadline", text)], claims=[said])
    res = resolve([rec], base=BASE)
    g = graphs(to_dataset(res))[URIRef(res.article_iri(rec))]
    (c,) = g.subjects(RDF.type, KG.Claim)
    assert str(g.value(c, KG.quote)) == "We start in May … The sets are already built."
    exact = {str(g.value(sel, OA.exact)) for ev in g.objects(c, KG.evidence)
             for sel in g.objects(ev, OA.hasSelector) if (sel, OA.exact, None) in g}
    assert exact == {"We start in May", "The sets are already built."}
    assert validate(to_dataset(res)).conforms


# =========================================================================== determinism


def test_mapping_is_deterministic():
    first = to_dataset(resolve(two_articles(), base=BASE))
    second = to_dataset(resolve(two_articles(), base=BASE))
    a, b = graphs(first), graphs(second)
    assert set(a) == set(b)
    for name in a:
        assert isomorphic(a[name], b[name]), name
    nquads = by_name("nquads")
    out = serialize(first, nquads)
    assert out == serialize(second, nquads)
    assert out == serialize(first, nquads)  # serializing does not disturb the dataset
    # blank-node labels come from hashes, so even the labels agree
    union_a, union_b = Graph(), Graph()
    for g in a.values():
        union_a += g
    for g in b.values():
        union_b += g
    assert sorted(union_a) == sorted(union_b)


def test_a_title_tagged_as_a_person_joins_the_work_named_elsewhere():
    one = "“Cinder Road” returns next year."
    two = "Cinder Road grossed a fortune. Jo Vance will direct."
    first = record(one, [ent("w", "Movie", "Cinder Road", one)], source="one.txt")
    second = record(two, [ent("x", "Person", "Cinder Road", two),
                          ent("p", "Person", "Jo Vance", two)], source="two.txt")
    res = resolve([first, second], base=BASE)
    assert res.entity_iri(0, "w") == res.entity_iri(1, "x") == f"{BASE}work/cinder-road"
    assert res.nodes[f"{BASE}work/cinder-road"].type == "Movie"
    assert res.entity_iri(1, "p") == f"{BASE}person/jo-vance"


def test_a_person_who_acts_keeps_being_a_person_even_if_a_title_shares_the_name():
    one = "“Jo Vance” is a documentary."
    two = "Jo Vance will direct “Harbor Lights.”"
    first = record(one, [ent("w", "Movie", "Jo Vance", one)], source="one.txt")
    second = record(two, [ent("p", "Person", "Jo Vance", two),
                          ent("h", "Movie", "Harbor Lights", two)],
                    [role(two, two, "h", "p", "Director", "Expected")], source="two.txt")
    res = resolve([first, second], base=BASE)
    assert res.entity_iri(1, "p") == f"{BASE}person/jo-vance"
    assert res.entity_iri(0, "w") == f"{BASE}work/jo-vance"
